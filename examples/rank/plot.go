package main

import (
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"gonum.org/v1/plot/vg"

	"github.com/balancer-mcda/balancer/examples/internal/chart"
	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

// maxPlotted is the most alternatives a chart shows one by one: the
// ranking bars show the best maxPlotted, the GAIA plane names the
// alternatives only up to it, and the acceptability chart, one legend row
// per rank, is left out beyond it.
const maxPlotted = 30

// maxCurves is the most alternatives a sensitivity chart draws, the best
// at the current weights: one colour of the palette each.
var maxCurves = len(chart.Palette)

// maxCurveBytes bounds the memory of the sensitivity curves -plot asks
// for: robust.Sensitivity returns DefaultGridPoints scores per alternative
// and criterion, 8 bytes each.
var maxCurveBytes = 64 << 20

// curvesFit reports whether the sensitivity curves of m fit in
// maxCurveBytes.
func curvesFit(m *mcda.DecisionMatrix) bool {
	rows, cols := m.Dims()
	return float64(rows)*float64(cols)*robust.DefaultGridPoints*8 <= float64(maxCurveBytes)
}

// maxGAIAPoints is the most alternatives the GAIA plane draws: beyond it,
// one in k in input order, the smallest k that brings them under it.
var maxGAIAPoints = 5000

// labelRunes is the longest alternative or criterion name a chart shows
// whole; longer names are shortened with an ellipsis so that the tick
// labels leave room for the data.
const labelRunes = 28

// margin is the blank border around each chart.
const margin = vg.Length(6)

// gaiaRunes is the longest name the GAIA plane shows whole.
const gaiaRunes = 20

// checkPlotDir makes dir if needed and checks that files can be written in
// it, before any analysis runs.
func checkPlotDir(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("-plot %s: %w", dir, err)
	}
	f, err := os.CreateTemp(dir, ".rank-plot-*")
	if err != nil {
		return fmt.Errorf("-plot %s: cannot write there: %w", dir, err)
	}
	if err := errors.Join(f.Close(), os.Remove(f.Name())); err != nil {
		return fmt.Errorf("-plot %s: %w", dir, err)
	}
	return nil
}

// plot writes the charts of rep into dir, says on stderr what it wrote,
// and returns the charts' names (without extension).
func (rep *report) plot(dir string, stderr io.Writer) ([]string, error) {
	var names []string
	add := func(name string, c interface{ Write(string) error }) error {
		if err := c.Write(filepath.Join(dir, name)); err != nil {
			return fmt.Errorf("-plot %s: %w", dir, err)
		}
		names = append(names, name)
		return nil
	}
	m := rep.matrix
	label := func(s string) string { return chart.Shorten(printable(s), labelRunes) }
	rows, cols := m.Dims()
	alts := make([]string, rows)
	for i := range alts {
		alts[i] = label(m.Alternative(i))
	}
	first := rep.rankings[0]
	shown := first.Order[:min(len(first.Order), maxPlotted)]

	for _, r := range rep.rankings {
		order := r.Order[:len(shown)]
		bars := make([]chart.Bar, len(order))
		for k, i := range order {
			bars[k] = chart.Bar{Label: alts[i], Value: r.Scores[i]}
		}
		c := &chart.Bars{
			Title:  fmt.Sprintf("Ranking by %s, best on top", strings.ToUpper(r.Method)),
			XLabel: fmt.Sprintf("%s score (%s is better)", r.Method, better(r.HigherIsBetter)),
			Bars:   bars,
			Format: chart.Auto,
			Margin: margin,
		}
		if len(shown) < len(r.Order) {
			c.Title = fmt.Sprintf("The best %d of %s alternatives by %s", len(shown), groupDigits(len(r.Order)), strings.ToUpper(r.Method))
		}
		if err := add("ranking-"+r.Method, c); err != nil {
			return nil, err
		}
	}

	if len(rep.rankings) > 1 {
		k := len(rep.rankings)
		methods := make([]string, k)
		values := make([][]float64, k)
		for a, r := range rep.rankings {
			methods[a] = r.Method
			values[a] = make([]float64, k)
			values[a][a] = 1
		}
		// rep.agreements lists the pairs (a, b), a < b, in order.
		p := 0
		for a := range k {
			for b := a + 1; b < k; b++ {
				v := rep.agreements[p].Spearman
				if rep.undefined[p] {
					v = math.NaN()
				}
				values[a][b], values[b][a] = v, v
				p++
			}
		}
		c := &chart.Heatmap{
			Title:  "Agreement between the rankings",
			XLabel: "Spearman's ρ: 1 same order, −1 reversed",
			Labels: methods,
			Values: values,
		}
		if err := add("agreement", c); err != nil {
			return nil, err
		}
	}

	if s := rep.smaa; s != nil {
		if len(first.Order) <= maxPlotted {
			c := &chart.Acceptability{
				Title:         fmt.Sprintf("Rank acceptability under %s, %s samples of the weights", first.Method, groupDigits(s.Samples)),
				Names:         alts,
				Order:         first.Order,
				Acceptability: s.Acceptability,
				Margin:        margin,
				Labels:        true,
			}
			if err := add("acceptability", c); err != nil {
				return nil, err
			}
		} else {
			fmt.Fprintf(stderr, "rank: -plot: no acceptability chart for more than %d alternatives (-json has the acceptabilities)\n", maxPlotted)
		}
	}

	// Without curves (curvesFit), the analysis said why there are no charts.
	if len(rep.sensitivity) > 0 && rep.sensitivity[0].Curve.Weights != nil {
		shown := first.Order[:min(len(first.Order), maxCurves)]
		of := ""
		if len(shown) < len(first.Order) {
			of = fmt.Sprintf(", the best %d of %s", len(shown), groupDigits(len(first.Order)))
		}
		inShown := make(map[int]int, len(shown)) // alternative -> its line
		names := make([]string, len(shown))
		for k, i := range shown {
			inShown[i] = k
			names[k] = alts[i]
		}
		used := map[string]bool{}
		for j, s := range rep.sensitivity {
			scores := make([][]float64, len(s.Curve.Scores))
			for g, row := range s.Curve.Scores {
				scores[g] = make([]float64, len(shown))
				for k, i := range shown {
					scores[g][k] = row[i]
				}
			}
			var bps []chart.Breakpoint
			for _, b := range s.Breakpoints {
				ka, okA := inShown[b.A]
				_, okB := inShown[b.B]
				if okA && okB {
					bps = append(bps, chart.Breakpoint{Weight: b.Weight, A: ka})
				}
			}
			name := "sensitivity-" + chart.Slug(s.Criterion)
			if name == "sensitivity-" || used[name] {
				name = "sensitivity-" + strconv.Itoa(j+1)
			}
			used[name] = true
			c := &chart.Sensitivity{
				Title:       fmt.Sprintf("%s scores vs the weight of %s%s", strings.ToUpper(first.Method), label(s.Criterion), of),
				XLabel:      "weight of " + label(s.Criterion) + " (the others keep their proportions)",
				YLabel:      fmt.Sprintf("%s score (%s is better)", first.Method, better(first.HigherIsBetter)),
				Names:       names,
				Weights:     s.Curve.Weights,
				Scores:      scores,
				Weight:      s.Weight,
				Lost:        [2]float64{s.FirstStable.Lo, s.FirstStable.Hi},
				Breakpoints: bps,
				Margin:      margin,
			}
			if err := add(name, c); err != nil {
				return nil, err
			}
		}
	}

	if g := rep.gaia; g != nil {
		crit := make([]string, cols)
		for j := range crit {
			crit[j] = chart.Shorten(printable(m.Criterion(j).Name), gaiaRunes)
		}
		c := &chart.GAIA{
			Title:        fmt.Sprintf("GAIA plane of PROMETHEE (δ = %.0f%% of the information kept)", 100*g.Delta),
			Alternatives: make([]string, len(alts)),
			Points:       g.Alternatives,
			Criteria:     crit,
			Axes:         g.Criteria,
			Stick:        g.Stick,
		}
		if k := (len(alts) + maxGAIAPoints - 1) / maxGAIAPoints; k > 1 {
			c.Points = nil
			for i := 0; i < len(alts); i += k {
				c.Points = append(c.Points, g.Alternatives[i])
			}
			c.Alternatives = make([]string, len(c.Points))
			c.Title = fmt.Sprintf("GAIA plane of PROMETHEE (δ = %.0f%%), 1 in %d of %s alternatives", 100*g.Delta, k, groupDigits(len(alts)))
		}
		if len(alts) <= maxPlotted {
			// Named, shorter: they share the plane with the axes' names.
			for i := range c.Alternatives {
				c.Alternatives[i] = chart.Shorten(printable(m.Alternative(i)), gaiaRunes)
			}
		}
		if err := add("gaia", c); err != nil {
			return nil, err
		}
	}
	charts := "charts"
	if len(names) == 1 {
		charts = "chart"
	}
	fmt.Fprintf(stderr, "rank: wrote %d %s in %s (%d files, PNG and SVG): %s\n",
		len(names), charts, dir, len(names)*len(chart.Formats), strings.Join(names, ", "))
	return names, nil
}
