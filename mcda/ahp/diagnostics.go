package ahp

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
)

// Consistency diagnostics beyond Saaty's CR.
//
// References:
//
//   - Aguarón, J. & Moreno-Jiménez, J.M. (2003). The geometric consistency
//     index: Approximated thresholds. EJOR 147:137-145.
//   - Crawford, G. & Williams, C. (1985). A note on the analysis of
//     subjective judgment matrices. J. Math. Psychology 29:387-405.
//   - Koczkodaj, W.W. (1993). A new definition of consistency of pairwise
//     comparisons. Math. Comput. Modelling 18(7):79-84.
//   - Saaty, T.L. (2003). Decision-making with the AHP: Why is the principal
//     eigenvector necessary. EJOR 145:85-91 (revising the judgment with the
//     largest a_ij w_j / w_i).

// ErrNoThreshold is wrapped by the error of [GCIThreshold] for a matrix
// order that has no threshold (n < 3).
var ErrNoThreshold = errors.New("no GCI threshold")

// GCI returns the geometric consistency index of m (Crawford & Williams
// 1985; Aguarón & Moreno-Jiménez 2003),
//
//	GCI = 2/((n-1)(n-2)) Σ_{i<j} ln²(a_ij w_j / w_i)
//
// where w are the row geometric mean priorities ([PriorityGeometricMean]). It is the
// residual variance of the logarithmic least squares fit, and 0 exactly
// when m is consistent (up to rounding). Compare it with [GCIThreshold].
//
// For an incomplete matrix with N known pairs i < j, the sum runs over
// those pairs, w are the logarithmic least squares priorities of
// [PriorityGeometricMean], and 2/((n-1)(n-2)) becomes 1/(N - (n-1)), the number of
// redundant judgments (Escobar, Aguarón & Moreno-Jiménez 2015, Definition
// 6); both agree for a complete matrix.
//
// Special cases are:
//
//	n <= 2:  GCI = 0 (every matrix of two items is consistent)
//	N = n-1: GCI = 0 (a spanning tree of judgments is always consistent)
//
// The error is always nil: every [Matrix], complete or not, has a GCI. It
// is part of the signature for orders or matrices whose GCI may be
// undefined in the future.
func (m *Matrix) GCI() (float64, error) {
	if m.Len() <= 2 {
		return 0, nil
	}
	var s Solver
	return gci(m, s.logPriorities(m, PriorityGeometricMean)), nil
}

// GCIThreshold returns the GCI threshold of Aguarón & Moreno-Jiménez (2003)
// for matrices of order n, the analogue for the row geometric mean of
// Saaty's CR threshold of 0.1:
//
//	n = 3: 0.31
//	n = 4: 0.35
//	n > 4: 0.37
//
// The error wraps [ErrNoThreshold] for n < 3, where the GCI is always 0.
func GCIThreshold(n int) (float64, error) {
	switch {
	case n < 3:
		return 0, fmt.Errorf("ahp: GCI threshold for n = %d: %w", n, ErrNoThreshold)
	case n == 3:
		return 0.31, nil
	case n == 4:
		return 0.35, nil
	}
	return 0.37, nil
}

// Koczkodaj returns Koczkodaj's (1993) inconsistency index of m, the worst
// inconsistency of any triad of items,
//
//	K = max_{i<j<k} min(|1 - a_ik/(a_ij a_jk)|, |1 - a_ij a_jk/a_ik|)
//
// It lies in [0, 1) and is 0 exactly when m is consistent (up to
// rounding). Koczkodaj suggests 1/3 as an acceptable limit. For an
// incomplete matrix only the triads whose three pairs are all known count.
// For n <= 2, or when no triad is fully known, it is 0.
func (m *Matrix) Koczkodaj() float64 {
	n := m.Len()
	k := 0.0
	for i := range n {
		for j := i + 1; j < n; j++ {
			if m.Missing(i, j) {
				continue
			}
			aij := m.At(i, j)
			for l := j + 1; l < n; l++ {
				if m.Missing(i, l) || m.Missing(j, l) {
					continue
				}
				r := m.At(i, l) / (aij * m.At(j, l))
				k = max(k, min(math.Abs(1-r), math.Abs(1-1/r)))
			}
		}
	}
	return k
}

// An Inconsistency describes how far a judgment a_ij (i < j) is from the
// ratio w_i/w_j implied by the priorities of the whole matrix.
type Inconsistency struct {
	A, B    string  // the items i and j
	I, J    int     // 0-based positions of the items, I < J
	Value   float64 // the judgment a_ij
	Implied float64 // the ratio w_i / w_j of the priorities (+Inf or 0 beyond the float64 range)
	Error   float64 // |ln(a_ij w_j / w_i)| = |ln(Value / Implied)|, always finite
}

// Inconsistencies returns every known judgment a_ij above the diagonal, ranked
// from the most to the least inconsistent by
//
//	|ln(a_ij w_j / w_i)|
//
// where w are m's priorities by method: [PriorityEigen] follows Saaty (2003), who
// revises the judgment with the largest a_ij w_j / w_i; [PriorityGeometricMean]
// gives the terms whose squares add up to the [Matrix.GCI] (times
// (n-1)(n-2)/2 for a complete matrix). For an incomplete matrix the
// priorities are those of the method for incomplete matrices (see
// [PriorityMethod]) and missing pairs are left out. Errors that agree to 12 decimal places count as equal
// and keep row order (i, then j), so the ranking is deterministic.
//
// For n = 3 and the geometric mean, all three errors are equal in exact
// arithmetic: any of the three judgments can restore consistency. It
// returns an empty slice for n = 1. It panics if method is not a defined
// [PriorityMethod].
func (m *Matrix) Inconsistencies(method PriorityMethod) []Inconsistency {
	if method != PriorityEigen && method != PriorityGeometricMean {
		panic("ahp: unknown priority method")
	}
	n := m.Len()
	var s Solver
	y := s.logPriorities(m, method) // finite even where priorities underflow
	out := make([]Inconsistency, 0, n*(n-1)/2)
	for i := range n {
		for j := i + 1; j < n; j++ {
			if m.Missing(i, j) {
				continue
			}
			a := m.At(i, j)
			out = append(out, Inconsistency{A: m.Item(i), B: m.Item(j), I: i, J: j,
				Value: a, Implied: math.Exp(y[i] - y[j]), Error: math.Abs(math.Log(a) + y[j] - y[i])})
		}
	}
	slices.SortStableFunc(out, func(x, y Inconsistency) int {
		// Descending by quantized error; the stable sort keeps row order on ties.
		return -cmpFloat(quantize(x.Error, 1e12), quantize(y.Error, 1e12))
	})
	return out
}

// quantize rounds v to the nearest multiple of 1/scale. Comparing
// quantized values is a strict weak order, unlike comparing with a
// tolerance.
func quantize(v, scale float64) float64 { return math.Round(v * scale) }

// cmpFloat compares two non-NaN floats.
func cmpFloat(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// revisionValues are the 17 values of Saaty's fundamental scale, in
// increasing order.
var revisionValues = [...]float64{
	1.0 / 9, 1.0 / 8, 1.0 / 7, 1.0 / 6, 1.0 / 5, 1.0 / 4, 1.0 / 3, 1.0 / 2,
	1, 2, 3, 4, 5, 6, 7, 8, 9,
}

// acceptableCR is Saaty's threshold: a CR below it is acceptable.
const acceptableCR = 0.1

// A Revision is a suggested change of one judgment, returned by
// [Matrix.SuggestRevision]. It is advice for the decision maker, who may
// accept it or revise the judgment differently; it is never applied to
// the matrix.
type Revision struct {
	A, B     string  // the items of the judgment a_ij to revise, I < J
	I, J     int     // 0-based positions of the items; -1 if no single change lowers CR
	From, To float64 // the current judgment a_ij and the suggested value
	Implied  float64 // the ratio w_i / w_j of m's eigenvector priorities
	CR       float64 // CR of the revised matrix (of m when I is -1)
	CRBefore float64 // CR of m
}

// revisionRefine is the number of best screened revisions of an
// incomplete matrix whose CR [Matrix.SuggestRevision] computes exactly,
// by an optimal completion each.
const revisionRefine = 8

// SuggestRevision looks for the single judgment change that lowers the
// consistency ratio of m the most. It tries every known judgment a_ij
// above the diagonal (it never fills a missing one) at every value of
// Saaty's scale 1/9, 1/8, ..., 1/2, 1, 2, ..., 9 that differs from a_ij
// and lies inside m's [Scale], and computes the CR of the revised matrix
// with random indices from table. It reports whether the best revision
// reaches CR < 0.1.
//
// The best change is the one with the lowest CR; CRs that agree to 10
// decimal places count as equal, and then the value closest to the ratio
// w_i/w_j implied by m's eigenvector priorities (in |ln To - ln(w_i/w_j)|)
// wins, then the earlier judgment in row order, then the smaller value.
// The result is therefore deterministic.
//
// Each candidate is evaluated incrementally: the entry pair (i, j), (j, i)
// of one working copy of the matrix is changed in place and λmax is found
// by power iteration started from m's own Perron vector, which a single
// change perturbs little; nothing is allocated per candidate.
//
// For an incomplete matrix, CR is that of [Matrix.Consistency] (of the
// optimal completion) and the implied ratio comes from Harker's
// eigenvector. A revision's exact CR would cost an optimal completion per
// candidate (minutes for 50 items), so the search is bounded: every
// candidate is screened by the CR of m's optimal completion with the
// judgment changed, which is an upper bound of the revised matrix's CR
// (that completion is one of its completions), and only the 8 best
// screened candidates are completed optimally; the best of those is
// returned, with its exact CR.
//
// If no single change lowers CR (always so for n <= 2 and for consistent
// matrices), the Revision has I = J = -1, CR = CRBefore, and the report is
// whether m itself has CR < 0.1. m is never modified.
//
// The error is a [*RandomIndexError] when table has no random index for
// n (checked before any work), wraps [ErrUnknownTable] for an undefined
// table, or wraps ctx.Err() if ctx is done first (checked at every
// candidate and inside every power iteration and completion).
//
// Resources, for n items, J <= n(n-1)/2 known judgments and k missing
// pairs: memory O(n² + k); time O(16·J·n²·p) for p power iterations per
// candidate (p is small from the warm start), plus, for an incomplete
// matrix, 9 optimal completions (see [Solver.OptimalCompletion]).
func (m *Matrix) SuggestRevision(ctx context.Context, table RandomIndexTable) (Revision, bool, error) {
	none := Revision{I: -1, J: -1}
	n := m.Len()
	ri, err := table.RI(n)
	if err != nil {
		return none, false, err
	}
	var s Solver
	c, err := s.ConsistencyContext(ctx, m, table)
	none.CR, none.CRBefore = c.CR, c.CR
	if err != nil {
		return none, false, err
	}
	if n <= 2 {
		return none, c.CR < acceptableCR, nil
	}
	// a is m, or its optimal completion, which s.comp.a holds.
	a := slices.Clone(m.a)
	if m.miss != nil {
		copy(a, s.comp.a)
	}
	base := &Matrix{n: n, a: a}
	w0 := make([]float64, n) // Perron vector of a, the warm start
	geometricMean(w0, base)
	s.grow(n)
	s.perron(ctx, w0, a, n, nil, false)
	// m's eigenvector priorities (Harker's when incomplete), as
	// logarithms, which stay finite where priorities underflow.
	yw := s.logPriorities(m, PriorityEigen)
	lo, hi := m.Scale().Bounds()

	type candidate struct {
		i, j        int
		from, to    float64
		implied, cr float64
		key, dist   float64
	}
	// better orders candidates: by CR to 10 decimal places, then by the
	// distance to the implied ratio, then in row order, then by value.
	better := func(x, y *candidate) bool {
		switch {
		case x.key != y.key:
			return x.key < y.key
		case x.dist != y.dist:
			return x.dist < y.dist
		case x.i != y.i:
			return x.i < y.i
		case x.j != y.j:
			return x.j < y.j
		}
		return x.to < y.to
	}
	keep := 1
	if m.miss != nil {
		keep = revisionRefine
	}
	// Branch and bound: the judgments are visited from the most
	// inconsistent with m's priorities (Saaty 2003), and each value from
	// the closest to the implied ratio, so that good candidates come
	// early; a candidate's power iteration stops as soon as the
	// Collatz–Wielandt lower bound of its λmax shows that its CR exceeds
	// the keep-th best by more than the 1e-10 that counts as equal.
	type pair struct {
		i, j int
		err  float64
	}
	var pairs []pair
	for i := range n {
		for j := i + 1; j < n; j++ {
			if m.a[i*n+j] != 0 {
				pairs = append(pairs, pair{i, j, math.Abs(math.Log(a[i*n+j]) + yw[j] - yw[i])})
			}
		}
	}
	slices.SortStableFunc(pairs, func(x, y pair) int { return -cmpFloat(x.err, y.err) })
	values := revisionValues
	var best []candidate // the keep best, best first
	wv := make([]float64, n)
	for _, pr := range pairs {
		i, j := pr.i, pr.j
		from := m.a[i*n+j]
		ratio := yw[i] - yw[j] // ln of the implied ratio w_i/w_j
		implied := math.Exp(ratio)
		slices.SortStableFunc(values[:], func(x, y float64) int {
			return cmpFloat(math.Abs(math.Log(x)-ratio), math.Abs(math.Log(y)-ratio))
		})
		for _, v := range values {
			// Both a_ij = v and a_ji = 1/v must lie on the scale, which
			// need not be symmetric.
			if v == from || !contains(lo, hi, v) || !contains(lo, hi, 1/v) {
				continue
			}
			if err := ctx.Err(); err != nil {
				return none, false, fmt.Errorf("ahp: suggest revision: %w", err)
			}
			floor := math.Inf(1)
			if len(best) == keep {
				floor = float64(n) + (best[keep-1].cr+2e-10)*float64(n-1)*ri
			}
			a[i*n+j], a[j*n+i] = v, 1/v
			copy(wv, w0)
			l, above := s.perronAbove(ctx, wv, a, n, floor)
			if above {
				continue
			}
			cr := (max(l, float64(n)) - float64(n)) / float64(n-1) / ri
			cand := candidate{i: i, j: j, from: from, to: v, implied: implied, cr: cr,
				key: quantize(cr, 1e10), dist: math.Abs(math.Log(v) - ratio)}
			if len(best) < keep || better(&cand, &best[len(best)-1]) {
				k := len(best)
				for k > 0 && better(&cand, &best[k-1]) {
					k--
				}
				best = slices.Insert(best, k, cand)
				best = best[:min(len(best), keep)]
			}
		}
		a[i*n+j], a[j*n+i] = m.a[i*n+j], m.a[j*n+i]
	}
	if err := ctx.Err(); err != nil {
		return none, false, fmt.Errorf("ahp: suggest revision: %w", err)
	}
	if m.miss != nil {
		// Exact CRs of the best screened revisions.
		items := m.items
		js := m.Judgments()
		for k := range best {
			b := &best[k]
			jd := slices.IndexFunc(js, func(x Judgment) bool { return x.A == items[b.i] && x.B == items[b.j] })
			js[jd].Value = b.to
			r, err := NewIncompleteMatrixFromJudgments(items, js, m.Scale())
			js[jd].Value = b.from
			if err != nil {
				return none, false, err
			}
			rc, err := s.ConsistencyContext(ctx, r, table)
			if err != nil {
				return none, false, err
			}
			b.cr, b.key = rc.CR, quantize(rc.CR, 1e10)
		}
		slices.SortFunc(best, func(x, y candidate) int {
			switch {
			case better(&x, &y):
				return -1
			case better(&y, &x):
				return 1
			}
			return 0
		})
	}
	if len(best) == 0 || !(best[0].cr < c.CR) {
		return none, c.CR < acceptableCR, nil
	}
	b := best[0]
	rev := Revision{A: m.items[b.i], B: m.items[b.j], I: b.i, J: b.j, From: b.from, To: b.to,
		Implied: b.implied, CR: b.cr, CRBefore: c.CR}
	return rev, rev.CR < acceptableCR, nil
}

// perronAbove is [Solver.perron] for the right Perron vector of the
// complete n×n matrix a, except that it stops and reports true as soon as
// the Collatz–Wielandt bound min_i (a w)_i / w_i, a lower bound of λmax
// for every positive w (Horn & Johnson 2013, Theorem 8.1.26), exceeds
// floor; it then returns that bound.
func (s *Solver) perronAbove(ctx context.Context, w, a []float64, n int, floor float64) (float64, bool) {
	tol := s.Tolerance
	if !(tol > 0) {
		tol = DefaultSolverTolerance
	}
	maxIter := s.MaxIterations
	if maxIter <= 0 {
		maxIter = DefaultSolverMaxIterations
	}
	y := s.work[n : 2*n]
	for range maxIter {
		if ctx.Err() != nil {
			return 0, false
		}
		var lambda float64
		bound := math.Inf(1)
		for i := range n {
			var sum float64
			for j, v := range a[i*n : i*n+n] {
				sum += v * w[j]
			}
			y[i] = sum
			lambda += sum
			if w[i] > 0 {
				bound = min(bound, sum/w[i])
			} else {
				bound = math.Inf(-1) // no bound from an underflowed component
			}
		}
		if bound > floor {
			return bound, true
		}
		diff := 0.0
		for i := range n {
			v := y[i] / lambda
			diff = max(diff, math.Abs(v-w[i]))
			w[i] = v
		}
		if diff <= tol {
			return lambda, false
		}
	}
	return s.perron(ctx, w, a, n, nil, false), false
}
