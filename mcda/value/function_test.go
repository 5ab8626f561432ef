package value

import (
	"errors"
	"math"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
	"pgregory.net/rapid"
)

func TestPiecewise(t *testing.T) {
	// A decreasing function given on the 0–100 scale, worked by hand:
	// v(9) = 1 + (9 − 2)/(16 − 2)·(0.4 − 1) = 0.7 and
	// v(23) = 0.4 + (23 − 16)/(30 − 16)·(0 − 0.4) = 0.2.
	p, err := NewPiecewise([]float64{2, 16, 30}, []float64{100, 40, 0})
	if err != nil {
		t.Fatal(err)
	}
	if p.Increasing() {
		t.Error("increasing")
	}
	for _, tc := range []struct{ x, want float64 }{
		{2, 1}, {16, 0.4}, {30, 0}, {9, 0.7}, {23, 0.2},
	} {
		got, err := p.Value(tc.x)
		if err != nil || math.Abs(got-tc.want) > 1e-15 {
			t.Errorf("v(%v) = %v, %v; want %v", tc.x, got, err, tc.want)
		}
	}
	for _, x := range []float64{1.999, 30.001, math.NaN(), math.Inf(1)} {
		if _, err := p.Value(x); err == nil {
			t.Errorf("v(%v): no error", x)
		}
	}
	if _, err := p.Value(31); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("v(31): %v, want ErrOutOfRange", err)
	}
}

func TestPiecewiseErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		x, y  []float64
		want  error
		index int
	}{
		{"one point", []float64{1}, []float64{0}, ErrBreakpoints, -2},
		{"none", nil, nil, ErrBreakpoints, -2},
		{"lengths", []float64{1, 2}, []float64{0}, mcda.ErrShape, -1},
		{"x not increasing", []float64{0, 2, 2}, []float64{0, 0.5, 1}, ErrNotMonotone, 2},
		{"y not monotone", []float64{0, 1, 2}, []float64{0, 1, 0.5}, ErrNotMonotone, 2},
		{"range", []float64{0, 1}, []float64{0, 0.5}, mcda.ErrParameter, -1},
		{"NaN", []float64{0, math.NaN()}, []float64{0, 1}, mcda.ErrNotFinite, 1},
		{"Inf", []float64{0, 1}, []float64{0, math.Inf(1)}, mcda.ErrNotFinite, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewPiecewise(tc.x, tc.y)
			if !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
			var pe *PointError
			if tc.index >= -1 && (!errors.As(err, &pe) || pe.Index != tc.index) {
				t.Errorf("error %v: want a *PointError at %d", err, tc.index)
			}
		})
	}
}

func TestPiecewiseExtremes(t *testing.T) {
	p, err := NewPiecewise([]float64{-1e308, 1e308}, []float64{0, 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ x, want float64 }{{-1e308, 0}, {0, 0.5}, {1e308, 1}, {5e-324, 0.5}} {
		got, err := p.Value(tc.x)
		if err != nil || math.Abs(got-tc.want) > 1e-15 {
			t.Errorf("v(%v) = %v, %v; want %v", tc.x, got, err, tc.want)
		}
	}
}

// TestExponential checks Kirkwood's (1997, eq. 4.1–4.2) formula at points
// worked by hand: on [0, 1] with ρ = 1, v(0.5) = (1 − e^−0.5)/(1 − e^−1)
// = 0.3934693403/0.6321205588 = 0.6224593312.
func TestExponential(t *testing.T) {
	const tol = 1e-10 // the hand-worked value has 10 digits
	for _, tc := range []struct {
		name   string
		lo, hi float64
		rho    float64
		inc    bool
		x      float64
		want   float64
	}{
		{"concave", 0, 1, 1, true, 0.5, 0.6224593312},
		{"convex", 0, 1, -1, true, 0.5, 1 - 0.6224593312},
		{"decreasing", 0, 1, 1, false, 0.5, 0.6224593312},
		{"decreasing 0.25", 0, 1, 1, false, 0.25, (1 - math.Exp(-0.75)) / (1 - math.Exp(-1))},
		{"linear", 10, 40, math.Inf(1), true, 17.5, 0.25},
		{"scaled", 10, 40, 30, true, 25, 0.6224593312},
		{"huge rho", 0, 1, 1e300, true, 0.25, 0.25},
		{"steep convex", 0, 1, -1e-3, true, 0.999, math.Exp(-1)},
		{"steep concave", 0, 1, 1e-3, true, 0.001, 1 - math.Exp(-1)},
		{"worst", 0, 1, -1e-3, true, 0, 0},
		{"best", 0, 1, 1e-3, true, 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, err := NewExponential(tc.lo, tc.hi, tc.rho, tc.inc)
			if err != nil {
				t.Fatal(err)
			}
			got, err := e.Value(tc.x)
			if err != nil || math.Abs(got-tc.want) > tol {
				t.Errorf("v(%v) = %v, %v; want %v", tc.x, got, err, tc.want)
			}
		})
	}
	for _, bad := range [][3]float64{{1, 0, 1}, {0, 0, 1}, {0, 1, 0}, {0, 1, math.NaN()}, {math.Inf(-1), 0, 1}, {-1e308, 1e308, 1}} {
		if _, err := NewExponential(bad[0], bad[1], bad[2], true); !errors.Is(err, mcda.ErrParameter) {
			t.Errorf("NewExponential(%v): %v", bad, err)
		}
	}
	e, _ := NewExponential(0, 1, 1, true)
	if _, err := e.Value(1.5); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("out of range: %v", err)
	}
}

func TestBisection(t *testing.T) {
	// Mid-value 10 of [0, 40], then quarter values 4 and 20.
	p, err := Bisection(0, 40, []float64{4, 10, 20})
	if err != nil {
		t.Fatal(err)
	}
	x, y := p.Points()
	if want := []float64{0, 4, 10, 20, 40}; !equal(x, want) {
		t.Errorf("x = %v, want %v", x, want)
	}
	if want := []float64{0, 0.25, 0.5, 0.75, 1}; !equal(y, want) {
		t.Errorf("y = %v, want %v", y, want)
	}
	// Decreasing: worst 40, best 0, mid-value 25.
	p, err = Bisection(40, 0, []float64{25})
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := p.Value(25); v != 0.5 || p.Increasing() {
		t.Errorf("v(25) = %v, increasing %v", v, p.Increasing())
	}
	if _, err := Bisection(0, 1, []float64{0.5, 0.6}); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("two mids: %v", err)
	}
	if _, err := Bisection(0, 1, nil); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("no mids: %v", err)
	}
	if _, err := Bisection(0, 1, []float64{0.6, 0.5, 0.7}); !errors.Is(err, ErrNotMonotone) {
		t.Errorf("mids out of order: %v", err)
	}
	if _, err := Bisection(0, 1, []float64{2}); !errors.Is(err, ErrNotMonotone) {
		t.Errorf("mid outside: %v", err)
	}
}

func equal(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// genFunction draws a value function: piecewise linear through sorted
// random points, or exponential with a random ρ.
func genFunction(t *rapid.T) Function {
	lo := rapid.Float64Range(-1e6, 1e6).Draw(t, "lo")
	hi := lo + rapid.Float64Range(1e-3, 1e6).Draw(t, "span")
	inc := rapid.Bool().Draw(t, "increasing")
	if rapid.Bool().Draw(t, "exponential") {
		rho := rapid.Float64Range(1e-3, 1e6).Draw(t, "rho")
		if rapid.Bool().Draw(t, "convex") {
			rho = -rho
		}
		f, err := NewExponential(lo, hi, rho, inc)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	k := rapid.IntRange(2, 8).Draw(t, "points")
	x := make([]float64, k)
	y := make([]float64, k)
	x[0], x[k-1], y[k-1] = lo, hi, 1
	for i := 1; i < k-1; i++ {
		x[i] = x[i-1] + (hi-x[i-1])*rapid.Float64Range(0.01, 0.9).Draw(t, "dx")
		y[i] = y[i-1] + (1-y[i-1])*rapid.Float64Range(0, 1).Draw(t, "dy")
	}
	if !inc {
		for i := range y {
			y[i] = 1 - y[i]
		}
	}
	f, err := NewPiecewise(x, y)
	if err != nil {
		t.Fatalf("NewPiecewise(%v, %v): %v", x, y, err)
	}
	return f
}

func TestFunctionProperties(t *testing.T) {
	// Property: a value function maps its domain into [0, 1], is 0 at the
	// worst and 1 at the best end.
	t.Run("range", rapid.MakeCheck(func(t *rapid.T) {
		f := genFunction(t)
		lo, hi := f.Domain()
		x := lo + (hi-lo)*rapid.Float64Range(0, 1).Draw(t, "t")
		v, err := f.Value(math.Min(hi, x))
		if err != nil || v < 0 || v > 1 || math.IsNaN(v) {
			t.Fatalf("v(%v) = %v, %v", x, v, err)
		}
		worst, best := lo, hi
		if !f.Increasing() {
			worst, best = hi, lo
		}
		if v, _ := f.Value(worst); math.Abs(v) > 1e-12 {
			t.Fatalf("v(worst) = %v", v)
		}
		if v, _ := f.Value(best); math.Abs(v-1) > 1e-12 {
			t.Fatalf("v(best) = %v", v)
		}
	}))
	// Property: a value function is monotone in its direction.
	t.Run("monotone", rapid.MakeCheck(func(t *rapid.T) {
		f := genFunction(t)
		lo, hi := f.Domain()
		a := lo + (hi-lo)*rapid.Float64Range(0, 1).Draw(t, "a")
		b := lo + (hi-lo)*rapid.Float64Range(0, 1).Draw(t, "b")
		a, b = math.Min(a, hi), math.Min(b, hi)
		if a > b {
			a, b = b, a
		}
		va, _ := f.Value(a)
		vb, _ := f.Value(b)
		if f.Increasing() && va > vb || !f.Increasing() && va < vb {
			t.Fatalf("v(%v) = %v, v(%v) = %v, increasing %v", a, va, b, vb, f.Increasing())
		}
	}))
	// Property: a value outside the domain is an error, never an
	// extrapolation.
	t.Run("no extrapolation", rapid.MakeCheck(func(t *rapid.T) {
		f := genFunction(t)
		lo, hi := f.Domain()
		d := rapid.Float64Range(1e-3, 1e6).Draw(t, "d")
		for _, x := range []float64{lo - d, hi + d} {
			if _, err := f.Value(x); !errors.Is(err, ErrOutOfRange) {
				t.Fatalf("v(%v) on [%v, %v]: %v", x, lo, hi, err)
			}
		}
	}))
}
