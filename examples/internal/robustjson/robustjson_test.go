package robustjson

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

// TestForms checks the names and words of the JSON forms on a problem
// whose first place changes with the weight of c1: A2 leads at equal
// weights, A1 once c1 weighs enough.
func TestForms(t *testing.T) {
	m, err := mcda.NewDecisionMatrix([]string{"A1", "A2"},
		[]mcda.Criterion{{Name: "c1", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "c2", Objective: mcda.ObjectiveBenefit, Weight: 1}},
		[][]float64{{3, 1}, {1, 4}})
	if err != nil {
		t.Fatal(err)
	}
	ss, err := robust.Sensitivity(context.Background(), &mcda.WSM{}, m, robust.SensitivityOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out := Sensitivities(ss, m)
	if len(out) != 2 || out[0].Criterion != "c1" || len(out[0].Breakpoints) != 1 {
		t.Fatalf("Sensitivities = %+v", out)
	}
	b := out[0].Breakpoints[0]
	if b.A != "A1" || b.B != "A2" || b.Before != "behind" || b.After != "ahead" || b.Rank != 1 {
		t.Errorf("breakpoint %+v, want A1 behind A2 below the weight, ahead above, for rank 1", b)
	}
	js, err := json.Marshal(out[0])
	if err != nil || !strings.Contains(string(js), `"first_stable":{"lo":`) {
		t.Errorf("JSON %s, %v", js, err)
	}
	res := &robust.SMAAResult{Alternatives: []string{"A1", "A2"}, Acceptability: [][]float64{{0.25, 0.75}, {0.75, 0.25}},
		CentralWeights: [][]float64{{0.9, 0.1}, {0.2, 0.8}}}
	rows := SMAA(res)
	if len(rows) != 2 || rows[1].Alternative != "A2" || rows[1].Acceptability[0] != 0.75 || rows[1].Confidence != 0 {
		t.Errorf("SMAA = %+v", rows)
	}
	res.Confidence = []float64{0.4, 0.6}
	if rows := SMAA(res); rows[0].Confidence != 0.4 {
		t.Errorf("SMAA with confidence = %+v", rows)
	}
}

func TestSMAASpace(t *testing.T) {
	for _, c := range []struct {
		ws        robust.WeightSpace
		uncertain int
		want      string
	}{
		{robust.WeightSpace{}, 0, "weights uniform on the simplex"},
		{robust.WeightSpace{Fixed: true}, 2, "the file's weights, 2 uncertain values"},
		{robust.WeightSpace{Order: [][]int{{0, 1}}}, 1, "weights uniform on the simplex under 1 order chain, 1 uncertain value"},
		{robust.WeightSpace{Bounds: []robust.Interval{{Lo: 0, Hi: 1}, {Lo: 0.1, Hi: 1}, {Lo: 0, Hi: 0.5}}, Order: [][]int{{0, 1}, {2, 1}}}, 0,
			"weights uniform on the simplex under 2 weight bounds and 2 order chains"},
	} {
		if got := SMAASpace(c.ws, c.uncertain); got != c.want {
			t.Errorf("SMAASpace(%+v, %d) = %q, want %q", c.ws, c.uncertain, got, c.want)
		}
	}
}
