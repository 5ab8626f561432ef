package mcda_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// mooraKracka2010 is the heating-loss problem of Kracka, Brauers & Zavadskas
// (2010), "Ranking heating losses in a building by applying the
// MULTIMOORA", Inzinerine Ekonomika-Engineering Economics 21(4):352-359, as
// tested by scikit-criteria (tests/agg/test_moora.py) with equal weights 1.
// Our weights are normalized to 1/7, so weighted sums and distances are
// 1/7 of scikit-criteria's.
func mooraKracka2010(t tHelper) *mcda.DecisionMatrix {
	return problem(t, [][]float64{
		{33.95, 23.78, 11.45, 39.97, 29.44, 167.10, 3.852},
		{38.9, 4.17, 6.32, 0.01, 4.29, 132.52, 25.184},
		{37.59, 9.36, 8.23, 4.35, 10.22, 136.71, 10.845},
		{30.44, 37.59, 13.91, 74.08, 45.10, 198.34, 2.186},
		{36.21, 14.79, 9.17, 17.77, 17.06, 148.3, 6.610},
		{37.8, 8.55, 7.97, 2.35, 9.25, 134.83, 11.935},
	}, zavadskasOnes(7), []int{-1, -1, -1, -1, 1, -1, 1})
}

// mooraKarabasevic2015 is the candidate-selection problem of Karabasevic,
// Stanujkic, Urosevic & Maksimovic (2015), "Selection of candidates in the
// mining industry based on the application of the SWARA and the MULTIMOORA
// methods", Acta Montanistica Slovaca 20(2):116-124, as tested by
// pyrepo-mcda (tests/test_mcda_methods.py, Test_MULTIMOORA). Its SWARA
// weights sum to 0.999 and are used as given there, so the published ratio
// system and reference point values, which are linear in the weights, are
// 0.999 times ours.
func mooraKarabasevic2015(t tHelper) *mcda.DecisionMatrix {
	return problem(t, [][]float64{
		{4, 3, 3, 4, 3, 2, 4},
		{3, 3, 4, 3, 5, 4, 4},
		{5, 4, 4, 5, 5, 5, 4},
	}, []float64{0.215, 0.215, 0.159, 0.133, 0.102, 0.102, 0.073}, []int{1, 1, 1, 1, 1, 1, 1})
}

const mooraKarabasevicWeightSum = 0.999

func zavadskasScaled(s []float64, k float64) []float64 {
	out := make([]float64, len(s))
	for i, v := range s {
		out[i] = v * k
	}
	return out
}

func TestMOORAPublished(t *testing.T) {
	t.Run("Kracka2010", func(t *testing.T) {
		// scikit-criteria's RatioMOORA scores, printed to 8 decimals
		// (5e-9), times 1/7.
		want := []float64{-1.62447867, -0.25233889, -0.84635037, -2.23363519, -1.18698242, -0.77456208}
		var r mcda.MOORA
		got, err := r.Scores(nil, mooraKracka2010(t))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, zavadskasScaled(got, 7), cmpopts.EquateApprox(0, 5e-9)); diff != "" {
			t.Errorf("scores ×7 mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("Karabasevic2015", func(t *testing.T) {
		// Printed to 3 decimals (5e-4).
		var r mcda.MOORA
		got, err := r.Scores(nil, mooraKarabasevic2015(t))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]float64{0.494, 0.527, 0.677}, zavadskasScaled(got, mooraKarabasevicWeightSum), cmpopts.EquateApprox(0, 5e-4)); diff != "" {
			t.Errorf("scores ×0.999 mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("Siregar2021", func(t *testing.T) {
		// Siregar, Tampubolon, Parapat, Malau & Hutagalung (2021),
		// "Decision support system for selection technique using MOORA
		// method", IOP Conference Series: Materials Science and
		// Engineering 1088:012022; 4 decimals (5e-5), as tested by pymcdm
		// (tests/test_methods.py, TestMOORA).
		m := problem(t, [][]float64{
			{1.5, 3, 5, 3.3},
			{2, 7, 5, 3.35},
			{3, 1, 5, 3.07},
			{2.2, 4, 5, 3.5},
			{2, 5, 3, 3.09},
			{3.2, 2, 3, 3.48},
			{2.775, 3, 5, 3.27},
		}, []float64{0.3, 0.2, 0.1, 0.4}, []int{-1, 1, 1, 1})
		var r mcda.MOORA
		got, err := r.Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		want := []float64{0.1801, 0.2345, 0.0625, 0.1757, 0.1683, 0.0742, 0.1197}
		wantScores(t, want, got, cmpopts.EquateApprox(0, 5e-5))
	})
}

func TestMOORARefPointPublished(t *testing.T) {
	t.Run("Kracka2010", func(t *testing.T) {
		// scikit-criteria's ReferencePointMOORA scores and reference
		// point, printed to 8 decimals (5e-9), times 1/7.
		var mm mcda.MULTIMOORA
		r, err := mm.Evaluate(mooraKracka2010(t))
		if err != nil {
			t.Fatal(err)
		}
		want := []float64{0.68934931, 0.69986697, 0.59817104, 0.85955696, 0.6002238, 0.61480595}
		if diff := cmp.Diff(want, zavadskasScaled(r.ReferencePoint, 7), cmpopts.EquateApprox(0, 5e-9)); diff != "" {
			t.Errorf("distances ×7 mismatch (-want +got):\n%s", diff)
		}
		point := []float64{0.34587742, 0.08556044, 0.26245184, 0.00011605, 0.77343790, 0.34960423, 0.81382773}
		if diff := cmp.Diff(point, zavadskasScaled(r.Point, 7), cmpopts.EquateApprox(0, 5e-9)); diff != "" {
			t.Errorf("reference point ×7 mismatch (-want +got):\n%s", diff)
		}
		var rp mcda.MOORARefPoint
		got, err := rp.Scores(nil, mooraKracka2010(t))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(r.ReferencePoint, got, approxTight); diff != "" {
			t.Errorf("MOORARefPoint and MULTIMOORA disagree (-want +got):\n%s", diff)
		}
	})
	t.Run("Karabasevic2015", func(t *testing.T) {
		// 3 decimals (5e-4).
		var rp mcda.MOORARefPoint
		got, err := rp.Scores(nil, mooraKarabasevic2015(t))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]float64{0.046, 0.061, 0}, zavadskasScaled(got, mooraKarabasevicWeightSum), cmpopts.EquateApprox(0, 5e-4)); diff != "" {
			t.Errorf("distances ×0.999 mismatch (-want +got):\n%s", diff)
		}
	})
}

func TestMOORAFMFPublished(t *testing.T) {
	t.Run("Kracka2010Unweighted", func(t *testing.T) {
		// scikit-criteria's FullMultiplicativeForm (unweighted), whose test
		// quotes U = 3.4343, 148689.356, 120.3441, 0.7882, 16.2917,
		// 252.9155. These are truncated, not rounded (exact: 16.291757,
		// 252.915568), so U − quoted must lie in [0, one unit of the last
		// printed digit).
		f := mcda.MOORAFMF{Unweighted: true}
		got, err := f.Scores(nil, mooraKracka2010(t))
		if err != nil {
			t.Fatal(err)
		}
		want := []float64{3.4343, 148689.356, 120.3441, 0.7882, 16.2917, 252.9155}
		unit := []float64{1e-4, 1e-3, 1e-4, 1e-4, 1e-4, 1e-4}
		for i := range want {
			if d := got[i] - want[i]; !(d >= -1e-12 && d < unit[i]) {
				t.Errorf("U[%d] = %v, want %v truncated to its last digit", i, got[i], want[i])
			}
		}
	})
	t.Run("Karabasevic2015Ratios", func(t *testing.T) {
		// pyrepo-mcda quotes U = 3.876e-09, 9.689e-09, 4.486e-08, the
		// products Π_j w_j·x*_ij. They are the unweighted U_i times a
		// constant, but its assertion rounds to 9 decimals (4e-09, 1e-08,
		// 4.5e-08) and the quoted values are 0.67% above exact products,
		// so only the constant-free ratios U_2/U_1 and U_3/U_1 are checked,
		// each against the interval its 4 printed digits allow.
		f := mcda.MOORAFMF{Unweighted: true}
		u, err := f.Scores(nil, mooraKarabasevic2015(t))
		if err != nil {
			t.Fatal(err)
		}
		const h = 0.0005 // half a unit of the last printed digit
		for _, c := range []struct {
			k        int
			num, den float64
		}{{1, 9.689, 3.876}, {2, 44.86, 3.876}} {
			numH := h
			if c.k == 2 {
				numH = 0.005
			}
			lo, hi := (c.num-numH)/(c.den+h), (c.num+numH)/(c.den-h)
			if got := u[c.k] / u[0]; got < lo || got > hi {
				t.Errorf("U_%d/U_1 = %v, want in [%v, %v]", c.k+1, got, lo, hi)
			}
		}
	})
}

func TestMULTIMOORAPublished(t *testing.T) {
	t.Run("Kracka2010", func(t *testing.T) {
		// scikit-criteria's MultiMOORA: rank matrix and dominance counts
		// (exact integers), final ranks 5, 1, 3, 6, 4, 2.
		m := mooraKracka2010(t)
		mm := mcda.MULTIMOORA{Unweighted: true}
		r, err := mm.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		wantRanks := [3][]int{{5, 1, 3, 6, 4, 2}, {4, 5, 1, 6, 2, 3}, {5, 1, 3, 6, 4, 2}}
		if diff := cmp.Diff(wantRanks, r.Ranks); diff != "" {
			t.Errorf("system ranks mismatch (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([]float64{1, 5, 3, 0, 2, 4}, r.Dominance); diff != "" {
			t.Errorf("dominance mismatch (-want +got):\n%s", diff)
		}
		rk, err := mcda.Rank(&mm, m)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]int{5, 1, 3, 6, 4, 2}, rk.Ranks); diff != "" {
			t.Errorf("ranks mismatch (-want +got):\n%s", diff)
		}
		// With equal weights as exponents, U_i is the 7th root of the
		// unweighted U_i: the same ranks.
		var weighted mcda.MULTIMOORA
		rk, err = mcda.Rank(&weighted, m)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]int{5, 1, 3, 6, 4, 2}, rk.Ranks); diff != "" {
			t.Errorf("exponent-weighted ranks mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("Karabasevic2015", func(t *testing.T) {
		// pyrepo-mcda's MULTIMOORA ranking 3, 2, 1 (dominance-directed
		// graph; the majority count agrees on this problem).
		var mm mcda.MULTIMOORA
		rk, err := mcda.Rank(&mm, mooraKarabasevic2015(t))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]int{3, 2, 1}, rk.Ranks); diff != "" {
			t.Errorf("ranks mismatch (-want +got):\n%s", diff)
		}
	})
}

func TestMOORASpecialCases(t *testing.T) {
	t.Run("ZeroColumn", func(t *testing.T) {
		// A zero column contributes w/√m to every y and distance 0.
		m := problem(t, [][]float64{{3, 0}, {4, 0}}, []float64{1, 1}, []int{1, 1})
		var r mcda.MOORA
		y, err := r.Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		c := 0.5 / math.Sqrt(2)
		if diff := cmp.Diff([]float64{0.5*0.6 + c, 0.5*0.8 + c}, y, approxTight); diff != "" {
			t.Errorf("ratio system mismatch (-want +got):\n%s", diff)
		}
		var rp mcda.MOORARefPoint
		d, err := rp.Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]float64{0.5 * 0.2, 0}, d, approxTight); diff != "" {
			t.Errorf("reference point mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("NegativeValues", func(t *testing.T) {
		// The ratio system and reference point take any finite values.
		m := problem(t, [][]float64{{-3, 1}, {4, -2}}, []float64{1, 1}, []int{1, -1})
		for _, method := range []mcda.Method{&mcda.MOORA{}, &mcda.MOORARefPoint{}} {
			if _, err := method.Scores(nil, m); err != nil {
				t.Errorf("%s: err = %v, want nil", method.Name(), err)
			}
		}
	})
	t.Run("RoundedZero", func(t *testing.T) {
		// Every column has norm √5 and the weights are 0.1, 0.2 and 0.3
		// (a cost): y_i = v·(0.1 + 0.2 − 0.3)/(0.6·√5) = 0 for both
		// rows, but 0.1 + 0.2 − 0.3 rounds to 5.6e-17, which made y
		// 2.8e-17 and 5.6e-17 and ranked them apart.
		m := problem(t, [][]float64{{1, 1, 1}, {2, 2, 2}}, []float64{0.1, 0.2, 0.3}, []int{1, 1, -1})
		r, err := mcda.Rank(&mcda.MOORA{}, m)
		if err != nil {
			t.Fatal(err)
		}
		wantScores(t, []float64{0, 0}, r.Scores)
		if r.Ranks[0] != 1 || r.Ranks[1] != 1 {
			t.Errorf("ranks %v, want a tie", r.Ranks)
		}
	})
	t.Run("MULTIMOORATie", func(t *testing.T) {
		// Identical alternatives dominate nobody: all counts are 0.
		got := scoresOf(t, &mcda.MULTIMOORA{}, [][]float64{{3, 4}, {3, 4}}, []float64{1, 1}, []int{1, -1})
		wantScores(t, []float64{0, 0}, got)
	})
}

func TestMOORAErrors(t *testing.T) {
	for _, method := range []mcda.Method{&mcda.MOORAFMF{}, &mcda.MOORAFMF{Unweighted: true}, &mcda.MULTIMOORA{}} {
		for _, v := range []float64{0, -1} {
			m := problem(t, [][]float64{{1, 2}, {3, v}}, []float64{1, 1}, []int{1, -1})
			_, err := method.Scores(nil, m)
			var ve *mcda.ValueError
			if !errors.Is(err, mcda.ErrNotPositive) || !errors.As(err, &ve) || ve.Alternative != 1 || ve.Criterion != 1 || ve.Value != v {
				t.Errorf("%s with value %v: err = %v, want a *ValueError at (1, 1) wrapping ErrNotPositive", method.Name(), v, err)
			}
		}
	}
}

func TestMOORAZeroAllocAndPanics(t *testing.T) {
	m := coprasGoswami2020(t)
	for _, method := range []mcda.Method{&mcda.MOORA{}, &mcda.MOORARefPoint{}, &mcda.MOORAFMF{}, &mcda.MULTIMOORA{}} {
		wantZeroAllocs(t, method, m)
	}
}

func TestMOORAProperties(t *testing.T) {
	for _, newMethod := range []func() mcda.Method{
		func() mcda.Method { return &mcda.MOORA{} },
		func() mcda.Method { return &mcda.MOORARefPoint{} },
		func() mcda.Method { return &mcda.MOORAFMF{} },
		func() mcda.Method { return &mcda.MOORAFMF{Unweighted: true} },
		func() mcda.Method { return &mcda.MULTIMOORA{} },
	} {
		name := newMethod().Name()
		if f, ok := newMethod().(*mcda.MOORAFMF); ok && f.Unweighted {
			name += "-unweighted"
		}
		t.Run(name, func(t *testing.T) {
			t.Run("ScoresFinite", rapid.MakeCheck(zavadskasFinite(newMethod)))
			t.Run("DominatedNeverAbove", rapid.MakeCheck(zavadskasDominated(newMethod)))
			if name != "multimoora" {
				// MULTIMOORA's counts come from ranks, which a
				// rescaling can flip at near-ties.
				t.Run("ColumnScaleInvariance", rapid.MakeCheck(zavadskasColumnScale(newMethod)))
			}
		})
	}
	t.Run("multimoora/CountsInRange", rapid.MakeCheck(propMULTIMOORACounts))
}

// Property: each dominance count is an integer in [0, m−1], and no two
// alternatives dominate each other, so the counts sum to at most m(m−1)/2.
func propMULTIMOORACounts(t *rapid.T) {
	rows, w, types := genProblem(t)
	var mm mcda.MULTIMOORA
	d, err := mm.Scores(nil, problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	total, m := 0.0, float64(len(rows))
	for i, v := range d {
		if v != math.Trunc(v) || v < 0 || v > m-1 {
			t.Fatalf("D[%d] = %v, want an integer in [0, %v]", i, v, m-1)
		}
		total += v
	}
	if total > m*(m-1)/2 {
		t.Fatalf("Σ D = %v > m(m−1)/2 = %v", total, m*(m-1)/2)
	}
}

func BenchmarkMOORA(b *testing.B)         { benchScores(b, &mcda.MOORA{}) }
func BenchmarkMOORARefPoint(b *testing.B) { benchScores(b, &mcda.MOORARefPoint{}) }
func BenchmarkMOORAFMF(b *testing.B)      { benchScores(b, &mcda.MOORAFMF{}) }
func BenchmarkMULTIMOORA(b *testing.B)    { benchScores(b, &mcda.MULTIMOORA{}) }

func ExampleMOORA() {
	m, err := mcda.NewDecisionMatrix(
		[]string{"A", "B", "C"},
		[]mcda.Criterion{
			{Name: "output", Objective: mcda.ObjectiveBenefit, Weight: 0.5},
			{Name: "cost", Objective: mcda.ObjectiveCost, Weight: 0.5},
		},
		[][]float64{{3, 4}, {4, 3}, {5, 6}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, method := range []mcda.Method{&mcda.MOORA{}, &mcda.MOORARefPoint{}, &mcda.MOORAFMF{}} {
		r, err := mcda.Rank(method, m)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%-9s %.4f ranks %v\n", r.Method, r.Scores, r.Ranks)
	}
	// Output:
	// moora     [-0.0439 0.0908 -0.0306] ranks [3 1 2]
	// moora-rp  [0.1414 0.0707 0.1921] ranks [2 1 3]
	// moora-fmf [0.9102 1.2136 0.9594] ranks [3 1 2]
}

func ExampleMULTIMOORA() {
	m, err := mcda.NewDecisionMatrix(
		[]string{"A", "B", "C"},
		[]mcda.Criterion{
			{Name: "output", Objective: mcda.ObjectiveBenefit, Weight: 0.5},
			{Name: "cost", Objective: mcda.ObjectiveCost, Weight: 0.5},
		},
		[][]float64{{3, 4}, {4, 3}, {5, 6}})
	if err != nil {
		fmt.Println(err)
		return
	}
	var mm mcda.MULTIMOORA
	r, err := mm.Evaluate(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("ratio system ranks:   ", r.Ranks[0])
	fmt.Println("reference point ranks:", r.Ranks[1])
	fmt.Println("multiplicative ranks: ", r.Ranks[2])
	fmt.Println("dominance counts:     ", r.Dominance)
	// Output:
	// ratio system ranks:    [3 1 2]
	// reference point ranks: [2 1 3]
	// multiplicative ranks:  [3 1 2]
	// dominance counts:      [0 2 1]
}

// TestMOORAFloatExtremes checks the ratio system and the reference point
// on columns at the limits of float64, where ‖x‖ overflows (±MaxFloat64)
// or 1/‖x‖ does (subnormals with a zero): MOORA does not depend on the
// scale of a column, so the scores equal, within 1e-15, those of the same
// columns multiplied by an exact power of two that brings them to
// ordinary magnitudes. Before the pre-scale, the first column was
// silently dropped (a = w/+Inf = 0) or the scores were NaN or +Inf.
func TestMOORAFloatExtremes(t *testing.T) {
	for _, c := range []struct {
		x     []float64
		scale float64
	}{
		{[]float64{math.MaxFloat64, -math.MaxFloat64, 1}, 0x1p-1000},
		{[]float64{5e-324, 0, 1e-323}, 0x1p1000},
		{[]float64{1e308, 1e308, -1e308}, 0x1p-1000},
		{[]float64{math.MaxFloat64, math.MaxFloat64, math.MaxFloat64}, 0x1p-1000},
	} {
		build := func(s float64) *mcda.DecisionMatrix {
			rows := make([][]float64, len(c.x))
			for i, x := range c.x {
				rows[i] = []float64{x * s, float64(i + 1)}
			}
			return problem(t, rows, []float64{1, 1}, []int{1, -1})
		}
		for _, meth := range []mcda.Method{&mcda.MOORA{}, &mcda.MOORARefPoint{}} {
			got, err := meth.Scores(nil, build(1))
			if err != nil {
				t.Errorf("%s on %v: %v", meth.Name(), c.x, err)
				continue
			}
			want, err := meth.Scores(nil, build(c.scale))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-15)); diff != "" {
				t.Errorf("%s on %v (-scaled +extreme):\n%s", meth.Name(), c.x, diff)
			}
			// Streamed, the same bits.
			r, err := mcda.RankStream(context.Background(), opener(build(1), nil), mcda.StreamOptions{Method: meth})
			if err != nil {
				t.Fatalf("%s streamed on %v: %v", meth.Name(), c.x, err)
			}
			for _, ra := range r.Top {
				if ra.Score != got[ra.Index] {
					t.Errorf("%s streamed on %v: alternative %d scores %v, in memory %v", meth.Name(), c.x, ra.Index, ra.Score, got[ra.Index])
				}
			}
		}
	}
}
