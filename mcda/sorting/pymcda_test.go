package sorting_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/outranking"
	"github.com/balancer-mcda/balancer/mcda/sorting"
)

// TestELECTRETRIBIskafi: Iskafi (2022, Recherche opérationnelle, ENSA
// Maroc): performances Table 10.1, profiles Table 10.13, as in py-mcda's
// test suite (tests/outranking/test_electre.py, TestElectreTri) and
// github.com/loicguilmard/ELECTRE_Tri's data/Isfaki_T10_1_T10_13.csv:
// eight alternatives, five benefit criteria, weights 30, 30, 20, 10, 10,
// λ = 0.7. py-mcda asserts its credibility matrix to full precision; the
// σ(a, b_h) and σ(b_h, a) entries are checked here at 1e-12.
//
// Assignments: the optimistic ones agree with py-mcda's for the seven
// alternatives it assigns (it leaves a8 unassigned). Its pessimistic rule
// demands a strict preference of a over b_h, not the standard a S b_h
// (Mousseau et al., 2000): a1 and a5 are indifferent to b_1, a4 and a6
// to b_2 (σ both ways >= 0.7), so the standard rule puts each of them one
// category higher than py-mcda does, and here agrees with the optimistic
// rule.
func TestELECTRETRIBIskafi(t *testing.T) {
	crit := make([]mcda.Criterion, 5)
	for j, w := range []float64{30, 30, 20, 10, 10} {
		crit[j] = mcda.Criterion{Name: string(rune('1' + j)), Objective: mcda.ObjectiveBenefit, Weight: w}
	}
	m, err := mcda.NewDecisionMatrix([]string{"a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"}, crit, [][]float64{
		{0.720, 3.560, 1.340, 0.62, 44.340},
		{0.800, 3.940, 1.430, 0.74, 36.360},
		{0.760, 3.630, 1.380, 0.89, 48.750},
		{0.780, 3.740, 1.450, 0.72, 42.130},
		{0.740, 3.540, 1.370, 0.73, 36.990},
		{0.690, 3.740, 1.450, 0.84, 42.430},
		{0.700, 3.280, 1.280, 0.83, 47.430},
		{0.860, 3.370, 1.150, 0.80, 80.790},
	})
	if err != nil {
		t.Fatal(err)
	}
	q := []float64{0.02, 0.05, 0.02, 0.05, 2}
	p := []float64{0.05, 0.1, 0.05, 0.1, 8}
	v := []float64{0.15, 0.6, 0.25, 0.25, 15}
	th := make([]outranking.Thresholds, 5)
	for j := range th {
		th[j] = outranking.Thresholds{Q: outranking.Constant(q[j]), P: outranking.Constant(p[j]), V: outranking.Constant(v[j]), Veto: true}
	}
	e := sorting.ELECTRETRIB{
		Profiles:   [][]float64{{0.750, 3.500, 1.300, 0.730, 42.00}, {0.800, 3.700, 1.370, 0.790, 43.000}},
		Thresholds: th,
		Lambda:     0.7,
	}
	res, err := e.Evaluate(m)
	if err != nil {
		t.Fatal(err)
	}
	// py-mcda's credibility matrix, rows and columns a1 … a8, b1, b2: the
	// last two columns are σ(a, b_h), the last two rows σ(b_h, a).
	ab := [][]float64{
		{0.8000000000000002, 0.14820415879017004},
		{0.9393333333333334, 0.9226666666666666},
		{1.0, 0.6799999999999988},
		{1.0, 0.9599999999999999},
		{0.9498333333333333, 0.31316666666666654},
		{0.7, 0.7},
		{0.4, 0.05624999999999985},
		{0.49999999999999956, 0.14999999999999925},
	}
	ba := transpose([][]float64{
		{0.801, 0.06000000000000013, 0.2834355828220857, 0.333333333333334, 0.8, 0.3333333333333338, 0.8428333333333333, 0.0},
		{1.0, 0.5, 0.8375, 0.8, 1.0, 0.8, 0.9595, 0.0},
	})
	approx := cmpopts.EquateApprox(0, 1e-12)
	if diff := cmp.Diff(ab, res.CredibilityAB, approx); diff != "" {
		t.Errorf("σ(a, b) (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(ba, res.CredibilityBA, approx); diff != "" {
		t.Errorf("σ(b, a) (-want +got):\n%s", diff)
	}
	// py-mcda's optimistic classes (0-based): {6}, {0, 2, 4}, {1, 3, 5}.
	if diff := cmp.Diff([]int{1, 2, 1, 2, 1, 2, 0}, res.Optimistic[:7]); diff != "" {
		t.Errorf("optimistic (-want +got):\n%s", diff)
	}
	// Standard pessimistic rule; py-mcda's strict rule gives
	// 0, 2, 1, 1, 0, 1, 0.
	if diff := cmp.Diff([]int{1, 2, 1, 2, 1, 2, 0}, res.Pessimistic[:7]); diff != "" {
		t.Errorf("pessimistic (-want +got):\n%s", diff)
	}
}
