package sorting

import (
	"fmt"
	"math"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/outranking"
)

// FlowSort is FlowSort (Nemery & Lamboray, 2008, FlowSort: a flow-based
// sorting method with limiting or central profiles, TOP 16(1):90-113),
// sorting by PROMETHEE flows. For each alternative a the PROMETHEE flows
// φ⁺, φ⁻ and φ of [mcda.PROMETHEE], with its preference functions, are
// computed on the reference set R ∪ {a}: the profiles and a alone, so that
// a's category does not depend on the other alternatives.
//
// With limiting profiles r_0 (worst) … r_K (best) delimiting K categories,
// a is assigned to C_h when
//
//	φ(r_h) < φ(a) <= φ(r_{h+1})                  (Category, by net flow)
//	φ⁺(r_h) < φ⁺(a) <= φ⁺(r_{h+1})               (ByPositive, leaving flow)
//	φ⁻(r_h) > φ⁻(a) >= φ⁻(r_{h+1})               (ByNegative, entering flow)
//
// and the two last give the interval [Worse, Better] of FlowSort's
// PROMETHEE I variant. An alternative at or beyond the extreme profiles
// goes to the extreme category. With central profiles r_0 … r_{K−1}, one
// typical of each category, a is assigned to the category whose profile's
// flow is closest to its own (a tie goes to the worse category).
//
// Conventions: flows are compared with tolerance [mcda.TieTolerance]; an
// alternative whose flow equals that of the profile above its category
// stays in it, on every flow (the intervals above, as the diviz modules of
// github.com/WAndraszyk/Construct-your-own-PROMETHEE-with-Python-for-MCDA
// assert; some statements of FlowSort close the entering-flow interval on
// the other side, φ⁻(r_h) >= φ⁻(a) > φ⁻(r_{h+1})).
// Flows are PROMETHEE's, scaled by 1/(|R ∪ {a}| − 1). The profiles must
// dominate each other (see [outranking.CheckProfiles]); they need not bound the data.
//
// The work is O(m·K²·n) time and O(K·n) working memory.
type FlowSort struct {
	// Profiles holds the profiles, worst first: K+1 limiting profiles,
	// or K central profiles when Central is true.
	Profiles [][]float64
	// Central says the profiles are central, one per category, rather
	// than limiting.
	Central bool
	// Preferences holds one PROMETHEE generalized criterion per criterion,
	// as [mcda.PROMETHEE.Preferences]; nil means the usual criterion.
	Preferences []mcda.Preference
}

// FlowSortResult holds the flows and the categories of FlowSort. Flows are
// those of each alternative and of each profile in the reference set of
// that alternative.
type FlowSortResult struct {
	PositiveFlow, NegativeFlow, NetFlow []float64 // of each alternative
	// ProfileNetFlow[i][h] etc. are the flows of profile h in the reference
	// set of alternative i.
	ProfilePositiveFlow, ProfileNegativeFlow, ProfileNetFlow [][]float64
	// Category is each alternative's category by net flow, 0 the worst.
	Category []int
	// ByPositive and ByNegative are the categories given by the leaving
	// and by the entering flow; Worse and Better the lower and the higher
	// of the two.
	ByPositive, ByNegative []int
	Worse, Better          []int
}

// Categories returns the number of categories of the profiles.
func (f *FlowSort) Categories() int {
	if f.Central {
		return len(f.Profiles)
	}
	return len(f.Profiles) - 1
}

// Evaluate sorts the alternatives of m. Errors: an [*outranking.ProfileError] wrapping
// [mcda.ErrParameter] for too few profiles (2 limiting or 1 central), a
// profile of the wrong length, a non-finite value or a profile that does
// not dominate the one below; the errors of [mcda.PROMETHEE] for invalid
// preferences.
func (f *FlowSort) Evaluate(m *mcda.DecisionMatrix) (*FlowSortResult, error) {
	rows, n := m.Dims()
	least := 2
	if f.Central {
		least = 1
	}
	if err := outranking.CheckProfiles(m, f.Profiles, least); err != nil {
		return nil, err
	}
	k := len(f.Profiles)
	// The reference set: the profiles, then the alternative, named so
	// that no name can clash.
	names := make([]string, k+1)
	vals := make([][]float64, k+1)
	for h, b := range f.Profiles {
		names[h] = fmt.Sprintf("profile %d", h)
		vals[h] = b
	}
	names[k] = "alternative"
	vals[k] = m.Row(nil, 0)
	ref, err := mcda.NewDecisionMatrix(names, m.Criteria(), vals)
	if err != nil {
		return nil, fmt.Errorf("sorting: flowsort: %w", err)
	}
	res := &FlowSortResult{
		PositiveFlow: make([]float64, rows), NegativeFlow: make([]float64, rows), NetFlow: make([]float64, rows),
		ProfilePositiveFlow: newMatrix(rows, k), ProfileNegativeFlow: newMatrix(rows, k), ProfileNetFlow: newMatrix(rows, k),
		Category: make([]int, rows), Worse: make([]int, rows), Better: make([]int, rows),
		ByPositive: make([]int, rows), ByNegative: make([]int, rows),
	}
	values := make([]float64, (k+1)*n)
	for h, b := range f.Profiles {
		copy(values[h*n:], b)
	}
	pr := mcda.PROMETHEE{Preferences: f.Preferences}
	var v *mcda.DecisionMatrix
	for i := range rows {
		m.Row(values[k*n:], i)
		if v, err = ref.Variant(v, values, nil); err != nil {
			return nil, fmt.Errorf("sorting: flowsort: %w", err)
		}
		fl, err := pr.Evaluate(v)
		if err != nil {
			return nil, err
		}
		copy(res.ProfilePositiveFlow[i], fl.PositiveFlow[:k])
		copy(res.ProfileNegativeFlow[i], fl.NegativeFlow[:k])
		copy(res.ProfileNetFlow[i], fl.NetFlow[:k])
		res.PositiveFlow[i], res.NegativeFlow[i], res.NetFlow[i] = fl.PositiveFlow[k], fl.NegativeFlow[k], fl.NetFlow[k]
		res.Category[i], res.ByPositive[i], res.ByNegative[i] = assign(f.Central,
			fl.PositiveFlow[:k], fl.NegativeFlow[:k], fl.NetFlow[:k], fl.PositiveFlow[k], fl.NegativeFlow[k], fl.NetFlow[k])
		res.Worse[i], res.Better[i] = min(res.ByPositive[i], res.ByNegative[i]), max(res.ByPositive[i], res.ByNegative[i])
	}
	return res, nil
}

// limitingAbove returns the category of a flow x (higher is better) among
// limiting profiles with flows r: the number of interior profiles r_1 …
// r_{K−1} that x exceeds by more than the tolerance.
func limitingAbove(r []float64, x float64) int {
	c := 0
	for _, y := range r[1 : len(r)-1] {
		if x > y+mcda.TieTolerance {
			c++
		}
	}
	return c
}

// limitingBelow returns the category of an entering flow x (lower is
// better): the number of interior profiles whose entering flow exceeds x
// by more than the tolerance, so that, as for the other flows, equalling
// a profile's flow does not lift a above it.
func limitingBelow(r []float64, x float64) int {
	c := 0
	for _, y := range r[1 : len(r)-1] {
		if x < y-mcda.TieTolerance {
			c++
		}
	}
	return c
}

// assign returns the categories of an alternative by its net, leaving and
// entering flows, given those of the profiles (plus, minus, net) and its
// own.
func assign(central bool, plus, minus, net []float64, aPlus, aMinus, aNet float64) (byNet, byPlus, byMinus int) {
	if central {
		return closest(net, aNet), closest(plus, aPlus), closest(minus, aMinus)
	}
	return limitingAbove(net, aNet), limitingAbove(plus, aPlus), limitingBelow(minus, aMinus)
}

// closest returns the index of the flow of r closest to x, the lowest
// on a tie (within the tolerance).
func closest(r []float64, x float64) int {
	best, bd := 0, math.Inf(1)
	for h, y := range r {
		if d := math.Abs(x - y); d < bd-mcda.TieTolerance {
			best, bd = h, d
		}
	}
	return best
}

// LimitingProfiles returns the K+1 limiting profiles of FlowSort made from
// K−1 boundary profiles (those of [ELECTRETRIB]) by adding below them the
// worst value of each criterion over m and the boundaries, and above them
// the best, each moved one ulp outwards so that the extreme profiles
// dominate strictly, so that the limiting profiles bound the data. The boundaries
// are not checked here; [FlowSort.Evaluate] checks the result.
func LimitingProfiles(m *mcda.DecisionMatrix, boundaries [][]float64) [][]float64 {
	rows, n := m.Dims()
	lo, hi := make([]float64, n), make([]float64, n)
	for j := range n {
		cost := m.Criterion(j).Objective == mcda.ObjectiveCost
		w, b := m.At(0, j), m.At(0, j)
		for i := range rows {
			w, b = worseBetter(w, b, m.At(i, j), cost)
		}
		for _, p := range boundaries {
			if j < len(p) {
				w, b = worseBetter(w, b, p[j], cost)
			}
		}
		// One ulp beyond, so that the extremes strictly dominate.
		lo[j], hi[j] = beyond(w, cost, false), beyond(b, cost, true)
	}
	out := make([][]float64, 0, len(boundaries)+2)
	out = append(out, lo)
	out = append(out, boundaries...)
	return append(out, hi)
}

func worseBetter(w, b, x float64, cost bool) (float64, float64) {
	if cost {
		return max(w, x), min(b, x)
	}
	return min(w, x), max(b, x)
}

// beyond returns x moved one ulp in the better (up) or worse direction,
// or x when that would leave the finite range.
func beyond(x float64, cost, up bool) float64 {
	dir := math.Inf(1)
	if cost == up {
		dir = math.Inf(-1)
	}
	if y := math.Nextafter(x, dir); !math.IsInf(y, 0) {
		return y
	}
	return x
}
