package mcda_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
)

// benchProblem returns an m×n problem with values in [1, 100), random
// weights and alternating objectives, from a fixed seed.
func benchProblem(b *testing.B, m, n int) *mcda.DecisionMatrix {
	b.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	alts := make([]string, m)
	rows := make([][]float64, m)
	for i := range rows {
		alts[i] = fmt.Sprint("a", i)
		rows[i] = make([]float64, n)
		for j := range rows[i] {
			rows[i][j] = 1 + 99*rng.Float64()
		}
	}
	crit := make([]mcda.Criterion, n)
	for j := range crit {
		crit[j] = mcda.Criterion{Name: fmt.Sprint("c", j), Objective: mcda.Benefit, Weight: rng.Float64() + 0.01}
		if j%2 == 1 {
			crit[j].Objective = mcda.Cost
		}
	}
	dm, err := mcda.NewDecisionMatrix(alts, crit, rows)
	if err != nil {
		b.Fatal(err)
	}
	return dm
}

var benchSizes = []struct{ m, n int }{{1000, 10}, {1000000, 10}}

func benchMethod(b *testing.B, method mcda.Method) {
	for _, sz := range benchSizes {
		b.Run(fmt.Sprintf("m=%d,n=%d", sz.m, sz.n), func(b *testing.B) {
			m := benchProblem(b, sz.m, sz.n)
			dst := make([]float64, sz.m)
			b.SetBytes(int64(8 * sz.m * sz.n))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := method.Scores(dst, m); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkTOPSIS(b *testing.B) { benchMethod(b, &mcda.TOPSIS{}) }

func BenchmarkTOPSISMax(b *testing.B) {
	benchMethod(b, &mcda.TOPSIS{Normalization: mcda.MaxNormalization})
}

func BenchmarkWSM(b *testing.B) { benchMethod(b, &mcda.WSM{}) }

func BenchmarkWPM(b *testing.B) { benchMethod(b, &mcda.WPM{}) }

// BenchmarkRank measures the allocating convenience path, sort included.
func BenchmarkRank(b *testing.B) {
	m := benchProblem(b, 1000, 10)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := mcda.Rank(&mcda.TOPSIS{}, m); err != nil {
			b.Fatal(err)
		}
	}
}
