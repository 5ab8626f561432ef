package mcda_test

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

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
		crit[j] = mcda.Criterion{Name: "C" + itoa(j+1), Objective: mcda.ObjectiveBenefit, Weight: weights[j]}
		if types[j] < 0 {
			crit[j].Objective = mcda.ObjectiveCost
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

// scoresOf returns method's scores for the problem built by [problem],
// failing the test on error.
func scoresOf(t *testing.T, method mcda.Method, rows [][]float64, w []float64, types []int) []float64 {
	t.Helper()
	s, err := method.Scores(nil, problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// wantScores reports a "scores mismatch (-want +got)" error unless got
// equals want under opts (exactly when opts is empty).
func wantScores(t *testing.T, want, got []float64, opts ...cmp.Option) {
	t.Helper()
	if diff := cmp.Diff(want, got, opts...); diff != "" {
		t.Errorf("scores mismatch (-want +got):\n%s", diff)
	}
}

// wantValueError reports an error unless err wraps cause and, for alt >=
// 0, is a *mcda.ValueError at (alt, crit); for alt < 0, err must not be a
// *mcda.ValueError.
func wantValueError(t *testing.T, err, cause error, alt, crit int) {
	t.Helper()
	if !errors.Is(err, cause) {
		t.Errorf("err = %v, want %v", err, cause)
		return
	}
	var ve *mcda.ValueError
	if got := errors.As(err, &ve); got != (alt >= 0) {
		t.Errorf("errors.As(*ValueError) = %v for %v", got, err)
		return
	}
	if alt >= 0 && (ve.Alternative != alt || ve.Criterion != crit) {
		t.Errorf("err = %v: *ValueError at (%d, %d), want (%d, %d)", err, ve.Alternative, ve.Criterion, alt, crit)
	}
}

// wantAlternativeError reports an error unless err wraps cause and is a
// *mcda.AlternativeError naming alternative i ("A1" for 0, as [problem]
// names them).
func wantAlternativeError(t *testing.T, err, cause error, i int) {
	t.Helper()
	var ae *mcda.AlternativeError
	if !errors.Is(err, cause) || !errors.As(err, &ae) || ae.Index != i || ae.Name != "A"+itoa(i+1) {
		t.Errorf("err = %v, want an *AlternativeError at %d wrapping %v", err, i, cause)
	}
}

// wantCriterionError reports an error unless err wraps cause and is a
// *mcda.CriterionError naming criterion j ("C1" for 0, as [problem] names
// them).
func wantCriterionError(t *testing.T, err, cause error, j int) {
	t.Helper()
	var ce *mcda.CriterionError
	if !errors.Is(err, cause) || !errors.As(err, &ce) || ce.Index != j || ce.Name != "C"+itoa(j+1) {
		t.Errorf("err = %v, want a *CriterionError at %d wrapping %v", err, j, cause)
	}
}

// wantZeroAllocs checks that method, reused with a dst of the right
// length, scores m without allocating, and that a dst one too short and
// one too long both panic.
func wantZeroAllocs(t *testing.T, method mcda.Method, m *mcda.DecisionMatrix) {
	t.Helper()
	rows, _ := m.Dims()
	dst := make([]float64, rows)
	if _, err := method.Scores(dst, m); err != nil {
		t.Fatal(err)
	}
	if n := testing.AllocsPerRun(100, func() { method.Scores(dst, m) }); n != 0 {
		t.Errorf("%s: Scores allocs = %v, want 0", method.Name(), n)
	}
	if !panics(func() { method.Scores(make([]float64, rows-1), m) }) {
		t.Errorf("%s: Scores with a short dst did not panic", method.Name())
	}
	if !panics(func() { method.Scores(make([]float64, rows+1), m) }) {
		t.Errorf("%s: Scores with a long dst did not panic", method.Name())
	}
}

// makeDominator overwrites row a so that alternative a is at least as good
// as b on every criterion (by a drawn factor in [1, 2]) and strictly
// better on one drawn criterion (by a factor in [1.01, 2]).
func makeDominator(t *rapid.T, rows [][]float64, w []float64, types []int, a, b int) {
	better := rapid.IntRange(0, len(w)-1).Draw(t, "strictly better on")
	for j := range w {
		f := rapid.Float64Range(1, 2).Draw(t, "factor")
		if j == better {
			f = rapid.Float64Range(1.01, 2).Draw(t, "strict factor")
		}
		if types[j] > 0 {
			rows[a][j] = rows[b][j] * f
		} else {
			rows[a][j] = rows[b][j] / f
		}
	}
}

// benchScores benchmarks method.Scores, reusing dst, on the m=1000, n=10
// problem of benchProblem.
func benchScores(b *testing.B, method mcda.Method) {
	b.Run("m=1000,n=10", func(b *testing.B) {
		m := benchProblem(b, 1000, 10)
		dst := make([]float64, 1000)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := method.Scores(dst, m); err != nil {
				b.Fatal(err)
			}
		}
	})
}
