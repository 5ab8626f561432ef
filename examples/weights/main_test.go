package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"
)

func runCmd(stdin string, args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// Example prints the BWM weights of Rezaei's (2015) car example with the
// inconsistent safety judgments (best = price, worst = style).
func Example() {
	run(context.Background(), []string{"testdata/cars.json"}, nil, os.Stdout, os.Stderr)
	// Output:
	// criterion  weight
	// quality    0.2295
	// price      0.4481
	// comfort    0.1148
	// safety     0.1530
	// style      0.0546
	//
	// ξ^L = 0.0109, consistency index 4.47, consistency ratio 0.0024 (0: fully consistent)
}

// TestPublished checks the -json output against published values: BWM on
// Rezaei's car example with a_safety = 3, whose weights are
// (42, 82, 21, 28, 10)/183 with ξ^L = 2/183 (the jakub-tomczak/BWM R
// package's test values, to 1e-8); and rank-order centroid, rank sum and
// rank reciprocal weights of the ranks 2, 1, 4, 3, 5 by their formulas
// (Barron & Barrett 1996: w_1 = (1/5)(1 + 1/2 + 1/3 + 1/4 + 1/5)).
func TestPublished(t *testing.T) {
	h := 1 + 1.0/2 + 1.0/3 + 1.0/4 + 1.0/5
	rr := []float64{1.0 / 2, 1, 1.0 / 4, 1.0 / 3, 1.0 / 5}
	for k := range rr {
		rr[k] /= h
	}
	for _, c := range []struct {
		method string
		want   []float64
		xi     float64
	}{
		{"bwm", []float64{42.0 / 183, 82.0 / 183, 21.0 / 183, 28.0 / 183, 10.0 / 183}, 2.0 / 183},
		{"roc", []float64{(h - 1) / 5, h / 5, (1.0/4 + 1.0/5) / 5, (1.0/3 + 1.0/4 + 1.0/5) / 5, 1.0 / 25}, 0},
		{"rs", []float64{4.0 / 15, 5.0 / 15, 2.0 / 15, 3.0 / 15, 1.0 / 15}, 0},
		{"rr", rr, 0},
	} {
		code, out, errs := runCmd("", "-json", "-method", c.method, "testdata/cars.json")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", c.method, code, errs)
		}
		dec := json.NewDecoder(strings.NewReader(out))
		dec.DisallowUnknownFields()
		var got output
		if err := dec.Decode(&got); err != nil {
			t.Fatal(err)
		}
		names := []string{"quality", "price", "comfort", "safety", "style"}
		if got.Method != c.method || len(got.Weights) != 5 {
			t.Fatalf("%s: %+v", c.method, got)
		}
		for j, w := range got.Weights {
			if w.Criterion != names[j] || math.Abs(w.Weight-c.want[j]) > 1e-8 {
				t.Errorf("%s: weight %d = %+v, want %s %v", c.method, j, w, names[j], c.want[j])
			}
		}
		if c.method == "bwm" {
			if got.Xi == nil || math.Abs(*got.Xi-c.xi) > 1e-8 || *got.ConsistencyIndex != 4.47 || math.Abs(*got.ConsistencyRatio-c.xi/4.47) > 1e-8 {
				t.Errorf("bwm consistency: %v %v %v", got.Xi, got.ConsistencyIndex, got.ConsistencyRatio)
			}
		} else if got.Xi != nil {
			t.Errorf("%s: xi %v, want none", c.method, *got.Xi)
		}
	}
}

func TestBadInput(t *testing.T) {
	for _, c := range []struct {
		name, stdin string
		args        []string
		mention     string
	}{
		{"unknown method", `{}`, []string{"-method", "ahp"}, `-method "ahp"`},
		{"unknown key", `{"criteria": [{"name": "a", "weight": 1}]}`, nil, "weight"},
		{"no criteria", `{}`, nil, `no "criteria"`},
		{"no rank", `{"criteria": [{"name": "a", "rank": 1}, {"name": "b"}]}`, []string{"-method", "roc"}, `criteria[1] ("b")`},
		{"rank out of range", `{"criteria": [{"name": "a", "rank": 1}, {"name": "b", "rank": 3}]}`, []string{"-method", "rs"}, `"b"`},
		{"no best_to", `{"criteria": [{"name": "a", "to_worst": 1}], "best": "a", "worst": "a"}`, nil, `criteria[0] ("a")`},
		{"unknown best", `{"criteria": [{"name": "a", "best_to": 1, "to_worst": 2}, {"name": "b", "best_to": 2, "to_worst": 1}], "best": "c", "worst": "b"}`, nil, `"best": "c"`},
		{"comparison above 9", `{"criteria": [{"name": "a", "best_to": 1, "to_worst": 12}, {"name": "b", "best_to": 12, "to_worst": 1}], "best": "a", "worst": "b"}`, nil, `"b"`},
		{"duplicate name", `{"criteria": [{"name": "a", "best_to": 1, "to_worst": 2}, {"name": "a", "best_to": 2, "to_worst": 1}], "best": "a", "worst": "a"}`, nil, `"a"`},
		{"trailing data", `{"criteria": [{"name": "a", "rank": 1}]} {}`, []string{"-method", "rr"}, "after the document"},
		{"two files", `{}`, []string{"a.json", "b.json"}, "at most one FILE"},
	} {
		code, out, errs := runCmd(c.stdin, append(c.args, "-")...)
		if c.name == "two files" {
			code, out, errs = runCmd(c.stdin, c.args...)
		}
		if code != 2 || out != "" || !strings.Contains(errs, c.mention) || strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "weights: ") {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 2 and one line with %q", c.name, code, out, errs, c.mention)
		}
	}
}

// FuzzRun checks that any input gives weights or one error line with
// status 2, never a panic or NaN.
func FuzzRun(f *testing.F) {
	data, err := os.ReadFile("testdata/cars.json")
	if err != nil {
		f.Fatal(err)
	}
	for _, m := range []string{"bwm", "roc", "rs", "rr"} {
		f.Add(data, m)
	}
	for _, v := range []string{"1e308", "-1e308", "5e-324", "-0", "9007199254740992", "1"} {
		f.Add([]byte(`{"criteria": [{"name": "a", "best_to": 1, "to_worst": `+v+`, "rank": 1}, {"name": "b", "best_to": `+v+`, "to_worst": 1, "rank": 2}], "best": "a", "worst": "b"}`), "bwm")
		f.Add([]byte(`{"criteria": [{"name": "a", "rank": `+v+`}, {"name": "b", "rank": 1}]}`), "roc")
	}
	f.Fuzz(func(t *testing.T, data []byte, method string) {
		code, out, errs := runCmd(string(data), "-json", "-method", method, "-")
		switch code {
		case 0:
			if strings.Contains(out, "NaN") || strings.Contains(out, "Inf") {
				t.Fatalf("non-finite output: %s", out)
			}
		case 2:
			if strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "weights: ") {
				t.Fatalf("exit 2 with stderr %q: want one line", errs)
			}
		default:
			t.Fatalf("exit %d: %s", code, errs)
		}
	})
}
