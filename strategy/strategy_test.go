package strategy_test

import (
	"bytes"
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
	"github.com/balancer-mcda/balancer/strategy"
)

// firstFuture is the model's first future, which README.md states.
const firstFuture = "Strategic Balancer"

func TestSections(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range strategy.Sections() {
		if s.ID == "" || s.Title == "" || s.Summary == "" {
			t.Errorf("section %+v has an empty field", s)
		}
		if seen[s.ID] {
			t.Errorf("section id %q repeated", s.ID)
		}
		seen[s.ID] = true
		if got, ok := strategy.Lookup(s.ID); !ok || !cmp.Equal(got, s) {
			t.Errorf("Lookup(%q) = %+v, %v", s.ID, got, ok)
		}
	}
	if _, ok := strategy.Lookup(strategy.VerdictAnchor); !ok {
		t.Errorf("the verdict's anchor %q is not in the index", strategy.VerdictAnchor)
	}
	if _, ok := strategy.Lookup("no/such/section"); ok {
		t.Error(`Lookup("no/such/section") found a section`)
	}
}

// TestDatasetComplete checks that the dataset is whole and every judgment
// and rating is documented: a rationale, and an anchor in the index.
func TestDatasetComplete(t *testing.T) {
	d := strategy.SCO()
	m := d.Model
	anchor := func(what, id string) {
		t.Helper()
		if _, ok := strategy.Lookup(id); !ok {
			t.Errorf("%s: anchor %q is not in the index", what, id)
		}
	}
	if len(d.FutureNames) != 3 || len(d.RecommendationNames) != 7 {
		t.Fatalf("futures %v, recommendations %v; want 3 and 7", d.FutureNames, d.RecommendationNames)
	}
	for _, name := range []string{firstFuture, "Marginalized Bystander", "Co-leader with China"} {
		if !slices.Contains(d.FutureNames, name) {
			t.Errorf("future %q missing from %v", name, d.FutureNames)
		}
	}
	for _, a := range m.Alternatives {
		anchor("alternative "+a.Name, a.Anchor)
		if a.Description == "" {
			t.Errorf("alternative %q has no description", a.Name)
		}
	}
	var walk func(cs []ahp.Node)
	nodes := []string{m.Goal}
	walk = func(cs []ahp.Node) {
		for _, c := range cs {
			anchor("criterion "+c.Name, c.Anchor)
			if c.Description == "" {
				t.Errorf("criterion %q has no description", c.Name)
			}
			if len(c.Children) > 0 {
				nodes = append(nodes, c.Name)
			}
			walk(c.Children)
		}
	}
	walk(m.Criteria)
	for _, node := range nodes {
		cs := m.Judgments[node]
		k := childCount(m, node)
		if len(cs) != k*(k-1)/2 {
			t.Errorf("node %q: %d judgments, want all %d pairs", node, len(cs), k*(k-1)/2)
		}
		for _, c := range cs {
			if strings.TrimSpace(c.Rationale) == "" {
				t.Errorf("judgment %s over %s at %q has no rationale", c.A, c.B, node)
			}
			anchor("judgment "+c.A+" over "+c.B, c.Anchor)
		}
	}
	for _, leaf := range m.Leaves() {
		rs := m.Ratings[leaf]
		if len(rs) != len(m.Alternatives) {
			t.Errorf("leaf %q: %d ratings, want %d", leaf, len(rs), len(m.Alternatives))
		}
		for _, r := range rs {
			if strings.TrimSpace(r.Rationale) == "" {
				t.Errorf("rating of %q on %q has no rationale", r.Alternative, leaf)
			}
			if r.Value < 1 || r.Value > 9 {
				t.Errorf("rating of %q on %q is %v, outside 1-9", r.Alternative, leaf, r.Value)
			}
			anchor("rating of "+r.Alternative+" on "+leaf, r.Anchor)
		}
	}
	// The cost criterion and its subtree are cost criteria.
	r, err := m.Evaluate(context.Background(), ahp.Options{})
	if err != nil {
		t.Fatal(err)
	}
	costs := 0
	for _, n := range r.Nodes {
		if n.Leaf && n.Objective == mcda.ObjectiveCost {
			costs++
		}
	}
	if costs == 0 {
		t.Error("no leaf criterion is a cost criterion")
	}
}

func childCount(m *ahp.Model, node string) int {
	if node == m.Goal {
		return len(m.Criteria)
	}
	var find func(cs []ahp.Node) int
	find = func(cs []ahp.Node) int {
		for _, c := range cs {
			if c.Name == node {
				return len(c.Children)
			}
			if k := find(c.Children); k >= 0 {
				return k
			}
		}
		return -1
	}
	return find(m.Criteria)
}

// TestConsistent checks that every comparison matrix of the dataset has
// CR < 0.1 by Saaty's (1980) random index.
func TestConsistent(t *testing.T) {
	r, err := strategy.SCO().Model.Evaluate(context.Background(), ahp.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range r.Nodes {
		if n.Consistency != nil && n.Consistency.CR >= 0.1 {
			t.Errorf("node %q: CR %.4f >= 0.1", n.Name, n.Consistency.CR)
		}
	}
}

// TestHeadline checks the result README.md states: which future ranks
// first, by AHP synthesis and by TOPSIS.
func TestHeadline(t *testing.T) {
	fm, err := strategy.SCO().Futures()
	if err != nil {
		t.Fatal(err)
	}
	r, err := fm.Evaluate(context.Background(), ahp.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Alternatives[r.Order[0]]; got != firstFuture {
		t.Errorf("AHP: first future %q, want %q", got, firstFuture)
	}
	dm, err := r.DecisionMatrix()
	if err != nil {
		t.Fatal(err)
	}
	tr, err := mcda.Rank(&mcda.TOPSIS{}, dm)
	if err != nil {
		t.Fatal(err)
	}
	if got := tr.Alternatives[tr.Order[0]]; got != firstFuture {
		t.Errorf("TOPSIS: first future %q, want %q", got, firstFuture)
	}
}

// TestRoundTrip writes the dataset's model in the AHP model format and
// reads it back.
func TestRoundTrip(t *testing.T) {
	m := strategy.SCO().Model
	var buf bytes.Buffer
	if err := ahp.WriteModel(&buf, m); err != nil {
		t.Fatal(err)
	}
	got, err := ahp.ReadModel(&buf, ahp.Scale{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(m, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("round trip mismatch (-dataset +read back):\n%s", diff)
	}
}

// TestFreshCopies checks that callers cannot change the reference.
func TestFreshCopies(t *testing.T) {
	a := strategy.SCO()
	a.Model.Criteria[0].Name = "changed"
	a.Model.Judgments[a.Model.Goal][0].Value = 9
	a.Model.Alternatives[0].Name = "changed"
	b := strategy.SCO()
	if b.Model.Criteria[0].Name == "changed" || b.Model.Judgments[b.Model.Goal][0].Value == 9 || b.Model.Alternatives[0].Name == "changed" {
		t.Error("modifying one dataset changed another")
	}
	s := strategy.Sections()
	s[0].ID = "changed"
	if strategy.Sections()[0].ID == "changed" {
		t.Error("modifying Sections' result changed the index")
	}
}
