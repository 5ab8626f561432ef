package sorting_test

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/outranking"
	"github.com/balancer-mcda/balancer/mcda/sorting"
)

// genSorting draws a sorting problem: 1-6 alternatives, 1-4 criteria with
// random objectives and weights, values in [0, 100], 1-3 boundary
// profiles spaced at least sep apart on every criterion, and thresholds
// q <= p <= v with p < sep (so that consecutive profiles are strictly
// preferred to each other on every criterion).
func genSorting(t *rapid.T) (*mcda.DecisionMatrix, sorting.ELECTRETRIB) {
	m := rapid.IntRange(1, 6).Draw(t, "alternatives")
	n := rapid.IntRange(1, 4).Draw(t, "criteria")
	k := rapid.IntRange(1, 3).Draw(t, "profiles")
	const sep = 25.0
	crit := make([]mcda.Criterion, n)
	th := make([]outranking.Thresholds, n)
	for j := range crit {
		obj := rapid.SampledFrom([]mcda.Objective{mcda.ObjectiveBenefit, mcda.ObjectiveCost}).Draw(t, "objective")
		crit[j] = mcda.Criterion{Name: string(rune('a' + j)), Objective: obj, Weight: rapid.Float64Range(0.01, 1).Draw(t, "weight")}
		q := rapid.Float64Range(0, 5).Draw(t, "q")
		p := q + rapid.Float64Range(0, sep-q-1).Draw(t, "p-q")
		th[j] = outranking.Thresholds{Q: outranking.Constant(q), P: outranking.Constant(p)}
		if rapid.Bool().Draw(t, "veto") {
			th[j].V, th[j].Veto = outranking.Constant(p+rapid.Float64Range(0, 50).Draw(t, "v-p")), true
		}
	}
	names := make([]string, m)
	rows := make([][]float64, m)
	for i := range rows {
		names[i] = string(rune('A' + i))
		rows[i] = rapid.SliceOfN(rapid.Float64Range(0, 100), n, n).Draw(t, "row")
	}
	dm, err := mcda.NewDecisionMatrix(names, crit, rows)
	if err != nil {
		t.Fatal(err)
	}
	profiles := make([][]float64, k)
	for h := range profiles {
		profiles[h] = make([]float64, n)
		for j := range n {
			level := 10 + float64(h)*(sep+rapid.Float64Range(0, 5).Draw(t, "gap"))
			if crit[j].Objective == mcda.ObjectiveCost {
				level = 100 - level
			}
			profiles[h][j] = level
		}
	}
	lambda := rapid.Float64Range(0.5, 1).Draw(t, "lambda")
	return dm, sorting.ELECTRETRIB{Profiles: profiles, Thresholds: th, Lambda: lambda}
}

func TestELECTRETRIBProperties(t *testing.T) {
	// Property: the pessimistic category is never above the optimistic
	// one (Roy & Bouyssou, 1993).
	t.Run("pessimistic below optimistic", rapid.MakeCheck(func(t *rapid.T) {
		m, e := genSorting(t)
		res, err := e.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		for i := range res.Pessimistic {
			if res.Pessimistic[i] > res.Optimistic[i] {
				t.Fatalf("alternative %d: pessimistic %d > optimistic %d", i, res.Pessimistic[i], res.Optimistic[i])
			}
		}
	}))
	// Property: monotonicity: improving an alternative on one criterion
	// never lowers its category under either rule.
	t.Run("monotonicity", rapid.MakeCheck(func(t *rapid.T) {
		m, e := genSorting(t)
		rows, n := m.Dims()
		i := rapid.IntRange(0, rows-1).Draw(t, "alternative")
		j := rapid.IntRange(0, n-1).Draw(t, "criterion")
		step := rapid.Float64Range(0, 50).Draw(t, "step")
		vals := make([]float64, 0, rows*n)
		for r := range rows {
			vals = append(vals, m.Row(nil, r)...)
		}
		if m.Criterion(j).Objective == mcda.ObjectiveCost {
			step = -step
		}
		vals[i*n+j] += step
		better, err := m.Variant(nil, vals, nil)
		if err != nil {
			t.Fatal(err)
		}
		r1, err := e.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		r2, err := e.Evaluate(better)
		if err != nil {
			t.Fatal(err)
		}
		if r2.Pessimistic[i] < r1.Pessimistic[i] || r2.Optimistic[i] < r1.Optimistic[i] {
			t.Fatalf("improved by %v on %d: pessimistic %d → %d, optimistic %d → %d", step, j,
				r1.Pessimistic[i], r2.Pessimistic[i], r1.Optimistic[i], r2.Optimistic[i])
		}
	}))
	// Property: conformity: a profile b_h, sorted as an alternative, goes
	// to the category just above it, C_{h+1}, by both rules, when the
	// profiles are further apart than the preference thresholds.
	t.Run("conformity", rapid.MakeCheck(func(t *rapid.T) {
		m, e := genSorting(t)
		names := make([]string, len(e.Profiles))
		for h := range names {
			names[h] = string(rune('p' + h))
		}
		pm, err := mcda.NewDecisionMatrix(names, m.Criteria(), e.Profiles)
		if err != nil {
			t.Fatal(err)
		}
		res, err := e.Evaluate(pm)
		if err != nil {
			t.Fatal(err)
		}
		for h := range e.Profiles {
			if res.Pessimistic[h] != h+1 || res.Optimistic[h] != h+1 {
				t.Fatalf("profile %d: pessimistic %d, optimistic %d, want %d", h, res.Pessimistic[h], res.Optimistic[h], h+1)
			}
		}
	}))
	// Property: independence: an alternative's category does not depend
	// on the other alternatives (sorting it alone gives the same).
	t.Run("independence", rapid.MakeCheck(func(t *rapid.T) {
		m, e := genSorting(t)
		all, err := e.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := m.Dims()
		for i := range rows {
			one, err := mcda.NewDecisionMatrix([]string{"x"}, m.Criteria(), [][]float64{m.Row(nil, i)})
			if err != nil {
				t.Fatal(err)
			}
			r, err := e.Evaluate(one)
			if err != nil {
				t.Fatal(err)
			}
			if r.Pessimistic[0] != all.Pessimistic[i] || r.Optimistic[0] != all.Optimistic[i] {
				t.Fatalf("alternative %d: alone (%d, %d), with the others (%d, %d)", i,
					r.Pessimistic[0], r.Optimistic[0], all.Pessimistic[i], all.Optimistic[i])
			}
		}
	}))
}

func TestFlowSortProperties(t *testing.T) {
	flow := func(t *rapid.T) (*mcda.DecisionMatrix, sorting.FlowSort) {
		m, e := genSorting(t)
		return m, sorting.FlowSort{Profiles: sorting.LimitingProfiles(m, e.Profiles)}
	}
	// Property: FlowSort's interval contains the net-flow category.
	t.Run("interval contains category", rapid.MakeCheck(func(t *rapid.T) {
		m, f := flow(t)
		res, err := f.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		for i := range res.Category {
			if res.Worse[i] > res.Category[i] || res.Category[i] > res.Better[i] {
				t.Fatalf("alternative %d: category %d outside [%d, %d]", i, res.Category[i], res.Worse[i], res.Better[i])
			}
		}
	}))
	// Property: monotonicity: improving an alternative never lowers its
	// net-flow category.
	t.Run("monotonicity", rapid.MakeCheck(func(t *rapid.T) {
		m, f := flow(t)
		rows, n := m.Dims()
		i := rapid.IntRange(0, rows-1).Draw(t, "alternative")
		j := rapid.IntRange(0, n-1).Draw(t, "criterion")
		step := rapid.Float64Range(0, 50).Draw(t, "step")
		if m.Criterion(j).Objective == mcda.ObjectiveCost {
			step = -step
		}
		x := m.Row(nil, i)
		y := append([]float64(nil), x...)
		y[j] += step
		both, err := mcda.NewDecisionMatrix([]string{"x", "y"}, m.Criteria(), [][]float64{x, y})
		if err != nil {
			t.Fatal(err)
		}
		res, err := f.Evaluate(both)
		if err != nil {
			t.Fatal(err)
		}
		if res.Category[1] < res.Category[0] {
			t.Fatalf("improved by %v on %d: category %d → %d", step, j, res.Category[0], res.Category[1])
		}
	}))
	// Property: independence: an alternative's category does not depend
	// on the other alternatives.
	t.Run("independence", rapid.MakeCheck(func(t *rapid.T) {
		m, f := flow(t)
		all, err := f.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := m.Dims()
		for i := range rows {
			one, err := mcda.NewDecisionMatrix([]string{"x"}, m.Criteria(), [][]float64{m.Row(nil, i)})
			if err != nil {
				t.Fatal(err)
			}
			r, err := f.Evaluate(one)
			if err != nil {
				t.Fatal(err)
			}
			if r.Category[0] != all.Category[i] {
				t.Fatalf("alternative %d: alone %d, with the others %d", i, r.Category[0], all.Category[i])
			}
		}
	}))
}
