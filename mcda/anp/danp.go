package anp

import (
	"context"
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/balancer-mcda/balancer/mcda"
)

// A Dimension is a named group of DEMATEL factors (criteria), the cluster
// of DANP.
type Dimension struct {
	Name    string
	Factors []string
}

// A DanpResult holds the intermediates and weights of DANP. Factors are
// reordered dimension by dimension, as Factors lists them.
type DanpResult struct {
	Factors    []string
	Dimensions []string
	// DimensionOf[i] is the index of factor i's dimension.
	DimensionOf []int
	// TotalDimensions is T_D: entry (I, J) is the mean of the block of T
	// with the factors of dimension I as rows and those of J as columns.
	TotalDimensions *mat.Dense
	// Unweighted is W = (T_C^α)ᵀ, T_C^α being T with every row of every
	// block divided by its sum within the block.
	Unweighted *mat.Dense
	// Weighted is W^α: block (I, J) of W times T_D^α(J, I), T_D^α being
	// T_D with every row divided by its sum; its columns sum to 1.
	Weighted *mat.Dense
	// Limit is the limit supermatrix of Weighted (see [Limit]).
	Limit *LimitResult
	// Weights are the DANP weights of the factors: the mean of the limit
	// supermatrix's columns (every column is the same when T is positive).
	Weights []float64
}

// Danp returns the DEMATEL-based ANP weights of the factors of a DEMATEL
// analysis grouped into dimensions (Ou Yang, Shieh, Leu & Tzeng 2008;
// Chiu, Tzeng & Li 2013): the total-relation matrix replaces the
// pairwise comparisons of ANP. Every factor must belong to exactly one
// dimension; dimensions may hold a single factor.
//
// A block of T whose row sums to zero (a factor influencing no factor of a
// dimension) leaves a column of W summing to less than 1; it is
// renormalised as [Network.Evaluate] does, and a factor that influences
// nothing is a sink (see [Limit]).
//
// Time O(n²) plus the O(n³) squarings of [Limit]; memory O(n²). The error
// is a *NetworkError naming a dimension or factor (unknown, in two
// dimensions, in none), or an error of [Limit].
func Danp(ctx context.Context, d *DematelResult, dims []Dimension, opt LimitOptions) (*DanpResult, error) {
	if len(dims) == 0 {
		return nil, &NetworkError{Field: "dimensions", Err: mcda.ErrEmpty}
	}
	pos := make(map[string]int, len(d.Factors))
	for i, f := range d.Factors {
		pos[f] = i
	}
	res := &DanpResult{}
	var order []int
	dimSeen := map[string]bool{}
	assigned := make([]bool, len(d.Factors))
	for I, dim := range dims {
		f := fmt.Sprintf("dimensions[%d]", I)
		if dim.Name == "" {
			return nil, &NetworkError{Field: f + ".name", Err: mcda.ErrName}
		}
		if dimSeen[dim.Name] {
			return nil, &NetworkError{Field: f + ".name", Name: dim.Name, Err: mcda.ErrDuplicateName}
		}
		dimSeen[dim.Name] = true
		if len(dim.Factors) == 0 {
			return nil, &NetworkError{Field: f + ".factors", Name: dim.Name, Err: mcda.ErrEmpty}
		}
		res.Dimensions = append(res.Dimensions, dim.Name)
		for t, name := range dim.Factors {
			i, ok := pos[name]
			if !ok {
				return nil, &NetworkError{Field: fmt.Sprintf("%s.factors[%d]", f, t), Name: name, Err: ErrUnknown}
			}
			if assigned[i] {
				return nil, &NetworkError{Field: fmt.Sprintf("%s.factors[%d]", f, t), Name: name, Err: ErrDuplicate}
			}
			assigned[i] = true
			order = append(order, i)
			res.Factors = append(res.Factors, name)
			res.DimensionOf = append(res.DimensionOf, I)
		}
	}
	for i, ok := range assigned {
		if !ok {
			return nil, &NetworkError{Field: "dimensions", Name: d.Factors[i], Err: fmt.Errorf("factor in no dimension: %w", ErrUnknown)}
		}
	}
	n, k := len(order), len(dims)
	t := mat.NewDense(n, n, nil) // T reordered by dimension
	for a, i := range order {
		for b, j := range order {
			t.Set(a, b, d.Total.At(i, j))
		}
	}
	// T_D and the block-row-normalised T_C^α.
	td := mat.NewDense(k, k, nil)
	count := make([]float64, k)
	for _, I := range res.DimensionOf {
		count[I]++
	}
	tca := mat.NewDense(n, n, nil)
	for a := 0; a < n; a++ {
		rowSum := make([]float64, k)
		for b := 0; b < n; b++ {
			rowSum[res.DimensionOf[b]] += t.At(a, b)
		}
		for b := 0; b < n; b++ {
			J := res.DimensionOf[b]
			td.Set(res.DimensionOf[a], J, td.At(res.DimensionOf[a], J)+t.At(a, b)/(count[res.DimensionOf[a]]*count[J]))
			if s := rowSum[J]; s > 0 {
				tca.Set(a, b, t.At(a, b)/s)
			}
		}
	}
	res.TotalDimensions = td
	tda := mat.NewDense(k, k, nil)
	for I := 0; I < k; I++ {
		var s float64
		for J := 0; J < k; J++ {
			s += td.At(I, J)
		}
		for J := 0; J < k; J++ {
			if s > 0 {
				tda.Set(I, J, td.At(I, J)/s)
			}
		}
	}
	w := mat.NewDense(n, n, nil)
	w.CloneFrom(tca.T())
	res.Unweighted = w
	wa := mat.NewDense(n, n, nil)
	for a := 0; a < n; a++ {
		for b := 0; b < n; b++ {
			wa.Set(a, b, w.At(a, b)*tda.At(res.DimensionOf[b], res.DimensionOf[a]))
		}
	}
	normalizeColumns(wa)
	res.Weighted = wa
	lim, err := Limit(ctx, wa, opt)
	if err != nil {
		return nil, err
	}
	res.Limit = lim
	res.Weights = make([]float64, n)
	for a := 0; a < n; a++ {
		res.Weights[a] = mat.Sum(lim.Matrix.RowView(a)) / float64(n)
	}
	return res, nil
}
