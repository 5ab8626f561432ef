package fuzzy

import (
	"errors"
	"fmt"
	"math"

	"github.com/balancer-mcda/balancer/mcda"
)

// ErrOrder means a triangular fuzzy number's bounds are out of order: it
// needs L <= M <= U.
var ErrOrder = errors.New("bounds out of order: want l <= m <= u")

// A TFN is a triangular fuzzy number (l, m, u): its membership rises
// linearly from 0 at L to 1 at M and falls back to 0 at U. A crisp number x
// is the degenerate TFN (x, x, x). Construct checked values with NewTFN;
// the methods assume L <= M <= U and finite bounds.
type TFN struct {
	L, M, U float64
}

// A TFNError records an invalid triangular fuzzy number and where it is.
type TFNError struct {
	Field   string // where, e.g. "ratings[1][2]" or "judgments[0]"; may be ""
	L, M, U float64
	Err     error // ErrOrder, mcda.ErrNotFinite, mcda.ErrNegative or mcda.ErrNotPositive
}

func (e *TFNError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("fuzzy: (%v, %v, %v): %v", e.L, e.M, e.U, e.Err)
	}
	return fmt.Sprintf("fuzzy: %s: (%v, %v, %v): %v", e.Field, e.L, e.M, e.U, e.Err)
}

// Unwrap returns the cause.
func (e *TFNError) Unwrap() error { return e.Err }

// NewTFN returns (l, m, u) after checking that the bounds are finite and
// l <= m <= u; otherwise the error is a *TFNError.
func NewTFN(l, m, u float64) (TFN, error) {
	t := TFN{l, m, u}
	return t, t.check("")
}

// Crisp returns the degenerate TFN (x, x, x).
func Crisp(x float64) TFN { return TFN{x, x, x} }

func (a TFN) check(field string) error {
	for _, v := range [3]float64{a.L, a.M, a.U} {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return &TFNError{Field: field, L: a.L, M: a.M, U: a.U, Err: mcda.ErrNotFinite}
		}
	}
	if !(a.L <= a.M && a.M <= a.U) {
		return &TFNError{Field: field, L: a.L, M: a.M, U: a.U, Err: ErrOrder}
	}
	return nil
}

// checkNonNegative is check plus l >= 0.
func (a TFN) checkNonNegative(field string) error {
	if err := a.check(field); err != nil {
		return err
	}
	if a.L < 0 {
		return &TFNError{Field: field, L: a.L, M: a.M, U: a.U, Err: mcda.ErrNegative}
	}
	return nil
}

// checkPositive is check plus l > 0.
func (a TFN) checkPositive(field string) error {
	if err := a.check(field); err != nil {
		return err
	}
	if !(a.L > 0) {
		return &TFNError{Field: field, L: a.L, M: a.M, U: a.U, Err: mcda.ErrNotPositive}
	}
	return nil
}

// Add returns a ⊕ b = (l1 + l2, m1 + m2, u1 + u2), exact.
func (a TFN) Add(b TFN) TFN { return TFN{a.L + b.L, a.M + b.M, a.U + b.U} }

// Sub returns a ⊖ b = (l1 − u2, m1 − m2, u1 − l2), exact.
func (a TFN) Sub(b TFN) TFN { return TFN{a.L - b.U, a.M - b.M, a.U - b.L} }

// Scale returns k·a for k >= 0, exact.
func (a TFN) Scale(k float64) TFN { return TFN{k * a.L, k * a.M, k * a.U} }

// Mul returns the usual triangular approximation of the product of two
// non-negative TFNs, (l1·l2, m1·m2, u1·u2) (Buckley 1985; Chen 2000). The
// exact product has the same support and peak but parabolic, not straight,
// sides: its α-cuts are [(l1 + α(m1−l1))(l2 + α(m2−l2)), ...], so the
// approximation overstates membership between the support and the peak.
func (a TFN) Mul(b TFN) TFN { return TFN{a.L * b.L, a.M * b.M, a.U * b.U} }

// Div returns the triangular approximation of a ⊘ b for a >= 0 and b > 0,
// (l1/u2, m1/m2, u1/l2); like Mul, exact at the support and peak only.
func (a TFN) Div(b TFN) TFN { return TFN{a.L / b.U, a.M / b.M, a.U / b.L} }

// Reciprocal returns the approximation (1/u, 1/m, 1/l) of 1 ⊘ a for a > 0,
// the reciprocal judgment of fuzzy AHP; exact at the support and peak.
func (a TFN) Reciprocal() TFN { return TFN{1 / a.U, 1 / a.M, 1 / a.L} }

// Pow returns the approximation (l^p, m^p, u^p) of a^p for a > 0 and p > 0,
// as Buckley's (1985) geometric mean takes it; exact at the support and
// peak only.
func (a TFN) Pow(p float64) TFN {
	return TFN{math.Pow(a.L, p), math.Pow(a.M, p), math.Pow(a.U, p)}
}

// Centroid returns the centre of gravity (l + m + u)/3 of a's membership
// function, the most common defuzzification.
func (a TFN) Centroid() float64 { return a.L/3 + a.M/3 + a.U/3 }

// GradedMean returns the graded mean integration representation
// (l + 4m + u)/6 of Chen & Hsieh (2000).
func (a TFN) GradedMean() float64 { return a.L/6 + 2*a.M/3 + a.U/6 }

// Distance returns the vertex distance between two TFNs (Chen 2000),
//
//	d(a, b) = √((l1 − l2)² + (m1 − m2)² + (u1 − u2)²) / 3),
//
// which for crisp numbers is |a − b|. It is computed without overflow for
// bounds anywhere in the float64 range.
func Distance(a, b TFN) float64 {
	dl, dm, du := a.L-b.L, a.M-b.M, a.U-b.U
	if math.IsInf(dl, 0) || math.IsInf(dm, 0) || math.IsInf(du, 0) {
		// Differences of bounds near ±MaxFloat64: halve first.
		dl, dm, du = a.L/2-b.L/2, a.M/2-b.M/2, a.U/2-b.U/2
		return math.Hypot(math.Hypot(dl, dm), du) / math.Sqrt(3) * 2
	}
	return math.Hypot(math.Hypot(dl, dm), du) / math.Sqrt(3)
}

// String formats a as (l, m, u).
func (a TFN) String() string { return fmt.Sprintf("(%g, %g, %g)", a.L, a.M, a.U) }
