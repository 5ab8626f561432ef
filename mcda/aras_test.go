package mcda_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

func TestARASPublished(t *testing.T) {
	t.Run("Goswami2020", func(t *testing.T) {
		// Utility degrees K_i printed to 5 decimals (5e-6), as tested by
		// pyrepo-mcda (tests/test_mcda_methods_2.py, Test_ARAS).
		want := []float64{0.68915, 0.58525, 0.62793, 0.46666, 0.54924, 0.49801, 0.56959, 0.54950, 0.54505, 0.53549}
		var a mcda.ARAS
		got, err := a.Scores(nil, coprasGoswami2020(t))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 5e-6)); diff != "" {
			t.Errorf("utility mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("Balezentiene2012", func(t *testing.T) {
		// Balezentiene & Kusta (2012), "Reducing greenhouse gas emissions
		// in grassland ecosystems of the central Lithuania: multi-criteria
		// evaluation on a basis of the ARAS method", The Scientific World
		// Journal 2012:908384, as tested by scikit-criteria
		// (tests/agg/test_aras.py). The paper's optimal row is the
		// column-wise best of these ten alternatives, which ARAS derives
		// itself. S_i and S_0 are printed to 6 decimals, but the paper
		// computes them from rounded normalized values, so (as for the
		// WASPAS example in wsm_test.go) they are held to one unit of the
		// last digit, 1e-6, not half a unit; the utilities K_i = S_i/S_0
		// inherit at most (1e-6 + K·1e-6)/S_0 <= 1.2e-5.
		m := problem(t, [][]float64{
			{957.5, 190.1977, 70, 0.039592, 2.166783, 0.0141},
			{892.5, 203.8013, 53, 0.025849, 2.994347, 0.016642},
			{1002.5, 235.0942, 75, 0.015479, 4.742146, 0.019484},
			{1150.0, 271.4, 76, 0.022, 7.055962, 0.022147},
			{1520.0, 192.5579, 70, 0.025442, 8.424319, 0.024235},
			{1700.0, 386.1619, 90, 0.029429, 5.888983, 0.022218},
			{1355.0, 342.1966, 80, 0.0293, 8.635847, 0.024861},
			{2127.5, 495.4876, 90, 0.038453, 3.652983, 0.020537},
			{3020.0, 827.6948, 97, 0.031774, 11.03944, 0.024359},
			{2786.0, 795.0, 98, 0.021151, 8.952235, 0.023349},
		}, []float64{0.166667, 0.166667, 0.166667, 0.166667, 0.166667, 0.166667}, []int{1, 1, 1, -1, -1, -1})
		var a mcda.ARAS
		r, err := a.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		wantK := []float64{0.599472, 0.531983, 0.564514, 0.491713, 0.453489, 0.551491, 0.475401, 0.635985, 0.689763, 0.722232}
		if diff := cmp.Diff(wantK, r.Utility, cmpopts.EquateApprox(0, 1.2e-5)); diff != "" {
			t.Errorf("utility mismatch (-want +got):\n%s", diff)
		}
		wantS := []float64{0.08926, 0.079211, 0.084055, 0.073215, 0.067523, 0.082115, 0.070786, 0.094696, 0.102704, 0.107538}
		if diff := cmp.Diff(wantS, r.Optimality, cmpopts.EquateApprox(0, 1e-6)); diff != "" {
			t.Errorf("optimality mismatch (-want +got):\n%s", diff)
		}
		if d := r.Optimal - 0.148897; d > 1e-6 || d < -1e-6 {
			t.Errorf("S_0 = %v, want 0.148897", r.Optimal)
		}
	})
	t.Run("Stanujkic2015", func(t *testing.T) {
		// Stanujkic, Djordjevic & Karabasevic (2015), "Selection of
		// candidates in the process of recruitment and selection of
		// personnel based on the SWARA and ARAS methods", Quaestus 7:53;
		// 2 decimals (5e-3), as tested by pymcdm (tests/test_methods.py,
		// TestARAS.test_output).
		m := problem(t, [][]float64{
			{4.64, 3.00, 3.00, 3.00, 2.88, 3.63},
			{4.00, 4.00, 4.64, 3.56, 3.63, 5.00},
			{3.30, 4.31, 3.30, 4.00, 3.30, 4.00},
			{2.62, 5.00, 4.22, 4.31, 5.00, 5.00},
		}, []float64{0.28, 0.25, 0.19, 0.15, 0.08, 0.04}, []int{1, 1, 1, 1, 1, 1})
		var a mcda.ARAS
		got, err := a.Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]float64{0.74, 0.86, 0.78, 0.86}, got, cmpopts.EquateApprox(0, 5e-3)); diff != "" {
			t.Errorf("utility mismatch (-want +got):\n%s", diff)
		}
	})
}

func TestARASSpecialCases(t *testing.T) {
	t.Run("OneAlternative", func(t *testing.T) {
		wantScores(t, []float64{1}, scoresOf(t, &mcda.ARAS{}, [][]float64{{3, 4}}, []float64{1, 1}, []int{1, -1}), approxTight)
	})
	t.Run("ZeroBenefitColumn", func(t *testing.T) {
		// A zero column is constant: 1/3 in each of the three rows
		// (optimal, A1, A2). Column 2 of (1, 2) with optimum 2 normalizes
		// to (2, 1, 2)/5.
		got := scoresOf(t, &mcda.ARAS{}, [][]float64{{0, 1}, {0, 2}}, []float64{1, 1}, []int{1, 1})
		// S_0 = (1/3 + 2/5)/2, S_1 = (1/3 + 1/5)/2, S_2 = S_0.
		wantScores(t, []float64{(1.0/3 + 1.0/5) / (1.0/3 + 2.0/5), 1}, got, approxTight)
	})
}

func TestARASErrors(t *testing.T) {
	tests := []struct {
		name                   string
		rows                   [][]float64
		want                   error
		alternative, criterion int
	}{
		{"ZeroCost", [][]float64{{1, 2}, {3, 0}}, mcda.ErrNotPositive, 1, 1},
		{"NegativeCost", [][]float64{{1, -2}, {3, 1}}, mcda.ErrNotPositive, 0, 1},
		{"NegativeBenefit", [][]float64{{1, 2}, {-3, 1}}, mcda.ErrNegative, 1, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var a mcda.ARAS
			_, err := a.Scores(nil, problem(t, tc.rows, []float64{1, 1}, []int{1, -1}))
			wantValueError(t, err, tc.want, tc.alternative, tc.criterion)
		})
	}
	// A zero benefit value is fine.
	var a mcda.ARAS
	if _, err := a.Scores(nil, problem(t, [][]float64{{0, 2}, {3, 1}}, []float64{1, 1}, []int{1, -1})); err != nil {
		t.Errorf("zero benefit value: err = %v, want nil", err)
	}
}

func TestARASZeroAllocAndPanics(t *testing.T) { wantZeroAllocs(t, &mcda.ARAS{}, coprasGoswami2020(t)) }

func TestARASProperties(t *testing.T) {
	newARAS := func() mcda.Method { return &mcda.ARAS{} }
	t.Run("ScoresFinite", rapid.MakeCheck(zavadskasFinite(newARAS)))
	t.Run("DominatedNeverAbove", rapid.MakeCheck(zavadskasDominated(newARAS)))
	t.Run("ColumnScaleInvariance", rapid.MakeCheck(zavadskasColumnScale(newARAS)))
	t.Run("UtilityInUnitInterval", rapid.MakeCheck(propARASUnitInterval))
}

// Property: 0 < K_i <= 1: no alternative beats the optimal one.
func propARASUnitInterval(t *rapid.T) {
	rows, w, types := genProblem(t)
	var a mcda.ARAS
	k, err := a.Scores(nil, problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range k {
		if !(v > 0 && v <= 1+1e-15) {
			t.Fatalf("K[%d] = %v, want in (0, 1]", i, v)
		}
	}
}

func BenchmarkARAS(b *testing.B) { benchScores(b, &mcda.ARAS{}) }

func ExampleARAS() {
	m, err := mcda.NewDecisionMatrix(
		[]string{"A", "B", "C"},
		[]mcda.Criterion{
			{Name: "quality", Objective: mcda.ObjectiveBenefit, Weight: 0.6},
			{Name: "price", Objective: mcda.ObjectiveCost, Weight: 0.4},
		},
		[][]float64{{7, 300}, {9, 450}, {5, 200}})
	if err != nil {
		fmt.Println(err)
		return
	}
	var a mcda.ARAS
	r, err := a.Evaluate(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("S0=%.4f\n", r.Optimal)
	for i, k := range r.Utility {
		fmt.Printf("%s S=%.4f K=%.4f\n", m.Alternative(i), r.Optimality[i], k)
	}
	// Output:
	// S0=0.3086
	// A S=0.2257 K=0.7315
	// B S=0.2371 K=0.7685
	// C S=0.2286 K=0.7407
}
