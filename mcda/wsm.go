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
// The default normalization is MaxNormalization, Hwang & Yoon's linear scale
// transformation (x/max for benefit, min/x for cost), which needs values >= 0
// on benefit criteria and > 0 on cost criteria. NoNormalization reproduces
// the textbook form for data already on one scale (Triantaphyllou, 2000),
// with costs entering negatively.
//
// The zero value is ready to use. A WSM value reuses internal storage
// between calls and must not be used concurrently.
type WSM struct {
	// Normalization defaults to MaxNormalization.
	Normalization Normalization

	st   colStats
	ts   []transform
	w, a []float64
}

// Name returns "wsm".
func (s *WSM) Name() string { return "wsm" }

// HigherIsBetter returns true.
func (s *WSM) HigherIsBetter() bool { return true }

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
	k := s.Normalization
	if k == DefaultNormalization {
		k = MaxNormalization
	}
	if !k.valid() {
		return nil, fmt.Errorf("mcda: wsm: %v: %w", k, ErrNormalization)
	}
	s.st.compute(m, needsInverse(k, m))
	if cap(s.ts) < n {
		s.ts = make([]transform, n)
	}
	ts := s.ts[:n]
	if err := transforms(ts, k, m, &s.st, false); err != nil {
		return nil, err
	}
	w := m.Weights(grow(s.w, n))
	a := grow(s.a, n)
	s.w, s.a = w, a
	// Σ_j w_j(a_j x + b_j) = Σ_j (w_j a_j) x + Σ_j w_j b_j for affine columns.
	base := 0.0
	for j, t := range ts {
		if t.recip {
			a[j] = 0
			continue
		}
		aj, bj := t.affine()
		a[j] = w[j] * aj
		base += w[j] * bj
	}
	for i := 0; i < rows; i++ {
		row := m.data[i*n : i*n+n]
		sum := base
		for j, x := range row {
			if ts[j].recip {
				sum += w[j] * ts[j].s / x
			} else {
				sum += a[j] * x
			}
		}
		dst[i] = sum
	}
	if err := checkScores(s.Name(), m, dst); err != nil {
		return nil, err
	}
	return dst, nil
}
