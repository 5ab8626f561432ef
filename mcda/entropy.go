package mcda

import (
	"math"
)

// Entropy derives weights from the Shannon entropy of each criterion's
// column (Zeleny, 1982; Hwang & Yoon, 1981; Xu, 2004):
//
//	p_ij = x_ij / Σ_i x_ij
//	E_j  = −(1 / ln m) Σ_i p_ij ln p_ij      (0 ln 0 = 0)
//	d_j  = 1 − E_j
//	w_j  = d_j / Σ_k d_k
//
// A column whose values are spread evenly has E_j near 1 and little weight;
// a column that concentrates its mass on a few alternatives has a large
// degree of diversification d_j. The p_ij are the sum normalization of the
// raw values, the same for benefit and cost criteria (objectives are
// ignored, as in pyrepo-mcda and pymcdm), so the weights are invariant
// under multiplying a column by a positive constant, but not under adding
// one.
//
// pymcdm (entropy_weights) differs when a column holds a zero: it then sets
// E_j = 0, giving that column the largest possible d_j = 1, where Entropy
// follows the textbook convention 0 ln 0 = 0. pyrepo-mcda takes |p_ij| and
// so accepts negative values; Entropy rejects them.
//
// Special cases:
//   - A value < 0 is an error: a [*ValueError] wrapping [ErrNegative].
//   - A constant column has E_j = 1 and weight 0; so has a column of zeros,
//     treated as the limit of a constant column.
//   - When every column is constant, including when there is one
//     alternative (ln m = 0), no criterion discriminates and the weights
//     are equal, 1/n.
//
// The zero value is ready to use. An Entropy value reuses internal storage
// between calls and must not be used concurrently.
type Entropy struct {
	sum, scale, min, max []float64
}

// Name returns "entropy".
func (e *Entropy) Name() string { return "entropy" }

// Weights stores in dst the entropy weight of each criterion of m and
// returns dst. If dst is nil a new slice is allocated. With a non-nil dst
// and an Entropy value that has been used on a problem with as many
// criteria, Weights allocates nothing.
//
// It returns a [*ValueError] wrapping [ErrNegative] for a negative value.
// It panics if dst is not nil and its length is not the number of criteria.
func (e *Entropy) Weights(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, n := m.Dims()
	dst = useDst(dst, n, "Entropy.Weights")
	if err := weightingFirstBad(m, func(x float64) bool { return x < 0 }, ErrNegative); err != nil {
		return nil, err
	}
	e.sum, e.scale = grow(e.sum, n), grow(e.scale, n)
	e.min, e.max = grow(e.min, n), grow(e.max, n)
	sum, scale, mn, mx := e.sum, e.scale, e.min, e.max
	clear(sum)
	copy(mn, m.data[:n])
	copy(mx, m.data[:n])
	for i := 0; i < rows; i++ {
		for j, x := range m.data[i*n : i*n+n] {
			sum[j] += x
			mn[j] = math.Min(mn[j], x)
			mx[j] = math.Max(mx[j], x)
		}
	}
	for j := range scale {
		scale[j] = 1
		if math.IsInf(sum[j], 0) {
			// The column sum overflows: scale by the column maximum.
			scale[j] = 1 / mx[j]
			sum[j] = 0
			for i := 0; i < rows; i++ {
				sum[j] += m.data[i*n+j] * scale[j]
			}
		}
	}
	clear(dst)
	for i := 0; i < rows; i++ {
		for j, x := range m.data[i*n : i*n+n] {
			if x > 0 {
				p := x * scale[j] / sum[j]
				dst[j] += p * math.Log(p)
			}
		}
	}
	lnm := math.Log(float64(rows))
	for j := range dst {
		if mn[j] == mx[j] { // constant (or one alternative): exactly no information
			dst[j] = 0
			continue
		}
		dst[j] = 1 + dst[j]/lnm // d_j = 1 − E_j
	}
	if err := weightingFinish(e.Name(), m, dst); err != nil {
		return nil, err
	}
	return dst, nil
}
