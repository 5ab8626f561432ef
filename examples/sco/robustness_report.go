package main

import (
	"fmt"
	"image/color"
	"math"
	"strings"
	"unicode"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"

	"github.com/balancer-mcda/balancer/mcda/robust"
)

// markColor draws the current weight on the sensitivity charts, and
// lastRankColor the worst rank on the acceptability charts.
var (
	markColor     = color.RGBA{R: 0x55, G: 0x55, B: 0x55, A: 0xff}
	lastRankColor = color.RGBA{R: 0xe4, G: 0xe8, B: 0xec, A: 0xff}
)

// writeRobustnessReport appends the robustness sections of one set to md
// and writes their charts into dir.
func writeRobustnessReport(md *strings.Builder, dir string, s *setRobustness, chart func(name string, draw func(base string) error) error) error {
	first := s.names[s.first]
	fmt.Fprintf(md, "### How robust is %q (first of the %s)\n\n", first, s.set)
	fmt.Fprintf(md, "The AHP synthesis is a weighted sum of the leaves' local priorities: WSM with %v normalization on the %d leaf criteria, "+
		"weighted by their global weights, reproduces it (largest difference %.0e), so the breakpoints and changes below are exact.\n\n",
		s.method.Normalization, len(s.criteria), s.maxDiff)

	fmt.Fprintf(md, "#### Each leaf's weight moved alone\n\nThe other leaves keep their proportions. Intervals are of the leaf's global weight.\n\n")
	fmt.Fprintf(md, "| criterion | weight | %s stays first | ranking holds | nearest breakpoint | what changes there |\n", first)
	fmt.Fprintf(md, "| --- | ---: | --- | --- | ---: | --- |\n")
	for _, cs := range s.sensitivity {
		bw, what := "none", ""
		if b := nearestBreakpoint(cs); b != nil {
			bw, what = fmt.Sprintf("%.3f", b.Weight), describeBreakpoint(s.names, cs, b)
		}
		fmt.Fprintf(md, "| %s | %.3f | %s | %s | %s | %s |\n", cs.Criterion, cs.Weight, interval(cs.FirstStable), interval(cs.RankingStable), bw, what)
	}
	fmt.Fprintf(md, "\n%s\n\n", s.firstStableSummary())
	for _, j := range s.key {
		cs := s.sensitivity[j]
		name := fmt.Sprintf("sensitivity-%s-%s", s.set, slug(cs.Criterion))
		title := fmt.Sprintf("%s vs the weight of %s", strings.ToUpper(s.set[:1])+s.set[1:], cs.Criterion)
		if err := chart(name, func(base string) error { return sensitivityChart(base, title, s.names, cs) }); err != nil {
			return err
		}
		fmt.Fprintf(md, "![%s](%s.png)\n\n", title, name)
	}

	fmt.Fprintf(md, "#### Smallest change of all the weights that puts another %s first\n\n", s.noun)
	fmt.Fprintf(md, "| alternative | Σ\\|Δw\\| | weights moved |\n| --- | ---: | --- |\n")
	for _, c := range s.challengers {
		if math.IsInf(c.Change, 1) {
			fmt.Fprintf(md, "| %s | never | worse on every leaf |\n", c.Name)
			continue
		}
		fmt.Fprintf(md, "| %s | %.3f | %s |\n", c.Name, c.Change, describeMoves(s.moves(c)))
	}
	fmt.Fprintf(md, "\nΣ|Δw| is the total absolute change of the %d leaf weights, which stay non-negative and sum to 1, "+
		"after which the alternative scores as much as %s. %s\n\n", len(s.criteria), first, s.minimumChangeSummary())

	for _, run := range s.smaa {
		res := run.result
		fmt.Fprintf(md, "#### SMAA-2 rank acceptability, %s\n\n", run.title)
		fmt.Fprintf(md, "%d samples, seed %d. Weights: %s. b_r is the share of the samples in which the alternative ranks r-th "+
			"(standard error at most %.3f); the confidence factor is 1 when it is first at its central weights.\n\n",
			res.Samples, run.seed, run.description, 0.5/math.Sqrt(float64(res.Samples)))
		fmt.Fprintf(md, "| alternative |")
		for k := range s.names {
			fmt.Fprintf(md, " b%d |", k+1)
		}
		fmt.Fprintf(md, " confidence | central weights above the mean |\n| --- |%s ---: | --- |\n", strings.Repeat(" ---: |", len(s.names)))
		order := s.acceptabilityOrder(run)
		for _, i := range order {
			fmt.Fprintf(md, "| %s |", s.names[i])
			for _, b := range res.Acceptability[i] {
				fmt.Fprintf(md, " %s |", share(b))
			}
			conf := "-"
			if res.Confidence != nil {
				conf = fmt.Sprintf("%.2f", res.Confidence[i])
			}
			fmt.Fprintf(md, " %s | %s |\n", conf, run.centralSummary(s.criteria, i, centralLeaves))
		}
		name := fmt.Sprintf("acceptability-%s-%s", s.set, strings.ReplaceAll(run.space, "_", "-"))
		title := fmt.Sprintf("Rank acceptability of the %s, %s", s.set, run.title)
		if err := chart(name, func(base string) error { return acceptabilityChart(base, title, s.names, s.order, res) }); err != nil {
			return err
		}
		fmt.Fprintf(md, "\n![%s](%s.png)\n\n", title, name)
	}
	return nil
}

// slug returns s in lower case with every run of other characters than
// letters and digits replaced by one hyphen.
func slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			hyphen = false
		} else {
			hyphen = true
		}
	}
	return b.String()
}

// save writes p to base.png and base.svg.
func save(p *plot.Plot, base, title string, width, height vg.Length) error {
	for _, format := range chartFormats {
		if err := p.Save(width, height, base+"."+format); err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
	}
	return nil
}

// sensitivityChart writes the scores of every alternative along the weight
// path of one criterion, with its current weight marked.
func sensitivityChart(base, title string, names []string, cs robust.CriterionSensitivity) error {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = "global weight of " + cs.Criterion
	p.Y.Label.Text = "AHP priority"
	p.X.Min, p.X.Max = 0, 1
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, sc := range cs.Curve.Scores {
		for _, v := range sc {
			lo, hi = min(lo, v), max(hi, v)
		}
	}
	lo -= 0.05 * (hi - lo)
	leg := plot.NewLegend()
	for i, name := range names {
		pts := make(plotter.XYs, len(cs.Curve.Weights))
		for g, t := range cs.Curve.Weights {
			pts[g] = plotter.XY{X: t, Y: cs.Curve.Scores[g][i]}
		}
		l, err := plotter.NewLine(pts)
		if err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
		l.Color = seriesColor(i)
		l.Dashes = plotutil.Dashes(i / len(palette))
		l.Width = vg.Points(1.5)
		p.Add(l)
		leg.Add(name, l)
	}
	mark, err := plotter.NewLine(plotter.XYs{{X: cs.Weight, Y: lo}, {X: cs.Weight, Y: hi}})
	if err != nil {
		return fmt.Errorf("chart %s: %w", title, err)
	}
	mark.Color = markColor
	mark.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
	p.Add(mark)
	leg.Add(fmt.Sprintf("current weight %.3f", cs.Weight), mark)
	rows := float64(len(names) + 1)
	// The weights at which the first alternative loses first place.
	var lost []string
	var lostLines []*plotter.Line
	for _, t := range []float64{cs.FirstStable.Lo, cs.FirstStable.Hi} {
		if t == 0 || t == 1 {
			continue
		}
		l, err := plotter.NewLine(plotter.XYs{{X: t, Y: lo}, {X: t, Y: hi}})
		if err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
		l.Color = markColor
		l.Width = vg.Points(0.5)
		l.Dashes = []vg.Length{vg.Points(1), vg.Points(2)}
		p.Add(l)
		lost = append(lost, fmt.Sprintf("%.3f", t))
		lostLines = append(lostLines, l)
	}
	if len(lost) > 0 {
		leg.Add("first place lost at "+strings.Join(lost, " and "), lostLines[0])
		rows++
	}
	p.Y.Min, p.Y.Max = lo, hi+0.05*(hi-lo)
	return saveLegendBelow(p, leg, int(rows), base, title, 16*vg.Centimeter, 10*vg.Centimeter)
}

// acceptabilityChart writes the rank acceptabilities of every alternative
// as stacked horizontal bars, first rank on the left and the alternatives
// in the order given, first on top.
func acceptabilityChart(base, title string, names []string, order []int, res *robust.SMAAResult) error {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = "share of the samples (rank 1 on the left)"
	n := len(order)
	labels := make([]string, n)
	for row, i := range order {
		labels[n-1-row] = names[i]
	}
	var below *plotter.BarChart
	leg := plot.NewLegend()
	for k := range n {
		values := make(plotter.Values, n)
		for row, i := range order {
			values[n-1-row] = res.Acceptability[i][k]
		}
		bars, err := plotter.NewBarChart(values, vg.Points(14))
		if err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
		bars.Horizontal = true
		bars.LineStyle.Width = 0
		bars.Color = rankColor(k, n)
		if below != nil {
			bars.StackOn(below)
		}
		below = bars
		p.Add(bars)
		leg.Add(fmt.Sprintf("rank %d", k+1), bars)
	}
	p.NominalY(labels...)
	p.X.Min, p.X.Max = 0, 1
	p.X.Tick.Marker = plot.ConstantTicks{{Value: 0, Label: "0"}, {Value: 0.25, Label: "0.25"},
		{Value: 0.5, Label: "0.5"}, {Value: 0.75, Label: "0.75"}, {Value: 1, Label: "1"}}
	height := vg.Points(float64(60 + 22*max(n, 3)))
	return saveLegendBelow(p, leg, n, base, title, 16*vg.Centimeter, height)
}

// rankColor shades rank k of n from barColor (first) to lastRankColor.
func rankColor(k, n int) color.Color {
	f := 0.0
	if n > 1 {
		f = float64(k) / float64(n-1)
	}
	mix := func(a, b uint8) uint8 { return uint8(math.Round(float64(a) + f*(float64(b)-float64(a)))) }
	return color.RGBA{R: mix(barColor.R, lastRankColor.R), G: mix(barColor.G, lastRankColor.G), B: mix(barColor.B, lastRankColor.B), A: 0xff}
}
