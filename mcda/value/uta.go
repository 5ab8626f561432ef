package value

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/balancer-mcda/balancer/mcda"
)

// Variant selects the UTA method.
//
// Its values are [VariantUTASTAR] and [VariantUTAOriginal].
type Variant int

const (
	// VariantUTASTAR is the method of Siskos & Yannacopoulos (1985): two error
	// terms per reference alternative, u'(a) = U(a) − σ⁺(a) + σ⁻(a).
	VariantUTASTAR Variant = iota
	// VariantUTAOriginal is UTA (Jacquet-Lagrèze & Siskos, 1982): one error term,
	// u'(a) = U(a) + σ(a), with the paper's thresholds s_j on the
	// increments of u_j set to 0 (non-decreasing marginal values).
	VariantUTAOriginal
)

// String returns "utastar" or "uta".
func (v Variant) String() string {
	switch v {
	case VariantUTASTAR:
		return "utastar"
	case VariantUTAOriginal:
		return "uta"
	}
	return fmt.Sprintf("Variant(%d)", int(v))
}

// ParseVariant returns the Variant whose String is s: "utastar" or "uta".
// Any other word is an error wrapping mcda.ErrParameter.
func ParseVariant(s string) (Variant, error) {
	for _, v := range []Variant{VariantUTASTAR, VariantUTAOriginal} {
		if s == v.String() {
			return v, nil
		}
	}
	return 0, fmt.Errorf("value: variant %q: want utastar or uta: %w", s, mcda.ErrParameter)
}

// MarshalText returns the Variant's word, as [ParseVariant] reads it, so
// that a Variant reads as a word in JSON. An invalid Variant is an error.
func (v Variant) MarshalText() ([]byte, error) {
	if _, err := ParseVariant(v.String()); err != nil {
		return nil, err
	}
	return []byte(v.String()), nil
}

// UnmarshalText sets v from its word, as [ParseVariant] reads it.
func (v *Variant) UnmarshalText(text []byte) error {
	x, err := ParseVariant(string(text))
	if err == nil {
		*v = x
	}
	return err
}

// Limits of [UTA.Fit]: the dense simplex tableau has about R·(W + 3R)
// entries for R reference alternatives and W = Σ_j (α_j − 1) increments,
// and a programme, which cannot be interrupted once started, takes time
// growing faster than R³: with 6 criteria of 5 breakpoints, 0.05 s for
// R = 50, 0.2 s for 100, 1.1 s for 200 and 20 s for 400 on the 2-core
// development machine.
const (
	// MaxReference is the largest number of reference alternatives; a
	// larger reference set should be sampled down: UTA's reference set
	// is meant to be one a decision maker can rank by hand.
	MaxReference = 200
	// MaxBreakpoints is the largest number of breakpoints of a criterion.
	MaxBreakpoints = 100
)

// UTA infers an additive value function from a reference ranking by the
// UTA method (Jacquet-Lagrèze & Siskos, 1982, "Assessing a set of additive
// utility functions for multicriteria decision-making, the UTA method",
// EJOR 10:151–164) or UTASTAR (Siskos & Yannacopoulos, 1985, "UTASTAR: an
// ordinal regression method for building additive value functions",
// Investigação Operacional 5(1):39–53), as presented by Siskos, Grigoroudis
// & Matsatsinis (2005, "UTA methods", in Figueira, Greco & Ehrgott (eds),
// Multiple Criteria Decision Analysis: State of the Art Surveys, ch. 8).
//
// Criterion j's range [g_j*, g_j^*] (by default the worst and best
// performance in the matrix, by the matrix's objective) is cut into α_j − 1 equal intervals;
// the marginal value u_j is linear on each, u_j(g_j*) = 0, and the
// unknowns are the increments w_jl >= 0 of u_j over the intervals, with
// Σ_jl w_jl = 1 (so Σ_j u_j(g_j^*) = 1). For the reference alternatives
// taken in order of the reference ranking, consecutive a_k, a_{k+1} must
// satisfy u'(a_k) − u'(a_{k+1}) >= δ if a_k is preferred and = 0 if they
// tie, where u' is the value corrected by the error terms (see [Variant]),
// and the programme minimises the sum F of the errors.
//
// The solution is seldom unique. The post-optimality analysis of Siskos et
// al. (2005, §8.2.3) adds F <= F*·(1 + PostOptimality) (relaxed by 1e-9
// if rounding makes that infeasible) and, for each
// criterion j, maximises and minimises u_j(g_j^*); the average of these 2n
// solutions is a more representative value function, reported in
// [Result].Post along with each weight's range.
//
// Cost: 1 + 2n dense simplex runs (the post-optimality ones start from
// the previous optimum) on about R rows and W + 3R columns (R
// reference alternatives, W increments): O(R·(W + R)) memory, and about
// 0.05 s (0.2 s with the post-optimality analysis) for R = 50, n = 6 (see
// [MaxReference] for larger R).
type UTA struct {
	Variant Variant
	// Breakpoints holds α_j >= 2 for each criterion; nil means 2 for
	// every criterion (linear marginal values).
	Breakpoints []int
	// Delta is the least value gap 0 < δ <= 1 of a strict preference
	// (values lie in [0, 1]); 0 means 0.05.
	Delta float64
	// Lower and Upper hold each criterion's bounds g_j* and g_j^* in
	// natural units (Lower[j] < Upper[j], whichever is better); nil means
	// the smallest and largest performance in the matrix. Siskos et al.
	// (2005) and the R package MCDA (criteriaLBs, criteriaUBs) take the
	// criterion's scale rather than the data's range.
	Lower, Upper []float64
	// PostOptimality is the relative margin 0 <= k <= 1e6 of the
	// post-optimality bound F <= F*(1 + k); 0 means F <= F*; negative skips
	// the post-optimality analysis.
	PostOptimality float64
}

// A Marginal is a piecewise-linear marginal value function: u_j(X[l]) =
// Y[l], X from the worst to the best breakpoint, Y[0] = 0 and Y[len−1] the
// criterion's weight.
type Marginal struct {
	Criterion string    `json:"criterion"`
	X         []float64 `json:"x"`
	Y         []float64 `json:"y"`
}

// A Result is the outcome of [UTA.Fit].
type Result struct {
	Variant   Variant `json:"-"`
	Objective float64 `json:"error_sum"` // F*, the least sum of errors
	// Over and Under hold σ⁺(a) and σ⁻(a) of each alternative (0 for one
	// outside the reference ranking); UTA's single σ(a) is in Under.
	Over      []float64  `json:"over"`
	Under     []float64  `json:"under"`
	Marginals []Marginal `json:"marginals"`
	// Weights holds u_j(g_j^*), which sum to 1.
	Weights []float64 `json:"weights"`
	// Values holds U(a) of every alternative of the matrix.
	Values  []float64     `json:"values"`
	Ranking *mcda.Ranking `json:"-"`
	// Tau is Kendall's tau-b between the reference ranking and the
	// ranking U induces on the reference alternatives; 0 if U ties them
	// all.
	Tau  float64         `json:"kendall_tau"`
	Post *PostOptimality `json:"post_optimality,omitempty"`
}

// PostOptimality is the post-optimality analysis of a UTA solution.
type PostOptimality struct {
	Bound      float64       `json:"error_bound"` // the bound on F
	MinWeights []float64     `json:"min_weights"` // least u_j(g_j^*) within the bound
	MaxWeights []float64     `json:"max_weights"` // largest u_j(g_j^*) within the bound
	Marginals  []Marginal    `json:"marginals"`   // the average of the 2n solutions
	Weights    []float64     `json:"weights"`
	Values     []float64     `json:"values"`
	Ranking    *mcda.Ranking `json:"-"`
	Tau        float64       `json:"kendall_tau"`
}

// utaModel is the piecewise-linear parametrisation shared by UTA and robust
// ordinal regression: coef[i*W+k] is the coefficient of increment k in
// U(alternative i).
type utaModel struct {
	m, n  int
	start []int       // start[j] is the first increment of criterion j; start[n] = W
	xs    [][]float64 // breakpoints of each criterion, worst to best
	coef  []float64
}

func (u *utaModel) w() int { return u.start[u.n] }

// values returns U(a) for every alternative under increments w.
func (u *utaModel) values(w []float64) []float64 {
	W := u.w()
	v := make([]float64, u.m)
	for i := range v {
		var s float64
		for k, c := range u.coef[i*W : i*W+W] {
			s += c * w[k]
		}
		v[i] = s
	}
	return v
}

func (u *utaModel) marginals(md *mcda.DecisionMatrix, w []float64) ([]Marginal, []float64) {
	out := make([]Marginal, u.n)
	weights := make([]float64, u.n)
	for j := range u.n {
		y := make([]float64, len(u.xs[j]))
		for l := 1; l < len(y); l++ {
			y[l] = y[l-1] + w[u.start[j]+l-1]
		}
		weights[j] = y[len(y)-1]
		out[j] = Marginal{Criterion: md.Criterion(j).Name, X: slices.Clone(u.xs[j]), Y: y}
	}
	return out, weights
}

// frac returns (x − lo)/(hi − lo) clamped to [0, 1], 0 when lo = hi. The
// span is computed from halves only when it overflows, so that subnormal
// bounds such as ±5e-324 keep their difference.
func frac(x, lo, hi float64) float64 {
	if lo == hi {
		return 0
	}
	t := (x - lo) / (hi - lo)
	if math.IsInf(hi-lo, 0) || math.IsInf(x-lo, 0) {
		t = (x/2 - lo/2) / (hi/2 - lo/2)
	}
	if math.IsNaN(t) {
		return 0
	}
	return math.Max(0, math.Min(1, t))
}

// reference validates ranks (one per alternative, 0 = not a reference
// alternative, smaller = better) and returns the reference alternatives
// best first, stable by index.
func reference(ranks []int, m int) ([]int, error) {
	if len(ranks) == 0 {
		return nil, fmt.Errorf("value: %w: empty", ErrReference)
	}
	if len(ranks) != m {
		return nil, fmt.Errorf("value: %w: %w", ErrReference, &mcda.ShapeError{What: "ranks", Got: len(ranks), Want: m})
	}
	var ref []int
	for i, r := range ranks {
		if r < 0 {
			return nil, &mcda.AlternativeError{Index: i, Err: fmt.Errorf("%w: rank %d", ErrReference, r)}
		}
		if r > 0 {
			ref = append(ref, i)
		}
	}
	if len(ref) < 2 {
		return nil, fmt.Errorf("value: %w: %d reference alternatives, want at least 2", ErrReference, len(ref))
	}
	slices.SortStableFunc(ref, func(a, b int) int { return ranks[a] - ranks[b] })
	if ranks[ref[0]] == ranks[ref[len(ref)-1]] {
		return nil, fmt.Errorf("value: %w: every reference alternative ties", ErrReference)
	}
	return ref, nil
}

// Fit solves the UTA or UTASTAR programme for the reference ranking ranks
// of m's alternatives: ranks[i] is alternative i's rank (1 = best; equal
// ranks tie; 0 leaves it out of the reference set). The marginal value
// functions are defined on the range of all m's alternatives, and the
// result ranks them all.
//
// Errors: [ErrReference] (within an *mcda.AlternativeError for a negative
// rank) for an empty ranking, fewer than two reference alternatives or one
// in which all tie; an *mcda.CriterionError wrapping [ErrBreakpoints] for
// α_j < 2 and mcda.ErrParameter for a bad δ, post-optimality margin,
// variant or bound; an *mcda.ValueError wrapping [ErrOutOfRange] for a
// performance outside the bounds; [ErrTooLarge] beyond [MaxReference] or [MaxBreakpoints];
// [ErrSolver], [ErrInfeasible] or [ErrUnbounded] from the simplex method
// (the UTA programmes are always feasible and bounded, so these mean a
// numerical failure); ctx.Err() wrapped if ctx ends between two
// programmes.
func (t *UTA) Fit(ctx context.Context, m *mcda.DecisionMatrix, ranks []int) (*Result, error) {
	rows, n := m.Dims()
	delta := t.Delta
	if delta == 0 {
		delta = 0.05
	}
	if !(delta > 0 && delta <= 1) {
		return nil, fmt.Errorf("value: uta: delta %v, want 0 < δ <= 1: %w", t.Delta, mcda.ErrParameter)
	}
	if math.IsNaN(t.PostOptimality) || math.IsInf(t.PostOptimality, 0) || t.PostOptimality > 1e6 {
		return nil, fmt.Errorf("value: uta: post-optimality margin %v, want at most 1e6: %w", t.PostOptimality, mcda.ErrParameter)
	}
	if t.Variant != VariantUTASTAR && t.Variant != VariantUTAOriginal {
		return nil, fmt.Errorf("value: uta: %v: %w", t.Variant, mcda.ErrParameter)
	}
	if t.Breakpoints != nil && len(t.Breakpoints) != n {
		return nil, &mcda.CriterionError{Index: -1, Err: &mcda.ShapeError{What: "breakpoints", Got: len(t.Breakpoints), Want: n}}
	}
	if err := checkBounds(m, t.Lower, t.Upper); err != nil {
		return nil, err
	}
	ref, err := reference(ranks, rows)
	if err != nil {
		return nil, err
	}
	if len(ref) > MaxReference {
		return nil, fmt.Errorf("value: uta: %d reference alternatives, at most %d: %w", len(ref), MaxReference, ErrTooLarge)
	}
	alpha := make([]int, n)
	for j := range alpha {
		alpha[j] = 2
		if t.Breakpoints != nil {
			alpha[j] = t.Breakpoints[j]
		}
		if alpha[j] < 2 {
			return nil, &mcda.CriterionError{Index: j, Name: m.Criterion(j).Name, Err: fmt.Errorf("%w: %d", ErrBreakpoints, alpha[j])}
		}
		if alpha[j] > MaxBreakpoints {
			return nil, &mcda.CriterionError{Index: j, Name: m.Criterion(j).Name, Err: fmt.Errorf("%w: %d breakpoints, at most %d", ErrTooLarge, alpha[j], MaxBreakpoints)}
		}
	}
	u := newUTAModel(m, alpha, t.Lower, t.Upper)
	W := u.w()
	R := len(ref)

	// Columns: W increments, then the error terms of each reference
	// alternative (two for UTASTAR, one for UTA).
	per := 2
	if t.Variant == VariantUTAOriginal {
		per = 1
	}
	cols := W + per*R
	p := newProgram(cols)
	coef := make([]float64, cols)
	for k := 0; k+1 < R; k++ {
		a, b := ref[k], ref[k+1]
		clear(coef)
		for l := range W {
			coef[l] = u.coef[a*W+l] - u.coef[b*W+l]
		}
		if per == 2 {
			coef[W+2*k], coef[W+2*k+1] = -1, 1
			coef[W+2*k+2], coef[W+2*k+3] = 1, -1
		} else {
			coef[W+k], coef[W+k+1] = 1, -1
		}
		if ranks[a] == ranks[b] {
			p.row(coef, '=', 0)
		} else {
			p.row(coef, '>', delta)
		}
	}
	clear(coef)
	for l := range W {
		coef[l] = 1
	}
	p.row(coef, '=', 1)

	obj := make([]float64, cols)
	for k := W; k < cols; k++ {
		obj[k] = 1
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("value: uta: %w", err)
	}
	f, x, err := p.solveFrom(obj, u.start0(ref, ranks, per, delta))
	if err != nil {
		return nil, fmt.Errorf("value: %v: %w", t.Variant, err)
	}
	res := &Result{Variant: t.Variant, Objective: math.Max(0, f), Over: make([]float64, rows), Under: make([]float64, rows)}
	for k, a := range ref {
		if per == 2 {
			res.Over[a], res.Under[a] = math.Max(0, x[W+2*k]), math.Max(0, x[W+2*k+1])
		} else {
			res.Under[a] = math.Max(0, x[W+k])
		}
	}
	res.Marginals, res.Weights, res.Values, res.Ranking, res.Tau = u.describe(m, x[:W], ranks, t.Variant.String())

	if t.PostOptimality < 0 {
		return res, nil
	}
	bound := f * (1 + t.PostOptimality)
	clear(coef)
	for k := W; k < cols; k++ {
		coef[k] = 1
	}
	p.row(coef, '<', bound)
	post := &PostOptimality{MinWeights: make([]float64, n), MaxWeights: make([]float64, n)}
	avg := make([]float64, W)
	x0 := x // the optimum is feasible for every post-optimality programme
	for j := range n {
		for _, sign := range []float64{-1, 1} {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("value: uta: post-optimality: %w", err)
			}
			clear(obj)
			for l := u.start[j]; l < u.start[j+1]; l++ {
				obj[l] = sign
			}
			f, x, err := p.solveFrom(obj, x0)
			if errors.Is(err, ErrInfeasible) && p.b[len(p.b)-1] == bound {
				// The bound at the computed optimum itself can be
				// infeasible by rounding: relax it by 1e-9.
				bound += 1e-9
				p.b[len(p.b)-1] = bound
				f, x, err = p.solveFrom(obj, x0)
			}
			if err != nil {
				return nil, fmt.Errorf("value: %v: post-optimality, criterion %q: %w", t.Variant, m.Criterion(j).Name, err)
			}
			x0 = x
			wj := math.Max(0, math.Min(1, sign*f))
			if sign < 0 {
				post.MaxWeights[j] = wj
			} else {
				post.MinWeights[j] = wj
			}
			for l := range W {
				avg[l] += math.Max(0, x[l]) / float64(2*n)
			}
		}
	}
	post.Bound = bound
	post.Marginals, post.Weights, post.Values, post.Ranking, post.Tau = u.describe(m, avg, ranks, t.Variant.String()+" post-optimality")
	res.Post = post
	return res, nil
}

// checkBounds validates UTA's optional bounds against m.
func checkBounds(m *mcda.DecisionMatrix, lower, upper []float64) error {
	rows, n := m.Dims()
	if lower == nil && upper == nil {
		return nil
	}
	if len(lower) != n || len(upper) != n {
		return &mcda.CriterionError{Index: -1, Err: fmt.Errorf("%w: lower and upper bounds for %d and %d of %d criteria", mcda.ErrShape, len(lower), len(upper), n)}
	}
	for j := range n {
		lo, hi := lower[j], upper[j]
		if !finite(lo) || !finite(hi) || !(lo < hi) {
			return &mcda.CriterionError{Index: j, Name: m.Criterion(j).Name, Err: fmt.Errorf("%w: bounds [%v, %v]", mcda.ErrParameter, lo, hi)}
		}
		for i := range rows {
			if x := m.At(i, j); x < lo || x > hi {
				return &mcda.ValueError{Alternative: i, AlternativeName: m.Alternative(i), Criterion: j, CriterionName: m.Criterion(j).Name,
					Value: x, Err: fmt.Errorf("%w [%v, %v]", ErrOutOfRange, lo, hi)}
			}
		}
	}
	return nil
}

// start0 returns a feasible point of the UTA programme, which spares the
// simplex method its first phase: all the value on the first increment,
// and for each consecutive reference pair, from the last up, the error of
// the upper alternative that closes the gap (σ⁻ or σ⁺; UTA's σ). It returns
// nil when UTA's single error cannot close a tie.
func (u *utaModel) start0(ref, ranks []int, per int, delta float64) []float64 {
	W, R := u.w(), len(ref)
	x := make([]float64, W+per*R)
	x[0] = 1
	for k := R - 2; k >= 0; k-- {
		a, b := ref[k], ref[k+1]
		target := delta
		if ranks[a] == ranks[b] {
			target = 0
		}
		rest := u.coef[a*W] - u.coef[b*W] // Δ_k at w = e_0
		if per == 2 {
			rest += x[W+2*(k+1)] - x[W+2*(k+1)+1]
		} else {
			rest -= x[W+k+1]
		}
		g := target - rest
		switch {
		case g > 0 && per == 2:
			x[W+2*k+1] = g // σ⁻(a_k)
		case g > 0:
			x[W+k] = g // σ(a_k)
		case g < 0 && target == 0 && per == 2:
			x[W+2*k] = -g // σ⁺(a_k)
		case g < 0 && target == 0:
			return nil
		}
	}
	return x
}

func newUTAModel(m *mcda.DecisionMatrix, alpha []int, lower, upper []float64) *utaModel {
	rows, n := m.Dims()
	u := &utaModel{m: rows, n: n, start: make([]int, n+1), xs: make([][]float64, n)}
	for j, a := range alpha {
		u.start[j+1] = u.start[j] + a - 1
	}
	W := u.w()
	u.coef = make([]float64, rows*W)
	col := make([]float64, rows)
	for j, a := range alpha {
		col = m.Col(col, j)
		lo, hi := slices.Min(col), slices.Max(col)
		if lower != nil {
			lo, hi = lower[j], upper[j]
		}
		worst, best := lo, hi
		if m.Criterion(j).Objective == mcda.ObjectiveCost {
			worst, best = hi, lo
		}
		xs := make([]float64, a)
		for l := range xs {
			// Equally spaced, computed from halves so that ±1e308 stay finite.
			t := float64(l) / float64(a-1)
			xs[l] = 2 * (worst/2 + t*(best/2-worst/2))
		}
		xs[0], xs[a-1] = worst, best
		u.xs[j] = xs
		for i, x := range col {
			pos := frac(x, worst, best) * float64(a-1)
			for l := range a - 1 {
				u.coef[i*W+u.start[j]+l] = math.Max(0, math.Min(1, pos-float64(l)))
			}
		}
	}
	return u
}

// incrementFloor is the least increment of a marginal value function that
// describe keeps. The simplex leaves increments that are 0 at about 10⁻¹⁷
// (simplexTol is 10⁻¹⁰), and a value made only of such increments would
// rank strictly above an alternative at U = 0 that the model ties with it:
// RankScores's relative tolerance cannot absorb a difference from 0. Values
// lie in [0, 1], so an increment of 10⁻¹² is below anything the program
// resolves.
const incrementFloor = 1e-12

// describe turns increments into marginals, weights, values, the induced
// ranking and its tau-b against the reference.
func (u *utaModel) describe(m *mcda.DecisionMatrix, w []float64, ranks []int, method string) ([]Marginal, []float64, []float64, *mcda.Ranking, float64) {
	for k := range w {
		if w[k] < incrementFloor {
			w[k] = 0 // below the simplex's resolution: rounding, or < 0
		}
	}
	marg, weights := u.marginals(m, w)
	vals := u.values(w)
	r := &mcda.Ranking{Method: method, Alternatives: m.Alternatives(), Scores: vals, HigherIsBetter: true}
	r.Ranks, r.Order = mcda.RankScores(nil, nil, vals, true)
	var x, y []float64
	for i, rk := range ranks {
		if rk > 0 {
			x = append(x, float64(rk))
			y = append(y, float64(r.Ranks[i]))
		}
	}
	tau, err := mcda.KendallTauB(x, y)
	if err != nil {
		tau = 0
	}
	return marg, weights, vals, r, tau
}
