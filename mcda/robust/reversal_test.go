package robust_test

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

// TestRankReversalTOPSISDominated shows TOPSIS reversing a rank when an
// alternative dominated by all others is added. With two equally weighted
// benefit criteria, vector normalization and
//
//	A1 = (1, 3),  A2 = (1, 6),  A3 = (2, 1)
//
// the closeness is (0.3288, 0.6436, 0.3564): A2, A3, A1. DominatedValues
// adds D = (0.9, 0.5) (10% of each range below the minimum), which changes
// the column norms and the anti-ideal: the closeness becomes
// (0.3875, 0.6788, 0.3679, 0), so A1 now beats A3.
func TestRankReversalTOPSISDominated(t *testing.T) {
	m := sensMatrix(t, [][]float64{{1, 3}, {1, 6}, {2, 1}}, []float64{1, 1})
	rep, err := robust.RankReversal(context.Background(), &mcda.TOPSIS{}, m, robust.ReversalOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]float64{0.9, 0.5}, rep.Dominated, approxTight); diff != "" {
		t.Errorf("Dominated mismatch (-want +got):\n%s", diff)
	}
	var dom *robust.ReversalCase
	for k := range rep.Cases {
		if rep.Cases[k].Scenario == robust.ScenarioAddDominated {
			dom = &rep.Cases[k]
		}
	}
	if dom == nil {
		t.Fatal("no ScenarioAddDominated case")
	}
	want := []robust.PairChange{{A: 0, B: 2, Before: robust.RelationBehind, After: robust.RelationAhead}}
	if diff := cmp.Diff(want, dom.Changes); diff != "" {
		t.Errorf("AddDominated changes mismatch (-want +got):\n%s", diff)
	}
	if dom.Reversals() != 1 || dom.FirstChanged {
		t.Errorf("AddDominated: Reversals() = %d, FirstChanged = %v; want 1, false", dom.Reversals(), dom.FirstChanged)
	}
	// Independently: rank the problem with D added.
	m4 := sensMatrix(t, [][]float64{{1, 3}, {1, 6}, {2, 1}, {0.9, 0.5}}, []float64{1, 1})
	r, err := mcda.Rank(&mcda.TOPSIS{}, m4)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]int{1, 0, 2, 3}, r.Order); diff != "" {
		t.Errorf("TOPSIS order with D mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(r.Scores, dom.Ranking.Scores, approxTight); diff != "" {
		t.Errorf("AddDominated scores mismatch (-want +got):\n%s", diff)
	}
}

func TestRankReversalCases(t *testing.T) {
	// WSM with NormalizationNone scores each alternative on its own: no
	// scenario can change the standing of two others.
	m := sensMatrix(t, [][]float64{{1, 3}, {1, 6}, {2, 1}, {2, 1}}, []float64{1, 2})
	rep, err := robust.RankReversal(context.Background(), &mcda.WSM{Normalization: mcda.NormalizationNone}, m, robust.ReversalOptions{})
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		Scenario    robust.Scenario
		Alternative int
		Names       []string
	}
	var got []key
	for _, c := range rep.Cases {
		got = append(got, key{c.Scenario, c.Alternative, c.Ranking.Alternatives})
		if len(c.Changes) != 0 || c.FirstChanged {
			t.Errorf("%v %d: changes %v, FirstChanged %v; want none", c.Scenario, c.Alternative, c.Changes, c.FirstChanged)
		}
	}
	want := []key{
		{robust.ScenarioAddCopy, 0, []string{"A1", "A2", "A3", "A4", "A1 (copy)"}},
		{robust.ScenarioAddCopy, 1, []string{"A1", "A2", "A3", "A4", "A2 (copy)"}},
		{robust.ScenarioAddCopy, 2, []string{"A1", "A2", "A3", "A4", "A3 (copy)"}},
		{robust.ScenarioAddCopy, 3, []string{"A1", "A2", "A3", "A4", "A4 (copy)"}},
		{robust.ScenarioAddDominated, -1, []string{"A1", "A2", "A3", "A4", "dominated"}},
		{robust.ScenarioRemove, 0, []string{"A2", "A3", "A4"}},
		{robust.ScenarioRemove, 1, []string{"A1", "A3", "A4"}},
		{robust.ScenarioRemove, 2, []string{"A1", "A2", "A4"}},
		{robust.ScenarioRemove, 3, []string{"A1", "A2", "A3"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("cases mismatch (-want +got):\n%s", diff)
	}
	if rep.Method != "wsm" || rep.Reversals() != 0 {
		t.Errorf("Method %q, Reversals() %d; want wsm, 0", rep.Method, rep.Reversals())
	}
}

// TestRankReversalTwoAlternatives: with two alternatives nothing is
// removed, and a name already taken gets a number.
func TestRankReversalTwoAlternatives(t *testing.T) {
	m, err := mcda.NewDecisionMatrix([]string{"dominated", "x"},
		[]mcda.Criterion{{Name: "c", Objective: mcda.ObjectiveCost, Weight: 1}}, [][]float64{{1}, {2}})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := robust.RankReversal(context.Background(), &mcda.TOPSIS{}, m, robust.ReversalOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range rep.Cases {
		names = append(names, c.Ranking.Alternatives[len(c.Ranking.Alternatives)-1])
	}
	want := []string{"dominated (copy)", "x (copy)", "dominated 2"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("added names mismatch (-want +got):\n%s", diff)
	}
}

func TestDominatedValues(t *testing.T) {
	for _, tc := range []struct {
		name  string
		rows  [][]float64
		costs []int
		want  []float64
	}{
		// Benefit: min − 10% of range; cost: max + 10% of range.
		{"Range", [][]float64{{10, 10}, {20, 30}}, []int{1}, []float64{9, 32}},
		// A positive benefit column stays positive: 1 − 0.1·99 < 0 → 1/2.
		{"StaysPositive", [][]float64{{1}, {100}}, nil, []float64{0.5}},
		// Also when min − δ is exactly 0: 1 − (0.1·11 − 0.1·1) = 0 in
		// floating point (a rapid case) → 1/2.
		{"ExactlyZero", [][]float64{{1}, {11}}, nil, []float64{0.5}},
		// A benefit column with minimum 0 stays at 0.
		{"ZeroMin", [][]float64{{0}, {5}}, nil, []float64{0}},
		// Negative values may go further down.
		{"Negative", [][]float64{{-1}, {1}}, nil, []float64{-1.2}},
		// Constant columns: 10% of |value|, or 1 for zeros.
		{"Constant", [][]float64{{4, -4, 0, 0}, {4, -4, 0, 0}}, []int{1, 3}, []float64{3.6, -3.6, 0, 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := make([]float64, len(tc.rows[0]))
			for j := range w {
				w[j] = 1
			}
			got := robust.DominatedValues(sensMatrix(t, tc.rows, w, tc.costs...))
			if diff := cmp.Diff(tc.want, got, approxTight); diff != "" {
				t.Errorf("DominatedValues mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// onlyOriginal fails on any problem whose size differs from rows.
type onlyOriginal struct {
	mcda.TOPSIS
	rows int
}

var errSize = errors.New("size changed")

func (o *onlyOriginal) Scores(dst []float64, m *mcda.DecisionMatrix) ([]float64, error) {
	if r, _ := m.Dims(); r != o.rows {
		return nil, errSize
	}
	return o.TOPSIS.Scores(dst, m)
}

func TestRankReversalErrors(t *testing.T) {
	m := sensMatrix(t, [][]float64{{1, 3}, {1, 6}, {2, 1}}, []float64{1, 1})
	_, err := robust.RankReversal(context.Background(), &onlyOriginal{rows: 3}, m, robust.ReversalOptions{})
	var se *robust.ScenarioError
	if !errors.Is(err, errSize) || !errors.As(err, &se) || se.Scenario != robust.ScenarioAddCopy || se.Alternative != 0 || se.Name != "A1" {
		t.Errorf("RankReversal error %#v, want a *ScenarioError for ScenarioAddCopy of alternative 0 wrapping errSize", err)
	}
	_, err = robust.RankReversal(context.Background(), &mcda.WSM{Normalization: 99}, m, robust.ReversalOptions{})
	if !errors.Is(err, mcda.ErrNormalization) || errors.As(err, &se) {
		t.Errorf("RankReversal error %v, want mcda.ErrNormalization from the original problem", err)
	}
}

// countingMethod is TOPSIS counting its calls.
type countingMethod struct {
	mcda.TOPSIS
	calls int
}

func (c *countingMethod) Scores(dst []float64, m *mcda.DecisionMatrix) ([]float64, error) {
	c.calls++
	return c.TOPSIS.Scores(dst, m)
}

// TestRankReversalSize checks the bound on the pairs compared: 10
// alternatives in all 21 cases compare 21·45 = 945 pairs, so MaxPairs 944
// refuses them with a *mcda.SizeError before anything is ranked and 945
// runs; 300 alternatives exceed the default 2²⁴ with every scenario
// (601·44 850 pairs) but not with ScenarioAddDominated alone.
func TestRankReversalSize(t *testing.T) {
	rows := make([][]float64, 300)
	for i := range rows {
		rows[i] = []float64{float64(i%17 + 1), float64(i%23 + 1)}
	}
	small := sensMatrix(t, rows[:10], []float64{1, 1})
	var se *mcda.SizeError
	c := &countingMethod{}
	_, err := robust.RankReversal(context.Background(), c, small, robust.ReversalOptions{MaxPairs: 944})
	if !errors.As(err, &se) || !errors.Is(err, mcda.ErrTooLarge) || se.Pairs != 945 || se.Limit != 944 || se.Alternatives != 10 || c.calls != 0 {
		t.Errorf("MaxPairs 944: err = %v after %d rankings, want a *SizeError of 945 pairs before any", err, c.calls)
	}
	if rep, err := robust.RankReversal(context.Background(), c, small, robust.ReversalOptions{MaxPairs: 945}); err != nil || len(rep.Cases) != 21 {
		t.Errorf("MaxPairs 945: err = %v", err)
	}
	if _, err := robust.RankReversal(context.Background(), c, small, robust.ReversalOptions{MaxPairs: -1}); !errors.Is(err, mcda.ErrParameter) {
		t.Errorf("MaxPairs -1: err = %v, want mcda.ErrParameter", err)
	}
	big := sensMatrix(t, rows, []float64{1, 1})
	c.calls = 0
	_, err = robust.RankReversal(context.Background(), c, big, robust.ReversalOptions{})
	if !errors.As(err, &se) || se.Pairs != 601*44850 || se.Limit != mcda.DefaultMaxPairs || c.calls != 0 {
		t.Errorf("300 alternatives, every scenario: err = %v after %d rankings, want a *SizeError before any", err, c.calls)
	}
	rep, err := robust.RankReversal(context.Background(), c, big, robust.ReversalOptions{Scenarios: []robust.Scenario{robust.ScenarioAddDominated}})
	if err != nil || len(rep.Cases) != 1 {
		t.Errorf("300 alternatives, add dominated: err = %v", err)
	}
}

func TestRankReversalProperties(t *testing.T) {
	t.Run("DominatedIsDominated", rapid.MakeCheck(propDominatedIsDominated))
	t.Run("ChangesMatchRankings", rapid.MakeCheck(propChangesMatchRankings))
	t.Run("IndependentScoresNeverReverse", rapid.MakeCheck(propIndependentScoresNeverReverse))
}

// Property: every alternative is at least as good as DominatedValues on
// every criterion (benefit: >=, cost: <=), and the values are finite and
// keep a non-negative benefit column non-negative.
func propDominatedIsDominated(t *rapid.T) {
	m := drawMatrix(t)
	d := robust.DominatedValues(m)
	rows, n := m.Dims()
	for j := 0; j < n; j++ {
		cost := m.Criterion(j).Objective == mcda.ObjectiveCost
		if !cost && d[j] <= 0 {
			t.Fatalf("criterion %d: value %v not positive for a positive column", j, d[j])
		}
		for i := 0; i < rows; i++ {
			if x := m.At(i, j); (cost && x >= d[j]) || (!cost && x <= d[j]) {
				t.Fatalf("alternative %d, criterion %d: %v not strictly better than %v", i, j, x, d[j])
			}
		}
	}
}

// Property: each case's changes are exactly the pairs of original
// alternatives whose standing in the case's ranking differs from the
// original one.
func propChangesMatchRankings(t *rapid.T) {
	m, method := drawMatrix(t), drawMethod(t)
	rep, err := robust.RankReversal(context.Background(), method, m, robust.ReversalOptions{})
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := m.Dims()
	rel := func(ranks []int, a, b int) robust.Relation {
		switch {
		case ranks[a] < ranks[b]:
			return robust.RelationAhead
		case ranks[a] > ranks[b]:
			return robust.RelationBehind
		}
		return robust.RelationTied
	}
	for _, c := range rep.Cases {
		pos := func(i int) int { // position of original i in the case
			if c.Scenario == robust.ScenarioRemove && i > c.Alternative {
				return i - 1
			}
			return i
		}
		var want []robust.PairChange
		for a := 0; a < rows; a++ {
			for b := a + 1; b < rows; b++ {
				if c.Scenario == robust.ScenarioRemove && (a == c.Alternative || b == c.Alternative) {
					continue
				}
				before, after := rel(rep.Original.Ranks, a, b), rel(c.Ranking.Ranks, pos(a), pos(b))
				if before != after {
					want = append(want, robust.PairChange{A: a, B: b, Before: before, After: after})
				}
			}
		}
		if diff := cmp.Diff(want, c.Changes); diff != "" {
			t.Fatalf("%v %d: changes mismatch (-want +got):\n%s", c.Scenario, c.Alternative, diff)
		}
	}
}

// Property: WSM without normalization scores every alternative on its own,
// so no scenario changes the standing of any pair.
func propIndependentScoresNeverReverse(t *rapid.T) {
	m := drawMatrix(t)
	rep, err := robust.RankReversal(context.Background(), &mcda.WSM{Normalization: mcda.NormalizationNone}, m, robust.ReversalOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range rep.Cases {
		if len(c.Changes) != 0 {
			t.Fatalf("%v %d: changes %v", c.Scenario, c.Alternative, c.Changes)
		}
	}
}
