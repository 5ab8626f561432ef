package main

import (
	"bytes"
	"fmt"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// figureArgs is the command line that draws the figures of the README,
// examples/rank/figures/*.png: go run ./examples/rank -plot DIR ARGS, of
// which the README shows a few charts.
var figureArgs = []string{"-method", "promethee,topsis,vikor", "-sensitivity", "-smaa", "2000", "-gaia", "testdata/brans_mareschal2005.json"}

// TestREADMEFigures checks that the charts the README shows are those
// -plot draws now, and that the README shows each of them. The figures
// were drawn on amd64, where every pixel must match. Where the compiler
// fuses multiplications and additions (arm64, ppc64le, s390x, riscv64)
// the rasterizer may round an edge's anti-aliasing otherwise, so there up
// to 0.1% of the pixels may differ: a change of layout or colour moves far
// more, though a changed digit in a label may move less.
func TestREADMEFigures(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if code, _, stderr := rank("", append([]string{"-plot", dir}, figureArgs...)...); code != 0 {
		t.Fatalf("status %d: %s", code, stderr)
	}
	allowed := 0.0
	if runtime.GOARCH != "amd64" {
		allowed = 0.001
	}
	figures, err := filepath.Glob("figures/*.png")
	if err != nil || len(figures) == 0 {
		t.Fatalf("no figures: %v", err)
	}
	for _, f := range figures {
		name := filepath.Base(f)
		if !bytes.Contains(readme, []byte("(examples/rank/figures/"+name+")")) {
			t.Errorf("README.md does not show %s", f)
		}
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Errorf("-plot did not draw %s: %v", name, err)
			continue
		}
		want, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if d, err := pixelsApart(got, want); err != nil || d > allowed {
			t.Errorf("%s is not what -plot draws now; redraw it: go run ./examples/rank %s -plot DIR examples/rank/%s, and copy DIR/%s",
				f, strings.Join(figureArgs[:len(figureArgs)-1], " "), figureArgs[len(figureArgs)-1], name)
		}
	}
}

// pixelsApart returns the share of the pixels that differ between two PNG
// images of the same size, and an error if either does not decode or their
// sizes differ.
func pixelsApart(a, b []byte) (float64, error) {
	ia, err := png.Decode(bytes.NewReader(a))
	if err != nil {
		return 0, err
	}
	ib, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return 0, err
	}
	r := ia.Bounds()
	if r != ib.Bounds() {
		return 0, fmt.Errorf("sizes %v and %v", r, ib.Bounds())
	}
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if color.NRGBAModel.Convert(ia.At(x, y)) != color.NRGBAModel.Convert(ib.At(x, y)) {
				n++
			}
		}
	}
	return float64(n) / float64(r.Dx()*r.Dy()), nil
}
