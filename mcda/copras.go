package mcda

import (
	"fmt"
	"math"
)

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

	st   colStats
	view []Criterion // the criteria as benefits
	ts   []transform
	w    []float64
	sm   []float64
	cost []bool
	part []float64
	par  parallel

	// The call in progress.
	data, q, sp, csm   []float64
	anyMinus, allMinus bool
	zero               int // the first alternative with S⁻ = 0, or −1
	smin, total        float64
	ratios, f          float64
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
	// d_ij = w_j·x_ij / Σ_k x_kj on every criterion, a cost's too: the sum
	// normalization of the criteria as benefits, with its exact rescaling
	// of a column whose sum overflows or is subnormal, and 1/m on a column
	// of zeros.
	c.view = coprasView(c.view, m.criteria)
	c.st.computeData(m.data, rows, n, aggSum, tm, c.Workers)
	if err := c.st.check(NormalizationSum, c.view, false, matrixLocator{m}); err != nil {
		return err
	}
	if c.st.plan(NormalizationSum, c.view) {
		c.st.rescanMatrix(m.data, rows, n)
	}
	c.ts = growTransforms(c.ts, n)
	if err := c.st.transforms(c.ts, NormalizationSum, c.view, rows, false); err != nil {
		return err
	}
	c.prepare(c.ts, m.Weights(grow(c.w, n)), m.criteria)
	c.data, c.q, c.sp, c.csm = m.data, q, sp, sm
	defer func() { c.data, c.q, c.sp, c.csm = nil, nil, nil, nil }()
	c.part = foldRows(coprasSums{c}, c.part, rows, coprasWidth, tm, c.Workers)
	for b := range blockCount(rows) {
		c.combine(c.part[b*coprasWidth:b*coprasWidth+coprasWidth], b == 0, b*blockRows)
	}
	if err := c.finish(rows); err != nil {
		return nameAlternative(err, m.alternatives)
	}
	if c.anyMinus {
		for i, s := range sm {
			q[i] = c.relative(q[i], s)
		}
	}
	return checkScores(c.Name(), m, q)
}

// coprasView returns crit as benefit criteria, in dst's storage: the
// criteria of COPRAS's sum normalization.
func coprasView(dst, crit []Criterion) []Criterion {
	dst = append(dst[:0], crit...)
	for j := range dst {
		dst[j].Objective = ObjectiveBenefit
	}
	return dst
}

// prepare keeps the transforms, the normalized weights w and which
// criteria are costs.
func (c *COPRAS) prepare(ts []transform, w []float64, crit []Criterion) {
	n := len(crit)
	c.ts, c.w = ts, w
	if cap(c.cost) < n {
		c.cost = make([]bool, n)
	}
	c.cost = c.cost[:n]
	for j, cr := range crit {
		c.cost[j] = cr.Objective == ObjectiveCost
	}
}

// The partial aggregates of a block of S⁻ values (see blockShares):
// whether any and whether every S⁻_i is positive, the block index of the
// first zero (−1 if none), the minimum, the sum and Σ min/S⁻_i.
const (
	coprasAny = iota
	coprasAll
	coprasZero
	coprasMin
	coprasSum
	coprasRatios
	coprasWidth
)

// blockShares stores in sp and sm S⁺_i and S⁻_i of the rows of blk and in
// part the block's aggregates of S⁻.
func (c *COPRAS) blockShares(part, sp, sm, blk []float64) {
	n := len(c.w)
	ts, w, cost := c.ts[:n], c.w[:n], c.cost[:n]
	anyPos, all, zero := false, true, -1
	smin, total := math.Inf(1), 0.0
	for i := range sp {
		var p, s float64
		for j, x := range blk[i*n : i*n+n] {
			d := w[j] * ts[j].apply(x)
			if cost[j] {
				s += d
			} else {
				p += d
			}
		}
		sp[i], sm[i] = p, s
		if s > 0 {
			anyPos = true
		} else {
			all = false
			if zero < 0 {
				zero = i
			}
		}
		smin = min(smin, s)
		total += s
	}
	ratios := 0.0
	if all {
		for _, s := range sm {
			ratios += smin / s
		}
	}
	part[coprasAny], part[coprasAll] = b2f(anyPos), b2f(all)
	part[coprasZero], part[coprasMin], part[coprasSum], part[coprasRatios] = float64(zero), smin, total, ratios
}

// b2f returns 1 for true and 0 for false, for flags kept among sums.
func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// combine folds a block's aggregates of S⁻ (see blockShares), whose first
// row is alternative off, into the totals. The sums of ratios to the
// minimum are rescaled to the smaller minimum, so that every ratio stays
// in (0, 1].
func (c *COPRAS) combine(part []float64, first bool, off int) {
	zero := -1
	if z := int(part[coprasZero]); z >= 0 {
		zero = off + z
	}
	if first {
		c.anyMinus, c.allMinus, c.zero = part[coprasAny] != 0, part[coprasAll] != 0, zero
		c.smin, c.total, c.ratios = part[coprasMin], part[coprasSum], part[coprasRatios]
		return
	}
	c.anyMinus = c.anyMinus || part[coprasAny] != 0
	c.allMinus = c.allMinus && part[coprasAll] != 0
	if c.zero < 0 {
		c.zero = zero
	}
	c.total += part[coprasSum]
	if !c.allMinus {
		return
	}
	if bmin := part[coprasMin]; bmin < c.smin {
		c.ratios = c.ratios*(bmin/c.smin) + part[coprasRatios]
		c.smin = bmin
	} else {
		c.ratios += part[coprasRatios] * (c.smin / bmin)
	}
}

// located returns the first alternative with S⁻ = 0, or −1.
func (c *COPRAS) located() int { return c.zero }

// finish checks the aggregates of S⁻ and computes the factor of the
// relative significance.
func (c *COPRAS) finish(int) error {
	if !c.anyMinus {
		return nil // no weighted cost criterion: Q_i = S⁺_i
	}
	if !c.allMinus {
		return &AlternativeError{Index: c.zero,
			Err: fmt.Errorf("copras: S⁻ = 0 (zero on every weighted cost criterion) makes Q infinite: %w", ErrNotPositive)}
	}
	// S⁻_min·Σ S⁻ / (S⁻_i·Σ S⁻_min/S⁻_k) as (S⁻_min/S⁻_i)·(Σ S⁻/Σ S⁻_min/S⁻_k):
	// the product S⁻_min·Σ S⁻ underflows when S⁻_min is subnormal.
	c.f = c.total / c.ratios
	return nil
}

// relative returns Q_i of an alternative with the given S⁺ and S⁻.
func (c *COPRAS) relative(p, s float64) float64 {
	if !c.anyMinus {
		return p
	}
	return p + c.smin/s*c.f
}

// coprasSums is COPRAS's first scoring pass.
type coprasSums struct{ c *COPRAS }

// foldBlock stores S⁺_i (in q and sp) and S⁻_i of rows [lo, hi) and in
// part the block's aggregates of S⁻.
func (f coprasSums) foldBlock(part []float64, lo, hi int) {
	c := f.c
	n := len(c.w)
	c.blockShares(part, c.q[lo:hi], c.csm[lo:hi], c.data[lo*n:hi*n])
	if c.sp != nil {
		copy(c.sp[lo:hi], c.q[lo:hi])
	}
}

// coprasPass is COPRAS's middle pass in a stream (see scorePass): the
// aggregates of S⁻, then Q_i of each row.
type coprasPass struct {
	c   *COPRAS     // prepared
	buf pairScratch // S⁺ and S⁻ of a block
}

func (p *coprasPass) width() int { return coprasWidth }

func (p *coprasPass) block(part, blk []float64) {
	sp, sm := p.buf.rows(len(blk) / len(p.c.w))
	p.c.blockShares(part, sp, sm, blk)
}

func (p *coprasPass) combine(part []float64, first bool, off int) { p.c.combine(part, first, off) }
func (p *coprasPass) totals() []float64 {
	c := p.c
	return []float64{b2f(c.anyMinus), b2f(c.allMinus), float64(c.zero), c.smin, c.total, c.ratios}
}
func (p *coprasPass) located() int          { return p.c.located() }
func (p *coprasPass) finish(rows int) error { return p.c.finish(rows) }

// score computes S⁺ and S⁻ of the block as block does, then Q.
func (p *coprasPass) score(dst, blk []float64) {
	var part [coprasWidth]float64
	var stack [32]float64
	sp, sm := scratch(stack[:], len(dst))
	p.c.blockShares(part[:], sp, sm, blk)
	for i := range dst {
		dst[i] = p.c.relative(sp[i], sm[i])
	}
}
