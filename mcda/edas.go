package mcda

import (
	"fmt"
	"math"
)

// EDAS is the Evaluation based on Distance from Average Solution method
// (Keshavarz Ghorabaee, Zavadskas, Olfat & Turskis, 2015, Informatica
// 26(3):435-451). With the average solution AV_j = Σ_i x_ij / m, the
// positive and negative distances from average are
//
//	PDA_ij = max(0, x_ij − AV_j) / AV_j,  NDA_ij = max(0, AV_j − x_ij) / AV_j   (benefit)
//	PDA_ij = max(0, AV_j − x_ij) / AV_j,  NDA_ij = max(0, x_ij − AV_j) / AV_j   (cost)
//
// and the score is the appraisal score
//
//	SP_i = Σ_j w_j·PDA_ij,      SN_i = Σ_j w_j·NDA_ij
//	NSP_i = SP_i / max_k SP_k,  NSN_i = 1 − SN_i / max_k SN_k
//	AS_i = (NSP_i + NSN_i) / 2
//
// which lies in [0, 1]; higher is better. [EDAS.Evaluate] also returns
// SP, SN, NSP and NSN. Multiplying a column by a positive constant does not
// change the scores.
//
// Special cases:
//   - A constant column (including one of zeros) has no distances: every
//     alternative is at the average. (It is detected exactly, so that the
//     rounding of Σ x/m cannot create spurious distances.)
//   - The average of any other column must be positive; otherwise the
//     distances change sign or divide by zero, and the result is a
//     [*CriterionError] wrapping [ErrNotPositive]. Negative values are
//     accepted when the average is positive.
//   - When max SP = 0 then also max SN = 0: every alternative has the
//     same values on every weighted criterion (or there is one alternative).
//     Then NSP_i = 0 and NSN_i = 1, so AS_i = 0.5 for every i.
//   - With one criterion, AS_i grows with the value (falls, for a cost):
//     alternatives better than the average score above 1/2, worse ones
//     below, and one at the average exactly 1/2.
//
// The zero value is ready to use. An EDAS value reuses internal storage
// between calls and must not be used concurrently.
type EDAS struct {
	// Workers is the largest number of goroutines a call may use; 0 and 1
	// mean the calling goroutine only. As for [TOPSIS.Workers], the scores
	// are bit-for-bit the same for every value.
	Workers int

	st        colStats
	w, av, sw []float64 // sw: ±w_j, 0 for a constant column
	sn        []float64
	part      []float64
	par       parallel

	// The call in progress.
	data, as, sp, csn, nsp, nsn []float64
	maxP, maxN                  float64
}

// Name returns "edas".
func (e *EDAS) Name() string { return "edas" }

// HigherIsBetter returns true.
func (e *EDAS) HigherIsBetter() bool { return true }

// Scores stores in dst the appraisal score AS_i of each alternative of m and
// returns dst. If dst is nil a new slice is allocated. With a non-nil dst
// and an EDAS value that has been used on a problem of the same size, Scores
// allocates nothing.
//
// It returns a [*CriterionError] wrapping [ErrNotPositive] for a
// non-constant column whose average is not positive. It panics if dst is not
// nil and its length is not the number of alternatives.
func (e *EDAS) Scores(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, _ := m.Dims()
	dst = useDst(dst, rows, "EDAS.Scores")
	e.sn = grow(e.sn, rows)
	if err := e.compute(dst, nil, e.sn, nil, nil, m); err != nil {
		return nil, err
	}
	return dst, nil
}

// EDASResult holds EDAS scores and their intermediates.
type EDASResult struct {
	Score   []float64 // AS_i, the appraisal score, per alternative
	SP, SN  []float64 // weighted sums of PDA and NDA, per alternative
	NSP     []float64 // SP_i / max SP, per alternative
	NSN     []float64 // 1 − SN_i / max SN, per alternative
	Average []float64 // AV_j, the average solution, per criterion
}

// Evaluate returns the appraisal score of every alternative of m with its
// intermediates. Errors are as for [EDAS.Scores].
func (e *EDAS) Evaluate(m *DecisionMatrix) (*EDASResult, error) {
	rows, n := m.Dims()
	r := &EDASResult{
		Score: make([]float64, rows),
		SP:    make([]float64, rows), SN: make([]float64, rows),
		NSP: make([]float64, rows), NSN: make([]float64, rows),
		Average: make([]float64, n),
	}
	if err := e.compute(r.Score, r.SP, r.SN, r.NSP, r.NSN, m); err != nil {
		return nil, err
	}
	copy(r.Average, e.av)
	return r, nil
}

// compute fills as and sn (length rows) and, when not nil, sp, nsp and nsn.
func (e *EDAS) compute(as, sp, sn, nsp, nsn []float64, m *DecisionMatrix) error {
	rows, n := m.Dims()
	tm := e.par.team(e.Workers, rows)
	e.st.computeData(m.data, rows, n, aggSum, tm, e.Workers)
	if e.st.planMean(m.criteria) {
		e.st.rescanMatrix(m.data, rows, n)
	}
	if err := e.averages(&e.st, m.criteria, m.Weights(grow(e.w, n)), rows); err != nil {
		return err
	}
	e.data, e.as, e.sp, e.csn, e.nsp, e.nsn = m.data, as, sp, sn, nsp, nsn
	e.part = foldRows(edasSums{e}, e.part, rows, 2, tm, e.Workers)
	for b := range blockCount(rows) {
		e.combine(e.part[2*b:2*b+2], b == 0, 0)
	}
	foldRows(e, nil, rows, 0, tm, e.Workers)
	e.data, e.as, e.sp, e.csn, e.nsp, e.nsn = nil, nil, nil, nil, nil, nil
	return checkScores(e.Name(), m, as)
}

// averages sets the average solution AV_j and the signed weights from the
// column statistics st (minimum, maximum and Σx, or its rescan planned by
// planMean) of rows alternatives and the normalized weights w, which it
// keeps. A non-constant column whose average is not positive is a
// *CriterionError wrapping ErrNotPositive.
func (e *EDAS) averages(st *colStats, crit []Criterion, w []float64, rows int) error {
	n := len(crit)
	e.w = w
	e.av, e.sw = grow(e.av, n), grow(e.sw, n)
	for j := range n {
		mn, mx := st.min[j], st.max[j]
		if mn == mx {
			e.av[j], e.sw[j] = mn, 0 // constant: no distances
			continue
		}
		av := st.sum[j] / float64(rows)
		if st.rk != nil && st.rk[j] == rescanSum {
			// Σ x·f with f a power of two: divide by the rows first, so
			// that nothing overflows.
			av = st.racc[j] / float64(rows) / st.rf[j]
		}
		if !(av > 0) {
			return &CriterionError{Index: j, Name: crit[j].Name,
				Err: fmt.Errorf("edas: average %v of a non-constant column: %w", av, ErrNotPositive)}
		}
		e.av[j] = av
		e.sw[j] = e.w[j] // not w_j/AV, which overflows for a subnormal AV
		if crit[j].Objective == ObjectiveCost {
			e.sw[j] = -e.sw[j] // a cost's positive distance is AV − x
		}
	}
	return nil
}

// planMean plans, for the column averages of EDAS, a rescan of each
// non-constant column whose plain sum overflows (see plan): Σ x·f, with f
// the power of two that brings its largest magnitude into [0.5, 1). It
// reports whether any column needs one.
func (s *colStats) planMean(crit []Criterion) bool {
	s.planStart(len(crit))
	some := false
	for j := range crit {
		mn, mx, sum := s.min[j], s.max[j], s.sum[j]
		s.rk[j], s.rf[j] = rescanNone, 0
		if mn != mx && (math.IsInf(sum, 0) || math.IsNaN(sum)) {
			s.rk[j], s.rf[j] = rescanSum, upScale(math.Max(math.Abs(mn), math.Abs(mx)))
			some = true
		}
	}
	return some
}

// edasSums is EDAS's first scoring pass.
type edasSums struct{ e *EDAS }

// foldBlock stores SP_i (in as) and SN_i of rows [lo, hi) and in part the
// block's max SP and max SN.
func (f edasSums) foldBlock(part []float64, lo, hi int) {
	e := f.e
	n := len(e.sw)
	e.blockPN(part, e.as[lo:hi], e.csn[lo:hi], e.data[lo*n:hi*n])
}

// blockPN stores in sp and sn SP_i and SN_i of the rows of blk and in part
// their maxima.
func (e *EDAS) blockPN(part, sp, sn, blk []float64) {
	n := len(e.sw)
	av, sw := e.av[:n], e.sw[:n]
	maxP, maxN := 0.0, 0.0
	for i := range sp {
		var p, q float64
		for j, x := range blk[i*n : i*n+n] {
			if sw[j] == 0 {
				continue
			}
			d := (x - av[j]) / av[j] * sw[j] // w_j·(x − AV)/AV, sign-flipped for a cost
			// p += d if d > 0, q −= d otherwise, without a branch: the
			// other sum gains an exact zero.
			p += max(d, 0)
			q -= min(d, 0)
		}
		sp[i], sn[i] = p, q
		maxP, maxN = max(maxP, p), max(maxN, q)
	}
	part[0], part[1] = maxP, maxN
}

// combine folds a block's maxima of SP and SN into the totals.
func (e *EDAS) combine(part []float64, first bool, _ int) {
	if first {
		e.maxP, e.maxN = 0, 0
	}
	e.maxP, e.maxN = max(e.maxP, part[0]), max(e.maxN, part[1])
}

// appraise returns NSP, NSN and AS of an alternative with the given SP
// and SN.
func (e *EDAS) appraise(p, q float64) (np, nn, as float64) {
	np, nn = 0.0, 1.0
	if e.maxP > 0 {
		np = p / e.maxP
	}
	if e.maxN > 0 {
		nn = 1 - q/e.maxN
	}
	return np, nn, (np + nn) / 2
}

// foldBlock normalizes SP and SN of rows [lo, hi) into AS.
func (e *EDAS) foldBlock(_ []float64, lo, hi int) {
	as, sn := e.as, e.csn
	for i := lo; i < hi; i++ {
		p, q := as[i], sn[i]
		if e.sp != nil {
			e.sp[i] = p
		}
		np, nn, a := e.appraise(p, q)
		if e.nsp != nil {
			e.nsp[i], e.nsn[i] = np, nn
		}
		as[i] = a
	}
}

// edasPass is EDAS's middle pass in a stream (see scorePass): the maxima
// of SP and SN, then AS of each row.
type edasPass struct {
	e   *EDAS       // with av, sw set
	buf pairScratch // SP and SN of a block
}

func (p *edasPass) width() int { return 2 }

func (p *edasPass) block(part, blk []float64) {
	sp, sn := p.buf.rows(len(blk) / len(p.e.sw))
	p.e.blockPN(part, sp, sn, blk)
}

func (p *edasPass) combine(part []float64, first bool, off int) { p.e.combine(part, first, off) }
func (p *edasPass) totals() []float64                           { return []float64{p.e.maxP, p.e.maxN} }
func (p *edasPass) located() int                                { return -1 }
func (p *edasPass) finish(int) error                            { return nil }

// score computes SP and SN of the block as block does, then AS.
func (p *edasPass) score(dst, blk []float64) {
	var part [2]float64
	var stack [32]float64
	sp, sn := scratch(stack[:], len(dst))
	p.e.blockPN(part[:], sp, sn, blk)
	for i := range dst {
		_, _, dst[i] = p.e.appraise(sp[i], sn[i])
	}
}
