package mcda

import (
	"errors"
	"fmt"
	"math"
)

// DefaultMaxPairs is the size limit of the computations whose time or
// memory grows with the square of the number m of alternatives (see
// [SizeError]): they refuse a problem with more than DefaultMaxPairs
// ordered pairs m·m, m > 4096, unless their MaxPairs field (or
// [MethodOptions.MaxPairs]) raises the limit. At the limit ELECTRE I's
// matrices take 285 MB and PROMETHEE's preference index 134 MB.
const DefaultMaxPairs = 1 << 24

// ErrTooLarge means a problem is larger than a method's size limit: it
// would need more memory or time than the limit allows (see [SizeError]).
var ErrTooLarge = errors.New("problem too large")

// A SizeError records a problem whose m·m pairs of alternatives exceed the
// limit of a computation that takes O(m²) time or memory. It is checked
// before anything of that size is allocated. It unwraps to [ErrTooLarge].
type SizeError struct {
	Method       string  // the computation, e.g. "electre i"
	Alternatives int     // m
	Pairs        float64 // m·m, or the pairs the computation compares over all its cases
	Limit        int     // the limit in force, in pairs
	// Bytes is the estimated memory of the O(m²) part, or 0 when only
	// its time is quadratic.
	Bytes float64
	// Instead says what to use instead, e.g. "a method of linear cost
	// (topsis, wsm, …)".
	Instead string
}

func (e *SizeError) Error() string {
	cost := "O(m²) time"
	if e.Bytes > 0 {
		cost = "about " + formatBytes(e.Bytes)
	}
	return fmt.Sprintf("mcda: %s: %d alternatives make %.4g pairs (%s), above the limit of %d pairs (MaxPairs): %s, or raise MaxPairs: %v",
		e.Method, e.Alternatives, e.Pairs, cost, e.Limit, e.Instead, ErrTooLarge)
}

// Unwrap returns [ErrTooLarge].
func (e *SizeError) Unwrap() error { return ErrTooLarge }

// formatBytes writes a byte count with a decimal unit: "170 GB".
func formatBytes(b float64) string {
	units := []string{"B", "kB", "MB", "GB", "TB", "PB", "EB"}
	k := 0
	for b >= 1000 && k < len(units)-1 {
		b /= 1000
		k++
	}
	return fmt.Sprintf("%.3g %s", b, units[k])
}

// CheckPairs returns a [*SizeError] when the m·m pairs of m alternatives
// exceed maxPairs (zero means [DefaultMaxPairs]), and an error wrapping
// [ErrParameter] for a negative maxPairs or a bytesPerPair that is
// negative, NaN or infinite. bytesPerPair is the memory the
// computation takes per pair, 0 when only its time is quadratic; method
// names the computation and instead what to use instead, for the message.
// The methods of this package and of package robust call it before they
// allocate; it is exported for computations built on them.
func CheckPairs(method string, m, maxPairs int, bytesPerPair float64, instead string) error {
	if !(bytesPerPair >= 0) || math.IsInf(bytesPerPair, 0) {
		return fmt.Errorf("mcda: %s: %v bytes per pair: %w", method, bytesPerPair, ErrParameter)
	}
	limit := maxPairs
	switch {
	case limit == 0:
		limit = DefaultMaxPairs
	case limit < 0:
		return fmt.Errorf("mcda: %s: MaxPairs %d < 0: %w", method, maxPairs, ErrParameter)
	}
	pairs := float64(m) * float64(m)
	if pairs <= float64(limit) {
		return nil
	}
	return &SizeError{Method: method, Alternatives: m, Pairs: pairs, Limit: limit,
		Bytes: bytesPerPair * pairs, Instead: instead}
}

// linearInstead is the advice of the quadratic ranking methods.
const linearInstead = "rank with a method of linear cost (topsis, wsm, wpm, vikor, …) or RankStream"
