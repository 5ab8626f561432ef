package sorting_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/outranking"
	"github.com/balancer-mcda/balancer/mcda/sorting"
)

// mousseau is the example of Mousseau, Słowiński & Zielniewicz (1999/2000),
// ELECTRE TRI 2.0a methodological guide and user's manual, Document du
// LAMSADE 111: performances Table 1 p. 15, thresholds and weights Table 2
// p. 16, profiles Table 9 p. 19, as transcribed in
// github.com/cghiaus/ELECTRE_Tri (data/mous3docl99_3.csv).
func mousseau(t testing.TB) (*mcda.DecisionMatrix, sorting.ELECTRETRIB) {
	t.Helper()
	crit := make([]mcda.Criterion, 5)
	for j := range crit {
		crit[j] = mcda.Criterion{Name: string(rune('1' + j)), Objective: mcda.ObjectiveBenefit, Weight: 1}
	}
	m, err := mcda.NewDecisionMatrix([]string{"a1", "a2", "a3"}, crit, [][]float64{
		{75, 67, 85, 82, 90},
		{28, 35, 70, 90, 95},
		{45, 60, 55, 68, 60},
	})
	if err != nil {
		t.Fatal(err)
	}
	th := outranking.Thresholds{Q: outranking.Constant(5), P: outranking.Constant(10), V: outranking.Constant(30), Veto: true}
	return m, sorting.ELECTRETRIB{
		Profiles:   [][]float64{{50, 48, 55, 55, 60}, {70, 75, 80, 75, 85}},
		Thresholds: []outranking.Thresholds{th, th, th, th, th},
	}
}

// transpose turns the reference's profile-major tables into ours.
func transpose(a [][]float64) [][]float64 {
	out := make([][]float64, len(a[0]))
	for i := range out {
		out[i] = make([]float64, len(a))
		for h := range a {
			out[i][h] = a[h][i]
		}
	}
	return out
}

func TestELECTRETRIBMousseau(t *testing.T) {
	m, e := mousseau(t)
	for _, lambda := range []float64{0.7, 0.75} {
		e.Lambda = lambda
		res, err := e.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		// Published intermediates: the executed notebook
		// docs/explanation/electre_tri-b_explained.ipynb of
		// github.com/cghiaus/ELECTRE_Tri, to 6 decimals (tolerance 1e-6).
		approx := cmpopts.EquateApprox(0, 1e-6)
		for _, c := range []struct {
			name      string
			got, want [][]float64
		}{
			{"C(a, b)", res.ConcordanceAB, transpose([][]float64{{1.0, 0.6, 1.0}, {0.88, 0.4, 0.12}})},
			{"C(b, a)", res.ConcordanceBA, transpose([][]float64{{0.0, 0.4, 0.6}, {0.92, 0.6, 1.0}})},
			// a2 against b2: 70 − 28 = 42 >= v = 30, a full veto.
			// a3 against b2: C = 0.12, d = 0.75, 0.25, 0.75, 0.75.
			{"σ(a, b)", res.CredibilityAB, transpose([][]float64{{1.0, 0.6, 1.0}, {0.88, 0.0, 0.002345}})},
			{"σ(b, a)", res.CredibilityBA, transpose([][]float64{{0.0, 0.0, 0.6}, {0.92, 0.6, 1.0}})},
		} {
			if diff := cmp.Diff(c.want, c.got, approx); diff != "" {
				t.Errorf("λ = %v: %s (-want +got):\n%s", lambda, c.name, diff)
			}
		}
		// Assignments computed by us with the standard rules (the manual's
		// own table was not accessible), 0-based: a1 I b_2 (σ 0.88 and
		// 0.92 >= λ) goes to the best category by both rules; a2 is
		// vetoed against b_2 but b_1 does not outrank it (σ = 0), so the
		// rules disagree; a3 outranks b_1 (σ = 1), is outranked by b_2.
		if diff := cmp.Diff([]int{2, 0, 1}, res.Pessimistic); diff != "" {
			t.Errorf("λ = %v: pessimistic (-want +got):\n%s", lambda, diff)
		}
		if diff := cmp.Diff([]int{2, 2, 1}, res.Optimistic); diff != "" {
			t.Errorf("λ = %v: optimistic (-want +got):\n%s", lambda, diff)
		}
	}
}

func TestELECTRETRIBErrors(t *testing.T) {
	m, base := mousseau(t)
	for name, c := range map[string]struct {
		mod func(e *sorting.ELECTRETRIB)
		is  error
	}{
		"λ below 0.5":       {func(e *sorting.ELECTRETRIB) { e.Lambda = 0.4 }, mcda.ErrParameter},
		"λ above 1":         {func(e *sorting.ELECTRETRIB) { e.Lambda = 1.01 }, mcda.ErrParameter},
		"no profiles":       {func(e *sorting.ELECTRETRIB) { e.Profiles = nil }, mcda.ErrParameter},
		"not dominating":    {func(e *sorting.ELECTRETRIB) { e.Profiles = [][]float64{{50, 48, 55, 55, 60}, {70, 40, 80, 75, 85}} }, mcda.ErrParameter},
		"equal profiles":    {func(e *sorting.ELECTRETRIB) { e.Profiles = [][]float64{{50, 48, 55, 55, 60}, {50, 48, 55, 55, 60}} }, mcda.ErrParameter},
		"short profile":     {func(e *sorting.ELECTRETRIB) { e.Profiles = [][]float64{{50, 48, 55, 55}} }, mcda.ErrShape},
		"veto below p":      {func(e *sorting.ELECTRETRIB) { e.Thresholds[2].V = outranking.Constant(8) }, mcda.ErrParameter},
		"short thresholds":  {func(e *sorting.ELECTRETRIB) { e.Thresholds = e.Thresholds[:2] }, mcda.ErrShape},
		"profile threshold": {func(e *sorting.ELECTRETRIB) { e.ProfileThresholds = [][]outranking.Thresholds{e.Thresholds} }, mcda.ErrShape},
	} {
		e := base
		e.Thresholds = append([]outranking.Thresholds(nil), base.Thresholds...)
		c.mod(&e)
		_, err := e.Evaluate(m)
		if !errors.Is(err, c.is) {
			t.Errorf("%s: err = %v, want %v", name, err, c.is)
		}
	}
	e := base
	e.Profiles = [][]float64{{50, 48, 55, 55, 60}, {70, 40, 80, 75, 85}}
	_, err := e.Evaluate(m)
	var pe *outranking.ProfileError
	if !errors.As(err, &pe) || pe.Profile != 1 || pe.Criterion != 1 {
		t.Errorf("not dominating: err = %v, want profile 1, criterion 1", err)
	}
}

// TestELECTRETRIBProfileThresholds: thresholds belong to the profile and
// affine ones are evaluated at its value. One cost criterion, profile
// b = 100, q(g) = 0.1·g = 10 and p(g) = 0.2·g = 20 at the profile (they
// would be 11 and 22 at a = 110). a = 110 falls short of b by 10 <= q:
// c(a, b) = 1. a = 115: (20 − 15)/(20 − 10) = 0.5.
func TestELECTRETRIBProfileThresholds(t *testing.T) {
	m, err := mcda.NewDecisionMatrix([]string{"a110", "a115"},
		[]mcda.Criterion{{Name: "cost", Objective: mcda.ObjectiveCost, Weight: 1}}, [][]float64{{110}, {115}})
	if err != nil {
		t.Fatal(err)
	}
	e := sorting.ELECTRETRIB{
		Profiles:          [][]float64{{100}},
		ProfileThresholds: [][]outranking.Thresholds{{{Q: outranking.Threshold{Beta: 0.1}, P: outranking.Threshold{Beta: 0.2}}}},
		Lambda:            0.5,
	}
	res, err := e.Evaluate(m)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([][]float64{{1}, {0.5}}, res.ConcordanceAB, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("C(a, b) (-want +got):\n%s", diff)
	}
	// b is cheaper: C(b, a) = 1 for both; a110 I b, a115 S b at λ = 0.5.
	if diff := cmp.Diff([]int{1, 1}, res.Pessimistic); diff != "" {
		t.Errorf("pessimistic (-want +got):\n%s", diff)
	}
}
