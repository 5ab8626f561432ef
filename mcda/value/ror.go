package value

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/balancer-mcda/balancer/mcda"
)

// MaxRORAlternatives is the largest number of alternatives [NewRelations]
// accepts: it solves about m·(m − 1) linear programmes, 39 800 for m = 200
// (about a minute).
const MaxRORAlternatives = 200

// rorTol is the least ε, and the least value difference, that counts as
// a strict preference.
const rorTol = 1e-9

// Relations are the necessary and possible weak preference relations of
// robust ordinal regression, UTA^GMS (Greco, Mousseau & Słowiński, 2008,
// "Ordinal regression revisited: multiple criteria ranking using a set of
// additive value functions", EJOR 191(2):416–436).
//
// The compatible value functions are all additive U = Σ_j u_j with u_j
// non-decreasing in preference (general monotone: linear between the
// performances of the alternatives, the characteristic points),
// u_j(worst) = 0, Σ_j u_j(best) = 1, that reproduce the reference ranking:
// U(a) >= U(b) + ε for a ranked above b and U(a) = U(b) for a tie, with
// ε > 0. Then a ≿ᴺ b (necessarily) if U(a) >= U(b) for every compatible U,
// and a ≿ᴾ b (possibly) if for at least one. Necessary implies possible.
type Relations struct {
	Alternatives []string `json:"alternatives"`
	// Necessary[a*m+b] and Possible[a*m+b] report a ≿ᴺ b and a ≿ᴾ b.
	Necessary []bool `json:"necessary"`
	Possible  []bool `json:"possible"`
	// Epsilon is the largest ε of a compatible value function.
	Epsilon float64 `json:"epsilon"`
	// Programs counts the linear programmes solved.
	Programs int `json:"programs"`
}

// NewRelations computes the necessary and possible relations of m's
// alternatives for the reference ranking ranks (as for [UTA.Fit]: 1 = best,
// equal ranks tie, 0 = not a reference alternative).
//
// It first maximises ε over the compatible value functions; ε* <= 1e-9
// means there is none. The compatible set C is then not empty, and its
// closure C̄ (ε = 0 allowed) is a polytope on which inf_C and sup_C of a
// linear function are attained. So for each pair {a, b} of alternatives
// not both in the reference ranking, two programmes over C̄ give
// dmin = min U(a) − U(b) and dmax = max U(a) − U(b), and
//
//	a ≿ᴺ b  ⇔  dmin >= 0          b ≿ᴺ a  ⇔  dmax <= 0
//	a ≿ᴾ b  ⇐  dmax > 0           b ≿ᴾ a  ⇐  dmin < 0
//
// (up to 1e-9). Only when dmax = 0 (or dmin = 0) with the pair not
// necessary can the supremum be reached on the boundary of C alone, and
// one programme of Greco et al. (2008, §3.2), max ε subject to
// compatibility and U(a) >= U(b), decides a ≿ᴾ b. Necessary implies
// possible. Reference pairs are settled without a programme.
//
// Cost: one programme for ε*, then two per pair not both in the reference
// ranking (at most m·(m − 1)), and rarely one more: O(m²) programmes, each
// a dense simplex on about R + 2 rows and W + R columns (R reference
// alternatives, W = Σ_j (distinct performances on j − 1)), O((R + W)·R)
// memory, each starting from the previous optimum. With n = 6 and 10
// ranked alternatives: 0.37 s for m = 30, 1.6 s for 60, 6.7 s for 100 on
// the 2-core development machine, and about a minute for m = 200. It checks m <=
// [MaxRORAlternatives] before any work, returning [ErrTooLarge]; for more
// alternatives compute the relations of a subset, or use [UTA.Fit] for one
// representative function. It checks ctx between programmes and returns
// ctx.Err() wrapped.
//
// Errors: those of the reference ranking as for [UTA.Fit];
// [ErrInfeasible] if no compatible value function exists (the reference
// ranking is inconsistent with monotone additive values, e.g. a dominated
// alternative ranked first); [ErrSolver] for a numerical failure.
func NewRelations(ctx context.Context, m *mcda.DecisionMatrix, ranks []int) (*Relations, error) {
	rows, _ := m.Dims()
	if rows > MaxRORAlternatives {
		return nil, fmt.Errorf("value: ror: %d alternatives, at most %d (m·(m − 1) linear programmes): %w", rows, MaxRORAlternatives, ErrTooLarge)
	}
	ref, err := reference(ranks, rows)
	if err != nil {
		return nil, err
	}
	u := newGMSModel(m)
	W := u.w()
	diff := func(coef []float64, a, b int) {
		clear(coef)
		for l := range W {
			coef[l] = u.coef[a*W+l] - u.coef[b*W+l]
		}
	}
	// build returns the compatibility programme, with an ε column (index
	// W) in the strict constraints if withEps.
	build := func(withEps bool) *program {
		cols := W
		if withEps {
			cols++
		}
		p := newProgram(cols)
		coef := make([]float64, cols)
		for k := 0; k+1 < len(ref); k++ {
			a, b := ref[k], ref[k+1]
			diff(coef, a, b)
			if ranks[a] == ranks[b] {
				p.equal(coef)
				continue
			}
			if withEps {
				coef[W] = -1
			}
			p.row(coef, '>', 0)
		}
		clear(coef)
		for l := range W {
			coef[l] = 1
		}
		p.row(coef, '=', 1)
		return p
	}
	r := &Relations{Alternatives: m.Alternatives(), Necessary: make([]bool, rows*rows), Possible: make([]bool, rows*rows)}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("value: ror: %w", err)
	}
	withEps := build(true)
	objEps := make([]float64, W+1)
	objEps[W] = -1
	f, _, err := withEps.solve(objEps)
	r.Programs++
	if err != nil {
		return nil, fmt.Errorf("value: ror: compatibility: %w", err)
	}
	if -f <= rorTol {
		return nil, fmt.Errorf("value: ror: no compatible value function (largest ε %v): %w", -f, ErrInfeasible)
	}
	r.Epsilon = -f

	closure := build(false)
	obj := make([]float64, W)
	var x0 []float64
	// extreme returns min (sign 1) or −max (sign −1) of U(a) − U(b) on C̄.
	extreme := func(a, b int, sign float64) (float64, error) {
		diff(obj, a, b)
		for l := range obj {
			obj[l] *= sign
		}
		f, x, err := closure.solveFrom(obj, x0)
		r.Programs++
		if err != nil {
			return 0, err
		}
		x0 = x
		return f, nil
	}
	// possibly decides a ≿ᴾ b when max U(a) − U(b) on C̄ is 0.
	possibly := func(a, b int) (bool, error) {
		p := withEps.clone()
		coef := make([]float64, W+1)
		diff(coef, a, b)
		p.row(coef, '>', 0)
		f, _, err := p.solve(objEps)
		r.Programs++
		switch {
		case err == nil:
			return -f > rorTol, nil
		case errors.Is(err, ErrInfeasible):
			return false, nil
		}
		return false, err
	}
	set := func(a, b int, nec, pos bool) {
		r.Necessary[a*rows+b], r.Possible[a*rows+b] = nec, pos || nec
	}
	for a := range rows {
		set(a, a, true, true)
		for b := a + 1; b < rows; b++ {
			if ra, rb := ranks[a], ranks[b]; ra > 0 && rb > 0 {
				set(a, b, ra <= rb, ra <= rb)
				set(b, a, rb <= ra, rb <= ra)
				continue
			}
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("value: ror: %w", err)
			}
			dmin, err := extreme(a, b, 1)
			if err != nil {
				return nil, fmt.Errorf("value: ror: %s and %s: %w", m.Alternative(a), m.Alternative(b), err)
			}
			negMax, err := extreme(a, b, -1)
			if err != nil {
				return nil, fmt.Errorf("value: ror: %s and %s: %w", m.Alternative(a), m.Alternative(b), err)
			}
			dmax := -negMax
			aNb, bNa := dmin >= -rorTol, dmax <= rorTol
			aPb, bPa := dmax > rorTol, dmin < -rorTol
			if !aNb && !aPb && dmax >= -rorTol { // dmax = 0: decide on C itself
				if aPb, err = possibly(a, b); err != nil {
					return nil, fmt.Errorf("value: ror: %s over %s: %w", m.Alternative(a), m.Alternative(b), err)
				}
			}
			if !bNa && !bPa && dmin <= rorTol {
				if bPa, err = possibly(b, a); err != nil {
					return nil, fmt.Errorf("value: ror: %s over %s: %w", m.Alternative(b), m.Alternative(a), err)
				}
			}
			set(a, b, aNb, aPb)
			set(b, a, bNa, bPa)
		}
	}
	return r, nil
}

// newGMSModel returns the general monotone parametrisation: the
// characteristic points of criterion j are the distinct performances on j,
// worst to best, and coef is 1 for each increment below an alternative's
// performance.
func newGMSModel(m *mcda.DecisionMatrix) *utaModel {
	rows, n := m.Dims()
	u := &utaModel{m: rows, n: n, start: make([]int, n+1), xs: make([][]float64, n)}
	col := make([]float64, rows)
	for j := range n {
		col = m.Col(col, j)
		xs := slices.Clone(col)
		slices.Sort(xs)
		xs = slices.Compact(xs)
		if m.Criterion(j).Objective == mcda.ObjectiveCost {
			slices.Reverse(xs)
		}
		if len(xs) == 1 {
			xs = append(xs, xs[0]) // a constant criterion keeps one increment
		}
		u.xs[j] = xs
		u.start[j+1] = u.start[j] + len(xs) - 1
	}
	W := u.w()
	u.coef = make([]float64, rows*W)
	for j := range n {
		col = m.Col(col, j)
		xs := u.xs[j]
		for i, x := range col {
			pos := slices.Index(xs, x)
			for l := range pos {
				u.coef[i*W+u.start[j]+l] = 1
			}
		}
	}
	return u
}

// Necessarily reports whether alternative a is necessarily at least as
// good as b.
func (r *Relations) Necessarily(a, b int) bool { return r.Necessary[a*len(r.Alternatives)+b] }

// Possibly reports whether alternative a is possibly at least as good as b.
func (r *Relations) Possibly(a, b int) bool { return r.Possible[a*len(r.Alternatives)+b] }
