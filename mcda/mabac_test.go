package mcda_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// mabacForklift is the forklift selection problem of Pamučar & Ćirović
// (2015): purchase price, fuel consumption and another cost
// (C1, C5, C6 costs), the rest benefits.
func mabacForklift(t tHelper) *mcda.DecisionMatrix {
	return problem(t, [][]float64{
		{22600, 3800, 2, 5, 1.06, 3.00, 3.5, 2.8, 24.5, 6.5},
		{19500, 4200, 3, 2, 0.95, 3.00, 3.4, 2.2, 24.0, 7.0},
		{21700, 4000, 1, 3, 1.25, 3.20, 3.3, 2.5, 24.5, 7.3},
		{20600, 3800, 2, 5, 1.05, 3.25, 3.2, 2.0, 22.5, 11.0},
		{22500, 3800, 4, 3, 1.35, 3.20, 3.7, 2.1, 23.0, 6.3},
		{23250, 4210, 3, 5, 1.45, 3.60, 3.5, 2.8, 23.5, 7.0},
		{20300, 3850, 2, 5, 0.90, 3.25, 3.0, 2.6, 21.5, 6.0},
	}, []float64{0.146, 0.144, 0.119, 0.121, 0.115, 0.101, 0.088, 0.068, 0.050, 0.048},
		[]int{-1, 1, 1, 1, -1, -1, 1, 1, 1, 1})
}

func TestMABACPublished(t *testing.T) {
	t.Run("Pamucar2015Forklift", func(t *testing.T) {
		// Pamučar & Ćirović (2015), forklift example: the border
		// approximation area g and the scores S printed to 4 decimals
		// (5e-5), as tested by scikit-criteria (tests/agg/test_mabac.py,
		// test_MABAC_dragan_2014) and shown in pymcdm's MABAC docstring.
		var a mcda.MABAC
		r, err := a.Evaluate(mabacForklift(t))
		if err != nil {
			t.Fatal(err)
		}
		wantS := []float64{0.0826, 0.2183, -0.0488, 0.0246, -0.0704, 0.0465, 0.0464}
		wantG := []float64{0.2086, 0.1885, 0.1720, 0.1952, 0.1740, 0.1625, 0.1319, 0.1010, 0.0789, 0.0590}
		if diff := cmp.Diff(wantS, r.Score, cmpopts.EquateApprox(0, 5e-5)); diff != "" {
			t.Errorf("S mismatch (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(wantG, r.Border, cmpopts.EquateApprox(0, 5e-5)); diff != "" {
			t.Errorf("g mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("Isik2020", func(t *testing.T) {
		// Işık, Aydın & Koşaroğlu (2020), "The assessment of the Logistics
		// Performance Index of CEE countries with the new combination of
		// SV and MABAC methods", LogForum 16(4); S printed to 6 decimals,
		// as tested by pyrepo-mcda (tests/test_mcda_methods.py,
		// test_mabac, which compares 4). The data and weights are
		// themselves printed to 6 decimals, whose rounding (≤ 5e-7 per
		// input) moves S by up to about 1e-6 (A4 differs by 5.4e-7), so
		// the tolerance is 1e-6 rather than half a unit of the 6th decimal.
		rows := [][]float64{
			{2.937588, 2.762986, 3.233723, 2.881315, 3.015289, 3.313491},
			{2.978555, 3.012820, 2.929487, 3.096154, 3.012820, 3.593939},
			{3.286673, 3.464600, 3.746009, 3.715632, 3.703427, 4.133620},
			{3.322037, 3.098638, 3.262154, 3.147851, 3.206675, 3.798684},
			{3.354866, 3.270945, 3.221880, 3.213207, 3.670508, 3.785941},
			{2.796570, 2.983000, 2.744904, 2.692550, 2.787563, 2.878851},
			{2.846491, 2.729618, 2.789990, 2.955624, 3.123323, 3.646595},
			{3.253458, 3.208902, 3.678499, 3.580044, 3.505663, 3.954262},
			{2.580718, 2.906903, 3.176497, 3.073653, 3.264727, 3.681887},
			{2.789011, 3.000000, 3.101099, 3.139194, 2.985348, 3.139194},
			{3.418681, 3.261905, 3.187912, 3.052381, 3.266667, 3.695238},
		}
		w := []float64{0.171761, 0.105975, 0.191793, 0.168824, 0.161768, 0.199880}
		want := []float64{-0.155317, -0.089493, 0.505407, 0.132405, 0.246943, -0.386756,
			-0.179406, 0.362921, -0.084198, -0.167505, 0.139895}
		var a mcda.MABAC
		got, err := a.Scores(nil, problem(t, rows, w, []int{1, 1, 1, 1, 1, 1}))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-6)); diff != "" {
			t.Errorf("S mismatch (-want +got):\n%s", diff)
		}
	})
}

func TestMABACSpecialCases(t *testing.T) {
	t.Run("IdenticalAlternatives", func(t *testing.T) {
		got := scoresOf(t, &mcda.MABAC{}, [][]float64{{0.1, 7}, {0.1, 7}, {0.1, 7}}, []float64{1, 1}, []int{1, -1})
		wantScores(t, []float64{0, 0, 0}, got)
	})
	t.Run("OneAlternative", func(t *testing.T) {
		wantScores(t, []float64{0}, scoresOf(t, &mcda.MABAC{}, [][]float64{{3, -4}}, []float64{1, 1}, []int{1, -1}))
	})
	t.Run("OneCriterion", func(t *testing.T) {
		// t = (0, 1), v = (1, 2), g = √2: S = (1 − √2, 2 − √2).
		got := scoresOf(t, &mcda.MABAC{}, [][]float64{{-5}, {5}}, []float64{1}, []int{1})
		wantScores(t, []float64{1 - sqrt(2), 2 - sqrt(2)}, got, approxTight)
	})
	t.Run("ConstantAndZeroWeightColumnsAddNothing", func(t *testing.T) {
		want := scoresOf(t, &mcda.MABAC{}, [][]float64{{1}, {2}, {4}}, []float64{1}, []int{1})
		got := scoresOf(t, &mcda.MABAC{}, [][]float64{{1, 9, -3}, {2, 9, 0}, {4, 9, 8}}, []float64{1, 0.5, 0}, []int{1, -1, 1})
		// The constant column takes a third of the weight.
		for i := range got {
			got[i] *= 1.5
		}
		wantScores(t, want, got, approxTight)
	})
	t.Run("ManyAlternatives", func(t *testing.T) {
		// Π v_ij underflows for 5000 rows of v ≈ 0.01; the logarithmic
		// geometric mean does not. All rows but one are equal, so g is
		// close to their common value and the odd row scores highest.
		rows := make([][]float64, 5000)
		for i := range rows {
			rows[i] = []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
		}
		rows[0] = []float64{2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
		w := make([]float64, 10)
		for j := range w {
			w[j] = 1
		}
		s := scoresOf(t, &mcda.MABAC{}, rows, w, make([]int, 10))
		if !(s[0] > 0.99 && s[0] < 1 && s[1] < 0 && s[1] > -1e-3) {
			t.Errorf("S_0 = %v, S_1 = %v; want S_0 just below 1 and S_1 just below 0", s[0], s[1])
		}
	})
}

func TestMABACZeroAllocAndPanics(t *testing.T) { wantZeroAllocs(t, &mcda.MABAC{}, mabacForklift(t)) }

func TestMABACProperties(t *testing.T) {
	newMABAC := func() mcda.Method { return &mcda.MABAC{} }
	t.Run("ScoresFinite", rapid.MakeCheck(codasFinite(newMABAC)))
	t.Run("DominatedNeverAbove", rapid.MakeCheck(codasDominated(newMABAC)))
	t.Run("ColumnAffineInvariance", rapid.MakeCheck(codasScale(newMABAC, true)))
}

func BenchmarkMABAC(b *testing.B) { benchScores(b, &mcda.MABAC{}) }

func ExampleMABAC() {
	// yield (a benefit, weight 2) and cost (weight 1): A (10, 5), B (12, 8), C (8, 2).
	m := yieldCost()
	var a mcda.MABAC
	r, err := a.Evaluate(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("border %.4f\n", r.Border)
	for i, s := range r.Score {
		fmt.Printf("%s %.4f\n", m.Alternative(i), s)
	}
	// Output:
	// border [0.9615 0.4807]
	// A 0.0578
	// B 0.2244
	// C -0.1089
}
