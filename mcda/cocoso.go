package mcda

import (
	"fmt"
	"math"
)

// COCOSO is the COmbined COmpromise SOlution method (Yazdani, Zarate,
// Zavadskas & Turskis, 2019, Management Decision 57(9):2501-2519). Each
// criterion is normalized by min-max ([NormalizationMinMax]) to r_ij in
// [0, 1], and every alternative gets a weighted sum and a weighted power
// sum,
//
//	S_i = Σ_j w_j·r_ij,   P_i = Σ_j r_ij^w_j
//
// which three appraisal scores combine,
//
//	k_ia = (P_i + S_i) / Σ_i (P_i + S_i)
//	k_ib = S_i / min_i S_i + P_i / min_i P_i
//	k_ic = (λ·S_i + (1 − λ)·P_i) / (λ·max_i S_i + (1 − λ)·max_i P_i)
//	k_i = (k_ia·k_ib·k_ic)^(1/3) + (k_ia + k_ib + k_ic)/3
//
// Higher is better. Any finite values are accepted, zeros and negative
// values included. Adding a constant to a column or multiplying it by a
// positive constant does not change the scores. pymcdm, pyrepo-mcda and
// JMcDM compute the same scores (scikit-criteria expects the matrix
// normalized already).
//
// Note the powers of zero in P: min-max maps the worst value of every
// criterion to 0, and 0^w_j = 0 for any w_j > 0, whereas a value just above
// the worst gives r^w_j close to 1 for a small weight. P therefore jumps at
// the worst value, and a criterion of small weight can move P by almost 1.
// A criterion of weight 0 has r^0 = 1 (math.Pow(0, 0) = 1) and adds 1 to
// every P_i.
//
// Special cases:
//   - A constant column normalizes to 1 (see [Normalization]), adding w_j
//     to every S_i and 1 to every P_i. With its share of the normalized
//     weights this can change the ranking (the tests show an example).
//   - Identical alternatives (and a single alternative) have S_i = 1 and
//     P_i = n: k_ia = 1/m, k_ib = 2, k_ic = 1.
//   - When an alternative is the worst on every criterion of positive
//     weight, its S_i = 0, and k_ib divides by zero. Scores then returns an
//     [*AlternativeError] naming it and wrapping [ErrUndefined]. This always
//     happens with a single non-constant criterion, and whenever one
//     alternative is dominated by all others.
//
// The zero value uses λ = 0.5 and is ready to use. A COCOSO value reuses
// internal storage between calls and must not be used concurrently.
type COCOSO struct {
	// Lambda points to λ, in [0, 1]; nil means 0.5, the paper's choice.
	// For example
	//	l := 0.0
	//	c := mcda.COCOSO{Lambda: &l} // k_c from the power sums alone
	Lambda *float64
	// Workers is the largest number of goroutines a call may use; 0 and 1
	// mean the calling goroutine only. As for [TOPSIS.Workers], the scores
	// are bit-for-bit the same for every value.
	Workers int

	st   colStats
	ts   []transform
	w    []float64
	aff  []float64 // the transforms' off, p, c and s, n values each
	s, p []float64
	part []float64
	par  parallel

	// The call in progress.
	data, k, ka, kb, kc []float64
	rs, rp              []float64 // S and P
	lambda, minS, minP  float64
	maxS, maxP          float64
	total, den          float64
	worst               int // the first alternative of least S
}

// Name returns "cocoso".
func (c *COCOSO) Name() string { return "cocoso" }

// HigherIsBetter returns true.
func (c *COCOSO) HigherIsBetter() bool { return true }

// Scores stores in dst the final appraisal score k_i of each alternative
// of m and returns dst. If dst is nil a new slice is allocated. With a
// non-nil dst and a COCOSO value that has been used on a problem of the
// same size, Scores allocates nothing.
//
// It returns an error wrapping [ErrParameter] for λ outside [0, 1] or NaN,
// and an [*AlternativeError] wrapping [ErrUndefined] when some S_i = 0 (see
// [COCOSO]). It panics if dst is not nil and its length is not the number
// of alternatives.
func (c *COCOSO) Scores(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, _ := m.Dims()
	dst = useDst(dst, rows, "COCOSO.Scores")
	c.s, c.p = grow(c.s, rows), grow(c.p, rows)
	if err := c.compute(dst, nil, nil, nil, c.s, c.p, m); err != nil {
		return nil, err
	}
	return dst, nil
}

// COCOSOResult holds COCOSO scores and their intermediates, per
// alternative.
type COCOSOResult struct {
	Score      []float64 // k_i
	KA, KB, KC []float64 // the appraisal scores k_ia, k_ib, k_ic
	S, P       []float64 // the weighted sum and the weighted power sum
}

// Evaluate returns the score of every alternative of m with its
// intermediates. Errors are as for [COCOSO.Scores].
func (c *COCOSO) Evaluate(m *DecisionMatrix) (*COCOSOResult, error) {
	rows, _ := m.Dims()
	r := &COCOSOResult{Score: make([]float64, rows), KA: make([]float64, rows), KB: make([]float64, rows),
		KC: make([]float64, rows), S: make([]float64, rows), P: make([]float64, rows)}
	if err := c.compute(r.Score, r.KA, r.KB, r.KC, r.S, r.P, m); err != nil {
		return nil, err
	}
	return r, nil
}

// compute fills k, s and p and, when not nil, ka, kb and kc, in two
// passes over m after the column extremes: the first stores S_i and P_i and
// folds their extremes and total per block, the second combines them into
// k_i. Each r^w is computed as e^(w·ln r), one logarithm and one
// exponential per value.
func (c *COCOSO) compute(k, ka, kb, kc, s, p []float64, m *DecisionMatrix) error {
	lambda, err := lambdaParam(c.Name(), c.Lambda)
	if err != nil {
		return err
	}
	rows, n := m.Dims()
	tm := c.par.team(c.Workers, rows)
	if c.ts, err = c.st.prepare(c.ts, NormalizationMinMax, m, tm, c.Workers); err != nil {
		return err
	}
	c.w = m.Weights(grow(c.w, n))
	c.aff = grow(c.aff, 4*n)
	for j, t := range c.ts { // min-max transforms are never reciprocal
		c.aff[j], c.aff[n+j], c.aff[2*n+j], c.aff[3*n+j] = t.off, t.p, t.c, t.s
	}
	c.data, c.rs, c.rp, c.k, c.ka, c.kb, c.kc = m.data, s, p, k, ka, kb, kc
	defer func() { c.data, c.rs, c.rp, c.k, c.ka, c.kb, c.kc = nil, nil, nil, nil, nil, nil, nil }()
	c.lambda = lambda
	c.part = foldRows(cocosoSums{c}, c.part, rows, 6, tm, c.Workers)
	for b := range blockCount(rows) {
		c.combine(c.part[b*6:b*6+6], b == 0, b*blockRows)
	}
	if err := c.finish(rows); err != nil {
		return nameAlternative(err, m.alternatives)
	}
	foldRows(c, nil, rows, 0, tm, c.Workers)
	return checkScores(c.Name(), m, k)
}

// cocosoSums is the first scoring pass of COCOSO.
type cocosoSums struct{ c *COCOSO }

// foldBlock stores S_i and P_i for rows [lo, hi) and in part the block's
// min S, max S, min P, max P, Σ(S_i + P_i) and the first row of min S.
// The min-max transforms are affine, r = off + (x·p − c)·s, computed as
// transform.apply does from the coefficients in c.aff.
func (f cocosoSums) foldBlock(part []float64, lo, hi int) {
	c := f.c
	n := len(c.w)
	c.blockSP(part, c.rs[lo:hi], c.rp[lo:hi], c.data[lo*n:hi*n])
}

// blockSP stores in s and p S_i and P_i of the rows of blk and in part
// the block's min S, max S, min P, max P, Σ (S + P) and the block index of
// its first alternative of least S.
func (c *COCOSO) blockSP(part, s, p, blk []float64) {
	n := len(c.w)
	w := c.w[:n]
	off, sc, cc, sl := c.aff[:n], c.aff[n:2*n], c.aff[2*n:3*n], c.aff[3*n:4*n]
	minS, maxS, minP, maxP, total := math.Inf(1), 0.0, math.Inf(1), 0.0, 0.0
	worst := 0
	var buf, pw [16]float64 // r and r^w of up to 16 criteria of the row
	for i := range s {
		var si, pi float64
		row := blk[i*n : i*n+n]
		for j0 := 0; j0 < n; j0 += len(buf) {
			j1 := min(j0+len(buf), n)
			x, r := row[j0:j1], buf[:j1-j0]
			wb, ob, pb, cb, sb := w[j0:j1], off[j0:j1], sc[j0:j1], cc[j0:j1], sl[j0:j1]
			wb, ob, pb, cb, sb = wb[:len(x)], ob[:len(x)], pb[:len(x)], cb[:len(x)], sb[:len(x)]
			for j, x := range x {
				r[j] = ob[j] + (x*pb[j]-cb[j])*sb[j]
				si += wb[j] * r[j]
			}
			// r^w = e^(w·ln r) as expx(w*lnx(r)): 0 when r = 0 < w, and 1
			// when w = 0 (as math.Pow(0, 0)).
			for _, t := range powx(pw[:], r, wb) {
				pi += t
			}
		}
		s[i], p[i] = si, pi
		if si < minS {
			minS, worst = si, i
		}
		minP, maxS, maxP = math.Min(minP, pi), math.Max(maxS, si), math.Max(maxP, pi)
		total += si + pi
	}
	part[0], part[1], part[2], part[3], part[4], part[5] = minS, maxS, minP, maxP, total, float64(worst)
}

// combine folds a block's aggregates (see blockSP), whose first row is
// alternative off, into the totals.
func (c *COCOSO) combine(pt []float64, first bool, off int) {
	if first {
		c.minS, c.maxS, c.minP, c.maxP, c.total = math.Inf(1), 0, math.Inf(1), 0, 0
	}
	if pt[0] < c.minS {
		c.minS, c.worst = pt[0], off+int(pt[5])
	}
	c.minP, c.maxS, c.maxP = math.Min(c.minP, pt[2]), math.Max(c.maxS, pt[1]), math.Max(c.maxP, pt[3])
	c.total += pt[4]
}

// finish checks the aggregates and computes the denominator of k_c.
func (c *COCOSO) finish(int) error {
	if !(c.minS > 0 && c.minP > 0) {
		return &AlternativeError{Index: c.worst,
			Err: fmt.Errorf("cocoso: S = %v: worst on every weighted criterion, so k_b = S/min S is undefined: %w", c.minS, ErrUndefined)}
	}
	c.den = c.lambda*c.maxS + (1-c.lambda)*c.maxP
	return nil
}

// appraise returns k_a, k_b, k_c and k of an alternative with the given S
// and P.
func (c *COCOSO) appraise(s, p float64) (a, b, cc, k float64) {
	a = (s + p) / c.total
	b = s/c.minS + p/c.minP
	cc = (c.lambda*s + (1-c.lambda)*p) / c.den
	return a, b, cc, math.Cbrt(a*b*cc) + (a+b+cc)/3
}

// foldBlock stores k_i (and k_ia, k_ib, k_ic when asked) of rows [lo, hi).
func (c *COCOSO) foldBlock(_ []float64, lo, hi int) {
	for i := lo; i < hi; i++ {
		a, b, cc, k := c.appraise(c.rs[i], c.rp[i])
		if c.ka != nil {
			c.ka[i], c.kb[i], c.kc[i] = a, b, cc
		}
		c.k[i] = k
	}
}

// cocosoPass is CoCoSo's middle pass in a stream (see scorePass): the
// extremes and sum of S and P, then k of each row.
type cocosoPass struct {
	c   *COCOSO     // with w, aff and lambda set
	buf pairScratch // S and P of a block
}

func newCOCOSOPass(ts []transform, w []float64, lambda float64) *cocosoPass {
	n := len(ts)
	c := &COCOSO{ts: ts, w: w, aff: make([]float64, 4*n), lambda: lambda}
	for j, t := range ts {
		c.aff[j], c.aff[n+j], c.aff[2*n+j], c.aff[3*n+j] = t.off, t.p, t.c, t.s
	}
	return &cocosoPass{c: c}
}

func (p *cocosoPass) width() int { return 6 }

func (p *cocosoPass) block(part, blk []float64) {
	s, sp := p.buf.rows(len(blk) / len(p.c.w))
	p.c.blockSP(part, s, sp, blk)
}

func (p *cocosoPass) combine(part []float64, first bool, off int) { p.c.combine(part, first, off) }
func (p *cocosoPass) totals() []float64 {
	c := p.c
	return []float64{c.minS, c.maxS, c.minP, c.maxP, c.total, float64(c.worst)}
}
func (p *cocosoPass) located() int          { return p.c.worst }
func (p *cocosoPass) finish(rows int) error { return p.c.finish(rows) }

// score computes S and P of the block as block does, then k.
func (p *cocosoPass) score(dst, blk []float64) {
	var part [6]float64
	var stack [32]float64
	s, sp := scratch(stack[:], len(dst))
	p.c.blockSP(part[:], s, sp, blk)
	for i := range dst {
		_, _, _, dst[i] = p.c.appraise(s[i], sp[i])
	}
}
