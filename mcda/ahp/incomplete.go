package ahp

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Causes specific to incomplete matrices. Like the sentinels in errors.go
// they come wrapped in a structured error.
var (
	// ErrDisconnected: the known judgments do not link every item to every
	// other, so no priorities can be derived. Returned by a
	// [*DisconnectedError].
	ErrDisconnected = errors.New("comparison graph is not connected")
	// ErrOneSidedMissing: an entry is marked missing (0 in
	// [NewIncompleteMatrix], null in [ReadJSON]) but its mirror entry is
	// given. Returned in [EntryError.Err] at the missing entry.
	ErrOneSidedMissing = errors.New("missing entry whose mirror is given")
)

// A DisconnectedError records that the known pairs of an incomplete matrix
// do not form a connected graph: some items are linked to the first item
// by no chain of judgments. It unwraps to [ErrDisconnected] and, for
// callers written before incomplete matrices were accepted, to
// [ErrMissingJudgment] as well.
type DisconnectedError struct {
	From        string   // name of item 0, where the search starts
	Unreachable []int    // 0-based indices of the items not linked to item 0, in item order
	Names       []string // names of those items
}

func (e *DisconnectedError) Error() string {
	q := make([]string, len(e.Names))
	for i, name := range e.Names {
		q[i] = strconv.Quote(name)
	}
	return fmt.Sprintf("ahp: no judgments link %s to %q: %v", strings.Join(q, ", "), e.From, ErrDisconnected)
}

// Unwrap returns [ErrDisconnected] and [ErrMissingJudgment].
func (e *DisconnectedError) Unwrap() []error { return []error{ErrDisconnected, ErrMissingJudgment} }

// NewIncompleteMatrix is like [NewMatrix] but accepts missing entries: an
// off-diagonal 0 at both rows[i][j] and rows[j][i] marks the pair (i, j)
// as missing. The known pairs must connect all items.
//
// The error is that of [NewMatrix], an [*EntryError] with
// [ErrOneSidedMissing] for a 0 whose mirror is not 0, or a
// [*DisconnectedError]. A 0 on the diagonal is [mcda.ErrNotPositive].
func NewIncompleteMatrix(items []string, rows [][]float64, scale Scale) (*Matrix, error) {
	a, err := flatten(items, rows, scale)
	if err != nil {
		return nil, err
	}
	n := len(items)
	null := make([]bool, n*n)
	for i := range n {
		for j := range n {
			null[i*n+j] = i != j && a[i*n+j] == 0
		}
	}
	return newMasked(items, a, null, scale)
}

// finish counts the missing entries (zeros) of the canonical entries a,
// checks that the known pairs connect the items, and returns the matrix.
func finish(items []string, a []float64, scale Scale) (*Matrix, error) {
	n := len(items)
	m := &Matrix{n: n, items: append([]string(nil), items...), a: a, scale: scale}
	for i := range n {
		for j := range n {
			if a[i*n+j] == 0 {
				if m.miss == nil {
					m.miss = make([]int, n)
				}
				m.miss[i]++
				m.nmiss++
			}
		}
	}
	if m.miss == nil {
		return m, nil
	}
	m.nmiss /= 2
	// Breadth-first search over the known pairs from item 0.
	seen := make([]bool, n)
	queue := make([]int, 1, n)
	seen[0] = true
	for len(queue) > 0 {
		i := queue[0]
		queue = queue[1:]
		for j := range n {
			if !seen[j] && a[i*n+j] != 0 {
				seen[j] = true
				queue = append(queue, j)
			}
		}
	}
	var e *DisconnectedError
	for i, ok := range seen {
		if !ok {
			if e == nil {
				e = &DisconnectedError{From: items[0]}
			}
			e.Unreachable = append(e.Unreachable, i)
			e.Names = append(e.Names, items[i])
		}
	}
	if e != nil {
		return nil, e
	}
	return m, nil
}

// Complete reports whether no pair of items is missing.
func (m *Matrix) Complete() bool { return m.nmiss == 0 }

// Missing reports whether the pair (i, j) is missing, in which case
// At(i, j) and At(j, i) are 0. A diagonal entry is never missing. It panics
// if i or j is out of range.
func (m *Matrix) Missing(i, j int) bool { return m.At(i, j) == 0 }

// NumMissing returns the number of missing pairs (i, j) with i < j.
func (m *Matrix) NumMissing() int { return m.nmiss }

// llsm stores in w the logarithmic least squares priorities of the
// incomplete matrix m (Kwiesielewicz 1996; Bozóki, Fülöp & Rónyai 2010):
// y minimizes Σ over known pairs of (ln a_ij - y_i + y_j)², which means
//
//	L y = r,  r_i = Σ_{j known} ln a_ij,  Σ y_i = 0
//
// with L the Laplacian of the graph of known pairs, and w = exp(y)/Σ exp(y).
// It solves (L + 1 1ᵀ) y = r, which has the same solution and is positive
// definite when the graph is connected; for a complete matrix it is n I and
// y_i is the mean of ln a_ij, the row geometric mean.
func (s *Solver) llsm(ctx context.Context, w []float64, m *Matrix) {
	s.llsmLogs(ctx, w, m)
	expNormalizeLogs(w)
}

// llsmLogs stores in y the logarithms y of the logarithmic least squares
// priorities of the incomplete matrix m (see llsm), with Σ y_i = 0.
func (s *Solver) llsmLogs(ctx context.Context, w []float64, m *Matrix) {
	n := m.n
	s.lap = growTo(s.lap, n*n)
	l := s.lap
	for i := range n {
		var r float64
		for j := range n {
			v := m.a[i*n+j]
			switch {
			case i == j:
				l[i*n+j] = float64(n - m.miss[i])
			case v == 0:
				l[i*n+j] = 1
			default:
				l[i*n+j] = 0
				r += math.Log(v)
			}
		}
		w[i] = r
	}
	if !cholSolve(ctx, l, n, w) {
		// Unreachable for a connected graph unless ctx is done; keep a
		// defined result.
		for i := range n {
			var r float64
			for j := range n {
				if v := m.a[i*n+j]; v != 0 {
					r += math.Log(v)
				}
			}
			w[i] = r / float64(n-m.miss[i])
		}
	}
}

// expNormalizeLogs replaces the logarithms in w by exp(w_i)/Σ exp(w_j), without
// overflow.
func expNormalizeLogs(w []float64) {
	hi := math.Inf(-1)
	for _, l := range w {
		hi = max(hi, l)
	}
	for i := range w {
		w[i] = math.Exp(w[i] - hi) // in (0, 1], and 1 for the largest
	}
	normalize(w)
}

// cholSolve overwrites b with the solution of a x = b for the symmetric
// positive definite n×n matrix a (row major), which it overwrites with its
// Cholesky factor. It reports false, leaving b unspecified, if a is not
// numerically positive definite or ctx is done (checked at every column).
func cholSolve(ctx context.Context, a []float64, n int, b []float64) bool {
	for j := range n {
		if ctx.Done() != nil && ctx.Err() != nil {
			return false
		}
		d := a[j*n+j]
		for k := range j {
			d -= a[j*n+k] * a[j*n+k]
		}
		if !(d > 0) {
			return false
		}
		d = math.Sqrt(d)
		a[j*n+j] = d
		for i := j + 1; i < n; i++ {
			v := a[i*n+j]
			for k := range j {
				v -= a[i*n+k] * a[j*n+k]
			}
			a[i*n+j] = v / d
		}
	}
	for i := range n { // L z = b
		v := b[i]
		for k := range i {
			v -= a[i*n+k] * b[k]
		}
		b[i] = v / a[i*n+i]
	}
	for i := n - 1; i >= 0; i-- { // Lᵀ x = z
		v := b[i]
		for k := i + 1; k < n; k++ {
			v -= a[k*n+i] * b[k]
		}
		b[i] = v / a[i*n+i]
	}
	return true
}

// Settings of the optimal completion.
const (
	// completionGradTol stops the Newton iteration when no component of
	// the gradient of λmax with respect to ln x exceeds it. The gradient
	// is computed from eigenvectors accurate to about 1e-14.
	completionGradTol = 1e-11
	// completionMaxIter bounds the Newton iterations.
	completionMaxIter = 100
	// newtonMaxPairs is the largest number of missing pairs solved by
	// Newton's method with a finite-difference Hessian (k gradient
	// evaluations and an O(k³) factorization per step, k² storage, at
	// most 64² values); beyond it the limited-memory BFGS method (Nocedal
	// & Wright 2006, Algorithm 7.4) is used, with lbfgsMemory correction
	// pairs (O(k) storage and time per step besides the gradient), for at
	// most bfgsMaxIter steps.
	newtonMaxPairs = 64
	bfgsMaxIter    = 500
	lbfgsMemory    = 8
	// completionStep is the forward-difference step in ln x for the
	// Hessian.
	completionStep = 1e-6
	// maxLogEntry keeps every working entry finite: |ln x| <= 700.
	maxLogEntry = 700
)

// completionWork is the workspace of the optimal completion. Its size is
// O(n² + k): the n×n working matrix, a few vectors of n and of k, the
// L-BFGS history of lbfgsMemory pairs of k-vectors, and a Hessian of k²
// values only when k <= newtonMaxPairs.
type completionWork struct {
	pairs          []int     // i*n+j (i < j) of each missing pair
	t, t2, g, g2   []float64 // ln x and gradients, one per missing pair
	d, h           []float64 // step; Newton's Hessian, k×k with k <= newtonMaxPairs
	ls, ly         []float64 // L-BFGS steps and gradient changes, lbfgsMemory×k
	lrho, lalpha   []float64 // L-BFGS 1/yᵀs and two-loop coefficients
	lcount, lnext  int       // stored L-BFGS pairs, and the slot of the next
	a              []float64 // n×n working matrix
	w, v, w2, v2   []float64 // right and left Perron vectors (and copies)
	completedScale Scale
}

// growTo returns s resliced to length n, or a new slice if its capacity is
// too small.
func growTo(s []float64, n int) []float64 {
	if cap(s) < n {
		return make([]float64, n)
	}
	return s[:n]
}

// OptimalCompletion returns the complete matrix whose missing entries x
// minimize the principal eigenvalue λmax over all completions of m
// (Bozóki, Fülöp & Rónyai 2010), with the known entries unchanged. It
// returns m itself if m is complete.
//
// With x_ij = exp(t_ij), λmax is a strictly convex function of t when the
// known pairs connect the items, so the optimal completion exists and is
// unique. It is found by Newton's method (by the limited-memory BFGS
// method above 64 missing pairs) from the logarithmic least squares
// completion; the missing entries are accurate to about 1e-9 (relative)
// unless hundreds of pairs are missing, when the iteration limit may stop
// it earlier with a smaller but not minimal λmax.
//
// Completed entries may lie outside m's scale: the result's Scale is then
// widened to the smallest interval that contains both m's scale and every
// completed entry (an unwidened result keeps m's Scale). The error is an
// [*EntryError] wrapping [ErrScale] (reported at the first such entry
// above the diagonal) only if a completed entry falls outside
// [MinScale, MaxScale], or ctx.Err() wrapped if ctx is done first; it
// checks ctx between the steps of every power iteration and
// factorization, so it returns within milliseconds of a cancellation.
//
// Resources, for n items and k missing pairs: memory O(n² + k) (the
// working matrix and O(1) vectors of n and of k; the Newton Hessian
// below 64 pairs is at most 64² values), so no storage grows as k². Time
// O(n³) for the logarithmic least squares start, then per step
// O(n²·p) for the p power iterations of each λmax evaluation, times k
// evaluations per Newton step (k <= 64) or a few per L-BFGS step, for at
// most 100 Newton or 500 L-BFGS steps.
//
// OptimalCompletion allocates the result, and uses the Solver's Tolerance
// and MaxIterations for each eigenvector.
func (s *Solver) OptimalCompletion(ctx context.Context, m *Matrix) (*Matrix, error) {
	if m.Complete() {
		return m, nil
	}
	if err := s.complete(ctx, m); err != nil {
		return nil, err
	}
	c := &s.comp
	a := append([]float64(nil), c.a...)
	return &Matrix{n: m.n, items: m.Items(), a: a, scale: c.completedScale}, nil
}

// OptimalCompletion returns the optimal completion of m. See
// [Solver.OptimalCompletion].
func (m *Matrix) OptimalCompletion(ctx context.Context) (*Matrix, error) {
	var s Solver
	return s.OptimalCompletion(ctx, m)
}

// canceled wraps the error of a done ctx.
func canceled(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("ahp: optimal completion: %w", err)
	}
	return nil
}

// complete stores the optimal completion of the incomplete matrix m in
// s.comp.a and its scale in s.comp.completedScale. The working matrix is
// finite and reciprocal even when the error is not nil.
func (s *Solver) complete(ctx context.Context, m *Matrix) error {
	n, k := m.n, m.nmiss
	s.grow(n)
	c := &s.comp
	c.a = growTo(c.a, n*n)
	copy(c.a, m.a)
	if cap(c.pairs) < k {
		c.pairs = make([]int, 0, k)
	}
	c.pairs = c.pairs[:0]
	for i := range n {
		for j := i + 1; j < n; j++ {
			if m.a[i*n+j] == 0 {
				c.pairs = append(c.pairs, i*n+j)
			}
		}
	}
	for _, p := range []*[]float64{&c.t, &c.t2, &c.g, &c.g2, &c.d} {
		*p = growTo(*p, k)
	}
	newton := k <= newtonMaxPairs
	if newton {
		c.h = growTo(c.h, k*k)
	} else {
		c.ls = growTo(c.ls, lbfgsMemory*k)
		c.ly = growTo(c.ly, lbfgsMemory*k)
		c.lrho = growTo(c.lrho, lbfgsMemory)
		c.lalpha = growTo(c.lalpha, lbfgsMemory)
		c.lcount, c.lnext = 0, 0
	}
	for _, p := range []*[]float64{&c.w, &c.v, &c.w2, &c.v2} {
		*p = growTo(*p, n)
	}

	// Start from the logarithmic least squares completion, x_ij = w_i/w_j,
	// and v = 1/w, the left Perron vector of a consistent matrix.
	s.llsm(ctx, c.w, m)
	for p, idx := range c.pairs {
		i, j := idx/n, idx%n
		c.t[p] = clampLog(math.Log(c.w[i] / c.w[j]))
	}
	// w_i may have underflowed to 0 when the judgments span more than the
	// float64 range; v is only a starting vector, so bound it.
	for i := range n {
		c.v[i] = 1 / max(c.w[i], 1e-300)
	}
	normalize(c.v)
	setEntries(c.a, n, c.pairs, c.t)
	if err := canceled(ctx); err != nil {
		return err
	}
	lambda := s.evalCompletion(ctx, c.a, n, c.w, c.v, c.g)

	maxIter := completionMaxIter
	if !newton {
		maxIter = bfgsMaxIter
	}
	for range maxIter {
		if err := canceled(ctx); err != nil {
			return err
		}
		gmax := maxAbs(c.g)
		if gmax <= completionGradTol {
			break
		}
		if !newton {
			lbfgsDirection(c, k)
		}
		if newton {
			// Hessian by forward differences of the gradient.
			for q := range k {
				copy(c.w2, c.w)
				copy(c.v2, c.v)
				tq := c.t[q]
				c.t[q] = tq + completionStep
				setEntries(c.a, n, c.pairs[q:q+1], c.t[q:q+1])
				s.evalCompletion(ctx, c.a, n, c.w2, c.v2, c.g2)
				c.t[q] = tq
				setEntries(c.a, n, c.pairs[q:q+1], c.t[q:q+1])
				for p := range k {
					c.h[p*k+q] = (c.g2[p] - c.g[p]) / completionStep
				}
			}
			var trace float64
			for p := range k {
				trace += math.Abs(c.h[p*k+p])
				for q := p + 1; q < k; q++ {
					v := (c.h[p*k+q] + c.h[q*k+p]) / 2
					c.h[p*k+q], c.h[q*k+p] = v, v
				}
			}
			if !s.newtonStep(ctx, k, trace) {
				break
			}
		}
		// Backtracking line search on λmax, accepting a step near the
		// optimum when λmax is flat to rounding but the gradient shrinks.
		var slope float64
		for p := range k {
			slope += c.g[p] * c.d[p]
		}
		accepted := false
		for alpha := 1.0; alpha > 1e-10; alpha /= 2 {
			if ctx.Err() != nil {
				break
			}
			for p := range k {
				c.t2[p] = clampLog(c.t[p] + alpha*c.d[p])
			}
			setEntries(c.a, n, c.pairs, c.t2)
			copy(c.w2, c.w)
			copy(c.v2, c.v)
			l2 := s.evalCompletion(ctx, c.a, n, c.w2, c.v2, c.g2)
			if l2 <= lambda+1e-4*alpha*slope || (l2 <= lambda*(1+1e-14) && maxAbs(c.g2) < gmax) {
				lambda = l2
				if !newton {
					lbfgsUpdate(c, k)
				}
				copy(c.t, c.t2)
				copy(c.w, c.w2)
				copy(c.v, c.v2)
				copy(c.g, c.g2)
				accepted = true
				break
			}
		}
		if !accepted {
			break
		}
	}
	setEntries(c.a, n, c.pairs, c.t)
	if err := canceled(ctx); err != nil {
		return err
	}

	lo, hi := m.scale.Bounds()
	clo, chi := lo, hi
	for _, idx := range c.pairs {
		i, j := idx/n, idx%n
		x := c.a[idx]
		if !(x >= MinScale && x <= MaxScale && 1/x >= MinScale && 1/x <= MaxScale) {
			return &EntryError{Row: i, Col: j, RowItem: m.items[i], ColItem: m.items[j], Value: x,
				Err: fmt.Errorf("%w [1/%.4g, %.4g] of the completion", ErrScale, 1/MinScale, MaxScale)}
		}
		clo = min(clo, x, 1/x)
		chi = max(chi, x, 1/x)
	}
	c.completedScale = m.scale
	if clo < lo || chi > hi {
		c.completedScale = Scale{Min: clo, Max: chi}
	}
	return nil
}

// lbfgsDirection stores in c.d the L-BFGS step -H g by the two-loop
// recursion (Nocedal & Wright 2006, Algorithm 7.4) over the stored pairs,
// with H₀ = sᵀy/yᵀy·I from the newest pair (I before the first), scaled
// so that no component exceeds 1 in magnitude. If that is not a descent
// direction it forgets the pairs and uses -g.
func lbfgsDirection(c *completionWork, k int) {
	q := c.d
	for p := range k {
		q[p] = c.g[p]
	}
	slot := func(back int) int { return (c.lnext - 1 - back + 2*lbfgsMemory) % lbfgsMemory }
	for b := range c.lcount { // newest first
		r := slot(b)
		sv, yv := c.ls[r*k:r*k+k], c.ly[r*k:r*k+k]
		a := c.lrho[r] * dot(sv, q)
		c.lalpha[r] = a
		for p := range k {
			q[p] -= a * yv[p]
		}
	}
	if c.lcount > 0 {
		r := slot(0)
		yv := c.ly[r*k : r*k+k]
		gamma := 1 / (c.lrho[r] * dot(yv, yv)) // sᵀy / yᵀy
		for p := range k {
			q[p] *= gamma
		}
	}
	for b := c.lcount - 1; b >= 0; b-- { // oldest first
		r := slot(b)
		sv, yv := c.ls[r*k:r*k+k], c.ly[r*k:r*k+k]
		beta := c.lrho[r] * dot(yv, q)
		for p := range k {
			q[p] += (c.lalpha[r] - beta) * sv[p]
		}
	}
	for p := range k {
		q[p] = -q[p]
	}
	if !(dot(q, c.g) < 0) || hasNonFinite(q) {
		c.lcount = 0
		for p := range k {
			q[p] = -c.g[p]
		}
	}
	if big := maxAbs(q); big > 1 {
		for p := range k {
			q[p] /= big
		}
	}
}

// lbfgsUpdate stores the pair s = t2 - t, y = g2 - g, replacing the
// oldest when lbfgsMemory are stored, unless yᵀs is not positive (then
// the pair would not keep H positive definite and is skipped).
func lbfgsUpdate(c *completionWork, k int) {
	r := c.lnext
	sv, yv := c.ls[r*k:r*k+k], c.ly[r*k:r*k+k]
	var ys float64
	for p := range k {
		sv[p] = c.t2[p] - c.t[p]
		yv[p] = c.g2[p] - c.g[p]
		ys += sv[p] * yv[p]
	}
	if !(ys > 0) || math.IsInf(ys, 0) {
		return
	}
	c.lrho[r] = 1 / ys
	c.lnext = (r + 1) % lbfgsMemory
	c.lcount = min(c.lcount+1, lbfgsMemory)
}

// dot returns Σ x_i y_i.
func dot(x, y []float64) float64 {
	var d float64
	for i, v := range x {
		d += v * y[i]
	}
	return d
}

// newtonStep stores in c.d the step -(H + μI)⁻¹ g, with the smallest μ in
// 0, 1e-10·tr, 1e-8·tr, ... that makes the matrix positive definite, and
// with no component above 1 in magnitude. It reports false if no μ works.
func (s *Solver) newtonStep(ctx context.Context, k int, trace float64) bool {
	c := &s.comp
	s.lap = growTo(s.lap, k*k)
	f := s.lap
	mu := 0.0
	for range 12 {
		copy(f, c.h)
		for p := range k {
			f[p*k+p] += mu
			c.d[p] = -c.g[p]
		}
		if cholSolve(ctx, f, k, c.d) && !hasNonFinite(c.d) {
			if big := maxAbs(c.d); big > 1 {
				for p := range k {
					c.d[p] /= big
				}
			}
			return true
		}
		if mu == 0 {
			mu = 1e-10 * max(trace, 1)
		} else {
			mu *= 100
		}
	}
	return false
}

// evalCompletion returns λmax of the complete n×n matrix a and stores its
// right and left Perron vectors in w and v (which hold the starting
// vectors) and, if g is not nil, the gradient of λmax with respect to the
// logarithms of the missing entries s.comp.pairs:
//
//	∂λ/∂t_ij = (v_i a_ij w_j - v_j a_ji w_i) / vᵀw
func (s *Solver) evalCompletion(ctx context.Context, a []float64, n int, w, v, g []float64) float64 {
	lambda := s.perron(ctx, w, a, n, nil, false)
	if g == nil {
		return lambda
	}
	s.perron(ctx, v, a, n, nil, true)
	var vw float64
	for i := range n {
		vw += v[i] * w[i]
	}
	for p, idx := range s.comp.pairs {
		i, j := idx/n, idx%n
		g[p] = (v[i]*a[idx]*w[j] - v[j]*a[j*n+i]*w[i]) / vw
	}
	return lambda
}

// setEntries sets a_ij = exp(t_p) and a_ji = 1/a_ij for each pair.
func setEntries(a []float64, n int, pairs []int, t []float64) {
	for p, idx := range pairs {
		i, j := idx/n, idx%n
		x := math.Exp(t[p])
		a[idx] = x
		a[j*n+i] = 1 / x
	}
}

// clampLog limits a logarithm to [-maxLogEntry, maxLogEntry].
func clampLog(t float64) float64 { return max(-maxLogEntry, min(maxLogEntry, t)) }

// maxAbs returns the largest |x_i|, or 0 for an empty x.
func maxAbs(x []float64) float64 {
	var m float64
	for _, v := range x {
		m = max(m, math.Abs(v))
	}
	return m
}

// hasNonFinite reports whether x holds a NaN or an infinity.
func hasNonFinite(x []float64) bool {
	for _, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return true
		}
	}
	return false
}
