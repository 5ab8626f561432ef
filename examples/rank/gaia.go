package main

import (
	"context"
	"fmt"
	"io"
	"strconv"

	"github.com/balancer-mcda/balancer/mcda"
)

// gaiaPoint is an alternative or a criterion in the -json GAIA plane.
type gaiaPoint struct {
	Name string  `json:"name"`
	X    float64 `json:"x"`
	Y    float64 `json:"y"`
}

// gaiaOutput is the "gaia" key of the -json document.
type gaiaOutput struct {
	Delta        float64     `json:"delta"`
	Eigenvalues  []float64   `json:"eigenvalues"`
	Stick        [2]float64  `json:"stick"`
	Alternatives []gaiaPoint `json:"alternatives"`
	Criteria     []gaiaPoint `json:"criteria"`
}

// gaiaPlane computes the GAIA plane of m with PROMETHEE's preference
// functions prefs.
func gaiaPlane(m *mcda.DecisionMatrix, prefs []mcda.Preference) (*mcda.GAIA, error) {
	pr := mcda.PROMETHEE{Preferences: prefs}
	res, err := pr.Flows(context.Background(), m)
	if err != nil {
		return nil, err
	}
	return mcda.NewGAIA(res, m.Weights(nil))
}

// gaiaJSON returns the "gaia" key of the -json document.
func gaiaJSON(g *mcda.GAIA, m *mcda.DecisionMatrix) *gaiaOutput {
	out := &gaiaOutput{Delta: g.Delta, Eigenvalues: g.Eigenvalues, Stick: g.Stick}
	for a, x := range g.Alternatives {
		out.Alternatives = append(out.Alternatives, gaiaPoint{m.Alternative(a), x[0], x[1]})
	}
	for j, c := range g.Criteria {
		out.Criteria = append(out.Criteria, gaiaPoint{m.Criterion(j).Name, c[0], c[1]})
	}
	return out
}

// writeGAIA writes the GAIA plane as tables.
func writeGAIA(w io.Writer, section func(string), g *mcda.GAIA, m *mcda.DecisionMatrix) {
	section(fmt.Sprintf("GAIA plane of promethee (δ = %s of the unicriterion flows' variance kept)", f3(g.Delta)))
	f4 := func(x float64) string { return strconv.FormatFloat(x, 'f', 4, 64) }
	fmt.Fprintf(w, "decision stick (%s, %s)\n\n", f4(g.Stick[0]), f4(g.Stick[1]))
	var t table
	t.add("alternative", "x", "y")
	for a, x := range g.Alternatives {
		t.add(printable(m.Alternative(a)), f4(x[0]), f4(x[1]))
	}
	t.write(w)
	fmt.Fprintln(w)
	t = table{}
	t.add("criterion", "x", "y")
	for j, c := range g.Criteria {
		t.add(printable(m.Criterion(j).Name), f4(c[0]), f4(c[1]))
	}
	t.write(w)
	fmt.Fprintln(w, "\nAxes are the first two principal components of the unicriterion net")
	fmt.Fprintln(w, "flows (not standardized), signed so that the decision stick (the")
	fmt.Fprintln(w, "projected weights) has non-negative coordinates.")
}
