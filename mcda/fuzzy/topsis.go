package fuzzy

import (
	"fmt"
	"math"

	"github.com/balancer-mcda/balancer/mcda"
)

// An Ideal selects the fuzzy positive- and negative-ideal solutions of
// fuzzy TOPSIS.
//
// Its values are [IdealUnit] and [IdealMaxMin].
type Ideal int

const (
	// IdealUnit takes v*_j = (1, 1, 1) and v⁻_j = (0, 0, 0), as Chen
	// (2000) does: the weighted normalised ratings lie in [0, 1].
	IdealUnit Ideal = iota
	// IdealMaxMin takes, criterion by criterion, the bound-by-bound
	// maximum and minimum of the weighted normalised ratings, as crisp
	// TOPSIS takes the best and worst values.
	IdealMaxMin
)

// String returns the ideal's name as the CLIs spell it.
func (k Ideal) String() string {
	switch k {
	case IdealUnit:
		return "unit"
	case IdealMaxMin:
		return "maxmin"
	}
	return fmt.Sprintf("Ideal(%d)", int(k))
}

// A Separation says how the distances of one alternative on each criterion
// are combined into its distance to an ideal.
//
// Its values are [SeparationSum] and [SeparationEuclidean].
type Separation int

const (
	// SeparationSum adds the vertex distances, d_i = Σ_j d(v_ij, v_j), as
	// Chen (2000) does.
	SeparationSum Separation = iota
	// SeparationEuclidean takes √Σ_j d(v_ij, v_j)², which with crisp
	// ratings and IdealMaxMin is crisp TOPSIS with max normalisation
	// (mcda.TOPSIS with mcda.NormalizationMax).
	SeparationEuclidean
)

// String returns the separation's name as the CLIs spell it.
func (k Separation) String() string {
	switch k {
	case SeparationSum:
		return "sum"
	case SeparationEuclidean:
		return "euclidean"
	}
	return fmt.Sprintf("Separation(%d)", int(k))
}

// TOPSISOptions configures [TOPSIS]; the zero value is Chen's (2000)
// method.
type TOPSISOptions struct {
	Ideal      Ideal
	Separation Separation
}

// A TOPSISResult holds the intermediates of fuzzy TOPSIS; matrices are
// alternatives × criteria.
type TOPSISResult struct {
	Alternatives []string
	Criteria     []string
	// Ratings are the decision makers' mean ratings x_ij, Weights their
	// mean weights w_j.
	Ratings [][]TFN
	Weights []TFN
	// Normalized are the normalised ratings r_ij and Weighted v_ij = r_ij ⊗ w_j.
	Normalized, Weighted [][]TFN
	// PositiveIdeal and NegativeIdeal are v*_j and v⁻_j.
	PositiveIdeal, NegativeIdeal []TFN
	// DPlus and DMinus are the distances to the ideals, and Closeness
	// CC_i = d⁻_i / (d*_i + d⁻_i), higher is better.
	DPlus, DMinus, Closeness []float64
	// Ranks are competition ranks of Closeness, 1 = best.
	Ranks []int
}

// TOPSIS ranks alternatives by Chen's (2000) fuzzy TOPSIS for group
// decisions: K decision makers rate every alternative on every criterion
// (ratings[k][i][j]) and weigh every criterion (weights[k][j]) with TFNs,
// typically from a linguistic scale (see ChenRatings and ChenWeights).
//
//  1. x_ij = (1/K)(x¹_ij ⊕ ... ⊕ x^K_ij), w_j likewise (the mean of the
//     decision makers).
//  2. Normalisation, by linear scale transformation: for a benefit
//     criterion r_ij = (a_ij/c*_j, b_ij/c*_j, c_ij/c*_j) with c*_j = max_i
//     c_ij; for a cost criterion r_ij = (a⁻_j/c_ij, a⁻_j/b_ij, a⁻_j/a_ij)
//     with a⁻_j = min_i a_ij.
//  3. v_ij = r_ij ⊗ w_j, the triangular approximation of the product
//     (see TFN.Mul).
//  4. The ideals by opt.Ideal (Chen's (1,1,1) and (0,0,0) by default).
//  5. d*_i and d⁻_i combine the vertex distances (see Distance) to the
//     ideals by opt.Separation (Chen's sum by default), and
//     CC_i = d⁻_i / (d*_i + d⁻_i).
//
// Ratings must be non-negative, and on a cost criterion positive (l > 0);
// weights non-negative and not all (0, 0, 0). A benefit criterion whose
// ratings are all 0 normalises to (1, 1, 1): every alternative is equally
// good on it. When d*_i + d⁻_i = 0 (every alternative equal to both ideals)
// CC_i = 0.5. Permuting the alternatives permutes the results.
//
// Time O(K·m·n), memory O(m·n) for m alternatives and n criteria.
//
// The error wraps mcda.ErrEmpty, is a *mcda.ShapeError (naming the decision
// maker), a *TFNError naming "ratings[k][i][j]" or "weights[k][j]"
// (ErrOrder, mcda.ErrNotFinite, mcda.ErrNegative, mcda.ErrNotPositive), an
// *ItemError for names, or wraps mcda.ErrWeight (all weights zero),
// mcda.ErrObjective or mcda.ErrParameter (unknown options); an *ItemError
// naming an alternative wraps mcda.ErrNotFinite when its distances to the
// ideals exceed the float64 range (weights near 1e308).
func TOPSIS(alternatives []string, criteria []mcda.Criterion, ratings [][][]TFN, weights [][]TFN, opt TOPSISOptions) (*TOPSISResult, error) {
	m, n := len(alternatives), len(criteria)
	if err := checkNames("alternatives", alternatives); err != nil {
		return nil, err
	}
	names := make([]string, n)
	for j, c := range criteria {
		names[j] = c.Name
		if c.Objective != mcda.ObjectiveBenefit && c.Objective != mcda.ObjectiveCost {
			return nil, &ItemError{Field: fmt.Sprintf("criteria[%d]", j), Name: c.Name, Err: mcda.ErrObjective}
		}
	}
	if err := checkNames("criteria", names); err != nil {
		return nil, err
	}
	if opt.Ideal != IdealUnit && opt.Ideal != IdealMaxMin {
		return nil, fmt.Errorf("fuzzy: topsis: %v: %w", opt.Ideal, mcda.ErrParameter)
	}
	if opt.Separation != SeparationSum && opt.Separation != SeparationEuclidean {
		return nil, fmt.Errorf("fuzzy: topsis: %v: %w", opt.Separation, mcda.ErrParameter)
	}
	if len(ratings) == 0 {
		return nil, &ItemError{Field: "ratings", Err: mcda.ErrEmpty}
	}
	if len(weights) != len(ratings) {
		return nil, fmt.Errorf("fuzzy: topsis: weights: %w", &mcda.ShapeError{What: "decision makers' weights", Got: len(weights), Want: len(ratings)})
	}
	K := float64(len(ratings))
	res := &TOPSISResult{Alternatives: append([]string(nil), alternatives...), Criteria: names}
	res.Ratings = grid(m, n)
	res.Weights = make([]TFN, n)
	for k, x := range ratings {
		if len(x) != m {
			return nil, fmt.Errorf("fuzzy: topsis: ratings[%d]: %w", k, &mcda.ShapeError{What: "alternatives", Got: len(x), Want: m})
		}
		for i, row := range x {
			if len(row) != n {
				return nil, fmt.Errorf("fuzzy: topsis: ratings[%d][%d]: %w", k, i, &mcda.ShapeError{What: "criteria", Got: len(row), Want: n})
			}
			for j, t := range row {
				if err := t.checkNonNegative(fmt.Sprintf("ratings[%d][%d][%d]", k, i, j)); err != nil {
					return nil, err
				}
				res.Ratings[i][j] = res.Ratings[i][j].Add(t.Scale(1 / K))
			}
		}
		if len(weights[k]) != n {
			return nil, fmt.Errorf("fuzzy: topsis: weights[%d]: %w", k, &mcda.ShapeError{What: "criteria", Got: len(weights[k]), Want: n})
		}
		for j, t := range weights[k] {
			if err := t.checkNonNegative(fmt.Sprintf("weights[%d][%d]", k, j)); err != nil {
				return nil, err
			}
			res.Weights[j] = res.Weights[j].Add(t.Scale(1 / K))
		}
	}
	var anyWeight bool
	for _, w := range res.Weights {
		anyWeight = anyWeight || w.U > 0
	}
	if !anyWeight {
		return nil, fmt.Errorf("fuzzy: topsis: every weight is (0, 0, 0): %w", mcda.ErrWeight)
	}
	res.Normalized, res.Weighted = grid(m, n), grid(m, n)
	for j, c := range criteria {
		if c.Objective == mcda.ObjectiveBenefit {
			var cs float64
			for i := 0; i < m; i++ {
				cs = math.Max(cs, res.Ratings[i][j].U)
			}
			for i := 0; i < m; i++ {
				x := res.Ratings[i][j]
				if cs == 0 {
					res.Normalized[i][j] = TFN{1, 1, 1}
				} else {
					res.Normalized[i][j] = TFN{x.L / cs, x.M / cs, x.U / cs}
				}
			}
		} else {
			as := math.Inf(1)
			for i := 0; i < m; i++ {
				as = math.Min(as, res.Ratings[i][j].L)
			}
			if !(as > 0) {
				for i := 0; i < m; i++ {
					if x := res.Ratings[i][j]; !(x.L > 0) {
						return nil, &TFNError{Field: fmt.Sprintf("ratings[%d][%d] (mean of the decision makers; cost criterion %q)", i, j, c.Name), L: x.L, M: x.M, U: x.U, Err: mcda.ErrNotPositive}
					}
				}
			}
			for i := 0; i < m; i++ {
				x := res.Ratings[i][j]
				res.Normalized[i][j] = TFN{as / x.U, as / x.M, as / x.L}
			}
		}
		for i := 0; i < m; i++ {
			res.Weighted[i][j] = res.Normalized[i][j].Mul(res.Weights[j])
		}
	}
	res.PositiveIdeal, res.NegativeIdeal = make([]TFN, n), make([]TFN, n)
	for j := 0; j < n; j++ {
		if opt.Ideal == IdealUnit {
			res.PositiveIdeal[j], res.NegativeIdeal[j] = TFN{1, 1, 1}, TFN{}
			continue
		}
		hi, lo := res.Weighted[0][j], res.Weighted[0][j]
		for i := 1; i < m; i++ {
			v := res.Weighted[i][j]
			hi = TFN{math.Max(hi.L, v.L), math.Max(hi.M, v.M), math.Max(hi.U, v.U)}
			lo = TFN{math.Min(lo.L, v.L), math.Min(lo.M, v.M), math.Min(lo.U, v.U)}
		}
		res.PositiveIdeal[j], res.NegativeIdeal[j] = hi, lo
	}
	res.DPlus, res.DMinus, res.Closeness = make([]float64, m), make([]float64, m), make([]float64, m)
	da, db := make([]float64, n), make([]float64, n)
	for i := 0; i < m; i++ {
		// Distances divided by the alternative's largest, so that neither
		// the sums nor the squares overflow; CC is a ratio.
		var big float64
		for j := 0; j < n; j++ {
			da[j], db[j] = Distance(res.Weighted[i][j], res.PositiveIdeal[j]), Distance(res.Weighted[i][j], res.NegativeIdeal[j])
			big = math.Max(big, math.Max(da[j], db[j]))
		}
		if big == 0 {
			res.Closeness[i] = 0.5
			continue
		}
		var dp, dm float64
		for j := 0; j < n; j++ {
			a, b := da[j]/big, db[j]/big
			if opt.Separation == SeparationEuclidean {
				a, b = a*a, b*b
			}
			dp += a
			dm += b
		}
		if opt.Separation == SeparationEuclidean {
			dp, dm = math.Sqrt(dp), math.Sqrt(dm)
		}
		res.DPlus[i], res.DMinus[i] = dp*big, dm*big
		if math.IsInf(res.DPlus[i], 0) || math.IsInf(res.DMinus[i], 0) {
			return nil, &ItemError{Field: fmt.Sprintf("alternatives[%d]", i), Name: alternatives[i], Err: fmt.Errorf("distances to the ideals exceed the float64 range (scale the weights or ratings down): %w", mcda.ErrNotFinite)}
		}
		res.Closeness[i] = dm / (dp + dm)
	}
	res.Ranks, _ = mcda.RankScores(nil, nil, res.Closeness, true)
	return res, nil
}

func grid(m, n int) [][]TFN {
	g := make([][]TFN, m)
	for i := range g {
		g[i] = make([]TFN, n)
	}
	return g
}

func checkNames(field string, names []string) error {
	if len(names) == 0 {
		return &ItemError{Field: field, Err: mcda.ErrEmpty}
	}
	seen := make(map[string]bool, len(names))
	for i, s := range names {
		f := fmt.Sprintf("%s[%d]", field, i)
		if s == "" {
			return &ItemError{Field: f, Err: mcda.ErrName}
		}
		if seen[s] {
			return &ItemError{Field: f, Name: s, Err: mcda.ErrDuplicateName}
		}
		seen[s] = true
	}
	return nil
}
