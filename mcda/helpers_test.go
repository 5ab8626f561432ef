package mcda_test

import (
	"math"

	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda"
)

// Tolerances, in one place.
var (
	// Results of algebraically identical computations.
	approxTight = cmpopts.EquateApprox(1e-12, 1e-14)
	// Invariance properties across rescaled inputs: the rounding of a few
	// dozen floating-point operations.
	approxInvariant = cmpopts.EquateApprox(1e-9, 1e-12)
)

// problem builds a decision matrix from a compact description, failing the
// test on error. Objectives are +1 (benefit) or -1 (cost).
func problem(t tHelper, rows [][]float64, weights []float64, types []int) *mcda.DecisionMatrix {
	t.Helper()
	m, err := newProblem(rows, weights, types)
	if err != nil {
		t.Fatalf("building problem: %v", err)
	}
	return m
}

// tHelper is what problem needs of a *testing.T or *rapid.T.
type tHelper interface {
	Helper()
	Fatalf(format string, args ...any)
}

func newProblem(rows [][]float64, weights []float64, types []int) (*mcda.DecisionMatrix, error) {
	alts := make([]string, len(rows))
	for i := range alts {
		alts[i] = "A" + itoa(i+1)
	}
	crit := make([]mcda.Criterion, len(weights))
	for j := range crit {
		crit[j] = mcda.Criterion{Name: "C" + itoa(j+1), Objective: mcda.Benefit, Weight: weights[j]}
		if types[j] < 0 {
			crit[j].Objective = mcda.Cost
		}
	}
	return mcda.NewDecisionMatrix(alts, crit, rows)
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// panics reports whether f panics.
func panics(f func()) (panicked bool) {
	defer func() {
		if recover() != nil {
			panicked = true
		}
	}()
	f()
	return false
}

func sqrt(x float64) float64 { return math.Sqrt(x) }
