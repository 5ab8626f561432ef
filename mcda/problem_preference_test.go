package mcda_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/balancer-mcda/balancer/mcda"
)

func TestReadProblemPreferences(t *testing.T) {
	doc := `{"criteria": [
	  {"name": "price", "type": "cost", "weight": 2, "preference": {"function": "linear", "q": 1, "p": 2}},
	  {"name": "speed", "type": "benefit", "weight": 1},
	  {"preference": {"s": 0.5, "function": "gaussian"}, "name": "comfort", "type": "benefit", "weight": 1}
	 ],
	 "alternatives": [{"name": "A", "values": [3, 4, 5]}, {"name": "B", "values": [5, 6, 2]}]}`
	p, err := mcda.ReadProblem(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := []mcda.Preference{
		{Function: mcda.PreferenceLinear, Q: 1, P: 2},
		{Function: mcda.PreferenceUsual},
		{Function: mcda.PreferenceGaussian, S: 0.5},
	}
	if diff := cmp.Diff(want, p.Preferences); diff != "" {
		t.Errorf("Preferences (-want +got):\n%s", diff)
	}
	if r, c := p.Matrix.Dims(); r != 2 || c != 3 {
		t.Errorf("Dims = %d, %d", r, c)
	}
	// ReadJSON accepts the same document.
	if _, err := mcda.ReadJSON(strings.NewReader(doc)); err != nil {
		t.Errorf("ReadJSON: %v", err)
	}
	// Round trip.
	var buf bytes.Buffer
	if err := mcda.WriteProblem(&buf, p); err != nil {
		t.Fatal(err)
	}
	p2, err := mcda.ReadProblem(&buf)
	if err != nil {
		t.Fatalf("reading WriteProblem's output: %v\n%s", err, buf.String())
	}
	if diff := cmp.Diff(p.Preferences, p2.Preferences); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(viewOf(p.Matrix), viewOf(p2.Matrix)); diff != "" {
		t.Errorf("round trip matrix (-want +got):\n%s", diff)
	}

	// Without any preference, Preferences is nil.
	p, err = mcda.ReadProblem(strings.NewReader(`{"criteria": [{"name": "x", "type": "benefit"}], "alternatives": [{"name": "A", "values": [1]}]}`))
	if err != nil || p.Preferences != nil {
		t.Errorf("ReadProblem without preferences = %+v, %v; want nil Preferences", p, err)
	}
}

func TestReadProblemPreferenceErrors(t *testing.T) {
	doc := func(pref string) string {
		return `{"criteria": [{"name": "x", "type": "benefit"}, {"name": "y", "type": "cost", "preference": ` + pref +
			`}], "alternatives": [{"name": "A", "values": [1, 2]}, {"name": "B", "values": [2, 1]}]}`
	}
	tests := []struct {
		pref, field string
		is          error
	}{
		{`{"function": "triangle"}`, "criteria[1].preference.function", mcda.ErrParameter},
		{`{"function": "linear", "q": 1}`, "criteria[1].preference.p", mcda.ErrMissingField},
		{`{"function": "vshape", "p": 1, "q": 0}`, "criteria[1].preference.q", mcda.ErrUnknownField},
		{`{"function": "usual", "s": 1}`, "criteria[1].preference.s", mcda.ErrUnknownField},
		{`{"function": "linear", "q": 3, "p": 2}`, "criteria[1].preference", mcda.ErrParameter},
		{`{"function": "gaussian", "s": 0}`, "criteria[1].preference", mcda.ErrParameter},
		{`{"function": "ushape", "q": -1}`, "criteria[1].preference", mcda.ErrParameter},
		{`{"function": "level", "q": 1, "p": 2, "r": 3}`, "criteria[1].preference.r", mcda.ErrUnknownField},
		{`{"q": 1}`, "criteria[1].preference.function", mcda.ErrMissingField},
		{`{"function": "ushape", "q": "1"}`, "criteria[1].preference.q", nil},
		{`{"function": null}`, "criteria[1].preference.function", mcda.ErrNull},
		{`"linear"`, "criteria[1].preference", nil},
	}
	for _, tc := range tests {
		_, err := mcda.ReadProblem(strings.NewReader(doc(tc.pref)))
		var pe *mcda.ParseError
		if !errors.As(err, &pe) || pe.Field != tc.field || (tc.is != nil && !errors.Is(err, tc.is)) {
			t.Errorf("preference %s: err = %v, want a *ParseError at %q wrapping %v", tc.pref, err, tc.field, tc.is)
			continue
		}
		if pe.Offset <= 0 || pe.Offset > int64(len(doc(tc.pref))) {
			t.Errorf("preference %s: Offset %d out of range", tc.pref, pe.Offset)
		}
	}
}

func TestWriteProblemErrors(t *testing.T) {
	m := mustMatrix(t, []string{"A", "B"}, []mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1}}, [][]float64{{1}, {2}})
	var buf bytes.Buffer
	if err := mcda.WriteProblem(&buf, &mcda.Problem{Matrix: m, Preferences: make([]mcda.Preference, 2)}); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("two preferences for one criterion: err = %v, want ErrShape", err)
	}
	err := mcda.WriteProblem(&buf, &mcda.Problem{Matrix: m, Preferences: []mcda.Preference{{Function: 42}}})
	var ce *mcda.CriterionError
	if !errors.Is(err, mcda.ErrParameter) || !errors.As(err, &ce) || ce.Name != "x" {
		t.Errorf("unknown function: err = %v, want a *CriterionError naming x wrapping ErrParameter", err)
	}
}
