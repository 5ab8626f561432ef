package sorting

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFlowSortIntervalRule: the unit test unit_tests/sorting/test_FlowSortI.py
// of github.com/WAndraszyk/Construct-your-own-PROMETHEE-with-Python-for-MCDA
// (the Poznań diviz modules, 2022), whose flows are given directly: three
// alternatives against five limiting profiles, expected intervals
// worse = [C1, C1, C1], better = [C2, C1, C2] (1-based there). a3 has
// φ⁺ = 0.4 = φ⁺(r_2): the upper-closed interval puts it in C1 by φ⁺.
func TestFlowSortIntervalRule(t *testing.T) {
	plus := []float64{0.0, 0.4, 0.6, 0.866667, 1.0}
	minus := []float64{1.0, 0.466667, 0.333333, 0.0, 0.0}
	aPlus := []float64{0.48, 0.2, 0.4}
	aMinus := []float64{0.52, 0.8, 0.4}
	var worse, better, byPlus, byMinus []int
	for i := range aPlus {
		w, b := limitingInterval(plus, minus, aPlus[i], aMinus[i])
		worse, better = append(worse, w+1), append(better, b+1)
		byPlus, byMinus = append(byPlus, limitingAbove(plus, aPlus[i])+1), append(byMinus, limitingBelow(minus, aMinus[i])+1)
	}
	if diff := cmp.Diff([]int{1, 1, 1}, worse); diff != "" {
		t.Errorf("worse (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{2, 1, 2}, better); diff != "" {
		t.Errorf("better (-want +got):\n%s", diff)
	}
	// Computed by us from the rule (not published separately).
	if diff := cmp.Diff([]int{2, 1, 1}, byPlus); diff != "" {
		t.Errorf("by φ⁺ (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{1, 1, 2}, byMinus); diff != "" {
		t.Errorf("by φ⁻ (-want +got):\n%s", diff)
	}
}
