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
	// Workers is the largest number of goroutines a call may use; 0 and 1
	// mean the calling goroutine only. As for [TOPSIS.Workers], the weights
	// are bit-for-bit the same for every value.
	Workers int

	st   colStats
	ts   []transform
	mean []float64
	cf   colFold
	par  parallel
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
	tm := e.par.team(e.Workers, rows)
	e.st.computeData(m.data, rows, n, aggSum, tm, e.Workers)
	mn, mx := e.st.min, e.st.max
	for j := range n {
		if mn[j] < 0 {
			if err := weightingFirstBad(m, func(x float64) bool { return x < 0 }, ErrNegative); err != nil {
				return nil, err
			}
		}
	}
	// y_ij = x_ij·2^−exp_j <= 1, exactly, as the transform (x·p − 0)·s:
	// one factor when 2^−exp_j is a float64 (a single rounding, as
	// math.Ldexp), two when it is not (scaling up, exact). A constant
	// column maps to 1, whose terms are 0.
	e.ts = growTransforms(e.ts, n)
	for j := range n {
		if mn[j] == mx[j] { // constant (or one alternative): exactly no information
			e.ts[j] = transform{off: 1}
			continue
		}
		_, exp := math.Frexp(mx[j])
		if exp >= -1023 {
			e.ts[j] = transform{p: 1, s: math.Ldexp(1, -exp)}
		} else {
			e.ts[j] = transform{p: math.Ldexp(1, -exp/2), s: math.Ldexp(1, -exp+exp/2)}
		}
	}
	fm := float64(rows)
	lnm := math.Log(fm)
	// Σ_i y_ij is Σ_i x_ij, which the first pass summed, scaled by the
	// transform's powers of two: the same bits as summing the y_ij in the
	// same order, or better where scaling a small x_ij down loses bits.
	// Only where Σ_i x_ij overflows are the y_ij summed in another pass.
	e.mean = grow(e.mean, n)
	for j, t := range e.ts {
		e.mean[j] = t.off + e.st.sum[j]*t.p*t.s
		if math.IsInf(e.st.sum[j], 0) {
			e.cf.run(e.mean, foldSum, e.ts, m.data, tm, e.Workers)
			break
		}
	}
	for j := range e.mean {
		e.mean[j] /= fm
	}
	// One step of refinement of the mean.
	e.cf.mean = e.mean
	e.cf.run(dst, foldDev, e.ts, m.data, tm, e.Workers)
	for j := range e.mean {
		e.mean[j] += dst[j] / fm
	}
	e.cf.run(dst, foldEntropyG, e.ts, m.data, tm, e.Workers)
	for j := range dst {
		if mn[j] == mx[j] {
			dst[j] = 0
			continue
		}
		dst[j] /= fm * lnm
	}
	if err := weightingFinish(e.Name(), m, dst); err != nil {
		return nil, err
	}
	return dst, nil
}

// entropyG returns g(δ) = (1 + δ) ln(1 + δ) − δ for δ >= −1, with
// g(−1) = 1 (0 ln 0 = 0), from its series Σ_{k>=2} (−δ)^k/(k(k−1)) when
// |δ| < 0.1, where the closed form cancels: 15 terms, after which the rest
// is below 10⁻¹⁷ of the sum. Elsewhere it takes ln(1 + δ) by lnx, whose
// absolute error of ~2⁻⁵² is ~2e-15 of ln(1 + δ), at least ln 1.1 in
// magnitude; so is rounding 1 + δ.
func entropyG(d float64) float64 {
	if d > -1 && math.Abs(d) >= entropySeriesBound {
		return (1+d)*lnx(1+d) - d
	}
	return entropySeries(d)
}

// entropySeriesBound is the |δ| below which entropyG takes its series.
const entropySeriesBound = 0.1

// entropySeries is entropyG for δ <= −1 or |δ| < entropySeriesBound.
func entropySeries(d float64) float64 {
	if d <= -1 {
		return 1
	}
	// Horner's rule on the coefficients 1/(k(k−1)) of (−δ)^k, k = 2 … 16.
	x := -d
	g := entropyCoef[16]
	for k := 15; k >= 2; k-- {
		g = g*x + entropyCoef[k]
	}
	return g * (d * d)
}

// entropyCoef holds the coefficients 1/(k(k−1)) of entropyG's series.
var entropyCoef = func() (c [17]float64) {
	for k := 2; k < len(c); k++ {
		c[k] = 1 / float64(k*(k-1))
	}
	return c
}()
