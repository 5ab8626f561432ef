package mcda

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// Normalization selects how a method maps each criterion's values onto a
// common, dimensionless scale on which larger is better. Its zero value,
// NormalizationDefault, stands for the default of the method it is given to.
//
// For a criterion j with values x_1j … x_mj the normalized values r_ij are:
//
//	                 benefit                    cost
//	Vector   x_ij / ‖x_j‖                 1 − x_ij / ‖x_j‖          ‖x_j‖ = √Σ_i x_ij²
//	Max      x_ij / max_i x_ij            min_i x_ij / x_ij
//	MinMax   (x_ij − min) / (max − min)   (max − x_ij) / (max − min)
//	Sum      x_ij / Σ_i x_ij              (1/x_ij) / Σ_i (1/x_ij)
//	None     x_ij                         −x_ij
//
// Vector normalization is Hwang & Yoon's (1981) for TOPSIS; its cost form
// 1 − x/‖x‖ is pymcdm's and gives TOPSIS the same distances as taking the
// minimum as the ideal of a cost column. Max is the linear scale
// transformation of Hwang & Yoon (1981, p. 100), whose cost form min/x keeps
// ratios (some libraries use 1 − x/max instead). Sum's cost form is the
// reciprocal share used by pymcdm. None leaves the data as it is and negates
// costs; the weighted product model instead gives costs a negative exponent
// (see [WPM]).
//
// Special cases:
//   - A constant column maps to a constant: every alternative is equally good
//     on it. MinMax maps it to 1.
//   - A column of zeros is treated as the limit of a constant column: Vector
//     gives 1/√m (benefit) or 1 − 1/√m (cost), Max gives 1 and Sum 1/m.
//   - Max and Sum need values >= 0 for benefit criteria and > 0 for cost
//     criteria; other values are an error ([ErrNegative], [ErrNotPositive]).
//     Vector, MinMax and None accept any finite values.
//   - Near the limits of float64 the values are rescaled by a power of two
//     first, which is exact: a column whose range, norm or sum overflows,
//     or whose range, maximum, norm or sum is subnormal (so that its
//     reciprocal would overflow), still gives finite normalized values.
//
// Its values are [NormalizationDefault], [NormalizationVector],
// [NormalizationMax], [NormalizationMinMax], [NormalizationSum] and
// [NormalizationNone].
type Normalization int

const (
	NormalizationDefault Normalization = iota // the method's default
	NormalizationVector                       // x / ‖x‖; cost 1 − x / ‖x‖
	NormalizationMax                          // x / max; cost min / x
	NormalizationMinMax                       // (x − min) / (max − min); cost (max − x) / (max − min)
	NormalizationSum                          // x / Σx; cost (1/x) / Σ(1/x)
	NormalizationNone                         // x; cost −x
)

var normNames = [...]string{"default", "vector", "max", "minmax", "sum", "none"}

// String returns the normalization's name as accepted by [ParseNormalization].
func (k Normalization) String() string {
	if k < 0 || int(k) >= len(normNames) {
		return fmt.Sprintf("Normalization(%d)", int(k))
	}
	return normNames[k]
}

// ParseNormalization returns the normalization with the given name:
// "vector", "max", "minmax", "sum", "none" or "default".
func ParseNormalization(s string) (Normalization, error) {
	for k, name := range normNames {
		if s == name {
			return Normalization(k), nil
		}
	}
	return 0, fmt.Errorf("mcda: %q: %w (want vector, max, minmax, sum or none)", s, ErrNormalization)
}

func (k Normalization) valid() bool { return k >= NormalizationVector && k <= NormalizationNone }

// blockRows is the number of alternatives in a block of the column
// aggregates. Each block's sums are accumulated from zero in row order and
// the block sums are then added to the totals in block order. The serial,
// parallel and streaming paths all follow this order, so they compute
// bit-identical aggregates; for at most blockRows alternatives it is plain
// row-order summation.
const blockRows = 4096

// minNormal is the smallest positive normal float64. Below it a value has
// lost precision and its reciprocal may overflow.
const minNormal = 0x1p-1022

// aggs selects the column sums a normalization needs; minima and maxima are
// always computed.
type aggs uint8

const (
	aggSum    aggs = 1 << iota // Σ x
	aggSumSq                   // Σ x²
	aggSumInv                  // Σ 1/x
	aggAll    = aggSum | aggSumSq
)

// needs returns the sums normalization k needs for criteria crit.
func needs(k Normalization, crit []Criterion) aggs {
	switch k {
	case NormalizationVector:
		return aggSumSq
	case NormalizationSum:
		for _, c := range crit {
			if c.Objective == ObjectiveCost {
				return aggSum | aggSumInv
			}
		}
		return aggSum
	}
	return 0
}

// rescanKind names a column sum recomputed with a scale factor f, for
// columns whose plain sum overflows, underflows or loses precision.
type rescanKind uint8

const (
	rescanNone   rescanKind = iota
	rescanSumSq             // Σ (x/f)², f the largest magnitude
	rescanSum               // Σ x·f
	rescanSumInv            // Σ 1/(x·f)
)

// term returns one value's contribution to the rescanned sum. The explicit
// conversions forbid fused multiply-adds, so that every path that adds the
// terms in the same order gets the same bits on every platform.
func (k rescanKind) term(x, f float64) float64 {
	switch k {
	case rescanSumSq:
		v := x / f
		return float64(v * v)
	case rescanSum:
		return float64(x * f)
	case rescanSumInv:
		return 1 / float64(x*f)
	}
	return 0
}

// colStats holds the per-criterion aggregates every normalization needs.
type colStats struct {
	min, max, sum, sumSq, sumInv []float64

	// Rescans planned by plan: kind, scale factor and sum, per criterion.
	rk        []rescanKind
	rf, racc  []float64
	part      []float64 // per-block partial aggregates, parallel path
	pdata     []float64 // the matrix of the parallel call in progress
	pneed     aggs
	pmn, pmx  []float64 // block scratch, serial path
	psum, psq []float64
	pinv      []float64
}

func (s *colStats) reset(n int) {
	s.min = grow(s.min, n)
	s.max = grow(s.max, n)
	s.sum = grow(s.sum, n)
	s.sumSq = grow(s.sumSq, n)
	s.sumInv = grow(s.sumInv, n)
}

// start prepares s for n criteria, with every sum zero, before the first
// block is folded in.
func (s *colStats) start(n int) {
	s.reset(n)
	clear(s.sum)
	clear(s.sumSq)
	clear(s.sumInv)
}

// grow returns a slice of length n, reusing s's storage when it is large enough.
func grow(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	return s[:n]
}

// compute fills min, max, Σx and Σx² of every column of m; Σ1/x, which
// costs a division per value, is left to prepare when a normalization
// needs it.
func (s *colStats) compute(m *DecisionMatrix) {
	rows, n := m.Dims()
	s.computeData(m.data, rows, n, aggAll, nil, 1)
}

// computeData fills min and max and the sums selected by need from the
// rows×n row-major values in data, block by block (see blockRows). With
// more than one worker and a team, the blocks are computed concurrently and
// combined in block order, which gives the same bits as the serial path.
func (s *colStats) computeData(data []float64, rows, n int, need aggs, tm *team, workers int) {
	s.start(n)
	nb := (rows + blockRows - 1) / blockRows
	if tm != nil && workers > 1 && nb > 1 {
		s.pdata, s.pneed = data, need
		s.part = foldRows(s, s.part, rows, 5*n, tm, workers)
		s.pdata = nil
		for b := range nb {
			p := s.part[5*b*n : 5*b*n+5*n]
			s.fold(b == 0, p[:n], p[n:2*n], p[2*n:3*n], p[3*n:4*n], p[4*n:], need)
		}
		return
	}
	s.pmn, s.pmx = grow(s.pmn, n), grow(s.pmx, n)
	s.psum, s.psq, s.pinv = grow(s.psum, n), grow(s.psq, n), grow(s.pinv, n)
	for b := range nb {
		blk := data[b*blockRows*n : min(b*blockRows+blockRows, rows)*n]
		blockAggs(s.pmn, s.pmx, s.psum, s.psq, s.pinv, blk, need)
		s.fold(b == 0, s.pmn, s.pmx, s.psum, s.psq, s.pinv, need)
	}
}

// foldBlock stores in p, of 5n values, the partial aggregates of rows
// [lo, hi) of the parallel call in progress (see foldRows).
func (s *colStats) foldBlock(p []float64, lo, hi int) {
	n := len(p) / 5
	blockAggs(p[:n], p[n:2*n], p[2*n:3*n], p[3*n:4*n], p[4*n:], s.pdata[lo*n:hi*n], s.pneed)
}

// fold adds one block's partial aggregates to the totals; first marks the
// first block, whose minima and maxima initialize the totals'.
func (s *colStats) fold(first bool, mn, mx, sum, sq, inv []float64, need aggs) {
	if first {
		copy(s.min, mn)
		copy(s.max, mx)
	} else {
		for j, v := range mn {
			if v < s.min[j] {
				s.min[j] = v
			}
		}
		for j, v := range mx {
			if v > s.max[j] {
				s.max[j] = v
			}
		}
	}
	if need&aggSum != 0 {
		for j, v := range sum {
			s.sum[j] += v
		}
	}
	if need&aggSumSq != 0 {
		for j, v := range sq {
			s.sumSq[j] += v
		}
	}
	if need&aggSumInv != 0 {
		for j, v := range inv {
			s.sumInv[j] += v
		}
	}
}

// blockAggs stores in mn and mx the column minima and maxima of the rows of
// blk (row-major, len(mn) values per row, at least one row), and in sum, sq
// and inv the column sums of x, x² and 1/x selected by need, each
// accumulated from zero in row order. Of equal extremes (−0 and +0) the
// first is kept.
func blockAggs(mn, mx, sum, sq, inv []float64, blk []float64, need aggs) {
	n := len(mn)
	copy(mn, blk[:n])
	copy(mx, blk[:n])
	switch need &^ aggSumInv {
	case 0:
		minMaxRows(mn, mx, blk)
	case aggSumSq:
		clear(sq)
		minMaxSqRows(mn, mx, sq, blk)
	case aggSum:
		clear(sum)
		minMaxSumRows(mn, mx, sum, blk)
	default:
		clear(sum)
		clear(sq)
		minMaxSumSqRows(mn, mx, sum, sq, blk)
	}
	if need&aggSumInv != 0 {
		clear(inv)
		inv = inv[:n]
		for i := 0; i+n <= len(blk); i += n {
			row := blk[i : i+n]
			for j, x := range row {
				inv[j] += 1 / x
			}
		}
	}
}

// The row kernels below take two rows at a time and test both against the
// running extremes with one well-predicted branch; the sums still add the
// rows one after the other.

// minMaxRows updates mn and mx with the rows of blk.
func minMaxRows(mn, mx, blk []float64) {
	n := len(mn)
	mx = mx[:n]
	i := 0
	for ; i+2*n <= len(blk); i += 2 * n {
		r0, r1 := blk[i:i+n], blk[i+n:i+2*n]
		for j, x := range r0 {
			y := r1[j]
			if x < mn[j] || y < mn[j] || x > mx[j] || y > mx[j] {
				extremes(mn, mx, j, x, y)
			}
		}
	}
	if i < len(blk) {
		for j, x := range blk[i : i+n] {
			extremes(mn, mx, j, x, x)
		}
	}
}

// minMaxSqRows also accumulates Σ x² in sq.
func minMaxSqRows(mn, mx, sq, blk []float64) {
	n := len(mn)
	mx, sq = mx[:n], sq[:n]
	i := 0
	for ; i+2*n <= len(blk); i += 2 * n {
		r0, r1 := blk[i:i+n], blk[i+n:i+2*n]
		for j, x := range r0 {
			y := r1[j]
			if x < mn[j] || y < mn[j] || x > mx[j] || y > mx[j] {
				extremes(mn, mx, j, x, y)
			}
			sq[j] = sq[j] + float64(x*x) + float64(y*y)
		}
	}
	if i < len(blk) {
		for j, x := range blk[i : i+n] {
			extremes(mn, mx, j, x, x)
			sq[j] += float64(x * x)
		}
	}
}

// minMaxSumRows also accumulates Σ x in sum.
func minMaxSumRows(mn, mx, sum, blk []float64) {
	n := len(mn)
	mx, sum = mx[:n], sum[:n]
	i := 0
	for ; i+2*n <= len(blk); i += 2 * n {
		r0, r1 := blk[i:i+n], blk[i+n:i+2*n]
		for j, x := range r0 {
			y := r1[j]
			if x < mn[j] || y < mn[j] || x > mx[j] || y > mx[j] {
				extremes(mn, mx, j, x, y)
			}
			sum[j] = sum[j] + x + y
		}
	}
	if i < len(blk) {
		for j, x := range blk[i : i+n] {
			extremes(mn, mx, j, x, x)
			sum[j] += x
		}
	}
}

// minMaxSumSqRows accumulates both Σ x and Σ x².
func minMaxSumSqRows(mn, mx, sum, sq, blk []float64) {
	n := len(mn)
	mx, sum, sq = mx[:n], sum[:n], sq[:n]
	i := 0
	for ; i+2*n <= len(blk); i += 2 * n {
		r0, r1 := blk[i:i+n], blk[i+n:i+2*n]
		for j, x := range r0 {
			y := r1[j]
			if x < mn[j] || y < mn[j] || x > mx[j] || y > mx[j] {
				extremes(mn, mx, j, x, y)
			}
			sum[j] = sum[j] + x + y
			sq[j] = sq[j] + float64(x*x) + float64(y*y)
		}
	}
	if i < len(blk) {
		for j, x := range blk[i : i+n] {
			extremes(mn, mx, j, x, x)
			sum[j] += x
			sq[j] += float64(x * x)
		}
	}
}

// extremes updates mn[j] and mx[j] with x, then y.
func extremes(mn, mx []float64, j int, x, y float64) {
	if x < mn[j] {
		mn[j] = x
	}
	if x > mx[j] {
		mx[j] = x
	}
	if y < mn[j] {
		mn[j] = y
	}
	if y > mx[j] {
		mx[j] = y
	}
}

// upScale returns the power of two that brings f > 0 into [0.5, 1), or as
// close as the float64 range allows. Multiplying by it is exact.
func upScale(f float64) float64 {
	_, e := math.Frexp(f)
	return math.Ldexp(1, min(-e, 1023))
}

// plan decides, from the aggregates, which columns need a sum recomputed
// with scaling for normalization k (see rescanKind), records the kind and
// factor of each and clears their sums. It reports whether any column does.
// Columns whose values k rejects are left alone.
func (s *colStats) plan(k Normalization, crit []Criterion) bool {
	s.planStart(len(crit))
	some := false
	for j, c := range crit {
		mn, mx := s.min[j], s.max[j]
		kind, f := rescanNone, 0.0
		switch k {
		case NormalizationVector:
			norm := math.Sqrt(s.sumSq[j])
			if math.IsInf(norm, 0) || norm == 0 || s.sumSq[j] < math.SmallestNonzeroFloat64*1e16 {
				if scale := math.Max(math.Abs(mn), math.Abs(mx)); scale > 0 {
					kind, f = rescanSumSq, scale
				}
			}
		case NormalizationSum:
			switch {
			case c.Objective == ObjectiveCost:
				if mn > 0 && (math.IsInf(s.sumInv[j], 0) || s.sumInv[j] < minNormal) {
					kind, f = rescanSumInv, upScale(mn)
				}
			case mn < 0 || mx == 0:
			case math.IsInf(s.sum[j], 0):
				// Scale by a power of two, which is exact.
				_, e := math.Frexp(mx)
				kind, f = rescanSum, math.Ldexp(1, 64-e)
			case s.sum[j] < minNormal:
				kind, f = rescanSum, upScale(mx)
			}
		}
		s.rk[j], s.rf[j] = kind, f
		some = some || kind != rescanNone
	}
	return some
}

// planStart sizes the plan of rescans for n criteria, with every sum
// cleared.
func (s *colStats) planStart(n int) {
	if cap(s.rk) < n {
		s.rk = make([]rescanKind, n)
	}
	s.rk = s.rk[:n]
	s.rf, s.racc = grow(s.rf, n), grow(s.racc, n)
	clear(s.racc)
}

// rescanMatrix computes the planned rescans of the rows×n values in data,
// adding each column's terms in row order like ColumnRescan.Add.
func (s *colStats) rescanMatrix(data []float64, rows, n int) {
	for j, kind := range s.rk {
		if kind == rescanNone {
			continue
		}
		acc, f := 0.0, s.rf[j]
		for i := 0; i < rows; i++ {
			acc += kind.term(data[i*n+j], f)
		}
		s.racc[j] = acc
	}
}

// transform is a per-criterion monotone map from raw to normalized values:
// r = off + (x·p − c)·s, or r = s / (x·p) when recip is set. The pre-scale
// p is a power of two, 1 except where a column's range, norm or sum would
// overflow or, for tiny values, its reciprocal would.
type transform struct {
	recip        bool
	off, p, c, s float64
}

func (t transform) apply(x float64) float64 {
	if t.recip {
		return t.s / (x * t.p)
	}
	return t.off + (x*t.p-t.c)*t.s
}

// affine returns the coefficients of r = a·x + b for a transform that is not
// reciprocal. For tiny values a may overflow; see scaled.
func (t transform) affine() (a, b float64) { return t.p * t.s, t.off - t.c*t.s }

// scaled returns the coefficients of r = a·(x·pre) + b for a transform that
// is not reciprocal: pre is 1 and a, b are affine's unless a would overflow,
// in which case pre is the transform's pre-scale.
func (t transform) scaled() (a, b, pre float64) {
	a, b = t.affine()
	if math.IsInf(a, 0) {
		return t.s, b, t.p
	}
	return a, b, 1
}

// prepareTransforms computes m's column aggregates into st and the
// transforms of normalization k into ts, grown as needed, and returns ts.
// The error is that of transforms: a value k cannot take.
func prepareTransforms(st *colStats, ts []transform, k Normalization, m *DecisionMatrix) ([]transform, error) {
	return st.prepare(ts, k, m, nil, 1)
}

// prepare computes the aggregates of m that normalization k needs, on the
// team's workers when tm is not nil, and the transforms of k into ts,
// grown as needed, and returns ts. The error is that of transforms.
func (s *colStats) prepare(ts []transform, k Normalization, m *DecisionMatrix, tm *team, workers int) ([]transform, error) {
	rows, n := m.Dims()
	s.computeData(m.data, rows, n, needs(k, m.criteria), tm, workers)
	ts = growTransforms(ts, n)
	return ts, transforms(ts, k, m, s, false)
}

// A locator finds the first alternative whose value of criterion j is
// negative (cause ErrNegative) or not positive (ErrNotPositive), and
// returns the *ValueError that reports it.
type locator interface {
	locate(j int, cause error) error
}

// matrixLocator locates offending values by scanning a matrix's column.
type matrixLocator struct{ m *DecisionMatrix }

func (l matrixLocator) locate(j int, cause error) error {
	if cause == ErrNegative {
		return firstBad(l.m, j, func(x float64) bool { return x < 0 }, cause)
	}
	return firstBad(l.m, j, func(x float64) bool { return x <= 0 }, cause)
}

// transforms computes each criterion's transform for normalization k from
// the aggregates in st, checking the sign conditions k needs. ratio selects
// the weighted product model's treatment of costs under NormalizationNone
// (r = 1/x instead of −x).
func transforms(dst []transform, k Normalization, m *DecisionMatrix, st *colStats, ratio bool) error {
	rows, n := m.Dims()
	if err := st.check(k, m.criteria, ratio, matrixLocator{m}); err != nil {
		return err
	}
	if st.plan(k, m.criteria) {
		st.rescanMatrix(m.data, rows, n)
	}
	return st.transforms(dst, k, m.criteria, rows, ratio)
}

// check returns the error for the first criterion whose values k cannot
// take: Max and Sum need values >= 0 on benefit criteria and > 0 on cost
// criteria, as does None with ratio on cost criteria.
func (s *colStats) check(k Normalization, crit []Criterion, ratio bool, loc locator) error {
	if !k.valid() {
		return fmt.Errorf("mcda: %v: %w", k, ErrNormalization)
	}
	for j, c := range crit {
		cost := c.Objective == ObjectiveCost
		switch k {
		case NormalizationMax, NormalizationSum:
			if cost && s.min[j] <= 0 {
				return loc.locate(j, ErrNotPositive)
			}
			if !cost && s.min[j] < 0 {
				return loc.locate(j, ErrNegative)
			}
		case NormalizationNone:
			if cost && ratio && s.min[j] <= 0 {
				return loc.locate(j, ErrNotPositive)
			}
		}
	}
	return nil
}

// transforms computes the transforms from checked aggregates and the
// rescans planned by plan.
func (s *colStats) transforms(dst []transform, k Normalization, crit []Criterion, rows int, ratio bool) error {
	for j, c := range crit {
		cost := c.Objective == ObjectiveCost
		mn, mx := s.min[j], s.max[j]
		var t transform
		switch k {
		case NormalizationVector:
			norm, p := math.Sqrt(s.sumSq[j]), 1.0
			if s.rk[j] == rescanSumSq {
				// Rescaled by the largest magnitude; if even that is
				// subnormal, pre-scale the values too.
				scale := s.rf[j]
				if scale < minNormal {
					p = upScale(scale)
				}
				norm = scale * p * math.Sqrt(s.racc[j])
			}
			if norm == 0 {
				t = transform{off: 1 / math.Sqrt(float64(rows))}
			} else {
				t = transform{p: p, s: 1 / norm}
			}
			if cost {
				t.off, t.s = 1-t.off, -t.s
			}
		case NormalizationMax:
			switch {
			case cost:
				t = transform{recip: true, p: 1, s: mn}
			case mx == 0:
				t = transform{off: 1}
			case mx < minNormal:
				p := upScale(mx)
				t = transform{p: p, s: 1 / (mx * p)}
			default:
				t = transform{p: 1, s: 1 / mx}
			}
		case NormalizationMinMax:
			r := mx - mn
			switch {
			case r == 0:
				t = transform{off: 1}
			case math.IsInf(r, 0):
				// The range overflows: halve everything first.
				t = transform{p: 0.5, c: mn / 2, s: 1 / (mx/2 - mn/2)}
			case r < minNormal:
				// The range is subnormal and 1/r may overflow: scale the
				// values up first, exactly.
				p := upScale(math.Max(math.Abs(mn), math.Abs(mx)))
				t = transform{p: p, c: mn * p, s: 1 / (mx*p - mn*p)}
			default:
				t = transform{p: 1, c: mn, s: 1 / r}
			}
			if cost && r != 0 {
				t.c, t.s = mx*t.p, -t.s
			}
		case NormalizationSum:
			switch {
			case cost && s.rk[j] == rescanSumInv:
				t = transform{recip: true, p: s.rf[j], s: 1 / s.racc[j]}
			case cost:
				t = transform{recip: true, p: 1, s: 1 / s.sumInv[j]}
			case mx == 0:
				t = transform{off: 1 / float64(rows)}
			case s.rk[j] == rescanSum:
				t = transform{p: s.rf[j], s: 1 / s.racc[j]}
			default:
				t = transform{p: 1, s: 1 / s.sum[j]}
			}
		case NormalizationNone:
			switch {
			case cost && ratio:
				t = transform{recip: true, p: 1, s: 1}
			case cost:
				t = transform{p: 1, s: -1}
			default:
				t = transform{p: 1, s: 1}
			}
		default:
			return fmt.Errorf("mcda: %v: %w", k, ErrNormalization)
		}
		dst[j] = t
	}
	return nil
}

// vectorNormScaled returns ‖x_j‖ computed with scaling, for columns whose
// plain sum of squares overflows or underflows.
func vectorNormScaled(m *DecisionMatrix, j int) float64 {
	rows, n := m.Dims()
	scale := 0.0
	for i := 0; i < rows; i++ {
		scale = math.Max(scale, math.Abs(m.data[i*n+j]))
	}
	if scale == 0 {
		return 0
	}
	ss := 0.0
	for i := 0; i < rows; i++ {
		v := m.data[i*n+j] / scale
		ss += v * v
	}
	return scale * math.Sqrt(ss)
}

// firstBad returns a *ValueError for the first value of column j for which
// bad reports true.
func firstBad(m *DecisionMatrix, j int, bad func(float64) bool, cause error) error {
	rows, n := m.Dims()
	for i := 0; i < rows; i++ {
		if x := m.data[i*n+j]; bad(x) {
			return &ValueError{Alternative: i, AlternativeName: m.alternatives[i], Criterion: j, CriterionName: m.criteria[j].Name, Value: x, Err: cause}
		}
	}
	panic("mcda: internal error: no offending value")
}

// Normalize returns the normalized values of m under normalization k (see
// [Normalization]; NormalizationDefault means NormalizationVector), one row
// per alternative, oriented so that larger is better on every criterion.
// If dst is nil a new matrix is allocated; otherwise dst must be m's size.
//
// It returns a [*ValueError] for values that k cannot take (see
// [Normalization]) and [ErrNormalization] for an unknown k.
// It panics if dst is not nil and its size differs from m's.
func Normalize(dst *mat.Dense, m *DecisionMatrix, k Normalization) (*mat.Dense, error) {
	rows, n := m.Dims()
	if dst == nil {
		dst = mat.NewDense(rows, n, nil)
	} else if r, c := dst.Dims(); r != rows || c != n {
		panic("mcda: Normalize: dst has the wrong size")
	}
	if k == NormalizationDefault {
		k = NormalizationVector
	}
	if !k.valid() {
		return nil, fmt.Errorf("mcda: %v: %w", k, ErrNormalization)
	}
	var st colStats
	ts, err := prepareTransforms(&st, nil, k, m)
	if err != nil {
		return nil, err
	}
	for i := 0; i < rows; i++ {
		for j, t := range ts {
			dst.Set(i, j, t.apply(m.data[i*n+j]))
		}
	}
	return dst, nil
}
