package mcda

import (
	"math"
)

// This file holds the MOORA family of Brauers & Zavadskas: the ratio system
// (MOORA), the reference point approach (MOORARefPoint), the full
// multiplicative form (MOORAFMF) and MULTIMOORA, which combines the three.
// All of them normalize each criterion by its Euclidean norm,
//
//	x*_ij = x_ij / ‖x_j‖,   ‖x_j‖ = √Σ_i x_ij²,
//
// without inverting costs: a cost criterion enters with the opposite sign
// or exponent. A column of zeros is treated as a constant column
// (x*_ij = 1/√m, as in [Normalization]).

// MOORA is the ratio system of the Multi-Objective Optimization on the basis
// of Ratio Analysis method (Brauers & Zavadskas, 2006, Control and
// Cybernetics 35(2):445-469). The score is
//
//	y*_i = Σ_{j benefit} w_j·x*_ij − Σ_{j cost} w_j·x*_ij
//
// with the vector-normalized values x*_ij; higher is better. Brauers &
// Zavadskas (2006) weigh criteria equally; with weights ("significance
// coefficients", Brauers & Zavadskas, 2010) this is also pymcdm's MOORA,
// pyrepo-mcda's MULTIMOORA_RS and scikit-criteria's RatioMOORA, which use
// the weights as given: their scores are Σ_j w_j times these.
//
// Any finite values are accepted; y*_i is negative when costs outweigh
// benefits. Multiplying a column by a positive constant does not change the
// scores.
//
// Special cases: a constant column (a column of zeros included) adds the
// same ±w_j·x*_j to every score, so identical alternatives get equal
// scores. A single alternative has x*_ij = −1 for a negative value and 1
// otherwise. With one criterion (so w = 1), y*_i = ±x_i/‖x‖ ranks as the
// criterion. A score whose benefit and cost parts cancel to within
// [TieTolerance] of their total magnitude is exactly 0, so that
// alternatives whose scores are 0 in exact arithmetic tie.
//
// The zero value is ready to use. A MOORA value reuses internal storage
// between calls and must not be used concurrently.
type MOORA struct {
	// Workers is the largest number of goroutines a call may use; 0 and 1
	// mean the calling goroutine only. As for [TOPSIS.Workers], the scores
	// are bit-for-bit the same for every value.
	Workers int

	st   colStats
	w, a []float64
	base float64
	par  parallel
	// pre holds each column's pre-scale (see mooraScale); scaled reports
	// whether any is not 1.
	pre    []float64
	scaled bool
}

// Name returns "moora".
func (r *MOORA) Name() string { return "moora" }

// HigherIsBetter returns true.
func (r *MOORA) HigherIsBetter() bool { return true }

// Scores stores in dst the ratio-system score y*_i of each alternative of m
// and returns dst. If dst is nil a new slice is allocated. With a non-nil
// dst and a MOORA value that has been used on a problem of the same size,
// Scores allocates nothing. It panics if dst is not nil and its length is
// not the number of alternatives.
func (r *MOORA) Scores(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, n := m.Dims()
	dst = useDst(dst, rows, "MOORA.Scores")
	tm := r.par.team(r.Workers, rows)
	mooraStats(&r.st, m, tm, r.Workers)
	r.w = m.Weights(grow(r.w, n))
	r.prepare(&r.st, m.criteria, r.w, rows)
	runScorer(r, dst, m.data, tm, r.Workers)
	if err := checkScores(r.Name(), m, dst); err != nil {
		return nil, err
	}
	return dst, nil
}

// mooraStats computes the column aggregates the MOORA systems need: the
// extremes and Σx², with the rescan of a column whose Σx² overflows or
// underflows (see colStats.vectorNorm).
func mooraStats(st *colStats, m *DecisionMatrix, tm *team, workers int) {
	rows, n := m.Dims()
	st.computeData(m.data, rows, n, aggSumSq, tm, workers)
	if st.plan(NormalizationVector, m.criteria) {
		st.rescanMatrix(m.data, rows, n)
	}
}

// vectorNorm returns ‖x_j‖ from aggregates planned for
// NormalizationVector: √Σx², or the rescanned scale·√Σ(x/scale)² for a
// column whose plain sum overflows or underflows; 0 for a column of zeros.
func (s *colStats) vectorNorm(j int) float64 {
	if s.rk[j] == rescanSumSq {
		return s.rf[j] * math.Sqrt(s.racc[j])
	}
	return math.Sqrt(s.sumSq[j])
}

// mooraScale returns the power of two p by which the MOORA methods
// multiply the values of criterion j, and p·‖x_j‖: 1 and ‖x_j‖ except
// for a column whose sum of squares was rescanned (see colStats.plan)
// because its values are so large that ‖x_j‖ overflows, or so small that
// 1/‖x_j‖ does. There p brings the largest magnitude f into [0.5, 1) (or,
// for a subnormal f, up by as much as a float64 power of two allows), so
// that x·p is exact, p·‖x_j‖ = (f·p)·√Σ(x/f)² is finite and normal, and
// x/‖x_j‖ is computed as (x·p)/(p·‖x_j‖).
func mooraScale(st *colStats, j int) (p, norm float64) {
	if st.rk == nil || st.rk[j] != rescanSumSq {
		return 1, st.vectorNorm(j)
	}
	f := st.rf[j]
	switch {
	case f < minNormal:
		p = upScale(f)
	case f >= 1:
		_, e := math.Frexp(f)
		p = math.Ldexp(1, -e)
	default:
		p = 1
	}
	return p, f * p * math.Sqrt(st.racc[j])
}

// prepare computes the ratio system's coefficients from the aggregates st
// of rows alternatives and the normalized weights w, which it keeps.
func (r *MOORA) prepare(st *colStats, crit []Criterion, w []float64, rows int) {
	n := len(crit)
	r.w = w
	r.a, r.pre = grow(r.a, n), grow(r.pre, n)
	r.scaled = false
	base := 0.0
	for j := range n {
		wj := w[j]
		if crit[j].Objective == ObjectiveCost {
			wj = -wj
		}
		p, norm := mooraScale(st, j)
		r.pre[j] = p
		r.scaled = r.scaled || p != 1
		if norm > 0 {
			r.a[j] = wj / norm
		} else {
			r.a[j] = 0
			base += wj / math.Sqrt(float64(rows))
		}
	}
	r.base = base
}

// MOORARefPoint is the reference point approach of MOORA (Brauers &
// Zavadskas, 2006), in the weighted form of MULTIMOORA (Brauers &
// Zavadskas, 2010, Technological and Economic Development of Economy
// 16(1):5-24). The reference point r_j is the best weighted normalized value
// of each criterion, max_i w_j·x*_ij for a benefit and min_i w_j·x*_ij for a
// cost, and the score is the Tchebycheff min-max distance
//
//	d_i = max_j |r_j − w_j·x*_ij|
//
// to it; lower is better, and d_i >= 0. pyrepo-mcda's MULTIMOORA_RP, which
// uses the weights as given, is Σ_j w_j times this; scikit-criteria's
// ReferencePointMOORA gives n times these with its default weights of 1.
//
// Any finite values are accepted. Multiplying a column by a positive
// constant does not change the scores. A constant column has distance 0;
// identical alternatives, and a single alternative, have d = 0. With one
// criterion (so w = 1), d_i = |r − x*_i| ranks as the criterion.
//
// The zero value is ready to use. A MOORARefPoint value reuses internal
// storage between calls and must not be used concurrently.
type MOORARefPoint struct {
	// Workers is the largest number of goroutines a call may use; 0 and 1
	// mean the calling goroutine only. As for [TOPSIS.Workers], the scores
	// are bit-for-bit the same for every value.
	Workers int

	st        colStats
	w, a, ref []float64
	par       parallel
	pre       []float64 // each column's pre-scale (see mooraScale)
	scaled    bool      // whether any pre-scale is not 1
}

// Name returns "moora-rp".
func (r *MOORARefPoint) Name() string { return "moora-rp" }

// HigherIsBetter returns false: a smaller distance is better.
func (r *MOORARefPoint) HigherIsBetter() bool { return false }

// Scores stores in dst the distance d_i of each alternative of m to the
// reference point and returns dst. If dst is nil a new slice is allocated.
// With a non-nil dst and a MOORARefPoint value that has been used on a
// problem of the same size, Scores allocates nothing. It panics if dst is
// not nil and its length is not the number of alternatives.
func (r *MOORARefPoint) Scores(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, _ := m.Dims()
	dst = useDst(dst, rows, "MOORARefPoint.Scores")
	r.compute(dst, nil, m)
	if err := checkScores(r.Name(), m, dst); err != nil {
		return nil, err
	}
	return dst, nil
}

// compute fills d and, when not nil, the weighted reference point ref.
func (r *MOORARefPoint) compute(d, ref []float64, m *DecisionMatrix) {
	rows, n := m.Dims()
	tm := r.par.team(r.Workers, rows)
	mooraStats(&r.st, m, tm, r.Workers)
	r.w = m.Weights(grow(r.w, n))
	r.prepare(&r.st, m.criteria, r.w, rows, ref)
	runScorer(r, d, m.data, tm, r.Workers)
}

// prepare computes the reference point's coefficients from the aggregates
// st of rows alternatives and the normalized weights w, which it keeps,
// and, when ref is not nil, the weighted reference point.
func (r *MOORARefPoint) prepare(st *colStats, crit []Criterion, w []float64, rows int, ref []float64) {
	n := len(crit)
	r.w = w
	r.a, r.ref, r.pre = grow(r.a, n), grow(r.ref, n), grow(r.pre, n)
	r.scaled = false
	for j := range n {
		best := st.max[j]
		if crit[j].Objective == ObjectiveCost {
			best = st.min[j]
		}
		p, norm := mooraScale(st, j)
		r.pre[j] = p
		r.scaled = r.scaled || p != 1
		r.ref[j], r.a[j] = best*p, 0
		if norm > 0 {
			r.a[j] = w[j] / norm
		}
		if ref != nil {
			if norm > 0 {
				ref[j] = w[j] * (best * p / norm)
			} else {
				ref[j] = w[j] / math.Sqrt(float64(rows))
			}
		}
	}
}

// score stores in dst the distance d_i of each row of blk.
func (r *MOORARefPoint) score(dst, blk []float64) {
	n := len(r.a)
	a, ref, pre := r.a[:n], r.ref[:n], r.pre[:n]
	for i := range dst {
		dmax := 0.0
		if r.scaled {
			for j, x := range blk[i*n : i*n+n] {
				dmax = max(dmax, a[j]*math.Abs(ref[j]-x*pre[j]))
			}
		} else {
			for j, x := range blk[i*n : i*n+n] {
				dmax = max(dmax, a[j]*math.Abs(ref[j]-x))
			}
		}
		dst[i] = dmax
	}
}

// MOORAFMF is the full multiplicative form of MULTIMOORA (Brauers &
// Zavadskas, 2010, Technological and Economic Development of Economy
// 16(1):5-24; Miller & Starr, 1969). The score is
//
//	U_i = A_i / B_i,   A_i = Π_{j benefit} (x*_ij)^w_j,   B_i = Π_{j cost} (x*_ij)^w_j
//
// with the weights as exponents (the weighted product model on
// vector-normalized values, ranking like [WPM]); higher is better. With
// Unweighted set, the exponents are all 1, as in Brauers & Zavadskas's
// original and scikit-criteria's FullMultiplicativeForm. pyrepo-mcda's
// MULTIMOORA_FMF multiplies the factors by the weights, Π_j (w_j·x*_ij)^±1,
// which is the unweighted U_i times the constant Π_benefit w_j / Π_cost w_j:
// it ranks as Unweighted does, and the weights have no effect on it.
//
// Every value must be positive: a zero or negative value is a [*ValueError]
// wrapping [ErrNotPositive]. Multiplying a column by a positive constant
// does not change the scores. U_i is computed as the exponential of a sum of
// logarithms; with very many criteria it may underflow to 0 (a tie) or
// overflow (an error wrapping [ErrNotFinite]).
//
// Special cases: a constant column multiplies every U_i by the same
// factor (1/√m)^(±w_j), so identical alternatives get equal scores; a
// single alternative gets U = 1. With one criterion (so w = 1),
// U_i = (x*_i)^(±1) ranks as the criterion.
//
// The zero value (weights as exponents) is ready to use. A MOORAFMF value
// reuses internal storage between calls and must not be used concurrently.
type MOORAFMF struct {
	// Unweighted ignores the weights (every exponent is 1). Default false.
	Unweighted bool
	// Workers is the largest number of goroutines a call may use; 0 and 1
	// mean the calling goroutine only. As for [TOPSIS.Workers], the scores
	// are bit-for-bit the same for every value.
	Workers int

	st  colStats
	c   wpmCoef
	par parallel
}

// Name returns "moora-fmf".
func (f *MOORAFMF) Name() string { return "moora-fmf" }

// HigherIsBetter returns true.
func (f *MOORAFMF) HigherIsBetter() bool { return true }

// Scores stores in dst the full multiplicative form U_i of each alternative
// of m and returns dst. If dst is nil a new slice is allocated. With a
// non-nil dst and a MOORAFMF value that has been used on a problem of the
// same size, Scores allocates nothing.
//
// It returns a [*ValueError] wrapping [ErrNotPositive] for a value <= 0. It
// panics if dst is not nil and its length is not the number of alternatives.
func (f *MOORAFMF) Scores(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, n := m.Dims()
	dst = useDst(dst, rows, "MOORAFMF.Scores")
	tm := f.par.team(f.Workers, rows)
	f.st.computeData(m.data, rows, n, aggSumSq, tm, f.Workers)
	for j := range n {
		if f.st.min[j] <= 0 {
			return nil, firstBad(m, j, func(x float64) bool { return x <= 0 }, ErrNotPositive)
		}
	}
	if f.st.plan(NormalizationVector, m.criteria) {
		f.st.rescanMatrix(m.data, rows, n)
	}
	f.c.prepareFMF(&f.st, m.criteria, m.Weights(grow(f.c.w, n)), f.Unweighted)
	runScorer(&f.c, dst, m.data, tm, f.Workers)
	if err := checkScores(f.Name(), m, dst); err != nil {
		return nil, err
	}
	return dst, nil
}

// prepareFMF sets c to the full multiplicative form's scoring pass from the
// aggregates st of positive values and the normalized weights w, which it
// keeps (set to 1 when unweighted): log U_i = base + Σ_j e_j·log x_ij,
// e_j = ±w_j or ±1 and base = −Σ_j e_j·log ‖x_j‖, the weighted product's
// scoring pass with |e_j| as the weights and the cost columns reciprocal.
func (c *wpmCoef) prepareFMF(st *colStats, crit []Criterion, w []float64, unweighted bool) {
	n := len(crit)
	c.ts = growTransforms(c.ts, n)
	c.w = w
	c.base, c.unit = 0, false
	for j := range n {
		if unweighted {
			c.w[j] = 1
		}
		e := c.w[j]
		c.ts[j] = transform{recip: crit[j].Objective == ObjectiveCost}
		if c.ts[j].recip {
			e = -e
		}
		if e != 0 {
			c.base -= e * logx(st.vectorNorm(j))
		}
	}
}

// MULTIMOORA combines the three MOORA systems (Brauers & Zavadskas, 2010,
// Technological and Economic Development of Economy 16(1):5-24): the ratio
// system ([MOORA]), the reference point ([MOORARefPoint]) and the full
// multiplicative form ([MOORAFMF]) each rank the alternatives, and the
// three rankings are aggregated by pairwise majority, the "general
// dominance" of Brauers & Zavadskas's dominance theory (2011, Economic
// Computation and Economic Cybernetics Studies and Research 45(2):5-20):
// alternative i dominates k when it is ranked strictly better than k by at
// least two of the three systems. The score is the number of alternatives i
// dominates,
//
//	D_i = #{k : rank_s(i) < rank_s(k) for at least two systems s},
//
// an integer in [0, m−1]; higher is better. This is the aggregation of
// scikit-criteria's MultiMOORA. It is not the full dominance theory, which
// settles circular dominance (i over k over l over i) case by case: such
// cycles, and equal counts generally, are left as tied scores. pyrepo-mcda
// offers other compromises (dominance-directed graph, Borda, rank position).
//
// Each system's ranks are competition ranks from [RankScores], with its
// tolerance for ties. Every value must be positive, as the full
// multiplicative form needs ([ErrNotPositive]). Unweighted applies to the
// full multiplicative form only.
//
// Special cases: identical alternatives, and a single alternative,
// dominate nothing: D = 0. A constant column changes none of the three
// rankings, hence no score. With one criterion the three systems rank as
// the criterion, and D_i is the number of alternatives i beats on it.
//
// The zero value is ready to use. A MULTIMOORA value reuses internal storage
// between calls and must not be used concurrently. Scores takes O(m²) time
// for the pairwise comparisons but no storage beyond O(m). It needs every
// alternative's three ranks, so it does not stream: [RankStream] rejects
// it with [ErrNotStreamable] (stream the three systems one by one).
type MULTIMOORA struct {
	// Unweighted makes the full multiplicative form ignore the weights
	// (see [MOORAFMF]). Default false.
	Unweighted bool
	// MaxPairs bounds the m·m pairs of alternatives the dominance counts
	// compare; zero means DefaultMaxPairs (m <= 4096). Above it Scores and
	// Evaluate return a [*SizeError] before the work starts.
	MaxPairs int
	// Workers is the largest number of goroutines the three systems' scores
	// may be computed on (see [TOPSIS.Workers]); 0 and 1 mean the calling
	// goroutine only. The scores are bit-for-bit the same for every value;
	// the dominance counts run on the calling goroutine.
	Workers int

	rs        MOORA
	rp        MOORARefPoint
	fmf       MOORAFMF
	s1, s2    []float64
	r0, r1    []int
	r2, order []int
	rk        Ranker
}

// Name returns "multimoora".
func (mm *MULTIMOORA) Name() string { return "multimoora" }

// HigherIsBetter returns true: dominating more alternatives is better.
func (mm *MULTIMOORA) HigherIsBetter() bool { return true }

// Scores stores in dst the dominance count D_i of each alternative of m and
// returns dst. If dst is nil a new slice is allocated. With a non-nil dst
// and a MULTIMOORA value that has been used on a problem of the same size,
// Scores allocates nothing.
//
// It returns a [*ValueError] wrapping [ErrNotPositive] for a value <= 0,
// and a [*SizeError] when m·m exceeds MaxPairs. It panics if dst is not
// nil and its length is not the number of alternatives.
func (mm *MULTIMOORA) Scores(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, _ := m.Dims()
	dst = useDst(dst, rows, "MULTIMOORA.Scores")
	mm.s1, mm.s2 = grow(mm.s1, rows), grow(mm.s2, rows)
	if err := mm.compute(dst, dst, mm.s1, mm.s2, nil, m); err != nil {
		return nil, err
	}
	return dst, nil
}

// MULTIMOORAResult holds MULTIMOORA scores and the three systems' results.
type MULTIMOORAResult struct {
	Dominance          []float64 // D_i, the number of alternatives i dominates: the score
	RatioSystem        []float64 // y*_i of [MOORA], higher is better
	ReferencePoint     []float64 // d_i of [MOORARefPoint], lower is better
	FullMultiplicative []float64 // U_i of [MOORAFMF], higher is better
	// Ranks holds each system's competition ranks (1 = best), in the
	// order ratio system, reference point, full multiplicative form.
	Ranks [3][]int
	// Point is the weighted reference point r_j, per criterion.
	Point []float64
}

// Evaluate returns the dominance count of every alternative of m with the
// three systems' scores and ranks. Errors are as for [MULTIMOORA.Scores].
func (mm *MULTIMOORA) Evaluate(m *DecisionMatrix) (*MULTIMOORAResult, error) {
	rows, n := m.Dims()
	r := &MULTIMOORAResult{
		Dominance:          make([]float64, rows),
		RatioSystem:        make([]float64, rows),
		ReferencePoint:     make([]float64, rows),
		FullMultiplicative: make([]float64, rows),
		Point:              make([]float64, n),
	}
	if err := mm.compute(r.Dominance, r.RatioSystem, r.ReferencePoint, r.FullMultiplicative, r.Point, m); err != nil {
		return nil, err
	}
	for s, rk := range [3][]int{mm.r0, mm.r1, mm.r2} {
		r.Ranks[s] = append([]int(nil), rk...)
	}
	return r, nil
}

// compute stores the dominance counts in d and the three systems' scores in
// ys, ds and us; ys may alias d, since it is read before d is written.
func (mm *MULTIMOORA) compute(d, ys, ds, us, point []float64, m *DecisionMatrix) error {
	rows, _ := m.Dims()
	if err := CheckPairs("multimoora", rows, mm.MaxPairs, 0,
		"its dominance counts take O(m²) time; "+linearInstead); err != nil {
		return err
	}
	mm.fmf.Unweighted = mm.Unweighted
	mm.fmf.Workers, mm.rs.Workers, mm.rp.Workers = mm.Workers, mm.Workers, mm.Workers
	if _, err := mm.fmf.Scores(us, m); err != nil {
		return err
	}
	if _, err := mm.rs.Scores(ys, m); err != nil {
		return err
	}
	mm.rp.compute(ds, point, m)
	if err := checkScores(mm.rp.Name(), m, ds); err != nil {
		return err
	}
	mm.order = mooraInts(mm.order, rows)
	mm.r0 = mooraInts(mm.r0, rows)
	mm.r1 = mooraInts(mm.r1, rows)
	mm.r2 = mooraInts(mm.r2, rows)
	mm.rk.Rank(mm.r0, mm.order, ys, true)
	mm.rk.Rank(mm.r1, mm.order, ds, false)
	mm.rk.Rank(mm.r2, mm.order, us, true)
	r0, r1, r2 := mm.r0, mm.r1, mm.r2
	for i := 0; i < rows; i++ {
		count := 0
		for k := 0; k < rows; k++ {
			wins := 0
			if r0[i] < r0[k] {
				wins++
			}
			if r1[i] < r1[k] {
				wins++
			}
			if r2[i] < r2[k] {
				wins++
			}
			if wins >= 2 {
				count++
			}
		}
		d[i] = float64(count)
	}
	return nil
}

// mooraNorm returns ‖x_j‖, guarding against overflow and underflow of the
// sum of squares; 0 for a column of zeros.
func mooraNorm(st *colStats, m *DecisionMatrix, j int) float64 {
	ss := st.sumSq[j]
	norm := math.Sqrt(ss)
	if math.IsInf(norm, 0) || ss < math.SmallestNonzeroFloat64*1e16 {
		norm = vectorNormScaled(m, j)
	}
	return norm
}

// mooraInts returns a slice of length n, reusing s's storage when it is
// large enough.
func mooraInts(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

// score stores in dst the ratio-system score y*_i of each row of blk.
func (r *MOORA) score(dst, blk []float64) {
	n := len(r.a)
	a, pre, base := r.a[:n], r.pre[:n], r.base
	for i := range dst {
		y, mag := base, math.Abs(base)
		if r.scaled {
			for j, x := range blk[i*n : i*n+n] {
				t := a[j] * (x * pre[j])
				y += t
				mag += math.Abs(t)
			}
		} else {
			for j, x := range blk[i*n : i*n+n] {
				t := a[j] * x
				y += t
				mag += math.Abs(t)
			}
		}
		// Benefits minus costs that cancel up to rounding are exactly 0,
		// so that alternatives equal in exact arithmetic tie.
		if math.Abs(y) <= TieTolerance*mag {
			y = 0
		}
		dst[i] = y
	}
}
