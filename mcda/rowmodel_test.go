package mcda_test

import (
	"errors"
	"fmt"
	"testing"

	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// TestRowModel checks the row models of the row-separable methods against
// their Scores.
func TestRowModel(t *testing.T) {
	norms := []mcda.Normalization{mcda.NormalizationVector, mcda.NormalizationMax,
		mcda.NormalizationMinMax, mcda.NormalizationSum, mcda.NormalizationNone}
	methods := func(t *rapid.T) mcda.RowSeparable {
		switch rapid.IntRange(0, 5).Draw(t, "method") {
		case 4:
			return &mcda.SPOTIS{}
		case 5:
			return &mcda.ARAS{}
		case 0:
			return &mcda.TOPSIS{Normalization: rapid.SampledFrom(norms).Draw(t, "norm")}
		case 1:
			return &mcda.WSM{Normalization: rapid.SampledFrom(norms).Draw(t, "norm")}
		case 2:
			return &mcda.WPM{Normalization: rapid.SampledFrom(norms[1:2]).Draw(t, "norm")}
		}
		return &mcda.MOORA{}
	}
	// Property: after SetWeights(w), Score(i) is bit-for-bit the i-th
	// score of the method on the matrix with weights w.
	t.Run("Score equals Scores", rapid.MakeCheck(func(t *rapid.T) {
		rows := rapid.IntRange(1, 8).Draw(t, "rows")
		n := rapid.IntRange(1, 5).Draw(t, "criteria")
		alts := make([]string, rows)
		vals := make([][]float64, rows)
		for i := range vals {
			alts[i] = fmt.Sprint("A", i)
			vals[i] = rapid.SliceOfN(rapid.Float64Range(0.5, 1000), n, n).Draw(t, fmt.Sprint("row", i))
		}
		crit := make([]mcda.Criterion, n)
		for j := range crit {
			crit[j] = mcda.Criterion{Name: fmt.Sprint("C", j), Weight: 1, Objective: mcda.ObjectiveBenefit}
			if rapid.Bool().Draw(t, "cost") {
				crit[j].Objective = mcda.ObjectiveCost
			}
		}
		m, err := mcda.NewDecisionMatrix(alts, crit, vals)
		if err != nil {
			t.Fatal(err)
		}
		meth := methods(t)
		rm, err := meth.RowModel(m)
		if err != nil {
			t.Fatal(err)
		}
		for range 3 {
			w := rapid.SliceOfN(rapid.Float64Range(0, 1), n, n).Draw(t, "weights")
			w[rapid.IntRange(0, n-1).Draw(t, "nonzero")] = 0.5
			if err := rm.SetWeights(w); err != nil {
				t.Fatal(err)
			}
			mw, err := m.WithWeights(w)
			if err != nil {
				t.Fatal(err)
			}
			want, err := meth.Scores(nil, mw)
			if err != nil {
				t.Fatal(err)
			}
			for i, s := range want {
				if got := rm.Score(i); got != s {
					t.Fatalf("%s: Score(%d) = %v, Scores gives %v", meth.Name(), i, got, s)
				}
			}
		}
	}))
}

// TestRowModelErrors checks that bad weights and bad values are errors.
func TestRowModelErrors(t *testing.T) {
	m, err := mcda.NewDecisionMatrix([]string{"a", "b"},
		[]mcda.Criterion{{Name: "x", Weight: 1, Objective: mcda.ObjectiveBenefit}, {Name: "y", Weight: 1, Objective: mcda.ObjectiveBenefit}},
		[][]float64{{1, 0}, {2, 3}})
	if err != nil {
		t.Fatal(err)
	}
	rm, err := (&mcda.TOPSIS{}).RowModel(m)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range [][]float64{{-1, 1}, {0, 0}, {1, 2, 3}} {
		if err := rm.SetWeights(w); err == nil {
			t.Errorf("SetWeights(%v) = nil", w)
		}
	}
	if _, err := (&mcda.WPM{}).RowModel(m); !errors.Is(err, mcda.ErrNotPositive) {
		t.Errorf("WPM RowModel with a zero value: %v, want ErrNotPositive", err)
	}
}
