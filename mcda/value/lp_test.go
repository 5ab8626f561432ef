package value

import (
	"errors"
	"math"
	"testing"
)

// TestProgramDegenerateColdStart is the programme of a rapid case on
// which gonum's lp.Simplex, started cold, reported a singular basis: max ε
// subject to five rows coef·u − ε >= 0 and Σu = 1, whose maximum is 0
// (ε >= 1e-6 is infeasible). solve reaches it through the textbook first
// phase, and the point it returns is feasible.
func TestProgramDegenerateColdStart(t *testing.T) {
	build := func() *program {
		p := newProgram(8)
		for _, r := range [][]float64{
			{0, 0, 1, 0, -1, 1, 0, -1},
			{1, 1, 0, 0, 0, -1, -1, -1},
			{-1, 0, 0, 0, 1, 0, 1, -1},
			{0, 0, 0, 1, 0, 0, 0, -1},
		} {
			p.row(r, '>', 0)
		}
		p.row([]float64{1, 1, 1, 1, 1, 1, 1, 0}, '=', 1)
		p.row([]float64{0, -1, 0, -1, -1, 1, 0, -1}, '>', 0)
		return p
	}
	obj := []float64{0, 0, 0, 0, 0, 0, 0, -1}
	p := build()
	f, x, err := p.solve(obj)
	if err != nil || f != 0 {
		t.Fatalf("solve = %v, %v; want 0", f, err)
	}
	for i, r := range p.rows {
		var v float64
		for j, c := range r {
			v += c * x[j]
		}
		if math.Abs(v-p.b[i]) > 1e-12 {
			t.Errorf("row %d: %v, want %v", i, v, p.b[i])
		}
	}
	for j, v := range x {
		if v < 0 {
			t.Errorf("x[%d] = %v < 0", j, v)
		}
	}
	q := build()
	q.row([]float64{0, 0, 0, 0, 0, 0, 0, 1}, '>', 1e-6)
	if _, _, err := q.solve(obj); !errors.Is(err, ErrInfeasible) {
		t.Errorf("with ε >= 1e-6: err = %v, want ErrInfeasible", err)
	}
}
