package mcda

import (
	"fmt"
	"math"
)

// NormalizeWeights stores in dst the weights w scaled to sum to 1,
// w_j / Σ_k w_k, and returns dst. If dst is nil a new slice is allocated;
// dst may be w itself.
//
// It returns [ErrEmpty] for an empty w and a [*CriterionError] wrapping
// [ErrWeight] (with the 0-based index) for a weight that is negative, NaN or
// infinite, or when all weights are zero.
// It panics if dst is not nil and len(dst) != len(w).
func NormalizeWeights(dst, w []float64) ([]float64, error) {
	if len(w) == 0 {
		return nil, fmt.Errorf("mcda: no weights: %w", ErrEmpty)
	}
	dst = useDst(dst, len(w), "NormalizeWeights")
	copy(dst, w)
	if err := normalizeWeights(dst, nil); err != nil {
		return nil, err
	}
	return dst, nil
}

// normalizeWeights validates w in place and scales it to sum to 1. crit, if
// not nil, supplies names for errors.
func normalizeWeights(w []float64, crit []Criterion) error {
	name := func(j int) string {
		if crit == nil {
			return ""
		}
		return crit[j].Name
	}
	sum := 0.0
	for j, v := range w {
		switch {
		case math.IsNaN(v) || math.IsInf(v, 0):
			return &CriterionError{Index: j, Name: name(j), Err: fmt.Errorf("%w: %v is not finite", ErrWeight, v)}
		case v < 0:
			return &CriterionError{Index: j, Name: name(j), Err: fmt.Errorf("%w: %v is negative", ErrWeight, v)}
		}
		sum += v
	}
	if sum == 0 {
		return &CriterionError{Index: -1, Err: fmt.Errorf("%w: all weights are zero", ErrWeight)}
	}
	divideBySum(w, sum)
	return nil
}

// divideBySum divides the non-negative finite values of w by sum, their
// sum, so that they sum to 1. When sum has overflowed it first rescales w
// by its largest value.
func divideBySum(w []float64, sum float64) {
	if math.IsInf(sum, 0) {
		max := 0.0
		for _, v := range w {
			max = math.Max(max, v)
		}
		sum = 0
		for j := range w {
			w[j] /= max
			sum += w[j]
		}
	}
	for j := range w {
		w[j] /= sum
	}
}
