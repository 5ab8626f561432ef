package value

import (
	"context"
	"errors"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
)

func TestRelationsTransport(t *testing.T) {
	c, m := loadTransport(t)
	// Reference: RER > METRO1 > BUS only; METRO2 and TAXI are left out.
	ranks := []int{1, 2, 0, 3, 0}
	r, err := NewRelations(context.Background(), m, ranks)
	if err != nil {
		t.Fatal(err)
	}
	_ = c
	rows, _ := m.Dims()
	for a := range rows {
		for b := range rows {
			if r.Necessarily(a, b) && !r.Possibly(a, b) {
				t.Errorf("%d ≿N %d but not ≿P", a, b)
			}
			if !r.Possibly(a, b) && !r.Possibly(b, a) {
				t.Errorf("neither %d ≿P %d nor the converse", a, b)
			}
		}
	}
	// METRO1 (4, 20, 2) dominates METRO2 (2, 20, 0)? No: METRO2 is
	// cheaper. METRO1 dominates BUS (6, 40, 0) and is ranked above it.
	if !r.Necessarily(1, 3) || r.Possibly(3, 1) {
		t.Errorf("METRO1 over BUS: N %v, BUS P METRO1 %v", r.Necessarily(1, 3), r.Possibly(3, 1))
	}
	// METRO2 (2, 20, 0) dominates BUS (6, 40, 0) strictly: so METRO2 ≿N BUS.
	if !r.Necessarily(2, 3) {
		t.Error("METRO2 should necessarily beat BUS (dominance)")
	}
	t.Logf("programs %d, epsilon %v", r.Programs, r.Epsilon)
}

func TestRelationsErrors(t *testing.T) {
	_, m := loadTransport(t)
	// BUS is dominated by METRO2, so BUS ranked first is inconsistent.
	if _, err := NewRelations(context.Background(), m, []int{0, 0, 2, 1, 0}); !errors.Is(err, ErrInfeasible) {
		t.Errorf("inconsistent: %v", err)
	}
	if _, err := NewRelations(context.Background(), m, nil); !errors.Is(err, ErrReference) {
		t.Errorf("empty: %v", err)
	}
	names := make([]string, MaxRORAlternatives+1)
	rows := make([][]float64, len(names))
	for i := range names {
		names[i] = string(rune('A'+i%26)) + string(rune('a'+i/26%26)) + string(rune('0'+i/676))
		rows[i] = []float64{float64(i)}
	}
	big, err := mcda.NewDecisionMatrix(names, []mcda.Criterion{{Name: "c", Objective: mcda.ObjectiveBenefit, Weight: 1}}, rows)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewRelations(context.Background(), big, make([]int, len(names))); !errors.Is(err, ErrTooLarge) {
		t.Errorf("too large: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := NewRelations(ctx, m, []int{1, 2, 0, 3, 0}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}
