package mcda_test

import (
	"testing"

	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// fusedMethods builds, for a number of workers, each method that runs on
// the shared block passes (see TOPSIS.Workers) beyond TOPSIS, WSM and WPM.
var fusedMethods = []func(workers int) mcda.Method{
	func(w int) mcda.Method { return &mcda.COCOSO{Workers: w} },
	func(w int) mcda.Method { return &mcda.MABAC{Workers: w} },
	func(w int) mcda.Method { return &mcda.VIKOR{Workers: w} },
	func(w int) mcda.Method { return &mcda.EDAS{Workers: w} },
	func(w int) mcda.Method { return &mcda.SPOTIS{Workers: w} },
	func(w int) mcda.Method { return &mcda.ARAS{Workers: w} },
	func(w int) mcda.Method { return &mcda.COPRAS{Workers: w} },
	func(w int) mcda.Method { return &mcda.MOORA{Workers: w} },
	func(w int) mcda.Method { return &mcda.MOORARefPoint{Workers: w} },
	func(w int) mcda.Method { return &mcda.MARCOS{Workers: w} },
	func(w int) mcda.Method { return &mcda.WASPAS{Workers: w} },
	func(w int) mcda.Method { return &mcda.MOORAFMF{Workers: w} },
	func(w int) mcda.Method { return &mcda.MOORAFMF{Unweighted: true, Workers: w} },
	func(w int) mcda.Method { return &mcda.CODAS{Workers: w} },
}

// fusedWeightings is fusedMethods for weightings.
var fusedWeightings = []func(workers int) mcda.Weighting{
	func(w int) mcda.Weighting { return &mcda.StdDev{Workers: w} },
	func(w int) mcda.Weighting { return &mcda.Variance{Workers: w} },
	func(w int) mcda.Weighting { return &mcda.Entropy{Workers: w} },
	func(w int) mcda.Weighting { return &mcda.MEREC{Workers: w} },
	func(w int) mcda.Weighting { return &mcda.CRITIC{Workers: w} },
	func(w int) mcda.Weighting { return &mcda.Gini{Workers: w} },
}

func TestFusedProperties(t *testing.T) {
	t.Run("MethodsBitIdenticalToSerial", rapid.MakeCheck(propFusedMethodBitIdentical))
	if len(fusedWeightings) > 0 {
		t.Run("WeightingsBitIdenticalToSerial", rapid.MakeCheck(propFusedWeightingBitIdentical))
	}
}

// Property: for any problem, the scores of every fused method with 1…8
// workers are bit-for-bit its serial scores (or the same error), and a
// reused workspace gives the same bits again.
func propFusedMethodBitIdentical(t *rapid.T) {
	m := drawProblem(t)
	build := fusedMethods[rapid.IntRange(0, len(fusedMethods)-1).Draw(t, "method")]
	want, werr := build(0).Scores(nil, m)
	for workers := 1; workers <= 8; workers++ {
		par := build(workers)
		for range 2 {
			got, err := par.Scores(nil, m)
			if (err == nil) != (werr == nil) {
				t.Fatalf("%s workers=%d: err = %v, serial err = %v", par.Name(), workers, err, werr)
			}
			if i := sameBits(want, got); err == nil && i >= 0 {
				t.Fatalf("%s workers=%d: score %d = %v, serial %v", par.Name(), workers, i, got[i], want[i])
			}
		}
	}
}

// Property: for any problem, the weights of every fused weighting with 1…8
// workers are bit-for-bit its serial weights (or the same error).
func propFusedWeightingBitIdentical(t *rapid.T) {
	m := drawProblem(t)
	build := fusedWeightings[rapid.IntRange(0, len(fusedWeightings)-1).Draw(t, "weighting")]
	want, werr := build(0).Weights(nil, m)
	for workers := 1; workers <= 8; workers++ {
		par := build(workers)
		for range 2 {
			got, err := par.Weights(nil, m)
			if (err == nil) != (werr == nil) {
				t.Fatalf("%s workers=%d: err = %v, serial err = %v", par.Name(), workers, err, werr)
			}
			if i := sameBits(want, got); err == nil && i >= 0 {
				t.Fatalf("%s workers=%d: weight %d = %v, serial %v", par.Name(), workers, i, got[i], want[i])
			}
		}
	}
}

// TestFusedZeroAlloc checks that every fused method and weighting, serial
// and with workers, allocates nothing once warm, with a reused
// destination.
func TestFusedZeroAlloc(t *testing.T) {
	if testing.Short() {
		t.Skip("large problem")
	}
	m := seededProblem(t, 1, 3*4096+17, 10, 0)
	dst := make([]float64, 3*4096+17)
	w := make([]float64, 10)
	// check warms call up once, then counts its allocations.
	check := func(name string, workers int, call func() error) {
		if err := call(); err != nil {
			t.Fatal(err)
		}
		if n := testing.AllocsPerRun(20, func() { _ = call() }); n != 0 {
			t.Errorf("%s workers=%d: allocs = %v, want 0", name, workers, n)
		}
	}
	for _, workers := range []int{0, 3} {
		for _, build := range fusedMethods {
			method := build(workers)
			check(method.Name(), workers, func() error { _, err := method.Scores(dst, m); return err })
		}
		for _, build := range fusedWeightings {
			wt := build(workers)
			check(wt.Name(), workers, func() error { _, err := wt.Weights(w, m); return err })
		}
	}
}

// MULTIMOORA passes Workers to its three systems: over 4096 alternatives,
// which split into blocks, its scores and the systems' are the serial
// bits. (Its dominance counts are O(m²), too slow for the property above.)
func TestMULTIMOORAWorkers(t *testing.T) {
	m := seededProblem(t, 7, 5000, 6, 0)
	serial := &mcda.MULTIMOORA{MaxPairs: 5000 * 5000}
	want, err := serial.Evaluate(m)
	if err != nil {
		t.Fatal(err)
	}
	par := &mcda.MULTIMOORA{MaxPairs: 5000 * 5000, Workers: 3}
	got, err := par.Evaluate(m)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		want, got []float64
	}{
		{"dominance", want.Dominance, got.Dominance},
		{"ratio system", want.RatioSystem, got.RatioSystem},
		{"reference point", want.ReferencePoint, got.ReferencePoint},
		{"full multiplicative form", want.FullMultiplicative, got.FullMultiplicative},
	} {
		if i := sameBits(c.want, c.got); i >= 0 {
			t.Errorf("%s %d = %v with 3 workers, %v serially", c.name, i, c.got[i], c.want[i])
		}
	}
}
