package mcda

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"math/bits"
	"slices"
)

// Flows returns the positive, negative and net flows of every alternative
// of m and its unicriterion net flows, without the preference index matrix
// that [PROMETHEE.Evaluate] builds (Index is nil). Its errors are those of
// [PROMETHEE.Scores], and ctx.Err() wrapped if ctx is done before the
// flows are.
//
// Each criterion is computed along one of two paths, which give the same
// flows up to rounding (see [PROMETHEE]):
//
//   - Sorted, for the usual, U-shape, V-shape, level and linear functions
//     (Calders & Van Assche, 2018): the criterion's values are sorted once
//     and one scan with a sliding window per threshold gives every P⁺ and
//     P⁻. O(m·log m) time and O(m) space per criterion.
//   - Pairwise, for the Gaussian function, which has no such exact form,
//     and for every criterion when [PROMETHEE.Pairwise] is set: every
//     alternative against every other, O(m²) time per criterion, in blocks
//     of alternatives shared by up to [PROMETHEE.Workers] goroutines.
//
// Memory is O(m·n) for the result, and O(m) scratch space besides
// (O(m·k) for k Gaussian criteria), whatever the path.
func (pr *PROMETHEE) Flows(ctx context.Context, m *DecisionMatrix) (*PROMETHEEResult, error) {
	rows, n := m.Dims()
	if err := pr.prepare(m); err != nil {
		return nil, err
	}
	res := &PROMETHEEResult{
		PositiveFlow: make([]float64, rows),
		NegativeFlow: make([]float64, rows),
		NetFlow:      make([]float64, rows),
		Unicriterion: make([][]float64, rows),
	}
	uni := make([]float64, rows*n)
	for i := range res.Unicriterion {
		res.Unicriterion[i] = uni[i*n : (i+1)*n : (i+1)*n]
	}
	if err := pr.computeFlows(ctx, res.PositiveFlow, res.NegativeFlow, uni, m); err != nil {
		return nil, err
	}
	for i := range res.NetFlow {
		res.NetFlow[i] = netFlow(res.PositiveFlow[i], res.NegativeFlow[i])
	}
	if err := checkScores(pr.Name(), m, res.NetFlow); err != nil {
		return nil, err
	}
	return res, nil
}

// sorted reports whether criterion j of a problem of the given number of
// alternatives is computed along the sorted path, which numbers the
// alternatives with uint32.
func (pr *PROMETHEE) sorted(j, rows int) bool {
	return !pr.Pairwise && pr.prefs[j].Function != PreferenceGaussian && uint64(rows) <= math.MaxUint32
}

// computeFlows stores the positive and negative flows in pos and neg and,
// when uni is not nil, the unicriterion net flows φ_j(a) in uni[a·n+j].
// prepare must have been called.
func (pr *PROMETHEE) computeFlows(ctx context.Context, pos, neg, uni []float64, m *DecisionMatrix) error {
	rows, n := m.Dims()
	clear(pos)
	clear(neg)
	clear(uni)
	if rows < 2 {
		return nil
	}
	// Pairwise criteria first: their rows are independent of one another,
	// so they can share the work, and each row adds its criteria in column
	// order.
	pw := pr.pw[:0]
	for j := range n {
		if !pr.sorted(j, rows) && (pr.w[j] != 0 || uni != nil) {
			pw = append(pw, j)
		}
	}
	pr.pw = pw
	if len(pw) > 0 {
		if err := pr.pairwiseFlows(ctx, pos, neg, uni, m, pw); err != nil {
			return err
		}
	}
	sc := pr.sc[:0]
	for j := range n {
		if pr.sorted(j, rows) && (pr.w[j] != 0 || uni != nil) {
			sc = append(sc, j)
		}
	}
	pr.sc = sc
	if workers := min(pr.Workers, len(sc)); workers > 1 && rows >= radixMin {
		// Rounds of criteria computed in parallel, each in its own
		// scratch space, then added to the flows in column order, as the
		// serial loop below does.
		if len(pr.srts) < workers {
			pr.srts = append(pr.srts, make([]sortedFlows, workers-len(pr.srts))...)
		}
		if pr.par.tm == nil {
			pr.par.tm = new(team)
		}
		for len(sc) > 0 {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("mcda: promethee: %w", err)
			}
			round := sc[:min(workers, len(sc))]
			sc = sc[len(round):]
			pr.sjob = sortedJob{pr: pr, m: m, crit: round}
			pr.par.tm.run(workers, len(round), &pr.sjob)
			pr.sjob = sortedJob{}
			for b, j := range round {
				pr.srts[b].apply(pos, neg, uni, m, j, pr.w[j])
			}
		}
	}
	for _, j := range sc {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("mcda: promethee: %w", err)
		}
		pr.srt.criterion(pos, neg, uni, m, j, pr.prefs[j], pr.w[j])
	}
	// Clamped, since the rounding of Σ w_j can exceed 1 by an ulp.
	scale := 1 / float64(rows-1)
	for i := range pos {
		pos[i] = math.Min(pos[i]*scale, 1)
		neg[i] = math.Min(neg[i]*scale, 1)
	}
	return nil
}

// radixMin is the number of alternatives from which a radix sort beats a
// comparison sort.
const radixMin = 1024

// order returns sf.ord[:rows] holding 0, 1, …, rows−1.
func (sf *sortedFlows) order(rows int) []int {
	if cap(sf.ord) < rows {
		sf.ord = make([]int, rows)
	}
	ord := sf.ord[:rows]
	for i := range ord {
		ord[i] = i
	}
	return ord
}

// sortedFlows is the scratch space of the sorted path, O(m).
type sortedFlows struct {
	count       *[6][1 << 11]uint32 // the radix sort's digit counts
	ord         []int               // the comparison sort's permutation
	keys, keys2 []uint64            // sort keys, see sortKey
	idx, idx2   []uint32            // alternatives, in the order of keys
	vals        []float64           // the sorted values
	recs, recs2 []flowRec           // the results, in the order of vals and bucketed
	next        []int               // the next free slot of each bucket of recs2
	out         []flowRec           // recs or recs2: the results, bucketed
}

// flowRec is P⁺_j(a) and P⁻_j(a) of one alternative a.
type flowRec struct {
	a           uint32
	plus, minus float64
}

// recBucket is the number of alternatives in a bucket of results: the
// results of a criterion, computed in the order of its values, are written
// to the bucket of their alternative and then added to the flows one
// bucket at a time, so that the additions stay within the cache.
const recBucket = 1 << 12

// sortKey maps a float64 to a uint64 in the same order (−0 before +0).
func sortKey(v float64) uint64 {
	b := math.Float64bits(v)
	if b>>63 != 0 {
		return ^b
	}
	return b | 1<<63
}

// keyValue inverts sortKey.
func keyValue(k uint64) float64 {
	if k>>63 != 0 {
		return math.Float64frombits(k &^ (1 << 63))
	}
	return math.Float64frombits(^k)
}

// sort fills sf.vals with the oriented values of criterion j of m in
// increasing order and sf.idx with their alternatives, by a least
// significant digit radix sort on 11-bit digits: O(m), skipping the
// digits all keys share.
func (sf *sortedFlows) sort(m *DecisionMatrix, j int) {
	rows, n := m.Dims()
	if cap(sf.keys) < rows {
		sf.keys, sf.keys2 = make([]uint64, rows), make([]uint64, rows)
		sf.idx, sf.idx2 = make([]uint32, rows), make([]uint32, rows)
		sf.vals = make([]float64, rows)
		sf.recs = make([]flowRec, rows)
	}
	keys, keys2 := sf.keys[:rows], sf.keys2[:rows]
	idx, idx2 := sf.idx[:rows], sf.idx2[:rows]
	sign := 1.0
	if m.criteria[j].Objective == ObjectiveCost {
		sign = -1
	}
	if rows < radixMin {
		for i := range keys {
			keys[i], idx[i] = sortKey(sign*m.data[i*n+j]), uint32(i)
		}
		slices.SortFunc(sf.order(rows), func(a, b int) int { return cmp.Compare(keys[a], keys[b]) })
		for r, i := range sf.ord[:rows] {
			sf.vals[r], sf.idx2[r] = keyValue(keys[i]), uint32(i)
		}
		sf.idx, sf.idx2 = sf.idx2, sf.idx
		return
	}
	const digit, passes = 11, 6
	if sf.count == nil {
		sf.count = new([passes][1 << digit]uint32)
	}
	count := sf.count
	*count = [passes][1 << digit]uint32{}
	for i := range keys {
		k := sortKey(sign * m.data[i*n+j])
		keys[i], idx[i] = k, uint32(i)
		const mask = 1<<digit - 1
		count[0][k&mask]++
		count[1][(k>>digit)&mask]++
		count[2][(k>>(2*digit))&mask]++
		count[3][(k>>(3*digit))&mask]++
		count[4][(k>>(4*digit))&mask]++
		count[5][k>>(5*digit)]++
	}
	for d := range passes {
		c := &count[d]
		if c[(keys[0]>>(d*digit))&(1<<digit-1)] == uint32(rows) {
			continue // every key has this digit
		}
		var sum uint32
		for b, v := range c {
			c[b] = sum
			sum += v
		}
		for i, k := range keys {
			b := (k >> (d * digit)) & (1<<digit - 1)
			keys2[c[b]], idx2[c[b]] = k, idx[i]
			c[b]++
		}
		keys, keys2 = keys2, keys
		idx, idx2 = idx2, idx
	}
	sf.idx = idx[:cap(idx)]
	sf.idx2 = idx2[:cap(idx2)]
	sf.keys, sf.keys2 = keys[:cap(keys)], keys2[:cap(keys2)]
	vals := sf.vals[:rows]
	for i, k := range keys {
		vals[i] = keyValue(k)
	}
}

// criterion adds w·P⁺_j(a) to pos[a] and w·P⁻_j(a) to neg[a] for every
// alternative a, where
//
//	P⁺_j(a) = Σ_b P_j(d_j(a, b)),   P⁻_j(a) = Σ_b P_j(d_j(b, a)),
//
// and, when uni is not nil, stores φ_j(a) = (P⁺_j(a) − P⁻_j(a))/(m − 1) in
// uni[a·n+j]. This is the algorithm of Calders & Van Assche (2018,
// section 3): with the oriented values sorted, s_0 <= … <= s_{m−1}, and x
// the value of a, the alternatives that a prefers fully (d > p) are a
// prefix [0, A) of the sorted order, those in its window q < d <= p the
// next run [A, B), and likewise the alternatives preferred to a are a
// window [C, D) and a suffix [D, m). The four bounds only move forward as
// x grows, so one scan finds them all; the linear part of the window,
// Σ_{k∈[A,B)} (x − s_k − q)/(p − q), needs the sum of the window's values,
// which the scan keeps as it slides.
//
// The bounds are found with the very test of the pairwise path,
// fl(x − s_k) > q, which is monotone in x and in s_k, so that a
// difference equal to q or p, or one that rounds onto it, falls on the
// same side along both paths. The window sums are kept as sums of
// s_k − s_A with compensated arithmetic (see [window]), so that they lose
// nothing to cancellation however large the values are next to p − q; they are scaled by a power of two first when a sum of m
// terms of the size of p could overflow.
//
// The usual, U-shape, V-shape and level functions are special cases:
// usual has q = p = 0, U-shape p = q, V-shape q = 0, and level has the
// constant 1/2 in the window instead of the linear part.
func (sf *sortedFlows) criterion(pos, neg, uni []float64, m *DecisionMatrix, j int, p Preference, w float64) {
	sf.compute(m, j, p)
	sf.apply(pos, neg, uni, m, j, w)
}

// compute stores P⁺_j(a) and P⁻_j(a) of every alternative a in sf.out,
// bucketed by alternative (see [sortedFlows.criterion]).
func (sf *sortedFlows) compute(m *DecisionMatrix, j int, p Preference) {
	rows, _ := m.Dims()
	sf.sort(m, j)
	vals, idx, recs := sf.vals[:rows], sf.idx[:rows], sf.recs[:rows]

	var q, pp float64 // window (q, pp]
	linear := false
	switch p.Function {
	case PreferenceUShape:
		q, pp = p.Q, p.Q
	case PreferenceVShape:
		pp, linear = p.P, true
	case PreferenceLevel:
		q, pp = p.Q, p.P
	case PreferenceLinear:
		q, pp, linear = p.Q, p.P, true
	}
	width := pp - q // as the pairwise path rounds it
	// The terms of the window sums are at most about p: scale them by a
	// power of two when a sum of m of them could overflow (p is then so
	// large that a value scaled below the subnormal range is negligible).
	sigma, unsigma := 1.0, 1.0
	if pp > math.MaxFloat64/float64(8*rows) {
		e := bits.Len(uint(rows)) + 3
		sigma, unsigma = math.Ldexp(1, -e), math.Ldexp(1, e)
	}
	qs := q * sigma

	// up is the window [A, B) of the alternatives b with q < d(a, b) <= p
	// and down the window [C, D) of those with q < d(b, a) <= p; [0, A)
	// and [D, m) are the alternatives a is fully preferred to and those
	// fully preferred to a. next[b] is where the result of the next
	// alternative of bucket b goes.
	up := window{vals: vals, sigma: sigma, linear: linear}
	down := up
	for r, x := range vals {
		for up.hi < rows && x-vals[up.hi] > q {
			up.push()
		}
		for up.lo < rows && x-vals[up.lo] > pp {
			up.pop()
		}
		for down.hi < rows && !(vals[down.hi]-x > pp) {
			down.push()
		}
		for down.lo < rows && !(vals[down.lo]-x > q) {
			down.pop()
		}
		plus, minus := float64(up.lo), float64(rows-down.hi)
		if k := up.hi - up.lo; k > 0 {
			if linear {
				// Σ_{[A,B)} (x − s_k − q) = k·(x − s_A − q) − Σ (s_k − s_A),
				// terms of at most about k·p that cancel to at most
				// k·(p − q): the error is that of the pairwise path's
				// x − s_k − q.
				t := float64(k)*(x*sigma-vals[up.lo]*sigma-qs) - up.sum.value()
				plus += t / width * unsigma
			} else {
				plus += 0.5 * float64(k)
			}
		}
		if k := down.hi - down.lo; k > 0 {
			if linear {
				// Σ_{[C,D)} (s_k − x − q) = Σ (s_k − s_C) + k·(s_C − x − q).
				t := down.sum.value() + float64(k)*(vals[down.lo]*sigma-x*sigma-qs)
				minus += t / width * unsigma
			} else {
				minus += 0.5 * float64(k)
			}
		}
		recs[r] = flowRec{idx[r], plus, minus}
	}
	sf.bucket(rows)
}

// bucket sorts the results in sf.recs, in the order of the values, into
// buckets of recBucket alternatives (each bucket's slots are known, since
// every alternative has one result), so that apply adds them to the flows
// one bucket at a time and no addition misses the cache.
func (sf *sortedFlows) bucket(rows int) {
	sf.out = sf.recs[:rows]
	if rows <= recBucket {
		return
	}
	if cap(sf.recs2) < rows {
		sf.recs2 = make([]flowRec, rows)
	}
	out := sf.recs2[:rows]
	nb := (rows + recBucket - 1) / recBucket
	if cap(sf.next) < nb {
		sf.next = make([]int, nb)
	}
	next := sf.next[:nb]
	for b := range next {
		next[b] = b * recBucket
	}
	for _, r := range sf.recs[:rows] {
		b := r.a / recBucket
		out[next[b]] = r
		next[b]++
	}
	sf.out = out
}

// apply adds w·P⁺_j(a) to pos[a] and w·P⁻_j(a) to neg[a] from the results
// of compute and, when uni is not nil, stores φ_j(a) in uni[a·n+j].
func (sf *sortedFlows) apply(pos, neg, uni []float64, m *DecisionMatrix, j int, w float64) {
	rows, n := m.Dims()
	scale := 1 / float64(rows-1)
	for _, r := range sf.out {
		if w != 0 {
			pos[r.a] += w * r.plus
			neg[r.a] += w * r.minus
		}
		if uni != nil {
			uni[int(r.a)*n+j] = (r.plus - r.minus) * scale
		}
	}
}

// sortedJob is a round of criteria of the sorted path, computed in
// parallel, one scratch space each.
type sortedJob struct {
	pr   *PROMETHEE
	m    *DecisionMatrix
	crit []int
}

func (job *sortedJob) runBlock(b int) {
	j := job.crit[b]
	job.pr.srts[b].compute(job.m, j, job.pr.prefs[j])
}

// A window is a run [lo, hi) of the sorted values s_k and, for the linear
// functions, the sum of s_k − s_lo over it. Its terms are at most about
// p − q, whatever the size of the values, and it is kept as a cascaded
// compensated sum, hi + lo with the rounding errors of every step gathered
// in lo (Ogita, Rump & Oishi, 2005, "Accurate sum and dot product", SIAM
// Journal on Scientific Computing 26(6):1955-1988, algorithm Sum2): after
// N steps its error is at most u·|Σ| + γ_N²·Σ|terms|, with γ_N = N·u/(1 − N·u),
// negligible next to the rounding of the pairwise path's own sums.
type window struct {
	vals   []float64
	sigma  float64
	linear bool
	lo, hi int
	sum    dd // Σ_{k∈[lo,hi)} (s_k − s_lo)·σ
}

// push widens the window by s_hi.
func (w *window) push() {
	if w.linear && w.hi > w.lo {
		// s_hi − s_lo = d + e exactly.
		d, e := twoSum(w.vals[w.hi]*w.sigma, -w.vals[w.lo]*w.sigma)
		h, e2 := twoSum(w.sum.hi, d)
		w.sum.hi, w.sum.lo = h, w.sum.lo+(e+e2)
	}
	w.hi++
}

// pop narrows the window by s_lo, and moves the sum onto the new s_lo:
// Σ (s_k − s_{lo+1}) = Σ (s_k − s_lo) − (hi − lo − 1)·(s_{lo+1} − s_lo).
func (w *window) pop() {
	w.lo++
	switch {
	case w.lo >= w.hi:
		w.hi = w.lo
		w.sum = dd{}
	case w.linear:
		// s_{lo+1} − s_lo = d + e and k·d = p + pe exactly.
		k := float64(w.hi - w.lo)
		d, e := twoSum(w.vals[w.lo]*w.sigma, -w.vals[w.lo-1]*w.sigma)
		p := k * d
		pe := math.FMA(k, d, -p)
		h, e2 := twoSum(w.sum.hi, -p)
		w.sum.hi, w.sum.lo = h, w.sum.lo+(e2-pe-k*e)
	}
}

// dd is an unevaluated sum hi + lo.
type dd struct{ hi, lo float64 }

// value returns s rounded to a float64.
func (s dd) value() float64 { return s.hi + s.lo }

// twoSum returns s = fl(a + b) and the error e, a + b = s + e exactly
// (Knuth).
func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return s, e
}

// pairwiseBlock is the number of alternatives in a block of the pairwise
// path: small, so that the blocks of an O(m²) loop spread evenly over the
// workers even for a few thousand alternatives.
const pairwiseBlock = 64

// pairwiseJob is a call of the pairwise path in progress.
type pairwiseJob struct {
	ctx      context.Context
	pr       *PROMETHEE
	pos, neg []float64
	uni      []float64
	cols     []float64 // the oriented columns of the criteria in crit, one after the other
	crit     []int
	rows, n  int
}

// pairwiseFlows adds to pos and neg the flows of the criteria in crit
// (before the scaling by 1/(m − 1)) and stores their unicriterion net
// flows in uni if it is not nil, comparing every pair of alternatives. It
// returns a [*SizeError] before the work when m·m exceeds MaxPairs.
// Each alternative's sums depend on its row alone, and its criteria are
// added in column order, so the result does not depend on Workers.
func (pr *PROMETHEE) pairwiseFlows(ctx context.Context, pos, neg, uni []float64, m *DecisionMatrix, crit []int) error {
	rows, n := m.Dims()
	if err := CheckPairs("promethee", rows, pr.MaxPairs, 0, prometheeInstead); err != nil {
		return err
	}
	pr.cols = grow(pr.cols, rows*len(crit))
	for c, j := range crit {
		sign := 1.0
		if m.criteria[j].Objective == ObjectiveCost {
			sign = -1
		}
		col := pr.cols[c*rows : (c+1)*rows]
		for i := range col {
			col[i] = sign * m.data[i*n+j]
		}
	}
	job := &pr.job
	*job = pairwiseJob{ctx: ctx, pr: pr, pos: pos, neg: neg, uni: uni, cols: pr.cols, crit: crit, rows: rows, n: n}
	blocks := (rows + pairwiseBlock - 1) / pairwiseBlock
	if pr.Workers > 1 && blocks > 1 {
		if pr.par.tm == nil {
			pr.par.tm = new(team)
		}
		pr.par.tm.run(pr.Workers, blocks, job)
	} else {
		for b := range blocks {
			job.runBlock(b)
		}
	}
	*job = pairwiseJob{}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("mcda: promethee: %w", err)
	}
	return nil
}

func (job *pairwiseJob) runBlock(blk int) {
	if job.ctx.Err() != nil {
		return
	}
	rows, n := job.rows, job.n
	scale := 1 / float64(rows-1)
	for a := blk * pairwiseBlock; a < min((blk+1)*pairwiseBlock, rows); a++ {
		for c, j := range job.crit {
			p := job.pr.prefs[j]
			col := job.cols[c*rows : (c+1)*rows]
			x := col[a]
			var plus, minus float64
			for _, y := range col {
				switch d := x - y; {
				case d > 0:
					plus += p.degree(d)
				case d < 0:
					minus += p.degree(-d)
				}
			}
			if w := job.pr.w[j]; w != 0 {
				job.pos[a] += w * plus
				job.neg[a] += w * minus
			}
			if job.uni != nil {
				job.uni[a*n+j] = (plus - minus) * scale
			}
		}
	}
}
