package robust_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

func specMatrix(t testing.TB) *mcda.DecisionMatrix {
	m, err := mcda.NewDecisionMatrix([]string{"A1", "A2", "A3"},
		[]mcda.Criterion{
			{Name: "price", Objective: mcda.ObjectiveCost, Weight: 1},
			{Name: "speed", Objective: mcda.ObjectiveBenefit, Weight: 1},
			{Name: "share", Objective: mcda.ObjectiveBenefit, Weight: 1},
		},
		[][]float64{{100, 7, 0.2}, {90, 6, 0.1}, {120, 9, 0.15}})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestReadSMAASpec(t *testing.T) {
	doc := `{"weights": {"bounds": {"speed": [0.1, 0.5]}, "order": [["share", "price"], ["speed", "price"]]},
	 "uncertainty": [
	   {"alternative": "A1", "criterion": "price", "uniform": [90, 110]},
	   {"alternative": "A2", "criterion": "price", "triangular": [80, 95, 100]},
	   {"alternative": "A2", "criterion": "speed", "normal": {"mean": 7, "sd": 0.5}},
	   {"alternative": "A3", "criterion": "share", "beta": [12, 88]}]}`
	ws, cells, err := robust.ReadSMAASpec(strings.NewReader(doc), specMatrix(t))
	if err != nil {
		t.Fatal(err)
	}
	wantWS := robust.WeightSpace{Bounds: []robust.Interval{{Lo: 0, Hi: 1}, {Lo: 0.1, Hi: 0.5}, {Lo: 0, Hi: 1}}, Order: [][]int{{2, 0}, {1, 0}}}
	wantCells := []robust.CellUncertainty{
		{Alternative: 0, Criterion: 0, Dist: robust.Uniform{Lo: 90, Hi: 110}},
		{Alternative: 1, Criterion: 0, Dist: robust.Triangular{Lo: 80, Mode: 95, Hi: 100}},
		{Alternative: 1, Criterion: 1, Dist: robust.Normal{Mean: 7, SD: 0.5}},
		{Alternative: 2, Criterion: 2, Dist: robust.Beta{Alpha: 12, Beta: 88}},
	}
	if diff := cmp.Diff(wantWS, ws); diff != "" {
		t.Errorf("weight space (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantCells, cells); diff != "" {
		t.Errorf("cells (-want +got):\n%s", diff)
	}
	ws, cells, err = robust.ReadSMAASpec(strings.NewReader(`{"weights": {"fixed": true}}`), specMatrix(t))
	if err != nil || !ws.Fixed || ws.Bounds != nil || cells != nil {
		t.Errorf("fixed: %+v, %v, %v", ws, cells, err)
	}
	if _, _, err := robust.ReadSMAASpec(strings.NewReader(doc), specMatrix(t)); err != nil {
		t.Fatal(err)
	}
}

func TestReadSMAASpecErrors(t *testing.T) {
	cell := func(s string) string { return `{"uncertainty": [` + s + `]}` }
	for _, c := range []struct {
		name, doc, field string
	}{
		{"unknown key", `{"weight": {}}`, "weight"},
		{"unknown criterion in bounds", `{"weights": {"bounds": {"cost": [0, 1], "zeta": [0, 1]}}}`, "weights.bounds.cost"},
		{"unknown criterion in order", `{"weights": {"order": [["price", "cost"]]}}`, "weights.order[0][1]"},
		{"unknown alternative", cell(`{"alternative": "A9", "criterion": "price", "uniform": [1, 2]}`), "uncertainty[0].alternative"},
		{"unknown criterion", cell(`{"alternative": "A1", "criterion": "cost", "uniform": [1, 2]}`), "uncertainty[0].criterion"},
		{"cell twice", cell(`{"alternative": "A1", "criterion": "price", "uniform": [1, 2]}, {"alternative": "A1", "criterion": "price", "beta": [1, 2]}`), "uncertainty[1]"},
		{"two distributions", cell(`{"alternative": "A1", "criterion": "price", "uniform": [1, 2], "beta": [1, 2]}`), "uncertainty[0]"},
		{"no distribution", cell(`{"alternative": "A1", "criterion": "price"}`), "uncertainty[0]"},
		{"short triangular", cell(`{"alternative": "A1", "criterion": "price", "triangular": [1, 2]}`), "uncertainty[0].triangular"},
		{"long uniform", cell(`{"alternative": "A1", "criterion": "price", "uniform": [1, 2, 3]}`), "uncertainty[0].uniform"},
		{"normal without sd", cell(`{"alternative": "A1", "criterion": "price", "normal": {"mean": 1}}`), "uncertainty[0].normal"},
		{"bounds not a pair", `{"weights": {"bounds": {"price": [0, 1, 2]}}}`, "weights.bounds.price"},
		{"trailing data", `{} {}`, ""},
	} {
		_, _, err := robust.ReadSMAASpec(strings.NewReader(c.doc), specMatrix(t))
		var pe *mcda.ParseError
		if !errors.As(err, &pe) || c.field != "" && pe.Field != c.field {
			t.Errorf("%s: err = %v, want a *mcda.ParseError at %q", c.name, err, c.field)
		}
	}
	big := `{"uncertainty": [` + strings.Repeat(" ", robust.MaxSMAASpec) + `]}`
	if _, _, err := robust.ReadSMAASpec(strings.NewReader(big), specMatrix(t)); !errors.Is(err, mcda.ErrParameter) {
		t.Errorf("document above MaxSMAASpec: err = %v", err)
	}
}

// FuzzReadSMAASpec checks that any document is read or refused with a
// *mcda.ParseError, and that what is read is accepted or refused by
// SMAA.Run with an error, never a panic or NaN.
func FuzzReadSMAASpec(f *testing.F) {
	f.Add(`{"weights": {"bounds": {"speed": [0.1, 0.5]}, "order": [["share", "price"]]}}`)
	for _, v := range []string{"1e308", "-1e308", "5e-324", "-0", "9007199254740992"} {
		f.Add(`{"uncertainty": [{"alternative": "A1", "criterion": "price", "uniform": [` + v + `, 110]}]}`)
		f.Add(`{"uncertainty": [{"alternative": "A2", "criterion": "speed", "normal": {"mean": ` + v + `, "sd": ` + v + `}}]}`)
		f.Add(`{"uncertainty": [{"alternative": "A3", "criterion": "share", "beta": [` + v + `, 2]}], "weights": {"bounds": {"share": [` + v + `, 1]}}}`)
		f.Add(`{"uncertainty": [{"alternative": "A3", "criterion": "speed", "triangular": [1, ` + v + `, 9]}]}`)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		m := specMatrix(t)
		ws, cells, err := robust.ReadSMAASpec(strings.NewReader(doc), m)
		if err != nil {
			var pe *mcda.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *mcda.ParseError", err)
			}
			return
		}
		s := robust.SMAA{Samples: 50, Weights: ws, Uncertainty: cells, ConfidenceSamples: 20, Workers: 1}
		res, err := s.Run(t.Context(), func() mcda.Method { return &mcda.WSM{Normalization: mcda.NormalizationMinMax} }, m)
		if err != nil {
			return
		}
		for i, row := range res.Acceptability {
			for _, v := range row {
				if v != v {
					t.Fatalf("NaN acceptability of %d", i)
				}
			}
		}
	})
}
