package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func Example() {
	run(context.Background(), []string{"-method", "chang", "testdata/criteria.json"}, nil, os.Stdout, os.Stderr)
	// Output:
	// Fuzzy AHP, Chang's extent analysis
	//
	//   item      extent                    weight
	//   Cost      (0.3564, 0.6115, 1.0221)  0.8164
	//   Quality   (0.1337, 0.2548, 0.4600)  0.1836
	//   Delivery  (0.0911, 0.1338, 0.2385)  0.0000
	//
	// Modal matrix: λmax 3.0183, CR 0.0158 (saaty1980)
	// Warning: extent analysis gives Delivery weight 0 whatever the judgments say (Wang, Luo & Hua 2008); compare -method buckley.
}

func runCapture(args ...string) (string, string, int) {
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

// TestAHPJSON checks the -json output against multiAHPy's published
// weights of the same matrix (see package fuzzy's tests).
func TestAHPJSON(t *testing.T) {
	for _, tc := range []struct {
		defuzz string
		want   []float64
		tol    float64
	}{
		{"centroid", []float64{0.613, 0.241, 0.145}, 5e-4},
		{"centroid-of-means", []float64{0.6163, 0.2393, 0.1445}, 5e-5},
	} {
		out, stderr, code := runCapture("-json", "-defuzzify", tc.defuzz, "testdata/criteria.json")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var got ahpJSON
		dec := json.NewDecoder(strings.NewReader(out))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&got); err != nil {
			t.Fatal(err)
		}
		for i, w := range tc.want {
			if math.Abs(got.Items[i].Weight-w) > tc.tol {
				t.Errorf("%s: weight %d = %v, want %v", tc.defuzz, i, got.Items[i].Weight, w)
			}
		}
		if got.Items[0].FuzzyWeight == nil || got.Defuzzification != tc.defuzz {
			t.Errorf("%s: output %s", tc.defuzz, out)
		}
	}
}

func TestTOPSISJSON(t *testing.T) {
	out, stderr, code := runCapture("-json", "-ideal", "maxmin", "testdata/hiring.json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got topsisJSON
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatal(err)
	}
	if got.Ideal != "maxmin" || len(got.Alternatives) != 3 || len(got.Weighted) != 3 || len(got.Weights) != 4 {
		t.Fatalf("output %s", out)
	}
	for _, a := range got.Alternatives {
		if !(a.Closeness >= 0 && a.Closeness <= 1) {
			t.Errorf("%s: closeness %v", a.Alternative, a.Closeness)
		}
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, doc string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(doc), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-method", "fuzzy", "x"}, "-method"},
		{[]string{"-defuzzify", "mean", "x"}, "-defuzzify"},
		{[]string{"-ideal", "best", "x"}, "-ideal"},
		{[]string{write("a.json", `{"items": ["a", "b"], "judgments": [["a", "b", [3, 2, 4]]]}`)}, "bounds out of order"},
		{[]string{write("b.json", `{"items": ["a", "b", "c"], "judgments": [["a", "b", 2]]}`)}, "pair not judged"},
		{[]string{write("c.json", `{"alternatives": ["x"], "criteria": [{"name": "c"}], "decision_makers": [{"weights": [[-1, 0, 1]], "ratings": [["good"]]}]}`)}, "weights[0][0]"},
		{[]string{write("d.json", `{"alternatives": ["x"], "criteria": [{"name": "c"}], "decision_makers": [{"weights": ["high"], "ratings": [["superb"]]}]}`)}, "superb"},
		{[]string{write("e.json", `{"items": [`)}, "offset"},
	} {
		_, stderr, code := runCapture(tc.args...)
		if code != 2 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, stderr, tc.want)
		}
	}
}

// FuzzRun runs the command on arbitrary input, in text and -json mode:
// exit 0, or 2 with one line on standard error, never NaN in the output.
func FuzzRun(f *testing.F) {
	for _, file := range []string{"criteria.json", "hiring.json"} {
		data, err := os.ReadFile("testdata/" + file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, false)
		f.Add(data, true)
	}
	for _, v := range []string{"1e308", "-1e308", "5e-324", "9007199254740992", "-0"} {
		f.Add([]byte(`{"items": ["a", "b"], "judgments": [["a", "b", [1, 2, `+v+`]]]}`), false)
		f.Add([]byte(`{"alternatives": ["x", "y"], "criteria": [{"name": "c", "type": "cost"}], "decision_makers": [{"weights": [`+v+`], "ratings": [[`+v+`], [[1, 2, 3]]]}]}`), true)
	}
	// Distances beyond the float64 range once made -json fail with +Inf.
	f.Add([]byte(`{"alternatives": ["x", "y"], "criteria": [{"name": "c"}, {"name": "d"}], "ideal": "maxmin", "decision_makers": [{"weights": [1e308, 1e308], "ratings": [[0, 0], [2, 2]]}]}`), true)
	f.Fuzz(func(t *testing.T, data []byte, asJSON bool) {
		var args []string
		if asJSON {
			args = []string{"-json"}
		}
		var stdout, stderr bytes.Buffer
		switch code := run(context.Background(), args, bytes.NewReader(data), &stdout, &stderr); code {
		case 0:
		case 2:
			if msg := stderr.String(); strings.Count(msg, "\n") != 1 || !strings.HasPrefix(msg, "fuzzy: ") {
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
