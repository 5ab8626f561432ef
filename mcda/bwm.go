package mcda

import (
	"fmt"
	"math"
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
// differing between the two vectors; [ErrNoConvergence] only if rounding
// stalls the simplex at its cap of 450·(n−1) pivots per phase, which no input has
// been found to do.
//
// Time O(n²) per simplex pivot and memory O(n²) for n criteria; Bland's
// rule bounds the pivots, so Solve always returns.
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

// solveLP solves the linear model by a two-phase tableau simplex with
// Bland's rule. The variables are w_0…w_{n−1}, ξ, one slack per inequality
// and one artificial for Σ_j w_j = 1; each inequality ±(w_a − c·w_b) − ξ <= 0
// becomes ±(w_a − c·w_b) − ξ + s = 0, so the slacks and the artificial form
// a feasible first basis.
//
// gonum's lp.Simplex is not used: on degenerate BWM programs (every
// consistent problem is one: all constraints are tight at ξ = 0) it either
// failed with a singular basis or cycled forever: its Bland fallback picks
// columns by their position in a list that every pivot reorders, which does
// not prevent cycling, and it has no iteration bound. Bland's rule (smallest-index entering and leaving variable) cannot
// cycle (Bland, 1977, Math. Oper. Res. 2:103-107), so each phase ends after
// at most C(cols, rows) pivots; bwmMaxPivots caps them anyway against
// rounding, and Solve reports [ErrNoConvergence] if the cap is reached, or
// if the final basic solution is off Σ w = 1 or its own ξ by more than
// bwmCheckTol (see bwmPivotTol for how that once happened).
// With 4n−5 rows and 5n−4 columns each pivot costs O(rows·cols) = O(n²)
// time; the tableau takes O(n²) memory.
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
	rows := ineq + 1
	art := n + 1 + ineq // column of the artificial variable
	cols := art + 1     // the right-hand side is column cols
	t := &bwmTableau{rows: rows, cols: cols, a: make([]float64, rows*(cols+1)), basis: make([]int, rows)}
	for k, pr := range pairs {
		for s, sign := range [2]float64{1, -1} {
			r := 2*k + s
			t.set(r, pr.a, sign)
			t.set(r, pr.b, t.at(r, pr.b)-sign*pr.c)
			t.set(r, n, -1)
			t.set(r, n+1+r, 1)
			t.basis[r] = n + 1 + r
		}
	}
	for j := range n {
		t.set(ineq, j, 1)
	}
	t.set(ineq, art, 1)
	t.set(ineq, cols, 1)
	t.basis[ineq] = art

	// Phase 1: minimize the artificial variable.
	c := make([]float64, cols)
	c[art] = 1
	if err := t.minimize(c, cols); err != nil {
		return nil, err
	}
	// The feasible set is never empty (equal weights with a large ξ), so the
	// artificial variable is 0; drive it out of the basis if it is basic.
	for r, bv := range t.basis {
		if bv != art {
			continue
		}
		for j := range art {
			if math.Abs(t.at(r, j)) > bwmPivotTol {
				t.pivot(r, j)
				break
			}
		}
	}
	// Phase 2: minimize ξ without the artificial column.
	clear(c)
	c[n] = 1
	if err := t.minimize(c, art); err != nil {
		return nil, err
	}
	w := make([]float64, n)
	var xi float64
	for r, bv := range t.basis {
		switch {
		case bv < n:
			w[bv] = t.at(r, cols)
		case bv == n:
			xi = t.at(r, cols)
		}
	}
	var sum float64
	for j := range w {
		w[j] = math.Max(0, w[j])
		sum += w[j]
	}
	// The basic solution satisfies the constraints exactly but for
	// rounding; if it does not, the pivots lost the accuracy the weights
	// need, and no weights are better than wrong ones.
	if math.Abs(sum-1) > bwmCheckTol || math.Abs(xi-p.xi(w)) > bwmCheckTol {
		return nil, fmt.Errorf("mcda: bwm: linear program: the simplex lost accuracy (Σ w = %v, ξ = %v against %v at the weights): %w",
			sum, xi, p.xi(w), ErrNoConvergence)
	}
	divideBySum(w, sum)
	return w, nil
}

const (
	// bwmPivotTol is the smallest magnitude accepted as a pivot. The
	// tableau's entries are sums of products of comparisons in [1, 9] and
	// their inverses; an entry that should be 0 is left at a few 10⁻¹²
	// by cancellation, and pivoting on one (as a tolerance of 10⁻¹² once
	// allowed, on an entry of 2·10⁻¹²) multiplies the rounding errors by
	// its inverse and leaves a basic solution off the constraints by 1 %.
	bwmPivotTol = 1e-9
	// bwmCostTol is the largest negative reduced cost taken as optimal.
	bwmCostTol = 1e-12
	// bwmCheckTol bounds how far the final basic solution may be from the
	// constraints it must satisfy exactly (Σ w = 1, and the tableau's ξ
	// equal to the largest deviation of the weights) before Solve reports
	// a loss of accuracy instead of weights.
	bwmCheckTol = 1e-9
	// bwmMaxPivots caps the pivots of one simplex phase per tableau entry
	// count; Bland's rule needs far fewer, the cap only guards against a
	// rounding-induced loop.
	bwmMaxPivots = 50
)

// bwmTableau is a dense simplex tableau in row-major order with the
// right-hand side in the last column.
type bwmTableau struct {
	rows, cols int
	a          []float64
	basis      []int
}

func (t *bwmTableau) at(r, j int) float64     { return t.a[r*(t.cols+1)+j] }
func (t *bwmTableau) set(r, j int, v float64) { t.a[r*(t.cols+1)+j] = v }

// pivot makes column j basic in row r by Gauss-Jordan elimination.
func (t *bwmTableau) pivot(r, j int) {
	w := t.cols + 1
	row := t.a[r*w : (r+1)*w]
	inv := 1 / row[j]
	for k := range row {
		row[k] *= inv
	}
	row[j] = 1
	for i := range t.rows {
		if i == r {
			continue
		}
		other := t.a[i*w : (i+1)*w]
		f := other[j]
		if f == 0 {
			continue
		}
		for k := range other {
			other[k] -= f * row[k]
		}
		other[j] = 0
	}
	t.basis[r] = j
}

// minimize pivots by Bland's rule until no column below limit has a
// negative reduced cost for the costs c.
func (t *bwmTableau) minimize(c []float64, limit int) error {
	maxPivots := bwmMaxPivots * (t.rows + t.cols)
	for range maxPivots {
		// Entering: the smallest column index with a negative reduced cost.
		enter := -1
		for j := range limit {
			d := c[j]
			for r, bv := range t.basis {
				d -= c[bv] * t.at(r, j)
			}
			if d < -bwmCostTol {
				enter = j
				break
			}
		}
		if enter < 0 {
			return nil
		}
		// Leaving: the minimum ratio, ties to the smallest basic index.
		leave := -1
		var best float64
		for r, bv := range t.basis {
			x := t.at(r, enter)
			if x <= bwmPivotTol {
				continue
			}
			ratio := math.Max(0, t.at(r, t.cols)) / x
			if leave < 0 || ratio < best || (ratio == best && bv < t.basis[leave]) {
				leave, best = r, ratio
			}
		}
		if leave < 0 {
			// ξ and the artificial are bounded below by 0, so this is a
			// numerical breakdown, not an unbounded program.
			return fmt.Errorf("mcda: bwm: linear program: unbounded direction at column %d: %w", enter, ErrNoConvergence)
		}
		t.pivot(leave, enter)
	}
	return fmt.Errorf("mcda: bwm: linear program: no optimum after %d pivots: %w", maxPivots, ErrNoConvergence)
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
