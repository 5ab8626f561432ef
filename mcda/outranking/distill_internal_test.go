package outranking

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/balancer-mcda/balancer/mcda"
)

// TestDistillationIncomparable: a chain a T b T d with c outranking
// nothing and outranked by nothing. The descending distillation puts c
// with d, last; the ascending one puts c with a, first; so the final
// preorder has c incomparable to b (and to d... no: c is above d in the
// ascending one and tied in the descending one, so c P d).
func TestDistillationIncomparable(t *testing.T) {
	sigma := [][]float64{
		{1, 1, 0, 0},
		{0, 1, 0, 1},
		{0, 0, 1, 0},
		{0, 0, 0, 1},
	}
	d := distiller{sigma: sigma, alpha: -0.15, beta: 0.3}
	desc, err := d.run(context.Background(), true)
	if err != nil {
		t.Fatal(err)
	}
	asc, err := d.run(context.Background(), false)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([][]int{{0}, {1}, {2, 3}}, desc); diff != "" {
		t.Errorf("descending (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([][]int{{0, 2}, {1}, {3}}, asc); diff != "" {
		t.Errorf("ascending (-want +got):\n%s", diff)
	}
	r1, r2 := classRanks(desc, 4), classRanks(asc, 4)
	for _, c := range []struct {
		a, b int
		want Relation
	}{{2, 1, RelationIncomparable}, {1, 2, RelationIncomparable}, {2, 3, RelationPreferred}, {0, 2, RelationPreferred}, {0, 1, RelationPreferred}, {3, 1, RelationWorse}, {2, 2, RelationIndifferent}} {
		if got := intersect(r1, r2, c.a, c.b); got != c.want {
			t.Errorf("relation(%d, %d) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	// Levels: a first; then b and c (nothing above c but a); then d.
	if diff := cmp.Diff([]int{1, 2, 2, 3}, FinalRank(r1, r2)); diff != "" {
		t.Errorf("levels (-want +got):\n%s", diff)
	}
}

// TestCheckDiscordance: 2048 alternatives on 8 criteria fit the default
// limit exactly; a ninth criterion does not; 2049 alternatives fail the
// pair limit.
func TestCheckDiscordance(t *testing.T) {
	if err := checkDiscordance(2048, 8, 0); err != nil {
		t.Errorf("2048 × 8: %v", err)
	}
	if err := checkDiscordance(2048, 9, 0); !errors.Is(err, mcda.ErrParameter) {
		t.Errorf("2048 × 9: %v", err)
	}
	if err := checkPairs("x", 2048, 0); err != nil {
		t.Errorf("2048 pairs: %v", err)
	}
	if err := checkPairs("x", 2049, 0); !errors.Is(err, mcda.ErrParameter) {
		t.Errorf("2049 pairs: %v", err)
	}
}
