package mcda_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// wtCase is a published worked example for a weighting method.
type wtCase struct {
	name  string
	rows  [][]float64
	types []int // +1 benefit, -1 cost; nil means all benefit
	want  []float64
	tol   float64 // absolute: half a unit of the last printed digit
}

// wtMatrix builds an unweighted problem; nil types means all benefit.
func wtMatrix(t tHelper, rows [][]float64, types []int) *mcda.DecisionMatrix {
	t.Helper()
	n := len(rows[0])
	if types == nil {
		types = make([]int, n)
		for j := range types {
			types[j] = 1
		}
	}
	w := make([]float64, n)
	for j := range w {
		w[j] = 1
	}
	return problem(t, rows, w, types)
}

// wtRun checks each case against method.
func wtRun(t *testing.T, method mcda.Weighting, cases []wtCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := wtMatrix(t, tc.rows, tc.types)
			got, err := method.Weights(nil, m)
			if err != nil {
				t.Fatalf("%s.Weights: %v", method.Name(), err)
			}
			if diff := cmp.Diff(tc.want, got, cmpopts.EquateApprox(0, tc.tol)); diff != "" {
				t.Errorf("%s weights mismatch (-want +got):\n%s", method.Name(), diff)
			}
		})
	}
}

// wtMethods returns a fresh value of every objective weighting method and
// configuration.
func wtMethods() []mcda.Weighting {
	return []mcda.Weighting{
		mcda.Equal{}, &mcda.Entropy{}, &mcda.StdDev{}, &mcda.StdDev{Normalization: mcda.NormalizationNone},
		&mcda.Variance{}, &mcda.CRITIC{}, &mcda.CRITIC{BenefitOnly: true}, &mcda.MEREC{}, &mcda.Gini{},
	}
}

// wtLabel names a method value including its configuration.
func wtLabel(w mcda.Weighting) string {
	switch v := w.(type) {
	case *mcda.StdDev:
		if v.Normalization != mcda.NormalizationDefault {
			return w.Name() + "-" + v.Normalization.String()
		}
	case *mcda.CRITIC:
		if v.BenefitOnly {
			return w.Name() + "-benefitonly"
		}
	}
	return w.Name()
}

// wtScaleInvariant reports whether the method promises weights invariant
// under multiplying a column by a positive constant.
func wtScaleInvariant(w mcda.Weighting) bool {
	switch v := w.(type) {
	case *mcda.StdDev:
		return v.Normalization == mcda.NormalizationDefault
	}
	return true
}

func TestWeightingProperties(t *testing.T) {
	for _, w := range wtMethods() {
		t.Run(wtLabel(w), func(t *testing.T) {
			t.Run("SumToOne", rapid.MakeCheck(func(t *rapid.T) { propWeightsSumToOne(t, w) }))
			t.Run("Deterministic", rapid.MakeCheck(func(t *rapid.T) { propWeightsDeterministic(t, w) }))
			if wtScaleInvariant(w) {
				t.Run("ColumnScaleInvariance", rapid.MakeCheck(func(t *rapid.T) { propWeightsScaleInvariant(t, w) }))
			}
			if w.Name() != "merec" && w.Name() != "critic" {
				t.Run("PermutedColumnsEqual", rapid.MakeCheck(func(t *rapid.T) { propWeightsPermutedColumns(t, w) }))
			}
			t.Run("ConstantColumnsEqual", rapid.MakeCheck(func(t *rapid.T) { propWeightsAllConstant(t, w) }))
		})
	}
}

// Property: for every valid problem the weights are finite, non-negative
// and sum to 1 (within rounding).
func propWeightsSumToOne(t *rapid.T, method mcda.Weighting) {
	rows, _, types := genProblem(t)
	m := wtMatrix(t, rows, types)
	w, err := method.Weights(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	checkProbability(t, w)
}

// Property: a reused method value gives bit-identical weights to a fresh
// one, after being used on another problem.
func propWeightsDeterministic(t *rapid.T, method mcda.Weighting) {
	rows, _, types := genProblem(t)
	rows2, _, types2 := genProblem(t)
	m, m2 := wtMatrix(t, rows, types), wtMatrix(t, rows2, types2)
	fresh := wtFresh(method)
	want, err := fresh.Weights(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := method.Weights(nil, m2); err != nil {
		t.Fatal(err)
	}
	got, err := method.Weights(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("reused value differs (-fresh +reused):\n%s", diff)
	}
}

// wtFresh returns a new value of the same method and configuration.
func wtFresh(w mcda.Weighting) mcda.Weighting {
	for _, f := range wtMethods() {
		if wtLabel(f) == wtLabel(w) {
			return f
		}
	}
	panic("unknown method " + wtLabel(w))
}

// Property: multiplying one column by k in [1e-3, 1e3] leaves the weights
// unchanged, for the methods whose normalization divides by a column
// statistic (entropy's sum, min-max for std, variance and CRITIC, MEREC's
// ratios, Gini's mean).
func propWeightsScaleInvariant(t *rapid.T, method mcda.Weighting) {
	rows, _, types := genProblem(t)
	j := rapid.IntRange(0, len(rows[0])-1).Draw(t, "column")
	k := rapid.Float64Range(1e-3, 1e3).Draw(t, "k")
	want, err := wtFresh(method).Weights(nil, wtMatrix(t, rows, types))
	if err != nil {
		t.Fatal(err)
	}
	for i := range rows {
		rows[i][j] *= k
	}
	got, err := method.Weights(nil, wtMatrix(t, rows, types))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateApprox(1e-9, 1e-12)); diff != "" {
		t.Fatalf("scaling column %d by %v changed the weights (-want +got):\n%s", j, k, diff)
	}
}

// Property: when every column is a permutation of the first (and all
// criteria have the same objective), every criterion gets weight 1/n.
// MEREC and CRITIC are excluded: MEREC's S'_ij and CRITIC's correlations
// depend on how the columns combine row by row, so permuted columns need
// not get equal weights (with three columns, Σ_k (1 − r_jk) differs when
// r_13 ≠ r_23).
func propWeightsPermutedColumns(t *rapid.T, method mcda.Weighting) {
	m := rapid.IntRange(1, 8).Draw(t, "alternatives")
	n := rapid.IntRange(1, 6).Draw(t, "criteria")
	col := rapid.SliceOfN(rapid.Float64Range(1, 100), m, m).Draw(t, "column")
	rows := make([][]float64, m)
	for i := range rows {
		rows[i] = make([]float64, n)
	}
	for j := 0; j < n; j++ {
		perm := rapid.Permutation(col).Draw(t, "permutation")
		for i := range rows {
			rows[i][j] = perm[i]
		}
	}
	got, err := method.Weights(nil, wtMatrix(t, rows, nil))
	if err != nil {
		t.Fatal(err)
	}
	for j, v := range got {
		if math.Abs(v-1/float64(n)) > 1e-9 {
			t.Fatalf("w[%d] = %v, want 1/%d", j, v, n)
		}
	}
}

// Property: when every column is constant no criterion discriminates and
// the weights are exactly equal, 1/n.
func propWeightsAllConstant(t *rapid.T, method mcda.Weighting) {
	m := rapid.IntRange(1, 8).Draw(t, "alternatives")
	n := rapid.IntRange(1, 6).Draw(t, "criteria")
	vals := rapid.SliceOfN(rapid.Float64Range(0.5, 100), n, n).Draw(t, "values")
	types := rapid.SliceOfN(rapid.SampledFrom([]int{1, -1}), n, n).Draw(t, "types")
	rows := make([][]float64, m)
	for i := range rows {
		rows[i] = append([]float64(nil), vals...)
	}
	got, err := method.Weights(nil, wtMatrix(t, rows, types))
	if err != nil {
		t.Fatal(err)
	}
	for j, v := range got {
		if v != 1/float64(n) {
			t.Fatalf("w[%d] = %v, want exactly 1/%d", j, v, n)
		}
	}
}

// TestWeightingAllocs checks that a reused method value with a reused dst
// allocates nothing.
func TestWeightingAllocs(t *testing.T) {
	m := wtMatrix(t, [][]float64{{3, 100, 10, 7}, {2.5, 80, 8, 5}, {1.8, 50, 20, 11}, {2.2, 70, 12, 9}}, []int{-1, 1, -1, 1})
	for _, w := range wtMethods() {
		t.Run(wtLabel(w), func(t *testing.T) {
			dst := make([]float64, 4)
			if _, err := w.Weights(dst, m); err != nil {
				t.Fatal(err)
			}
			if n := testing.AllocsPerRun(100, func() { _, _ = w.Weights(dst, m) }); n != 0 {
				t.Errorf("Weights allocs = %v, want 0", n)
			}
		})
	}
}

// TestWeightingPanics checks the documented panic on a wrong-length dst.
func TestWeightingPanics(t *testing.T) {
	m := wtMatrix(t, [][]float64{{1, 2}, {3, 4}}, nil)
	for _, w := range wtMethods() {
		if !panics(func() { _, _ = w.Weights(make([]float64, 3), m) }) {
			t.Errorf("%s.Weights with len(dst) = 3 for 2 criteria did not panic", wtLabel(w))
		}
	}
}

// wtBench runs the standard m = 1000, n = 10 benchmark for a method.
func wtBench(b *testing.B, w mcda.Weighting) {
	for _, sz := range []struct{ m, n int }{{1000, 10}} {
		b.Run(fmt.Sprintf("m=%d,n=%d", sz.m, sz.n), func(b *testing.B) {
			m := benchProblem(b, sz.m, sz.n)
			dst := make([]float64, sz.n)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := w.Weights(dst, m); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
