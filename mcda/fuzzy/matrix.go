package fuzzy

import (
	"errors"
	"fmt"
	"math"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
)

// ErrNotReciprocal means a fuzzy comparison matrix has a_ji other than the
// reciprocal (1/u_ij, 1/m_ij, 1/l_ij) of a_ij, or a diagonal other than
// (1, 1, 1).
var ErrNotReciprocal = errors.New("not reciprocal")

// ErrMissing means a fuzzy comparison matrix lacks the judgment of a pair:
// fuzzy AHP needs every pair judged.
var ErrMissing = errors.New("pair not judged")

// A Judgment states that item A is Value times as important as item B,
// a fuzzy ratio, so a_AB = Value and a_BA = Value.Reciprocal().
type Judgment struct {
	A, B  string
	Value TFN
}

// A Matrix is a validated fuzzy pairwise comparison matrix of n named
// items: every a_ij is a TFN with 0 < l <= m <= u, a_ii = (1, 1, 1) and
// a_ji = (1/u_ij, 1/m_ij, 1/l_ij). It is immutable after construction.
type Matrix struct {
	items []string
	a     []TFN // row-major n×n
}

// Len returns the number of items.
func (m *Matrix) Len() int { return len(m.items) }

// Items returns a copy of the item names.
func (m *Matrix) Items() []string { return append([]string(nil), m.items...) }

// At returns a_ij.
func (m *Matrix) At(i, j int) TFN { return m.a[i*len(m.items)+j] }

// NewMatrix returns the fuzzy comparison matrix with the given rows:
// rows[i][j] is a_ij. It checks that names are non-empty and unique (at most
// ahp.MaxItems), rows is n×n, every entry is a TFN with bounds in
// [ahp.MinScale, ahp.MaxScale] and l <= m <= u, the diagonal is (1, 1, 1)
// within ahp.DiagonalTolerance, and a_ij·a_ji is 1 bound by bound
// (l_ij·u_ji, m_ij·m_ji, u_ij·l_ji) within ahp.ReciprocalTolerance.
//
// The error is a *mcda.ShapeError, an *ItemError (a name), or a *TFNError
// naming the entry as "rows[i][j]" (ErrOrder, mcda.ErrNotFinite,
// mcda.ErrNotPositive, ErrNotReciprocal).
func NewMatrix(items []string, rows [][]TFN) (*Matrix, error) {
	n := len(items)
	if err := checkItems(items); err != nil {
		return nil, err
	}
	if len(rows) != n {
		return nil, fmt.Errorf("fuzzy: matrix: %w", &mcda.ShapeError{What: "rows", Got: len(rows), Want: n})
	}
	m := &Matrix{items: append([]string(nil), items...), a: make([]TFN, n*n)}
	for i, row := range rows {
		if len(row) != n {
			return nil, fmt.Errorf("fuzzy: matrix row %d: %w", i, &mcda.ShapeError{What: "columns", Got: len(row), Want: n})
		}
		for j, t := range row {
			f := fmt.Sprintf("rows[%d][%d]", i, j)
			if err := checkEntry(f, t); err != nil {
				return nil, err
			}
			m.a[i*n+j] = t
		}
	}
	for i := 0; i < n; i++ {
		d := m.a[i*n+i]
		if math.Abs(d.L-1) > ahp.DiagonalTolerance || math.Abs(d.M-1) > ahp.DiagonalTolerance || math.Abs(d.U-1) > ahp.DiagonalTolerance {
			return nil, &TFNError{Field: fmt.Sprintf("rows[%d][%d]", i, i), L: d.L, M: d.M, U: d.U, Err: ErrNotReciprocal}
		}
		for j := i + 1; j < n; j++ {
			a, b := m.a[i*n+j], m.a[j*n+i]
			if math.Abs(a.L*b.U-1) > ahp.ReciprocalTolerance || math.Abs(a.M*b.M-1) > ahp.ReciprocalTolerance || math.Abs(a.U*b.L-1) > ahp.ReciprocalTolerance {
				return nil, &TFNError{Field: fmt.Sprintf("rows[%d][%d]", j, i), L: b.L, M: b.M, U: b.U, Err: ErrNotReciprocal}
			}
		}
	}
	return m, nil
}

// NewMatrixFromJudgments returns the matrix of one judgment per unordered pair of
// distinct items, either orientation; the mirror entries are the exact
// reciprocals and the diagonal is (1, 1, 1). Every pair must be judged.
//
// The error is a *mcda.ShapeError or *ItemError for the items, a *TFNError
// naming "judgments[k]" for an invalid value, or an *ItemError naming
// "judgments[k]" for an unknown item, a self-comparison or a pair judged
// twice (wrapping ErrDuplicate), or the first pair not judged (ErrMissing).
func NewMatrixFromJudgments(items []string, js []Judgment) (*Matrix, error) {
	if err := checkItems(items); err != nil {
		return nil, err
	}
	n := len(items)
	pos := make(map[string]int, n)
	for i, s := range items {
		pos[s] = i
	}
	m := &Matrix{items: append([]string(nil), items...), a: make([]TFN, n*n)}
	set := make([]bool, n*n)
	for i := 0; i < n; i++ {
		m.a[i*n+i] = TFN{1, 1, 1}
		set[i*n+i] = true
	}
	for k, j := range js {
		f := fmt.Sprintf("judgments[%d]", k)
		a, ok := pos[j.A]
		if !ok {
			return nil, &ItemError{Field: f + ".a", Name: j.A, Err: ErrUnknown}
		}
		b, ok := pos[j.B]
		if !ok {
			return nil, &ItemError{Field: f + ".b", Name: j.B, Err: ErrUnknown}
		}
		if a == b {
			return nil, &ItemError{Field: f, Name: j.A, Err: errors.New("compared with itself")}
		}
		if set[a*n+b] {
			return nil, &ItemError{Field: f, Name: j.A + " / " + j.B, Err: ErrDuplicate}
		}
		if err := checkEntry(f, j.Value); err != nil {
			return nil, err
		}
		m.a[a*n+b] = j.Value
		m.a[b*n+a] = j.Value.Reciprocal()
		set[a*n+b], set[b*n+a] = true, true
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if !set[i*n+j] {
				return nil, &ItemError{Field: "judgments", Name: items[i] + " / " + items[j], Err: ErrMissing}
			}
		}
	}
	return m, nil
}

func checkEntry(field string, t TFN) error {
	if err := t.checkPositive(field); err != nil {
		return err
	}
	if t.L < ahp.MinScale || t.U > ahp.MaxScale {
		return &TFNError{Field: field, L: t.L, M: t.M, U: t.U, Err: fmt.Errorf("%w: outside [%g, %g]", mcda.ErrParameter, ahp.MinScale, ahp.MaxScale)}
	}
	return nil
}

// Modal returns the crisp matrix of the modal values m_ij, which is
// reciprocal, as an ahp.Matrix for the consistency check.
func (m *Matrix) Modal() (*ahp.Matrix, error) {
	n := len(m.items)
	rows := make([][]float64, n)
	for i := range rows {
		rows[i] = make([]float64, n)
		for j := range rows[i] {
			rows[i][j] = m.a[i*n+j].M
		}
	}
	return ahp.NewMatrix(m.items, rows, ahp.Scale{Min: ahp.MinScale, Max: ahp.MaxScale})
}

// ErrUnknown means a name is not one of the items, criteria or
// alternatives, or a term is not in its linguistic scale.
var ErrUnknown = errors.New("unknown name")

// ErrDuplicate means something is given twice.
var ErrDuplicate = errors.New("given twice")

// An ItemError locates an invalid name: Field is its path (as in the JSON
// files), Name the name.
type ItemError struct {
	Field string
	Name  string
	Err   error
}

func (e *ItemError) Error() string {
	if e.Name == "" {
		return fmt.Sprintf("fuzzy: %s: %v", e.Field, e.Err)
	}
	return fmt.Sprintf("fuzzy: %s %q: %v", e.Field, e.Name, e.Err)
}

// Unwrap returns the cause.
func (e *ItemError) Unwrap() error { return e.Err }

func checkItems(items []string) error {
	if len(items) == 0 {
		return &ItemError{Field: "items", Err: mcda.ErrEmpty}
	}
	if len(items) > ahp.MaxItems {
		return &ItemError{Field: "items", Err: &mcda.ShapeError{What: "items (at most ahp.MaxItems)", Got: len(items), Want: ahp.MaxItems}}
	}
	seen := make(map[string]bool, len(items))
	for i, s := range items {
		f := fmt.Sprintf("items[%d]", i)
		if s == "" {
			return &ItemError{Field: f, Err: mcda.ErrName}
		}
		if seen[s] {
			return &ItemError{Field: f, Name: s, Err: mcda.ErrDuplicateName}
		}
		seen[s] = true
	}
	return nil
}
