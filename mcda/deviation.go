package mcda

import (
	"fmt"
	"math"
)

// Equal gives every criterion the same weight, w_j = 1/n, whatever the
// data: the baseline against which the other [Weighting] methods are
// judged (as equal_weights in pymcdm and equal_weighting in pyrepo-mcda).
// It is stateless and safe for concurrent use.
type Equal struct{}

// Name returns "equal".
func (Equal) Name() string { return "equal" }

// Weights stores 1/n in every element of dst and returns dst, where n is the
// number of criteria of m. If dst is nil a new slice is allocated. It never
// returns an error. It panics if dst is not nil and its length is not n.
func (Equal) Weights(dst []float64, m *DecisionMatrix) ([]float64, error) {
	_, n := m.Dims()
	dst = useDst(dst, n, "Equal.Weights")
	for j := range dst {
		dst[j] = 1 / float64(n)
	}
	return dst, nil
}

// StdDev weighs each criterion by the standard deviation of its normalized
// values (the SD method; Diakoulaki et al., 1995; Wang & Luo, 2010;
// Jahan & Edwards, 2013):
//
//	σ_j = √( (1/m) Σ_i (r_ij − r̄_j)² ),   w_j = σ_j / Σ_k σ_k
//
// where r_ij are the values normalized by [Normalization] (min-max by
// default). Whether σ divides by m or m − 1 does not matter: the factor
// cancels in w.
//
// The default min-max normalization makes the weights independent of the
// criteria's units: multiplying a column by a positive constant, or adding
// one to it, leaves them unchanged. pyrepo-mcda (std_weighting) and pymcdm
// (standard_deviation_weights) instead take σ of the raw values, which
// lets a column in larger units dominate; NormalizationNone reproduces them.
//
// Special cases:
//   - A constant column has σ_j = 0 and weight 0; when every column is
//     constant, including when there is one alternative, the weights are
//     equal, 1/n.
//   - The normalization's conditions on the values apply (see
//     [Normalization]); min-max accepts any finite values.
//
// The zero value is ready to use. A StdDev value reuses internal storage
// between calls and must not be used concurrently.
type StdDev struct {
	// Normalization defaults to NormalizationMinMax.
	Normalization Normalization
	// Workers is the largest number of goroutines a call may use; 0 and 1
	// mean the calling goroutine only. As for [TOPSIS.Workers], the weights
	// are bit-for-bit the same for every value.
	Workers int

	ws deviationWork
}

// Name returns "std".
func (s *StdDev) Name() string { return "std" }

// Weights stores in dst the standard-deviation weight of each criterion of
// m and returns dst. If dst is nil a new slice is allocated. With a non-nil
// dst and a StdDev value that has been used on a problem with as many
// criteria, Weights allocates nothing.
//
// It returns an error if the normalization cannot take m's values (see
// [Normalization]), or [ErrNormalization] for an unknown one. It panics if
// dst is not nil and its length is not the number of criteria.
func (s *StdDev) Weights(dst []float64, m *DecisionMatrix) ([]float64, error) {
	return s.ws.weights(dst, m, s.Normalization, false, s.Name(), s.Workers)
}

// Variance weighs each criterion by the variance of its normalized values
// (the statistical variance procedure; Rao & Patel, 2010):
//
//	V_j = (1/m) Σ_i (r_ij − r̄_j)²,   w_j = V_j / Σ_k V_k
//
// with r_ij normalized by [Normalization], min-max by default, as in
// pyrepo-mcda (stat_var_weighting) and pymcdm (variance_weights); the
// divisor m or m − 1 cancels in w. Squaring makes the weights more
// contrasted than [StdDev]'s. Under min-max normalization they are
// invariant under positive scaling and shifting of a column.
//
// Special cases are those of [StdDev].
//
// The zero value is ready to use. A Variance value reuses internal storage
// between calls and must not be used concurrently.
type Variance struct {
	// Normalization defaults to NormalizationMinMax.
	Normalization Normalization
	// Workers is the largest number of goroutines a call may use; 0 and 1
	// mean the calling goroutine only. As for [TOPSIS.Workers], the weights
	// are bit-for-bit the same for every value.
	Workers int

	ws deviationWork
}

// Name returns "variance".
func (v *Variance) Name() string { return "variance" }

// Weights stores in dst the variance weight of each criterion of m and
// returns dst. If dst is nil a new slice is allocated. With a non-nil dst
// and a Variance value that has been used on a problem with as many
// criteria, Weights allocates nothing.
//
// Errors and panics are as for [StdDev.Weights].
func (v *Variance) Weights(dst []float64, m *DecisionMatrix) ([]float64, error) {
	return v.ws.weights(dst, m, v.Normalization, true, v.Name(), v.Workers)
}

// deviationWork is the workspace shared by StdDev and Variance.
type deviationWork struct {
	st   colStats
	ts   []transform
	mean []float64
	cf   colFold
	mf   momentFold
	par  parallel
}

// momentRange bounds the magnitudes of the values whose squared deviations
// fromMoments takes from the raw values: their squares and sums of squares
// then neither overflow nor underflow.
const momentRange = 1e100

// momentSpread is the smallest range of a column, relative to its largest
// magnitude, whose deviations fromMoments takes from the raw values. The
// raw means carry rounding errors of a few units in the last place of the
// values, which change the sum of squared deviations by their square:
// negligible against a range of more than 2⁻²⁰ of the magnitude, but not
// against a range of a few units in the last place, where the normalized
// values, spread over [0, 1], are exact.
const momentSpread = 0x1p-20

// fromMoments stores in dst the deviations (variances when variance is set)
// of the columns normalized by k, from the raw values' moments in d.mf,
// and reports whether it could: false when a transform is not affine, a
// column has a value outside ±[1/momentRange, momentRange] other than 0,
// or a varying column's range is below momentSpread of its magnitude, for
// which the caller normalizes first. An error of k is left to the caller
// too.
func (d *deviationWork) fromMoments(dst []float64, m *DecisionMatrix, k Normalization, variance bool) bool {
	rows, n := m.Dims()
	for j := range n {
		mn, mx := d.mf.min[j], d.mf.max[j]
		for _, x := range [2]float64{mn, mx} {
			if a := math.Abs(x); a > momentRange || a != 0 && a < 1/momentRange {
				return false
			}
		}
		if mn != mx && mx-mn < momentSpread*max(math.Abs(mn), math.Abs(mx)) {
			return false
		}
	}
	d.st.reset(n)
	copy(d.st.min, d.mf.min)
	copy(d.st.max, d.mf.max)
	d.ts = growTransforms(d.ts, n)
	if transforms(d.ts, k, m, &d.st, false) != nil {
		return false
	}
	for j, t := range d.ts {
		if t.recip {
			return false
		}
		if d.st.min[j] == d.st.max[j] {
			dst[j] = 0 // a constant column, exactly
			continue
		}
		// σ_r = |p·s|·σ_x, multiplied in turn so that p·s cannot overflow.
		sd := math.Sqrt(d.mf.m2[j]/float64(rows)) * math.Abs(t.p) * math.Abs(t.s)
		if variance {
			sd *= sd
		}
		dst[j] = sd
	}
	return true
}

func (d *deviationWork) weights(dst []float64, m *DecisionMatrix, k Normalization, variance bool, name string, workers int) ([]float64, error) {
	rows, n := m.Dims()
	dst = useDst(dst, n, name+".Weights")
	if k == NormalizationDefault {
		k = NormalizationMinMax
	}
	if !k.valid() {
		return nil, fmt.Errorf("mcda: %s: %v: %w", name, k, ErrNormalization)
	}
	tm := d.par.team(workers, rows)
	if needs(k, m.criteria) == 0 {
		// One pass: the transforms of k need only the extremes, and the
		// deviation of an affine r = a·x + b is |a| times that of x.
		d.mf.run(m.data, n, tm, workers)
		if d.fromMoments(dst, m, k, variance) {
			if err := weightingFinish(name, m, dst); err != nil {
				return nil, err
			}
			return dst, nil
		}
	}
	var err error
	if d.ts, err = d.st.prepare(d.ts, k, m, tm, workers); err != nil {
		return nil, err
	}
	d.mean = d.cf.run(grow(d.mean, n), foldSum, d.ts, m.data, tm, workers)
	for j := range d.mean {
		d.mean[j] /= float64(rows)
	}
	d.cf.mean = d.mean
	d.cf.run(dst, foldDevSq, d.ts, m.data, tm, workers)
	for j := range dst {
		if d.st.min[j] == d.st.max[j] {
			dst[j] = 0 // a constant column, exactly
			continue
		}
		dst[j] /= float64(rows)
		if !variance {
			dst[j] = math.Sqrt(dst[j])
		}
	}
	if err := weightingFinish(name, m, dst); err != nil {
		return nil, err
	}
	return dst, nil
}
