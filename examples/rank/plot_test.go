package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/balancer-mcda/balancer/examples/internal/chart"
)

// TestPlot checks that -plot writes a chart, PNG and SVG, for everything
// that was asked, that each decodes, that standard error lists them and
// that standard output is the report it would be without -plot.
func TestPlot(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"Ranking", []string{"testdata/fighter.json"}, []string{"ranking-topsis"}},
		{"Everything", []string{"-method", "topsis,vikor,promethee", "-sensitivity", "-smaa", "200", "-gaia", "testdata/fighter.json"},
			[]string{"ranking-topsis", "ranking-vikor", "ranking-promethee", "agreement", "acceptability",
				"sensitivity-max-speed", "sensitivity-ferry-range", "sensitivity-max-payload",
				"sensitivity-acquisition-cost", "sensitivity-reliability", "sensitivity-maneuverability", "gaia"}},
		{"BransMareschal", []string{"-method", "promethee,topsis", "-sensitivity", "first", "-gaia", "-json", "testdata/brans_mareschal2005.json"},
			[]string{"ranking-promethee", "ranking-topsis", "agreement",
				"sensitivity-f1", "sensitivity-f2", "sensitivity-f3", "sensitivity-f4", "sensitivity-f5", "sensitivity-f6", "gaia"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "new", "charts") // made by -plot
			code, stdout, stderr := rank("", append([]string{"-plot", dir}, tc.args...)...)
			if code != 0 {
				t.Fatalf("status %d: %s", code, stderr)
			}
			_, plain, _ := rank("", tc.args...)
			if stdout != plain {
				t.Errorf("-plot changed standard output:\n%s\nwant\n%s", stdout, plain)
			}
			charts := "charts"
			if len(tc.want) == 1 {
				charts = "chart"
			}
			wantLine := fmt.Sprintf("rank: wrote %d %s in %s (%d files, PNG and SVG): %s\n",
				len(tc.want), charts, dir, 2*len(tc.want), strings.Join(tc.want, ", "))
			if stderr != wantLine {
				t.Errorf("stderr %q, want %q", stderr, wantLine)
			}
			var want []string
			for _, name := range tc.want {
				if err := chart.Verify(filepath.Join(dir, name)); err != nil {
					t.Error(err)
				}
				want = append(want, name+".png", name+".svg")
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range entries {
				got = append(got, e.Name())
			}
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("files %q, want %q", got, want)
			}
		})
	}
}

// TestPlotMany checks that a problem of more alternatives than a chart
// shows one by one gets the best maxPlotted in its bars and curves, and no
// acceptability chart, said on standard error; and that long names and
// criteria whose names make the same file name are drawn.
func TestPlotMany(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"criteria": [{"name": "a b", "type": "benefit", "weight": 1}, {"name": "a-b", "type": "cost", "weight": 1}, {"name": "??", "type": "benefit", "weight": 1}], "alternatives": [`)
	m := maxPlotted + 5
	for i := range m {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"name": "alternative %d with a name far too long for a tick label", "values": [%d, %d, %d]}`, i, i, (i*7)%m, (i*13)%m)
	}
	b.WriteString("]}")
	dir := t.TempDir()
	code, _, stderr := rank(b.String(), "-method", "topsis,promethee", "-sensitivity", "-smaa", "100", "-gaia", "-plot", dir, "-")
	if code != 0 {
		t.Fatalf("status %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "no acceptability chart") {
		t.Errorf("stderr %q does not say the acceptability chart is left out", stderr)
	}
	for _, name := range []string{"ranking-topsis", "ranking-promethee", "agreement", "sensitivity-a-b", "sensitivity-2", "sensitivity-3", "gaia"} {
		if err := chart.Verify(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "acceptability.png")); err == nil {
		t.Error("acceptability.png written")
	}
}

// TestPlotBounded checks that -plot bounds what it draws: no sensitivity
// curves beyond maxCurveBytes, said on standard error, and a GAIA plane of
// at most maxGAIAPoints alternatives, said in its title.
func TestPlotBounded(t *testing.T) {
	defer func(b, p int) { maxCurveBytes, maxGAIAPoints = b, p }(maxCurveBytes, maxGAIAPoints)
	maxCurveBytes, maxGAIAPoints = 1000, 10 // 4 alternatives × 6 criteria × 201 × 8 bytes is more
	dir := t.TempDir()
	code, _, stderr := rank("", "-method", "promethee", "-sensitivity", "-gaia", "-plot", dir, "testdata/fighter.json")
	if code != 0 {
		t.Fatalf("status %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "no sensitivity charts for 4 alternatives × 6 criteria") {
		t.Errorf("stderr %q does not say why there are no sensitivity charts", stderr)
	}
	if !strings.HasSuffix(stderr, "wrote 2 charts in "+dir+" (4 files, PNG and SVG): ranking-promethee, gaia\n") {
		t.Errorf("stderr %q, want 2 charts", stderr)
	}
	if err := chart.Verify(filepath.Join(dir, "gaia")); err != nil {
		t.Error(err)
	}
	maxGAIAPoints = 3
	if code, _, stderr = rank("", "-method", "promethee", "-gaia", "-plot", dir, "testdata/fighter.json"); code != 0 {
		t.Fatalf("status %d: %s", code, stderr)
	}
	svg, err := os.ReadFile(filepath.Join(dir, "gaia.svg"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(svg), "1 in 2 of 4 alternatives") {
		t.Error("the GAIA plane of 4 alternatives, at most 3 drawn, does not say it draws 1 in 2")
	}
}

// TestPlotErrors checks that a -plot that cannot be honoured is one line
// on standard error and status 2, before any chart is written.
func TestPlotErrors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	readOnly := filepath.Join(t.TempDir(), "ro")
	if err := os.Mkdir(readOnly, 0o555); err != nil {
		t.Fatal(err)
	}
	oneCriterion := `{"criteria": [{"name": "c", "type": "benefit", "weight": 1}],
		"alternatives": [{"name": "a", "values": [1]}, {"name": "b", "values": [2]}]}`
	gaiaDir := t.TempDir()
	for _, tc := range []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"UnderAFile", "", []string{"-plot", filepath.Join(file, "charts"), "testdata/fighter.json"}, "-plot " + filepath.Join(file, "charts")},
		{"Empty", "", []string{"-plot=", "testdata/fighter.json"}, "-plot: want a directory"},
		{"Stream", "", []string{"-stream", "-plot", t.TempDir(), "testdata/cars.csv"}, "-plot"},
		{"ELECTRE", "", []string{"-method", "electre", "-plot", t.TempDir(), "testdata/fighter.json"}, "-plot draws rankings"},
		{"GAIAOneCriterion", oneCriterion, []string{"-method", "promethee", "-gaia", "-plot", gaiaDir, "-"}, "at least two alternatives and two criteria"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := rank(tc.stdin, tc.args...)
			if code != 2 || stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, tc.want) {
				t.Errorf("status %d, stdout %q, stderr %q; want status 2 and one line with %q", code, stdout, stderr, tc.want)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(gaiaDir, "gaia.png")); err == nil {
		t.Error("GAIA plane of one criterion drawn")
	}
	t.Run("ReadOnly", func(t *testing.T) {
		if runtime.GOOS == "linux" {
			readOnly = "/proc" // a directory no one, not even root, can make files in
		}
		code, stdout, stderr := rank("", "-plot", readOnly, "testdata/fighter.json")
		if code != 2 || stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "cannot write there") {
			t.Errorf("status %d, stdout %q, stderr %q; want status 2 and one line saying it cannot write there", code, stdout, stderr)
		}
	})
}
