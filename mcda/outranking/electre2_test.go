package outranking_test

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/outranking"
)

// TestELECTREIIThreeLevels: the 5 × 7 problem of
// /work/shared/refcases/electre2/roy_bertier_three_level_computed.json
// (the data of py-mcda's ELECTRE II test, levels named as pyDecision's
// electre_ii: c⁻ = 0.65, c⁰ = 0.75, c⁺ = 0.85, d⁻ = 0.25, d⁺ = 0.5, scale
// ranges 4). Its expected relations and preorders were computed, not
// published; the preorders and the final outranking matrix are also those
// asserted by py-mcda's test. The concordance entry checked by hand: a1 = (1,2,1,5,2,2,4)
// is at least as good as a2 = (3,5,3,5,3,3,3) on criteria 4 and 7 only,
// so c(a1, a2) = 0.314 + 0.059 = 0.373.
func TestELECTREIIThreeLevels(t *testing.T) {
	crit := make([]mcda.Criterion, 7)
	for j, w := range []float64{0.078, 0.118, 0.157, 0.314, 0.235, 0.039, 0.059} {
		crit[j] = mcda.Criterion{Name: string(rune('1' + j)), Objective: mcda.ObjectiveBenefit, Weight: w}
	}
	m, err := mcda.NewDecisionMatrix([]string{"a1", "a2", "a3", "a4", "a5"}, crit, [][]float64{
		{1, 2, 1, 5, 2, 2, 4},
		{3, 5, 3, 5, 3, 3, 3},
		{3, 5, 3, 5, 3, 2, 2},
		{1, 2, 2, 5, 1, 1, 1},
		{1, 1, 3, 5, 4, 1, 5},
	})
	if err != nil {
		t.Fatal(err)
	}
	e := outranking.ELECTREII{Scale: []float64{4, 4, 4, 4, 4, 4, 4}}
	res, err := e.Evaluate(context.Background(), m)
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Concordance[0][1]; got < 0.373-1e-12 || got > 0.373+1e-12 {
		t.Errorf("c(a1, a2) = %v, want 0.373", got)
	}
	if diff := cmp.Diff([]float64{0, 0.75, 0.75, 0.25, 0.5}, res.Discordance[0], cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("d(a1, ·) (-want +got):\n%s", diff)
	}
	toBool := func(a [][]int) [][]bool {
		out := make([][]bool, len(a))
		for i, r := range a {
			for _, x := range r {
				out[i] = append(out[i], x == 1)
			}
		}
		return out
	}
	strong := toBool([][]int{{0, 0, 0, 1, 0}, {1, 0, 1, 1, 0}, {1, 0, 0, 1, 0}, {0, 0, 0, 0, 0}, {1, 0, 0, 1, 0}})
	if diff := cmp.Diff(strong, res.Strong); diff != "" {
		t.Errorf("strong (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(strong, res.Weak); diff != "" {
		t.Errorf("weak (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]int{{1, 4}, {2}, {0}, {3}}, res.Descending); diff != "" {
		t.Errorf("descending (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]int{{1}, {2, 4}, {0}, {3}}, res.Ascending); diff != "" {
		t.Errorf("ascending (-want +got):\n%s", diff)
	}
	P, W, I := outranking.RelationPreferred, outranking.RelationWorse, outranking.RelationIndifferent
	want := [][]outranking.Relation{
		{I, W, W, P, W},
		{P, I, P, P, P},
		{P, W, I, P, W},
		{W, W, W, I, W},
		{P, W, P, P, I},
	}
	if diff := cmp.Diff(want, res.Relations()); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
	// py-mcda's test suite (tests/outranking/test_electre.py,
	// TestElectre2) ranks the same data with its own two-level variant of
	// the relations, and asserts the same two distillates and this final
	// outranking matrix.
	pyMCDA := [][]int{
		{1, 0, 0, 1, 0},
		{1, 1, 1, 1, 1},
		{1, 0, 1, 1, 0},
		{0, 0, 0, 1, 0},
		{1, 0, 1, 1, 1},
	}
	if diff := cmp.Diff(pyMCDA, outrankingMatrix(res.Relations())); diff != "" {
		t.Errorf("final outranking (-want +got):\n%s", diff)
	}
}

// TestELECTREIICircuit: three alternatives in a strong circuit are ranked
// together.
func TestELECTREIICircuit(t *testing.T) {
	// Each beats the next on two of three equally weighted criteria by a
	// small margin: c = 2/3 both ways is not enough, so lower the levels.
	m, err := mcda.NewDecisionMatrix([]string{"x", "y", "z"},
		[]mcda.Criterion{{Name: "1", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "2", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "3", Objective: mcda.ObjectiveBenefit, Weight: 1}},
		[][]float64{{3, 2, 1}, {1, 3, 2}, {2, 1, 3}})
	if err != nil {
		t.Fatal(err)
	}
	e := outranking.ELECTREII{CMinus: 0.5, CZero: 0.6, CPlus: 0.6, DMinus: 1, DPlus: 1, Scale: []float64{10, 10, 10}}
	res, err := e.Evaluate(context.Background(), m)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Strong[0][2] || !res.Strong[2][1] || !res.Strong[1][0] {
		t.Fatalf("strong = %v, want the circuit x→z→y→x", res.Strong)
	}
	if diff := cmp.Diff([][]int{{0, 1, 2}}, res.Descending); diff != "" {
		t.Errorf("descending (-want +got):\n%s", diff)
	}
}

func TestELECTREIIErrors(t *testing.T) {
	m, _ := schools(t)
	for name, e := range map[string]outranking.ELECTREII{
		"levels out of order": {CMinus: 0.9, CZero: 0.8, CPlus: 0.85, DMinus: 0.2, DPlus: 0.5},
		"d above 1":           {CMinus: 0.6, CZero: 0.7, CPlus: 0.8, DMinus: 0.2, DPlus: 1.5},
		"zero scale":          {Scale: []float64{1, 0}},
		"max pairs":           {MaxPairs: 3},
	} {
		if _, err := e.Evaluate(context.Background(), m); !errors.Is(err, mcda.ErrParameter) {
			t.Errorf("%s: err = %v, want ErrParameter", name, err)
		}
	}
	if _, err := (&outranking.ELECTREII{Scale: []float64{1}}).Evaluate(context.Background(), m); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("short scale: err = %v", err)
	}
}
