package value

import (
	"errors"
	"fmt"
	"math"

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
	cols int
	rows [][]float64 // each of length cols (extended as slacks are added)
	b    []float64
}

func newProgram(cols int) *program { return &program{cols: cols} }

// row adds coef·x (op) rhs, op one of '=', '<' (<=) and '>' (>=), and
// returns the row's index. coef is copied.
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
	default:
		r = append(r, make([]float64, p.cols-len(r))...)
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
	a := mat.NewDense(len(p.rows), p.cols, nil)
	for i, r := range p.rows {
		a.SetRow(i, r)
	}
	cc := make([]float64, p.cols)
	copy(cc, c)
	f, x, err := simplex(cc, a, p.b)
	if err != nil {
		return 0, nil, err
	}
	return f, x, nil
}

// simplex calls lp.Simplex, recovers from its panics on degenerate input
// and maps its errors onto this package's.
func simplex(c []float64, a *mat.Dense, b []float64) (f float64, x []float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("value: %w: %v", ErrSolver, r)
		}
	}()
	f, x, err = lp.Simplex(c, a, b, simplexTol, nil)
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

func errorsIsInfeasible(err error) bool { return errors.Is(err, ErrInfeasible) }
