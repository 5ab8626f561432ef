package chart

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Sensitivity is the chart of every alternative's score along the path of
// one criterion's weight from 0 to 1: one line per alternative, the
// current weight marked, the weights at which the first alternative loses
// first place marked and, if given, the breakpoints drawn where the pair
// that changes places crosses.
type Sensitivity struct {
	Title  string
	XLabel string
	YLabel string
	Names  []string // the alternatives
	// Weights and Scores are the curves: Scores[g][i] is alternative i's
	// score at Weights[g], the weights increasing from 0 to 1.
	Weights []float64
	Scores  [][]float64
	Weight  float64    // the current weight
	Lost    [2]float64 // the ends of the interval in which the first keeps first place; 0 and 1 are not marked
	// Breakpoints are the weights at which a pair changes places, with
	// the index of one alternative of the pair, whose curve the mark is
	// drawn on.
	Breakpoints []Breakpoint
	// Margin is a blank border around the chart.
	Margin vg.Length
}

// Breakpoint is a weight at which alternative A changes places with
// another.
type Breakpoint struct {
	Weight float64
	A      int
}

// Write writes the chart to base.png and base.svg.
func (c *Sensitivity) Write(base string) error {
	title, names := c.Title, c.Names
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = c.XLabel
	p.Y.Label.Text = c.YLabel
	p.X.Min, p.X.Max = 0, 1
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, sc := range c.Scores {
		for _, v := range sc {
			lo, hi = min(lo, v), max(hi, v)
		}
	}
	if !(hi > lo) {
		// Constant curves: a band around them, where the marks show.
		lo, hi = lo-0.5, hi+0.5
	}
	lo -= 0.05 * (hi - lo)
	leg := plot.NewLegend()
	for i, name := range names {
		pts := make(plotter.XYs, len(c.Weights))
		for g, t := range c.Weights {
			pts[g] = plotter.XY{X: t, Y: c.Scores[g][i]}
		}
		l, err := plotter.NewLine(pts)
		if err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
		l.Color = SeriesColor(i)
		l.Dashes = plotutil.Dashes(i / len(Palette))
		l.Width = vg.Points(1.5)
		p.Add(l)
		leg.Add(name, l)
	}
	mark, err := plotter.NewLine(plotter.XYs{{X: c.Weight, Y: lo}, {X: c.Weight, Y: hi}})
	if err != nil {
		return fmt.Errorf("chart %s: %w", title, err)
	}
	mark.Color = MarkColor
	mark.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
	p.Add(mark)
	leg.Add(fmt.Sprintf("current weight %.3f", c.Weight), mark)
	rows := float64(len(names) + 1)
	// The weights at which the first alternative loses first place.
	var lost []string
	var lostLines []*plotter.Line
	for _, t := range c.Lost {
		if t == 0 || t == 1 {
			continue
		}
		l, err := plotter.NewLine(plotter.XYs{{X: t, Y: lo}, {X: t, Y: hi}})
		if err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
		l.Color = MarkColor
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
	if len(c.Breakpoints) > 0 {
		pts := make(plotter.XYs, len(c.Breakpoints))
		for k, b := range c.Breakpoints {
			pts[k] = plotter.XY{X: b.Weight, Y: c.at(b.Weight, b.A)}
		}
		s, err := plotter.NewScatter(pts)
		if err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
		s.GlyphStyle = draw.GlyphStyle{Color: color.Black, Radius: vg.Points(3), Shape: draw.RingGlyph{}}
		p.Add(s)
		what := "breakpoints: a pair changes places"
		if len(c.Breakpoints) == 1 {
			what = "breakpoint: a pair changes places"
		}
		leg.Add(fmt.Sprintf("%d %s", len(c.Breakpoints), what), s)
		rows++
	}
	p.Y.Min, p.Y.Max = lo, hi+0.05*(hi-lo)
	return saveLegendBelow(p, leg, int(rows), base, title, 16*vg.Centimeter, 10*vg.Centimeter, c.Margin)
}

// at returns alternative i's score at weight t, interpolated linearly
// between the grid points around t.
func (c *Sensitivity) at(t float64, i int) float64 {
	ws := c.Weights
	g := 1
	for g < len(ws)-1 && ws[g] < t {
		g++
	}
	if len(ws) < 2 || ws[g] == ws[g-1] {
		return c.Scores[0][i]
	}
	f := (t - ws[g-1]) / (ws[g] - ws[g-1])
	return c.Scores[g-1][i] + f*(c.Scores[g][i]-c.Scores[g-1][i])
}

// Acceptability is the chart of SMAA rank acceptabilities: one stacked
// horizontal bar per alternative, first rank on the left, shaded from
// BarColor to LastRankColor.
type Acceptability struct {
	Title string
	Names []string
	// Order lists the alternatives as drawn, first on top.
	Order []int
	// Acceptability[i][k] is alternative i's share of rank k+1.
	Acceptability [][]float64
	// Margin is a blank border around the chart.
	Margin vg.Length
	// Labels writes each share of at least 6% in its segment, as a
	// percentage.
	Labels bool
}

// Write writes the chart to base.png and base.svg.
func (c *Acceptability) Write(base string) error {
	title := c.Title
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = "share of the samples (rank 1 on the left)"
	n := len(c.Order)
	labels := make([]string, n)
	for row, i := range c.Order {
		labels[n-1-row] = c.Names[i]
	}
	var below *plotter.BarChart
	leg := plot.NewLegend()
	for k := range n {
		values := make(plotter.Values, n)
		for row, i := range c.Order {
			values[n-1-row] = c.Acceptability[i][k]
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
	if c.Labels {
		if err := c.addLabels(p); err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
	}
	p.NominalY(labels...)
	p.X.Min, p.X.Max = 0, 1
	p.X.Tick.Marker = plot.ConstantTicks{{Value: 0, Label: "0"}, {Value: 0.25, Label: "0.25"},
		{Value: 0.5, Label: "0.5"}, {Value: 0.75, Label: "0.75"}, {Value: 1, Label: "1"}}
	height := vg.Points(float64(60 + 22*max(n, 3)))
	return saveLegendBelow(p, leg, n, base, title, 16*vg.Centimeter, height, c.Margin)
}

// addLabels adds the shares of at least 6% to p, centred in their
// segments, white on the dark ones.
func (c *Acceptability) addLabels(p *plot.Plot) error {
	n := len(c.Order)
	var light, dark plotter.XYLabels
	for row, i := range c.Order {
		at := 0.0
		for k, a := range c.Acceptability[i] {
			if a >= 0.06 {
				l := &dark
				if r, g, b, _ := rankColor(k, n).RGBA(); 0.299*float64(r>>8)+0.587*float64(g>>8)+0.114*float64(b>>8) < 140 {
					l = &light
				}
				l.XYs = append(l.XYs, plotter.XY{X: at + a/2, Y: float64(n - 1 - row)})
				l.Labels = append(l.Labels, fmt.Sprintf("%.0f%%", 100*a))
			}
			at += a
		}
	}
	for _, set := range []struct {
		xyl   plotter.XYLabels
		color color.Color
	}{{light, color.White}, {dark, color.Black}} {
		if len(set.xyl.XYs) == 0 {
			continue
		}
		l, err := plotter.NewLabels(set.xyl)
		if err != nil {
			return err
		}
		for k := range l.TextStyle {
			l.TextStyle[k].XAlign, l.TextStyle[k].YAlign = -0.5, -0.5
			l.TextStyle[k].Font.Size = vg.Points(7)
			l.TextStyle[k].Color = set.color
		}
		p.Add(l)
	}
	return nil
}

// rankColor shades rank k of n from BarColor (first) to LastRankColor.
func rankColor(k, n int) color.Color {
	f := 0.0
	if n > 1 {
		f = float64(k) / float64(n-1)
	}
	mix := func(a, b uint8) uint8 { return uint8(math.Round(float64(a) + f*(float64(b)-float64(a)))) }
	return color.RGBA{R: mix(BarColor.R, LastRankColor.R), G: mix(BarColor.G, LastRankColor.G), B: mix(BarColor.B, LastRankColor.B), A: 0xff}
}
