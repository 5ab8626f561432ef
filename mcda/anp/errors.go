package anp

import (
	"errors"
	"fmt"
)

// Sentinel causes, returned wrapped; test for them with errors.Is.
var (
	// ErrNotConverged means the limit supermatrix did not converge within
	// LimitOptions.MaxSquarings squarings.
	ErrNotConverged = errors.New("limit supermatrix did not converge")
	// ErrSingular means I - N is singular in DEMATEL: the normalised
	// direct-relation matrix has spectral radius 1, so the total-relation
	// matrix T = N(I - N)⁻¹ does not exist.
	ErrSingular = errors.New("singular: I - N has no inverse")
	// ErrUnknown means a name does not refer to a node, cluster, factor
	// or dimension of the model.
	ErrUnknown = errors.New("unknown name")
	// ErrDuplicate means a comparison or a membership is given twice.
	ErrDuplicate = errors.New("given twice")
	// ErrNotLinked means a cluster comparison compares clusters that the
	// column cluster's nodes do not link to, or omits one they link to.
	ErrNotLinked = errors.New("compared clusters differ from the linked clusters")
)

// A NetworkError locates an invalid part of a network or DEMATEL study:
// Field is its path in the model (as in the JSON file), e.g.
// "comparisons[2].nodes[1]", and Name the offending name if any.
type NetworkError struct {
	Field string
	Name  string
	Err   error
}

func (e *NetworkError) Error() string {
	if e.Name != "" {
		return fmt.Sprintf("anp: %s %q: %v", e.Field, e.Name, e.Err)
	}
	return fmt.Sprintf("anp: %s: %v", e.Field, e.Err)
}

// Unwrap returns the cause.
func (e *NetworkError) Unwrap() error { return e.Err }
