package ahp

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/balancer-mcda/balancer/mcda"
)

// Tolerances used by validation.
const (
	// DiagonalTolerance is the largest accepted |a_ii - 1|. Like the other
	// tolerances it is inclusive: a few units of rounding are allowed on
	// top, so that 1/9 written as 0.111111111 passes every check.
	DiagonalTolerance = 1e-9
	// ReciprocalTolerance is the largest accepted |a_ij·a_ji - 1|, a
	// relative error of the reciprocal.
	ReciprocalTolerance = 1e-9
	// ScaleSlack is the relative slack allowed at each end of a [Scale], so
	// that 1/9 written as 0.111111111 passes.
	ScaleSlack = 1e-9
	// MinScale and MaxScale bound any [Scale]. They keep every product and
	// sum in the priority computations finite.
	MinScale = 1e-100
	MaxScale = 1e100
)

// Scale is the interval of ratios a judgment may take. The zero value
// means Saaty's fundamental scale, 1/9 to 9 (Saaty 1980).
//
// A Scale other than the zero value must have finite bounds with
// MinScale <= Min <= 1 <= Max <= MaxScale; a partly set Scale, such as
// Scale{Max: 20}, is therefore invalid. Bounds are checked with a relative
// slack of [ScaleSlack].
type Scale struct {
	Min float64 `json:"min"`
	Max float64 `json:"max"`
}

// Bounds returns the interval the scale stands for: 1/9 and 9 for the zero
// value, else Min and Max.
func (s Scale) Bounds() (lo, hi float64) {
	if s == (Scale{}) {
		return 1.0 / 9, 9
	}
	return s.Min, s.Max
}

// Validate returns nil if the scale is usable, else a [*ScaleError].
func (s Scale) Validate() error {
	lo, hi := s.Bounds()
	if !(lo >= MinScale && lo <= 1 && hi >= 1 && hi <= MaxScale) { // also false for NaN
		return &ScaleError{Scale: s}
	}
	return nil
}

// rounding is added to every tolerance so that a bound is inclusive despite
// rounding: 9·0.111111111 is 1 - 1e-9 in real arithmetic but may round to
// slightly less.
const rounding = 1e-15

// contains reports whether v lies in the scale [lo, hi], with relative slack.
func contains(lo, hi, v float64) bool {
	const slack = ScaleSlack + rounding
	return v >= lo*(1-slack) && v <= hi*(1+slack)
}

// A Judgment states that item A is Value times as important (preferred,
// likely, ...) as item B, so a_AB = Value and a_BA = 1/Value. Rationale
// and Anchor record its provenance in a [Model]; they do not enter any
// computation.
type Judgment struct {
	A, B      string
	Value     float64
	Rationale string // optional: why the judgment holds
	Anchor    string // optional reference to the passage it rests on
}

// Matrix is a validated positive reciprocal pairwise comparison matrix of n
// named items: a_ij > 0 says how many times item i is preferred to item j,
// a_ii = 1 and a_ji = 1/a_ij.
//
// A Matrix may be incomplete: some pairs (i, j) may be missing, which means
// a_ij and a_ji are both unknown. The graph whose edges are the known pairs
// is always connected (see [NewIncompleteMatrixFromJudgments] and [NewIncompleteMatrix]).
// [Matrix.Complete] reports whether no pair is missing; [Matrix.Missing]
// locates the missing ones; [Matrix.OptimalCompletion] fills them in.
//
// A Matrix is immutable after construction and safe for concurrent reads.
// It implements [mat.Matrix] as a read-only view, in which a missing entry
// reads as 0.
type Matrix struct {
	n     int
	items []string
	a     []float64 // n×n, row major; 0 marks a missing entry
	scale Scale
	miss  []int // missing entries per row; nil when the matrix is complete
	nmiss int   // number of missing pairs (i < j)
}

// NewMatrix returns the matrix of the given items with the given full rows:
// rows[i][j] is a_ij. It validates that there is at least one item, names
// are non-empty and unique, rows is n×n, every entry is finite and positive,
// the diagonal is 1 within [DiagonalTolerance], every entry lies inside the
// scale, and a_ij·a_ji = 1 within [ReciprocalTolerance]. The zero Scale
// means 1/9..9.
//
// The entries above the diagonal are stored as given; the diagonal is stored
// as exactly 1 and each entry below the diagonal as exactly 1/a_ji. Neither
// items nor rows is retained.
//
// The error is a [*ScaleError], an [*ItemError] (also for more than
// [MaxItems] items, wrapping [ErrTooManyItems]), an [*EntryError], or an
// error wrapping a [*mcda.ShapeError] when the number of rows differs from
// the number of items. For a matrix with missing entries use
// [NewIncompleteMatrix].
func NewMatrix(items []string, rows [][]float64, scale Scale) (*Matrix, error) {
	a, err := flatten(items, rows, scale)
	if err != nil {
		return nil, err
	}
	return newChecked(items, a, scale)
}

// flatten validates the header and the shape of rows and returns the
// entries in a new row-major slice.
func flatten(items []string, rows [][]float64, scale Scale) ([]float64, error) {
	n := len(items)
	if err := checkHeader(items, scale); err != nil {
		return nil, err
	}
	if len(rows) != n {
		return nil, shapeError("rows", len(rows), n)
	}
	a := make([]float64, n*n)
	for i, row := range rows {
		if len(row) != n {
			return nil, &EntryError{Row: i, Col: -1, RowItem: items[i],
				Err: &mcda.ShapeError{What: "entries", Got: len(row), Want: n}}
		}
		copy(a[i*n:], row)
	}
	return a, nil
}

// NewMatrixFrom is like [NewMatrix] but reads the entries from a gonum
// matrix, which must be n×n (otherwise the error wraps a
// [*mcda.ShapeError]).
func NewMatrixFrom(items []string, a mat.Matrix, scale Scale) (*Matrix, error) {
	n := len(items)
	if err := checkHeader(items, scale); err != nil {
		return nil, err
	}
	r, c := a.Dims()
	if r != n {
		return nil, shapeError("rows", r, n)
	}
	if c != n {
		return nil, shapeError("columns", c, n)
	}
	data := make([]float64, n*n)
	for i := range n {
		for j := range n {
			data[i*n+j] = a.At(i, j)
		}
	}
	return newChecked(items, data, scale)
}

// NewMatrixFromJudgments returns the complete matrix built from exactly one
// judgment per unordered pair of distinct items. A judgment may name its
// pair in either orientation: {A: "b", B: "a", Value: v} sets a_ba = v and
// a_ab = 1/v. Both v and 1/v must lie inside the scale (the zero Scale
// means 1/9..9). The judged entry is stored as given and its mirror as
// exactly 1/v.
//
// A pair without a judgment is an error: a [*JudgmentError] with Index -1
// naming the first missing pair (in item order) and wrapping
// [ErrMissingJudgment]. To build an incomplete matrix on purpose, use
// [NewIncompleteMatrixFromJudgments].
//
// The other errors are those of [NewIncompleteMatrixFromJudgments].
func NewMatrixFromJudgments(items []string, js []Judgment, scale Scale) (*Matrix, error) {
	n := len(items)
	if err := checkHeader(items, scale); err != nil {
		return nil, err
	}
	a, err := judgedEntries(items, js, scale)
	if err != nil {
		return nil, err
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			if a[i*n+j] == 0 {
				return nil, &JudgmentError{Index: -1, A: items[i], B: items[j], Err: ErrMissingJudgment}
			}
		}
	}
	return finish(items, a, scale)
}

// NewIncompleteMatrixFromJudgments returns the matrix built from at most
// one judgment per unordered pair of distinct items, which may leave pairs
// unjudged. A judgment may name its pair in either
// orientation: {A: "b", B: "a", Value: v} sets a_ba = v and a_ab = 1/v.
// Both v and 1/v must lie inside the scale (the zero Scale means 1/9..9).
// The judged entry is stored as given and its mirror as exactly 1/v.
//
// Pairs without a judgment are missing, and the result is an incomplete
// matrix (see [Matrix.Complete]), provided the judged pairs connect every
// item to every other, directly or through other items. One judgment per
// pair gives a complete matrix.
//
// The error is a [*ScaleError], an [*ItemError] (also for more than
// [MaxItems] items, wrapping [ErrTooManyItems]), a [*JudgmentError] (for an
// unknown item, a self-comparison, a value that is not finite, not positive
// or outside the scale, or a pair judged twice, naming the second
// judgment), or a [*DisconnectedError] naming the items that no chain of
// judgments links to the first item.
func NewIncompleteMatrixFromJudgments(items []string, js []Judgment, scale Scale) (*Matrix, error) {
	if err := checkHeader(items, scale); err != nil {
		return nil, err
	}
	a, err := judgedEntries(items, js, scale)
	if err != nil {
		return nil, err
	}
	return finish(items, a, scale)
}

// judgedEntries returns the n×n entries set by the judgments js, with a
// unit diagonal and zeros for the pairs not judged.
func judgedEntries(items []string, js []Judgment, scale Scale) ([]float64, error) {
	n := len(items)
	lo, hi := scale.Bounds()
	index := make(map[string]int, n)
	for i, name := range items {
		index[name] = i
	}
	a := make([]float64, n*n)
	for k, jd := range js {
		fail := func(err error) error {
			return &JudgmentError{Index: k, A: jd.A, B: jd.B, Value: jd.Value, Err: err}
		}
		i, ok := index[jd.A]
		if !ok {
			return nil, fail(ErrUnknownItem)
		}
		j, ok := index[jd.B]
		if !ok {
			return nil, fail(ErrUnknownItem)
		}
		v := jd.Value
		switch {
		case i == j:
			return nil, fail(ErrSelfComparison)
		case math.IsNaN(v) || math.IsInf(v, 0):
			return nil, fail(mcda.ErrNotFinite)
		case v <= 0:
			return nil, fail(mcda.ErrNotPositive)
		case !contains(lo, hi, v) || !contains(lo, hi, 1/v):
			return nil, fail(scaleError(lo, hi))
		case a[i*n+j] != 0:
			return nil, fail(ErrDuplicateJudgment)
		}
		a[i*n+j] = v
		a[j*n+i] = 1 / v
	}
	for i := range n {
		a[i*n+i] = 1
	}
	return a, nil
}

// MaxItems is the largest number of items of a [Matrix]: its n×n entries
// then take 8 MiB, and the analyses without a context (priorities, with an
// O(n³) least squares solution for an incomplete matrix, and the GCI)
// about 0.25 s; at 2048 items they would take seconds. Matrices are
// checked against it before anything is allocated; a model with more
// alternatives can still rate them under its leaves ([Model] ratings take
// O(n) memory).
const MaxItems = 1024

// checkHeader validates the scale and the item names, and the number of
// items against MaxItems before any n×n storage is allocated.
func checkHeader(items []string, scale Scale) error {
	if err := scale.Validate(); err != nil {
		return err
	}
	if len(items) == 0 {
		return &ItemError{Index: -1, Err: mcda.ErrEmpty}
	}
	if n := len(items); n > MaxItems {
		return &ItemError{Index: -1, Err: fmt.Errorf("%w: %d items, more than MaxItems = %d (a comparison matrix holds n² = %d values); rate them instead of comparing them in pairs",
			ErrTooManyItems, n, MaxItems, n*n)}
	}
	seen := make(map[string]bool, len(items))
	for i, name := range items {
		if name == "" {
			return &ItemError{Index: i, Name: name, Err: mcda.ErrName}
		}
		if seen[name] {
			return &ItemError{Index: i, Name: name, Err: mcda.ErrDuplicateName}
		}
		seen[name] = true
	}
	return nil
}

// newChecked validates the entries of a (owned by the callee) and returns
// the canonical matrix.
func newChecked(items []string, a []float64, scale Scale) (*Matrix, error) {
	return newMasked(items, a, nil, scale)
}

// newMasked validates the entries of a (owned by the callee) and returns
// the canonical matrix. A true null[i*n+j] marks entry (i, j) as missing;
// null may be nil. A missing entry needs a missing mirror, and the known
// pairs must connect the items.
func newMasked(items []string, a []float64, null []bool, scale Scale) (*Matrix, error) {
	n := len(items)
	lo, hi := scale.Bounds()
	fail := func(i, j int, err error) error {
		return &EntryError{Row: i, Col: j, RowItem: items[i], ColItem: items[j], Value: a[i*n+j], Err: err}
	}
	isNull := func(i, j int) bool { return null != nil && null[i*n+j] }
	for i := range n {
		for j := range n {
			v := a[i*n+j]
			if isNull(i, j) {
				switch {
				case i == j:
					return nil, fail(i, j, ErrDiagonal)
				case !isNull(j, i):
					return nil, fail(i, j, ErrOneSidedMissing)
				}
				continue
			}
			switch {
			case math.IsNaN(v) || math.IsInf(v, 0):
				return nil, fail(i, j, mcda.ErrNotFinite)
			case v <= 0:
				return nil, fail(i, j, mcda.ErrNotPositive)
			case i == j && math.Abs(v-1) > DiagonalTolerance+rounding:
				return nil, fail(i, j, ErrDiagonal)
			case i != j && !contains(lo, hi, v):
				return nil, fail(i, j, scaleError(lo, hi))
			}
		}
	}
	for i := range n {
		a[i*n+i] = 1
		for j := i + 1; j < n; j++ {
			if isNull(i, j) {
				a[i*n+j], a[j*n+i] = 0, 0
				continue
			}
			if math.Abs(a[i*n+j]*a[j*n+i]-1) > ReciprocalTolerance+rounding {
				return nil, fail(j, i, ErrNotReciprocal)
			}
			a[j*n+i] = 1 / a[i*n+j]
		}
	}
	return finish(items, a, scale)
}

// Len returns the number of items n.
func (m *Matrix) Len() int { return m.n }

// Dims returns n, n. With At and T it makes a *Matrix a read-only
// [mat.Matrix].
func (m *Matrix) Dims() (r, c int) { return m.n, m.n }

// T returns the implicit transpose of the matrix as a [mat.Matrix], without
// copying. Use [Matrix.Transpose] for a *Matrix.
func (m *Matrix) T() mat.Matrix { return mat.Transpose{Matrix: m} }

// Items returns a copy of the item names, in matrix order.
func (m *Matrix) Items() []string { return append([]string(nil), m.items...) }

// Item returns the name of item i. It panics if i is out of range.
func (m *Matrix) Item(i int) string { return m.items[i] }

// Scale returns the scale the matrix was validated against.
func (m *Matrix) Scale() Scale { return m.scale }

// At returns a_ij, how many times item i is preferred to item j, or 0 if
// the entry is missing (see [Matrix.Missing]). It panics if i or j is out
// of range.
func (m *Matrix) At(i, j int) float64 {
	if uint(i) >= uint(m.n) || uint(j) >= uint(m.n) {
		panic("ahp: index out of range")
	}
	return m.a[i*m.n+j]
}

// Dense returns a copy of the matrix as a *mat.Dense, with 0 for each
// missing entry.
func (m *Matrix) Dense() *mat.Dense {
	return mat.NewDense(m.n, m.n, append([]float64(nil), m.a...))
}

// Transpose returns a new matrix with entries a_ji: every judgment inverted,
// which is the comparison "how many times is j preferred to i" read as a
// preference of i.
func (m *Matrix) Transpose() *Matrix {
	n := m.n
	t := make([]float64, n*n)
	for i := range n {
		for j := range n {
			t[j*n+i] = m.a[i*n+j]
		}
	}
	return &Matrix{n: n, items: m.Items(), a: t, scale: m.scale, miss: m.miss, nmiss: m.nmiss}
}

// Judgments returns the known entries above the diagonal as judgments, in
// row order: {items[i], items[j], a_ij} for i < j, omitting missing pairs.
// [NewIncompleteMatrixFromJudgments] rebuilds the matrix from them.
func (m *Matrix) Judgments() []Judgment {
	n := m.n
	js := make([]Judgment, 0, n*(n-1)/2-m.nmiss)
	for i := range n {
		for j := i + 1; j < n; j++ {
			if m.a[i*n+j] == 0 {
				continue
			}
			js = append(js, Judgment{A: m.items[i], B: m.items[j], Value: m.a[i*n+j]})
		}
	}
	return js
}

// scaleError wraps ErrScale with the scale's bounds.
func scaleError(lo, hi float64) error {
	return fmt.Errorf("%w [1/%.4g, %.4g] (widen the Scale to allow it)", ErrScale, 1/lo, hi)
}
