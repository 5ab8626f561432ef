package mcda_test

import (
	"context"
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda"
)

// triantaphyllou is the three-alternative, four-criterion example of
// Triantaphyllou (2000), Multi-Criteria Decision Making Methods: A
// Comparative Study, ch. 2 (also on Wikipedia's "Weighted sum model" and
// "Weighted product model" pages): all criteria are benefits in one unit.
func triantaphyllou(t tHelper) *mcda.DecisionMatrix {
	return problem(t, [][]float64{
		{25, 20, 15, 30},
		{10, 30, 20, 30},
		{30, 10, 30, 10},
	}, []float64{0.20, 0.15, 0.40, 0.25}, []int{1, 1, 1, 1})
}

// chakraborty2015 is Example 2 of Chakraborty, Zavadskas & Antucheviciene
// (2015), "Applications of WASPAS method as a multi-criteria decision-making
// tool", Econ. Comput. Econ. Cybern. Stud. Res. 49(1):5-22, whose published
// WASPAS scores at λ = 1 (WSM) and λ = 0 (WPM) with x/max and min/x
// normalization scikit-criteria also tests (tests/agg/test_waspas.py).
func chakraborty2015(t tHelper) *mcda.DecisionMatrix {
	return problem(t, [][]float64{
		{581818, 54.49, 3, 5500},
		{595454, 49.73, 3, 4500},
		{586060, 51.24, 3, 5000},
		{522727, 45.71, 3, 5800},
		{561818, 52.66, 3, 5200},
		{543030, 74.46, 4, 5600},
		{522727, 75.42, 4, 5800},
		{486970, 62.62, 4, 5600},
		{509394, 65.87, 4, 6400},
		{513333, 70.67, 4, 6000},
	}, []float64{0.467, 0.160, 0.095, 0.278}, []int{-1, -1, -1, 1})
}

func TestWSMPublished(t *testing.T) {
	t.Run("Triantaphyllou2000", func(t *testing.T) {
		// Published scores 21.50, 22.00, 22.00 (exact): A2 and A3 tie
		// for first place, so both have rank 1 and A1 rank 3.
		m := triantaphyllou(t)
		s := mcda.WSM{Normalization: mcda.NormalizationNone}
		r, err := mcda.Rank(&s, m)
		if err != nil {
			t.Fatal(err)
		}
		wantScores(t, []float64{21.5, 22, 22}, r.Scores, approxTight)
		if diff := cmp.Diff([]int{3, 1, 1}, r.Ranks); diff != "" {
			t.Errorf("ranks mismatch (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([]int{1, 2, 0}, r.Order); diff != "" {
			t.Errorf("order mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("Chakraborty2015Example2", func(t *testing.T) {
		// WASPAS λ = 1, printed to 4 decimals; the paper rounds an
		// intermediate (its A2 0.8194 is 0.81945 exactly), so the
		// tolerance is one unit of the 4th decimal, 1e-4.
		want := []float64{0.8590, 0.8194, 0.8430, 0.9420, 0.8645, 0.8315, 0.8552, 0.8983, 0.9067, 0.8784}
		var s mcda.WSM // default: max normalization
		got, err := s.Scores(nil, chakraborty2015(t))
		if err != nil {
			t.Fatal(err)
		}
		wantScores(t, want, got, cmpopts.EquateApprox(0, 1e-4))
	})
}

func TestWPMPublished(t *testing.T) {
	t.Run("Triantaphyllou2000Ratios", func(t *testing.T) {
		// Published ratios P(A1/A2) = 1.007, P(A1/A3) = 1.067,
		// P(A2/A3) = 1.059 (3 decimals: 5e-4). They hold for every
		// normalization WPM accepts.
		for _, k := range []mcda.Normalization{mcda.NormalizationMax, mcda.NormalizationSum, mcda.NormalizationNone} {
			p := mcda.WPM{Normalization: k}
			s, err := p.Scores(nil, triantaphyllou(t))
			if err != nil {
				t.Fatal(err)
			}
			got := []float64{s[0] / s[1], s[0] / s[2], s[1] / s[2]}
			if diff := cmp.Diff([]float64{1.007, 1.067, 1.059}, got, cmpopts.EquateApprox(0, 5e-4)); diff != "" {
				t.Errorf("%v: ratios mismatch (-want +got):\n%s", k, diff)
			}
		}
	})
	t.Run("Triantaphyllou2000Log10SumNormalized", func(t *testing.T) {
		// scikit-criteria (tests/agg/test_simple.py,
		// test_WeightedProductModel_enwiki_1015567716) scores the same
		// problem as log10 of the product of sum-normalized values:
		// -0.50128589, -0.50448471, -0.52947246, printed to 8 decimals.
		p := mcda.WPM{Normalization: mcda.NormalizationSum}
		s, err := p.Scores(nil, triantaphyllou(t))
		if err != nil {
			t.Fatal(err)
		}
		got := []float64{math.Log10(s[0]), math.Log10(s[1]), math.Log10(s[2])}
		if diff := cmp.Diff([]float64{-0.50128589, -0.50448471, -0.52947246}, got, cmpopts.EquateApprox(0, 5e-9)); diff != "" {
			t.Errorf("log10 scores mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("Chakraborty2015Example2", func(t *testing.T) {
		// WASPAS λ = 0, printed to 4 decimals (5e-5).
		want := []float64{0.8578, 0.8144, 0.8408, 0.9413, 0.8632, 0.8241, 0.8454, 0.8915, 0.8987, 0.8697}
		var p mcda.WPM
		got, err := p.Scores(nil, chakraborty2015(t))
		if err != nil {
			t.Fatal(err)
		}
		wantScores(t, want, got, cmpopts.EquateApprox(0, 5e-5))
	})
}

func TestWPMErrors(t *testing.T) {
	var ve *mcda.ValueError
	m := problem(t, [][]float64{{1, 2}, {3, 0}}, []float64{1, 1}, []int{1, 1})
	var p mcda.WPM
	_, err := p.Scores(nil, m)
	if !errors.Is(err, mcda.ErrNotPositive) || !errors.As(err, &ve) || ve.Alternative != 1 || ve.Criterion != 1 || ve.AlternativeName != "A2" {
		t.Errorf("WPM on a zero value: err = %v, want a *ValueError at A2, C2 wrapping ErrNotPositive", err)
	}
	for _, k := range []mcda.Normalization{mcda.NormalizationVector, mcda.NormalizationMinMax, mcda.Normalization(99)} {
		p := mcda.WPM{Normalization: k}
		if _, err := p.Scores(nil, triantaphyllou(t)); !errors.Is(err, mcda.ErrNormalization) {
			t.Errorf("WPM{%v}: err = %v, want ErrNormalization", k, err)
		}
	}
}

func TestWSMWPMZeroAlloc(t *testing.T) {
	m := chakraborty2015(t)
	dst := make([]float64, 10)
	for _, method := range []mcda.Method{&mcda.WSM{}, &mcda.WPM{}, &mcda.WSM{Normalization: mcda.NormalizationSum}} {
		if _, err := method.Scores(dst, m); err != nil {
			t.Fatal(err)
		}
		if n := testing.AllocsPerRun(100, func() { method.Scores(dst, m) }); n != 0 {
			t.Errorf("%s.Scores allocs = %v, want 0", method.Name(), n)
		}
	}
}

// TestMinMaxNearConstantColumn checks min-max scoring of a column whose
// range is small against its values (1.7265625 and 1.7265629768371582,
// from a failing rapid case): the worst value normalizes to 0 and the best
// to 1 up to rounding of r·(1/r), so WSM gives 0 and 1 and TOPSIS the
// closeness 0 and 1. Folding the shift into one constant had left errors
// of 2e-10 from cancellation.
func TestMinMaxNearConstantColumn(t *testing.T) {
	m := problem(t, [][]float64{{1, 1, 1, 1, 1.7265625}, {1, 1, 1, 1, 1.7265629768371582}},
		[]float64{1, 1, 1, 1, 1}, []int{1, 1, 1, 1, 1})
	for _, meth := range []mcda.Method{
		&mcda.WSM{Normalization: mcda.NormalizationMinMax},
		&mcda.TOPSIS{Normalization: mcda.NormalizationMinMax},
	} {
		got, err := meth.Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		// Constant columns normalize to 1 under min-max. WSM: (4 + 0)/5
		// and (4 + 1)/5; TOPSIS: 0 and 1.
		want := []float64{0.8, 1}
		if meth.Name() == "topsis" {
			want = []float64{0, 1}
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-15)); diff != "" {
			t.Errorf("%s: scores (-want +got):\n%s", meth.Name(), diff)
		}
	}
}

// TestWPMAtMostOne checks the bound 0 < P_i <= 1 that WPM documents under
// max normalization on the case rapid found above it (one criterion of
// value 11.03125, where exp(log x + log(1/x)) rounded to 1 + 2⁻⁵¹), and on
// alternatives at or one ulp below the best of every column, through
// Scores, the row model and RankStream. The best alternative scores 1 up
// to the rounding of the logarithms: 4·Σ_j w_j·|log x_j|·2⁻⁵³ + n·2⁻⁵³.
func TestWPMAtMostOne(t *testing.T) {
	x := 11.03125
	below := math.Nextafter(x, 0)
	for _, c := range []struct {
		rows  [][]float64
		types []int
	}{
		{[][]float64{{x}}, []int{1}},
		{[][]float64{{x, 1e300, 3}, {below, math.Nextafter(1e300, 0), 3}}, []int{1, 1, -1}},
		{[][]float64{{x, 5e-324, 7}, {below, 1e-323, math.Nextafter(7, 8)}}, []int{1, -1, -1}},
	} {
		n := len(c.types)
		w := make([]float64, n)
		for j := range w {
			w[j] = 1
		}
		m := problem(t, c.rows, w, c.types)
		var p mcda.WPM
		s, err := p.Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		rm, err := p.RowModel(m)
		if err != nil {
			t.Fatal(err)
		}
		r, err := mcda.RankStream(context.Background(), opener(m, nil), mcda.StreamOptions{Method: &mcda.WPM{}})
		if err != nil {
			t.Fatal(err)
		}
		tol := float64(n) * 0x1p-53
		for _, v := range c.rows[0] {
			tol += 4 * math.Abs(math.Log(v)) / float64(n) * 0x1p-53
		}
		if !(s[0] >= 1-tol) || r.Top[0].Index != 0 || r.Top[0].Score != s[0] {
			t.Errorf("%v: best alternative scores %v (Scores), %v at %d (RankStream), want 1 within %.3g", c.rows, s[0], r.Top[0].Score, r.Top[0].Index, tol)
		}
		for i, v := range s {
			if !(v > 0 && v <= 1) || rm.Score(i) != v {
				t.Errorf("%v: P_%d = %v (Scores), %v (RowModel), want equal and in (0, 1]", c.rows, i, v, rm.Score(i))
			}
		}
	}
}
