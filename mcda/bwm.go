package mcda

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/optimize/convex/lp"
)

// BWM is a Best-Worst Method problem (Rezaei, 2015, Omega 53:49-57): a
// decision-maker names the best (most important) criterion B and the worst
// (least important) criterion W, and compares B with every criterion,
// a_Bj, and every criterion with W, a_jW, on Saaty's 1-9 scale. [BWM.Solve]
// finds the weights of the linear model (Rezaei, 2016, Omega 64:126-130),
//
//	minimize ξ  subject to
//	  |w_B − a_Bj w_j| <= ξ   for every j
//	  |w_j − a_jW w_W| <= ξ   for every j
//	  Σ_j w_j = 1,  w_j >= 0
//
// which, unlike the original non-linear model min max |w_B/w_j − a_Bj|, has
// a unique optimum. The optimal ξ^L measures the inconsistency of the
// comparisons: 0 when a_Bj·a_jW = a_BW for every j.
//
// Fields are validated by Solve; see there for the errors.
type BWM struct {
	// Criteria names the criteria; the names must be non-empty and unique.
	Criteria []string
	// Best and Worst are the 0-based indices of the best and the worst
	// criterion; they must differ unless there is a single criterion.
	Best, Worst int
	// BestToOthers holds a_Bj, how much more important the best criterion is
	// than criterion j, in [1, 9]; a_BB = 1.
	BestToOthers []float64
	// OthersToWorst holds a_jW, how much more important criterion j is than
	// the worst criterion, in [1, 9]; a_WW = 1, and a_BW must equal the
	// best-to-others comparison of the worst criterion.
	OthersToWorst []float64
}

// BWMResult holds the solution of a [BWM] problem.
type BWMResult struct {
	// Weights holds w_j in the order of BWM.Criteria; they are >= 0 and sum
	// to 1.
	Weights []float64
	// Xi is ξ^L, the optimal objective of the linear model: the largest of
	// |w_B − a_Bj w_j| and |w_j − a_jW w_W| at the weights returned. It is
	// the consistency indicator of the linear model (Rezaei, 2016): the
	// closer to 0, the more consistent the comparisons.
	Xi float64
	// ConsistencyIndex is the largest ξ the non-linear model can reach for
	// the given a_BW (Rezaei, 2015, Table 4): 0, 0.44, 1.00, 1.63, 2.30,
	// 3.00, 3.73, 4.47 and 5.23 for a_BW = 1, …, 9. Those entries are the
	// root ξ = ((1 + 2a_BW) − √(1 + 8a_BW)) / 2 of Rezaei's equation
	// ξ² − (1 + 2a_BW)ξ + (a_BW² − a_BW) = 0 rounded to two decimals; the
	// table value is used for an integer a_BW, the root otherwise.
	ConsistencyIndex float64
	// ConsistencyRatio is Xi / ConsistencyIndex, Rezaei's (2015)
	// consistency ratio applied to ξ^L as the jakub-tomczak/BWM R package
	// does; 0 when a_BW = 1. Values near 0 mean consistent comparisons. It
	// is a report, not an error: the caller decides what is acceptable.
	ConsistencyRatio float64
}

// bwmCI is Rezaei's (2015) Table 4: the consistency index for a_BW = 1..9.
var bwmCI = [...]float64{0, 0.44, 1.00, 1.63, 2.30, 3.00, 3.73, 4.47, 5.23}

// bwmConsistencyIndex returns the consistency index for a_BW.
func bwmConsistencyIndex(aBW float64) float64 {
	if k := int(aBW); float64(k) == aBW && k >= 1 && k <= 9 {
		return bwmCI[k-1]
	}
	return ((1 + 2*aBW) - math.Sqrt(1+8*aBW)) / 2
}

// Solve validates the problem and returns the weights of the linear BWM
// model with ξ^L and the consistency ratio. It does not modify p.
//
// Errors: [ErrEmpty] for no criteria; a [*ShapeError] when a comparison
// vector's length differs from the number of criteria; a [*CriterionError]
// naming the criterion that wraps [ErrName] or [ErrDuplicateName] for a bad
// name, [ErrNotFinite] for a NaN or infinite comparison, and [ErrParameter]
// for a best or worst index out of range, a best criterion that is also
// the worst, a comparison outside [1, 9], a_BB ≠ 1, a_WW ≠ 1, or a_BW
// differing between the two vectors.
func (p *BWM) Solve() (*BWMResult, error) {
	if err := p.validate(); err != nil {
		return nil, err
	}
	n := len(p.Criteria)
	aBW := p.BestToOthers[p.Worst]
	res := &BWMResult{Weights: make([]float64, n), ConsistencyIndex: bwmConsistencyIndex(aBW)}
	if n == 1 {
		res.Weights[0] = 1
		return res, nil
	}
	w, err := p.solveLP()
	if err != nil {
		return nil, err
	}
	copy(res.Weights, w)
	res.Xi = p.xi(res.Weights)
	if res.ConsistencyIndex > 0 {
		res.ConsistencyRatio = res.Xi / res.ConsistencyIndex
	}
	return res, nil
}

// xi returns the largest deviation max(|w_B − a_Bj w_j|, |w_j − a_jW w_W|).
func (p *BWM) xi(w []float64) float64 {
	var xi float64
	for j := range w {
		xi = math.Max(xi, math.Abs(w[p.Best]-p.BestToOthers[j]*w[j]))
		xi = math.Max(xi, math.Abs(w[j]-p.OthersToWorst[j]*w[p.Worst]))
	}
	return xi
}

// solveLP solves the linear model in the standard form of lp.Simplex. The
// variables are w_0…w_{n−1}, ξ and one slack per inequality; each
// inequality ±(w_a − c·w_b) − ξ <= 0 becomes ±(w_a − c·w_b) − ξ + s = 0.
func (p *BWM) solveLP() ([]float64, error) {
	n := len(p.Criteria)
	type pair struct {
		a, b int
		c    float64
	}
	var pairs []pair
	for j := range n {
		if j != p.Best {
			pairs = append(pairs, pair{p.Best, j, p.BestToOthers[j]})
		}
	}
	for j := range n {
		if j != p.Best && j != p.Worst { // (B, W) is already in the first set
			pairs = append(pairs, pair{j, p.Worst, p.OthersToWorst[j]})
		}
	}
	ineq := 2 * len(pairs)
	rows, cols := ineq+1, n+1+ineq
	a := mat.NewDense(rows, cols, nil)
	b := make([]float64, rows)
	for k, pr := range pairs {
		for s, sign := range [2]float64{1, -1} {
			r := 2*k + s
			a.Set(r, pr.a, sign)
			a.Set(r, pr.b, a.At(r, pr.b)-sign*pr.c)
			a.Set(r, n, -1)
			a.Set(r, n+1+r, 1)
		}
	}
	for j := range n {
		a.Set(ineq, j, 1)
	}
	b[ineq] = 1
	c := make([]float64, cols)
	c[n] = 1
	_, x, err := lp.Simplex(c, a, b, 1e-12, nil)
	if err != nil {
		return nil, fmt.Errorf("mcda: bwm: linear program: %w", err)
	}
	w := x[:n]
	var sum float64
	for j := range w {
		w[j] = math.Max(0, w[j])
		sum += w[j]
	}
	divideBySum(w, sum)
	return w, nil
}

func (p *BWM) validate() error {
	n := len(p.Criteria)
	if n == 0 {
		return fmt.Errorf("mcda: bwm: no criteria: %w", ErrEmpty)
	}
	seen := make(map[string]int, n)
	for j, name := range p.Criteria {
		if name == "" {
			return &CriterionError{Index: j, Err: ErrName}
		}
		if k, dup := seen[name]; dup {
			return &CriterionError{Index: j, Name: name, Err: fmt.Errorf("%w: same as criterion %d", ErrDuplicateName, k)}
		}
		seen[name] = j
	}
	if len(p.BestToOthers) != n {
		return &ShapeError{What: "best-to-others comparisons", Got: len(p.BestToOthers), Want: n}
	}
	if len(p.OthersToWorst) != n {
		return &ShapeError{What: "others-to-worst comparisons", Got: len(p.OthersToWorst), Want: n}
	}
	if p.Best < 0 || p.Best >= n {
		return fmt.Errorf("mcda: bwm: best criterion %d outside 0..%d: %w", p.Best, n-1, ErrParameter)
	}
	if p.Worst < 0 || p.Worst >= n {
		return fmt.Errorf("mcda: bwm: worst criterion %d outside 0..%d: %w", p.Worst, n-1, ErrParameter)
	}
	crit := func(j int, err error) error {
		return &CriterionError{Index: j, Name: p.Criteria[j], Err: err}
	}
	if n > 1 && p.Best == p.Worst {
		return crit(p.Best, fmt.Errorf("%w: bwm: the best criterion is also the worst", ErrParameter))
	}
	for _, v := range [2]struct {
		what string
		a    []float64
	}{{"best-to-others", p.BestToOthers}, {"others-to-worst", p.OthersToWorst}} {
		for j, x := range v.a {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return crit(j, fmt.Errorf("%w: bwm: %s comparison %v", ErrNotFinite, v.what, x))
			}
			if x < 1 || x > 9 {
				return crit(j, fmt.Errorf("%w: bwm: %s comparison %v outside [1, 9]", ErrParameter, v.what, x))
			}
		}
	}
	if x := p.BestToOthers[p.Best]; x != 1 {
		return crit(p.Best, fmt.Errorf("%w: bwm: the best criterion compared with itself is %v, want 1", ErrParameter, x))
	}
	if x := p.OthersToWorst[p.Worst]; x != 1 {
		return crit(p.Worst, fmt.Errorf("%w: bwm: the worst criterion compared with itself is %v, want 1", ErrParameter, x))
	}
	if x, y := p.BestToOthers[p.Worst], p.OthersToWorst[p.Best]; x != y {
		return crit(p.Worst, fmt.Errorf("%w: bwm: best over worst is %v in best-to-others but %v in others-to-worst", ErrParameter, x, y))
	}
	return nil
}
