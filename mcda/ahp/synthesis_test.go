package ahp_test

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
)

// genModel draws a random model: a criteria tree of depth 1-3 below the
// goal with 1-4 children per node, 2-6 alternatives, complete Saaty-scale
// judgments at every inner node, and under each leaf either judgments or
// ratings in [1, 9] on a benefit or cost leaf.
func genModel(t *rapid.T) *ahp.Model {
	m := &ahp.Model{Goal: "goal", Judgments: map[string][]ahp.Comparison{}, Ratings: map[string][]ahp.Rating{}}
	nAlt := rapid.IntRange(2, 6).Draw(t, "alternatives")
	alts := make([]string, nAlt)
	for i := range alts {
		alts[i] = fmt.Sprint("alt", i)
		m.Alternatives = append(m.Alternatives, ahp.Alternative{Name: alts[i]})
	}
	depth := rapid.IntRange(1, 3).Draw(t, "depth")
	count := 0
	judge := func(node string, items []string) {
		for a := range items {
			for b := a + 1; b < len(items); b++ {
				m.Judgments[node] = append(m.Judgments[node], ahp.Comparison{A: items[a], B: items[b], Value: rapid.SampledFrom(saatyValues).Draw(t, "judgment")})
			}
		}
	}
	var grow func(parent string, level int) []ahp.Criterion
	grow = func(parent string, level int) []ahp.Criterion {
		k := rapid.IntRange(1, 4).Draw(t, "children")
		cs := make([]ahp.Criterion, k)
		names := make([]string, k)
		for i := range cs {
			count++
			cs[i].Name = fmt.Sprint("c", count)
			names[i] = cs[i].Name
			if level < depth && rapid.Bool().Draw(t, "inner") {
				cs[i].Children = grow(cs[i].Name, level+1)
				continue
			}
			if rapid.Bool().Draw(t, "rated") {
				if rapid.Bool().Draw(t, "cost") {
					cs[i].Objective = mcda.Cost
				}
				for _, a := range alts {
					m.Ratings[cs[i].Name] = append(m.Ratings[cs[i].Name], ahp.Rating{Alternative: a, Value: rapid.Float64Range(1, 9).Draw(t, "rating")})
				}
			} else {
				judge(cs[i].Name, alts)
			}
		}
		judge(parent, names)
		return cs
	}
	m.Criteria = grow(m.Goal, 1)
	return m
}

func TestSynthesisProperties(t *testing.T) {
	t.Run("GlobalSumsToOne", rapid.MakeCheck(propGlobalSumsToOne))
	t.Run("GlobalIsProductOfLocal", rapid.MakeCheck(propGlobalIsProductOfLocal))
	t.Run("IdealModeKeepsOrderWithDominated", rapid.MakeCheck(propIdealKeepsOrder))
}

// Property: for every model, method and mode the alternatives' global
// priorities are positive and sum to 1, and so do the leaves' global
// weights.
func propGlobalSumsToOne(t *rapid.T) {
	m := genModel(t)
	opt := ahp.Options{
		Method: rapid.SampledFrom([]ahp.PriorityMethod{ahp.Eigen, ahp.GeometricMean}).Draw(t, "method"),
		Mode:   rapid.SampledFrom([]ahp.Mode{ahp.Distributive, ahp.Ideal}).Draw(t, "mode"),
	}
	r, err := m.Evaluate(context.Background(), opt)
	if err != nil {
		t.Fatal(err)
	}
	sum, leaves := 0.0, 0.0
	for _, v := range r.Global {
		if !(v > 0) {
			t.Fatalf("global priority %v", v)
		}
		sum += v
	}
	for _, n := range r.Nodes {
		if n.Leaf {
			leaves += n.Global
		}
	}
	if math.Abs(sum-1) > 1e-12 || math.Abs(leaves-1) > 1e-12 {
		t.Fatalf("global priorities sum to %v, leaf weights to %v", sum, leaves)
	}
}

// Property: in distributive mode an alternative's global priority equals
// the sum over leaves of the product of the local priorities on the path
// from the goal down to the alternative.
func propGlobalIsProductOfLocal(t *rapid.T) {
	m := genModel(t)
	r, err := m.Evaluate(context.Background(), ahp.Options{})
	if err != nil {
		t.Fatal(err)
	}
	local := map[string]float64{}
	parent := map[string]string{}
	for _, n := range r.Nodes {
		local[n.Name], parent[n.Name] = n.Local, n.Parent
	}
	want := make([]float64, len(r.Alternatives))
	for _, n := range r.Nodes {
		if !n.Leaf {
			continue
		}
		path := 1.0
		for name := n.Name; name != ""; name = parent[name] {
			path *= local[name]
		}
		for a, w := range n.Weights {
			want[a] += path * w
		}
	}
	for a := range want {
		if math.Abs(want[a]-r.Global[a]) > 1e-12 {
			t.Fatalf("alternative %d: global %v, product of locals %v", a, r.Global[a], want[a])
		}
	}
}

// Property: with ratings under every leaf, ideal mode keeps the order of
// any two alternatives when a third alternative, dominated by both on every
// leaf, is added (Saaty's ideal mode preserves rank; distributive mode does
// not).
func propIdealKeepsOrder(t *rapid.T) {
	m := genModel(t)
	for _, leaf := range m.Leaves() {
		if _, judged := m.Judgments[leaf]; judged {
			delete(m.Judgments, leaf)
			for _, a := range m.Alternatives {
				m.Ratings[leaf] = append(m.Ratings[leaf], ahp.Rating{Alternative: a.Name, Value: rapid.Float64Range(2, 9).Draw(t, "rating")})
			}
		}
	}
	before, err := m.Evaluate(context.Background(), ahp.Options{Mode: ahp.Ideal})
	if err != nil {
		t.Fatal(err)
	}
	// The new alternative is rated worse than every other on every leaf.
	bigger := m.Clone()
	bigger.Alternatives = append(bigger.Alternatives, ahp.Alternative{Name: "dominated"})
	objective := leafObjectives(m)
	for leaf, rs := range bigger.Ratings {
		worst := rs[0].Value
		for _, r := range rs {
			if objective[leaf] == mcda.Cost {
				worst = max(worst, r.Value)
			} else {
				worst = min(worst, r.Value)
			}
		}
		f := rapid.Float64Range(0.5, 0.99).Draw(t, "shrink")
		if objective[leaf] == mcda.Cost {
			worst /= f
		} else {
			worst *= f
		}
		bigger.Ratings[leaf] = append(rs, ahp.Rating{Alternative: "dominated", Value: worst})
	}
	after, err := bigger.Evaluate(context.Background(), ahp.Options{Mode: ahp.Ideal})
	if err != nil {
		t.Fatal(err)
	}
	for a := range before.Global {
		for b := range before.Global {
			x, y := before.Global[a]-before.Global[b], after.Global[a]-after.Global[b]
			if x > 1e-12 && y < -1e-12 {
				t.Fatalf("adding a dominated alternative reversed %d over %d: before %v, after %v", a, b, before.Global, after.Global)
			}
		}
	}
}

func leafObjectives(m *ahp.Model) map[string]mcda.Objective {
	out := map[string]mcda.Objective{}
	var walk func(cs []ahp.Criterion, inherited mcda.Objective)
	walk = func(cs []ahp.Criterion, inherited mcda.Objective) {
		for _, c := range cs {
			o := c.Objective
			if o == 0 {
				o = inherited
			}
			if len(c.Children) == 0 {
				out[c.Name] = o
			}
			walk(c.Children, o)
		}
	}
	walk(m.Criteria, mcda.Benefit)
	return out
}

// TestDistributiveModeReversal shows the rank reversal that ideal mode
// avoids (Belton & Gear, 1983): adding a copy-like alternative under
// distributive synthesis can swap the order of two others.
func TestDistributiveModeReversal(t *testing.T) {
	// Belton & Gear's example: three alternatives on three equally weighted
	// criteria, then a copy of B is added.
	build := func(alts []string, vals [][]float64) *ahp.Model {
		m := &ahp.Model{Goal: "g", Ratings: map[string][]ahp.Rating{}, Judgments: map[string][]ahp.Comparison{
			"g": {{A: "c1", B: "c2", Value: 1}, {A: "c1", B: "c3", Value: 1}, {A: "c2", B: "c3", Value: 1}},
		}}
		m.Criteria = []ahp.Criterion{{Name: "c1"}, {Name: "c2"}, {Name: "c3"}}
		for i, a := range alts {
			m.Alternatives = append(m.Alternatives, ahp.Alternative{Name: a})
			for j, c := range []string{"c1", "c2", "c3"} {
				m.Ratings[c] = append(m.Ratings[c], ahp.Rating{Alternative: a, Value: vals[i][j]})
			}
		}
		return m
	}
	three := build([]string{"A", "B", "C"}, [][]float64{{1, 9, 8}, {9, 1, 9}, {1, 1, 1}})
	four := build([]string{"A", "B", "C", "D"}, [][]float64{{1, 9, 8}, {9, 1, 9}, {1, 1, 1}, {9, 1, 9}})
	order := func(m *ahp.Model, mode ahp.Mode) bool { // reports whether A beats B
		r, err := m.Evaluate(context.Background(), ahp.Options{Mode: mode})
		if err != nil {
			t.Fatal(err)
		}
		return r.Global[0] > r.Global[1]
	}
	if order(three, ahp.Distributive) == order(four, ahp.Distributive) {
		t.Errorf("distributive mode: adding a copy of B did not reverse A and B (Belton & Gear's example)")
	}
	if order(three, ahp.Ideal) != order(four, ahp.Ideal) {
		t.Errorf("ideal mode: adding a copy of B reversed A and B")
	}
}

// benchModel builds a four-level model (goal, 4 criteria, 4 sub-criteria
// each, 3 sub-sub-criteria each) with n judged alternatives per leaf, from
// a fixed seed.
func benchModel(b *testing.B, n int, rated bool) *ahp.Model {
	rng := rand.New(rand.NewPCG(3, 4))
	m := &ahp.Model{Goal: "goal", Judgments: map[string][]ahp.Comparison{}, Ratings: map[string][]ahp.Rating{}}
	alts := make([]string, n)
	for i := range alts {
		alts[i] = fmt.Sprint("alt", i)
		m.Alternatives = append(m.Alternatives, ahp.Alternative{Name: alts[i]})
	}
	judge := func(node string, items []string) {
		w := make([]float64, len(items))
		for i := range w {
			w[i] = 1 + 8*rng.Float64()
		}
		for a := range items {
			for c := a + 1; c < len(items); c++ {
				v := math.Max(1./9, math.Min(9, w[a]/w[c]))
				m.Judgments[node] = append(m.Judgments[node], ahp.Comparison{A: items[a], B: items[c], Value: v})
			}
		}
	}
	var names []string
	for i := range 4 {
		c := ahp.Criterion{Name: fmt.Sprint("c", i)}
		var subNames []string
		for j := range 4 {
			s := ahp.Criterion{Name: fmt.Sprint("c", i, ".", j)}
			var leafNames []string
			for k := range 3 {
				leaf := fmt.Sprint("c", i, ".", j, ".", k)
				s.Children = append(s.Children, ahp.Criterion{Name: leaf})
				leafNames = append(leafNames, leaf)
				if rated {
					for _, a := range alts {
						m.Ratings[leaf] = append(m.Ratings[leaf], ahp.Rating{Alternative: a, Value: 1 + 8*rng.Float64()})
					}
				} else {
					judge(leaf, alts)
				}
			}
			judge(s.Name, leafNames)
			c.Children = append(c.Children, s)
			subNames = append(subNames, s.Name)
		}
		judge(c.Name, subNames)
		m.Criteria = append(m.Criteria, c)
		names = append(names, c.Name)
	}
	judge(m.Goal, names)
	return m
}

func BenchmarkModelEvaluate(b *testing.B) {
	for _, tc := range []struct {
		name  string
		rated bool
	}{{"judged,alternatives=50", false}, {"rated,alternatives=50", true}} {
		b.Run(tc.name, func(b *testing.B) {
			m := benchModel(b, 50, tc.rated)
			opt := ahp.Options{RandomIndex: ahp.DoneganDodd1991}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := m.Evaluate(context.Background(), opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
