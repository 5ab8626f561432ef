package mcda

import (
	"fmt"
	"math"
)

// ShiftColumns returns a copy of m in which every criterion whose smallest
// value is below floor is translated, x' = x + (floor − min_i x_ij), so
// that its smallest value becomes floor; the other criteria are unchanged.
// It also returns the shift added to each criterion (0 for those left
// alone). Names, objectives and weights are kept.
//
// It is the documented transformation a caller may opt into when a method
// needs positive values ([WPM], [MOORAFMF], [COPRAS], [ARAS], [MEREC],
// max and sum normalizations, ...) and the data hold zeros or negative
// values, as is common practice (e.g. x − min + 1). It is never applied
// silently. A translation changes the ratios between values, so methods on
// a ratio scale rank the shifted data differently from any reading of the
// original data; methods that depend only on differences within a column
// (min-max normalization, [VIKOR], [PROMETHEE] thresholds, [MABAC]) are
// unaffected by it. Choose floor relative to the column's spread: a floor
// that is small against the spread lets the smallest value dominate ratios.
//
// The shift of a column is the smallest float64 s for which min + s,
// rounded, is at least floor, so that the smallest value becomes floor
// exactly whenever a float64 shift can achieve it, and the nearest value
// above floor otherwise: when the column's values are far larger than
// floor (|min| >= 2^53·floor, say min = −1e16 with floor 1), floor is not
// a float64 distance away from min and the smallest value becomes the
// next representable sum (2 in the example) rather than rounding down to
// 0. Values that differ by less than the rounding of the shifted
// magnitude may then become equal. Compare the smallest shifted value with
// floor to tell the cases apart, as examples/rank does.
//
// It returns an error wrapping [ErrParameter] for a floor that is NaN or
// infinite, and a [*ValueError] wrapping [ErrNotFinite] naming the first
// value that the translation would overflow.
func ShiftColumns(m *DecisionMatrix, floor float64) (*DecisionMatrix, []float64, error) {
	if math.IsNaN(floor) || math.IsInf(floor, 0) {
		return nil, nil, fmt.Errorf("mcda: shift: floor %v: %w", floor, ErrParameter)
	}
	rows, n := m.Dims()
	shift := make([]float64, n)
	for j := range n {
		lo := math.Inf(1)
		for i := range rows {
			lo = math.Min(lo, m.data[i*n+j])
		}
		if lo < floor {
			shift[j] = exactShift(lo, floor)
		}
	}
	out := &DecisionMatrix{alternatives: m.alternatives, criteria: m.criteria, weights: m.weights,
		data: make([]float64, len(m.data))}
	for k, x := range m.data {
		j := k % n
		// An infinite shift (floor − min overflowed) makes v infinite too.
		v := x + shift[j]
		if math.IsInf(v, 0) {
			i := k / n
			return nil, nil, &ValueError{Alternative: i, AlternativeName: m.alternatives[i], Criterion: j,
				CriterionName: m.criteria[j].Name, Value: x,
				Err: fmt.Errorf("shifting by %v overflows: %w", shift[j], ErrNotFinite)}
		}
		out.data[k] = v
	}
	return out, shift, nil
}

// exactShift returns the smallest s such that lo + s, rounded, is >= floor,
// for lo < floor; +Inf when floor − lo overflows. floor − lo, rounded,
// reaches floor or is an ulp short of it; below it, the smallest s is
// found by bisection on the bits of s (positive float64 values are ordered
// as their bits), in at most 64 steps: stepping down one ulp at a time
// could take 2^52 steps (lo = 1, floor = 1 + 2^−52).
func exactShift(lo, floor float64) float64 {
	s := floor - lo
	if math.IsInf(s, 0) {
		return s
	}
	for lo+s < floor { // at most twice
		s = math.Nextafter(s, math.Inf(1))
	}
	a, b := uint64(0), math.Float64bits(s) // lo + 0 < floor <= lo + s
	for b-a > 1 {
		mid := a + (b-a)/2
		if lo+math.Float64frombits(mid) >= floor {
			b = mid
		} else {
			a = mid
		}
	}
	return math.Float64frombits(b)
}
