package robust_test

import (
	"context"
	"math"
	"testing"

	"github.com/balancer-mcda/balancer/mcda/robust"
)

// TestResourceContract checks the memory orders stated in the package
// documentation (# Resources) by running each analysis at two sizes: the
// bytes allocated may grow by at most 1.5 times the stated order (16 for
// O(m²) at 4m, 1 for memory independent of the size).
// TestSMAAMemoryIndependentOfSamples checks SMAA against the sample count.
func TestResourceContract(t *testing.T) {
	if testing.Short() {
		t.Skip("runs SMAA on 160 alternatives")
	}
	check := func(t *testing.T, what string, a, b, order float64) {
		t.Helper()
		t.Logf("%s: %.0f → %.0f bytes (×%.2f, stated ×%v)", what, a, b, b/math.Max(a, 1), order)
		if b > 1.5*order*math.Max(a, 1) {
			t.Errorf("%s: allocated %v bytes, then %v: grows by %.1f, more than 1.5 × %v", what, a, b, b/a, order)
		}
	}
	t.Run("SMAA by m", func(t *testing.T) {
		run := func(rows int) float64 {
			m := smaaBenchMatrix(t, rows, 4)
			s := robust.SMAA{Samples: 512, Workers: 2}
			return float64(allocatedBytes(func() {
				if _, err := s.Run(context.Background(), smaaWSM, m); err != nil {
					t.Fatal(err)
				}
			}))
		}
		check(t, "SMAA, 40 and 160 alternatives", run(40), run(160), 16)
	})
	t.Run("SMAA by workers", func(t *testing.T) {
		m := smaaBenchMatrix(t, 100, 4)
		run := func(w int) float64 {
			s := robust.SMAA{Samples: 4096, Workers: w, ConfidenceSamples: -1}
			return float64(allocatedBytes(func() {
				if _, err := s.Run(context.Background(), smaaWSM, m); err != nil {
					t.Fatal(err)
				}
			}))
		}
		// (2W + 2)·8·m²: from W = 1 to 4, 10/4.
		check(t, "SMAA, 1 and 4 workers", run(1), run(4), 2.5)
	})
	t.Run("DominatedValues", func(t *testing.T) {
		small, large := smaaBenchMatrix(t, 50, 4), smaaBenchMatrix(t, 800, 4)
		a := float64(allocatedBytes(func() { robust.DominatedValues(small) }))
		b := float64(allocatedBytes(func() { robust.DominatedValues(large) }))
		check(t, "DominatedValues, 50 and 800 alternatives", a, b, 1)
	})
	t.Run("PathWeights", func(t *testing.T) {
		dst := make([]float64, 3)
		if n := testing.AllocsPerRun(100, func() { robust.PathWeights(dst, []float64{1, 2, 3}, 1, 0.3) }); n != 0 {
			t.Errorf("PathWeights with a dst: %v allocations, want 0", n)
		}
	})
}
