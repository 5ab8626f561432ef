package value

import (
	"errors"
	"fmt"
	"math"

	"github.com/balancer-mcda/balancer/mcda"
)

// Errors of value functions, wrapped with the offending point or parameter.
var (
	// ErrBreakpoints means a piecewise-linear function or a UTA criterion
	// has fewer than two breakpoints.
	ErrBreakpoints = errors.New("fewer than two breakpoints")
	// ErrNotMonotone means the values of a piecewise-linear function are
	// neither all non-decreasing nor all non-increasing, or its abscissae
	// are not strictly increasing.
	ErrNotMonotone = errors.New("not monotone")
	// ErrOutOfRange means a performance lies outside the domain of its
	// value function: value functions do not extrapolate.
	ErrOutOfRange = errors.New("outside the value function's domain")
)

// A Function is a single-criterion value function: it maps the closed
// interval [Domain] of the criterion's performances onto [0, 1], 0 at the
// worst and 1 at the best level, monotonically.
type Function interface {
	// Value returns v(x) in [0, 1]. It returns an error wrapping
	// ErrOutOfRange for x outside the domain and mcda.ErrNotFinite for a
	// NaN or infinite x.
	Value(x float64) (float64, error)
	// Domain returns the interval lo < hi on which the function is defined.
	Domain() (lo, hi float64)
	// Increasing reports whether larger performances are better.
	Increasing() bool
}

// Piecewise is a piecewise-linear value function through the points
// (X[k], Y[k]): the common form of an elicited value function (Belton &
// Stewart, 2002, §5.2.2; von Winterfeldt & Edwards, 1986, ch. 7) and the
// form of UTA's marginal value functions. Make one with [NewPiecewise].
type Piecewise struct {
	x, y []float64
	inc  bool
}

// NewPiecewise returns the piecewise-linear value function through the
// points (x[k], y[k]). The abscissae must be finite and strictly increasing
// and there must be at least two points; the values must be finite and
// monotone (all non-decreasing or all non-increasing), with the smallest 0
// and the largest 1, so that the function maps [x[0], x[len-1]] onto [0, 1].
// Values given on the 0–100 scale are accepted and divided by 100.
//
// Errors: [ErrBreakpoints] for fewer than two points; a *PointError
// (wrapping [ErrNotMonotone], mcda.ErrNotFinite, mcda.ErrShape or
// mcda.ErrParameter) naming the first offending point.
func NewPiecewise(x, y []float64) (*Piecewise, error) {
	if len(x) != len(y) {
		return nil, &PointError{Index: -1, Err: &mcda.ShapeError{What: "values", Got: len(y), Want: len(x)}}
	}
	if len(x) < 2 {
		return nil, fmt.Errorf("value: piecewise: %d points: %w", len(x), ErrBreakpoints)
	}
	for k := range x {
		if !finite(x[k]) || !finite(y[k]) {
			return nil, &PointError{Index: k, X: x[k], Y: y[k], Err: mcda.ErrNotFinite}
		}
		if k > 0 && x[k] <= x[k-1] {
			return nil, &PointError{Index: k, X: x[k], Y: y[k], Field: "x", Err: fmt.Errorf("%w: abscissa %v not above %v", ErrNotMonotone, x[k], x[k-1])}
		}
	}
	inc := y[len(y)-1] >= y[0]
	for k := 1; k < len(y); k++ {
		if inc && y[k] < y[k-1] || !inc && y[k] > y[k-1] {
			return nil, &PointError{Index: k, X: x[k], Y: y[k], Field: "y", Err: fmt.Errorf("%w: value %v after %v", ErrNotMonotone, y[k], y[k-1])}
		}
	}
	lo, hi := y[0], y[len(y)-1]
	if !inc {
		lo, hi = hi, lo
	}
	scale := 1.0
	if hi == 100 {
		scale = 100
	}
	if lo != 0 || hi != scale {
		return nil, &PointError{Index: -1, Field: "y", Err: fmt.Errorf("%w: values span [%v, %v], want [0, 1] or [0, 100]", mcda.ErrParameter, lo, hi)}
	}
	p := &Piecewise{x: append([]float64(nil), x...), y: make([]float64, len(y)), inc: inc}
	for k, v := range y {
		p.y[k] = v / scale
	}
	return p, nil
}

// Points returns copies of the function's abscissae and values (on [0, 1]).
func (p *Piecewise) Points() (x, y []float64) {
	return append([]float64(nil), p.x...), append([]float64(nil), p.y...)
}

// Domain returns the first and last abscissae.
func (p *Piecewise) Domain() (lo, hi float64) { return p.x[0], p.x[len(p.x)-1] }

// Increasing reports whether the values rise with x.
func (p *Piecewise) Increasing() bool { return p.inc }

// Value interpolates linearly between the two points around x. Time
// O(log k) for k points; it allocates nothing.
func (p *Piecewise) Value(x float64) (float64, error) {
	if err := inDomain(p, x); err != nil {
		return 0, err
	}
	// Binary search for the segment [x[k], x[k+1]] holding x.
	lo, hi := 0, len(p.x)-1
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if p.x[mid] <= x {
			lo = mid
		} else {
			hi = mid
		}
	}
	t := (x - p.x[lo]) / (p.x[hi] - p.x[lo])
	if math.IsInf(p.x[hi]-p.x[lo], 0) {
		// The span overflows: compute the fraction from halves.
		t = (x/2 - p.x[lo]/2) / (p.x[hi]/2 - p.x[lo]/2)
	}
	v := p.y[lo] + t*(p.y[hi]-p.y[lo])
	return math.Max(0, math.Min(1, v)), nil
}

// Exponential is the exponential value function of Kirkwood (1997,
// Strategic Decision Making, §4.2, eq. 4.1–4.2), defined on [Lo, Hi] with
// risk (curvature) parameter Rho. For an increasing function
//
//	v(x) = (1 − exp(−(x − Lo)/ρ)) / (1 − exp(−(Hi − Lo)/ρ))
//
// and for a decreasing one
//
//	v(x) = (1 − exp(−(Hi − x)/ρ)) / (1 − exp(−(Hi − Lo)/ρ)).
//
// ρ > 0 gives a concave function, ρ < 0 a convex one, and ρ = ±Inf the
// straight line. Make one with [NewExponential].
type Exponential struct {
	lo, hi, rho float64
	inc         bool
}

// NewExponential returns Kirkwood's exponential value function on [lo, hi].
// It returns an error wrapping mcda.ErrParameter if lo or hi is not finite
// or lo >= hi, or if rho is NaN or 0.
func NewExponential(lo, hi, rho float64, increasing bool) (*Exponential, error) {
	if !finite(lo) || !finite(hi) || !(lo < hi) || math.IsInf(hi-lo, 0) {
		return nil, fmt.Errorf("value: exponential: domain [%v, %v]: %w", lo, hi, mcda.ErrParameter)
	}
	if math.IsNaN(rho) || rho == 0 {
		return nil, fmt.Errorf("value: exponential: rho %v: %w", rho, mcda.ErrParameter)
	}
	return &Exponential{lo: lo, hi: hi, rho: rho, inc: increasing}, nil
}

// Domain returns [Lo, Hi].
func (e *Exponential) Domain() (lo, hi float64) { return e.lo, e.hi }

// Increasing reports whether larger performances are better.
func (e *Exponential) Increasing() bool { return e.inc }

// Rho returns the risk parameter.
func (e *Exponential) Rho() float64 { return e.rho }

// Value returns v(x), computed with expm1 so that it stays accurate and
// finite for every ρ: for ρ < 0 the numerator and denominator are divided
// by exp((Hi − Lo)/|ρ|) first.
func (e *Exponential) Value(x float64) (float64, error) {
	if err := inDomain(e, x); err != nil {
		return 0, err
	}
	d := x - e.lo
	if !e.inc {
		d = e.hi - x
	}
	span := e.hi - e.lo
	t, tt := d/math.Abs(e.rho), span/math.Abs(e.rho)
	var v float64
	switch {
	case tt == 0 || math.IsInf(e.rho, 0):
		v = d / span
	case e.rho > 0:
		v = math.Expm1(-t) / math.Expm1(-tt)
	default:
		// (e^t − 1)/(e^T − 1) = e^(t−T)·(1 − e^−t)/(1 − e^−T)
		if t == 0 {
			v = 0
		} else {
			v = math.Exp(t-tt) * math.Expm1(-t) / math.Expm1(-tt)
		}
	}
	return math.Max(0, math.Min(1, v)), nil
}

// Bisection returns the value function elicited by the bisection
// (mid-value splitting) method (von Winterfeldt & Edwards, 1986, §7.3;
// Belton & Stewart, 2002, §5.2.2; Keeney & Raiffa, 1976, §5.8): the
// decision maker names the level x_0.5 whose value is halfway between the
// worst and the best level, then the mid-values of each half, and so on.
// mids lists the levels at the values 1/2^k, 2/2^k, …, (2^k − 1)/2^k in
// order of increasing value, so it holds 1, 3, 7, … levels; the result is
// the piecewise-linear function through (worst, 0), the mid-values and
// (best, 1). worst > best gives a decreasing function.
//
// Errors: an error wrapping mcda.ErrShape if len(mids) is not 2^k − 1 for
// some k >= 1, and those of [NewPiecewise], such as [ErrNotMonotone] for
// mid-values out of order.
func Bisection(worst, best float64, mids []float64) (*Piecewise, error) {
	n := len(mids) + 1
	if len(mids) == 0 || n&(n-1) != 0 {
		return nil, fmt.Errorf("value: bisection: %d mid-values, want 1, 3, 7, …: %w", len(mids), mcda.ErrShape)
	}
	x := make([]float64, 0, n+1)
	y := make([]float64, 0, n+1)
	x = append(append(append(x, worst), mids...), best)
	for k := 0; k <= n; k++ {
		y = append(y, float64(k)/float64(n))
	}
	if worst > best {
		for i, j := 0, len(x)-1; i < j; i, j = i+1, j-1 {
			x[i], x[j] = x[j], x[i]
			y[i], y[j] = y[j], y[i]
		}
	}
	return NewPiecewise(x, y)
}

// A PointError records an invalid point of a piecewise-linear value
// function.
type PointError struct {
	Index int     // 0-based index of the point, or -1 for the function as a whole
	X, Y  float64 // the point
	Field string  // "x" or "y": which coordinate is at fault; "" if both or neither
	Err   error   // the cause, e.g. ErrNotMonotone
}

func (e *PointError) Error() string {
	if e.Index < 0 {
		return fmt.Sprintf("value: piecewise: %v", e.Err)
	}
	return fmt.Sprintf("value: piecewise: point %d (%v, %v): %v", e.Index, e.X, e.Y, e.Err)
}

// Unwrap returns the cause.
func (e *PointError) Unwrap() error { return e.Err }

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

func inDomain(f Function, x float64) error {
	if !finite(x) {
		return fmt.Errorf("value: %v: %w", x, mcda.ErrNotFinite)
	}
	lo, hi := f.Domain()
	if x < lo || x > hi {
		return fmt.Errorf("value: %v not in [%v, %v]: %w", x, lo, hi, ErrOutOfRange)
	}
	return nil
}
