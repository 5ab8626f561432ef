package mcda_test

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// marcosStevic2020 is the healthcare supplier selection problem of Stević,
// Pamučar, Puška & Chatterjee (2020, Computers & Industrial Engineering
// 140:106231): eight suppliers, 21 criteria of which C1 and C4 are costs,
// weights summing to 0.997 as printed.
func marcosStevic2020(t tHelper) *mcda.DecisionMatrix {
	return problem(t, [][]float64{
		{6.257, 4.217, 4.217, 6.257, 3.000, 4.217, 5.000, 3.557, 3.557, 3.557, 3.000, 5.000, 4.718, 3.557, 3.557, 2.080, 3.557, 3.000, 4.718, 3.557, 2.080},
		{4.217, 6.804, 7.000, 5.000, 7.000, 6.804, 5.593, 5.593, 6.804, 7.000, 5.000, 7.612, 5.593, 6.257, 5.000, 7.000, 5.593, 5.593, 6.804, 5.593, 5.593},
		{4.718, 5.593, 6.257, 5.000, 4.718, 5.000, 5.593, 4.718, 5.593, 5.000, 3.557, 6.257, 5.000, 4.718, 4.718, 5.000, 3.557, 5.593, 5.593, 3.557, 4.217},
		{5.000, 6.804, 5.000, 3.000, 5.000, 6.257, 7.612, 3.557, 5.000, 6.257, 6.257, 5.593, 6.257, 5.000, 5.593, 7.000, 5.000, 6.257, 5.000, 3.557, 4.217},
		{3.557, 5.593, 6.804, 3.000, 5.000, 7.000, 5.593, 5.000, 6.257, 7.000, 5.593, 7.612, 6.257, 6.257, 5.000, 6.257, 5.593, 7.000, 5.000, 4.718, 5.000},
		{6.257, 3.000, 4.217, 5.000, 3.557, 3.000, 4.217, 3.000, 4.217, 3.000, 2.466, 3.000, 4.217, 3.557, 5.000, 3.000, 4.217, 3.557, 2.080, 5.000, 3.000},
		{4.217, 5.000, 6.257, 5.593, 3.557, 5.593, 4.217, 5.593, 5.000, 6.257, 3.557, 5.000, 6.257, 5.593, 5.593, 7.000, 6.257, 5.000, 6.257, 5.593, 5.000},
		{7.612, 1.442, 3.000, 9.000, 2.080, 3.000, 1.442, 2.080, 1.442, 3.000, 1.000, 1.442, 2.080, 3.000, 3.000, 1.000, 1.442, 1.442, 3.000, 2.080, 1.000},
	}, []float64{0.127, 0.159, 0.060, 0.075, 0.043, 0.051, 0.075, 0.061, 0.053, 0.020, 0.039, 0.022, 0.017, 0.027, 0.022, 0.039, 0.017, 0.035, 0.015, 0.024, 0.016},
		append([]int{-1, 1, 1, -1}, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))
}

func TestMARCOSPublished(t *testing.T) {
	t.Run("Stevic2020", func(t *testing.T) {
		// Stević et al. (2020), utility degrees and utility functions
		// printed to 3 decimals, as tested by scikit-criteria
		// (tests/agg/test_marcos.py, which corrects the paper's K⁻ of A5
		// from 2.992 to 2.92x, a transposition) and pyrepo-mcda
		// (test_mcda_methods_2.py, Test_MARCOS). The paper computes from a
		// normalized matrix rounded to 3 decimals (with it, a scratch
		// computation reproduces every printed K⁺ exactly), so its values
		// carry up to about 1e-3 of rounding rather than 5e-4: unrounded,
		// f(K) of A8 is 0.29062 against the printed 0.290, and K⁺ of A6
		// 0.53555 against 0.535. K⁻ = K⁺·S_ai/S_aai magnifies that by
		// S_ai/S_aai ≈ 3.2, and the paper's K⁻ are also about 0.002 above
		// the ones the rounded matrix gives, hence 3e-3 for K⁻.
		var c mcda.MARCOS
		r, err := c.Evaluate(marcosStevic2020(t))
		if err != nil {
			t.Fatal(err)
		}
		wantF := []float64{0.524, 0.846, 0.704, 0.796, 0.843, 0.499, 0.722, 0.290}
		wantKPlus := []float64{0.563, 0.908, 0.755, 0.855, 0.905, 0.535, 0.775, 0.312}
		wantKMinus := []float64{1.818, 2.931, 2.439, 2.760, 2.922, 1.729, 2.502, 1.007}
		if diff := cmp.Diff(wantF, r.Score, cmpopts.EquateApprox(0, 1e-3)); diff != "" {
			t.Errorf("f(K) mismatch (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(wantKPlus, r.KPlus, cmpopts.EquateApprox(0, 1e-3)); diff != "" {
			t.Errorf("K⁺ mismatch (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(wantKMinus, r.KMinus, cmpopts.EquateApprox(0, 3e-3)); diff != "" {
			t.Errorf("K⁻ mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("PymcdmDocstring", func(t *testing.T) {
		// The example of pymcdm's MARCOS docstring (pymcdm/methods/
		// marcos.py, which cites Stević et al. 2020 for the method; the
		// data's own source is not given): f(K) printed to 4 decimals
		// (5e-5).
		m := problem(t, [][]float64{
			{660, 1000, 1600, 18, 1200},
			{800, 1000, 1600, 24, 900},
			{980, 1000, 2500, 24, 900},
			{920, 1500, 1600, 24, 900},
			{1380, 1500, 1500, 24, 1150},
			{1230, 1000, 1600, 24, 1150},
			{680, 1500, 1600, 18, 1100},
			{960, 2000, 1600, 12, 1150},
		}, []float64{0.1061, 0.3476, 0.3330, 0.1185, 0.0949}, []int{-1, 1, 1, 1, 1})
		want := []float64{0.5649, 0.5543, 0.6410, 0.6174, 0.6016, 0.5453, 0.6282, 0.6543}
		var c mcda.MARCOS
		got, err := c.Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 5e-5)); diff != "" {
			t.Errorf("f(K) mismatch (-want +got):\n%s", diff)
		}
	})
}

func TestMARCOSSpecialCases(t *testing.T) {
	t.Run("IdenticalAlternatives", func(t *testing.T) {
		got := scoresOf(t, &mcda.MARCOS{}, [][]float64{{0.1, 7}, {0.1, 7}, {0.1, 7}}, []float64{1, 1}, []int{1, -1})
		wantScores(t, []float64{2.0 / 3, 2.0 / 3, 2.0 / 3}, got, approxTight)
	})
	t.Run("OneAlternative", func(t *testing.T) {
		wantScores(t, []float64{2.0 / 3}, scoresOf(t, &mcda.MARCOS{}, [][]float64{{3, 4}}, []float64{1, 1}, []int{1, -1}), approxTight)
	})
	t.Run("KMinusOverflows", func(t *testing.T) {
		// Regression (issue 5, FuzzMethods): for the values 2.2e-308 and
		// 48, S_aai = 2.2e-308/48 is subnormal and K⁻ = 1/S_aai overflows.
		// Evaluate returned K⁻ = +Inf without an error; it now reports
		// ErrNotFinite. The scores themselves are finite.
		m := problem(t, [][]float64{{0x1p-1022}, {48}}, []float64{1}, []int{1})
		var c mcda.MARCOS
		if _, err := c.Evaluate(m); !errors.Is(err, mcda.ErrNotFinite) {
			t.Errorf("Evaluate error = %v, want ErrNotFinite", err)
		}
		s, err := c.Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		if !(s[0] >= 0 && s[1] > s[0] && !math.IsInf(s[1], 0)) {
			t.Errorf("scores = %v", s)
		}
	})
	t.Run("OneCriterion", func(t *testing.T) {
		// n = (0.25, 1), S_aai = 0.25, S_ai = 1: f = S·1.25/1.3125.
		got := scoresOf(t, &mcda.MARCOS{}, [][]float64{{1}, {4}}, []float64{1}, []int{1})
		wantScores(t, []float64{0.25 * 1.25 / 1.3125, 1.25 / 1.3125}, got, approxTight)
	})
}

func TestMARCOSErrors(t *testing.T) {
	tests := []struct {
		name      string
		rows      [][]float64
		is        error
		alt, crit int
	}{
		{"NegativeBenefit", [][]float64{{1, 1}, {-1, 2}}, mcda.ErrNegative, 1, 0},
		{"ZeroBenefitColumn", [][]float64{{0, 1}, {0, 2}}, mcda.ErrNotPositive, 0, 0},
		{"ZeroCost", [][]float64{{1, 1}, {2, 0}}, mcda.ErrNotPositive, 1, 1},
		{"NegativeCost", [][]float64{{1, 1}, {2, -2}}, mcda.ErrNotPositive, 1, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c mcda.MARCOS
			_, err := c.Scores(nil, problem(t, tc.rows, []float64{1, 1}, []int{1, -1}))
			wantValueError(t, err, tc.is, tc.alt, tc.crit)
		})
	}
	// Every weighted criterion is a benefit with a zero: S_aai = 0.
	t.Run("AntiIdealZero", func(t *testing.T) {
		var c mcda.MARCOS
		_, err := c.Scores(nil, problem(t, [][]float64{{0, 1}, {3, 0}}, []float64{1, 1}, []int{1, 1}))
		if !errors.Is(err, mcda.ErrUndefined) {
			t.Errorf("err = %v, want ErrUndefined", err)
		}
	})
	t.Run("AntiIdealUnderflows", func(t *testing.T) {
		var c mcda.MARCOS
		_, err := c.Scores(nil, problem(t, [][]float64{{1e-300, 1e300}, {1e300, 1e-300}}, []float64{1, 1}, []int{1, -1}))
		if !errors.Is(err, mcda.ErrNotFinite) {
			t.Errorf("err = %v, want ErrNotFinite", err)
		}
	})
}

// Issue 13: MARCOS rejected a zero in a benefit column, although only
// cost values and the column maximum are divided by. pymcdm and
// pyrepo-mcda give 0.0991, 0.7432, 0.7786 (printed to 4 decimals, so
// within 5e-5). By hand: S = 0.1, 0.75, 11/14, S_aai = 0.1, S_ai = 1, so
// f(K) = S·1.1/1.11.
func TestMARCOSZeroBenefit(t *testing.T) {
	m := problem(t, [][]float64{{0, 5}, {7, 2}, {4, 1}}, []float64{0.5, 0.5}, []int{1, -1})
	var c mcda.MARCOS
	r, err := c.Evaluate(m)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]float64{0.0991, 0.7432, 0.7786}, r.Score, cmpopts.EquateApprox(0, 5e-5)); diff != "" {
		t.Errorf("scores against pymcdm (-want +got):\n%s", diff)
	}
	byHand := []float64{0.1 * 1.1 / 1.11, 0.75 * 1.1 / 1.11, 11.0 / 14 * 1.1 / 1.11}
	if diff := cmp.Diff(byHand, r.Score, approxTight); diff != "" {
		t.Errorf("scores by hand (-want +got):\n%s", diff)
	}
	if r.SAntiIdeal != 0.1 && math.Abs(r.SAntiIdeal-0.1) > 1e-15 {
		t.Errorf("S_aai = %v, want 0.1", r.SAntiIdeal)
	}
}

func TestMARCOSZeroAllocAndPanics(t *testing.T) {
	wantZeroAllocs(t, &mcda.MARCOS{}, marcosStevic2020(t))
}

func TestMARCOSProperties(t *testing.T) {
	newMARCOS := func() mcda.Method { return &mcda.MARCOS{} }
	t.Run("ScoresFinite", rapid.MakeCheck(codasFinite(newMARCOS)))
	t.Run("DominatedNeverAbove", rapid.MakeCheck(codasDominated(newMARCOS)))
	t.Run("ColumnScaleInvariance", rapid.MakeCheck(codasScale(newMARCOS, false)))
	t.Run("ProportionalToWSMMax", rapid.MakeCheck(propMARCOSProportionalToWSM))
}

// Property: f(K_i) is proportional to the WSM score under max
// normalization, with the factor (S_ai + S_aai)/(S_ai² + S_ai·S_aai +
// S_aai²).
func propMARCOSProportionalToWSM(t *rapid.T) {
	rows, w, types := genProblem(t)
	m := problem(t, rows, w, types)
	var c mcda.MARCOS
	r, err := c.Evaluate(m)
	if err != nil {
		t.Fatal(err)
	}
	s := mcda.WSM{Normalization: mcda.NormalizationMax}
	want, err := s.Scores(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	a, b := r.SIdeal, r.SAntiIdeal
	f := (a + b) / (a*a + a*b + b*b)
	for i := range want {
		want[i] *= f
	}
	if diff := cmp.Diff(want, r.Score, approxInvariant); diff != "" {
		t.Fatalf("f(K) not proportional to WSM (-want +got):\n%s", diff)
	}
}

func BenchmarkMARCOS(b *testing.B) { benchScores(b, &mcda.MARCOS{}) }

func ExampleMARCOS() {
	// yield (a benefit, weight 2) and cost (weight 1): A (10, 5), B (12, 8), C (8, 2).
	m := yieldCost()
	var c mcda.MARCOS
	r, err := c.Evaluate(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, f := range r.Score {
		fmt.Printf("%s K- %.4f K+ %.4f f(K) %.4f\n", m.Alternative(i), r.KMinus[i], r.KPlus[i], f)
	}
	// Output:
	// A K- 1.3053 K+ 0.6889 f(K) 0.5827
	// B K- 1.4211 K+ 0.7500 f(K) 0.6343
	// C K- 1.4737 K+ 0.7778 f(K) 0.6578
}
