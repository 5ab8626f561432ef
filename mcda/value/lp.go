package value

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/optimize/convex/lp"
)

// Errors of the linear programmes of UTA, UTASTAR and robust ordinal
// regression.
var (
	// ErrInfeasible means a linear programme has no solution: for robust
	// ordinal regression, that no value function reproduces the reference
	// ranking.
	ErrInfeasible = errors.New("infeasible linear programme")
	// ErrUnbounded means a linear programme's objective is unbounded.
	ErrUnbounded = errors.New("unbounded linear programme")
	// ErrSolver means the simplex method failed numerically.
	ErrSolver = errors.New("simplex failed")
	// ErrReference means a reference ranking is empty, has fewer than two
	// alternatives, a negative rank, or no strict preference.
	ErrReference = errors.New("invalid reference ranking")
	// ErrTooLarge means a problem would need more linear programmes or a
	// larger one than the documented limits allow.
	ErrTooLarge = errors.New("problem too large")
)

// simplexTol is the reduced-cost tolerance given to lp.Simplex.
const simplexTol = 1e-10

// program is a linear programme in standard form, min cᵀx s.t. Ax = b,
// x >= 0, built row by row. Every inequality row gets a slack column of its
// own, which keeps A of full row rank as lp.Simplex requires.
type program struct {
	cols  int
	rows  [][]float64 // each of length cols (extended as slacks are added)
	b     []float64
	slack []int // slack column of each row, -1 for an equality
}

func newProgram(cols int) *program { return &program{cols: cols} }

// clone returns a deep copy of p.
func (p *program) clone() *program {
	q := &program{cols: p.cols, b: slices.Clone(p.b), slack: slices.Clone(p.slack), rows: make([][]float64, len(p.rows))}
	for i, r := range p.rows {
		q.rows[i] = slices.Clone(r)
	}
	return q
}

// row adds coef·x (op) rhs, op one of '=', '<' (<=) and '>' (>=). coef is
// copied.
func (p *program) row(coef []float64, op byte, rhs float64) {
	r := append([]float64(nil), coef...)
	switch op {
	case '<', '>':
		s := 1.0
		if op == '>' {
			s = -1
		}
		p.cols++
		for k := range p.rows {
			p.rows[k] = append(p.rows[k], 0)
		}
		r = append(r, make([]float64, p.cols-len(r))...)
		r[p.cols-1] = s
		p.slack = append(p.slack, p.cols-1)
	default:
		r = append(r, make([]float64, p.cols-len(r))...)
		p.slack = append(p.slack, -1)
	}
	p.rows = append(p.rows, r)
	p.b = append(p.b, rhs)
}

// equal adds coef·x = 0 as two inequalities, each with its own slack, so
// that several equalities that happen to be linearly dependent keep A of
// full row rank. A row of zeros is dropped.
func (p *program) equal(coef []float64) {
	for _, v := range coef {
		if v != 0 {
			p.row(coef, '<', 0)
			p.row(coef, '>', 0)
			return
		}
	}
}

// solve minimises c·x (c over the structural columns, padded with zeros
// for the slacks) and returns the optimum and x.
func (p *program) solve(c []float64) (float64, []float64, error) {
	return p.solveFrom(c, nil)
}

// solveFrom is solve starting from the feasible point x0 (its structural
// part; the slacks are recomputed), which skips the simplex method's first
// phase. It falls back to a cold start if no basis can be built from x0 or
// the warm start fails.
func (p *program) solveFrom(c, x0 []float64) (float64, []float64, error) {
	a := mat.NewDense(len(p.rows), p.cols, nil)
	for i, r := range p.rows {
		a.SetRow(i, r)
	}
	cc := make([]float64, p.cols)
	copy(cc, c)
	if x0 != nil {
		if basis := p.basis(x0); basis != nil {
			if f, x, err := simplexFrom(cc, a, p.b, basis); err == nil {
				return f, x, nil
			}
		}
	}
	f, x, err := simplexFrom(cc, a, p.b, nil)
	if errors.Is(err, ErrSolver) {
		// gonum's own first phase can end on a singular basis when the
		// programme is degenerate; the textbook one, from the identity
		// basis of artificial variables, does not need to search for a
		// start.
		if x1, err1 := p.phaseOne(); err1 != nil {
			if errors.Is(err1, ErrInfeasible) {
				return 0, nil, err1
			}
		} else if basis := p.basis(x1); basis != nil {
			return simplexFrom(cc, a, p.b, basis)
		}
	}
	return f, x, err
}

// phaseOne returns a feasible point of p (its structural part and slacks)
// by the first phase of the two-phase simplex method (Dantzig): it
// minimises the sum of one artificial variable per row, started from the
// basis of the artificial variables, where they equal |b_i|. It returns
// ErrInfeasible when the minimum is above the solver's tolerance.
func (p *program) phaseOne() ([]float64, error) {
	m, n := len(p.rows), p.cols
	a := mat.NewDense(m, n+m, nil)
	c := make([]float64, n+m)
	b := make([]float64, m)
	basis := make([]int, m)
	for i, r := range p.rows {
		sign := 1.0
		if p.b[i] < 0 {
			sign = -1 // the row times −1, so that the artificial is |b_i|
		}
		for j, v := range r {
			a.Set(i, j, sign*v)
		}
		a.Set(i, n+i, 1)
		b[i] = sign * p.b[i]
		c[n+i] = 1
		basis[i] = n + i
	}
	f, x, err := simplexFrom(c, a, b, basis)
	if err != nil {
		return nil, err
	}
	if f > 1e-9 {
		return nil, fmt.Errorf("value: %w", ErrInfeasible)
	}
	return x[:n], nil
}

// basis returns the indices of a feasible basis at the point whose
// structural part is x0: the positive coordinates, completed with other
// columns (slacks first) to a nonsingular set by Gram–Schmidt; nil if x0
// with its slacks is not feasible or not a vertex.
func (p *program) basis(x0 []float64) []int {
	m := len(p.rows)
	x := make([]float64, p.cols)
	n0 := min(len(x0), p.cols)
	for k := range n0 {
		x[k] = max(0, x0[k])
	}
	isSlack := make([]bool, p.cols)
	for i, s := range p.slack {
		if s < 0 {
			continue
		}
		isSlack[s] = true
		if s < n0 {
			continue
		}
		var v float64
		for k := range n0 {
			v += p.rows[i][k] * x[k]
		}
		sv := (p.b[i] - v) / p.rows[i][s]
		if sv < -1e-9 {
			return nil
		}
		x[s] = max(0, sv)
	}
	var basis []int
	q := make([][]float64, 0, m) // orthonormal columns
	col := make([]float64, m)
	try := func(j int) bool {
		var norm0 float64
		for i := range m {
			col[i] = p.rows[i][j]
			norm0 += col[i] * col[i]
		}
		if norm0 == 0 {
			return false
		}
		for range 2 { // re-orthogonalise once for stability
			for _, u := range q {
				var d float64
				for i := range m {
					d += u[i] * col[i]
				}
				for i := range m {
					col[i] -= d * u[i]
				}
			}
		}
		var norm float64
		for i := range m {
			norm += col[i] * col[i]
		}
		if norm <= 1e-18*norm0 {
			return false
		}
		u := make([]float64, m)
		for i := range m {
			u[i] = col[i] / math.Sqrt(norm)
		}
		q = append(q, u)
		basis = append(basis, j)
		return true
	}
	for j := range p.cols {
		if x[j] > 1e-12 && !try(j) {
			return nil // the positive columns are dependent: not a vertex
		}
	}
	if len(basis) > m {
		return nil
	}
	for pass := range 2 {
		for j := range p.cols {
			if len(basis) == m {
				break
			}
			if x[j] > 1e-12 || isSlack[j] != (pass == 0) {
				continue
			}
			try(j)
		}
	}
	if len(basis) != m {
		return nil
	}
	return basis
}

// simplexFrom calls lp.Simplex, from the given basis if not nil, recovers
// from its panics on degenerate input and maps its errors onto this
// package's.
func simplexFrom(c []float64, a *mat.Dense, b []float64, basis []int) (f float64, x []float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("value: %w: %v", ErrSolver, r)
		}
	}()
	f, x, err = lp.Simplex(c, a, b, simplexTol, basis)
	switch {
	case errors.Is(err, lp.ErrInfeasible):
		return 0, nil, fmt.Errorf("value: %w", ErrInfeasible)
	case errors.Is(err, lp.ErrUnbounded):
		return 0, nil, fmt.Errorf("value: %w", ErrUnbounded)
	case err != nil:
		return 0, nil, fmt.Errorf("value: %w: %v", ErrSolver, err)
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, nil, fmt.Errorf("value: %w: objective %v", ErrSolver, f)
	}
	for _, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return 0, nil, fmt.Errorf("value: %w: solution not finite", ErrSolver)
		}
	}
	return f, x, nil
}
