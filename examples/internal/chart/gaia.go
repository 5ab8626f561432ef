package chart

import (
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/plotutil"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// GAIA is the GAIA plane of PROMETHEE (see mcda.GAIA): the alternatives as
// labelled points, each criterion's axis as an arrow from the origin and
// the decision stick as a thick black arrow. The axes and the stick are
// unit vectors projected on the plane, of length at most 1, while the
// alternatives' coordinates are net flows; the arrows are scaled by one
// common factor, said in the axis labels, to reach the farthest
// alternative.
type GAIA struct {
	Title        string
	Alternatives []string     // their names; "" draws none
	Points       [][2]float64 // the alternatives' coordinates
	Criteria     []string
	Axes         [][2]float64 // the criteria's axes
	Stick        [2]float64
}

// Write writes the chart to base.png and base.svg.
func (c *GAIA) Write(base string) error {
	title := c.Title
	p := plot.New()
	p.Title.Text = title
	reach, long := 0.0, 0.0
	for _, q := range c.Points {
		reach = max(reach, math.Hypot(q[0], q[1]))
	}
	for _, a := range c.Axes {
		long = max(long, math.Hypot(a[0], a[1]))
	}
	scale := 1.0
	if reach > 0 && long > 0 {
		scale = reach / long
	}
	// The stick, often much shorter than the axes, is drawn as long as the
	// longest axis: its direction is what a reader looks for.
	stick := math.Hypot(c.Stick[0], c.Stick[1])
	stickScale := scale
	if stick > 0 && long > 0 {
		stickScale = scale * long / stick
	}
	p.X.Label.Text = fmt.Sprintf("first principal component (criteria axes ×%.3g)", scale)
	p.Y.Label.Text = fmt.Sprintf("second principal component (criteria axes ×%.3g)", scale)
	r := NiceCeil(1.15 * max(reach, scale*long))
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = -r, r, -r, r

	for _, xy := range []plotter.XYs{{{X: -r, Y: 0}, {X: r, Y: 0}}, {{X: 0, Y: -r}, {X: 0, Y: r}}} {
		l, err := plotter.NewLine(xy)
		if err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
		l.Color = LastRankColor
		l.Width = vg.Points(0.5)
		p.Add(l)
	}
	// The alternatives first, named beside their points, the axes drawn
	// over them.
	pts := make(plotter.XYs, len(c.Points))
	for i, q := range c.Points {
		pts[i] = plotter.XY{X: q[0], Y: q[1]}
	}
	s, err := plotter.NewScatter(pts)
	if err != nil {
		return fmt.Errorf("chart %s: %w", title, err)
	}
	s.GlyphStyle = draw.GlyphStyle{Color: MarkColor, Radius: vg.Points(3.5), Shape: draw.CircleGlyph{}}
	if len(pts) > manyPoints {
		// Small and translucent, so that a crowd shows its density.
		s.GlyphStyle.Radius = vg.Points(1.5)
		s.GlyphStyle.Color = color.NRGBA{R: 0x55, G: 0x55, B: 0x55, A: 0x80}
	}
	p.Add(s)
	names, err := plotter.NewLabels(plotter.XYLabels{XYs: pts, Labels: c.Alternatives})
	if err != nil {
		return fmt.Errorf("chart %s: %w", title, err)
	}
	for i := range names.TextStyle {
		names.TextStyle[i].Font.Size = vg.Points(9)
		names.TextStyle[i].YAlign = -0.5
	}
	names.Offset = vg.Point{X: vg.Points(5)}
	p.Add(names)
	leg := plot.NewLegend()
	ar := &arrows{}
	for j, a := range c.Axes {
		ar.add(scale*a[0], scale*a[1], axisColor(j), vg.Points(1.5))
		ar.styles[j].Dashes = plotutil.Dashes(j / len(axisColors)) // beyond the colours
		leg.Add("criterion "+c.Criteria[j], ar.line(j))
	}
	ar.add(stickScale*c.Stick[0], stickScale*c.Stick[1], color.Black, vg.Points(3))
	leg.Add(fmt.Sprintf("decision stick π = (%.3g, %.3g), drawn ×%.3g", c.Stick[0], c.Stick[1], stickScale), ar.line(len(c.Axes)))
	p.Add(ar)
	leg.Add("alternative", s)

	// Criteria named at their arrows' tips, those whose tips (nearly)
	// coincide under one label.
	var tips plotter.XYLabels
	var tipAxes [][2]float64
	var tipColors []color.Color
	for j, a := range c.Axes {
		xy := plotter.XY{X: scale * a[0], Y: scale * a[1]}
		k := 0
		for k < len(tips.XYs) && math.Hypot(tips.XYs[k].X-xy.X, tips.XYs[k].Y-xy.Y) > 0.03*r {
			k++
		}
		if k < len(tips.XYs) {
			tips.Labels[k] += ", " + c.Criteria[j]
			tipColors[k] = MarkColor
			continue
		}
		tips.XYs = append(tips.XYs, xy)
		tips.Labels = append(tips.Labels, c.Criteria[j])
		tipAxes = append(tipAxes, a)
		tipColors = append(tipColors, darker(axisColor(j)))
	}
	if len(tips.XYs) > 0 {
		tipLabels, err := plotter.NewLabels(tips)
		if err != nil {
			return fmt.Errorf("chart %s: %w", title, err)
		}
		for k := range tipLabels.TextStyle {
			a := tipAxes[k]
			tipLabels.TextStyle[k].Font.Size = vg.Points(8)
			tipLabels.TextStyle[k].Color = tipColors[k]
			// Beyond the tip, on the side the arrow points to.
			tipLabels.TextStyle[k].XAlign = draw.XAlignment(math.Copysign(0.5, a[0]) - 0.5)
			tipLabels.TextStyle[k].YAlign = draw.YAlignment(math.Copysign(0.5, a[1]) - 0.5)
		}
		p.Add(tipLabels)
	}

	size := 14 * vg.Centimeter
	return saveLegendBelow(p, leg, len(c.Axes)+2, base, title, size, size, vg.Points(6))
}

// axisColors are the colours of the criteria's axes: Palette without
// black, the decision stick's.
var axisColors = append(append([]color.Color{}, Palette[:7]...), Palette[8:]...)

// axisColor returns the colour of criterion j's axis.
func axisColor(j int) color.Color { return axisColors[j%len(axisColors)] }

// manyPoints is the number of alternatives beyond which they are drawn
// as small translucent dots.
const manyPoints = 30

// darker returns c darkened, for text: the palette's light colours
// (yellow, sky blue) are hard to read as text on white.
func darker(c color.Color) color.Color {
	r, g, b, _ := c.RGBA()
	f := func(v uint32) uint8 { return uint8(float64(v>>8) * 0.75) }
	return color.RGBA{R: f(r), G: f(g), B: f(b), A: 0xff}
}

// arrows is a plotter of arrows from the origin, their heads drawn in
// canvas units so that they keep their shape whatever the axes' scales.
type arrows struct {
	tips   []plotter.XY
	styles []draw.LineStyle
}

func (a *arrows) add(x, y float64, c color.Color, width vg.Length) {
	a.tips = append(a.tips, plotter.XY{X: x, Y: y})
	a.styles = append(a.styles, draw.LineStyle{Color: c, Width: width})
}

// line returns a legend thumbnail for arrow k.
func (a *arrows) line(k int) plot.Thumbnailer {
	l := &plotter.Line{LineStyle: a.styles[k]}
	return l
}

// Plot implements plot.Plotter.
func (a *arrows) Plot(c draw.Canvas, plt *plot.Plot) {
	trX, trY := plt.Transforms(&c)
	ox, oy := trX(0), trY(0)
	for k, t := range a.tips {
		tx, ty := trX(t.X), trY(t.Y)
		dx, dy := float64(tx-ox), float64(ty-oy)
		n := math.Hypot(dx, dy)
		st := a.styles[k]
		if n < 1 {
			continue // a zero arrow
		}
		ux, uy := dx/n, dy/n
		head := math.Min(float64(vg.Points(7)+st.Width), n/2)
		c.StrokeLine2(st, ox, oy, tx-vg.Length(ux*head*0.5), ty-vg.Length(uy*head*0.5))
		back := func(side float64) vg.Point {
			return vg.Point{
				X: tx - vg.Length(ux*head) + vg.Length(-uy*side*head*0.45),
				Y: ty - vg.Length(uy*head) + vg.Length(ux*side*head*0.45),
			}
		}
		c.FillPolygon(st.Color, []vg.Point{{X: tx, Y: ty}, back(1), back(-1)})
	}
}
