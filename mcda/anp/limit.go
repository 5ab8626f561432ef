package anp

import (
	"context"
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/balancer-mcda/balancer/mcda"
)

// MaxNodes is the largest supermatrix (nodes of a network, factors of a
// DEMATEL study) the package accepts. It is checked before any n×n
// allocation: a limit supermatrix of MaxNodes nodes needs six n×n
// matrices (48 MiB) and each squaring about 2·n³ = 2·10⁹ floating-point
// operations.
const MaxNodes = 1024

// DefaultLimitTolerance is the default convergence tolerance of [Limit]: the
// largest change of an entry between two successive squarings.
const DefaultLimitTolerance = 1e-12

// DefaultMaxSquarings is the default bound on the squarings of [Limit]:
// 64 squarings reach the power 2^64 of the supermatrix.
const DefaultMaxSquarings = 64

// LimitOptions configures [Limit]. The zero value uses the defaults.
type LimitOptions struct {
	// Tolerance stops the squaring when no entry changes by more than
	// Tolerance. Default (zero or negative): DefaultLimitTolerance.
	Tolerance float64
	// MaxSquarings bounds the number of squarings. Default (zero or
	// negative): DefaultMaxSquarings.
	MaxSquarings int
}

// A LimitResult is the limit supermatrix and how it was reached.
type LimitResult struct {
	// Matrix is the limit supermatrix: column-stochastic, column j the
	// long-run priorities of all nodes starting from node j.
	Matrix *mat.Dense
	// Stochastic is the column-stochastic matrix whose limit was taken:
	// the input with every non-zero column divided by its sum and every
	// zero column (sink) replaced by a self-loop of weight 1.
	Stochastic *mat.Dense
	// Cesaro reports whether the powers of Stochastic do not converge
	// (a cyclic, that is periodic, supermatrix), so that Matrix is the
	// Cesàro average lim (1/N) Σ_{k=1..N} W^k rather than lim W^k.
	Cesaro bool
	// Sinks lists the 0-based indices of the zero columns of the input.
	Sinks []int
	// Squarings is the number of matrix squarings performed in all.
	Squarings int
}

// Limit returns the limit supermatrix of a weighted supermatrix w
// (Saaty 1996, 2005): lim_{k→∞} W^k where this limit exists, and otherwise
// the Cesàro average lim_{N→∞} (1/N) Σ_{k=1..N} W^k (Saaty 2005, ch. 2,
// for cyclic supermatrices; the two agree whenever the first exists).
//
// w must be square and non-negative, with finite entries. Like Super
// Decisions, Limit first makes w column-stochastic: a non-zero column that
// does not sum to 1 is divided by its sum. A zero column is a sink node,
// one that influences nothing; it is given a self-loop of weight 1, the
// identity block Saaty (2005) gives the alternatives of a hierarchy, so
// that the weight reaching a sink stays there instead of leaking out of
// the matrix (with a zero column, W^k tends to 0 for a hierarchy).
//
// Super Decisions offers several limit "calculus types" (Adams & Saaty
// 2003; their code is in W. Adams's pyanp, limitmatrix.py); Limit is one
// computation, and relates to them as follows:
//
//   - "Calculus" (pyanp's default, limitmatrix.calculus): high powers of W with
//     normalised columns until two of the last n powers agree. For a
//     primitive W it is lim W^k, as here. For a cyclic W it returns one
//     phase of the cycle, W^k for some k, where Limit returns the Cesàro
//     average of the phases; normalised within each cluster the two agree
//     when the cycle runs between clusters (Saaty's dam, TestNetworkSaatyDam).
//     On zero columns it leaves them zero, so the weight that reaches a sink
//     leaves the matrix and the normalised powers follow the
//     quasi-stationary (Perron) vector of the rest. Adams compares it with
//     the identity at sinks (pyanp, LimitMatrixExploration.ipynb): the
//     sinks' shares differ (TestLimitIdentityAtSinksPyanp).
//   - "Hierarchy" (hiearhcy_formula, for W nilpotent: no cycles, as in AHP): the columns of
//     W + W² + … + W^(n−1), normalised. Every node of a level gets a share
//     of each column; the self-loop puts each column's weight on the bottom
//     level. Normalised within the bottom cluster (Result.Normalized) both
//     give the AHP synthesis (TestNetworkHierarchy).
//   - "Limit with sinks" (limit_sinks): the non-sink block B of W is taken to its
//     normalised limit B∞, the sinks get one step of it, A·B∞, and the
//     columns are renormalised; a sink's own column is zero. Where the
//     sinks are reachable from a cycle this differs from the self-loop,
//     which makes the sinks absorbing: on pyanp's test matrix the sink gets
//     0.299 of each column there and all of it here (TestLimitSinkAbsorbs).
//
// No published example this package reproduces needs the other types, so
// only the self-loop is implemented; a model whose alternatives should not
// absorb the weight can link them back to the criteria.
//
// The result is computed by repeated squaring. The Cesàro limit of a
// stochastic W is the limit of the powers of the lazy matrix (I + W)/2,
// whose only eigenvalue on the unit circle is 1 and whose eigenvalue-1
// eigenspace is W's (Meyer 2000, §8.4); Limit squares (I + W)/2 until no
// entry changes by more than the tolerance, then squares W the same number
// of times and reports Cesaro when W's powers have not reached the same
// matrix. Columns are renormalised to sum 1 after every squaring.
//
// Time O(n³·s) for n nodes and s <= 2·MaxSquarings squarings (s is
// about log₂ of the number of steps the chain needs to mix, typically
// 10 to 40); memory six n×n matrices. The context is checked before every
// squaring; once it is done, Limit returns an error wrapping ctx.Err().
//
// The error wraps mcda.ErrEmpty for an empty matrix, is a *mcda.ShapeError
// for a non-square one or one of more than MaxNodes nodes, a
// *mcda.ValueError (Alternative is the row, Criterion the column) for a
// negative or non-finite entry, or wraps ErrNotConverged.
func Limit(ctx context.Context, w mat.Matrix, opt LimitOptions) (*LimitResult, error) {
	r, c := w.Dims()
	if r == 0 || c == 0 {
		return nil, fmt.Errorf("anp: limit: %w", mcda.ErrEmpty)
	}
	if r != c {
		return nil, fmt.Errorf("anp: limit: %w", &mcda.ShapeError{What: "columns of the supermatrix", Got: c, Want: r})
	}
	if r > MaxNodes {
		return nil, fmt.Errorf("anp: limit: %w", &mcda.ShapeError{What: "nodes (at most MaxNodes)", Got: r, Want: MaxNodes})
	}
	tol := opt.Tolerance
	if !(tol > 0) {
		tol = DefaultLimitTolerance
	}
	maxSq := opt.MaxSquarings
	if maxSq <= 0 {
		maxSq = DefaultMaxSquarings
	}
	n := r
	res := &LimitResult{}
	s := mat.NewDense(n, n, nil)
	for j := 0; j < n; j++ {
		for i := 0; i < n; i++ {
			v := w.At(i, j)
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("anp: limit: %w", &mcda.ValueError{Alternative: i, Criterion: j, Value: v, Err: mcda.ErrNotFinite})
			}
			if v < 0 {
				return nil, fmt.Errorf("anp: limit: %w", &mcda.ValueError{Alternative: i, Criterion: j, Value: v, Err: mcda.ErrNegative})
			}
			s.Set(i, j, v)
		}
	}
	for j := 0; j < n; j++ {
		if !normalizeColumn(s, j) {
			res.Sinks = append(res.Sinks, j)
			s.Set(j, j, 1)
		}
	}
	res.Stochastic = s

	// Lazy matrix (I + W)/2: aperiodic, same eigenvalue-1 eigenspace.
	lazy := mat.NewDense(n, n, nil)
	lazy.Scale(0.5, s)
	for i := 0; i < n; i++ {
		lazy.Set(i, i, lazy.At(i, i)+0.5)
	}
	tmp := mat.NewDense(n, n, nil)
	k, err := squareUntil(ctx, lazy, tmp, tol, maxSq)
	res.Squarings += k
	if err != nil {
		return nil, err
	}
	res.Matrix = lazy

	// Do the powers of W itself converge to the same matrix? W^(2^q)
	// either reaches the lazy limit, or settles on another matrix or
	// alternates between two (W is cyclic: 2^q runs through the residues
	// of the period), which ends the search early.
	p := mat.NewDense(n, n, nil)
	p.Copy(s)
	prev := mat.NewDense(n, n, nil)
	prev2 := mat.NewDense(n, n, nil)
	for q := 0; q < maxSq; q++ {
		if maxAbsDiff(p, lazy) <= 10*tol {
			break
		}
		if q >= 2 && (maxAbsDiff(p, prev) <= tol || maxAbsDiff(p, prev2) <= tol) {
			break
		}
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("anp: limit: %w", err)
		}
		prev2.Copy(prev)
		prev.Copy(p)
		tmp.Mul(p, p)
		p, tmp = tmp, p
		normalizeColumns(p)
		res.Squarings++
	}
	res.Cesaro = maxAbsDiff(p, lazy) > math.Sqrt(tol)
	return res, nil
}

// squareUntil squares a in place (using tmp) until no entry changes by more
// than tol, at most maxSq times, and returns the number of squarings.
func squareUntil(ctx context.Context, a, tmp *mat.Dense, tol float64, maxSq int) (int, error) {
	for k := 1; k <= maxSq; k++ {
		if err := ctx.Err(); err != nil {
			return k - 1, fmt.Errorf("anp: limit: %w", err)
		}
		tmp.Mul(a, a)
		normalizeColumns(tmp)
		d := maxAbsDiff(tmp, a)
		a.Copy(tmp)
		if d <= tol {
			return k, nil
		}
	}
	return maxSq, fmt.Errorf("anp: limit: %w after %d squarings", ErrNotConverged, maxSq)
}

// normalizeColumn divides column j by its sum, after dividing by its
// largest entry so that no sum overflows, and reports whether the column
// was non-zero.
func normalizeColumn(a *mat.Dense, j int) bool {
	n, _ := a.Dims()
	var big float64
	for i := 0; i < n; i++ {
		big = math.Max(big, a.At(i, j))
	}
	if big == 0 {
		return false
	}
	var sum float64
	for i := 0; i < n; i++ {
		sum += a.At(i, j) / big
	}
	for i := 0; i < n; i++ {
		a.Set(i, j, a.At(i, j)/big/sum)
	}
	return true
}

func normalizeColumns(a *mat.Dense) {
	_, c := a.Dims()
	for j := 0; j < c; j++ {
		normalizeColumn(a, j)
	}
}

func maxAbsDiff(a, b *mat.Dense) float64 {
	r, c := a.Dims()
	var d float64
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			d = math.Max(d, math.Abs(a.At(i, j)-b.At(i, j)))
		}
	}
	return d
}
