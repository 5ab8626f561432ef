package main

import (
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

// TestReversal runs -reversal on the problem of robust's
// TestRankReversalTOPSISDominated (A1 = (1, 3), A2 = (1, 6), A3 = (2, 1)),
// where adding the dominated alternative (0.9, 0.5) puts A1 ahead of A3:
// the -json document holds the library's report as it is, and the table
// counts the same reversals.
func TestReversal(t *testing.T) {
	f, err := os.Open("testdata/reversal.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := mcda.ReadCSV(f)
	if err != nil {
		t.Fatal(err)
	}
	want, err := robust.RankReversal(t.Context(), &mcda.TOPSIS{}, m, robust.ReversalOptions{})
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := rank("", "-json", "-reversal", "all", "testdata/reversal.csv")
	if code != 0 || stderr != "" {
		t.Fatalf("status %d, stderr %q", code, stderr)
	}
	var got struct {
		Reversal struct {
			Method    string    `json:"method"`
			Dominated []float64 `json:"dominated"`
			Cases     []struct {
				Scenario    string              `json:"scenario"`
				Alternative int                 `json:"alternative"`
				Changes     []robust.PairChange `json:"changes"`
				First       bool                `json:"first_changed"`
			} `json:"cases"`
		} `json:"reversal"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	r := got.Reversal
	if r.Method != "topsis" || !cmp.Equal(r.Dominated, want.Dominated) || len(r.Cases) != len(want.Cases) {
		t.Fatalf("reversal = %+v, want %d cases of %+v", r, len(want.Cases), want)
	}
	reversed := 0
	for k, c := range r.Cases {
		w := want.Cases[k]
		if c.Scenario != w.Scenario.String() || c.Alternative != w.Alternative || !cmp.Equal(c.Changes, w.Changes) || c.First != w.FirstChanged {
			t.Errorf("case %d = %+v, want %+v", k, c, w)
		}
		for _, ch := range c.Changes {
			if ch.Reversed() {
				reversed++
			}
		}
	}
	if reversed != want.Reversals() || reversed == 0 {
		t.Errorf("%d strict reversals in the JSON, want %d (> 0)", reversed, want.Reversals())
	}
	dom := want.Cases[len(r.Cases)/2] // the add dominated case, between the copies and the removals
	if dom.Scenario != robust.ScenarioAddDominated || dom.Reversals() != 1 {
		t.Fatalf("case %d: %v with %d reversals, want add dominated with 1", len(r.Cases)/2, dom.Scenario, dom.Reversals())
	}

	code, stdout, stderr = rank("", "-reversal", "add-dominated", "testdata/reversal.csv")
	if code != 0 || stderr != "" {
		t.Fatalf("status %d, stderr %q", code, stderr)
	}
	for _, s := range []string{"rank reversal of topsis", "1 cases, 1 strict reversals of pairs, first place lost in 0", "add dominated"} {
		if !strings.Contains(stdout, s) {
			t.Errorf("table lacks %q:\n%s", s, stdout)
		}
	}
}

func TestReversalBadFlags(t *testing.T) {
	for _, c := range []struct {
		args    []string
		mention string
	}{
		{[]string{"-reversal", "swap"}, `"swap"`},
		{[]string{"-reversal", "remove,remove"}, "listed twice"},
		{[]string{"-reversal", ""}, "-reversal"},
		{[]string{"-reversal", "all", "-max-pairs", "20"}, "above the limit of 20 pairs"},
		{[]string{"-method", "electre", "-reversal", "all"}, "-reversal needs a ranking method"},
		{[]string{"-stream", "-reversal", "all"}, "-reversal"},
	} {
		code, stdout, stderr := rank("", append(c.args, "testdata/reversal.csv")...)
		if code != 2 || stdout != "" || !strings.Contains(stderr, c.mention) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("rank %q: status %d, stdout %q, stderr %q; want status 2 and one line with %q", c.args, code, stdout, stderr, c.mention)
		}
	}
}

// TestSMAASpec runs -smaa with -smaa-spec: the acceptabilities in the
// JSON are those of robust.SMAA run on the spec as ReadSMAASpec reads it,
// with the same seed, and the table's title says what was sampled.
func TestSMAASpec(t *testing.T) {
	const spec = "testdata/fighter-smaa.json"
	p := readFile(t, "testdata/fighter.json")
	sf, err := os.Open(spec)
	if err != nil {
		t.Fatal(err)
	}
	defer sf.Close()
	ws, cells, err := robust.ReadSMAASpec(sf, p.Matrix)
	if err != nil {
		t.Fatal(err)
	}
	s := robust.SMAA{Samples: 500, Seed: 7, Weights: ws, Uncertainty: cells}
	want, err := s.Run(t.Context(), func() mcda.Method { return &mcda.TOPSIS{} }, p.Matrix)
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := rank("", "-json", "-smaa", "500", "-seed", "7", "-smaa-spec", spec, "testdata/fighter.json")
	if code != 0 || stderr != "" {
		t.Fatalf("status %d, stderr %q", code, stderr)
	}
	var got struct {
		SMAA []struct {
			Alternative   string    `json:"alternative"`
			Acceptability []float64 `json:"acceptability"`
			Confidence    float64   `json:"confidence"`
		} `json:"smaa"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.SMAA) != len(want.Alternatives) {
		t.Fatalf("%d SMAA rows, want %d", len(got.SMAA), len(want.Alternatives))
	}
	for i, row := range got.SMAA {
		if row.Alternative != want.Alternatives[i] || !cmp.Equal(row.Acceptability, want.Acceptability[i]) || row.Confidence != want.Confidence[i] {
			t.Errorf("row %d = %+v, want %v %v %v", i, row, want.Alternatives[i], want.Acceptability[i], want.Confidence[i])
		}
	}
	// Without the spec the acceptabilities differ: the spec is used.
	plain, err := (&robust.SMAA{Samples: 500, Seed: 7}).Run(t.Context(), func() mcda.Method { return &mcda.TOPSIS{} }, p.Matrix)
	if err != nil {
		t.Fatal(err)
	}
	if cmp.Equal(plain.Acceptability, want.Acceptability) {
		t.Error("the spec does not change the acceptabilities")
	}
	_, stdout, _ = rank("", "-smaa", "500", "-smaa-spec", spec, "testdata/fighter.json")
	if title := "500 samples, weights uniform on the simplex under 1 weight bound and 1 order chain, 3 uncertain values"; !strings.Contains(stdout, title) {
		t.Errorf("table title lacks %q:\n%s", title, stdout)
	}
	for _, c := range []struct {
		args    []string
		mention string
	}{
		{[]string{"-smaa-spec", spec}, "-smaa-spec applies to -smaa"},
		{[]string{"-smaa", "10", "-smaa-spec", "testdata/missing.json"}, "missing.json"},
		{[]string{"-smaa", "10", "-smaa-spec", "testdata/fighter.json"}, "-smaa-spec testdata/fighter.json"},
	} {
		code, stdout, stderr := rank("", append(c.args, "testdata/fighter.json")...)
		if code != 2 || stdout != "" || !strings.Contains(stderr, c.mention) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("rank %q: status %d, stderr %q; want status 2 and one line with %q", c.args, code, stderr, c.mention)
		}
	}
}

// TestMinimumChange checks that -minimum-change prints the library's
// challengers under "minimum_change", and that it needs wsm first.
func TestMinimumChange(t *testing.T) {
	p := readFile(t, "testdata/fighter.json")
	want, err := robust.MinimumChange(t.Context(), &mcda.WSM{Normalization: mcda.NormalizationSum}, p.Matrix)
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := rank("", "-json", "-method", "wsm", "-norm", "sum", "-minimum-change", "testdata/fighter.json")
	if code != 0 || stderr != "" {
		t.Fatalf("status %d, stderr %q", code, stderr)
	}
	var got struct {
		MinimumChange []robust.Challenger `json:"minimum_change"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	if len(want) != 3 || !cmp.Equal(got.MinimumChange, want) {
		t.Errorf("minimum_change = %+v, want %+v", got.MinimumChange, want)
	}
	code, _, stderr = rank("", "-method", "topsis,wsm", "-minimum-change", "testdata/fighter.json")
	if code != 2 || !strings.Contains(stderr, "-minimum-change is computed for wsm") {
		t.Errorf("topsis first: status %d, %q", code, stderr)
	}
}

// TestNormalized checks that -normalized prints mcda.Normalize's values
// under "normalized", one row per alternative, and its errors.
func TestNormalized(t *testing.T) {
	p := readFile(t, "testdata/fighter.json")
	for _, k := range []mcda.Normalization{mcda.NormalizationVector, mcda.NormalizationMax, mcda.NormalizationMinMax, mcda.NormalizationSum, mcda.NormalizationNone} {
		want, err := mcda.Normalize(nil, p.Matrix, k)
		if err != nil {
			t.Fatal(err)
		}
		code, stdout, stderr := rank("", "-json", "-normalized", k.String(), "testdata/fighter.json")
		if code != 0 || stderr != "" {
			t.Fatalf("%v: status %d, stderr %q", k, code, stderr)
		}
		var got struct {
			Normalized struct {
				Normalization string      `json:"normalization"`
				Criteria      []string    `json:"criteria"`
				Alternatives  []string    `json:"alternatives"`
				Values        [][]float64 `json:"values"`
			} `json:"normalized"`
		}
		if err := json.Unmarshal([]byte(stdout), &got); err != nil {
			t.Fatal(err)
		}
		n := got.Normalized
		if n.Normalization != k.String() || len(n.Criteria) != 6 || !cmp.Equal(n.Alternatives, p.Matrix.Alternatives()) || len(n.Values) != 4 {
			t.Fatalf("%v: %+v", k, n)
		}
		for i, row := range n.Values {
			for j, v := range row {
				if v != want.At(i, j) {
					t.Errorf("%v: value %d,%d = %v, want %v", k, i, j, v, want.At(i, j))
				}
			}
		}
	}
	for _, args := range [][]string{{"-normalized", "l2"}, {"-normalized", "default"}, {"-method", "electre", "-normalized", "max"}} {
		code, _, stderr := rank("", append(args, "testdata/fighter.json")...)
		if code != 2 || !strings.Contains(stderr, "-normalized") || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%q: status %d, stderr %q", args, code, stderr)
		}
	}
}

// TestFlows checks -flows against PROMETHEE.Flows on Brans & Mareschal's
// six power plants (the refcase's flows, φ⁺(a5) = 0.45472197): the flows
// are the library's, each unordered pair appears once in exactly one of
// the PROMETHEE I lists, with the orientation Compare gives.
func TestFlows(t *testing.T) {
	p := readFile(t, "testdata/brans_mareschal2005.json")
	want, err := (&mcda.PROMETHEE{Preferences: p.Preferences}).Flows(t.Context(), p.Matrix)
	if err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := rank("", "-json", "-method", "promethee", "-flows", "testdata/brans_mareschal2005.json")
	if code != 0 || stderr != "" {
		t.Fatalf("status %d, stderr %q", code, stderr)
	}
	var got struct {
		Flows struct {
			Alternatives []string    `json:"alternatives"`
			Positive     []float64   `json:"positive"`
			Negative     []float64   `json:"negative"`
			Net          []float64   `json:"net"`
			Preferred    [][2]string `json:"preferred"`
			Indifferent  [][2]string `json:"indifferent"`
			Incomparable [][2]string `json:"incomparable"`
		} `json:"flows"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	fl := got.Flows
	if !cmp.Equal(fl.Positive, want.PositiveFlow) || !cmp.Equal(fl.Negative, want.NegativeFlow) || !cmp.Equal(fl.Net, want.NetFlow) ||
		math.Abs(fl.Positive[4]-0.45472197) > 5e-9 {
		t.Errorf("flows %+v, want %v %v %v", fl, want.PositiveFlow, want.NegativeFlow, want.NetFlow)
	}
	index := map[string]int{}
	for i, a := range fl.Alternatives {
		index[a] = i
	}
	seen := map[[2]int]bool{}
	check := func(ps [][2]string, rel mcda.PROMETHEERelation, ordered bool) {
		for _, pr := range ps {
			a, b := index[pr[0]], index[pr[1]]
			if got := want.Compare(a, b); got != rel {
				t.Errorf("%s %v %s: Compare gives %v", pr[0], rel, pr[1], got)
			}
			key := [2]int{min(a, b), max(a, b)}
			if seen[key] || !ordered && a > b {
				t.Errorf("pair %v listed twice or out of order", pr)
			}
			seen[key] = true
		}
	}
	check(fl.Preferred, mcda.PROMETHEEPreferred, true)
	check(fl.Indifferent, mcda.PROMETHEEIndifferent, false)
	check(fl.Incomparable, mcda.PROMETHEEIncomparable, false)
	if len(seen) != 15 || len(fl.Incomparable) == 0 {
		t.Errorf("%d pairs listed, want 15 (with some incomparable)", len(seen))
	}
	// fighter.json has no Gaussian criterion: PROMETHEE itself needs no
	// pairs, and -flows refuses its 16 above 15.
	for _, args := range [][]string{{"-flows"}, {"-method", "promethee", "-flows", "-max-pairs", "15"}} {
		code, _, stderr := rank("", append(args, "testdata/fighter.json")...)
		if code != 2 || !strings.Contains(stderr, "-flows") || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%q: status %d, stderr %q", args, code, stderr)
		}
	}
}
