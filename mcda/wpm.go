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
// every normalization WPM accepts rescales a column (MaxNormalization,
// SumNormalization) or leaves it as it is (NoNormalization, where a cost
// value enters as 1/x), and rescaling a column multiplies every score by the
// same factor. The ranking is therefore the same under all three.
// VectorNormalization and MinMaxNormalization are not ratio scales and are
// rejected with [ErrNormalization].
//
// The default normalization is MaxNormalization, under which 0 < P_i <= 1.
// Every value must be positive: a zero or negative value is an error naming
// the cell ([ErrNotPositive]).
//
// The zero value is ready to use. A WPM value reuses internal storage
// between calls and must not be used concurrently.
type WPM struct {
	// Normalization defaults to MaxNormalization; also SumNormalization or
	// NoNormalization.
	Normalization Normalization

	st colStats
	ts []transform
	w  []float64
}

// Name returns "wpm".
func (p *WPM) Name() string { return "wpm" }

// HigherIsBetter returns true.
func (p *WPM) HigherIsBetter() bool { return true }

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
	k := p.Normalization
	if k == DefaultNormalization {
		k = MaxNormalization
	}
	switch k {
	case MaxNormalization, SumNormalization, NoNormalization:
	default:
		return nil, fmt.Errorf("mcda: wpm: %v is not a ratio scale (want max, sum or none): %w", k, ErrNormalization)
	}
	p.st.compute(m, needsInverse(k, m))
	for j := range n {
		if p.st.min[j] <= 0 {
			return nil, firstBad(m, j, func(x float64) bool { return x <= 0 }, ErrNotPositive)
		}
	}
	if cap(p.ts) < n {
		p.ts = make([]transform, n)
	}
	ts := p.ts[:n]
	if err := transforms(ts, k, m, &p.st, true); err != nil {
		return nil, err
	}
	w := m.Weights(grow(p.w, n))
	p.w = w
	// Σ_j w_j log r_ij, with log r = log x + log(a) for r = a·x
	// and log r = log s − log x for r = s/x.
	base := 0.0
	for j, t := range ts {
		if t.recip {
			base += w[j] * math.Log(t.s)
		} else {
			a, _ := t.affine() // b = 0 for ratio scales
			base += w[j] * math.Log(a)
		}
	}
	for i := 0; i < rows; i++ {
		row := m.data[i*n : i*n+n]
		sum := base
		for j, x := range row {
			if ts[j].recip {
				sum -= w[j] * math.Log(x)
			} else {
				sum += w[j] * math.Log(x)
			}
		}
		dst[i] = math.Exp(sum)
	}
	if err := checkScores(p.Name(), m, dst); err != nil {
		return nil, err
	}
	return dst, nil
}
