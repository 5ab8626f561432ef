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

func TestWASPASPublished(t *testing.T) {
	t.Run("Chakraborty2015Example2", func(t *testing.T) {
		// Chakraborty, Zavadskas & Antucheviciene (2015), Example 2 (see
		// chakraborty2015 in wsm_test.go), λ = 0.1 … 0.9 as tested by
		// scikit-criteria (tests/agg/test_waspas.py), printed to 4
		// decimals. The paper rounds an intermediate (as the λ = 1 case in
		// wsm_test.go shows), and exact values differ from the printed ones
		// by up to 5.8e-5, so the tolerance is one unit of the 4th decimal.
		want := map[float64][]float64{
			0.1: {0.8580, 0.8149, 0.8410, 0.9414, 0.8633, 0.8249, 0.8464, 0.8922, 0.8995, 0.8706},
			0.2: {0.8581, 0.8154, 0.8412, 0.9415, 0.8634, 0.8256, 0.8474, 0.8929, 0.9003, 0.8714},
			0.3: {0.8582, 0.8159, 0.8414, 0.9415, 0.8636, 0.8263, 0.8484, 0.8936, 0.9011, 0.8723},
			0.4: {0.8583, 0.8164, 0.8417, 0.9416, 0.8637, 0.8271, 0.8493, 0.8942, 0.9019, 0.8732},
			0.5: {0.8584, 0.8169, 0.8419, 0.9417, 0.8638, 0.8278, 0.8503, 0.8949, 0.9027, 0.8740},
			0.6: {0.8585, 0.8174, 0.8421, 0.9417, 0.8640, 0.8286, 0.8513, 0.8956, 0.9035, 0.8749},
			0.7: {0.8586, 0.8179, 0.8423, 0.9418, 0.8641, 0.8293, 0.8523, 0.8963, 0.9043, 0.8758},
			0.8: {0.8588, 0.8184, 0.8425, 0.9419, 0.8643, 0.8300, 0.8532, 0.8969, 0.9051, 0.8766},
			0.9: {0.8589, 0.8189, 0.8427, 0.9419, 0.8644, 0.8308, 0.8542, 0.8976, 0.9059, 0.8775},
		}
		m := chakraborty2015(t)
		wantRanks := []int{6, 10, 8, 1, 5, 9, 7, 3, 2, 4}
		for l, w := range want {
			s := mcda.WASPAS{Lambda: &l}
			r, err := mcda.Rank(&s, m)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(w, r.Scores, cmpopts.EquateApprox(0, 1e-4)); diff != "" {
				t.Errorf("λ = %v: scores mismatch (-want +got):\n%s", l, diff)
			}
			if diff := cmp.Diff(wantRanks, r.Ranks); diff != "" {
				t.Errorf("λ = %v: ranks mismatch (-want +got):\n%s", l, diff)
			}
		}
	})
	t.Run("PymcdmUnnormalizedWeights", func(t *testing.T) {
		// pymcdm's TestWASPAS (tests/test_methods.py), citing Chakraborty
		// et al. (2015): λ = 0.5, printed to 4 decimals (5e-5), with
		// weights summing to s = 1.0155 used as given. With normalized
		// weights w/s, their sum part is s·Q⁽¹⁾ and their product part is
		// (Q⁽²⁾)^s, so pymcdm's values are 0.5·s·Q⁽¹⁾ + 0.5·(Q⁽²⁾)^s; our own
		// scores differ in the 3rd decimal but rank the same.
		weights := []float64{0.1181, 0.1181, 0.0445, 0.1181, 0.2861, 0.2861, 0.0445}
		m := problem(t, [][]float64{
			{30, 23, 5, 0.745, 0.745, 1500, 5000},
			{18, 13, 15, 0.745, 0.745, 1300, 6000},
			{15, 12, 10, 0.500, 0.500, 950, 7000},
			{25, 20, 13, 0.745, 0.745, 1200, 4000},
			{14, 18, 14, 0.255, 0.745, 950, 3500},
			{17, 15, 9, 0.745, 0.500, 1250, 5250},
			{23, 18, 20, 0.500, 0.745, 1100, 3000},
			{16, 8, 14, 0.255, 0.500, 1500, 3000},
		}, weights, []int{1, 1, 1, 1, 1, -1, -1})
		s := 0.0
		for _, w := range weights {
			s += w
		}
		var ws mcda.WASPAS
		r, err := ws.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		got := make([]float64, len(r.Q))
		for i := range got {
			got[i] = 0.5*s*r.WSM[i] + 0.5*math.Pow(r.WPM[i], s)
		}
		want := []float64{0.8329, 0.7884, 0.6987, 0.8831, 0.7971, 0.7036, 0.8728, 0.5749}
		if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 5e-5)); diff != "" {
			t.Errorf("pymcdm-scaled scores mismatch (-want +got):\n%s", diff)
		}
		rk, err := mcda.Rank(&ws, m)
		if err != nil {
			t.Fatal(err)
		}
		wantRanks, _ := mcda.RankScores(nil, nil, want, true)
		if diff := cmp.Diff(wantRanks, rk.Ranks); diff != "" {
			t.Errorf("ranks mismatch (-want +got):\n%s", diff)
		}
	})
}

func TestWASPASEndpoints(t *testing.T) {
	// λ = 1 is WSM and λ = 0 is WPM (max normalization).
	m := chakraborty2015(t)
	for _, c := range []struct {
		lambda float64
		method mcda.Method
	}{{1, &mcda.WSM{}}, {0, &mcda.WPM{}}} {
		want, err := c.method.Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		s := mcda.WASPAS{Lambda: &c.lambda}
		got, err := s.Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got, approxTight); diff != "" {
			t.Errorf("λ = %v vs %s mismatch (-want +got):\n%s", c.lambda, c.method.Name(), diff)
		}
	}
	// The zero value is λ = 0.5.
	var def mcda.WASPAS
	r, err := def.Evaluate(m)
	if err != nil {
		t.Fatal(err)
	}
	if r.Lambda != 0.5 {
		t.Errorf("default λ = %v, want 0.5", r.Lambda)
	}
	for i := range r.Q {
		if want := (r.WSM[i] + r.WPM[i]) / 2; math.Abs(r.Q[i]-want) > 1e-15 {
			t.Errorf("Q[%d] = %v, want %v", i, r.Q[i], want)
		}
	}
}

func TestWASPASErrors(t *testing.T) {
	m := triantaphyllou(t)
	for _, l := range []float64{-0.1, 1.1, math.NaN(), math.Inf(1)} {
		s := mcda.WASPAS{Lambda: &l}
		if _, err := s.Scores(nil, m); !errors.Is(err, mcda.ErrParameter) {
			t.Errorf("λ = %v: err = %v, want ErrParameter", l, err)
		}
	}
	for _, tc := range []struct {
		name      string
		rows      [][]float64
		is        error
		alt, crit int
	}{
		{"ZeroCost", [][]float64{{1, 2}, {3, 0}}, mcda.ErrNotPositive, 1, 1},
		{"NegativeBenefit", [][]float64{{1, 2}, {-3, 1}}, mcda.ErrNegative, 1, 0},
		{"ZeroBenefitColumn", [][]float64{{0, 2}, {0, 1}}, mcda.ErrNotPositive, 0, 0},
	} {
		for _, l := range []float64{0, 0.5, 0.99} {
			s := mcda.WASPAS{Lambda: &l}
			_, err := s.Scores(nil, problem(t, tc.rows, []float64{1, 1}, []int{1, -1}))
			var ve *mcda.ValueError
			if !errors.Is(err, tc.is) || !errors.As(err, &ve) || ve.Alternative != tc.alt || ve.Criterion != tc.crit {
				t.Errorf("%s, λ = %v: err = %v, want a *ValueError at (%d, %d) wrapping %v", tc.name, l, err, tc.alt, tc.crit, tc.is)
			}
		}
	}
}

// Issue 13: WASPAS with λ < 1 rejected a zero in a benefit column,
// although 0^w = 0 is well defined. On the issue's problem (C1 benefit
// 0, 7, 4; C2 cost 5, 2, 1; weights 0.5, 0.5) the max normalization gives
// C1 0, 1, 4/7 and C2 1/5, 1/2, 1, so by hand WSM = 0.1, 0.75, 11/14 and
// WPM = 0, √0.5, √(4/7); Q is their mean for λ = 0.5.
func TestWASPASZeroBenefit(t *testing.T) {
	m := problem(t, [][]float64{{0, 5}, {7, 2}, {4, 1}}, []float64{0.5, 0.5}, []int{1, -1})
	var s mcda.WASPAS
	r, err := s.Evaluate(m)
	if err != nil {
		t.Fatal(err)
	}
	wsm := []float64{0.1, 0.75, 11.0 / 14}
	wpm := []float64{0, math.Sqrt(0.5), math.Sqrt(4.0 / 7)}
	q := make([]float64, 3)
	for i := range q {
		q[i] = (wsm[i] + wpm[i]) / 2
	}
	for _, c := range []struct {
		name      string
		want, got []float64
	}{{"WSM", wsm, r.WSM}, {"WPM", wpm, r.WPM}, {"Q", q, r.Q}} {
		if diff := cmp.Diff(c.want, c.got, approxTight); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
	got, err := s.Scores(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(q, got, approxTight); diff != "" {
		t.Errorf("Scores (-want +got):\n%s", diff)
	}
	// A zero in a criterion of weight 0 is the factor 0⁰ = 1.
	m0 := problem(t, [][]float64{{0, 5}, {7, 2}, {4, 1}}, []float64{0, 1}, []int{1, -1})
	r0, err := s.Evaluate(m0)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]float64{0.2, 0.5, 1}, r0.WPM, approxTight); diff != "" {
		t.Errorf("WPM with the zero's criterion of weight 0 (-want +got):\n%s", diff)
	}
	// The reused workspace gives the scores of a problem without zeros
	// unchanged afterwards.
	pos := problem(t, [][]float64{{1, 5}, {7, 2}, {4, 1}}, []float64{0.5, 0.5}, []int{1, -1})
	fresh, _ := (&mcda.WASPAS{}).Scores(nil, pos)
	again, _ := s.Scores(nil, pos)
	if diff := cmp.Diff(fresh, again); diff != "" {
		t.Errorf("scores after a problem with zeros (-fresh +reused):\n%s", diff)
	}
}

func TestWASPASZeroAllocAndPanics(t *testing.T) {
	m := chakraborty2015(t)
	for _, l := range []float64{0, 0.3, 1} {
		t.Run(fmt.Sprint("lambda=", l), func(t *testing.T) { wantZeroAllocs(t, &mcda.WASPAS{Lambda: &l}, m) })
	}
}

func TestWASPASProperties(t *testing.T) {
	newWASPAS := func() mcda.Method { return &mcda.WASPAS{} }
	t.Run("ScoresFinite", rapid.MakeCheck(zavadskasFinite(newWASPAS)))
	t.Run("DominatedNeverAbove", rapid.MakeCheck(zavadskasDominated(newWASPAS)))
	t.Run("ColumnScaleInvariance", rapid.MakeCheck(zavadskasColumnScale(newWASPAS)))
	t.Run("BlendBetweenWPMAndWSM", rapid.MakeCheck(propWASPASBlend))
}

// Property: for every λ in [0, 1], Q_i = λ·WSM_i + (1 − λ)·WPM_i lies in
// (0, 1] and between WPM_i and WSM_i (WPM_i <= WSM_i by the weighted
// AM-GM inequality).
func propWASPASBlend(t *rapid.T) {
	rows, w, types := genProblem(t)
	l := rapid.Float64Range(0, 1).Draw(t, "lambda")
	s := mcda.WASPAS{Lambda: &l}
	r, err := s.Evaluate(problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	const eps = 1e-14
	for i, q := range r.Q {
		if !(q > 0 && q <= 1+eps) {
			t.Fatalf("Q[%d] = %v, want in (0, 1]", i, q)
		}
		if !(r.WPM[i] <= r.WSM[i]+eps && r.WPM[i]-eps <= q && q <= r.WSM[i]+eps) {
			t.Fatalf("alternative %d: WPM %v, Q %v, WSM %v not in order", i, r.WPM[i], q, r.WSM[i])
		}
	}
}

func BenchmarkWASPAS(b *testing.B) { benchScores(b, &mcda.WASPAS{}) }

func ExampleWASPAS() {
	m, err := mcda.NewDecisionMatrix(
		[]string{"A", "B", "C"},
		[]mcda.Criterion{
			{Name: "speed", Objective: mcda.ObjectiveBenefit, Weight: 0.6},
			{Name: "price", Objective: mcda.ObjectiveCost, Weight: 0.4},
		},
		[][]float64{{10, 200}, {14, 300}, {6, 120}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range []float64{0, 0.5, 1} {
		s := mcda.WASPAS{Lambda: &l}
		q, err := s.Scores(nil, m)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("λ=%.1f %.4f\n", l, q)
	}
	// Output:
	// λ=0.0 [0.6662 0.6931 0.6015]
	// λ=0.5 [0.6674 0.7266 0.6293]
	// λ=1.0 [0.6686 0.7600 0.6571]
}
