package sorting_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/outranking"
	"github.com/balancer-mcda/balancer/mcda/sorting"
)

// TestELECTRETRIBTicino: the Ticino example of github.com/oso/qgis-etri
// (tests/data_ticino.py: seven sites on five criteria, two of them
// costs, two profiles, λ = 0.75), whose test checks these assignments
// (categories 1-based there): pessimistic 2, 1, 2, 3, 1, 2, 2 and
// optimistic 2, 3, 2, 3, 2, 2, 2. Peer-computed, exact.
func TestELECTRETRIBTicino(t *testing.T) {
	crit := []mcda.Criterion{
		{Name: "prix", Objective: mcda.ObjectiveCost, Weight: 25},
		{Name: "transport", Objective: mcda.ObjectiveCost, Weight: 45},
		{Name: "envir", Objective: mcda.ObjectiveBenefit, Weight: 10},
		{Name: "residents", Objective: mcda.ObjectiveBenefit, Weight: 12},
		{Name: "competition", Objective: mcda.ObjectiveBenefit, Weight: 8},
	}
	m, err := mcda.NewDecisionMatrix([]string{"a1", "a2", "a3", "a4", "a5", "a6", "a7"}, crit, [][]float64{
		{120, 284, 5, 3.5, 18},
		{150, 269, 2, 4.5, 24},
		{100, 413, 4, 5.5, 17},
		{60, 596, 6, 8.0, 20},
		{30, 1321, 8, 7.5, 16},
		{80, 734, 5, 4.0, 21},
		{45, 982, 7, 8.5, 13},
	})
	if err != nil {
		t.Fatal(err)
	}
	q := []float64{15, 80, 1, 0.5, 1}
	p := []float64{40, 350, 3, 3.5, 5}
	v := []float64{100, 850, 5, 4.5, 8}
	th := make([]outranking.Thresholds, 5)
	for j := range th {
		th[j] = outranking.Thresholds{Q: outranking.Constant(q[j]), P: outranking.Constant(p[j]), V: outranking.Constant(v[j]), Veto: true}
	}
	e := sorting.ELECTRETRIB{
		Profiles:   [][]float64{{100, 1000, 4, 4, 15}, {50, 500, 7, 7, 20}},
		Thresholds: th,
		Lambda:     0.75,
	}
	res, err := e.Evaluate(m)
	if err != nil {
		t.Fatal(err)
	}
	oneBased := func(c []int) []int {
		out := make([]int, len(c))
		for i, x := range c {
			out[i] = x + 1
		}
		return out
	}
	if diff := cmp.Diff([]int{2, 1, 2, 3, 1, 2, 2}, oneBased(res.Pessimistic)); diff != "" {
		t.Errorf("pessimistic (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{2, 3, 2, 3, 2, 2, 2}, oneBased(res.Optimistic)); diff != "" {
		t.Errorf("optimistic (-want +got):\n%s", diff)
	}
}
