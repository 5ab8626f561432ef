package robust

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"slices"

	"github.com/balancer-mcda/balancer/mcda"
)

// Defaults of [SensitivityOptions].
const (
	DefaultBreakpointTolerance = 1e-9
	DefaultGridPoints          = 201
	DefaultMaxBreakpoints      = 100_000
	maxGridPoints              = 1 << 20
)

// SensitivityOptions configure [Sensitivity]. The zero value means the
// defaults: the whole ranking, at most DefaultMaxBreakpoints breakpoints
// per criterion, no curves.
type SensitivityOptions struct {
	// Tolerance is the width to which breakpoints found by bisection are
	// located: a reported breakpoint lies within Tolerance/2 of the true
	// one. It must be in (0, 0.01]; zero means DefaultBreakpointTolerance (1e-9).
	Tolerance float64
	// GridPoints is the number of evenly spaced weights, 0 and 1 included,
	// at which the scores are evaluated to bracket the breakpoints and,
	// with Curves, to draw the curves. It must be at least 2 and at most
	// 2²⁰; zero means DefaultGridPoints (201).
	GridPoints int
	// Top chooses what is tracked: 0 the whole ranking, 1 first place
	// only, k the first k places. A breakpoint is then reported only where
	// the pair that changes places holds one of the first Top places
	// (Breakpoint.Rank <= Top). It must not be negative.
	Top int
	// MaxBreakpoints caps the breakpoints reported per criterion: when
	// there are more, the MaxBreakpoints nearest the current weight are
	// reported and CriterionSensitivity.Omitted counts the others. It
	// must not be negative; zero means DefaultMaxBreakpoints (100 000).
	MaxBreakpoints int
	// Curves asks for the score curves, GridPoints·m scores per criterion
	// for m alternatives.
	Curves bool
}

func (o SensitivityOptions) withDefaults() (SensitivityOptions, error) {
	if o.Tolerance == 0 {
		o.Tolerance = DefaultBreakpointTolerance
	}
	if o.GridPoints == 0 {
		o.GridPoints = DefaultGridPoints
	}
	if o.MaxBreakpoints == 0 {
		o.MaxBreakpoints = DefaultMaxBreakpoints
	}
	if !(o.Tolerance > 0 && o.Tolerance <= 0.01) {
		return o, fmt.Errorf("robust: sensitivity: tolerance %v not in (0, 0.01]: %w", o.Tolerance, mcda.ErrParameter)
	}
	if o.GridPoints < 2 || o.GridPoints > maxGridPoints {
		return o, fmt.Errorf("robust: sensitivity: %d grid points not in [2, %d]: %w", o.GridPoints, maxGridPoints, mcda.ErrParameter)
	}
	if o.Top < 0 {
		return o, fmt.Errorf("robust: sensitivity: top %d is negative (0 tracks the whole ranking): %w", o.Top, mcda.ErrParameter)
	}
	if o.MaxBreakpoints < 0 {
		return o, fmt.Errorf("robust: sensitivity: at most %d breakpoints: want a cap >= 0: %w", o.MaxBreakpoints, mcda.ErrParameter)
	}
	return o, nil
}

// An Interval is a closed interval [Lo, Hi] of a criterion's weight.
type Interval struct {
	Lo float64 `json:"lo"`
	Hi float64 `json:"hi"`
}

// Contains reports whether Lo <= w <= Hi.
func (iv Interval) Contains(w float64) bool { return iv.Lo <= w && w <= iv.Hi }

// Relation is the standing of one alternative relative to another in a
// ranking. Its zero value is invalid.
//
// Its values are [RelationAhead], [RelationTied] and [RelationBehind].
type Relation int

const (
	RelationAhead  Relation = iota + 1 // strictly better ranked
	RelationTied                       // same rank
	RelationBehind                     // strictly worse ranked
)

// String returns "ahead", "tied", "behind" or "Relation(n)".
func (r Relation) String() string {
	switch r {
	case RelationAhead:
		return "ahead"
	case RelationTied:
		return "tied"
	case RelationBehind:
		return "behind"
	}
	return fmt.Sprintf("Relation(%d)", int(r))
}

// MarshalText returns "ahead", "tied" or "behind", so that a Relation
// reads as a word in JSON. It returns an error wrapping mcda.ErrParameter
// for an invalid Relation.
func (r Relation) MarshalText() ([]byte, error) {
	switch r {
	case RelationAhead, RelationTied, RelationBehind:
		return []byte(r.String()), nil
	}
	return nil, fmt.Errorf("robust: %v: %w", r, mcda.ErrParameter)
}

// UnmarshalText parses what MarshalText returns.
func (r *Relation) UnmarshalText(text []byte) error {
	for _, c := range []Relation{RelationAhead, RelationTied, RelationBehind} {
		if string(text) == c.String() {
			*r = c
			return nil
		}
	}
	return fmt.Errorf("robust: relation %q: want ahead, tied or behind: %w", text, mcda.ErrParameter)
}

// relation returns a's standing relative to b under competition ranks.
func relation(ranks []int, a, b int) Relation {
	switch {
	case ranks[a] < ranks[b]:
		return RelationAhead
	case ranks[a] > ranks[b]:
		return RelationBehind
	}
	return RelationTied
}

// A PairChange records two alternatives whose relative standing differs
// between two rankings: Before is A's standing relative to B in the first
// ranking (below a breakpoint, or in the original problem) and After in
// the second.
type PairChange struct {
	A      int      `json:"a"` // 0-based alternative indices, A < B
	B      int      `json:"b"` // 0-based alternative indices, A < B
	Before Relation `json:"before"`
	After  Relation `json:"after"`
}

// Reversed reports whether the order of the pair is reversed: A strictly
// ahead of B became strictly behind it, or the other way round. Changes
// from or to a tie are not reversals.
func (c PairChange) Reversed() bool {
	return c.Before != RelationTied && c.After != RelationTied && c.Before != c.After
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

// A Breakpoint is a weight of one criterion at which two alternatives
// change places: the pair's standing just below the weight (Before) and
// just above it (After). Several pairs changing places at the same weight
// are several breakpoints. A Breakpoint holds no ranking: [RankingAt]
// ranks the problem at any weight on demand.
type Breakpoint struct {
	// Weight is the criterion's normalized weight at the change: exact up
	// to rounding for the closed form, within Tolerance/2 otherwise.
	Weight float64 `json:"weight"`
	// Rank is the better of the two places the pair holds at the change
	// in the best-first order (1 = first): the pair swaps places Rank and
	// Rank+1 when no other pair changes at the same weight.
	Rank int `json:"rank"`
	PairChange
}

// A Curve samples the scores along a criterion's weight path.
type Curve struct {
	Weights []float64   `json:"weights"` // the criterion's weight at each grid point, from 0 to 1
	Scores  [][]float64 `json:"scores"`  // Scores[g][i] is alternative i's score at Weights[g]
}

// CriterionSensitivity is the outcome of moving one criterion's weight.
type CriterionSensitivity struct {
	Criterion string  `json:"criterion"` // the criterion's name
	Weight    float64 `json:"weight"`    // its current normalized weight
	// Exact reports whether the breakpoints come from the closed form.
	Exact bool `json:"exact"`
	// Breakpoints lists the weights in (0, 1) at which two alternatives
	// change places among the tracked ones (see SensitivityOptions.Top), in
	// increasing order of weight, then of the pair.
	Breakpoints []Breakpoint `json:"breakpoints"`
	// Truncated reports that more breakpoints were found than
	// SensitivityOptions.MaxBreakpoints; Omitted counts those not in
	// Breakpoints, which holds the ones nearest the current weight.
	Truncated bool `json:"truncated"`
	Omitted   int  `json:"omitted"`
	// FirstStable is the largest interval containing Weight within which
	// the alternative ranked first at the current weights (the first of
	// the current order) keeps rank 1.
	FirstStable Interval `json:"first_stable"`
	// RankingStable is the largest interval containing Weight within which
	// no tracked pair changes places: the whole ranking, or its first Top
	// places (see SensitivityOptions.Top). It is [Weight, Weight] when a
	// change happens at the current weight, as when a tie at the current
	// weights is broken by any change of this weight.
	RankingStable Interval `json:"ranking_stable"`
	// Curve holds the scores at the grid points, with
	// SensitivityOptions.Curves.
	Curve Curve `json:"curve,omitzero"`
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

// RankingAt ranks m with method at weight t of criterion j's path (see
// [PathWeights]): the ranking between two breakpoints is RankingAt at any
// weight between them. It returns an error wrapping mcda.ErrParameter for
// j out of range or t outside [0, 1], and a [*PathError] if the method
// fails.
func RankingAt(method mcda.Method, m *mcda.DecisionMatrix, j int, t float64) (*mcda.Ranking, error) {
	_, n := m.Dims()
	if j < 0 || j >= n {
		return nil, fmt.Errorf("robust: ranking at: criterion %d not in [0, %d): %w", j, n, mcda.ErrParameter)
	}
	if !(t >= 0 && t <= 1) {
		return nil, fmt.Errorf("robust: ranking at: weight %v not in [0, 1]: %w", t, mcda.ErrParameter)
	}
	w, err := PathWeights(nil, m.Weights(nil), j, t)
	var mm *mcda.DecisionMatrix
	if err == nil {
		mm, err = m.WithWeights(w)
	}
	if err == nil {
		var r *mcda.Ranking
		if r, err = mcda.Rank(method, mm); err == nil {
			return r, nil
		}
	}
	return nil, &PathError{Criterion: j, Name: m.Criterion(j).Name, Weight: t, Err: err}
}

// Sensitivity analyses the ranking method produces on m under changes of one
// criterion's weight at a time, returning one result per criterion in
// column order.
//
// Criterion j's weight t runs over [0, 1] along the path of [PathWeights]
// from m's normalized weights. A breakpoint is a t in (0, 1) at which two
// alternatives change places; opt.Top restricts them to the first places
// and opt.MaxBreakpoints caps their number.
//
// The scores are evaluated at opt.GridPoints evenly spaced weights and at
// the current weight, and each grid interval is searched for the changes
// between its ends, three ways:
//
//   - For *mcda.WSM, whatever its normalization, every score is affine
//     along the path, S_i(t) = (1 − t)·S_i(0) + t·S_i(1), so two lines
//     cross at most once and each crossing is computed in closed form
//     from the pair's scores at the ends of its interval (Exact). This
//     covers the distributive synthesis of an AHP model (see the package
//     documentation).
//   - For a method that is [mcda.RowSeparable] (TOPSIS, WPM, MOORA, SPOTIS, ARAS), the
//     pairs whose order differs between the ends of an interval are those
//     an insertion sort swaps, and each pair's crossing is located to
//     opt.Tolerance by a safeguarded regula falsi (Illinois) on the
//     difference of the two scores alone, O(n) per step. Only the pairs
//     that can reach the first Top places are followed: an alternative
//     with Top others ahead of it at both ends of an interval is left
//     out.
//   - For any other method the whole ranking is re-scored: every interval
//     whose ends rank differently is bisected until each change is
//     isolated in an interval of width at most opt.Tolerance, and the
//     pairs whose standing differs across it are the breakpoints.
//
// In the first two ways a pair's standing is that of its two scores
// compared as mcda.RankScores compares two scores (equal within
// mcda.TieTolerance is tied); in the third it is read from the competition
// ranks of the whole ranking, which differs only when three or more
// scores lie within the tolerance of each other. A pair tied at one grid
// point and not at the next gives two changes closer than Tolerance,
// which are reported as one (none if the pair returns to its standing).
// Two changes of one pair within one grid interval, such as two
// alternatives crossing twice, are not seen.
//
// Changes within Tolerance of 0 or 1 are not breakpoints: they are, as a
// rule, ties at an end of the path (two alternatives equal on every
// criterion but j tie at t = 0) that any move away from the end breaks.
// With a single criterion every point of the path normalizes to the same
// weights, so there are no breakpoints and both intervals are [0, 1].
//
// # Resources
//
// For m alternatives, n criteria and G grid points, memory is O(m·n) plus
// O(1) per breakpoint: at most 2·opt.MaxBreakpoints + 1024 are held per
// criterion at any time, and in the first two ways, tracking the whole
// ranking, the changes farther from the current weight than the
// MaxBreakpoints nearest are only counted; plus G·m scores per criterion
// with opt.Curves. Time per criterion is O(G·m·n) to score the grid and,
// in the first two ways, O(m log m) to sort the current weight's scores
// once, O(m + c) per grid interval with c changes to follow them (with a
// small Top, O(m) plus the sorting of the few alternatives that can reach
// the first places) and O(n) per step of locating a change (a few steps
// each); in the third way each bisection step re-scores the whole matrix.
// Sensitivity checks ctx between grid intervals, every 1024 steps of
// locating and before each re-scoring, so it stops within one call of
// method.Scores after ctx is done, and returns ctx.Err() wrapped.
//
// It returns an error wrapping mcda.ErrParameter for invalid options, and a
// [*PathError] if the method fails or returns a non-finite score at some
// point of a path.
func Sensitivity(ctx context.Context, method mcda.Method, m *mcda.DecisionMatrix, opt SensitivityOptions) (Sensitivities, error) {
	opt, err := opt.withDefaults()
	if err != nil {
		return nil, err
	}
	rows, n := m.Dims()
	d := &driver{
		ctx:    ctx,
		method: method,
		m:      m,
		rows:   rows,
		w:      m.Weights(nil),
		wt:     make([]float64, n),
		tol:    opt.Tolerance,
		hib:    method.HigherIsBetter(),
	}
	if _, ok := method.(*mcda.WSM); ok {
		d.exact = true
	}
	if rs, ok := method.(mcda.RowSeparable); ok {
		if d.rm, err = rs.RowModel(m); err != nil {
			return nil, &PathError{Criterion: 0, Name: m.Criterion(0).Name, Weight: d.w[0], Err: err}
		}
	} else {
		d.exact = false
	}
	d.pos = make([]int, rows)
	d.mark = make([]uint32, rows)
	out := make([]CriterionSensitivity, n)
	for j := range out {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("robust: sensitivity: %w", err)
		}
		d.j = j
		s := &out[j]
		s.Criterion = m.Criterion(j).Name
		s.Weight = d.w[j]
		s.Exact = d.exact
		if n == 1 {
			s.FirstStable, s.RankingStable = Interval{0, 1}, Interval{0, 1}
		} else if err := d.criterion(s, opt); err != nil {
			return nil, err
		}
		if opt.Curves {
			if err := d.curve(s, opt.GridPoints); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// driver follows one criterion's weight path at a time.
type driver struct {
	ctx    context.Context
	method mcda.Method
	m      *mcda.DecisionMatrix
	rows   int
	w      []float64 // normalized current weights
	wt     []float64 // scratch path weights
	j      int
	tol    float64
	hib    bool
	exact  bool          // WSM: closed-form crossings
	rm     mcda.RowModel // nil for the generic way
	dm     *mcda.DecisionMatrix
	rk     mcda.Ranker
	steps  int         // locating steps, to check ctx now and then
	free   [][]float64 // score buffers of points no longer needed

	// Scratch of the row-separable way.
	pos, cand, ord, ord0, top0, top1 []int
	sides                            [2][]int // the order at the outer point of each side
	mark                             []uint32
	gen                              uint32
	pairs                            []pairEvent
}

// pairEvent is a change of a pair in the row-separable way: y is ahead of
// x at the lower end of the interval.
type pairEvent struct {
	t             float64
	y, x          int
	before, after Relation // y's standing relative to x
	swap          bool     // their order changes
}

// pass gathers what one walk over a criterion's path found.
type pass struct {
	w, tol   float64
	top, cap int
	leader   int
	evs      []Breakpoint
	omitted  int
	below    float64 // the nearest change below w, -1 if none
	above    float64 // the nearest change above w, 2 if none
	atCur    bool    // a change within Tolerance of w
	firstLo  float64
	firstHi  float64
	counted  bool // some changes were counted, not located
	side     [2]bool
	cut      float64 // distance from w beyond which changes are only counted
	dist     []float64
	canCount bool
}

func newPass(w, tol float64, top, cap, leader int) *pass {
	return &pass{w: w, tol: tol, top: top, cap: cap, leader: leader, below: -1, above: 2,
		firstLo: 0, firstHi: 1, cut: math.Inf(1)}
}

// add records breakpoint b, found in the grid interval [lo, hi]. A change
// beyond the tracked places is kept only within Tolerance of lo or hi,
// where it may be half of a change of a tracked pair met at a grid point
// and broken just after it, which merge joins.
func (p *pass) add(b Breakpoint, lo, hi float64) {
	t := b.Weight
	if t < p.tol || t > 1-p.tol {
		return
	}
	if p.top > 0 && b.Rank > p.top {
		if t-lo <= p.tol || hi-t <= p.tol {
			p.evs = append(p.evs, b)
		}
		return
	}
	p.track(b)
	p.evs = append(p.evs, b)
	if (len(p.evs)-1024)/2 >= p.cap {
		// Hold at most 2·cap + 1024: enough slack that the changes of a
		// pair merged at the end are rarely parted.
		p.trim()
	}
}

// track updates the nearest changes around w and the limits of the
// leader's first place with the tracked breakpoint b.
func (p *pass) track(b Breakpoint) {
	t := b.Weight
	if math.Abs(t-p.w) <= p.tol {
		p.atCur = true
	}
	if t <= p.w {
		p.below = max(p.below, t)
		p.side[0] = true
	}
	if t >= p.w {
		p.above = min(p.above, t)
		p.side[1] = true
	}
	if b.Rank == 1 && (b.A == p.leader || b.B == p.leader) {
		before, after := b.Before, b.After
		if b.B == p.leader {
			before, after = before.flip(), after.flip()
		}
		if t <= p.w && before == RelationBehind {
			p.firstLo = max(p.firstLo, min(t, p.w))
		}
		if t >= p.w && after == RelationBehind {
			p.firstHi = min(p.firstHi, max(t, p.w))
		}
	}
}

// settle sorts the breakpoints held, merges the changes of a pair met and
// broken at a grid point, drops those beyond the tracked places, and
// tracks again from the merged ones what they hold: the nearest changes,
// which are always held, and the leader's, if held.
func (p *pass) settle() {
	slices.SortFunc(p.evs, byWeight)
	p.evs = merge(p.evs, p.tol)
	if p.top > 0 {
		p.evs = slices.DeleteFunc(p.evs, func(b Breakpoint) bool { return b.Rank > p.top })
	}
	q := newPass(p.w, p.tol, p.top, p.cap, p.leader)
	for _, b := range p.evs {
		q.track(b)
	}
	if q.side[0] || q.side[1] {
		p.atCur = q.atCur
	}
	if q.side[0] {
		p.below = q.below
	}
	if q.side[1] {
		p.above = q.above
	}
	if q.firstLo > 0 {
		p.firstLo = q.firstLo
	}
	if q.firstHi < 1 {
		p.firstHi = q.firstHi
	}
}

// flip returns the standing of the other alternative of the pair.
func (r Relation) flip() Relation {
	switch r {
	case RelationAhead:
		return RelationBehind
	case RelationBehind:
		return RelationAhead
	}
	return r
}

// trim keeps the cap breakpoints nearest w and sets the distance beyond
// which changes can be counted.
func (p *pass) trim() {
	if len(p.evs) < p.cap {
		return
	}
	slices.SortFunc(p.evs, func(a, b Breakpoint) int {
		return cmp.Or(cmp.Compare(math.Abs(a.Weight-p.w), math.Abs(b.Weight-p.w)), byWeight(a, b))
	})
	for _, b := range p.evs[p.cap:] {
		if p.top == 0 || b.Rank <= p.top {
			p.omitted++
		}
	}
	p.evs = p.evs[:p.cap]
	if p.cap > 0 {
		p.cut = math.Abs(p.evs[p.cap-1].Weight - p.w)
	} else {
		p.cut = 0
	}
}

// setCut sets the distance from w beyond which changes can be counted:
// that of the cap-th nearest breakpoint held that is not from or to a tie.
func (p *pass) setCut() {
	if p.cap == 0 {
		p.cut = 0
		return
	}
	// Changes from or to a tie may merge in pairs: only the others count.
	p.dist = p.dist[:0]
	for _, b := range p.evs {
		if b.Before != RelationTied && b.After != RelationTied && (p.top == 0 || b.Rank <= p.top) {
			p.dist = append(p.dist, math.Abs(b.Weight-p.w))
		}
	}
	if len(p.dist) < p.cap {
		return
	}
	p.cut = nth(p.dist, p.cap-1)
}

// nth returns the k-th smallest value of x (0-based), reordering x, in
// expected linear time (Hoare's selection with a middle pivot).
func nth(x []float64, k int) float64 {
	lo, hi := 0, len(x)-1
	for lo < hi {
		pivot := x[lo+(hi-lo)/2]
		i, j := lo, hi
		for i <= j {
			for x[i] < pivot {
				i++
			}
			for x[j] > pivot {
				j--
			}
			if i <= j {
				x[i], x[j] = x[j], x[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return x[k]
		}
	}
	return x[k]
}

func byWeight(a, b Breakpoint) int {
	return cmp.Or(cmp.Compare(a.Weight, b.Weight), cmp.Compare(a.A, b.A), cmp.Compare(a.B, b.B))
}

// merge merges the changes of one pair closer together than tol, found in
// neighbouring grid intervals (a tie met at a grid point and broken just
// after it): one change from the first's Before to the last's After, none
// if they are the same. bps is sorted by weight and merged in place.
func merge(bps []Breakpoint, tol float64) []Breakpoint {
	out := bps[:0]
	for _, b := range bps {
		k := len(out) - 1
		for ; k >= 0 && b.Weight-out[k].Weight <= tol; k-- {
			if out[k].A == b.A && out[k].B == b.B {
				break
			}
		}
		if k < 0 || b.Weight-out[k].Weight > tol {
			out = append(out, b)
			continue
		}
		o := &out[k]
		o.Weight = (o.Weight + b.Weight) / 2
		o.Rank = min(o.Rank, b.Rank)
		o.After = b.After
		if o.Before == o.After {
			out = slices.Delete(out, k, k+1)
		}
	}
	return out
}

// point is the state of the path at one weight.
type point struct {
	t            float64
	scores       []float64
	ranks, order []int // the generic way only
}

// criterion fills s for criterion d.j.
func (d *driver) criterion(s *CriterionSensitivity, opt SensitivityOptions) error {
	cur, err := d.at(d.w[d.j], true)
	if err != nil {
		return err
	}
	top := opt.Top
	if top >= d.rows {
		top = 0
	}
	p, err := d.walk(cur, opt.GridPoints, top, opt.MaxBreakpoints)
	if err != nil {
		return err
	}
	p.settle()
	if p.counted {
		// Changes of first place may be among those only counted.
		p1, err := d.walk(cur, opt.GridPoints, 1, math.MaxInt)
		if err != nil {
			return err
		}
		p1.settle()
		p.firstLo, p.firstHi = p1.firstLo, p1.firstHi
	}
	p.trim()
	slices.SortFunc(p.evs, byWeight)
	s.Breakpoints = slices.Clip(p.evs)
	s.Omitted = p.omitted
	s.Truncated = p.omitted > 0
	w := d.w[d.j]
	s.FirstStable = Interval{p.firstLo, p.firstHi}
	switch {
	case p.atCur:
		s.RankingStable = Interval{w, w}
	default:
		s.RankingStable = Interval{max(p.below, 0), min(p.above, 1)}
	}
	return nil
}

// walk searches the grid intervals of the path, nearest the current weight
// first, tracking the first top places (all for 0) and keeping at most cap
// breakpoints nearest the current weight.
func (d *driver) walk(cur point, g, top, cap int) (*pass, error) {
	w := cur.t
	p := newPass(w, d.tol, top, cap, cur.order[0])
	p.canCount = d.rm != nil && top == 0
	// Grid points below and above w, nearest first.
	k := int(math.Floor(w * float64(g-1)))
	k = min(max(k, 0), g-1)
	gridAt := func(k int) float64 { return float64(k) / float64(g-1) }
	if d.rm != nil && w > d.tol && w < 1-d.tol {
		// Compare pairs Tolerance inside the ends, where changes are not
		// breakpoints, so that a tie exactly at an end (two alternatives
		// equal on every other criterion) hides no crossing next to it.
		gridAt = func(k int) float64 { return min(max(float64(k)/float64(g-1), d.tol), 1-d.tol) }
	}
	lk, rk := k, k+1 // next grid points to the left (<= w) and right (> w)
	if gridAt(lk) == w {
		lk--
	}
	left, right := cur, cur
	if d.rm != nil && top == 0 {
		// The order at the current weight, by score then index, from which
		// both sides follow the order along the path.
		for k := range d.sides {
			d.sides[k] = d.sides[k][:0]
			for i := range d.rows {
				d.sides[k] = append(d.sides[k], i)
			}
		}
		slices.SortFunc(d.sides[0], func(a, b int) int {
			if d.better(cur.scores, a, b) {
				return -1
			}
			return 1
		})
		copy(d.sides[1], d.sides[0])
	}
	for lk >= 0 || rk < g {
		if err := d.ctx.Err(); err != nil {
			return nil, fmt.Errorf("robust: sensitivity: %w", err)
		}
		goLeft := rk >= g || lk >= 0 && w-gridAt(lk) <= gridAt(rk)-w
		var lo, hi point
		var dist float64
		if goLeft {
			np, err := d.at(gridAt(lk), d.rm == nil)
			if err != nil {
				return nil, err
			}
			lo, hi, dist = np, left, w-left.t
			left = np
			lk--
		} else {
			np, err := d.at(gridAt(rk), d.rm == nil)
			if err != nil {
				return nil, err
			}
			lo, hi, dist = right, np, right.t-w
			right = np
			rk++
		}
		side := 1
		if goLeft {
			side = 0
		}
		held := len(p.evs)
		count := p.canCount && dist > p.cut+d.tol && p.side[side] && lo.t > d.tol && hi.t < 1-d.tol
		var err error
		if d.rm != nil {
			var known []int
			if top == 0 {
				known = d.sides[side]
			}
			err = d.separable(p, lo, hi, count, known, goLeft)
		} else {
			err = d.generic(p, lo, hi)
		}
		if err != nil {
			return nil, err
		}
		if len(p.evs) >= p.cap && len(p.evs) != held {
			p.setCut()
		}
		// The point left behind is no longer needed: reuse its scores.
		old := hi
		if !goLeft {
			old = lo
		}
		if d.rm != nil && &old.scores[0] != &cur.scores[0] {
			d.free = append(d.free, old.scores)
		}
	}
	return p, nil
}

// at returns the point at weight t, ranked for the generic way if ranked.
func (d *driver) at(t float64, ranked bool) (point, error) {
	var sc []float64
	if k := len(d.free) - 1; k >= 0 && !ranked && d.rm != nil {
		sc, d.free = d.free[k], d.free[:k]
	} else {
		sc = make([]float64, d.rows)
	}
	if err := d.eval(sc, t); err != nil {
		return point{}, err
	}
	p := point{t: t, scores: sc}
	if ranked || d.rm == nil {
		p.ranks, p.order = d.rk.Rank(nil, nil, sc, d.hib)
	}
	return p, nil
}

// pathError wraps err at weight t.
func (d *driver) pathError(t float64, err error) error {
	return &PathError{Criterion: d.j, Name: d.m.Criterion(d.j).Name, Weight: t, Err: err}
}

// finite returns an error for alternative i's non-finite score s.
func (d *driver) finite(i int, s float64) error {
	if math.IsNaN(s) || math.IsInf(s, 0) {
		return &mcda.AlternativeError{Index: i, Name: d.m.Alternative(i),
			Err: fmt.Errorf("%s score %v: %w", d.method.Name(), s, mcda.ErrNotFinite)}
	}
	return nil
}

// eval stores in dst the scores at weight t of the current path.
func (d *driver) eval(dst []float64, t float64) error {
	_, err := PathWeights(d.wt, d.w, d.j, t)
	if err == nil && d.rm != nil {
		if err = d.rm.SetWeights(d.wt); err == nil {
			for i := range dst {
				dst[i] = d.rm.Score(i)
			}
		}
	} else if err == nil {
		var mm *mcda.DecisionMatrix
		mm, err = d.m.Variant(d.dm, nil, d.wt)
		if mm != nil {
			d.dm = mm
		}
		if err == nil {
			_, err = d.method.Scores(dst, mm)
		}
	}
	if err == nil {
		for i, s := range dst {
			if err = d.finite(i, s); err != nil {
				break
			}
		}
	}
	if err != nil {
		return d.pathError(t, err)
	}
	return nil
}

// pair returns the scores of y and x at weight t from the row model.
func (d *driver) pair(t float64, y, x int) (float64, float64, error) {
	if _, err := PathWeights(d.wt, d.w, d.j, t); err != nil {
		return 0, 0, d.pathError(t, err)
	}
	if err := d.rm.SetWeights(d.wt); err != nil {
		return 0, 0, d.pathError(t, err)
	}
	sy, sx := d.rm.Score(y), d.rm.Score(x)
	if err := cmp.Or(d.finite(y, sy), d.finite(x, sx)); err != nil {
		return 0, 0, d.pathError(t, err)
	}
	return sy, sx, nil
}

// better reports whether a comes before b in the best-first order of s.
func (d *driver) better(s []float64, a, b int) bool {
	if s[a] != s[b] {
		return s[a] > s[b] == d.hib
	}
	return a < b
}

// separable finds the changes in [lo, hi] from the row model: the pairs an
// insertion sort from lo's order to hi's swaps whose standing differs at
// the ends, and the pairs next to each other at either end whose standing
// differs without their order changing (a tie met or broken). With count it
// only counts them, as omitted.
//
// Tracking the whole ranking, known holds the order at the end of the
// interval nearer the current weight (hi if left, lo otherwise) and gets
// the order at the other end, so that nothing is sorted.
func (d *driver) separable(p *pass, lo, hi point, count bool, known []int, left bool) error {
	sLo, sHi := lo.scores, hi.scores
	if known == nil {
		d.candidates(lo.scores, hi.scores, p.top)
		d.ord0 = append(d.ord0[:0], d.cand...)
		slices.SortFunc(d.ord0, func(a, b int) int {
			if d.better(sLo, a, b) {
				return -1
			}
			return 1
		})
	}
	d.pairs = d.pairs[:0]
	n := 0
	tied := false
	event := func(y, x int, swap bool) {
		before, after := d.relation(sLo, y, x), d.relation(sHi, y, x)
		if before == after {
			return
		}
		tied = tied || before == RelationTied || after == RelationTied
		n++
		if !count {
			d.pairs = append(d.pairs, pairEvent{y: y, x: x, before: before, after: after, swap: swap})
		}
	}
	if left && known != nil {
		// From hi's order to lo's: an alternative moving ahead was ahead
		// at lo.
		d.ord = append(d.ord[:0], known...)
		d.ord0 = append(d.ord0[:0], known...)
		ord0 := d.ord0
		for k := 1; k < len(ord0); k++ {
			x := ord0[k]
			q := k
			for ; q > 0 && d.better(sLo, x, ord0[q-1]); q-- {
				event(x, ord0[q-1], true)
				ord0[q] = ord0[q-1]
			}
			ord0[q] = x
		}
		copy(known, ord0)
	} else {
		if known != nil {
			d.ord0 = append(d.ord0[:0], known...)
		}
		d.ord = append(d.ord[:0], d.ord0...)
		ord := d.ord
		for k := 1; k < len(ord); k++ {
			x := ord[k]
			q := k
			for ; q > 0 && d.better(sHi, x, ord[q-1]); q-- {
				event(ord[q-1], x, true)
				ord[q] = ord[q-1]
			}
			ord[q] = x
		}
		if known != nil {
			copy(known, ord)
		}
	}
	ord := d.ord
	// Ties met or broken without a change of order: such pairs are next to
	// each other at one end at least.
	for k, u := range ord {
		d.pos[u] = k
	}
	for k := 1; k < len(ord); k++ {
		if u, v := ord[k-1], ord[k]; d.better(sLo, u, v) {
			event(u, v, false)
		}
	}
	for k := 1; k < len(d.ord0); k++ {
		u, v := d.ord0[k-1], d.ord0[k]
		if d.pos[v] > d.pos[u]+1 { // in order at hi, not next to each other there
			event(u, v, false)
		}
	}
	if n == 0 {
		return nil
	}
	if count {
		if tied {
			// A tie met at one end may be half of a change that merge
			// joins with its other half: locate, to count exactly.
			if known != nil {
				// Undo: known must again hold the order this call started from.
				if left {
					copy(known, d.ord)
				} else {
					copy(known, d.ord0)
				}
			}
			return d.separable(p, lo, hi, false, known, left)
		}
		p.omitted += n
		p.counted = true
		return nil
	}
	for k := range d.pairs {
		if err := d.locate(&d.pairs[k], lo, hi); err != nil {
			return err
		}
	}
	slices.SortFunc(d.pairs, func(a, b pairEvent) int {
		return cmp.Or(cmp.Compare(a.t, b.t), cmp.Compare(min(a.x, a.y), min(b.x, b.y)), cmp.Compare(max(a.x, a.y), max(b.x, b.y)))
	})
	// Replay the changes in order of weight to know the places.
	ord = d.ord0
	for k, i := range ord {
		d.pos[i] = k
	}
	for _, e := range d.pairs {
		py, px := d.pos[e.y], d.pos[e.x]
		if e.swap {
			ord[py], ord[px] = e.x, e.y
			d.pos[e.y], d.pos[e.x] = px, py
		}
		b := Breakpoint{Weight: e.t, Rank: min(py, px) + 1}
		if e.y < e.x {
			b.PairChange = PairChange{A: e.y, B: e.x, Before: e.before, After: e.after}
		} else {
			b.PairChange = PairChange{A: e.x, B: e.y, Before: e.before.flip(), After: e.after.flip()}
		}
		p.add(b, lo.t, hi.t)
	}
	return nil
}

// relation returns y's standing relative to x for the scores s, with
// ties as mcda.RankScores has them between two scores.
func (d *driver) relation(s []float64, y, x int) Relation {
	a, b := s[y], s[x]
	if a == b || math.Abs(a-b) <= mcda.TieTolerance*max(math.Abs(a), math.Abs(b)) {
		return RelationTied
	}
	if a > b == d.hib {
		return RelationAhead
	}
	return RelationBehind
}

// locate finds where the standing of the pair of e changes in [lo, hi]:
// the root of h = f − c·band, where f is y's score less x's (oriented so
// that positive is better), band is the tie tolerance at their scores, and
// c is 0 for a reversal, +1 for a change between ahead and tied, −1 for
// one between tied and behind. It is found in closed form for the
// weighted sum model, otherwise by regula falsi with the Illinois
// modification, each step kept Tolerance/2 inside the bracket and a
// halving every third step unless the bracket halved since the last.
func (d *driver) locate(e *pairEvent, lo, hi point) error {
	c := 0.0
	switch {
	case e.before == RelationAhead && e.after == RelationTied, e.before == RelationTied && e.after == RelationAhead:
		c = 1
	case e.before == RelationBehind && e.after == RelationTied, e.before == RelationTied && e.after == RelationBehind:
		c = -1
	}
	h := func(sy, sx float64) float64 {
		f := sy - sx
		if !d.hib {
			f = -f
		}
		return f - c*mcda.TieTolerance*max(math.Abs(sy), math.Abs(sx))
	}
	a, b := lo.t, hi.t
	fa, fb := h(lo.scores[e.y], lo.scores[e.x]), h(hi.scores[e.y], hi.scores[e.x])
	switch {
	case fa == 0:
		e.t = a
		return nil
	case fb == 0:
		e.t = b
		return nil
	case (fa > 0) == (fb > 0):
		// Rounding put both ends on one side: the change is within the
		// band's rounding of an end.
		e.t = b
		return nil
	case d.exact:
		e.t = min(max(a+(b-a)*(fa/(fa-fb)), a), b)
		return nil
	}
	side, width := 0, b-a
	for it := 1; b-a > d.tol; it++ {
		d.steps++
		if d.steps&1023 == 0 {
			if err := d.ctx.Err(); err != nil {
				return fmt.Errorf("robust: sensitivity: %w", err)
			}
		}
		t := a + (b-a)*(fa/(fa-fb))
		t = min(max(t, a+d.tol/2), b-d.tol/2)
		if it%3 == 0 {
			// Every third step: halve unless the last steps halved.
			if b-a > width/2 {
				t, side = a+(b-a)/2, 0
			}
			width = b - a
		}
		sy, sx, err := d.pair(t, e.y, e.x)
		if err != nil {
			return err
		}
		ft := h(sy, sx)
		if ft == 0 {
			a, b = t, t
			break
		}
		if (ft > 0) == (fa > 0) {
			a, fa = t, ft
			if side == 1 {
				fb /= 2
			}
			side = 1
		} else {
			b, fb = t, ft
			if side == -1 {
				fa /= 2
			}
			side = -1
		}
	}
	e.t = a + (b-a)/2
	return nil
}

// candidates stores in d.cand the alternatives that can hold one of the
// first top places somewhere in an interval whose ends score sLo and sHi:
// all of them for top 0, otherwise the union of the best K at either end,
// for the least K (doubling from 2·top) such that top alternatives are
// among the best K at both ends. Any other alternative has those top
// ahead of it at both ends, so, each pair changing at most once, at every
// weight between.
func (d *driver) candidates(sLo, sHi []float64, top int) {
	d.cand = d.cand[:0]
	if top == 0 {
		for i := range d.rows {
			d.cand = append(d.cand, i)
		}
		return
	}
	for k := 2 * top; ; k *= 2 {
		if k >= d.rows {
			d.candidates(sLo, sHi, 0)
			return
		}
		d.top0 = d.best(d.top0, sLo, k)
		d.top1 = d.best(d.top1, sHi, k)
		d.gen++
		for _, i := range d.top0 {
			d.mark[i] = d.gen
		}
		both := 0
		for _, i := range d.top1 {
			if d.mark[i] == d.gen {
				both++
			}
		}
		if both >= top {
			d.cand = append(d.cand, d.top0...)
			for _, i := range d.top1 {
				if d.mark[i] != d.gen {
					d.cand = append(d.cand, i)
				}
			}
			return
		}
	}
}

// best returns in buf the k best alternatives by s, best first.
func (d *driver) best(buf []int, s []float64, k int) []int {
	buf = buf[:0]
	for i := range d.rows {
		if len(buf) == k && !d.better(s, i, buf[k-1]) {
			continue
		}
		if len(buf) < k {
			buf = append(buf, i)
		} else {
			buf[k-1] = i
		}
		for q := len(buf) - 1; q > 0 && d.better(s, buf[q], buf[q-1]); q-- {
			buf[q], buf[q-1] = buf[q-1], buf[q]
		}
	}
	return buf
}

// generic finds the changes in [lo, hi] by re-ranking the whole problem.
func (d *driver) generic(p *pass, lo, hi point) error {
	if slices.Equal(lo.ranks, hi.ranks) {
		return nil
	}
	g := &group{d: d, p: p, lo0: lo.t, hi0: hi.t}
	if err := d.refine(g, lo, hi, true); err != nil {
		return err
	}
	g.flush()
	return nil
}

// group merges the changes refine isolates closer together than the
// tolerance, such as a tie met and broken within it.
type group struct {
	d            *driver
	p            *pass
	lo0, hi0     float64 // the grid interval
	open         bool
	lo, hi       float64
	below, above point
}

// add takes the change isolated in [lo, hi] between below and above.
func (g *group) add(lo, hi float64, below, above point) {
	if g.open && lo-g.hi <= g.d.tol {
		g.hi, g.above = hi, above
		return
	}
	g.flush()
	g.open, g.lo, g.hi, g.below, g.above = true, lo, hi, below, above
}

// flush reports the pairs whose standing differs across the group, unless
// it touches an end of the path.
func (g *group) flush() {
	if !g.open {
		return
	}
	g.open = false
	if g.lo == 0 || g.hi == 1 {
		return
	}
	pb, pa := g.d.pos, make([]int, len(g.d.pos))
	for k, i := range g.below.order {
		pb[i] = k
	}
	for k, i := range g.above.order {
		pa[i] = k
	}
	t := (g.lo + g.hi) / 2
	for _, c := range pairChanges(g.below.ranks, g.above.ranks) {
		place := min(pb[c.A], pb[c.B], pa[c.A], pa[c.B]) + 1
		g.p.add(Breakpoint{Weight: t, Rank: place, PairChange: c}, g.lo0, g.hi0)
	}
}

// refine isolates the changes of ranking in [lo, hi], whose ends rank
// differently, in increasing order, and hands them to g.
//
// It halves the interval, recursing into each half whose ends rank
// differently. Where the ends differ only by two alternatives swapping
// places it splits instead at the root of the secant of their score
// difference, kept at least Tolerance/2 inside the interval so that the
// interval closes around the root; whenever such a split fails to halve the
// interval the next split is a halving, so convergence is never slower than
// twice that of bisection.
func (d *driver) refine(g *group, lo, hi point, secant bool) error {
	if hi.t-lo.t <= d.tol {
		g.add(lo.t, hi.t, lo, hi)
		return nil
	}
	mid, used := lo.t+(hi.t-lo.t)/2, false
	if secant {
		if t, ok := d.secant(lo, hi); ok {
			mid, used = t, true
		}
	}
	if mid <= lo.t || mid >= hi.t {
		g.add(lo.t, hi.t, lo, hi)
		return nil
	}
	if err := d.ctx.Err(); err != nil {
		return fmt.Errorf("robust: sensitivity: %w", err)
	}
	st, err := d.at(mid, true)
	if err != nil {
		return err
	}
	// After a secant split that kept more than half of the interval on the
	// side still to search, halve next time.
	next := func(a, b float64) bool { return !used || b-a <= (hi.t-lo.t)/2 }
	if !slices.Equal(lo.ranks, st.ranks) {
		if err := d.refine(g, lo, st, next(lo.t, mid)); err != nil {
			return err
		}
	}
	if !slices.Equal(st.ranks, hi.ranks) {
		return d.refine(g, st, hi, next(mid, hi.t))
	}
	return nil
}

// secant returns the point at which to split [lo, hi] when its ends differ
// by a single pair of alternatives changing places: the root of the
// straight line through their score differences, moved to at least
// Tolerance/2 from either end. It reports false when the ends differ
// otherwise.
func (d *driver) secant(lo, hi point) (float64, bool) {
	a, b := -1, -1
	for i := range lo.ranks {
		if lo.ranks[i] != hi.ranks[i] {
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
	f0 := lo.scores[a] - lo.scores[b]
	f1 := hi.scores[a] - hi.scores[b]
	if !(f0 < 0 && f1 > 0 || f0 > 0 && f1 < 0) {
		return 0, false
	}
	t := lo.t + (hi.t-lo.t)*(f0/(f0-f1))
	return min(max(t, lo.t+d.tol/2), hi.t-d.tol/2), true
}

// grid returns g evenly spaced points from 0 to 1.
func grid(g int) []float64 {
	ts := make([]float64, g)
	for k := range ts {
		ts[k] = float64(k) / float64(g-1) // exactly 1 at k = g-1
	}
	return ts
}

// curve fills s.Curve.
func (d *driver) curve(s *CriterionSensitivity, g int) error {
	s.Curve.Weights = grid(g)
	s.Curve.Scores = make([][]float64, g)
	for k, t := range s.Curve.Weights {
		if err := d.ctx.Err(); err != nil {
			return fmt.Errorf("robust: sensitivity: %w", err)
		}
		if len(d.w) == 1 {
			t = 1 // the only weights: w_0 = 1
		}
		s.Curve.Scores[k] = make([]float64, d.rows)
		if err := d.eval(s.Curve.Scores[k], t); err != nil {
			return err
		}
	}
	return nil
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

// challengerJSON is the JSON form of a Challenger: Change is null when it
// is +Inf, which JSON cannot hold.
type challengerJSON struct {
	Alternative int       `json:"index"`
	Name        string    `json:"alternative"`
	Change      *float64  `json:"change"`
	Weights     []float64 `json:"weights"`
}

// MarshalJSON encodes c as an object with the fields' names, Change null
// when it is +Inf.
func (c Challenger) MarshalJSON() ([]byte, error) {
	j := challengerJSON{Alternative: c.Alternative, Name: c.Name, Weights: c.Weights}
	if !math.IsInf(c.Change, 1) {
		j.Change = &c.Change
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes what MarshalJSON encodes, a null Change as +Inf.
func (c *Challenger) UnmarshalJSON(data []byte) error {
	var j challengerJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	*c = Challenger{Alternative: j.Alternative, Name: j.Name, Change: math.Inf(1), Weights: j.Weights}
	if j.Change != nil {
		c.Change = *j.Change
	}
	return nil
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
// For AHP models use s = &mcda.WSM{Normalization: mcda.NormalizationSum}
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
// It takes O(m·n log n) time and O(m·n) memory for m alternatives and n
// criteria, checks ctx every 256 challengers and returns ctx.Err() wrapped
// when it is done. The errors are those of s.Scores on m.
func MinimumChange(ctx context.Context, s *mcda.WSM, m *mcda.DecisionMatrix) ([]Challenger, error) {
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
	for k, c := range order[1:] {
		if k%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("robust: minimum change: %w", err)
			}
		}
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
