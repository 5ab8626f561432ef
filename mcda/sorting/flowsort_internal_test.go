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
		_, p, m := assign(false, plus, minus, plus, aPlus[i], aMinus[i], 0)
		worse, better = append(worse, min(p, m)+1), append(better, max(p, m)+1)
		byPlus, byMinus = append(byPlus, p+1), append(byMinus, m+1)
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

// TestFlowSortIIRules: the unit test unit_tests/sorting/test_FlowSortII.py
// of the same repository, flows given directly, three alternatives each
// with its own reference set. Limiting profiles (five, four categories):
// expected by leaving, entering and net flow C2, C2, C2 for a1; C1, C1, C1
// for a2; C2, C3, C3 for a3. a1's entering flow 0.52 equals that of r_3,
// and the test puts it in C2: equalling the profile above does not lift
// it. Central profiles (four): C3, C3, C3; C1, C1, C1; C3, C3, C3.
func TestFlowSortIIRules(t *testing.T) {
	type flows struct{ plus, minus, net []float64 }
	for _, c := range []struct {
		name    string
		central bool
		sets    []flows // per alternative: profiles then the alternative last
		want    [][3]int
	}{
		{"limiting", false, []flows{
			{[]float64{0.0, 0.24, 0.48, 0.8, 1.0, 0.48}, []float64{1.0, 0.76, 0.52, 0.2, 0.0, 0.52}, []float64{-1.0, -0.48, -0.14, 0.6, 1.0, -0.14}},
			{[]float64{0.0, 0.4, 0.6, 0.8, 1.0, 0.2}, []float64{1.0, 0.6, 0.4, 0.2, 0.0, 0.8}, []float64{-1.0, -0.2, 0.2, 0.6, 1.0, -0.6}},
			{[]float64{0.0, 0.2, 0.48, 0.72, 1.0, 0.4}, []float64{1.0, 0.72, 0.48, 0.2, 0.0, 0.4}, []float64{-1.0, -0.52, -0.14, 0.52, 1.0, 0.0}},
		}, [][3]int{{2, 2, 2}, {1, 1, 1}, {2, 3, 3}}},
		{"central", true, []flows{
			{[]float64{0.0, 0.3, 0.6, 1, 0.54}, []float64{0.99, 0.7, 0.34, 0.0, 0.4}, []float64{-0.99, -0.4, -0.26, 1.0, 0.14}},
			{[]float64{0.0, 0.49, 0.75, 1.0, 0.09}, []float64{0.84, 0.5, 0.25, 0.0, 0.74}, []float64{-0.84, -0.01, 0.5, 1.0, -0.65}},
			{[]float64{0.0, 0.33, 0.65, 0.92, 0.5}, []float64{1.0, 0.65, 0.35, 0.0, 0.4}, []float64{-1.0, -0.32, 0.3, 0.92, 0.1}},
		}, [][3]int{{3, 3, 3}, {1, 1, 1}, {3, 3, 3}}},
	} {
		for i, f := range c.sets {
			k := len(f.plus) - 1
			net, plus, minus := assign(c.central, f.plus[:k], f.minus[:k], f.net[:k], f.plus[k], f.minus[k], f.net[k])
			if got := [3]int{plus + 1, minus + 1, net + 1}; got != c.want[i] {
				t.Errorf("%s a%d: (φ⁺, φ⁻, φ) categories %v, want %v", c.name, i+1, got, c.want[i])
			}
		}
	}
}
