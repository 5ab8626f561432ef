package mcda

import (
	"context"
	"fmt"
	"math"
)

// PreferenceFunction is one of the six generalized criteria of Brans &
// Vincke (1985) that turn the difference d = g_j(a) − g_j(b) between two
// alternatives on criterion j (taken in the preferred direction, so
// g_j(b) − g_j(a) for a cost criterion) into a preference degree P(d) in
// [0, 1]. P(d) = 0 for d <= 0 for every function.
//
//	usual     P = 1 if d > 0                                          (type I)
//	ushape    P = 1 if d > q                                          (type II, quasi-criterion)
//	vshape    P = d/p if 0 < d <= p, 1 if d > p                       (type III)
//	level     P = 1/2 if q < d <= p, 1 if d > p                       (type IV)
//	linear    P = (d − q)/(p − q) if q < d <= p, 1 if d > p           (type V)
//	gaussian  P = 1 − exp(−d²/(2s²)) if d > 0                         (type VI)
//
// and P = 0 otherwise. The zero value is PreferenceUsual.
//
// Its values are [PreferenceUsual], [PreferenceUShape], [PreferenceVShape],
// [PreferenceLevel], [PreferenceLinear] and [PreferenceGaussian].
type PreferenceFunction int

const (
	PreferenceUsual    PreferenceFunction = iota // type I, no parameter
	PreferenceUShape                             // type II, indifference threshold q
	PreferenceVShape                             // type III, preference threshold p
	PreferenceLevel                              // type IV, thresholds q and p
	PreferenceLinear                             // type V, thresholds q and p
	PreferenceGaussian                           // type VI, inflection point s
)

var preferenceNames = [...]string{"usual", "ushape", "vshape", "level", "linear", "gaussian"}

// String returns the function's name as accepted by
// [ParsePreferenceFunction], or "PreferenceFunction(n)" for an invalid value.
func (f PreferenceFunction) String() string {
	if f < 0 || int(f) >= len(preferenceNames) {
		return fmt.Sprintf("PreferenceFunction(%d)", int(f))
	}
	return preferenceNames[f]
}

// ParsePreferenceFunction returns the preference function with the given
// name: "usual", "ushape", "vshape", "level", "linear" or "gaussian". An
// unknown name is an error wrapping [ErrParameter].
func ParsePreferenceFunction(s string) (PreferenceFunction, error) {
	for f, name := range preferenceNames {
		if s == name {
			return PreferenceFunction(f), nil
		}
	}
	return 0, fmt.Errorf("mcda: preference function %q: %w (want usual, ushape, vshape, level, linear or gaussian)", s, ErrParameter)
}

// Preference configures the generalized criterion of one criterion: a
// preference function and its parameters, in the criterion's own units.
// Parameters the function does not use are ignored, but must still be
// finite and non-negative.
type Preference struct {
	Function PreferenceFunction
	Q        float64 // indifference threshold q >= 0 (ushape, level, linear)
	P        float64 // preference threshold p >= q (vshape, level, linear)
	S        float64 // inflection point s > 0 (gaussian)
}

// validate checks the parameters of criterion j.
func (p Preference) validate(j int, m *DecisionMatrix) error {
	bad := func(format string, args ...any) error {
		return &CriterionError{Index: j, Name: m.criteria[j].Name,
			Err: fmt.Errorf("%w: promethee: %v: %s", ErrParameter, p.Function, fmt.Sprintf(format, args...))}
	}
	if p.Function < PreferenceUsual || p.Function > PreferenceGaussian {
		return bad("unknown preference function")
	}
	for _, x := range [...]struct {
		name string
		v    float64
	}{{"q", p.Q}, {"p", p.P}, {"s", p.S}} {
		if !(x.v >= 0) || math.IsInf(x.v, 0) {
			return bad("%s = %v, want finite and >= 0", x.name, x.v)
		}
	}
	switch p.Function {
	case PreferenceLevel, PreferenceLinear:
		if p.Q > p.P {
			return bad("q = %v > p = %v", p.Q, p.P)
		}
	case PreferenceGaussian:
		if p.S == 0 {
			return bad("s = 0, want > 0")
		}
	}
	return nil
}

// degree returns P(d).
func (p Preference) degree(d float64) float64 {
	switch p.Function {
	case PreferenceUsual:
		if d > 0 {
			return 1
		}
	case PreferenceUShape:
		if d > p.Q {
			return 1
		}
	case PreferenceVShape:
		switch {
		case d > p.P:
			return 1
		case d > 0:
			return d / p.P
		}
	case PreferenceLevel:
		switch {
		case d > p.P:
			return 1
		case d > p.Q:
			return 0.5
		}
	case PreferenceLinear:
		switch {
		case d > p.P:
			return 1
		case d > p.Q:
			return (d - p.Q) / (p.P - p.Q)
		}
	case PreferenceGaussian:
		if d > 0 {
			r := d / p.S // scaled first, so that d² cannot overflow
			return -math.Expm1(-r * r / 2)
		}
	}
	return 0
}

// PROMETHEE is the Preference Ranking Organization METHod for Enrichment
// Evaluations (Brans & Vincke, 1985, Management Science 31(6):647-656;
// Brans, Vincke & Mareschal, 1986, European Journal of Operational Research
// 24:228-238). Each criterion j has a generalized criterion P_j (see
// [PreferenceFunction]); with the weights w_j normalized to sum to 1, the
// preference index of a over b and the positive, negative and net flows of
// the m alternatives are
//
//	π(a, b) = Σ_j w_j P_j(d_j(a, b))
//	φ⁺(a) = 1/(m − 1) Σ_{x≠a} π(a, x)     leaving flow, higher is better
//	φ⁻(a) = 1/(m − 1) Σ_{x≠a} π(x, a)     entering flow, lower is better
//	φ(a)  = φ⁺(a) − φ⁻(a)                 net flow
//
// where d_j(a, b) = g_j(a) − g_j(b) for a benefit criterion and
// g_j(b) − g_j(a) for a cost criterion: differences are taken in the
// preferred direction, in the data's own units, so thresholds are in those
// units too. The scaling by m − 1 (Brans & Mareschal, 2005) keeps φ⁺ and φ⁻
// in [0, 1] and φ in [−1, 1]; it is the convention of pymcdm, pyDecision
// and pyrepo-mcda. Brans & Vincke (1985) sum without it, which scales every
// flow by m − 1 and changes no ranking.
//
// PROMETHEE II ranks by net flow: that is [PROMETHEE.Scores], higher is
// better. PROMETHEE I, the partial order built from φ⁺ and φ⁻, is in
// [PROMETHEEResult.Compare].
//
// Special cases:
//   - With one alternative every flow is 0.
//   - Identical alternatives have π = 0 in both directions and equal
//     flows; when all alternatives are identical every flow is 0.
//   - A constant criterion has d = 0 for every pair and adds nothing to
//     any π (it still takes its share of the weights, which scales every
//     flow by a common factor).
//   - With one criterion, π(a, b) = P(d(a, b)), and with the usual
//     criterion φ(a) is the number of alternatives a beats minus the
//     number that beat it, over m − 1.
//   - Any finite values are accepted, zeros and negative values included:
//     only differences enter. A difference that overflows is +Inf and
//     gives P = 1.
//   - φ⁺ and φ⁻ equal within [TieTolerance] give φ = 0 exactly, so that
//     flows that are algebraically equal but rounded differently (with
//     weights 0.1, 0.2 and 0.3, π = 1/6 + 2/6 against 3/6) tie.
//
// Scores and [PROMETHEE.Flows] take O(m·log m) time and O(m) space for
// each criterion with the usual, U-shape, V-shape, level or linear
// function, by the sorted algorithm of Calders & Van Assche (2018,
// "PROMETHEE is not quadratic: an O(qn log(n)) algorithm", Omega
// 76:63-69, arXiv:1603.00091), and O(m²) time for each Gaussian
// criterion, comparing every pair (see [PROMETHEE.Flows]). The two paths
// give the same flows up to rounding: P⁺_j(a) = Σ_b P_j(d_j(a, b)) differs
// between them by at most (m + 2κ_j + 6)·u·(m − 1), with u = 2⁻⁵³ and
// κ_j = p/(p − q) the conditioning of a linear window (κ_j = 1 otherwise),
// so φ⁺ and φ⁻ by at most (m + 2·max κ_j + 2n + 10)·u and φ_j by
// 2(m + 2κ_j + 7)·u (in practice by an ulp or two). [PROMETHEE.Evaluate],
// which returns the preference index matrix, compares every pair: O(m²·n)
// time and O(m²) space. The zero value uses the usual criterion for every
// criterion and is ready to use. A PROMETHEE value reuses internal storage
// between calls and must not be used concurrently. Its flows compare every
// alternative with all the others (sorted or pairwise), so it does not
// stream: [RankStream] rejects it with [ErrNotStreamable].
type PROMETHEE struct {
	// Preferences holds one generalized criterion per criterion of the
	// decision matrix, in column order. Nil means PreferenceUsual for
	// every criterion.
	Preferences []Preference
	// Pairwise makes Scores and Flows compare every pair of alternatives
	// on every criterion, O(m²·n), the reference the sorted path is
	// tested against. Default false: the sorted path wherever it applies.
	Pairwise bool
	// Workers is the largest number of goroutines a call may use, such
	// as runtime.GOMAXPROCS(0); 0 and 1 mean the calling goroutine only.
	// The pairwise path (the Gaussian criteria, or every criterion with
	// Pairwise) shares blocks of alternatives among them; the sorted path,
	// from 1024 alternatives, computes up to Workers criteria at a time,
	// each with O(m) scratch space of its own. The flows are bit-for-bit
	// the same for every value of Workers.
	Workers int
	// MaxPairs bounds the m·m pairs of alternatives that the pairwise
	// path visits (the Gaussian criteria, or every criterion with
	// Pairwise) and that Evaluate stores in its preference index (8 bytes
	// a pair); zero means DefaultMaxPairs (m <= 4096). Above it Scores,
	// Flows and Evaluate return a [*SizeError] before the work starts. The
	// sorted path has no such limit.
	MaxPairs int

	prefs    []Preference
	w, g     []float64
	pos, neg []float64
	srt      sortedFlows
	srts     []sortedFlows // one per worker of the sorted path
	sjob     sortedJob
	pw, sc   []int
	cols     []float64
	job      pairwiseJob
	par      parallel
}

// Name returns "promethee".
func (pr *PROMETHEE) Name() string { return "promethee" }

// HigherIsBetter returns true: a larger net flow is better.
func (pr *PROMETHEE) HigherIsBetter() bool { return true }

// Scores stores in dst the net flow φ of each alternative of m (PROMETHEE
// II) and returns dst. If dst is nil a new slice is allocated. With a
// non-nil dst and a PROMETHEE value that has been used on a problem of the
// same size, Scores allocates nothing.
//
// It returns a [*ShapeError] if Preferences is not nil and its length is
// not the number of criteria, a [*CriterionError] wrapping [ErrParameter]
// naming the first criterion whose parameters are invalid, and a
// [*SizeError] when m·m exceeds MaxPairs.
// It panics if dst is not nil and its length is not the number of
// alternatives.
func (pr *PROMETHEE) Scores(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, _ := m.Dims()
	dst = useDst(dst, rows, "PROMETHEE.Scores")
	if err := pr.prepare(m); err != nil {
		return nil, err
	}
	pr.pos, pr.neg = grow(pr.pos, rows), grow(pr.neg, rows)
	if err := pr.computeFlows(context.Background(), pr.pos, pr.neg, nil, m); err != nil {
		return nil, err
	}
	for i := range dst {
		dst[i] = netFlow(pr.pos[i], pr.neg[i])
	}
	if err := checkScores(pr.Name(), m, dst); err != nil {
		return nil, err
	}
	return dst, nil
}

// PROMETHEEResult holds the PROMETHEE flows of every alternative.
type PROMETHEEResult struct {
	PositiveFlow []float64 // φ⁺(a), leaving flow, in [0, 1], higher is better
	NegativeFlow []float64 // φ⁻(a), entering flow, in [0, 1], lower is better
	NetFlow      []float64 // φ(a) = φ⁺(a) − φ⁻(a), in [−1, 1]: the PROMETHEE II score
	// Index holds the preference indices: Index[a][b] = π(a, b), and 0 on
	// the diagonal; nil from [PROMETHEE.Flows].
	Index [][]float64
	// Unicriterion holds the unicriterion net flows, Unicriterion[a][j] =
	// φ_j(a) = 1/(m − 1) Σ_x [P_j(d_j(a, x)) − P_j(d_j(x, a))], in [−1, 1],
	// so that φ(a) = Σ_j w_j φ_j(a); nil from [PROMETHEE.Evaluate].
	Unicriterion [][]float64
}

// Evaluate returns the positive, negative and net flows of every
// alternative of m and the preference index matrix. Its errors are those
// of [PROMETHEE.Scores].
func (pr *PROMETHEE) Evaluate(m *DecisionMatrix) (*PROMETHEEResult, error) {
	rows, _ := m.Dims()
	if err := pr.prepare(m); err != nil {
		return nil, err
	}
	if err := CheckPairs("promethee", rows, pr.MaxPairs, 8, prometheeInstead); err != nil {
		return nil, err
	}
	res := &PROMETHEEResult{
		PositiveFlow: make([]float64, rows),
		NegativeFlow: make([]float64, rows),
		NetFlow:      make([]float64, rows),
		Index:        newSquare[float64](rows),
	}
	if err := pr.flows(res.PositiveFlow, res.NegativeFlow, res.Index, m); err != nil {
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

// PROMETHEERelation is the PROMETHEE I relation of one alternative a to
// another b.
//
// Its values are [PROMETHEEIncomparable], [PROMETHEEPreferred],
// [PROMETHEEWorse] and [PROMETHEEIndifferent].
type PROMETHEERelation int

const (
	// PROMETHEEIncomparable (a R b): one flow favours a and the other b.
	PROMETHEEIncomparable PROMETHEERelation = iota
	// PROMETHEEPreferred (a P b): φ⁺(a) >= φ⁺(b) and φ⁻(a) <= φ⁻(b), not
	// both equal.
	PROMETHEEPreferred
	// PROMETHEEWorse (b P a): b is preferred to a.
	PROMETHEEWorse
	// PROMETHEEIndifferent (a I b): φ⁺(a) = φ⁺(b) and φ⁻(a) = φ⁻(b).
	PROMETHEEIndifferent
)

var relationNames = [...]string{"incomparable", "preferred", "worse", "indifferent"}

// String returns "incomparable", "preferred", "worse" or "indifferent".
func (r PROMETHEERelation) String() string {
	if r < 0 || int(r) >= len(relationNames) {
		return fmt.Sprintf("PROMETHEERelation(%d)", int(r))
	}
	return relationNames[r]
}

// Compare returns the PROMETHEE I relation of alternative a to alternative
// b (Brans & Vincke, 1985): a P b when a is at least as good as b on both
// flows and better on one, a I b when both flows are equal, and a R b
// (incomparable) when the flows disagree. Flows, which lie in [0, 1], are
// equal when they differ by at most [TieTolerance]. Compare(a, a) is
// PROMETHEEIndifferent. It panics if a or b is out of range.
func (r *PROMETHEEResult) Compare(a, b int) PROMETHEERelation {
	cmp := func(x, y float64) int { // +1 when x is better than y
		switch {
		case math.Abs(x-y) <= TieTolerance:
			return 0
		case x > y:
			return 1
		}
		return -1
	}
	plus := cmp(r.PositiveFlow[a], r.PositiveFlow[b])
	minus := cmp(r.NegativeFlow[b], r.NegativeFlow[a])
	switch {
	case plus == 0 && minus == 0:
		return PROMETHEEIndifferent
	case plus >= 0 && minus >= 0:
		return PROMETHEEPreferred
	case plus <= 0 && minus <= 0:
		return PROMETHEEWorse
	}
	return PROMETHEEIncomparable
}

// netFlow returns φ = φ⁺ − φ⁻, or exactly 0 when the two flows are equal
// within TieTolerance: they are sums of rounded terms, and two sums that
// are algebraically equal may differ in their last bit, which would give
// a net flow of ±1e-16 that [RankScores], whose tolerance is relative,
// does not tie with 0 or with each other.
func netFlow(pos, neg float64) float64 {
	if tied(pos, neg) {
		return 0
	}
	return pos - neg
}

// prepare validates the preferences and fills the weights.
func (pr *PROMETHEE) prepare(m *DecisionMatrix) error {
	rows, n := m.Dims()
	if pr.MaxPairs < 0 {
		return fmt.Errorf("mcda: promethee: MaxPairs %d < 0: %w", pr.MaxPairs, ErrParameter)
	}
	if pr.Preferences != nil && len(pr.Preferences) != n {
		return &ShapeError{What: "promethee preferences", Got: len(pr.Preferences), Want: n}
	}
	if cap(pr.prefs) < n {
		pr.prefs = make([]Preference, n)
	}
	pr.prefs = pr.prefs[:n]
	if pr.Preferences == nil {
		clear(pr.prefs)
	} else {
		copy(pr.prefs, pr.Preferences)
	}
	for j, p := range pr.prefs {
		if err := p.validate(j, m); err != nil {
			return err
		}
	}
	pr.w = m.Weights(grow(pr.w, n))
	pr.g = grow(pr.g, rows)
	return nil
}

// prometheeInstead is the advice of PROMETHEE's size error.
const prometheeInstead = "the pairwise flows take O(m²·n) time; use the usual, U-shape, V-shape, level or linear preference function, whose flows Scores and Flows compute in O(n·m·log m) without Pairwise, or " + linearInstead

// flows stores the positive and negative flows in pos and neg and, when
// index is not nil, the preference indices π(a, b) in it, visiting every
// pair. It returns a [*SizeError] before the work when m·m exceeds
// MaxPairs.
func (pr *PROMETHEE) flows(pos, neg []float64, index [][]float64, m *DecisionMatrix) error {
	rows, n := m.Dims()
	if err := CheckPairs("promethee", rows, pr.MaxPairs, 0, prometheeInstead); err != nil {
		return err
	}
	clear(pos)
	clear(neg)
	if rows < 2 {
		return nil
	}
	g := pr.g
	for j, p := range pr.prefs {
		w := pr.w[j]
		if w == 0 {
			continue
		}
		sign := 1.0
		if m.criteria[j].Objective == ObjectiveCost {
			sign = -1
		}
		for i := range g {
			g[i] = sign * m.data[i*n+j]
		}
		for a := 0; a < rows; a++ {
			for b := a + 1; b < rows; b++ {
				d := g[a] - g[b]
				if d == 0 {
					continue
				}
				var ab, ba float64
				if d > 0 {
					ab = w * p.degree(d)
				} else {
					ba = w * p.degree(-d)
				}
				pos[a] += ab
				neg[b] += ab
				pos[b] += ba
				neg[a] += ba
				if index != nil {
					index[a][b] += ab
					index[b][a] += ba
				}
			}
		}
	}
	// Clamped, since the rounding of Σ w_j can exceed 1 by an ulp.
	scale := 1 / float64(rows-1)
	for i := range pos {
		pos[i] = math.Min(pos[i]*scale, 1)
		neg[i] = math.Min(neg[i]*scale, 1)
	}
	return nil
}
