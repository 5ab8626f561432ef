package mcda_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// seededProblem returns an m×n problem whose values come from a seeded
// generator: drawing a large matrix value by value through rapid would be
// slow, and the seed is itself a labelled draw. kind selects the values:
// 0 uniform in [1, 100), 1 small integers 1…5 (many exact and near ties),
// 2 uniform in [0, 1e-300) (tiny, with zeros), 3 identical rows.
func seededProblem(t tHelper, seed uint64, m, n, kind int) *mcda.DecisionMatrix {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 7))
	alts := make([]string, m)
	rows := make([][]float64, m)
	for i := range rows {
		alts[i] = fmt.Sprint("a", i)
		rows[i] = make([]float64, n)
		for j := range rows[i] {
			switch kind {
			case 0:
				rows[i][j] = 1 + 99*rng.Float64()
			case 1:
				rows[i][j] = float64(1 + rng.IntN(5))
			case 2:
				rows[i][j] = float64(rng.IntN(3)) * 1e-300 * rng.Float64()
			case 3:
				rows[i][j] = float64(j + 1)
			}
		}
	}
	crit := make([]mcda.Criterion, n)
	for j := range crit {
		crit[j] = mcda.Criterion{Name: fmt.Sprint("c", j), Objective: mcda.ObjectiveBenefit, Weight: 0.01 + rng.Float64()}
		if rng.IntN(2) == 1 {
			crit[j].Objective = mcda.ObjectiveCost
		}
	}
	dm, err := mcda.NewDecisionMatrix(alts, crit, rows)
	if err != nil {
		t.Fatalf("building problem: %v", err)
	}
	return dm
}

// drawProblem draws a problem for the parallel and streaming properties:
// up to three blocks of 4096 alternatives and a ragged last block.
func drawProblem(t *rapid.T) *mcda.DecisionMatrix {
	seed := rapid.Uint64().Draw(t, "seed")
	m := rapid.IntRange(1, 50).Draw(t, "small m")
	if rapid.Bool().Draw(t, "large") {
		m = rapid.IntRange(4000, 3*4096+100).Draw(t, "large m")
	}
	n := rapid.IntRange(1, 12).Draw(t, "n")
	kind := rapid.IntRange(0, 3).Draw(t, "kind")
	return seededProblem(t, seed, m, n, kind)
}

// drawMethod draws a method value with any normalization it accepts, and
// workers as given.
func drawMethod(t *rapid.T, workers int) mcda.Method {
	k := mcda.Normalization(rapid.IntRange(0, 5).Draw(t, "normalization"))
	switch rapid.IntRange(0, 2).Draw(t, "method") {
	case 0:
		return &mcda.TOPSIS{Normalization: k, Workers: workers}
	case 1:
		return &mcda.WSM{Normalization: k, Workers: workers}
	}
	switch k {
	case mcda.NormalizationVector, mcda.NormalizationMinMax:
		k = mcda.NormalizationMax
	}
	return &mcda.WPM{Normalization: k, Workers: workers}
}

// withWorkers returns a copy of method's configuration with the given
// number of workers and a fresh workspace.
func withWorkers(method mcda.Method, workers int) mcda.Method {
	switch mt := method.(type) {
	case *mcda.TOPSIS:
		return &mcda.TOPSIS{Normalization: mt.Normalization, Workers: workers}
	case *mcda.WSM:
		return &mcda.WSM{Normalization: mt.Normalization, Workers: workers}
	case *mcda.WPM:
		return &mcda.WPM{Normalization: mt.Normalization, Workers: workers}
	case *mcda.MOORA:
		return &mcda.MOORA{Workers: workers}
	case *mcda.MOORARefPoint:
		return &mcda.MOORARefPoint{Workers: workers}
	case *mcda.MOORAFMF:
		return &mcda.MOORAFMF{Unweighted: mt.Unweighted, Workers: workers}
	case *mcda.SPOTIS:
		return &mcda.SPOTIS{Bounds: mt.Bounds, Workers: workers}
	case *mcda.MARCOS:
		return &mcda.MARCOS{Workers: workers}
	case *mcda.WASPAS:
		return &mcda.WASPAS{Lambda: mt.Lambda, Workers: workers}
	case *mcda.VIKOR:
		return &mcda.VIKOR{V: mt.V, Workers: workers}
	case *mcda.EDAS:
		return &mcda.EDAS{Workers: workers}
	case *mcda.COPRAS:
		return &mcda.COPRAS{Workers: workers}
	case *mcda.ARAS:
		return &mcda.ARAS{Workers: workers}
	case *mcda.MABAC:
		return &mcda.MABAC{Workers: workers}
	case *mcda.COCOSO:
		return &mcda.COCOSO{Lambda: mt.Lambda, Workers: workers}
	}
	panic("withWorkers: unexpected method")
}

// sameBits reports the first index at which a and b differ bit for bit, or
// -1.
func sameBits(a, b []float64) int {
	if len(a) != len(b) {
		return 0
	}
	for i := range a {
		if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
			return i
		}
	}
	return -1
}

func TestParallelProperties(t *testing.T) {
	t.Run("BitIdenticalToSerial", rapid.MakeCheck(propParallelBitIdentical))
	t.Run("TOPSISEvaluateBitIdentical", rapid.MakeCheck(propTOPSISEvaluateBitIdentical))
}

// Property: for any problem, method and normalization, the scores with 1…8
// workers are bit-for-bit the serial scores (or the same error), and a
// reused workspace gives the same bits again.
func propParallelBitIdentical(t *rapid.T) {
	m := drawProblem(t)
	serial := drawMethod(t, 0)
	want, werr := serial.Scores(nil, m)
	for workers := 1; workers <= 8; workers++ {
		par := withWorkers(serial, workers)
		for range 2 {
			got, err := par.Scores(nil, m)
			if (err == nil) != (werr == nil) {
				t.Fatalf("%s workers=%d: err = %v, serial err = %v", serial.Name(), workers, err, werr)
			}
			if i := sameBits(want, got); err == nil && i >= 0 {
				t.Fatalf("%s workers=%d: score %d = %v, serial %v", serial.Name(), workers, i, got[i], want[i])
			}
		}
	}
}

// Property: TOPSIS's Evaluate gives bit-identical closeness and distances
// with any number of workers, and the same closeness as Scores.
func propTOPSISEvaluateBitIdentical(t *rapid.T) {
	m := drawProblem(t)
	k := mcda.Normalization(rapid.IntRange(0, 5).Draw(t, "normalization"))
	workers := rapid.IntRange(2, 8).Draw(t, "workers")
	want, werr := (&mcda.TOPSIS{Normalization: k}).Evaluate(m)
	got, err := (&mcda.TOPSIS{Normalization: k, Workers: workers}).Evaluate(m)
	if (err == nil) != (werr == nil) {
		t.Fatalf("err = %v, serial err = %v", err, werr)
	}
	if err != nil {
		return
	}
	for _, c := range []struct {
		name      string
		want, got []float64
	}{
		{"closeness", want.Closeness, got.Closeness},
		{"D+", want.DistIdeal, got.DistIdeal},
		{"D-", want.DistAntiIdeal, got.DistAntiIdeal},
	} {
		if i := sameBits(c.want, c.got); i >= 0 {
			t.Fatalf("%s[%d] = %v, serial %v", c.name, i, c.got[i], c.want[i])
		}
	}
	scores, _ := (&mcda.TOPSIS{Normalization: k, Workers: workers}).Scores(nil, m)
	if i := sameBits(want.Closeness, scores); i >= 0 {
		t.Fatalf("Scores[%d] = %v, Evaluate %v", i, scores[i], want.Closeness[i])
	}
}

// TestParallelZeroAlloc checks that a warm method value with several
// workers scores a large problem without allocating.
func TestParallelZeroAlloc(t *testing.T) {
	if testing.Short() {
		t.Skip("large problem")
	}
	m := seededProblem(t, 1, 3*4096+17, 10, 0)
	dst := make([]float64, 3*4096+17)
	for _, method := range []mcda.Method{
		&mcda.TOPSIS{Workers: 4},
		&mcda.TOPSIS{Normalization: mcda.NormalizationSum, Workers: 2},
		&mcda.WSM{Workers: 3},
		&mcda.WPM{Workers: 2},
	} {
		if _, err := method.Scores(dst, m); err != nil {
			t.Fatal(err)
		}
		if n := testing.AllocsPerRun(50, func() { method.Scores(dst, m) }); n != 0 {
			t.Errorf("%s with workers: allocs = %v, want 0", method.Name(), n)
		}
	}
}

// TestParallelConcurrentValues runs distinct method values concurrently:
// their teams share the helper goroutines.
func TestParallelConcurrentValues(t *testing.T) {
	m := seededProblem(t, 2, 2*4096+5, 4, 0)
	want, err := (&mcda.TOPSIS{}).Scores(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan []float64)
	for range 4 {
		go func() {
			tp := &mcda.TOPSIS{Workers: 3}
			var got []float64
			for range 5 {
				got, _ = tp.Scores(nil, m)
			}
			done <- got
		}()
	}
	for range 4 {
		if i := sameBits(want, <-done); i >= 0 {
			t.Errorf("concurrent values: score %d differs from serial", i)
		}
	}
}

// TestNormalizeSubnormal is the regression test for columns whose range,
// maximum, norm or sum is subnormal, where 1/range overflowed to +Inf and
// normalized values came out as NaN or ±Inf. Expected values are exact
// ratios of the inputs; the pre-scale by a power of two is exact, so only
// the final division rounds.
func TestNormalizeSubnormal(t *testing.T) {
	const d = 5e-324 // the smallest subnormal
	tests := []struct {
		name string
		col  []float64
		k    mcda.Normalization
		cost bool
		want []float64
	}{
		{"MinMaxSmallestRange", []float64{0, d, 2 * d}, mcda.NormalizationMinMax, false, []float64{0, 0.5, 1}},
		{"MinMaxSmallestRangeCost", []float64{0, d, 2 * d}, mcda.NormalizationMinMax, true, []float64{1, 0.5, 0}},
		{"MinMaxSubnormalRange", []float64{1e-310, 2e-310, 3e-310}, mcda.NormalizationMinMax, false, []float64{0, 0.5, 1}},
		{"MinMaxAcrossZero", []float64{-2e-310, 0, 2e-310}, mcda.NormalizationMinMax, false, []float64{0, 0.5, 1}},
		{"MinMaxNormalTinyRange", []float64{1e-308, 1e-308 + 4*d, 1e-308 + 8*d}, mcda.NormalizationMinMax, false, []float64{0, 0.5, 1}},
		{"Max", []float64{0, 1e-310, 4e-310}, mcda.NormalizationMax, false, []float64{0, 0.25, 1}},
		{"MaxSmallest", []float64{0, d, 4 * d}, mcda.NormalizationMax, false, []float64{0, 0.25, 1}},
		{"Sum", []float64{0, 1e-310, 3e-310}, mcda.NormalizationSum, false, []float64{0, 0.25, 0.75}},
		{"SumCost", []float64{1e-310, 3e-310}, mcda.NormalizationSum, true, []float64{0.75, 0.25}},
		{"SumCostNormalOverflow", []float64{1e-308, 1e-308, 1e-308, 1e-308}, mcda.NormalizationSum, true, []float64{0.25, 0.25, 0.25, 0.25}},
		{"SumCostHuge", []float64{math.MaxFloat64, math.MaxFloat64}, mcda.NormalizationSum, true, []float64{0.5, 0.5}},
		{"Vector", []float64{0, 3e-310, 4e-310}, mcda.NormalizationVector, false, []float64{0, 0.6, 0.8}},
		{"VectorSmallest", []float64{0, 3 * d, 4 * d}, mcda.NormalizationVector, false, []float64{0, 0.6, 0.8}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rows := make([][]float64, len(tc.col))
			for i, x := range tc.col {
				rows[i] = []float64{x, float64(i + 1)}
			}
			typ := 1
			if tc.cost {
				typ = -1
			}
			m := problem(t, rows, []float64{1, 1}, []int{typ, 1})
			got, err := mcda.Normalize(nil, m, tc.k)
			if err != nil {
				t.Fatal(err)
			}
			for i, want := range tc.want {
				if g := got.At(i, 0); !(math.Abs(g-want) <= 1e-15) {
					t.Errorf("Normalize(%v, %v)[%d] = %v, want %v", tc.col, tc.k, i, g, want)
				}
			}
			for _, method := range []mcda.Method{&mcda.TOPSIS{Normalization: tc.k}, &mcda.WSM{Normalization: tc.k}} {
				scores, err := method.Scores(nil, m)
				if err != nil {
					t.Errorf("%s: %v", method.Name(), err)
					continue
				}
				for i, s := range scores {
					if math.IsNaN(s) || math.IsInf(s, 0) {
						t.Errorf("%s score %d = %v, want finite", method.Name(), i, s)
					}
				}
			}
		})
	}
	// WPM on tiny positive values: the ratio P_K/P_L = Π (x_Kj/x_Lj)^±w_j
	// does not depend on the scale of a column.
	tiny := problem(t, [][]float64{{1e-310, 1}, {4e-310, 1}}, []float64{1, 1}, []int{1, 1})
	for _, k := range []mcda.Normalization{mcda.NormalizationMax, mcda.NormalizationSum, mcda.NormalizationNone} {
		p, err := (&mcda.WPM{Normalization: k}).Scores(nil, tiny)
		if err != nil {
			t.Fatalf("WPM %v: %v", k, err)
		}
		if r := p[1] / p[0]; math.Abs(r-2) > 1e-12 {
			t.Errorf("WPM %v: P_2/P_1 = %v, want 2 (= √4)", k, r)
		}
	}
}

// lambdaOf returns a pointer to l, for WASPAS.Lambda.
func lambdaOf(l float64) *float64 { return &l }
