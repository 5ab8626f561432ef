package mcda_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda"
)

// fighterAircraft is Hwang & Yoon's (1981, pp. 128-134) fighter aircraft
// problem: max speed (Mach), ferry range (NM), max payload (lb), acquisition
// cost ($1e6, a cost criterion), reliability and maneuverability (ratings on
// the 3-5-7-9 interval scale). Also ../shared/refcases/topsis/.
func fighterAircraft(t tHelper) *mcda.DecisionMatrix {
	return problem(t, [][]float64{
		{2.0, 1500, 20000, 5.5, 5, 9},
		{2.5, 2700, 18000, 6.5, 3, 5},
		{1.8, 2000, 21000, 4.5, 7, 7},
		{2.2, 1800, 20000, 5.0, 5, 5},
	}, []float64{0.2, 0.1, 0.1, 0.1, 0.2, 0.3}, []int{1, 1, 1, -1, 1, 1})
}

func TestTOPSISPublished(t *testing.T) {
	tests := []struct {
		name string
		m    *mcda.DecisionMatrix
		norm mcda.Normalization
		// want holds the published values, approx the tolerance their
		// printed rounding allows.
		want          mcda.TOPSISResult
		approx        cmp.Option
		ranks         []int
		checkDistance bool
	}{{
		// Hwang & Yoon (1981), p. 134: C* = 0.643, 0.268, 0.613, 0.312
		// and S* = 0.0545, 0.1197, 0.0580, 0.1009, S- = 0.0983, 0.0439,
		// 0.0920, 0.0458. The book prints 3-4 decimals computed from
		// truncated intermediates: its C*_3 = 0.613 is 0.61354 exactly
		// and S*_1 = 0.0545 is 0.05456, so a tolerance of 1e-3 (one unit
		// in the last printed digit plus the truncation) applies.
		name: "HwangYoon1981FighterAircraft",
		m:    fighterAircraft(t),
		want: mcda.TOPSISResult{
			Closeness:     []float64{0.643, 0.268, 0.613, 0.312},
			DistIdeal:     []float64{0.0545, 0.1197, 0.0580, 0.1009},
			DistAntiIdeal: []float64{0.0983, 0.0439, 0.0920, 0.0458},
		},
		approx:        cmpopts.EquateApprox(0, 1e-3),
		ranks:         []int{1, 4, 2, 3},
		checkDistance: true,
	}, {
		// Tzeng & Huang (2011) data, expected closeness from
		// scikit-criteria's test suite (tests/agg/test_topsis.py,
		// test_TOPSIS_tzeng2011multiple), printed to 4 decimals: 5e-5.
		name: "TzengHuang2011",
		m: problem(t, [][]float64{
			{5, 8, 4}, {7, 6, 8}, {8, 8, 6}, {7, 4, 6},
		}, []float64{0.3, 0.4, 0.3}, []int{1, 1, 1}),
		want:   mcda.TOPSISResult{Closeness: []float64{0.5037, 0.6581, 0.7482, 0.3340}},
		approx: cmpopts.EquateApprox(0, 5e-5),
		ranks:  []int{3, 2, 1, 4},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tp := mcda.TOPSIS{Normalization: tc.norm}
			got, err := tp.Evaluate(tc.m)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want.Closeness, got.Closeness, tc.approx); diff != "" {
				t.Errorf("closeness mismatch (-want +got):\n%s", diff)
			}
			if tc.checkDistance {
				if diff := cmp.Diff(tc.want.DistIdeal, got.DistIdeal, tc.approx); diff != "" {
					t.Errorf("D+ mismatch (-want +got):\n%s", diff)
				}
				if diff := cmp.Diff(tc.want.DistAntiIdeal, got.DistAntiIdeal, tc.approx); diff != "" {
					t.Errorf("D- mismatch (-want +got):\n%s", diff)
				}
			}
			r, err := mcda.Rank(&tp, tc.m)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.ranks, r.Ranks); diff != "" {
				t.Errorf("ranks mismatch (-want +got):\n%s", diff)
			}
			scores, err := tp.Scores(nil, tc.m)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(got.Closeness, scores); diff != "" {
				t.Errorf("Scores and Evaluate differ (-Evaluate +Scores):\n%s", diff)
			}
		})
	}
}

// TestTOPSISReference checks the intermediates of the fighter aircraft
// problem against a direct, unoptimized transcription of Hwang & Yoon's
// steps (normalize, weight, ideal, distances), so that the affine fast path
// agrees with the textbook to rounding for every normalization.
func TestTOPSISReference(t *testing.T) {
	m := fighterAircraft(t)
	for _, k := range []mcda.Normalization{mcda.NormalizationVector, mcda.NormalizationMax, mcda.NormalizationMinMax, mcda.NormalizationSum, mcda.NormalizationNone} {
		t.Run(k.String(), func(t *testing.T) {
			tp := mcda.TOPSIS{Normalization: k}
			got, err := tp.Evaluate(m)
			if err != nil {
				t.Fatal(err)
			}
			want := naiveTOPSIS(t, m, k)
			if diff := cmp.Diff(want, got, approxTight); diff != "" {
				t.Errorf("Evaluate(%v) mismatch (-naive +got):\n%s", k, diff)
			}
		})
	}
}

func naiveTOPSIS(t *testing.T, m *mcda.DecisionMatrix, k mcda.Normalization) *mcda.TOPSISResult {
	t.Helper()
	r, err := mcda.Normalize(nil, m, k)
	if err != nil {
		t.Fatal(err)
	}
	rows, n := m.Dims()
	w := m.Weights(nil)
	res := &mcda.TOPSISResult{
		Closeness: make([]float64, rows), DistIdeal: make([]float64, rows), DistAntiIdeal: make([]float64, rows),
		Ideal: make([]float64, n), AntiIdeal: make([]float64, n),
	}
	for j := range n {
		res.Ideal[j], res.AntiIdeal[j] = w[j]*r.At(0, j), w[j]*r.At(0, j)
		for i := range rows {
			v := w[j] * r.At(i, j)
			res.Ideal[j] = max(res.Ideal[j], v)
			res.AntiIdeal[j] = min(res.AntiIdeal[j], v)
		}
	}
	for i := range rows {
		var sp, sm float64
		for j := range n {
			v := w[j] * r.At(i, j)
			sp += (v - res.Ideal[j]) * (v - res.Ideal[j])
			sm += (v - res.AntiIdeal[j]) * (v - res.AntiIdeal[j])
		}
		res.DistIdeal[i], res.DistAntiIdeal[i] = sqrt(sp), sqrt(sm)
		res.Closeness[i] = res.DistAntiIdeal[i] / (res.DistIdeal[i] + res.DistAntiIdeal[i])
	}
	return res
}

func TestTOPSISSpecialCases(t *testing.T) {
	t.Run("IdenticalAlternatives", func(t *testing.T) {
		// D+ + D- = 0 for every alternative: closeness is defined as 0.5.
		m := problem(t, [][]float64{{3, 4}, {3, 4}, {3, 4}}, []float64{1, 1}, []int{1, -1})
		var tp mcda.TOPSIS
		got, err := tp.Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]float64{0.5, 0.5, 0.5}, got); diff != "" {
			t.Errorf("closeness mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("OneAlternative", func(t *testing.T) {
		// The lone alternative is both ideal and anti-ideal: D+ = D- = 0,
		// so C = 0.5 as documented.
		m := problem(t, [][]float64{{3, 4}}, []float64{1, 1}, []int{1, -1})
		var tp mcda.TOPSIS
		got, err := tp.Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]float64{0.5}, got); diff != "" {
			t.Errorf("closeness mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("ZeroColumnIgnored", func(t *testing.T) {
		// A column of zeros carries no information: the closeness equals
		// that of the problem without it.
		with := problem(t, [][]float64{{1, 0, 5}, {2, 0, 3}, {4, 0, 4}}, []float64{1, 1, 1}, []int{1, 1, -1})
		without := problem(t, [][]float64{{1, 5}, {2, 3}, {4, 4}}, []float64{1, 1}, []int{1, -1})
		var tp mcda.TOPSIS
		a, err := tp.Scores(nil, with)
		if err != nil {
			t.Fatal(err)
		}
		b, err := tp.Scores(nil, without)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(b, a, approxTight); diff != "" {
			t.Errorf("closeness with a zero column differs (-without +with):\n%s", diff)
		}
	})
	t.Run("ExtremeValues", func(t *testing.T) {
		// Values near the limits of float64 must not overflow into NaN.
		m := problem(t, [][]float64{{1e308, -1e308, 1e-300}, {-1e308, 1e308, 2e-300}, {0, 0, 0}}, []float64{1, 1, 1}, []int{1, -1, 1})
		for _, k := range []mcda.Normalization{mcda.NormalizationVector, mcda.NormalizationMinMax} {
			tp := mcda.TOPSIS{Normalization: k}
			got, err := tp.Scores(nil, m)
			if err != nil {
				t.Fatalf("%v: %v", k, err)
			}
			for i, c := range got {
				if !(c >= 0 && c <= 1) {
					t.Errorf("%v: closeness[%d] = %v, want in [0, 1]", k, i, c)
				}
			}
		}
	})
}

func TestTOPSISZeroAlloc(t *testing.T) {
	m := fighterAircraft(t)
	for _, k := range []mcda.Normalization{mcda.NormalizationVector, mcda.NormalizationMax, mcda.NormalizationSum} {
		tp := mcda.TOPSIS{Normalization: k}
		dst := make([]float64, 4)
		if _, err := tp.Scores(dst, m); err != nil {
			t.Fatal(err)
		}
		if n := testing.AllocsPerRun(100, func() { tp.Scores(dst, m) }); n != 0 {
			t.Errorf("TOPSIS{%v}.Scores allocs = %v, want 0", k, n)
		}
	}
}

// TestTOPSISMorePublished covers cost criteria and other normalizations.
func TestTOPSISMorePublished(t *testing.T) {
	t.Run("HodgettCars", func(t *testing.T) {
		// Hodgett's car example (Corsa, Clio, Fiesta; price is a cost),
		// as tested by the R package MCDA (tests/TOPSIS.R): closeness
		// 0.4817, 0.5182, 0.1780 to 4 decimals (tolerance 5e-5); ideal
		// and anti-ideal of the weighted vector-normalized matrix printed
		// to 9 decimals (tolerance 5e-10), with the cost column's ideal at
		// its minimum.
		m := problem(t, [][]float64{
			{5490, 51.4, 8.5, 285},
			{6500, 70.6, 7, 288},
			{6489, 54.3, 7.5, 290},
		}, []float64{0.35, 0.25, 0.25, 0.15}, []int{-1, 1, 1, 1})
		var tp mcda.TOPSIS
		got, err := tp.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]float64{0.4817, 0.5182, 0.1780}, got.Closeness, cmpopts.EquateApprox(0, 5e-5)); diff != "" {
			t.Errorf("closeness mismatch (-want +got):\n%s", diff)
		}
		// Evaluate reports the ideal in the oriented space, where a cost
		// column's vector-normalized value is w·(1 − x/‖x‖); map the
		// textbook's w·x/‖x‖ onto it.
		ideal := []float64{0.35 - 0.179573776, 0.171636015, 0.159499658, 0.087302767}
		anti := []float64{0.35 - 0.212610118, 0.124958799, 0.131352659, 0.085797547}
		approx9 := cmpopts.EquateApprox(0, 5e-10)
		if diff := cmp.Diff(ideal, got.Ideal, approx9); diff != "" {
			t.Errorf("ideal mismatch (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(anti, got.AntiIdeal, approx9); diff != "" {
			t.Errorf("anti-ideal mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("MinMaxPymcdm", func(t *testing.T) {
		// pymcdm's test suite (tests/test_methods.py, TestTOPSIS, which
		// attributes the data to Opricovic & Tzeng 2004) with min-max
		// normalization: 0.500, 0.617, 0.500 to 3 decimals (5e-4).
		m := problem(t, [][]float64{{1, 3000}, {2, 3750}, {5, 4500}}, []float64{0.5, 0.5}, []int{-1, 1})
		tp := mcda.TOPSIS{Normalization: mcda.NormalizationMinMax}
		got, err := tp.Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]float64{0.500, 0.617, 0.500}, got, cmpopts.EquateApprox(0, 5e-4)); diff != "" {
			t.Errorf("closeness mismatch (-want +got):\n%s", diff)
		}
	})
}
