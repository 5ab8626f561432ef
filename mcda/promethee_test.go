package mcda_test

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// prometheeSame returns n copies of p.
func prometheeSame(n int, p mcda.Preference) []mcda.Preference {
	ps := make([]mcda.Preference, n)
	for j := range ps {
		ps[j] = p
	}
	return ps
}

func TestPROMETHEEPublished(t *testing.T) {
	linear := func(q, p []float64) []mcda.Preference {
		ps := make([]mcda.Preference, len(p))
		for j := range ps {
			ps[j] = mcda.Preference{Function: mcda.PreferenceLinear, Q: q[j], P: p[j]}
		}
		return ps
	}
	// Ziemba (2019): twelve criteria, given as columns for nine
	// alternatives.
	ziemba2019 := transpose([][]float64{
		{38723, 34913, 25596, 34842, 22570, 39773, 19500, 34525, 16486},
		{33207, 32085, 2123, 32095, 1445, 17485, 868, 16958, 958},
		{0, 0.2, 5, 0.2, 0.2, 0.2, 99, 99, 99},
		{3375, 3127, 3547, 3115, 3090, 4135, 3160, 4295, 3653},
		{11.36, 12.78, 12.78, 12.86, 12.86, 17, 12.86, 17, 12.86},
		{-320.9, -148.4, -148.4, -9.9, -9.9, 0, -9.9, 0, -9.9},
		{203.7, 463, 356.2, 552.5, 295, 383, 264, 352, 264},
		{0, 11.7, 44.8, 11.7, 95.9, 95.9, 116.8, 116.8, 164.9},
		{0, 4.9, 10.7, 5.4, 11.2, 11.2, 11.2, 11.2, 11.2},
		{1, 1, 1, 3.5, 4, 4, 4, 4, 4},
		{21.5, 47.9, 27.7, 39.7, 1.5, 22.7, 2.7, 23.9, 1},
		{0, 3.7, 4.5, 10.3, 11.5, 11.5, 11.3, 11.3, 11.4},
	})
	// Ziemba, Wątróbski, Zioło & Karczmarczyk (2017): twelve criteria for
	// four offshore wind farm locations.
	ziemba2017 := transpose([][]float64{
		{16347, 14219, 8160, 8160},
		{9, 8.5, 9, 8.5},
		{73.8, 55, 64.8, 62.5},
		{36.7, 36, 28.5, 29.5},
		{1.5, 2, 2, 1.5},
		{3730, 3240, 1860, 1860},
		{2, 1, 2, 1},
		{1, 1, 2, 3},
		{38.8, 33.1, 45.8, 27.3},
		{4, 2, 4, 3},
		{1720524, 1496512, 858830, 858830},
		{40012, 34803, 19973, 19973},
	})
	vshape2017 := make([]mcda.Preference, 12)
	for j, p := range []float64{7280, 4, 13.4, 7.4, 3, 1662, 3, 3, 13.8, 3, 766240, 17820} {
		vshape2017[j] = mcda.Preference{Function: mcda.PreferenceVShape, P: p}
	}
	tests := []struct {
		name   string
		m      *mcda.DecisionMatrix
		prefs  []mcda.Preference
		want   []float64
		approx cmp.Option
	}{{
		// Zhao, Peng & Li (2013), Procedia Computer Science 17:181-188,
		// usual criterion throughout; net flows as in pymcdm's
		// TestPROMETHEE_II, printed to 2 decimals (5e-3). Also
		// ../shared/refcases/promethee/zhao2013_usual.json.
		name:   "Zhao2013Usual",
		m:      problem(t, [][]float64{{4, 3, 2}, {3, 2, 4}, {5, 1, 3}}, []float64{0.5, 0.3, 0.2}, []int{1, 1, 1}),
		want:   []float64{0.1, -0.3, 0.2},
		approx: cmpopts.EquateApprox(0, 5e-3),
	}, {
		// Papathanasiou & Ploskas (2018), Multiple Criteria Decision Aid,
		// ch. 3 "PROMETHEE", Springer: linear (type V) criteria with
		// q = 1, p = 2; net flows as tested by pyrepo-mcda
		// (tests/test_mcda_methods_2.py, Test_PROMETHEE_II), printed to 2
		// decimals (5e-3).
		name: "PapathanasiouPloskas2018Linear",
		m: problem(t, [][]float64{
			{8, 7, 2, 1}, {5, 3, 7, 5}, {7, 5, 6, 4}, {9, 9, 7, 3}, {11, 10, 3, 7}, {6, 9, 5, 4},
		}, []float64{0.4, 0.3, 0.1, 0.2}, []int{1, 1, 1, 1}),
		prefs:  prometheeSame(4, mcda.Preference{Function: mcda.PreferenceLinear, Q: 1, P: 2}),
		want:   []float64{-0.26, -0.52, -0.22, 0.36, 0.7, -0.06},
		approx: cmpopts.EquateApprox(0, 5e-3),
	}, {
		// Ziemba (2019), Sustainability 11(6):1555, PROMETHEE II with
		// linear criteria, seven of twelve criteria costs; net flows as
		// tested by pyrepo-mcda (Test_PROMETHEE_II_2), printed to 4
		// decimals (5e-5).
		name: "Ziemba2019LinearCosts",
		m: problem(t, ziemba2019,
			[]float64{0.3333, 0.1667, 0.1667, 0.3333, 0.25, 0.75, 1, 1, 0.4, 0.20, 0.40, 1},
			[]int{-1, -1, 1, -1, 1, 1, -1, 1, 1, -1, -1, 1}),
		prefs: linear(
			[]float64{420, 1000, 10, 40, 1, 7, 50, 20, 1, 1, 4.6, 1},
			[]float64{2100, 5000, 50, 200, 5, 20, 100, 80, 4, 2, 23, 3}),
		want:   []float64{-0.4143, -0.5056, -0.2317, -0.2892, 0.3313, 0.0619, 0.4296, 0.1626, 0.4554},
		approx: cmpopts.EquateApprox(0, 5e-5),
	}, {
		// Ziemba, Wątróbski, Zioło & Karczmarczyk (2017), Energies
		// 10(11):1755, PROMETHEE II with V-shape criteria; net flows as
		// tested by pyrepo-mcda (Test_PROMETHEE_II_3), printed to 4
		// decimals (5e-5).
		name: "Ziemba2017VShapeCosts",
		m: problem(t, ziemba2017,
			[]float64{20, 5, 5, 1.67, 1.67, 11.67, 11.67, 5, 5, 16.67, 8.33, 8.33},
			[]int{-1, -1, -1, -1, -1, 1, -1, -1, 1, -1, 1, 1}),
		prefs:  vshape2017,
		want:   []float64{-0.0445, 0.1884, -0.0954, -0.0485},
		approx: cmpopts.EquateApprox(0, 5e-5),
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pr := mcda.PROMETHEE{Preferences: tc.prefs}
			got, err := pr.Scores(nil, tc.m)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got, tc.approx); diff != "" {
				t.Errorf("net flow mismatch (-want +got):\n%s", diff)
			}
			res, err := pr.Evaluate(tc.m)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(got, res.NetFlow, approxTight); diff != "" {
				t.Errorf("Scores and Evaluate differ (-Scores +Evaluate):\n%s", diff)
			}
		})
	}
}

func transpose(cols [][]float64) [][]float64 {
	rows := make([][]float64, len(cols[0]))
	for i := range rows {
		rows[i] = make([]float64, len(cols))
		for j := range cols {
			rows[i][j] = cols[j][i]
		}
	}
	return rows
}

// TestPROMETHEEFlows checks the positive and negative flows and the
// preference indices of the Zhao et al. (2013) example, worked by hand:
// π(A1, A2) = 0.5 + 0.3 = 0.8, π(A1, A3) = 0.3, π(A2, A1) = 0.2,
// π(A2, A3) = 0.2 + 0.3 = 0.5, π(A3, A1) = 0.5 + 0.2 = 0.7, π(A3, A2) = 0.5.
func TestPROMETHEEFlows(t *testing.T) {
	m := problem(t, [][]float64{{4, 3, 2}, {3, 2, 4}, {5, 1, 3}}, []float64{0.5, 0.3, 0.2}, []int{1, 1, 1})
	var pr mcda.PROMETHEE
	got, err := pr.Evaluate(m)
	if err != nil {
		t.Fatal(err)
	}
	want := &mcda.PROMETHEEResult{
		PositiveFlow: []float64{0.55, 0.35, 0.6},
		NegativeFlow: []float64{0.45, 0.65, 0.4},
		NetFlow:      []float64{0.1, -0.3, 0.2},
		Index:        [][]float64{{0, 0.8, 0.3}, {0.2, 0, 0.5}, {0.7, 0.5, 0}},
	}
	if diff := cmp.Diff(want, got, approxTight); diff != "" {
		t.Errorf("Evaluate mismatch (-want +got):\n%s", diff)
	}
}

// TestPROMETHEEI checks the partial order on the flows of Papathanasiou &
// Ploskas's example: φ⁺ = .28 .14 .22 .52 .78 .26 and
// φ⁻ = .54 .66 .44 .16 .08 .32, not printed in the source but computed
// by hand with the linear preference q = 1, p = 2 as φ⁺_a = Σ_b π(a, b)/5:
// for A1, π(A1, A2..A6) = 0.4+0.3, 0.3, 0, 0, 0.4, so φ⁺_1 = 1.4/5 = 0.28.
func TestPROMETHEEI(t *testing.T) {
	m := problem(t, [][]float64{
		{8, 7, 2, 1}, {5, 3, 7, 5}, {7, 5, 6, 4}, {9, 9, 7, 3}, {11, 10, 3, 7}, {6, 9, 5, 4},
	}, []float64{0.4, 0.3, 0.1, 0.2}, []int{1, 1, 1, 1})
	pr := mcda.PROMETHEE{Preferences: prometheeSame(4, mcda.Preference{Function: mcda.PreferenceLinear, Q: 1, P: 2})}
	res, err := pr.Evaluate(m)
	if err != nil {
		t.Fatal(err)
	}
	approx2 := cmpopts.EquateApprox(0, 1e-12)
	if diff := cmp.Diff([]float64{0.28, 0.14, 0.22, 0.52, 0.78, 0.26}, res.PositiveFlow, approx2); diff != "" {
		t.Errorf("φ+ mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]float64{0.54, 0.66, 0.44, 0.16, 0.08, 0.32}, res.NegativeFlow, approx2); diff != "" {
		t.Errorf("φ- mismatch (-want +got):\n%s", diff)
	}
	tests := []struct {
		a, b int
		want mcda.PROMETHEERelation
	}{
		{4, 3, mcda.PROMETHEEPreferred},    // .78 > .52, .08 < .16
		{3, 4, mcda.PROMETHEEWorse},        // the converse
		{0, 2, mcda.PROMETHEEIncomparable}, // .28 > .22 but .54 > .44
		{2, 0, mcda.PROMETHEEIncomparable},
		{0, 5, mcda.PROMETHEEIncomparable}, // .28 > .26 but .54 > .32
		{2, 1, mcda.PROMETHEEPreferred},    // .22 > .14, .44 < .66
		{1, 1, mcda.PROMETHEEIndifferent},
	}
	for _, tc := range tests {
		if got := res.Compare(tc.a, tc.b); got != tc.want {
			t.Errorf("Compare(A%d, A%d) = %v, want %v", tc.a+1, tc.b+1, got, tc.want)
		}
	}
	// One flow equal, the other better: preference, not incomparability.
	tie := &mcda.PROMETHEEResult{PositiveFlow: []float64{0.5, 0.5, 0.5}, NegativeFlow: []float64{0.2, 0.3, 0.2}}
	for _, tc := range []struct {
		a, b int
		want mcda.PROMETHEERelation
	}{{0, 1, mcda.PROMETHEEPreferred}, {1, 0, mcda.PROMETHEEWorse}, {0, 2, mcda.PROMETHEEIndifferent}} {
		if got := tie.Compare(tc.a, tc.b); got != tc.want {
			t.Errorf("tie: Compare(%d, %d) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestPreferenceFunctions checks each generalized criterion of Brans &
// Vincke (1985) against its definition at and around its thresholds.
func TestPreferenceFunctions(t *testing.T) {
	tests := []struct {
		p    mcda.Preference
		d    float64 // a − b on a benefit criterion
		want float64
	}{
		{mcda.Preference{Function: mcda.PreferenceUsual}, -1, 0},
		{mcda.Preference{Function: mcda.PreferenceUsual}, 0, 0},
		{mcda.Preference{Function: mcda.PreferenceUsual}, 0.01, 1},
		{mcda.Preference{Function: mcda.PreferenceUShape, Q: 2}, 2, 0},
		{mcda.Preference{Function: mcda.PreferenceUShape, Q: 2}, 2.5, 1},
		{mcda.Preference{Function: mcda.PreferenceVShape, P: 4}, 1, 0.25},
		{mcda.Preference{Function: mcda.PreferenceVShape, P: 4}, 4, 1},
		{mcda.Preference{Function: mcda.PreferenceVShape, P: 4}, 9, 1},
		{mcda.Preference{Function: mcda.PreferenceVShape, P: 0}, 0.5, 1}, // p = 0 is the usual criterion
		{mcda.Preference{Function: mcda.PreferenceLevel, Q: 1, P: 3}, 1, 0},
		{mcda.Preference{Function: mcda.PreferenceLevel, Q: 1, P: 3}, 3, 0.5},
		{mcda.Preference{Function: mcda.PreferenceLevel, Q: 1, P: 3}, 3.5, 1},
		{mcda.Preference{Function: mcda.PreferenceLinear, Q: 1, P: 3}, 1, 0},
		{mcda.Preference{Function: mcda.PreferenceLinear, Q: 1, P: 3}, 2.5, 0.75},
		{mcda.Preference{Function: mcda.PreferenceLinear, Q: 1, P: 3}, 5, 1},
		{mcda.Preference{Function: mcda.PreferenceLinear, Q: 2, P: 2}, 2.5, 1}, // q = p: a step at q
		{mcda.Preference{Function: mcda.PreferenceGaussian, S: 2}, -3, 0},
		{mcda.Preference{Function: mcda.PreferenceGaussian, S: 2}, 2, 1 - math.Exp(-0.5)},
		{mcda.Preference{Function: mcda.PreferenceGaussian, S: 2}, 4, 1 - math.Exp(-2)},
	}
	for _, tc := range tests {
		// Two alternatives on one benefit criterion: π(A1, A2) = P(d) and
		// φ(A1) = P(d) − P(−d) = P(d) for d >= 0.
		m := problem(t, [][]float64{{10 + tc.d}, {10}}, []float64{1}, []int{1})
		pr := mcda.PROMETHEE{Preferences: []mcda.Preference{tc.p}}
		res, err := pr.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Index[0][1]; math.Abs(got-tc.want) > 1e-15 {
			t.Errorf("%v(q=%v, p=%v, s=%v) at d = %v: P = %v, want %v", tc.p.Function, tc.p.Q, tc.p.P, tc.p.S, tc.d, got, tc.want)
		}
		// The same difference on a cost criterion favours A2.
		mc := problem(t, [][]float64{{10 + tc.d}, {10}}, []float64{1}, []int{-1})
		res, err = pr.Evaluate(mc)
		if err != nil {
			t.Fatal(err)
		}
		if got := res.Index[1][0]; math.Abs(got-tc.want) > 1e-15 {
			t.Errorf("cost %v at d = %v: P = %v, want %v", tc.p.Function, tc.d, got, tc.want)
		}
	}
}

func TestParsePreferenceFunction(t *testing.T) {
	for f := mcda.PreferenceUsual; f <= mcda.PreferenceGaussian; f++ {
		got, err := mcda.ParsePreferenceFunction(f.String())
		if err != nil || got != f {
			t.Errorf("ParsePreferenceFunction(%q) = %v, %v; want %v", f.String(), got, err, f)
		}
	}
	want := []string{"usual", "ushape", "vshape", "level", "linear", "gaussian"}
	for i, name := range want {
		if got := mcda.PreferenceFunction(i).String(); got != name {
			t.Errorf("PreferenceFunction(%d).String() = %q, want %q", i, got, name)
		}
	}
	if _, err := mcda.ParsePreferenceFunction("V-shape"); !errors.Is(err, mcda.ErrParameter) {
		t.Errorf("ParsePreferenceFunction(V-shape) error = %v, want ErrParameter", err)
	}
	if got := mcda.PreferenceFunction(9).String(); got != "PreferenceFunction(9)" {
		t.Errorf("String of an invalid function = %q", got)
	}
}

func TestPROMETHEESpecialCases(t *testing.T) {
	t.Run("RoundedZeroNetFlow", func(t *testing.T) {
		// Regression (issue 5): with weights 0.1, 0.2 and 0.3, A beats B
		// on criteria weighing 1/6 + 2/6 and B beats A on one weighing
		// 3/6. The two sums differ in their last bit, and the net flows
		// were ±1.1e-16, which Rank does not tie; they are now 0.
		m := problem(t, [][]float64{{2, 2, 1}, {1, 1, 2}}, []float64{0.1, 0.2, 0.3}, []int{1, 1, 1})
		r, err := mcda.Rank(&mcda.PROMETHEE{}, m)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]float64{0, 0}, r.Scores); diff != "" {
			t.Errorf("net flows (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([]int{1, 1}, r.Ranks); diff != "" {
			t.Errorf("ranks (-want +got):\n%s", diff)
		}
	})
	t.Run("OneAlternative", func(t *testing.T) {
		// Documented: with one alternative every flow is 0.
		m := problem(t, [][]float64{{3, 4}}, []float64{1, 1}, []int{1, -1})
		var pr mcda.PROMETHEE
		got, err := pr.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		want := &mcda.PROMETHEEResult{PositiveFlow: []float64{0}, NegativeFlow: []float64{0}, NetFlow: []float64{0}, Index: [][]float64{{0}}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Evaluate mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("IdenticalAlternatives", func(t *testing.T) {
		m := problem(t, [][]float64{{3, 4}, {3, 4}, {1, 5}}, []float64{1, 1}, []int{1, -1})
		var pr mcda.PROMETHEE
		res, err := pr.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		if res.Index[0][1] != 0 || res.Index[1][0] != 0 || res.NetFlow[0] != res.NetFlow[1] {
			t.Errorf("identical alternatives: π = %v, %v, φ = %v, %v", res.Index[0][1], res.Index[1][0], res.NetFlow[0], res.NetFlow[1])
		}
		if got := res.Compare(0, 1); got != mcda.PROMETHEEIndifferent {
			t.Errorf("Compare = %v, want indifferent", got)
		}
	})
	t.Run("ExtremeValues", func(t *testing.T) {
		// Differences overflow to ±Inf; every function maps them to 1.
		m := problem(t, [][]float64{{1e308, -1e308}, {-1e308, 1e308}, {0, 0}}, []float64{1, 1}, []int{1, -1})
		for f := mcda.PreferenceUsual; f <= mcda.PreferenceGaussian; f++ {
			pr := mcda.PROMETHEE{Preferences: prometheeSame(2, mcda.Preference{Function: f, Q: 1, P: 2, S: 1e300})}
			got, err := pr.Scores(nil, m)
			if err != nil {
				t.Fatalf("%v: %v", f, err)
			}
			for i, v := range got {
				if !(v >= -1 && v <= 1) {
					t.Errorf("%v: φ[%d] = %v", f, i, v)
				}
			}
		}
	})
}

func TestPROMETHEEErrors(t *testing.T) {
	m := problem(t, [][]float64{{4, 3, 2}, {3, 2, 4}, {5, 1, 3}}, []float64{0.5, 0.3, 0.2}, []int{1, 1, 1})
	usual := mcda.Preference{}
	tests := []struct {
		name      string
		bad       mcda.Preference
		criterion int
	}{
		{"UnknownFunction", mcda.Preference{Function: 17}, 1},
		{"NegativeQ", mcda.Preference{Function: mcda.PreferenceUShape, Q: -1}, 0},
		{"NaNP", mcda.Preference{Function: mcda.PreferenceVShape, P: math.NaN()}, 2},
		{"InfP", mcda.Preference{Function: mcda.PreferenceVShape, P: math.Inf(1)}, 2},
		{"LinearQAboveP", mcda.Preference{Function: mcda.PreferenceLinear, Q: 3, P: 2}, 1},
		{"LevelQAboveP", mcda.Preference{Function: mcda.PreferenceLevel, Q: 3, P: 2}, 0},
		{"GaussianZeroS", mcda.Preference{Function: mcda.PreferenceGaussian}, 2},
		{"UnusedNegative", mcda.Preference{Function: mcda.PreferenceUsual, S: -1}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			prefs := []mcda.Preference{usual, usual, usual}
			prefs[tc.criterion] = tc.bad
			pr := mcda.PROMETHEE{Preferences: prefs}
			for _, call := range []func() error{
				func() error { _, err := pr.Scores(nil, m); return err },
				func() error { _, err := pr.Evaluate(m); return err },
			} {
				err := call()
				var ce *mcda.CriterionError
				if !errors.Is(err, mcda.ErrParameter) || !errors.As(err, &ce) || ce.Index != tc.criterion || ce.Name != m.Criterion(tc.criterion).Name {
					t.Errorf("err = %v, want *CriterionError for criterion %d wrapping ErrParameter", err, tc.criterion)
				}
			}
		})
	}
	t.Run("WrongLength", func(t *testing.T) {
		pr := mcda.PROMETHEE{Preferences: []mcda.Preference{usual}}
		_, err := pr.Scores(nil, m)
		var se *mcda.ShapeError
		if !errors.Is(err, mcda.ErrShape) || !errors.As(err, &se) || se.Got != 1 || se.Want != 3 {
			t.Errorf("err = %v, want *ShapeError got 1 want 3", err)
		}
	})
	t.Run("Panics", func(t *testing.T) {
		var pr mcda.PROMETHEE
		if !panics(func() { pr.Scores(make([]float64, 2), m) }) {
			t.Error("Scores with a short dst did not panic")
		}
	})
}

func TestPROMETHEEZeroAlloc(t *testing.T) {
	m := fighterAircraft(t)
	pr := mcda.PROMETHEE{Preferences: []mcda.Preference{
		{}, {Function: mcda.PreferenceUShape, Q: 100}, {Function: mcda.PreferenceVShape, P: 2000},
		{Function: mcda.PreferenceLevel, Q: 0.5, P: 1}, {Function: mcda.PreferenceLinear, Q: 1, P: 3}, {Function: mcda.PreferenceGaussian, S: 2},
	}}
	wantZeroAllocs(t, &pr, m)
}

// prometheeGenPrefs draws a valid generalized criterion for each of n
// criteria, with thresholds on the scale of genProblem's values.
func prometheeGenPrefs(t *rapid.T, n int) []mcda.Preference {
	ps := make([]mcda.Preference, n)
	for j := range ps {
		f := mcda.PreferenceFunction(rapid.IntRange(0, 5).Draw(t, "function"))
		q := rapid.Float64Range(0, 30).Draw(t, "q")
		p := q + rapid.Float64Range(0, 30).Draw(t, "p − q")
		s := rapid.Float64Range(0.1, 50).Draw(t, "s")
		ps[j] = mcda.Preference{Function: f, Q: q, P: p, S: s}
	}
	return ps
}

func TestPROMETHEEProperties(t *testing.T) {
	t.Run("FlowsBounded", rapid.MakeCheck(propPROMETHEEFlowsBounded))
	t.Run("DominatorNeverRanksBelow", rapid.MakeCheck(propPROMETHEEDominator))
	t.Run("ScaleInvariance", rapid.MakeCheck(propPROMETHEEScaleInvariance))
	t.Run("IndexMatchesFlows", rapid.MakeCheck(propPROMETHEEIndexMatchesFlows))
	t.Run("ScoresFinite", rapid.MakeCheck(propPROMETHEEFinite))
}

// Property: net flows are finite and in [−1, 1] for any finite data,
// however extreme, and any valid preference functions.
func propPROMETHEEFinite(t *rapid.T) {
	m := vikorGenExtreme(t)
	_, n := m.Dims()
	pr := mcda.PROMETHEE{Preferences: prometheeGenPrefs(t, n)}
	s, err := pr.Scores(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range s {
		if !(v >= -1 && v <= 1) {
			t.Fatalf("φ[%d] = %v", i, v)
		}
	}
}

// Property: φ⁺ and φ⁻ lie in [0, 1], φ in [−1, 1], and the net flows sum
// to 0 (each π(a, b) enters one φ⁺ and one φ⁻).
func propPROMETHEEFlowsBounded(t *rapid.T) {
	rows, w, types := genProblem(t)
	pr := mcda.PROMETHEE{Preferences: prometheeGenPrefs(t, len(w))}
	res, err := pr.Evaluate(problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	sum := 0.0
	for i := range res.NetFlow {
		p, n, f := res.PositiveFlow[i], res.NegativeFlow[i], res.NetFlow[i]
		if !(p >= 0 && p <= 1 && n >= 0 && n <= 1 && f >= -1 && f <= 1) {
			t.Fatalf("alternative %d: φ+ = %v, φ- = %v, φ = %v", i, p, n, f)
		}
		sum += f
	}
	if math.Abs(sum) > 1e-12 {
		t.Fatalf("Σφ = %v, want 0", sum)
	}
}

// Property: an alternative at least as good as another on every criterion
// and better on one never has a lower net flow, under any preference
// functions: P is non-decreasing in d and 0 for d <= 0.
func propPROMETHEEDominator(t *rapid.T) {
	rows, w, types := genProblem(t)
	if len(rows) < 2 {
		t.Skip("one alternative")
	}
	b := rapid.IntRange(0, len(rows)-1).Draw(t, "dominated")
	a := rapid.IntRange(0, len(rows)-1).Filter(func(a int) bool { return a != b }).Draw(t, "dominator")
	makeDominator(t, rows, w, types, a, b)
	pr := mcda.PROMETHEE{Preferences: prometheeGenPrefs(t, len(w))}
	m := problem(t, rows, w, types)
	res, err := pr.Evaluate(m)
	if err != nil {
		t.Fatal(err)
	}
	if res.NetFlow[a] < res.NetFlow[b]-1e-12 {
		t.Fatalf("dominator %d has φ = %v < dominated %d's %v", a, res.NetFlow[a], b, res.NetFlow[b])
	}
	if rel := res.Compare(b, a); rel == mcda.PROMETHEEPreferred || rel == mcda.PROMETHEEIncomparable {
		t.Fatalf("Compare(dominated, dominator) = %v", rel)
	}
}

// Property: multiplying a column and its thresholds q, p, s by k > 0
// leaves every flow unchanged (the preference functions depend on d/p,
// d/s and comparisons only). With the usual criterion, scaling the column
// alone suffices.
func propPROMETHEEScaleInvariance(t *rapid.T) {
	rows, w, types := genProblem(t)
	prefs := prometheeGenPrefs(t, len(w))
	j := rapid.IntRange(0, len(w)-1).Draw(t, "column")
	// A power of two scales exactly, so that a difference equal to a
	// threshold stays equal to it.
	k := math.Ldexp(1, rapid.IntRange(-20, 20).Draw(t, "log2 factor"))
	pr := mcda.PROMETHEE{Preferences: prefs}
	before, err := pr.Evaluate(problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		r[j] *= k
	}
	scaled := append([]mcda.Preference(nil), prefs...)
	scaled[j].Q, scaled[j].P, scaled[j].S = k*prefs[j].Q, k*prefs[j].P, k*prefs[j].S
	pr = mcda.PROMETHEE{Preferences: scaled}
	after, err := pr.Evaluate(problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before.NetFlow, after.NetFlow, cmpopts.EquateApprox(1e-12, 1e-14)); diff != "" {
		t.Fatalf("net flow changed after scaling column %d (%v) by %v (-before +after):\n%s", j, prefs[j].Function, k, diff)
	}
}

// Property: Evaluate's index matrix and flows agree: φ⁺ and φ⁻ are the row
// and column sums of π divided by m − 1, and Scores returns the net flow.
func propPROMETHEEIndexMatchesFlows(t *rapid.T) {
	rows, w, types := genProblem(t)
	pr := mcda.PROMETHEE{Preferences: prometheeGenPrefs(t, len(w))}
	m := problem(t, rows, w, types)
	res, err := pr.Evaluate(m)
	if err != nil {
		t.Fatal(err)
	}
	n := len(rows)
	if n < 2 {
		return
	}
	plus, minus := make([]float64, n), make([]float64, n)
	for a := range n {
		for b := range n {
			plus[a] += res.Index[a][b] / float64(n-1)
			minus[b] += res.Index[a][b] / float64(n-1)
		}
	}
	opt := cmpopts.EquateApprox(1e-12, 1e-14)
	if diff := cmp.Diff(plus, res.PositiveFlow, opt); diff != "" {
		t.Fatalf("φ+ (-from index +got):\n%s", diff)
	}
	if diff := cmp.Diff(minus, res.NegativeFlow, opt); diff != "" {
		t.Fatalf("φ- (-from index +got):\n%s", diff)
	}
	s, err := pr.Scores(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(res.NetFlow, s, opt); diff != "" {
		t.Fatalf("Scores (-Evaluate +Scores):\n%s", diff)
	}
}

func BenchmarkPROMETHEE(b *testing.B) {
	benchScores(b, &mcda.PROMETHEE{Preferences: prometheeSame(10, mcda.Preference{Function: mcda.PreferenceLinear, Q: 5, P: 20})})
}

func ExamplePROMETHEE() {
	// Zhao, Peng & Li (2013), with the usual criterion everywhere.
	m, err := mcda.NewDecisionMatrix(
		[]string{"A1", "A2", "A3"},
		[]mcda.Criterion{
			{Name: "c1", Objective: mcda.ObjectiveBenefit, Weight: 0.5},
			{Name: "c2", Objective: mcda.ObjectiveBenefit, Weight: 0.3},
			{Name: "c3", Objective: mcda.ObjectiveBenefit, Weight: 0.2},
		},
		[][]float64{{4, 3, 2}, {3, 2, 4}, {5, 1, 3}},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	var pr mcda.PROMETHEE // usual criterion for every criterion
	res, err := pr.Evaluate(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i := range res.NetFlow {
		fmt.Printf("%s φ+=%.2f φ-=%.2f φ=%+.2f\n", m.Alternative(i), res.PositiveFlow[i], res.NegativeFlow[i], res.NetFlow[i])
	}
	fmt.Println("PROMETHEE I, A3 to A1:", res.Compare(2, 0))
	r, err := mcda.Rank(&pr, m) // PROMETHEE II
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("PROMETHEE II ranks:", r.Ranks)
	// Output:
	// A1 φ+=0.55 φ-=0.45 φ=+0.10
	// A2 φ+=0.35 φ-=0.65 φ=-0.30
	// A3 φ+=0.60 φ-=0.40 φ=+0.20
	// PROMETHEE I, A3 to A1: preferred
	// PROMETHEE II ranks: [2 3 1]
}
