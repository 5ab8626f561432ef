package mcda_test

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

func TestEDASPublished(t *testing.T) {
	tests := []struct {
		name    string
		rows    [][]float64
		weights []float64
		types   []int
		want    []float64
	}{
		{
			// Ersoy (2021), "Equipment selection for an e-commerce company
			// using entropy-based TOPSIS, EDAS and CODAS methods during the
			// COVID-19", LogForum 17(3); appraisal scores printed to 3
			// decimals (5e-4), as tested by pyrepo-mcda
			// (tests/test_mcda_methods.py, Test_EDAS).
			name: "Ersoy2021",
			rows: [][]float64{
				{256, 8, 41, 1.6, 1.77, 7347.16},
				{256, 8, 32, 1.0, 1.8, 6919.99},
				{256, 8, 53, 1.6, 1.9, 8400},
				{256, 8, 41, 1.0, 1.75, 6808.9},
				{512, 8, 35, 1.6, 1.7, 8479.99},
				{256, 4, 35, 1.6, 1.7, 7499.99},
			},
			weights: []float64{0.405, 0.221, 0.134, 0.199, 0.007, 0.034},
			types:   []int{1, 1, 1, 1, -1, -1},
			want:    []float64{0.414, 0.130, 0.461, 0.212, 0.944, 0.043},
		},
		{
			// Yazdani, Torkayesh, Santibanez-Gonzalez & Otaghsara (2020),
			// "Evaluation of renewable energy resources using integrated
			// Shannon Entropy—EDAS model", Sustainable Operations and
			// Computers 1:35-42; 3 decimals (5e-4), as tested by pymcdm
			// (tests/test_methods.py, TestEDAS). Its weights sum to 0.999;
			// EDAS scores do not depend on the scale of the weights.
			name: "Yazdani2020",
			rows: [][]float64{
				{3873, 39.55, 0.27, 0.87, 150, 0.07, 12, 2130},
				{5067, 67.26, 0.23, 0.23, 40, 0.02, 21, 2200},
				{2213, 24.69, 0.08, 0.17, 200, 0.04, 35, 570},
				{6243, 132, 0.07, 0.25, 100, 0.04, 16, 100},
				{8312, 460.47, 0.05, 0.21, 25, 0.1, 25, 200},
			},
			weights: []float64{0.131, 0.113, 0.126, 0.125, 0.126, 0.129, 0.132, 0.117},
			types:   []int{-1, -1, -1, 1, 1, -1, 1, 1},
			want:    []float64{0.841, 0.632, 0.883, 0.457, 0.104},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := scoresOf(t, &mcda.EDAS{}, tc.rows, tc.weights, tc.types)
			wantScores(t, tc.want, got, cmpopts.EquateApprox(0, 5e-4))
		})
	}
}

func TestEDASSpecialCases(t *testing.T) {
	t.Run("SubnormalAverage", func(t *testing.T) {
		// Regression (issue 5, FuzzMethods): the average of 5e-324,
		// 5e-324 and 0 is subnormal, and w/AV overflowed, so that
		// 0·(w/AV) made SN NaN. The distances are now (x − AV)/AV·w.
		var e mcda.EDAS
		r, err := e.Evaluate(problem(t, [][]float64{{5e-324, 0}, {5e-324, 0}, {0, 0}}, []float64{1, 0}, []int{1, 1}))
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range [][]float64{r.Score, r.SP, r.SN, r.NSP, r.NSN} {
			for _, x := range v {
				if math.IsNaN(x) || math.IsInf(x, 0) {
					t.Fatalf("Evaluate = %+v: not finite", r)
				}
			}
		}
		if !(r.Score[2] < r.Score[0] && r.Score[0] == r.Score[1]) {
			t.Errorf("scores %v: want A3 last and A1, A2 tied", r.Score)
		}
	})
	t.Run("IdenticalAlternatives", func(t *testing.T) {
		// max SP = max SN = 0: AS = 0.5 for all, with no rounding
		// artefacts from Σx/m (0.1·3/3 is not 0.1 in floating point).
		got := scoresOf(t, &mcda.EDAS{}, [][]float64{{0.1, 7}, {0.1, 7}, {0.1, 7}}, []float64{1, 1}, []int{1, -1})
		wantScores(t, []float64{0.5, 0.5, 0.5}, got)
	})
	t.Run("OneAlternative", func(t *testing.T) {
		wantScores(t, []float64{0.5}, scoresOf(t, &mcda.EDAS{}, [][]float64{{3, 4}}, []float64{1, 1}, []int{1, -1}))
	})
	t.Run("ConstantColumnIgnored", func(t *testing.T) {
		// A constant column (here of zeros, AV = 0) adds no distance.
		want := scoresOf(t, &mcda.EDAS{}, [][]float64{{1}, {2}, {4}}, []float64{1}, []int{1})
		got := scoresOf(t, &mcda.EDAS{}, [][]float64{{1, 0}, {2, 0}, {4, 0}}, []float64{1, 1}, []int{1, -1})
		wantScores(t, want, got, approxTight)
	})
	t.Run("NegativeValuesPositiveAverage", func(t *testing.T) {
		// AV = 1: PDA = (2, 0, 0), NDA = (0, 0, 2); AS = (1, 0.5, 0).
		got := scoresOf(t, &mcda.EDAS{}, [][]float64{{3}, {1}, {-1}}, []float64{1}, []int{1})
		wantScores(t, []float64{1, 0.5, 0}, got, approxTight)
	})
}

func TestEDASErrors(t *testing.T) {
	tests := []struct {
		name      string
		rows      [][]float64
		criterion int
	}{
		{"ZeroAverage", [][]float64{{1, -1}, {2, 1}}, 1},
		{"NegativeAverage", [][]float64{{-3, 1}, {1, 2}}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var e mcda.EDAS
			_, err := e.Scores(nil, problem(t, tc.rows, []float64{1, 1}, []int{1, -1}))
			wantCriterionError(t, err, mcda.ErrNotPositive, tc.criterion)
		})
	}
}

func TestEDASZeroAllocAndPanics(t *testing.T) { wantZeroAllocs(t, &mcda.EDAS{}, coprasGoswami2020(t)) }

func TestEDASProperties(t *testing.T) {
	newEDAS := func() mcda.Method { return &mcda.EDAS{} }
	t.Run("ScoresFinite", rapid.MakeCheck(zavadskasFinite(newEDAS)))
	t.Run("DominatedNeverAbove", rapid.MakeCheck(zavadskasDominated(newEDAS)))
	t.Run("ColumnScaleInvariance", rapid.MakeCheck(zavadskasColumnScale(newEDAS)))
	t.Run("ScoreInUnitInterval", rapid.MakeCheck(propEDASUnitInterval))
}

// Property: 0 <= AS_i <= 1, also for values of either sign (as long as
// every non-constant column has a positive average).
func propEDASUnitInterval(t *rapid.T) {
	rows, w, types := genProblem(t)
	shift := rapid.Float64Range(-50, 0).Draw(t, "shift")
	for _, r := range rows {
		for j := range r {
			r[j] += shift
		}
	}
	var e mcda.EDAS
	s, err := e.Scores(nil, problem(t, rows, w, types))
	if errors.Is(err, mcda.ErrNotPositive) {
		t.Skip("a column's average is not positive")
	}
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range s {
		if !(v >= 0 && v <= 1) {
			t.Fatalf("AS[%d] = %v, want in [0, 1]", i, v)
		}
	}
}

func BenchmarkEDAS(b *testing.B) { benchScores(b, &mcda.EDAS{}) }

func ExampleEDAS() {
	// yield (a benefit, weight 2) and cost (weight 1): A (10, 5), B (12, 8), C (8, 2).
	m := yieldCost()
	var e mcda.EDAS
	r, err := e.Evaluate(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("average solution %.0f\n", r.Average)
	for i, s := range r.Score {
		fmt.Printf("%s SP=%.4f SN=%.4f AS=%.4f\n", m.Alternative(i), r.SP[i], r.SN[i], s)
	}
	// Output:
	// average solution [10 5]
	// A SP=0.0000 SN=0.0000 AS=0.5000
	// B SP=0.1333 SN=0.2000 AS=0.3333
	// C SP=0.2000 SN=0.1333 AS=0.6667
}

// TestEDASAverageOverflow checks the average of a column whose sums
// overflow: a first block of 4096 values 1.7e308 and a second of −1.7e308
// but one 1, whose block sums are +Inf and −Inf (a NaN in plain
// arithmetic). The average is (1.7e308 + 1)/8192, which the column's
// rescan, Σ x·2⁻¹⁰²⁴, gives within the bound of recursive summation,
// (m − 1)·u·Σ|x| (Higham, 2002, §4.2), relatively m·u·Σ|x|/|Σx| ≈ m²·u.
func TestEDASAverageOverflow(t *testing.T) {
	const rows = 2 * 4096
	names := make([]string, rows)
	data := make([][]float64, rows)
	for i := range data {
		names[i] = fmt.Sprint("a", i)
		x := 1.7e308
		if i >= 4096 {
			x = -x
		}
		data[i] = []float64{x, float64(i % 7)}
	}
	data[rows-1][0] = 1
	m, err := mcda.NewDecisionMatrix(names, []mcda.Criterion{
		{Name: "big", Objective: mcda.ObjectiveBenefit, Weight: 1},
		{Name: "small", Objective: mcda.ObjectiveCost, Weight: 1},
	}, data)
	if err != nil {
		t.Fatal(err)
	}
	r, err := (&mcda.EDAS{}).Evaluate(m)
	if err != nil {
		t.Fatalf("Evaluate: %v", err)
	}
	tol := rows * rows * 0x1p-53
	if want := 1.7e308 / rows; math.Abs(r.Average[0]-want) > tol*want {
		t.Errorf("average = %v, want %v", r.Average[0], want)
	}
	for i, v := range r.Score {
		if math.IsNaN(v) || v < 0 || v > 1 {
			t.Fatalf("score %d = %v, want in [0, 1]", i, v)
		}
	}
}
