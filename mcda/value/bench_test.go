package value

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
)

// benchProblem returns m alternatives × n criteria of uniform random
// performances (seeded) and the ranking of the first ref of them by a
// hidden weighted sum plus noise of the given size, so that the ranking is
// not always representable.
func benchProblem(b *testing.B, m, n, ref int, noise float64) (*mcda.DecisionMatrix, []int) {
	rng := rand.New(rand.NewPCG(1, 2))
	names := make([]string, m)
	rows := make([][]float64, m)
	crit := make([]mcda.Criterion, n)
	w := make([]float64, n)
	for j := range crit {
		crit[j] = mcda.Criterion{Name: fmt.Sprint("g", j), Objective: mcda.ObjectiveBenefit, Weight: 1}
		w[j] = rng.Float64()
	}
	u := make([]float64, m)
	for i := range rows {
		names[i] = fmt.Sprint("a", i)
		rows[i] = make([]float64, n)
		for j := range rows[i] {
			rows[i][j] = float64(rng.IntN(100))
			u[i] += w[j] * rows[i][j]
		}
		u[i] += noise * rng.NormFloat64()
	}
	mat, err := mcda.NewDecisionMatrix(names, crit, rows)
	if err != nil {
		b.Fatal(err)
	}
	idx := make([]int, ref)
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, c int) int {
		switch {
		case u[a] > u[c]:
			return -1
		case u[a] < u[c]:
			return 1
		}
		return 0
	})
	ranks := make([]int, m)
	for k, i := range idx {
		ranks[i] = k + 1
	}
	return mat, ranks
}

// BenchmarkUTASTAR fits UTASTAR to 50 reference alternatives × 6 criteria
// with 5 breakpoints each, with and without the post-optimality analysis
// (12 more programmes).
func BenchmarkUTASTAR(b *testing.B) {
	m, ranks := benchProblem(b, 50, 6, 50, 20)
	for _, post := range []float64{-1, 0.1} {
		b.Run(fmt.Sprintf("m=50,n=6,post=%v", post >= 0), func(b *testing.B) {
			u := UTA{Breakpoints: []int{5, 5, 5, 5, 5, 5}, Delta: 0.01, PostOptimality: post}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := u.Fit(context.Background(), m, ranks); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRelations computes the necessary and possible relations of 30
// alternatives × 6 criteria from a consistent ranking of 10 of them.
func BenchmarkRelations(b *testing.B) {
	m, ranks := benchProblem(b, 30, 6, 10, 0)
	b.ReportAllocs()
	var programs int
	for b.Loop() {
		r, err := NewRelations(context.Background(), m, ranks)
		if err != nil {
			b.Fatal(err)
		}
		programs = r.Programs
	}
	b.ReportMetric(float64(programs), "LPs/op")
}

// BenchmarkModelScores scores 1000 alternatives × 6 criteria with
// piecewise-linear value functions of 5 points.
func BenchmarkModelScores(b *testing.B) {
	m, _ := benchProblem(b, 1000, 6, 2, 0)
	md := &Model{Criteria: make([]Criterion, 6)}
	for j := range md.Criteria {
		f, err := NewPiecewise([]float64{0, 20, 50, 80, 99}, []float64{0, 0.4, 0.7, 0.9, 1})
		if err != nil {
			b.Fatal(err)
		}
		md.Criteria[j] = Criterion{Function: f}
	}
	dst := make([]float64, 1000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := md.Scores(dst, m); err != nil {
			b.Fatal(err)
		}
	}
}
