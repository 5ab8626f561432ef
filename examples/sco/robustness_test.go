package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

// Sums of shares estimated from a finite number of samples, and weights
// that are the same sums added in another order.
var approxSum = cmpopts.EquateApprox(0, 1e-9)

// TestSynthesisIsWSM checks that the weighted sum the robustness analysis
// works on is the AHP synthesis sco reports: same scores, same order, and
// the leaves' global weights as the criteria weights.
func TestSynthesisIsWSM(t *testing.T) {
	a, err := analyse("")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []*ahp.Result{a.futures, a.recommendations} {
		dm, err := r.DecisionMatrix()
		if err != nil {
			t.Fatal(err)
		}
		got, err := mcda.Rank(synthesisWSM(r.Options.Mode), dm)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(r.Global, got.Scores, cmpopts.EquateApprox(0, synthesisTolerance)); diff != "" {
			t.Errorf("WSM on the decision matrix differs from the AHP synthesis (-ahp +wsm):\n%s", diff)
		}
		if !slices.Equal(r.Order, got.Order) {
			t.Errorf("WSM order %v, AHP order %v", got.Order, r.Order)
		}
		var leaves []float64
		for _, n := range r.Nodes {
			if n.Leaf {
				leaves = append(leaves, n.Global)
			}
		}
		s, err := robust.Sensitivity(context.Background(), synthesisWSM(r.Options.Mode), dm, robust.SensitivityOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var weights []float64
		for _, cs := range s {
			weights = append(weights, cs.Weight)
			if !cs.Exact {
				t.Errorf("%s: sensitivity not exact", cs.Criterion)
			}
		}
		if diff := cmp.Diff(leaves, weights, approxSum); diff != "" {
			t.Errorf("sensitivity weights are not the leaves' global weights (-leaves +sensitivity):\n%s", diff)
		}
	}
}

// TestSynthesisIdeal checks that the ideal synthesis has its weighted sum
// too, in case sco switches modes.
func TestSynthesisIdeal(t *testing.T) {
	a, err := analyse("")
	if err != nil {
		t.Fatal(err)
	}
	m, err := a.data.Recommendations()
	if err != nil {
		t.Fatal(err)
	}
	r, err := m.Evaluate(context.Background(), ahp.Options{Mode: ahp.ModeIdeal})
	if err != nil {
		t.Fatal(err)
	}
	s, err := assessSet(r, "recommendations", "recommendation", explanation{}, robustOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if s.maxDiff > synthesisTolerance {
		t.Errorf("ideal synthesis: difference %v", s.maxDiff)
	}
}

func TestRobustnessText(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if errOut.Len() != 0 {
		t.Errorf("stderr is not a terminal but got %q", errOut.String())
	}
	text := out.String()
	a, err := analyse("")
	if err != nil {
		t.Fatal(err)
	}
	firstRec := a.recommendations.Alternatives[a.recommendations.Order[0]]
	for _, want := range []string{
		`How robust is "Strategic Balancer" (first of the futures)`,
		`How robust is "` + firstRec + `" (first of the recommendations)`,
		"Each leaf's weight moved alone, the other leaves keeping their proportions",
		"criterion                                 weight  stays first     ranking holds   nearest breakpoint",
		"Smallest change of all the weights that puts another future first",
		"Smallest change of all the weights that puts another recommendation first",
		"SMAA-2 rank acceptability, weights uniform on the simplex (10000 samples, seed 1)",
		"SMAA-2 rank acceptability, weights near the AHP weights (10000 samples, seed 1)",
		"Central weights:",
		"Moving one leaf's weight alone, Strategic Balancer loses first place only with",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	for k, line := range strings.Split(text, "\n") {
		if n := len([]rune(line)); n > lineWidth {
			t.Errorf("line %d has %d characters: %q", k+1, n, line)
		}
	}
}

// robustnessDoc runs sco -json with args and returns the document.
func robustnessDoc(t *testing.T, args ...string) jsonDocument {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := run(append([]string{"-json"}, args...), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if errOut.Len() != 0 {
		t.Errorf("-json: stderr %q", errOut.String())
	}
	var doc jsonDocument
	dec := json.NewDecoder(&out)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestRobustnessJSON(t *testing.T) {
	doc := robustnessDoc(t, "-smaa", "2000", "-seed", "7")
	a, err := analyse("")
	if err != nil {
		t.Fatal(err)
	}
	firstRec := a.recommendations.Alternatives[a.recommendations.Order[0]]
	if doc.Robustness == nil {
		t.Fatal("no robustness key")
	}
	var leaves []jsonNode
	for _, n := range doc.Criteria {
		if n.Leaf {
			leaves = append(leaves, n)
		}
	}
	for _, tc := range []struct {
		set   string
		r     jsonSetRobustness
		s     jsonSet
		first string
	}{
		{"futures", doc.Robustness.Futures, doc.Futures, "Strategic Balancer"},
		{"recommendations", doc.Robustness.Recommendations, doc.Recommendations, firstRec},
	} {
		r := tc.r
		n := len(tc.s.Rankings[0].Alternatives)
		if r.First != tc.first || r.Method != "wsm" || r.Normalization != "sum" || r.SynthesisDifference > synthesisTolerance {
			t.Errorf("%s: first %q, method %s (%s), difference %v", tc.set, r.First, r.Method, r.Normalization, r.SynthesisDifference)
		}
		if len(r.Sensitivity) != len(leaves) {
			t.Fatalf("%s: %d criteria in sensitivity, want the %d leaves", tc.set, len(r.Sensitivity), len(leaves))
		}
		for j, cs := range r.Sensitivity {
			if cs.Criterion != leaves[j].Name || math.Abs(cs.Weight-leaves[j].Global) > 1e-12 || !cs.Exact {
				t.Errorf("%s: sensitivity %d is %q at %v (exact %v), want leaf %q at %v", tc.set, j, cs.Criterion, cs.Weight, cs.Exact, leaves[j].Name, leaves[j].Global)
			}
			// Property: both stability intervals contain the current
			// weight, and the ranking's lies within the first's.
			w := cs.Weight
			fs, rs := cs.FirstStable, cs.RankingStable
			if !(fs.Lo <= w && w <= fs.Hi) || !(rs.Lo <= w && w <= rs.Hi) || rs.Lo < fs.Lo || rs.Hi > fs.Hi {
				t.Errorf("%s %s: weight %v, first stable %+v, ranking stable %+v", tc.set, cs.Criterion, w, fs, rs)
			}
			if (cs.NearestBreakpoint == nil) != (len(cs.Breakpoints) == 0) {
				t.Errorf("%s %s: nearest breakpoint %+v with %d breakpoints", tc.set, cs.Criterion, cs.NearestBreakpoint, len(cs.Breakpoints))
			}
			for _, b := range cs.Breakpoints {
				if len(b.Ranks) != n || len(b.Changes) == 0 || b.Weight <= 0 || b.Weight >= 1 {
					t.Errorf("%s %s: breakpoint %+v", tc.set, cs.Criterion, b)
				}
			}
			if nb := cs.NearestBreakpoint; nb != nil {
				if nb.Change == "" || !slices.ContainsFunc(cs.Breakpoints, func(b jsonBreakpoint) bool { return b.Weight == nb.Weight }) {
					t.Errorf("%s %s: nearest breakpoint %+v is not a breakpoint", tc.set, cs.Criterion, nb)
				}
				// Property: the ranking holds up to the nearest breakpoint.
				if d := math.Min(w-rs.Lo, rs.Hi-w); math.Abs(nb.Weight-w) > d+1e-12 && rs.Lo > 0 && rs.Hi < 1 {
					t.Errorf("%s %s: nearest breakpoint %v beyond the ranking's interval %+v", tc.set, cs.Criterion, nb.Weight, rs)
				}
			}
		}
		if len(r.MinimumChange) != n-1 {
			t.Errorf("%s: %d challengers, want %d", tc.set, len(r.MinimumChange), n-1)
		}
		for _, c := range r.MinimumChange {
			if c.Alternative == tc.first || c.Change == nil || *c.Change <= 0 || *c.Change > 2 {
				t.Errorf("%s: challenger %+v", tc.set, c)
				continue
			}
			// Property: the moves add up to nothing and their absolute
			// values to the change.
			sum, abs := 0.0, 0.0
			for _, m := range c.Moves {
				sum += m.Delta
				abs += math.Abs(m.Delta)
			}
			if math.Abs(sum) > 1e-9 || math.Abs(abs-*c.Change) > 1e-9 {
				t.Errorf("%s %s: moves sum to %v, |moves| to %v, change %v", tc.set, c.Alternative, sum, abs, *c.Change)
			}
		}
		if len(r.SMAA) != 2 || r.SMAA[0].Weights != "uniform" || r.SMAA[1].Weights != "near_ahp" {
			t.Fatalf("%s: smaa runs %+v", tc.set, r.SMAA)
		}
		for _, run := range r.SMAA {
			if run.Samples != 2000 || run.Seed != 7 || len(run.Criteria) != len(leaves) || len(run.Results) != n || run.Description == "" {
				t.Errorf("%s %s: samples %d, seed %d, %d criteria, %d results", tc.set, run.Weights, run.Samples, run.Seed, len(run.Criteria), len(run.Results))
			}
			cols := make([]float64, n)
			for _, res := range run.Results {
				// Property: every row of rank acceptabilities sums to 1,
				// and so does every column.
				if len(res.Acceptability) != n {
					t.Fatalf("%s %s %s: %d acceptabilities", tc.set, run.Weights, res.Alternative, len(res.Acceptability))
				}
				row := 0.0
				for k, b := range res.Acceptability {
					if b < 0 || b > 1 {
						t.Errorf("%s %s %s: b%d = %v", tc.set, run.Weights, res.Alternative, k+1, b)
					}
					row += b
					cols[k] += b
				}
				if diff := cmp.Diff(1.0, row, approxSum); diff != "" {
					t.Errorf("%s %s %s: acceptabilities sum to %v", tc.set, run.Weights, res.Alternative, row)
				}
				// Property: central weights are normalized weights, or
				// zero for an alternative never first.
				cw := 0.0
				for _, w := range res.CentralWeights {
					cw += w
				}
				want := 1.0
				if res.Acceptability[0] == 0 {
					want = 0
				}
				if math.Abs(cw-want) > 1e-9 || res.Confidence < 0 || res.Confidence > 1 {
					t.Errorf("%s %s %s: central weights sum to %v, confidence %v", tc.set, run.Weights, res.Alternative, cw, res.Confidence)
				}
			}
			for k, c := range cols {
				if math.Abs(c-1) > 1e-9 {
					t.Errorf("%s %s: rank %d acceptabilities sum to %v", tc.set, run.Weights, k+1, c)
				}
			}
		}
	}
	// The headline: the first future is first in more than 95% of the
	// samples, whatever the weights.
	for _, run := range doc.Robustness.Futures.SMAA {
		for _, res := range run.Results {
			if res.Alternative == "Strategic Balancer" && res.Acceptability[0] < 0.95 {
				t.Errorf("%s: Strategic Balancer first in %v of the samples", run.Weights, res.Acceptability[0])
			}
		}
	}
}

// TestSeed checks that the same seed gives the same output and another
// seed other acceptabilities.
func TestSeed(t *testing.T) {
	runText := func(args ...string) string {
		var out, errOut bytes.Buffer
		if code := run(args, &out, &errOut); code != 0 {
			t.Fatalf("%q: exit %d: %s", args, code, errOut.String())
		}
		return out.String()
	}
	a := runText("-smaa", "1000", "-seed", "42")
	if b := runText("-smaa", "1000", "-seed", "42"); a != b {
		t.Error("two runs with seed 42 differ")
	}
	if c := runText("-smaa", "1000", "-seed", "43"); a == c {
		t.Error("seeds 42 and 43 give the same output")
	}
	if !strings.Contains(a, "(1000 samples, seed 42)") {
		t.Error("output does not state the samples and seed")
	}
	if d := runText("-smaa", "1000"); !strings.Contains(d, "(1000 samples, seed 1)") {
		t.Error("the default seed is not 1")
	}
}

func TestSMAAFlags(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"-smaa", "0"}, &out, &errOut); code != 0 {
		t.Fatalf("-smaa 0: exit %d: %s", code, errOut.String())
	}
	if text := out.String(); strings.Contains(text, "SMAA-2 rank acceptability") || !strings.Contains(text, "Smallest change of all the weights") {
		t.Error("-smaa 0: SMAA printed or the other robustness sections missing")
	}
	doc := robustnessDoc(t, "-smaa", "0")
	if doc.Robustness == nil || doc.Robustness.Futures.SMAA != nil || len(doc.Robustness.Recommendations.Sensitivity) == 0 {
		t.Errorf("-json -smaa 0: robustness %+v", doc.Robustness)
	}
	for _, args := range [][]string{{"-smaa", "-1"}, {"-smaa", "0", "-perturb", "0", "-seed", "3"}, {"-seed", "x"}, {"-perturb", "-1"}, {"-perturb", "1000001"}} {
		var out, errOut bytes.Buffer
		if code := run(args, &out, &errOut); code != 2 || strings.Count(errOut.String(), "\n") != 1 {
			t.Errorf("run(%q) = %d, stderr %q; want 2 and one line", args, code, errOut.String())
		}
	}
}

func TestDescribeChange(t *testing.T) {
	names := []string{"A", "B"}
	for _, tc := range []struct {
		before, after robust.Relation
		up            bool
		want          string
	}{
		{robust.RelationAhead, robust.RelationBehind, true, "B overtakes A"},
		{robust.RelationAhead, robust.RelationBehind, false, "A overtakes B"},
		{robust.RelationBehind, robust.RelationAhead, true, "A overtakes B"},
		{robust.RelationAhead, robust.RelationTied, true, "A and B tie"},
		{robust.RelationTied, robust.RelationBehind, true, "B moves ahead of A"},
		{robust.RelationTied, robust.RelationBehind, false, "A and B tie"},
		{robust.RelationTied, robust.RelationAhead, true, "A moves ahead of B"},
	} {
		c := robust.PairChange{A: 0, B: 1, Before: tc.before, After: tc.after}
		if got := describeChange(names, c, tc.up); got != tc.want {
			t.Errorf("describeChange(%v→%v, up %v) = %q, want %q", tc.before, tc.after, tc.up, got, tc.want)
		}
	}
}

func TestProgress(t *testing.T) {
	if isTerminal(&bytes.Buffer{}) {
		t.Error("a buffer is a terminal")
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Error("a file is a terminal")
	}
	var buf bytes.Buffer
	progress := progressBars(&buf)("SMAA test")
	for done := 0; done <= 1000; done += 100 {
		progress(done, 1000)
	}
	got := buf.String()
	for _, want := range []string{
		"\rsco: SMAA test [" + strings.Repeat(".", barWidth) + "]   0%",
		"\rsco: SMAA test [" + strings.Repeat("#", barWidth/2) + strings.Repeat(".", barWidth/2) + "]  50%",
		"\rsco: SMAA test [" + strings.Repeat("#", barWidth) + "] 100%",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("progress output %q lacks %q", got, want)
		}
	}
	// The bar is erased at the end.
	if !strings.HasSuffix(got, strings.Repeat(" ", len(progressLine("SMAA test", 1000, 1000)))+"\r") {
		t.Errorf("progress output %q does not end erased", got)
	}
}
