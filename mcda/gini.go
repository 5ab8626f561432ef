package mcda

import (
	"math"
	"sync/atomic"
)

// Gini weighs each criterion by the Gini coefficient of its column, the
// mean absolute difference between its values relative to twice their mean
// (Gini, 1912; as a weighting method in pyrepo-mcda's gini_weighting and
// pymcdm's gini_weights, following Bączkiewicz et al., 2021):
//
//	G_j = Σ_i Σ_k |x_ij − x_kj| / (2 m² x̄_j),   w_j = G_j / Σ_k G_k
//
// G_j lies in [0, 1 − 1/m]: 0 when all values are equal, the maximum when
// one alternative holds the whole column total. The raw values are used
// and the objectives ignored, as in both libraries; the weights are
// invariant under multiplying a column by a positive constant, but not
// under adding one.
//
// Special cases:
//   - A value < 0 is an error, a [*ValueError] wrapping [ErrNegative]: the
//     coefficient is a measure of inequality of non-negative quantities.
//     (pyrepo-mcda accepts negative values and, for a column whose mean is
//     0, divides by m² − m instead.)
//   - A constant column, including a column of zeros, has G_j = 0 and
//     weight 0; when every column is constant, including when there is one
//     alternative, the weights are equal, 1/n.
//
// The zero value is ready to use. A Gini value reuses internal storage
// between calls and must not be used concurrently.
type Gini struct {
	// Workers is the largest number of goroutines a call may use; 0 and 1
	// mean the calling goroutine only. The columns are copied in blocks of
	// rows, and then each goroutine sorts and sums the next column left;
	// a column's coefficient is its own, so the weights are bit-for-bit
	// the same for every value.
	Workers int

	keys   []uint64  // every column's sort keys, column after column
	lo, hi []uint64  // per column: the least and greatest key
	part   []float64 // per block: the bits of its least and greatest keys (see foldBlock)
	srt    []radixSorter[struct{}]
	dst    []float64 // the weights of the call in progress
	rows   int
	data   []float64    // the matrix of the call in progress
	next   atomic.Int64 // the next column to sort, with workers
	par    parallel
}

// Name returns "gini".
func (g *Gini) Name() string { return "gini" }

// Weights stores in dst the Gini weight of each criterion of m and returns
// dst. If dst is nil a new slice is allocated. With a non-nil dst and a
// Gini value that has been used on a problem of the same size, Weights
// allocates nothing. It sorts each column with a most significant digit
// radix sort (a few passes over the column, 13 at most): O(n·m·min(13,
// log m)) time, O(n·m) scratch space for the columns' sort keys (the size
// of the matrix) and O(m) more per worker. A sort needs the whole column,
// so Gini cannot stream.
//
// It returns a [*ValueError] wrapping [ErrNegative] for a negative value.
// It panics if dst is not nil and its length is not the number of criteria.
func (g *Gini) Weights(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, n := m.Dims()
	dst = useDst(dst, n, "Gini.Weights")
	tm := g.par.team(g.Workers, rows)
	nb := blockCount(rows)
	if cap(g.keys) < rows*n {
		g.keys = make([]uint64, rows*n)
	}
	g.rows, g.data = rows, m.data
	g.part = foldRows(g, g.part, rows, 2*n, tm, g.Workers)
	g.data = nil
	if cap(g.lo) < n {
		g.lo, g.hi = make([]uint64, n), make([]uint64, n)
	}
	lo, hi := g.lo[:n], g.hi[:n]
	for b := range nb {
		p := g.part[2*b*n : 2*b*n+2*n]
		for j := range n {
			kl, kh := math.Float64bits(p[j]), math.Float64bits(p[n+j])
			if b == 0 {
				lo[j], hi[j] = kl, kh
			}
			lo[j], hi[j] = min(lo[j], kl), max(hi[j], kh)
		}
	}
	for _, k := range lo {
		if k < sortKey(math.Copysign(0, -1)) { // a value < 0
			return nil, weightingFirstBad(m, func(x float64) bool { return x < 0 }, ErrNegative)
		}
	}
	workers := 1
	if tm != nil {
		workers = min(g.Workers, n)
	}
	if len(g.srt) < workers {
		g.srt = append(g.srt, make([]radixSorter[struct{}], workers-len(g.srt))...)
	}
	if workers == 1 {
		for j := range dst {
			dst[j] = g.column(&g.srt[0], j)
		}
	} else {
		// One block per worker and its scratch space; each takes the
		// next column left until none is.
		g.dst = dst
		g.next.Store(0)
		tm.run(workers, workers, g)
		g.dst = nil
	}
	if err := weightingFinish(g.Name(), m, dst); err != nil {
		return nil, err
	}
	return dst, nil
}

// foldBlock copies the sort keys of rows [lo, hi) into g.keys, column
// after column, and stores in part their least and greatest key per
// column (part[:n] and part[n:2n]), as the keys' bits: the slots are
// foldRows's, kept apart for the workers. It takes one column at a time,
// so that the extremes stay in registers; the block's rows stay in the
// cache from the first column to the last.
func (g *Gini) foldBlock(part []float64, lo, hi int) {
	n := len(part) / 2
	rows := g.rows
	for j := range n {
		keys := g.keys[j*rows+lo : j*rows+hi]
		col := g.data[lo*n+j : (hi-1)*n+j+1]
		kl, kh := uint64(math.MaxUint64), uint64(0)
		for i := range keys {
			k := sortKey(col[i*n])
			keys[i] = k
			kl, kh = min(kl, k), max(kh, k)
		}
		part[j], part[n+j] = math.Float64frombits(kl), math.Float64frombits(kh)
	}
}

// runBlock computes the coefficients of the columns that worker b takes,
// one at a time, with its scratch space: a worker whose sorts run slower
// (a busier core, a harder column) takes fewer, and no worker waits for
// another until the columns run out.
func (g *Gini) runBlock(b int) {
	for j := int(g.next.Add(1) - 1); j < len(g.dst); j = int(g.next.Add(1) - 1) {
		g.dst[j] = g.column(&g.srt[b], j)
	}
}

// column returns the Gini coefficient G_j of column j, whose keys foldBlock
// has stored, sorting them with s.
func (g *Gini) column(s *radixSorter[struct{}], j int) float64 {
	rows := g.rows
	lo, hi := keyValue(g.lo[j]), keyValue(g.hi[j])
	if lo == hi {
		return 0 // a constant column, −0 and +0 included
	}
	keys, _ := s.sort(g.keys[j*rows:j*rows+rows], nil, g.lo[j], g.hi[j])
	// With the values sorted ascending, Σ_i Σ_k |x_i − x_k| =
	// 2 Σ_i (2i − m + 1) x_(i) (0-based i). Divide by the maximum first,
	// which G_j does not depend on, so that sums cannot overflow. The order
	// of −0 and +0 does not matter: they come first, and adding ±0 to a
	// sum that starts at +0 leaves it unchanged.
	var num, sum float64
	for i, k := range keys {
		x := keyValue(k) / hi
		num += float64(2*i-rows+1) * x
		sum += x
	}
	return math.Max(0, num/(float64(rows)*sum))
}
