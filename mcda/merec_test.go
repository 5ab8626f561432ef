package mcda_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/balancer-mcda/balancer/mcda"
)

// keshavarz2021 is the 5×4 example of Keshavarz-Ghorabaee et al. (2021),
// Symmetry 13(4):525, Table 1: two benefit and two cost criteria.
var keshavarz2021 = [][]float64{
	{450, 8000, 54, 145}, {10, 9100, 2, 160}, {100, 8200, 31, 153}, {220, 9300, 1, 162}, {5, 8400, 23, 158},
}

func TestMERECPublished(t *testing.T) {
	wtRun(t, &mcda.MEREC{}, []wtCase{{
		// Keshavarz-Ghorabaee et al. (2021), final weights to 4 decimals
		// (also in pyrepo-mcda Test_MEREC, pymcdm TestMERECWeights and the R
		// package rmerec's tests).
		name: "KeshavarzGhorabaee2021", rows: keshavarz2021, types: []int{1, 1, -1, -1},
		want: []float64{0.5752, 0.0141, 0.4016, 0.0091}, tol: 5e-5,
	}, {
		// The same problem with the columns reordered and the benefit
		// columns rescaled (to kilo-units): the weights follow the columns
		// and do not change.
		name: "KeshavarzGhorabaee2021Permuted",
		rows: [][]float64{
			{54, 0.450, 145, 8}, {2, 0.010, 160, 9.1}, {31, 0.100, 153, 8.2}, {1, 0.220, 162, 9.3}, {23, 0.005, 158, 8.4}},
		types: []int{-1, 1, -1, 1},
		want:  []float64{0.4016, 0.5752, 0.0091, 0.0141}, tol: 5e-5,
	}})
}

func TestMERECSpecialCases(t *testing.T) {
	// One criterion: E_1 = Σ_i S_i > 0 when the column varies; weight 1.
	got, err := (&mcda.MEREC{}).Weights(nil, wtMatrix(t, [][]float64{{1}, {2}}, nil))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]float64{1}, got); diff != "" {
		t.Errorf("one criterion (-want +got):\n%s", diff)
	}
}

func TestMERECErrors(t *testing.T) {
	for _, tc := range []struct {
		name      string
		rows      [][]float64
		types     []int
		alt, crit int
	}{
		{"ZeroBenefit", [][]float64{{1, 2}, {0, 3}}, []int{1, 1}, 1, 0},
		{"NegativeCost", [][]float64{{1, 2}, {1, -3}}, []int{1, -1}, 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := (&mcda.MEREC{}).Weights(nil, wtMatrix(t, tc.rows, tc.types))
			wantValueError(t, err, mcda.ErrNotPositive, tc.alt, tc.crit)
		})
	}
}

func BenchmarkMEREC(b *testing.B) { wtBench(b, &mcda.MEREC{}) }

func ExampleMEREC() {
	m, _ := mcda.NewDecisionMatrix(
		[]string{"A1", "A2", "A3", "A4", "A5"},
		[]mcda.Criterion{
			{Name: "C1", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "C2", Objective: mcda.ObjectiveBenefit, Weight: 1},
			{Name: "C3", Objective: mcda.ObjectiveCost, Weight: 1}, {Name: "C4", Objective: mcda.ObjectiveCost, Weight: 1},
		},
		keshavarz2021)
	w, err := (&mcda.MEREC{}).Weights(nil, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.4f\n", w)
	// Output: [0.5752 0.0141 0.4016 0.0091]
}
