package mcda

import "math"

// The transcendental functions of the scoring passes: the weighted product
// (WPM, WASPAS, MOORA's multiplicative form) sums logarithms, CoCoSo raises
// every normalized value to its weight, one logarithm and one exponential
// per value. math.Log and math.Exp are not inlined and reduce their argument
// by division or long polynomials; lnTab and expTab reduce it with a table
// of 256 entries, after which a polynomial of degree 5 (log) or 4 (exp)
// meets double precision. The results agree with math.Log and math.Exp to
// about one unit in the last place (lnx: in absolute terms, which is what a
// logarithm that is multiplied by a weight and exponentiated needs); the
// tests check the bounds.

// tabBits is the number of bits of the table index of lnx and expx.
const tabBits = 8

// lnTab holds, for the 256 subintervals [1 + i/256, 1 + (i+1)/256) of the
// mantissa, invc ≈ 1/c for c the subinterval's midpoint and logc = −ln invc.
var lnTab = func() (t [1 << tabBits]struct{ invc, logc float64 }) {
	for i := range t {
		c := 1 + (float64(i)+0.5)/(1<<tabBits)
		t[i].invc = 1 / c
		t[i].logc = -math.Log(t[i].invc)
	}
	return t
}()

// expTab holds 2^(i/256).
var expTab = func() (t [1 << tabBits]float64) {
	for i := range t {
		t[i] = math.Exp2(float64(i) / (1 << tabBits))
	}
	return t
}()

const (
	// ln 2 in two parts, the first with enough trailing zeros that k·ln2Hi
	// is exact for every exponent k of a float64.
	ln2Hi = 0x1.62e42fefa3800p-1
	ln2Lo = 0x1.ef35793c76730p-45
	// ln 2/256 in two parts, the first of 33 significant bits, so that
	// k·ln2HiN is exact for every |k| < 2²⁰.
	ln2HiN = 0x1.62e42fee00000p-9
	ln2LoN = 0x1.a39ef35793c76p-41
	// expShift rounds to an integer when added: 1.5·2⁵².
	expShift = 0x1.8p52
)

// lnx returns the natural logarithm of x >= 0: −Inf for 0, +Inf for +Inf,
// NaN for NaN or x < 0. For finite x > 0, subnormal ones included (see
// logx), it differs from ln x by at most about 2⁻⁵²·max(1, |ln x|).
func lnx(x float64) float64 {
	ix := math.Float64bits(x)
	k := int(ix>>52) - 1023
	if uint64(ix-(1<<52)) >= (0x7ff-1)<<52 {
		// Zero, subnormal, infinite, NaN or negative.
		if !(x > 0) || math.IsInf(x, 1) {
			return math.Log(x)
		}
		ix = math.Float64bits(x * 0x1p54)
		k = int(ix>>52) - 1023 - 54
	}
	e := &lnTab[(ix>>(52-tabBits))&(1<<tabBits-1)]
	z := math.Float64frombits(ix&(1<<52-1) | 1023<<52) // the mantissa, in [1, 2)
	r := math.FMA(z, e.invc, -1)                       // |r| < 2⁻⁹, one rounding
	kd := float64(k)
	w := kd*ln2Hi + e.logc
	hi := w + r
	r2 := r * r
	lo := w - hi + r + kd*ln2Lo + r2*(-0.5+r*(1.0/3)+r2*(-0.25+r*0.2))
	return hi + lo
}

// expx returns e^y. For |y| <= 708 it differs from math.Exp(y) by about one
// unit in the last place; elsewhere (underflow to subnormals, overflow,
// ±Inf, NaN) it is math.Exp(y).
func expx(y float64) float64 {
	if !(math.Abs(y) <= 708) {
		return math.Exp(y)
	}
	const n = 1 << tabBits
	kd := y*(n/math.Ln2) + expShift
	k := int64(math.Float64bits(kd) - math.Float64bits(expShift)) // round(y·256/ln 2)
	kd -= expShift
	r := y - kd*ln2HiN - kd*ln2LoN // |r| <= ln 2/512
	s := math.Float64frombits(math.Float64bits(expTab[k&(n-1)]) + uint64(k>>tabBits)<<52)
	p := r + r*r*(0.5+r*(1.0/6+r*(1.0/24)))
	return s + s*p
}

// lnxs stores lnx(x_j) in dst[j], bit for bit, and returns dst: the loop of
// those calls with the body of lnx written out, so that the logarithms
// overlap instead of paying a call each. Values that take lnx's special
// cases are computed by lnx after the loop. dst must not overlap x; it
// panics if len(dst) < len(x).
func lnxs(dst, x []float64) []float64 {
	dst = dst[:len(x)]
	bad := false
	for j, v := range x {
		ix := math.Float64bits(v)
		if uint64(ix-(1<<52)) >= (0x7ff-1)<<52 {
			bad = true // zero, subnormal, infinite, NaN or negative
			continue
		}
		e := &lnTab[(ix>>(52-tabBits))&(1<<tabBits-1)]
		z := math.Float64frombits(ix&(1<<52-1) | 1023<<52)
		t := math.FMA(z, e.invc, -1)
		kd := float64(int(ix>>52) - 1023)
		u := kd*ln2Hi + e.logc
		hi := u + t
		t2 := t * t
		lo := u - hi + t + kd*ln2Lo + t2*(-0.5+t*(1.0/3)+t2*(-0.25+t*0.2))
		dst[j] = hi + lo
	}
	if bad {
		for j, v := range x {
			if ix := math.Float64bits(v); uint64(ix-(1<<52)) >= (0x7ff-1)<<52 {
				dst[j] = lnx(v)
			}
		}
	}
	return dst
}

// powx stores in dst[j] r_j^w_j, bit for bit expx(w_j·lnx(r_j)), or 1 when
// w_j = 0 (as math.Pow(r, 0)), including for r_j = 0 or +Inf, and returns
// dst. It is the loop of those calls with the bodies of lnx and expx
// written out, in two loops, the logarithms first: the terms overlap
// instead of paying two calls each, and each loop's chain of dependent
// operations is short enough for several iterations to run at once. A row
// with a value that takes a special case of lnx or expx is computed again
// by the calls. dst must not overlap r; it panics if len(dst) or len(w) is
// less than len(r).
func powx(dst, r, w []float64) []float64 {
	dst, w = dst[:len(r)], w[:len(r)]
	bad := false
	for j, x := range r {
		ix := math.Float64bits(x)
		if uint64(ix-(1<<52)) >= (0x7ff-1)<<52 {
			bad = true // zero, subnormal, infinite, NaN or negative
			continue
		}
		// The body of lnx. For w_j = 0 the product is ±0 and e^±0 = 1.
		e := &lnTab[(ix>>(52-tabBits))&(1<<tabBits-1)]
		z := math.Float64frombits(ix&(1<<52-1) | 1023<<52)
		t := math.FMA(z, e.invc, -1)
		kd := float64(int(ix>>52) - 1023)
		u := kd*ln2Hi + e.logc
		hi := u + t
		t2 := t * t
		lo := u - hi + t + kd*ln2Lo + t2*(-0.5+t*(1.0/3)+t2*(-0.25+t*0.2))
		dst[j] = w[j] * (hi + lo)
	}
	const n = 1 << tabBits
	for j, y := range dst {
		if !(math.Abs(y) <= 708) {
			bad = true
			continue
		}
		// The body of expx.
		kd := y*(n/math.Ln2) + expShift
		k := int64(math.Float64bits(kd) - math.Float64bits(expShift))
		kd -= expShift
		q := y - kd*ln2HiN - kd*ln2LoN
		s := math.Float64frombits(math.Float64bits(expTab[k&(n-1)]) + uint64(k>>tabBits)<<52)
		p := q + q*q*(0.5+q*(1.0/6+q*(1.0/24)))
		dst[j] = s + s*p
	}
	if bad {
		for j, x := range r {
			if w[j] == 0 {
				dst[j] = 1
			} else {
				dst[j] = expx(w[j] * lnx(x))
			}
		}
	}
	return dst
}
