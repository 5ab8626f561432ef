package fuzzy

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
)

func BenchmarkBuckley(b *testing.B) {
	for _, n := range []int{5, 10, 15} { // Saaty1980 covers n <= 15
		rng := rand.New(rand.NewPCG(1, uint64(n)))
		items := make([]string, n)
		var js []Judgment
		for i := range items {
			items[i] = fmt.Sprint("i", i)
		}
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				m := 1 + 8*rng.Float64()
				js = append(js, Judgment{items[i], items[j], TFN{m / 1.5, m, m * 1.5}})
			}
		}
		m, err := NewMatrixFromJudgments(items, js)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Buckley(m, DefuzzificationCentroid, ahp.RandomIndexSaaty1980); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkTOPSIS(b *testing.B) {
	for _, m := range []int{10, 100, 1000} {
		const n, k = 8, 3
		rng := rand.New(rand.NewPCG(2, uint64(m)))
		alts := make([]string, m)
		for i := range alts {
			alts[i] = fmt.Sprint("a", i)
		}
		crit := make([]mcda.Criterion, n)
		for j := range crit {
			crit[j] = mcda.Criterion{Name: fmt.Sprint("c", j), Objective: mcda.ObjectiveBenefit}
		}
		r := make([][][]TFN, k)
		w := make([][]TFN, k)
		for d := range r {
			r[d] = grid(m, n)
			w[d] = make([]TFN, n)
			for j := range w[d] {
				w[d][j] = TFN{0.3, 0.5, 0.7}
				for i := 0; i < m; i++ {
					x := 10 * rng.Float64()
					r[d][i][j] = TFN{x * 0.8, x, x * 1.2}
				}
			}
		}
		b.Run(fmt.Sprintf("m=%d", m), func(b *testing.B) {
			for b.Loop() {
				if _, err := TOPSIS(alts, crit, r, w, TOPSISOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
