package chart

import (
	"bytes"
	"image"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writer is any of the charts.
type writer interface{ Write(base string) error }

// TestCharts writes every kind of chart, including edge cases (negative
// bars, undefined cells, an empty stick, breakpoints), and checks that
// each file is written, non-empty and decodes.
func TestCharts(t *testing.T) {
	dir := t.TempDir()
	names := []string{"first", "second alternative with a long name", "third"}
	weights := []float64{0, 0.25, 0.5, 0.75, 1}
	scores := [][]float64{{0.1, 0.5, 0.9}, {0.3, 0.5, 0.7}, {0.5, 0.5, 0.5}, {0.7, 0.5, 0.3}, {0.9, 0.5, 0.1}}
	for name, c := range map[string]writer{
		"bars": &Bars{Title: "Bars", XLabel: "score", Bars: []Bar{{Label: "a", Value: 0.7}, {Label: "b", Value: 0.2}}},
		"bars-negative": &Bars{Title: "Net flows", XLabel: "φ", Format: Auto, Margin: 4,
			Bars: []Bar{{Label: "a", Value: 0.3}, {Label: "b", Value: 0}, {Label: "c", Value: -0.45}}},
		"bars-all-negative": &Bars{Title: "All negative", Bars: []Bar{{Label: "a", Value: -1}, {Label: "b", Value: -2}}},
		"bars-groups": &Bars{Title: "Groups", Bars: []Bar{{Label: "a", Value: 1, Group: "g"}, {Label: "b", Value: 2, Group: "h"}},
			Groups: []string{"g", "h"}, Muted: []string{"h"}, MutedNote: " (muted)"},
		"sensitivity": &Sensitivity{Title: "Sensitivity", XLabel: "weight", YLabel: "score", Names: names,
			Weights: weights, Scores: scores, Weight: 0.3, Lost: [2]float64{0, 0.5},
			Breakpoints: []Breakpoint{{Weight: 0.5, A: 0}, {Weight: 0.5, A: 1}}},
		"sensitivity-flat": &Sensitivity{Title: "Flat", Names: names[:1], Weights: weights,
			Scores: [][]float64{{1}, {1}, {1}, {1}, {1}}, Weight: 0.5, Lost: [2]float64{0, 1}},
		"acceptability": &Acceptability{Title: "Acceptability", Names: names, Order: []int{2, 0, 1},
			Acceptability: [][]float64{{0.5, 0.3, 0.2}, {0.1, 0.2, 0.7}, {0.4, 0.5, 0.1}}},
		"acceptability-labels": &Acceptability{Title: "Acceptability", Names: names, Order: []int{2, 0, 1}, Labels: true,
			Acceptability: [][]float64{{0.5, 0.45, 0.05}, {0.01, 0.2, 0.79}, {0.49, 0.35, 0.16}}},
		"heatmap": &Heatmap{Title: "Agreement", XLabel: "ρ", Labels: []string{"a", "b", "c"},
			Values: [][]float64{{1, -0.5, math.NaN()}, {-0.5, 1, 0.2}, {math.NaN(), 0.2, 1}}},
		"gaia": &GAIA{Title: "GAIA", Alternatives: names, Points: [][2]float64{{-1, 0.2}, {0.5, 0.5}, {0.5, -0.7}},
			Criteria: []string{"c1", "c2", "c3"}, Axes: [][2]float64{{0.9, 0.1}, {0.9, 0.1}, {-0.2, 0.8}}, Stick: [2]float64{0.1, 0.05}},
		"gaia-zero": &GAIA{Title: "GAIA of indifference", Alternatives: names[:2], Points: make([][2]float64, 2),
			Criteria: []string{"c1", "c2"}, Axes: [][2]float64{{1, 0}, {0, 1}}},
	} {
		t.Run(name, func(t *testing.T) {
			base := filepath.Join(dir, name)
			if err := c.Write(base); err != nil {
				t.Fatal(err)
			}
			if err := Verify(base); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestUnwritable checks that a chart that cannot be written is an error
// naming the chart, not a panic.
func TestUnwritable(t *testing.T) {
	base := filepath.Join(t.TempDir(), "missing", "bars")
	err := (&Bars{Title: "Bars", Bars: []Bar{{Label: "a", Value: 1}}}).Write(base)
	if err == nil || !strings.Contains(err.Error(), "chart Bars") {
		t.Errorf("got %v, want an error naming the chart", err)
	}
}

// TestVerify checks that Verify rejects what is not a chart.
func TestVerify(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "x")
	if err := Verify(base); err == nil {
		t.Error("no error for missing files")
	}
	if err := (&Bars{Title: "Bars", Bars: []Bar{{Label: "a", Value: 1}}}).Write(base); err != nil {
		t.Fatal(err)
	}
	svg, err := os.ReadFile(base + ".svg")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(base+".svg", []byte("<svg><g></g></svg>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Verify(base); err == nil {
		t.Error("no error for an empty SVG")
	}
	if err := os.WriteFile(base+".svg", svg, 0o644); err != nil {
		t.Fatal(err)
	}
	blank := image.NewGray(image.Rect(0, 0, 200, 200))
	var buf bytes.Buffer
	if err := png.Encode(&buf, blank); err != nil {
		t.Fatal(err)
	}
	png0, err := os.ReadFile(base + ".png")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(base+".png", buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Verify(base); err == nil {
		t.Error("no error for a blank PNG")
	}
	if err := os.WriteFile(base+".png", png0, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Verify(base); err != nil {
		t.Errorf("the chart itself: %v", err)
	}
	if err := os.WriteFile(base+".svg", []byte("<svg><g></svg>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Verify(base); err == nil {
		t.Error("no error for malformed SVG")
	}
	if err := os.WriteFile(base+".png", []byte("not a png"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Verify(base); err == nil {
		t.Error("no error for a file that is not PNG")
	}
}

func TestNiceCeil(t *testing.T) {
	for _, tc := range []struct{ x, want float64 }{
		{0.168, 0.2}, {0.1, 0.1}, {1.12, 1.5}, {0.336, 0.4}, {7, 8}, {8.5, 10}, {0, 1}, {-3, 1}, {math.Inf(1), 1}, {math.NaN(), 1},
	} {
		if got := NiceCeil(tc.x); math.Abs(got-tc.want) > 1e-12*tc.want {
			t.Errorf("NiceCeil(%v) = %v, want %v", tc.x, got, tc.want)
		}
	}
}

func TestDecimals(t *testing.T) {
	for _, tc := range []struct {
		x    float64
		want int
	}{{0.2929, 3}, {0.03, 4}, {1, 3}, {9.99, 3}, {15, 1}, {1500, 0}, {1e-9, 6}, {0, 3}, {math.Inf(1), 3}} {
		if got := decimals(tc.x); got != tc.want {
			t.Errorf("decimals(%v) = %d, want %d", tc.x, got, tc.want)
		}
	}
}

func TestSlug(t *testing.T) {
	for s, want := range map[string]string{"Max speed": "max-speed", "  a--b  ": "a-b", "Élan (2)": "élan-2", "??": ""} {
		if got := Slug(s); got != want {
			t.Errorf("Slug(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestShorten(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want string
	}{{"short", 10, "short"}, {"exactly10!", 10, "exactly10!"}, {"a rather long name", 10, "a rather…"}, {"ééééé", 3, "éé…"}} {
		if got := Shorten(tc.s, tc.n); got != tc.want {
			t.Errorf("Shorten(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
	}
}
