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
	min, max []float64
}

// Name returns "entropy".
func (e *Entropy) Name() string { return "entropy" }

// Weights stores in dst the entropy weight of each criterion of m and
// returns dst. If dst is nil a new slice is allocated. With a non-nil dst
// and an Entropy value that has been used on a problem with as many
// criteria, Weights allocates nothing.
//
// d_j = 1 − E_j is computed without the cancellation of 1 − E_j, which
// loses every digit on a near-constant column (E_j ≈ 1): with δ_i the
// deviations of the column from its mean relative to it, so that
// p_ij = (1 + δ_i)/m and Σ_i δ_i = 0,
//
//	d_j = Σ_i g(δ_i) / (m ln m),   g(δ) = (1 + δ) ln(1 + δ) − δ >= 0,
//
// a sum of non-negative terms, with g from its Taylor series for small δ.
// The values are scaled by a power of two, exactly, so that the sum cannot
// overflow. It takes O(m·n) time and O(n) memory.
//
// It returns a [*ValueError] wrapping [ErrNegative] for a negative value.
// It panics if dst is not nil and its length is not the number of criteria.
func (e *Entropy) Weights(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, n := m.Dims()
	dst = useDst(dst, n, "Entropy.Weights")
	if err := weightingFirstBad(m, func(x float64) bool { return x < 0 }, ErrNegative); err != nil {
		return nil, err
	}
	e.min, e.max = grow(e.min, n), grow(e.max, n)
	mn, mx := e.min, e.max
	copy(mn, m.data[:n])
	copy(mx, m.data[:n])
	for i := 1; i < rows; i++ {
		for j, x := range m.data[i*n : i*n+n] {
			mn[j] = math.Min(mn[j], x)
			mx[j] = math.Max(mx[j], x)
		}
	}
	fm := float64(rows)
	lnm := math.Log(fm)
	for j := range dst {
		if mn[j] == mx[j] { // constant (or one alternative): exactly no information
			dst[j] = 0
			continue
		}
		_, exp := math.Frexp(mx[j]) // y = x·2^−exp <= 1, exactly
		sum := 0.0
		for i := 0; i < rows; i++ {
			sum += math.Ldexp(m.data[i*n+j], -exp)
		}
		mean := sum / fm
		dev := 0.0 // one step of refinement of the mean
		for i := 0; i < rows; i++ {
			dev += math.Ldexp(m.data[i*n+j], -exp) - mean
		}
		mean += dev / fm
		g := 0.0
		for i := 0; i < rows; i++ {
			y := math.Ldexp(m.data[i*n+j], -exp)
			g += entropyG((y - mean) / mean)
		}
		dst[j] = g / (fm * lnm)
	}
	if err := weightingFinish(e.Name(), m, dst); err != nil {
		return nil, err
	}
	return dst, nil
}

// entropyG returns g(δ) = (1 + δ) ln(1 + δ) − δ for δ >= −1, with
// g(−1) = 1 (0 ln 0 = 0), from its series Σ_{k>=2} (−δ)^k/(k(k−1)) when
// |δ| < 0.1, where the closed form cancels.
func entropyG(d float64) float64 {
	switch {
	case d <= -1:
		return 1
	case math.Abs(d) >= 0.1:
		return (1+d)*math.Log1p(d) - d
	}
	pow := d * d // (−δ)^k
	g := 0.0
	for k := 2.0; k < 40; k++ {
		t := pow / (k * (k - 1))
		g += t
		if math.Abs(t) <= 1e-17*g {
			break
		}
		pow *= -d
	}
	return g
}
