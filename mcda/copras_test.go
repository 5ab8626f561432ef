package mcda_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// coprasGoswami2020 is the mobile-phone problem of Goswami & Mitra (2020),
// "Selecting the best mobile model by applying AHP-COPRAS and AHP-ARAS
// decision making methodology", International Journal of Data and Network
// Science 4(1):27-42, as tested by pyrepo-mcda
// (tests/test_mcda_methods_2.py, Test_ARAS and Test_COPRAS): price (cost),
// storage, camera and battery (benefits), AHP weights summing to 1.
func coprasGoswami2020(t tHelper) *mcda.DecisionMatrix {
	return problem(t, [][]float64{
		{80, 16, 2, 5},
		{110, 32, 2, 9},
		{130, 64, 4, 9},
		{185, 64, 4, 1},
		{135, 64, 3, 4},
		{140, 32, 3, 5},
		{185, 64, 6, 7},
		{110, 16, 3, 3},
		{120, 16, 4, 3},
		{340, 128, 6, 5},
	}, []float64{0.60338, 0.13639, 0.19567, 0.06456}, []int{-1, 1, 1, 1})
}

func TestCOPRASPublished(t *testing.T) {
	t.Run("Goswami2020", func(t *testing.T) {
		// Utility degrees N_i/100 printed to 5 decimals (5e-6).
		want := []float64{1, 0.85262, 0.91930, 0.68523, 0.80515, 0.72587, 0.83436, 0.79758, 0.79097, 0.79533}
		var c mcda.COPRAS
		r, err := c.Evaluate(coprasGoswami2020(t))
		if err != nil {
			t.Fatal(err)
		}
		got := make([]float64, len(r.Utility))
		for i, u := range r.Utility {
			got[i] = u / 100
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 5e-6)); diff != "" {
			t.Errorf("utility mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("Uysal2022", func(t *testing.T) {
		// Uysal & İnan (2022), "Performance evaluation of research
		// assistants by COPRAS method", International Journal of Social
		// Science and Economic Research; utility degrees in percent printed
		// to 4 decimals (5e-5), as tested by scikit-criteria
		// (tests/agg/test_copras.py, test_COPRAS_Uysal2022assistants).
		// The fifth criterion (lesson completion duration) is a cost.
		m := problem(t, [][]float64{
			{3.57, 4.00, 4.00, 83.75, 3, 9, 1},
			{3.07, 3.95, 4.00, 83.00, 3, 1, 3},
			{3.23, 3.54, 3.46, 66.00, 4, 0, 2},
			{3.42, 3.96, 4.00, 70.00, 5, 5, 7},
			{2.56, 3.37, 3.79, 82.00, 4, 4, 5},
		}, []float64{1, 1, 1, 1, 1, 1, 1}, []int{1, 1, 1, 1, -1, 1, 1})
		var c mcda.COPRAS
		r, err := c.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		want := []float64{100.0000, 78.8501, 63.3837, 98.6506, 86.8878}
		if diff := cmp.Diff(want, r.Utility, cmpopts.EquateApprox(0, 5e-5)); diff != "" {
			t.Errorf("utility mismatch (-want +got):\n%s", diff)
		}
		rk, err := mcda.Rank(&c, m)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]int{1, 4, 5, 2, 3}, rk.Ranks); diff != "" {
			t.Errorf("ranks mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("PymcdmVariantIsSPlusPlusSMinus", func(t *testing.T) {
		// pymcdm's TestCOPRAS cites Zavadskas, Kaklauskas, Peldschus &
		// Turskis (2007), Baltic Journal of Road and Bridge Engineering
		// 2(4):195-203, and expects 1.0, 0.797, 0.9078, 0.7243, 0.8537,
		// 0.6898 (4 decimals). Those numbers are (S⁺ + S⁻)/max(S⁺ + S⁻),
		// which counts the four costs as benefits; this method's Q differs
		// (A3's utility is 0.9724, not 0.9078). The test documents the
		// variant rather than reproducing it.
		m := problem(t, [][]float64{
			{30, 12.487, 6.261, 10.880, 7.610},
			{20, 12.372, 5.961, 10.880, 7.460},
			{27, 11.096, 6.262, 9.920, 6.690},
			{18, 10.982, 5.962, 9.920, 6.540},
			{24, 11.017, 6.283, 9.980, 7.000},
			{16, 10.903, 5.983, 9.980, 6.850},
		}, []float64{0.5300, 0.1175, 0.1175, 0.1175, 0.1175}, []int{1, -1, -1, -1, -1})
		var c mcda.COPRAS
		r, err := c.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		sum := make([]float64, len(r.Q))
		best := 0.0
		for i := range sum {
			sum[i] = r.SPlus[i] + r.SMinus[i]
			best = max(best, sum[i])
		}
		for i := range sum {
			sum[i] /= best
		}
		if diff := cmp.Diff([]float64{1.0, 0.797, 0.9078, 0.7243, 0.8537, 0.6898}, sum, cmpopts.EquateApprox(0, 5e-5)); diff != "" {
			t.Errorf("pymcdm's S⁺+S⁻ mismatch (-want +got):\n%s", diff)
		}
		// The standard formula's utility of A3, from an independent
		// computation, to 4 significant digits.
		if math.Abs(r.Utility[2]-97.24) > 5e-3 {
			t.Errorf("COPRAS utility of A3 = %v, want 97.24", r.Utility[2])
		}
	})
}

func TestCOPRASSpecialCases(t *testing.T) {
	t.Run("SubnormalSMinus", func(t *testing.T) {
		// Regression (issue 5, FuzzMethods): with cost weights 1 and
		// 1e-323, S⁻ = (1, 3e-324, 3e-324) up to rounding, and the product
		// S⁻_min·Σ S⁻ underflowed to 0: every Q was 0 and the utility
		// degree 0/0 = NaN. Q_i = (S⁻_min/S⁻_i)·(Σ S⁻ / Σ S⁻_min/S⁻_k) =
		// (≈0, 1/2, 1/2).
		var c mcda.COPRAS
		r, err := c.Evaluate(problem(t, [][]float64{{1, 0}, {0, 0}, {0, 0}}, []float64{1, 1e-323}, []int{-1, -1}))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]float64{0, 0.5, 0.5}, r.Q, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
			t.Errorf("Q mismatch (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([]float64{0, 100, 100}, r.Utility, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
			t.Errorf("utility mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("NoCostCriterion", func(t *testing.T) {
		// Q_i = S⁺_i, the sum-normalized weighted sum.
		m := triantaphyllou(t)
		var c mcda.COPRAS
		r, err := c.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		ws := mcda.WSM{Normalization: mcda.NormalizationSum}
		want, err := ws.Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, r.Q, approxTight); diff != "" {
			t.Errorf("Q mismatch (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([]float64{0, 0, 0}, r.SMinus); diff != "" {
			t.Errorf("S⁻ mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("ZeroWeightCostIsIgnored", func(t *testing.T) {
		// A cost of weight 0 is as if absent, even with zero values.
		got := scoresOf(t, &mcda.COPRAS{}, [][]float64{{1, 0}, {2, 5}}, []float64{1, 0}, []int{1, -1})
		wantScores(t, []float64{1.0 / 3, 2.0 / 3}, got, approxTight)
	})
	t.Run("ZeroColumns", func(t *testing.T) {
		// A column of zeros is a constant column: shares 1/m.
		m := problem(t, [][]float64{{0, 1, 0}, {0, 3, 0}}, []float64{1, 1, 2}, []int{1, 1, -1})
		var c mcda.COPRAS
		r, err := c.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		// S⁺ = (1/4)(1/2) + (1/4)(x/4), S⁻ = (1/2)(1/2) for both.
		if diff := cmp.Diff([]float64{0.125 + 0.0625, 0.125 + 0.1875}, r.SPlus, approxTight); diff != "" {
			t.Errorf("S⁺ mismatch (-want +got):\n%s", diff)
		}
		// S⁻ = (1/2)(1/2) for both, so Q = S⁺ + Σ S⁻/2 = S⁺ + 1/4.
		if diff := cmp.Diff([]float64{0.4375, 0.5625}, r.Q, approxTight); diff != "" {
			t.Errorf("Q mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("OneAlternative", func(t *testing.T) {
		got := scoresOf(t, &mcda.COPRAS{}, [][]float64{{3, 4, 5}}, []float64{1, 2, 3}, []int{1, -1, -1})
		wantScores(t, []float64{1}, got, approxTight)
	})
	t.Run("IdenticalAlternatives", func(t *testing.T) {
		got := scoresOf(t, &mcda.COPRAS{}, [][]float64{{3, 4}, {3, 4}, {3, 4}}, []float64{1, 1}, []int{1, -1})
		// S⁺ = S⁻ = 1/6 each; the cost term is Σ S⁻ / 3 = 1/6.
		wantScores(t, []float64{1.0 / 3, 1.0 / 3, 1.0 / 3}, got, approxTight)
	})
}

func TestCOPRASErrors(t *testing.T) {
	tests := []struct {
		name                string
		rows                [][]float64
		types               []int
		want                error
		alternative, column int // column -1: an *AlternativeError
	}{
		{"NegativeBenefit", [][]float64{{1, 2}, {-1, 3}}, []int{1, -1}, mcda.ErrNegative, 1, 0},
		{"NegativeCost", [][]float64{{1, 2}, {1, -3}}, []int{1, -1}, mcda.ErrNegative, 1, 1},
		{"ZeroSMinus", [][]float64{{1, 2, 1}, {1, 0, 0}, {2, 1, 1}}, []int{1, -1, -1}, mcda.ErrNotPositive, 1, -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var c mcda.COPRAS
			_, err := c.Scores(nil, problem(t, tc.rows, zavadskasOnes(len(tc.types)), tc.types))
			if tc.column < 0 {
				wantAlternativeError(t, err, tc.want, tc.alternative)
				return
			}
			wantValueError(t, err, tc.want, tc.alternative, tc.column)
		})
	}
}

func TestCOPRASZeroAllocAndPanics(t *testing.T) {
	wantZeroAllocs(t, &mcda.COPRAS{}, coprasGoswami2020(t))
}

func TestCOPRASProperties(t *testing.T) {
	newCOPRAS := func() mcda.Method { return &mcda.COPRAS{} }
	t.Run("ScoresFinite", rapid.MakeCheck(zavadskasFinite(newCOPRAS)))
	t.Run("DominatedNeverAbove", rapid.MakeCheck(zavadskasDominated(newCOPRAS)))
	t.Run("ColumnScaleInvariance", rapid.MakeCheck(zavadskasColumnScale(newCOPRAS)))
	t.Run("UtilityAtMost100", rapid.MakeCheck(propCOPRASUtility))
}

// Property: the utility degree N_i lies in (0, 100] and the best
// alternative's is exactly 100.
func propCOPRASUtility(t *rapid.T) {
	rows, w, types := genProblem(t)
	var c mcda.COPRAS
	r, err := c.Evaluate(problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	top := 0.0
	for i, u := range r.Utility {
		if !(u > 0 && u <= 100) {
			t.Fatalf("utility[%d] = %v, want in (0, 100]", i, u)
		}
		top = max(top, u)
	}
	if top != 100 {
		t.Fatalf("max utility = %v, want 100", top)
	}
}

func ExampleCOPRAS() {
	alts := []string{"budget", "mid-range", "flagship"}
	crit := []mcda.Criterion{
		{Name: "price", Objective: mcda.ObjectiveCost, Weight: 0.5},
		{Name: "storage", Objective: mcda.ObjectiveBenefit, Weight: 0.3},
		{Name: "camera", Objective: mcda.ObjectiveBenefit, Weight: 0.2},
	}
	m, err := mcda.NewDecisionMatrix(alts, crit, [][]float64{
		{120, 64, 12},
		{250, 128, 48},
		{600, 256, 108},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	var c mcda.COPRAS
	r, err := c.Evaluate(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, a := range alts {
		fmt.Printf("%-9s Q=%.4f N=%5.1f%%\n", a, r.Q[i], r.Utility[i])
	}
	// Output:
	// budget    Q=0.3548 N= 98.7%
	// mid-range Q=0.2857 N= 79.5%
	// flagship  Q=0.3595 N=100.0%
}

// The helpers below are shared by the tests of COPRAS, EDAS, MOORA,
// WASPAS and ARAS (the methods of Zavadskas and co-authors); the prefix
// keeps them apart from other methods' helpers.

// zavadskasOnes returns n weights of 1.
func zavadskasOnes(n int) []float64 {
	w := make([]float64, n)
	for j := range w {
		w[j] = 1
	}
	return w
}

// zavadskasFinite returns the property: for every valid problem with
// positive values, every score is finite.
func zavadskasFinite(newMethod func() mcda.Method) func(*rapid.T) {
	return func(t *rapid.T) {
		rows, w, types := genProblem(t)
		s, err := newMethod().Scores(nil, problem(t, rows, w, types))
		if err != nil {
			t.Fatal(err)
		}
		for i, v := range s {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("score[%d] = %v, want finite", i, v)
			}
		}
	}
}

// zavadskasDominated returns the property: an alternative that is strictly
// worse than another on every criterion is never ranked above it.
func zavadskasDominated(newMethod func() mcda.Method) func(*rapid.T) {
	return func(t *rapid.T) {
		rows, w, types := genProblem(t)
		i := rapid.IntRange(0, len(rows)-1).Draw(t, "dominator")
		f := rapid.SliceOfN(rapid.Float64Range(0.3, 0.95), len(w), len(w)).Draw(t, "factors")
		sub := make([]float64, len(w))
		for j, x := range rows[i] {
			if types[j] > 0 {
				sub[j] = x * f[j]
			} else {
				sub[j] = x / f[j]
			}
		}
		rows = append(rows, sub)
		method := newMethod()
		r, err := mcda.Rank(method, problem(t, rows, w, types))
		if err != nil {
			t.Fatal(err)
		}
		k := len(rows) - 1
		if r.Ranks[k] < r.Ranks[i] {
			t.Fatalf("%s: dominated alternative %d ranks %d, above its dominator %d at %d (scores %v)",
				method.Name(), k, r.Ranks[k], i, r.Ranks[i], r.Scores)
		}
	}
}

// zavadskasColumnScale returns the property: multiplying one column by
// k in [1e-3, 1e3] leaves the scores unchanged.
func zavadskasColumnScale(newMethod func() mcda.Method) func(*rapid.T) {
	return func(t *rapid.T) {
		rows, w, types := genProblem(t)
		j := rapid.IntRange(0, len(w)-1).Draw(t, "column")
		k := rapid.Float64Range(1e-3, 1e3).Draw(t, "k")
		method := newMethod()
		want, err := method.Scores(nil, problem(t, rows, w, types))
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			r[j] *= k
		}
		got, err := method.Scores(nil, problem(t, rows, w, types))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got, approxInvariant); diff != "" {
			t.Fatalf("%s: scores changed by scaling column %d by %v (-want +got):\n%s", method.Name(), j, k, diff)
		}
	}
}

func BenchmarkCOPRAS(b *testing.B) { benchScores(b, &mcda.COPRAS{}) }
