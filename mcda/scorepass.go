package mcda

import "fmt"

// A scorePass is the middle pass of a method whose coefficients need
// aggregates that pass 1's column statistics do not give: aggregates of
// per-row values (VIKOR's extremes of S and R, EDAS's maxima of SP and SN,
// COPRAS's minimum and sums over S⁻, CoCoSo's extremes and sum of S and P)
// or column sums of values transformed with pass 1's extremes (ARAS's
// Σ x/max, MABAC's Σ ln(1 + r)). It is built from pass 1's coefficients
// and then folds blocks of rows exactly as the in-memory method does:
// block computes a block's partial aggregates from zero in row order with
// the method's own block code (VIKOR.blockSR, EDAS.blockPN,
// COPRAS.blockShares, COCOSO.blockSP, ARAS.blockSums, MABAC's colFold),
// combine folds them into the totals in block order with the method's own
// combine, so the in-memory method (on foldRows, any number of workers)
// and a stream that buffers blocks of blockRows rows (passAcc) get the
// same bits. After finish, it scores a row on its own, as a rowScorer,
// safe for concurrent use; block is not.
type scorePass interface {
	// width is the number of values of a block's partial aggregates.
	width() int
	// block stores in part, zeroed, of width values, the partial
	// aggregates of the rows of blk (row-major, at most blockRows rows).
	block(part, blk []float64)
	// combine folds a block's partial aggregates into the totals; first
	// marks the first block and off is the index of its first row.
	combine(part []float64, first bool, off int)
	// totals returns the aggregates combined so far in the layout of a
	// block's (at most width values): combining them as one block is how
	// accumulators merge, and combining them as the first block restores
	// them.
	totals() []float64
	// valid reports whether the aggregates combined so far are ones that
	// rows rows or fewer can produce: finite (EDAS's maxima may be +Inf,
	// when a distance overflows), ordered and within the bounds of the
	// method's per-row values. Decoders reject the others.
	valid(rows int) bool
	// located returns the index of the alternative finish would name in
	// an error, from the totals combined so far; -1 if none.
	located() int
	// finish derives the scoring coefficients from the totals of rows
	// rows. A value it cannot take is an *AlternativeError whose Index is
	// located()'s and whose Name the caller fills in.
	finish(rows int) error
	rowScorer
}

// scratch returns 2·k values for a scorer's per-row intermediates: stack's
// when they fit, so that scoring one row allocates nothing, and new ones
// otherwise, so that scorers stay safe for concurrent use.
func scratch(stack []float64, k int) (a, b []float64) {
	s := stack
	if 2*k > len(s) {
		s = make([]float64, 2*k)
	}
	return s[:k], s[k : 2*k]
}

// pairScratch is a middle pass's two per-row intermediates of a block (S
// and R, SP and SN, …), made on first use.
type pairScratch struct{ a, b []float64 }

// rows returns k values of each, k at most blockRows.
func (s *pairScratch) rows(k int) (a, b []float64) {
	if s.a == nil {
		s.a, s.b = make([]float64, blockRows), make([]float64, blockRows)
	}
	return s.a[:k], s.b[:k]
}

// nameAlternative fills in the name of the alternative an
// *AlternativeError of finish names.
func nameAlternative(err error, names []string) error {
	if ae, ok := err.(*AlternativeError); ok && ae.Name == "" && ae.Index >= 0 && ae.Index < len(names) {
		ae.Name = names[ae.Index]
	}
	return err
}

// A passAcc runs a scorePass over rows added one at a time, buffering a
// block of blockRows rows (and their names, to name a located
// alternative) as the in-memory method's blocks: one passAcc fed every row
// in order gives the in-memory bits. Memory is O(blockRows·n).
type passAcc struct {
	p      scorePass
	n      int
	rows   int // rows added
	blocks int // blocks combined
	buf    []float64
	names  []string
	part   []float64
	loc    int    // located() after the last combine
	name   string // its name
}

func newPassAcc(p scorePass, n int) *passAcc {
	return &passAcc{p: p, n: n, part: make([]float64, p.width()), loc: -1}
}

// add adds one row; the caller has validated it.
func (a *passAcc) add(name string, row []float64) {
	if a.buf == nil {
		a.buf = make([]float64, 0, blockRows*a.n)
		a.names = make([]string, 0, blockRows)
	}
	a.buf = append(a.buf, row...)
	a.names = append(a.names, name)
	a.rows++
	if len(a.names) == blockRows {
		a.flush()
	}
}

// flush combines the block in progress.
func (a *passAcc) flush() {
	if len(a.names) == 0 {
		return
	}
	clear(a.part)
	a.p.block(a.part, a.buf)
	off := a.rows - len(a.names)
	a.p.combine(a.part, a.blocks == 0, off)
	a.blocks++
	if i := a.p.located(); i != a.loc {
		a.loc = i
		if i >= off && i < a.rows {
			a.name = a.names[i-off]
		}
	}
	a.buf, a.names = a.buf[:0], a.names[:0]
}

// finish combines the last block and finishes the pass.
func (a *passAcc) finish() error {
	a.flush()
	if a.rows == 0 {
		return fmt.Errorf("mcda: no alternatives: %w", ErrEmpty)
	}
	err := a.p.finish(a.rows)
	if ae, ok := err.(*AlternativeError); ok && ae.Name == "" && ae.Index == a.loc {
		ae.Name = a.name
	}
	return err
}

// middlePass returns the empty middle pass of a kind that needs one, from
// the checked (and rescanned) aggregates st of rows alternatives and the
// normalized weights w, which it keeps; once fed every row and finished,
// it scores.
func middlePass(sp streamSpec, w []float64, st *colStats, crit []Criterion, rows int) (scorePass, error) {
	n := len(crit)
	minMax := func() ([]transform, error) {
		ts := make([]transform, n)
		return ts, st.transforms(ts, NormalizationMinMax, crit, rows, false)
	}
	var p scorePass
	switch sp.kind {
	case streamVIKOR:
		ts, err := minMax()
		if err != nil {
			return nil, err
		}
		p = &vikorPass{vk: &VIKOR{ts: ts, w: w, cv: sp.lambda}}
	case streamEDAS:
		e := &EDAS{}
		if err := e.averages(st, crit, w, rows); err != nil {
			return nil, err
		}
		p = &edasPass{e: e}
	case streamCOPRAS:
		view := coprasView(nil, crit)
		ts := make([]transform, n)
		if err := st.transforms(ts, NormalizationSum, view, rows, false); err != nil {
			return nil, err
		}
		c := &COPRAS{}
		c.prepare(ts, w, crit)
		p = &coprasPass{c: c}
	case streamARAS:
		p = newARASPass(crit, w, st.min, st.max)
	case streamMABAC:
		ts, err := minMax()
		if err != nil {
			return nil, err
		}
		p = newMABACPass(&MABAC{ts: ts, w: w}, append([]float64(nil), st.min...), append([]float64(nil), st.max...))
	case streamCOCOSO:
		ts, err := minMax()
		if err != nil {
			return nil, err
		}
		p = newCOCOSOPass(ts, w, sp.lambda)
	default:
		// A kind of two passes: its method has no middle pass.
		m, err := specMethod(sp)
		if err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("mcda: stream: %s has no middle pass: %w", m.Name(), ErrNotStreamable)
	}
	return p, nil
}
