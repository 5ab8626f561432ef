package anp

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"

	"github.com/balancer-mcda/balancer/mcda"
)

// A Normalization is the constant s by which DEMATEL divides the
// direct-relation matrix A to obtain N = A / s.
//
// Its values are [NormalizationMaxRowColumn] and [NormalizationMaxRow].
type Normalization int

const (
	// NormalizationMaxRowColumn divides by the larger of the largest row sum
	// and the largest column sum (Lee et al. 2013 and most of the
	// literature since; the default). The spectral radius of N is then at
	// most 1, and below 1 unless every row and column of A sums to s.
	NormalizationMaxRowColumn Normalization = iota
	// NormalizationMaxRow divides by the largest row sum, as Fontela & Gabus
	// (1976) did. When every row sums to that maximum, N is row-stochastic
	// and I - N singular (ErrSingular).
	NormalizationMaxRow
)

// String returns the normalization's name as the CLIs spell it.
func (k Normalization) String() string {
	switch k {
	case NormalizationMaxRowColumn:
		return "max-row-column"
	case NormalizationMaxRow:
		return "max-row"
	}
	return fmt.Sprintf("Normalization(%d)", int(k))
}

// ParseNormalization returns the Normalization named s ("max-row-column"
// or "max-row"); an unknown name wraps mcda.ErrParameter.
func ParseNormalization(s string) (Normalization, error) {
	switch s {
	case "max-row-column", "":
		return NormalizationMaxRowColumn, nil
	case "max-row":
		return NormalizationMaxRow, nil
	}
	return 0, fmt.Errorf("anp: normalization %q: %w", s, mcda.ErrParameter)
}

// DematelOptions configures [Dematel]. The zero value normalises by the
// larger of the largest row and column sums, weights experts equally and
// takes the mean of T as the threshold.
type DematelOptions struct {
	Normalization Normalization
	// Threshold for the impact-relation map; nil means the mean of all n²
	// entries of T (the most common choice, e.g. Tzeng et al. 2007).
	Threshold *float64
}

// A DematelResult holds every intermediate of a DEMATEL analysis of n
// factors. D, R, Prominence and Relation are in factor order.
type DematelResult struct {
	Factors []string
	// Direct is the average direct-relation matrix A of the experts:
	// A(i, j) is how much factor i influences factor j.
	Direct *mat.Dense
	// Scale is the normalising constant s, and Normalized N = A / s.
	Scale      float64
	Normalized *mat.Dense
	// Total is the total-relation matrix T = N (I - N)⁻¹ = N + N² + ...
	Total *mat.Dense
	// D holds the row sums of T (the influence a factor dispatches), R the
	// column sums (the influence it receives).
	D, R []float64
	// Prominence is D + R, how central a factor is; Relation is D - R,
	// positive for a net cause and negative for a net effect.
	Prominence, Relation []float64
	// Threshold is the threshold of the impact-relation map, and Map(i, j)
	// reports T(i, j) > Threshold: an arrow from factor i to factor j.
	Threshold float64
	Map       [][]bool
}

// Dematel runs the Decision Making Trial and Evaluation Laboratory method
// (Fontela & Gabus 1976; in the form of Tzeng, Chiang & Li 2007) on the
// direct-relation matrices of one or several experts over the named factors:
// experts[e][i][j] is expert e's rating of the direct influence of factor i
// on factor j, usually on the scale 0 (none) to 4 (very high), with a zero
// diagonal.
//
//  1. A is the arithmetic mean of the experts' matrices.
//  2. N = A / s, s by opt.Normalization (by default the larger of the
//     largest row sum and the largest column sum).
//  3. T = N (I - N)⁻¹, solved by LU factorisation with gonum (the series
//     N + N² + N³ + ... converges because N's spectral radius is below 1).
//  4. D = row sums of T, R = column sums, D + R and D - R.
//  5. The threshold (the mean of T unless given) and the map of the
//     entries of T above it.
//
// A matrix of zeros (no expert sees any influence) gives s = 0 and N = T = 0
// rather than NaN; a single factor is allowed.
//
// Time O(e·n² + n³), memory O(n²) for e experts and n factors (at most
// MaxNodes, checked before allocating).
//
// The error wraps mcda.ErrEmpty (no factors or no experts), is a
// *mcda.ShapeError (a matrix or row of the wrong size), a *NetworkError
// naming experts[e][i][j] for a negative or non-finite rating, names
// factors[i] for an empty or duplicate name, wraps mcda.ErrParameter for an
// unknown normalization or a non-finite threshold, names "experts" wrapping
// mcda.ErrNotFinite when a row or column sum of the mean matrix exceeds the
// float64 range, or wraps ErrSingular.
func Dematel(factors []string, experts [][][]float64, opt DematelOptions) (*DematelResult, error) {
	n := len(factors)
	if n == 0 {
		return nil, &NetworkError{Field: "factors", Err: mcda.ErrEmpty}
	}
	if n > MaxNodes {
		return nil, &NetworkError{Field: "factors", Err: &mcda.ShapeError{What: "factors (at most MaxNodes)", Got: n, Want: MaxNodes}}
	}
	if len(experts) == 0 {
		return nil, &NetworkError{Field: "experts", Err: mcda.ErrEmpty}
	}
	if err := checkNames("factors", factors); err != nil {
		return nil, err
	}
	if opt.Normalization != NormalizationMaxRowColumn && opt.Normalization != NormalizationMaxRow {
		return nil, fmt.Errorf("anp: dematel: %v: %w", opt.Normalization, mcda.ErrParameter)
	}
	if opt.Threshold != nil && (math.IsNaN(*opt.Threshold) || math.IsInf(*opt.Threshold, 0)) {
		return nil, fmt.Errorf("anp: dematel: threshold %v: %w", *opt.Threshold, mcda.ErrParameter)
	}
	for e, x := range experts {
		if len(x) != n {
			return nil, &NetworkError{Field: fmt.Sprintf("experts[%d]", e), Err: &mcda.ShapeError{What: "rows", Got: len(x), Want: n}}
		}
		for i, row := range x {
			if len(row) != n {
				return nil, &NetworkError{Field: fmt.Sprintf("experts[%d][%d]", e, i), Err: &mcda.ShapeError{What: "columns", Got: len(row), Want: n}}
			}
			for j, v := range row {
				f := fmt.Sprintf("experts[%d][%d][%d]", e, i, j)
				if math.IsNaN(v) || math.IsInf(v, 0) {
					return nil, &NetworkError{Field: f, Err: fmt.Errorf("value %v: %w", v, mcda.ErrNotFinite)}
				}
				if v < 0 {
					return nil, &NetworkError{Field: f, Err: fmt.Errorf("value %v: %w", v, mcda.ErrNegative)}
				}
			}
		}
	}
	res := &DematelResult{Factors: append([]string(nil), factors...)}
	a := mat.NewDense(n, n, nil)
	// Mean of the experts, each rating divided by the number of experts
	// first so that ratings near the float64 maximum do not overflow.
	ne := float64(len(experts))
	for _, x := range experts {
		for i, row := range x {
			for j, v := range row {
				a.Set(i, j, a.At(i, j)+v/ne)
			}
		}
	}
	res.Direct = a
	t, s, nn, err := totalRelation(a, opt.Normalization)
	if err != nil {
		return nil, err
	}
	res.Scale, res.Normalized, res.Total = s, nn, t
	res.D = make([]float64, n)
	res.R = make([]float64, n)
	res.Prominence = make([]float64, n)
	res.Relation = make([]float64, n)
	var mean float64
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			v := t.At(i, j)
			res.D[i] += v
			res.R[j] += v
			mean += v / float64(n*n)
		}
	}
	for i := 0; i < n; i++ {
		res.Prominence[i] = res.D[i] + res.R[i]
		res.Relation[i] = res.D[i] - res.R[i]
	}
	res.Threshold = mean
	if opt.Threshold != nil {
		res.Threshold = *opt.Threshold
	}
	res.Map = make([][]bool, n)
	for i := range res.Map {
		res.Map[i] = make([]bool, n)
		for j := range res.Map[i] {
			res.Map[i][j] = t.At(i, j) > res.Threshold
		}
	}
	return res, nil
}

// totalRelation returns T = N (I - N)⁻¹, s and N = A / s.
func totalRelation(a *mat.Dense, kind Normalization) (t *mat.Dense, s float64, nn *mat.Dense, err error) {
	n, _ := a.Dims()
	// Row and column sums, scaled by the largest entry to avoid overflow.
	var big float64
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			big = math.Max(big, a.At(i, j))
		}
	}
	nn = mat.NewDense(n, n, nil)
	t = mat.NewDense(n, n, nil)
	if big == 0 {
		return t, 0, nn, nil
	}
	var maxRow, maxCol float64
	for i := 0; i < n; i++ {
		var r, c float64
		for j := 0; j < n; j++ {
			r += a.At(i, j) / big
			c += a.At(j, i) / big
		}
		maxRow = math.Max(maxRow, r)
		maxCol = math.Max(maxCol, c)
	}
	sc := maxRow
	if kind == NormalizationMaxRowColumn {
		sc = math.Max(maxRow, maxCol)
	}
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			nn.Set(i, j, a.At(i, j)/big/sc)
		}
	}
	s = sc * big
	if math.IsInf(s, 0) {
		return nil, 0, nil, &NetworkError{Field: "experts", Err: fmt.Errorf("the largest row or column sum of the mean direct-relation matrix exceeds the float64 range: %w", mcda.ErrNotFinite)}
	}
	// T (I - N) = N  <=>  (I - N)ᵀ Tᵀ = Nᵀ.
	im := mat.NewDense(n, n, nil)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			v := -nn.At(j, i)
			if i == j {
				v++
			}
			im.Set(i, j, v)
		}
	}
	var lu mat.LU
	lu.Factorize(im)
	if c := lu.Cond(); c > 1e12 || math.IsInf(c, 0) || math.IsNaN(c) {
		return nil, 0, nil, fmt.Errorf("anp: dematel: condition number %.3g: %w", c, ErrSingular)
	}
	var tt mat.Dense
	if err := lu.SolveTo(&tt, false, nn.T()); err != nil {
		return nil, 0, nil, fmt.Errorf("anp: dematel: %w", ErrSingular)
	}
	t.Copy(tt.T())
	return t, s, nn, nil
}

func checkNames(field string, names []string) error {
	seen := make(map[string]bool, len(names))
	for i, s := range names {
		f := fmt.Sprintf("%s[%d]", field, i)
		if s == "" {
			return &NetworkError{Field: f, Err: mcda.ErrName}
		}
		if seen[s] {
			return &NetworkError{Field: f, Name: s, Err: mcda.ErrDuplicateName}
		}
		seen[s] = true
	}
	return nil
}
