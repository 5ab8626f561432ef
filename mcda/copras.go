package mcda

import "fmt"

// COPRAS is the COmplex PRoportional ASsessment method (Zavadskas,
// Kaklauskas & Šarka, 1994, Technological and Economic Development of
// Economy 1(3):131-139). Every column is normalized by its sum and weighted,
//
//	d_ij = w_j·x_ij / Σ_k x_kj
//
// and the weighted shares are summed separately over the benefit and the
// cost criteria, S⁺_i = Σ_{j benefit} d_ij and S⁻_i = Σ_{j cost} d_ij. The
// relative significance of alternative i is
//
//	Q_i = S⁺_i + (S⁻_min · Σ_k S⁻_k) / (S⁻_i · Σ_k S⁻_min/S⁻_k)
//
// and its utility degree is N_i = Q_i / max_k Q_k · 100%. Scores are Q_i;
// higher is better. [COPRAS.Evaluate] also returns N_i, S⁺_i and S⁻_i.
//
// Costs are not inverted before normalization: a cost criterion enters
// through S⁻ alone. The factor S⁻_min cancels, so Q_i equals
// S⁺_i + Σ_k S⁻_k / (S⁻_i · Σ_k 1/S⁻_k), the form of Zavadskas et al. (2007)
// and of pyrepo-mcda and scikit-criteria; the S⁻_min form is used here
// because its ratios S⁻_min/S⁻_k lie in (0, 1] and cannot overflow. The
// values are the same. pymcdm's COPRAS test values (for Zavadskas et al.,
// 2007) are those of Q_i = S⁺_i + S⁻_i, which treats costs as benefits;
// they are not this method's.
//
// Values must be >= 0; a negative value is a [*ValueError] wrapping
// [ErrNegative]. Multiplying a column by a positive constant does not change
// the scores.
//
// Special cases:
//   - A column of zeros is treated as a constant column: every share is 1/m.
//   - With no cost criterion, or only cost criteria of weight zero, every
//     S⁻_i is 0 and Q_i = S⁺_i.
//   - If S⁻_i = 0 for some but not all alternatives (alternative i has the
//     value 0 on every weighted cost criterion), Q_i would be infinite: the
//     result is an [*AlternativeError] naming the first such alternative,
//     wrapping [ErrNotPositive].
//   - One alternative: Q = S⁺ + S⁻ = Σ_j w_j = 1. Identical alternatives
//     all get Q = 1/m.
//   - A constant column gives every alternative the share w_j/m. On a
//     benefit criterion that adds w_j/m to every Q_i and leaves the
//     ranking alone; on a cost criterion it adds w_j/m to every S⁻_i,
//     which damps the differences of S⁻ and can change the ranking (the
//     tests show an example).
//   - One criterion: Q_i is the share x_i/Σ_k x_k of a benefit criterion,
//     and the reciprocal share (1/x_i)/Σ_k (1/x_k) of a cost criterion.
//
// The zero value is ready to use. A COPRAS value reuses internal storage
// between calls and must not be used concurrently.
type COPRAS struct {
	// Workers is the largest number of goroutines a call may use; 0 and 1
	// mean the calling goroutine only. As for [TOPSIS.Workers], the scores
	// are bit-for-bit the same for every value.
	Workers int

	st          colStats
	w, a, sm, n []float64
	cost        []bool
	part        []float64
	par         parallel

	// The call in progress.
	data, q, sp, csm []float64
	bPlus, bMinus    float64
}

// Name returns "copras".
func (c *COPRAS) Name() string { return "copras" }

// HigherIsBetter returns true.
func (c *COPRAS) HigherIsBetter() bool { return true }

// Scores stores in dst the relative significance Q_i of each alternative of
// m and returns dst. If dst is nil a new slice is allocated. With a non-nil
// dst and a COPRAS value that has been used on a problem of the same size,
// Scores allocates nothing.
//
// It returns a [*ValueError] wrapping [ErrNegative] for a negative value and
// an [*AlternativeError] wrapping [ErrNotPositive] when S⁻_i = 0 for some but
// not all alternatives. It panics if dst is not nil and its length is not the
// number of alternatives.
func (c *COPRAS) Scores(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, _ := m.Dims()
	dst = useDst(dst, rows, "COPRAS.Scores")
	c.sm = grow(c.sm, rows)
	if err := c.compute(dst, nil, c.sm, m); err != nil {
		return nil, err
	}
	return dst, nil
}

// COPRASResult holds COPRAS scores and their intermediates, per alternative.
type COPRASResult struct {
	Q       []float64 // relative significance Q_i, the score
	Utility []float64 // utility degree N_i = Q_i / max Q · 100, in percent
	SPlus   []float64 // S⁺_i, the weighted shares of the benefit criteria
	SMinus  []float64 // S⁻_i, the weighted shares of the cost criteria
}

// Evaluate returns the relative significance, utility degree, S⁺ and S⁻ of
// every alternative of m. Errors are as for [COPRAS.Scores].
func (c *COPRAS) Evaluate(m *DecisionMatrix) (*COPRASResult, error) {
	rows, _ := m.Dims()
	r := &COPRASResult{
		Q:       make([]float64, rows),
		Utility: make([]float64, rows),
		SPlus:   make([]float64, rows),
		SMinus:  make([]float64, rows),
	}
	if err := c.compute(r.Q, r.SPlus, r.SMinus, m); err != nil {
		return nil, err
	}
	best := r.Q[0]
	for _, q := range r.Q {
		best = max(best, q)
	}
	for i, q := range r.Q {
		r.Utility[i] = q / best * 100
	}
	return r, nil
}

// compute fills q, sm (len rows) and, when not nil, sp.
func (c *COPRAS) compute(q, sp, sm []float64, m *DecisionMatrix) error {
	rows, n := m.Dims()
	tm := c.par.team(c.Workers, rows)
	c.st.computeData(m.data, rows, n, 0, tm, c.Workers)
	for j := range n {
		if c.st.min[j] < 0 {
			return firstBad(m, j, func(x float64) bool { return x < 0 }, ErrNegative)
		}
	}
	c.w = m.Weights(grow(c.w, n))
	c.a = grow(c.a, n)
	c.n = grow(c.n, n)
	w, a, den := c.w, c.a, c.n
	// d_ij = w_j·(x_ij/max_j) / Σ_k (x_kj/max_j): dividing by the column
	// maximum first keeps the column sum finite.
	if cap(c.cost) < n {
		c.cost = make([]bool, n)
	}
	c.cost = c.cost[:n]
	for j, cr := range m.criteria {
		c.cost[j] = cr.Objective == ObjectiveCost
	}
	c.data = m.data
	defer func() { c.data, c.q, c.sp, c.csm = nil, nil, nil, nil }()
	c.part = foldRows(coprasSums{c}, c.part, rows, n, tm, c.Workers)
	clear(den)
	for b := range blockCount(rows) {
		for j, v := range c.part[b*n : b*n+n] {
			den[j] += v
		}
	}
	var bPlus, bMinus float64 // contributions of all-zero columns, 1/m each
	for j := range n {
		var base float64
		a[j] = 0
		if c.st.max[j] > 0 {
			a[j] = w[j] / den[j]
		} else {
			base = w[j] / float64(rows)
		}
		if m.criteria[j].Objective == ObjectiveCost {
			bMinus += base
		} else {
			bPlus += base
		}
	}
	c.q, c.sp, c.csm, c.bPlus, c.bMinus = q, sp, sm, bPlus, bMinus
	c.part = foldRows(c, c.part, rows, 2, tm, c.Workers)
	anyMinus, allMinus := false, true
	for b := range blockCount(rows) {
		anyMinus = anyMinus || c.part[2*b] != 0
		allMinus = allMinus && c.part[2*b+1] != 0
	}
	if !anyMinus {
		// No weighted cost criterion: Q_i = S⁺_i.
		return checkScores(c.Name(), m, q)
	}
	if !allMinus {
		for i, s := range sm {
			if s == 0 {
				return &AlternativeError{Index: i, Name: m.alternatives[i],
					Err: fmt.Errorf("copras: S⁻ = 0 (zero on every weighted cost criterion) makes Q infinite: %w", ErrNotPositive)}
			}
		}
	}
	smin, total := sm[0], 0.0
	for _, s := range sm {
		smin = min(smin, s)
		total += s
	}
	ratios := 0.0
	for _, s := range sm {
		ratios += smin / s
	}
	// S⁻_min·Σ S⁻ / (S⁻_i·Σ S⁻_min/S⁻_k) as (S⁻_min/S⁻_i)·(Σ S⁻/Σ S⁻_min/S⁻_k):
	// the product S⁻_min·Σ S⁻ underflows when S⁻_min is subnormal.
	f := total / ratios
	for i, s := range sm {
		q[i] += smin / s * f
	}
	return checkScores(c.Name(), m, q)
}

// coprasSums is COPRAS's first pass after the extremes.
type coprasSums struct{ c *COPRAS }

// foldBlock sums in part the values x_ij/max_j of rows [lo, hi).
func (f coprasSums) foldBlock(part []float64, lo, hi int) {
	c := f.c
	n := len(part)
	mxs := c.st.max[:n]
	for i := lo; i < hi; i++ {
		for j, x := range c.data[i*n : i*n+n] {
			if mx := mxs[j]; mx > 0 {
				part[j] += x / mx
			}
		}
	}
}

// foldBlock stores S⁺_i (in q and sp) and S⁻_i of rows [lo, hi), and in
// part whether some S⁻_i > 0 and whether every one is, as 1 or 0.
func (c *COPRAS) foldBlock(part []float64, lo, hi int) {
	n := len(c.a)
	a, mxs, cost := c.a[:n], c.st.max[:n], c.cost[:n]
	anyMinus, allMinus := false, true
	for i := lo; i < hi; i++ {
		p, s := c.bPlus, c.bMinus
		for j, x := range c.data[i*n : i*n+n] {
			if a[j] == 0 {
				continue
			}
			d := a[j] * (x / mxs[j])
			if cost[j] {
				s += d
			} else {
				p += d
			}
		}
		c.q[i] = p
		if c.sp != nil {
			c.sp[i] = p
		}
		c.csm[i] = s
		anyMinus = anyMinus || s > 0
		allMinus = allMinus && s > 0
	}
	if anyMinus {
		part[0] = 1
	}
	if allMinus {
		part[1] = 1
	}
}
