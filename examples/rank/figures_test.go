package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// figureArgs is the command line that draws the figures of the README,
// examples/rank/figures/*.png: go run ./examples/rank -plot DIR ARGS, of
// which the README shows a few charts.
var figureArgs = []string{"-method", "promethee,topsis,vikor", "-sensitivity", "-smaa", "2000", "-gaia", "testdata/brans_mareschal2005.json"}

// TestREADMEFigures checks that the charts the README shows are those
// -plot draws now, byte for byte, and that the README shows each of them.
func TestREADMEFigures(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if code, _, stderr := rank("", append([]string{"-plot", dir}, figureArgs...)...); code != 0 {
		t.Fatalf("status %d: %s", code, stderr)
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
		if !bytes.Equal(got, want) {
			t.Errorf("%s is not what -plot draws now; redraw it: go run ./examples/rank %s -plot DIR examples/rank/%s, and copy DIR/%s",
				f, strings.Join(figureArgs[:len(figureArgs)-1], " "), figureArgs[len(figureArgs)-1], name)
		}
	}
}
