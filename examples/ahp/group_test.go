package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func runGroup(stdin string, args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// TestGroupHistoPark checks the group mode against Escobar, Aguarón &
// Moreno-Jiménez (2015), Decision Support Systems 74:67-77, HistoPark with
// four parties weighted 3, 4, 2, 2 (the paper's Tables 22 and 23, printed
// to 3 decimals): AIJ priorities by the row geometric mean (0.411, 0.198,
// 0.125, 0.071, 0.194), GCI(AIJ) 0.088 and the group's GCOMPI 2.395; with
// the row geometric mean the geometric AIP equals the AIJ.
func TestGroupHistoPark(t *testing.T) {
	code, out, errs := runGroup("", "-json", "-priority", "geometric", "testdata/histopark.json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	var rep struct {
		Method string `json:"method"`
		Mean   string `json:"mean"`
		AIJ    struct {
			Method     string     `json:"method"`
			Priorities []priority `json:"priorities"`
			LambdaMax  float64    `json:"lambda_max"`
			CI         float64    `json:"ci"`
			RI         float64    `json:"ri"`
			CR         float64    `json:"cr"`
			Table      string     `json:"table"`
		} `json:"aij"`
		AIP   []priority `json:"aip"`
		Group struct {
			Priorities []float64 `json:"priorities"`
			GCI        float64   `json:"gci"`
			Members    []float64 `json:"members"`
			Mean       float64   `json:"mean"`
			Max        float64   `json:"max"`
			Worst      int       `json:"worst"`
		} `json:"group"`
		Members []struct {
			Name          string          `json:"name"`
			Weight        float64         `json:"weight"`
			Priorities    []priority      `json:"priorities"`
			Consistency   json.RawMessage `json:"consistency"`
			Compatibility float64         `json:"compatibility"`
		} `json:"members"`
	}
	if err := dec.Decode(&rep); err != nil {
		t.Fatal(err)
	}
	approx3 := cmpopts.EquateApprox(0, 5e-4)
	want := []float64{0.411, 0.198, 0.125, 0.071, 0.194}
	items := []string{"DUV", "IUV", "PUV", "EV", "BV"}
	for _, ps := range [][]priority{rep.AIJ.Priorities, rep.AIP} {
		var got []float64
		for i, p := range ps {
			if p.Item != items[i] {
				t.Errorf("item %d = %q, want %q", i, p.Item, items[i])
			}
			got = append(got, p.Priority)
		}
		if diff := cmp.Diff(want, got, approx3); diff != "" {
			t.Errorf("priorities (-want +got):\n%s", diff)
		}
	}
	if !cmp.Equal(0.088, rep.Group.GCI, approx3) || !cmp.Equal(2.395, rep.Group.Mean, approx3) {
		t.Errorf("GCI %v, GCOMPI %v; want 0.088, 2.395", rep.Group.GCI, rep.Group.Mean)
	}
	if rep.Method != "geometric" || rep.Mean != "geometric" || len(rep.Members) != 4 || rep.Members[3].Name != "NP" ||
		rep.Group.Worst != 3 || rep.Members[1].Weight != 4.0/11 || rep.Members[3].Compatibility != rep.Group.Members[3] {
		t.Errorf("report: method %s, mean %s, members %+v, worst %d", rep.Method, rep.Mean, rep.Members, rep.Group.Worst)
	}
	// The arithmetic AIP differs from the geometric one.
	_, arith, _ := runGroup("", "-json", "-priority", "geometric", "-mean", "arithmetic", "testdata/histopark.json")
	if arith == out || !strings.Contains(arith, `"mean":"arithmetic"`) {
		t.Error("-mean arithmetic: same output as the geometric mean")
	}
	_, text, _ := runGroup("", "testdata/histopark.json")
	for _, s := range []string{"group of 4", "GCOMPI", "NP"} {
		if !strings.Contains(text, s) {
			t.Errorf("text lacks %q:\n%s", s, text)
		}
	}
}

func TestGroupBadInput(t *testing.T) {
	for _, c := range []struct {
		name, doc string
		args      []string
		mention   string
	}{
		{"no members", `{"items": ["a", "b"], "members": []}`, nil, "at least one member"},
		{"no name", `{"items": ["a", "b"], "members": [{"judgments": [["a", "b", 2]]}]}`, nil, "members[0]"},
		{"two names", `{"items": ["a", "b"], "members": [{"name": "x", "judgments": [["a", "b", 2]]}, {"name": "x", "judgments": [["a", "b", 3]]}]}`, nil, `members[1] ("x")`},
		{"some weights", `{"items": ["a", "b"], "members": [{"name": "x", "weight": 1, "judgments": [["a", "b", 2]]}, {"name": "y", "judgments": [["a", "b", 3]]}]}`, nil, `"weight" on every member`},
		{"bad judgment", `{"items": ["a", "b"], "members": [{"name": "x", "judgments": [["a", "b", 2]]}, {"name": "y", "judgments": [["a", "c", 3]]}]}`, nil, `members[1] ("y")`},
		{"negative weight", `{"items": ["a", "b"], "members": [{"name": "x", "weight": -1, "judgments": [["a", "b", 2]]}]}`, nil, "weight"},
		{"unknown key", `{"items": ["a", "b"], "members": [{"name": "x", "judgments": [["a", "b", 2]], "role": "chair"}]}`, nil, "role"},
		{"bad mean", `{"items": ["a", "b"], "members": [{"name": "x", "judgments": [["a", "b", 2]]}]}`, []string{"-mean", "median"}, "-mean"},
		{"mean without group", `{"items": ["a", "b"], "judgments": [["a", "b", 2]]}`, []string{"-mean", "arithmetic"}, "-mean applies to a group"},
	} {
		code, out, errs := runGroup(c.doc, append(c.args, "-")...)
		if code != 2 || out != "" || !strings.Contains(errs, c.mention) || strings.Count(errs, "\n") != 1 {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 2 and one line with %q", c.name, code, out, errs, c.mention)
		}
	}
}
