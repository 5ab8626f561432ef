package ahp

import (
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
	Eigen PriorityMethod = iota
	// GeometricMean is the normalized row geometric mean, the logarithmic
	// least squares solution (Crawford & Williams 1985):
	//
	//	w_i ∝ (Π_j a_ij)^(1/n)
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
// the rare fallback described at [Solver.Priorities]). It must not be used
// concurrently.
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

	work []float64 // 2n: iterate and product
	eig  mat.Eigen
}

// Priorities stores in dst the priorities of the items of m by the solver's
// Method and returns dst. Priorities are positive and sum to 1 (up to
// rounding). If dst is nil a new slice is allocated. It panics if dst is not
// nil and len(dst) != m.Len(), or if Method is not a defined method.
//
// The eigenvector is found by power iteration started from the geometric
// mean vector; a positive matrix has a simple dominant eigenvalue, so it
// converges (Perron-Frobenius). If it has not converged within
// MaxIterations, the eigenvector is taken from gonum's [mat.Eigen]
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
		geometricMean(dst, m)
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
func (s *Solver) LambdaMax(m *Matrix) float64 {
	n := m.n
	if n <= 2 {
		return float64(n)
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
// the principal eigenvalue. w may alias s.work[:n].
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
	tol := s.Tolerance
	if !(tol > 0) {
		tol = DefaultTolerance
	}
	maxIter := s.MaxIterations
	if maxIter <= 0 {
		maxIter = DefaultMaxIterations
	}
	s.grow(n)
	y := s.work[n : 2*n]
	geometricMean(w, m)
	lambda := 0.0
	for range maxIter {
		// y = A w; with Σ w = 1, Σ y → λmax.
		lambda = 0
		for i := range n {
			row := m.a[i*n : i*n+n]
			var sum float64
			for j, v := range row {
				sum += v * w[j]
			}
			y[i] = sum
			lambda += sum
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
	if l, ok := s.eigenDense(w, m); ok {
		return l
	}
	return lambda
}

// eigenDense computes the principal eigenpair with a dense
// eigendecomposition. It reports whether it succeeded; on failure w is left
// unchanged.
func (s *Solver) eigenDense(w []float64, m *Matrix) (float64, bool) {
	n := m.n
	if !s.eig.Factorize(mat.NewDense(n, n, append([]float64(nil), m.a...)), mat.EigenRight) {
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

// geometricMean stores the normalized row geometric means of m in w.
func geometricMean(w []float64, m *Matrix) {
	n := m.n
	hi := math.Inf(-1)
	for i := range n {
		var l float64
		for _, v := range m.a[i*n : i*n+n] {
			l += math.Log(v)
		}
		l /= float64(n)
		w[i] = l
		hi = max(hi, l)
	}
	var sum float64
	for i := range n {
		w[i] = math.Exp(w[i] - hi) // in (0, 1], and 1 for the largest
		sum += w[i]
	}
	for i := range n {
		w[i] /= sum
	}
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
