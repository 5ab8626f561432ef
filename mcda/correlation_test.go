package mcda_test

import (
	stdcmp "cmp"
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

func TestCorrelationPublished(t *testing.T) {
	// Sałabun & Urbaniak (2020), ICCS 2020, LNCS 12138:632-645, as tested
	// by pyrepo-mcda (tests/test_correlations.py): x = 1..5, y = 1,3,2,4,5;
	// r_s 0.9, r_w 0.8833, WS 0.8542, printed to 4 decimals (5e-5).
	approx4 := cmpopts.EquateApprox(0, 5e-5)
	x, y := []float64{1, 2, 3, 4, 5}, []float64{1, 3, 2, 4, 5}
	got := make([]float64, 3)
	var err error
	if got[0], err = mcda.Spearman(x, y); err != nil {
		t.Fatal(err)
	}
	if got[1], err = mcda.WeightedSpearman(x, y); err != nil {
		t.Fatal(err)
	}
	if got[2], err = mcda.WS(x, y); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]float64{0.9, 0.8833, 0.8542}, got, approx4); diff != "" {
		t.Errorf("Sałabun & Urbaniak (2020) mismatch (-want +got):\n%s", diff)
	}

	// SciPy's documentation of scipy.stats.kendalltau: x = 12,2,1,12,2,
	// y = 1,4,7,1,0 gives tau-b = -0.47140452079103173 (printed in full).
	tau, err := mcda.KendallTauB([]float64{12, 2, 1, 12, 2}, []float64{1, 4, 7, 1, 0})
	if err != nil || math.Abs(tau+0.47140452079103173) > 1e-15 {
		t.Errorf("KendallTauB(scipy example) = %v, %v; want -0.47140452079103173", tau, err)
	}

	// SciPy's documentation of scipy.stats.spearmanr: 1..5 against
	// 5,6,7,8,7 (a tie) gives 0.8207826816681233; ranks by ascending value.
	rx := mcda.FractionalRanks(nil, []float64{1, 2, 3, 4, 5}, false)
	ry := mcda.FractionalRanks(nil, []float64{5, 6, 7, 8, 7}, false)
	rho, err := mcda.Spearman(rx, ry)
	if err != nil || math.Abs(rho-0.8207826816681233) > 1e-15 {
		t.Errorf("Spearman(scipy example) = %v, %v; want 0.8207826816681233", rho, err)
	}
}

func TestFractionalRanks(t *testing.T) {
	// Computed by hand, descending: 0.9 is 1st, the two 0.5 share places 2
	// and 3 at (2+3)/2 = 2.5, and 0.1 is 4th.
	got := mcda.FractionalRanks(nil, []float64{0.5, 0.9, 0.5, 0.1}, true)
	if diff := cmp.Diff([]float64{2.5, 1, 2.5, 4}, got); diff != "" {
		t.Errorf("FractionalRanks mismatch (-want +got):\n%s", diff)
	}
}

func TestGoodmanKruskalGamma(t *testing.T) {
	// Four pairs concordant, one discordant, one tied in y:
	// (4 − 1)/(4 + 1) = 0.6 by the definition.
	g, err := mcda.GoodmanKruskalGamma([]float64{1, 2, 3, 4}, []float64{1, 3, 2, 3})
	if err != nil || math.Abs(g-0.6) > 1e-15 {
		t.Errorf("GoodmanKruskalGamma = %v, %v; want 0.6", g, err)
	}
}

func TestCorrelationErrors(t *testing.T) {
	fns := map[string]func(x, y []float64) (float64, error){
		"Spearman": mcda.Spearman, "WeightedSpearman": mcda.WeightedSpearman, "WS": mcda.WS,
		"KendallTauB": mcda.KendallTauB, "GoodmanKruskalGamma": mcda.GoodmanKruskalGamma,
	}
	for name, f := range fns {
		if _, err := f([]float64{1, 2}, []float64{1}); !errors.Is(err, mcda.ErrShape) {
			t.Errorf("%s: short y: err = %v, want ErrShape", name, err)
		}
		if _, err := f([]float64{1}, []float64{1}); !errors.Is(err, mcda.ErrEmpty) {
			t.Errorf("%s: one alternative: err = %v, want ErrEmpty", name, err)
		}
		var ve *mcda.ValueError
		if _, err := f([]float64{1, math.NaN()}, []float64{1, 2}); !errors.Is(err, mcda.ErrNotFinite) || !errors.As(err, &ve) || ve.Alternative != 1 {
			t.Errorf("%s: NaN: err = %v, want a *ValueError at alternative 1", name, err)
		}
		// The message names the alternative and the rank, not a criterion.
		if _, err := f([]float64{1, math.NaN()}, []float64{1, 2}); err == nil || err.Error() != "mcda: alternative 1: value NaN: rank: not finite" {
			t.Errorf("%s: NaN: message %q", name, err)
		}
	}
	for name, f := range map[string]func(x, y []float64) (float64, error){"Spearman": mcda.Spearman, "KendallTauB": mcda.KendallTauB, "GoodmanKruskalGamma": mcda.GoodmanKruskalGamma} {
		if _, err := f([]float64{1, 1, 1}, []float64{1, 2, 3}); !errors.Is(err, mcda.ErrUndefined) {
			t.Errorf("%s: constant ranking: err = %v, want ErrUndefined", name, err)
		}
	}
	a := &mcda.Ranking{Method: "a", Alternatives: []string{"x", "y"}, Scores: []float64{1, 2}, HigherIsBetter: true}
	b := &mcda.Ranking{Method: "b", Alternatives: []string{"x", "z"}, Scores: []float64{1, 2}, HigherIsBetter: true}
	if _, err := mcda.Compare(a, b); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("Compare of different alternatives: err = %v, want ErrShape", err)
	}
}

func TestCorrelationProperties(t *testing.T) {
	t.Run("SelfAgreementIsOne", rapid.MakeCheck(propSelfAgreement))
	t.Run("ReversalIsMinusOne", rapid.MakeCheck(propReversal))
	t.Run("InUnitRange", rapid.MakeCheck(propCorrelationRange))
	t.Run("KendallMatchesPairDefinition", rapid.MakeCheck(propKendallDefinition))
}

func genPermutation(t *rapid.T) []float64 {
	n := rapid.IntRange(2, 20).Draw(t, "n")
	perm := rapid.Permutation(seq(n)).Draw(t, "permutation")
	out := make([]float64, n)
	for i, v := range perm {
		out[i] = float64(v)
	}
	return out
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i + 1
	}
	return s
}

// Property: the agreement of a ranking with itself is 1 by every
// coefficient.
func propSelfAgreement(t *rapid.T) {
	x := genPermutation(t)
	for name, f := range map[string]func(x, y []float64) (float64, error){
		"Spearman": mcda.Spearman, "WeightedSpearman": mcda.WeightedSpearman, "WS": mcda.WS, "KendallTauB": mcda.KendallTauB, "GoodmanKruskalGamma": mcda.GoodmanKruskalGamma,
	} {
		v, err := f(x, x)
		if err != nil || math.Abs(v-1) > 1e-12 {
			t.Fatalf("%s(x, x) = %v, %v; want 1", name, v, err)
		}
	}
}

// Property: a ranking and its reverse have Spearman, Kendall and gamma -1.
func propReversal(t *rapid.T) {
	x := genPermutation(t)
	n := float64(len(x))
	y := make([]float64, len(x))
	for i, v := range x {
		y[i] = n + 1 - v
	}
	for name, f := range map[string]func(x, y []float64) (float64, error){"Spearman": mcda.Spearman, "KendallTauB": mcda.KendallTauB, "GoodmanKruskalGamma": mcda.GoodmanKruskalGamma} {
		v, err := f(x, y)
		if err != nil || math.Abs(v+1) > 1e-12 {
			t.Fatalf("%s(x, reverse x) = %v, %v; want -1", name, v, err)
		}
	}
}

// Property: for permutations Spearman, Kendall and gamma lie in [-1, 1]
// and are symmetric, and WS lies in [0, 1].
func propCorrelationRange(t *rapid.T) {
	x := genPermutation(t)
	perm := rapid.Permutation(x).Draw(t, "y")
	for name, f := range map[string]func(x, y []float64) (float64, error){"Spearman": mcda.Spearman, "KendallTauB": mcda.KendallTauB, "GoodmanKruskalGamma": mcda.GoodmanKruskalGamma} {
		a, err1 := f(x, perm)
		b, err2 := f(perm, x)
		if err1 != nil || err2 != nil || a < -1 || a > 1 || math.Abs(a-b) > 1e-12 {
			t.Fatalf("%s: %v, %v (errors %v, %v)", name, a, b, err1, err2)
		}
	}
	ws, err := mcda.WS(x, perm)
	if err != nil || ws < 0 || ws > 1 {
		t.Fatalf("WS = %v, %v; want in [0, 1]", ws, err)
	}
}

// Property: KendallTauB and GoodmanKruskalGamma, which count pairs by
// sorting, equal their definitions over all n(n−1)/2 pairs bit for bit,
// on vectors with many ties (values drawn from a few, -0 and 0 among them,
// and the float64 extremes).
func propKendallDefinition(t *rapid.T) {
	pool := []float64{-1e308, -1, math.Copysign(0, -1), 0, 5e-324, 1, 2, 1e308}
	k := rapid.IntRange(1, len(pool)).Draw(t, "distinct")
	gen := rapid.SliceOfN(rapid.SampledFrom(pool[:k]), 2, 60)
	x := gen.Draw(t, "x")
	y := rapid.SliceOfN(rapid.SampledFrom(pool), len(x), len(x)).Draw(t, "y")
	var c, d, tx, ty float64
	for i := range x {
		for j := i + 1; j < len(x); j++ {
			a, b := stdcmp.Compare(x[i], x[j]), stdcmp.Compare(y[i], y[j])
			switch {
			case a == 0 && b == 0:
			case a == 0:
				tx++
			case b == 0:
				ty++
			case a == b:
				c++
			default:
				d++
			}
		}
	}
	tau, err := mcda.KendallTauB(x, y)
	if den := math.Sqrt((c + d + tx) * (c + d + ty)); den == 0 {
		if !errors.Is(err, mcda.ErrUndefined) {
			t.Fatalf("KendallTauB = %v, %v; want ErrUndefined", tau, err)
		}
	} else if want := math.Max(-1, math.Min(1, (c-d)/den)); err != nil || tau != want {
		t.Fatalf("KendallTauB = %v, %v; want %v (C %v, D %v, Tx %v, Ty %v)", tau, err, want, c, d, tx, ty)
	}
	g, err := mcda.GoodmanKruskalGamma(x, y)
	if c+d == 0 {
		if !errors.Is(err, mcda.ErrUndefined) {
			t.Fatalf("GoodmanKruskalGamma = %v, %v; want ErrUndefined", g, err)
		}
	} else if want := (c - d) / (c + d); err != nil || g != want {
		t.Fatalf("GoodmanKruskalGamma = %v, %v; want %v", g, err, want)
	}
}
