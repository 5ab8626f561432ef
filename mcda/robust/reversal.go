package robust

import (
	"context"
	"fmt"
	"math"
	"slices"

	"github.com/balancer-mcda/balancer/mcda"
)

// Scenario is a change of the set of alternatives that [RankReversal]
// applies. Its zero value is invalid.
//
// Its values are [ScenarioAddCopy], [ScenarioAddDominated] and
// [ScenarioRemove].
type Scenario int

const (
	ScenarioAddCopy      Scenario = iota + 1 // a copy of an alternative is added
	ScenarioAddDominated                     // an alternative dominated by all others is added (see DominatedValues)
	ScenarioRemove                           // an alternative is removed
)

// String returns "add copy", "add dominated", "remove" or "Scenario(n)".
func (s Scenario) String() string {
	switch s {
	case ScenarioAddCopy:
		return "add copy"
	case ScenarioAddDominated:
		return "add dominated"
	case ScenarioRemove:
		return "remove"
	}
	return fmt.Sprintf("Scenario(%d)", int(s))
}

// MarshalText returns "add copy", "add dominated" or "remove", so that a
// Scenario reads as words in JSON. It returns an error wrapping
// mcda.ErrParameter for an invalid Scenario.
func (s Scenario) MarshalText() ([]byte, error) {
	switch s {
	case ScenarioAddCopy, ScenarioAddDominated, ScenarioRemove:
		return []byte(s.String()), nil
	}
	return nil, fmt.Errorf("robust: %v: %w", s, mcda.ErrParameter)
}

// UnmarshalText parses what MarshalText returns.
func (s *Scenario) UnmarshalText(text []byte) error {
	for _, c := range []Scenario{ScenarioAddCopy, ScenarioAddDominated, ScenarioRemove} {
		if string(text) == c.String() {
			*s = c
			return nil
		}
	}
	return fmt.Errorf("robust: scenario %q: want add copy, add dominated or remove: %w", text, mcda.ErrParameter)
}

// A ReversalCase is the outcome of one scenario.
type ReversalCase struct {
	Scenario Scenario `json:"scenario"`
	// Alternative is the 0-based index of the copied or removed
	// alternative; -1 for ScenarioAddDominated.
	Alternative int `json:"alternative"`
	// Ranking ranks the modified problem, in its own indices: the original
	// alternatives in their order (less the removed one), then the added
	// one, named "<name> (copy)" or "dominated" (with a number appended if
	// the name is taken).
	Ranking *mcda.Ranking `json:"ranking"`
	// Changes lists the pairs of original alternatives, in original
	// indices, whose standing differs: Before in the original ranking,
	// After in the modified one. Changes from or to a tie are included;
	// PairChange.Reversed tells strict reversals apart.
	Changes []PairChange `json:"changes"`
	// FirstChanged reports whether the alternative ranked first in the
	// original problem (the first of its order) no longer has rank 1. It
	// is false when that alternative is the one removed.
	FirstChanged bool `json:"first_changed"`
}

// Reversals returns the number of pairs whose order is strictly reversed.
func (c *ReversalCase) Reversals() int {
	n := 0
	for _, ch := range c.Changes {
		if ch.Reversed() {
			n++
		}
	}
	return n
}

// A ReversalReport is the outcome of [RankReversal].
type ReversalReport struct {
	Method   string        `json:"method"`   // the method's name
	Original *mcda.Ranking `json:"original"` // the ranking of the unmodified problem
	// Dominated holds the values of the alternative added in the
	// ScenarioAddDominated scenario, one per criterion.
	Dominated []float64 `json:"dominated"`
	// Cases lists ScenarioAddCopy for every alternative in index order, then
	// ScenarioAddDominated, then ScenarioRemove for every alternative in index order (only
	// when there are more than two alternatives).
	Cases []ReversalCase `json:"cases"`
}

// Reversals returns the total number of strictly reversed pairs over all
// cases.
func (r *ReversalReport) Reversals() int {
	n := 0
	for k := range r.Cases {
		n += r.Cases[k].Reversals()
	}
	return n
}

// ReversalOptions configure [RankReversal]. The zero value runs every
// scenario.
type ReversalOptions struct {
	// Scenarios lists the scenarios to run, in any order; nil means all.
	Scenarios []Scenario
	// MaxPairs bounds the pairs of original alternatives compared over
	// all cases: m(m−1)/2 per case, for up to 2m + 1 cases, so the work
	// and the worst-case size of the Changes grow as m³. Zero means
	// mcda.DefaultMaxPairs (2²⁴: m = 256 with every scenario, m = 5793
	// with ScenarioAddDominated alone); above it RankReversal returns a
	// *mcda.SizeError before ranking anything.
	MaxPairs int
}

// pairChangeBytes is the size of a PairChange, the worst-case memory of
// one compared pair.
const pairChangeBytes = 4 * 8

// A ScenarioError records a failure to rank a modified problem.
type ScenarioError struct {
	Scenario    Scenario
	Alternative int    // 0-based index of the copied or removed alternative; -1 for ScenarioAddDominated
	Name        string // its name; "" for ScenarioAddDominated
	Err         error  // the cause
}

func (e *ScenarioError) Error() string {
	if e.Alternative < 0 {
		return fmt.Sprintf("robust: %v: %v", e.Scenario, e.Err)
	}
	return fmt.Sprintf("robust: %v alternative %d (%q): %v", e.Scenario, e.Alternative, e.Name, e.Err)
}

// Unwrap returns the cause.
func (e *ScenarioError) Unwrap() error { return e.Err }

// RankReversal ranks m with method, then re-ranks each modified problem of
// the three scenarios (Wang & Triantaphyllou, 2008):
//
//   - ScenarioAddCopy: a copy of alternative i is added, for every i;
//   - ScenarioAddDominated: the alternative of [DominatedValues], which no original
//     alternative is worse than on any criterion, is added;
//   - ScenarioRemove: alternative i is removed, for every i, when m has more than
//     two alternatives;
//
// and reports every pair of original alternatives whose standing changes.
// A method free of rank reversal reports no changes in the ScenarioAddDominated
// and ScenarioRemove scenarios and, with ties counted as ties, none in ScenarioAddCopy.
// TOPSIS and the weighted sum model with max normalization are known not
// to be: the normalization depends on the set of alternatives.
//
// opt.Scenarios restricts the scenarios run; nil runs all three.
//
// It ranks up to 2m + 1 problems of about m alternatives, each with method,
// and holds one at a time besides m and the report; comparing each case
// with the original takes O(m²) time, and its Changes hold up to
// m(m−1)/2 pairs, so the whole takes O(m³) time and, in the worst case,
// memory. It refuses more than opt.MaxPairs pairs over all cases with a
// [*mcda.SizeError] before it ranks anything, checks ctx before each
// problem and returns ctx.Err() wrapped when it is done.
//
// It returns an error wrapping mcda.ErrParameter for an invalid scenario
// or a negative MaxPairs, the method's error on m as it is, and a
// [*ScenarioError] if a modified problem cannot be built or ranked.
func RankReversal(ctx context.Context, method mcda.Method, m *mcda.DecisionMatrix, opt ReversalOptions) (*ReversalReport, error) {
	runs := map[Scenario]bool{ScenarioAddCopy: true, ScenarioAddDominated: true, ScenarioRemove: true}
	if opt.Scenarios != nil {
		clear(runs)
		for _, sc := range opt.Scenarios {
			if sc < ScenarioAddCopy || sc > ScenarioRemove {
				return nil, fmt.Errorf("robust: rank reversal: %v: want add copy, add dominated or remove: %w", sc, mcda.ErrParameter)
			}
			runs[sc] = true
		}
	}
	rows, _ := m.Dims()
	if err := checkReversalSize(rows, runs, opt.MaxPairs); err != nil {
		return nil, err
	}
	orig, err := mcda.Rank(method, m)
	if err != nil {
		return nil, err
	}
	names := m.Alternatives()
	crit := m.Criteria()
	data := make([][]float64, rows)
	for i := range data {
		data[i] = m.Row(nil, i)
	}
	rep := &ReversalReport{Method: method.Name(), Original: orig, Dominated: DominatedValues(m)}
	best := orig.Order[0]
	// run ranks the problem with the given rows; idx maps its first
	// alternatives to original indices (-1 for none).
	run := func(sc Scenario, alt int, nm []string, rs [][]float64, idx []int) error {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("robust: rank reversal: %w", err)
		}
		mm, err := mcda.NewDecisionMatrix(nm, crit, rs)
		if err == nil {
			var r *mcda.Ranking
			if r, err = mcda.Rank(method, mm); err == nil {
				rep.Cases = append(rep.Cases, compare(sc, alt, orig, r, idx, best))
				return nil
			}
		}
		e := &ScenarioError{Scenario: sc, Alternative: alt, Err: err}
		if alt >= 0 {
			e.Name = names[alt]
		}
		return e
	}
	ident := make([]int, rows)
	for i := range ident {
		ident[i] = i
	}
	for i := 0; i < rows && runs[ScenarioAddCopy]; i++ {
		nm := append(slices.Clone(names), unique(names, names[i]+" (copy)"))
		if err := run(ScenarioAddCopy, i, nm, append(slices.Clone(data), data[i]), ident); err != nil {
			return nil, err
		}
	}
	if runs[ScenarioAddDominated] {
		nm := append(slices.Clone(names), unique(names, "dominated"))
		if err := run(ScenarioAddDominated, -1, nm, append(slices.Clone(data), rep.Dominated), ident); err != nil {
			return nil, err
		}
	}
	if rows > 2 && runs[ScenarioRemove] {
		for i := 0; i < rows; i++ {
			idx := slices.Delete(slices.Clone(ident), i, i+1)
			nm := slices.Delete(slices.Clone(names), i, i+1)
			rs := slices.Delete(slices.Clone(data), i, i+1)
			if err := run(ScenarioRemove, i, nm, rs, idx); err != nil {
				return nil, err
			}
		}
	}
	return rep, nil
}

// checkReversalSize returns a *mcda.SizeError when the cases of the
// scenarios in runs compare more than maxPairs pairs (0 for the default)
// of m alternatives.
func checkReversalSize(m int, runs map[Scenario]bool, maxPairs int) error {
	limit := maxPairs
	switch {
	case limit == 0:
		limit = mcda.DefaultMaxPairs
	case limit < 0:
		return fmt.Errorf("robust: rank reversal: MaxPairs %d < 0: %w", maxPairs, mcda.ErrParameter)
	}
	cases := 0
	if runs[ScenarioAddCopy] {
		cases += m
	}
	if runs[ScenarioAddDominated] {
		cases++
	}
	if runs[ScenarioRemove] && m > 2 {
		cases += m
	}
	pairs := float64(cases) * float64(m) * float64(m-1) / 2
	if pairs <= float64(limit) {
		return nil
	}
	return &mcda.SizeError{Method: "rank reversal", Alternatives: m, Pairs: pairs, Limit: limit,
		Bytes:   pairChangeBytes * pairs,
		Instead: fmt.Sprintf("run fewer scenarios (add dominated alone compares %.4g pairs) or a subset of the alternatives", float64(m)*float64(m-1)/2)}
}

// compare builds the case of a modified problem ranked as r, whose first
// len(idx) alternatives are the original ones idx.
func compare(sc Scenario, alt int, orig, r *mcda.Ranking, idx []int, best int) ReversalCase {
	c := ReversalCase{Scenario: sc, Alternative: alt, Ranking: r}
	for a := 0; a < len(idx); a++ {
		for b := a + 1; b < len(idx); b++ {
			before := relation(orig.Ranks, idx[a], idx[b])
			if after := relation(r.Ranks, a, b); before != after {
				c.Changes = append(c.Changes, PairChange{A: idx[a], B: idx[b], Before: before, After: after})
			}
		}
		if idx[a] == best {
			c.FirstChanged = r.Ranks[a] != 1
		}
	}
	return c
}

// unique returns name, or name with " 2", " 3", ... appended, whichever is
// first not among names.
func unique(names []string, name string) string {
	s := name
	for k := 2; slices.Contains(names, s); k++ {
		s = fmt.Sprintf("%s %d", name, k)
	}
	return s
}

// DominatedValues returns the values of an alternative that every
// alternative of m dominates: on each criterion it is no better than the
// worst value of the column, and strictly worse where it can be. With
// min and max the column's extremes and δ = 10% of max − min (10% of |min|
// for a constant column, 1 for a column of zeros), the value is
//
//	benefit:  min − δ, or min/2 if that would turn a column of values >= 0 negative
//	cost:     max + δ
//
// so a benefit column of non-negative values stays non-negative (and
// positive if it is positive), as ratio normalizations need. Where min − δ
// or max + δ overflows, the value is min or max.
func DominatedValues(m *mcda.DecisionMatrix) []float64 {
	rows, n := m.Dims()
	out := make([]float64, n)
	for j := 0; j < n; j++ {
		lo, hi := m.At(0, j), m.At(0, j)
		for i := 1; i < rows; i++ {
			lo, hi = min(lo, m.At(i, j)), max(hi, m.At(i, j))
		}
		delta := 0.1*hi - 0.1*lo
		if delta == 0 {
			delta = 0.1 * math.Abs(lo)
		}
		if delta == 0 {
			delta = 1
		}
		if m.Criterion(j).Objective == mcda.ObjectiveCost {
			out[j] = hi + delta
			if math.IsInf(out[j], 0) {
				out[j] = hi
			}
			continue
		}
		out[j] = lo - delta
		switch {
		case math.IsInf(out[j], 0):
			out[j] = lo
		case lo > 0 && out[j] <= 0, lo == 0 && out[j] < 0:
			// Keep a positive column positive (1 − (0.1·11 − 0.1·1) is
			// exactly 0) and a non-negative one non-negative.
			out[j] = lo / 2
		}
	}
	return out
}
