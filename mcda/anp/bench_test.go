package anp

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func BenchmarkLimit(b *testing.B) {
	for _, n := range []int{10, 50, 200} {
		rng := rand.New(rand.NewPCG(1, uint64(n)))
		w := mat.NewDense(n, n, nil)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				w.Set(i, j, rng.Float64())
			}
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Limit(context.Background(), w, LimitOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkDematel(b *testing.B) {
	for _, n := range []int{10, 50, 200} {
		rng := rand.New(rand.NewPCG(2, uint64(n)))
		f := make([]string, n)
		x := make([][]float64, n)
		for i := range x {
			f[i] = fmt.Sprint("f", i)
			x[i] = make([]float64, n)
			for j := range x[i] {
				if i != j {
					x[i][j] = float64(rng.IntN(5))
				}
			}
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Dematel(f, [][][]float64{x}, DematelOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
