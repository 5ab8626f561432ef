package mcda

import "math"

// MEREC is the Method based on the Removal Effects of Criteria of
// Keshavarz-Ghorabaee, Amiri, Zavadskas, Turskis & Antucheviciene (2021),
// Symmetry 13(4):525. The values are normalized so that smaller is better
// (eq. 2 of the paper),
//
//	n_ij = min_k x_kj / x_ij   for a benefit criterion
//	n_ij = x_ij / max_k x_kj   for a cost criterion
//
// each alternative's overall performance is measured on a logarithmic
// scale with and without criterion j (eqs. 3 and 4; n is the number of
// criteria, and stays n in S'_ij),
//
//	S_i   = ln(1 + (1/n) Σ_k |ln n_ik|)
//	S'_ij = ln(1 + (1/n) Σ_{k≠j} |ln n_ik|)
//
// and a criterion's weight is the total effect of removing it (eqs. 5, 6):
//
//	E_j = Σ_i |S'_ij − S_i|,   w_j = E_j / Σ_k E_k
//
// The same formulas are implemented by pyrepo-mcda (merec_weighting) and
// pymcdm (merec_weights). The normalization is a ratio, so the weights are
// invariant under multiplying a column by a positive constant, but not
// under adding one.
//
// Special cases:
//   - Every value must be > 0; a zero or negative value is an error, a
//     [*ValueError] wrapping [ErrNotPositive].
//   - A constant column has n_ij = 1, E_j = 0 and weight 0; when every
//     column is constant, including when there is one alternative, the
//     weights are equal, 1/n.
//
// The zero value is ready to use. A MEREC value reuses internal storage
// between calls and must not be used concurrently.
type MEREC struct {
	// Workers is the largest number of goroutines a call may use; 0 and 1
	// mean the calling goroutine only. As for [TOPSIS.Workers], the weights
	// are bit-for-bit the same for every value.
	Workers int

	st   colStats
	l    []float64 // ln max_j for a cost criterion, ln min_j for a benefit one
	best []float64 // max_j for a cost criterion, min_j for a benefit one
	cost []bool
	part []float64
	par  parallel
	data []float64 // the matrix of the call in progress
	// fastLog is the least ratio q whose logarithm is taken by lnx (see
	// foldBlock); 0 means merecFastLog. Tests set +Inf to compare with
	// math.Log1p everywhere.
	fastLog float64
}

// Name returns "merec".
func (e *MEREC) Name() string { return "merec" }

// Weights stores in dst the MEREC weight of each criterion of m and returns
// dst. If dst is nil a new slice is allocated. With a non-nil dst and a
// MEREC value that has been used on a problem with as many criteria,
// Weights allocates nothing.
//
// It returns a [*ValueError] wrapping [ErrNotPositive] for a value <= 0. It
// panics if dst is not nil and its length is not the number of criteria.
func (e *MEREC) Weights(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, n := m.Dims()
	dst = useDst(dst, n, "MEREC.Weights")
	tm := e.par.team(e.Workers, rows)
	e.st.computeData(m.data, rows, n, 0, tm, e.Workers)
	for j := range n {
		if !(e.st.min[j] > 0) {
			if err := weightingFirstBad(m, func(x float64) bool { return x <= 0 }, ErrNotPositive); err != nil {
				return nil, err
			}
		}
	}
	e.l, e.best = grow(e.l, n), grow(e.best, n)
	if cap(e.cost) < n {
		e.cost = make([]bool, n)
	}
	e.cost = e.cost[:n]
	for j := range n {
		e.cost[j] = m.criteria[j].Objective == ObjectiveCost
		if e.cost[j] {
			e.best[j] = e.st.max[j]
		} else {
			e.best[j] = e.st.min[j]
		}
		e.l[j] = lnx(e.best[j])
	}
	e.data = m.data
	e.part = foldRows(e, e.part, rows, 4*n, tm, e.Workers)
	e.data = nil
	for b := range blockCount(rows) {
		addBlockSums(dst, e.part[4*b*n:4*b*n+n], b == 0)
	}
	for j := range dst {
		if e.st.min[j] == e.st.max[j] {
			dst[j] = 0
		}
	}
	if err := weightingFinish(e.Name(), m, dst); err != nil {
		return nil, err
	}
	return dst, nil
}

// foldBlock sums in part[:n] the removal effects ln(1 + L_j/(n + T − L_j))
// of rows [lo, hi), using part[n:4n] as scratch: one logarithm of the
// value and one of the effect per value. L_j is lnx(x) less lnx of the
// column's best, or, where that is below merecNearBest, math.Log1p of x's
// relative distance to the best (0 at the best, and within an ulp or so
// of L_j near it). The effect is ln q_j,
// q_j = (n + T)/(n + T − L_j), with a row's logarithms taken together by
// lnxs, where q_j >= 1 + 2⁻¹²: there lnx's absolute error of about 2⁻⁵²
// and the rounding of q_j are within about 2⁻⁴⁰ of the effect
// (TestMERECFastLog). Below, where that error would be a larger part of a
// smaller effect, it is math.Log1p(L_j/(n + T − L_j)), accurate to an ulp.
// At 1e6 × 10 this takes 93 instead of 128 ms serially.
func (e *MEREC) foldBlock(part []float64, lo, hi int) {
	n := len(e.l)
	sum, l, q, lq := part[:n], part[n:2*n], part[2*n:3*n], part[3*n:4*n]
	ln, best, cost := e.l[:n], e.best[:n], e.cost[:n]
	nf := float64(n)
	fast := e.fastLog
	if fast == 0 {
		fast = merecFastLog
	}
	for i := lo; i < hi; i++ {
		total := 0.0
		row := e.data[i*n : i*n+n]
		for j, lx := range lnxs(l, row) {
			// |ln n_ij|: ln(x/min) for a benefit criterion, ln(max/x) for a
			// cost one, as a difference of logarithms.
			if cost[j] {
				l[j] = ln[j] - lx
			} else {
				l[j] = lx - ln[j]
			}
		}
		for j, lj := range l {
			// Near the column's best, where the difference would lose its
			// digits, from the distance to the best, exact there
			// (Sterbenz).
			if lj < merecNearBest {
				if cost[j] {
					l[j] = math.Log1p((best[j] - row[j]) / row[j])
				} else {
					l[j] = math.Log1p((row[j] - best[j]) / best[j])
				}
			}
			total += l[j]
		}
		// S_i − S'_ij = ln(1 + T/n) − ln(1 + (T − L_j)/n) = ln((n + T)/(n + T − L_j)).
		den := nf + total
		for j, lj := range l {
			q[j] = den / (den - lj)
		}
		lnxs(lq, q)
		for j, lj := range l {
			if q[j] >= fast {
				sum[j] += lq[j]
			} else {
				sum[j] += math.Log1p(lj / (den - lj))
			}
		}
	}
}

// merecNearBest is the L below which MEREC takes L = ln(x/min) as
// ln(1 + (x − min)/min) (for a cost criterion ln(1 + (max − x)/x)) rather
// than as lnx(x) − lnx(min), whose absolute error of a few 2⁻⁵²·|ln x|
// would be a large part of a small L; above it, that error is within about
// 2⁻⁴⁰·max(1, |ln x|) of L. Below it, x lies within a factor e^(2⁻⁸) of
// the best, where x − min is exact.
const merecNearBest = 0x1p-8

// merecFastLog is the least ratio q whose logarithm MEREC takes as lnx(q)
// rather than by math.Log1p (see MEREC.foldBlock).
const merecFastLog = 1 + 0x1p-12
