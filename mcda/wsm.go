package mcda

import "fmt"

// WSM is the weighted sum model, also called simple additive weighting
// (Fishburn, 1967; MacCrimmon, 1968; Hwang & Yoon, 1981, §3.3.1.2). Each
// criterion is normalized (see [Normalization]) and the score is
//
//	S_i = Σ_j w_j·r_ij
//
// with the weights w_j normalized to sum to 1. Higher is better.
//
// The default normalization is NormalizationMax, Hwang & Yoon's linear scale
// transformation (x/max for benefit, min/x for cost), which needs values >= 0
// on benefit criteria and > 0 on cost criteria. NormalizationNone reproduces
// the textbook form for data already on one scale (Triantaphyllou, 2000),
// with costs entering negatively.
//
// The zero value is ready to use and runs on the calling goroutine. A WSM
// value reuses internal storage between calls and must not be used
// concurrently.
type WSM struct {
	// Normalization defaults to NormalizationMax.
	Normalization Normalization
	// Workers is the largest number of goroutines a call may use; 0 and 1
	// mean the calling goroutine only. As for [TOPSIS.Workers], the scores
	// are bit-for-bit the same for every value.
	Workers int

	st  colStats
	c   wsmCoef
	par parallel
}

// Name returns "wsm".
func (s *WSM) Name() string { return "wsm" }

// HigherIsBetter returns true.
func (s *WSM) HigherIsBetter() bool { return true }

// norm returns the normalization to use, or an error for an unknown one.
func (s *WSM) norm() (Normalization, error) {
	k := s.Normalization
	if k == NormalizationDefault {
		k = NormalizationMax
	}
	if !k.valid() {
		return 0, fmt.Errorf("mcda: wsm: %v: %w", k, ErrNormalization)
	}
	return k, nil
}

// Scores stores in dst the weighted sum S_i of each alternative of m and
// returns dst. If dst is nil a new slice is allocated. With a non-nil dst
// and a WSM value that has been used on a problem of the same size, Scores
// allocates nothing.
//
// It returns an error if the normalization cannot take m's values (see
// [Normalization]). It panics if dst is not nil and its length is not the
// number of alternatives.
func (s *WSM) Scores(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, n := m.Dims()
	dst = useDst(dst, rows, "WSM.Scores")
	k, err := s.norm()
	if err != nil {
		return nil, err
	}
	tm := s.par.team(s.Workers, rows)
	if s.c.ts, err = s.st.prepare(s.c.ts, k, m, tm, s.Workers); err != nil {
		return nil, err
	}
	s.c.prepare(m.Weights(grow(s.c.w, n)))
	runScorer(&s.c, dst, m.data, tm, s.Workers)
	if err := checkScores(s.Name(), m, dst); err != nil {
		return nil, err
	}
	return dst, nil
}

// wsmCoef holds what the weighted sum's scoring pass needs per criterion.
// For affine columns w_j·r_ij = a_j·(x_ij·pre_j) + w_j·b_j, and the
// constant terms are gathered in base.
type wsmCoef struct {
	ts       []transform
	general  bool // some column is reciprocal or pre-scaled
	centered bool // some column is shifted, c_j != 0
	w, a, pr []float64
	ctr      []float64 // c_j, the shift of column j before scaling
	base     float64
}

// prepare computes the coefficients from c.ts and the weights w (stored in
// c.w).
func (c *wsmCoef) prepare(w []float64) {
	n := len(c.ts)
	c.w = w
	c.a, c.pr, c.ctr = grow(c.a, n), grow(c.pr, n), grow(c.ctr, n)
	c.general, c.centered = false, false
	c.base = 0
	// Σ_j w_j(off_j + (x·p_j − c_j)·s_j) = Σ_j w_j·off_j + Σ_j (w_j s_j)(x·p_j − c_j)
	// for affine columns. The shift c_j stays with its column rather than
	// being folded into the constant, so that a column whose range is small
	// against its values (min-max of 1.7265625 and 1.72656298) loses no
	// precision to cancellation.
	for j, t := range c.ts {
		if t.recip {
			c.a[j], c.pr[j], c.ctr[j] = 0, t.p, 0
			c.general = true
			continue
		}
		c.a[j], c.pr[j], c.ctr[j] = w[j]*t.s, t.p, t.c
		c.general = c.general || t.p != 1
		c.centered = c.centered || t.c != 0
		c.base += w[j] * t.off
	}
}

// score stores in dst the weighted sum of each row of blk (row-major,
// len(c.a) values per row). Each row's score depends only on the row.
func (c *wsmCoef) score(dst, blk []float64) {
	n := len(c.a)
	if c.general {
		ts, w, a, pre := c.ts[:n], c.w[:n], c.a[:n], c.pr[:n]
		for i := range dst {
			sum := c.base
			for j, x := range blk[i*n : i*n+n] {
				if ts[j].recip {
					sum += w[j] * ts[j].s / (x * ts[j].p)
				} else {
					sum += float64(a[j] * float64(float64(x*pre[j])-c.ctr[j]))
				}
			}
			dst[i] = sum
		}
		return
	}
	a := c.a[:n]
	if c.centered {
		ctr := c.ctr[:len(a)]
		for i := range dst {
			row := blk[i*n : i*n+n]
			row = row[:len(a)]
			sum := c.base
			for j, aj := range a {
				sum += float64(aj * (row[j] - ctr[j]))
			}
			dst[i] = sum
		}
		return
	}
	for i := range dst {
		row := blk[i*n : i*n+n]
		row = row[:len(a)]
		sum := c.base
		for j, aj := range a {
			sum += float64(aj * row[j])
		}
		dst[i] = sum
	}
}
