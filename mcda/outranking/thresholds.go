package outranking

import (
	"fmt"
	"math"

	"github.com/balancer-mcda/balancer/mcda"
)

// A Threshold is a discrimination threshold affine in the performance
// g it is evaluated at: t(g) = Alpha + Beta·g (Roy, 1978; Figueira,
// Mousseau & Roy, 2005). A constant threshold has Beta = 0; see [Constant].
type Threshold struct {
	Alpha float64 // the constant part, in the criterion's units
	Beta  float64 // the slope, per unit of the criterion
}

// Constant returns the constant threshold t(g) = x.
func Constant(x float64) Threshold { return Threshold{Alpha: x} }

// At returns t(g) = Alpha + Beta·g.
func (t Threshold) At(g float64) float64 { return t.Alpha + t.Beta*g }

// Thresholds holds the indifference, preference and veto thresholds of one
// criterion. The zero value has q = p = 0 and no veto: a true criterion,
// on which any shortfall is a strict preference and none is a veto.
//
// At every performance g they are evaluated at they must satisfy
// 0 <= q(g) <= p(g) <= v(g), all finite; otherwise the method reports an
// error wrapping [mcda.ErrParameter] that names the criterion.
type Thresholds struct {
	Q, P Threshold // indifference q and preference p
	V    Threshold // veto v, used only when Veto is true
	Veto bool      // whether the criterion has a veto threshold
}

// values returns q, p and v (+Inf without veto) at g, or an error
// naming the problem.
func (t Thresholds) values(g float64) (q, p, v float64, err error) {
	q, p, v = t.Q.At(g), t.P.At(g), math.Inf(1)
	if t.Veto {
		v = t.V.At(g)
	}
	switch {
	case !(q >= 0) || math.IsInf(q, 0):
		err = fmt.Errorf("q = %v at g = %v, want finite and >= 0", q, g)
	case !(p >= q) || math.IsInf(p, 0):
		err = fmt.Errorf("p = %v at g = %v, want finite and >= q = %v", p, g, q)
	case t.Veto && (!(v >= p) || math.IsInf(v, 0)):
		err = fmt.Errorf("v = %v at g = %v, want finite and >= p = %v (a veto below the preference threshold)", v, g, p)
	}
	return q, p, v, err
}

// Validate checks the thresholds at the performance g of criterion j of
// m: it returns nil or a [*mcda.CriterionError] wrapping
// [mcda.ErrParameter].
func (t Thresholds) Validate(m *mcda.DecisionMatrix, j int, g float64) error {
	_, _, _, err := t.values(g)
	if err != nil {
		return critErr(m, j, err)
	}
	return nil
}

func critErr(m *mcda.DecisionMatrix, j int, err error) error {
	return &mcda.CriterionError{Index: j, Name: m.Criterion(j).Name, Err: fmt.Errorf("%w: %v", mcda.ErrParameter, err)}
}

// Concordance returns the partial concordance index c_j(a, b) of a
// shortfall x = how much b is better than a on the criterion, in the
// preferred direction: 1 when x <= q, 0 when x >= p, and (p − x)/(p − q)
// in between (Roy, 1978).
func Concordance(x, q, p float64) float64 {
	switch {
	case x <= q:
		return 1
	case x >= p:
		return 0
	}
	return (p - x) / (p - q)
}

// Discordance returns the partial discordance index d_j(a, b) of a
// shortfall x: 0 when x <= p, 1 when x >= v, and (x − p)/(v − p) in
// between (Roy, 1978). With v = +Inf (no veto) it is 0.
func Discordance(x, p, v float64) float64 {
	switch {
	case x <= p:
		return 0
	case x >= v:
		return 1
	}
	return (x - p) / (v - p)
}

// Credibility returns ELECTRE III's credibility index from the
// concordance c and the partial discordances d (Roy, 1978; Figueira,
// Mousseau & Roy, 2005, eq. 4.9):
//
//	σ = c · Π_{j: d_j > c} (1 − d_j)/(1 − c)
//
// so that a criterion discordant beyond the concordance weakens σ, and a
// full veto (d_j = 1) makes σ = 0. This is the formula of Roy (1978), of
// pyDecision (electre_iii) and of py-mcda (Electre3); Mousseau & Dias
// (2004) propose a variant, not offered here.
func Credibility(c float64, d []float64) float64 {
	s := c
	for _, dj := range d {
		if dj > c {
			if dj >= 1 {
				return 0
			}
			s *= (1 - dj) / (1 - c)
		}
	}
	return s
}

// DefaultMaxPairs is the default limit on the number m·m of ordered pairs
// of alternatives of the O(m²) methods of this package: 2^22, m = 2048,
// at which ELECTRE III's concordance and credibility matrices take 34 MB
// each and its discordance matrices 34 MB per criterion.
const DefaultMaxPairs = 1 << 22

// checkPairs returns an error wrapping mcda.ErrParameter when m·m
// exceeds the limit (0: DefaultMaxPairs).
func checkPairs(method string, m, limit int) error {
	if limit == 0 {
		limit = DefaultMaxPairs
	}
	if limit < 0 {
		return fmt.Errorf("outranking: %s: MaxPairs %d < 0: %w", method, limit, mcda.ErrParameter)
	}
	if pairs := float64(m) * float64(m); pairs > float64(limit) {
		return fmt.Errorf("outranking: %s: %d alternatives make %.4g pairs, above the limit of %d (MaxPairs): "+
			"rank with a method of linear cost (topsis, wsm, promethee's flows) or sort with package sorting: %w",
			method, m, pairs, limit, mcda.ErrParameter)
	}
	return nil
}

// checkDiscordance bounds the m·m·n entries of ELECTRE III's
// discordance matrices to 8·limit.
func checkDiscordance(m, n, limit int) error {
	if limit == 0 {
		limit = DefaultMaxPairs
	}
	if e := float64(m) * float64(m) * float64(n); e > 8*float64(limit) {
		return fmt.Errorf("outranking: electre iii: %d alternatives and %d criteria make %.4g discordance entries (%.3g GB), above 8·MaxPairs = %d: "+
			"use fewer criteria or alternatives, or rank with a method of linear cost: %w",
			m, n, e, e*8/1e9, 8*limit, mcda.ErrParameter)
	}
	return nil
}

// shortfall returns how much y is better than x on a criterion, in its
// preferred direction.
func shortfall(x, y float64, cost bool) float64 {
	if cost {
		return x - y
	}
	return y - x
}

// newSquare returns an r×c matrix backed by one contiguous slice.
func newMatrix(r, c int) [][]float64 {
	data := make([]float64, r*c)
	out := make([][]float64, r)
	for i := range out {
		out[i] = data[i*c : (i+1)*c : (i+1)*c]
	}
	return out
}
