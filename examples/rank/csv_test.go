package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/balancer-mcda/balancer/mcda"
)

// Hodgett's car example (R package MCDA): TOPSIS closeness 0.4817,
// 0.5182, 0.1780, read from CSV.
func TestCSVInput(t *testing.T) {
	got := rankJSON(t, "", "testdata/cars.csv")
	want := []rankResult{{"Corsa", 0.4817, 2, 0}, {"Clio", 0.5182, 1, 1}, {"Fiesta", 0.1780, 3, 2}}
	for i, r := range got.Results {
		if r.Alternative != want[i].Alternative || r.Rank != want[i].Rank || abs(r.Score-want[i].Score) > 5e-5 {
			t.Errorf("result %d = %+v, want %+v (within 5e-5)", i, r, want[i])
		}
	}
	// The same problem as JSON gives the same output.
	f, err := os.Open("testdata/cars.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := mcda.ReadCSV(f)
	if err != nil {
		t.Fatal(err)
	}
	var js strings.Builder
	if err := mcda.WriteJSON(&js, m); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, rankJSON(t, js.String(), "-")); diff != "" {
		t.Errorf("CSV and JSON outputs differ (-csv +json):\n%s", diff)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func writeFile(t *testing.T, name, data string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCSVDefaults(t *testing.T) {
	path := writeFile(t, "plain.csv", "name,a,b\nx,1,2\ny,2,1\nz,3,3\n")
	code, stdout, stderr := rank("", "-json", path)
	if code != 0 {
		t.Fatalf("status %d: %s", code, stderr)
	}
	for _, s := range []string{"no #objective row: every criterion is a benefit criterion", "no #weight row: every criterion has weight 1"} {
		if !strings.Contains(stderr, s) {
			t.Errorf("stderr %q does not say %q", stderr, s)
		}
	}
	if !strings.Contains(stdout, `"alternative":"z","score":1,"rank":1`) {
		t.Errorf("z dominates and should score 1: %s", stdout)
	}
	// With both rows, nothing is said.
	path = writeFile(t, "full.csv", "name,a,b\n#weight,1,1\n#objective,benefit,cost\nx,1,2\ny,2,1\n")
	if code, _, stderr := rank("", path); code != 0 || stderr != "" {
		t.Errorf("status %d, stderr %q; want 0 and nothing", code, stderr)
	}
}

func TestCSVErrors(t *testing.T) {
	tests := []struct {
		data    string
		mention []string
	}{
		{"name,a,b\nx,1,2\ny,2,oops\n", []string{"bad.csv", "line 3, column 3", "oops"}},
		{"name,a,b\nx,1,2\ny,2\n", []string{"bad.csv", "line 3"}},
		{"name,a,b\n#objective,benefit,sideways\nx,1,2\n", []string{"line 2, column 3", "sideways"}},
		{"name,a,b\nx,1,2\nx,2,3\n", []string{"line 3", `"x"`, "duplicate"}},
		{"name,a,b\n", []string{"bad.csv", "no alternatives"}},
	}
	for _, tc := range tests {
		path := writeFile(t, "bad.csv", tc.data)
		code, stdout, stderr := rank("", path)
		if code != 2 || stdout != "" || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%q: status %d, stdout %q, stderr %q; want 2 and one line", tc.data, code, stdout, stderr)
		}
		for _, s := range tc.mention {
			if !strings.Contains(stderr, s) {
				t.Errorf("%q: stderr %q does not mention %q", tc.data, stderr, s)
			}
		}
	}
}

// genCSV writes a random problem of m alternatives to a CSV file.
func genCSV(t *testing.T, m int, seed uint64) string {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 1))
	var b strings.Builder
	b.WriteString("id,c1,c2,c3,c4\n#objective,benefit,cost,benefit,cost\n#weight,0.4,0.3,0.2,0.1\n")
	for i := range m {
		fmt.Fprintf(&b, "a%d,%g,%g,%g,%g\n", i, 1+r.Float64()*100, 1+r.Float64()*10, float64(r.IntN(5)+1), 1+r.Float64())
	}
	return writeFile(t, "gen.csv", b.String())
}

// The streamed ranking equals the in-memory one: the top K with their
// ranks, and every score with -top 0.
func TestStream(t *testing.T) {
	path := genCSV(t, 5000, 3)
	for _, args := range [][]string{
		{"-method", "topsis"}, {"-method", "topsis", "-norm", "minmax"}, {"-method", "wsm"}, {"-method", "wpm"},
		{"-method", "moora"}, {"-method", "moora-rp"}, {"-method", "moora-fmf"}, {"-method", "spotis"}, {"-method", "marcos"},
		{"-method", "waspas"}, {"-method", "waspas", "-waspas-lambda", "0.2"},
		{"-method", "vikor"}, {"-method", "vikor", "-vikor-v", "0.2"}, {"-method", "edas"}, {"-method", "copras"},
		{"-method", "aras"}, {"-method", "mabac"}, {"-method", "cocoso"}, {"-method", "cocoso", "-waspas-lambda", "0.8"},
	} {
		full := rankJSON(t, "", append(args, path)...)
		var stream streamOutputTest
		code, stdout, stderr := rank("", append(append([]string{"-json", "-stream", "-top", "25"}, args...), path)...)
		if code != 0 {
			t.Fatalf("%q: status %d: %s", args, code, stderr)
		}
		dec := json.NewDecoder(strings.NewReader(stdout))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&stream); err != nil {
			t.Fatal(err)
		}
		if stream.Method != full.Method || stream.HigherIsBetter != full.HigherIsBetter || stream.Count != 5000 || len(stream.Results) != 25 {
			t.Fatalf("%q: stream header %+v", args, stream)
		}
		for k, r := range stream.Results {
			want := full.Results[r.Index]
			if r.Alternative != want.Alternative || r.Score != want.Score || r.Rank != want.Rank {
				t.Errorf("%q: top %d = %+v, in memory %+v", args, k, r, want)
			}
			if r.Rank > 25 || (k > 0 && r.Rank < stream.Results[k-1].Rank) {
				t.Errorf("%q: top %d has rank %d", args, k, r.Rank)
			}
		}
		// Every score, in input order, as CSV.
		code, stdout, stderr = rank("", append(append([]string{"-stream", "-top", "0"}, args...), path)...)
		if code != 0 {
			t.Fatalf("%q -top 0: status %d: %s", args, code, stderr)
		}
		recs, err := csv.NewReader(strings.NewReader(stdout)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 5001 || recs[0][2] != full.Method {
			t.Fatalf("%q -top 0: %d records, header %q", args, len(recs), recs[0])
		}
		for i, rec := range recs[1:] {
			score, err := strconv.ParseFloat(rec[2], 64)
			if err != nil || rec[0] != strconv.Itoa(i) || rec[1] != full.Results[i].Alternative || score != full.Results[i].Score {
				t.Fatalf("%q -top 0: record %d = %q, want %d %s %v", args, i, rec, i, full.Results[i].Alternative, full.Results[i].Score)
			}
		}
		// And as JSON.
		code, stdout, _ = rank("", append(append([]string{"-json", "-stream", "-top", "0"}, args...), path)...)
		var all streamOutputTest
		if err := json.Unmarshal([]byte(stdout), &all); code != 0 || err != nil || len(all.Results) != 5000 || all.Count != 5000 {
			t.Fatalf("%q -json -top 0: status %d, %v, %d results", args, code, err, len(all.Results))
		}
		for i, r := range all.Results {
			if r.Index != i || r.Score != full.Results[i].Score || r.Rank != 0 {
				t.Fatalf("%q -json -top 0: result %d = %+v", args, i, r)
			}
		}
	}
	// The table form.
	code, stdout, _ := rank("", "-stream", "-top", "3", path)
	if code != 0 || !strings.Contains(stdout, "the best 3 of 5000 alternatives") {
		t.Errorf("table output:\n%s", stdout)
	}
}

type streamOutputTest struct {
	Method         string `json:"method"`
	HigherIsBetter bool   `json:"higher_is_better"`
	Results        []struct {
		Alternative string  `json:"alternative"`
		Score       float64 `json:"score"`
		Rank        int     `json:"rank"`
		Index       int     `json:"index"`
	} `json:"results"`
	Count int `json:"count"`
}

func TestStreamErrors(t *testing.T) {
	path := genCSV(t, 10, 1)
	bad := writeFile(t, "bad.csv", "id,a\nx,1\ny,NaN\n")
	tests := []struct {
		args    []string
		mention []string
	}{
		{[]string{"-stream", "-method", "codas", path}, []string{"-stream -method codas", "cannot rank a stream"}},
		{[]string{"-stream", "testdata/fighter.json"}, []string{"-stream", ".csv"}},
		{[]string{"-stream", "-"}, []string{"-stream", "standard input"}},
		{[]string{"-stream", "-top", "-1", path}, []string{"-top -1"}},
		{[]string{"-stream", "-method", "wpm", "-norm", "vector", path}, []string{"-norm vector"}},
		{[]string{"-stream", bad}, []string{"bad.csv", "NaN"}},
		{[]string{"-stream", filepath.Join(t.TempDir(), "missing.csv")}, []string{"missing.csv"}},
	}
	for _, tc := range tests {
		code, stdout, stderr := rank("", tc.args...)
		if code != 2 || stdout != "" || strings.Count(stderr, "\n") != 1 {
			t.Errorf("rank %q: status %d, stdout %q, stderr %q; want 2 and one line", tc.args, code, stdout, stderr)
		}
		for _, s := range tc.mention {
			if !strings.Contains(stderr, s) {
				t.Errorf("rank %q: stderr %q does not mention %q", tc.args, stderr, s)
			}
		}
	}
}

// Issue 13, item 9: the surprises of rank's input handling.
func TestInputSurprises(t *testing.T) {
	const csvDoc = "name,price,speed\n#objective,cost,benefit\n#weight,1,1\nA1,250,16\nA2,200,12\nA3,300,18\n"
	const jsonDoc = `{"criteria": [{"name": "price", "type": "cost"}, {"name": "speed", "type": "benefit"}],
	 "alternatives": [{"name": "A1", "values": [250, 16]}, {"name": "A2", "values": [200, 12]}, {"name": "A3", "values": [300, 18]}]}`
	want := rankJSON(t, jsonDoc, "-")
	same := func(t *testing.T, stdin string, args ...string) {
		t.Helper()
		code, stdout, stderr := rank(stdin, append([]string{"-json"}, args...)...)
		if code != 0 || stderr != "" {
			t.Fatalf("rank %q: status %d, stderr %q", args, code, stderr)
		}
		var got rankOutput
		if err := json.Unmarshal([]byte(stdout), &got); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("rank %q (-json input +this input):\n%s", args, diff)
		}
	}
	t.Run("CSVOnStandardInput", func(t *testing.T) { same(t, csvDoc, "-") })
	t.Run("CSVNamedTxt", func(t *testing.T) { same(t, "", writeFile(t, "p.txt", csvDoc)) })
	t.Run("FormatCSV", func(t *testing.T) { same(t, csvDoc, "-format", "csv", "-") })
	t.Run("FormatJSON", func(t *testing.T) { same(t, "", "-format", "json", writeFile(t, "p.data", jsonDoc)) })
	t.Run("JSONWithByteOrderMark", func(t *testing.T) { same(t, "\uFEFF"+jsonDoc, "-") })
	t.Run("BadFormat", func(t *testing.T) {
		code, _, stderr := rank(jsonDoc, "-format", "xml", "-")
		if code != 2 || !strings.Contains(stderr, `-format "xml"`) {
			t.Errorf("status %d, stderr %q", code, stderr)
		}
	})
	t.Run("CROnlyLineEndings", func(t *testing.T) {
		// The values repeat, which read as one line gave "duplicate name".
		code, _, stderr := rank("name,a,b\rA1,1,2\rA2,1,2\r", "-format", "csv", "-")
		if code != 2 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "CR-only line endings") || strings.Contains(stderr, "duplicate") {
			t.Errorf("status %d, stderr %q", code, stderr)
		}
	})
	t.Run("OneAlternativeSeveralMethods", func(t *testing.T) {
		one := `{"criteria": [{"name": "x", "type": "benefit"}], "alternatives": [{"name": "A", "values": [1]}]}`
		for _, asJSON := range []bool{false, true} {
			args := []string{"-method", "topsis,vikor", "-"}
			if asJSON {
				args = append([]string{"-json"}, args...)
			}
			code, stdout, stderr := rank(one, args...)
			if code != 0 || !strings.Contains(stderr, "one alternative") || !strings.Contains(stderr, "agreement") {
				t.Errorf("json %v: status %d, stderr %q", asJSON, code, stderr)
			}
			if strings.Contains(stdout, "agreement") {
				t.Errorf("json %v: an agreement table in %q", asJSON, stdout)
			}
		}
	})
	t.Run("StreamDuplicateNames", func(t *testing.T) {
		file := writeFile(t, "dup.csv", "name,x\nA,1\nB,2\nA,3\n")
		code, _, stderr := rank("", "-stream", file)
		if code != 2 || !strings.Contains(stderr, `"A"`) || !strings.Contains(stderr, "duplicate name") || !strings.Contains(stderr, "alternative 0") {
			t.Errorf("status %d, stderr %q", code, stderr)
		}
		// The in-memory path says the same.
		code, _, stderr = rank("", file)
		if code != 2 || !strings.Contains(stderr, "duplicate name") {
			t.Errorf("in memory: status %d, stderr %q", code, stderr)
		}
	})
}

// -workers changes nothing in the output: the methods and the weighting
// give the same bits for any number of workers, on a problem large enough
// (over 4096 alternatives) to be split among them. The O(m²) methods
// (those with max_pairs) refuse a problem that large by default and are
// left out.
func TestWorkers(t *testing.T) {
	path := genCSV(t, 9000, 4)
	var runs [][]string
	for _, name := range mcda.MethodNames() {
		if params, _ := mcda.MethodParameters(name); slices.Contains(params, "workers") && !slices.Contains(params, "max_pairs") {
			runs = append(runs, []string{"-method", name})
		}
	}
	for _, name := range mcda.WeightingNames() {
		runs = append(runs, []string{"-method", "wsm", "-weighting", name})
	}
	for _, args := range runs {
		_, want, _ := rank("", append(append([]string{"-json"}, args...), path)...)
		for _, w := range []string{"1", "2", "5"} {
			code, got, stderr := rank("", append(append([]string{"-json", "-workers", w}, args...), path)...)
			if code != 0 {
				t.Fatalf("%q -workers %s: status %d: %s", args, w, code, stderr)
			}
			if got != want {
				t.Errorf("%q -workers %s: the output differs from the default's", args, w)
			}
		}
	}
	for _, w := range []string{"0", "-1", "x"} {
		if code, _, stderr := rank("", "-workers", w, path); code != 2 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "-workers") {
			t.Errorf("-workers %s: status %d, stderr %q", w, code, stderr)
		}
	}
}
