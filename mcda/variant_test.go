package mcda_test

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/balancer-mcda/balancer/mcda"
)

func TestVariant(t *testing.T) {
	crit := []mcda.Criterion{
		{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1},
		{Name: "y", Objective: mcda.ObjectiveCost, Weight: 3},
	}
	m := mustMatrix(t, []string{"A", "B", "C"}, crit, [][]float64{{1, 2}, {3, 4}, {5, 6}})
	values := []float64{6, 5, 4, 3, 2, 1}
	weights := []float64{2, 2}

	// A variant equals the matrix built from scratch, and m is unchanged.
	v, err := m.Variant(nil, values, weights)
	if err != nil {
		t.Fatal(err)
	}
	want := mustMatrix(t, []string{"A", "B", "C"}, []mcda.Criterion{
		{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 2},
		{Name: "y", Objective: mcda.ObjectiveCost, Weight: 2},
	}, [][]float64{{6, 5}, {4, 3}, {2, 1}})
	if diff := cmp.Diff(viewOf(want), viewOf(v)); diff != "" {
		t.Errorf("variant (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(viewOf(mustMatrix(t, []string{"A", "B", "C"}, crit, [][]float64{{1, 2}, {3, 4}, {5, 6}})), viewOf(m)); diff != "" {
		t.Errorf("m changed (-want +got):\n%s", diff)
	}
	// The caller's slices are copied.
	values[0], weights[0] = 100, 100
	if v.At(0, 0) != 6 || v.Criterion(0).Weight != 2 {
		t.Error("the variant shares the caller's slices")
	}

	// Reusing dst: weights only keeps m's values; values only keeps m's
	// weights.
	v2, err := m.Variant(v, nil, []float64{1, 0})
	if err != nil || v2 != v {
		t.Fatalf("reuse: %v, %v (same pointer %t)", v2, err, v2 == v)
	}
	if v.At(2, 1) != 6 || v.Weights(nil)[0] != 1 || v.Weights(nil)[1] != 0 {
		t.Errorf("weights-only variant: values %v, weights %v", v.Row(nil, 2), v.Weights(nil))
	}
	if _, err := m.Variant(v, []float64{0, 0, 1, 1, 2, 2}, nil); err != nil {
		t.Fatal(err)
	}
	if v.At(2, 1) != 2 || v.Criterion(1).Weight != 3 || m.At(2, 1) != 6 {
		t.Errorf("values-only variant: %v, weight %v; m %v", v.Row(nil, 2), v.Criterion(1).Weight, m.Row(nil, 2))
	}

	// Warm reuse allocates nothing.
	vals := []float64{1, 2, 3, 4, 5, 6}
	ws := []float64{0.5, 0.5}
	if n := testing.AllocsPerRun(100, func() {
		if _, err := m.Variant(v, vals, ws); err != nil {
			t.Fatal(err)
		}
	}); n != 0 {
		t.Errorf("Variant allocates %v times per call, want 0", n)
	}

	// Validation as NewDecisionMatrix's.
	var ve *mcda.ValueError
	if _, err := m.Variant(v, []float64{1, 2, math.NaN(), 4, 5, 6}, nil); !errors.Is(err, mcda.ErrNotFinite) || !errors.As(err, &ve) || ve.AlternativeName != "B" || ve.CriterionName != "x" {
		t.Errorf("NaN value: err = %v, want a *ValueError at B, x wrapping ErrNotFinite", err)
	}
	var ce *mcda.CriterionError
	if _, err := m.Variant(v, nil, []float64{1, -1}); !errors.Is(err, mcda.ErrWeight) || !errors.As(err, &ce) || ce.Name != "y" {
		t.Errorf("negative weight: err = %v, want a *CriterionError naming y wrapping ErrWeight", err)
	}
	if _, err := m.Variant(v, nil, []float64{0, 0}); !errors.Is(err, mcda.ErrWeight) {
		t.Errorf("zero weights: err = %v, want ErrWeight", err)
	}

	// Misuse panics.
	other := mustMatrix(t, []string{"A", "B", "C"}, crit, [][]float64{{1, 2}, {3, 4}, {5, 6}})
	for name, f := range map[string]func(){
		"foreign dst":   func() { other.Variant(v, nil, nil) },
		"short values":  func() { m.Variant(nil, []float64{1}, nil) },
		"short weights": func() { m.Variant(nil, nil, []float64{1}) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			f()
		}()
	}
}
