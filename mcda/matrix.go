package mcda

import (
	"fmt"
	"maps"
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"
)

// Objective says whether larger or smaller values of a criterion are
// preferred. Its zero value is invalid, so that an unset objective is caught
// by validation.
//
// Its values are [ObjectiveBenefit] and [ObjectiveCost].
type Objective int

const (
	ObjectiveBenefit Objective = iota + 1 // larger values are preferred
	ObjectiveCost                         // smaller values are preferred
)

// String returns "benefit", "cost", or "Objective(n)" for an invalid value.
func (o Objective) String() string {
	switch o {
	case ObjectiveBenefit:
		return "benefit"
	case ObjectiveCost:
		return "cost"
	}
	return fmt.Sprintf("Objective(%d)", int(o))
}

// ParseObjective returns the Objective named "benefit" or "cost".
func ParseObjective(s string) (Objective, error) {
	switch s {
	case "benefit":
		return ObjectiveBenefit, nil
	case "cost":
		return ObjectiveCost, nil
	}
	return 0, fmt.Errorf("%q: %w", s, ErrObjective)
}

// Criterion describes one column of a decision matrix.
type Criterion struct {
	Name      string
	Objective Objective
	// Weight is the criterion's relative importance, finite and >= 0.
	// Weights need not sum to 1: methods use w_j / Σ_k w_k. When every
	// criterion's Weight is 0 (weights left unset) the matrix is
	// unweighted: [DecisionMatrix.Weighted] reports false and methods use
	// equal weights. That suits data meant for an objective [Weighting],
	// which ignores the weights a matrix carries.
	Weight float64
}

// A DecisionMatrix holds m named alternatives (rows) scored against n named
// criteria (columns). Values are stored contiguously in row-major order.
//
// A DecisionMatrix is immutable once built, so it is safe for concurrent
// use; the one exception is a matrix made by [DecisionMatrix.Variant],
// which a later Variant call given it as dst overwrites.
// Its invariants, checked by [NewDecisionMatrix], are: at least one
// alternative and one criterion; non-empty, unique names in each set; every
// value finite; every objective ObjectiveBenefit or ObjectiveCost; every weight finite and
// non-negative (all zero makes an unweighted matrix, see [Criterion]).
type DecisionMatrix struct {
	alternatives []string
	criteria     []Criterion
	data         []float64 // m×n, row-major
	weights      []float64 // normalized to sum to 1
	unweighted   bool      // every criterion's Weight is 0: weights are equal

	// For a matrix made by Variant: the matrix it varies, and storage
	// of its own for values, which data points to when values were given.
	base *DecisionMatrix
	own  []float64
}

// NewDecisionMatrix returns a decision matrix of the given alternatives,
// criteria and rows of values; rows[i][j] is the value of alternative i on
// criterion j. The inputs are copied.
//
// Errors name the offending entry: [ErrEmpty] when there are no alternatives
// or criteria; an [*AlternativeError] wrapping a [*ShapeError] for a row of
// the wrong length, or [ErrName] or [ErrDuplicateName] for a bad name; a
// [*CriterionError] wrapping [ErrName], [ErrDuplicateName], [ErrObjective] or
// [ErrWeight]; a [*ValueError] wrapping [ErrNotFinite] for a NaN or infinite
// value; a [*ShapeError] when the number of rows differs from the number of
// alternatives.
func NewDecisionMatrix(alternatives []string, criteria []Criterion, rows [][]float64) (*DecisionMatrix, error) {
	m, err := newShell(alternatives, criteria)
	if err != nil {
		return nil, err
	}
	if len(rows) != len(alternatives) {
		return nil, &ShapeError{What: "rows", Got: len(rows), Want: len(alternatives)}
	}
	n := len(criteria)
	for i, row := range rows {
		if len(row) != n {
			return nil, &AlternativeError{Index: i, Name: alternatives[i], Err: &ShapeError{What: "values", Got: len(row), Want: n}}
		}
		copy(m.data[i*n:], row)
	}
	if err := m.checkValues(); err != nil {
		return nil, err
	}
	return m, nil
}

// NewDecisionMatrixFrom is like [NewDecisionMatrix] but reads the values
// from a gonum matrix whose rows are alternatives and columns criteria.
func NewDecisionMatrixFrom(alternatives []string, criteria []Criterion, a mat.Matrix) (*DecisionMatrix, error) {
	m, err := newShell(alternatives, criteria)
	if err != nil {
		return nil, err
	}
	r, c := a.Dims()
	if r != len(alternatives) {
		return nil, &ShapeError{What: "rows", Got: r, Want: len(alternatives)}
	}
	if c != len(criteria) {
		return nil, &ShapeError{What: "columns", Got: c, Want: len(criteria)}
	}
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			m.data[i*c+j] = a.At(i, j)
		}
	}
	if err := m.checkValues(); err != nil {
		return nil, err
	}
	return m, nil
}

// newShell validates names, objectives and weights and allocates storage.
func newShell(alternatives []string, criteria []Criterion) (*DecisionMatrix, error) {
	if len(alternatives) == 0 {
		return nil, fmt.Errorf("mcda: no alternatives: %w", ErrEmpty)
	}
	if len(criteria) == 0 {
		return nil, fmt.Errorf("mcda: no criteria: %w", ErrEmpty)
	}
	seen := make(map[string]int, len(alternatives))
	for i, a := range alternatives {
		if a == "" {
			return nil, &AlternativeError{Index: i, Err: ErrName}
		}
		if k, dup := seen[a]; dup {
			return nil, &AlternativeError{Index: i, Name: a, Err: fmt.Errorf("%w: same as alternative %d", ErrDuplicateName, k)}
		}
		seen[a] = i
	}
	clear(seen)
	for j, c := range criteria {
		if c.Name == "" {
			return nil, &CriterionError{Index: j, Err: ErrName}
		}
		if k, dup := seen[c.Name]; dup {
			return nil, &CriterionError{Index: j, Name: c.Name, Err: fmt.Errorf("%w: same as criterion %d", ErrDuplicateName, k)}
		}
		seen[c.Name] = j
		if c.Objective != ObjectiveBenefit && c.Objective != ObjectiveCost {
			return nil, &CriterionError{Index: j, Name: c.Name, Err: fmt.Errorf("%w: got %v", ErrObjective, c.Objective)}
		}
	}
	w := make([]float64, len(criteria))
	unweighted := true
	for j, c := range criteria {
		w[j] = c.Weight
		if c.Weight != 0 {
			unweighted = false
		}
	}
	if unweighted {
		for j := range w {
			w[j] = 1 / float64(len(w))
		}
	} else if err := normalizeWeights(w, criteria); err != nil {
		return nil, err
	}
	return &DecisionMatrix{
		alternatives: append([]string(nil), alternatives...),
		criteria:     append([]Criterion(nil), criteria...),
		data:         make([]float64, len(alternatives)*len(criteria)),
		weights:      w,
		unweighted:   unweighted,
	}, nil
}

func (m *DecisionMatrix) checkValues() error {
	n := len(m.criteria)
	for k, v := range m.data {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			i, j := k/n, k%n
			return &ValueError{Alternative: i, AlternativeName: m.alternatives[i], Criterion: j, CriterionName: m.criteria[j].Name, Value: v, Err: ErrNotFinite}
		}
	}
	return nil
}

// Dims returns the number of alternatives (rows) and criteria (columns).
func (m *DecisionMatrix) Dims() (alternatives, criteria int) {
	return len(m.alternatives), len(m.criteria)
}

// At returns the value of alternative i on criterion j.
// It panics if i or j is out of range.
func (m *DecisionMatrix) At(i, j int) float64 {
	n := len(m.criteria)
	if uint(i) >= uint(len(m.alternatives)) || uint(j) >= uint(n) {
		panic("mcda: index out of range")
	}
	return m.data[i*n+j]
}

// Alternative returns the name of alternative i. It panics if i is out of range.
func (m *DecisionMatrix) Alternative(i int) string { return m.alternatives[i] }

// Alternatives returns a copy of the alternatives' names.
func (m *DecisionMatrix) Alternatives() []string { return append([]string(nil), m.alternatives...) }

// Criterion returns criterion j as given to the constructor (its weight is
// not normalized). It panics if j is out of range.
func (m *DecisionMatrix) Criterion(j int) Criterion { return m.criteria[j] }

// Criteria returns a copy of the criteria as given to the constructor.
func (m *DecisionMatrix) Criteria() []Criterion { return append([]Criterion(nil), m.criteria...) }

// Weights stores in dst the weights normalized to sum to 1, w_j / Σ_k w_k,
// and returns dst, in criteria order; they are equal, 1/n, for an
// unweighted matrix. If dst is nil a new slice is allocated.
// It panics if dst is not nil and its length is not the number of criteria.
func (m *DecisionMatrix) Weights(dst []float64) []float64 {
	dst = useDst(dst, len(m.criteria), "Weights")
	copy(dst, m.weights)
	return dst
}

// Row stores in dst the values of alternative i and returns dst. If dst is
// nil a new slice is allocated. It panics if i is out of range or dst is not
// nil and its length is not the number of criteria.
func (m *DecisionMatrix) Row(dst []float64, i int) []float64 {
	n := len(m.criteria)
	if uint(i) >= uint(len(m.alternatives)) {
		panic("mcda: index out of range")
	}
	dst = useDst(dst, n, "Row")
	copy(dst, m.data[i*n:(i+1)*n])
	return dst
}

// Col stores in dst the values of criterion j and returns dst. If dst is
// nil a new slice is allocated. It panics if j is out of range or dst is not
// nil and its length is not the number of alternatives.
func (m *DecisionMatrix) Col(dst []float64, j int) []float64 {
	n := len(m.criteria)
	if uint(j) >= uint(n) {
		panic("mcda: index out of range")
	}
	dst = useDst(dst, len(m.alternatives), "Col")
	for i := range dst {
		dst[i] = m.data[i*n+j]
	}
	return dst
}

// Matrix returns a read-only gonum view of the values, sharing their storage.
func (m *DecisionMatrix) Matrix() mat.Matrix { return denseView{m} }

// Dense returns a copy of the values as a new *mat.Dense.
func (m *DecisionMatrix) Dense() *mat.Dense {
	r, c := m.Dims()
	return mat.NewDense(r, c, append([]float64(nil), m.data...))
}

// WithWeights returns a copy of m whose criteria carry the given weights,
// w[j] for criterion j in the order of [DecisionMatrix.Criteria]. The
// weights must be finite and non-negative, and not all zero (an error
// wrapping [ErrWeight]). The values are shared, not copied, since a
// DecisionMatrix never modifies them. To give weights by criterion name,
// so that their order cannot be mistaken, use
// [DecisionMatrix.WithWeightsByName].
func (m *DecisionMatrix) WithWeights(w []float64) (*DecisionMatrix, error) {
	if len(w) != len(m.criteria) {
		return nil, &ShapeError{What: "weights", Got: len(w), Want: len(m.criteria)}
	}
	crit := append([]Criterion(nil), m.criteria...)
	for j := range crit {
		crit[j].Weight = w[j]
	}
	nw := append([]float64(nil), w...)
	if err := normalizeWeights(nw, crit); err != nil {
		return nil, err
	}
	return &DecisionMatrix{alternatives: m.alternatives, criteria: crit, data: m.data, weights: nw}, nil
}

// WithWeightsByName returns a copy of m whose criteria carry the weights w
// gives them by name, as [DecisionMatrix.WithWeights] does by position. w
// must hold a weight for exactly the criteria's names: a criterion without
// a weight is a [*CriterionError] naming it and wrapping [ErrWeight], and a
// name that is not a criterion's is an error wrapping [ErrName] that
// quotes it. Priorities from package mcda/ahp come in this form
// (ahp.Matrix.NamedPriorities).
func (m *DecisionMatrix) WithWeightsByName(w map[string]float64) (*DecisionMatrix, error) {
	v := make([]float64, len(m.criteria))
	for j, c := range m.criteria {
		x, ok := w[c.Name]
		if !ok {
			return nil, &CriterionError{Index: j, Name: c.Name, Err: fmt.Errorf("%w: no weight given", ErrWeight)}
		}
		v[j] = x
	}
	if len(w) != len(m.criteria) {
		known := make(map[string]bool, len(m.criteria))
		for _, c := range m.criteria {
			known[c.Name] = true
		}
		for _, name := range slices.Sorted(maps.Keys(w)) {
			if !known[name] {
				return nil, fmt.Errorf("mcda: weight given for %q, which is not a criterion: %w", name, ErrName)
			}
		}
	}
	return m.WithWeights(v)
}

// Weighted reports whether m carries weights: false when every criterion's
// Weight was 0 (see [Criterion]), so that methods use equal weights.
func (m *DecisionMatrix) Weighted() bool { return !m.unweighted }

// Variant returns a matrix with m's alternatives and criteria but other
// values or weights, for simulations that score many variants of one
// problem (such as SMAA in package mcda/robust). values, if not nil, holds
// the new values in row-major order, one per alternative and criterion;
// weights, if not nil, one weight per criterion. Nil keeps m's. Both are
// validated as by [NewDecisionMatrix], with its errors.
//
// With a nil dst the result is newly allocated. Otherwise dst must be a
// matrix returned by an earlier call of Variant on m: its storage is reused
// and the call allocates nothing. dst's previous contents are overwritten,
// so the caller must hold no other use of it; m itself is never modified.
// Variant panics if dst did not come from m.Variant, or if values or
// weights have the wrong length.
func (m *DecisionMatrix) Variant(dst *DecisionMatrix, values, weights []float64) (*DecisionMatrix, error) {
	rows, n := m.Dims()
	if values != nil && len(values) != rows*n {
		panic("mcda: DecisionMatrix.Variant: values of the wrong length")
	}
	if weights != nil && len(weights) != n {
		panic("mcda: DecisionMatrix.Variant: weights of the wrong length")
	}
	if dst == nil {
		dst = &DecisionMatrix{alternatives: m.alternatives, base: m,
			criteria: append([]Criterion(nil), m.criteria...), weights: make([]float64, n)}
	} else if dst.base != m {
		panic("mcda: DecisionMatrix.Variant: dst is not a variant of this matrix")
	}
	if weights == nil {
		copy(dst.criteria, m.criteria)
		copy(dst.weights, m.weights)
		dst.unweighted = m.unweighted
	} else {
		dst.unweighted = false
		for j := range dst.criteria {
			dst.criteria[j].Weight = weights[j]
		}
		copy(dst.weights, weights)
		if err := normalizeWeights(dst.weights, dst.criteria); err != nil {
			return nil, err
		}
	}
	if values == nil {
		dst.data = m.data
		return dst, nil
	}
	if dst.own == nil {
		dst.own = make([]float64, rows*n)
	}
	copy(dst.own, values)
	dst.data = dst.own
	if err := dst.checkValues(); err != nil {
		return nil, err
	}
	return dst, nil
}

// denseView adapts a DecisionMatrix to mat.Matrix without copying.
type denseView struct{ m *DecisionMatrix }

func (v denseView) Dims() (r, c int)    { return v.m.Dims() }
func (v denseView) At(i, j int) float64 { return v.m.At(i, j) }
func (v denseView) T() mat.Matrix       { return mat.Transpose{Matrix: v} }
func (v denseView) String() string      { return fmt.Sprint(mat.Formatted(v)) }

// useDst returns dst, or a new slice of length n when dst is nil.
// It panics if dst is not nil and its length is not n.
func useDst(dst []float64, n int, fn string) []float64 {
	if dst == nil {
		return make([]float64, n)
	}
	if len(dst) != n {
		panic("mcda: " + fn + ": dst has the wrong length")
	}
	return dst
}
