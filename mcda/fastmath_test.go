package mcda

import (
	"math"
	"math/big"
	"math/rand/v2"
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

func TestLnxs(t *testing.T) {
	special := []float64{0, math.Copysign(0, -1), 5e-324, 1e-310, 0x1p-1022, math.Nextafter(0x1p-1022, 1), 1e-300,
		0.5, math.Nextafter(1, 0), 1, math.Nextafter(1, 2), 2, 0x1p53, 1e308, math.MaxFloat64,
		math.Inf(1), math.Inf(-1), math.NaN(), -1, -5e-324, -1e308}
	got := lnxs(make([]float64, len(special)), special)
	for j, x := range special {
		if want := lnx(x); !sameFloat(got[j], want) {
			t.Errorf("lnxs: lnx(%v) = %v, want %v", x, got[j], want)
		}
	}
	// Property: lnxs gives the bits of lnx for any float64.
	rapid.Check(t, func(t *rapid.T) {
		x := rapid.SliceOf(rapid.OneOf(rapid.Float64Range(0, 100), rapid.Float64(), rapid.SampledFrom(special))).Draw(t, "x")
		got := lnxs(make([]float64, len(x)), x)
		for j := range x {
			if want := lnx(x[j]); !sameFloat(got[j], want) {
				t.Fatalf("lnxs: lnx(%v) = %v, want %v", x[j], got[j], want)
			}
		}
	})
	// Property: the same for a million random values in [1, 100), as a
	// benchmark's matrix has, and in (0, 1].
	rng := rand.New(rand.NewPCG(16, 2))
	x, dst := make([]float64, 1000), make([]float64, 1000)
	for i := range 1000 {
		for j := range x {
			if x[j] = 1 + 99*rng.Float64(); i%2 == 1 {
				x[j] = 1 - rng.Float64()
			}
		}
		lnxs(dst, x)
		for j := range x {
			if want := lnx(x[j]); !sameFloat(dst[j], want) {
				t.Fatalf("lnxs: lnx(%v) = %v, want %v", x[j], dst[j], want)
			}
		}
	}
}

// powxRef is what powx must return for r^w: expx(w·lnx(r)), and 1 for
// w = 0.
func powxRef(r, w float64) float64 {
	if w == 0 {
		return 1
	}
	return expx(w * lnx(r))
}

// sameFloat reports whether got is bit for bit want (any NaN for NaN).
func sameFloat(got, want float64) bool {
	return math.Float64bits(got) == math.Float64bits(want) || math.IsNaN(got) && math.IsNaN(want)
}

func TestPowx(t *testing.T) {
	special := []float64{0, math.Copysign(0, -1), 5e-324, 1e-310, 0x1p-1022, math.Nextafter(0x1p-1022, 1), 1e-300,
		1e-17, 0.5, math.Nextafter(1, 0), 1, math.Nextafter(1, 2), 2, 0x1p53, 1e308, math.MaxFloat64,
		math.Inf(1), math.Inf(-1), math.NaN(), -1, -5e-324, -1e308}
	weights := []float64{0, math.Copysign(0, -1), 5e-324, 1e-300, 1e-9, 0.1, 0.5, 1, 2, 1e3, 1e308, math.Inf(1),
		-5e-324, -0.1, -1, -1e3, math.Inf(-1), math.NaN()}
	// Every pair of special values and weights, in one call.
	var r, w, want []float64
	for _, x := range special {
		for _, v := range weights {
			r, w, want = append(r, x), append(w, v), append(want, powxRef(x, v))
		}
	}
	got := powx(make([]float64, len(r)), r, w)
	for i := range r {
		if !sameFloat(got[i], want[i]) {
			t.Errorf("powx(%v^%v) = %v, want %v", r[i], w[i], got[i], want[i])
		}
	}
	// One special value among ordinary ones.
	for _, x := range special {
		r := []float64{0.5, x, 0.25}
		w := []float64{0, 0.3, 0.7}
		got := powx(make([]float64, 3), r, w)
		for j := range r {
			if want := powxRef(r[j], w[j]); !sameFloat(got[j], want) {
				t.Errorf("powx(%v^%v) = %v, want %v", r[j], w[j], got[j], want)
			}
		}
	}
	// Property: powx gives the bits of expx(w·lnx(r)) (1 for w = 0) for
	// any r and w, here values of min-max normalization in [0, 1] and
	// weights in [0, 1] as CoCoSo's, and any float64.
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 40).Draw(t, "n")
		unit := rapid.Float64Range(0, 1)
		any := rapid.OneOf(unit, rapid.Float64(), rapid.SampledFrom(special))
		r := rapid.SliceOfN(rapid.OneOf(unit, any), n, n).Draw(t, "r")
		w := rapid.SliceOfN(rapid.OneOf(unit, rapid.SampledFrom(weights), rapid.Float64()), n, n).Draw(t, "w")
		got := powx(make([]float64, n), r, w)
		for j := range r {
			if want := powxRef(r[j], w[j]); !sameFloat(got[j], want) {
				t.Fatalf("powx(%v^%v) = %v, want %v", r[j], w[j], got[j], want)
			}
		}
	})
	// Property: the same for a million random values and weights in
	// [0, 1], as a benchmark's matrix has.
	rng := rand.New(rand.NewPCG(16, 1))
	r, w = make([]float64, 1000), make([]float64, 1000)
	for range 1000 {
		for j := range r {
			r[j], w[j] = rng.Float64(), rng.Float64()
		}
		got := powx(make([]float64, len(r)), r, w)
		for j := range r {
			if want := powxRef(r[j], w[j]); !sameFloat(got[j], want) {
				t.Fatalf("powx(%v^%v) = %v, want %v", r[j], w[j], got[j], want)
			}
		}
	}
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
	b.Run("lnxs", func(b *testing.B) {
		buf := make([]float64, 10)
		for b.Loop() {
			s := 0.0
			for i := 0; i+len(buf) <= len(xs); i += len(buf) {
				for _, l := range lnxs(buf, xs[i:i+len(buf)]) {
					s += l
				}
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
	w := make([]float64, 10)
	for j := range w {
		w[j] = 0.05 + 0.01*float64(j)
	}
	b.Run("powx/calls", func(b *testing.B) {
		for b.Loop() {
			s := 0.0
			for i := 0; i+len(w) <= len(xs); i += len(w) {
				for j, x := range xs[i : i+len(w)] {
					s += expx(w[j] * lnx(x))
				}
			}
			fastSink = s
		}
	})
	b.Run("powx/powx", func(b *testing.B) {
		buf := make([]float64, len(w))
		for b.Loop() {
			s := 0.0
			for i := 0; i+len(w) <= len(xs); i += len(w) {
				for _, t := range powx(buf, xs[i:i+len(w)], w) {
					s += t
				}
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
