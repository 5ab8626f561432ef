package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/examples/internal/chart"
	"github.com/balancer-mcda/balancer/mcda"
)

func TestJSON(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"-json"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var doc jsonDocument
	dec := json.NewDecoder(&out)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	if doc.Weights != "reference" || doc.Goal == "" {
		t.Errorf("goal %q, weights %q", doc.Goal, doc.Weights)
	}
	// Every node's CR is below Saaty's 0.1, and the leaves' global weights
	// sum to 1.
	sum := 0.0
	for _, n := range doc.Criteria {
		if n.Leaf != (n.CR == nil) {
			t.Errorf("node %q: leaf %v with cr %v: want cr exactly for the judged nodes", n.Name, n.Leaf, n.CR)
		}
		if n.CR != nil && *n.CR >= 0.1 {
			t.Errorf("node %q: cr %v", n.Name, *n.CR)
		}
		if n.Leaf {
			sum += n.Global
		}
	}
	if sum < 1-1e-9 || sum > 1+1e-9 {
		t.Errorf("leaf weights sum to %v", sum)
	}
	check := func(set string, s jsonSet, n int, methods ...string) {
		t.Helper()
		if len(s.Rankings) != len(methods) {
			t.Fatalf("%s: %d rankings, want %v", set, len(s.Rankings), methods)
		}
		for k, r := range s.Rankings {
			if r.Method != methods[k] || len(r.Results()) != n {
				t.Errorf("%s ranking %d: method %q with %d results, want %q with %d", set, k, r.Method, len(r.Results()), methods[k], n)
			}
			ranks := map[int]bool{}
			for _, res := range r.Results() {
				if res.Name == "" || res.Rank < 1 || res.Rank > n {
					t.Errorf("%s %s: result %+v", set, r.Method, res)
				}
				ranks[res.Rank] = true
			}
			if !ranks[1] {
				t.Errorf("%s %s: no alternative ranks first", set, r.Method)
			}
		}
		if k := len(methods); len(s.Agreement) != k*(k-1)/2 {
			t.Errorf("%s: %d agreements, want %d", set, len(s.Agreement), k*(k-1)/2)
		}
	}
	// AHP synthesis, then every method of the library in registry order.
	all := append([]string{"ahp"}, mcda.MethodNames()...)
	check("futures", doc.Futures, 3, all...)
	check("recommendations", doc.Recommendations, 7, all...)
	// The headline README states.
	if doc.Verdict.ModelFirst != "Strategic Balancer" {
		t.Errorf("verdict = %+v", doc.Verdict)
	}
	if len(doc.Explanations) != 2 {
		t.Fatalf("%d explanations, want 2", len(doc.Explanations))
	}
	for _, e := range doc.Explanations {
		if len(e.Contributions) == 0 {
			t.Errorf("%s: no contributions", e.Alternative)
		}
		for _, c := range e.Contributions {
			if c.Rationale == "" || c.Anchor == "" || c.Share <= 0 {
				t.Errorf("%s: contribution %+v", e.Alternative, c)
			}
		}
	}
}

func TestReport(t *testing.T) {
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	if code := run([]string{"-out", dir}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	md, err := os.ReadFile(filepath.Join(dir, "report.md"))
	if err != nil {
		t.Fatal(err)
	}
	charts := []string{"weights"}
	for _, set := range []string{"futures", "recommendations"} {
		for _, m := range []string{"ahp", "topsis", "wsm", "wpm"} {
			charts = append(charts, set+"-"+m)
		}
	}
	// The robustness charts: rank acceptabilities, and sensitivity curves
	// of the key criteria, the heaviest leaf among them.
	for _, set := range []string{"futures", "recommendations"} {
		for _, space := range []string{"uniform", "near-ahp"} {
			charts = append(charts, "acceptability-"+set+"-"+space)
		}
		charts = append(charts, "sensitivity-"+set+"-strategic-balance-with-china")
	}
	sensitivity := map[string]int{}
	for _, m := range regexp.MustCompile(`\]\(([^)]+)\.png\)`).FindAllSubmatch(md, -1) {
		name := string(m[1])
		if !slices.Contains(charts, name) {
			charts = append(charts, name)
		}
		for _, set := range []string{"futures", "recommendations"} {
			if strings.HasPrefix(name, "sensitivity-"+set+"-") {
				sensitivity[set]++
			}
		}
	}
	// The four leaves that carry the first alternative and the two that
	// threaten it soonest, some of which may coincide.
	for _, set := range []string{"futures", "recommendations"} {
		if n := sensitivity[set]; n < maxContributions || n > maxContributions+maxThreats {
			t.Errorf("%d sensitivity charts of the %s, want %d to %d", n, set, maxContributions, maxContributions+maxThreats)
		}
	}
	for _, name := range charts {
		if !bytes.Contains(md, []byte("("+name+".png)")) {
			t.Errorf("report.md does not show %s.png", name)
		}
		if err := chart.Verify(filepath.Join(dir, name)); err != nil {
			t.Error(err)
		}
	}
}

func TestWeightsFlag(t *testing.T) {
	dir := t.TempDir()
	// Cost as important as strategic autonomy and everything else equal:
	// a user's own view, still consistent.
	goal := "Russia's best course within the SCO with respect to China"
	names := []string{"Strategic balance with China", "Influence in Central Asia", "Counterbalancing the West",
		"Security and counter-terrorism cooperation", "Managing India and Pakistan", "Limiting the SCO's institutional power", "Cost"}
	var js [][]any
	for i := range names {
		for j := i + 1; j < len(names); j++ {
			js = append(js, []any{names[i], names[j], 1})
		}
	}
	data, _ := json.Marshal(map[string]any{"judgments": map[string]any{goal: js}})
	file := filepath.Join(dir, "weights.json")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"-json", "-judgments", file}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var doc jsonDocument
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Weights != file {
		t.Errorf("weights = %q, want %q", doc.Weights, file)
	}
	for _, n := range doc.Criteria[1:] {
		if n.Parent == goal && (n.Local < 1./7-1e-12 || n.Local > 1./7+1e-12) {
			t.Errorf("%s: local weight %v, want 1/7", n.Name, n.Local)
		}
	}

	bad := []struct{ name, content, want string }{
		{"leaf", `{"judgments": {"Soft power": [["a", "b", 2]]}}`, "leaf"},
		{"unknown node", `{"judgments": {"Nope": [["a", "b", 2]]}}`, "Nope"},
		{"unknown child", `{"judgments": {"Influence in Central Asia": [["Soft power", "Fuel", 2]]}}`, "Fuel"},
		{"syntax", `{"judgments": `, "parse"},
		{"unknown anchor", `{"judgments": {"Managing India and Pakistan": [{"a": "Mediator role", "b": "Multipolar balancing", "value": 3, "anchor": "objectives/9"}]}}`, "objectives/9"},
		{"unknown key", `{"judgments": {}, "extra": 1}`, "extra"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(dir, tc.name+".json")
			if err := os.WriteFile(file, []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			var out, errOut bytes.Buffer
			code := run([]string{"-judgments", file}, &out, &errOut)
			lines := strings.Split(strings.TrimSuffix(errOut.String(), "\n"), "\n")
			if code != 2 || len(lines) != 1 || !strings.Contains(lines[0], tc.want) {
				t.Errorf("exit %d, stderr %q; want 2 and one line mentioning %q", code, errOut.String(), tc.want)
			}
		})
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{{"-nope"}, {"extra"}, {"-judgments", "/no/such/file"}} {
		var out, errOut bytes.Buffer
		if code := run(args, &out, &errOut); code != 2 || strings.Count(errOut.String(), "\n") != 1 {
			t.Errorf("run(%q) = %d, stderr %q; want 2 and one line", args, code, errOut.String())
		}
	}
}

// TestExport checks that the exported decision problems read back as
// problems of examples/rank and rank the futures as the report does.
func TestExport(t *testing.T) {
	for _, set := range []string{"futures", "recommendations"} {
		var out, errOut bytes.Buffer
		if code := run([]string{"-export", set}, &out, &errOut); code != 0 {
			t.Fatalf("%s: exit %d: %s", set, code, errOut.String())
		}
		m, err := mcda.ReadJSON(&out)
		if err != nil {
			t.Fatalf("%s: %v", set, err)
		}
		// WSM with sum normalization is distributive AHP synthesis on
		// ratings, so it must rank as the AHP column does.
		r, err := mcda.Rank(&mcda.WSM{Normalization: mcda.NormalizationSum}, m)
		if err != nil {
			t.Fatal(err)
		}
		a, err := analyse("")
		if err != nil {
			t.Fatal(err)
		}
		want := a.futureRankings[0]
		if set == "recommendations" {
			want = a.recRankings[0]
		}
		if diff := cmp.Diff(want.Scores, r.Scores, cmpopts.EquateApprox(1e-12, 0)); diff != "" {
			t.Errorf("%s: WSM(sum) on the export differs from AHP synthesis (-ahp +wsm):\n%s", set, diff)
		}
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"-export", "both"}, &out, &errOut); code != 2 {
		t.Errorf("-export both: exit %d, want 2", code)
	}
}

// TestEveryMethodSection checks the text's tables of every ranking method:
// one row per method of the library, and the count of methods that agree
// with AHP synthesis on the first alternative, recomputed here.
func TestEveryMethodSection(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"-smaa", "0"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	text := out.String()
	a, err := analyse("")
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range []struct {
		name string
		rs   []*mcda.Ranking
	}{{"futures", a.futureRankings}, {"recommendations", a.recRankings}} {
		head := "Appendix B: every ranking method of the library on the " + set.name + ", against AHP synthesis"
		i := strings.Index(text, head)
		if i < 0 {
			t.Fatalf("no section %q", head)
		}
		section := text[i:]
		section = section[:strings.Index(section, "\n\n")]
		for _, name := range mcda.MethodNames() {
			if !strings.Contains(section, "\n"+name+" ") {
				t.Errorf("%s: no row for %s", set.name, name)
			}
		}
		ahp := set.rs[0]
		best := ahp.Order[0]
		same := 0
		for _, r := range set.rs[1:] {
			if r.Ranks[best] == 1 {
				same++
			}
		}
		want := fmt.Sprintf("%d of %d methods put %s first", same, len(mcda.MethodNames()), ahp.Alternatives[best])
		if !strings.Contains(section, want) {
			t.Errorf("%s: section lacks %q:\n%s", set.name, want, section)
		}
	}
}
