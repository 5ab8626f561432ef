package main

import (
	"fmt"
	"image/color"
	"math"
	"os"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	_ "gonum.org/v1/plot/vg/vgimg" // png
	_ "gonum.org/v1/plot/vg/vgsvg" // svg
)

// palette is a qualitative palette for charts of more than one series:
// Okabe and Ito's (2008) colours, distinguishable with colour-blindness,
// then a neutral grey.
var palette = []color.Color{
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

// mutedColor draws what is not the document's: the modeller's frame.
var mutedColor = color.RGBA{R: 0xb0, G: 0xb0, B: 0xb0, A: 0xff}

// seriesColor returns the colour of series k.
func seriesColor(k int) color.Color { return palette[k%len(palette)] }

// niceCeil returns the smallest number of the form
// {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8} × 10^k
// that is at least x, for x > 0; 1 otherwise.
func niceCeil(x float64) float64 {
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

// legendRowHeight is the height of one legend entry drawn below a chart.
const legendRowHeight = 12

// saveLegendBelow writes p to base.png and base.svg with the legend drawn
// in its own band below the plot, so it never covers data.
func saveLegendBelow(p *plot.Plot, leg plot.Legend, rows int, base, title string, width, height vg.Length) error {
	band := vg.Points(float64(legendRowHeight*rows + 10))
	for _, format := range chartFormats {
		c, err := draw.NewFormattedCanvas(width, height+band, format)
		if err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
		dc := draw.New(c)
		p.Draw(draw.Crop(dc, 0, 0, band, 0))
		leg.Top, leg.Left = true, true
		leg.TextStyle.Font.Size = vg.Points(9)
		leg.Padding = vg.Points(2)
		leg.XOffs = vg.Points(12)
		leg.YOffs = -vg.Points(4)
		leg.Draw(draw.Crop(dc, 0, 0, 0, -height))
		f, err := os.Create(base + "." + format)
		if err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
		_, err = c.WriteTo(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
	}
	return nil
}

// valueLabels returns labels of the values of horizontal bars at rows
// 0..n-1, placed just right of each bar's end.
func valueLabels(values plotter.Values, format string) (*plotter.Labels, error) {
	xyl := plotter.XYLabels{XYs: make(plotter.XYs, len(values)), Labels: make([]string, len(values))}
	for k, v := range values {
		xyl.XYs[k] = plotter.XY{X: v, Y: float64(k)}
		xyl.Labels[k] = fmt.Sprintf(format, v)
	}
	l, err := plotter.NewLabels(xyl)
	if err != nil {
		return nil, err
	}
	for k := range l.TextStyle {
		l.TextStyle[k].YAlign = -0.5
		l.TextStyle[k].Font.Size = vg.Points(8)
	}
	l.Offset = vg.Point{X: vg.Points(3)}
	return l, nil
}
