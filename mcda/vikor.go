package mcda

import (
	"fmt"
	"math"
)

// VIKOR is the compromise ranking method VIšeKriterijumska Optimizacija I
// Kompromisno Rešenje (Opricovic, 1998; Opricovic & Tzeng, 2004, European
// Journal of Operational Research 156:445-455). With f_j* and f_j⁻ the best
// and worst values of criterion j (the maximum and minimum of a benefit
// criterion, the minimum and maximum of a cost criterion) and the weights
// w_j normalized to sum to 1, every alternative i gets
//
//	S_i = Σ_j w_j (f_j* − f_ij) / (f_j* − f_j⁻)        group utility
//	R_i = max_j w_j (f_j* − f_ij) / (f_j* − f_j⁻)      individual regret
//	Q_i = v (S_i − S*) / (S⁻ − S*) + (1 − v) (R_i − R*) / (R⁻ − R*)
//
// where S* = min_i S_i, S⁻ = max_i S_i, R* = min_i R_i, R⁻ = max_i R_i and
// v weighs the strategy of the majority of criteria against that of the
// veto. The linear scaling (f* − f)/(f* − f⁻) is one minus the min-max
// normalization, so costs need no separate treatment. Q lies in [0, 1]
// and lower is better; [Rank] orders by Q. [VIKOR.Evaluate] adds the
// compromise solution, which Q alone does not give.
//
// Special cases, where the formula divides by zero:
//   - A constant criterion (f_j* = f_j⁻) contributes 0 to S_i and R_i: no
//     alternative has any regret on it.
//   - When S* = S⁻ (for example, identical alternatives) the S term of Q is
//     0 for every alternative, and likewise the R term when R* = R⁻. Thus
//     identical alternatives all get Q = 0. pymcdm and scikit-criteria
//     return NaN here.
//   - Values of S within [TieTolerance] of S* (or S⁻) count as equal to
//     it, and likewise for R, so that two algebraically equal sums that
//     differ in their last bit neither split a tie nor open a range of one
//     ulp that would move Q by v. (With weights 0.1, 0.2, 0.3 and the
//     benefit values (1, 1, 2) and (2, 2, 1), S = 1/6 + 2/6 and 3/6 differ
//     by rounding; without this rule Q would be 0.5 for both instead of 0
//     and 0.5.)
//   - One alternative gets S = R = Q = 0.
//   - One criterion gives S = R = w·(f* − f)/(f* − f⁻), so Q is the
//     min-max regret (f* − f)/(f* − f⁻) for every v.
//   - Any finite values are accepted, zeros and negative values included:
//     the scaling is a ratio of differences.
//
// The zero value uses v = 0.5 and is ready to use. A VIKOR value reuses
// internal storage between calls and must not be used concurrently.
type VIKOR struct {
	// V points to the weight v of the strategy of maximum group utility,
	// in [0, 1]; 1 − v weighs individual regret. Nil means 0.5. For
	// example
	//	v := 0.0
	//	vk := mcda.VIKOR{V: &v} // ranks by regret R alone
	V *float64
	// Workers is the largest number of goroutines a call may use; 0 and 1
	// mean the calling goroutine only. As for [TOPSIS.Workers], the scores
	// are bit-for-bit the same for every value.
	Workers int

	ts   []transform
	st   colStats
	w    []float64
	s, r []float64
	part []float64
	par  parallel

	// The call in progress.
	data, q, cs, cr   []float64
	cv, sBest, sWorst float64
	rBest, rWorst     float64
}

// Name returns "vikor".
func (vk *VIKOR) Name() string { return "vikor" }

// HigherIsBetter returns false: a smaller Q is better.
func (vk *VIKOR) HigherIsBetter() bool { return false }

// v returns the effective v, or an error wrapping ErrParameter.
func (vk *VIKOR) v() (float64, error) {
	if vk.V == nil {
		return 0.5, nil
	}
	v := *vk.V
	if !(v >= 0 && v <= 1) {
		return 0, fmt.Errorf("mcda: vikor: v = %v not in [0, 1]: %w", v, ErrParameter)
	}
	return v, nil
}

// Scores stores in dst the index Q_i of each alternative of m (lower is
// better) and returns dst. If dst is nil a new slice is allocated. With a
// non-nil dst and a VIKOR value that has been used on a problem of the same
// size, Scores allocates nothing.
//
// It returns an error wrapping [ErrParameter] if V is outside [0, 1].
// It panics if dst is not nil and its length is not the number of
// alternatives.
func (vk *VIKOR) Scores(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, _ := m.Dims()
	dst = useDst(dst, rows, "VIKOR.Scores")
	v, err := vk.v()
	if err != nil {
		return nil, err
	}
	vk.s, vk.r = grow(vk.s, rows), grow(vk.r, rows)
	if err := vk.compute(dst, vk.s, vk.r, m, v); err != nil {
		return nil, err
	}
	return dst, nil
}

// VIKORResult holds the VIKOR indices of every alternative and the
// compromise solution they lead to.
type VIKORResult struct {
	S []float64 // group utility S_i, per alternative (lower is better)
	R []float64 // individual regret R_i, per alternative (lower is better)
	Q []float64 // compromise index Q_i, per alternative (lower is better)
	// Order lists the alternatives by ascending Q, ties (within
	// [TieTolerance]) in input order: Order[0] is a⁽¹⁾, Order[1] is a⁽²⁾.
	Order []int
	// DQ is the acceptable advantage threshold 1/(m − 1); 1 when m = 1.
	DQ float64
	// AcceptableAdvantage reports condition C1: Q(a⁽²⁾) − Q(a⁽¹⁾) >= DQ
	// (true when m = 1).
	AcceptableAdvantage bool
	// AcceptableStability reports condition C2: a⁽¹⁾ is also best by S or
	// by R (equal to the minimum within [TieTolerance]).
	AcceptableStability bool
	// Compromise holds the indices of the compromise solutions, best Q
	// first (Opricovic & Tzeng, 2004): a⁽¹⁾ alone if C1 and C2
	// hold; a⁽¹⁾ and a⁽²⁾ if only C2 fails; a⁽¹⁾ … a⁽ᴹ⁾ if C1 fails, where
	// a⁽ᴹ⁾ is the last alternative with Q(a⁽ᴹ⁾) − Q(a⁽¹⁾) < DQ.
	Compromise []int
}

// Evaluate returns S, R and Q for every alternative of m and the compromise
// solution with its two conditions. It returns an error wrapping
// [ErrParameter] if V is outside [0, 1].
func (vk *VIKOR) Evaluate(m *DecisionMatrix) (*VIKORResult, error) {
	rows, _ := m.Dims()
	v, err := vk.v()
	if err != nil {
		return nil, err
	}
	res := &VIKORResult{S: make([]float64, rows), R: make([]float64, rows), Q: make([]float64, rows)}
	if err := vk.compute(res.Q, res.S, res.R, m, v); err != nil {
		return nil, err
	}
	_, res.Order = RankScores(nil, nil, res.Q, false)
	vikorCompromise(res)
	return res, nil
}

// vikorCompromise fills DQ, the two conditions and the compromise set of
// res from its S, R, Q and Order.
func vikorCompromise(res *VIKORResult) {
	rows := len(res.Q)
	a1 := res.Order[0]
	if rows == 1 {
		res.DQ = 1
		res.AcceptableAdvantage, res.AcceptableStability = true, true
		res.Compromise = []int{a1}
		return
	}
	res.DQ = 1 / float64(rows-1)
	q1 := res.Q[a1]
	// The comparisons allow for rounding: Q values are differences of
	// ratios that may miss a threshold such as 0.25 by one ulp.
	atLeastDQ := func(d float64) bool { return d >= res.DQ-TieTolerance }
	res.AcceptableAdvantage = atLeastDQ(res.Q[res.Order[1]] - q1)
	minS, minR := res.S[0], res.R[0]
	for i := range res.S {
		minS, minR = math.Min(minS, res.S[i]), math.Min(minR, res.R[i])
	}
	res.AcceptableStability = tied(res.S[a1], minS) || tied(res.R[a1], minR)
	switch {
	case !res.AcceptableAdvantage:
		k := 1
		for k < rows && !atLeastDQ(res.Q[res.Order[k]]-q1) {
			k++
		}
		res.Compromise = append([]int(nil), res.Order[:k]...)
	case !res.AcceptableStability:
		res.Compromise = append([]int(nil), res.Order[:2]...)
	default:
		res.Compromise = []int{a1}
	}
}

// compute fills q, s and r for m with the given v, in three passes after
// the column extremes: S_i and R_i with their per-block extremes, then Q_i.
func (vk *VIKOR) compute(q, s, r []float64, m *DecisionMatrix, v float64) error {
	rows, n := m.Dims()
	tm := vk.par.team(vk.Workers, rows)
	// Min-max normalization r_ij = (f_ij − f_j⁻)/(f_j* − f_j⁻) oriented so
	// that larger is better; the regret is 1 − r_ij, 0 on a constant column.
	var err error
	if vk.ts, err = vk.st.prepare(vk.ts, NormalizationMinMax, m, tm, vk.Workers); err != nil {
		return err
	}
	vk.w = m.Weights(grow(vk.w, n))
	vk.data, vk.q, vk.cs, vk.cr, vk.cv = m.data, q, s, r, v
	vk.part = foldRows(vikorSums{vk}, vk.part, rows, 4, tm, vk.Workers)
	for b := range blockCount(rows) {
		vk.combine(vk.part[4*b:4*b+4], b == 0, 0)
	}
	foldRows(vk, nil, rows, 0, tm, vk.Workers)
	vk.data, vk.q, vk.cs, vk.cr = nil, nil, nil, nil
	return checkScores(vk.Name(), m, q)
}

// vikorSums is VIKOR's first scoring pass.
type vikorSums struct{ vk *VIKOR }

// foldBlock stores S_i and R_i of rows [lo, hi) and in part the block's
// min S, max S, min R and max R.
func (f vikorSums) foldBlock(part []float64, lo, hi int) {
	vk := f.vk
	n := len(vk.w)
	vk.blockSR(part, vk.cs[lo:hi], vk.cr[lo:hi], vk.data[lo*n:hi*n])
}

// blockSR stores in s and r S_i and R_i of the rows of blk and in part
// their min S, max S, min R and max R.
func (vk *VIKOR) blockSR(part, s, r, blk []float64) {
	n := len(vk.w)
	ts, w := vk.ts[:n], vk.w[:n]
	if len(s) == 0 {
		return // a stream's Scores of no rows
	}
	// Two rows at a time: each row's terms are added in the same order as
	// alone, but the two rows' sums and maxima advance side by side, so
	// the processor overlaps their additions; the block's extremes are
	// taken on the way (min and max are exact: any order gives the same
	// values, −0 below +0).
	sBest, sWorst := math.Inf(1), math.Inf(-1)
	rBest, rWorst := sBest, sWorst
	i := 0
	for ; i+1 < len(s); i += 2 {
		var s0, r0, s1, r1 float64
		row0, row1 := blk[i*n:i*n+n], blk[i*n+n:i*n+2*n]
		for j := range ts {
			t := &ts[j]
			d0 := w[j] * (1 - t.apply(row0[j]))
			d1 := w[j] * (1 - t.apply(row1[j]))
			s0 += d0
			s1 += d1
			r0 = max(r0, d0)
			r1 = max(r1, d1)
		}
		s[i], r[i], s[i+1], r[i+1] = s0, r0, s1, r1
		sBest, sWorst = min(sBest, s0, s1), max(sWorst, s0, s1)
		rBest, rWorst = min(rBest, r0, r1), max(rWorst, r0, r1)
	}
	if i < len(s) {
		var si, ri float64
		for j, x := range blk[i*n : i*n+n] {
			d := w[j] * (1 - ts[j].apply(x))
			si += d
			ri = max(ri, d)
		}
		s[i], r[i] = si, ri
		sBest, sWorst = min(sBest, si), max(sWorst, si)
		rBest, rWorst = min(rBest, ri), max(rWorst, ri)
	}
	part[0], part[1], part[2], part[3] = sBest, sWorst, rBest, rWorst
}

// combine folds a block's extremes of S and R (see blockSR) into the
// totals.
func (vk *VIKOR) combine(p []float64, first bool, _ int) {
	if first {
		vk.sBest, vk.sWorst, vk.rBest, vk.rWorst = p[0], p[1], p[2], p[3]
		return
	}
	vk.sBest, vk.sWorst = math.Min(vk.sBest, p[0]), math.Max(vk.sWorst, p[1])
	vk.rBest, vk.rWorst = math.Min(vk.rBest, p[2]), math.Max(vk.rWorst, p[3])
}

// qOf returns Q of an alternative with the given S and R.
func (vk *VIKOR) qOf(s, r float64) float64 {
	v := vk.cv
	return v*vikorScaled(s, vk.sBest, vk.sWorst) + (1-v)*vikorScaled(r, vk.rBest, vk.rWorst)
}

// foldBlock stores Q_i of rows [lo, hi).
func (vk *VIKOR) foldBlock(_ []float64, lo, hi int) {
	for i := lo; i < hi; i++ {
		vk.q[i] = vk.qOf(vk.cs[i], vk.cr[i])
	}
}

// vikorPass is VIKOR's middle pass in a stream (see scorePass): the
// extremes of S and R, then Q of each row.
type vikorPass struct {
	vk  *VIKOR      // with ts, w and cv set
	buf pairScratch // S and R of a block
}

func (p *vikorPass) width() int { return 4 }

func (p *vikorPass) block(part, blk []float64) {
	s, r := p.buf.rows(len(blk) / len(p.vk.w))
	p.vk.blockSR(part, s, r, blk)
}

func (p *vikorPass) combine(part []float64, first bool, off int) { p.vk.combine(part, first, off) }
func (p *vikorPass) totals() []float64 {
	return []float64{p.vk.sBest, p.vk.sWorst, p.vk.rBest, p.vk.rWorst}
}
func (p *vikorPass) located() int     { return -1 }
func (p *vikorPass) finish(int) error { return nil }

// score computes S and R of the block as block does, then Q.
func (p *vikorPass) score(dst, blk []float64) {
	var part [4]float64
	var stack [32]float64
	s, r := scratch(stack[:], len(dst))
	p.vk.blockSR(part[:], s, r, blk)
	for i := range dst {
		dst[i] = p.vk.qOf(s[i], r[i])
	}
}

// vikorScaled returns (x − best)/(worst − best), the position of x between
// best and worst, with values within TieTolerance of best (or worst)
// counted as equal to it: S and R are sums and maxima of rounded terms, and
// two algebraically equal values may differ in the last bit. Without this,
// a range of one ulp would move Q by v (or 1 − v). It returns 0 when best
// and worst tie.
func vikorScaled(x, best, worst float64) float64 {
	switch {
	case tied(x, best) || tied(best, worst):
		return 0
	case tied(x, worst):
		return 1
	}
	return (x - best) / (worst - best)
}
