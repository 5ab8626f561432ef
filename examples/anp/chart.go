package main

import (
	"fmt"
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	_ "gonum.org/v1/plot/vg/vgimg" // png

	"github.com/balancer-mcda/balancer/mcda/anp"
)

// drawMap writes the impact-relation map of a DEMATEL study to a PNG file:
// each factor at (D + R, D − R), causes above the zero line and effects
// below it, and a line between i and j where t_ij or t_ji exceeds the
// threshold (the text and JSON outputs give the arrows' directions).
func drawMap(path string, d *anp.DematelResult) error {
	p := plot.New()
	p.Title.Text = "DEMATEL impact-relation map"
	p.X.Label.Text = "prominence D + R"
	p.Y.Label.Text = "relation D − R (cause > 0 > effect)"
	xy := make(plotter.XYs, len(d.Factors))
	for i := range d.Factors {
		xy[i].X, xy[i].Y = d.Prominence[i], d.Relation[i]
	}
	for i := range d.Factors {
		for j := range d.Factors {
			if i == j || !d.Map[i][j] {
				continue
			}
			l, err := plotter.NewLine(plotter.XYs{xy[i], xy[j]})
			if err != nil {
				return fmt.Errorf("-chart: %w", err)
			}
			l.Color = color.RGBA{R: 0x99, G: 0x99, B: 0x99, A: 0xff}
			p.Add(l)
		}
	}
	zero := plotter.NewFunction(func(float64) float64 { return 0 })
	zero.Dashes = []vg.Length{vg.Points(3), vg.Points(3)}
	p.Add(zero)
	s, err := plotter.NewScatter(xy)
	if err != nil {
		return fmt.Errorf("-chart: %w", err)
	}
	s.GlyphStyle.Shape = draw.CircleGlyph{}
	s.GlyphStyle.Color = color.RGBA{R: 0x00, G: 0x72, B: 0xb2, A: 0xff}
	s.GlyphStyle.Radius = vg.Points(3)
	p.Add(s)
	labels, err := plotter.NewLabels(plotter.XYLabels{XYs: xy, Labels: d.Factors})
	if err != nil {
		return fmt.Errorf("-chart: %w", err)
	}
	for i := range labels.TextStyle {
		labels.TextStyle[i].XAlign = draw.XCenter
		labels.TextStyle[i].YAlign = draw.YBottom
	}
	labels.Offset = vg.Point{Y: vg.Points(4)}
	p.Add(labels)
	// Room for the labels at the edges.
	dx, dy := 0.08*(p.X.Max-p.X.Min+1e-9), 0.12*(p.Y.Max-p.Y.Min+1e-9)
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = p.X.Min-dx, p.X.Max+dx, p.Y.Min-dy, p.Y.Max+dy
	if err := p.Save(14*vg.Centimeter, 10*vg.Centimeter, path); err != nil {
		return fmt.Errorf("-chart: %w", err)
	}
	return nil
}
