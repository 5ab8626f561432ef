package sorting

import "math"

var inf = math.Inf(1)

// newMatrix returns an r×c matrix backed by one contiguous slice.
func newMatrix(r, c int) [][]float64 {
	data := make([]float64, r*c)
	out := make([][]float64, r)
	for i := range out {
		out[i] = data[i*c : (i+1)*c : (i+1)*c]
	}
	return out
}
