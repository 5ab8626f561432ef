package chart

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
)

// Heatmap is a square matrix of coefficients in [-1, 1] between the same
// labelled items, such as the agreement of rankings: each cell coloured on
// a diverging scale from vermilion (-1) through white (0) to blue (1) and
// labelled with its value, the first item top left. A NaN cell is
// undefined, drawn grey and labelled "n/a".
type Heatmap struct {
	Title  string
	XLabel string   // what the coefficient is
	Labels []string // the items, rows and columns
	Values [][]float64
	// Format formats the cell labels; "" means "%.2f".
	Format string
}

// Write writes the chart to base.png and base.svg.
func (c *Heatmap) Write(base string) error {
	title, n := c.Title, len(c.Labels)
	format := c.Format
	if format == "" {
		format = "%.2f"
	}
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = c.XLabel
	var dark, light plotter.XYLabels
	for r := range n {
		y := float64(n - 1 - r) // first row on top
		for col := range n {
			v := c.Values[r][col]
			x := float64(col)
			cell, err := plotter.NewPolygon(plotter.XYs{{X: x - 0.5, Y: y - 0.5}, {X: x + 0.5, Y: y - 0.5}, {X: x + 0.5, Y: y + 0.5}, {X: x - 0.5, Y: y + 0.5}})
			if err != nil {
				return fmt.Errorf("chart %s: %w", title, err)
			}
			cell.Color = divergingColor(v)
			cell.LineStyle.Color = color.White
			cell.LineStyle.Width = vg.Points(1)
			p.Add(cell)
			text := fmt.Sprintf(format, v)
			if math.IsNaN(v) {
				text = "n/a"
			}
			l := &light
			if math.Abs(v) > 0.6 {
				l = &dark // white text on a dark cell
			}
			l.XYs = append(l.XYs, plotter.XY{X: x, Y: y})
			l.Labels = append(l.Labels, text)
		}
	}
	for _, l := range []struct {
		xyl   plotter.XYLabels
		color color.Color
	}{{light, color.Black}, {dark, color.White}} {
		if len(l.xyl.XYs) == 0 {
			continue
		}
		labels, err := plotter.NewLabels(l.xyl)
		if err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
		for k := range labels.TextStyle {
			labels.TextStyle[k].XAlign = -0.5
			labels.TextStyle[k].YAlign = -0.5
			labels.TextStyle[k].Font.Size = vg.Points(9)
			labels.TextStyle[k].Color = l.color
		}
		p.Add(labels)
	}
	rows := make([]string, n)
	for k, s := range c.Labels {
		rows[n-1-k] = s
	}
	p.NominalX(c.Labels...)
	p.NominalY(rows...)
	p.X.Min, p.X.Max = -0.5, float64(n)-0.5
	p.Y.Min, p.Y.Max = -0.5, float64(n)-0.5
	p.X.Tick.Length, p.Y.Tick.Length = 0, 0
	p.X.LineStyle.Width, p.Y.LineStyle.Width = 0, 0
	size := vg.Points(float64(110 + 45*max(n, 4)))
	return saveMargin(p, base, title, size+vg.Points(60), size, vg.Points(6))
}

// divergingColor maps v in [-1, 1] to a colour from vermilion through
// white to blue; NaN to a light grey.
func divergingColor(v float64) color.Color {
	if math.IsNaN(v) {
		return LastRankColor
	}
	v = max(-1, min(1, v))
	end := color.RGBA{R: 0x00, G: 0x72, B: 0xb2} // blue, Palette[0]
	if v < 0 {
		end = color.RGBA{R: 0xd5, G: 0x5e, B: 0x00} // vermilion, Palette[5]
		v = -v
	}
	mix := func(e uint8) uint8 { return uint8(math.Round(255 + v*(float64(e)-255))) }
	return color.RGBA{R: mix(end.R), G: mix(end.G), B: mix(end.B), A: 0xff}
}
