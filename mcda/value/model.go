package value

import (
	"errors"
	"fmt"

	"github.com/balancer-mcda/balancer/mcda"
)

// A Criterion names a criterion and gives its value function.
type Criterion struct {
	Name     string
	Function Function
}

// A Model is an additive multi-attribute value model (Keeney & Raiffa,
// 1976, ch. 3; Belton & Stewart, 2002, ch. 5): the value of alternative a
// is
//
//	V(a) = Σ_j w_j·v_j(g_j(a))
//
// with v_j criterion j's value function and w_j its weight, taken from the
// decision matrix (normalised to sum to 1), so that analyses that vary a
// matrix's weights, such as those of mcda/robust, vary the model's. V lies
// in [0, 1]; higher is better. A Model is an [mcda.Method].
//
// The value functions carry the direction of preference, so the matrix's
// objectives are not used; [Model.Matrix] sets them from the functions so
// that other methods read the same data alike.
//
// A performance outside its function's domain is an error, also when an
// analysis perturbs the values (robust.SMAA with uncertain values): give
// each function a domain that covers the values the analysis may draw.
//
// Time O(m·n·log k) for m alternatives, n criteria and k points per
// piecewise-linear function; Scores allocates only dst when it is nil. A
// Model is safe for concurrent use if its functions are.
type Model struct {
	Criteria []Criterion
}

// Name returns "mavt".
func (md *Model) Name() string { return "mavt" }

// HigherIsBetter returns true.
func (md *Model) HigherIsBetter() bool { return true }

// Scores stores V(a) for each alternative of m in dst and returns it; a nil
// dst is allocated. It panics if dst is not nil and of a length other than
// the number of alternatives.
//
// Errors: an *mcda.CriterionError wrapping mcda.ErrShape if the model does
// not have one criterion per column of m, wrapping mcda.ErrParameter if a
// criterion has no function or a name other than the column's; an
// *mcda.ValueError wrapping [ErrOutOfRange] naming the alternative and
// criterion of a performance outside its function's domain.
func (md *Model) Scores(dst []float64, m *mcda.DecisionMatrix) ([]float64, error) {
	rows, n := m.Dims()
	if dst == nil {
		dst = make([]float64, rows)
	} else if len(dst) != rows {
		panic(fmt.Sprintf("value: Model.Scores: len(dst) = %d, want %d", len(dst), rows))
	}
	if err := md.check(m); err != nil {
		return nil, err
	}
	w := m.Weights(nil)
	for i := range rows {
		var s float64
		for j := range n {
			v, err := md.value(m, i, j)
			if err != nil {
				return nil, err
			}
			s += w[j] * v
		}
		dst[i] = s
	}
	return dst, nil
}

// Contributions stores in dst, row-major m×n, each criterion's contribution
// w_j·v_j(g_j(a)) to each alternative's value, and returns it; a nil dst is
// allocated. Row i sums to the score of alternative i. Errors are as for
// [Model.Scores]; it panics if dst is not nil and of a length other than
// m·n.
func (md *Model) Contributions(dst []float64, m *mcda.DecisionMatrix) ([]float64, error) {
	rows, n := m.Dims()
	if dst == nil {
		dst = make([]float64, rows*n)
	} else if len(dst) != rows*n {
		panic(fmt.Sprintf("value: Model.Contributions: len(dst) = %d, want %d", len(dst), rows*n))
	}
	if err := md.check(m); err != nil {
		return nil, err
	}
	w := m.Weights(nil)
	for i := range rows {
		for j := range n {
			v, err := md.value(m, i, j)
			if err != nil {
				return nil, err
			}
			dst[i*n+j] = w[j] * v
		}
	}
	return dst, nil
}

// Matrix returns the decision matrix of the given alternatives and rows of
// performances (rows[i][j] of alternative i on the model's criterion j)
// with the given weights, each criterion a benefit if its function is
// increasing and a cost otherwise. It checks every performance against its
// function's domain. Errors are those of mcda.NewDecisionMatrix and
// [Model.Scores].
func (md *Model) Matrix(alternatives []string, rows [][]float64, weights []float64) (*mcda.DecisionMatrix, error) {
	if len(weights) != len(md.Criteria) {
		return nil, &mcda.CriterionError{Index: -1, Err: &mcda.ShapeError{What: "weights", Got: len(weights), Want: len(md.Criteria)}}
	}
	crit := make([]mcda.Criterion, len(md.Criteria))
	for j, c := range md.Criteria {
		if c.Function == nil {
			return nil, &mcda.CriterionError{Index: j, Name: c.Name, Err: fmt.Errorf("%w: no value function", mcda.ErrParameter)}
		}
		crit[j] = mcda.Criterion{Name: c.Name, Objective: mcda.ObjectiveBenefit, Weight: weights[j]}
		if !c.Function.Increasing() {
			crit[j].Objective = mcda.ObjectiveCost
		}
	}
	m, err := mcda.NewDecisionMatrix(alternatives, crit, rows)
	if err != nil {
		return nil, err
	}
	if _, err := md.Scores(nil, m); err != nil {
		return nil, err
	}
	return m, nil
}

func (md *Model) check(m *mcda.DecisionMatrix) error {
	_, n := m.Dims()
	if len(md.Criteria) != n {
		return &mcda.CriterionError{Index: -1, Err: &mcda.ShapeError{What: "value functions", Got: len(md.Criteria), Want: n}}
	}
	for j, c := range md.Criteria {
		name := m.Criterion(j).Name
		if c.Function == nil {
			return &mcda.CriterionError{Index: j, Name: name, Err: fmt.Errorf("%w: no value function", mcda.ErrParameter)}
		}
		if c.Name != "" && c.Name != name {
			return &mcda.CriterionError{Index: j, Name: name, Err: fmt.Errorf("%w: value function of criterion %q", mcda.ErrParameter, c.Name)}
		}
	}
	return nil
}

func (md *Model) value(m *mcda.DecisionMatrix, i, j int) (float64, error) {
	x := m.At(i, j)
	v, err := md.Criteria[j].Function.Value(x)
	if err != nil {
		cause := ErrOutOfRange
		if !errors.Is(err, ErrOutOfRange) {
			cause = mcda.ErrNotFinite
		}
		lo, hi := md.Criteria[j].Function.Domain()
		return 0, &mcda.ValueError{Alternative: i, AlternativeName: m.Alternative(i), Criterion: j,
			CriterionName: m.Criterion(j).Name, Value: x, Err: fmt.Errorf("%w [%v, %v]", cause, lo, hi)}
	}
	return v, nil
}
