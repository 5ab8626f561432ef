package main

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

// fullOutput is the documented -json shape with every optional key,
// declared here rather than reused from analysis.go so that a change of
// shape fails the tests.
type fullOutput struct {
	Method         string       `json:"method"`
	HigherIsBetter bool         `json:"higher_is_better"`
	Count          int          `json:"count"`
	Results        []rankResult `json:"results"`
	Rankings       []struct {
		Method         string       `json:"method"`
		HigherIsBetter bool         `json:"higher_is_better"`
		Count          int          `json:"count"`
		Results        []rankResult `json:"results"`
	} `json:"rankings"`
	Agreement []struct {
		A                string   `json:"a"`
		B                string   `json:"b"`
		Spearman         *float64 `json:"spearman"`
		WeightedSpearman *float64 `json:"weighted_spearman"`
		WS               *float64 `json:"ws"`
		Kendall          *float64 `json:"kendall"`
	} `json:"agreement"`
	Weights []struct {
		Criterion string  `json:"criterion"`
		Weight    float64 `json:"weight"`
	} `json:"weights"`
	Sensitivity []struct {
		Criterion   string  `json:"criterion"`
		Weight      float64 `json:"weight"`
		Exact       bool    `json:"exact"`
		Breakpoints []struct {
			Weight float64 `json:"weight"`
			A      string  `json:"a"`
			B      string  `json:"b"`
			Before string  `json:"before"`
			After  string  `json:"after"`
			Rank   int     `json:"rank"`
		} `json:"breakpoints"`
		Truncated     bool                     `json:"truncated"`
		Omitted       int                      `json:"omitted"`
		FirstStable   struct{ Lo, Hi float64 } `json:"first_stable"`
		RankingStable struct{ Lo, Hi float64 } `json:"ranking_stable"`
	} `json:"sensitivity"`
	SMAA []struct {
		Alternative    string    `json:"alternative"`
		Acceptability  []float64 `json:"acceptability"`
		CentralWeights []float64 `json:"central_weights"`
		Confidence     float64   `json:"confidence"`
	} `json:"smaa"`
	Kernel     []string `json:"kernel"`
	Outranking []struct {
		A string `json:"a"`
		B string `json:"b"`
	} `json:"outranking"`
	Acyclic *bool `json:"acyclic"`
}

// rankFull runs the program with -json and decodes its output strictly.
func rankFull(t *testing.T, args ...string) (fullOutput, string) {
	t.Helper()
	code, stdout, stderr := rank("", append([]string{"-json"}, args...)...)
	if code != 0 || stderr != "" {
		t.Fatalf("rank -json %q: status %d, stderr %q", args, code, stderr)
	}
	dec := json.NewDecoder(strings.NewReader(stdout))
	dec.DisallowUnknownFields()
	var out fullOutput
	if err := dec.Decode(&out); err != nil {
		t.Fatalf("rank -json %q: decoding %q: %v", args, stdout, err)
	}
	if out.Method != "electre" {
		inputOrder(t, out.Count, out.Results)
	}
	for _, r := range out.Rankings {
		inputOrder(t, r.Count, r.Results)
	}
	return out, stdout
}

func readFile(t *testing.T, file string) *mcda.Problem {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := mcda.ReadProblem(f)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func libraryRanking(t *testing.T, m *mcda.DecisionMatrix, meth mcda.Method) *mcda.Ranking {
	t.Helper()
	r, err := mcda.Rank(meth, m)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Every method of the library is reachable by name, and gives the
// library's ranking.
func TestEveryMethod(t *testing.T) {
	const file = "testdata/fighter.json"
	m := readFile(t, file).Matrix
	for _, name := range mcda.MethodNames() {
		meth, _ := mcda.NewMethod(name, mcda.MethodOptions{})
		got := rankJSON(t, "", "-method", name, file)
		if diff := cmp.Diff(want(t, file, meth), got); diff != "" {
			t.Errorf("-method %s mismatch (-want +got):\n%s", name, diff)
		}
		if r := libraryRanking(t, m, meth); got.HigherIsBetter != r.HigherIsBetter {
			t.Errorf("-method %s: higher_is_better %t", name, got.HigherIsBetter)
		}
	}
}

func TestMethodList(t *testing.T) {
	const file = "testdata/fighter.json"
	m := readFile(t, file).Matrix
	names := []string{"topsis", "vikor", "promethee", "multimoora"}
	out, _ := rankFull(t, "-method", " topsis, vikor,promethee ,multimoora", file)
	if out.Method != "topsis" {
		t.Errorf("method = %q, want the first listed, topsis", out.Method)
	}
	if len(out.Rankings) != len(names) {
		t.Fatalf("%d rankings, want %d", len(out.Rankings), len(names))
	}
	var rs []*mcda.Ranking
	for k, name := range names {
		meth, _ := mcda.NewMethod(name, mcda.MethodOptions{})
		r := libraryRanking(t, m, meth)
		rs = append(rs, r)
		got := out.Rankings[k]
		if got.Method != name || got.HigherIsBetter != r.HigherIsBetter {
			t.Errorf("rankings[%d] = %s, %t; want %s, %t", k, got.Method, got.HigherIsBetter, name, r.HigherIsBetter)
		}
		for i, res := range got.Results {
			if res.Rank != r.Ranks[i] || res.Score != r.Scores[i] || res.Alternative != r.Alternatives[i] {
				t.Errorf("%s result %d = %+v, want %s %v %d", name, i, res, r.Alternatives[i], r.Scores[i], r.Ranks[i])
			}
		}
	}
	if diff := cmp.Diff(out.Results, out.Rankings[0].Results); diff != "" {
		t.Errorf("results differ from rankings[0] (-results +rankings[0]):\n%s", diff)
	}
	if len(out.Agreement) != 6 {
		t.Fatalf("%d agreements, want 6 pairs", len(out.Agreement))
	}
	k := 0
	for a := range names {
		for b := a + 1; b < len(names); b++ {
			ag, err := mcda.Compare(rs[a], rs[b])
			if err != nil {
				t.Fatal(err)
			}
			got := out.Agreement[k]
			k++
			if got.A != names[a] || got.B != names[b] || got.Spearman == nil {
				t.Errorf("agreement %d = %+v, want %s/%s", k-1, got, names[a], names[b])
				continue
			}
			if *got.Spearman != ag.Spearman || *got.WeightedSpearman != ag.WeightedSpearman || *got.WS != ag.WS || *got.Kendall != ag.Kendall {
				t.Errorf("agreement %s/%s = %v %v %v %v, want %+v", got.A, got.B, *got.Spearman, *got.WeightedSpearman, *got.WS, *got.Kendall, ag)
			}
		}
	}
	// The table form has every ranking and the agreement table.
	code, stdout, stderr := rank("", "-method", "topsis,vikor", file)
	if code != 0 {
		t.Fatalf("status %d: %s", code, stderr)
	}
	for _, s := range []string{"topsis (higher is better)", "vikor (lower is better)", "rank agreement", "topsis / vikor"} {
		if !strings.Contains(stdout, s) {
			t.Errorf("table output lacks %q:\n%s", s, stdout)
		}
	}
}

// A ranking that ties every alternative has undefined agreement: null.
func TestAgreementUndefined(t *testing.T) {
	doc := `{"criteria": [{"name": "c", "type": "benefit"}, {"name": "d", "type": "benefit"}],
	 "alternatives": [{"name": "A", "values": [1, 2]}, {"name": "B", "values": [2, 1]}, {"name": "C", "values": [3, 0]}]}`
	// PROMETHEE with the usual criterion ties A and B and C? Use WSM with
	// equal weights on a problem where all sums are 3: every alternative
	// ties.
	code, stdout, stderr := rank(doc, "-json", "-method", "wsm,topsis", "-norm", "none")
	if code != 0 {
		t.Fatalf("status %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, `"agreement":[{"a":"wsm","b":"topsis","spearman":null,"weighted_spearman":null,"ws":null,"kendall":null}]`) {
		t.Errorf("want null coefficients, got %s", stdout)
	}
	code, stdout, _ = rank(doc, "-method", "wsm,topsis", "-norm", "none")
	if code != 0 || !strings.Contains(stdout, "undefined") {
		t.Errorf("table output does not explain the undefined agreement:\n%s", stdout)
	}
}

func TestParameterFlags(t *testing.T) {
	const file = "testdata/fighter.json"
	m := readFile(t, file).Matrix
	v, lambda := 0.2, 0.9
	tests := []struct {
		args []string
		meth mcda.Method
	}{
		{[]string{"-method", "vikor", "-vikor-v", "0.2"}, &mcda.VIKOR{V: ptr(v)}},
		{[]string{"-method", "vikor", "-vikor-v", "0"}, &mcda.VIKOR{V: ptr(0)}},
		{[]string{"-method", "waspas", "-waspas-lambda", "0.9"}, &mcda.WASPAS{Lambda: &lambda}},
		{[]string{"-method", "cocoso", "-waspas-lambda", "0.9"}, &mcda.COCOSO{Lambda: &lambda}},
		{[]string{"-method", "codas", "-codas-tau", "0.04"}, &mcda.CODAS{Tau: 0.04}},
		// A parameter for one of a list of methods applies to that one.
		{[]string{"-method", "vikor,topsis", "-vikor-v", "0.2"}, &mcda.VIKOR{V: ptr(v)}},
	}
	for _, tc := range tests {
		out, _ := rankFull(t, append(tc.args, file)...)
		r := libraryRanking(t, m, tc.meth)
		for i, res := range out.Results {
			if res.Score != r.Scores[i] || res.Rank != r.Ranks[i] {
				t.Errorf("rank %q: result %d = %+v, want score %v rank %d", tc.args, i, res, r.Scores[i], r.Ranks[i])
			}
		}
	}
	// VIKOR's Q with v = 0.2 differs from the default's.
	a, _ := rankFull(t, "-method", "vikor", "-vikor-v", "0.2", file)
	b, _ := rankFull(t, "-method", "vikor", file)
	if cmp.Equal(a.Results, b.Results) {
		t.Error("-vikor-v 0.2 gives the results of the default v")
	}
}

// Papathanasiou & Ploskas (2018), Multiple Criteria Decision Aid, ch. 3:
// linear preference functions (q = 1, p = 2) given per criterion in the
// problem file; net flows printed to 2 decimals (5e-3), as in
// mcda.TestPROMETHEEPublished.
func TestPROMETHEEPreferencesFromFile(t *testing.T) {
	out, _ := rankFull(t, "-method", "promethee", "testdata/papathanasiou_ploskas2018.json")
	wantFlows := []float64{-0.26, -0.52, -0.22, 0.36, 0.7, -0.06}
	var got []float64
	for _, r := range out.Results {
		got = append(got, r.Score)
	}
	if diff := cmp.Diff(wantFlows, got, cmpopts.EquateApprox(0, 5e-3)); diff != "" {
		t.Errorf("net flows (-want +got):\n%s", diff)
	}
	// The usual criterion would give other flows: the file's functions
	// were used.
	p := readFile(t, "testdata/papathanasiou_ploskas2018.json")
	usual := libraryRanking(t, p.Matrix, &mcda.PROMETHEE{})
	if cmp.Equal(usual.Scores, got, cmpopts.EquateApprox(0, 5e-3)) {
		t.Error("the flows equal those of the usual criterion")
	}
}

func TestWeightsFlag(t *testing.T) {
	const file = "testdata/fighter.json"
	m := readFile(t, file).Matrix
	for _, name := range mcda.WeightingNames() {
		out, _ := rankFull(t, "-weighting", name, "-method", "topsis,wsm", file)
		wt, _ := mcda.NewWeighting(name)
		ws, err := wt.Weights(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		if len(out.Weights) != len(ws) {
			t.Fatalf("-weighting %s: %d weights, want %d", name, len(out.Weights), len(ws))
		}
		for j, w := range out.Weights {
			if w.Criterion != m.Criterion(j).Name || w.Weight != ws[j] {
				t.Errorf("-weighting %s: weights[%d] = %+v, want %s %v", name, j, w, m.Criterion(j).Name, ws[j])
			}
		}
		mw, _ := m.WithWeights(ws)
		r := libraryRanking(t, mw, &mcda.TOPSIS{})
		for i, res := range out.Results {
			if res.Score != r.Scores[i] {
				t.Errorf("-weighting %s: score %d = %v, want %v", name, i, res.Score, r.Scores[i])
			}
		}
	}
	code, stdout, _ := rank("", "-weighting", "entropy", file)
	if code != 0 || !strings.Contains(stdout, "weights (entropy)") {
		t.Errorf("table output lacks the weights:\n%s", stdout)
	}
}

func TestSensitivityFlag(t *testing.T) {
	const file = "testdata/fighter.json"
	m := readFile(t, file).Matrix
	for _, method := range []string{"wsm", "topsis"} {
		out, _ := rankFull(t, "-method", method, "-sensitivity", file)
		meth, _ := mcda.NewMethod(method, mcda.MethodOptions{})
		want, err := robust.Sensitivity(context.Background(), meth, m, robust.SensitivityOptions{MaxBreakpoints: 1000})
		if err != nil {
			t.Fatal(err)
		}
		if len(out.Sensitivity) != len(want) {
			t.Fatalf("%s: %d criteria, want %d", method, len(out.Sensitivity), len(want))
		}
		for j, s := range out.Sensitivity {
			w := want[j]
			if s.Criterion != w.Criterion || s.Weight != w.Weight || s.Exact != w.Exact || len(s.Breakpoints) != len(w.Breakpoints) {
				t.Errorf("%s: sensitivity[%d] = %+v, want %+v", method, j, s, w)
				continue
			}
			if s.FirstStable.Lo != w.FirstStable.Lo || s.FirstStable.Hi != w.FirstStable.Hi ||
				s.RankingStable.Lo != w.RankingStable.Lo || s.RankingStable.Hi != w.RankingStable.Hi {
				t.Errorf("%s: %s intervals %+v %+v, want %+v %+v", method, s.Criterion, s.FirstStable, s.RankingStable, w.FirstStable, w.RankingStable)
			}
			if !(s.FirstStable.Lo <= s.Weight && s.Weight <= s.FirstStable.Hi) {
				t.Errorf("%s: %s: first-stable interval %+v does not contain the weight %v", method, s.Criterion, s.FirstStable, s.Weight)
			}
			for k, b := range s.Breakpoints {
				wb := w.Breakpoints[k]
				if b.Weight != wb.Weight || b.A != m.Alternative(wb.A) || b.B != m.Alternative(wb.B) ||
					b.Before != wb.Before.String() || b.After != wb.After.String() || b.Rank != wb.Rank {
					t.Errorf("%s: %s breakpoint %d = %+v, want %+v", method, s.Criterion, k, b, wb)
				}
			}
		}
		if method == "wsm" && !out.Sensitivity[0].Exact {
			t.Error("wsm sensitivity is not exact")
		}
	}
	code, stdout, _ := rank("", "-sensitivity", file)
	if code != 0 || !strings.Contains(stdout, "weight sensitivity of topsis") || !strings.Contains(stdout, "A1 first for") {
		t.Errorf("table output lacks the sensitivity table:\n%s", stdout)
	}
}

// TestSensitivityFocus checks -sensitivity first, topK and all, with and
// without "=", against the library, and the capped table.
func TestSensitivityFocus(t *testing.T) {
	const file = "testdata/fighter.json"
	m := readFile(t, file).Matrix
	for _, tc := range []struct {
		args []string
		top  int
	}{
		{[]string{"-sensitivity", "first"}, 1},
		{[]string{"-sensitivity=top2"}, 2},
		{[]string{"-sensitivity", "all"}, 0},
		{[]string{"-sensitivity"}, 0},
	} {
		args := append(append([]string{"-breakpoints", "1"}, tc.args...), file)
		out, _ := rankFull(t, args...)
		want, err := robust.Sensitivity(context.Background(), &mcda.TOPSIS{}, m, robust.SensitivityOptions{Top: tc.top, MaxBreakpoints: 1})
		if err != nil {
			t.Fatal(err)
		}
		for j, s := range out.Sensitivity {
			w := want[j]
			if len(s.Breakpoints) != len(w.Breakpoints) || s.Omitted != w.Omitted || s.Truncated != w.Truncated {
				t.Errorf("%q: %s: %d breakpoints, %d omitted; want %d, %d", tc.args, s.Criterion, len(s.Breakpoints), s.Omitted, len(w.Breakpoints), w.Omitted)
			}
			for _, b := range s.Breakpoints {
				if tc.top > 0 && b.Rank > tc.top {
					t.Errorf("%q: breakpoint %+v beyond the first %d places", tc.args, b, tc.top)
				}
			}
		}
	}
	code, stdout, _ := rank("", "-sensitivity", "all", "-breakpoints", "5", file)
	if code != 0 || !strings.Contains(stdout, "… and 1 more") {
		t.Errorf("table output lacks \"… and 1 more\":\n%s", stdout)
	}
	for _, args := range [][]string{
		{"-sensitivity", "second", file},
		{"-sensitivity=top0", file},
		{"-sensitivity", "-breakpoints", "-1", file},
		{"-breakpoints", "3", file},
	} {
		code, stdout, stderr := rank("", args...)
		if code != 2 || stdout != "" || strings.Count(stderr, "\n") != 1 {
			t.Errorf("rank %q: status %d, stdout %q, stderr %q; want 2 and one line", args, code, stdout, stderr)
		}
	}
}

func TestSMAAFlag(t *testing.T) {
	const file = "testdata/fighter.json"
	out, raw := rankFull(t, "-smaa", "2000", "-seed", "7", file)
	if len(out.SMAA) != 4 {
		t.Fatalf("%d SMAA rows, want 4", len(out.SMAA))
	}
	cols := make([]float64, 4)
	for _, row := range out.SMAA {
		sum := 0.0
		for k, b := range row.Acceptability {
			sum += b
			cols[k] += b
		}
		if math.Abs(sum-1) > 1e-12 {
			t.Errorf("%s: acceptabilities sum to %v", row.Alternative, sum)
		}
		if len(row.CentralWeights) != 6 {
			t.Errorf("%s: %d central weights, want 6", row.Alternative, len(row.CentralWeights))
		}
		if row.Confidence < 0 || row.Confidence > 1 {
			t.Errorf("%s: confidence %v", row.Alternative, row.Confidence)
		}
	}
	for k, c := range cols {
		if math.Abs(c-1) > 1e-12 {
			t.Errorf("rank %d: acceptabilities sum to %v", k+1, c)
		}
	}
	// Same seed, same output; another seed, another sample.
	if _, again := rankFull(t, "-smaa", "2000", "-seed", "7", file); again != raw {
		t.Error("same seed, different output")
	}
	if _, other := rankFull(t, "-smaa", "2000", "-seed", "8", file); other == raw {
		t.Error("seeds 7 and 8 give the same output")
	}
	// The library's result for the same settings.
	m := readFile(t, file).Matrix
	s := robust.SMAA{Samples: 2000, Seed: 7}
	res, err := s.Run(t.Context(), func() mcda.Method { return &mcda.TOPSIS{} }, m)
	if err != nil {
		t.Fatal(err)
	}
	for i, row := range out.SMAA {
		if !cmp.Equal(row.Acceptability, res.Acceptability[i]) {
			t.Errorf("%s: acceptability %v, want %v", row.Alternative, row.Acceptability, res.Acceptability[i])
		}
	}
	code, stdout, _ := rank("", "-smaa", "500", file)
	if code != 0 || !strings.Contains(stdout, "SMAA-2 rank acceptability of topsis (500 samples") {
		t.Errorf("table output lacks the SMAA table:\n%s", stdout)
	}
}

func TestELECTRE(t *testing.T) {
	const file = "testdata/fighter.json"
	m := readFile(t, file).Matrix
	res, err := (&mcda.ELECTREI{}).Evaluate(m)
	if err != nil {
		t.Fatal(err)
	}
	out, _ := rankFull(t, "-method", "electre", file)
	var kernel []string
	for _, i := range res.Kernel {
		kernel = append(kernel, m.Alternative(i))
	}
	if out.Method != "electre" || !cmp.Equal(out.Kernel, kernel) || out.Acyclic == nil || *out.Acyclic != res.Acyclic {
		t.Errorf("electre output %+v, want kernel %v", out, kernel)
	}
	n := 0
	for a := range res.Outranks {
		for b := range res.Outranks[a] {
			if res.Outranks[a][b] {
				n++
			}
		}
	}
	if len(out.Outranking) != n {
		t.Errorf("%d outranking pairs, want %d", len(out.Outranking), n)
	}
	code, stdout, _ := rank("", "-method", "electre", file)
	if code != 0 || !strings.Contains(stdout, "kernel: ") {
		t.Errorf("table output lacks the kernel:\n%s", stdout)
	}
}

func TestBadFlags(t *testing.T) {
	const file = "testdata/fighter.json"
	tests := []struct {
		args    []string
		mention []string
	}{
		{[]string{"-method", "topsis", "-vikor-v", "0.3"}, []string{"-vikor-v", "vikor"}},
		{[]string{"-method", "vikor", "-norm", "max"}, []string{"-norm", "topsis"}},
		{[]string{"-method", "topsis", "-waspas-lambda", "0.3"}, []string{"-waspas-lambda", "waspas"}},
		{[]string{"-method", "topsis", "-codas-tau", "0.03"}, []string{"-codas-tau", "codas"}},
		{[]string{"-method", "codas", "-codas-tau", "0"}, []string{"-codas-tau 0"}},
		{[]string{"-method", "codas", "-codas-tau", "0.5"}, []string{"codas", "tau"}},
		{[]string{"-method", "vikor", "-vikor-v", "1.5"}, []string{"vikor"}},
		{[]string{"-method", "waspas", "-waspas-lambda", "-1"}, []string{"waspas"}},
		{[]string{"-method", "topsis,topsis"}, []string{`"topsis" listed twice`}},
		{[]string{"-method", "topsis,"}, []string{`-method ""`}},
		{[]string{"-method", "topsis,electre"}, []string{"electre", "alone"}},
		{[]string{"-method", "electre", "-smaa", "10"}, []string{"electre", "-smaa"}},
		{[]string{"-weighting", "ahp"}, []string{"-weighting", `"ahp"`, "entropy"}},
		{[]string{"-smaa", "-5"}, []string{"-smaa -5"}},
		// Issue 13: these panicked in makechan and makeslice, or died
		// allocating 31 GB.
		{[]string{"-smaa", "9223372036854775807"}, []string{"-smaa 9223372036854775807", "1000000000"}},
		{[]string{"-smaa", "4611686018427387904"}, []string{"-smaa 4611686018427387904"}},
		{[]string{"-smaa", "1000000000000"}, []string{"-smaa 1000000000000"}},
		{[]string{"-max-pairs", "0", "-method", "electre"}, []string{"-max-pairs 0"}},
		{[]string{"-max-pairs", "100", "-method", "topsis"}, []string{"-max-pairs", "promethee"}},
		{[]string{"-max-pairs", "15", "-method", "electre"}, []string{"electre i", "4 alternatives", "topsis", "-max-pairs"}},
		{[]string{"-max-pairs", "15", "-method", "multimoora"}, []string{"multimoora", "4 alternatives", "-max-pairs"}},
		{[]string{"-max-pairs", "15", "-smaa", "100"}, []string{"-smaa", "smaa", "4 alternatives", "-max-pairs"}},
		{[]string{"-seed", "3"}, []string{"-seed", "-smaa"}},
		{[]string{"-top", "3"}, []string{"-top", "-stream"}},
		{[]string{"-stream", "-method", "topsis,wsm"}, []string{"-stream"}},
	}
	for _, tc := range tests {
		code, stdout, stderr := rank("", append(tc.args, file)...)
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

func TestShiftFlag(t *testing.T) {
	doc := `{"criteria": [{"name": "profit", "type": "benefit"}, {"name": "risk", "type": "cost"}],
	 "alternatives": [{"name": "A", "values": [-3, 2]}, {"name": "B", "values": [2, 4]}, {"name": "C", "values": [1, 3]}]}`
	code, _, stderr := rank(doc, "-method", "wpm")
	if code != 2 || !strings.Contains(stderr, `"profit"`) {
		t.Fatalf("wpm on a negative value: status %d, stderr %q; want an error naming profit", code, stderr)
	}
	code, stdout, stderr := rank(doc, "-json", "-method", "wpm", "-shift", "1")
	if code != 0 || stderr != "rank: -shift 1: added 4 to every value of criterion \"profit\"\n" {
		t.Fatalf("-shift 1: status %d, stderr %q", code, stderr)
	}
	m := mustProblem(t, doc)
	s, _, err := mcda.ShiftColumns(m, 1)
	if err != nil {
		t.Fatal(err)
	}
	r := libraryRanking(t, s, &mcda.WPM{})
	var out rankOutput
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatal(err)
	}
	inputOrder(t, out.Count, out.Results)
	for i, res := range out.Results {
		if res.Score != r.Scores[i] || res.Rank != r.Ranks[i] {
			t.Errorf("result %d = %+v, want %v %d", i, res, r.Scores[i], r.Ranks[i])
		}
	}
}

// Issue 13: rows A [−1e16, 3], B [5, 4], C [7, 5] with -shift 1 made A's
// value 0, so WPM failed right after the shift was reported. The smallest
// value now becomes 2, and rank says it is not 1.
func TestShiftFlagLargeMinimum(t *testing.T) {
	doc := `{"criteria": [{"name": "x", "type": "benefit"}, {"name": "y", "type": "benefit"}],
	 "alternatives": [{"name": "A", "values": [-1e16, 3]}, {"name": "B", "values": [5, 4]}, {"name": "C", "values": [7, 5]}]}`
	for _, method := range []string{"wpm", "wsm"} {
		code, stdout, stderr := rank(doc, "-json", "-method", method, "-norm", "none", "-shift", "1")
		if code != 0 {
			t.Fatalf("%s -shift 1: status %d, stderr %q", method, code, stderr)
		}
		if !strings.Contains(stderr, `criterion "x": its smallest value became 2, not 1`) {
			t.Errorf("%s -shift 1: stderr %q does not report the inexact floor", method, stderr)
		}
		var out rankOutput
		if err := json.Unmarshal([]byte(stdout), &out); err != nil {
			t.Fatal(err)
		}
		for _, r := range out.Results {
			if !(r.Score > 0) {
				t.Errorf("%s: score of %s = %v, want > 0", method, r.Alternative, r.Score)
			}
		}
	}
}

func mustProblem(t *testing.T, doc string) *mcda.DecisionMatrix {
	t.Helper()
	m, err := mcda.ReadJSON(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	return m
}
func ptr(v float64) *float64 { return &v }

// TestFWeight checks that weights inside (0, 1) never print as 0 or 1.
func TestFWeight(t *testing.T) {
	for _, tc := range []struct {
		x    float64
		min  int
		want string
	}{
		{0.5, 3, "0.500"}, {1, 3, "1.000"}, {0, 3, "0.000"}, {0.999997, 3, "0.999997"},
		{0.0000004, 3, "0.0000004"}, {0.9999996, 6, "0.9999996"}, {0.25, 6, "0.250000"},
	} {
		if got := fWeight(tc.x, tc.min); got != tc.want {
			t.Errorf("fWeight(%v, %d) = %q, want %q", tc.x, tc.min, got, tc.want)
		}
	}
}
