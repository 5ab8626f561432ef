package ahp_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/balancer-mcda/balancer/mcda/ahp"
)

// eigenBound is the error bound of [ahp.Solver.Priorities] for a complete
// matrix a with priorities w and tolerance tol: every w_i/v_i, v the
// exact Perron vector normalized to sum 1, lies within a factor
// exp((R − 1)·η/(1 − η)) of 1, η = tol/min_k w_k, R = max a_ij / min a_ij,
// plus the
// rounding of n-term products (allowed here as 4n·2⁻⁵³ on each side:
// the solver's products and the dense reference's).
func eigenBound(a *ahp.Matrix, w []float64, tol float64) float64 {
	n := a.Len()
	hi, lo := 1.0, 1.0
	for i := range n {
		for j := range n {
			hi, lo = max(hi, a.At(i, j)), min(lo, a.At(i, j))
		}
	}
	minW := w[0]
	for _, v := range w {
		minW = min(minW, v)
	}
	eta := tol / minW
	return math.Expm1((hi/lo-1)*eta/(1-eta)) + 8*float64(n)*0x1p-53
}

// TestEigenAccuracy checks the eigenvector priorities and λmax against
// gonum's dense eigendecomposition on random Saaty-scale matrices on
// either side of the order (16) up to which the iteration runs on M⁴
// first: within the bound documented at Solver.Priorities, and λmax
// within its relative bound tol/min w_k.
func TestEigenAccuracy(t *testing.T) {
	for _, n := range []int{3, 4, 9, 15, 16, 17, 40, 100} {
		for seed := range uint64(5) {
			t.Run(fmt.Sprintf("n=%d/seed=%d", n, seed), func(t *testing.T) {
				m := randomMatrix(n, seed)
				var s ahp.Solver
				w := s.Priorities(nil, m)
				lambda := s.LambdaMax(m)
				wantLambda, want, _ := denseEigen(t, m.Dense())
				bound := eigenBound(m, w, ahp.DefaultSolverTolerance)
				worst := 0.0
				minW := 1.0
				for i := range w {
					worst = max(worst, math.Abs(w[i]/want[i]-1))
					minW = min(minW, w[i])
				}
				t.Logf("largest relative error %.3g, bound %.3g", worst, bound)
				if worst > bound {
					t.Errorf("largest relative error of a priority %.3g > bound %.3g", worst, bound)
				}
				if d := math.Abs(lambda/wantLambda - 1); d > ahp.DefaultSolverTolerance/minW+8*float64(n)*0x1p-53 {
					t.Errorf("λmax = %v, dense %v: relative error %.3g", lambda, wantLambda, d)
				}
			})
		}
	}
}

// TestEigenConsistent checks that a consistent matrix, a_ij = w_i/w_j,
// gives w back to the rounding of its entries, and λmax = n.
func TestEigenConsistent(t *testing.T) {
	for _, n := range []int{3, 9, 16, 17, 50} {
		want := make([]float64, n)
		var sum float64
		for i := range want {
			want[i] = float64(i%7+1) * (1 + float64(i)/float64(n))
			sum += want[i]
		}
		rows := make([][]float64, n)
		for i := range rows {
			rows[i] = make([]float64, n)
			for j := range rows[i] {
				rows[i][j] = want[i] / want[j]
			}
		}
		for i := range want {
			want[i] /= sum
		}
		m, err := ahp.NewMatrix(names(n), rows, ahp.Scale{Min: 1.0 / 64, Max: 64})
		if err != nil {
			t.Fatal(err)
		}
		var s ahp.Solver
		w := s.Priorities(nil, m)
		for i := range w {
			if d := math.Abs(w[i]/want[i] - 1); d > 8*float64(n)*0x1p-53 {
				t.Errorf("n = %d: w[%d] = %v, want %v", n, i, w[i], want[i])
			}
		}
		if l := s.LambdaMax(m); math.Abs(l-float64(n)) > 8*float64(n)*float64(n)*0x1p-53 {
			t.Errorf("n = %d: λmax = %v, want %d", n, l, n)
		}
	}
}
