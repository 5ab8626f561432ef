package mcda

import (
	"math"
	"math/big"
	"testing"

	"pgregory.net/rapid"
)

func TestFastMathConstants(t *testing.T) {
	ln2 := new(big.Float).SetPrec(200)
	ln2.SetString("0.693147180559945309417232121458176568075500134360255254120680009493393621969694715605863326996418687542")
	for _, c := range []struct {
		name   string
		hi, lo float64
		scale  float64
	}{{"ln2", ln2Hi, ln2Lo, 1}, {"ln2/256", ln2HiN, ln2LoN, 256}} {
		sum := new(big.Float).SetPrec(200).SetFloat64(c.hi)
		sum.Add(sum, new(big.Float).SetPrec(200).SetFloat64(c.lo))
		sum.Mul(sum, new(big.Float).SetPrec(200).SetFloat64(c.scale))
		diff := new(big.Float).SetPrec(200).Sub(sum, ln2)
		// Within the rounding of lo.
		if d, _ := diff.Float64(); math.Abs(d) > c.scale*0x1p-52*math.Abs(c.lo) {
			t.Errorf("%s: hi + lo is off by %g", c.name, d)
		}
	}
}

// ulpDiff returns |a − b| in units of the last place of b.
func ulpDiff(a, b float64) float64 {
	if a == b {
		return 0
	}
	return math.Abs(a-b) / (math.Nextafter(math.Abs(b), math.Inf(1)) - math.Abs(b))
}

func TestLnx(t *testing.T) {
	for _, x := range []float64{0, 5e-324, 0x1p-1022, 0x1p-1023, 1e-308, 1, math.Nextafter(1, 0), math.Nextafter(1, 2), 2, 0.5, 1e308, math.MaxFloat64, math.Inf(1)} {
		got, want := lnx(x), math.Log(x)
		if x > 0 && x < minNormal {
			want = logx(x)
		}
		if !(got == want || math.Abs(got-want) <= 0x1p-52*max(1, math.Abs(want))) {
			t.Errorf("lnx(%g) = %v, want %v", x, got, want)
		}
	}
	for _, x := range []float64{-1, math.Inf(-1), math.NaN(), math.Copysign(0, -1)} {
		got, want := lnx(x), math.Log(x)
		if !(got == want || math.IsNaN(got) && math.IsNaN(want)) {
			t.Errorf("lnx(%g) = %v, want %v", x, got, want)
		}
	}
	// Property: lnx(x) is within 2⁻⁵²·max(1, |ln x|) of ln x.
	rapid.Check(t, func(t *rapid.T) {
		x := rapid.Float64Range(5e-324, math.MaxFloat64).Draw(t, "x")
		got, want := lnx(x), logx(x)
		if math.Abs(got-want) > 0x1p-52*max(1, math.Abs(want)) {
			t.Fatalf("lnx(%v) = %v, want %v", x, got, want)
		}
	})
}

func TestExpx(t *testing.T) {
	for _, y := range []float64{0, math.Copysign(0, -1), 1, -1, 708, -708, 709, -709, -745, -746, 710, math.Inf(1), math.Inf(-1), math.NaN(), 1e-300, -1e-300} {
		got, want := expx(y), math.Exp(y)
		if !(got == want || ulpDiff(got, want) <= 2 || math.IsNaN(got) && math.IsNaN(want)) {
			t.Errorf("expx(%g) = %v, want %v", y, got, want)
		}
	}
	// Property: expx(y) is within 2 units in the last place of e^y.
	rapid.Check(t, func(t *rapid.T) {
		y := rapid.Float64Range(-750, 710).Draw(t, "y")
		got, want := expx(y), math.Exp(y)
		if ulpDiff(got, want) > 2 {
			t.Fatalf("expx(%v) = %v, want %v (%v ulp)", y, got, want, ulpDiff(got, want))
		}
	})
	// Property: expx(y) <= 1 for y <= 0, as WPM's bound P_i <= 1 needs.
	rapid.Check(t, func(t *rapid.T) {
		y := -rapid.Float64Range(0, 1e-3).Draw(t, "-y")
		if got := expx(y); got > 1 {
			t.Fatalf("expx(%v) = %v > 1", y, got)
		}
	})
}

var fastSink float64

func BenchmarkTranscendental(b *testing.B) {
	xs := make([]float64, 1<<14)
	for i := range xs {
		xs[i] = (float64(i) + 0.5) / float64(len(xs))
	}
	b.Run("math.Log", func(b *testing.B) {
		for b.Loop() {
			s := 0.0
			for _, x := range xs {
				s += math.Log(x)
			}
			fastSink = s
		}
	})
	b.Run("lnx", func(b *testing.B) {
		for b.Loop() {
			s := 0.0
			for _, x := range xs {
				s += lnx(x)
			}
			fastSink = s
		}
	})
	b.Run("math.Exp", func(b *testing.B) {
		for b.Loop() {
			s := 0.0
			for _, x := range xs {
				s += math.Exp(-x)
			}
			fastSink = s
		}
	})
	b.Run("expx", func(b *testing.B) {
		for b.Loop() {
			s := 0.0
			for _, x := range xs {
				s += expx(-x)
			}
			fastSink = s
		}
	})
	b.Run("pow", func(b *testing.B) {
		for b.Loop() {
			s := 0.0
			for _, x := range xs {
				s += math.Exp(0.3 * logx(x))
			}
			fastSink = s
		}
	})
	b.Run("powx", func(b *testing.B) {
		for b.Loop() {
			s := 0.0
			for _, x := range xs {
				s += expx(0.3 * lnx(x))
			}
			fastSink = s
		}
	})
}
