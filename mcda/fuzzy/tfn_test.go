package fuzzy

import (
	"errors"
	"math"
	"testing"

	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

func TestNewTFN(t *testing.T) {
	for _, tc := range []struct {
		l, m, u float64
		err     error
	}{
		{1, 2, 3, nil},
		{2, 2, 2, nil},
		{-1, 0, 1, nil},
		{2, 1, 3, ErrOrder},
		{1, 3, 2, ErrOrder},
		{math.NaN(), 1, 2, mcda.ErrNotFinite},
		{0, 1, math.Inf(1), mcda.ErrNotFinite},
	} {
		_, err := NewTFN(tc.l, tc.m, tc.u)
		var te *TFNError
		if tc.err == nil && err != nil || tc.err != nil && (!errors.Is(err, tc.err) || !errors.As(err, &te)) {
			t.Errorf("NewTFN(%v, %v, %v) = %v, want %v", tc.l, tc.m, tc.u, err, tc.err)
		}
	}
}

func TestArithmetic(t *testing.T) {
	a, b := TFN{1, 2, 3}, TFN{2, 3, 5}
	for _, tc := range []struct {
		name      string
		got, want TFN
	}{
		{"add", a.Add(b), TFN{3, 5, 8}},
		{"sub", a.Sub(b), TFN{-4, -1, 1}},
		{"mul", a.Mul(b), TFN{2, 6, 15}},
		{"div", a.Div(b), TFN{0.2, 2.0 / 3, 1.5}},
		{"reciprocal", b.Reciprocal(), TFN{0.2, 1.0 / 3, 0.5}},
		{"scale", a.Scale(2), TFN{2, 4, 6}},
		{"pow", TFN{1, 4, 9}.Pow(0.5), TFN{1, 2, 3}},
	} {
		if tc.got != tc.want {
			t.Errorf("%s = %v, want %v", tc.name, tc.got, tc.want)
		}
	}
	if c := (TFN{1, 2, 6}).Centroid(); c != 3 {
		t.Errorf("centroid = %v, want 3", c)
	}
	if g := (TFN{1, 2, 6}).GradedMean(); math.Abs(g-2.5) > 1e-15 {
		t.Errorf("graded mean = %v, want 2.5", g)
	}
	// Chen (2000): d(m, n) = √(((l1−l2)² + (m1−m2)² + (u1−u2)²)/3).
	if d := Distance(TFN{0, 0, 0}, TFN{1, 1, 1}); d != 1 {
		t.Errorf("distance = %v, want 1", d)
	}
	if d := Distance(TFN{-1e308, 0, 1e308}, TFN{1e308, 1e308, 1e308}); math.IsInf(d, 0) || math.IsNaN(d) {
		t.Errorf("distance at the float64 limits = %v", d)
	}
}

func TestTFNProperties(t *testing.T) {
	// Property: the vertex distance of crisp numbers is |x − y|.
	t.Run("crisp distance", rapid.MakeCheck(func(t *rapid.T) {
		x := rapid.Float64Range(-1e6, 1e6).Draw(t, "x")
		y := rapid.Float64Range(-1e6, 1e6).Draw(t, "y")
		if d := Distance(Crisp(x), Crisp(y)); math.Abs(d-math.Abs(x-y)) > 1e-9*(1+math.Abs(x-y)) {
			t.Fatalf("d = %v, |x−y| = %v", d, math.Abs(x-y))
		}
	}))
	// Property: the approximations are exact at the support and the peak:
	// arithmetic of crisp numbers is crisp arithmetic.
	t.Run("crisp arithmetic", rapid.MakeCheck(func(t *rapid.T) {
		x := rapid.Float64Range(0.01, 100).Draw(t, "x")
		y := rapid.Float64Range(0.01, 100).Draw(t, "y")
		for _, c := range []struct {
			got  TFN
			want float64
		}{
			{Crisp(x).Mul(Crisp(y)), x * y}, {Crisp(x).Div(Crisp(y)), x / y}, {Crisp(x).Add(Crisp(y)), x + y}, {Crisp(x).Sub(Crisp(y)), x - y},
		} {
			if c.got != Crisp(c.want) {
				t.Fatalf("%v, want %v", c.got, c.want)
			}
		}
	}))
}

func TestMatrixErrors(t *testing.T) {
	var te *TFNError
	var ie *ItemError
	bad := [][]TFN{{{1, 1, 1}, {2, 3, 4}}, {{0.25, 0.3, 0.5}, {1, 1, 1}}}
	if _, err := NewMatrix([]string{"a", "b"}, bad); !errors.Is(err, ErrNotReciprocal) || !errors.As(err, &te) || te.Field != "rows[1][0]" {
		t.Errorf("not reciprocal: %v", err)
	}
	bad[1][0] = TFN{0.5, 0.3, 0.25}
	if _, err := NewMatrix([]string{"a", "b"}, bad); !errors.Is(err, ErrOrder) {
		t.Errorf("out of order: %v", err)
	}
	if _, err := NewMatrixFromJudgments([]string{"a", "b", "c"}, []Judgment{{"a", "b", TFN{1, 2, 3}}, {"b", "c", TFN{1, 2, 3}}}); !errors.Is(err, ErrMissing) || !errors.As(err, &ie) {
		t.Errorf("missing pair: %v", err)
	}
	if _, err := NewMatrixFromJudgments([]string{"a", "b"}, []Judgment{{"a", "b", TFN{0, 2, 3}}}); !errors.Is(err, mcda.ErrNotPositive) {
		t.Errorf("zero bound: %v", err)
	}
	if _, err := NewMatrixFromJudgments([]string{"a", "b"}, []Judgment{{"a", "b", TFN{1, 2, 3}}, {"b", "a", TFN{1, 2, 3}}}); !errors.Is(err, ErrDuplicate) {
		t.Errorf("pair judged twice: %v", err)
	}
	if _, err := NewMatrixFromJudgments([]string{"a", "b"}, []Judgment{{"a", "x", TFN{1, 2, 3}}}); !errors.Is(err, ErrUnknown) {
		t.Errorf("unknown item: %v", err)
	}
	if _, err := NewMatrixFromJudgments([]string{"a", "b"}, []Judgment{{"a", "b", TFN{1, 2, 1e308}}}); !errors.Is(err, mcda.ErrParameter) {
		t.Errorf("bound beyond ahp.MaxScale: %v", err)
	}
}

func TestScales(t *testing.T) {
	for name, s := range Scales() {
		if name != s.Name || len(s.Terms) != 5 && len(s.Terms) != 7 {
			t.Errorf("scale %q: %d terms", name, len(s.Terms))
		}
		for k, term := range s.Terms {
			if _, err := NewTFN(term.TFN.L, term.TFN.M, term.TFN.U); err != nil {
				t.Errorf("%s %q: %v", name, term.Name, err)
			}
			// Terms are ordered by their modal values.
			if k > 0 && !(term.TFN.M > s.Terms[k-1].TFN.M) {
				t.Errorf("%s: %q not above %q", name, term.Name, s.Terms[k-1].Name)
			}
		}
	}
	if v, err := ChenRatings().Lookup("  Very Good "); err != nil || v != (TFN{9, 10, 10}) {
		t.Errorf("Lookup(Very Good) = %v, %v", v, err)
	}
	if _, err := ChenWeights().Lookup("huge"); !errors.Is(err, ErrUnknown) {
		t.Errorf("Lookup(huge): %v", err)
	}
}
