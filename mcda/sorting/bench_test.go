package sorting_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/outranking"
	"github.com/balancer-mcda/balancer/mcda/sorting"
)

// benchSorting returns m alternatives on 5 criteria with seeded values in
// [0, 100), profiles at 25, 50 and 75 (four categories) and thresholds
// q = 2, p = 10, v = 40.
func benchSorting(b *testing.B, m int) (*mcda.DecisionMatrix, [][]float64, []outranking.Thresholds) {
	b.Helper()
	const n = 5
	r := rand.New(rand.NewPCG(1, 2))
	names := make([]string, m)
	rows := make([][]float64, m)
	for i := range rows {
		names[i] = fmt.Sprint("a", i)
		rows[i] = make([]float64, n)
		for j := range rows[i] {
			rows[i][j] = 100 * r.Float64()
		}
	}
	crit := make([]mcda.Criterion, n)
	th := make([]outranking.Thresholds, n)
	for j := range crit {
		crit[j] = mcda.Criterion{Name: fmt.Sprint("g", j), Objective: mcda.ObjectiveBenefit, Weight: 1}
		th[j] = outranking.Thresholds{Q: outranking.Constant(2), P: outranking.Constant(10), V: outranking.Constant(40), Veto: true}
	}
	dm, err := mcda.NewDecisionMatrix(names, crit, rows)
	if err != nil {
		b.Fatal(err)
	}
	profiles := [][]float64{{25, 25, 25, 25, 25}, {50, 50, 50, 50, 50}, {75, 75, 75, 75, 75}}
	return dm, profiles, th
}

func BenchmarkELECTRETRIB(b *testing.B) {
	for _, m := range []int{100, 10000} {
		b.Run(fmt.Sprintf("m=%d/k=4/n=5", m), func(b *testing.B) {
			dm, profiles, th := benchSorting(b, m)
			e := sorting.ELECTRETRIB{Profiles: profiles, Thresholds: th}
			for b.Loop() {
				if _, err := e.Evaluate(dm); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkFlowSort(b *testing.B) {
	for _, m := range []int{100, 10000} {
		b.Run(fmt.Sprintf("m=%d/k=4/n=5", m), func(b *testing.B) {
			dm, profiles, _ := benchSorting(b, m)
			f := sorting.FlowSort{Profiles: sorting.LimitingProfiles(dm, profiles)}
			for b.Loop() {
				if _, err := f.Evaluate(dm); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
