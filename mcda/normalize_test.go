package mcda_test

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gonum.org/v1/gonum/mat"

	"github.com/balancer-mcda/balancer/mcda"
)

// TestNormalize checks every normalization on a 3×2 problem (a benefit and
// a cost column) against the definitions in the Normalization doc comment,
// evaluated by hand.
func TestNormalize(t *testing.T) {
	m := problem(t, [][]float64{{1, 2}, {2, 4}, {2, 4}}, []float64{1, 1}, []int{1, -1})
	// Column norms: ‖(1,2,2)‖ = 3, ‖(2,4,4)‖ = 6.
	tests := []struct {
		k    mcda.Normalization
		want []float64
	}{
		{mcda.NormalizationVector, []float64{1. / 3, 1 - 2./6, 2. / 3, 1 - 4./6, 2. / 3, 1 - 4./6}},
		{mcda.NormalizationDefault, []float64{1. / 3, 1 - 2./6, 2. / 3, 1 - 4./6, 2. / 3, 1 - 4./6}},
		{mcda.NormalizationMax, []float64{0.5, 1, 1, 0.5, 1, 0.5}},
		{mcda.NormalizationMinMax, []float64{0, 1, 1, 0, 1, 0}},
		{mcda.NormalizationSum, []float64{0.2, 0.5, 0.4, 0.25, 0.4, 0.25}},
		{mcda.NormalizationNone, []float64{1, -2, 2, -4, 2, -4}},
	}
	for _, tc := range tests {
		t.Run(tc.k.String(), func(t *testing.T) {
			got, err := mcda.Normalize(nil, m, tc.k)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got.RawMatrix().Data, approxTight); diff != "" {
				t.Errorf("Normalize(%v) mismatch (-want +got):\n%s", tc.k, diff)
			}
			dst := mat.NewDense(3, 2, nil)
			if _, err := mcda.Normalize(dst, m, tc.k); err != nil || !mat.Equal(dst, got) {
				t.Errorf("Normalize(dst, %v) = %v, %v; want the same as with nil dst", tc.k, mat.Formatted(dst), err)
			}
		})
	}
}

// TestNormalizeSpecialCases checks the documented values of constant and
// zero columns: the limit of a constant column.
func TestNormalizeSpecialCases(t *testing.T) {
	zero := problem(t, [][]float64{{0, 0}, {0, 0}, {0, 0}, {0, 0}}, []float64{1, 1}, []int{1, -1})
	constant := problem(t, [][]float64{{7, 7}, {7, 7}, {7, 7}, {7, 7}}, []float64{1, 1}, []int{1, -1})
	tests := []struct {
		m         *mcda.DecisionMatrix
		k         mcda.Normalization
		ben, cost float64
	}{
		{zero, mcda.NormalizationVector, 0.5, 0.5}, // 1/√4, 1 − 1/√4
		{constant, mcda.NormalizationVector, 0.5, 0.5},
		{zero, mcda.NormalizationMinMax, 1, 1},
		{constant, mcda.NormalizationMinMax, 1, 1},
		{constant, mcda.NormalizationMax, 1, 1},
		{constant, mcda.NormalizationSum, 0.25, 0.25},
	}
	for _, tc := range tests {
		got, err := mcda.Normalize(nil, tc.m, tc.k)
		if err != nil {
			t.Fatalf("%v: %v", tc.k, err)
		}
		for i := range 4 {
			if math.Abs(got.At(i, 0)-tc.ben) > 1e-15 || math.Abs(got.At(i, 1)-tc.cost) > 1e-15 {
				t.Errorf("Normalize(%v, %v) row %d = %v, %v; want %v, %v", tc.m.At(0, 0), tc.k, i, got.At(i, 0), got.At(i, 1), tc.ben, tc.cost)
			}
		}
	}
	// A zero benefit column under max and sum normalization.
	zb := problem(t, [][]float64{{0}, {0}}, []float64{1}, []int{1})
	for k, want := range map[mcda.Normalization]float64{mcda.NormalizationMax: 1, mcda.NormalizationSum: 0.5} {
		got, err := mcda.Normalize(nil, zb, k)
		if err != nil || got.At(0, 0) != want || got.At(1, 0) != want {
			t.Errorf("Normalize(zero column, %v) = %v, %v; want all %v", k, mat.Formatted(got), err, want)
		}
	}
	// Huge values: sums and ranges that overflow are computed with scaling.
	huge := problem(t, [][]float64{{math.MaxFloat64, -math.MaxFloat64}, {math.MaxFloat64 / 2, math.MaxFloat64}}, []float64{1, 1}, []int{1, -1})
	for _, k := range []mcda.Normalization{mcda.NormalizationVector, mcda.NormalizationMinMax} {
		got, err := mcda.Normalize(nil, huge, k)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range got.RawMatrix().Data {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Errorf("Normalize(huge, %v) = %v, want finite", k, mat.Formatted(got))
				break
			}
		}
	}
	hugeSum := problem(t, [][]float64{{math.MaxFloat64}, {math.MaxFloat64}}, []float64{1}, []int{1})
	got, err := mcda.Normalize(nil, hugeSum, mcda.NormalizationSum)
	if err != nil || got.At(0, 0) != 0.5 || got.At(1, 0) != 0.5 {
		t.Errorf("Normalize(huge, sum) = %v, %v; want 0.5, 0.5", mat.Formatted(got), err)
	}
	tiny := problem(t, [][]float64{{3e-200}, {4e-200}}, []float64{1}, []int{1})
	got, err = mcda.Normalize(nil, tiny, mcda.NormalizationVector)
	if err != nil || math.Abs(got.At(0, 0)-0.6) > 1e-15 || math.Abs(got.At(1, 0)-0.8) > 1e-15 {
		t.Errorf("Normalize(tiny, vector) = %v, %v; want 0.6, 0.8", mat.Formatted(got), err)
	}
}

func TestNormalizeErrors(t *testing.T) {
	neg := problem(t, [][]float64{{1, 1}, {-1, 2}}, []float64{1, 1}, []int{1, -1})
	zeroCost := problem(t, [][]float64{{1, 1}, {1, 0}}, []float64{1, 1}, []int{1, -1})
	tests := []struct {
		name string
		m    *mcda.DecisionMatrix
		k    mcda.Normalization
		is   error
		i, j int
	}{
		{"MaxNegativeBenefit", neg, mcda.NormalizationMax, mcda.ErrNegative, 1, 0},
		{"SumNegativeBenefit", neg, mcda.NormalizationSum, mcda.ErrNegative, 1, 0},
		{"MaxZeroCost", zeroCost, mcda.NormalizationMax, mcda.ErrNotPositive, 1, 1},
		{"SumZeroCost", zeroCost, mcda.NormalizationSum, mcda.ErrNotPositive, 1, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := mcda.Normalize(nil, tc.m, tc.k)
			if !errors.Is(err, tc.is) {
				t.Fatalf("err = %v, want %v", err, tc.is)
			}
			wantValue(tc.i, "A"+itoa(tc.i+1), tc.j, "C"+itoa(tc.j+1))(t, err)
			// The ranking methods report the same error.
			for _, method := range []mcda.Method{&mcda.TOPSIS{Normalization: tc.k}, &mcda.WSM{Normalization: tc.k}} {
				if _, err := method.Scores(nil, tc.m); !errors.Is(err, tc.is) {
					t.Errorf("%s: err = %v, want %v", method.Name(), err, tc.is)
				}
			}
		})
	}
	if _, err := mcda.Normalize(nil, neg, mcda.Normalization(42)); !errors.Is(err, mcda.ErrNormalization) {
		t.Errorf("unknown normalization: err = %v, want ErrNormalization", err)
	}
	for _, method := range []mcda.Method{&mcda.TOPSIS{Normalization: -1}, &mcda.WSM{Normalization: 42}} {
		if _, err := method.Scores(nil, neg); !errors.Is(err, mcda.ErrNormalization) {
			t.Errorf("%s with an unknown normalization: err = %v, want ErrNormalization", method.Name(), err)
		}
	}
}

func TestParseNormalization(t *testing.T) {
	for k := mcda.NormalizationDefault; k <= mcda.NormalizationNone; k++ {
		got, err := mcda.ParseNormalization(k.String())
		if err != nil || got != k {
			t.Errorf("ParseNormalization(%q) = %v, %v; want %v", k.String(), got, err, k)
		}
	}
	if _, err := mcda.ParseNormalization("l2"); !errors.Is(err, mcda.ErrNormalization) {
		t.Errorf(`ParseNormalization("l2"): err = %v, want ErrNormalization`, err)
	}
	if got := mcda.Normalization(9).String(); got != "Normalization(9)" {
		t.Errorf("Normalization(9).String() = %q", got)
	}
}
