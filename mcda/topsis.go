package mcda

import (
	"fmt"
	"math"
)

// TOPSIS is the Technique for Order Preference by Similarity to Ideal
// Solution (Hwang & Yoon, 1981). Each criterion is normalized (see
// [Normalization]), weighted, v_ij = w_j·r_ij, and every alternative is
// scored by its relative closeness
//
//	C_i = D_i⁻ / (D_i⁺ + D_i⁻)
//	D_i⁺ = √Σ_j (v_ij − v_j⁺)²,   D_i⁻ = √Σ_j (v_ij − v_j⁻)²
//
// to the ideal v_j⁺ = max_i v_ij and the anti-ideal v_j⁻ = min_i v_ij of the
// normalized values, which every normalization orients so that larger is
// better. With the default vector normalization this is Hwang & Yoon's
// original, in which a cost criterion's ideal is its smallest value.
// Closeness lies in [0, 1] and higher is better.
//
// Special cases: when D_i⁺ + D_i⁻ = 0, which happens only when every
// alternative has the same weighted values, C_i = 0.5 for every i.
//
// The zero value uses vector normalization, runs on the calling goroutine
// and is ready to use. A TOPSIS value reuses internal storage between calls
// and must not be used concurrently.
type TOPSIS struct {
	// Normalization defaults to NormalizationVector.
	Normalization Normalization
	// Workers is the largest number of goroutines a call may use, such
	// as runtime.GOMAXPROCS(0); 0 and 1 mean the calling goroutine only.
	// Problems of more than 4096 alternatives are split into blocks of
	// 4096 that the workers share, for the column aggregates and for the
	// scores; all blocks are done when the call returns. The extra
	// goroutines are helpers shared by every method value, started on
	// first need (at most 64) and parked, using no CPU, between calls. The
	// results are bit-for-bit the same for every value of Workers, and
	// with a reused dst a call allocates nothing once the value is warm.
	Workers int

	st  colStats
	c   topsisCoef
	par parallel
}

// Name returns "topsis".
func (t *TOPSIS) Name() string { return "topsis" }

// HigherIsBetter returns true: a larger closeness is better.
func (t *TOPSIS) HigherIsBetter() bool { return true }

// norm returns the normalization to use, or an error for an unknown one.
func (t *TOPSIS) norm() (Normalization, error) {
	k := t.Normalization
	if k == NormalizationDefault {
		k = NormalizationVector
	}
	if !k.valid() {
		return 0, fmt.Errorf("mcda: topsis: %v: %w", k, ErrNormalization)
	}
	return k, nil
}

// Scores stores in dst the relative closeness C_i of each alternative of m
// and returns dst. If dst is nil a new slice is allocated. With a non-nil
// dst and a TOPSIS value that has been used on a problem of the same size,
// Scores allocates nothing.
//
// It returns an error if the normalization cannot take m's values (see
// [Normalization]). It panics if dst is not nil and its length is not the
// number of alternatives.
func (t *TOPSIS) Scores(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, _ := m.Dims()
	dst = useDst(dst, rows, "TOPSIS.Scores")
	if err := t.prepare(m); err != nil {
		return nil, err
	}
	t.c.scoreAll(dst, nil, nil, m.data, t.par.team(t.Workers, rows), t.Workers)
	if err := checkScores(t.Name(), m, dst); err != nil {
		return nil, err
	}
	return dst, nil
}

// TOPSISResult holds TOPSIS scores and their intermediates.
type TOPSISResult struct {
	Closeness     []float64 // C_i, per alternative
	DistIdeal     []float64 // D_i⁺, per alternative
	DistAntiIdeal []float64 // D_i⁻, per alternative
	// Ideal holds v_j⁺, the weighted normalized ideal, per criterion, in
	// the oriented space where larger is better: for a cost criterion under
	// vector normalization it is w_j·(1 − min_i x_ij/‖x_j‖), not the
	// textbook's w_j·min_i x_ij/‖x_j‖.
	Ideal     []float64
	AntiIdeal []float64 // v_j⁻, per criterion, oriented as Ideal
}

// Evaluate returns the closeness of every alternative of m together with the
// distances, ideal and anti-ideal it was computed from.
func (t *TOPSIS) Evaluate(m *DecisionMatrix) (*TOPSISResult, error) {
	rows, n := m.Dims()
	if err := t.prepare(m); err != nil {
		return nil, err
	}
	r := &TOPSISResult{
		Closeness:     make([]float64, rows),
		DistIdeal:     make([]float64, rows),
		DistAntiIdeal: make([]float64, rows),
		Ideal:         make([]float64, n),
		AntiIdeal:     make([]float64, n),
	}
	for j := range n {
		r.Ideal[j] = t.c.w[j] * t.c.ip[j]
		r.AntiIdeal[j] = t.c.w[j] * t.c.im[j]
	}
	t.c.scoreAll(r.Closeness, r.DistIdeal, r.DistAntiIdeal, m.data, t.par.team(t.Workers, rows), t.Workers)
	if err := checkScores(t.Name(), m, r.Closeness); err != nil {
		return nil, err
	}
	return r, nil
}

// prepare computes the column aggregates, the transforms and the scoring
// coefficients for m.
func (t *TOPSIS) prepare(m *DecisionMatrix) error {
	k, err := t.norm()
	if err != nil {
		return err
	}
	rows, n := m.Dims()
	if t.c.ts, err = t.st.prepare(t.c.ts, k, m, t.par.team(t.Workers, rows), t.Workers); err != nil {
		return err
	}
	t.c.prepare(m.Weights(grow(t.c.w, n)), &t.st)
	return nil
}

// topsisCoef holds what TOPSIS's scoring pass needs per criterion: the
// transforms, the weights, the ideal and anti-ideal of the normalized
// values, and for affine columns r = off + (x·p − c)·s the coefficients of
// the weighted differences w_j(r_ij − r_j^±) = a_j·(x_ij·pre_j − ctr_j) +
// b_j^± with a_j = w_j·s_j and b_j^± = w_j·(off_j − r_j^±). The shift ctr_j
// stays with its column rather than being folded into b, so that a column
// whose range is small against its values loses no precision to
// cancellation.
type topsisCoef struct {
	ts                        []transform
	general                   bool // some column is reciprocal or pre-scaled
	centered                  bool // some column is shifted, ctr_j != 0
	w, a, bp, bm, ip, im, pre []float64
	ctr                       []float64

	// The call in progress.
	data, cl, dp, dm []float64
}

// growTransforms returns a slice of n transforms, reusing ts's storage.
func growTransforms(ts []transform, n int) []transform {
	if cap(ts) < n {
		return make([]transform, n)
	}
	return ts[:n]
}

// prepare computes the coefficients from c.ts, the weights w (stored in
// c.w) and the aggregates in st.
func (c *topsisCoef) prepare(w []float64, st *colStats) {
	n := len(c.ts)
	c.w = w
	c.a, c.bp, c.bm = grow(c.a, n), grow(c.bp, n), grow(c.bm, n)
	c.ip, c.im, c.pre = grow(c.ip, n), grow(c.im, n), grow(c.pre, n)
	c.ctr = grow(c.ctr, n)
	c.general, c.centered = false, false
	for j, tr := range c.ts {
		lo, hi := tr.apply(st.min[j]), tr.apply(st.max[j])
		c.ip[j], c.im[j] = math.Max(lo, hi), math.Min(lo, hi)
		if tr.recip {
			c.general = true
			c.a[j], c.bp[j], c.bm[j], c.pre[j], c.ctr[j] = 0, 0, 0, tr.p, 0
			continue
		}
		c.general = c.general || tr.p != 1
		c.centered = c.centered || tr.c != 0
		c.a[j] = w[j] * tr.s
		c.bp[j] = w[j] * (tr.off - c.ip[j])
		c.bm[j] = w[j] * (tr.off - c.im[j])
		c.pre[j], c.ctr[j] = tr.p, tr.c
	}
}

// scoreAll scores every row of data block by block with foldRows, the
// pass structure shared by the methods, on the team's workers when tm is
// not nil.
func (c *topsisCoef) scoreAll(closeness, dPlus, dMinus, data []float64, tm *team, workers int) {
	c.data, c.cl, c.dp, c.dm = data, closeness, dPlus, dMinus
	foldRows(c, nil, len(closeness), 0, tm, workers)
	c.data, c.cl, c.dp, c.dm = nil, nil, nil, nil
}

// foldBlock scores rows [lo, hi) of the call in progress.
func (c *topsisCoef) foldBlock(_ []float64, lo, hi int) {
	n := len(c.a)
	var dp, dm []float64
	if c.dp != nil {
		dp, dm = c.dp[lo:hi], c.dm[lo:hi]
	}
	c.score(c.cl[lo:hi], dp, dm, c.data[lo*n:hi*n])
}

// score stores in closeness the closeness of each row of blk (row-major,
// len(c.a) values per row) and, when dPlus is not nil, the distances in
// dPlus and dMinus. Each row's result depends only on the row, whatever
// block it is scored in; the explicit conversions forbid fused
// multiply-adds, so the bits are the same on every platform.
func (c *topsisCoef) score(closeness, dPlus, dMinus, blk []float64) {
	n := len(c.a)
	if c.general {
		ts, w, a, bp, bm := c.ts[:n], c.w[:n], c.a[:n], c.bp[:n], c.bm[:n]
		ip, im, pre, ctr := c.ip[:n], c.im[:n], c.pre[:n], c.ctr[:n]
		for i := range closeness {
			var sp, sm float64
			for j, x := range blk[i*n : i*n+n] {
				var dp, dm float64
				if ts[j].recip {
					r := ts[j].s / (x * ts[j].p)
					dp, dm = w[j]*(r-ip[j]), w[j]*(r-im[j])
				} else {
					u := float64(a[j] * float64(float64(x*pre[j])-ctr[j]))
					dp, dm = u+bp[j], u+bm[j]
				}
				sp += float64(dp * dp)
				sm += float64(dm * dm)
			}
			closenessOf(closeness, dPlus, dMinus, i, sp, sm)
		}
		return
	}
	if c.centered {
		c.scoreCentered(closeness, dPlus, dMinus, blk)
		return
	}
	a := c.a[:n]
	bp, bm := c.bp[:len(a)], c.bm[:len(a)]
	i := 0
	// Two rows at a time: four independent sums keep the adders busy.
	for ; i+2 <= len(closeness); i += 2 {
		r0 := blk[i*n : i*n+n]
		r1 := blk[i*n+n : i*n+2*n]
		r0, r1 = r0[:len(a)], r1[:len(a)]
		var sp0, sm0, sp1, sm1 float64
		for j, aj := range a {
			u0, u1 := float64(aj*r0[j]), float64(aj*r1[j])
			d := u0 + bp[j]
			sp0 += float64(d * d)
			d = u0 + bm[j]
			sm0 += float64(d * d)
			d = u1 + bp[j]
			sp1 += float64(d * d)
			d = u1 + bm[j]
			sm1 += float64(d * d)
		}
		closenessOf(closeness, dPlus, dMinus, i, sp0, sm0)
		closenessOf(closeness, dPlus, dMinus, i+1, sp1, sm1)
	}
	for ; i < len(closeness); i++ {
		row := blk[i*n : i*n+n]
		row = row[:len(a)]
		var sp, sm float64
		for j, aj := range a {
			u := float64(aj * row[j])
			d := u + bp[j]
			sp += float64(d * d)
			d = u + bm[j]
			sm += float64(d * d)
		}
		closenessOf(closeness, dPlus, dMinus, i, sp, sm)
	}
}

// scoreCentered is score for columns that are shifted before scaling
// (min-max normalization): u = a_j·(x − ctr_j).
func (c *topsisCoef) scoreCentered(closeness, dPlus, dMinus, blk []float64) {
	n := len(c.a)
	a := c.a[:n]
	bp, bm, ctr := c.bp[:len(a)], c.bm[:len(a)], c.ctr[:len(a)]
	for i := range closeness {
		row := blk[i*n : i*n+n]
		row = row[:len(a)]
		var sp, sm float64
		for j, aj := range a {
			u := float64(aj * (row[j] - ctr[j]))
			d := u + bp[j]
			sp += float64(d * d)
			d = u + bm[j]
			sm += float64(d * d)
		}
		closenessOf(closeness, dPlus, dMinus, i, sp, sm)
	}
}

// closenessOf stores the closeness of row i from the squared distances sp
// and sm, and the distances when dPlus is not nil.
func closenessOf(closeness, dPlus, dMinus []float64, i int, sp, sm float64) {
	sp, sm = math.Sqrt(sp), math.Sqrt(sm)
	if dPlus != nil {
		dPlus[i], dMinus[i] = sp, sm
	}
	if d := sp + sm; d > 0 {
		closeness[i] = sm / d
	} else {
		closeness[i] = 0.5
	}
}
