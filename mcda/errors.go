package mcda

import (
	"errors"
	"fmt"
)

// Sentinel causes. They are returned wrapped in one of the structured error
// types below (or by fmt.Errorf with %w), so callers test for them with
// errors.Is and read the location with errors.As.
//
// These are the errors that can be returned in [ValueError.Err],
// [CriterionError.Err], [AlternativeError.Err] and [ShapeError]'s chain.
var (
	// ErrEmpty means a problem has no alternatives or no criteria, or a vector
	// that must not be empty is.
	ErrEmpty = errors.New("empty")
	// ErrShape means lengths do not agree (a ragged row, a name count that does
	// not match the number of rows, a destination of the wrong size).
	ErrShape = errors.New("dimension mismatch")
	// ErrNotFinite means a value is NaN or ±Inf.
	ErrNotFinite = errors.New("not finite")
	// ErrNegative means a value is negative where the method needs values >= 0.
	ErrNegative = errors.New("negative")
	// ErrNotPositive means a value is zero or negative where the method needs
	// values > 0.
	ErrNotPositive = errors.New("not positive")
	// ErrObjective means a criterion's objective is neither ObjectiveBenefit nor ObjectiveCost.
	ErrObjective = errors.New("objective must be benefit or cost")
	// ErrWeight means a weight is negative or not finite, or all weights are zero.
	ErrWeight = errors.New("invalid weight")
	// ErrName means a name is empty.
	ErrName = errors.New("empty name")
	// ErrDuplicateName means two alternatives or two criteria share a name.
	ErrDuplicateName = errors.New("duplicate name")
	// ErrNormalization means a normalization is unknown, or cannot be used with
	// the method it was given to.
	ErrNormalization = errors.New("invalid normalization")
	// ErrUnknownField means a problem file has a key the format does not
	// define.
	ErrUnknownField = errors.New("unknown field")
	// ErrMissingField means a problem file lacks a key the format requires.
	ErrMissingField = errors.New("missing field")
	// ErrDuplicateField means a JSON object in a problem file repeats a key.
	ErrDuplicateField = errors.New("duplicate field")
	// ErrNull means a problem file has null where a value is required.
	ErrNull = errors.New("null is not allowed")
	// ErrParameter means a method's parameter is out of its range, such as
	// a VIKOR v outside [0, 1].
	ErrParameter = errors.New("invalid parameter")
	// ErrUndefined means a statistic or score is undefined for its input,
	// such as a rank correlation of a ranking in which every alternative
	// ties.
	ErrUndefined = errors.New("undefined")
	// ErrNoConvergence means an iterative solver stopped at its documented
	// iteration bound without reaching its optimum.
	ErrNoConvergence = errors.New("no convergence")
	// ErrMisplacedMetadata means a CSV problem file has a metadata row (one
	// whose first cell starts with a single '#') after its first
	// alternative.
	ErrMisplacedMetadata = errors.New("metadata row after the first alternative")
	// ErrCarriageReturn means a CSV problem file has a carriage return
	// that does not end a line with a line feed, as in files with CR-only
	// line endings (classic Mac OS), which are not read.
	ErrCarriageReturn = errors.New("carriage return without a line feed (CR-only line endings are not supported: convert the file to LF or CRLF)")
	// ErrNotStreamable means a method cannot rank a stream: only methods
	// whose coefficients are aggregates of a few passes over the rows, and
	// whose score is then a function of each row alone, can (see
	// [RankStream]); those that compare pairs or sort cannot.
	ErrNotStreamable = errors.New("method cannot rank a stream")
	// ErrRescan means a streamed column's plain sums overflow or lose
	// precision (values near the limits of float64), so that its statistics
	// need one more pass over the rows (see [ColumnStats.Coefficients]).
	ErrRescan = errors.New("a column's sums need one more pass to rescale")
	// ErrScoreStats means a streamed method's coefficients need a middle
	// pass over aggregates of per-row values (see [ScoreStats]).
	ErrScoreStats = errors.New("the method needs a middle pass (ScoreStats)")
)

// A ValueError records an invalid entry of a decision matrix.
type ValueError struct {
	Alternative     int     // 0-based row of the entry
	AlternativeName string  // name of the row's alternative, if known
	Criterion       int     // 0-based column of the entry; -1 for a value outside a decision matrix, such as a rank
	CriterionName   string  // name of the column's criterion, if known
	Value           float64 // the offending value
	Err             error   // the reason, e.g. ErrNotFinite
}

func (e *ValueError) Error() string {
	if e.Criterion < 0 {
		return fmt.Sprintf("mcda: alternative %s: value %v: %v", label(e.Alternative, e.AlternativeName), e.Value, e.Err)
	}
	return fmt.Sprintf("mcda: alternative %s, criterion %s: value %v: %v",
		label(e.Alternative, e.AlternativeName), label(e.Criterion, e.CriterionName), e.Value, e.Err)
}

// Unwrap returns the cause, so that errors.Is(err, ErrNotFinite) works.
func (e *ValueError) Unwrap() error { return e.Err }

// A CriterionError records an invalid criterion: its name, objective or
// weight.
type CriterionError struct {
	Index int    // 0-based position of the criterion, or -1 when the error concerns all criteria
	Name  string // its name, if known
	Err   error  // the reason, e.g. ErrWeight
}

func (e *CriterionError) Error() string {
	if e.Index < 0 {
		return fmt.Sprintf("mcda: criteria: %v", e.Err)
	}
	return fmt.Sprintf("mcda: criterion %s: %v", label(e.Index, e.Name), e.Err)
}

// Unwrap returns the cause.
func (e *CriterionError) Unwrap() error { return e.Err }

// An AlternativeError records an invalid alternative: its name, or the
// length of its row of values.
type AlternativeError struct {
	Index int    // 0-based position of the alternative
	Name  string // its name, if known
	Err   error  // the reason, e.g. ErrDuplicateName or a *ShapeError
}

func (e *AlternativeError) Error() string {
	return fmt.Sprintf("mcda: alternative %s: %v", label(e.Index, e.Name), e.Err)
}

// Unwrap returns the cause.
func (e *AlternativeError) Unwrap() error { return e.Err }

// A ShapeError records a length that does not match the one required.
// It unwraps to [ErrShape].
type ShapeError struct {
	What      string // what was measured, e.g. "values" or "weights"
	Got, Want int
}

func (e *ShapeError) Error() string {
	return fmt.Sprintf("%s: got %d, want %d: %v", e.What, e.Got, e.Want, ErrShape)
}

// Unwrap returns [ErrShape].
func (e *ShapeError) Unwrap() error { return ErrShape }

// label formats a position with its name: `2 ("price")`, or `2` when the name
// is unknown.
func label(i int, name string) string {
	if name == "" {
		return fmt.Sprint(i)
	}
	return fmt.Sprintf("%d (%q)", i, name)
}

// A ParseError records a problem file that cannot be read: malformed text,
// an unknown or missing key, or a value of the wrong type.
type ParseError struct {
	Field  string // path of the offending field, e.g. "alternatives[1].values[2]"; "" for the document
	Offset int64  // byte offset in the input where known, else -1
	Err    error  // the cause, e.g. ErrUnknownField or a *json.SyntaxError
}

func (e *ParseError) Error() string {
	switch {
	case e.Field != "" && e.Offset >= 0:
		return fmt.Sprintf("mcda: parse: %s (offset %d): %v", e.Field, e.Offset, e.Err)
	case e.Field != "":
		return fmt.Sprintf("mcda: parse: %s: %v", e.Field, e.Err)
	case e.Offset >= 0:
		return fmt.Sprintf("mcda: parse: offset %d: %v", e.Offset, e.Err)
	}
	return fmt.Sprintf("mcda: parse: %v", e.Err)
}

// Unwrap returns the cause.
func (e *ParseError) Unwrap() error { return e.Err }
