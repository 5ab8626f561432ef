package mcda

// ARAS is the Additive Ratio ASsessment method (Zavadskas & Turskis, 2010,
// Technological and Economic Development of Economy 16(2):159-172). The
// decision matrix is extended with an optimal alternative 0,
//
//	x_0j = max_i x_ij (benefit),   x_0j = min_i x_ij (cost),
//
// cost values are replaced by their reciprocals, x̄_ij = 1/x_ij, every
// column of the extended matrix (rows 0…m) is normalized by its sum,
// x̄_ij / Σ_{k=0}^{m} x̄_kj, weighted and summed,
//
//	S_i = Σ_j w_j·x̄_ij / Σ_{k=0}^{m} x̄_kj,
//
// and the score is the utility degree K_i = S_i / S_0, which lies in (0, 1];
// higher is better. [ARAS.Evaluate] also returns S_i and S_0.
//
// The optimal row is taken from the data, as in pymcdm, pyrepo-mcda and
// scikit-criteria by default; Zavadskas & Turskis also allow a
// decision-maker's optimum, which this type does not take.
//
// ObjectiveBenefit values must be >= 0 (a negative one is a [*ValueError] wrapping
// [ErrNegative]) and cost values > 0 ([ErrNotPositive]), since a cost enters
// as 1/x. Multiplying a column by a positive constant does not change the
// scores.
//
// Special cases:
//   - A constant column (a benefit column of zeros included) normalizes to
//     1/(m+1) for every alternative and the optimal one: it adds the same
//     amount to every S_i and to S_0, which leaves the ranking alone.
//   - Identical alternatives, and a single alternative, equal the optimal
//     alternative: K = 1.
//   - With one criterion K_i is x_i/max_k x_k for a benefit and
//     min_k x_k/x_i for a cost, which ranks as the criterion.
//
// The zero value is ready to use. An ARAS value reuses internal storage
// between calls and must not be used concurrently.
type ARAS struct {
	// Workers is the largest number of goroutines a call may use; 0 and 1
	// mean the calling goroutine only. As for [TOPSIS.Workers], the scores
	// are bit-for-bit the same for every value.
	Workers int

	st        colStats
	w, a, den []float64
	sums      []float64 // Σ_i y_ij, per criterion
	cost      []bool
	part      []float64
	par       parallel

	// The call in progress.
	data, s, k []float64
	s0         float64
}

// Name returns "aras".
func (r *ARAS) Name() string { return "aras" }

// HigherIsBetter returns true.
func (r *ARAS) HigherIsBetter() bool { return true }

// Scores stores in dst the utility degree K_i of each alternative of m and
// returns dst. If dst is nil a new slice is allocated. With a non-nil dst and
// an ARAS value that has been used on a problem of the same size, Scores
// allocates nothing.
//
// It returns a [*ValueError] wrapping [ErrNegative] for a negative benefit
// value or [ErrNotPositive] for a cost value <= 0. It panics if dst is not
// nil and its length is not the number of alternatives.
func (r *ARAS) Scores(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, _ := m.Dims()
	dst = useDst(dst, rows, "ARAS.Scores")
	if _, err := r.compute(dst, nil, m); err != nil {
		return nil, err
	}
	return dst, nil
}

// ARASResult holds ARAS scores and their intermediates.
type ARASResult struct {
	Utility    []float64 // K_i = S_i / S_0, the score, per alternative
	Optimality []float64 // S_i, the optimality function, per alternative
	Optimal    float64   // S_0, the optimality function of the optimal alternative
}

// Evaluate returns the utility degree and optimality function of every
// alternative of m, and that of the optimal alternative. Errors are as for
// [ARAS.Scores].
func (r *ARAS) Evaluate(m *DecisionMatrix) (*ARASResult, error) {
	rows, _ := m.Dims()
	res := &ARASResult{Utility: make([]float64, rows), Optimality: make([]float64, rows)}
	s0, err := r.compute(res.Utility, res.Optimality, m)
	if err != nil {
		return nil, err
	}
	res.Optimal = s0
	return res, nil
}

// compute fills k and, when not nil, s, and returns S_0.
func (r *ARAS) compute(k, s []float64, m *DecisionMatrix) (float64, error) {
	rows, n := m.Dims()
	tm := r.par.team(r.Workers, rows)
	r.st.computeData(m.data, rows, n, 0, tm, r.Workers)
	for j, c := range m.criteria {
		if c.Objective == ObjectiveCost {
			if r.st.min[j] <= 0 {
				return 0, firstBad(m, j, func(x float64) bool { return x <= 0 }, ErrNotPositive)
			}
		} else if r.st.min[j] < 0 {
			return 0, firstBad(m, j, func(x float64) bool { return x < 0 }, ErrNegative)
		}
	}
	r.w = m.Weights(grow(r.w, n))
	r.a = grow(r.a, n)
	r.den, r.sums = grow(r.den, n), grow(r.sums, n)
	// Each column is scaled by its optimal value first, so that the optimal
	// entry is 1 and every entry lies in [0, 1]: y_ij = x_ij/x_0j (benefit)
	// or x_0j/x_ij (cost). The sum Σ_{k=0}^{m} y_kj = 1 + Σ_i y_ij then
	// cannot overflow, and the normalized value is y_ij / (1 + Σ_i y_ij).
	if cap(r.cost) < n {
		r.cost = make([]bool, n)
	}
	r.cost = r.cost[:n]
	for j, c := range m.criteria {
		r.cost[j] = c.Objective == ObjectiveCost
	}
	r.data = m.data
	r.part = foldRows(arasSums{r}, r.part, rows, n, tm, r.Workers)
	for b := range blockCount(rows) {
		r.combine(r.part[b*n:b*n+n], b == 0, 0)
	}
	s0 := r.coefficients()
	r.s, r.k, r.s0 = s, k, s0
	foldRows(r, nil, rows, 0, tm, r.Workers)
	r.data, r.s, r.k = nil, nil, nil
	return s0, checkScores(r.Name(), m, k)
}

// arasSums is ARAS's first pass after the extremes.
type arasSums struct{ r *ARAS }

// foldBlock sums in part the scaled values y_ij of rows [lo, hi).
func (f arasSums) foldBlock(part []float64, lo, hi int) {
	n := len(part)
	f.r.blockSums(part, f.r.data[lo*n:hi*n])
}

// blockSums stores in part the column sums of the scaled values of the
// rows of blk.
func (r *ARAS) blockSums(part, blk []float64) {
	n := len(part)
	for i := 0; i < len(blk); i += n {
		for j, x := range blk[i : i+n] {
			part[j] += r.scaled(j, x)
		}
	}
}

// combine adds a block's column sums to the totals.
func (r *ARAS) combine(part []float64, first bool, _ int) {
	addBlockSums(r.sums, part, first)
}

// coefficients computes the denominators den_j = 1 + Σ_i y_ij, where 1 is
// the optimal alternative's scaled value, a_j = w_j / den_j, and returns
// S_0 = Σ a_j.
func (r *ARAS) coefficients() float64 {
	s0 := 0.0
	for j, wj := range r.w {
		r.den[j] = r.sums[j] + 1
		r.a[j] = wj / r.den[j]
		s0 += r.a[j]
	}
	return s0
}

// optimality returns S_i of the values row of one alternative.
func (r *ARAS) optimality(row []float64) float64 {
	n := len(r.a)
	a := r.a[:n]
	sum := 0.0
	for j, x := range row[:n] {
		if a[j] != 0 {
			sum += a[j] * r.scaled(j, x)
		}
	}
	return sum
}

// foldBlock stores the utility K_i of rows [lo, hi) in r.k, and S_i in r.s
// when it is not nil.
func (r *ARAS) foldBlock(_ []float64, lo, hi int) {
	n := len(r.a)
	for i := lo; i < hi; i++ {
		sum := r.optimality(r.data[i*n : i*n+n])
		if r.s != nil {
			r.s[i] = sum
		}
		r.k[i] = sum / r.s0
	}
}

// arasPass is ARAS's middle pass in a stream (see scorePass): the column
// sums of the scaled values, then K_i of each row.
type arasPass struct{ r *ARAS }

// newARASPass returns the pass of an ARAS for the given criteria,
// normalized weights (kept) and column extremes (copied).
func newARASPass(crit []Criterion, w, mn, mx []float64) *arasPass {
	n := len(crit)
	r := &ARAS{w: w, a: make([]float64, n), den: make([]float64, n), sums: make([]float64, n), cost: make([]bool, n)}
	r.st.min, r.st.max = append([]float64(nil), mn...), append([]float64(nil), mx...)
	for j, c := range crit {
		r.cost[j] = c.Objective == ObjectiveCost
	}
	return &arasPass{r}
}

func (p *arasPass) width() int                                  { return len(p.r.w) }
func (p *arasPass) block(part, blk []float64)                   { p.r.blockSums(part, blk) }
func (p *arasPass) combine(part []float64, first bool, off int) { p.r.combine(part, first, off) }
func (p *arasPass) totals() []float64                           { return append([]float64(nil), p.r.sums...) }
func (p *arasPass) located() int                                { return -1 }

func (p *arasPass) finish(int) error {
	p.r.s0 = p.r.coefficients()
	return nil
}

func (p *arasPass) score(dst, blk []float64) {
	n := len(p.r.a)
	for i := range dst {
		dst[i] = p.r.optimality(blk[i*n:i*n+n]) / p.r.s0
	}
}

// scaled returns x_ij relative to the optimal value of column j.
func (r *ARAS) scaled(j int, x float64) float64 {
	if r.cost[j] {
		return r.st.min[j] / x
	}
	if mx := r.st.max[j]; mx > 0 {
		return x / mx
	}
	return 1 // a column of zeros
}
