package sorting

import (
	"fmt"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/outranking"
)

// Rule is an ELECTRE TRI-B assignment rule.
//
// Its values are [RulePessimistic] and [RuleOptimistic].
type Rule int

const (
	// RulePessimistic is the pseudo-conjunctive rule: compare a with the
	// profiles from the best down; a goes to the category just above the
	// first profile b_h it outranks (σ(a, b_h) >= λ), or to the worst.
	RulePessimistic Rule = iota
	// RuleOptimistic is the pseudo-disjunctive rule: compare a with the
	// profiles from the worst up; a goes to the category just below the
	// first profile b_h strictly preferred to it (b_h outranks a and a
	// does not outrank b_h), or to the best.
	RuleOptimistic
)

// String returns "pessimistic" or "optimistic".
func (r Rule) String() string {
	switch r {
	case RulePessimistic:
		return "pessimistic"
	case RuleOptimistic:
		return "optimistic"
	}
	return fmt.Sprintf("Rule(%d)", int(r))
}

// ParseRule returns the rule named "pessimistic" or "optimistic", or an
// error wrapping [mcda.ErrParameter].
func ParseRule(s string) (Rule, error) {
	switch s {
	case "pessimistic":
		return RulePessimistic, nil
	case "optimistic":
		return RuleOptimistic, nil
	}
	return 0, fmt.Errorf("sorting: rule %q: %w (want pessimistic or optimistic)", s, mcda.ErrParameter)
}

// DefaultLambda is ELECTRE TRI-B's cutting level when none is given.
const DefaultLambda = 0.75

// ELECTRETRIB is ELECTRE TRI-B (Yu, 1992, Aide multicritère à la décision
// dans le cadre de la problématique du tri, thèse, Université Paris-
// Dauphine; Roy & Bouyssou, 1993; Mousseau, Słowiński & Zielniewicz, 2000,
// Computers & Operations Research 27:757-777, and their ELECTRE TRI 2.0a
// manual, Document du LAMSADE 111). The k categories C_0 (worst) …
// C_{k−1} (best) are separated by k−1 boundary profiles b_0 … b_{k−2},
// worst first; b_h is the upper limit of C_h and the lower limit of
// C_{h+1}. For each alternative a and profile b_h, the concordance,
// discordance and credibility σ(a, b_h) and σ(b_h, a) are those of ELECTRE
// III (see [outranking.Pair]), and a outranks b_h when σ(a, b_h) >= λ.
// The alternative is then assigned by the pessimistic and the optimistic
// [Rule]; the pessimistic category is never above the optimistic one.
//
// Conventions: thresholds belong to the profiles, as in the ELECTRE TRI
// 2.0a manual: σ(a, b_h) and σ(b_h, a) both use the thresholds of b_h,
// evaluated at g(b_h) when they are affine (with constant thresholds, as
// in py-mcda, qgis-etri and github.com/cghiaus/ELECTRE_Tri, this makes no
// difference). The outranking test is σ >= λ, not
// σ > λ (Mousseau et al., 2000); λ must lie in [0.5, 1]. The rules are the
// standard ones, as in qgis-etri: pessimistic needs only a S b_h;
// implementations that demand a strict preference of a over b_h in the
// pessimistic rule (py-mcda, github.com/cghiaus/ELECTRE_Tri) assign an
// alternative indifferent to a profile one category lower. On a
// cost criterion the shortfall of a behind b is g(a) − g(b).
//
// The work is O(m·(k−1)·n) time and O(m·(k−1)) memory for the matrices of
// the result.
type ELECTRETRIB struct {
	// Profiles holds the k−1 boundary profiles, worst first, each with one
	// value per criterion. There must be at least one.
	Profiles [][]float64
	// Thresholds holds the thresholds of each criterion, used for every
	// profile; nil means the zero Thresholds (true criteria, no veto).
	Thresholds []outranking.Thresholds
	// ProfileThresholds, if not nil, holds the thresholds of each profile
	// (one row per profile, one element per criterion) and overrides
	// Thresholds.
	ProfileThresholds [][]outranking.Thresholds
	// Lambda is the cutting level λ in [0.5, 1]; 0 means DefaultLambda.
	Lambda float64
}

// ELECTRETRIBResult holds the intermediates and the assignments of ELECTRE
// TRI-B. Matrices have one row per alternative and one column per
// profile.
type ELECTRETRIBResult struct {
	Lambda float64 // the cutting level used
	// ConcordanceAB[i][h] = C(a_i, b_h); ConcordanceBA[i][h] = C(b_h, a_i).
	ConcordanceAB, ConcordanceBA [][]float64
	// CredibilityAB[i][h] = σ(a_i, b_h); CredibilityBA[i][h] = σ(b_h, a_i).
	CredibilityAB, CredibilityBA [][]float64
	// Pessimistic and Optimistic give each alternative's category, 0 the
	// worst.
	Pessimistic, Optimistic []int
}

// Categories returns the assignments of the given rule.
func (r *ELECTRETRIBResult) Categories(rule Rule) []int {
	if rule == RuleOptimistic {
		return r.Optimistic
	}
	return r.Pessimistic
}

// Evaluate compares every alternative of m with every profile and assigns
// it by both rules. Errors, all wrapping [mcda.ErrParameter] except the
// shape errors: λ outside [0.5, 1]; an [*outranking.ProfileError] for no profile, a
// profile of the wrong length, a non-finite value or a profile that does
// not dominate the one below; a [*mcda.ShapeError] for thresholds of the
// wrong length; a [*mcda.CriterionError] for thresholds out of order
// (q <= p <= v) at a profile's value.
func (e *ELECTRETRIB) Evaluate(m *mcda.DecisionMatrix) (*ELECTRETRIBResult, error) {
	rows, n := m.Dims()
	lambda := e.Lambda
	if lambda == 0 {
		lambda = DefaultLambda
	}
	if !(lambda >= 0.5 && lambda <= 1) {
		return nil, fmt.Errorf("sorting: electre tri-b: λ = %v, want in [0.5, 1]: %w", lambda, mcda.ErrParameter)
	}
	if err := outranking.CheckProfiles(m, e.Profiles, 1); err != nil {
		return nil, err
	}
	k := len(e.Profiles)
	if e.Thresholds != nil && len(e.Thresholds) != n {
		return nil, &mcda.ShapeError{What: "electre tri-b thresholds", Got: len(e.Thresholds), Want: n}
	}
	if e.ProfileThresholds != nil && len(e.ProfileThresholds) != k {
		return nil, &mcda.ShapeError{What: "electre tri-b profile thresholds", Got: len(e.ProfileThresholds), Want: k}
	}
	// Thresholds of each profile, at its values: q[h*n+j].
	q, p, v := make([]float64, k*n), make([]float64, k*n), make([]float64, k*n)
	for h, b := range e.Profiles {
		th := e.Thresholds
		if e.ProfileThresholds != nil {
			th = e.ProfileThresholds[h]
			if len(th) != n {
				return nil, &mcda.ShapeError{What: fmt.Sprintf("electre tri-b thresholds of profile %d", h), Got: len(th), Want: n}
			}
		}
		for j := range n {
			var t outranking.Thresholds
			if th != nil {
				t = th[j]
			}
			if err := t.Validate(m, j, b[j]); err != nil {
				return nil, fmt.Errorf("sorting: electre tri-b: profile %d: %w", h, err)
			}
			q[h*n+j], p[h*n+j], v[h*n+j] = t.Q.At(b[j]), t.P.At(b[j]), t.V.At(b[j])
			if !t.Veto {
				v[h*n+j] = inf
			}
		}
	}
	res := &ELECTRETRIBResult{
		Lambda:        lambda,
		ConcordanceAB: newMatrix(rows, k), ConcordanceBA: newMatrix(rows, k),
		CredibilityAB: newMatrix(rows, k), CredibilityBA: newMatrix(rows, k),
		Pessimistic: make([]int, rows), Optimistic: make([]int, rows),
	}
	w := m.Weights(nil)
	cost := make([]bool, n)
	for j := range cost {
		cost[j] = m.Criterion(j).Objective == mcda.ObjectiveCost
	}
	x, d := make([]float64, n), make([]float64, n)
	for i := range rows {
		m.Row(x, i)
		for h, b := range e.Profiles {
			qh, ph, vh := q[h*n:(h+1)*n], p[h*n:(h+1)*n], v[h*n:(h+1)*n]
			res.ConcordanceAB[i][h], res.CredibilityAB[i][h] = outranking.Pair(d, x, b, w, qh, ph, vh, cost)
			res.ConcordanceBA[i][h], res.CredibilityBA[i][h] = outranking.Pair(d, b, x, w, qh, ph, vh, cost)
		}
		res.Pessimistic[i] = pessimistic(res.CredibilityAB[i], lambda)
		res.Optimistic[i] = optimistic(res.CredibilityAB[i], res.CredibilityBA[i], lambda)
	}
	return res, nil
}

// pessimistic returns the category of the pseudo-conjunctive rule from
// σ(a, b_h).
func pessimistic(ab []float64, lambda float64) int {
	for h := len(ab) - 1; h >= 0; h-- {
		if ab[h] >= lambda {
			return h + 1
		}
	}
	return 0
}

// optimistic returns the category of the pseudo-disjunctive rule.
func optimistic(ab, ba []float64, lambda float64) int {
	for h := range ab {
		if ba[h] >= lambda && ab[h] < lambda {
			return h
		}
	}
	return len(ab)
}
