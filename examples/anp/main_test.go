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
	run(context.Background(), []string{"testdata/suppliers.json"}, nil, os.Stdout, os.Stderr)
	// Output:
	// DEMATEL: normalised by s = 7 (max-row-column)
	//
	// Total-relation matrix T = N(I - N)^-1 (row influences column)
	//                  Cost  Quality  Delivery  Flexibility
	//          Cost  0.4137   1.1857    1.1857       1.0489
	//       Quality  0.5522   0.7851    1.2760       1.0994
	//      Delivery  0.4005   0.8532    0.8714       1.1757
	//   Flexibility  0.3623   0.7719    1.0265       0.7304
	//
	//   factor       D       R       D+R     D-R      role    DANP weight
	//   Cost         3.8339  1.7287  5.5626  +2.1052  cause   0.3002
	//   Quality      3.7128  3.5959  7.3087  +0.1169  cause   0.2125
	//   Delivery     3.3007  4.3595  7.6603  -1.0588  effect  0.2525
	//   Flexibility  2.8911  4.0544  6.9456  -1.1633  effect  0.2348
	//
	// Impact-relation map (t_ij > threshold 0.8587):
	//   Cost -> Quality  (1.1857)
	//   Cost -> Delivery  (1.1857)
	//   Cost -> Flexibility  (1.0489)
	//   Quality -> Delivery  (1.2760)
	//   Quality -> Flexibility  (1.0994)
	//   Delivery -> Delivery  (0.8714)
	//   Delivery -> Flexibility  (1.1757)
	//   Flexibility -> Delivery  (1.0265)
}

func runCapture(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

func TestNetworkJSON(t *testing.T) {
	out, stderr, code := runCapture(t, "-json", "testdata/car.json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got networkJSON
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatal(err)
	}
	if len(got.Nodes) != 6 || len(got.Limit) != 6 || got.Cesaro || len(got.Consistency) != 8 {
		t.Fatalf("output %+v", got)
	}
	var sum float64
	for _, n := range got.Nodes[3:] {
		sum += n.Normalized
	}
	if math.Abs(sum-1) > 1e-12 {
		t.Errorf("alternatives' normalized priorities sum to %v", sum)
	}
	// Every limit column is stochastic.
	for j := range got.Limit {
		var s float64
		for i := range got.Limit {
			s += got.Limit[i][j]
		}
		if math.Abs(s-1) > 1e-9 {
			t.Errorf("limit column %d sums to %v", j, s)
		}
	}
	text, _, _ := runCapture(t, "testdata/car.json")
	if !strings.Contains(text, "Limit supermatrix") || !strings.Contains(text, "A        0.1847    0.3869") {
		t.Errorf("text report:\n%s", text)
	}
}

func TestDematelJSON(t *testing.T) {
	out, stderr, code := runCapture(t, "-json", "testdata/suppliers.json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got dematelJSON
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatal(err)
	}
	if got.Scale != 7 || got.Danp == nil || len(got.Map) != 8 || got.Factors[0].Role != "cause" || got.Factors[0].DanpWeight == nil {
		t.Fatalf("output %s", out)
	}
	chart := filepath.Join(t.TempDir(), "map.png")
	if _, stderr, code := runCapture(t, "-chart", chart, "testdata/suppliers.json"); code != 0 {
		t.Fatalf("-chart: exit %d: %s", code, stderr)
	}
	if fi, err := os.Stat(chart); err != nil || fi.Size() == 0 {
		t.Errorf("-chart: %v", err)
	}
}

// TestBadInput checks that bad input is one line on standard error and exit
// status 2.
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
		{[]string{"-priority", "median", "x"}, "-priority"},
		{[]string{"-normalization", "max", "x"}, "-normalization"},
		{[]string{write("a.json", `{"goal": "x"}`)}, `"clusters"`},
		{[]string{write("b.json", `{"clusters": [{"name": "C", "nodes": ["a", "a"]}]}`)}, `clusters[0].nodes[1] "a": duplicate name`},
		{[]string{write("c.json", `{"factors": ["a", "b"], "experts": [{"matrix": [[0, -1], [1, 0]]}]}`)}, "experts[0][0][1]"},
		{[]string{"-normalization", "max-row", write("d.json", `{"factors": ["a", "b"], "experts": [{"matrix": [[0, 1], [1, 0]]}]}`)}, "singular"},
		{[]string{"-chart", "x.png", "testdata/car.json"}, "-chart"},
		{[]string{write("e.json", `{"clusters": [`)}, "offset"},
	} {
		_, stderr, code := runCapture(t, tc.args...)
		if code != 2 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", tc.args, code, stderr, tc.want)
		}
	}
}

// TestRevision checks that an inconsistent comparison is flagged with the
// single judgment change that lowers its CR most.
func TestRevision(t *testing.T) {
	p := filepath.Join(t.TempDir(), "net.json")
	doc := `{"goal": "g", "clusters": [{"name": "G", "nodes": ["g"]}, {"name": "C", "nodes": ["a", "b", "c"]}],
	 "comparisons": [{"node": "g", "cluster": "C", "nodes": ["a", "b", "c"], "judgments": [["a", "b", 9], ["b", "c", 9], ["a", "c", 0.2]]}]}`
	if err := os.WriteFile(p, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := runCapture(t, "-json", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got networkJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	c := got.Consistency[0]
	if !(c.CR >= crThreshold) || c.Revision == nil || !(c.Revision.CR < c.CR) {
		t.Fatalf("consistency %+v, revision %+v", c, c.Revision)
	}
	text, _, _ := runCapture(t, p)
	if !strings.Contains(text, "inconsistent: CR >= 0.1") || !strings.Contains(text, "revising") {
		t.Errorf("text report:\n%s", text)
	}
}

// FuzzRun runs the command on arbitrary input, in text and -json mode:
// exit 0, or 2 with one line on standard error, never NaN in the output.
func FuzzRun(f *testing.F) {
	for _, file := range []string{"car.json", "suppliers.json"} {
		data, err := os.ReadFile("testdata/" + file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, false)
		f.Add(data, true)
	}
	for _, v := range []string{"1e308", "-1e308", "5e-324", "9007199254740992", "-0"} {
		f.Add([]byte(`{"factors": ["a", "b"], "experts": [{"matrix": [[0, `+v+`], [1, 0]]}], "dimensions": [{"name": "d", "factors": ["a", "b"]}]}`), true)
		f.Add([]byte(`{"clusters": [{"name": "c", "nodes": ["a", "b"]}], "comparisons": [{"node": "a", "cluster": "c", "nodes": ["a", "b"], "judgments": [["a", "b", `+v+`]]}]}`), false)
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
			if msg := stderr.String(); strings.Count(msg, "\n") != 1 || !strings.HasPrefix(msg, "anp: ") {
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

// TestNetworkHamburger runs Saaty's hamburger model, whose judgments exceed
// 9 and whose file therefore sets "scale"; the library's test
// (mcda/anp TestNetworkHamburger) checks its numbers.
func TestNetworkHamburger(t *testing.T) {
	out, stderr, code := runCapture(t, "-json", "testdata/hamburger.json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got networkJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Nodes) != 17 || len(got.Consistency) != 46 || got.Cesaro {
		t.Fatalf("output %+v", got)
	}
	// Without the file's scale, the judgment 14.1 is out of range.
	b, err := os.ReadFile("testdata/hamburger.json")
	if err != nil {
		t.Fatal(err)
	}
	doc := strings.Replace(string(b), `"scale": {"min": 0.05, "max": 20},`, "", 1)
	var o, e bytes.Buffer
	if code := run(context.Background(), nil, strings.NewReader(doc), &o, &e); code != 2 || strings.Count(e.String(), "\n") != 1 {
		t.Errorf("without the scale: exit %d, stderr %q; want 2 and one line", code, e.String())
	}
}
