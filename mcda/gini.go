package mcda

import (
	"math"
	"slices"
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
	col []float64
}

// Name returns "gini".
func (g *Gini) Name() string { return "gini" }

// Weights stores in dst the Gini weight of each criterion of m and returns
// dst. If dst is nil a new slice is allocated. With a non-nil dst and a
// Gini value that has been used on a problem with as many alternatives,
// Weights allocates nothing. It takes O(n·m log m) time and O(m) scratch:
// it sorts each column, so it does not run on the block passes of the
// methods with a Workers field, and it cannot stream.
//
// It returns a [*ValueError] wrapping [ErrNegative] for a negative value.
// It panics if dst is not nil and its length is not the number of criteria.
func (g *Gini) Weights(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, n := m.Dims()
	dst = useDst(dst, n, "Gini.Weights")
	if err := weightingFirstBad(m, func(x float64) bool { return x < 0 }, ErrNegative); err != nil {
		return nil, err
	}
	g.col = grow(g.col, rows)
	col := g.col
	for j := range dst {
		m.Col(col, j)
		slices.Sort(col)
		lo, hi := col[0], col[rows-1]
		if lo == hi {
			dst[j] = 0
			continue
		}
		// With the values sorted ascending, Σ_i Σ_k |x_i − x_k| =
		// 2 Σ_i (2i − m + 1) x_(i) (0-based i). Divide by the maximum first,
		// which G_j does not depend on, so that sums cannot overflow.
		var num, sum float64
		for i, x := range col {
			x /= hi
			num += float64(2*i-rows+1) * x
			sum += x
		}
		dst[j] = math.Max(0, num/(float64(rows)*sum))
	}
	if err := weightingFinish(g.Name(), m, dst); err != nil {
		return nil, err
	}
	return dst, nil
}
