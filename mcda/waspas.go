package mcda

import "fmt"

// WASPAS is the Weighted Aggregated Sum Product ASsessment method
// (Zavadskas, Turskis, Antucheviciene & Zakarevicius, 2012, Elektronika ir
// Elektrotechnika 122(6):3-6). Each criterion is normalized linearly,
// x̄_ij = x_ij / max_i x_ij for a benefit and min_i x_ij / x_ij for a cost
// ([NormalizationMax]), and the score is
//
//	Q_i = λ·Q_i⁽¹⁾ + (1 − λ)·Q_i⁽²⁾,   Q_i⁽¹⁾ = Σ_j w_j·x̄_ij,   Q_i⁽²⁾ = Π_j x̄_ij^w_j
//
// the weighted sum ([WSM]) and weighted product ([WPM]) blended by λ in
// [0, 1]; λ = 1 is WSM and λ = 0 is WPM. Q_i lies in (0, 1]; higher is
// better. Multiplying a column by a positive constant does not change the
// scores.
//
// The weights are normalized to sum to 1. WASPAS is not invariant to the
// scale of the weights: multiplying them by c multiplies Q⁽¹⁾ by c but
// raises Q⁽²⁾ to the power c. pymcdm uses weights as given, so for weights
// that do not sum to 1 its scores differ from these (for its example with
// weights summing to 1.0155, in the third decimal, not in the ranking).
//
// A benefit value may be zero: it normalizes to 0, and 0^w_j = 0 makes
// the alternative's product Q⁽²⁾ zero (0⁰ = 1 for a criterion of weight
// 0), as in pymcdm and pyrepo-mcda; CoCoSo computes such powers too. A
// negative benefit value is a [*ValueError] wrapping [ErrNegative], and a
// benefit column of zeros, whose maximum cannot normalize, one wrapping
// [ErrNotPositive]. A cost value must be positive, since the cost
// normalization divides by it: a zero or negative one is a [*ValueError]
// wrapping [ErrNotPositive]. With λ = 1 the product is not computed and
// the conditions are those of WSM.
//
// Special cases:
//   - A constant column normalizes to 1: it adds w_j to every Q⁽¹⁾_i and
//     the factor 1 to every Q⁽²⁾_i. It still takes its share of the
//     normalized weights, and since WASPAS is not invariant to their
//     scale, adding one can change the ranking (the tests show an
//     example).
//   - Identical alternatives, and a single alternative, get Q = 1.
//   - With one criterion (so w = 1), Q_i = x̄_i ranks as the criterion.
//
// The zero value uses λ = 0.5 and is ready to use. A WASPAS value reuses
// internal storage between calls and must not be used concurrently.
type WASPAS struct {
	// Lambda points to λ, in [0, 1]; nil means 0.5. For example
	//	l := 0.0
	//	w := mcda.WASPAS{Lambda: &l} // the weighted product model
	Lambda *float64
	// Workers is the largest number of goroutines a call may use; 0 and 1
	// mean the calling goroutine only. As for [TOPSIS.Workers], the scores
	// are bit-for-bit the same for every value.
	Workers int

	wsm   WSM
	wpm   WPM
	st    colStats
	par   parallel
	buf   []float64
	zdata []float64 // the values with the zeros replaced, when there are any
	zrow  []bool    // rows whose product is 0

	// The fused pass (see fused): the scoring coefficients of the two
	// components, the weights, and the call in progress.
	fs                 wsmCoef
	fp                 wpmCoef
	fw                 []float64
	data, q, sum, prod []float64
	lambda             float64
}

// Name returns "waspas".
func (s *WASPAS) Name() string { return "waspas" }

// HigherIsBetter returns true.
func (s *WASPAS) HigherIsBetter() bool { return true }

// lambdaParam returns *lambda, or 0.5 when lambda is nil, the default λ of
// WASPAS and COCOSO; a λ outside [0, 1] or NaN is an error wrapping
// ErrParameter that names the method.
func lambdaParam(method string, lambda *float64) (float64, error) {
	if lambda == nil {
		return 0.5, nil
	}
	l := *lambda
	if !(l >= 0 && l <= 1) {
		return 0, fmt.Errorf("mcda: %s: lambda %v not in [0, 1]: %w", method, l, ErrParameter)
	}
	return l, nil
}

// Scores stores in dst the joint generalized criterion Q_i of each
// alternative of m and returns dst. If dst is nil a new slice is allocated.
// With a non-nil dst and a WASPAS value that has been used on a problem of
// the same size, Scores allocates nothing.
//
// It returns an error wrapping [ErrParameter] for λ outside [0, 1] or NaN,
// and when λ < 1 a [*ValueError] for a negative benefit value
// ([ErrNegative]), a benefit column of zeros or a cost value <= 0
// ([ErrNotPositive]). It panics if dst is not nil and its length is not the number of
// alternatives.
func (s *WASPAS) Scores(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, _ := m.Dims()
	dst = useDst(dst, rows, "WASPAS.Scores")
	s.buf = grow(s.buf, rows)
	if _, err := s.compute(dst, nil, s.buf, m); err != nil {
		return nil, err
	}
	return dst, nil
}

// WASPASResult holds WASPAS scores and their two components, per
// alternative.
type WASPASResult struct {
	Q      []float64 // the joint criterion, λ·WSM + (1 − λ)·WPM
	WSM    []float64 // Q⁽¹⁾, the weighted sum
	WPM    []float64 // Q⁽²⁾, the weighted product
	Lambda float64   // the λ used
}

// Evaluate returns the joint criterion and both of its components for every
// alternative of m; both components are computed whatever λ is, so every
// value must suit the product. Errors are as for [WASPAS.Scores] with
// λ < 1.
func (s *WASPAS) Evaluate(m *DecisionMatrix) (*WASPASResult, error) {
	rows, _ := m.Dims()
	r := &WASPASResult{Q: make([]float64, rows), WSM: make([]float64, rows), WPM: make([]float64, rows)}
	l, err := s.compute(r.Q, r.WSM, r.WPM, m)
	if err != nil {
		return nil, err
	}
	r.Lambda = l
	return r, nil
}

// compute stores Q in q and the product in prod; the sum goes to sum, or
// to q when sum is nil. With sum nil a component whose factor is zero is
// skipped.
func (s *WASPAS) compute(q, sum, prod []float64, m *DecisionMatrix) (float64, error) {
	l, err := lambdaParam(s.Name(), s.Lambda)
	if err != nil {
		return 0, err
	}
	s.wsm.Workers, s.wpm.Workers = s.Workers, s.Workers
	full := sum != nil
	if (full || l > 0 && l < 1) && s.fused(q, sum, prod, l, m) {
		if err := checkScores(s.Name(), m, q); err != nil {
			return 0, err
		}
		return l, nil
	}
	if l < 1 || full {
		if err := s.product(prod, m); err != nil {
			return 0, err
		}
	}
	if !full {
		sum = q
	}
	if l > 0 || full {
		if _, err := s.wsm.Scores(sum, m); err != nil {
			return 0, err
		}
	}
	for i := range q {
		var p float64
		if l < 1 {
			p = prod[i]
		}
		q[i] = waspasJoin(l, sum[i], p)
	}
	if err := checkScores(s.Name(), m, q); err != nil {
		return 0, err
	}
	return l, nil
}

// fused computes both components in one pass over m, each block of rows
// scored by WSM's and WPM's scoring code while it is in the cache, when
// every value is positive (the common case; zeros and errors take the
// separate passes of compute), and reports whether it did. The results
// are the bits of the separate passes: the same column extremes, the same
// transforms and the same per-row arithmetic. With sum nil the sum goes to
// q.
func (s *WASPAS) fused(q, sum, prod []float64, l float64, m *DecisionMatrix) bool {
	rows, n := m.Dims()
	tm := s.par.team(s.Workers, rows)
	s.st.computeData(m.data, rows, n, 0, tm, s.Workers)
	for _, mn := range s.st.min {
		if !(mn > 0) {
			return false
		}
	}
	s.fs.ts = growTransforms(s.fs.ts, n)
	if transforms(s.fs.ts, NormalizationMax, m, &s.st, true) != nil {
		return false
	}
	w := m.Weights(grow(s.fw, n))
	s.fw = w
	waspasPrepare(&s.fs, &s.fp, s.fs.ts, w)
	if sum == nil {
		sum = q
	}
	s.data, s.q, s.sum, s.prod, s.lambda = m.data, q, sum, prod, l
	foldRows(s, nil, rows, 0, tm, s.Workers)
	s.data, s.q, s.sum, s.prod = nil, nil, nil, nil
	return true
}

// foldBlock scores rows [lo, hi) of the fused call in progress.
func (s *WASPAS) foldBlock(_ []float64, lo, hi int) {
	n := len(s.fw)
	blk := s.data[lo*n : hi*n]
	sum, prod := s.sum[lo:hi], s.prod[lo:hi]
	s.fs.score(sum, blk)
	s.fp.score(prod, blk)
	for i := range sum {
		s.q[lo+i] = waspasJoin(s.lambda, sum[i], prod[i])
	}
}

// product stores the weighted product Q⁽²⁾ in prod. Zeros in benefit
// columns are replaced by the column's maximum, which leaves the
// normalization of the other values unchanged, for [WPM]; the rows that
// had one in a column of positive weight then get the product 0.
func (s *WASPAS) product(prod []float64, m *DecisionMatrix) error {
	rows, n := m.Dims()
	s.st.computeData(m.data, rows, n, 0, s.par.team(s.Workers, rows), s.Workers)
	zeros := false
	for j, c := range m.criteria {
		if c.Objective == ObjectiveCost {
			continue // WPM reports a cost value <= 0
		}
		if s.st.min[j] < 0 {
			return firstBad(m, j, func(x float64) bool { return x < 0 }, ErrNegative)
		}
		zeros = zeros || s.st.min[j] == 0
		if s.st.max[j] == 0 {
			return firstBad(m, j, func(x float64) bool { return x == 0 }, ErrNotPositive)
		}
	}
	if !zeros {
		_, err := s.wpm.Scores(prod, m)
		return err
	}
	s.zdata = grow(s.zdata, rows*n)
	copy(s.zdata, m.data)
	if cap(s.zrow) < rows {
		s.zrow = make([]bool, rows)
	}
	zrow := s.zrow[:rows]
	clear(zrow)
	for j, c := range m.criteria {
		if c.Objective == ObjectiveCost {
			continue
		}
		mx := 0.0
		for i := range rows {
			mx = max(mx, m.data[i*n+j])
		}
		for i := range rows {
			if s.zdata[i*n+j] == 0 {
				s.zdata[i*n+j] = mx
				zrow[i] = zrow[i] || m.weights[j] > 0
			}
		}
	}
	v := DecisionMatrix{alternatives: m.alternatives, criteria: m.criteria, weights: m.weights, data: s.zdata}
	if _, err := s.wpm.Scores(prod, &v); err != nil {
		return err
	}
	for i, z := range zrow {
		if z {
			prod[i] = 0
		}
	}
	return nil
}

// waspasPrepare sets the weighted sum and product of WASPAS from the
// transforms of NormalizationMax and the normalized weights w.
func waspasPrepare(fs *wsmCoef, fp *wpmCoef, ts []transform, w []float64) {
	fs.ts, fp.ts = ts, ts
	fp.unit = true
	fs.prepare(w)
	fp.prepare(w)
}

// waspasJoin returns the joint criterion λ·sum + (1 − λ)·prod, without the
// term whose factor is 0.
func waspasJoin(l, sum, prod float64) float64 {
	q := 0.0
	if l > 0 {
		q = l * sum
	}
	if l < 1 {
		q += (1 - l) * prod
	}
	return q
}

// waspasCheck returns the error WASPAS's Scores returns for a value it
// cannot take, from the column extremes: with λ < 1, the weighted product's
// (a negative benefit value, a benefit column of zeros, then a cost value
// <= 0); with λ = 1, the weighted sum's under NormalizationMax.
func waspasCheck(st *colStats, crit []Criterion, l float64, loc locator) error {
	if l == 1 {
		return st.check(NormalizationMax, crit, false, loc)
	}
	for j, c := range crit {
		if c.Objective == ObjectiveCost {
			continue
		}
		if st.min[j] < 0 {
			return loc.locate(j, ErrNegative)
		}
		if st.max[j] == 0 {
			return loc.locate(j, ErrNotPositive)
		}
	}
	for j, c := range crit {
		if c.Objective == ObjectiveCost && st.min[j] <= 0 {
			return loc.locate(j, ErrNotPositive)
		}
	}
	return nil
}

// waspasCoef scores rows for a streamed WASPAS: the weighted sum and
// product of its in-memory Scores (waspasPrepare), with a benefit value
// of 0 treated as Scores treats it: the product of a row with a 0 on a
// criterion of positive weight is 0, and a 0 on a criterion of weight 0
// counts as the column's maximum.
type waspasCoef struct {
	fs   wsmCoef
	fp   wpmCoef
	l    float64
	mx   []float64 // column maxima
	zero []bool    // benefit columns, where a 0 is allowed
	kill []bool    // benefit columns of positive weight: a 0 makes the product 0
}

// score stores in dst the joint criterion of each row of blk (row-major).
func (c *waspasCoef) score(dst, blk []float64) {
	n := len(c.mx)
	var one [1]float64
	for i := range dst {
		row := blk[i*n : i*n+n]
		sum, prod := 0.0, 0.0
		if c.l > 0 {
			c.fs.score(one[:], row)
			sum = one[0]
		}
		if c.l < 1 {
			prod = c.product(row)
		}
		dst[i] = waspasJoin(c.l, sum, prod)
	}
}

// product returns the weighted product of row.
func (c *waspasCoef) product(row []float64) float64 {
	replace := false
	for j, z := range c.zero {
		if z && row[j] == 0 {
			if c.kill[j] {
				return 0
			}
			replace = true
		}
	}
	var one [1]float64
	if !replace {
		c.fp.score(one[:], row)
		return one[0]
	}
	var buf [16]float64
	r := buf[:0]
	if len(row) > len(buf) {
		r = make([]float64, 0, len(row))
	}
	r = append(r, row...)
	for j, z := range c.zero {
		if z && r[j] == 0 {
			r[j] = c.mx[j]
		}
	}
	c.fp.score(one[:], r)
	return one[0]
}
