package ahp_test

import (
	"context"
	"math"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda/ahp"
)

// Saaty prints priorities and consistency measures to 3 decimals (house)
// or 2 decimals (school): exact values must lie within half a unit of the
// last printed digit.
var (
	saatyApprox3 = cmpopts.EquateApprox(0, 5e-4)
	saatyApprox2 = cmpopts.EquateApprox(0, 5e-3)
	// saatyApprox3Off bounds the few printed values that are off by more
	// than their rounding; each use says which and why.
	saatyApprox3Off = cmpopts.EquateApprox(0, 1e-3)
	// Consistent matrices: results of exact arithmetic.
	saatyTight = cmpopts.EquateApprox(0, 1e-12)
)

// readSaaty reads a testdata model and evaluates it with the zero Options:
// eigenvector priorities, distributive synthesis and the Saaty (1980)
// random index (RI(3) = 0.58, RI(6) = 1.24, RI(8) = 1.41), all as Saaty
// computed them.
func readSaaty(t *testing.T, file string) (*ahp.Result, map[string]ahp.NodeResult) {
	t.Helper()
	f, err := os.Open("testdata/" + file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := ahp.ReadModel(f, ahp.Scale{})
	if err != nil {
		t.Fatalf("ReadModel(%s): %v", file, err)
	}
	r, err := m.Evaluate(context.Background(), ahp.Options{})
	if err != nil {
		t.Fatalf("Evaluate(%s): %v", file, err)
	}
	nodes := make(map[string]ahp.NodeResult, len(r.Nodes))
	for _, n := range r.Nodes {
		nodes[n.Name] = n
	}
	return r, nodes
}

// printedConsistency is a printed λmax, CI and CR.
type printedConsistency struct{ LambdaMax, CI, CR float64 }

func consistencyOf(n ahp.NodeResult) printedConsistency {
	return printedConsistency{n.Consistency.LambdaMax, n.Consistency.CI, n.Consistency.CR}
}

// TestSaatyHouse reproduces the house-buying example of Saaty (1990), How
// to make a decision: the analytic hierarchy process, Eur. J. Oper. Res.
// 48:9-26: eight criteria judged in Table 2 (λmax 9.669, CI 0.238,
// CR 0.169), three houses judged under each criterion in Table 3, and the
// composite priorities of Table 4, A 0.396, B 0.341, C 0.263. All nine
// matrices are in testdata/saaty_house.json.
//
// The printed numbers were taken from two independent public transcriptions
// of the paper, which agree with each other on every judgment and priority;
// λmax, CI and CR were available for Table 2 and for the Transportation,
// General condition and Financing matrices of Table 3 only, so only those
// are checked.
//
// Exact synthesis is within the 3-decimal rounding (5e-4) of the print
// everywhere except three places, bounded by 1e-3:
//   - Transportation: B is printed 0.055 for 0.05445, and CI 0.124 for
//     0.12348, i.e. (3.247 − 3)/2 = 0.1235 from the rounded λmax, rounded up.
//   - Financing: printed 0.072, 0.650, 0.278 for 0.07193, 0.64912, 0.27895.
//     For n = 3 the eigenvector equals the row geometric means, so no
//     priority method reproduces the print; the deviation is 9.5e-4 at most.
func TestSaatyHouse(t *testing.T) {
	r, nodes := readSaaty(t, "saaty_house.json")

	// Table 4: composite priorities, and A ranked first.
	if diff := cmp.Diff([]float64{0.396, 0.341, 0.263}, r.Global, saatyApprox3); diff != "" {
		t.Errorf("composite priorities mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{0, 1, 2}, r.Order); diff != "" {
		t.Errorf("order mismatch (-want +got):\n%s", diff)
	}

	// Table 2: the criteria.
	goal := nodes["Satisfaction with house"]
	wantGoal := []float64{0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333}
	if diff := cmp.Diff(wantGoal, goal.Priorities, saatyApprox3); diff != "" {
		t.Errorf("criteria priorities mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(printedConsistency{9.669, 0.238, 0.169}, consistencyOf(goal), saatyApprox3); diff != "" {
		t.Errorf("criteria consistency mismatch (-want +got):\n%s", diff)
	}

	// Table 3: the houses under each criterion.
	leaves := []struct {
		name   string
		want   []float64
		c      *printedConsistency // nil where the transcriptions give none
		approx cmp.Option
	}{
		{"Size of house", []float64{0.754, 0.181, 0.065}, nil, saatyApprox3},
		{"Transportation", []float64{0.233, 0.055, 0.713}, &printedConsistency{3.247, 0.124, 0.213}, saatyApprox3Off}, // B and CI, see above
		{"Neighborhood", []float64{0.754, 0.065, 0.181}, nil, saatyApprox3},
		{"Age of house", []float64{0.333, 0.333, 0.333}, nil, saatyApprox3},
		{"Yard space", []float64{0.674, 0.101, 0.226}, nil, saatyApprox3},
		{"Modern facilities", []float64{0.747, 0.060, 0.193}, nil, saatyApprox3},
		{"General condition", []float64{0.200, 0.400, 0.400}, &printedConsistency{3, 0, 0}, saatyApprox3},
		{"Financing", []float64{0.072, 0.650, 0.278}, &printedConsistency{3.065, 0.032, 0.056}, saatyApprox3Off}, // see above
	}
	for _, leaf := range leaves {
		n, ok := nodes[leaf.name]
		if !ok {
			t.Errorf("no node %q", leaf.name)
			continue
		}
		if diff := cmp.Diff(leaf.want, n.Priorities, leaf.approx); diff != "" {
			t.Errorf("%s: priorities mismatch (-want +got):\n%s", leaf.name, diff)
		}
		if leaf.c == nil {
			continue
		}
		if diff := cmp.Diff(*leaf.c, consistencyOf(n), leaf.approx); diff != "" {
			t.Errorf("%s: consistency mismatch (-want +got):\n%s", leaf.name, diff)
		}
	}

	// Two leaves are consistent, so their priorities are exact ratios.
	checkConsistentLeaf(t, nodes["Age of house"], []float64{1.0 / 3, 1.0 / 3, 1.0 / 3})
	checkConsistentLeaf(t, nodes["General condition"], []float64{0.2, 0.4, 0.4})
}

// TestSaatySchool reproduces the school example of Saaty (1980), The
// Analytic Hierarchy Process, McGraw-Hill, ch. 2 (also Saaty 1990, EJOR
// 48:9-26): a child's three candidate schools judged on learning, friends,
// school life, vocational training, college preparation and music classes.
// All seven matrices are in testdata/saaty_school.json, transcribed from
// public reproductions of the book; the book itself was not at hand, so no
// page numbers are given.
//
// The printed criteria priorities are 0.32, 0.14, 0.03, 0.13, 0.24, 0.14
// and the composite priorities A 0.37, B 0.38, C 0.25, both to 2 decimals;
// exact synthesis is within their rounding (largest deviations 4.8e-3 for
// School life, 4.2e-3 for B). The criteria weights also settle a judgment
// on which one transcription disagrees: vocational training against music
// classes is 1/3 (with 3 the weights would be 0.30, 0.14, 0.03, 0.17,
// 0.22, 0.14).
func TestSaatySchool(t *testing.T) {
	r, nodes := readSaaty(t, "saaty_school.json")

	if diff := cmp.Diff([]float64{0.37, 0.38, 0.25}, r.Global, saatyApprox2); diff != "" {
		t.Errorf("composite priorities mismatch (-want +got):\n%s", diff)
	}
	// B narrowly ahead of A.
	if diff := cmp.Diff([]int{1, 0, 2}, r.Order); diff != "" {
		t.Errorf("order mismatch (-want +got):\n%s", diff)
	}
	goal := nodes["Satisfaction with school"]
	if diff := cmp.Diff([]float64{0.32, 0.14, 0.03, 0.13, 0.24, 0.14}, goal.Priorities, saatyApprox2); diff != "" {
		t.Errorf("criteria priorities mismatch (-want +got):\n%s", diff)
	}

	// Three leaves are consistent: exact ratios 1:1:1, 5:1:5 and 1:2:1.
	checkConsistentLeaf(t, nodes["Friends"], []float64{1.0 / 3, 1.0 / 3, 1.0 / 3})
	checkConsistentLeaf(t, nodes["School life"], []float64{5.0 / 11, 1.0 / 11, 5.0 / 11})
	checkConsistentLeaf(t, nodes["College preparation"], []float64{0.25, 0.5, 0.25})
}

// checkConsistentLeaf checks a consistent 3×3 leaf: its priorities are the
// ratios of its judgments, λmax = 3 and CR = 0 up to rounding error.
func checkConsistentLeaf(t *testing.T, n ahp.NodeResult, want []float64) {
	t.Helper()
	if diff := cmp.Diff(want, n.Priorities, saatyTight); diff != "" {
		t.Errorf("%s: priorities mismatch (-want +got):\n%s", n.Name, diff)
	}
	if c := n.Consistency; c == nil || math.Abs(c.LambdaMax-3) > 1e-9 || math.Abs(c.CR) > 1e-9 {
		t.Errorf("%s: consistency = %+v, want λmax 3 and CR 0", n.Name, c)
	}
}
