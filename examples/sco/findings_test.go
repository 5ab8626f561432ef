package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/strategy"
)

// TestSummaryFirst checks that the report opens with the plain-language
// summary, 5 to 8 sentences, and that the question, the measure, both
// answers and the verdict's other question are in it.
func TestSummaryFirst(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"-smaa", "0", "-perturb", "300"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	a := assessed(t, 300)
	sum := a.summary()
	if n := len(sum); n < 5 || n > 8 {
		t.Errorf("summary has %d sentences, want 5 to 8", n)
	}
	lines := strings.SplitN(out.String(), "\n", 4)
	if !strings.HasPrefix(lines[0], "Russia in the SCO") || !strings.HasPrefix(lines[2], "The question is") {
		t.Errorf("report does not open with the summary:\n%s", strings.Join(lines[:3], "\n"))
	}
	text := strings.Join(sum, " ")
	for _, want := range []string{"how good each alternative is for Russia", "not how likely", "For the futures",
		"For the recommendations", "likelihood", a.futures.Alternatives[a.futures.Order[0]]} {
		if !strings.Contains(text, want) {
			t.Errorf("summary lacks %q", want)
		}
	}
}

// assessed returns the reference analysis with its robustness, without
// SMAA.
func assessed(t *testing.T, perturbations int) *analysis {
	t.Helper()
	a, err := analyse("")
	if err != nil {
		t.Fatal(err)
	}
	if err := a.assess(robustOptions{perturbations: perturbations, seed: defaultSeed}); err != nil {
		t.Fatal(err)
	}
	return a
}

// TestTies checks that a first place holding in fewer than 80% of the
// rating perturbations is reported as a tie with the runner-up in the
// terminal, Markdown and JSON, and a firmer one is not.
func TestTies(t *testing.T) {
	args := []string{"-smaa", "0", "-perturb", "500"}
	doc := robustnessDoc(t, args...)
	var out, errOut bytes.Buffer
	dir := t.TempDir()
	if code := run(append(args, "-out", dir), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	md, err := os.ReadFile(filepath.Join(dir, "report.md"))
	if err != nil {
		t.Fatal(err)
	}
	ties := 0
	for _, h := range doc.Headlines {
		p := h.Perturbation
		if p == nil || p.Samples != 500 {
			t.Fatalf("%s: perturbation %+v", h.Set, p)
		}
		tie := p.Holds < tieShare
		if h.Tie != tie || (len(h.Answer) == 2) != tie || h.Answer[0] != h.First {
			t.Errorf("%s: holds %v, tie %v, answer %v", h.Set, p.Holds, h.Tie, h.Answer)
		}
		phrase := "tie between " + h.First + " and " + h.RunnerUp
		for name, text := range map[string]string{"text": strings.Join(strings.Fields(out.String()), " "), "markdown": string(md)} {
			if strings.Contains(text, phrase) != tie {
				t.Errorf("%s %s: contains %q = %v, want %v", name, h.Set, phrase, !tie, tie)
			}
		}
		if tie {
			ties++
		}
	}
	// The reference recommendations are a tie (their first holds in about
	// 40% of the perturbations); the futures are not.
	if ties != 1 || doc.Headlines[0].Tie {
		t.Errorf("%d ties; futures tie %v", ties, doc.Headlines[0].Tie)
	}
}

// TestPerturbation checks the rating perturbation's laws.
func TestPerturbation(t *testing.T) {
	a, err := analyse("")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []struct {
		set string
		n   int
	}{{"futures", 3}, {"recommendations", 7}} {
		res := a.futures
		if r.set == "recommendations" {
			res = a.recommendations
		}
		p, err := perturbRatings(context.Background(), res, r.set, 400, 9)
		if err != nil {
			t.Fatal(err)
		}
		// Property: the same seed gives the same shares.
		q, err := perturbRatings(context.Background(), res, r.set, 400, 9)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(p, q); diff != "" {
			t.Errorf("%s: same seed, other result:\n%s", r.set, diff)
		}
		// Property: every sample has at least one first, so the shares of
		// being first sum to at least 1; the first's share is Holds.
		sum := 0.0
		for _, f := range p.First {
			if f < 0 || f > 1 {
				t.Errorf("%s: share %v", r.set, f)
			}
			sum += f
		}
		if sum < 1-1e-9 || p.First[res.Order[0]] != p.Holds {
			t.Errorf("%s: first shares sum to %v, holds %v", r.set, sum, p.Holds)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := perturbRatings(ctx, a.futures, "futures", 10, 1); err == nil {
		t.Error("a cancelled context gave no error")
	}
}

// TestPreferencesPerMethod checks the JSON's preferences against the
// rankings it reports: AHP and every method of the library.
func TestPreferencesPerMethod(t *testing.T) {
	doc := robustnessDoc(t, "-smaa", "0", "-perturb", "200")
	if doc.Measures != strategy.Measures || len(doc.Likelihood) == 0 || doc.Verdict.Question != "likelihood" {
		t.Errorf("measures %q, %d statements of likelihood, verdict question %q", doc.Measures, len(doc.Likelihood), doc.Verdict.Question)
	}
	sets := map[string]jsonSet{"futures": doc.Futures, "recommendations": doc.Recommendations}
	n := 0
	for _, p := range doc.Preferences {
		if len(p.KeyPhrases) == 0 || p.Location == "" {
			t.Errorf("preference %s over %s: no key phrase or location", p.Better, p.Worse)
		}
		if p.Kind != strategy.Desirability {
			continue
		}
		n++
		for _, r := range sets[p.Set].Rankings {
			rank := map[string]int{}
			for _, res := range r.Results() {
				rank[res.Name] = res.Rank
			}
			want := rank[p.Better] < rank[p.Worse]
			got := p.AHP
			if r.Method != "ahp" {
				got = p.Methods[r.Method]
			}
			if got != want {
				t.Errorf("%s over %s under %s: %v, rankings say %v", p.Better, p.Worse, r.Method, got, want)
			}
		}
		if len(p.Methods) != len(mcda.MethodNames()) || p.Perturbed == nil || *p.Perturbed < 0 || *p.Perturbed > 1 {
			t.Errorf("%s over %s: %d methods, perturbed %v", p.Better, p.Worse, len(p.Methods), p.Perturbed)
		}
	}
	if n == 0 {
		t.Error("no preference of desirability")
	}
}

// TestCitations checks that the reports show key phrases, not bare ids,
// and never give a silent rating as a reason.
func TestCitations(t *testing.T) {
	var out, errOut bytes.Buffer
	dir := t.TempDir()
	if code := run([]string{"-smaa", "0", "-perturb", "0", "-out", dir}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	md, err := os.ReadFile(filepath.Join(dir, "report.md"))
	if err != nil {
		t.Fatal(err)
	}
	verdict, _ := strategy.Lookup(strategy.VerdictAnchor)
	bare := regexp.MustCompile(`\[(futures|recommendations|objectives|intro|future)[/\]]`)
	for name, text := range map[string]string{"text": out.String(), "markdown": string(md)} {
		if m := bare.FindString(text); m != "" {
			t.Errorf("%s shows a bare anchor id %q", name, m)
		}
		if !strings.Contains(strings.Join(strings.Fields(text), " "), `"`+verdict.KeyPhrases[0]+`"`) {
			t.Errorf("%s does not quote the verdict's key phrase", name)
		}
	}
	a := assessed(t, 0)
	for _, e := range []explanation{a.futureExplained, a.recExplained} {
		for _, c := range e.Contributions {
			if silent(c.Rating, c.Rationale) || c.Contribution <= 0 {
				t.Errorf("%s: contribution %+v", e.Alternative, c)
			}
		}
	}
}

// TestOutSaysWhatItWrote checks the line -out prints on standard error.
func TestOutSaysWhatItWrote(t *testing.T) {
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	if code := run([]string{"-smaa", "0", "-perturb", "0", "-json", "-out", dir}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var charts []string
	for _, e := range entries {
		if e.Name() != "report.md" {
			charts = append(charts, e.Name())
		}
	}
	line := errOut.String()
	if strings.Count(line, "\n") != 1 || !strings.Contains(line, filepath.Join(dir, "report.md")) ||
		!strings.Contains(line, "("+strconv.Itoa(len(charts))+" files") {
		t.Errorf("stderr %q; %d chart files written", line, len(charts))
	}
	if !slices.Contains(charts, "weights.png") {
		t.Error("no weights.png")
	}
}

// TestDisagreements checks that the explanations of where methods
// disagree name exactly the methods that reverse each pair, and that a
// pair no method reverses is not explained.
func TestDisagreements(t *testing.T) {
	a, err := analyse("")
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range []struct {
		r  []*mcda.Ranking
		ds []string
	}{{a.futureRankings, disagreements(a.futures, a.futureRankings)}, {a.recRankings, disagreements(a.recommendations, a.recRankings)}} {
		ahp := set.r[0]
		reversed := map[string]string{} // "y above x" -> methods
		for p := range ahp.Order {
			for q := p + 1; q < len(ahp.Order); q++ {
				x, y := ahp.Order[p], ahp.Order[q]
				var ms []string
				for _, m := range set.r[1:] {
					if m.Ranks[y] < m.Ranks[x] {
						ms = append(ms, m.Method)
					}
				}
				if len(ms) > 0 {
					reversed[ahp.Alternatives[y]+" above "+ahp.Alternatives[x]] = strings.Join(ms, ", ")
				}
			}
		}
		if len(set.ds) != min(3, len(reversed)) {
			t.Errorf("%d explanations for %d reversed pairs", len(set.ds), len(reversed))
		}
		for _, d := range set.ds {
			ok := false
			for pair, ms := range reversed {
				if strings.HasPrefix(d, ms+" put "+pair+",") || !strings.Contains(ms, ", ") && strings.HasPrefix(d, ms+" puts "+pair+",") {
					ok = true
				}
			}
			if !ok {
				t.Errorf("explanation %q matches no reversed pair %v", d, reversed)
			}
		}
	}
}
