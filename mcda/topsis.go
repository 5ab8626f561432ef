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
// The zero value uses vector normalization and is ready to use. A TOPSIS
// value reuses internal storage between calls and must not be used
// concurrently.
type TOPSIS struct {
	// Normalization defaults to VectorNormalization.
	Normalization Normalization

	st                   colStats
	ts                   []transform
	recip                bool // some column's transform is reciprocal
	w, a, bp, bm, ip, im []float64
}

// Name returns "topsis".
func (t *TOPSIS) Name() string { return "topsis" }

// HigherIsBetter returns true: a larger closeness is better.
func (t *TOPSIS) HigherIsBetter() bool { return true }

func (t *TOPSIS) norm() Normalization {
	if t.Normalization == DefaultNormalization {
		return VectorNormalization
	}
	return t.Normalization
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
	t.distances(dst, nil, nil, m)
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
		r.Ideal[j] = t.w[j] * t.ip[j]
		r.AntiIdeal[j] = t.w[j] * t.im[j]
	}
	t.distances(r.Closeness, r.DistIdeal, r.DistAntiIdeal, m)
	if err := checkScores(t.Name(), m, r.Closeness); err != nil {
		return nil, err
	}
	return r, nil
}

// prepare computes the column aggregates, the transforms, the ideal and
// anti-ideal, and for affine columns the coefficients of the weighted
// differences w_j(r_ij − r_j^±) = a_j·x_ij + b_j^±.
func (t *TOPSIS) prepare(m *DecisionMatrix) error {
	k := t.norm()
	if !k.valid() {
		return fmt.Errorf("mcda: topsis: %v: %w", k, ErrNormalization)
	}
	_, n := m.Dims()
	t.st.compute(m, needsInverse(k, m))
	if cap(t.ts) < n {
		t.ts = make([]transform, n)
	}
	t.ts = t.ts[:n]
	if err := transforms(t.ts, k, m, &t.st, false); err != nil {
		return err
	}
	t.w = m.Weights(grow(t.w, n))
	t.a, t.bp, t.bm = grow(t.a, n), grow(t.bp, n), grow(t.bm, n)
	t.ip, t.im = grow(t.ip, n), grow(t.im, n)
	t.recip = false
	for j, tr := range t.ts {
		t.recip = t.recip || tr.recip
		lo, hi := tr.apply(t.st.min[j]), tr.apply(t.st.max[j])
		t.ip[j], t.im[j] = math.Max(lo, hi), math.Min(lo, hi)
		if !tr.recip {
			a, b := tr.affine()
			t.a[j] = t.w[j] * a
			t.bp[j] = t.w[j] * (b - t.ip[j])
			t.bm[j] = t.w[j] * (b - t.im[j])
		}
	}
	return nil
}

// distances fills closeness and, when not nil, the two distances.
func (t *TOPSIS) distances(closeness, dPlus, dMinus []float64, m *DecisionMatrix) {
	rows, n := m.Dims()
	ts, w, a, bp, bm, ip, im := t.ts[:n], t.w[:n], t.a[:n], t.bp[:n], t.bm[:n], t.ip[:n], t.im[:n]
	for i := 0; i < rows; i++ {
		row := m.data[i*n : i*n+n]
		var sp, sm float64
		if t.recip {
			for j, x := range row {
				var dp, dm float64
				if ts[j].recip {
					r := ts[j].s / x
					dp, dm = w[j]*(r-ip[j]), w[j]*(r-im[j])
				} else {
					dp, dm = a[j]*x+bp[j], a[j]*x+bm[j]
				}
				sp += dp * dp
				sm += dm * dm
			}
		} else {
			for j, x := range row {
				dp, dm := a[j]*x+bp[j], a[j]*x+bm[j]
				sp += dp * dp
				sm += dm * dm
			}
		}
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
}
