package value

import (
	"context"
	"fmt"
	"slices"

	"github.com/balancer-mcda/balancer/mcda"
)

// MaxRORAlternatives is the largest number of alternatives [NewRelations]
// accepts: it solves up to 2·m·(m − 1) linear programmes, 79 600 for
// m = 200.
const MaxRORAlternatives = 200

// rorTol is the least ε that counts as a strict preference.
const rorTol = 1e-8

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
// For each ordered pair (a, b) it maximises ε subject to compatibility and
// U(b) >= U(a) + ε: a ≿ᴺ b unless some ε > 1e-8 is feasible. If a ≿ᴺ b
// does not hold it maximises ε subject to compatibility and U(a) >= U(b):
// a ≿ᴾ b if that gives ε > 1e-8 (Greco et al., 2008, §3.2). Reference
// pairs are settled without a programme.
//
// Cost: one programme to check compatibility and at most 2·m·(m − 1)
// more, each a dense simplex on about 2R + 2 rows and W + 2R columns (R
// reference alternatives, W = Σ_j (distinct performances on j − 1)):
// O(m²) programmes of O((R + W)·R) memory each, about a second for
// m = 30, n = 6 (see the README). It checks m <= [MaxRORAlternatives]
// before any work, returning [ErrTooLarge]; for more alternatives, compute
// the relations of a subset, or use [UTA.Fit] for one representative
// function. It checks ctx between programmes and returns ctx.Err()
// wrapped.
//
// Errors: those of the reference ranking as for [UTA.Fit];
// [ErrInfeasible] if no compatible value function exists (the reference
// ranking is inconsistent with monotone additive values, e.g. a dominated
// alternative ranked first); [ErrSolver] for a numerical failure.
func NewRelations(ctx context.Context, m *mcda.DecisionMatrix, ranks []int) (*Relations, error) {
	rows, _ := m.Dims()
	if rows > MaxRORAlternatives {
		return nil, fmt.Errorf("value: ror: %d alternatives, at most %d (2·m·(m − 1) linear programmes): %w", rows, MaxRORAlternatives, ErrTooLarge)
	}
	ref, err := reference(ranks, rows)
	if err != nil {
		return nil, err
	}
	u := newGMSModel(m)
	W := u.w()
	// Columns: W increments, ε.
	eps := W
	cols := W + 1
	base := newProgram(cols)
	coef := make([]float64, cols)
	for k := 0; k+1 < len(ref); k++ {
		a, b := ref[k], ref[k+1]
		clear(coef)
		for l := range W {
			coef[l] = u.coef[a*W+l] - u.coef[b*W+l]
		}
		if ranks[a] == ranks[b] {
			base.equal(coef)
		} else {
			coef[eps] = -1
			base.row(coef, '>', 0)
		}
	}
	clear(coef)
	for l := range W {
		coef[l] = 1
	}
	base.row(coef, '=', 1)
	obj := make([]float64, cols)
	obj[eps] = -1

	r := &Relations{Alternatives: m.Alternatives(), Necessary: make([]bool, rows*rows), Possible: make([]bool, rows*rows)}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("value: ror: %w", err)
	}
	f, _, err := base.solve(obj)
	r.Programs++
	if err != nil {
		return nil, fmt.Errorf("value: ror: compatibility: %w", err)
	}
	if -f <= rorTol {
		return nil, fmt.Errorf("value: ror: no compatible value function (largest ε %v): %w", -f, ErrInfeasible)
	}
	r.Epsilon = -f

	// maxEps returns the largest ε with the compatibility constraints and
	// U(a) − U(b) − (ε if strict) >= 0, or 0 if that is infeasible.
	maxEps := func(a, b int, strict bool) (float64, error) {
		p := &program{cols: base.cols, b: slices.Clone(base.b), rows: make([][]float64, len(base.rows))}
		for i, row := range base.rows {
			p.rows[i] = slices.Clone(row)
		}
		clear(coef)
		for l := range W {
			coef[l] = u.coef[a*W+l] - u.coef[b*W+l]
		}
		if strict {
			coef[eps] = -1
		}
		p.row(coef, '>', 0)
		f, _, err := p.solve(obj)
		r.Programs++
		switch {
		case err == nil:
			return -f, nil
		case errorsIsInfeasible(err):
			return 0, nil
		}
		return 0, err
	}
	for a := range rows {
		for b := range rows {
			k := a*rows + b
			if a == b {
				r.Necessary[k], r.Possible[k] = true, true
				continue
			}
			if ra, rb := ranks[a], ranks[b]; ra > 0 && rb > 0 && ra <= rb {
				r.Necessary[k], r.Possible[k] = true, true
				continue
			}
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("value: ror: %w", err)
			}
			e, err := maxEps(b, a, true)
			if err != nil {
				return nil, fmt.Errorf("value: ror: %s over %s: %w", m.Alternative(b), m.Alternative(a), err)
			}
			if e <= rorTol {
				r.Necessary[k], r.Possible[k] = true, true
				continue
			}
			e, err = maxEps(a, b, false)
			if err != nil {
				return nil, fmt.Errorf("value: ror: %s over %s: %w", m.Alternative(a), m.Alternative(b), err)
			}
			r.Possible[k] = e > rorTol
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
		if m.Criterion(j).Objective == mcda.Cost {
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
