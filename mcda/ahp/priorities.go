package ahp

import (
	"context"
	"fmt"
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/mat"
)

// PriorityMethod selects how priorities are derived from a matrix. The zero
// value is [PriorityEigen].
//
// Its values are [PriorityEigen] and [PriorityGeometricMean].
type PriorityMethod int

const (
	// PriorityEigen is the principal right eigenvector of A, normalized to sum 1
	// (Saaty 1977, 1980):
	//
	//	A w = λmax w,  Σ w_i = 1
	//
	// For an incomplete matrix it is Harker's (1987) method: the principal
	// eigenvector of the matrix B that has b_ij = 0 for a missing a_ij,
	// b_ii = 1 + m_i where m_i is the number of missing entries in row i,
	// and b_ij = a_ij otherwise:
	//
	//	B w = λ w,  Σ w_i = 1
	//
	// Completing A with a_ij = w_i/w_j for the missing entries gives a
	// matrix with the same principal eigenpair (λ, w).
	PriorityEigen PriorityMethod = iota
	// PriorityGeometricMean is the normalized row geometric mean, the logarithmic
	// least squares solution (Crawford & Williams 1985):
	//
	//	w_i ∝ (Π_j a_ij)^(1/n)
	//
	// For an incomplete matrix it is the logarithmic least squares solution
	// over the known entries (Kwiesielewicz 1996; Bozóki, Fülöp & Rónyai
	// 2010): y = ln w minimizes Σ_{known i,j} (ln a_ij - y_i + y_j)², that
	// is, solves L y = r with L the Laplacian of the graph of known pairs
	// and r_i = Σ_{j known} ln a_ij, normalized so that Σ w_i = 1. For a
	// complete matrix L = nI - 11ᵀ and the two definitions agree.
	//
	// It is computed through logarithms, so it cannot overflow.
	PriorityGeometricMean
)

// String returns "eigen" or "geometric", the names accepted by
// [ParsePriorityMethod].
func (p PriorityMethod) String() string {
	switch p {
	case PriorityEigen:
		return "eigen"
	case PriorityGeometricMean:
		return "geometric"
	}
	return fmt.Sprintf("PriorityMethod(%d)", int(p))
}

// ParsePriorityMethod returns the method named s: "eigen" or "geometric".
// The error wraps [ErrUnknownMethod].
func ParsePriorityMethod(s string) (PriorityMethod, error) {
	switch s {
	case "eigen":
		return PriorityEigen, nil
	case "geometric":
		return PriorityGeometricMean, nil
	}
	return 0, fmt.Errorf("ahp: priority method %q: %w", s, ErrUnknownMethod)
}

// Default settings of a [Solver].
const (
	DefaultSolverTolerance     = 1e-14
	DefaultSolverMaxIterations = 1000
)

// A Solver computes priorities and the principal eigenvalue of pairwise
// comparison matrices. The zero value is ready to use: eigenvector
// priorities, tolerance [DefaultSolverTolerance], at most [DefaultSolverMaxIterations]
// power iterations.
//
// A Solver reuses internal storage between calls, so that after the first
// call on a matrix of a given size its methods allocate nothing (except in
// the rare fallback described at [Solver.Priorities], and for the optimal
// completion of an incomplete matrix that [Solver.LambdaMax],
// [Solver.Consistency] and [Solver.OptimalCompletion] compute). It must not
// be used concurrently.
type Solver struct {
	// Method selects the priority method of [Solver.Priorities].
	// Default (zero value): PriorityEigen.
	Method PriorityMethod
	// Tolerance stops the power iteration when no component of the
	// normalized vector changes by more than Tolerance between iterations.
	// Default (zero or negative): DefaultSolverTolerance.
	Tolerance float64
	// MaxIterations bounds each phase of the power iteration (see
	// [Solver.Priorities]), in steps of the matrix, before falling back
	// to a dense eigendecomposition. Default (zero or negative):
	// DefaultSolverMaxIterations.
	MaxIterations int

	work []float64 // 3n: iterate, product, scratch
	lap  []float64 // n×n or k×k: Cholesky factor
	sq   []float64 // 2n×n for n <= powerMax: M, M², M⁴
	comp completionWork
	eig  mat.Eigen
}

// Priorities stores in dst the priorities of the items of m by the solver's
// Method and returns dst. Priorities are positive and sum to 1 (up to
// rounding). If dst is nil a new slice is allocated. It panics if dst is not
// nil and len(dst) != m.Len(), or if Method is not a defined method.
//
// An incomplete matrix is handled as each [PriorityMethod] describes
// (Harker's method for PriorityEigen, logarithmic least squares for
// PriorityGeometricMean); to derive priorities from the optimal completion
// instead, call [Solver.OptimalCompletion] first.
//
// The eigenvector is found by power iteration started from the geometric
// mean (logarithmic least squares) vector; a positive matrix, and Harker's
// nonnegative matrix of a connected graph, have a simple dominant
// eigenvalue, so it converges (Perron-Frobenius). For n <= 16 the
// iteration runs on M⁴ first (two squarings, 2n³, in place of three
// steps of four) until a step changes no component by more than
// Tolerance, then on M until one step of M does too: the convergence test,
// and so the bound below, are those of the plain iteration, which usually
// needs one more step. Each phase takes at
// most MaxIterations steps of M. If it has not converged, the eigenvector
// is taken from gonum's [mat.Eigen] instead (which allocates), and if
// that fails too the last iterate is returned. The work is O(n²) per
// step; an inconsistent 9×9 Saaty matrix takes about 40 steps, a
// 1000×1000 one about 10.
//
// Error bound: the last step w ← Mw/Σ(Mw) changes no component by more
// than ε = Tolerance, so every ratio r_i = (Mw)_i/w_i lies within a
// factor 1 ± η of Σ(Mw), η = ε/min_k w_k, and Σ(Mw) is λmax to that
// relative accuracy (Collatz-Wielandt: min r_i <= λmax <= max r_i). For a
// complete matrix, M = A is positive and contracts Hilbert's projective
// metric d by τ <= (R − 1)/(R + 1), R = max a_ij/min a_ij (Birkhoff,
// 1957), so the returned vector is within d <= τ/(1 − τ)·log((1 + η)/(1 − η))
// <= (R − 1)·η/(1 − η) of the exact eigenvector v: with both normalized,
// every w_i/v_i lies within a factor exp((R − 1)·η/(1 − η)) of 1, up to
// the rounding of the n-term products (about n·2⁻⁵³). For the 1-9 scale
// (R = 81), n = 9 and the default tolerance that is about 1e-10 in the
// worst case; in practice the priorities agree with a dense
// eigendecomposition to 1e-13.
//
// Special cases are:
//
//	n = 1: w = [1]
//	n = 2: w = [a_12, 1] / (1 + a_12) by both methods
func (s *Solver) Priorities(dst []float64, m *Matrix) []float64 {
	n := m.n
	if dst == nil {
		dst = make([]float64, n)
	}
	if len(dst) != n {
		panic("ahp: dst length does not match matrix size")
	}
	switch s.Method {
	case PriorityEigen:
		s.eigen(dst, m)
	case PriorityGeometricMean:
		if m.miss == nil {
			geometricMean(dst, m)
		} else {
			s.grow(n)
			s.llsm(context.Background(), dst, m)
		}
	default:
		panic("ahp: unknown priority method")
	}
	return dst
}

// LambdaMax returns the principal eigenvalue λmax of m, which is at least n
// for every positive reciprocal matrix and equals n exactly when m is
// consistent (a_ij·a_jk = a_ik). Rounding errors that would put it below n
// are clamped to n; for n <= 2 it is exactly n. It does not depend on the
// solver's Method.
//
// For an incomplete matrix it is λmax of the optimal completion (see
// [Solver.OptimalCompletion]), the smallest λmax of any completion, which
// is at most the eigenvalue λ of Harker's matrix. Computing that
// completion allocates.
func (s *Solver) LambdaMax(m *Matrix) float64 {
	n := m.n
	if n <= 2 {
		return float64(n)
	}
	if m.miss != nil {
		// complete leaves a finite reciprocal matrix even on error.
		_ = s.complete(context.Background(), m)
		m = &Matrix{n: n, a: s.comp.a}
	}
	s.grow(n)
	lambda := s.eigen(s.work[:n], m)
	return max(lambda, float64(n))
}

// grow makes work at least 3n long.
func (s *Solver) grow(n int) {
	if cap(s.work) < 3*n {
		s.work = make([]float64, 3*n)
	}
	s.work = s.work[:3*n]
}

// eigen stores the normalized principal eigenvector of m in w and returns
// the principal eigenvalue: of Harker's matrix if m is incomplete. w may
// alias s.work[:n].
func (s *Solver) eigen(w []float64, m *Matrix) float64 {
	n := m.n
	switch n {
	case 1:
		w[0] = 1
		return 1
	case 2:
		w[0] = m.a[1] / (1 + m.a[1])
		w[1] = 1 / (1 + m.a[1])
		return 2
	}
	s.grow(n)
	if m.miss == nil {
		geometricStart(w, m)
	} else {
		s.llsm(context.Background(), w, m)
	}
	return s.perron(context.Background(), w, m.a, n, m.miss, false)
}

// geometricStart stores in w the normalized row geometric means of the
// complete matrix m, as geometricMean does, but with one logarithm per
// run of entries whose product cannot overflow or underflow rather than
// one per entry: the power iteration's starting vector needs no more
// than a few correct digits.
func geometricStart(w []float64, m *Matrix) {
	n := m.n
	big := 1.0 // the largest entry, and 1/big the smallest: m is reciprocal
	for _, v := range m.a {
		big = max(big, v)
	}
	// A product of k entries lies in [big⁻ᵏ, bigᵏ].
	run := n
	if e := math.Log2(big); e*float64(n) > 1000 {
		run = max(int(1000/e), 1)
	}
	for i := range n {
		row := m.a[i*n : i*n+n]
		var l float64
		for len(row) > 0 {
			k := min(run, len(row))
			p := 1.0
			for _, v := range row[:k] {
				p *= v
			}
			l += math.Log(p)
			row = row[k:]
		}
		w[i] = l / float64(n)
	}
	expNormalizeLogs(w)
}

// perron stores in w the normalized principal right eigenvector of
// M = A + diag(extra) (or the left one, of Mᵀ, when left is true), where A
// is the n×n row-major matrix a and extra may be nil, and returns the
// principal eigenvalue. w holds the positive starting vector, normalized
// to sum 1. It runs the power iteration, on M⁴ first when n <= powerMax
// (see [Solver.Priorities]), and falls back to a dense eigendecomposition
// if that has not converged. w must not alias s.work[n:], and s.grow(n)
// must have been called. When ctx is done it stops, checking about every
// million multiplications, and returns the current iterate; the caller
// reports ctx.Err().
func (s *Solver) perron(ctx context.Context, w, a []float64, n int, extra []int, left bool) float64 {
	tol := s.Tolerance
	if !(tol > 0) {
		tol = DefaultSolverTolerance
	}
	maxIter := s.MaxIterations
	if maxIter <= 0 {
		maxIter = DefaultSolverMaxIterations
	}
	y := s.work[n : 2*n]
	if n <= powerMax {
		if b := s.power4(a, n, extra, left); b != nil {
			// Each step is four steps of M; the steps of M below
			// decide convergence.
			for range (maxIter + 3) / 4 {
				matVec(y, b, w, n)
				if powerStep(w, y, 1/sum(y)) <= tol {
					break
				}
			}
		}
	}
	lambda := 0.0
	check := 0 // iterations between checks of ctx
	if ctx.Done() != nil {
		check = max(1, (1<<20)/(n*n))
	}
	for it := range maxIter {
		if check > 0 && it%check == 0 && ctx.Err() != nil {
			return lambda
		}
		// y = M w (or Mᵀ w); with Σ w = 1, Σ y → λmax.
		if left {
			clear(y)
			for i := range n {
				wi := w[i]
				for j, v := range a[i*n : i*n+n] {
					y[j] += v * wi
				}
			}
		} else {
			matVec(y, a, w, n)
		}
		if extra != nil {
			for i := range n {
				y[i] += float64(extra[i]) * w[i]
			}
		}
		lambda = sum(y)
		if powerStep(w, y, 1/lambda) <= tol {
			return lambda
		}
	}
	if check > 0 && ctx.Err() != nil {
		return lambda
	}
	b := make([]float64, n*n)
	for i := range n {
		for j := range n {
			if left {
				b[j*n+i] = a[i*n+j]
			} else {
				b[i*n+j] = a[i*n+j]
			}
		}
		if extra != nil {
			b[i*n+i] += float64(extra[i])
		}
	}
	if l, ok := s.eigenDense(w, b, n); ok {
		return l
	}
	return sum(y)
}

// powerMax is the largest order for which the power iteration runs on M⁴
// first: squaring twice costs 2n³ and saves about three quarters of the
// 20 to 40 steps of n² that an inconsistent matrix needs.
const powerMax = 16

// power4 returns M⁴ for M = A + diag(extra), or Mᵀ when left is true, in
// s.sq, or nil if an entry of M lies outside [2⁻⁶⁴, 2⁶⁴], where M⁴ could
// lose precision to underflow or overflow.
func (s *Solver) power4(a []float64, n int, extra []int, left bool) []float64 {
	nn := n * n
	if cap(s.sq) < 2*nn {
		s.sq = make([]float64, 2*nn)
	}
	m, m2 := s.sq[:nn], s.sq[nn:2*nn]
	for i := range n {
		for j := range n {
			v := a[i*n+j]
			if left {
				m[j*n+i] = v
			} else {
				m[i*n+j] = v
			}
			if !(v >= 0x1p-64 && v <= 0x1p64) {
				return nil
			}
		}
		if extra != nil {
			m[i*n+i] += float64(extra[i])
		}
	}
	matMul(m2, m, m, n)
	matMul(m, m2, m2, n)
	return m
}

// matMul stores the product of the n×n row-major matrices x and y in dst,
// which must not alias them, adding four rows of y at a time.
func matMul(dst, x, y []float64, n int) {
	for i := range n {
		row := dst[i*n : i*n+n]
		xr := x[i*n : i*n+n]
		clear(row)
		k := 0
		for ; k+4 <= n; k += 4 {
			x0, x1, x2, x3 := xr[k], xr[k+1], xr[k+2], xr[k+3]
			y0, y1, y2, y3 := y[k*n:k*n+n], y[(k+1)*n:(k+1)*n+n], y[(k+2)*n:(k+2)*n+n], y[(k+3)*n:(k+3)*n+n]
			for j := range row {
				row[j] += (x0*y0[j] + x1*y1[j]) + (x2*y2[j] + x3*y3[j])
			}
		}
		for ; k < n; k++ {
			xk, yk := xr[k], y[k*n:k*n+n]
			for j := range row {
				row[j] += xk * yk[j]
			}
		}
	}
}

// matVec stores in y the product of the n×n row-major matrix a and w,
// with four partial sums per row so that the additions overlap.
func matVec(y, a, w []float64, n int) {
	w = w[:n]
	for i := range n {
		row := a[i*n : i*n+n]
		var s0, s1, s2, s3 float64
		j := 0
		for ; j+4 <= n; j += 4 {
			s0 += row[j] * w[j]
			s1 += row[j+1] * w[j+1]
			s2 += row[j+2] * w[j+2]
			s3 += row[j+3] * w[j+3]
		}
		for ; j < n; j++ {
			s0 += row[j] * w[j]
		}
		y[i] = (s0 + s1) + (s2 + s3)
	}
}

// powerStep sets w = y·r and returns the largest change of a component.
func powerStep(w, y []float64, r float64) float64 {
	diff := 0.0
	y = y[:len(w)]
	for i, v := range y {
		v *= r
		diff = max(diff, math.Abs(v-w[i]))
		w[i] = v
	}
	return diff
}

// sum returns Σ x.
func sum(x []float64) float64 {
	var s float64
	for _, v := range x {
		s += v
	}
	return s
}

// eigenDense computes the principal right eigenpair of the n×n row-major
// matrix b (which it retains) with a dense eigendecomposition. It reports
// whether it succeeded; on failure w is left unchanged.
func (s *Solver) eigenDense(w, b []float64, n int) (float64, bool) {
	if !s.eig.Factorize(mat.NewDense(n, n, b), mat.EigenRight) {
		return 0, false
	}
	values := s.eig.Values(nil)
	k := 0
	for i, v := range values {
		if real(v) > real(values[k]) {
			k = i
		}
	}
	var vecs mat.CDense
	s.eig.VectorsTo(&vecs)
	tmp := s.work[2*n : 3*n]
	sum := 0.0
	for i := range n {
		tmp[i] = cmplx.Abs(vecs.At(i, k))
		sum += tmp[i]
	}
	if !(sum > 0) || math.IsInf(sum, 0) {
		return 0, false
	}
	for i := range n {
		if !(tmp[i] > 0) {
			return 0, false
		}
	}
	for i := range n {
		w[i] = tmp[i] / sum
	}
	return real(values[k]), true
}

// geometricMean stores the normalized row geometric means of the complete
// matrix m in w.
func geometricMean(w []float64, m *Matrix) {
	geometricLogs(w, m)
	expNormalizeLogs(w)
}

// geometricLogs stores in y the logarithms of the row geometric means of
// the complete matrix m, (1/n) Σ_j ln a_ij.
func geometricLogs(y []float64, m *Matrix) {
	n := m.n
	for i := range n {
		var l float64
		for _, v := range m.a[i*n : i*n+n] {
			l += math.Log(v)
		}
		y[i] = l / float64(n)
	}
}

// logPriorities returns the logarithms of m's priorities by method, up to
// an additive constant. Unlike the priorities, which sum to 1 and
// underflow to 0 for an item less important than another by more than the
// float64 range (possible on a widened [Scale]), the logarithms are always
// finite, so ratios of priorities and their logarithms can be formed.
//
// For PriorityGeometricMean they are those of the row geometric mean or of the
// logarithmic least squares solution. For PriorityEigen the matrix is first
// balanced by that solution y, B = D⁻¹ A D with D = diag(exp(y)), whose
// entries b_ij = a_ij exp(y_j - y_i) are the fit's ratios, near 1; the
// Perron vector of A is D u for the Perron vector u of B (Harker's
// diagonal is unchanged by the similarity), so ln w = y + ln u.
func (s *Solver) logPriorities(m *Matrix, method PriorityMethod) []float64 {
	n := m.n
	y := make([]float64, n)
	s.grow(n)
	if m.miss == nil {
		geometricLogs(y, m)
	} else {
		s.llsmLogs(context.Background(), y, m)
	}
	if method == PriorityGeometricMean || n == 1 {
		return y
	}
	b := make([]float64, n*n)
	for i := range n {
		for j := range n {
			if v := m.a[i*n+j]; v != 0 {
				b[i*n+j] = v * math.Exp(y[j]-y[i])
			}
		}
	}
	u := make([]float64, n)
	for i := range u {
		u[i] = 1 / float64(n)
	}
	s.perron(context.Background(), u, b, n, m.miss, false)
	for i := range n {
		y[i] += math.Log(u[i])
	}
	return y
}

// Priorities returns the priorities of the items of m by the given method,
// in a new slice, in item order ([Matrix.Items]); [Matrix.NamedPriorities]
// keys them by name. See [Solver.Priorities]. It panics if method is not a
// defined method.
func (m *Matrix) Priorities(method PriorityMethod) []float64 {
	s := Solver{Method: method}
	return s.Priorities(nil, m)
}

// NamedPriorities returns the priorities of [Matrix.Priorities] keyed by
// item name, for [mcda.DecisionMatrix.WithWeightsByName]: the weights then
// reach the criteria of the same names whatever the order in which the
// items were listed.
func (m *Matrix) NamedPriorities(method PriorityMethod) map[string]float64 {
	w := m.Priorities(method)
	out := make(map[string]float64, len(w))
	for i, name := range m.items {
		out[name] = w[i]
	}
	return out
}

// LambdaMax returns the principal eigenvalue of m. See [Solver.LambdaMax].
func (m *Matrix) LambdaMax() float64 {
	var s Solver
	return s.LambdaMax(m)
}
