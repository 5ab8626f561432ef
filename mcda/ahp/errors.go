package ahp

import (
	"errors"
	"fmt"

	"github.com/balancer-mcda/balancer/mcda"
)

// Sentinel causes. They are returned wrapped in one of the structured error
// types below, so callers test for them with errors.Is and read the location
// with errors.As.
//
// The shared sentinels of package mcda are used as well:
// [mcda.ErrEmpty] (no items), [mcda.ErrName] and [mcda.ErrDuplicateName] (in
// [ItemError.Err]), [mcda.ErrNotFinite] and [mcda.ErrNotPositive] (in
// [EntryError.Err] and [JudgmentError.Err]), [mcda.ErrShape] (through a
// [*mcda.ShapeError]), and [mcda.ErrUnknownField] and [mcda.ErrMissingField]
// (in [*mcda.ParseError] from [ReadJSON]).
var (
	// ErrNotReciprocal: a_ij·a_ji differs from 1 by more than 1e-9
	// (relative). Returned in [EntryError.Err].
	ErrNotReciprocal = errors.New("not reciprocal")
	// ErrDiagonal: a diagonal entry a_ii differs from 1 by more than 1e-9.
	// Returned in [EntryError.Err].
	ErrDiagonal = errors.New("diagonal entry is not 1")
	// ErrScale: an entry or judgment (or its reciprocal) lies outside the
	// [Scale]. Returned in [EntryError.Err] and [JudgmentError.Err].
	ErrScale = errors.New("outside the judgment scale")
	// ErrInvalidScale: a [Scale] does not satisfy 0 < Min <= 1 <= Max with
	// finite bounds inside [MinScale, MaxScale]. Returned in a [*ScaleError].
	ErrInvalidScale = errors.New("invalid scale")
	// ErrMissingJudgment: a pair of items has no judgment where
	// [NewMatrixFromJudgments] needs one (in a [*JudgmentError]), or the
	// judgments leave some items unlinked to the others (matched by every
	// [*DisconnectedError]).
	ErrMissingJudgment = errors.New("missing judgment")
	// ErrDuplicateJudgment: a pair of items was judged more than once, in
	// either orientation. Returned in [JudgmentError.Err].
	ErrDuplicateJudgment = errors.New("duplicate judgment")
	// ErrUnknownItem: a judgment names an item that is not in the item list.
	// Returned in [JudgmentError.Err].
	ErrUnknownItem = errors.New("unknown item")
	// ErrSelfComparison: a judgment compares an item with itself. Returned in
	// [JudgmentError.Err].
	ErrSelfComparison = errors.New("item compared with itself")
	// ErrNoRandomIndex: a random index table has no value for the matrix
	// order. Returned by a [*RandomIndexError].
	ErrNoRandomIndex = errors.New("no random index")
	// ErrUnknownTable: a random index table name or value is not one of the
	// defined tables.
	ErrUnknownTable = errors.New("unknown random index table")
	// ErrUnknownMethod: a priority method name or value is not one of the
	// defined methods.
	ErrUnknownMethod = errors.New("unknown priority method")
	// ErrFieldType: a field of a JSON document has the wrong type. Returned
	// in [mcda.ParseError.Err].
	ErrFieldType = errors.New("wrong type")
	// ErrDuplicateField: a JSON object repeats a key. Returned in
	// [mcda.ParseError.Err].
	ErrDuplicateField = errors.New("duplicate field")
	// ErrFieldConflict: a JSON document has both "judgments" and "matrix".
	// Returned in [mcda.ParseError.Err].
	ErrFieldConflict = errors.New("judgments and matrix are mutually exclusive")
	// ErrTrailingData: a JSON document is followed by more data. Returned
	// in [mcda.ParseError.Err].
	ErrTrailingData = errors.New("data after the document")
	// ErrTooManyItems: a matrix would have more than [MaxItems] items.
	// Returned in [ItemError.Err] (Index -1), before any n×n allocation.
	ErrTooManyItems = errors.New("too many items")
)

// An ItemError records an invalid item list or item name.
//
// Err is [mcda.ErrEmpty] (with Index -1) when there are no items,
// [ErrTooManyItems] (with Index -1) when there are more than [MaxItems],
// [mcda.ErrName] for an empty name, or [mcda.ErrDuplicateName] for the second
// occurrence of a name.
type ItemError struct {
	Index int    // 0-based position of the item; -1 for the list as a whole
	Name  string // the item's name
	Err   error  // the reason
}

func (e *ItemError) Error() string {
	if e.Index < 0 {
		return fmt.Sprintf("ahp: items: %v", e.Err)
	}
	return fmt.Sprintf("ahp: item %d (%q): %v", e.Index, e.Name, e.Err)
}

// Unwrap returns the cause.
func (e *ItemError) Unwrap() error { return e.Err }

// An EntryError records an invalid entry of a full pairwise comparison
// matrix, or a row of the wrong length (then Col is -1 and Err is a
// [*mcda.ShapeError]).
//
// Err is one of [mcda.ErrNotFinite], [mcda.ErrNotPositive], [ErrDiagonal],
// [ErrScale], [ErrNotReciprocal] or a [*mcda.ShapeError]. A reciprocity
// failure is reported at the entry below the diagonal (Row > Col).
type EntryError struct {
	Row, Col         int     // 0-based position of the entry; Col is -1 for a whole row
	RowItem, ColItem string  // names of the row's and the column's item
	Value            float64 // the offending value
	Err              error   // the reason
}

func (e *EntryError) Error() string {
	if e.Col < 0 {
		return fmt.Sprintf("ahp: row %d (%q): %v", e.Row, e.RowItem, e.Err)
	}
	return fmt.Sprintf("ahp: entry [%d][%d] (%q over %q): value %v: %v",
		e.Row, e.Col, e.RowItem, e.ColItem, e.Value, e.Err)
}

// Unwrap returns the cause.
func (e *EntryError) Unwrap() error { return e.Err }

// A JudgmentError records an invalid or missing judgment "A over B is
// Value".
//
// Err is one of [ErrUnknownItem], [ErrSelfComparison], [mcda.ErrNotFinite],
// [mcda.ErrNotPositive], [ErrScale] or [ErrDuplicateJudgment] (Index is the
// later of the two), or [ErrMissingJudgment] with Index -1 for a pair that
// [NewMatrixFromJudgments] found without a judgment. Unlinked items are reported by a [*DisconnectedError].
type JudgmentError struct {
	Index int     // 0-based position in the judgment list
	A, B  string  // the items compared
	Value float64 // the judged ratio
	Err   error   // the reason
}

func (e *JudgmentError) Error() string {
	if e.Index < 0 {
		return fmt.Sprintf("ahp: judgment of %q over %q: %v", e.A, e.B, e.Err)
	}
	return fmt.Sprintf("ahp: judgment %d (%q over %q = %v): %v", e.Index, e.A, e.B, e.Value, e.Err)
}

// Unwrap returns the cause.
func (e *JudgmentError) Unwrap() error { return e.Err }

// A ScaleError records an invalid [Scale]. It unwraps to [ErrInvalidScale].
type ScaleError struct {
	Scale Scale // the rejected scale
}

func (e *ScaleError) Error() string {
	return fmt.Sprintf("ahp: scale [%v, %v]: %v", e.Scale.Min, e.Scale.Max, ErrInvalidScale)
}

// Unwrap returns [ErrInvalidScale].
func (e *ScaleError) Unwrap() error { return ErrInvalidScale }

// A RandomIndexError records a matrix order for which a random index table
// has no value. It unwraps to [ErrNoRandomIndex].
type RandomIndexError struct {
	Table RandomIndexTable // the table consulted
	N     int              // the matrix order
}

func (e *RandomIndexError) Error() string {
	lo, hi := e.Table.Range()
	return fmt.Sprintf("ahp: random index table %v covers n = %d..%d, not n = %d: %v",
		e.Table, lo, hi, e.N, ErrNoRandomIndex)
}

// Unwrap returns [ErrNoRandomIndex].
func (e *RandomIndexError) Unwrap() error { return ErrNoRandomIndex }

// shapeError wraps a [*mcda.ShapeError] with the package prefix.
func shapeError(what string, got, want int) error {
	return fmt.Errorf("ahp: %w", &mcda.ShapeError{What: what, Got: got, Want: want})
}
