package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda/ahp"
)

// Example ranks Saaty's (2008, Int. J. Services Sciences 1(1):83-98)
// relative consumption of drinks in the US. Saaty prints the priorities to
// 3 decimals (coffee .177, wine .019, tea .042, beer .116, soda .190, milk
// .129, water .327) and CR .022 with his 2005 random index; AHPy's
// test_drinks_* print the 4 decimals below (see mcda/ahp/reference_test.go).
// Computed by hand from λmax: CI = (7.1766 − 7)/6 = 0.0294 and
// CR = 0.0294/1.32 = 0.0223 with the default Saaty (1980) table.
func Example() {
	run(context.Background(), []string{"testdata/drinks.json"}, nil, os.Stdout, os.Stderr)
	// Output:
	// rank  item    weight (eigen)
	// 1     water   0.3268
	// 2     soda    0.1896
	// 3     coffee  0.1775
	// 4     milk    0.1288
	// 5     beer    0.1164
	// 6     tea     0.0418
	// 7     wine    0.0191
	//
	// lambda_max  7.1766
	// CI          0.0294
	// RI          1.3200 (saaty1980)
	// CR          0.0223
}

// Example_inconsistent takes a cyclic matrix (a over b, b over c and c over
// a) made up for the example. Computed by hand: the geometric means of the
// rows are (1·3·0.2)^(1/3) = 0.8434, (1/3·1·5)^(1/3) = 1.1856 and
// (5·0.2·1)^(1/3) = 1, which divided by their sum 3.0290 give a 0.2784,
// b 0.3914, c 0.3301; CI = (5.4543 − 3)/2 = 1.2271 and CR = 1.2271/0.58 =
// 2.1158. λmax, GCI and the suggestion are the library's.
func Example_inconsistent() {
	run(context.Background(), []string{"-priority", "geometric", "testdata/inconsistent.json"}, nil, os.Stdout, os.Stderr)
	// Output:
	// rank  item  weight (geometric)
	// 1     b     0.3914
	// 2     c     0.3301
	// 3     a     0.2784
	//
	// lambda_max  5.4543
	// CI          1.2271
	// RI          0.5800 (saaty1980)
	// CR          2.1158
	// GCI         6.2136 (threshold 0.31, Aguarón & Moreno-Jiménez 2003)
	// warning: CR 2.1158 >= 0.1: the judgments are too inconsistent by Saaty's rule; revise them
	// most inconsistent judgments (a_ij·w_j/w_i far from 1):
	//   a over b = 3, the priorities imply 0.711
	//   a over c = 0.2, the priorities imply 0.843
	//   b over c = 5, the priorities imply 1.19
	// suggestion: change a over c from 1/5 to 9; CR would be 0.0251 (below 0.1)
}

func TestJSONOutput(t *testing.T) {
	var stdout, stderr bytes.Buffer
	in := strings.NewReader(`{"items": ["a", "b", "c"], "judgments": [["a", "b", 2], ["a", "c", 4], ["b", "c", 2]]}`)
	if code := run(context.Background(), []string{"-json", "-ri", "saaty2005", "-"}, in, &stdout, &stderr); code != 0 {
		t.Fatalf("run = %d, stderr %q", code, stderr.String())
	}
	var got map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("output %q is not JSON: %v", stdout.String(), err)
	}
	// A consistent matrix: priorities 4/7, 2/7, 1/7, λmax = 3 to rounding.
	want := map[string]any{
		"method": "eigen",
		"priorities": []any{
			map[string]any{"item": "a", "priority": 4.0 / 7},
			map[string]any{"item": "b", "priority": 2.0 / 7},
			map[string]any{"item": "c", "priority": 1.0 / 7},
		},
		"lambda_max": 3.0,
		"ci":         0.0,
		"cr":         0.0,
		"ri":         0.52,
		"table":      "saaty2005",
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("JSON output mismatch (-want +got):\n%s", diff)
	}
	// Key order is part of the contract.
	keys := []string{`"method"`, `"priorities"`, `"lambda_max"`, `"ci"`, `"ri"`, `"cr"`, `"table"`}
	last := -1
	for _, k := range keys {
		i := strings.Index(stdout.String(), k)
		if i <= last {
			t.Errorf("key %s out of order in %s", k, stdout.String())
		}
		last = i
	}
}

func TestBadInput(t *testing.T) {
	for _, tc := range []struct {
		name  string
		args  []string
		stdin string
		want  string // substring of the message
	}{
		{"no file", []string{"testdata/missing.json"}, "", "missing.json"},
		{"bad flag", []string{"-weights"}, "", "-weights"},
		{"bad method", []string{"-priority", "lls", "testdata/drinks.json"}, "", "-priority"},
		{"bad table", []string{"-ri", "saaty", "testdata/drinks.json"}, "", "-ri"},
		{"two files", []string{"a", "b"}, "", "at most one"},
		{"syntax", nil, `{"items": [`, "items"},
		{"unknown field", []string{"-"}, `{"items": ["a"], "judgments": [], "x": 1}`, "x"},
		{"wrong type", nil, `{"items": ["a","b"], "judgments": [["a", "b", "3"]]}`, "judgments[0][2]"},
		{"unknown item", nil, `{"items": ["a","b"], "judgments": [["a", "z", 3]]}`, `"z"`},
		{"disconnected items", nil, `{"items": ["a","b","c"], "judgments": [["a", "b", 3]]}`, `"c"`},
		{"not reciprocal", nil, `{"items": ["a","b"], "matrix": [[1, 2], [2, 1]]}`, "[1][0]"},
		{"newline in name", nil, "{\"items\": [\"a\\nb\", \"a\\nb\"], \"judgments\": []}", "duplicate"},
		{"no random index", []string{"-ri", "saaty1980"}, sixteen(), "n = 16"},
		// Issue 13, item 6: the range is checked before the completion
		// of 19 701 missing pairs, not after it.
		{"no random index before the completion", []string{"-ri", "donegan-dodd1991"}, chain(200), "n = 200"},
		// Issue 13, item 8: 4 000 nested criteria.
		{"deep model", nil, deepModel(4000), "nested too deeply"},
		// 100 000 items would need an 80 GB matrix.
		{"too many items", nil, chain(100_000), "too many items"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tc.args, strings.NewReader(tc.stdin), &stdout, &stderr)
			if code != 2 {
				t.Errorf("exit status %d, want 2", code)
			}
			msg := stderr.String()
			if strings.Count(msg, "\n") != 1 || !strings.HasSuffix(msg, "\n") || !strings.HasPrefix(msg, "ahp: ") {
				t.Errorf("stderr %q: want one line starting with ahp:", msg)
			}
			if !strings.Contains(msg, tc.want) {
				t.Errorf("stderr %q does not mention %q", msg, tc.want)
			}
			if stdout.Len() != 0 {
				t.Errorf("stdout %q, want nothing", stdout.String())
			}
		})
	}
}

// sixteen returns a 16-item document of equal judgments.
func sixteen() string {
	var items, js []string
	for i := range 16 {
		items = append(items, `"`+string(rune('a'+i))+`"`)
	}
	for i := range 16 {
		for j := i + 1; j < 16; j++ {
			js = append(js, "["+items[i]+","+items[j]+",1]")
		}
	}
	return `{"items": [` + strings.Join(items, ",") + `], "judgments": [` + strings.Join(js, ",") + `]}`
}

// Example_hierarchy evaluates the leader hierarchy of AHPy's README
// (judgments from Wikipedia's leader example).
func Example_hierarchy() {
	run(context.Background(), []string{"testdata/leader.json"}, nil, os.Stdout, os.Stdout)
	// Output:
	// criterion         local  global  CR
	// Choose a leader   1.000   1.000  0.044
	//   Experience      0.548   0.548  0.032
	//   Education       0.127   0.127  0.056
	//   Charisma        0.270   0.270  0.061
	//   Age             0.056   0.056  0.025
	//
	// eigen priorities, distributive synthesis, CR by the saaty1980 random index
	//
	// rank  alternative  weight
	//    1  Nell         0.4928
	//    2  Moll         0.3581
	//    3  Sue          0.1491
}

func TestHierarchyJSON(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"-json", "-ri", "saaty2005", "testdata/leader.json"}, nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var got ahp.Result
	dec := json.NewDecoder(&out)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatal(err)
	}
	if o := got.Options; o.Method != ahp.PriorityEigen || o.Mode != ahp.ModeDistributive || o.RandomIndex != ahp.RandomIndexSaaty2005 {
		t.Errorf("options = %+v", o)
	}
	// AHPy README "Choosing a leader": Moll 0.358, Nell 0.493, Sue 0.15
	// (AHPy rounds intermediates to 3 decimals: 1.5e-3), alternatives in
	// input order; criteria CR 0.044 with Saaty's 2005 random index.
	want := []struct {
		name string
		w    float64
		rank int
	}{{"Moll", 0.358, 2}, {"Nell", 0.493, 1}, {"Sue", 0.150, 3}}
	for i, w := range want {
		if got.Alternatives[i] != w.name || got.Ranks[i] != w.rank || math.Abs(got.Global[i]-w.w) > 1.5e-3 {
			t.Errorf("alternative %d = %s %v rank %d, want %s %.3f rank %d", i, got.Alternatives[i], got.Global[i], got.Ranks[i], w.name, w.w, w.rank)
		}
	}
	if len(got.Nodes) != 5 || got.Nodes[0].Name != "Choose a leader" || got.Nodes[0].Consistency == nil || math.Abs(got.Nodes[0].Consistency.CR-0.044) > 5e-4 {
		t.Fatalf("nodes = %+v", got.Nodes)
	}
	if n := got.Nodes[1]; n.Name != "Experience" || n.Parent != "Choose a leader" || len(n.Items) != 3 || n.Items[0] != "Moll" || len(n.Priorities) != 3 {
		t.Errorf("nodes[1] = %+v", n)
	}
}

// Example_incomplete solves AHPy's documented incomplete matrix (README,
// "Missing Pairwise Comparisons": the (c, d) judgment removed) by Harker's
// method, and by the optimal completion, whose weights AHPy prints as
// a 0.3738, b 0.392, c 0.0985, d 0.1357.
func Example_incomplete() {
	run(context.Background(), []string{"testdata/incomplete.json"}, nil, os.Stdout, os.Stderr)
	fmt.Println()
	run(context.Background(), []string{"-completion", "optimal", "testdata/incomplete.json"}, nil, os.Stdout, os.Stderr)
	// Output:
	// rank  item  weight (eigen)
	// 1     b     0.3921
	// 2     a     0.3736
	// 3     d     0.1361
	// 4     c     0.0982
	//
	// lambda_max  4.0924
	// CI          0.0308
	// RI          0.9000 (saaty1980)
	// CR          0.0342
	// missing judgments: 1; λmax, CI and CR are those of the optimal completion
	//
	// rank  item  weight (eigen)
	// 1     b     0.3920
	// 2     a     0.3738
	// 3     d     0.1357
	// 4     c     0.0985
	//
	// lambda_max  4.0924
	// CI          0.0308
	// RI          0.9000 (saaty1980)
	// CR          0.0342
}

// chain returns an n-item document judging only consecutive items.
func chain(n int) string {
	var items, js []string
	for i := range n {
		items = append(items, fmt.Sprintf(`"i%d"`, i))
		if i > 0 {
			js = append(js, fmt.Sprintf(`["i%d", "i%d", 2]`, i-1, i))
		}
	}
	return `{"items": [` + strings.Join(items, ",") + `], "judgments": [` + strings.Join(js, ",") + `]}`
}

// deepModel returns a model whose criteria form a chain depth levels deep.
func deepModel(depth int) string {
	var b strings.Builder
	b.WriteString(`{"goal": "g", "criteria": `)
	for i := range depth {
		if i > 0 {
			b.WriteString(`, "children": `)
		}
		fmt.Fprintf(&b, `[{"name": "c%d"`, i)
	}
	b.WriteString(strings.Repeat("}]", depth))
	fmt.Fprintf(&b, `, "alternatives": ["x", "y"], "ratings": {"c%d": [{"alternative": "x", "value": 1}, {"alternative": "y", "value": 2}]}}`, depth-1)
	return b.String()
}

// TestSuggestionProgress: when the search for a revision takes longer
// than progressDelay (1 s; 0 here), the command says on standard error
// what it is searching (issue 13, item 5), and still prints the
// suggestion.
func TestSuggestionProgress(t *testing.T) {
	defer func(d time.Duration) { progressDelay = d }(progressDelay)
	progressDelay = 0
	// An inconsistent cycle a > b > c > a with the pairs of d missing
	// but one.
	doc := `{"items": ["a", "b", "c", "d"], "judgments": [["a", "b", 5], ["b", "c", 5], ["c", "a", 5], ["a", "d", 2]]}`
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), nil, strings.NewReader(doc), &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d: %s", code, stderr.String())
	}
	if !strings.Contains(stdout.String(), "suggestion:") {
		t.Errorf("stdout has no suggestion:\n%s", stdout.String())
	}
	if msg := stderr.String(); !strings.Contains(msg, "searching the 4 judgments of 4 items") || !strings.Contains(msg, "2 missing pairs") {
		t.Errorf("stderr %q: want the search described", msg)
	}
	// Under a second, nothing is said.
	progressDelay = time.Hour
	stdout.Reset()
	stderr.Reset()
	if code := run(context.Background(), nil, strings.NewReader(doc), &stdout, &stderr); code != 0 || stderr.Len() != 0 {
		t.Errorf("exit status %d, stderr %q; want 0 and nothing", code, stderr.String())
	}
}

// FuzzRun runs the command on arbitrary input, in text and -json mode:
// it must exit 0, or 2 with one line on standard error, and never panic.
// Seeds include judgments and ratings at the float64 extremes (issue 13,
// item 1).
func FuzzRun(f *testing.F) {
	for _, file := range []string{"drinks.json", "incomplete.json", "inconsistent.json", "leader.json"} {
		data, err := os.ReadFile("testdata/" + file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, false)
	}
	for _, v := range []string{"1e308", "-1e308", "5e-324", "9007199254740992", "-0"} {
		for _, typ := range []string{"benefit", "cost"} {
			f.Add([]byte(`{"goal": "g", "criteria": [{"name": "c", "type": "`+typ+`"}, {"name": "d"}], "alternatives": ["x", "y"], "judgments": {"g": [["c", "d", 1]], "d": [["x", "y", 2]]}, "ratings": {"c": [{"alternative": "x", "value": `+v+`}, {"alternative": "y", "value": 1}]}}`), typ == "cost")
		}
		f.Add([]byte(`{"items": ["a","b","c"], "judgments": [["a","b",`+v+`], ["b","c",2]]}`), false)
		f.Add([]byte(`{"items": ["a","b","c"], "members": [{"name": "x", "weight": `+v+`, "judgments": [["a","b",`+v+`], ["b","c",2]]}, {"name": "y", "weight": 1, "matrix": [[1, 2, null], [0.5, 1, 3], [null, 0.3333333333333333, 1]]}]}`), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, asJSON bool) {
		var args []string
		if asJSON {
			args = []string{"-json"}
		}
		var stdout, stderr bytes.Buffer
		switch code := run(context.Background(), args, bytes.NewReader(data), &stdout, &stderr); code {
		case 0:
		case 2:
			if msg := stderr.String(); strings.Count(msg, "\n") != 1 || !strings.HasPrefix(msg, "ahp: ") {
				t.Fatalf("exit 2 with stderr %q: want one line", msg)
			}
		default:
			t.Fatalf("exit status %d: %s", code, stderr.String())
		}
		if strings.Contains(stdout.String(), "NaN") {
			t.Fatalf("NaN in the output:\n%s", stdout.String())
		}
	})
}
