package anp

import (
	"context"
	"errors"
	"math"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"gonum.org/v1/gonum/mat"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
)

// hierarchy returns an AHP model as the network Saaty (2005, ch. 1) shows to
// be equivalent: a goal cluster, a criteria cluster and an alternatives
// cluster, the alternatives being sinks.
func hierarchy(t *testing.T, m *ahp.Model) *Network {
	t.Helper()
	nw := &Network{Goal: m.Goal}
	var crit, alts []string
	for _, c := range m.Criteria {
		if len(c.Children) > 0 {
			t.Fatal("hierarchy: one level of criteria only")
		}
		crit = append(crit, c.Name)
	}
	for _, a := range m.Alternatives {
		alts = append(alts, a.Name)
	}
	nw.Clusters = []Cluster{{Name: "Goal", Nodes: []string{m.Goal}}, {Name: "Criteria", Nodes: crit}, {Name: "Alternatives", Nodes: alts}}
	nw.Comparisons = append(nw.Comparisons, NodeComparison{Node: m.Goal, Cluster: "Criteria", Nodes: crit, Judgments: m.Judgments[m.Goal]})
	for _, c := range crit {
		nw.Comparisons = append(nw.Comparisons, NodeComparison{Node: c, Cluster: "Alternatives", Nodes: alts, Judgments: m.Judgments[c]})
	}
	return nw
}

// TestNetworkHierarchy checks that a hierarchy evaluated as a network gives
// the AHP synthesis: Saaty's "choosing a leader" example (as in package
// ahp's reference tests: Moll 0.358, Nell 0.493, Sue 0.149, to the
// published three decimals), and package ahp's distributive synthesis of
// the same model to 1e-12.
func TestNetworkHierarchy(t *testing.T) {
	f, err := os.Open("../../examples/ahp/testdata/leader.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := ahp.ReadModel(f, ahp.Scale{})
	if err != nil {
		t.Fatal(err)
	}
	ahpRes, err := m.Evaluate(context.Background(), ahp.Options{})
	if err != nil {
		t.Fatal(err)
	}
	nw := hierarchy(t, m)
	res, err := nw.Evaluate(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := res.Normalized[len(res.Nodes)-3:]
	if diff := cmp.Diff([]float64{0.358, 0.493, 0.149}, got, cmpopts.EquateApprox(0, 0.0005)); diff != "" {
		t.Errorf("published priorities (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(ahpRes.Global, got, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("AHP synthesis (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Alternatives"}, sinkClusters(res)); diff != "" {
		t.Errorf("sink clusters (-want +got):\n%s", diff)
	}
	// Every comparison's consistency is that of package ahp.
	if len(res.Consistency) != 5 {
		t.Fatalf("%d consistencies, want 5", len(res.Consistency))
	}
	for k, nr := range ahpRes.Nodes {
		if math.Abs(nr.Consistency.CR-res.Consistency[k].CR) > 1e-12 {
			t.Errorf("%s: CR %v, package ahp %v", nr.Name, res.Consistency[k].CR, nr.Consistency.CR)
		}
	}
}

func sinkClusters(res *Result) []string {
	var out []string
	seen := map[int]bool{}
	for _, j := range res.Limit.Sinks {
		if c := res.ClusterOf[j]; !seen[c] {
			seen[c] = true
			out = append(out, res.Clusters[c])
		}
	}
	return out
}

// feedback is a network with feedback between criteria and alternatives,
// inner dependence among the criteria, a cluster comparison, and a node
// (Price) that does not link to every cluster its cluster links to.
func feedback() *Network {
	return &Network{
		Clusters: []Cluster{
			{Name: "Criteria", Nodes: []string{"Price", "Quality", "Service"}},
			{Name: "Alternatives", Nodes: []string{"A", "B", "C"}},
		},
		Comparisons: []NodeComparison{
			{Node: "Price", Cluster: "Alternatives", Nodes: []string{"A", "B", "C"}, Judgments: []ahp.Judgment{{A: "A", B: "B", Value: 3}, {A: "A", B: "C", Value: 5}, {A: "B", B: "C", Value: 2}}},
			{Node: "Quality", Cluster: "Alternatives", Nodes: []string{"A", "B", "C"}, Judgments: []ahp.Judgment{{A: "A", B: "B", Value: 0.25}, {A: "A", B: "C", Value: 0.5}, {A: "B", B: "C", Value: 3}}},
			{Node: "Quality", Cluster: "Criteria", Nodes: []string{"Price", "Service"}, Judgments: []ahp.Judgment{{A: "Price", B: "Service", Value: 2}}},
			{Node: "Service", Cluster: "Alternatives", Nodes: []string{"B", "C"}, Judgments: []ahp.Judgment{{A: "B", B: "C", Value: 0.5}}},
			{Node: "A", Cluster: "Criteria", Nodes: []string{"Price", "Quality", "Service"}, Judgments: []ahp.Judgment{{A: "Price", B: "Quality", Value: 2}, {A: "Price", B: "Service", Value: 4}}},
			{Node: "B", Cluster: "Criteria", Nodes: []string{"Quality", "Service"}, Judgments: []ahp.Judgment{{A: "Quality", B: "Service", Value: 3}}},
			{Node: "C", Cluster: "Criteria", Nodes: []string{"Price"}},
		},
		ClusterComparisons: []ClusterComparison{
			{Cluster: "Criteria", Clusters: []string{"Alternatives", "Criteria"}, Judgments: []ahp.Judgment{{A: "Alternatives", B: "Criteria", Value: 3}}},
		},
	}
}

// TestNetworkFeedback checks the supermatrices of a feedback network entry
// by entry against their definitions.
func TestNetworkFeedback(t *testing.T) {
	res, err := feedback().Evaluate(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Cluster matrix: Criteria's column from its comparison (3:1), the
	// alternatives link only to the criteria.
	wantCW := [][]float64{{0.25, 1}, {0.75, 0}}
	if diff := cmp.Diff(wantCW, rowsOf(res.ClusterWeights), cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("cluster matrix (-want +got):\n%s", diff)
	}
	// Price links only to the alternatives: its weighted column is
	// 0.75 × its unweighted column, renormalised to sum 1, i.e. the
	// unweighted column itself.
	for i := 0; i < 6; i++ {
		if math.Abs(res.Weighted.At(i, 0)-res.Unweighted.At(i, 0)) > 1e-12 {
			t.Errorf("Price's weighted column[%d] = %v, unweighted %v", i, res.Weighted.At(i, 0), res.Unweighted.At(i, 0))
		}
	}
	// Quality links to both: 0.25 × (2/3, 0, 1/3) and 0.75 × the
	// alternatives' column; sums to 1 without renormalisation.
	if got := res.Weighted.At(0, 1); math.Abs(got-0.25*2/3) > 1e-12 {
		t.Errorf("W[Price][Quality] = %v, want %v", got, 0.25*2/3)
	}
	// Service: B, C by 1:2.
	if got := res.Unweighted.At(5, 2); math.Abs(got-2.0/3) > 1e-12 {
		t.Errorf("U[C][Service] = %v, want 2/3", got)
	}
	// C links to Price only: priority 1.
	if got := res.Unweighted.At(0, 5); got != 1 {
		t.Errorf("U[Price][C] = %v, want 1", got)
	}
	// The limit is W's stationary vector (irreducible, aperiodic): W·π = π.
	var s float64
	for i := range res.Priorities {
		var wp float64
		for j := range res.Priorities {
			wp += res.Weighted.At(i, j) * res.Priorities[j]
		}
		if math.Abs(wp-res.Priorities[i]) > 1e-12 {
			t.Errorf("(W·π)[%d] = %v, π = %v", i, wp, res.Priorities[i])
		}
		s += res.Priorities[i]
	}
	if math.Abs(s-1) > 1e-12 || res.Limit.Cesaro || len(res.Limit.Sinks) != 0 {
		t.Errorf("Σπ = %v, Cesaro %v, sinks %v", s, res.Limit.Cesaro, res.Limit.Sinks)
	}
	var alt float64
	for _, v := range res.Normalized[3:] {
		alt += v
	}
	if math.Abs(alt-1) > 1e-12 {
		t.Errorf("normalized alternatives sum to %v", alt)
	}
}

func TestNetworkErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		edit  func(*Network)
		field string
		err   error
	}{
		{"unknown node", func(n *Network) { n.Comparisons[0].Node = "Cost" }, "comparisons[0].node", ErrUnknown},
		{"unknown cluster", func(n *Network) { n.Comparisons[0].Cluster = "X" }, "comparisons[0].cluster", ErrUnknown},
		{"node outside the cluster", func(n *Network) { n.Comparisons[0].Nodes[0] = "Price" }, "comparisons[0].nodes[0]", ErrUnknown},
		{"duplicate comparison", func(n *Network) { n.Comparisons[1].Node = "Price" }, "comparisons[1]", ErrDuplicate},
		{"duplicate node", func(n *Network) { n.Clusters[1].Nodes[0] = "Price" }, "clusters[1].nodes[0]", mcda.ErrDuplicateName},
		{"empty cluster", func(n *Network) { n.Clusters[1].Nodes = nil }, "clusters[1].nodes", mcda.ErrEmpty},
		{"unlinked cluster", func(n *Network) {
			n.ClusterComparisons = append(n.ClusterComparisons, ClusterComparison{Cluster: "Alternatives", Clusters: []string{"Criteria", "Alternatives"}})
		}, "cluster_comparisons[1].clusters[1]", ErrNotLinked},
		{"missing linked cluster", func(n *Network) {
			n.ClusterComparisons[0].Clusters = []string{"Alternatives"}
			n.ClusterComparisons[0].Judgments = nil
		},
			"cluster_comparisons[0].clusters", ErrNotLinked},
		{"bad judgment", func(n *Network) { n.Comparisons[0].Judgments[0].Value = -3 }, "comparisons[0]", mcda.ErrNotPositive},
		{"disconnected", func(n *Network) { n.Comparisons[0].Judgments = n.Comparisons[0].Judgments[:1] }, "comparisons[0]", ahp.ErrDisconnected},
		{"unknown goal", func(n *Network) { n.Goal = "Nobody" }, "goal", ErrUnknown},
		{"inverted scale", func(n *Network) { n.Scale = ahp.Scale{Min: 2, Max: 1} }, "scale", ahp.ErrInvalidScale},
		{"NaN scale", func(n *Network) { n.Scale = ahp.Scale{Min: math.NaN(), Max: 9} }, "scale", ahp.ErrInvalidScale},
		{"judgment beyond the network's scale", func(n *Network) { n.Scale = ahp.Scale{Min: 0.5, Max: 2} }, "comparisons[0]", ahp.ErrScale},
	} {
		t.Run(tc.name, func(t *testing.T) {
			nw := feedback()
			tc.edit(nw)
			_, err := nw.Evaluate(context.Background(), Options{})
			var ne *NetworkError
			if !errors.As(err, &ne) || ne.Field != tc.field || !errors.Is(err, tc.err) {
				t.Errorf("err = %v, want field %s and %v", err, tc.field, tc.err)
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := feedback().Evaluate(ctx, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}

// Property: permuting the alternatives' order in the network permutes
// their priorities.
func TestNetworkPermutation(t *testing.T) {
	base, err := feedback().Evaluate(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	rapid.Check(t, func(t *rapid.T) {
		p := rapid.Permutation([]string{"A", "B", "C"}).Draw(t, "order")
		nw := feedback()
		nw.Clusters[1].Nodes = p
		res, err := nw.Evaluate(context.Background(), Options{})
		if err != nil {
			t.Fatal(err)
		}
		for k, name := range p {
			i := 3 + int(name[0]-'A')
			if math.Abs(res.Priorities[3+k]-base.Priorities[i]) > 1e-12 {
				t.Fatalf("%s: %v, unpermuted %v", name, res.Priorities[3+k], base.Priorities[i])
			}
		}
	})
}

// TestNetworkPyanpCrud builds the network of pyanp's test_crud
// (tests/test_ANPNetwork.py): an alternatives cluster with alt1 and a
// cluster of n1, n2, n3, each node linked to every node without judgments
// (equal priorities). Its unscaled supermatrix is pyanp's, printed to 8
// decimals. pyanp's global priorities (0.5, 1/6, 1/6, 1/6) are one step of
// the weighted supermatrix renormalised; with the sink alt1 given a
// self-loop (see Limit) the limit gives alt1 everything instead.
func TestNetworkPyanpCrud(t *testing.T) {
	eq := func(a, b string) ahp.Judgment { return ahp.Judgment{A: a, B: b, Value: 1} }
	nw := &Network{Clusters: []Cluster{{Name: "alts", Nodes: []string{"alt1"}}, {Name: "c1", Nodes: []string{"n1", "n2", "n3"}}}}
	for _, n := range []string{"n1", "n2", "n3"} {
		nw.Comparisons = append(nw.Comparisons,
			NodeComparison{Node: n, Cluster: "alts", Nodes: []string{"alt1"}},
			NodeComparison{Node: n, Cluster: "c1", Nodes: []string{"n1", "n2", "n3"}, Judgments: []ahp.Judgment{eq("n1", "n2"), eq("n1", "n3"), eq("n2", "n3")}})
	}
	res, err := nw.Evaluate(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	third := 0.33333333
	want := [][]float64{{0, 1, 1, 1}, {0, third, third, third}, {0, third, third, third}, {0, third, third, third}}
	if diff := cmp.Diff(want, rowsOf(res.Unweighted), cmpopts.EquateApprox(0, 5e-9)); diff != "" {
		t.Errorf("unscaled supermatrix (-pyanp +got):\n%s", diff)
	}
	// One step of the weighted supermatrix from any node: pyanp's global
	// priorities.
	if diff := cmp.Diff([]float64{0.5, 1.0 / 6, 1.0 / 6, 1.0 / 6}, mat.Col(nil, 1, res.Weighted), cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("weighted column (-pyanp +got):\n%s", diff)
	}
	if diff := cmp.Diff([]float64{1, 0, 0, 0}, res.Priorities, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("limiting priorities (-want +got):\n%s", diff)
	}
}

// Property: a one-level hierarchy evaluated as a network (goal, criteria
// and alternatives clusters, the alternatives sinks) gives package ahp's
// distributive synthesis (Saaty 2005: the AHP is the special case of the
// ANP without feedback).
func TestNetworkHierarchyProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		nc := rapid.IntRange(1, 5).Draw(t, "criteria")
		na := rapid.IntRange(2, 5).Draw(t, "alternatives")
		m := &ahp.Model{Goal: "goal", Judgments: map[string][]ahp.Judgment{}}
		var crit, alts []string
		for j := 0; j < nc; j++ {
			crit = append(crit, string(rune('A'+j)))
			m.Criteria = append(m.Criteria, ahp.Node{Name: crit[j]})
		}
		for i := 0; i < na; i++ {
			alts = append(alts, string(rune('a'+i)))
			m.Alternatives = append(m.Alternatives, ahp.Alternative{Name: alts[i]})
		}
		judge := func(items []string) []ahp.Judgment {
			var cs []ahp.Judgment
			for x := 0; x < len(items); x++ {
				for y := x + 1; y < len(items); y++ {
					v := float64(rapid.IntRange(1, 9).Draw(t, "v"))
					if rapid.Bool().Draw(t, "reciprocal") {
						v = 1 / v
					}
					cs = append(cs, ahp.Judgment{A: items[x], B: items[y], Value: v})
				}
			}
			return cs
		}
		m.Judgments["goal"] = judge(crit)
		for _, c := range crit {
			m.Judgments[c] = judge(alts)
		}
		want, err := m.Evaluate(context.Background(), ahp.Options{})
		if err != nil {
			t.Fatal(err)
		}
		nw := &Network{Goal: "goal", Clusters: []Cluster{{Name: "Goal", Nodes: []string{"goal"}}, {Name: "Criteria", Nodes: crit}, {Name: "Alternatives", Nodes: alts}}}
		nw.Comparisons = append(nw.Comparisons, NodeComparison{Node: "goal", Cluster: "Criteria", Nodes: crit, Judgments: m.Judgments["goal"]})
		for _, c := range crit {
			nw.Comparisons = append(nw.Comparisons, NodeComparison{Node: c, Cluster: "Alternatives", Nodes: alts, Judgments: m.Judgments[c]})
		}
		res, err := nw.Evaluate(context.Background(), Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := res.Normalized[1+nc:]
		for i := range got {
			if math.Abs(got[i]-want.Global[i]) > 1e-10 {
				t.Fatalf("alternative %s: network %v, AHP %v", alts[i], got[i], want.Global[i])
			}
		}
	})
}
