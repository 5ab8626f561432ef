package chart

import (
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

// Bar is one labelled value of a bar chart, with the group it belongs to
// when the chart colours its bars by group.
type Bar struct {
	Label string
	Value float64
	Group string
}

// Bars is a horizontal bar chart, first bar on top, each bar labelled with
// its value and the value axis ending at a round number beyond the longest
// bar (on both sides of 0 when there are negative values).
type Bars struct {
	Title  string
	XLabel string
	Bars   []Bar
	// Groups, when not nil, colours each bar by its group, named in a
	// legend below the chart; otherwise all bars are BarColor.
	Groups []string
	// Muted lists groups drawn MutedColor, with MutedNote appended to
	// their name in the legend.
	Muted     []string
	MutedNote string
	// Format formats the value labels; "" means "%.3f", and Auto as
	// many decimals as give the largest absolute value three
	// significant digits, at least 3 below 10 and at most 6.
	Format string
	// Margin is a blank border around a chart without groups, which
	// keeps the longest label off the image's edge.
	Margin vg.Length
}

// Auto is the Bars.Format that chooses the decimals from the values.
const Auto = "auto"

// Write writes the chart to base.png and base.svg.
func (c *Bars) Write(base string) error {
	title, bars, groups := c.Title, c.Bars, c.Groups
	format := c.Format
	if format == "" {
		format = "%.3f"
	}
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = c.XLabel
	n := len(bars)
	labels := make([]string, n)
	values := make(plotter.Values, n)
	for k, b := range bars {
		// Plotted bottom-up, so reverse to put the first bar on top.
		values[n-1-k] = b.Value
		labels[n-1-k] = b.Label
	}
	series := []string{""}
	if groups != nil {
		series = groups
	}
	leg := plot.NewLegend()
	for g, name := range series {
		vs := make(plotter.Values, n)
		for k, b := range bars {
			if groups == nil || b.Group == name {
				vs[n-1-k] = b.Value
			}
		}
		chart, err := plotter.NewBarChart(vs, vg.Points(14))
		if err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
		chart.Horizontal = true
		chart.LineStyle.Width = 0
		chart.Color = BarColor
		if groups != nil {
			chart.Color = SeriesColor(g)
			if slices.Contains(c.Muted, name) {
				chart.Color = MutedColor
				name += c.MutedNote
			}
			leg.Add(name, chart)
		}
		p.Add(chart)
	}
	lo, hi := 0.0, 0.0
	for _, v := range values {
		lo, hi = min(lo, v), max(hi, v)
	}
	if format == Auto {
		format = fmt.Sprintf("%%.%df", decimals(max(-lo, hi)))
	}
	for _, sign := range []float64{1, -1} {
		if sign < 0 && lo >= 0 {
			break
		}
		l, err := valueLabels(values, format, sign)
		if err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
		p.Add(l)
	}
	p.NominalY(labels...)
	// Half a row of room above the top bar and below the bottom one, so
	// that the top bar's value label lies inside the data area (gonum
	// draws no label whose point falls outside it).
	p.Y.Min, p.Y.Max = -0.5, float64(n)-0.5
	// Room for the value labels beyond the longest bars.
	p.X.Min, p.X.Max = lo, NiceCeil(hi*1.12)
	if lo < 0 {
		span := hi - lo
		p.X.Min, p.X.Max = -NiceCeil(-lo+0.2*span), NiceCeil(hi+0.12*span)
		// A line at 0, where the bars start.
		zero, err := plotter.NewLine(plotter.XYs{{X: 0, Y: -0.5}, {X: 0, Y: float64(n) - 0.5}})
		if err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
		zero.Color = MarkColor
		zero.Width = vg.Points(0.5)
		p.Add(zero)
	}
	height := vg.Points(float64(60 + 22*n))
	if groups != nil {
		return SaveLegendBelow(p, leg, len(groups), base, title, 16*vg.Centimeter, height)
	}
	return saveMargin(p, base, title, 16*vg.Centimeter, height, c.Margin)
}

// decimals returns the number of decimals that give x > 0 three
// significant digits, at least 3 if x < 10, and from 0 to 6.
func decimals(x float64) int {
	if !(x > 0) || math.IsInf(x, 0) {
		return 3
	}
	d := max(0, min(6, 2-int(math.Floor(math.Log10(x)))))
	if x < 10 {
		d = max(d, 3)
	}
	return d
}
