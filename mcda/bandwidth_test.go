package mcda_test

import (
	"fmt"
	"testing"
)

// sink keeps benchmark results alive.
var sink float64

// BenchmarkMemoryBandwidth reads every value of the same m×n matrices as
// [BenchmarkTOPSIS] once and sums them, with eight independent accumulators
// so that the loop is bound by memory rather than by the latency of floating-
// point addition. It is the floor for any method that must read its input:
// TOPSIS needs at least two such passes (column aggregates, then scoring).
func BenchmarkMemoryBandwidth(b *testing.B) {
	for _, sz := range benchSizes {
		b.Run(fmt.Sprintf("m=%d,n=%d", sz.m, sz.n), func(b *testing.B) {
			m := cachedProblem(b, sz.m, sz.n)
			data := m.Dense().RawMatrix().Data
			b.SetBytes(int64(8 * len(data)))
			b.ReportAllocs()
			for b.Loop() {
				sink = sum8(data)
			}
		})
	}
}

// sum8 returns Σ data with eight interleaved partial sums.
func sum8(data []float64) float64 {
	var s0, s1, s2, s3, s4, s5, s6, s7 float64
	i := 0
	for ; i+8 <= len(data); i += 8 {
		d := data[i : i+8 : i+8]
		s0 += d[0]
		s1 += d[1]
		s2 += d[2]
		s3 += d[3]
		s4 += d[4]
		s5 += d[5]
		s6 += d[6]
		s7 += d[7]
	}
	for ; i < len(data); i++ {
		s0 += data[i]
	}
	return s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7
}
