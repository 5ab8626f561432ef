package mcda

import (
	"fmt"
	"math"
)

// WPM is the weighted product model (Bridgman, 1922; Miller & Starr, 1969;
// Triantaphyllou, 2000). Each criterion is put on a ratio scale, oriented so
// that larger is better, and the score is the weighted geometric mean
//
//	P_i = Π_j r_ij^w_j
//
// with the weights w_j normalized to sum to 1. Higher is better. The ratio of
// two scores is the model's pairwise comparison,
//
//	P_K / P_L = Π_j (x_Kj / x_Lj)^(±w_j)
//
// with the exponent negative on cost criteria, whatever the normalization:
// every normalization WPM accepts rescales a column (NormalizationMax,
// NormalizationSum) or leaves it as it is (NormalizationNone, where a cost
// value enters as 1/x), and rescaling a column multiplies every score by the
// same factor. The ranking is therefore the same under all three.
// NormalizationVector and NormalizationMinMax are not ratio scales and are
// rejected with [ErrNormalization].
//
// The default normalization is NormalizationMax, under which 0 < P_i <= 1:
// the score is computed as exp(Σ_j ±w_j·log r_ij), and where rounding in
// the logarithms would put it a few ulps above 1 (an alternative at or next
// to the best value of every criterion) it is 1.
// Every value must be positive: a zero or negative value is an error naming
// the cell ([ErrNotPositive]).
//
// The zero value is ready to use and runs on the calling goroutine. A WPM
// value reuses internal storage between calls and must not be used
// concurrently.
type WPM struct {
	// Normalization defaults to NormalizationMax; also NormalizationSum or
	// NormalizationNone.
	Normalization Normalization
	// Workers is the largest number of goroutines a call may use; 0 and 1
	// mean the calling goroutine only. As for [TOPSIS.Workers], the scores
	// are bit-for-bit the same for every value.
	Workers int

	st  colStats
	c   wpmCoef
	par parallel
}

// Name returns "wpm".
func (p *WPM) Name() string { return "wpm" }

// HigherIsBetter returns true.
func (p *WPM) HigherIsBetter() bool { return true }

// norm returns the normalization to use, or an error if WPM does not take it.
func (p *WPM) norm() (Normalization, error) {
	k := p.Normalization
	if k == NormalizationDefault {
		k = NormalizationMax
	}
	switch k {
	case NormalizationMax, NormalizationSum, NormalizationNone:
		return k, nil
	}
	return 0, fmt.Errorf("mcda: wpm: %v is not a ratio scale (want max, sum or none): %w", k, ErrNormalization)
}

// Scores stores in dst the weighted product P_i of each alternative of m and
// returns dst. If dst is nil a new slice is allocated. With a non-nil dst
// and a WPM value that has been used on a problem of the same size, Scores
// allocates nothing.
//
// It returns a [*ValueError] wrapping [ErrNotPositive] for a value <= 0, and
// [ErrNormalization] for a normalization WPM does not take. It panics if dst
// is not nil and its length is not the number of alternatives.
func (p *WPM) Scores(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, n := m.Dims()
	dst = useDst(dst, rows, "WPM.Scores")
	k, err := p.norm()
	if err != nil {
		return nil, err
	}
	tm := p.par.team(p.Workers, rows)
	p.st.computeData(m.data, rows, n, needs(k, m.criteria), tm, p.Workers)
	if err := checkPositive(&p.st, matrixLocator{m}); err != nil {
		return nil, err
	}
	p.c.ts = growTransforms(p.c.ts, n)
	if err := transforms(p.c.ts, k, m, &p.st, true); err != nil {
		return nil, err
	}
	p.c.unit = k == NormalizationMax
	p.c.prepare(m.Weights(grow(p.c.w, n)))
	runScorer(&p.c, dst, m.data, tm, p.Workers)
	if err := checkScores(p.Name(), m, dst); err != nil {
		return nil, err
	}
	return dst, nil
}

// checkPositive returns the error for the first criterion with a value
// <= 0, which the weighted product cannot take.
func checkPositive(st *colStats, loc locator) error {
	for j, mn := range st.min {
		if mn <= 0 {
			return loc.locate(j, ErrNotPositive)
		}
	}
	return nil
}

// wpmCoef holds what the weighted product's scoring pass needs per
// criterion: log P_i = base + Σ_j ±w_j·log x_ij, the sign negative for
// reciprocal columns.
type wpmCoef struct {
	ts   []transform
	w    []float64
	base float64
	// unit is set under NormalizationMax, where every r_ij <= 1 and so
	// log P_i <= 0: a sum that rounding in the logarithms puts above 0
	// (a few ulps, for an alternative at or next to every column's best)
	// is taken as 0, so that P_i <= 1 holds as documented.
	unit bool
}

// prepare computes the coefficients from c.ts and the weights w (stored in
// c.w).
func (c *wpmCoef) prepare(w []float64) {
	c.w = w
	// Σ_j w_j log r_ij, with log r = log x + log(a·pre) for r = a·(x·pre)
	// and log r = log s − log p − log x for r = s/(x·p).
	c.base = 0
	for j, t := range c.ts {
		if t.recip {
			c.base += w[j] * (logx(t.s) - logx(t.p))
		} else {
			a, _, pre := t.scaled() // b = 0 for ratio scales
			c.base += w[j] * (logx(a) + logx(pre))
		}
	}
}

// score stores in dst the weighted product of each row of blk (row-major,
// len(c.w) values per row). Each row's score depends only on the row.
func (c *wpmCoef) score(dst, blk []float64) {
	n := len(c.w)
	ts, w := c.ts[:n], c.w[:n]
	var buf [16]float64 // the logarithms of up to 16 values of a row
	for i := range dst {
		row := blk[i*n : i*n+n]
		row = row[:len(w)]
		sum := c.base
		for j0 := 0; j0 < n; j0 += len(buf) {
			l := lnxs(buf[:], row[j0:min(j0+len(buf), n)])
			wb, tb := w[j0:j0+len(l)], ts[j0:j0+len(l)]
			for j, lj := range l {
				if tb[j].recip {
					sum -= float64(wb[j] * lj)
				} else {
					sum += float64(wb[j] * lj)
				}
			}
		}
		if c.unit && sum > 0 {
			sum = 0
		}
		dst[i] = expx(sum)
	}
}

// logx returns the natural logarithm of x > 0. It scales subnormal x up by
// 2⁵⁴ first, exactly, because math.Log is wrong for subnormal arguments on
// some platforms (amd64 and s390x, golang.org/issue/56600).
func logx(x float64) float64 {
	if x < minNormal {
		return math.Log(x*0x1p54) - 54*math.Ln2
	}
	return math.Log(x)
}
