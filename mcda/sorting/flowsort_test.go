package sorting_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/sorting"
)

// TestFlowSortByHand: one criterion, the usual criterion, limiting profiles
// 0, 10 and 20 (two categories). Checked by hand: in {r0, r1, r2, a} with
// a = 5, φ(r1) = (2 − 1)/3 = 1/3 and φ(a) = (1 − 2)/3 = −1/3, so a is in
// C_0; a = 15 beats r0 and r1: φ(a) = 1/3 > φ(r1) = −1/3, C_1; a = 10
// ties with r1 (φ = 0 for both) and the upper-closed interval puts it in
// C_0.
func TestFlowSortByHand(t *testing.T) {
	m, err := mcda.NewDecisionMatrix([]string{"a5", "a15", "a10"},
		[]mcda.Criterion{{Name: "g", Objective: mcda.ObjectiveBenefit, Weight: 1}}, [][]float64{{5}, {15}, {10}})
	if err != nil {
		t.Fatal(err)
	}
	f := sorting.FlowSort{Profiles: [][]float64{{0}, {10}, {20}}}
	res, err := f.Evaluate(m)
	if err != nil {
		t.Fatal(err)
	}
	approx := cmpopts.EquateApprox(0, 1e-12)
	if diff := cmp.Diff([]float64{-1.0 / 3, 1.0 / 3, 0}, res.NetFlow, approx); diff != "" {
		t.Errorf("net flow (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]float64{{-1, 1.0 / 3, 1}, {-1, -1.0 / 3, 1}, {-1, 0, 1}}, res.ProfileNetFlow, approx); diff != "" {
		t.Errorf("profile net flow (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{0, 1, 0}, res.Category); diff != "" {
		t.Errorf("category (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{0, 1, 0}, res.Worse); diff != "" {
		t.Errorf("worse (-want +got):\n%s", diff)
	}
	// Central profiles 5 and 15: each alternative equal to one goes to it;
	// 10 is as close to both and goes to the worse.
	f = sorting.FlowSort{Profiles: [][]float64{{5}, {15}}, Central: true}
	if res, err = f.Evaluate(m); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]int{0, 1, 0}, res.Category); diff != "" {
		t.Errorf("central category (-want +got):\n%s", diff)
	}
}

func TestFlowSortErrors(t *testing.T) {
	m, err := mcda.NewDecisionMatrix([]string{"a"},
		[]mcda.Criterion{{Name: "g", Objective: mcda.ObjectiveCost, Weight: 1}}, [][]float64{{5}})
	if err != nil {
		t.Fatal(err)
	}
	for name, f := range map[string]sorting.FlowSort{
		"one limiting":   {Profiles: [][]float64{{1}}},
		"no central":     {Central: true},
		"not dominating": {Profiles: [][]float64{{0}, {10}}}, // a cost: 10 is worse than 0
		"bad preference": {Profiles: [][]float64{{10}, {0}}, Preferences: []mcda.Preference{{Function: mcda.PreferenceLinear, Q: 2, P: 1}}},
	} {
		if _, err := f.Evaluate(m); !errors.Is(err, mcda.ErrParameter) {
			t.Errorf("%s: err = %v, want ErrParameter", name, err)
		}
	}
}
