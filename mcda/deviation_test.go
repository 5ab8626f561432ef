package mcda_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda"
)

// salabun2020 is the 5×3 matrix of Sałabun, Wątróbski & Shekhovtsov (2020),
// Symmetry 12(9):1549, used by pyrepo-mcda's weighting tests.
var salabun2020 = [][]float64{
	{0.619, 0.449, 0.447}, {0.862, 0.466, 0.006}, {0.458, 0.698, 0.771}, {0.777, 0.631, 0.491}, {0.567, 0.992, 0.968},
}

// jahanEdwards2013 is the normalized matrix of Jahan & Edwards (2013),
// Materials & Design 49:1000-1008 (pymcdm tests/test_weights.py::
// TestSTDWeights). Every column already spans [0, 1], so min-max
// normalization leaves it unchanged and raw and normalized σ agree.
var jahanEdwards2013 = [][]float64{
	{0, 0, 0}, {0.39, 0.3, 0.77}, {0.17, 0.36, 0.8}, {0.35, 0.29, 0.93}, {0.3, 0.4, 0.94}, {0.84, 0.71, 1}, {1, 1, 0.99},
}

func TestEqualWeights(t *testing.T) {
	// pymcdm TestEqualWeights and pyrepo-mcda Test_equal: 1/n whatever the data.
	wtRun(t, mcda.Equal{}, []wtCase{
		{name: "pymcdm", rows: [][]float64{{1, 2, 3, 5}, {2, 3, 4, 8}}, want: []float64{0.25, 0.25, 0.25, 0.25}, tol: 0},
		{name: "Salabun2020", rows: salabun2020, want: []float64{0.333, 0.333, 0.333}, tol: 5e-4},
	})
}

func TestStdDevPublished(t *testing.T) {
	wtRun(t, &mcda.StdDev{}, []wtCase{{
		// Jahan & Edwards (2013), 2 decimals; data already min-max scaled.
		name: "JahanEdwards2013", rows: jahanEdwards2013, want: []float64{0.35, 0.31, 0.34}, tol: 5e-3,
	}})
	wtRun(t, &mcda.StdDev{Normalization: mcda.NormalizationNone}, []wtCase{{
		// Sałabun et al. (2020), σ of the raw values as pyrepo-mcda
		// (Test_STD) computes it, 3 decimals.
		name: "Salabun2020Raw", rows: salabun2020, want: []float64{0.217, 0.294, 0.488}, tol: 5e-4,
	}, {
		name: "JahanEdwards2013Raw", rows: jahanEdwards2013, want: []float64{0.35, 0.31, 0.34}, tol: 5e-3,
	}})
}

func TestVariancePublished(t *testing.T) {
	wtRun(t, &mcda.Variance{}, []wtCase{{
		// pymcdm tests/test_weights.py::TestVarianceWeights, 4 decimals. The
		// test is marked "without reference": a library value, not a paper's.
		name: "pymcdm", rows: [][]float64{{100, 4, 500}, {110, 5, 550}, {120, 6, 600}, {121, 8, 400}},
		want: []float64{0.3761, 0.3120, 0.3120}, tol: 5e-5,
	}})
}

func TestDeviationErrors(t *testing.T) {
	m := wtMatrix(t, [][]float64{{1, -2}, {3, 4}}, nil)
	for _, w := range []mcda.Weighting{
		&mcda.StdDev{Normalization: mcda.NormalizationMax}, &mcda.Variance{Normalization: mcda.NormalizationSum},
	} {
		_, err := w.Weights(nil, m)
		var ve *mcda.ValueError
		if !errors.Is(err, mcda.ErrNegative) || !errors.As(err, &ve) || ve.Alternative != 0 || ve.Criterion != 1 {
			t.Errorf("%s: err = %v, want *ValueError ErrNegative at (0, 1)", wtLabel(w), err)
		}
	}
	for _, w := range []mcda.Weighting{&mcda.StdDev{Normalization: 99}, &mcda.Variance{Normalization: -1}} {
		if _, err := w.Weights(nil, m); !errors.Is(err, mcda.ErrNormalization) {
			t.Errorf("%s: err = %v, want ErrNormalization", w.Name(), err)
		}
	}
}

func BenchmarkEqual(b *testing.B)    { wtBench(b, mcda.Equal{}) }
func BenchmarkStdDev(b *testing.B)   { wtBench(b, &mcda.StdDev{}) }
func BenchmarkVariance(b *testing.B) { wtBench(b, &mcda.Variance{}) }

// exampleDeviationMatrix is a small problem with a cost and a benefit
// criterion in different units.
func exampleDeviationMatrix() *mcda.DecisionMatrix {
	m, _ := mcda.NewDecisionMatrix(
		[]string{"A1", "A2", "A3", "A4"},
		[]mcda.Criterion{
			{Name: "price", Objective: mcda.ObjectiveCost, Weight: 1},
			{Name: "speed", Objective: mcda.ObjectiveBenefit, Weight: 1},
		},
		[][]float64{{100, 4}, {110, 5}, {120, 6}, {121, 8}})
	return m
}

func ExampleStdDev() {
	w, _ := (&mcda.StdDev{}).Weights(nil, exampleDeviationMatrix())
	raw, _ := (&mcda.StdDev{Normalization: mcda.NormalizationNone}).Weights(nil, exampleDeviationMatrix())
	fmt.Printf("min-max %.4f\nraw     %.4f\n", w, raw)
	// Output:
	// min-max [0.5234 0.4766]
	// raw     [0.8522 0.1478]
}

func ExampleVariance() {
	w, _ := (&mcda.Variance{}).Weights(nil, exampleDeviationMatrix())
	fmt.Printf("%.4f\n", w)
	// Output: [0.5466 0.4534]
}

func ExampleEqual() {
	w, _ := mcda.Equal{}.Weights(nil, exampleDeviationMatrix())
	fmt.Printf("%.4f\n", w)
	// Output: [0.5000 0.5000]
}

// A column whose range is a few units in the last place of its values
// normalizes to exactly 0 and 1 under min-max, so its deviation is that of
// any two-valued column, whatever its scale: the one-pass moments of the
// raw values, whose means round at that scale, must not be used for it.
func TestDeviationTinyRange(t *testing.T) {
	for _, k := range []float64{1, 1.03125, 3} {
		b := mcda.ObjectiveBenefit
		m, err := mcda.NewDecisionMatrix([]string{"a", "b"},
			[]mcda.Criterion{{Name: "x", Weight: 1, Objective: b}, {Name: "y", Weight: 1, Objective: b}},
			[][]float64{{1 * k, 1}, {1.0000000000000053 * k, 1.5}})
		if err != nil {
			t.Fatal(err)
		}
		for _, wt := range []mcda.Weighting{&mcda.StdDev{}, &mcda.Variance{}} {
			w, err := wt.Weights(nil, m)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]float64{0.5, 0.5}, w, cmpopts.EquateApprox(0, 1e-15)); diff != "" {
				t.Errorf("%s, column 0 scaled by %v (-want +got):\n%s", wt.Name(), k, diff)
			}
		}
	}
}
