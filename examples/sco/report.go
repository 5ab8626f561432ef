package main

import (
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/strategy"
)

// chartFormats are the file types every chart is written in.
var chartFormats = []string{"png", "svg"}

// barColor fills the bars.
var barColor = color.RGBA{R: 0x2b, G: 0x5c, B: 0x8a, A: 0xff}

// writeReport writes dir/report.md and its charts.
func writeReport(dir string, a *analysis) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var md strings.Builder
	fmt.Fprintf(&md, "# %s\n\n", a.data.Model.Goal)
	fmt.Fprintf(&md, "An AHP model of the policy document on Russia's strategy towards China within the SCO "+
		"(balancer's reference dataset, package `strategy`). Criteria judgments: %s.\n\n", a.weightsFrom)

	// Criteria weights.
	var leaves []bar
	fmt.Fprintf(&md, "## Criteria\n\n| criterion | parent | local | global | CR |\n| --- | --- | ---: | ---: | ---: |\n")
	for _, n := range a.futures.Nodes {
		cr := "rated"
		if n.Consistency != nil {
			cr = fmt.Sprintf("%.3f", n.Consistency.CR)
		}
		fmt.Fprintf(&md, "| %s | %s | %.3f | %.3f | %s |\n", n.Name, n.Parent, n.Local, n.Global, cr)
		if n.Leaf {
			leaves = append(leaves, bar{n.Name, n.Global})
		}
	}
	if err := barChart(filepath.Join(dir, "weights"), "Global weights of the leaf criteria", "global weight", leaves); err != nil {
		return err
	}
	fmt.Fprintf(&md, "\n![Global weights of the leaf criteria](weights.png)\n\n")

	for _, s := range []struct {
		title, file string
		rankings    []*mcda.Ranking
		agreement   []mcda.Agreement
	}{
		{"Futures", "futures", a.futureRankings, a.futureAgreement},
		{"Recommendations", "recommendations", a.recRankings, a.recAgreement},
	} {
		fmt.Fprintf(&md, "## %s\n\n", s.title)
		main := pick(s.rankings, "ahp", "topsis", "wsm", "wpm")
		fmt.Fprintf(&md, "| alternative |")
		for _, r := range main {
			fmt.Fprintf(&md, " %s rank | %s score |", r.Method, r.Method)
		}
		fmt.Fprintf(&md, "\n| --- |%s\n", strings.Repeat(" ---: | ---: |", len(main)))
		first := s.rankings[0]
		for _, i := range first.Order {
			fmt.Fprintf(&md, "| %s |", first.Alternatives[i])
			for _, r := range main {
				fmt.Fprintf(&md, " %d | %.4f |", r.Ranks[i], r.Scores[i])
			}
			fmt.Fprintln(&md)
		}
		fmt.Fprintln(&md)
		if s.file == "futures" {
			fmt.Fprintf(&md, "The document's verdict (`%s`): %s\n\n", strategy.VerdictAnchor, strategy.Verdict)
		}
		for _, r := range main {
			name := s.file + "-" + r.Method
			bars := make([]bar, 0, len(r.Order))
			for _, i := range r.Order {
				bars = append(bars, bar{r.Alternatives[i], r.Scores[i]})
			}
			if err := barChart(filepath.Join(dir, name), s.title+" by "+r.Method, r.Method+" score", bars); err != nil {
				return err
			}
			fmt.Fprintf(&md, "![%s by %s](%s.png)\n\n", s.title, r.Method, name)
		}
		fmt.Fprintf(&md, "Every ranking method of the library on the same decision matrix, against AHP synthesis "+
			"(ranks in the order of the AHP ranking):\n\n")
		fmt.Fprintf(&md, "| method | better | ranks | Spearman | weighted Spearman | WS | Kendall tau-b |\n| --- | --- | --- | ---: | ---: | ---: | ---: |\n")
		for k, r := range s.rankings[1:] {
			var ranks []string
			for _, i := range first.Order {
				ranks = append(ranks, fmt.Sprint(r.Ranks[i]))
			}
			ag := s.agreement[k] // the pair (ahp, r)
			fmt.Fprintf(&md, "| %s | %s | %s | %.3f | %.3f | %.3f | %.3f |\n", r.Method, better(r.HigherIsBetter), strings.Join(ranks, " "),
				ag.Spearman, ag.WeightedSpearman, ag.WS, ag.Kendall)
		}
		fmt.Fprintln(&md)
	}

	fmt.Fprintf(&md, "## What carries the first alternatives\n\n")
	for _, e := range []explanation{a.futureExplained, a.recExplained} {
		fmt.Fprintf(&md, "### %s (%s)\n\n", e.Alternative, e.Set)
		for _, c := range e.Contributions {
			fmt.Fprintf(&md, "- **%s** (weight %.3f, rating %g, %.0f%% of its priority): %s `%s`\n", c.Criterion, c.Weight, c.Rating, 100*c.Share, c.Rationale, c.Anchor)
		}
		fmt.Fprintln(&md)
	}
	for _, s := range []*setRobustness{a.futureRobust, a.recRobust} {
		if s != nil {
			if err := writeRobustnessReport(&md, dir, s); err != nil {
				return err
			}
		}
	}
	return os.WriteFile(filepath.Join(dir, "report.md"), []byte(md.String()), 0o644)
}

// bar is one labelled value of a bar chart.
type bar struct {
	label string
	value float64
}

// barChart writes a horizontal bar chart, first bar on top, to base.png
// and base.svg.
func barChart(base, title, xLabel string, bars []bar) error {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = xLabel
	p.X.Min = 0
	values := make(plotter.Values, len(bars))
	labels := make([]string, len(bars))
	for k, b := range bars {
		// Plotted bottom-up, so reverse to put the first bar on top.
		values[len(bars)-1-k] = b.value
		labels[len(bars)-1-k] = b.label
	}
	chart, err := plotter.NewBarChart(values, vg.Points(14))
	if err != nil {
		return fmt.Errorf("chart %s: %w", title, err)
	}
	chart.Horizontal = true
	chart.LineStyle.Width = 0
	chart.Color = barColor
	p.Add(chart)
	p.NominalY(labels...)
	height := vg.Points(float64(60 + 22*len(bars)))
	for _, format := range chartFormats {
		if err := p.Save(16*vg.Centimeter, height, base+"."+format); err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
	}
	return nil
}
