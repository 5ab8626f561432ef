package ahp_test

import (
	"fmt"
	"testing"

	"github.com/balancer-mcda/balancer/mcda/ahp"
)

func benchPriorities(b *testing.B, method ahp.PriorityMethod) {
	for _, n := range []int{9, 100, 1000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			m := randomMatrix(n, 7) // fixed seed
			dst := make([]float64, n)
			s := ahp.Solver{Method: method}
			b.ReportAllocs()
			for b.Loop() {
				s.Priorities(dst, m)
			}
		})
	}
}

func BenchmarkAHPEigen(b *testing.B)         { benchPriorities(b, ahp.PriorityEigen) }
func BenchmarkAHPGeometricMean(b *testing.B) { benchPriorities(b, ahp.PriorityGeometricMean) }

func BenchmarkAHPConsistency(b *testing.B) {
	for _, n := range []int{9, 100} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			m := randomMatrix(n, 7)
			var s ahp.Solver
			b.ReportAllocs()
			for b.Loop() {
				_, _ = s.Consistency(m, ahp.RandomIndexDoneganDodd1991)
			}
		})
	}
}
