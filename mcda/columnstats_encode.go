package mcda

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// The binary forms of ColumnStats, ColumnRescan and StreamCoefficients
// begin with a four-byte tag and a version byte, then hold unsigned varints
// and float64 bits (little-endian), so that every value, −0, subnormals and
// the sums that overflowed included, crosses the wire exactly.
const (
	tagColumnStats  = "mcs\x01"
	tagColumnRescan = "mcr\x01"
	tagCoefficients = "msc\x01"
)

// errEncoding is the cause of every decoding error.
var errEncoding = errors.New("malformed encoding")

// decoder reads the binary forms; the first error sticks.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("mcda: decode: %s: %w", what, errEncoding)
	}
}

func (d *decoder) tag(t string) {
	if len(d.b) < len(t) || string(d.b[:len(t)]) != t {
		d.fail("unknown tag or version")
		return
	}
	d.b = d.b[len(t):]
}

func (d *decoder) byte1() byte {
	if d.err != nil || len(d.b) < 1 {
		d.fail("truncated")
		return 0
	}
	v := d.b[0]
	d.b = d.b[1:]
	return v
}

// uint reads a varint no larger than max, in its shortest form (the one
// binary.AppendUvarint writes): a longer one, whose last byte is 0 (1 as
// 0x81 0x00, say), would decode to a value that encodes to other bytes.
func (d *decoder) uint(max int) int {
	if d.err != nil {
		return 0
	}
	v, k := binary.Uvarint(d.b)
	if k <= 0 || (k > 1 && d.b[k-1] == 0) || max < 0 || v > uint64(max) {
		d.fail("bad count")
		return 0
	}
	d.b = d.b[k:]
	return int(v)
}

func (d *decoder) float() float64 {
	if d.err != nil || len(d.b) < 8 {
		d.fail("truncated")
		return 0
	}
	v := math.Float64frombits(binary.LittleEndian.Uint64(d.b))
	d.b = d.b[8:]
	return v
}

// floats reads k floats, after checking that the input holds them.
func (d *decoder) floats(k int) []float64 {
	if d.err != nil || len(d.b)/8 < k {
		d.fail("truncated")
		return nil
	}
	v := make([]float64, k)
	for i := range v {
		v[i] = d.float()
	}
	return v
}

func (d *decoder) str() string {
	k := d.uint(len(d.b))
	if d.err == nil && k > len(d.b) {
		d.fail("truncated")
	}
	if d.err != nil {
		return ""
	}
	s := string(d.b[:k])
	d.b = d.b[k:]
	return s
}

func (d *decoder) end() error {
	if d.err == nil && len(d.b) != 0 {
		d.fail("trailing bytes")
	}
	return d.err
}

func appendFloats(b []byte, v ...float64) []byte {
	for _, x := range v {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(x))
	}
	return b
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// appendSpec encodes the method, normalization and criteria.
func appendSpec(b []byte, sp streamSpec, crit []Criterion, bounds [][2]float64) []byte {
	b = appendKind(b, sp)
	b = binary.AppendUvarint(b, uint64(len(crit)))
	for _, c := range crit {
		b = appendString(b, c.Name)
		b = append(b, byte(c.Objective))
		b = appendFloats(b, c.Weight)
	}
	for _, lh := range bounds {
		b = appendFloats(b, lh[0], lh[1])
	}
	return b
}

// appendKind encodes the method and normalization, and WASPAS's λ.
func appendKind(b []byte, sp streamSpec) []byte {
	b = append(b, byte(sp.kind), byte(sp.k))
	if sp.kind.hasLambda() {
		b = appendFloats(b, sp.lambda)
	}
	return b
}

// kind decodes what appendKind encodes and checks it: a streamable method
// whose normalization and λ it takes, as streamSpecOf gives them, of the
// kinds allowed.
func (d *decoder) kind(allow kinds) streamSpec {
	kind, k := streamKind(d.byte1()), Normalization(d.byte1())
	var l float64
	if (allow == middleKinds && !kind.middle()) || (allow == twoPassKinds && kind.middle()) {
		d.fail("method with or without a middle pass")
	}
	if kind.hasLambda() {
		l = d.float()
	}
	if d.err != nil {
		return streamSpec{}
	}
	m, err := specMethod(streamSpec{kind: kind, k: k, lambda: l})
	if err == nil && k == NormalizationDefault {
		err = fmt.Errorf("default normalization: %w", errEncoding)
	}
	var sp streamSpec
	if err == nil {
		sp, err = streamSpecOf(m)
	}
	if err == nil && (sp.kind != kind || sp.k != k || math.Float64bits(sp.lambda) != math.Float64bits(l)) {
		err = fmt.Errorf("%v for method %s: %w", k, m.Name(), errEncoding)
	}
	if err != nil {
		d.err = fmt.Errorf("mcda: decode: %w", err)
	}
	return sp
}

// kinds selects the methods a decoder accepts.
type kinds int

const (
	anyKind      kinds = iota // every streamable method
	middleKinds               // those with a middle pass
	twoPassKinds              // those without
)

// spec decodes what appendSpec encodes and validates it, for the kinds
// allowed.
func (d *decoder) spec(allow kinds) (streamSpec, []Criterion, [][2]float64) {
	sp := d.kind(allow)
	n := d.uint(len(d.b) / 10) // a criterion takes at least 10 bytes
	if d.err != nil {
		return streamSpec{}, nil, nil
	}
	if n == 0 {
		d.fail("no criteria")
		return streamSpec{}, nil, nil
	}
	crit := make([]Criterion, n)
	for j := range crit {
		crit[j].Name = d.str()
		crit[j].Objective = Objective(d.byte1())
		crit[j].Weight = d.float()
	}
	var bounds [][2]float64
	if sp.kind == streamSPOTISBounded {
		if d.err != nil || len(d.b)/16 < n {
			d.fail("truncated")
		} else {
			bounds = make([][2]float64, n)
			for j := range bounds {
				bounds[j] = [2]float64{d.float(), d.float()}
			}
		}
	}
	if d.err != nil {
		return streamSpec{}, nil, nil
	}
	return sp, crit, bounds
}

// MarshalBinary encodes the accumulator's whole state exactly: the method,
// normalization and criteria, the totals, the first offending values and
// the rows of the block in progress, at most 4095·n values (O(n) bytes
// once a multiple of 4096 rows has been added), and a rescan set by
// SetRescan. [ColumnStats.UnmarshalBinary] restores it bit for bit.
func (s *ColumnStats) MarshalBinary() ([]byte, error) {
	if s.n == 0 {
		return nil, fmt.Errorf("mcda: encode: a zero ColumnStats (use NewColumnStats): %w", ErrEmpty)
	}
	b := []byte(tagColumnStats)
	b = appendSpec(b, s.spec, s.crit, s.bounds)
	b = binary.AppendUvarint(b, uint64(s.rows))
	b = binary.AppendUvarint(b, uint64(s.blocks))
	if s.blocks > 0 {
		b = appendFloats(b, s.st.min...)
		b = appendFloats(b, s.st.max...)
		b = appendFloats(b, s.st.sum...)
		b = appendFloats(b, s.st.sumSq...)
		b = appendFloats(b, s.st.sumInv...)
	}
	for _, fs := range [][]firstValue{s.loc.neg, s.loc.nonPos, s.loc.out} {
		for _, f := range fs {
			if f.i < 0 {
				b = append(b, 0)
				continue
			}
			b = append(b, 1)
			b = binary.AppendUvarint(b, uint64(f.i))
			b = appendString(b, f.name)
			b = appendFloats(b, f.x)
		}
	}
	b = binary.AppendUvarint(b, uint64(len(s.buf)/s.n))
	b = appendFloats(b, s.buf...)
	if s.rescan == nil {
		return append(b, 0), nil
	}
	b = append(b, 1)
	return s.rescan.appendState(b), nil
}

// UnmarshalBinary sets s to the state encoded by
// [ColumnStats.MarshalBinary]. Malformed or inconsistent input is an error
// (wrapping ErrEmpty, ErrName, ... for bad criteria), never a panic, and
// allocates no more than the input's length warrants.
func (s *ColumnStats) UnmarshalBinary(data []byte) error {
	d := &decoder{b: data}
	d.tag(tagColumnStats)
	sp, crit, bounds := d.spec(anyKind)
	if d.err != nil {
		return d.err
	}
	t, err := newColumnStats(sp, crit, bounds)
	if err != nil {
		return fmt.Errorf("mcda: decode: %w", err)
	}
	n := t.n
	t.rows = d.uint(math.MaxInt)
	t.blocks = d.uint(t.rows)
	if t.blocks > 0 {
		copy(t.st.min, d.floats(n))
		copy(t.st.max, d.floats(n))
		copy(t.st.sum, d.floats(n))
		copy(t.st.sumSq, d.floats(n))
		copy(t.st.sumInv, d.floats(n))
		for j := range n {
			if mn, mx := t.st.min[j], t.st.max[j]; !isFinite(mn) || !isFinite(mx) || mn > mx {
				d.fail("bad extremes")
			}
		}
	}
	for q, fs := range [][]firstValue{t.loc.neg, t.loc.nonPos, t.loc.out} {
		for j := range fs {
			switch d.byte1() {
			case 0:
			case 1:
				f := firstValue{i: d.uint(t.rows - 1), name: d.str(), x: d.float()}
				bad := f.x > 0 || (q == 0 && f.x == 0)
				if q == 2 {
					b := t.bounds[j]
					bad = !(f.x < b[0] || f.x > b[1])
				}
				if f.name == "" || !isFinite(f.x) || bad {
					d.fail("bad offending value")
				}
				fs[j] = f
			default:
				d.fail("bad flag")
			}
		}
	}
	p := d.uint(blockRows - 1)
	folded := t.rows - p
	if d.err == nil && (folded < 0 || (t.blocks == 0) != (folded == 0) || folded > t.blocks*blockRows) {
		d.fail("inconsistent row counts")
	}
	if d.err == nil && len(d.b)/8/n < p {
		d.fail("truncated")
	}
	t.buf = d.floats(p * n)
	for _, x := range t.buf {
		if !isFinite(x) {
			d.fail("pending value not finite")
		}
	}
	switch d.byte1() {
	case 0:
	case 1:
		r := &ColumnRescan{}
		r.readState(d, n)
		if d.err == nil && r.rows != t.rows {
			d.fail("rescan of other rows")
		}
		t.rescan = r
	default:
		d.fail("bad flag")
	}
	if err := d.end(); err != nil {
		return err
	}
	*s = *t
	return nil
}

func (r *ColumnRescan) appendState(b []byte) []byte {
	b = binary.AppendUvarint(b, uint64(len(r.kind)))
	for _, k := range r.kind {
		b = append(b, byte(k))
	}
	b = appendFloats(b, r.f...)
	b = appendFloats(b, r.acc...)
	return binary.AppendUvarint(b, uint64(r.rows))
}

// readState decodes what appendState encodes, for n criteria (0: any).
func (r *ColumnRescan) readState(d *decoder, n int) {
	k := d.uint(len(d.b) / 17)
	if d.err == nil && (k == 0 || n > 0 && k != n) {
		d.fail("bad criteria count")
	}
	if d.err != nil {
		return
	}
	r.kind = make([]rescanKind, k)
	for j := range r.kind {
		r.kind[j] = rescanKind(d.byte1())
		if r.kind[j] > rescanSumInv {
			d.fail("bad rescan kind")
		}
	}
	r.f = d.floats(k)
	r.acc = d.floats(k)
	for j, f := range r.f {
		if r.kind[j] != rescanNone && (!isFinite(f) || f <= 0) {
			d.fail("bad scale")
		}
	}
	r.rows = d.uint(math.MaxInt)
}

// MarshalBinary encodes the rescan's state exactly.
func (r *ColumnRescan) MarshalBinary() ([]byte, error) {
	return r.appendState([]byte(tagColumnRescan)), nil
}

// UnmarshalBinary sets r to the state encoded by
// [ColumnRescan.MarshalBinary]; malformed input is an error.
func (r *ColumnRescan) UnmarshalBinary(data []byte) error {
	d := &decoder{b: data}
	d.tag(tagColumnRescan)
	var t ColumnRescan
	t.readState(d, 0)
	if err := d.end(); err != nil {
		return err
	}
	*r = t
	return nil
}

// MarshalBinary encodes the coefficients exactly: the method and
// normalization, the weights, each criterion's transform and, for TOPSIS,
// the column extremes; every derived coefficient is recomputed from them
// by [StreamCoefficients.UnmarshalBinary], with the same bits.
func (c *StreamCoefficients) MarshalBinary() ([]byte, error) {
	if c.method == nil {
		return nil, fmt.Errorf("mcda: encode: zero StreamCoefficients (use ColumnStats.Coefficients): %w", ErrEmpty)
	}
	b := []byte(tagCoefficients)
	if c.mid != nil {
		return c.appendMiddle(b), nil
	}
	b = appendKind(b, c.spec)
	b = binary.AppendUvarint(b, uint64(len(c.w)))
	b = appendFloats(b, c.w...)
	if c.spec.kind.scored() {
		return c.appendScorer(b), nil
	}
	for _, t := range c.ts {
		r := byte(0)
		if t.recip {
			r = 1
		}
		b = append(b, r)
		b = appendFloats(b, t.off, t.p, t.c, t.s)
	}
	if c.spec.kind == streamTOPSIS {
		b = appendFloats(b, c.mn...)
		b = appendFloats(b, c.mx...)
	}
	return b, nil
}

// UnmarshalBinary sets c to the coefficients encoded by
// [StreamCoefficients.MarshalBinary]. Malformed input, weights that are
// not finite and >= 0 with a positive sum, or transforms that are not
// finite are an error, never a panic.
func (c *StreamCoefficients) UnmarshalBinary(data []byte) error {
	d := &decoder{b: data}
	d.tag(tagCoefficients)
	if d.err == nil && len(d.b) > 0 && streamKind(d.b[0]).middle() {
		return c.unmarshalMiddle(d)
	}
	sp := d.kind(twoPassKinds)
	n := d.uint(len(d.b) / 16) // a criterion takes at least 16 bytes
	if d.err == nil && n == 0 {
		d.fail("no criteria")
	}
	w := d.floats(n)
	sum := 0.0
	for _, x := range w {
		if !isFinite(x) || x < 0 {
			d.fail("bad weight")
		}
		sum += x
	}
	if d.err == nil && !(sum > 0) {
		d.fail("weights sum to zero")
	}
	if d.err == nil && sp.kind.scored() {
		sc := d.scorer(sp, w)
		if err := d.end(); err != nil {
			return err
		}
		m, _ := specMethod(sp)
		*c = StreamCoefficients{spec: sp, method: m, w: w, sc: sc}
		return nil
	}
	var ts []transform
	if d.err == nil && len(d.b)/33 >= n {
		ts = make([]transform, n)
	} else {
		d.fail("truncated")
	}
	for j := range ts {
		switch d.byte1() {
		case 0:
		case 1:
			ts[j].recip = true
		default:
			d.fail("bad flag")
		}
		ts[j].off, ts[j].p, ts[j].c, ts[j].s = d.float(), d.float(), d.float(), d.float()
	}
	var mn, mx []float64
	if sp.kind == streamTOPSIS {
		mn, mx = d.floats(n), d.floats(n)
		for j := range mx {
			if !isFinite(mn[j]) || !isFinite(mx[j]) || mn[j] > mx[j] {
				d.fail("bad extremes")
			}
		}
	}
	if err := d.end(); err != nil {
		return err
	}
	t, err := newStreamCoefficients(sp, w, ts, mn, mx)
	if err != nil {
		return err
	}
	*c = *t
	return nil
}

// appendScorer encodes the coefficients of a kind that scores with the
// method's own scorer: the per-criterion values its score reads.
func (c *StreamCoefficients) appendScorer(b []byte) []byte {
	switch r := c.sc.(type) {
	case *MOORA:
		b = appendFloats(b, r.a...)
		b = appendFloats(b, r.base)
		b = appendFloats(b, r.pre...)
	case *MOORARefPoint:
		b = appendFloats(b, r.a...)
		b = appendFloats(b, r.ref...)
		b = appendFloats(b, r.pre...)
	case *wpmCoef:
		for _, t := range r.ts {
			b = appendBool(b, t.recip)
		}
		b = appendFloats(b, r.w...)
		b = appendFloats(b, r.base)
	case *waspasCoef:
		for j, t := range r.fs.ts {
			b = appendBool(b, t.recip)
			b = appendFloats(b, t.off, t.p, t.c, t.s)
			b = appendBool(b, r.zero[j])
			b = appendBool(b, r.kill[j])
		}
		b = appendFloats(b, r.mx...)
	case *MARCOS:
		b = appendFloats(b, r.st.min...)
		b = appendFloats(b, r.st.max...)
		for _, c := range r.cost {
			b = appendBool(b, c)
		}
		b = appendFloats(b, r.scale)
	case *SPOTIS:
		b = appendFloats(b, r.star...)
		b = appendFloats(b, r.r...)
		for _, h := range r.half[:len(r.r)] {
			b = appendBool(b, h)
		}
	}
	return b
}

func appendBool(b []byte, v bool) []byte {
	if v {
		return append(b, 1)
	}
	return append(b, 0)
}

func (d *decoder) bool1() bool {
	switch d.byte1() {
	case 0:
		return false
	case 1:
		return true
	}
	d.fail("bad flag")
	return false
}

// finite reads k floats that must be finite.
func (d *decoder) finite(k int) []float64 {
	v := d.floats(k)
	for _, x := range v {
		if !isFinite(x) {
			d.fail("coefficient not finite")
		}
	}
	return v
}

// preScales reads the n pre-scales of the MOORA methods (see mooraScale),
// which must be positive powers of two, and reports whether any is not 1.
func (d *decoder) preScales(n int) ([]float64, bool) {
	pre := d.finite(n)
	scaled := false
	for _, p := range pre {
		if frac, _ := math.Frexp(p); frac != 0.5 {
			d.fail("pre-scale not a power of two")
		}
		scaled = scaled || p != 1
	}
	return pre, scaled
}

// scorer decodes what appendScorer encodes, for the weights w.
func (d *decoder) scorer(sp streamSpec, w []float64) rowScorer {
	kind := sp.kind
	n := len(w)
	switch kind {
	case streamMOORA:
		a := d.finite(n)
		base := d.finite(1)
		pre, scaled := d.preScales(n)
		if d.err != nil {
			return nil
		}
		return &MOORA{w: w, a: a, base: base[0], pre: pre, scaled: scaled}
	case streamMOORARefPoint:
		a, ref := d.finite(n), d.finite(n)
		pre, scaled := d.preScales(n)
		if d.err != nil {
			return nil
		}
		return &MOORARefPoint{w: w, a: a, ref: ref, pre: pre, scaled: scaled}
	case streamMOORAFMF, streamMOORAFMFUnweighted:
		if d.err != nil || len(d.b) < n {
			d.fail("truncated")
			return nil
		}
		ts := make([]transform, n)
		for j := range ts {
			ts[j].recip = d.bool1()
		}
		pw, base := d.finite(n), d.finite(1)
		for _, x := range pw {
			if x < 0 {
				d.fail("bad weight")
			}
		}
		if d.err != nil {
			return nil
		}
		return &wpmCoef{ts: ts, w: pw, base: base[0]}
	case streamSPOTIS, streamSPOTISBounded:
		star, r := d.finite(n), d.finite(n)
		if d.err != nil || len(d.b) < n {
			d.fail("truncated")
			return nil
		}
		half := make([]bool, n)
		for j := range half {
			half[j] = d.bool1()
		}
		for _, x := range r {
			if x < 0 {
				d.fail("bad range")
			}
		}
		if d.err != nil {
			return nil
		}
		return &SPOTIS{w: w, star: star, r: r, half: half}
	case streamWASPAS:
		if d.err != nil || len(d.b)/35 < n {
			d.fail("truncated")
			return nil
		}
		r := &waspasCoef{l: sp.lambda, zero: make([]bool, n), kill: make([]bool, n)}
		ts := make([]transform, n)
		for j := range ts {
			ts[j].recip = d.bool1()
			f := d.finite(4)
			if d.err != nil {
				return nil
			}
			ts[j].off, ts[j].p, ts[j].c, ts[j].s = f[0], f[1], f[2], f[3]
			r.zero[j], r.kill[j] = d.bool1(), d.bool1()
			if r.kill[j] && !r.zero[j] {
				d.fail("bad flag")
			}
		}
		r.mx = d.finite(n)
		if d.err != nil {
			return nil
		}
		waspasPrepare(&r.fs, &r.fp, ts, w)
		return r
	case streamMARCOS:
		mn, mx := d.finite(n), d.finite(n)
		if d.err != nil || len(d.b) < n {
			d.fail("truncated")
			return nil
		}
		cost := make([]bool, n)
		for j := range cost {
			cost[j] = d.bool1()
		}
		scale := d.finite(1)
		if d.err != nil {
			return nil
		}
		r := &MARCOS{w: w, cost: cost, scale: scale[0]}
		r.st.min, r.st.max = mn, mx
		return r
	}
	d.fail("unknown method")
	return nil
}
