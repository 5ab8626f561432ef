package outranking_test

import (
	"context"
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/outranking"
)

// schools is the input of the R package MCDA's test tests/ELECTRE.R
// (github.com/paterijk/MCDA, ELECTRE3 on 4 schools × 2 criteria), as
// transcribed in /work/shared/refcases/electre3/mcda_r_schools_computed.json.
// The R test prints and asserts nothing: the expected matrices below were
// computed with the formulas of Figueira, Mousseau & Roy (2005), and the
// entries checked by hand are marked.
func schools(t testing.TB) (*mcda.DecisionMatrix, []outranking.Thresholds) {
	t.Helper()
	m, err := mcda.NewDecisionMatrix(
		[]string{"School-A", "School-B", "School-C", "School-D"},
		[]mcda.Criterion{{Name: "Location", Objective: mcda.ObjectiveBenefit, Weight: 0.25}, {Name: "Quality", Objective: mcda.ObjectiveBenefit, Weight: 0.75}},
		[][]float64{{-0.2, 3}, {-2.3, 9}, {-2.4, 10}, {-1.0, 7}})
	if err != nil {
		t.Fatal(err)
	}
	th := []outranking.Thresholds{
		{Q: outranking.Constant(0.2), P: outranking.Constant(1), V: outranking.Constant(3.5), Veto: true},
		{Q: outranking.Constant(1), P: outranking.Constant(2), V: outranking.Constant(4), Veto: true},
	}
	return m, th
}

func TestELECTREIIISchools(t *testing.T) {
	m, th := schools(t)
	e := outranking.ELECTREIII{Thresholds: th}
	res, err := e.Evaluate(context.Background(), m)
	if err != nil {
		t.Fatal(err)
	}
	// Tolerance 1e-6: the reference rounds σ to 6 decimals.
	approx := cmpopts.EquateApprox(0, 1e-6)
	wantC := [][]float64{
		{1, 0.25, 0.25, 0.25},
		{0.75, 1, 1, 0.75},
		{0.75, 1, 1, 0.75},
		{0.8125, 0.25, 0.25, 1},
	}
	if diff := cmp.Diff(wantC, res.Concordance, approx); diff != "" {
		t.Errorf("concordance (-want +got):\n%s", diff)
	}
	wantS := [][]float64{
		{1, 0, 0, 0},
		{0.75, 1, 1, 0.75},
		{0.75, 1, 1, 0.75},
		// σ(D, C) by hand: C = 0.25, d_Quality = (3−2)/(4−2) = 0.5 > C,
		// σ = 0.25·(1−0.5)/(1−0.25) = 1/6.
		{0.8125, 0.25, 1.0 / 6, 1},
	}
	if diff := cmp.Diff(wantS, res.Credibility, approx); diff != "" {
		t.Errorf("credibility (-want +got):\n%s", diff)
	}
	// A Quality shortfall of 6 or 7 exceeds v = 4: full veto.
	if got := res.Discordance[1][0][1]; got != 1 {
		t.Errorf("d_Quality(A, B) = %v, want 1", got)
	}
	wantClasses := [][]int{{1, 2}, {3}, {0}}
	if diff := cmp.Diff(wantClasses, res.Descending); diff != "" {
		t.Errorf("descending (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantClasses, res.Ascending); diff != "" {
		t.Errorf("ascending (-want +got):\n%s", diff)
	}
	P, W, I := outranking.RelationPreferred, outranking.RelationWorse, outranking.RelationIndifferent
	wantR := [][]outranking.Relation{
		{I, W, W, W},
		{P, I, I, P},
		{P, I, I, P},
		{P, W, W, I},
	}
	if diff := cmp.Diff(wantR, res.Relations()); diff != "" {
		t.Errorf("relations (-want +got):\n%s", diff)
	}
}

func TestELECTREIIIErrors(t *testing.T) {
	m, th := schools(t)
	bad := func(mod func(e *outranking.ELECTREIII)) error {
		e := outranking.ELECTREIII{Thresholds: append([]outranking.Thresholds(nil), th...)}
		mod(&e)
		_, err := e.Evaluate(context.Background(), m)
		return err
	}
	for name, mod := range map[string]func(e *outranking.ELECTREIII){
		"veto below p":   func(e *outranking.ELECTREIII) { e.Thresholds[1].V = outranking.Constant(1.5) },
		"q above p":      func(e *outranking.ELECTREIII) { e.Thresholds[0].Q = outranking.Constant(2) },
		"negative q":     func(e *outranking.ELECTREIII) { e.Thresholds[0].Q = outranking.Constant(-1) },
		"NaN p":          func(e *outranking.ELECTREIII) { e.Thresholds[0].P = outranking.Constant(math.NaN()) },
		"affine below 0": func(e *outranking.ELECTREIII) { e.Thresholds[1].Q = outranking.Threshold{Alpha: 0, Beta: -0.1} },
		"s negative":     func(e *outranking.ELECTREIII) { e.Alpha, e.Beta = ptr(-0.5), ptr(0.3) },
		"max pairs":      func(e *outranking.ELECTREIII) { e.MaxPairs = 15 },
	} {
		if err := bad(mod); !errors.Is(err, mcda.ErrParameter) {
			t.Errorf("%s: err = %v, want ErrParameter", name, err)
		}
	}
	e := outranking.ELECTREIII{Thresholds: th[:1]}
	if _, err := e.Evaluate(context.Background(), m); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("short thresholds: err = %v, want ErrShape", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := (&outranking.ELECTREIII{Thresholds: th}).Evaluate(ctx, m); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}

func ptr(v float64) *float64 { return &v }

// TestELECTREIIIDistillationCoefficients checks that nil coefficients are
// the defaults, that one given coefficient leaves the other at its default,
// and that α = β = 0 (s = 0) is used as given, not taken for the default.
func TestELECTREIIIDistillationCoefficients(t *testing.T) {
	m, th := schools(t)
	for _, c := range []struct {
		alpha, beta *float64
		want        [2]float64
	}{
		{nil, nil, [2]float64{-0.15, 0.3}},
		{ptr(0), ptr(0), [2]float64{0, 0}},
		{nil, ptr(0.5), [2]float64{-0.15, 0.5}},
		{ptr(0), nil, [2]float64{0, 0.3}},
	} {
		res, err := (&outranking.ELECTREIII{Thresholds: th, Alpha: c.alpha, Beta: c.beta}).Evaluate(context.Background(), m)
		if err != nil {
			t.Fatal(err)
		}
		if got := [2]float64{res.Alpha, res.Beta}; got != c.want {
			t.Errorf("Alpha %v, Beta %v: used %v, want %v", c.alpha, c.beta, got, c.want)
		}
	}
}

func TestELECTREIIIAffineCost(t *testing.T) {
	// A cost criterion with an affine threshold: q(g) = 0.1·g evaluated
	// at g(a). a = 100, b = 95: b better by 5 <= q(100) = 10, so
	// c(a, b) = 1; b = 95 against a = 100: a worse, b's shortfall is
	// negative, c(b, a) = 1. With a = 100, b = 80: shortfall 20 >= p(100)
	// = 0.2·100 = 20 → c = 0.
	m, err := mcda.NewDecisionMatrix([]string{"a", "b", "c"},
		[]mcda.Criterion{{Name: "cost", Objective: mcda.ObjectiveCost, Weight: 1}},
		[][]float64{{100}, {95}, {80}})
	if err != nil {
		t.Fatal(err)
	}
	th := []outranking.Thresholds{{Q: outranking.Threshold{Beta: 0.1}, P: outranking.Threshold{Beta: 0.2}}}
	res, err := (&outranking.ELECTREIII{Thresholds: th}).Evaluate(context.Background(), m)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]float64{
		{1, 1, 0},
		{1, 1, (19 - 15) / 9.5}, // b vs c: shortfall 15, q(95) = 9.5, p(95) = 19
		{1, 1, 1},
	}
	if diff := cmp.Diff(want, res.Concordance, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("concordance (-want +got):\n%s", diff)
	}
}
