package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func Example() {
	run([]string{"testdata/drinks.json"}, nil, os.Stdout, os.Stderr)
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

func Example_inconsistent() {
	run([]string{"-method", "geometric", "testdata/inconsistent.json"}, nil, os.Stdout, os.Stderr)
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
	// warning: CR 2.1158 >= 0.1: the judgments are too inconsistent by Saaty's rule; revise them
}

func TestJSONOutput(t *testing.T) {
	var stdout, stderr bytes.Buffer
	in := strings.NewReader(`{"items": ["a", "b", "c"], "judgments": [["a", "b", 2], ["a", "c", 4], ["b", "c", 2]]}`)
	if code := run([]string{"-json", "-ri", "saaty2005", "-"}, in, &stdout, &stderr); code != 0 {
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
			map[string]any{"item": "a", "weight": 4.0 / 7},
			map[string]any{"item": "b", "weight": 2.0 / 7},
			map[string]any{"item": "c", "weight": 1.0 / 7},
		},
		"lambda_max":         3.0,
		"ci":                 0.0,
		"cr":                 0.0,
		"random_index":       0.52,
		"random_index_table": "saaty2005",
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("JSON output mismatch (-want +got):\n%s", diff)
	}
	// Key order is part of the contract.
	keys := []string{`"method"`, `"priorities"`, `"lambda_max"`, `"ci"`, `"cr"`, `"random_index"`, `"random_index_table"`}
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
		{"bad method", []string{"-method", "lls", "testdata/drinks.json"}, "", "-method"},
		{"bad table", []string{"-ri", "saaty", "testdata/drinks.json"}, "", "-ri"},
		{"two files", []string{"a", "b"}, "", "at most one"},
		{"syntax", nil, `{"items": [`, "items"},
		{"unknown field", []string{"-"}, `{"items": ["a"], "judgments": [], "x": 1}`, "x"},
		{"wrong type", nil, `{"items": ["a","b"], "judgments": [["a", "b", "3"]]}`, "judgments[0][2]"},
		{"unknown item", nil, `{"items": ["a","b"], "judgments": [["a", "z", 3]]}`, `"z"`},
		{"missing judgment", nil, `{"items": ["a","b","c"], "judgments": [["a", "b", 3]]}`, `"a" over "c"`},
		{"not reciprocal", nil, `{"items": ["a","b"], "matrix": [[1, 2], [2, 1]]}`, "[1][0]"},
		{"newline in name", nil, "{\"items\": [\"a\\nb\", \"a\\nb\"], \"judgments\": []}", "duplicate"},
		{"no random index", []string{"-ri", "saaty1980"}, sixteen(), "n = 16"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tc.args, strings.NewReader(tc.stdin), &stdout, &stderr)
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
