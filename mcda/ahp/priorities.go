package ahp

import (
	"context"
	"fmt"
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/mat"
)

// PriorityMethod selects how priorities are derived from a matrix. The zero
// value is [Eigen].
type PriorityMethod int

const (
	// Eigen is the principal right eigenvector of A, normalized to sum 1
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
	Eigen PriorityMethod = iota
	// GeometricMean is the normalized row geometric mean, the logarithmic
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
	GeometricMean
)

// String returns "eigen" or "geometric", the names accepted by
// [ParsePriorityMethod].
func (p PriorityMethod) String() string {
	switch p {
	case Eigen:
		return "eigen"
	case GeometricMean:
		return "geometric"
	}
	return fmt.Sprintf("PriorityMethod(%d)", int(p))
}

// ParsePriorityMethod returns the method named s: "eigen" or "geometric".
// The error wraps [ErrUnknownMethod].
func ParsePriorityMethod(s string) (PriorityMethod, error) {
	switch s {
	case "eigen":
		return Eigen, nil
	case "geometric":
		return GeometricMean, nil
	}
	return 0, fmt.Errorf("ahp: priority method %q: %w", s, ErrUnknownMethod)
}

// Default settings of a [Solver].
const (
	DefaultTolerance     = 1e-14
	DefaultMaxIterations = 1000
)

// A Solver computes priorities and the principal eigenvalue of pairwise
// comparison matrices. The zero value is ready to use: eigenvector
// priorities, tolerance [DefaultTolerance], at most [DefaultMaxIterations]
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
	// Default (zero value): Eigen.
	Method PriorityMethod
	// Tolerance stops the power iteration when no component of the
	// normalized vector changes by more than Tolerance between iterations.
	// Default (zero or negative): DefaultTolerance.
	Tolerance float64
	// MaxIterations bounds the power iteration before falling back to a
	// dense eigendecomposition. Default (zero or negative):
	// DefaultMaxIterations.
	MaxIterations int

	work []float64 // 3n: iterate, product, scratch
	lap  []float64 // n×n or k×k: Cholesky factor
	comp completionWork
	eig  mat.Eigen
}

// Priorities stores in dst the priorities of the items of m by the solver's
// Method and returns dst. Priorities are positive and sum to 1 (up to
// rounding). If dst is nil a new slice is allocated. It panics if dst is not
// nil and len(dst) != m.Len(), or if Method is not a defined method.
//
// An incomplete matrix is handled as each [PriorityMethod] describes
// (Harker's method for Eigen, logarithmic least squares for
// GeometricMean); to derive priorities from the optimal completion
// instead, call [Solver.OptimalCompletion] first.
//
// The eigenvector is found by power iteration started from the geometric
// mean (logarithmic least squares) vector; a positive matrix, and Harker's
// nonnegative matrix of a connected graph, have a simple dominant
// eigenvalue, so it converges (Perron-Frobenius). If it has not converged
// within MaxIterations, the eigenvector is taken from gonum's [mat.Eigen]
// instead (which allocates), and if that fails too the last iterate is
// returned.
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
	case Eigen:
		s.eigen(dst, m)
	case GeometricMean:
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
		geometricMean(w, m)
	} else {
		s.llsm(context.Background(), w, m)
	}
	return s.perron(context.Background(), w, m.a, n, m.miss, false)
}

// perron stores in w the normalized principal right eigenvector of
// M = A + diag(extra) (or the left one, of Mᵀ, when left is true), where A
// is the n×n row-major matrix a and extra may be nil, and returns the
// principal eigenvalue. w holds the positive starting vector, normalized
// to sum 1. It runs the power iteration and falls back to a dense
// eigendecomposition if that has not converged. w must not alias
// s.work[n:], and s.grow(n) must have been called. When ctx is done it
// stops, checking about every million multiplications, and returns the
// current iterate; the caller reports ctx.Err().
func (s *Solver) perron(ctx context.Context, w, a []float64, n int, extra []int, left bool) float64 {
	tol := s.Tolerance
	if !(tol > 0) {
		tol = DefaultTolerance
	}
	maxIter := s.MaxIterations
	if maxIter <= 0 {
		maxIter = DefaultMaxIterations
	}
	y := s.work[n : 2*n]
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
			for i := range n {
				var sum float64
				for j, v := range a[i*n : i*n+n] {
					sum += v * w[j]
				}
				y[i] = sum
			}
		}
		lambda = 0
		for i := range n {
			if extra != nil {
				y[i] += float64(extra[i]) * w[i]
			}
			lambda += y[i]
		}
		diff := 0.0
		for i := range n {
			v := y[i] / lambda
			diff = max(diff, math.Abs(v-w[i]))
			w[i] = v
		}
		if diff <= tol {
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
	return lambda
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
// For GeometricMean they are those of the row geometric mean or of the
// logarithmic least squares solution. For Eigen the matrix is first
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
	if method == GeometricMean || n == 1 {
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
// in a new slice. See [Solver.Priorities]. It panics if method is not a
// defined method.
func (m *Matrix) Priorities(method PriorityMethod) []float64 {
	s := Solver{Method: method}
	return s.Priorities(nil, m)
}

// LambdaMax returns the principal eigenvalue of m. See [Solver.LambdaMax].
func (m *Matrix) LambdaMax() float64 {
	var s Solver
	return s.LambdaMax(m)
}
