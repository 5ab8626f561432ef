package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda"
)

// The fighter aircraft problem of Hwang & Yoon (1981), Multiple Attribute
// Decision Making, p. 128, ranked with TOPSIS (p. 131-133).
func Example() {
	run([]string{"testdata/fighter.json"}, nil, os.Stdout, os.Stderr)
	// Output:
	// topsis (higher is better)
	//
	// rank  alternative   score
	//    1  A1           0.6433
	//    2  A3           0.6135
	//    3  A4           0.3123
	//    4  A2           0.2684
}

// The example of Triantaphyllou (2000), ch. 2, ranked by the weighted sum of
// the raw values: A2 and A3 tie with 22.
func Example_ties() {
	run([]string{"-method", "wsm", "-norm", "none", "testdata/triantaphyllou.json"}, nil, os.Stdout, os.Stderr)
	// Output:
	// wsm (higher is better)
	//
	// rank  alternative    score
	//    1  A2           22.0000
	//    1  A3           22.0000
	//    3  A1           21.5000
}

// rankResult and rankOutput are the documented -json shape, declared here
// rather than reused from main.go so that a change of shape fails the test.
type rankResult struct {
	Alternative string  `json:"alternative"`
	Score       float64 `json:"score"`
	Rank        int     `json:"rank"`
	Index       int     `json:"index"`
}

type rankOutput struct {
	Method         string       `json:"method"`
	HigherIsBetter bool         `json:"higher_is_better"`
	Count          int          `json:"count"`
	Results        []rankResult `json:"results"`
}

// inputOrder checks that results are listed best first, each index once,
// as mcda.Ranking marshals them, and sorts them into input order for the
// tests that compare them with the alternatives.
func inputOrder(t *testing.T, n int, rs []rankResult) {
	t.Helper()
	if len(rs) != n {
		t.Errorf("%d results of %d alternatives", len(rs), n)
	}
	for k := 1; k < len(rs); k++ {
		if rs[k].Rank < rs[k-1].Rank {
			t.Errorf("results not best first: rank %d after %d", rs[k].Rank, rs[k-1].Rank)
		}
	}
	slices.SortFunc(rs, func(a, b rankResult) int { return a.Index - b.Index })
	for i, r := range rs {
		if r.Index != i {
			t.Errorf("result indices are not 0..%d: %d at %d", n-1, r.Index, i)
			return
		}
	}
}

// rank runs the program with the given standard input and arguments.
func rank(stdin string, args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// rankJSON runs the program with -json and decodes its output strictly.
func rankJSON(t *testing.T, stdin string, args ...string) rankOutput {
	t.Helper()
	code, stdout, stderr := rank(stdin, append([]string{"-json"}, args...)...)
	if code != 0 || stderr != "" {
		t.Fatalf("rank -json %q: status %d, stderr %q", args, code, stderr)
	}
	dec := json.NewDecoder(strings.NewReader(stdout))
	dec.DisallowUnknownFields()
	var out rankOutput
	if err := dec.Decode(&out); err != nil {
		t.Fatalf("rank -json %q: decoding %q: %v", args, stdout, err)
	}
	inputOrder(t, out.Count, out.Results)
	if dec.More() {
		t.Errorf("rank -json %q: more than one document in %q", args, stdout)
	}
	return out
}

// want returns the output expected of rank -json for the problem in file,
// computed with the library.
func want(t *testing.T, file string, method mcda.Method) rankOutput {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := mcda.ReadJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	r, err := mcda.Rank(method, m)
	if err != nil {
		t.Fatal(err)
	}
	out := rankOutput{Method: r.Method, HigherIsBetter: r.HigherIsBetter, Count: len(r.Alternatives)}
	for i, a := range r.Alternatives {
		out.Results = append(out.Results, rankResult{a, r.Scores[i], r.Ranks[i], i})
	}
	return out
}

func TestJSONFighter(t *testing.T) {
	// Hwang & Yoon (1981, p. 133) print the relative closeness to 3
	// decimals, computed from truncated intermediates; the largest
	// deviation from the exact values is 5.4e-4.
	published := []rankResult{
		{"A1", 0.643, 1, 0},
		{"A2", 0.268, 4, 1},
		{"A3", 0.613, 2, 2},
		{"A4", 0.312, 3, 3},
	}
	for _, args := range [][]string{
		{"testdata/fighter.json"},
		{"-method", "topsis", "testdata/fighter.json"},
		{"-method", "topsis", "-norm", "vector", "testdata/fighter.json"},
		{"-norm", "default", "testdata/fighter.json"},
	} {
		got := rankJSON(t, "", args...)
		if got.Method != "topsis" {
			t.Errorf("rank -json %q: method %q, want topsis", args, got.Method)
		}
		if diff := cmp.Diff(published, got.Results, cmpopts.EquateApprox(0, 1e-3)); diff != "" {
			t.Errorf("rank -json %q mismatch (-want +got):\n%s", args, diff)
		}
	}
}

func TestJSONMethods(t *testing.T) {
	tests := []struct {
		args   []string
		method mcda.Method
	}{
		{[]string{"-method", "topsis"}, &mcda.TOPSIS{}},
		{[]string{"-method", "wsm"}, &mcda.WSM{}},
		{[]string{"-method", "wpm"}, &mcda.WPM{}},
	}
	for _, file := range []string{"testdata/fighter.json", "testdata/triantaphyllou.json"} {
		for _, tc := range tests {
			args := append(tc.args, file)
			got := rankJSON(t, "", args...)
			// The same computation: exact.
			if diff := cmp.Diff(want(t, file, tc.method), got); diff != "" {
				t.Errorf("rank -json %q mismatch (-want +got):\n%s", args, diff)
			}
		}
	}
}

func TestJSONTriantaphyllou(t *testing.T) {
	// Triantaphyllou (2000), ch. 2: WSM of the raw values 21.50, 22.00,
	// 22.00 (exact; A2 and A3 tie) ...
	got := rankJSON(t, "", "-method", "wsm", "-norm", "none", "testdata/triantaphyllou.json")
	wantWSM := rankOutput{Method: "wsm", HigherIsBetter: true, Count: 3, Results: []rankResult{{"A1", 21.5, 3, 0}, {"A2", 22, 1, 1}, {"A3", 22, 1, 2}}}
	if diff := cmp.Diff(wantWSM, got, cmpopts.EquateApprox(1e-12, 0)); diff != "" {
		t.Errorf("wsm -norm none mismatch (-want +got):\n%s", diff)
	}
	// ... and WPM ratios P(A1/A2) = 1.007, P(A1/A3) = 1.067, P(A2/A3) =
	// 1.059, printed to 3 decimals (5e-4), whatever the normalization.
	for _, norm := range []string{"max", "sum", "none"} {
		r := rankJSON(t, "", "-method", "wpm", "-norm", norm, "testdata/triantaphyllou.json").Results
		if len(r) != 3 {
			t.Fatalf("wpm -norm %s: %d results, want 3", norm, len(r))
		}
		ratios := []float64{r[0].Score / r[1].Score, r[0].Score / r[2].Score, r[1].Score / r[2].Score}
		if diff := cmp.Diff([]float64{1.007, 1.067, 1.059}, ratios, cmpopts.EquateApprox(0, 5e-4)); diff != "" {
			t.Errorf("wpm -norm %s: ratios mismatch (-want +got):\n%s", norm, diff)
		}
	}
}

func TestNormalizations(t *testing.T) {
	methods := map[string]func(mcda.Normalization) mcda.Method{
		"topsis": func(k mcda.Normalization) mcda.Method { return &mcda.TOPSIS{Normalization: k} },
		"wsm":    func(k mcda.Normalization) mcda.Method { return &mcda.WSM{Normalization: k} },
		"wpm":    func(k mcda.Normalization) mcda.Method { return &mcda.WPM{Normalization: k} },
	}
	valid := map[string][]string{
		"topsis": {"default", "vector", "max", "minmax", "sum", "none"},
		"wsm":    {"default", "vector", "max", "minmax", "sum", "none"},
		"wpm":    {"default", "max", "sum", "none"},
	}
	const file = "testdata/fighter.json"
	for method, norms := range valid {
		for _, norm := range norms {
			k, err := mcda.ParseNormalization(norm)
			if err != nil {
				t.Fatal(err)
			}
			args := []string{"-method", method, "-norm", norm, file}
			if diff := cmp.Diff(want(t, file, methods[method](k)), rankJSON(t, "", args...)); diff != "" {
				t.Errorf("rank -json %q mismatch (-want +got):\n%s", args, diff)
			}
		}
	}
}

func TestStandardInput(t *testing.T) {
	data, err := os.ReadFile("testdata/fighter.json")
	if err != nil {
		t.Fatal(err)
	}
	_, fromFile, _ := rank("", "testdata/fighter.json")
	for _, args := range [][]string{{"-"}, {}} {
		code, stdout, stderr := rank(string(data), args...)
		if code != 0 || stderr != "" {
			t.Errorf("rank %q < fighter.json: status %d, stderr %q", args, code, stderr)
		}
		if stdout != fromFile {
			t.Errorf("rank %q < fighter.json printed\n%s\nwant\n%s", args, stdout, fromFile)
		}
	}
}

func TestTable(t *testing.T) {
	doc := `{"criteria": [{"name": "c", "type": "benefit"}],
	         "alternatives": [{"name": "a long name", "values": [10]}, {"name": "b", "values": [123.5]},
	                          {"name": "tab\there", "values": [1]}]}`
	code, stdout, stderr := rank(doc, "-method", "wsm", "-norm", "none")
	if code != 0 {
		t.Fatalf("status %d, stderr %q", code, stderr)
	}
	want := `wsm (higher is better)

rank  alternative     score
   1  b            123.5000
   2  a long name   10.0000
   3  "tab\there"    1.0000
`
	if diff := cmp.Diff(want, stdout); diff != "" {
		t.Errorf("table mismatch (-want +got):\n%s", diff)
	}
}

func TestTableLargeScores(t *testing.T) {
	doc := `{"criteria": [{"name": "c", "type": "cost"}],
	         "alternatives": [{"name": "big", "values": [-1.5e300]}, {"name": "small", "values": [0.5]}]}`
	code, stdout, stderr := rank(doc, "-method", "wsm", "-norm", "none")
	if code != 0 {
		t.Fatalf("status %d, stderr %q", code, stderr)
	}
	want := `wsm (higher is better)

rank  alternative        score
   1  big          1.5000e+300
   2  small            -0.5000
`
	if diff := cmp.Diff(want, stdout); diff != "" {
		t.Errorf("table mismatch (-want +got):\n%s", diff)
	}
}

func TestHelp(t *testing.T) {
	code, stdout, stderr := rank("", "-h")
	if code != 0 || stdout != "" || !strings.HasPrefix(stderr, "usage: rank ") {
		t.Errorf("rank -h: status %d, stdout %q, stderr %q; want 0, usage on stderr", code, stdout, stderr)
	}
	// Every flag is described, -plot among them.
	for _, f := range []string{"-method", "-sensitivity", "-smaa", "-gaia", "-plot directory", "-stream", "-json"} {
		if !strings.Contains(stderr, "\n  "+f) {
			t.Errorf("rank -h does not describe %s:\n%s", f, stderr)
		}
	}
}

// Two criteria (price, a cost, and speed), two alternatives.
func badDoc(alts string) string {
	return `{"criteria": [{"name": "price", "type": "cost"}, {"name": "speed", "type": "benefit"}],
 "alternatives": [` + alts + `]}`
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	unreadable := filepath.Join(dir, "sub")
	if err := os.Mkdir(unreadable, 0o755); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.json")
	tests := []struct {
		name  string
		args  []string
		stdin string
		// mention lists text the error line must contain.
		mention []string
	}{
		{name: "unknown flag", args: []string{"-x", "testdata/fighter.json"}, mention: []string{"-x"}},
		{name: "flag without value", args: []string{"-method"}, mention: []string{"-method"}},
		{name: "bad -json value", args: []string{"-json=maybe", "testdata/fighter.json"}, mention: []string{"-json"}},
		{name: "unknown method", args: []string{"-method", "ahp", "testdata/fighter.json"}, mention: []string{"-method", `"ahp"`}},
		{name: "method in upper case", args: []string{"-method", "TOPSIS", "testdata/fighter.json"}, mention: []string{"TOPSIS"}},
		{name: "unknown norm", args: []string{"-norm", "l2", "testdata/fighter.json"}, mention: []string{"-norm", `"l2"`}},
		{name: "wpm with vector", args: []string{"-method", "wpm", "-norm", "vector", "testdata/fighter.json"},
			mention: []string{"-norm vector", "wpm"}},
		{name: "wpm with minmax", args: []string{"-method", "wpm", "-norm", "minmax", "testdata/fighter.json"},
			mention: []string{"-norm minmax", "wpm"}},
		{name: "two files", args: []string{"testdata/fighter.json", "testdata/triantaphyllou.json"},
			mention: []string{"2 arguments", "triantaphyllou.json"}},
		{name: "flag after the file", args: []string{"testdata/fighter.json", "-json"}, mention: []string{"-json", "before FILE"}},
		{name: "missing file", args: []string{missing}, mention: []string{missing}},
		{name: "directory", args: []string{unreadable}, mention: []string{unreadable}},
		{name: "empty input", args: []string{"-"}, stdin: "", mention: []string{"standard input:1:1"}},
		{name: "malformed JSON", stdin: "{\n  \"criteria\": [\n    {\"name\": }", mention: []string{"standard input:3:14", "invalid character"}},
		{name: "trailing data", stdin: badDoc(`{"name": "A1", "values": [1, 2]}`) + "\n}",
			mention: []string{"standard input:3:1", "after top-level value"}},
		{name: "unknown key", stdin: badDoc(`{"name": "A1", "values": [1, 2], "colour": "red"}`),
			mention: []string{"standard input:2:", "alternatives[0].colour", "unknown field"}},
		{name: "unknown key in a file", args: []string{"FILE"}, stdin: badDoc(`{"name": "A1", "values": [1, 2]}, {"name": "A2", "value": [3, 4]}`),
			mention: []string{"bad.json:2:", "alternatives[1].value"}},
		{name: "missing key", stdin: badDoc(`{"values": [1, 2]}`), mention: []string{"alternatives[0].name", "missing field"}},
		{name: "duplicate key", stdin: badDoc(`{"name": "A1", "values": [1, 2], "values": [3, 4]}`),
			mention: []string{"alternatives[0].values"}},
		{name: "NaN", stdin: badDoc(`{"name": "A1", "values": [1, 2]}, {"name": "A2", "values": [NaN, 2]}`),
			mention: []string{"standard input:2:79:", "invalid character 'N'"}},
		{name: "NaN as a string", stdin: badDoc(`{"name": "A1", "values": [1, 2]}, {"name": "A2", "values": [1, "NaN"]}`),
			mention: []string{"alternatives[1].values[1]"}},
		{name: "infinite value", stdin: badDoc(`{"name": "A1", "values": [1, 2]}, {"name": "A2", "values": [1e999, 2]}`),
			mention: []string{"alternatives[1].values[0]", "1e999"}},
		{name: "null value", stdin: badDoc(`{"name": "A1", "values": [1, null]}`), mention: []string{"alternatives[0].values[1]", "null"}},
		{name: "bad type", stdin: `{"criteria": [{"name": "price", "type": "min"}], "alternatives": []}`,
			mention: []string{"criteria[0].type", `"min"`}},
		{name: "some weights", stdin: `{"criteria": [{"name": "a", "type": "cost", "weight": 1}, {"name": "b", "type": "cost"}],
			"alternatives": [{"name": "A1", "values": [1, 2]}]}`, mention: []string{"criteria[1].weight"}},
		{name: "ragged row", stdin: badDoc(`{"name": "A1", "values": [1, 2]}, {"name": "A2", "values": [1]}`),
			mention: []string{`"A2"`, "values: got 1, want 2"}},
		{name: "duplicate alternative", stdin: badDoc(`{"name": "A1", "values": [1, 2]}, {"name": "A1", "values": [1, 3]}`),
			mention: []string{`"A1"`, "duplicate name"}},
		{name: "no alternatives", stdin: badDoc(``), mention: []string{"no alternatives"}},
		{name: "negative weight", stdin: `{"criteria": [{"name": "a", "type": "cost", "weight": 1}, {"name": "b", "type": "cost", "weight": -1}],
			"alternatives": [{"name": "A1", "values": [1, 2]}]}`, mention: []string{`"b"`, "invalid weight"}},
		{name: "negative value with wsm", args: []string{"-method", "wsm"},
			stdin:   badDoc(`{"name": "A1", "values": [1, 2]}, {"name": "A2", "values": [3, -4]}`),
			mention: []string{`"A2"`, `"speed"`, "negative"}},
		{name: "zero cost with wsm", args: []string{"-method", "wsm", "-norm", "max"},
			stdin:   badDoc(`{"name": "A1", "values": [1, 2]}, {"name": "A2", "values": [0, 4]}`),
			mention: []string{`"A2"`, `"price"`}},
		{name: "zero value with wpm", args: []string{"-method", "wpm", "-norm", "none"},
			stdin:   badDoc(`{"name": "A1", "values": [1, 0]}, {"name": "A2", "values": [3, 4]}`),
			mention: []string{`"A1"`, `"speed"`, "not positive"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := tc.args
			if len(args) == 1 && args[0] == "FILE" {
				args = []string{filepath.Join(dir, "bad.json")}
				if err := os.WriteFile(args[0], []byte(tc.stdin), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			code, stdout, stderr := rank(tc.stdin, args...)
			if code != 2 {
				t.Errorf("status %d, want 2", code)
			}
			if stdout != "" {
				t.Errorf("stdout = %q, want nothing", stdout)
			}
			if !strings.HasPrefix(stderr, "rank: ") || strings.Count(stderr, "\n") != 1 || !strings.HasSuffix(stderr, "\n") {
				t.Errorf("stderr = %q, want one line starting with %q", stderr, "rank: ")
			}
			for _, s := range tc.mention {
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr = %q, want it to mention %q", stderr, s)
				}
			}
		})
	}
}

// TestHelpAndVersion checks that -h lists every flag with its meaning and
// that -version prints the version line.
func TestHelpAndVersion(t *testing.T) {
	code, stdout, stderr := rank("", "-h")
	if code != 0 || stdout != "" {
		t.Fatalf("-h: status %d, stdout %q", code, stdout)
	}
	for _, f := range []string{"method", "norm", "vikor-v", "waspas-lambda", "codas-tau", "weighting", "shift",
		"sensitivity", "breakpoints", "smaa", "seed", "gaia", "max-pairs", "stream", "top", "format", "json", "version"} {
		if !strings.Contains(stderr, "\n  -"+f+" ") && !strings.Contains(stderr, "\n  -"+f+"\n") {
			t.Errorf("-h does not list -%s:\n%s", f, stderr)
		}
	}
	if !strings.Contains(stderr, "(default 0.5)") {
		t.Errorf("-h shows no defaults:\n%s", stderr)
	}
	code, stdout, _ = rank("", "-version")
	if code != 0 || !strings.HasPrefix(stdout, "rank ") {
		t.Errorf("-version: status %d, %q", code, stdout)
	}
}
