package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/balancer-mcda/balancer/mcda"
)

func TestMain(m *testing.M) {
	// The runners log every stage at level INFO.
	beamlog.LogLevel = "warn"
	code := ptest.MainRetWithDefault(m, "direct")
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// problemCSV returns the lines of a random CSV problem: header, #objective
// and #weight rows, then m alternatives "a<i>" with n values in [1, 100)
// (times scale), criteria alternately benefit and cost.
func problemCSV(seed uint64, m, n int, scale float64) (head []string, rows []string) {
	rng := rand.New(rand.NewPCG(seed, 1))
	h, o, w := []string{"alternative"}, []string{"#objective"}, []string{"#weight"}
	for j := range n {
		h = append(h, fmt.Sprintf("c%d", j))
		o = append(o, []string{"benefit", "cost"}[j%2])
		w = append(w, fmt.Sprint(1+j%3))
	}
	head = []string{strings.Join(h, ","), strings.Join(o, ","), strings.Join(w, ",")}
	for i := range m {
		r := []string{fmt.Sprintf("a%d", i)}
		for range n {
			r = append(r, fmt.Sprint((1+rng.Float64()*99)*scale))
		}
		rows = append(rows, strings.Join(r, ","))
	}
	return head, rows
}

func writeLines(t testing.TB, path string, lines ...[]string) {
	var b strings.Builder
	for _, ls := range lines {
		for _, l := range ls {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// shard writes the rows in shards of the given sizes (the last takes the
// rest), each with the header, and the whole as one file; it returns the
// glob of the shards and the whole file's path.
func shard(t testing.TB, dir string, head, rows []string, sizes ...int) (glob, whole string) {
	lo := 0
	for k := 0; lo < len(rows) || k == 0; k++ {
		hi := len(rows)
		if k < len(sizes) {
			hi = min(len(rows), lo+sizes[k])
		}
		writeLines(t, filepath.Join(dir, fmt.Sprintf("part-%03d.csv", k)), head, rows[lo:hi])
		lo = hi
	}
	whole = filepath.Join(dir, "whole.csv.txt")
	writeLines(t, whole, head, rows)
	return filepath.Join(dir, "part-*.csv"), whole
}

// runPipeline runs the pipeline on glob and returns the top K and every
// score by index.
func runPipeline(t testing.TB, runner, glob, method, norm string, k int) ([]mcda.RankedAlternative, map[int]float64, error) {
	dir := t.TempDir()
	o, err := options(context.Background(), glob, method, norm, "")
	if err != nil {
		return nil, nil, err
	}
	o.K, o.Output, o.Scores, o.JSON = k, filepath.Join(dir, "top.jsonl"), filepath.Join(dir, "scores.jsonl"), true
	if err := run(context.Background(), runner, o); err != nil {
		return nil, nil, err
	}
	var top []mcda.RankedAlternative
	readJSONLines(t, o.Output, func(b []byte) {
		var a mcda.RankedAlternative
		if err := json.Unmarshal(b, &a); err != nil {
			t.Fatal(err)
		}
		top = append(top, a)
	})
	scores := map[int]float64{}
	readJSONLines(t, o.Scores, func(b []byte) {
		var s struct {
			Index int     `json:"index"`
			Score float64 `json:"score"`
		}
		if err := json.Unmarshal(b, &s); err != nil {
			t.Fatal(err)
		}
		scores[s.Index] = s.Score
	})
	return top, scores, nil
}

func readJSONLines(t testing.TB, path string, fn func([]byte)) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if len(sc.Bytes()) > 0 {
			fn(sc.Bytes())
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// TestPipelineMatchesRankStream runs the pipeline on shards and compares
// its top K and every score with mcda.RankStream on the concatenated file:
// bit for bit where the statistics are (one shard: the blocks are those of
// one machine; max and min-max normalization: minima and maxima only, which
// merge exactly in any order), else within the bound of
// mcda.ColumnStats.Merge, 8·2(m−1)·u relatively for these positive values.
func TestPipelineMatchesRankStream(t *testing.T) {
	tests := []struct {
		name, runner, method, norm string
		m, n                       int
		sizes                      []int
		scale                      float64
		exact                      bool
	}{
		{"OneShard", "direct", "topsis", "vector", 5000, 4, nil, 1, true},
		{"Shards", "direct", "topsis", "vector", 9000, 4, []int{1500, 4096, 2000}, 1, false},
		{"ShardsPrism", "prism", "wsm", "sum", 6000, 3, []int{2500, 1000}, 1, false},
		{"ShardsMax", "direct", "wpm", "max", 6000, 3, []int{100, 3000, 1}, 1, true},
		{"ShardsMinMax", "direct", "topsis", "minmax", 5000, 5, []int{2000, 2000}, 1, true},
		{"EmptyShard", "direct", "wsm", "max", 3000, 2, []int{1000, 0}, 1, true},
		{"Rescan", "direct", "topsis", "vector", 300, 3, []int{100, 100}, 1e306, false},
		// The methods with a middle pass: VIKOR's statistics are extremes
		// only; the others sum.
		{"VIKOR", "direct", "vikor", "default", 9000, 4, []int{1500, 4096, 2000}, 1, true},
		{"VIKORBlocks", "prism", "vikor", "default", 9000, 3, []int{4096, 4096}, 1, true},
		{"CoCoSoBlocks", "direct", "cocoso", "default", 9000, 3, []int{4096, 4096}, 1, true},
		{"CoCoSo", "direct", "cocoso", "default", 6000, 3, []int{100, 3000}, 1, false},
		{"COPRASRescan", "direct", "copras", "default", 300, 3, []int{100, 100}, 1e306, false},
		{"EDAS", "direct", "edas", "default", 5000, 4, []int{2000, 2000}, 1, false},
		{"ARAS", "direct", "aras", "default", 5000, 4, []int{4096}, 1, true},
		{"MABAC", "direct", "mabac", "default", 5000, 4, []int{1000, 1}, 1, false},
		{"SPOTIS", "direct", "spotis", "default", 5000, 4, []int{1000, 1}, 1, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			head, rows := problemCSV(uint64(len(tc.name)), tc.m, tc.n, tc.scale)
			glob, whole := shard(t, dir, head, rows, tc.sizes...)
			const k = 10
			top, scores, err := runPipeline(t, tc.runner, glob, tc.method, tc.norm, k)
			if err != nil {
				t.Fatal(err)
			}
			sp := Spec{Method: tc.method, Normalization: tc.norm}
			method, _ := sp.method()
			want := make([]float64, tc.m)
			ref, err := mcda.RankStream(context.Background(), mcda.CSVFile(whole), mcda.StreamOptions{Method: method, Top: k,
				Each: func(i int, _ string, s float64) error { want[i] = s; return nil }})
			if err != nil {
				t.Fatal(err)
			}
			tol := 0.0
			if !tc.exact {
				tol = 8*2*float64(tc.m-1)*0x1p-53 + 1e-15
			}
			same := func(got, want float64) bool {
				if tol == 0 {
					return math.Float64bits(got) == math.Float64bits(want)
				}
				return math.Abs(got-want) <= tol*math.Abs(want)
			}
			if len(scores) != tc.m {
				t.Fatalf("%d scores, want %d", len(scores), tc.m)
			}
			for i, w := range want {
				if got, ok := scores[i]; !ok || !same(got, w) {
					t.Fatalf("score %d = %v, RankStream %v", i, got, w)
				}
			}
			if len(top) != len(ref.Top) {
				t.Fatalf("top: %d alternatives, RankStream %d", len(top), len(ref.Top))
			}
			for q, a := range ref.Top {
				g := top[q]
				if g.Index != a.Index || g.Name != a.Name || g.Rank != a.Rank || !same(g.Score, a.Score) {
					t.Errorf("place %d: %+v, RankStream %+v", q+1, g, a)
				}
			}
		})
	}
}

// TestPipelineTies checks the tie rule: alternatives whose scores tie
// within mcda.TieTolerance share a rank and come in input order, across
// shards, as RankStream ranks them.
func TestPipelineTies(t *testing.T) {
	dir := t.TempDir()
	head := []string{"alternative,x,y", "#objective,benefit,benefit"}
	var rows []string
	for i := range 40 {
		// Four groups of ten equal rows, the best group last.
		g := float64(i / 10)
		rows = append(rows, fmt.Sprintf("a%d,%v,%v", i, 1+g, 2+g))
	}
	glob, whole := shard(t, dir, head, rows, 7, 13, 9)
	top, _, err := runPipeline(t, "direct", glob, "wsm", "max", 12)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := mcda.RankStream(context.Background(), mcda.CSVFile(whole), mcda.StreamOptions{Method: &mcda.WSM{}, Top: 12})
	if err != nil {
		t.Fatal(err)
	}
	if len(top) != 12 {
		t.Fatalf("top: %d alternatives, want 12", len(top))
	}
	for q, a := range ref.Top {
		if g := top[q]; g.Index != a.Index || g.Rank != a.Rank {
			t.Errorf("place %d: %+v, RankStream %+v", q+1, g, a)
		}
	}
	if top[0].Index != 30 || top[9].Index != 39 || top[10].Rank != 11 || top[10].Index != 20 {
		t.Errorf("top = %+v; want a30..a39 tied first, then a20 ranked 11", top)
	}
}

// TestPipelineBadShards checks that a bad shard fails the pipeline with an
// error that names the file and the line.
func TestPipelineBadShards(t *testing.T) {
	head, rows := problemCSV(7, 30, 3, 1)
	tests := []struct {
		name    string
		method  string
		edit    func(second []string) []string // the second shard's lines
		want    []string
		atBuild bool
	}{
		{"MalformedRow", "topsis", func(l []string) []string { l[5] = "a99,1,zz,3"; return l }, []string{"part-001.csv", "line 6", "invalid syntax"}, false},
		{"MissingObjective", "topsis", func(l []string) []string { return append(l[:1:1], l[2:]...) }, []string{"part-001.csv", "line 3", "no #objective row"}, false},
		{"HeaderMismatch", "topsis", func(l []string) []string { l[0] = "alternative,c0,cX,c2"; return l }, []string{"part-001.csv", "line 1, column 3", `"cX"`}, false},
		{"NegativeBenefit", "wsm", func(l []string) []string { l[4] = "a98,-1,2,3"; return l }, []string{"part-001.csv", "line 5, column 2", `"a98"`, "negative"}, false},
		{"FewerCriteria", "topsis", func(l []string) []string { l[0] = "alternative,c0,c1"; return l }, []string{"part-001.csv", "line 2", "dimension mismatch"}, false},
		{"WeightMismatch", "topsis", func(l []string) []string { l[2] = "#weight,1,2,9"; return l }, []string{"part-001.csv", "line 3, column 4", "weight 9"}, false},
		{"NotPositive", "wsm", func(l []string) []string { l[6] = "a99,1,-2,3"; return l }, []string{"part-001.csv", "line 7, column 3", `"a99"`, "not positive"}, false},
		// An aggregate of the middle pass: a98's only cost value is 0, so
		// its S⁻ is 0 and COPRAS's Q infinite; the error names it by its
		// index in the concatenated shards, its shard and its line.
		{"COPRASZeroCost", "copras", func(l []string) []string { l[4] = "a98,1,0,3"; return l }, []string{"part-001.csv", "line 5", "alternative 11", `"a98"`, "S⁻ = 0"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeLines(t, filepath.Join(dir, "part-000.csv"), head, rows[:10])
			second := append(append([]string(nil), head...), rows[10:20]...)
			writeLines(t, filepath.Join(dir, "part-001.csv"), tc.edit(second))
			writeLines(t, filepath.Join(dir, "part-002.csv"), head, rows[20:])
			_, _, err := runPipeline(t, "direct", filepath.Join(dir, "part-*.csv"), tc.method, "default", 3)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", cause(err), w)
				}
			}
		})
	}
}

// TestOptions checks the criteria flags and the errors found before the
// pipeline runs.
func TestOptions(t *testing.T) {
	dir := t.TempDir()
	writeLines(t, filepath.Join(dir, "a.csv"), []string{"alternative,price,range", "a,30,400", "b,25,300"})
	writeLines(t, filepath.Join(dir, "b.csv"), []string{"alternative,price,range", "#objective,cost,benefit", "c,40,550"})
	ctx := context.Background()
	o, err := options(ctx, filepath.Join(dir, "*.csv"), "topsis", "default", "price:cost:2,range:benefit:1")
	if err != nil {
		t.Fatal(err)
	}
	o.K, o.Output = 3, filepath.Join(dir, "top.csv")
	if err := run(ctx, "direct", o); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(o.Output)
	if err != nil {
		t.Fatal(err)
	}
	// The in-memory TOPSIS scores of the same rows, best first.
	m, err := mcda.NewDecisionMatrix([]string{"a", "b", "c"},
		[]mcda.Criterion{{Name: "price", Objective: mcda.ObjectiveCost, Weight: 2}, {Name: "range", Objective: mcda.ObjectiveBenefit, Weight: 1}},
		[][]float64{{30, 400}, {25, 300}, {40, 550}})
	if err != nil {
		t.Fatal(err)
	}
	r, err := mcda.Rank(&mcda.TOPSIS{}, m)
	if err != nil {
		t.Fatal(err)
	}
	want := "rank,index,alternative,score\n"
	for _, i := range r.Order {
		want += fmt.Sprintf("%d,%d,%s,%s\n", r.Ranks[i], i, []string{"a", "b", "c"}[i], strconv.FormatFloat(r.Scores[i], 'g', -1, 64))
	}
	if string(got) != want {
		t.Errorf("output:\n%s\nwant (the in-memory TOPSIS scores):\n%s", got, want)
	}
	for _, bad := range []struct{ glob, method, crit, want string }{
		{filepath.Join(dir, "none*.csv"), "topsis", "", "no files match"},
		{filepath.Join(dir, "*.csv"), "codas", "", "cannot rank a stream"},
		{filepath.Join(dir, "*.csv"), "topsis", "price:cheap:1", "objective"},
		{filepath.Join(dir, "*.csv"), "topsis", "price:cost", "name:objective:weight"},
	} {
		if _, err := options(ctx, bad.glob, bad.method, "default", bad.crit); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("options(%q, %q, %q): err = %v, want %q", bad.glob, bad.method, bad.crit, err, bad.want)
		}
	}
}
