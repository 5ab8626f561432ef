package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestHelpListsEveryFlag(t *testing.T) {
	code, _, errs := runCmd(t, "", "-h")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, f := range []string{"-uta", "-variant", "-delta", "-post", "-ror", "-sensitivity", "-smaa", "-seed", "-json"} {
		if !strings.Contains(errs, f) {
			t.Errorf("-h does not list %s:\n%s", f, errs)
		}
	}
}

func TestMAVTJSON(t *testing.T) {
	code, out, errs := runCmd(t, "", "-json", "testdata/commute.json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got mavtOut
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Method != "mavt" || len(got.Results) != 5 {
		t.Fatalf("%+v", got)
	}
	for _, a := range got.Results {
		var s float64
		for _, c := range a.Contributions {
			s += c
		}
		if d := s - a.Score; d > 1e-12 || d < -1e-12 {
			t.Errorf("%s: contributions sum to %v, value %v", a.Alternative, s, a.Score)
		}
	}
	if got.Results[0].Rank != 1 {
		t.Errorf("RER rank %d", got.Results[0].Rank)
	}
}

func TestUTAJSON(t *testing.T) {
	code, out, errs := runCmd(t, "", "-uta", "-json", "testdata/transport.json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Method   string      `json:"method"`
		ErrorSum float64     `json:"error_sum"`
		Tau      float64     `json:"kendall_tau"`
		Results  []rankedAlt `json:"results"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Method != "utastar" || got.ErrorSum > 1e-9 || got.Tau != 1 || len(got.Results) != 5 || got.Results[2].Rank != 2 {
		t.Errorf("%+v", got)
	}
}

func TestRORText(t *testing.T) {
	code, out, errs := runCmd(t, "", "-ror", "testdata/transport_partial.json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// METRO2 dominates BUS: settled whatever the function.
	if !strings.Contains(out, "METRO2 ≻ BUS") {
		t.Errorf("missing METRO2 ≻ BUS:\n%s", out)
	}
}

func TestBadInput(t *testing.T) {
	for _, tc := range []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"syntax", "{", nil, "standard input"},
		{"no functions", `{"criteria":[{"name":"a","type":"cost"}],"alternatives":[{"name":"x","values":[1]}]}`, nil, "no value functions"},
		{"no ranking", `{"criteria":[{"name":"a","type":"cost"}],"alternatives":[{"name":"x","values":[1]}]}`, []string{"-uta"}, "reference ranking"},
		{"non-monotone", `{"criteria":[{"name":"a","function":{"type":"piecewise","x":[0,1,2],"y":[0,1,0.5]}}],"alternatives":[{"name":"x","values":[1]}]}`, nil, "criteria[0].function.y[2]"},
		{"out of range", `{"criteria":[{"name":"a","function":{"type":"piecewise","x":[0,2],"y":[0,1]}}],"alternatives":[{"name":"x","values":[3]}]}`, nil, "alternatives[0].values[0]"},
		{"one breakpoint", `{"criteria":[{"name":"a","type":"cost","breakpoints":1}],"alternatives":[{"name":"x","values":[1],"rank":1}]}`, []string{"-uta"}, "breakpoints"},
		{"variant", "{}", []string{"-variant", "x"}, "-variant"},
		{"both", "{}", []string{"-uta", "-ror"}, "choose one"},
		{"delta without -uta", "{}", []string{"-delta", "0.1"}, "only with -uta"},
		{"seed without -smaa", "{}", []string{"-seed", "3"}, "-seed"},
		{"smaa with -uta", "{}", []string{"-uta", "-smaa", "10"}, "not with -uta"},
		{"negative smaa", "{}", []string{"-smaa", "-1"}, "-smaa"},
		{"inconsistent", `{"criteria":[{"name":"a","type":"benefit"}],"alternatives":[{"name":"x","values":[1],"rank":1},{"name":"y","values":[2],"rank":2}]}`, []string{"-ror"}, "infeasible"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runCmd(t, tc.stdin, tc.args...)
			if code != 2 || out != "" || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, tc.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 and one line with %q", code, out, errs, tc.want)
			}
		})
	}
}

// TestRobustOnModel runs the analyses of mcda/robust on the value model
// from the command line, and checks the same seed gives the same bytes.
func TestRobustOnModel(t *testing.T) {
	code, out, errs := runCmd(t, "", "-json", "-sensitivity", "-smaa", "500", "-seed", "4", "testdata/commute.json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got mavtOut
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Sensitivity) != 3 || len(got.SMAA) != 5 {
		t.Fatalf("sensitivity %d, smaa %d", len(got.Sensitivity), len(got.SMAA))
	}
	for k := range got.SMAA {
		var s float64
		for i := range got.SMAA {
			s += got.SMAA[i].Acceptability[k]
		}
		if s < 1-1e-12 || s > 1+1e-12 {
			t.Errorf("rank %d acceptabilities sum to %v", k+1, s)
		}
	}
	_, again, _ := runCmd(t, "", "-json", "-sensitivity", "-smaa", "500", "-seed", "4", "testdata/commute.json")
	if again != out {
		t.Error("same seed, different output")
	}
}

// TestSMAASpec runs -smaa with -smaa-spec: the criteria order and the
// uncertain time of BUS change the acceptabilities, the output does not
// change with the run, and a spec without -smaa is refused.
func TestSMAASpec(t *testing.T) {
	args := []string{"-json", "-smaa", "500", "-seed", "4", "testdata/commute.json"}
	_, plain, _ := runCmd(t, "", args...)
	code, out, errs := runCmd(t, "", append([]string{"-smaa-spec", "testdata/commute-smaa.json"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if out == plain {
		t.Error("-smaa-spec does not change the SMAA results")
	}
	var got mavtOut
	if err := json.Unmarshal([]byte(out), &got); err != nil || len(got.SMAA) != 5 {
		t.Fatalf("decoding: %v, %d rows", err, len(got.SMAA))
	}
	code, _, errs = runCmd(t, "", "-smaa-spec", "testdata/commute-smaa.json", "testdata/commute.json")
	if code != 2 || !strings.Contains(errs, "-smaa-spec applies to -smaa") {
		t.Errorf("spec without -smaa: exit %d, %q", code, errs)
	}
}
