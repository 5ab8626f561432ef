package ahp

import (
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
// where w are the row geometric mean priorities ([GeometricMean]). It is the
// residual variance of the logarithmic least squares fit, and 0 exactly
// when m is consistent (up to rounding). Compare it with [GCIThreshold].
//
// For an incomplete matrix with N known pairs i < j, the sum runs over
// those pairs, w are the logarithmic least squares priorities of
// [GeometricMean], and 2/((n-1)(n-2)) becomes 1/(N - (n-1)), the number of
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
	return gci(m, m.Priorities(GeometricMean)), nil
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
	Implied float64 // the ratio w_i / w_j of the priorities
	Error   float64 // |ln(a_ij w_j / w_i)| = |ln(Value / Implied)|
}

// Inconsistencies returns every known judgment a_ij above the diagonal, ranked
// from the most to the least inconsistent by
//
//	|ln(a_ij w_j / w_i)|
//
// where w are m's priorities by method: [Eigen] follows Saaty (2003), who
// revises the judgment with the largest a_ij w_j / w_i; [GeometricMean]
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
	n := m.Len()
	w := m.Priorities(method)
	out := make([]Inconsistency, 0, n*(n-1)/2)
	for i := range n {
		for j := i + 1; j < n; j++ {
			if m.Missing(i, j) {
				continue
			}
			a := m.At(i, j)
			implied := w[i] / w[j]
			out = append(out, Inconsistency{A: m.Item(i), B: m.Item(j), I: i, J: j,
				Value: a, Implied: implied, Error: math.Abs(math.Log(a) + math.Log(w[j]) - math.Log(w[i]))})
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

// SuggestRevision looks for the single judgment change that lowers the
// consistency ratio of m the most. It tries every known judgment a_ij
// above the diagonal (it never fills a missing one) at every value of Saaty's scale 1/9, 1/8, ..., 1/2, 1, 2, ...,
// 9 that differs from a_ij and lies inside m's [Scale], builds the revised
// matrix with [FromJudgments], and computes its CR with random indices
// from table. It reports whether the best revision reaches CR < 0.1.
//
// The best change is the one with the lowest CR; CRs that agree to 10
// decimal places count as equal, and then the value closest to the ratio
// w_i/w_j implied by m's eigenvector priorities (in |ln To - ln(w_i/w_j)|)
// wins, then the earlier judgment in row order, then the smaller value.
// The result is therefore deterministic.
//
// For an incomplete matrix, CR is that of [Matrix.Consistency] (of the
// optimal completion) and the implied ratio comes from Harker's
// eigenvector; each candidate then costs an optimal completion, which is
// much slower than for a complete matrix.
//
// If no single change lowers CR (always so for n <= 2 and for consistent
// matrices), the Revision has I = J = -1, CR = CRBefore, and the report is
// whether m itself has CR < 0.1. m is never modified.
//
// The error is that of [Matrix.Consistency] when table has no random index
// for n.
func (m *Matrix) SuggestRevision(table RandomIndexTable) (Revision, bool, error) {
	var s Solver
	c, err := s.Consistency(m, table)
	none := Revision{I: -1, J: -1, CR: c.CR, CRBefore: c.CR}
	if err != nil {
		return none, false, err
	}
	n := m.Len()
	if n <= 2 {
		return none, c.CR < acceptableCR, nil
	}
	w := s.Priorities(nil, m) // s.Method is Eigen
	items := m.Items()
	js := m.Judgments() // {items[i], items[j], a_ij} with i < j, in row order
	lo, hi := m.Scale().Bounds()
	pos := make(map[string]int, n)
	for i, name := range items {
		pos[name] = i
	}
	best := none
	bestKey, bestDist := math.Inf(1), math.Inf(1)
	for k := range js {
		i, j := pos[js[k].A], pos[js[k].B] // i < j
		from := js[k].Value
		implied := w[i] / w[j]
		for _, v := range revisionValues {
			// Both a_ij = v and a_ji = 1/v must lie on the scale, which
			// need not be symmetric.
			if v == from || !contains(lo, hi, v) || !contains(lo, hi, 1/v) {
				continue
			}
			js[k].Value = v
			r, err := FromJudgments(items, js, m.Scale())
			if err != nil {
				return none, false, err
			}
			rc, err := s.Consistency(r, table)
			if err != nil {
				return none, false, err
			}
			key := quantize(rc.CR, 1e10)
			dist := math.Abs(math.Log(v) - math.Log(implied))
			if key < bestKey || key == bestKey && dist < bestDist {
				best = Revision{A: items[i], B: items[j], I: i, J: j, From: from, To: v,
					Implied: implied, CR: rc.CR, CRBefore: c.CR}
				bestKey, bestDist = key, dist
			}
		}
		js[k].Value = from
	}
	if !(best.CR < c.CR) {
		return none, c.CR < acceptableCR, nil
	}
	return best, best.CR < acceptableCR, nil
}
