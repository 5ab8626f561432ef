package mcda

import "math"

// MABAC is the Multi-Attributive Border Approximation area Comparison method
// (Pamučar & Ćirović, 2015, Expert Systems with Applications
// 42(6):3016-3028). Each criterion is normalized by min-max
// ([NormalizationMinMax]),
//
//	t_ij = (x_ij − x_j⁻) / (x_j⁺ − x_j⁻)  (benefit),   t_ij = (x_ij − x_j⁺) / (x_j⁻ − x_j⁺)  (cost)
//
// with x_j⁺ = max_i x_ij and x_j⁻ = min_i x_ij, then weighted,
// v_ij = w_j·(t_ij + 1). The border approximation area of a criterion is
// the geometric mean of its weighted values, and the score sums each
// alternative's distances from the border:
//
//	g_j = (Π_i v_ij)^(1/m),   q_ij = v_ij − g_j,   S_i = Σ_j q_ij
//
// Higher is better; S_i > 0 means an alternative lies mostly in the upper
// approximation area. Any finite values are accepted, and adding a
// constant to a column or multiplying it by a positive constant does not
// change the scores. The geometric mean is computed through logarithms,
// so that it neither underflows nor overflows for many alternatives.
// pymcdm, pyrepo-mcda and scikit-criteria (after its MinMaxInverter)
// compute the same scores.
//
// Special cases:
//   - A constant column (and so every column when there is one alternative
//     or all alternatives are identical) has v_ij = g_j and adds 0 to every
//     score.
//   - A criterion of weight 0 has v_ij = g_j = 0 and adds 0.
//   - With one criterion, S_i = w·(t_i + 1) − g ranks as the criterion.
//
// Since g_j is common to all alternatives, MABAC ranks exactly as [WSM]
// with [NormalizationMinMax].
//
// The zero value is ready to use. A MABAC value reuses internal storage
// between calls and must not be used concurrently.
type MABAC struct {
	// Workers is the largest number of goroutines a call may use; 0 and 1
	// mean the calling goroutine only. As for [TOPSIS.Workers], the scores
	// are bit-for-bit the same for every value.
	Workers int

	st   colStats
	ts   []transform
	w, g []float64
	cf   colFold
	par  parallel
}

// Name returns "mabac".
func (a *MABAC) Name() string { return "mabac" }

// HigherIsBetter returns true.
func (a *MABAC) HigherIsBetter() bool { return true }

// Scores stores in dst the sum S_i of the distances of each alternative of
// m from the border approximation area and returns dst. If dst is nil a new
// slice is allocated. With a non-nil dst and a MABAC value that has been
// used on a problem of the same size, Scores allocates nothing.
//
// It panics if dst is not nil and its length is not the number of
// alternatives.
func (a *MABAC) Scores(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, _ := m.Dims()
	dst = useDst(dst, rows, "MABAC.Scores")
	if err := a.compute(dst, m); err != nil {
		return nil, err
	}
	return dst, nil
}

// MABACResult holds MABAC scores and the border approximation area.
type MABACResult struct {
	Score  []float64 // S_i, per alternative
	Border []float64 // g_j, the border approximation area, per criterion
}

// Evaluate returns the score of every alternative of m and the border
// approximation area. Errors are as for [MABAC.Scores].
func (a *MABAC) Evaluate(m *DecisionMatrix) (*MABACResult, error) {
	rows, n := m.Dims()
	r := &MABACResult{Score: make([]float64, rows), Border: make([]float64, n)}
	if err := a.compute(r.Score, m); err != nil {
		return nil, err
	}
	copy(r.Border, a.g)
	return r, nil
}

// compute fills s in three passes over m: the column extremes, the sums
// Σ_i ln(t_ij + 1) and the scores.
func (a *MABAC) compute(s []float64, m *DecisionMatrix) error {
	rows, n := m.Dims()
	tm := a.par.team(a.Workers, rows)
	var err error
	if a.ts, err = a.st.prepare(a.ts, NormalizationMinMax, m, tm, a.Workers); err != nil {
		return err
	}
	a.w = m.Weights(grow(a.w, n))
	// g holds Σ_i ln(t_ij + 1) until it is turned into the geometric mean.
	a.g = a.cf.run(grow(a.g, n), foldLog1p, a.ts, m.data, tm, a.Workers)
	a.border(a.st.min, a.st.max, rows)
	runScorer(a, s, m.data, tm, a.Workers)
	return checkScores(a.Name(), m, s)
}

// score stores in dst the score S_i of each row of blk.
func (a *MABAC) score(dst, blk []float64) {
	n := len(a.ts)
	ts, w, g := a.ts[:n], a.w[:n], a.g[:n]
	for i := range dst {
		sum := 0.0
		for j, x := range blk[i*n : i*n+n] {
			sum += w[j]*(ts[j].apply(x)+1) - g[j]
		}
		dst[i] = sum
	}
}

// border turns the column sums Σ ln(1 + r_ij) in a.g into the border
// approximation areas g_j, given the column extremes of rows alternatives.
func (a *MABAC) border(mn, mx []float64, rows int) {
	ts, w, g := a.ts, a.w, a.g
	for j := range g {
		if mn[j] == mx[j] {
			// A constant column: exactly the common weighted value, so
			// that the column adds 0.
			g[j] = w[j] * (ts[j].apply(mn[j]) + 1)
		} else {
			g[j] = w[j] * math.Exp(g[j]/float64(rows))
		}
	}
}

// mabacPass is MABAC's middle pass in a stream (see scorePass): the
// column sums of ln(1 + r_ij), folded as the in-memory colFold folds them,
// then the score of each row.
type mabacPass struct {
	a      *MABAC // with ts and w set
	mn, mx []float64
	sums   []float64 // Σ ln(1 + r_ij), per criterion
}

func newMABACPass(a *MABAC, mn, mx []float64) *mabacPass {
	a.cf.setup(foldLog1p, a.ts)
	a.g = make([]float64, len(a.ts))
	return &mabacPass{a: a, mn: mn, mx: mx, sums: make([]float64, len(a.ts))}
}

func (p *mabacPass) width() int { return 2 * len(p.a.ts) }

func (p *mabacPass) block(part, blk []float64) {
	f := &p.a.cf
	f.data = blk
	f.foldBlock(part, 0, len(blk)/len(p.a.ts))
	f.data = nil
}

// combine adds the block's sums to the totals, in block order from zero
// as colFold.run adds them.
func (p *mabacPass) combine(part []float64, first bool, _ int) {
	addBlockSums(p.sums, part, first)
}

func (p *mabacPass) totals() []float64 { return append([]float64(nil), p.sums...) }
func (p *mabacPass) located() int      { return -1 }

func (p *mabacPass) finish(rows int) error {
	copy(p.a.g, p.sums)
	p.a.border(p.mn, p.mx, rows)
	return nil
}

func (p *mabacPass) score(dst, blk []float64) { p.a.score(dst, blk) }
