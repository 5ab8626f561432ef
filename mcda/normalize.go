package mcda

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Normalization selects how a method maps each criterion's values onto a
// common, dimensionless scale on which larger is better. Its zero value,
// DefaultNormalization, stands for the default of the method it is given to.
//
// For a criterion j with values x_1j … x_mj the normalized values r_ij are:
//
//	                 benefit                    cost
//	Vector   x_ij / ‖x_j‖                 1 − x_ij / ‖x_j‖          ‖x_j‖ = √Σ_i x_ij²
//	Max      x_ij / max_i x_ij            min_i x_ij / x_ij
//	MinMax   (x_ij − min) / (max − min)   (max − x_ij) / (max − min)
//	Sum      x_ij / Σ_i x_ij              (1/x_ij) / Σ_i (1/x_ij)
//	None     x_ij                         −x_ij
//
// Vector normalization is Hwang & Yoon's (1981) for TOPSIS; its cost form
// 1 − x/‖x‖ is pymcdm's and gives TOPSIS the same distances as taking the
// minimum as the ideal of a cost column. Max is the linear scale
// transformation of Hwang & Yoon (1981, p. 100), whose cost form min/x keeps
// ratios (some libraries use 1 − x/max instead). Sum's cost form is the
// reciprocal share used by pymcdm. None leaves the data as it is and negates
// costs; the weighted product model instead gives costs a negative exponent
// (see [WPM]).
//
// Special cases:
//   - A constant column maps to a constant: every alternative is equally good
//     on it. MinMax maps it to 1.
//   - A column of zeros is treated as the limit of a constant column: Vector
//     gives 1/√m (benefit) or 1 − 1/√m (cost), Max gives 1 and Sum 1/m.
//   - Max and Sum need values >= 0 for benefit criteria and > 0 for cost
//     criteria; other values are an error ([ErrNegative], [ErrNotPositive]).
//     Vector, MinMax and None accept any finite values.
type Normalization int

const (
	DefaultNormalization Normalization = iota // the method's default
	VectorNormalization                       // x / ‖x‖; cost 1 − x / ‖x‖
	MaxNormalization                          // x / max; cost min / x
	MinMaxNormalization                       // (x − min) / (max − min); cost (max − x) / (max − min)
	SumNormalization                          // x / Σx; cost (1/x) / Σ(1/x)
	NoNormalization                           // x; cost −x
)

var normNames = [...]string{"default", "vector", "max", "minmax", "sum", "none"}

// String returns the normalization's name as accepted by [ParseNormalization].
func (k Normalization) String() string {
	if k < 0 || int(k) >= len(normNames) {
		return fmt.Sprintf("Normalization(%d)", int(k))
	}
	return normNames[k]
}

// ParseNormalization returns the normalization with the given name:
// "vector", "max", "minmax", "sum", "none" or "default".
func ParseNormalization(s string) (Normalization, error) {
	for k, name := range normNames {
		if s == name {
			return Normalization(k), nil
		}
	}
	return 0, fmt.Errorf("mcda: %q: %w (want vector, max, minmax, sum or none)", s, ErrNormalization)
}

func (k Normalization) valid() bool { return k >= VectorNormalization && k <= NoNormalization }

// colStats holds the per-criterion aggregates every normalization needs.
type colStats struct {
	min, max, sum, sumSq, sumInv []float64
}

func (s *colStats) reset(n int) {
	s.min = grow(s.min, n)
	s.max = grow(s.max, n)
	s.sum = grow(s.sum, n)
	s.sumSq = grow(s.sumSq, n)
	s.sumInv = grow(s.sumInv, n)
}

// grow returns a slice of length n, reusing s's storage when it is large enough.
func grow(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	return s[:n]
}

// compute fills the aggregates in one row-major pass over m. sumInv is
// filled only when inverse is set, since it costs a division per value.
func (s *colStats) compute(m *DecisionMatrix, inverse bool) {
	rows, n := m.Dims()
	s.reset(n)
	copy(s.min, m.data[:n])
	copy(s.max, m.data[:n])
	clear(s.sum)
	clear(s.sumSq)
	clear(s.sumInv)
	mn, mx, sum, sq := s.min[:n], s.max[:n], s.sum[:n], s.sumSq[:n]
	for i := 0; i < rows; i++ {
		row := m.data[i*n : i*n+n]
		for j, x := range row {
			if x < mn[j] {
				mn[j] = x
			}
			if x > mx[j] {
				mx[j] = x
			}
			sum[j] += x
			sq[j] += x * x
		}
	}
	if inverse {
		inv := s.sumInv[:n]
		for i := 0; i < rows; i++ {
			for j, x := range m.data[i*n : i*n+n] {
				inv[j] += 1 / x
			}
		}
	}
}

// transform is a per-criterion monotone map from raw to normalized values:
// r = off + (x·p − c)·s, or r = s / x when recip is set. The pre-scale p is 1
// except where a column's range or sum would overflow.
type transform struct {
	recip        bool
	off, p, c, s float64
}

func (t transform) apply(x float64) float64 {
	if t.recip {
		return t.s / x
	}
	return t.off + (x*t.p-t.c)*t.s
}

// affine returns the coefficients of r = a·x + b for a transform that is not
// reciprocal.
func (t transform) affine() (a, b float64) { return t.p * t.s, t.off - t.c*t.s }

// needsInverse reports whether a normalization of m needs Σ 1/x.
func needsInverse(k Normalization, m *DecisionMatrix) bool {
	if k != SumNormalization {
		return false
	}
	for _, c := range m.criteria {
		if c.Objective == Cost {
			return true
		}
	}
	return false
}

// transforms computes each criterion's transform for normalization k from
// the aggregates in st, checking the sign conditions k needs. ratio selects
// the weighted product model's treatment of costs under NoNormalization
// (r = 1/x instead of −x).
func transforms(dst []transform, k Normalization, m *DecisionMatrix, st *colStats, ratio bool) error {
	rows := len(m.alternatives)
	for j, crit := range m.criteria {
		cost := crit.Objective == Cost
		mn, mx := st.min[j], st.max[j]
		var t transform
		switch k {
		case VectorNormalization:
			norm := math.Sqrt(st.sumSq[j])
			if math.IsInf(norm, 0) || norm == 0 || st.sumSq[j] < math.SmallestNonzeroFloat64*1e16 {
				// Overflowed or underflowed: rescale by the largest magnitude.
				norm = vectorNormScaled(m, j)
			}
			if norm == 0 {
				t = transform{off: 1 / math.Sqrt(float64(rows))}
			} else {
				t = transform{p: 1, s: 1 / norm}
			}
			if cost {
				t.off, t.s = 1-t.off, -t.s
			}
		case MaxNormalization:
			if cost {
				if mn <= 0 {
					return firstBad(m, j, func(x float64) bool { return x <= 0 }, ErrNotPositive)
				}
				t = transform{recip: true, s: mn}
			} else {
				if mn < 0 {
					return firstBad(m, j, func(x float64) bool { return x < 0 }, ErrNegative)
				}
				if mx == 0 {
					t = transform{off: 1}
				} else {
					t = transform{p: 1, s: 1 / mx}
				}
			}
		case MinMaxNormalization:
			r := mx - mn
			switch {
			case r == 0:
				t = transform{off: 1}
			case math.IsInf(r, 0):
				// The range overflows: halve everything first.
				t = transform{p: 0.5, c: mn / 2, s: 1 / (mx/2 - mn/2)}
			default:
				t = transform{p: 1, c: mn, s: 1 / r}
			}
			if cost && r != 0 {
				t.c, t.s = mx*t.p, -t.s
			}
		case SumNormalization:
			if cost {
				if mn <= 0 {
					return firstBad(m, j, func(x float64) bool { return x <= 0 }, ErrNotPositive)
				}
				t = transform{recip: true, s: 1 / st.sumInv[j]}
			} else {
				if mn < 0 {
					return firstBad(m, j, func(x float64) bool { return x < 0 }, ErrNegative)
				}
				switch {
				case mx == 0:
					t = transform{off: 1 / float64(rows)}
				case math.IsInf(st.sum[j], 0):
					// Scale by a power of two, which is exact.
					_, e := math.Frexp(mx)
					p := math.Ldexp(1, 64-e)
					t = transform{p: p, s: 1 / scaledSum(m, j, p)}
				default:
					t = transform{p: 1, s: 1 / st.sum[j]}
				}
			}
		case NoNormalization:
			switch {
			case cost && ratio:
				if mn <= 0 {
					return firstBad(m, j, func(x float64) bool { return x <= 0 }, ErrNotPositive)
				}
				t = transform{recip: true, s: 1}
			case cost:
				t = transform{p: 1, s: -1}
			default:
				t = transform{p: 1, s: 1}
			}
		default:
			return fmt.Errorf("mcda: %v: %w", k, ErrNormalization)
		}
		dst[j] = t
	}
	return nil
}

// vectorNormScaled returns ‖x_j‖ computed with scaling, for columns whose
// plain sum of squares overflows or underflows.
func vectorNormScaled(m *DecisionMatrix, j int) float64 {
	rows, n := m.Dims()
	scale := 0.0
	for i := 0; i < rows; i++ {
		scale = math.Max(scale, math.Abs(m.data[i*n+j]))
	}
	if scale == 0 {
		return 0
	}
	ss := 0.0
	for i := 0; i < rows; i++ {
		v := m.data[i*n+j] / scale
		ss += v * v
	}
	return scale * math.Sqrt(ss)
}

// scaledSum returns Σ_i x_ij·p, for a column whose plain sum overflows.
func scaledSum(m *DecisionMatrix, j int, p float64) float64 {
	rows, n := m.Dims()
	s := 0.0
	for i := 0; i < rows; i++ {
		s += m.data[i*n+j] * p
	}
	return s
}

// firstBad returns a *ValueError for the first value of column j for which
// bad reports true.
func firstBad(m *DecisionMatrix, j int, bad func(float64) bool, cause error) error {
	rows, n := m.Dims()
	for i := 0; i < rows; i++ {
		if x := m.data[i*n+j]; bad(x) {
			return &ValueError{Alternative: i, AlternativeName: m.alternatives[i], Criterion: j, CriterionName: m.criteria[j].Name, Value: x, Err: cause}
		}
	}
	panic("mcda: internal error: no offending value")
}

// Normalize returns the normalized values of m under normalization k (see
// [Normalization]; DefaultNormalization means VectorNormalization), one row
// per alternative, oriented so that larger is better on every criterion.
// If dst is nil a new matrix is allocated; otherwise dst must be m's size.
//
// It returns a [*ValueError] for values that k cannot take (see
// [Normalization]) and [ErrNormalization] for an unknown k.
// It panics if dst is not nil and its size differs from m's.
func Normalize(dst *mat.Dense, m *DecisionMatrix, k Normalization) (*mat.Dense, error) {
	rows, n := m.Dims()
	if dst == nil {
		dst = mat.NewDense(rows, n, nil)
	} else if r, c := dst.Dims(); r != rows || c != n {
		panic("mcda: Normalize: dst has the wrong size")
	}
	if k == DefaultNormalization {
		k = VectorNormalization
	}
	if !k.valid() {
		return nil, fmt.Errorf("mcda: %v: %w", k, ErrNormalization)
	}
	var st colStats
	st.compute(m, needsInverse(k, m))
	ts := make([]transform, n)
	if err := transforms(ts, k, m, &st, false); err != nil {
		return nil, err
	}
	for i := 0; i < rows; i++ {
		for j, t := range ts {
			dst.Set(i, j, t.apply(m.data[i*n+j]))
		}
	}
	return dst, nil
}
