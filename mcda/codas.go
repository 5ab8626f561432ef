package mcda

import (
	"fmt"
	"math"
)

// CODAS is the COmbinative Distance-based ASsessment method (Keshavarz
// Ghorabaee, Zavadskas, Turskis & Antucheviciene, 2016, Economic
// Computation and Economic Cybernetics Studies and Research 50(3):25-44).
// Each criterion is normalized linearly ([NormalizationMax]),
//
//	n_ij = x_ij / max_i x_ij  (benefit),   n_ij = min_i x_ij / x_ij  (cost)
//
// and weighted, r_ij = w_j·n_ij. With the negative-ideal solution
// ns_j = min_i r_ij, every alternative has a Euclidean and a taxicab
// distance from it,
//
//	E_i = √Σ_j (r_ij − ns_j)²,   T_i = Σ_j |r_ij − ns_j|
//
// and the score is the row sum of the relative assessment matrix,
//
//	H_i = Σ_k h_ik,   h_ik = (E_i − E_k) + ψ(E_i − E_k)·(T_i − T_k)
//	ψ(x) = 1 if |x| >= τ, else 0
//
// so that the taxicab distance only breaks near-ties of the Euclidean one.
// Higher is better, and Σ_i H_i = 0. Multiplying a column by a positive
// constant does not change the scores. CODAS does not always rank a
// dominating alternative above the one it dominates: near the threshold τ
// the ψ term can outweigh a small Euclidean advantage (see the tests for
// an example).
//
// The cost normalization is the paper's min/x, as in pymcdm and
// pyrepo-mcda; scikit-criteria leaves the normalization to the caller.
// H is computed from the alternatives sorted by E_i (a radix sort, O(m)
// time) and one sweep, with the same threshold test as the O(m²)
// definition. The sort needs every alternative, so CODAS cannot stream;
// its distances run on the shared block passes (see Workers).
//
// ObjectiveBenefit values must be >= 0 and cost values > 0, as for
// [NormalizationMax]; others are a [*ValueError] wrapping [ErrNegative] or
// [ErrNotPositive].
//
// Special cases:
//   - A constant column (including a benefit column of zeros) normalizes
//     to a constant and adds nothing to any distance. It still takes its
//     share of the normalized weights, which shrinks every distance and so
//     moves pairs across τ: adding one can change the ranking (the tests
//     show an example).
//   - Identical alternatives, and a single alternative, get H = 0.
//   - With one criterion E_i = T_i = w·(n_i − min n), and H ranks as the
//     criterion.
//
// The zero value uses τ = 0.02 and is ready to use. A CODAS value reuses
// internal storage between calls and must not be used concurrently.
type CODAS struct {
	// Tau is the threshold τ of ψ, in [0.01, 0.05] as the paper
	// recommends; 0 means 0.02.
	Tau float64
	// Workers is the largest number of goroutines the distances may be
	// computed on; 0 and 1 mean the calling goroutine only. As for
	// [TOPSIS.Workers], the scores are bit-for-bit the same for every
	// value. From 4096 alternatives on, two of them sort a half of the
	// alternatives each; the merge and the sums over it run on the
	// calling goroutine.
	Workers int

	st     colStats
	ts     []transform
	w, ns  []float64
	e, t   []float64
	keys   []uint64                 // sort keys of E
	recs   []codasRec               // T and the alternative, in the order of keys
	srt    [2]radixSorter[codasRec] // the sort's scratch space, one per half
	half   [2]codasHalf             // the halves sorted on two workers, to be merged
	mkeys  []uint64                 // the merged halves
	mrecs  []codasRec               // the merged halves
	se, pt []float64                // E sorted, and T in that order, then its prefix sums
	pe     []float64                // prefix sums of se
	par    parallel
	data   []float64 // the matrix of the call in progress
}

// foldBlock stores the distances E_i and T_i of rows [lo, hi) of the call
// in progress, in c.e and c.t, with the sort key of E_i in c.keys; each
// row's depend only on the row.
func (c *CODAS) foldBlock(_ []float64, lo, hi int) {
	n := len(c.w)
	ts, w, ns := c.ts[:n], c.w[:n], c.ns[:n]
	for i := lo; i < hi; i++ {
		var se, st float64
		for j, x := range c.data[i*n : i*n+n] {
			d := w[j]*ts[j].apply(x) - ns[j]
			se += d * d
			st += math.Abs(d)
		}
		se = math.Sqrt(se)
		c.e[i], c.t[i] = se, st
		c.keys[i], c.recs[i] = sortKey(se), codasRec{st, uint32(i)}
	}
}

// codasParallelSort is the number of alternatives from which CODAS with
// workers sorts the two halves of its alternatives on two goroutines.
const codasParallelSort = 4096

// sort sorts c.keys and c.recs stably by key and returns them sorted. With
// a team, two workers sort a half each, and the merge takes the first
// half's entry on equal keys: the result is the same.
func (c *CODAS) sort(rows int, tm *team) ([]uint64, []codasRec) {
	if tm == nil || rows < codasParallelSort {
		klo, khi := keyRange(c.keys[:rows])
		return c.srt[0].sort(c.keys[:rows], c.recs[:rows], klo, khi)
	}
	tm.run(2, 2, c)
	a, b := c.half[0], c.half[1]
	if cap(c.mkeys) < rows {
		c.mkeys, c.mrecs = make([]uint64, rows), make([]codasRec, rows)
	}
	keys, recs := c.mkeys[:rows], c.mrecs[:rows]
	i, j := 0, 0
	for q := range keys {
		if j == len(b.keys) || (i < len(a.keys) && a.keys[i] <= b.keys[j]) {
			keys[q], recs[q] = a.keys[i], a.recs[i]
			i++
		} else {
			keys[q], recs[q] = b.keys[j], b.recs[j]
			j++
		}
	}
	c.half = [2]codasHalf{}
	return keys, recs
}

// runBlock sorts half h of the alternatives, for sort.
func (c *CODAS) runBlock(h int) {
	rows := len(c.e)
	lo, hi := h*(rows/2), rows
	if h == 0 {
		hi = rows / 2
	}
	klo, khi := keyRange(c.keys[lo:hi])
	c.half[h].keys, c.half[h].recs = c.srt[h].sort(c.keys[lo:hi], c.recs[lo:hi], klo, khi)
}

// codasHalf is a half of the alternatives, sorted.
type codasHalf struct {
	keys []uint64
	recs []codasRec
}

// codasRec is the taxicab distance of an alternative, sorted with its E.
type codasRec struct {
	t float64
	i uint32
}

// Name returns "codas".
func (c *CODAS) Name() string { return "codas" }

// HigherIsBetter returns true.
func (c *CODAS) HigherIsBetter() bool { return true }

func (c *CODAS) tau() (float64, error) {
	if c.Tau == 0 {
		return 0.02, nil
	}
	if !(c.Tau >= 0.01 && c.Tau <= 0.05) {
		return 0, fmt.Errorf("mcda: codas: tau %v not in [0.01, 0.05]: %w", c.Tau, ErrParameter)
	}
	return c.Tau, nil
}

// Scores stores in dst the assessment score H_i of each alternative of m
// and returns dst. If dst is nil a new slice is allocated. With a non-nil
// dst and a CODAS value that has been used on a problem of the same size,
// Scores allocates nothing. It takes O(n·m) time and O(m) scratch space.
//
// It returns an error wrapping [ErrParameter] for a Tau outside
// [0.01, 0.05] or more than 2³²−1 alternatives, and a [*ValueError] for a value the normalization cannot
// take. It panics if dst is not nil and its length is not the number of
// alternatives.
func (c *CODAS) Scores(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, _ := m.Dims()
	dst = useDst(dst, rows, "CODAS.Scores")
	if err := c.compute(dst, m); err != nil {
		return nil, err
	}
	return dst, nil
}

// CODASResult holds CODAS scores and their intermediates.
type CODASResult struct {
	Score         []float64 // H_i, per alternative
	Euclidean     []float64 // E_i, per alternative
	Taxicab       []float64 // T_i, per alternative
	NegativeIdeal []float64 // ns_j, the weighted normalized negative-ideal solution, per criterion
}

// Evaluate returns the score of every alternative of m with its distances
// and the negative-ideal solution. Errors are as for [CODAS.Scores].
func (c *CODAS) Evaluate(m *DecisionMatrix) (*CODASResult, error) {
	rows, n := m.Dims()
	r := &CODASResult{Score: make([]float64, rows), Euclidean: make([]float64, rows),
		Taxicab: make([]float64, rows), NegativeIdeal: make([]float64, n)}
	if err := c.compute(r.Score, m); err != nil {
		return nil, err
	}
	copy(r.Euclidean, c.e)
	copy(r.Taxicab, c.t)
	copy(r.NegativeIdeal, c.ns)
	return r, nil
}

func (c *CODAS) compute(h []float64, m *DecisionMatrix) error {
	tau, err := c.tau()
	if err != nil {
		return err
	}
	rows, _ := m.Dims()
	if uint64(rows) > math.MaxUint32 {
		return fmt.Errorf("mcda: codas: %d alternatives, more than 2³²−1: %w", rows, ErrParameter)
	}
	tm := c.par.team(c.Workers, rows)
	if err := c.distances(m, tm); err != nil {
		return err
	}
	c.assess(h, tau, tm)
	return checkScores(c.Name(), m, h)
}

// distances computes the negative-ideal solution c.ns and every
// alternative's distances from it, E_i in c.e and T_i in c.t, with the
// sort keys of E_i in c.keys and the records to sort with them in c.recs:
// two passes over the matrix, the shared column pass and a block pass.
func (c *CODAS) distances(m *DecisionMatrix, tm *team) error {
	rows, n := m.Dims()
	var err error
	if c.ts, err = c.st.prepare(c.ts, NormalizationMax, m, tm, c.Workers); err != nil {
		return err
	}
	c.w = m.Weights(grow(c.w, n))
	c.ns = grow(c.ns, n)
	ts, w, ns := c.ts, c.w, c.ns
	for j, tr := range ts {
		// The transforms are monotone, so the column minimum of r is
		// reached at the column minimum or maximum of x.
		ns[j] = w[j] * math.Min(tr.apply(c.st.min[j]), tr.apply(c.st.max[j]))
	}
	c.e, c.t = grow(c.e, rows), grow(c.t, rows)
	if cap(c.keys) < rows {
		c.keys, c.recs = make([]uint64, rows), make([]codasRec, rows)
	}
	c.data = m.data
	foldRows(c, nil, rows, 0, tm, c.Workers)
	c.data = nil
	return nil
}

// assess stores in h the scores H_i from the distances of the call in
// progress (see distances).
func (c *CODAS) assess(h []float64, tau float64, tm *team) {
	rows := len(c.e)
	// The alternatives in increasing order of E, by a stable radix sort:
	// alternatives with the same E stay in index order. (Their order only
	// matters to the rounding of the prefix sums of T, which the sweep
	// below reads at the ends of runs of equal E; a stable sort makes it
	// a function of the problem alone.)
	keys, recs := c.sort(rows, tm)
	// E sorted, with +Inf after the last (a sentinel that stops every
	// bound below), and its prefix sums, and the prefix sums of T in the
	// same order.
	c.se, c.pe, c.pt = grow(c.se, rows+1), grow(c.pe, rows+1), grow(c.pt, rows+1)
	se, pe, pt := c.se, c.pe, c.pt
	pe[0], pt[0] = 0, 0
	for q, k := range keys {
		e := keyValue(k)
		se[q] = e
		pe[q+1] = pe[q] + e
		pt[q+1] = pt[q] + recs[q].t
	}
	se[rows] = math.Inf(1)
	fm := float64(rows)
	// Each bound below is the first index q of the sorted points where a
	// test turns true; the tests are monotone in q, and in E_i, which
	// grows along se, so every bound only moves forward: four pointers
	// sweep se once rather than a binary search per point.
	lo, hi, a, b := 0, 0, 0, 0
	for q, e := range se[:rows] {
		// Σ_k (E_i − E_k) over the alternatives with E_k ≠ E_i.
		for !(se[lo] >= e) {
			lo++
		}
		for !(se[hi] > e) {
			hi++
		}
		sum := float64(lo)*e - pe[lo] + (fm-float64(hi))*e - (pe[rows] - pe[hi])
		// ψ = 1 on a prefix (E_i − E_k >= τ) and a suffix (E_i − E_k <= −τ):
		// E_i − E_k is non-increasing in E_k and non-decreasing in E_i,
		// rounding included.
		for e-se[a] >= tau {
			a++
		}
		for !(e-se[b] <= -tau) {
			b++
		}
		t := recs[q].t
		sum += float64(a)*t - pt[a] + (fm-float64(b))*t - (pt[rows] - pt[b])
		h[recs[q].i] = sum
	}
}
