package mcda

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
)

// A ScoreStats accumulates the middle pass of a streamed ranking with
// [VIKOR], [EDAS], [COPRAS], [ARAS], [MABAC] or [COCOSO], whose
// coefficients need, besides pass 1's column statistics ([ColumnStats]),
// aggregates of values computed from every row with them: VIKOR's extremes
// of S and R, EDAS's maxima of SP and SN, COPRAS's minimum of S⁻, Σ S⁻ and
// Σ min/S⁻, CoCoSo's extremes of S and P and Σ (S + P), ARAS's column sums
// of x/x₀ and MABAC's of ln(1 + r). It is made by [ColumnStats.ScoreStats]
// once pass 1 is complete, fed every row again with [ScoreStats.Add]
// (merged and shipped as bytes like a ColumnStats), and given back with
// [ColumnStats.SetScoreStats], after which [ColumnStats.Coefficients]
// scores.
//
// Rows are kept until they fill a block of 4096, whose aggregates are
// computed from zero in row order and combined in block order, as the
// in-memory methods compute them: one accumulator fed every row in order
// gives their bits. Merging follows the rules of [ColumnStats.Merge]:
// exact for accumulators of one 4096-row block each (the last may hold
// fewer) merged in row order; in any other grouping the extremes are the
// same and the sums (COPRAS's, CoCoSo's, ARAS's and MABAC's) agree within
// the bound stated there. Memory is O(4096·n) for n criteria. The zero
// value is not usable; use [ColumnStats.ScoreStats]. A ScoreStats must not
// be used concurrently.
type ScoreStats struct {
	spec streamSpec
	crit []Criterion
	w    []float64 // the normalized weights
	rows int       // rows of the column statistics
	st   *colStats // their totals and rescans
	key  []byte    // the encoding of the above
	acc  *passAcc
}

// newScoreStats returns an empty middle pass for the column statistics st
// (checked, with their rescans) of rows alternatives.
func newScoreStats(sp streamSpec, crit []Criterion, rows int, st *colStats) (*ScoreStats, error) {
	shell, err := newShell([]string{"_"}, crit)
	if err != nil {
		return nil, err
	}
	w := shell.Weights(nil)
	p, err := middlePass(sp, w, st, shell.criteria, rows)
	if err != nil {
		return nil, err
	}
	s := &ScoreStats{spec: sp, crit: shell.criteria, w: w, rows: rows, st: st}
	s.key = appendStats(nil, sp, shell.criteria, rows, st)
	s.acc = newPassAcc(p, len(crit))
	return s, nil
}

// Rows returns the number of rows added, including those of merged
// accumulators.
func (s *ScoreStats) Rows() int {
	if s.acc == nil {
		return 0
	}
	return s.acc.rows
}

// errZeroScoreStats is the error of a zero ScoreStats.
var errZeroScoreStats = fmt.Errorf("mcda: zero ScoreStats (use ColumnStats.ScoreStats): %w", ErrEmpty)

// Add adds the row of alternative name, one value per criterion, as
// [ColumnStats.Add] does: an empty name is an [*AlternativeError] wrapping
// [ErrName], a NaN or infinite value a [*ValueError] wrapping
// [ErrNotFinite] (the row is then not added), and a row of another length
// a [*ShapeError]. A value outside its column's range in the statistics
// the pass was made from is a *ValueError wrapping [ErrShape]: the rows
// are not those of pass 1. It allocates only while the first block fills.
func (s *ScoreStats) Add(name string, row []float64) error {
	if s.acc == nil {
		return errZeroScoreStats
	}
	i, n := s.acc.rows, len(s.crit)
	if len(row) != n {
		return &AlternativeError{Index: i, Name: name, Err: &ShapeError{What: "values", Got: len(row), Want: n}}
	}
	if name == "" {
		return &AlternativeError{Index: i, Err: ErrName}
	}
	mn, mx := s.st.min[:n], s.st.max[:n]
	for j, x := range row {
		if !isFinite(x) {
			return &ValueError{Alternative: i, AlternativeName: name, Criterion: j, CriterionName: s.crit[j].Name, Value: x, Err: ErrNotFinite}
		}
		if x < mn[j] || x > mx[j] {
			return &ValueError{Alternative: i, AlternativeName: name, Criterion: j, CriterionName: s.crit[j].Name, Value: x,
				Err: fmt.Errorf("outside the range [%v, %v] of the column statistics (not the rows of pass 1): %w", mn[j], mx[j], ErrShape)}
		}
	}
	s.acc.add(name, row)
	return nil
}

// Merge adds the rows of t after those of s; t is not changed. Both must
// have been made from the same column statistics, or Merge returns an
// error wrapping [ErrShape].
func (s *ScoreStats) Merge(t *ScoreStats) error {
	if s.acc == nil || t == nil || t.acc == nil {
		return errZeroScoreStats
	}
	if !bytes.Equal(s.key, t.key) {
		return fmt.Errorf("mcda: merge: score statistics made from other column statistics: %w", ErrShape)
	}
	if s == t {
		c, err := t.clone()
		if err != nil {
			return err
		}
		t = c
	}
	a, b := s.acc, t.acc
	if b.rows > math.MaxInt-a.rows {
		return fmt.Errorf("mcda: merge: %d + %d rows: %w", a.rows, b.rows, ErrShape)
	}
	if b.blocks == 0 {
		n := a.n
		for r, name := range b.names {
			a.add(name, b.buf[r*n:r*n+n])
		}
		return nil
	}
	a.flush()
	off := a.rows
	a.p.combine(b.p.totals(), a.blocks == 0, off)
	a.blocks += b.blocks
	a.rows += b.rows - len(b.names)
	if i := a.p.located(); i != a.loc {
		a.loc = i
		if i >= off && b.loc == i-off {
			a.name = b.name
		}
	}
	for r, name := range b.names {
		a.add(name, b.buf[r*a.n:r*a.n+a.n])
	}
	return nil
}

// clone returns a deep copy of s, through its encoding. The decoder
// accepts every state the pass produces; an error would be a defect of
// this package, reported rather than hidden.
func (s *ScoreStats) clone() (*ScoreStats, error) {
	b, err := s.MarshalBinary()
	if err != nil {
		return nil, err
	}
	c := &ScoreStats{}
	if err := c.UnmarshalBinary(b); err != nil {
		return nil, fmt.Errorf("mcda: score stats do not decode: %w", err)
	}
	return c, nil
}

// coefficients finishes a copy of the pass and returns its coefficients.
func (s *ScoreStats) coefficients() (*StreamCoefficients, error) {
	c, err := s.clone()
	if err != nil {
		return nil, err
	}
	if err := c.acc.finish(); err != nil {
		return nil, err
	}
	m, err := specMethod(c.spec)
	if err != nil {
		return nil, err
	}
	return &StreamCoefficients{spec: c.spec, method: m, w: c.w, sc: c.acc.p, mid: c}, nil
}

const tagScoreStats = "mss\x01"

// appendStats encodes the column statistics a middle pass is made from:
// the method, criteria, rows and totals, and the rescanned sums.
func appendStats(b []byte, sp streamSpec, crit []Criterion, rows int, st *colStats) []byte {
	b = appendSpec(b, sp, crit, nil)
	b = binary.AppendUvarint(b, uint64(rows))
	for _, v := range [][]float64{st.min, st.max, st.sum, st.sumSq, st.sumInv, st.racc} {
		b = appendFloats(b, v...)
	}
	return b
}

// MarshalBinary encodes the accumulator's whole state exactly: the column
// statistics it was made from, its aggregates and the rows of the block in
// progress, at most 4095·n values. [ScoreStats.UnmarshalBinary] restores
// it bit for bit.
func (s *ScoreStats) MarshalBinary() ([]byte, error) {
	if s.acc == nil {
		return nil, fmt.Errorf("mcda: encode: zero ScoreStats (use ColumnStats.ScoreStats): %w", ErrEmpty)
	}
	a := s.acc
	b := append([]byte(tagScoreStats), s.key...)
	b = binary.AppendUvarint(b, uint64(a.rows))
	b = binary.AppendUvarint(b, uint64(a.blocks))
	if a.blocks > 0 {
		t := a.p.totals()
		b = binary.AppendUvarint(b, uint64(len(t)))
		b = appendFloats(b, t...)
	}
	if a.loc >= 0 && a.loc < a.rows-len(a.names) {
		b = append(b, 1)
		b = binary.AppendUvarint(b, uint64(a.loc))
		b = appendString(b, a.name)
	} else {
		b = append(b, 0)
	}
	b = binary.AppendUvarint(b, uint64(len(a.names)))
	b = appendFloats(b, a.buf...)
	for _, name := range a.names {
		b = appendString(b, name)
	}
	return b, nil
}

// scoreStats decodes what appendStats encodes and makes the empty pass.
func (d *decoder) scoreStats() *ScoreStats {
	sp, crit, _ := d.spec(middleKinds)
	if d.err == nil && !sp.kind.middle() {
		d.fail("method has no middle pass")
	}
	rows := d.uint(math.MaxInt)
	if d.err == nil && rows == 0 {
		d.fail("no rows")
	}
	n := len(crit)
	st := &colStats{}
	st.start(n)
	for _, v := range [][]float64{st.min, st.max, st.sum, st.sumSq, st.sumInv} {
		copy(v, d.floats(n))
	}
	racc := d.floats(n)
	if d.err != nil {
		return nil
	}
	for j := range n {
		if mn, mx := st.min[j], st.max[j]; !isFinite(mn) || !isFinite(mx) || mn > mx {
			d.fail("bad extremes")
			return nil
		}
	}
	if err := st.check(sp.k, sp.normCriteria(crit), sp.ratio, noLocator{}); err != nil {
		d.err = fmt.Errorf("mcda: decode: %w", err)
		return nil
	}
	sp.plan(st, crit)
	for j, k := range st.rk {
		// A rescanned sum is finite, and positive but for EDAS's, which
		// may be of either sign; the other columns have none.
		if k == rescanNone && racc[j] != 0 || k != rescanNone && !(isFinite(racc[j]) && (sp.kind == streamEDAS || racc[j] > 0)) {
			d.fail("bad rescanned sum")
			return nil
		}
	}
	copy(st.racc, racc)
	s, err := newScoreStats(sp, crit, rows, st)
	if err != nil {
		d.err = fmt.Errorf("mcda: decode: %w", err)
		return nil
	}
	return s
}

// UnmarshalBinary sets s to the state encoded by [ScoreStats.MarshalBinary].
// Malformed or inconsistent input is an error, never a panic, and
// allocates no more than the input's length warrants.
func (s *ScoreStats) UnmarshalBinary(data []byte) error {
	d := &decoder{b: data}
	d.tag(tagScoreStats)
	t := d.scoreStats()
	if d.err != nil {
		return d.err
	}
	a := t.acc
	n := a.n
	a.rows = d.uint(math.MaxInt)
	a.blocks = d.uint(a.rows)
	if a.blocks > 0 {
		want := len(a.p.totals())
		if k := d.uint(want); d.err == nil && k != want {
			d.fail("bad totals")
		}
		d.totals(a.p, d.floats(want), a.rows)
	}
	want := -1 // the located alternative, whose name must be given
	if a.blocks > 0 {
		want = a.p.located()
	}
	if d.err == nil && want >= a.rows {
		d.fail("bad located alternative")
	}
	switch d.byte1() {
	case 0:
		if want >= 0 {
			d.fail("located alternative without a name")
		}
	case 1:
		a.loc, a.name = d.uint(a.rows), d.str()
		if d.err == nil && (a.name == "" || a.loc != want) {
			d.fail("bad located alternative")
		}
	default:
		d.fail("bad flag")
	}
	p := d.uint(blockRows - 1)
	folded := a.rows - p
	if d.err == nil && (folded < 0 || (a.blocks == 0) != (folded == 0) || folded > a.blocks*blockRows || folded < a.blocks) {
		d.fail("inconsistent row counts")
	}
	if d.err == nil && a.loc >= folded {
		d.fail("bad located alternative")
	}
	if d.err == nil && len(d.b)/8/n < p {
		d.fail("truncated")
	}
	buf := d.floats(p * n)
	for _, x := range buf {
		if !isFinite(x) {
			d.fail("pending value not finite")
		}
	}
	names := make([]string, 0, min(p, len(d.b)))
	for range p {
		name := d.str()
		if d.err != nil {
			break
		}
		if name == "" {
			d.fail("bad name")
		}
		names = append(names, name)
	}
	if err := d.end(); err != nil {
		return err
	}
	if p > 0 {
		// As long as the input warrants; add grows them to a block.
		a.buf, a.names = buf, names
	}
	*s = *t
	return nil
}

// appendMiddle encodes the coefficients of a method with a middle pass:
// the column statistics, the rows and the pass's aggregates, from which
// [StreamCoefficients.UnmarshalBinary] finishes the pass again, with the
// same bits.
func (c *StreamCoefficients) appendMiddle(b []byte) []byte {
	b = append(b, c.mid.key...)
	b = binary.AppendUvarint(b, uint64(c.mid.acc.rows))
	t := c.mid.acc.p.totals()
	b = binary.AppendUvarint(b, uint64(len(t)))
	return appendFloats(b, t...)
}

// unmarshalMiddle decodes what appendMiddle encodes.
func (c *StreamCoefficients) unmarshalMiddle(d *decoder) error {
	s := d.scoreStats()
	if d.err != nil {
		return d.err
	}
	a := s.acc
	a.rows = d.uint(math.MaxInt)
	if d.err == nil && a.rows == 0 {
		d.fail("no rows")
	}
	want := len(a.p.totals())
	if k := d.uint(want); d.err == nil && k != want {
		d.fail("bad totals")
	}
	d.totals(a.p, d.floats(want), a.rows)
	if d.err == nil && a.p.located() >= a.rows {
		d.fail("bad located alternative")
	}
	if err := d.end(); err != nil {
		return err
	}
	a.blocks = 1
	if err := a.p.finish(a.rows); err != nil {
		return fmt.Errorf("mcda: decode: %w", err)
	}
	m, err := specMethod(s.spec)
	if err != nil {
		return err
	}
	*c = StreamCoefficients{spec: s.spec, method: m, w: s.w, sc: a.p, mid: s}
	return nil
}

// totals restores a pass's aggregates, which must be ones the pass
// produces: restored, they give the same bits back.
func (d *decoder) totals(p scorePass, tot []float64, rows int) {
	if d.err != nil {
		return
	}
	p.combine(tot, true, 0)
	for k, v := range p.totals() {
		if math.Float64bits(v) != math.Float64bits(tot[k]) {
			d.fail("bad totals")
			return
		}
	}
	if p.located() < -1 || !p.valid(rows) {
		d.fail("aggregates no rows produce")
	}
}

// finite reports whether every value is finite.
func finite(v ...float64) bool {
	for _, x := range v {
		if !isFinite(x) {
			return false
		}
	}
	return true
}

// ordered reports whether 0 <= lo <= hi.
func ordered(lo, hi float64) bool { return 0 <= lo && lo <= hi }

func (p *vikorPass) valid(int) bool {
	vk := p.vk
	return finite(vk.sBest, vk.sWorst, vk.rBest, vk.rWorst) && ordered(vk.sBest, vk.sWorst) && ordered(vk.rBest, vk.rWorst)
}

func (p *edasPass) valid(int) bool { return p.e.maxP >= 0 && p.e.maxN >= 0 }

// valid: S⁻ >= 0 is positive for every alternative exactly when no first
// zero is recorded, and then Σ S⁻ >= min S⁻ > 0 and Σ min/S⁻ >= 1 (the
// minimum's own term is 1).
func (p *coprasPass) valid(int) bool {
	c := p.c
	if c.allMinus != (c.zero < 0) || c.allMinus && !c.anyMinus {
		return false
	}
	return !c.allMinus || finite(c.smin, c.total, c.ratios) && c.smin > 0 && c.total >= c.smin && c.ratios >= 1
}

// valid: each scaled value lies in [0, 1].
func (p *arasPass) valid(rows int) bool { return sumsWithin(p.r.sums, float64(rows)) }

// valid: each ln(1 + r) lies in [0, ln 2], up to rounding.
func (p *mabacPass) valid(rows int) bool { return sumsWithin(p.sums, float64(rows)) }

// sumsWithin reports whether every sum is finite and in [0, hi].
func sumsWithin(sums []float64, hi float64) bool {
	for _, v := range sums {
		if !(v >= 0 && v <= hi) {
			return false
		}
	}
	return true
}

// valid: S and P are sums of non-negative terms.
func (p *cocosoPass) valid(int) bool {
	c := p.c
	return finite(c.minS, c.maxS, c.minP, c.maxP, c.total) && ordered(c.minS, c.maxS) && ordered(c.minP, c.maxP) && c.total >= 0 && c.worst >= 0
}
