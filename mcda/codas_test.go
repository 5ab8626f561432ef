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

// codasRobot is the industrial robot selection problem of Keshavarz
// Ghorabaee et al. (2016, Table 2), adapted from Chakraborty & Zavadskas
// (2014), also used by Yazdani et al. (2019) for CoCoSo: load capacity,
// repeatability (cost), tip speed, memory capacity and manipulator reach.
func codasRobot(t tHelper) *mcda.DecisionMatrix {
	return problem(t, [][]float64{
		{60, 0.4, 2540, 500, 990},
		{6.35, 0.15, 1016, 3000, 1041},
		{6.8, 0.10, 1727.2, 1500, 1676},
		{10, 0.2, 1000, 2000, 965},
		{2.5, 0.1, 560, 500, 915},
		{4.5, 0.08, 1016, 350, 508},
		{3, 0.1, 1778, 1000, 920},
	}, []float64{0.036, 0.192, 0.326, 0.326, 0.120}, []int{1, -1, 1, 1, 1})
}

func TestCODASPublished(t *testing.T) {
	tests := []struct {
		name    string
		rows    [][]float64
		weights []float64
		types   []int
		want    []float64
		tol     float64
	}{
		{
			// Keshavarz Ghorabaee et al. (2016), first example (robot
			// selection), H printed to 4 decimals (5e-5), as tested by
			// scikit-criteria (tests/agg/test_codas.py,
			// test_codas_chakraborty_zavadaskas2014) and JMcDM.
			name: "Keshavarz2016Robot",
			want: []float64{0.5122, 1.4633, 1.0715, -0.2125, -1.8515, -1.1717, 0.1887},
			tol:  5e-5,
		},
		{
			// Keshavarz Ghorabaee et al. (2016), second example (office
			// microclimate, adapted from Zavadskas & Turskis 2010), H
			// printed to 3 decimals (5e-4), as tested by scikit-criteria
			// (test_codas_zavadaskas_turskis2010).
			name: "Keshavarz2016Microclimate",
			rows: [][]float64{
				{7.6, 46, 18, 390, 0.1, 11},
				{5.5, 32, 21, 360, 0.05, 11},
				{5.3, 32, 21, 290, 0.05, 11},
				{5.7, 37, 19, 270, 0.05, 9},
				{4.2, 38, 19, 240, 0.1, 8},
				{4.4, 38, 19, 260, 0.1, 8},
				{3.9, 42, 16, 270, 0.1, 5},
				{7.9, 44, 20, 400, 0.05, 6},
				{8.1, 44, 20, 380, 0.05, 6},
				{4.5, 46, 18, 320, 0.1, 7},
				{5.7, 48, 20, 320, 0.05, 11},
				{5.2, 48, 20, 310, 0.05, 11},
				{7.1, 49, 19, 280, 0.1, 12},
				{6.9, 50, 16, 250, 0.05, 10},
			},
			weights: []float64{0.21, 0.16, 0.26, 0.17, 0.12, 0.08},
			types:   []int{1, 1, 1, 1, -1, -1},
			want:    []float64{0.768, 0.363, -0.105, -0.329, -2.384, -2.207, -2.043, 2.929, 2.890, -1.282, 0.568, 0.313, 0.157, 0.364},
			tol:     5e-4,
		},
		{
			// Badi, Abdulshahed & Shetwan (2018), "A case study of supplier
			// selection for a steelmaking company in Libya by using the
			// CODAS model", Decision Making: Applications in Management and
			// Engineering 1(1):1-12; 4 decimals (5e-5), as tested by
			// pyrepo-mcda (tests/test_mcda_methods.py, test_codas) and
			// scikit-criteria (test_codas_LISCO).
			name: "Badi2018Steel",
			rows: [][]float64{
				{45, 3600, 45, 0.9},
				{25, 3800, 60, 0.8},
				{23, 3100, 35, 0.9},
				{14, 3400, 50, 0.7},
				{15, 3300, 40, 0.8},
				{28, 3000, 30, 0.6},
			},
			weights: []float64{0.2857, 0.3036, 0.2321, 0.1786},
			types:   []int{1, -1, 1, 1},
			want:    []float64{1.3914, 0.3411, -0.2170, -0.5381, -0.7292, -0.2481},
			tol:     5e-5,
		},
		{
			// Badi, Ballem & Shetwan (2018), "Site selection of desalination
			// plant in Libya by using CODAS method", International Journal
			// for Quality Research 12(3):609; 4 decimals (5e-5), as tested
			// by pyrepo-mcda (test_codas2).
			name:    "Badi2018Desalination",
			rows:    [][]float64{{8, 8, 10, 9, 5}, {8, 9, 9, 9, 8}, {9, 9, 7, 8, 6}, {8, 8, 7, 8, 9}, {9, 8, 7, 7, 4}},
			weights: []float64{0.19, 0.26, 0.24, 0.17, 0.14},
			types:   []int{-1, 1, 1, 1, -1},
			want:    []float64{0.4463, 0.1658, -0.2544, -0.4618, 0.1041},
			tol:     5e-5,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := codasRobot(t)
			if tc.rows != nil {
				m = problem(t, tc.rows, tc.weights, tc.types)
			}
			var c mcda.CODAS
			got, err := c.Scores(nil, m)
			if err != nil {
				t.Fatal(err)
			}
			wantScores(t, tc.want, got, cmpopts.EquateApprox(0, tc.tol))
		})
	}
}

// codasNaive is the O(m²) definition of H, from Evaluate's distances.
func codasNaive(r *mcda.CODASResult, tau float64) []float64 {
	h := make([]float64, len(r.Euclidean))
	for i := range h {
		for k := range h {
			d := r.Euclidean[i] - r.Euclidean[k]
			h[i] += d
			if math.Abs(d) >= tau {
				h[i] += r.Taxicab[i] - r.Taxicab[k]
			}
		}
	}
	return h
}

func TestCODASMatchesDefinition(t *testing.T) {
	// The sorted O(m log m) evaluation gives the O(m²) sum, for every τ.
	for _, tau := range []float64{0.01, 0.02, 0.035, 0.05} {
		c := mcda.CODAS{Tau: tau}
		r, err := c.Evaluate(codasRobot(t))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(codasNaive(r, tau), r.Score, cmpopts.EquateApprox(1e-12, 1e-12)); diff != "" {
			t.Errorf("tau %v: scores differ from the definition (-naive +got):\n%s", tau, diff)
		}
	}
}

func TestCODASSpecialCases(t *testing.T) {
	t.Run("IdenticalAlternatives", func(t *testing.T) {
		got := scoresOf(t, &mcda.CODAS{}, [][]float64{{0.1, 7}, {0.1, 7}, {0.1, 7}}, []float64{1, 1}, []int{1, -1})
		wantScores(t, []float64{0, 0, 0}, got)
	})
	t.Run("OneAlternative", func(t *testing.T) {
		wantScores(t, []float64{0}, scoresOf(t, &mcda.CODAS{}, [][]float64{{3, 4}}, []float64{1, 1}, []int{1, -1}))
	})
	t.Run("OneCriterion", func(t *testing.T) {
		// r = (0.25, 0.5, 1), ns = 0.25: E = T = (0, 0.25, 0.75);
		// H_1 = −0.25 − 0.75 − 0.25 − 0.75 = −2, H_2 = 0.25 − 0.5 + 0.25 − 0.5
		// = −0.5, H_3 = 2.5.
		got := scoresOf(t, &mcda.CODAS{}, [][]float64{{1}, {2}, {4}}, []float64{1}, []int{1})
		wantScores(t, []float64{-2, -0.5, 2.5}, got, approxTight)
	})
	t.Run("ConstantAndZeroColumnsIgnored", func(t *testing.T) {
		want := scoresOf(t, &mcda.CODAS{}, [][]float64{{1}, {2}, {4}}, []float64{1}, []int{1})
		// The extra columns take weight, so the distances shrink by 1/3.
		got := scoresOf(t, &mcda.CODAS{}, [][]float64{{1, 0, 5}, {2, 0, 5}, {4, 0, 5}}, []float64{1, 1, 1}, []int{1, 1, -1})
		for i := range got {
			got[i] *= 3
		}
		wantScores(t, want, got, approxTight)
	})
}

// TestCODASDominanceCounterexample shows that CODAS can rank a dominated
// alternative above its dominator, for every τ in the paper's range. In
// the τ = 0.02 case A1 = (7, 3, 4) dominates A2 = (7, 3, 3), yet H_1 < H_2.
// A1's Euclidean lead over A2 is small, and A3 lies at Euclidean distance
// >= τ from A1 but < τ from A2, so only A1's score pays the taxicab
// difference T_1 − T_3 < 0. (Found by a random search and checked with a
// scratch implementation of the paper's formulas.) The τ = 0.01 and 0.05
// cases, found by the same search over benefit matrices in which A1
// dominates A2, fail the same way.
func TestCODASDominanceCounterexample(t *testing.T) {
	tests := []struct {
		name string
		tau  float64
		rows [][]float64 // A1 dominates A2; all benefit
		w    []float64
		want []float64 // nil: check the order only
	}{
		{"tau=0.02", 0.02, [][]float64{{7, 3, 4}, {7, 3, 3}, {5, 2, 8}}, []float64{5, 5, 4},
			[]float64{-0.013744425464093935, 0.016724537322852034, -0.0029801118587581}},
		{"tau=0.01", 0.01, [][]float64{{2, 2, 3}, {1, 2, 3}, {6, 3, 2}}, []float64{1, 4, 5}, nil},
		{"tau=0.05", 0.05, [][]float64{{8, 9, 5}, {8, 8, 5}, {2, 2, 7}, {9, 7, 4}}, []float64{1, 1, 3}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			types := make([]int, len(tc.w))
			for j := range types {
				types[j] = 1
				if tc.rows[0][j] < tc.rows[1][j] {
					t.Fatalf("A1 does not dominate A2 on criterion %d", j)
				}
			}
			c := mcda.CODAS{Tau: tc.tau}
			h, err := c.Scores(nil, problem(t, tc.rows, tc.w, types))
			if err != nil {
				t.Fatal(err)
			}
			if tc.want != nil {
				wantScores(t, tc.want, h, approxInvariant)
			}
			if !(h[1]-h[0] > 1e-3) {
				t.Errorf("H = %v: expected the dominated A2 to score clearly above A1", h)
			}
		})
	}
}

func TestCODASErrors(t *testing.T) {
	tests := []struct {
		name  string
		c     mcda.CODAS
		rows  [][]float64
		cause error
		alt   int // -1: no *ValueError expected
		crit  int
	}{
		{"TauTooSmall", mcda.CODAS{Tau: 0.005}, [][]float64{{1, 1}, {2, 2}}, mcda.ErrParameter, -1, 0},
		{"TauTooLarge", mcda.CODAS{Tau: 0.06}, [][]float64{{1, 1}, {2, 2}}, mcda.ErrParameter, -1, 0},
		{"TauNaN", mcda.CODAS{Tau: math.NaN()}, [][]float64{{1, 1}, {2, 2}}, mcda.ErrParameter, -1, 0},
		{"NegativeBenefit", mcda.CODAS{}, [][]float64{{1, 1}, {-2, 2}}, mcda.ErrNegative, 1, 0},
		{"ZeroCost", mcda.CODAS{}, [][]float64{{1, 0}, {2, 2}}, mcda.ErrNotPositive, 0, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := tc.c.Scores(nil, problem(t, tc.rows, []float64{1, 1}, []int{1, -1}))
			wantValueError(t, err, tc.cause, tc.alt, tc.crit)
		})
	}
}

func TestCODASZeroAllocAndPanics(t *testing.T) { wantZeroAllocs(t, &mcda.CODAS{}, codasRobot(t)) }

func TestCODASProperties(t *testing.T) {
	newCODAS := func() mcda.Method { return &mcda.CODAS{} }
	t.Run("ScoresFinite", rapid.MakeCheck(codasFinite(newCODAS)))
	t.Run("ColumnScaleInvariance", rapid.MakeCheck(codasScale(newCODAS, false)))
	t.Run("ScoresSumToZero", rapid.MakeCheck(propCODASSumZero))
	t.Run("MatchesDefinition", rapid.MakeCheck(propCODASDefinition))
}

// Property: Σ_i H_i = 0, since h_ik = −h_ki.
func propCODASSumZero(t *rapid.T) {
	rows, w, types := genProblem(t)
	var c mcda.CODAS
	h, err := c.Scores(nil, problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	sum, abs := 0.0, 0.0
	for _, v := range h {
		sum += v
		abs += math.Abs(v)
	}
	if math.Abs(sum) > 1e-12*(1+abs) {
		t.Fatalf("Σ H = %v for H = %v", sum, h)
	}
}

// Property: the scores equal the O(m²) definition of the relative
// assessment matrix, for every τ in [0.01, 0.05], including problems with
// tied distances (values drawn from a few integers).
func propCODASDefinition(t *rapid.T) {
	m := rapid.IntRange(1, 8).Draw(t, "alternatives")
	n := rapid.IntRange(1, 4).Draw(t, "criteria")
	rows := make([][]float64, m)
	for i := range rows {
		rows[i] = rapid.SliceOfN(rapid.SampledFrom([]float64{1, 2, 3, 5, 8}), n, n).Draw(t, "row")
	}
	w := rapid.SliceOfN(rapid.Float64Range(0.01, 1), n, n).Draw(t, "weights")
	types := rapid.SliceOfN(rapid.SampledFrom([]int{1, -1}), n, n).Draw(t, "types")
	tau := rapid.Float64Range(0.01, 0.05).Draw(t, "tau")
	c := mcda.CODAS{Tau: tau}
	r, err := c.Evaluate(problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(codasNaive(r, tau), r.Score, cmpopts.EquateApprox(1e-9, 1e-12)); diff != "" {
		t.Fatalf("scores differ from the definition (-naive +got):\n%s", diff)
	}
}

// codasFinite returns the property: scores are finite for valid data,
// including values spanning many orders of magnitude; a typed error is
// acceptable, NaN and ±Inf are not.
func codasFinite(newMethod func() mcda.Method) func(*rapid.T) {
	return func(t *rapid.T) {
		m := rapid.IntRange(1, 6).Draw(t, "alternatives")
		n := rapid.IntRange(1, 4).Draw(t, "criteria")
		rows := make([][]float64, m)
		for i := range rows {
			rows[i] = make([]float64, n)
			for j := range rows[i] {
				rows[i][j] = rapid.Float64Range(0, 1).Draw(t, "mantissa") * math.Pow(10, float64(rapid.IntRange(-300, 300).Draw(t, "exponent")))
			}
		}
		w := rapid.SliceOfN(rapid.Float64Range(0.01, 1), n, n).Draw(t, "weights")
		types := rapid.SliceOfN(rapid.SampledFrom([]int{1, -1}), n, n).Draw(t, "types")
		s, err := newMethod().Scores(nil, problem(t, rows, w, types))
		if err != nil {
			return
		}
		for i, v := range s {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("score[%d] = %v", i, v)
			}
		}
	}
}

// codasScale returns the property: multiplying one column by k > 0 (and,
// when shift is set, adding a constant to it) leaves the scores unchanged.
// Both problems may be undefined ([mcda.ErrUndefined]) alike.
func codasScale(newMethod func() mcda.Method, shift bool) func(*rapid.T) {
	return func(t *rapid.T) {
		rows, w, types := genProblem(t)
		j := rapid.IntRange(0, len(w)-1).Draw(t, "column")
		var f float64
		if _, ok := newMethod().(*mcda.CODAS); ok {
			// CODAS's ψ is a step at τ: a difference of distances at
			// exactly τ (r = 0.01, 0.03 for values 1, 3 and 100) is
			// decided either way by the rounding of x·f/(max·f). Powers
			// of two scale exactly and leave the normalized values alone.
			f = math.Ldexp(1, rapid.IntRange(-20, 20).Draw(t, "log2 factor"))
		} else {
			f = rapid.Float64Range(1e-3, 1e3).Draw(t, "factor")
		}
		c := 0.0
		if shift {
			c = rapid.Float64Range(-100, 100).Draw(t, "shift")
		}
		before, err1 := newMethod().Scores(nil, problem(t, rows, w, types))
		for _, r := range rows {
			r[j] = r[j]*f + c
		}
		after, err2 := newMethod().Scores(nil, problem(t, rows, w, types))
		if errors.Is(err1, mcda.ErrUndefined) && errors.Is(err2, mcda.ErrUndefined) {
			t.Skip("scores undefined")
		}
		if err1 != nil || err2 != nil {
			t.Fatalf("errors: %v, then %v", err1, err2)
		}
		if diff := cmp.Diff(before, after, approxInvariant); diff != "" {
			t.Fatalf("scores changed after mapping column %d by x·%v + %v (-before +after):\n%s", j, f, c, diff)
		}
	}
}

// codasDominated returns the property: an alternative at least as good as
// another on every criterion, and better on one, never ranks below it.
func codasDominated(newMethod func() mcda.Method) func(*rapid.T) {
	return func(t *rapid.T) {
		rows, w, types := genProblem(t)
		if len(rows) < 2 {
			t.Skip("one alternative")
		}
		a := rapid.IntRange(0, len(rows)-1).Draw(t, "dominator")
		b := rapid.IntRange(0, len(rows)-1).Filter(func(b int) bool { return b != a }).Draw(t, "dominated")
		makeDominator(t, rows, w, types, a, b)
		method := newMethod()
		r, err := mcda.Rank(method, problem(t, rows, w, types))
		if errors.Is(err, mcda.ErrUndefined) {
			t.Skip("scores undefined")
		}
		if err != nil {
			t.Fatal(err)
		}
		if r.Ranks[a] > r.Ranks[b] {
			t.Fatalf("%s: dominator %d ranks %d, below dominated %d at %d; scores %v", method.Name(), a, r.Ranks[a], b, r.Ranks[b], r.Scores)
		}
	}
}

func BenchmarkCODAS(b *testing.B) { benchScores(b, &mcda.CODAS{}) }

func ExampleCODAS() {
	// yield (a benefit, weight 2) and cost (weight 1): A (10, 5), B (12, 8), C (8, 2).
	m := yieldCost()
	var c mcda.CODAS
	r, err := mcda.Rank(&c, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, i := range r.Order {
		fmt.Printf("%s %.4f\n", r.Alternatives[i], r.Scores[i])
	}
	// Output:
	// C 0.2726
	// B 0.1059
	// A -0.3785
}
