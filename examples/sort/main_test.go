package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/balancer-mcda/balancer/mcda/outranking"
)

// Example sorts the example of Mousseau, Słowiński & Zielniewicz's ELECTRE
// TRI 2.0a manual (tables 1, 2 and 9): the credibilities are those
// published with github.com/cghiaus/ELECTRE_Tri's executed notebook (see
// mcda/sorting's tests); a2 is vetoed against b2 (70 − 28 >= v = 30) and
// not outranked by b1, so the two rules disagree on it.
func Example() {
	run([]string{"testdata/mousseau.json"}, nil, os.Stdout, os.Stderr)
	// Output:
	// ELECTRE TRI-B, pessimistic rule, λ = 0.75; categories worst first: C1, C2, C3
	//
	// alternative  category  pessimistic  optimistic
	// a1           C3        C3           C3
	// a2           C1        C1           C3
	// a3           C2        C2           C2
	//
	// credibility σ(a, b) / σ(b, a) against each profile:
	// alternative  b1               b2
	// a1           1.0000 / 0.0000  0.8800 / 0.9200
	// a2           0.6000 / 0.0000  0.0000 / 0.6000
	// a3           1.0000 / 0.6000  0.0023 / 1.0000
}

// Example_electre3 prints ELECTRE III's partial preorder of the R package
// MCDA's schools example (see mcda/outranking's tests).
func Example_electre3() {
	run([]string{"-method", "electre3", "testdata/schools.json"}, nil, os.Stdout, os.Stderr)
	// Output:
	// ELECTRE III, distillation s(λ) = -0.15·λ + 0.3: a partial preorder, not a ranking
	//
	// level  alternative  descending  ascending  preferred to
	// 1      School-B     1           1          School-A, School-D
	// 1      School-C     1           1          School-A, School-D
	// 2      School-D     2           2          School-A
	// 3      School-A     3           3
	//
	// incomparable: none
}

func TestJSON(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"-json", "-rule", "optimistic", "-cutting-level", "0.7", "testdata/mousseau.csv"}, nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var rep triReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Rule != "optimistic" || rep.Lambda != 0.7 || rep.Assignments[1].Category != "C3" || rep.Assignments[1].Pessimistic != "C1" {
		t.Errorf("report: %+v", rep)
	}
	out.Reset()
	if code := run([]string{"-json", "-method", "electre3", "testdata/schools.json"}, nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var e3 struct {
		Relation     [][]string  `json:"relation"`
		Incomparable [][2]string `json:"incomparable"`
	}
	if err := json.Unmarshal(out.Bytes(), &e3); err != nil {
		t.Fatal(err)
	}
	if e3.Relation[3][0] != "P+" || e3.Relation[0][3] != "P-" || e3.Relation[1][2] != "I" || len(e3.Incomparable) != 0 {
		t.Errorf("electre3 relation: %v", e3.Relation)
	}
}

func TestHelpListsEveryFlag(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"-h"}, nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, f := range []string{"-method", "-rule", "-cutting-level", "-alpha", "-beta", "-levels", "-json"} {
		if !strings.Contains(errOut.String(), f) {
			t.Errorf("-h does not list %s:\n%s", f, errOut.String())
		}
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := dir + "/" + name
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"λ", []string{"-cutting-level", "0.4", "testdata/mousseau.json"}, "λ = 0.4"},
		{"rule", []string{"-rule", "middle", "testdata/mousseau.json"}, "-rule"},
		{"method", []string{"-method", "topsis", "testdata/mousseau.json"}, "-method"},
		{"no profiles", []string{"testdata/schools.json"}, "profiles"},
		{"not dominating", []string{write("bad.csv", "name,g\n#profile b1,5\n#profile b2,3\na,1\n")}, "line 3, column 2"},
		{"veto", []string{write("veto.csv", "name,g\n#p,2\n#v,1\na,1\n")}, "veto"},
		{"missing", []string{"testdata/nothing.json"}, "nothing.json"},
		{"two files", []string{"a", "b"}, "at most one"},
		{"distillation", []string{"-method", "electre3", "-alpha", "-1", "testdata/schools.json"}, "distillation"},
		{"levels", []string{"-method", "electre2", "-levels", "0.9,0.8,0.7,0.1,0.2", "testdata/schools.json"}, "levels"},
		{"levels count", []string{"-method", "electre2", "-levels", "0.9", "testdata/schools.json"}, "-levels"},
	} {
		var out, errOut bytes.Buffer
		code := run(c.args, nil, &out, &errOut)
		msg := errOut.String()
		if code != 2 || strings.Count(msg, "\n") != 1 || !strings.Contains(msg, c.want) {
			t.Errorf("%s: exit %d, stderr %q, want status 2 and one line with %q", c.name, code, msg, c.want)
		}
	}
}

// Example_incomparable: "gamble" beats everything on yield and loses
// everything on safety, with vetoes both ways, so no credibility links it
// to the others (σ = 0 both ways). The descending distillation ranks it
// last, with "poor", the ascending one first, with "steady": it is
// incomparable to "middling", which a total order would hide.
func Example_incomparable() {
	run([]string{"-method", "electre3", "testdata/incomparable.json"}, nil, os.Stdout, os.Stderr)
	// Output:
	// ELECTRE III, distillation s(λ) = -0.15·λ + 0.3: a partial preorder, not a ranking
	//
	// level  alternative  descending  ascending  preferred to
	// 1      steady       1           1          middling, gamble, poor
	// 2      middling     2           2          poor
	// 2      gamble       3           1          poor
	// 3      poor         3           3
	//
	// incomparable:
	//   middling R gamble
}

// Example_electre2 ranks the same four alternatives with ELECTRE II at its
// default levels. Its discordance is relative to each criterion's range:
// steady's shortfall behind gamble on yield, 70 of 90, exceeds d⁺ = 0.5,
// and gamble's concordance against steady, 0.5, is below c⁻ = 0.65, so
// nothing outranks gamble (first in the descending preorder) and gamble
// outranks nothing (last in the ascending one).
func Example_electre2() {
	run([]string{"-method", "electre2", "testdata/incomparable.json"}, nil, os.Stdout, os.Stderr)
	// Output:
	// ELECTRE II, c⁻ = 0.65, c⁰ = 0.75, c⁺ = 0.85, d⁻ = 0.25, d⁺ = 0.5: a partial preorder, not a ranking
	//
	// level  alternative  descending  ascending  preferred to
	// 1      steady       1           1          middling, gamble, poor
	// 2      middling     2           2          poor
	// 2      gamble       1           3          poor
	// 3      poor         3           3
	//
	// incomparable:
	//   middling R gamble
}

// Example_flowsort sorts the manual's example by PROMETHEE flows, the
// boundary profiles extended into limiting profiles by the data's extremes.
func Example_flowsort() {
	run([]string{"-method", "flowsort", "testdata/mousseau.csv"}, nil, os.Stdout, os.Stderr)
	// Output:
	// FlowSort, limiting profiles; categories worst first: C1, C2, C3
	//
	// alternative  category  interval (φ⁺, φ⁻)  net flow
	// a1           C3        [C3, C3]           0.4000
	// a2           C2        [C2, C2]           0.0000
	// a3           C2        [C2, C2]           -0.2000
}

// TestELECTREIIIZeroDistillation checks that -alpha 0 -beta 0 asks for
// s = 0, which the report states and the classes follow: they are those
// of the library with both coefficients 0, not the default's.
func TestELECTREIIIZeroDistillation(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"-json", "-method", "electre3", "-alpha", "0", "-beta", "0", "testdata/schools.json"}, nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var got struct {
		Alpha      float64    `json:"alpha"`
		Beta       float64    `json:"beta"`
		Descending [][]string `json:"descending"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/schools.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := outranking.ReadProblem(f)
	if err != nil {
		t.Fatal(err)
	}
	zero := 0.0
	res, err := (&outranking.ELECTREIII{Thresholds: p.Thresholds, Alpha: &zero, Beta: &zero}).Evaluate(context.Background(), p.Matrix)
	if err != nil {
		t.Fatal(err)
	}
	var want [][]string
	for _, class := range res.Descending {
		var names []string
		for _, a := range class {
			names = append(names, res.Alternatives[a])
		}
		want = append(want, names)
	}
	if got.Alpha != 0 || got.Beta != 0 || !cmp.Equal(got.Descending, want) {
		t.Errorf("-alpha 0 -beta 0: alpha %v, beta %v, descending %v; want 0, 0, %v", got.Alpha, got.Beta, got.Descending, want)
	}
}
