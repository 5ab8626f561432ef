package outranking_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/outranking"
)

// benchProblem returns m alternatives on n criteria with seeded uniform
// values in [0, 100) and thresholds q = 2, p = 10, v = 40.
func benchProblem(b *testing.B, m, n int) (*mcda.DecisionMatrix, []outranking.Thresholds) {
	b.Helper()
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
		crit[j] = mcda.Criterion{Name: fmt.Sprint("g", j), Objective: mcda.ObjectiveBenefit, Weight: 1 + float64(j)}
		th[j] = outranking.Thresholds{Q: outranking.Constant(2), P: outranking.Constant(10), V: outranking.Constant(40), Veto: true}
	}
	dm, err := mcda.NewDecisionMatrix(names, crit, rows)
	if err != nil {
		b.Fatal(err)
	}
	return dm, th
}

func BenchmarkELECTREIII(b *testing.B) {
	for _, m := range []int{10, 100, 400} {
		b.Run(fmt.Sprintf("m=%d/n=5", m), func(b *testing.B) {
			dm, th := benchProblem(b, m, 5)
			e := outranking.ELECTREIII{Thresholds: th}
			for b.Loop() {
				if _, err := e.Evaluate(context.Background(), dm); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkELECTREII(b *testing.B) {
	for _, m := range []int{10, 100, 400} {
		b.Run(fmt.Sprintf("m=%d/n=5", m), func(b *testing.B) {
			dm, _ := benchProblem(b, m, 5)
			var e outranking.ELECTREII
			for b.Loop() {
				if _, err := e.Evaluate(context.Background(), dm); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
