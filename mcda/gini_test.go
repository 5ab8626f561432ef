package mcda_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/balancer-mcda/balancer/mcda"
)

func TestGiniPublished(t *testing.T) {
	wtRun(t, &mcda.Gini{}, []wtCase{{
		// Bączkiewicz, Wątróbski, Kizielewicz & Sałabun (2021), Towards
		// Reliable Results - A Comparative Analysis of Selected MCDA
		// Techniques in the Camera Selection Problem, Springer LNBIP,
		// pp. 143-165; 4 decimals (pyrepo-mcda Test_gini).
		name: "Baczkiewicz2021Cameras",
		rows: [][]float64{
			{29.4, 83, 47, 114, 12, 30, 120, 240, 170, 90, 1717.75},
			{30, 38.1, 124.7, 117, 16, 60, 60, 60, 93, 70, 2389},
			{29.28, 59.27, 41.13, 58, 16, 30, 60, 120, 170, 78, 239.99},
			{33.6, 71, 55, 159, 23.6, 60, 240, 240, 132, 140, 2099},
			{21, 59, 41, 66, 16, 24, 60, 120, 170, 70, 439},
			{35, 65, 42, 134, 12, 60, 240, 240, 145, 60, 1087},
			{47, 79, 54, 158, 19, 60, 120, 120, 360, 72, 2499},
			{28.3, 62.3, 44.9, 116, 12, 30, 60, 60, 130, 90, 999.99},
			{36.9, 28.6, 121.6, 130, 12, 60, 120, 120, 80, 80, 1099},
			{32, 59, 41, 60, 16, 30, 120, 120, 170, 60, 302.96},
			{28.4, 66.3, 48.6, 126, 12, 60, 240, 240, 132, 135, 1629},
			{29.8, 46, 113, 47, 18, 50, 50, 50, 360, 72, 2099},
			{20.2, 64, 80, 70, 8, 24, 60, 120, 166, 480, 699.99},
			{33, 60, 44, 59, 12, 30, 60, 120, 170, 90, 388},
			{29, 59, 41, 55, 16, 30, 60, 120, 170, 120, 299},
			{29, 59, 41, 182, 12, 30, 30, 60, 94, 140, 249},
			{29.8, 59.2, 41, 65, 16, 30, 60, 120, 160, 90, 219.99},
			{28.8, 62.5, 41, 70, 12, 60, 120, 120, 170, 138, 1399.99},
			{24, 40, 59, 60, 12, 10, 30, 30, 140, 78, 269.99},
			{30, 60, 45, 201, 16, 30, 30, 30, 170, 90, 199.99}},
		types: []int{-1, -1, -1, -1, 1, 1, 1, 1, 1, 1, -1},
		want:  []float64{0.0362, 0.0437, 0.0848, 0.0984, 0.0480, 0.0842, 0.1379, 0.1125, 0.0745, 0.1107, 0.1690},
		tol:   5e-5,
	}, {
		// pymcdm tests/test_weights.py::TestGiniWeights, 4 decimals (a
		// library value, marked "without reference").
		name: "pymcdm", rows: [][]float64{{5, 6, 7}, {5.5, 6.1, 8}, {4, 5, 9}},
		want: []float64{0.4120, 0.2562, 0.3319}, tol: 5e-5,
	}})
}

func TestGiniSpecialCases(t *testing.T) {
	// Column 1: Gini of (0, 0, 0, 4) is 3/4 = 1 − 1/m, the maximum; column 2
	// is all zeros, column 3 constant: both 0.
	got, err := (&mcda.Gini{}).Weights(nil, wtMatrix(t, [][]float64{{0, 0, 2}, {0, 0, 2}, {0, 0, 2}, {4, 0, 2}}, nil))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]float64{1, 0, 0}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestGiniErrors(t *testing.T) {
	_, err := (&mcda.Gini{}).Weights(nil, wtMatrix(t, [][]float64{{1, 2}, {3, 4}, {5, -6}}, nil))
	wantValueError(t, err, mcda.ErrNegative, 2, 1)
}

func BenchmarkGini(b *testing.B) { wtBench(b, &mcda.Gini{}) }

func ExampleGini() {
	m, _ := mcda.NewDecisionMatrix(
		[]string{"A1", "A2", "A3"},
		[]mcda.Criterion{
			{Name: "C1", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "C2", Objective: mcda.ObjectiveBenefit, Weight: 1},
			{Name: "C3", Objective: mcda.ObjectiveCost, Weight: 1},
		},
		[][]float64{{5, 6, 7}, {5.5, 6.1, 8}, {4, 5, 9}})
	w, _ := (&mcda.Gini{}).Weights(nil, m)
	fmt.Printf("%.4f\n", w)
	// Output: [0.4120 0.2562 0.3319]
}
