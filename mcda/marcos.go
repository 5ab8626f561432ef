package mcda

import "fmt"

// MARCOS is the Measurement of Alternatives and Ranking according to
// COmpromise Solution method (Stević, Pamučar, Puška & Chatterjee, 2020,
// Computers & Industrial Engineering 140:106231). The decision matrix is
// extended with the anti-ideal solution AAI (the worst value of every
// criterion: min for a benefit, max for a cost) and the ideal solution AI
// (the best value), and normalized by the ideal,
//
//	n_ij = x_ij / x_aj  (benefit),   n_ij = x_aj / x_ij  (cost),   x_aj the value of AI
//
// ([NormalizationMax]). With the weighted sums S_i = Σ_j w_j·n_ij of the
// alternatives, S_aai of AAI and S_ai of AI (= Σ_j w_j = 1), the utility
// degrees, utility functions and the score are
//
//	K_i⁻ = S_i / S_aai,   K_i⁺ = S_i / S_ai
//	f(K_i⁻) = K_i⁺ / (K_i⁺ + K_i⁻),   f(K_i⁺) = K_i⁻ / (K_i⁺ + K_i⁻)
//	f(K_i) = (K_i⁺ + K_i⁻) / (1 + (1 − f(K_i⁺))/f(K_i⁺) + (1 − f(K_i⁻))/f(K_i⁻))
//
// Higher is better. Since K_i⁺/K_i⁻ = S_aai/S_ai is the same for every
// alternative, the score simplifies to
//
//	f(K_i) = S_i·(S_ai + S_aai) / (S_ai² + S_ai·S_aai + S_aai²)
//
// which is how it is computed: it is proportional to S_i, so MARCOS ranks
// exactly as [WSM] with [NormalizationMax]. Multiplying a column by a positive
// constant does not change the scores. pymcdm,
// pyrepo-mcda and scikit-criteria compute the same scores.
//
// The normalization divides by the ideal of a benefit criterion (its
// maximum) and by cost values, so a cost value must be positive and a
// benefit value >= 0 with a positive maximum: a benefit zero normalizes
// to 0, as in pymcdm and pyrepo-mcda. A negative benefit value is a
// [*ValueError] wrapping [ErrNegative]; a cost value <= 0, or a benefit
// column of zeros, one wrapping [ErrNotPositive]. When the anti-ideal
// solution is worth nothing (S_aai = 0: every criterion of positive
// weight is a benefit with a zero), K⁻ and f(K) are undefined and the
// error wraps [ErrUndefined].
//
// Special cases:
//   - A constant column normalizes to 1 for every alternative, AI and AAI.
//   - When all alternatives are identical (or there is one), S_i = S_aai =
//     S_ai and f(K_i) = 2/3.
//   - With one criterion, f(K_i) is proportional to n_i and ranks as the
//     criterion.
//   - Should S_aai underflow to 0 (values spanning some 600 orders of
//     magnitude), the error wraps [ErrNotFinite]. So does the error of
//     [MARCOS.Evaluate] when K_i⁻ = S_i/S_aai overflows (S_aai below
//     1/MaxFloat64, as for the values 2.2e-308 and 48), although the
//     scores are finite.
//
// The zero value is ready to use. A MARCOS value reuses internal storage
// between calls and must not be used concurrently.
type MARCOS struct {
	// Workers is the largest number of goroutines a call may use; 0 and 1
	// mean the calling goroutine only. As for [TOPSIS.Workers], the scores
	// are bit-for-bit the same for every value.
	Workers int

	st   colStats
	w    []float64
	cost []bool
	par  parallel

	// The call in progress.
	data, out, kMinus, kPlus []float64
	saai, sai, scale         float64
}

// Name returns "marcos".
func (c *MARCOS) Name() string { return "marcos" }

// HigherIsBetter returns true.
func (c *MARCOS) HigherIsBetter() bool { return true }

// Scores stores in dst the utility function f(K_i) of each alternative of
// m and returns dst. If dst is nil a new slice is allocated. With a non-nil
// dst and a MARCOS value that has been used on a problem of the same size,
// Scores allocates nothing.
//
// It returns a [*ValueError] wrapping [ErrNotPositive] for a value <= 0.
// It panics if dst is not nil and its length is not the number of
// alternatives.
func (c *MARCOS) Scores(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, _ := m.Dims()
	dst = useDst(dst, rows, "MARCOS.Scores")
	if _, _, err := c.compute(dst, nil, nil, m); err != nil {
		return nil, err
	}
	return dst, nil
}

// MARCOSResult holds MARCOS scores and their intermediates.
type MARCOSResult struct {
	Score  []float64 // f(K_i), per alternative
	KMinus []float64 // K_i⁻, the utility degree relative to the anti-ideal, per alternative
	KPlus  []float64 // K_i⁺, the utility degree relative to the ideal, per alternative
	// SAntiIdeal and SIdeal are the weighted sums S_aai and S_ai.
	SAntiIdeal, SIdeal float64
}

// Evaluate returns the score of every alternative of m with its utility
// degrees. Errors are as for [MARCOS.Scores].
func (c *MARCOS) Evaluate(m *DecisionMatrix) (*MARCOSResult, error) {
	rows, _ := m.Dims()
	r := &MARCOSResult{Score: make([]float64, rows), KMinus: make([]float64, rows), KPlus: make([]float64, rows)}
	saai, sai, err := c.compute(r.Score, r.KMinus, r.KPlus, m)
	if err != nil {
		return nil, err
	}
	r.SAntiIdeal, r.SIdeal = saai, sai
	return r, nil
}

// compute fills score and, when not nil, kMinus and kPlus, and returns
// S_aai and S_ai.
func (c *MARCOS) compute(score, kMinus, kPlus []float64, m *DecisionMatrix) (saai, sai float64, err error) {
	rows, n := m.Dims()
	tm := c.par.team(c.Workers, rows)
	c.st.computeData(m.data, rows, n, 0, tm, c.Workers)
	if err := c.prepare(&c.st, m.criteria, m.Weights(grow(c.w, n)), matrixLocator{m}); err != nil {
		return 0, 0, err
	}
	saai, sai = c.saai, c.sai
	c.data, c.out, c.kMinus, c.kPlus = m.data, score, kMinus, kPlus
	foldRows(c, nil, rows, 0, tm, c.Workers)
	c.data, c.out, c.kMinus, c.kPlus = nil, nil, nil, nil
	if kMinus != nil {
		// K⁻ = S_i/S_aai overflows when the values span more than the
		// range of float64, although the score does not.
		if err := checkScores("marcos K⁻", m, kMinus); err != nil {
			return 0, 0, err
		}
	}
	return saai, sai, checkScores(c.Name(), m, score)
}

// underflow reports whether a term w_j·min_j/max_j of S_aai is positive
// in exact arithmetic, so that S_aai = 0 comes from underflow rather than
// from zeros.
// prepare checks the column extremes in c.st (which st must be) against
// MARCOS's conditions, reporting an offending value through loc, and
// computes the scoring coefficients from them and the normalized weights
// w, which it keeps.
func (c *MARCOS) prepare(st *colStats, crit []Criterion, w []float64, loc locator) error {
	for j, cr := range crit {
		switch {
		case cr.Objective == ObjectiveCost && st.min[j] <= 0:
			return loc.locate(j, ErrNotPositive)
		case st.min[j] < 0:
			return loc.locate(j, ErrNegative)
		case st.max[j] <= 0:
			return loc.locate(j, ErrNotPositive)
		}
	}
	n := len(crit)
	c.w = w
	sai, saai := 0.0, 0.0
	for j := range n {
		sai += w[j]
		saai += w[j] * (st.min[j] / st.max[j])
	}
	if saai == 0 && !c.underflow() {
		return fmt.Errorf("mcda: marcos: the anti-ideal solution's utility is 0 (every weighted criterion's worst value is 0), so K⁻ = S_i/S_aai is undefined: %w", ErrUndefined)
	}
	if !(saai > 0) {
		return fmt.Errorf("mcda: marcos: anti-ideal utility %v underflows; rescale the data: %w", saai, ErrNotFinite)
	}
	if cap(c.cost) < n {
		c.cost = make([]bool, n)
	}
	c.cost = c.cost[:n]
	for j, cr := range crit {
		c.cost[j] = cr.Objective == ObjectiveCost
	}
	c.scale = (sai + saai) / (sai*sai + sai*saai + saai*saai)
	c.saai, c.sai = saai, sai
	return nil
}

func (c *MARCOS) underflow() bool {
	for j := range c.w {
		if c.w[j] > 0 && c.st.min[j] > 0 {
			return true
		}
	}
	return false
}

// foldBlock stores the scores of rows [lo, hi), and K⁻ and K⁺ when asked.
func (c *MARCOS) foldBlock(_ []float64, lo, hi int) {
	n := len(c.w)
	out := c.out[lo:hi]
	c.utilities(out, c.data[lo*n:hi*n])
	for k, s := range out {
		out[k] = s * c.scale
		if c.kMinus != nil {
			c.kMinus[lo+k], c.kPlus[lo+k] = s/c.saai, s/c.sai
		}
	}
}

// utilities stores in dst S_i, the sum of the weighted normalized values,
// of each row of blk (row-major).
func (c *MARCOS) utilities(dst, blk []float64) {
	n := len(c.w)
	w, mn, mx, cost := c.w[:n], c.st.min[:n], c.st.max[:n], c.cost[:n]
	for i := range dst {
		s := 0.0
		for j, x := range blk[i*n : i*n+n] {
			if cost[j] {
				s += w[j] * (mn[j] / x)
			} else {
				s += w[j] * (x / mx[j])
			}
		}
		dst[i] = s
	}
}

// score stores in dst the score f(K_i) of each row of blk (row-major),
// for streaming.
func (c *MARCOS) score(dst, blk []float64) {
	c.utilities(dst, blk)
	for i, s := range dst {
		dst[i] = s * c.scale
	}
}
