package outranking

import (
	"context"
	"fmt"
	"math"

	"github.com/balancer-mcda/balancer/mcda"
)

// DefaultAlpha and DefaultBeta are ELECTRE III's usual distillation
// coefficients, s(λ) = −0.15·λ + 0.3.
const (
	DefaultAlpha = -0.15
	DefaultBeta  = 0.3
)

// ELECTREIII is ELECTRE III (Roy, 1978, Cahiers du CERO 20(1):3-24;
// Figueira, Mousseau & Roy, 2005, ch. 4 of Multiple Criteria Decision
// Analysis: State of the Art Surveys, Springer). For each ordered pair of
// alternatives (a, b) and criterion j, with x the shortfall of a behind b
// in the criterion's preferred direction and the thresholds q_j, p_j, v_j
// of [Thresholds] evaluated at g_j(a):
//
//	c_j(a, b) = 1 if x <= q_j, 0 if x >= p_j, (p_j − x)/(p_j − q_j) between
//	d_j(a, b) = 0 if x <= p_j, 1 if x >= v_j, (x − p_j)/(v_j − p_j) between
//	C(a, b)   = Σ_j w_j c_j(a, b)
//	σ(a, b)   = C(a, b) · Π_{j: d_j(a,b) > C(a,b)} (1 − d_j(a, b))/(1 − C(a, b))
//
// The alternatives are then ranked by two distillations of σ (Roy, 1978;
// Figueira, Mousseau & Roy, 2005, section 4.3.4). With the
// discrimination threshold s(λ) = α·λ + β, a distillation of a set D
// starts at λ_0 = max_{a≠b ∈ D} σ(a, b) and repeats
//
//	λ_{k+1} = max {σ(a, b) : a ≠ b ∈ D_k, σ(a, b) < λ_k − s(λ_k)}   (0 if none)
//	a T b ⇔ σ(a, b) > λ_{k+1} and σ(a, b) − σ(b, a) > s(σ(a, b))
//	q(a)  = |{b ∈ D_k : a T b}| − |{b ∈ D_k : b T a}|
//	D_{k+1} = the alternatives of D_k of largest q (descending
//	          distillation) or smallest q (ascending)
//
// until D_{k+1} has one alternative or λ_{k+1} = 0; D_{k+1} is then the
// next class (the best for the descending distillation, the worst for the
// ascending one), it is removed, and the distillation restarts on the rest.
// The final partial preorder is the intersection of the two preorders:
// a is preferred to b when it is ranked better in one and not worse in
// the other, indifferent when it has the same rank in both, and
// incomparable when the two disagree (see [Relation]).
//
// Conventions: the concordance, discordance and credibility are Roy's
// (1978), as in pyDecision (electre_iii) and py-mcda (Electre3), whose
// credibilities the tests reproduce; pyDecision sets σ(a, a) to 0 where
// this type reports 1. The distillation coefficients default to
// α = −0.15 and β = 0.3 (Roy, 1978; the same in pyDecision and py-mcda),
// the cut λ_{k+1} is the largest credibility strictly below λ_k − s(λ_k)
// among the pairs of D_k, and T needs σ(a, b) strictly above λ_{k+1} and
// σ(a, b) − σ(b, a) > s(σ(a, b)) (Figueira, Mousseau & Roy, 2005).
// Libraries simplify the distillation differently: pyDecision takes a
// single cut per class and compares with s(λ_0) rather than s(σ(a, b)),
// and py-mcda stops earlier (see the tests), so their classes can differ
// from these; those variants are not offered. On a cost criterion the
// shortfall is g(a) − g(b); thresholds are direct, evaluated at g(a)
// (see the package documentation).
//
// Special cases: one alternative is its own class; identical alternatives
// have σ = 1 both ways and end in the same classes. Any finite values are
// accepted; a difference that overflows is +Inf, which gives c = 0 and
// d = 1.
//
// The work is O(m²·n) time and memory for the matrices and O(m³) time for
// the distillations with the default coefficients (O(m²·L) per class with
// L distinct credibility levels when s can be 0). Evaluate checks m·m
// against MaxPairs before allocating.
type ELECTREIII struct {
	// Thresholds holds the thresholds of each criterion, in column order.
	// Nil means the zero Thresholds (true criteria, no veto) for every one.
	Thresholds []Thresholds

	// Alpha and Beta are the distillation coefficients of s(λ) = α·λ + β;
	// nil means the default, α = −0.15 and β = 0.3 (Roy 1978; Figueira,
	// Mousseau & Roy 2005). s must be non-negative on [0, 1]: β >= 0 and
	// α + β >= 0. α = β = 0 is s = 0: any difference of credibility
	// discriminates.
	Alpha, Beta *float64

	// MaxPairs bounds the number m·m of ordered pairs, and the m·m·n
	// entries of the discordance matrices to 8·MaxPairs; 0 means
	// DefaultMaxPairs (at most 268 MB of discordances).
	MaxPairs int
}

// ELECTREIIIResult holds every intermediate of ELECTRE III. Alternatives
// are indexed as in the decision matrix.
type ELECTREIIIResult struct {
	Alternatives []string
	// Concordance[a][b] = C(a, b), 1 on the diagonal.
	Concordance [][]float64
	// Discordance[j][a][b] = d_j(a, b), the partial discordance on
	// criterion j.
	Discordance [][][]float64
	// Credibility[a][b] = σ(a, b), 1 on the diagonal.
	Credibility [][]float64
	// Descending and Ascending are the classes of the two distillations,
	// best first (the ascending distillation finds the worst class first;
	// it is listed reversed). Each class lists alternatives in index order.
	Descending, Ascending [][]int
	// DescendingRank and AscendingRank give the 1-based class of each
	// alternative in the two preorders.
	DescendingRank, AscendingRank []int
	// Alpha and Beta are the distillation coefficients used.
	Alpha, Beta float64
}

// Evaluate returns the concordance, discordance and credibility matrices
// of m and the two distillations. Errors: a [*mcda.ShapeError] when
// Thresholds does not have one element per criterion; a
// [*mcda.CriterionError] wrapping [mcda.ErrParameter] for thresholds out
// of order at some alternative's value, or distillation coefficients
// that make s negative; an error wrapping mcda.ErrParameter when m·m
// exceeds MaxPairs; ctx's error, wrapped, when it is cancelled.
func (e *ELECTREIII) Evaluate(ctx context.Context, m *mcda.DecisionMatrix) (*ELECTREIIIResult, error) {
	rows, n := m.Dims()
	alpha, beta, err := distillationCoefficients(e.Alpha, e.Beta)
	if err != nil {
		return nil, err
	}
	if e.Thresholds != nil && len(e.Thresholds) != n {
		return nil, &mcda.ShapeError{What: "electre iii thresholds", Got: len(e.Thresholds), Want: n}
	}
	if err := checkPairs("electre iii", rows, e.MaxPairs); err != nil {
		return nil, err
	}
	if err := checkDiscordance(rows, n, e.MaxPairs); err != nil {
		return nil, err
	}
	// Thresholds evaluated at every alternative's values: q[i*n+j].
	q, p, v := make([]float64, rows*n), make([]float64, rows*n), make([]float64, rows*n)
	for i := range rows {
		for j := range n {
			var t Thresholds
			if e.Thresholds != nil {
				t = e.Thresholds[j]
			}
			g := m.At(i, j)
			var err error
			if q[i*n+j], p[i*n+j], v[i*n+j], err = t.values(g); err != nil {
				return nil, critErr(m, j, fmt.Errorf("alternative %q: %v", m.Alternative(i), err))
			}
		}
	}
	res := &ELECTREIIIResult{
		Alternatives: m.Alternatives(),
		Concordance:  newMatrix(rows, rows),
		Discordance:  make([][][]float64, n),
		Credibility:  newMatrix(rows, rows),
		Alpha:        alpha,
		Beta:         beta,
	}
	for j := range res.Discordance {
		res.Discordance[j] = newMatrix(rows, rows)
	}
	w := m.Weights(nil)
	cost := make([]bool, n)
	for j := range cost {
		cost[j] = m.Criterion(j).Objective == mcda.ObjectiveCost
	}
	d := make([]float64, n)
	x, y := make([]float64, n), make([]float64, n)
	for a := range rows {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("outranking: electre iii: %w", err)
		}
		m.Row(x, a)
		for b := range rows {
			if a == b {
				res.Concordance[a][b], res.Credibility[a][b] = 1, 1
				continue
			}
			m.Row(y, b)
			c, s := Pair(d, x, y, w, q[a*n:(a+1)*n], p[a*n:(a+1)*n], v[a*n:(a+1)*n], cost)
			res.Concordance[a][b], res.Credibility[a][b] = c, s
			for j, dj := range d {
				res.Discordance[j][a][b] = dj
			}
		}
	}
	dist := distiller{sigma: res.Credibility, alpha: alpha, beta: beta}
	if res.Descending, err = dist.run(ctx, true); err != nil {
		return nil, err
	}
	if res.Ascending, err = dist.run(ctx, false); err != nil {
		return nil, err
	}
	res.DescendingRank = classRanks(res.Descending, rows)
	res.AscendingRank = classRanks(res.Ascending, rows)
	return res, nil
}

// Relation returns the relation of a to b in the final partial preorder.
// It panics if a or b is out of range.
func (r *ELECTREIIIResult) Relation(a, b int) Relation {
	return intersect(r.DescendingRank, r.AscendingRank, a, b)
}

// Relations returns the m×m matrix of [ELECTREIIIResult.Relation].
func (r *ELECTREIIIResult) Relations() [][]Relation {
	return relations(r.DescendingRank, r.AscendingRank)
}

// distillationCoefficients returns α and β, defaulted, or an error.
func distillationCoefficients(a, b *float64) (float64, float64, error) {
	alpha, beta := DefaultAlpha, DefaultBeta
	if a != nil {
		alpha = *a
	}
	if b != nil {
		beta = *b
	}
	if math.IsNaN(alpha) || math.IsInf(alpha, 0) || !(beta >= 0) || math.IsInf(beta, 0) || alpha+beta < 0 {
		return 0, 0, &mcda.CriterionError{Index: -1, Err: fmt.Errorf(
			"%w: electre iii: distillation s(λ) = %v·λ + %v must be finite and >= 0 on [0, 1]", mcda.ErrParameter, alpha, beta)}
	}
	return alpha, beta, nil
}

// classRanks returns the 1-based class of each of m alternatives.
func classRanks(classes [][]int, m int) []int {
	r := make([]int, m)
	for k, c := range classes {
		for _, a := range c {
			r[a] = k + 1
		}
	}
	return r
}

// distiller runs ELECTRE III's distillations on a credibility matrix.
type distiller struct {
	sigma       [][]float64
	alpha, beta float64
}

func (d *distiller) s(l float64) float64 { return d.alpha*l + d.beta }

// run returns the classes of the descending (or ascending) distillation,
// best first.
func (d *distiller) run(ctx context.Context, descending bool) ([][]int, error) {
	m := len(d.sigma)
	rest := make([]int, m)
	for i := range rest {
		rest[i] = i
	}
	qual := make([]int, m)
	var classes [][]int
	for len(rest) > 0 {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("outranking: distillation: %w", err)
		}
		D := append([]int(nil), rest...)
		lambda := d.maxBelow(D, math.Inf(1))
		for len(D) > 1 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("outranking: distillation: %w", err)
			}
			next := 0.0
			if cut := lambda - d.s(lambda); cut > 0 {
				next = d.maxBelow(D, cut)
			}
			best := math.MinInt
			if !descending {
				best = math.MaxInt
			}
			for _, a := range D {
				qual[a] = 0
			}
			for x, a := range D {
				for _, b := range D[x+1:] {
					if d.outranks(a, b, next) {
						qual[a]++
						qual[b]--
					}
					if d.outranks(b, a, next) {
						qual[b]++
						qual[a]--
					}
				}
			}
			for _, a := range D {
				if q := qual[a]; descending && q > best || !descending && q < best {
					best = q
				}
			}
			kept := D[:0:0]
			for _, a := range D {
				if qual[a] == best {
					kept = append(kept, a)
				}
			}
			D, lambda = kept, next
			if lambda == 0 {
				break
			}
		}
		classes = append(classes, D)
		rest = without(rest, D)
	}
	if !descending {
		for i, j := 0, len(classes)-1; i < j; i, j = i+1, j-1 {
			classes[i], classes[j] = classes[j], classes[i]
		}
	}
	return classes, nil
}

// outranks reports a T b at cut level l.
func (d *distiller) outranks(a, b int, l float64) bool {
	s := d.sigma[a][b]
	return s > l && s-d.sigma[b][a] > d.s(s)
}

// maxBelow returns the largest σ(a, b), a ≠ b in D, strictly below cut,
// or 0 if there is none.
func (d *distiller) maxBelow(D []int, cut float64) float64 {
	best := 0.0
	for _, a := range D {
		for _, b := range D {
			if s := d.sigma[a][b]; a != b && s < cut && s > best {
				best = s
			}
		}
	}
	return best
}

// without returns the elements of s (sorted) not in t (sorted).
func without(s, t []int) []int {
	out := s[:0]
	k := 0
	for _, x := range s {
		for k < len(t) && t[k] < x {
			k++
		}
		if k < len(t) && t[k] == x {
			continue
		}
		out = append(out, x)
	}
	return out
}
