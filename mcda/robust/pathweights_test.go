package robust_test

import (
	"errors"
	"math"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

// pathWeights returns robust.PathWeights(nil, w, j, t) for weights and
// positions the test knows to be valid; it panics on an error.
func pathWeights(w []float64, j int, t float64) []float64 {
	pw, err := robust.PathWeights(nil, w, j, t)
	if err != nil {
		panic(err)
	}
	return pw
}

// Issue 13, item 4: PathWeights(nil, {1, 1}, 0, NaN) returned NaN weights
// with no error. A NaN or infinite position is a parameter error, and a
// NaN, infinite or negative weight, or weights that are all zero, a
// weight error naming the criterion; a finite position far outside
// [0, 1], and weights whose sum overflows, give finite weights.
func TestPathWeightsRejects(t *testing.T) {
	for _, tc := range []struct {
		name string
		w    []float64
		t    float64
		is   error
		crit int // -2: no *mcda.CriterionError expected
	}{
		{"NaN t", []float64{1, 1}, math.NaN(), mcda.ErrParameter, -2},
		{"+Inf t", []float64{1, 1}, math.Inf(1), mcda.ErrParameter, -2},
		{"-Inf t", []float64{1, 1}, math.Inf(-1), mcda.ErrParameter, -2},
		{"NaN weight", []float64{1, math.NaN()}, 0.5, mcda.ErrWeight, 1},
		{"infinite weight", []float64{math.Inf(1), 1}, 0.5, mcda.ErrWeight, 0},
		{"negative weight", []float64{1, -1, 3}, 0.5, mcda.ErrWeight, 1},
		{"zero weights", []float64{0, 0}, 0.5, mcda.ErrWeight, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := robust.PathWeights(nil, tc.w, 0, tc.t)
			if !errors.Is(err, tc.is) || got != nil {
				t.Fatalf("PathWeights(nil, %v, 0, %v) = %v, %v; want nil and %v", tc.w, tc.t, got, err, tc.is)
			}
			var ce *mcda.CriterionError
			if ok := errors.As(err, &ce); ok != (tc.crit != -2) || ok && ce.Index != tc.crit {
				t.Errorf("err = %v, want a *mcda.CriterionError for criterion %d", err, tc.crit)
			}
		})
	}
	for _, pos := range []float64{1e308, -1e308, 5e-324, math.Copysign(0, -1), 1 << 53} {
		for _, w := range [][]float64{{1, 1}, {1e308, 1e308, 5e-324}, {5e-324, 1}, {math.MaxFloat64, math.MaxFloat64}} {
			got, err := robust.PathWeights(nil, w, 0, pos)
			if err != nil {
				t.Errorf("PathWeights(nil, %v, 0, %v): %v", w, pos, err)
				continue
			}
			for k, v := range got {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Errorf("PathWeights(nil, %v, 0, %v)[%d] = %v", w, pos, k, v)
				}
			}
		}
	}
}
