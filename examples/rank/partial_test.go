package main

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda/outranking"
)

// Example_electre3 prints ELECTRE III's partial preorder of gamble.csv,
// the problem of examples/sort's Example_incomparable in CSV with #q, #p
// and #v rows, and the same output: "gamble" beats everything on yield and
// loses everything on safety, with vetoes both ways, so the descending
// distillation ranks it last and the ascending one first, and it is
// incomparable to "middling".
func Example_electre3() {
	run([]string{"-method", "electre3", "testdata/gamble.csv"}, nil, os.Stdout, os.Stderr)
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

// Example_electre2 prints ELECTRE II's partial preorder of the same
// problem at the default levels, as examples/sort's Example_electre2:
// steady's shortfall behind gamble on yield, 70 of 90, exceeds d⁺ = 0.5,
// and gamble's concordance against steady, 0.5, is below c⁻ = 0.65, so
// nothing outranks gamble and gamble outranks nothing.
func Example_electre2() {
	run([]string{"-method", "electre2", "testdata/gamble.csv"}, nil, os.Stdout, os.Stderr)
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

// gambleJSON is testdata/gamble.csv in the JSON format of
// outranking.ReadProblem.
const gambleJSON = `{"criteria": [
  {"name": "yield", "type": "benefit", "weight": 1, "thresholds": {"q": 0, "p": 5, "v": 20}},
  {"name": "safety", "type": "benefit", "weight": 1, "thresholds": {"q": 0, "p": 5, "v": 20}}],
 "alternatives": [{"name": "steady", "values": [30, 30]}, {"name": "middling", "values": [20, 20]},
  {"name": "gamble", "values": [100, -100]}, {"name": "poor", "values": [10, 10]}]}`

// TestPartialJSON checks that -json gives examples/sort's keys, that the
// JSON and CSV readers agree, and that the relation is the intersection of
// the two preorders computed by package outranking.
func TestPartialJSON(t *testing.T) {
	common := []string{"method", "alternatives", "descending", "ascending", "relation", "levels", "incomparable", "concordance", "discordance"}
	for _, tc := range []struct {
		method string
		keys   []string
	}{
		{"electre3", append(common, "alpha", "beta", "credibility")},
		{"electre2", append(common, "outranking_levels", "strong", "weak")},
	} {
		code, fromCSV, stderr := rank("", "-json", "-method", tc.method, "testdata/gamble.csv")
		if code != 0 || stderr != "" {
			t.Fatalf("%s: status %d, stderr %q", tc.method, code, stderr)
		}
		code, fromJSON, stderr := rank(gambleJSON, "-json", "-method", tc.method, "-")
		if code != 0 || stderr != "" {
			t.Fatalf("%s on standard input: status %d, stderr %q", tc.method, code, stderr)
		}
		if fromCSV != fromJSON {
			t.Errorf("%s: CSV and JSON give different reports:\n%s\n%s", tc.method, fromCSV, fromJSON)
		}
		var doc map[string]json.RawMessage
		if err := json.Unmarshal([]byte(fromCSV), &doc); err != nil {
			t.Fatal(err)
		}
		if len(doc) != len(tc.keys) {
			t.Errorf("%s: %d keys, want %d: %s", tc.method, len(doc), len(tc.keys), fromCSV)
		}
		for _, k := range tc.keys {
			if _, ok := doc[k]; !ok {
				t.Errorf("%s: no key %q", tc.method, k)
			}
		}
		var pre struct {
			Relation     [][]string  `json:"relation"`
			Incomparable [][2]string `json:"incomparable"`
		}
		if err := json.Unmarshal([]byte(fromCSV), &pre); err != nil {
			t.Fatal(err)
		}
		// steady, middling, gamble, poor: gamble is incomparable to middling
		// only, and preferred to poor.
		want := [][]string{
			{"I", "P+", "P+", "P+"},
			{"P-", "I", "R", "P+"},
			{"P-", "R", "I", "P+"},
			{"P-", "P-", "P-", "I"},
		}
		if !cmp.Equal(pre.Relation, want) || !cmp.Equal(pre.Incomparable, [][2]string{{"middling", "gamble"}}) {
			t.Errorf("%s: relation %v, incomparable %v", tc.method, pre.Relation, pre.Incomparable)
		}
	}
}

// TestPartialPlainFile checks that a plain rank problem file, without
// thresholds, is read with the zero thresholds (q = p = 0, no veto): the
// report is that of outranking.ELECTREIII with nil Thresholds and of
// outranking.ELECTREII on the matrix of mcda.ReadProblem.
func TestPartialPlainFile(t *testing.T) {
	const file = "testdata/fighter.json"
	m := readFile(t, file).Matrix
	e3, err := (&outranking.ELECTREIII{}).Evaluate(context.Background(), m)
	if err != nil {
		t.Fatal(err)
	}
	e2, err := (&outranking.ELECTREII{}).Evaluate(context.Background(), m)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		method            string
		concordance       [][]float64
		credibility       [][]float64
		descRank, ascRank []int
	}{
		{"electre3", e3.Concordance, e3.Credibility, e3.DescendingRank, e3.AscendingRank},
		{"electre2", e2.Concordance, nil, e2.DescendingRank, e2.AscendingRank},
	} {
		code, stdout, stderr := rank("", "-json", "-method", tc.method, file)
		if code != 0 || stderr != "" {
			t.Fatalf("%s: status %d, stderr %q", tc.method, code, stderr)
		}
		var got struct {
			Concordance [][]float64 `json:"concordance"`
			Credibility [][]float64 `json:"credibility"`
			Relation    [][]string  `json:"relation"`
		}
		if err := json.Unmarshal([]byte(stdout), &got); err != nil {
			t.Fatal(err)
		}
		opt := cmpopts.EquateApprox(0, 1e-12)
		if !cmp.Equal(got.Concordance, tc.concordance, opt) || !cmp.Equal(got.Credibility, tc.credibility, opt) {
			t.Errorf("%s: concordance %v, credibility %v; want %v, %v", tc.method, got.Concordance, got.Credibility, tc.concordance, tc.credibility)
		}
		for a := range got.Relation {
			for b := range got.Relation[a] {
				want, _ := outranking.Intersect(tc.descRank, tc.ascRank, a, b).MarshalText()
				if got.Relation[a][b] != string(want) {
					t.Errorf("%s: relation[%d][%d] = %v, want %v", tc.method, a, b, got.Relation[a][b], want)
				}
			}
		}
	}
}

func TestPartialBadInput(t *testing.T) {
	const file = "testdata/fighter.json"
	for _, tc := range []struct {
		args    []string
		stdin   string
		mention []string
	}{
		{[]string{"-method", "electre3,topsis", file}, "", []string{"electre3", "alone"}},
		{[]string{"-method", "topsis,electre2", file}, "", []string{"electre2", "alone"}},
		{[]string{"-method", "electre,electre3", file}, "", []string{"alone"}},
		{[]string{"-method", "electre3", "-smaa", "10", file}, "", []string{"electre3", "-smaa"}},
		{[]string{"-method", "electre2", "-sensitivity", file}, "", []string{"electre2", "-sensitivity"}},
		{[]string{"-method", "electre3", "-stream", file}, "", []string{"electre3", "-stream"}},
		{[]string{"-method", "electre3", "-plot", t.TempDir(), file}, "", []string{"-plot", "partial preorder"}},
		{[]string{"-method", "electre2", "-weighting", "entropy", file}, "", []string{"electre2", "-weighting"}},
		{[]string{"-method", "electre3", "-shift", "1", file}, "", []string{"electre3", "-shift"}},
		{[]string{"-method", "electre3", "-waspas-lambda", "0.3", file}, "", []string{"-waspas-lambda", "waspas"}},
		{[]string{"-method", "electre2", "-alpha", "0.1", file}, "", []string{"-alpha", "electre3"}},
		{[]string{"-method", "topsis", "-beta", "0.1", file}, "", []string{"-beta", "electre3"}},
		{[]string{"-method", "electre3", "-levels", "0.6,0.7,0.8,0.2,0.4", file}, "", []string{"-levels", "electre2"}},
		{[]string{"-method", "electre2", "-levels", "0.9", file}, "", []string{"-levels", "five"}},
		{[]string{"-method", "electre2", "-levels", "0.9,0.8,0.7,0.1,0.2", file}, "", []string{"electre2", "levels"}},
		{[]string{"-method", "electre3", "-alpha", "-1", file}, "", []string{"electre3", "distillation"}},
		{[]string{"-method", "electre3", "-max-pairs", "15", file}, "", []string{"electre3", "4 alternatives", "limit"}},
		{[]string{"-method", "electre3", "-"}, "name,g\n#p,2\n#v,1\na,1\n", []string{"standard input", "line 3", "veto"}},
		{[]string{"-method", "electre2", "-"}, `{"criteria": [{"name": "g", "type": "benefit", "thresholds": {"q": 3, "p": 1}}],` + "\n" + `"alternatives": [{"name": "a", "values": [1]}]}`, []string{"standard input", "criteria[0].thresholds"}},
		{[]string{"-method", "electre3", "-"}, "{\n\"criteria\": [}", []string{"standard input:2:"}},
		{[]string{"-method", "electre3", "testdata/nothing.json"}, "", []string{"nothing.json"}},
	} {
		code, stdout, stderr := rank(tc.stdin, tc.args...)
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
