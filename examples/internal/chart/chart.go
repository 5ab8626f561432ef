// Package chart draws the charts of the example programs (examples/sco and
// examples/rank) with gonum.org/v1/plot, each written as PNG and SVG: bars
// labelled with their values, score curves along a weight path, stacked
// rank acceptabilities, a heat map of agreement between rankings and the
// GAIA plane. It is internal to the examples so that the library, package
// mcda and its subpackages, stays free of plotting dependencies.
//
// Every chart uses the same conventions: a colour-blind-safe qualitative
// palette (Palette), value labels on bars, a value axis that ends at a
// round number (NiceCeil) and legends drawn in a band below the data, so
// that they never cover it.
package chart

import (
	"fmt"
	"image/color"
	"math"
	"os"
	"strings"
	"unicode"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	_ "gonum.org/v1/plot/vg/vgimg" // png
	_ "gonum.org/v1/plot/vg/vgsvg" // svg
)

// Formats are the file types every chart is written in: a chart written
// to base is base.png and base.svg.
var Formats = []string{"png", "svg"}

// Palette is a qualitative palette for charts of more than one series:
// Okabe and Ito's (2008) colours, distinguishable with colour-blindness,
// then a neutral grey.
var Palette = []color.Color{
	color.RGBA{R: 0x00, G: 0x72, B: 0xb2, A: 0xff}, // blue
	color.RGBA{R: 0xe6, G: 0x9f, B: 0x00, A: 0xff}, // orange
	color.RGBA{R: 0x00, G: 0x9e, B: 0x73, A: 0xff}, // bluish green
	color.RGBA{R: 0xcc, G: 0x79, B: 0xa7, A: 0xff}, // reddish purple
	color.RGBA{R: 0x56, G: 0xb4, B: 0xe9, A: 0xff}, // sky blue
	color.RGBA{R: 0xd5, G: 0x5e, B: 0x00, A: 0xff}, // vermilion
	color.RGBA{R: 0xf0, G: 0xe4, B: 0x42, A: 0xff}, // yellow
	color.RGBA{R: 0x00, G: 0x00, B: 0x00, A: 0xff}, // black
	color.RGBA{R: 0x99, G: 0x99, B: 0x99, A: 0xff}, // grey
}

// Colours of single-series charts and of marks.
var (
	// BarColor fills the bars of a chart of one series.
	BarColor = color.RGBA{R: 0x2b, G: 0x5c, B: 0x8a, A: 0xff}
	// MutedColor draws what is set apart, such as a modeller's frame.
	MutedColor = color.RGBA{R: 0xb0, G: 0xb0, B: 0xb0, A: 0xff}
	// MarkColor draws marks on the data: a current weight, breakpoints.
	MarkColor = color.RGBA{R: 0x55, G: 0x55, B: 0x55, A: 0xff}
	// LastRankColor is the worst rank on the acceptability charts, which
	// shade the ranks from BarColor to it.
	LastRankColor = color.RGBA{R: 0xe4, G: 0xe8, B: 0xec, A: 0xff}
)

// SeriesColor returns the colour of series k, cycling through Palette.
func SeriesColor(k int) color.Color { return Palette[k%len(Palette)] }

// NiceCeil returns the smallest number of the form
// {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8} × 10^k
// that is at least x, for x > 0; 1 otherwise.
func NiceCeil(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) {
		return 1
	}
	e := math.Pow(10, math.Floor(math.Log10(x)))
	for _, f := range []float64{1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10} {
		if v := f * e; v >= x*(1-1e-12) {
			return v
		}
	}
	return 10 * e
}

// Slug returns s in lower case with every run of other characters than
// letters and digits replaced by one hyphen: a file name.
func Slug(s string) string {
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

// Shorten returns s if it has at most n characters, and otherwise its
// first n-1 characters and an ellipsis: a tick or legend label that
// leaves room for the data.
func Shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n || n < 2 {
		return s
	}
	return strings.TrimRightFunc(string(r[:n-1]), unicode.IsSpace) + "…"
}

// Save writes p to base.png and base.svg.
func Save(p *plot.Plot, base, title string, width, height vg.Length) error {
	for _, format := range Formats {
		if err := p.Save(width, height, base+"."+format); err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
	}
	return nil
}

// saveMargin writes p to base.png and base.svg with a blank margin
// around it, which keeps the longest tick label off the edge.
func saveMargin(p *plot.Plot, base, title string, width, height, margin vg.Length) error {
	if margin == 0 {
		return Save(p, base, title, width, height)
	}
	for _, format := range Formats {
		c, err := draw.NewFormattedCanvas(width+2*margin, height+2*margin, format)
		if err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
		p.Draw(draw.Crop(draw.New(c), margin, -margin, margin, -margin))
		if err := writeCanvas(c, base+"."+format); err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
	}
	return nil
}

// writeCanvas writes c to the file name.
func writeCanvas(c vg.CanvasWriterTo, name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	_, err = c.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// legendRowHeight is the height of one legend entry drawn below a chart.
const legendRowHeight = 12

// SaveLegendBelow writes p to base.png and base.svg with the legend, of
// the given number of rows, drawn in its own band below the plot, so it
// never covers data. The plot keeps the given height; the band is added.
func SaveLegendBelow(p *plot.Plot, leg plot.Legend, rows int, base, title string, width, height vg.Length) error {
	return saveLegendBelow(p, leg, rows, base, title, width, height, 0)
}

// saveLegendBelow is SaveLegendBelow with a blank margin around the
// chart.
func saveLegendBelow(p *plot.Plot, leg plot.Legend, rows int, base, title string, width, height, margin vg.Length) error {
	band := vg.Points(float64(legendRowHeight*rows + 10))
	for _, format := range Formats {
		c, err := draw.NewFormattedCanvas(width+2*margin, height+band+2*margin, format)
		if err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
		dc := draw.New(c)
		if margin != 0 {
			dc = draw.Crop(dc, margin, -margin, margin, -margin)
		}
		p.Draw(draw.Crop(dc, 0, 0, band, 0))
		leg.Top, leg.Left = true, true
		leg.TextStyle.Font.Size = vg.Points(9)
		leg.Padding = vg.Points(2)
		leg.XOffs = vg.Points(12)
		leg.YOffs = -vg.Points(4)
		leg.Draw(draw.Crop(dc, 0, 0, 0, -height))
		if err := writeCanvas(c, base+"."+format); err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
	}
	return nil
}

// valueLabels returns labels of the values of horizontal bars at rows
// 0..n-1, placed just beyond each bar's end: right of a bar of a value
// >= 0, left of a negative one. sign is +1 for the first, -1 for the
// second; values of the other sign get no label.
func valueLabels(values plotter.Values, format string, sign float64) (*plotter.Labels, error) {
	var xyl plotter.XYLabels
	for k, v := range values {
		if (sign > 0) != (v >= 0) {
			continue
		}
		xyl.XYs = append(xyl.XYs, plotter.XY{X: v, Y: float64(k)})
		xyl.Labels = append(xyl.Labels, fmt.Sprintf(format, v))
	}
	l, err := plotter.NewLabels(xyl)
	if err != nil {
		return nil, err
	}
	for k := range l.TextStyle {
		l.TextStyle[k].YAlign = -0.5
		l.TextStyle[k].Font.Size = vg.Points(8)
		if sign < 0 {
			l.TextStyle[k].XAlign = -1
		}
	}
	l.Offset = vg.Point{X: vg.Points(3 * sign)}
	return l, nil
}
