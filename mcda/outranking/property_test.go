package outranking_test

import (
	"context"
	"testing"

	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/outranking"
)

// genProblem draws 1-7 alternatives on 1-4 criteria with values in
// [0, 100] and random objectives, with thresholds 0 <= q <= p <= v.
func genProblem(t *rapid.T) (*mcda.DecisionMatrix, []outranking.Thresholds) {
	m := rapid.IntRange(1, 7).Draw(t, "alternatives")
	n := rapid.IntRange(1, 4).Draw(t, "criteria")
	crit := make([]mcda.Criterion, n)
	th := make([]outranking.Thresholds, n)
	for j := range crit {
		obj := rapid.SampledFrom([]mcda.Objective{mcda.ObjectiveBenefit, mcda.ObjectiveCost}).Draw(t, "objective")
		crit[j] = mcda.Criterion{Name: string(rune('a' + j)), Objective: obj, Weight: rapid.Float64Range(0.01, 1).Draw(t, "weight")}
		q := rapid.Float64Range(0, 10).Draw(t, "q")
		p := q + rapid.Float64Range(0, 20).Draw(t, "p-q")
		th[j] = outranking.Thresholds{Q: outranking.Constant(q), P: outranking.Constant(p)}
		if rapid.Bool().Draw(t, "veto") {
			th[j].V, th[j].Veto = outranking.Constant(p+rapid.Float64Range(0, 40).Draw(t, "v-p")), true
		}
	}
	names := make([]string, m)
	rows := make([][]float64, m)
	for i := range rows {
		names[i] = string(rune('A' + i))
		rows[i] = rapid.SliceOfN(rapid.Float64Range(0, 100), n, n).Draw(t, "row")
		// Copies of earlier rows, so that identical alternatives occur.
		if rapid.Bool().Draw(t, "copy") && i > 0 {
			rows[i] = append([]float64(nil), rows[rapid.IntRange(0, i-1).Draw(t, "of")]...)
		}
	}
	dm, err := mcda.NewDecisionMatrix(names, crit, rows)
	if err != nil {
		t.Fatal(err)
	}
	return dm, th
}

func evaluate(t *rapid.T) (*mcda.DecisionMatrix, *outranking.ELECTREIIIResult) {
	m, th := genProblem(t)
	res, err := (&outranking.ELECTREIII{Thresholds: th}).Evaluate(context.Background(), m)
	if err != nil {
		t.Fatal(err)
	}
	return m, res
}

// dominates reports whether a is at least as good as b on every criterion.
func dominates(m *mcda.DecisionMatrix, a, b int) bool {
	_, n := m.Dims()
	for j := range n {
		d := m.At(a, j) - m.At(b, j)
		if m.Criterion(j).Objective == mcda.ObjectiveCost {
			d = -d
		}
		if d < 0 {
			return false
		}
	}
	return true
}

func TestELECTREIIIProperties(t *testing.T) {
	// Property: 0 <= σ(a, b) <= C(a, b) <= 1, and σ(a, a) = 1.
	t.Run("credibility bounded by concordance", rapid.MakeCheck(func(t *rapid.T) {
		_, res := evaluate(t)
		for a, row := range res.Credibility {
			if row[a] != 1 {
				t.Fatalf("σ(%d, %d) = %v", a, a, row[a])
			}
			for b, s := range row {
				if c := res.Concordance[a][b]; !(0 <= s && s <= c && c <= 1) {
					t.Fatalf("σ(%d, %d) = %v, C = %v", a, b, s, c)
				}
			}
		}
	}))
	// Property: an alternative at least as good as another on every
	// criterion outranks it fully: σ(a, b) = 1.
	t.Run("dominance gives full credibility", rapid.MakeCheck(func(t *rapid.T) {
		m, res := evaluate(t)
		for a := range res.Credibility {
			for b := range res.Credibility {
				if dominates(m, a, b) && res.Credibility[a][b] != 1 {
					t.Fatalf("%d dominates %d but σ = %v", a, b, res.Credibility[a][b])
				}
			}
		}
	}))
	// Property: each distillation partitions the alternatives.
	t.Run("distillations partition", rapid.MakeCheck(func(t *rapid.T) {
		m, res := evaluate(t)
		rows, _ := m.Dims()
		for name, classes := range map[string][][]int{"descending": res.Descending, "ascending": res.Ascending} {
			seen := make([]int, rows)
			for _, c := range classes {
				if len(c) == 0 {
					t.Fatalf("%s: empty class", name)
				}
				for _, a := range c {
					seen[a]++
				}
			}
			for a, k := range seen {
				if k != 1 {
					t.Fatalf("%s: alternative %d in %d classes", name, a, k)
				}
			}
		}
	}))
	// Property: identical alternatives are indifferent in the final
	// preorder.
	t.Run("identical alternatives indifferent", rapid.MakeCheck(func(t *rapid.T) {
		m, res := evaluate(t)
		for a := range res.Credibility {
			for b := range res.Credibility {
				if dominates(m, a, b) && dominates(m, b, a) && res.Relation(a, b) != outranking.RelationIndifferent {
					t.Fatalf("identical %d and %d: %v", a, b, res.Relation(a, b))
				}
			}
		}
	}))
	// Property: the final relation is a partial preorder: P+ and P− are
	// converse, I and R symmetric, and the preference is transitive.
	t.Run("final relation is a partial preorder", rapid.MakeCheck(func(t *rapid.T) {
		_, res := evaluate(t)
		r := res.Relations()
		conv := map[outranking.Relation]outranking.Relation{
			outranking.RelationPreferred: outranking.RelationWorse, outranking.RelationWorse: outranking.RelationPreferred,
			outranking.RelationIndifferent: outranking.RelationIndifferent, outranking.RelationIncomparable: outranking.RelationIncomparable,
		}
		for a := range r {
			for b := range r {
				if r[b][a] != conv[r[a][b]] {
					t.Fatalf("relation(%d, %d) = %v but relation(%d, %d) = %v", a, b, r[a][b], b, a, r[b][a])
				}
				for c := range r {
					if r[a][b] == outranking.RelationPreferred && r[b][c] == outranking.RelationPreferred && r[a][c] != outranking.RelationPreferred {
						t.Fatalf("%d P %d P %d but relation(%d, %d) = %v", a, b, c, a, c, r[a][c])
					}
				}
			}
		}
	}))
	// Property: an alternative that every other outranks with
	// credibility 0 and that outranks every other with credibility 1 is
	// alone in the first class of both distillations: at the first cut
	// it has the largest qualification, m − 1.
	t.Run("a clear winner is alone in the first class", rapid.MakeCheck(func(t *rapid.T) {
		m, th := genProblem(t)
		rows, n := m.Dims()
		vals := make([]float64, 0, (rows+1)*n)
		for i := range rows {
			vals = append(vals, m.Row(nil, i)...)
		}
		// 100 + 75 beyond any value, more than any q + p + v drawn.
		for j := range n {
			x := 175.0
			if m.Criterion(j).Objective == mcda.ObjectiveCost {
				x = -75
			}
			vals = append(vals, x)
		}
		names := append(m.Alternatives(), "winner")
		rowsV := make([][]float64, rows+1)
		for i := range rowsV {
			rowsV[i] = vals[i*n : (i+1)*n]
		}
		w, err := mcda.NewDecisionMatrix(names, m.Criteria(), rowsV)
		if err != nil {
			t.Fatal(err)
		}
		res, err := (&outranking.ELECTREIII{Thresholds: th}).Evaluate(context.Background(), w)
		if err != nil {
			t.Fatal(err)
		}
		for name, first := range map[string][]int{"descending": res.Descending[0], "ascending": res.Ascending[0]} {
			if len(first) != 1 || first[0] != rows {
				t.Fatalf("%s: first class %v, want [%d]", name, first, rows)
			}
		}
	}))
}

func TestELECTREIIProperties(t *testing.T) {
	evaluate2 := func(t *rapid.T) (*mcda.DecisionMatrix, *outranking.ELECTREIIResult) {
		m, _ := genProblem(t)
		res, err := (&outranking.ELECTREII{}).Evaluate(context.Background(), m)
		if err != nil {
			t.Fatal(err)
		}
		return m, res
	}
	// Property: strong outranking implies weak outranking, and neither
	// holds on the diagonal.
	t.Run("strong implies weak", rapid.MakeCheck(func(t *rapid.T) {
		_, res := evaluate2(t)
		for a := range res.Strong {
			if res.Strong[a][a] || res.Weak[a][a] {
				t.Fatalf("alternative %d outranks itself", a)
			}
			for b := range res.Strong {
				// c⁺ >= c⁰ >= c⁻ and d⁻ <= d⁺: both strong tests imply the weak one.
				if res.Strong[a][b] && !res.Weak[a][b] {
					t.Fatalf("%d strongly but not weakly outranks %d", a, b)
				}
			}
		}
	}))
	// Property: each preorder partitions the alternatives, and the final
	// relation is a partial preorder (converse pairs, transitive P).
	t.Run("partial preorder", rapid.MakeCheck(func(t *rapid.T) {
		m, res := evaluate2(t)
		rows, _ := m.Dims()
		for _, classes := range [][][]int{res.Descending, res.Ascending} {
			seen := 0
			for _, c := range classes {
				if len(c) == 0 {
					t.Fatal("empty class")
				}
				seen += len(c)
			}
			if seen != rows {
				t.Fatalf("%d alternatives in the classes, want %d", seen, rows)
			}
		}
		r := res.Relations()
		for a := range r {
			for b := range r {
				for c := range r {
					if r[a][b] == outranking.RelationPreferred && r[b][c] == outranking.RelationPreferred && r[a][c] != outranking.RelationPreferred {
						t.Fatalf("%d P %d P %d but relation(%d, %d) = %v", a, b, c, a, c, r[a][c])
					}
				}
			}
		}
	}))
	// Property: an alternative that dominates another (at least as good on
	// every criterion, better on one) is never strongly outranked by it:
	// c(b, a) < 1 = c(a, b).
	t.Run("dominated never strongly outranks", rapid.MakeCheck(func(t *rapid.T) {
		m, res := evaluate2(t)
		for a := range res.Strong {
			for b := range res.Strong {
				if a != b && dominates(m, a, b) && !dominates(m, b, a) && res.Strong[b][a] {
					t.Fatalf("%d dominates %d but is strongly outranked by it", a, b)
				}
			}
		}
	}))
}
