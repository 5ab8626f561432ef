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

func TestVIKORPublished(t *testing.T) {
	tests := []struct {
		name   string
		m      *mcda.DecisionMatrix
		vikor  mcda.VIKOR
		want   mcda.VIKORResult // only the fields that are set are checked
		approx cmp.Option
	}{{
		// Opricovic & Tzeng (2004), EJOR 156:445-455, numerical example
		// (§4); S, R and Q as in scikit-criteria's
		// test_VIKOR_opricovic2004compromise and pymcdm's
		// TestVIKOR.test_output_opricovic, which compare exactly. The
		// values are exact binary fractions. The paper's compromise is A2
		// alone, with both conditions satisfied. Also
		// ../shared/refcases/vikor/opricovic_tzeng2004.json.
		name: "OpricovicTzeng2004",
		m:    problem(t, [][]float64{{1, 3000}, {2, 3750}, {5, 4500}}, []float64{0.5, 0.5}, []int{-1, 1}),
		want: mcda.VIKORResult{
			S:                   []float64{0.5, 0.375, 0.5},
			R:                   []float64{0.5, 0.25, 0.5},
			Q:                   []float64{1, 0, 1},
			DQ:                  0.5,
			AcceptableAdvantage: true,
			AcceptableStability: true,
			Compromise:          []int{1},
		},
		approx: approxTight,
	}, {
		// Yang & Wu (2020), IEEE Access 8:21261-21271, as tested by pymcdm
		// (test_mcdm.py, TestVIKOR.test_output_yang): Q printed to 4
		// decimals, tolerance 5e-5.
		name: "YangWu2020",
		m: problem(t, [][]float64{
			{78, 56, 34, 6}, {4, 45, 3, 97}, {18, 2, 50, 63}, {9, 14, 11, 92}, {85, 9, 100, 29},
		}, []float64{0.25, 0.25, 0.25, 0.25}, []int{1, 1, 1, 1}),
		want:   mcda.VIKORResult{Q: []float64{0.5679, 0.7667, 1, 0.7493, 0}},
		approx: cmpopts.EquateApprox(0, 5e-5),
	}, {
		// Papathanasiou & Ploskas (2018), Multiple Criteria Decision Aid,
		// ch. 2 "VIKOR", Springer, with v = 0.625, as tested by
		// pyrepo-mcda (tests/test_mcda_methods.py, Test_VIKOR): Q printed
		// to 3 decimals, tolerance 5e-4.
		name: "PapathanasiouPloskas2018",
		m: problem(t, [][]float64{
			{8, 7, 2, 1}, {5, 3, 7, 5}, {7, 5, 6, 4}, {9, 9, 7, 3}, {11, 10, 3, 7}, {6, 9, 5, 4},
		}, []float64{0.4, 0.3, 0.1, 0.2}, []int{1, 1, 1, 1}),
		vikor:  mcda.VIKOR{V: ptr(0.625)},
		want:   mcda.VIKORResult{Q: []float64{0.640, 1.000, 0.693, 0.271, 0.000, 0.694}},
		approx: cmpopts.EquateApprox(0, 5e-4),
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.vikor.Evaluate(tc.m)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want.Q, got.Q, tc.approx); diff != "" {
				t.Errorf("Q mismatch (-want +got):\n%s", diff)
			}
			if tc.want.S != nil {
				if diff := cmp.Diff(tc.want.S, got.S, tc.approx); diff != "" {
					t.Errorf("S mismatch (-want +got):\n%s", diff)
				}
				if diff := cmp.Diff(tc.want.R, got.R, tc.approx); diff != "" {
					t.Errorf("R mismatch (-want +got):\n%s", diff)
				}
			}
			if tc.want.Compromise != nil {
				if diff := cmp.Diff(tc.want.Compromise, got.Compromise); diff != "" {
					t.Errorf("compromise mismatch (-want +got):\n%s", diff)
				}
				if got.DQ != tc.want.DQ || got.AcceptableAdvantage != tc.want.AcceptableAdvantage || got.AcceptableStability != tc.want.AcceptableStability {
					t.Errorf("DQ, C1, C2 = %v, %v, %v; want %v, %v, %v", got.DQ, got.AcceptableAdvantage, got.AcceptableStability,
						tc.want.DQ, tc.want.AcceptableAdvantage, tc.want.AcceptableStability)
				}
			}
			scores, err := tc.vikor.Scores(nil, tc.m)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(got.Q, scores); diff != "" {
				t.Errorf("Scores and Evaluate differ (-Evaluate +Scores):\n%s", diff)
			}
		})
	}
}

// TestVIKORCompromise covers the three outcomes of the compromise rule of
// Opricovic & Tzeng (2004). The problems were found by a search
// over small integer matrices and their indices checked with an
// independent Python transcription of the formulas.
func TestVIKORCompromise(t *testing.T) {
	tests := []struct {
		name       string
		rows       [][]float64
		q          []float64
		c1, c2     bool
		compromise []int
	}{{
		// Q = 0, 1, 0.46875: Q(a2) − Q(a1) = 0.46875 < DQ = 0.5, so the
		// set is every alternative within DQ of a1: A1 and A3.
		name:       "AdvantageFails",
		rows:       [][]float64{{8, 9}, {7, 1}, {8, 4}},
		q:          []float64{0, 1, 0.46875},
		c1:         false,
		c2:         true,
		compromise: []int{0, 2},
	}, {
		// a1 = A2 (Q = 0.121875) leads A3 by 0.34375 >= DQ = 1/3, but A4
		// has the best S (1/3 < 0.35) and A3 the best R (0.25 < 4/15):
		// the set is a1 and a2.
		name:       "StabilityFails",
		rows:       [][]float64{{8, 4, 4}, {9, 7, 5}, {4, 5, 6}, {2, 8, 9}},
		q:          []float64{1, 0.121875, 0.465625, 0.5},
		c1:         true,
		c2:         false,
		compromise: []int{1, 2},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n := len(tc.rows[0])
			w, types := make([]float64, n), make([]int, n)
			for j := range w {
				w[j], types[j] = 1, 1
			}
			var vk mcda.VIKOR
			got, err := vk.Evaluate(problem(t, tc.rows, w, types))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.q, got.Q, approxTight); diff != "" {
				t.Errorf("Q mismatch (-want +got):\n%s", diff)
			}
			if got.AcceptableAdvantage != tc.c1 || got.AcceptableStability != tc.c2 {
				t.Errorf("C1, C2 = %v, %v; want %v, %v", got.AcceptableAdvantage, got.AcceptableStability, tc.c1, tc.c2)
			}
			if diff := cmp.Diff(tc.compromise, got.Compromise); diff != "" {
				t.Errorf("compromise mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestVIKORSpecialCases(t *testing.T) {
	t.Run("IdenticalAlternatives", func(t *testing.T) {
		// S* = S⁻ and R* = R⁻: both terms of Q are 0, and the compromise
		// set is everything, since no alternative has an advantage.
		m := problem(t, [][]float64{{3, 4}, {3, 4}, {3, 4}}, []float64{1, 1}, []int{1, -1})
		var vk mcda.VIKOR
		got, err := vk.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		want := &mcda.VIKORResult{
			S: []float64{0, 0, 0}, R: []float64{0, 0, 0}, Q: []float64{0, 0, 0},
			Order: []int{0, 1, 2}, DQ: 0.5, AcceptableAdvantage: false, AcceptableStability: true,
			Compromise: []int{0, 1, 2},
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Evaluate mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("ConstantColumnIgnored", func(t *testing.T) {
		// A constant criterion gives no regret: S, R and Q equal those of
		// the problem without it, with the remaining weights.
		with := problem(t, [][]float64{{1, 7, 5}, {2, 7, 3}, {4, 7, 4}}, []float64{1, 1, 1}, []int{1, 1, -1})
		without := problem(t, [][]float64{{1, 5}, {2, 3}, {4, 4}}, []float64{1, 1}, []int{1, -1})
		var vk mcda.VIKOR
		a, err := vk.Evaluate(with)
		if err != nil {
			t.Fatal(err)
		}
		b, err := vk.Evaluate(without)
		if err != nil {
			t.Fatal(err)
		}
		// The weights differ (1/3 against 1/2), so S and R scale by 2/3;
		// Q, which is scale-free, is equal.
		if diff := cmp.Diff(b.Q, a.Q, approxTight); diff != "" {
			t.Errorf("Q with a constant column differs (-without +with):\n%s", diff)
		}
		for i := range a.S {
			if math.Abs(a.S[i]-b.S[i]*2/3) > 1e-15 {
				t.Errorf("S[%d] = %v, want %v", i, a.S[i], b.S[i]*2/3)
			}
		}
	})
	t.Run("RoundedTieInS", func(t *testing.T) {
		// Regression (issue 5): with weights 0.1, 0.2, 0.3 (normalized to
		// 1/6, 2/6, 3/6), A's S = 1/6 + 2/6 and B's S = 3/6 are algebraically
		// equal but differ in the last bit, and R_A = 1/3 < R_B = 1/2. The
		// one-ulp S range used to give qs = 1 and 0, and Q = 0.5 for both;
		// the S term is 0 for both, so Q = (1 − v)·qr = 0 and 0.5.
		m := problem(t, [][]float64{{1, 1, 2}, {2, 2, 1}}, []float64{0.1, 0.2, 0.3}, []int{1, 1, 1})
		var vk mcda.VIKOR
		got, err := vk.Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]float64{0, 0.5}, got); diff != "" {
			t.Errorf("Q mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("OneAlternative", func(t *testing.T) {
		// Documented: S = R = Q = 0, DQ = 1, and both conditions hold.
		m := problem(t, [][]float64{{3, 4}}, []float64{1, 1}, []int{1, -1})
		var vk mcda.VIKOR
		got, err := vk.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		want := &mcda.VIKORResult{S: []float64{0}, R: []float64{0}, Q: []float64{0}, Order: []int{0}, DQ: 1,
			AcceptableAdvantage: true, AcceptableStability: true, Compromise: []int{0}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Evaluate mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("OneCriterion", func(t *testing.T) {
		// S = R = (f* − f)/(f* − f⁻), so Q is that too, for every v.
		m := problem(t, [][]float64{{10}, {20}, {40}}, []float64{1}, []int{-1})
		for _, v := range []float64{0.1, 0.5, 1} {
			vk := mcda.VIKOR{V: ptr(v)}
			got, err := vk.Scores(nil, m)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]float64{0, 1.0 / 3, 1}, got, approxTight); diff != "" {
				t.Errorf("v = %v: Q mismatch (-want +got):\n%s", v, diff)
			}
		}
	})
	t.Run("ExplicitZeroV", func(t *testing.T) {
		// v = 0 ranks by regret alone: Q = (R − R*)/(R⁻ − R*). On the
		// Opricovic & Tzeng data R = 0.5, 0.25, 0.5, so Q = 1, 0, 1 again;
		// use Yang & Wu's, whose R = 1/4, 1/4, 1/4, 19/81, 47/216.
		m := problem(t, [][]float64{
			{78, 56, 34, 6}, {4, 45, 3, 97}, {18, 2, 50, 63}, {9, 14, 11, 92}, {85, 9, 100, 29},
		}, []float64{1, 1, 1, 1}, []int{1, 1, 1, 1})
		r := []float64{1.0 / 4, 1.0 / 4, 1.0 / 4, 19.0 / 81, 47.0 / 216}
		rBest, rWorst := 47.0/216, 1.0/4
		want := make([]float64, len(r))
		for i := range r {
			want[i] = (r[i] - rBest) / (rWorst - rBest)
		}
		vk := mcda.VIKOR{V: ptr(0)}
		got, err := vk.Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got, approxTight); diff != "" {
			t.Errorf("Q with v = 0 mismatch (-want +got):\n%s", diff)
		}
		def, err := (&mcda.VIKOR{}).Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		half, err := (&mcda.VIKOR{V: ptr(0.5)}).Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(half, def); diff != "" {
			t.Errorf("zero VIKOR differs from v = 0.5 (-v=0.5 +zero):\n%s", diff)
		}
	})
	t.Run("ExtremeValues", func(t *testing.T) {
		m := problem(t, [][]float64{{1e308, -1e308, 1e-300}, {-1e308, 1e308, 2e-300}, {0, 0, 0}}, []float64{1, 1, 1}, []int{1, -1, 1})
		var vk mcda.VIKOR
		got, err := vk.Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		for i, q := range got {
			if !(q >= 0 && q <= 1) {
				t.Errorf("Q[%d] = %v, want in [0, 1]", i, q)
			}
		}
	})
}

func TestVIKORErrors(t *testing.T) {
	m := problem(t, [][]float64{{1, 3000}, {2, 3750}, {5, 4500}}, []float64{0.5, 0.5}, []int{-1, 1})
	tests := []struct {
		name  string
		vikor mcda.VIKOR
	}{
		{"VAboveOne", mcda.VIKOR{V: ptr(1.5)}},
		{"VNegative", mcda.VIKOR{V: ptr(-0.1)}},
		{"VNaN", mcda.VIKOR{V: ptr(math.NaN())}},
		{"VInf", mcda.VIKOR{V: ptr(math.Inf(1))}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := tc.vikor.Scores(nil, m); !errors.Is(err, mcda.ErrParameter) {
				t.Errorf("Scores error = %v, want ErrParameter", err)
			}
			if _, err := tc.vikor.Evaluate(m); !errors.Is(err, mcda.ErrParameter) {
				t.Errorf("Evaluate error = %v, want ErrParameter", err)
			}
		})
	}
	t.Run("Panics", func(t *testing.T) {
		var vk mcda.VIKOR
		if !panics(func() { vk.Scores(make([]float64, 2), m) }) {
			t.Error("Scores with a short dst did not panic")
		}
	})
}

func TestVIKORZeroAlloc(t *testing.T) { wantZeroAllocs(t, &mcda.VIKOR{}, fighterAircraft(t)) }

func TestVIKORProperties(t *testing.T) {
	t.Run("QInUnitInterval", rapid.MakeCheck(propVIKORQInUnitInterval))
	t.Run("DominatorNeverRanksBelow", rapid.MakeCheck(propVIKORDominator))
	t.Run("ColumnScaleInvariance", rapid.MakeCheck(propVIKORScaleInvariance))
	t.Run("CompromiseContainsBest", rapid.MakeCheck(propVIKORCompromise))
	t.Run("ScoresFinite", rapid.MakeCheck(propVIKORFinite))
}

// vikorGenExtreme draws a problem whose values span ±1e±300, to reach
// overflow in ranges and differences.
func vikorGenExtreme(t *rapid.T) *mcda.DecisionMatrix {
	m := rapid.IntRange(1, 6).Draw(t, "alternatives")
	n := rapid.IntRange(1, 4).Draw(t, "criteria")
	rows := make([][]float64, m)
	for i := range rows {
		rows[i] = make([]float64, n)
		for j := range rows[i] {
			rows[i][j] = rapid.Float64Range(-1, 1).Draw(t, "mantissa") * math.Pow(10, float64(rapid.IntRange(-300, 300).Draw(t, "exponent")))
		}
	}
	w := rapid.SliceOfN(rapid.Float64Range(0.01, 1), n, n).Draw(t, "weights")
	types := rapid.SliceOfN(rapid.SampledFrom([]int{1, -1}), n, n).Draw(t, "types")
	return problem(t, rows, w, types)
}

// Property: Q is finite and in [0, 1] for any finite data, however
// extreme.
func propVIKORFinite(t *rapid.T) {
	m := vikorGenExtreme(t)
	vk := vikorGenV(t)
	q, err := vk.Scores(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range q {
		if !(v >= 0 && v <= 1) {
			t.Fatalf("Q[%d] = %v", i, v)
		}
	}
}

// vikorGenV draws v in [0, 1], including the endpoints.
func vikorGenV(t *rapid.T) mcda.VIKOR {
	v := rapid.OneOf(rapid.Just(0.0), rapid.Just(1.0), rapid.Float64Range(0, 1)).Draw(t, "v")
	return mcda.VIKOR{V: ptr(v)}
}

// Property: for every valid problem and v in [0, 1], 0 <= Q_i <= 1, with
// values of any sign. (Q need not attain 0: the best alternative by S and
// the best by R may differ.)
func propVIKORQInUnitInterval(t *rapid.T) {
	rows, w, types := genProblem(t)
	shift := rapid.Float64Range(-200, 0).Draw(t, "shift")
	for _, r := range rows {
		for j := range r {
			r[j] += shift
		}
	}
	vk := vikorGenV(t)
	q, err := vk.Scores(nil, problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range q {
		if !(v >= 0 && v <= 1) {
			t.Fatalf("Q[%d] = %v, want in [0, 1]", i, v)
		}
	}
}

// Property: an alternative at least as good as another on every criterion
// and better on one has S, R and Q no larger, so it never ranks below.
func propVIKORDominator(t *rapid.T) {
	rows, w, types := genProblem(t)
	if len(rows) < 2 {
		t.Skip("one alternative")
	}
	b := rapid.IntRange(0, len(rows)-1).Draw(t, "dominated")
	a := rapid.IntRange(0, len(rows)-1).Filter(func(a int) bool { return a != b }).Draw(t, "dominator")
	makeDominator(t, rows, w, types, a, b)
	vk := vikorGenV(t)
	m := problem(t, rows, w, types)
	res, err := vk.Evaluate(m)
	if err != nil {
		t.Fatal(err)
	}
	if res.S[a] > res.S[b] || res.R[a] > res.R[b] || res.Q[a] > res.Q[b] {
		t.Fatalf("dominator %d has S, R, Q = %v, %v, %v; dominated %d has %v, %v, %v",
			a, res.S[a], res.R[a], res.Q[a], b, res.S[b], res.R[b], res.Q[b])
	}
	r, err := mcda.Rank(&vk, m)
	if err != nil {
		t.Fatal(err)
	}
	if r.Ranks[a] > r.Ranks[b] {
		t.Fatalf("dominator %d ranks %d, below dominated %d at %d", a, r.Ranks[a], b, r.Ranks[b])
	}
}

// Property: the linear scaling (f* − f)/(f* − f⁻) makes S, R and Q
// invariant under x → k·x (k > 0) of any one column. k is a power of two,
// which scales exactly. (They are invariant under shifts x + c too, but a
// shift rounds the data, which near-equal values turn into visible
// changes of Q.)
func propVIKORScaleInvariance(t *rapid.T) {
	rows, w, types := genProblem(t)
	j := rapid.IntRange(0, len(w)-1).Draw(t, "column")
	k := math.Ldexp(1, rapid.IntRange(-20, 20).Draw(t, "log2 factor"))
	vk := vikorGenV(t)
	before, err := vk.Evaluate(problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		r[j] *= k
	}
	after, err := vk.Evaluate(problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before.Q, after.Q, approxTight); diff != "" {
		t.Fatalf("Q changed after scaling column %d by %v (-before +after):\n%s", j, k, diff)
	}
}

func propVIKORCompromise(t *rapid.T) {
	rows, w, types := genProblem(t)
	vk := vikorGenV(t)
	res, err := vk.Evaluate(problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	k := len(res.Compromise)
	if k == 0 || k > len(rows) {
		t.Fatalf("compromise %v", res.Compromise)
	}
	if diff := cmp.Diff(res.Order[:k], res.Compromise); diff != "" {
		t.Fatalf("compromise is not a prefix of Order (-order +compromise):\n%s", diff)
	}
	switch {
	case res.AcceptableAdvantage && res.AcceptableStability && k != 1,
		res.AcceptableAdvantage && !res.AcceptableStability && k != 2,
		!res.AcceptableAdvantage && k < 2:
		t.Fatalf("C1 = %v, C2 = %v but compromise %v", res.AcceptableAdvantage, res.AcceptableStability, res.Compromise)
	}
}

func BenchmarkVIKOR(b *testing.B) {
	benchScores(b, &mcda.VIKOR{})
}

func ExampleVIKOR() {
	// Opricovic & Tzeng (2004): risk (a cost) against benefit.
	m, err := mcda.NewDecisionMatrix(
		[]string{"A1", "A2", "A3"},
		[]mcda.Criterion{
			{Name: "risk", Objective: mcda.ObjectiveCost, Weight: 0.5},
			{Name: "benefit", Objective: mcda.ObjectiveBenefit, Weight: 0.5},
		},
		[][]float64{{1, 3000}, {2, 3750}, {5, 4500}},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	var vk mcda.VIKOR // v = 0.5
	res, err := vk.Evaluate(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i := range res.Q {
		fmt.Printf("%s S=%.3f R=%.3f Q=%.3f\n", m.Alternative(i), res.S[i], res.R[i], res.Q[i])
	}
	fmt.Println("C1:", res.AcceptableAdvantage, "C2:", res.AcceptableStability)
	for _, i := range res.Compromise {
		fmt.Println("compromise:", m.Alternative(i))
	}
	// Output:
	// A1 S=0.500 R=0.500 Q=1.000
	// A2 S=0.375 R=0.250 Q=0.000
	// A3 S=0.500 R=0.500 Q=1.000
	// C1: true C2: true
	// compromise: A2
}
