package robust

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/balancer-mcda/balancer/mcda"
)

// Defaults of [SensitivityOptions].
const (
	DefaultTolerance  = 1e-9
	DefaultGridPoints = 201
	maxGridPoints     = 1 << 20
)

// SensitivityOptions configure [Sensitivity]. The zero value means the
// defaults.
type SensitivityOptions struct {
	// Tolerance is the width to which breakpoints found by bisection are
	// located: a reported breakpoint lies within Tolerance/2 of the true
	// one. Breakpoints closer together than Tolerance are reported as one.
	// It must be in (0, 0.01]; zero means DefaultTolerance (1e-9).
	Tolerance float64
	// GridPoints is the number of evenly spaced weights, 0 and 1 included,
	// at which the scores are evaluated for the curves and, for methods
	// without a closed form, to bracket the breakpoints. It must be at
	// least 2 and at most 2²⁰; zero means DefaultGridPoints (201).
	GridPoints int
}

func (o SensitivityOptions) withDefaults() (SensitivityOptions, error) {
	if o.Tolerance == 0 {
		o.Tolerance = DefaultTolerance
	}
	if o.GridPoints == 0 {
		o.GridPoints = DefaultGridPoints
	}
	if !(o.Tolerance > 0 && o.Tolerance <= 0.01) {
		return o, fmt.Errorf("robust: sensitivity: tolerance %v not in (0, 0.01]: %w", o.Tolerance, mcda.ErrParameter)
	}
	if o.GridPoints < 2 || o.GridPoints > maxGridPoints {
		return o, fmt.Errorf("robust: sensitivity: %d grid points not in [2, %d]: %w", o.GridPoints, maxGridPoints, mcda.ErrParameter)
	}
	return o, nil
}

// An Interval is a closed interval [Lo, Hi] of a criterion's weight.
type Interval struct {
	Lo, Hi float64
}

// Contains reports whether Lo <= w <= Hi.
func (iv Interval) Contains(w float64) bool { return iv.Lo <= w && w <= iv.Hi }

// Relation is the standing of one alternative relative to another in a
// ranking. Its zero value is invalid.
type Relation int

const (
	Ahead  Relation = iota + 1 // strictly better ranked
	Tied                       // same rank
	Behind                     // strictly worse ranked
)

// String returns "ahead", "tied", "behind" or "Relation(n)".
func (r Relation) String() string {
	switch r {
	case Ahead:
		return "ahead"
	case Tied:
		return "tied"
	case Behind:
		return "behind"
	}
	return fmt.Sprintf("Relation(%d)", int(r))
}

// relation returns a's standing relative to b under competition ranks.
func relation(ranks []int, a, b int) Relation {
	switch {
	case ranks[a] < ranks[b]:
		return Ahead
	case ranks[a] > ranks[b]:
		return Behind
	}
	return Tied
}

// A PairChange records two alternatives whose relative standing differs
// between two rankings: Before is A's standing relative to B in the first
// ranking (below a breakpoint, or in the original problem) and After in
// the second.
type PairChange struct {
	A, B          int // 0-based alternative indices, A < B
	Before, After Relation
}

// Reversed reports whether the order of the pair is reversed: A strictly
// ahead of B became strictly behind it, or the other way round. Changes
// from or to a tie are not reversals.
func (c PairChange) Reversed() bool {
	return c.Before != Tied && c.After != Tied && c.Before != c.After
}

// pairChanges returns the pairs whose relation differs between the
// competition ranks before and after, ordered by A then B. Only pairs with
// an alternative whose rank moved can change, so only those are compared.
func pairChanges(before, after []int) []PairChange {
	var moved []int
	for i := range before {
		if before[i] != after[i] {
			moved = append(moved, i)
		}
	}
	var out []PairChange
	for _, a := range moved {
		for b := range before {
			if b == a || (b < a && before[b] != after[b]) {
				continue // the pair is met with b as the moved one, or is a itself
			}
			x, y := min(a, b), max(a, b)
			if rb, ra := relation(before, x, y), relation(after, x, y); rb != ra {
				out = append(out, PairChange{A: x, B: y, Before: rb, After: ra})
			}
		}
	}
	slices.SortFunc(out, func(p, q PairChange) int {
		return cmp.Or(cmp.Compare(p.A, q.A), cmp.Compare(p.B, q.B))
	})
	return out
}

// A Breakpoint is a weight of one criterion at which the ranking changes:
// the rankings just below and just above it differ.
type Breakpoint struct {
	// Weight is the criterion's normalized weight at the change: exact up
	// to rounding for the closed form, within Tolerance/2 otherwise.
	Weight float64
	// Ranks and Order are the competition ranks (1 = best) and the
	// best-first order just above the breakpoint, as computed by
	// mcda.RankScores.
	Ranks, Order []int
	// Changes lists the pairs whose relative standing differs between just
	// below and just above the breakpoint.
	Changes []PairChange
}

// A Curve samples the scores along a criterion's weight path.
type Curve struct {
	Weights []float64   // the criterion's weight at each grid point, from 0 to 1
	Scores  [][]float64 // Scores[g][i] is alternative i's score at Weights[g]
}

// CriterionSensitivity is the outcome of moving one criterion's weight.
type CriterionSensitivity struct {
	Criterion string  // the criterion's name
	Weight    float64 // its current normalized weight
	// Exact reports whether the breakpoints come from the closed form.
	Exact bool
	// Breakpoints lists the weights in (0, 1) at which the ranking
	// changes, in increasing order.
	Breakpoints []Breakpoint
	// FirstStable is the largest interval containing Weight within which
	// the alternative ranked first at the current weights (the first of
	// the current order) keeps rank 1, tied or not.
	FirstStable Interval
	// RankingStable is the largest interval containing Weight within which
	// the ranks are those at the current weights. It is [Weight, Weight]
	// when the current ranking holds only at the current weight, as when
	// a tie at the current weights is broken by any change of this weight.
	RankingStable Interval
	// Curve holds the scores at the grid points.
	Curve Curve
}

// PathWeights stores in dst the weights at position t of criterion j's
// weight path through w and returns dst; a nil dst is allocated. With
// w normalized to sum to 1 (it is normalized first),
//
//	w_j(t) = t,   w_k(t) = w_k·(1 − t)/(1 − w_j)   for k ≠ j,
//
// so the other criteria keep their proportions. When w_j = 1 the others
// share 1 − t equally. The path passes through w at t = w_j. Values of t
// outside [0, 1] give negative weights.
//
// It returns an error wrapping [mcda.ErrParameter] for a t that is NaN or
// infinite, and a [*mcda.CriterionError] wrapping [mcda.ErrWeight] for a
// weight that is negative, NaN or infinite, or weights that are all zero.
// It panics if dst is not nil and len(dst) != len(w), or if j is
// out of range.
func PathWeights(dst, w []float64, j int, t float64) ([]float64, error) {
	n := len(w)
	if dst == nil {
		dst = make([]float64, n)
	} else if len(dst) != n {
		panic("robust: PathWeights: dst has the wrong length")
	}
	if uint(j) >= uint(n) {
		panic("robust: PathWeights: criterion index out of range")
	}
	if math.IsNaN(t) || math.IsInf(t, 0) {
		return nil, fmt.Errorf("robust: path weights: t = %v: %w", t, mcda.ErrParameter)
	}
	big := 0.0
	for k, v := range w {
		if !(v >= 0) || math.IsInf(v, 0) {
			return nil, &mcda.CriterionError{Index: k, Err: fmt.Errorf("path weights: %v: %w", v, mcda.ErrWeight)}
		}
		big = max(big, v)
	}
	if big == 0 {
		return nil, &mcda.CriterionError{Index: -1, Err: fmt.Errorf("path weights sum to 0: %w", mcda.ErrWeight)}
	}
	// Scaled by the largest weight, so that the sum cannot overflow.
	sum := 0.0
	for _, v := range w {
		sum += v / big
	}
	rest := sum - w[j]/big // Σ_{k≠j} w_k, unnormalized
	for k, v := range w {
		switch {
		case k == j:
			dst[k] = t
		case rest > 0:
			dst[k] = (1 - t) * (v / big / rest) // v/big/rest <= 1: no overflow for any finite t
		default:
			dst[k] = (1 - t) / float64(n-1)
		}
	}
	return dst, nil
}

// A PathError records a method's failure, or a non-finite score, at one
// point of a criterion's weight path.
type PathError struct {
	Criterion int     // 0-based index of the criterion whose weight moves
	Name      string  // its name
	Weight    float64 // the criterion's weight at the failure
	Err       error   // the method's error, or one wrapping mcda.ErrNotFinite
}

func (e *PathError) Error() string {
	return fmt.Sprintf("robust: criterion %d (%q) at weight %v: %v", e.Criterion, e.Name, e.Weight, e.Err)
}

// Unwrap returns the cause.
func (e *PathError) Unwrap() error { return e.Err }

// Sensitivity analyses the ranking method produces on m under changes of one
// criterion's weight at a time, returning one result per criterion in
// column order.
//
// Criterion j's weight t runs over [0, 1] along the path of [PathWeights]
// from m's normalized weights; the method ranks m with the weights of each
// point (rankings as by mcda.RankScores). A breakpoint is a t in (0, 1) at
// which the rankings just below and just above differ.
//
// For *mcda.WSM, whatever its normalization, the normalized values do not
// depend on the weights and every score is affine along the path,
//
//	S_i(t) = (1 − t)·S_i(0) + t·S_i(1),
//
// so the breakpoints are the crossings t = d_0/(d_0 − d_1) of the lines of
// two alternatives whose score differences d_0 at t = 0 and d_1 at t = 1
// have opposite signs (parallel or identical lines never cross), kept where
// the ranking actually changes. This covers the distributive synthesis of an
// AHP model (see the package documentation). Crossings closer together
// than Tolerance are reported as one breakpoint.
//
// For any other method the rankings are compared at opt.GridPoints evenly
// spaced weights and at the current weight; every grid interval whose ends
// rank differently is bisected, and subdivided wherever its midpoint ranks
// differently from both ends, until each change is isolated in an interval
// of width at most opt.Tolerance. A pair of changes closer together than
// the grid spacing that restore the same ranking, such as two alternatives
// crossing twice, is not seen.
//
// Changes within Tolerance of 0 or 1 are not breakpoints: they are, as a
// rule, ties at an end of the path (two alternatives equal on every
// criterion but j tie at t = 0) that any move away from the end breaks.
//
// With a single criterion every point of the path normalizes to the same
// weights, so there are no breakpoints, both intervals are [0, 1] and the
// curve is constant.
//
// It returns an error wrapping mcda.ErrParameter for invalid options, and a
// [*PathError] if the method fails or returns a non-finite score at some
// point of a path.
func Sensitivity(method mcda.Method, m *mcda.DecisionMatrix, opt SensitivityOptions) ([]CriterionSensitivity, error) {
	opt, err := opt.withDefaults()
	if err != nil {
		return nil, err
	}
	_, n := m.Dims()
	p := &path{
		method: method,
		m:      m,
		w:      m.Weights(nil),
		tol:    opt.Tolerance,
		hib:    method.HigherIsBetter(),
	}
	_, p.isWSM = method.(*mcda.WSM)
	out := make([]CriterionSensitivity, n)
	for j := range out {
		p.j = j
		var err error
		switch {
		case n == 1:
			err = p.single(&out[j], opt.GridPoints)
		case p.isWSM:
			err = p.closedForm(&out[j], opt.GridPoints)
		default:
			err = p.bisection(&out[j], opt.GridPoints)
		}
		if err != nil {
			return nil, err
		}
		out[j].Criterion = m.Criterion(j).Name
		out[j].Weight = p.w[j]
	}
	return out, nil
}

// path evaluates a method along criterion j's weight path.
type path struct {
	method mcda.Method
	m      *mcda.DecisionMatrix
	w      []float64 // normalized current weights
	j      int
	tol    float64
	hib    bool
	isWSM  bool
	wt     []float64            // scratch weights
	dm     *mcda.DecisionMatrix // scratch matrix, a variant of m
	rk     mcda.Ranker
}

// state is a ranking: competition ranks and best-first order.
type state struct {
	ranks, order []int
	scores       []float64 // the scores ranked, where bisection needs them
}

// eval stores in dst the scores at weight t of the current path.
func (p *path) eval(dst []float64, t float64) error {
	if len(p.wt) != len(p.w) {
		p.wt = make([]float64, len(p.w))
	}
	if _, err := PathWeights(p.wt, p.w, p.j, t); err != nil {
		return err
	}
	mm, err := p.m.Variant(p.dm, nil, p.wt)
	if mm != nil {
		p.dm = mm
	}
	if err == nil {
		_, err = p.method.Scores(dst, mm)
	}
	if err == nil {
		for i, s := range dst {
			if math.IsNaN(s) || math.IsInf(s, 0) {
				err = &mcda.AlternativeError{Index: i, Name: p.m.Alternative(i),
					Err: fmt.Errorf("%s score %v: %w", p.method.Name(), s, mcda.ErrNotFinite)}
				break
			}
		}
	}
	if err != nil {
		return &PathError{Criterion: p.j, Name: p.m.Criterion(p.j).Name, Weight: t, Err: err}
	}
	return nil
}

// rank returns the ranking of scores.
func (p *path) rank(scores []float64) state {
	r, o := make([]int, len(scores)), make([]int, len(scores))
	p.rk.Rank(r, o, scores, p.hib)
	return state{ranks: r, order: o}
}

// rankAt returns the ranking at weight t.
func (p *path) rankAt(t float64) (state, error) {
	rows, _ := p.m.Dims()
	sc := make([]float64, rows)
	if err := p.eval(sc, t); err != nil {
		return state{}, err
	}
	st := p.rank(sc)
	st.scores = sc
	return st, nil
}

// grid returns g evenly spaced points from 0 to 1.
func grid(g int) []float64 {
	ts := make([]float64, g)
	for k := range ts {
		ts[k] = float64(k) / float64(g-1) // exactly 1 at k = g-1
	}
	return ts
}

// single fills s for a problem with one criterion.
func (p *path) single(s *CriterionSensitivity, g int) error {
	rows, _ := p.m.Dims()
	scores := make([]float64, rows)
	if err := p.eval(scores, 1); err != nil { // the only weights: w_0 = 1
		return err
	}
	s.Exact = p.isWSM
	s.FirstStable = Interval{0, 1}
	s.RankingStable = Interval{0, 1}
	s.Curve.Weights = grid(g)
	s.Curve.Scores = make([][]float64, g)
	for k := range s.Curve.Scores {
		s.Curve.Scores[k] = slices.Clone(scores)
	}
	return nil
}

// closedForm fills s for a weighted sum model from its affine scores.
func (p *path) closedForm(s *CriterionSensitivity, g int) error {
	rows, _ := p.m.Dims()
	s0 := make([]float64, rows)
	s1 := make([]float64, rows)
	if err := p.eval(s0, 0); err != nil {
		return err
	}
	if err := p.eval(s1, 1); err != nil {
		return err
	}
	at := func(dst []float64, t float64) []float64 {
		for i := range dst {
			dst[i] = (1-t)*s0[i] + t*s1[i]
		}
		return dst
	}
	var cross []float64
	for i := 0; i < rows; i++ {
		for k := i + 1; k < rows; k++ {
			d0, d1 := s0[i]-s0[k], s1[i]-s1[k]
			if (d0 > 0 && d1 < 0) || (d0 < 0 && d1 > 0) {
				if t := d0 / (d0 - d1); t >= p.tol && t <= 1-p.tol {
					cross = append(cross, t)
				}
			}
		}
	}
	slices.Sort(cross)
	// Group crossings closer than the tolerance.
	var pts []float64
	for a := 0; a < len(cross); {
		b := a + 1
		for b < len(cross) && cross[b]-cross[b-1] <= p.tol {
			b++
		}
		pts = append(pts, (cross[a]+cross[b-1])/2)
		a = b
	}
	// Rank every segment between candidate points at its midpoint, and keep
	// the candidates across which the ranking changes.
	buf := make([]float64, rows)
	edge := func(k int) float64 { // k-th segment boundary: 0, pts..., 1
		switch {
		case k == 0:
			return 0
		case k > len(pts):
			return 1
		}
		return pts[k-1]
	}
	segs := make([]state, len(pts)+1)
	for k := range segs {
		segs[k] = p.rank(at(buf, (edge(k)+edge(k+1))/2))
	}
	var bps []Breakpoint
	kept := []state{segs[0]}
	for k, t := range pts {
		if slices.Equal(segs[k].ranks, segs[k+1].ranks) {
			continue
		}
		bps = append(bps, Breakpoint{Weight: t, Ranks: segs[k+1].ranks, Order: segs[k+1].order,
			Changes: pairChanges(segs[k].ranks, segs[k+1].ranks)})
		kept = append(kept, segs[k+1])
	}
	wj := p.w[p.j]
	cur := p.rank(at(buf, wj))
	s.Exact = true
	s.Breakpoints = bps
	s.FirstStable, s.RankingStable = intervals(wj, bps, kept, cur)
	s.Curve.Weights = grid(g)
	s.Curve.Scores = make([][]float64, g)
	for k, t := range s.Curve.Weights {
		s.Curve.Scores[k] = at(make([]float64, rows), t)
	}
	return nil
}

// transition is a change of ranking isolated in [lo, hi].
type transition struct {
	lo, hi       float64
	below, above state
}

// bisection fills s for a method without a closed form.
func (p *path) bisection(s *CriterionSensitivity, g int) error {
	wj := p.w[p.j]
	ts := grid(g)
	s.Curve.Weights = ts
	s.Curve.Scores = make([][]float64, g)
	var cur state
	pts := make([]float64, 0, g+1)
	sts := make([]state, 0, g+1)
	for k, t := range ts {
		if k > 0 && ts[k-1] < wj && wj < t {
			st, err := p.rankAt(wj)
			if err != nil {
				return err
			}
			pts, sts, cur = append(pts, wj), append(sts, st), st
		}
		st, err := p.rankAt(t)
		if err != nil {
			return err
		}
		s.Curve.Scores[k] = st.scores
		if t == wj {
			cur = st
		}
		pts, sts = append(pts, t), append(sts, st)
	}
	var trs []transition
	for k := 1; k < len(pts); k++ {
		if !slices.Equal(sts[k-1].ranks, sts[k].ranks) {
			if err := p.refine(&trs, pts[k-1], pts[k], sts[k-1], sts[k], true); err != nil {
				return err
			}
		}
	}
	// Merge changes closer than the tolerance (such as a tie met and broken
	// within it) and drop those that restore the ranking they left.
	var bps []Breakpoint
	kept := []state{sts[0]}
	for a := 0; a < len(trs); {
		b := a + 1
		for b < len(trs) && trs[b].lo-trs[b-1].hi <= p.tol {
			b++
		}
		below, above := trs[a].below, trs[b-1].above
		atEnd := trs[a].lo == 0 || trs[b-1].hi == 1
		if atEnd && trs[a].lo == 0 {
			kept[0] = above // the ranking at 0 holds only there
		}
		if !atEnd && !slices.Equal(below.ranks, above.ranks) {
			bps = append(bps, Breakpoint{Weight: (trs[a].lo + trs[b-1].hi) / 2, Ranks: above.ranks, Order: above.order,
				Changes: pairChanges(below.ranks, above.ranks)})
			kept = append(kept, above)
		}
		a = b
	}
	s.Breakpoints = bps
	s.FirstStable, s.RankingStable = intervals(wj, bps, kept, cur)
	return nil
}

// refine appends to trs the changes of ranking in [lo, hi], whose ends rank
// as below and above, in increasing order.
//
// It halves the interval, recursing into each half whose ends rank
// differently. Where the ends differ only by two alternatives swapping
// places it splits instead at the root of the secant of their score
// difference, kept at least Tolerance/2 inside the interval so that the
// interval closes around the root; whenever such a split fails to halve the
// interval the next split is a halving, so convergence is never slower than
// twice that of bisection.
func (p *path) refine(trs *[]transition, lo, hi float64, below, above state, secant bool) error {
	if hi-lo <= p.tol {
		*trs = append(*trs, transition{lo, hi, below, above})
		return nil
	}
	mid, used := lo+(hi-lo)/2, false
	if secant {
		if t, ok := p.secant(lo, hi, below, above); ok {
			mid, used = t, true
		}
	}
	if mid <= lo || mid >= hi {
		*trs = append(*trs, transition{lo, hi, below, above})
		return nil
	}
	st, err := p.rankAt(mid)
	if err != nil {
		return err
	}
	// After a secant split that kept more than half of the interval on the
	// side still to search, halve next time.
	next := func(a, b float64) bool { return !used || b-a <= (hi-lo)/2 }
	if !slices.Equal(below.ranks, st.ranks) {
		if err := p.refine(trs, lo, mid, below, st, next(lo, mid)); err != nil {
			return err
		}
	}
	if !slices.Equal(st.ranks, above.ranks) {
		return p.refine(trs, mid, hi, st, above, next(mid, hi))
	}
	return nil
}

// secant returns the point at which to split [lo, hi] when its ends rank
// as below and above and differ by a single pair of alternatives changing
// places: the root of the straight line through their score differences,
// moved to at least Tolerance/2 from either end. It reports false when the
// ends differ otherwise.
func (p *path) secant(lo, hi float64, below, above state) (float64, bool) {
	if below.scores == nil || above.scores == nil {
		return 0, false
	}
	a, b := -1, -1
	for i := range below.ranks {
		if below.ranks[i] != above.ranks[i] {
			switch {
			case a < 0:
				a = i
			case b < 0:
				b = i
			default:
				return 0, false
			}
		}
	}
	if b < 0 {
		return 0, false
	}
	f0 := below.scores[a] - below.scores[b]
	f1 := above.scores[a] - above.scores[b]
	if !(f0 < 0 && f1 > 0 || f0 > 0 && f1 < 0) {
		return 0, false
	}
	t := lo + (hi-lo)*(f0/(f0-f1))
	return min(max(t, lo+p.tol/2), hi-p.tol/2), true
}

// intervals returns the intervals around w within which the first
// alternative of cur keeps rank 1 and within which the ranks stay cur's.
// segs[k] is the ranking between breakpoints k-1 and k (between 0 and the
// first breakpoint for k = 0, the last one and 1 for k = len(bps)).
func intervals(w float64, bps []Breakpoint, segs []state, cur state) (first, ranking Interval) {
	lower := func(k int) float64 { // lower edge of segment k
		if k == 0 {
			return 0
		}
		return bps[k-1].Weight
	}
	upper := func(k int) float64 { // upper edge of segment k
		if k == len(bps) {
			return 1
		}
		return bps[k].Weight
	}
	// Segments sl and sr hold the weights just below and just above w.
	sl, _ := slices.BinarySearchFunc(bps, w, func(b Breakpoint, w float64) int { return cmp.Compare(b.Weight, w) })
	sr := sl
	if sr < len(bps) && bps[sr].Weight == w {
		sr++
	}
	if sl == sr && slices.Equal(segs[sl].ranks, cur.ranks) {
		ranking = Interval{lower(sl), upper(sl)}
	} else {
		ranking = Interval{w, w}
	}
	best := cur.order[0]
	first = Interval{0, 1}
	for k := sr; k < len(segs); k++ {
		if segs[k].ranks[best] != 1 {
			first.Hi = max(lower(k), w)
			break
		}
	}
	for k := sl; k >= 0; k-- {
		if segs[k].ranks[best] != 1 {
			first.Lo = min(upper(k), w)
			break
		}
	}
	return first, ranking
}

// A Challenger is an alternative that is not ranked first, with the
// smallest change of the weights that lets it catch up with the first.
type Challenger struct {
	Alternative int    // 0-based index
	Name        string // its name
	// Change is the smallest total absolute change Σ_k |w'_k − w_k| of the
	// normalized weights after which the alternative scores at least as
	// much as the first-ranked one; 0 if it already ties, +Inf if no
	// weights do.
	Change float64
	// Weights are the normalized weights w' that attain Change; nil when
	// Change is +Inf.
	Weights []float64
}

// MinimumChange returns, for every alternative other than the first-ranked
// one of the weighted sum model s on m, the smallest change of the
// normalized weight vector, in total absolute change Σ_k |Δw_k|, after
// which it scores at least as much as the current first (the first of the
// order of mcda.Rank), with the weights staying in the simplex (w' >= 0,
// Σ w' = 1). The challengers come in the current best-first order. The
// smallest change that puts some other alternative first is the least of
// their changes. Ranking the new weights, another alternative may overtake
// both; only the pair is considered. A nil s means the zero mcda.WSM.
//
// For AHP models use s = &mcda.WSM{Normalization: mcda.SumNormalization}
// on the model's decision matrix (see the package documentation).
//
// # Method
//
// With the normalized values r_ik, which WSM computes without the weights,
// let d_k = r_ck − r_Lk be the challenger c's advantage over the leader L on
// criterion k and g = Σ_k w_k·d_k < 0 its current deficit. The problem is
// the linear program
//
//	minimize Σ_k |Δ_k|  subject to  Σ_k (w_k + Δ_k)·d_k >= 0,  Σ_k Δ_k = 0,  w_k + Δ_k >= 0.
//
// Write Δ = Δ⁺ − Δ⁻ with disjoint supports and s = Σ Δ⁺ = Σ Δ⁻, so that
// the change is 2s. For a given s the gain Σ Δ_k·d_k is at most
// s·d_max − Σ Δ⁻_k·d_k, attained by putting all added mass on a criterion
// k* with the largest advantage d_max, and Σ Δ⁻_k·d_k with Δ⁻_k ≤ w_k is
// smallest when mass is taken from the criteria of smallest advantage first
// (a fractional knapsack): taking from k gains d_max − d_k per unit. The
// greatest gain G(s) is therefore increasing and piecewise linear, and the
// optimum is the least s with G(s) >= −g, which the greedy transfer finds.
// Taking every other criterion's weight gives the largest possible gain,
// d_max − g, so a solution exists exactly when d_max >= 0: otherwise the
// leader is better on every criterion after normalization and Change is
// +Inf.
//
// The errors are those of s.Scores on m.
func MinimumChange(m *mcda.DecisionMatrix, s *mcda.WSM) ([]Challenger, error) {
	if s == nil {
		s = &mcda.WSM{}
	}
	rows, n := m.Dims()
	w := m.Weights(nil)
	scores, err := s.Scores(nil, m)
	if err != nil {
		return nil, err
	}
	ranks, order := mcda.RankScores(nil, nil, scores, true)
	// r[k][i] = r_ik: the scores with all the weight on criterion k.
	r := make([][]float64, n)
	unit := make([]float64, n)
	for k := range r {
		clear(unit)
		unit[k] = 1
		mk, err := m.WithWeights(unit)
		if err != nil {
			return nil, err
		}
		if r[k], err = s.Scores(nil, mk); err != nil {
			return nil, err
		}
	}
	leader := order[0]
	d := make([]float64, n)
	idx := make([]int, n)
	out := make([]Challenger, 0, rows-1)
	for _, c := range order[1:] {
		ch := Challenger{Alternative: c, Name: m.Alternative(c)}
		if ranks[c] == 1 {
			ch.Weights = slices.Clone(w)
			out = append(out, ch)
			continue
		}
		star, gap := 0, 0.0
		for k := range d {
			d[k] = r[k][c] - r[k][leader]
			gap += w[k] * d[k]
			if d[k] > d[star] {
				star = k
			}
		}
		if !(d[star] >= 0) {
			ch.Change = math.Inf(1)
			out = append(out, ch)
			continue
		}
		need := max(-gap, 0)
		for k := range idx {
			idx[k] = k
		}
		slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(d[a], d[b]) })
		nw := slices.Clone(w)
		moved := 0.0
		for _, k := range idx {
			if need <= 0 {
				break
			}
			rate := d[star] - d[k]
			if k == star || rate <= 0 || w[k] == 0 {
				continue
			}
			x := w[k]
			if gain := w[k] * rate; gain > need {
				x = need / rate
				need = 0
			} else {
				need -= gain
			}
			nw[k] -= x
			moved += x
		}
		nw[star] += moved
		ch.Change = 2 * moved
		ch.Weights = nw
		out = append(out, ch)
	}
	return out, nil
}
