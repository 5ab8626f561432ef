package ahp_test

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
)

// histoPark returns the pairwise comparison matrices of the HistoPark case
// study in Escobar, Aguarón & Moreno-Jiménez (2015), "Some extensions of the
// precise consistency consensus matrix", Decision Support Systems 74:67-77:
// the spokespersons of three political parties (PSOE, PP, PAR; Table 1) and
// a new party (NP; Table 2) compare five values of a public investment
// project (direct, indirect and potential use, existence, bequest).
func histoPark(t testing.TB) (psoe, pp, par, np *ahp.Matrix) {
	t.Helper()
	items := []string{"DUV", "IUV", "PUV", "EV", "BV"}
	build := func(upper ...float64) *ahp.Matrix {
		var js []ahp.Judgment
		k := 0
		for i := range items {
			for j := i + 1; j < len(items); j++ {
				js = append(js, ahp.Judgment{A: items[i], B: items[j], Value: upper[k]})
				k++
			}
		}
		m, err := ahp.NewIncompleteMatrixFromJudgments(items, js, ahp.Scale{})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	psoe = build(3, 5, 8, 6, 3, 5, 4, 3, 2, third)
	pp = build(3, 7, 9, 5, 3, 7, 1, 5, fifth, fifth)
	par = build(5, 7, 7, 5, 1, 5, 1, 5, third, fifth)
	np = build(0.5, fifth, 1.0/8, seventh, 0.25, 1.0/6, fifth, 0.25, third, 3)
	return psoe, pp, par, np
}

// TestGroupHistoPark checks AIJ, AIP and the group indices against
// Escobar, Aguarón & Moreno-Jiménez (2015), all printed to 3 decimals: the
// AIJ priorities (row geometric mean of the AIJ matrix) in Tables 5, 8, 15
// and 22, GCI(AIJ) and GCOMPI(AIJ) in Tables 6, 9, 16 and 23. The weights
// are the parties' numbers of councillors (Section 4). The priorities of
// the geometric AIP equal those of the AIJ for the row geometric mean, so
// they are checked against the same numbers.
func TestGroupHistoPark(t *testing.T) {
	psoe, pp, par, np := histoPark(t)
	for _, tc := range []struct {
		name       string
		ms         []*ahp.Matrix
		weights    []float64
		priorities []float64
		gci        float64
		gcompi     float64
	}{
		{name: "r=3 equal (Tables 5, 6)", ms: []*ahp.Matrix{psoe, pp, par},
			priorities: []float64{0.540, 0.191, 0.096, 0.036, 0.137}, gci: 0.149, gcompi: 0.468},
		{name: "r=3 weighted (Tables 8, 9)", ms: []*ahp.Matrix{psoe, pp, par}, weights: []float64{5, 4, 2},
			priorities: []float64{0.533, 0.208, 0.096, 0.037, 0.125}, gci: 0.122, gcompi: 0.464},
		{name: "r=4 equal (Tables 15, 16)", ms: []*ahp.Matrix{psoe, pp, par, np},
			priorities: []float64{0.366, 0.188, 0.141, 0.091, 0.214}, gci: 0.073, gcompi: 2.867},
		{name: "r=4 weighted (Tables 22, 23)", ms: []*ahp.Matrix{psoe, pp, par, np}, weights: []float64{3, 4, 2, 2},
			priorities: []float64{0.411, 0.198, 0.125, 0.071, 0.194}, gci: 0.088, gcompi: 2.395},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g, err := ahp.AggregateJudgments(tc.ms, tc.weights)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.priorities, g.Priorities(ahp.PriorityGeometricMean), approx3dp); diff != "" {
				t.Errorf("AIJ priorities (-want +got):\n%s", diff)
			}
			gci, err := g.GCI()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.gci, gci, approx3dp); diff != "" {
				t.Errorf("GCI(AIJ) (-want +got):\n%s", diff)
			}

			ps := make([][]float64, len(tc.ms))
			for k, m := range tc.ms {
				ps[k] = m.Priorities(ahp.PriorityGeometricMean)
			}
			aip, err := ahp.AggregatePriorities(ps, tc.weights, ahp.MeanGeometric)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.priorities, aip, approx3dp); diff != "" {
				t.Errorf("geometric AIP (-want +got):\n%s", diff)
			}

			a, err := ahp.MeasureGroup(tc.ms, tc.weights)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.priorities, a.Priorities, approx3dp); diff != "" {
				t.Errorf("Agreement priorities (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.gci, a.GCI, approx3dp); diff != "" {
				t.Errorf("Agreement GCI (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.gcompi, a.Mean, approx3dp); diff != "" {
				t.Errorf("GCOMPI (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAgreementSummary checks the summary fields of MeasureGroup against its
// own per-member values, on the r = 4 weighted HistoPark case.
func TestAgreementSummary(t *testing.T) {
	psoe, pp, par, np := histoPark(t)
	weights := []float64{3, 4, 2, 2}
	a, err := ahp.MeasureGroup([]*ahp.Matrix{psoe, pp, par, np}, weights)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Members) != 4 {
		t.Fatalf("len(Members) = %d, want 4", len(a.Members))
	}
	mean, hi, worst := 0.0, math.Inf(-1), -1
	for k, v := range a.Members {
		mean += weights[k] / 11 * v
		if v > hi {
			hi, worst = v, k
		}
	}
	if worst != 3 { // the new party disagrees with the others (Table 3)
		t.Errorf("worst member = %d, want 3 (NP)", worst)
	}
	if diff := cmp.Diff([]float64{mean, hi, float64(worst)}, []float64{a.Mean, a.Max, float64(a.Worst)}, approxTight); diff != "" {
		t.Errorf("Mean, Max, Worst (-want +got):\n%s", diff)
	}
}

// TestAggregatePrioritiesByHand checks both means on a case worked by hand:
// members [0.5 0.3 0.2] and [0.2 0.3 0.5] with weights 3 and 1, the second
// vector given unnormalized (times 10).
func TestAggregatePrioritiesByHand(t *testing.T) {
	ps := [][]float64{{0.5, 0.3, 0.2}, {2, 3, 5}}
	w := []float64{3, 1}
	// Arithmetic: 0.75·p1 + 0.25·p2 sums to 1 already: 0.375+0.05 = 0.425,
	// 0.225+0.075 = 0.3, 0.15+0.125 = 0.275.
	arith := []float64{0.425, 0.3, 0.275}
	// Geometric: g_i = p1_i^0.75 · p2_i^0.25, then g / Σg.
	g := []float64{math.Pow(0.5, 0.75) * math.Pow(0.2, 0.25), 0.3, math.Pow(0.2, 0.75) * math.Pow(0.5, 0.25)}
	sum := g[0] + g[1] + g[2]
	geo := []float64{g[0] / sum, g[1] / sum, g[2] / sum}
	for _, tc := range []struct {
		mean ahp.Mean
		want []float64
	}{{ahp.MeanArithmetic, arith}, {ahp.MeanGeometric, geo}} {
		got, err := ahp.AggregatePriorities(ps, w, tc.mean)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tc.want, got, approxTight); diff != "" {
			t.Errorf("AggregatePriorities(%v, %v, %v) (-want +got):\n%s", ps, w, tc.mean, diff)
		}
	}
	if ps[1][0] != 2 || w[0] != 3 {
		t.Error("AggregatePriorities modified its input")
	}
}

// TestAggregatePrioritiesExtremes: a member's priorities at the ends of
// the float64 range are divided by their sum like any others (issue 13,
// item 1: Σp of two entries 1e308 overflowed to +Inf and gave 0 or NaN).
// Member 1 normalizes to (0.5, 0.5) and member 2 to (0.25, 0.75).
func TestAggregatePrioritiesExtremes(t *testing.T) {
	arith := []float64{0.375, 0.625}
	g0, g1 := math.Sqrt(0.5*0.25), math.Sqrt(0.5*0.75)
	geo := []float64{g0 / (g0 + g1), g1 / (g0 + g1)}
	for _, first := range [][]float64{{1e308, 1e308}, {5e-324, 5e-324}, {1 << 53, 1 << 53}} {
		for _, tc := range []struct {
			mean ahp.Mean
			want []float64
		}{{ahp.MeanArithmetic, arith}, {ahp.MeanGeometric, geo}} {
			ps := [][]float64{first, {1, 3}}
			got, err := ahp.AggregatePriorities(ps, nil, tc.mean)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got, approxTight); diff != "" {
				t.Errorf("AggregatePriorities(%v, %v) (-want +got):\n%s", ps, tc.mean, diff)
			}
		}
	}
	// Entries 1e308 apart: the smaller one's share rounds to 0, not NaN.
	got, err := ahp.AggregatePriorities([][]float64{{1e308, 5e-324}}, nil, ahp.MeanArithmetic)
	if err != nil || got[0] != 1 || got[1] != 0 {
		t.Errorf("AggregatePriorities([1e308 5e-324]) = %v, %v; want [1 0]", got, err)
	}
	got, err = ahp.AggregatePriorities([][]float64{{1e308, 5e-324}}, nil, ahp.MeanGeometric)
	if err != nil || got[0] != 1 || got[1] != 0 {
		t.Errorf("AggregatePriorities([1e308 5e-324], geometric) = %v, %v; want [1 0]", got, err)
	}
}

func TestAggregateJudgmentsScale(t *testing.T) {
	wide := ahp.Scale{Min: 1.0 / 20, Max: 20}
	a, err := ahp.NewIncompleteMatrixFromJudgments([]string{"x", "y"}, []ahp.Judgment{{A: "x", B: "y", Value: 16}}, wide)
	if err != nil {
		t.Fatal(err)
	}
	b, err := ahp.NewIncompleteMatrixFromJudgments([]string{"x", "y"}, []ahp.Judgment{{A: "x", B: "y", Value: 4}}, ahp.Scale{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		ms    []*ahp.Matrix
		want  float64
		scale ahp.Scale
	}{
		{name: "same scale kept", ms: []*ahp.Matrix{b, b}, want: 4, scale: ahp.Scale{}},
		{name: "union of scales", ms: []*ahp.Matrix{a, b}, want: 8, scale: ahp.Scale{Min: 1.0 / 20, Max: 20}},
	} {
		g, err := ahp.AggregateJudgments(tc.ms, nil)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if g.Scale() != tc.scale {
			t.Errorf("%s: scale = %v, want %v", tc.name, g.Scale(), tc.scale)
		}
		if diff := cmp.Diff(tc.want, g.At(0, 1), approxTight); diff != "" {
			t.Errorf("%s: a_xy (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestAggregateJudgmentsZeroWeight(t *testing.T) {
	psoe, pp, _, _ := histoPark(t)
	g, err := ahp.AggregateJudgments([]*ahp.Matrix{psoe, pp}, []float64{2, 0})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(psoe.Dense().RawMatrix().Data, g.Dense().RawMatrix().Data, approxTight); diff != "" {
		t.Errorf("a member with weight 0 changed the aggregate (-want +got):\n%s", diff)
	}
}

func TestGroupErrors(t *testing.T) {
	psoe, pp, _, _ := histoPark(t)
	other := renamed(t, psoe, 2, "X")
	short := renamed(t, psoe, -1, "")
	nan := math.NaN()
	for _, tc := range []struct {
		name    string
		ms      []*ahp.Matrix
		ps      [][]float64 // if non-nil, AggregatePriorities is called instead
		weights []float64
		is      []error
		want    *ahp.MemberError // location fields, if a MemberError
	}{
		{name: "no members", ms: nil, is: []error{mcda.ErrEmpty},
			want: &ahp.MemberError{Member: -1, Item: -1}},
		{name: "nil matrix", ms: []*ahp.Matrix{psoe, nil}, is: []error{ahp.ErrNilMatrix},
			want: &ahp.MemberError{Member: 1, Item: -1}},
		{name: "item renamed", ms: []*ahp.Matrix{psoe, pp, other}, is: []error{ahp.ErrItemsDiffer},
			want: &ahp.MemberError{Member: 2, Item: 2, Name: "X"}},
		{name: "fewer items", ms: []*ahp.Matrix{psoe, short}, is: []error{ahp.ErrItemsDiffer},
			want: &ahp.MemberError{Member: 1, Item: 4}},
		{name: "more items", ms: []*ahp.Matrix{short, psoe}, is: []error{ahp.ErrItemsDiffer},
			want: &ahp.MemberError{Member: 1, Item: 4, Name: "BV"}},
		{name: "weights length", ms: []*ahp.Matrix{psoe, pp}, weights: []float64{1}, is: []error{mcda.ErrShape}},
		{name: "negative weight", ms: []*ahp.Matrix{psoe, pp}, weights: []float64{1, -2},
			is:   []error{mcda.ErrWeight, mcda.ErrNegative},
			want: &ahp.MemberError{Member: 1, Item: -1, Value: -2}},
		{name: "NaN weight", ms: []*ahp.Matrix{psoe, pp}, weights: []float64{nan, 1},
			is:   []error{mcda.ErrWeight, mcda.ErrNotFinite},
			want: &ahp.MemberError{Member: 0, Item: -1, Value: nan}},
		{name: "Inf weight", ms: []*ahp.Matrix{psoe, pp}, weights: []float64{1, math.Inf(1)},
			is:   []error{mcda.ErrWeight, mcda.ErrNotFinite},
			want: &ahp.MemberError{Member: 1, Item: -1, Value: math.Inf(1)}},
		{name: "zero weights", ms: []*ahp.Matrix{psoe, pp}, weights: []float64{0, 0}, is: []error{mcda.ErrWeight},
			want: &ahp.MemberError{Member: -1, Item: -1}},

		{name: "AIP no members", ps: [][]float64{}, is: []error{mcda.ErrEmpty},
			want: &ahp.MemberError{Member: -1, Item: -1}},
		{name: "AIP empty vector", ps: [][]float64{{0.5, 0.5}, {}}, is: []error{mcda.ErrEmpty},
			want: &ahp.MemberError{Member: 1, Item: -1}},
		{name: "AIP length", ps: [][]float64{{0.5, 0.5}, {0.2, 0.3, 0.5}}, is: []error{mcda.ErrShape},
			want: &ahp.MemberError{Member: 1, Item: -1}},
		{name: "AIP NaN", ps: [][]float64{{0.5, 0.5}, {nan, 1}}, is: []error{mcda.ErrNotFinite},
			want: &ahp.MemberError{Member: 1, Item: 0, Value: nan}},
		{name: "AIP zero", ps: [][]float64{{0.5, 0.5}, {1, 0}}, is: []error{mcda.ErrNotPositive},
			want: &ahp.MemberError{Member: 1, Item: 1, Value: 0}},
		{name: "AIP negative", ps: [][]float64{{-0.5, 1.5}}, is: []error{mcda.ErrNotPositive},
			want: &ahp.MemberError{Member: 0, Item: 0, Value: -0.5}},
		{name: "AIP weights length", ps: [][]float64{{0.5, 0.5}}, weights: []float64{1, 1}, is: []error{mcda.ErrShape}},
		{name: "AIP zero weights", ps: [][]float64{{0.5, 0.5}}, weights: []float64{0}, is: []error{mcda.ErrWeight},
			want: &ahp.MemberError{Member: -1, Item: -1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var errs []error
			if tc.ps != nil {
				for _, mean := range []ahp.Mean{ahp.MeanGeometric, ahp.MeanArithmetic} {
					_, err := ahp.AggregatePriorities(tc.ps, tc.weights, mean)
					errs = append(errs, err)
				}
			} else {
				_, err1 := ahp.AggregateJudgments(tc.ms, tc.weights)
				_, err2 := ahp.MeasureGroup(tc.ms, tc.weights)
				errs = append(errs, err1, err2)
			}
			for _, err := range errs {
				for _, target := range tc.is {
					if !errors.Is(err, target) {
						t.Errorf("error %v; want errors.Is %v", err, target)
					}
				}
				if tc.want == nil {
					continue
				}
				var me *ahp.MemberError
				if !errors.As(err, &me) {
					t.Fatalf("error %v (%T); want a *MemberError", err, err)
				}
				got := ahp.MemberError{Member: me.Member, Item: me.Item, Name: me.Name, Value: me.Value}
				if diff := cmp.Diff(*tc.want, got, cmpopts.IgnoreFields(ahp.MemberError{}, "Err"), cmpopts.EquateNaNs()); diff != "" {
					t.Errorf("MemberError location (-want +got):\n%s", diff)
				}
			}
		})
	}
}

// renamed returns m with item i renamed to name, or, for i = -1, without
// its last item.
func renamed(t *testing.T, m *ahp.Matrix, i int, name string) *ahp.Matrix {
	t.Helper()
	items := m.Items()
	js := m.Judgments()
	if i < 0 {
		last := items[len(items)-1]
		items = items[:len(items)-1]
		var kept []ahp.Judgment
		for _, j := range js {
			if j.A != last && j.B != last {
				kept = append(kept, j)
			}
		}
		js = kept
	} else {
		old := items[i]
		items[i] = name
		for k := range js {
			if js[k].A == old {
				js[k].A = name
			}
			if js[k].B == old {
				js[k].B = name
			}
		}
	}
	r, err := ahp.NewIncompleteMatrixFromJudgments(items, js, m.Scale())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestMean(t *testing.T) {
	for _, m := range []ahp.Mean{ahp.MeanGeometric, ahp.MeanArithmetic} {
		got, err := ahp.ParseMean(m.String())
		if err != nil || got != m {
			t.Errorf("ParseMean(%q) = %v, %v; want %v", m.String(), got, err, m)
		}
	}
	if _, err := ahp.ParseMean("harmonic"); !errors.Is(err, ahp.ErrUnknownMean) {
		t.Errorf("ParseMean(harmonic): %v; want ErrUnknownMean", err)
	}
	if s := ahp.Mean(5).String(); s != "Mean(5)" {
		t.Errorf("Mean(5).String() = %q", s)
	}
	if !panics(func() { _, _ = ahp.AggregatePriorities([][]float64{{1}}, nil, ahp.Mean(5)) }) {
		t.Error("AggregatePriorities with an undefined Mean: no panic")
	}
}

// genMembers draws 1..6 members' Saaty-scale matrices of a common order
// 1..9, and nil or positive weights.
func genMembers(t *rapid.T) ([]*ahp.Matrix, []float64) {
	n := rapid.IntRange(1, 9).Draw(t, "n")
	r := rapid.IntRange(1, 6).Draw(t, "members")
	items := names(n)
	ms := make([]*ahp.Matrix, r)
	for k := range ms {
		var js []ahp.Judgment
		for i := range n {
			for j := i + 1; j < n; j++ {
				v := rapid.SampledFrom(saatyValues).Draw(t, fmt.Sprintf("a%d[%d][%d]", k, i, j))
				js = append(js, ahp.Judgment{A: items[i], B: items[j], Value: v})
			}
		}
		m, err := ahp.NewIncompleteMatrixFromJudgments(items, js, ahp.Scale{})
		if err != nil {
			t.Fatalf("FromJudgments: %v", err)
		}
		ms[k] = m
	}
	var w []float64
	if rapid.Bool().Draw(t, "weighted") {
		w = rapid.SliceOfN(rapid.Float64Range(0.01, 1), r, r).Draw(t, "weights")
	}
	return ms, w
}

func TestGroupProperties(t *testing.T) {
	t.Run("AIJIdenticalMembers", rapid.MakeCheck(propAIJIdentical))
	t.Run("AIJReciprocal", rapid.MakeCheck(propAIJReciprocal))
	t.Run("AIPIdenticalVectors", rapid.MakeCheck(propAIPIdentical))
	t.Run("AIJEqualsGeometricAIP", rapid.MakeCheck(propAIJEqualsAIP))
	t.Run("GroupGCIAtMostMeanGCI", rapid.MakeCheck(propGroupGCIBound))
	t.Run("CompatibilityAtLeastOwnGCI", rapid.MakeCheck(propCompatibilityBound))
}

// Property: the AIJ of r copies of one matrix, with any weights, is that
// matrix within 1e-12 relative.
func propAIJIdentical(t *rapid.T) {
	ms, w := genMembers(t)
	same := make([]*ahp.Matrix, len(ms))
	for k := range same {
		same[k] = ms[0]
	}
	g, err := ahp.AggregateJudgments(same, w)
	if err != nil {
		t.Fatal(err)
	}
	n := ms[0].Len()
	for i := range n {
		for j := range n {
			if want, got := ms[0].At(i, j), g.At(i, j); math.Abs(got-want) > 1e-12*want {
				t.Fatalf("a[%d][%d] = %v, want %v", i, j, got, want)
			}
		}
	}
}

// Property: the AIJ of reciprocal matrices is reciprocal: |a_ij·a_ji - 1|
// <= 1e-12 for every entry.
func propAIJReciprocal(t *rapid.T) {
	ms, w := genMembers(t)
	g, err := ahp.AggregateJudgments(ms, w)
	if err != nil {
		t.Fatal(err)
	}
	n := g.Len()
	for i := range n {
		for j := range n {
			if p := g.At(i, j) * g.At(j, i); math.Abs(p-1) > 1e-12 {
				t.Fatalf("a[%d][%d]·a[%d][%d] = %v, want 1", i, j, j, i, p)
			}
		}
	}
}

// Property: the AIP (either mean, any weights) of r copies of a priority
// vector summing to 1 is that vector, within 1e-12 relative.
func propAIPIdentical(t *rapid.T) {
	n := rapid.IntRange(1, 12).Draw(t, "n")
	r := rapid.IntRange(1, 6).Draw(t, "members")
	p := rapid.SliceOfN(rapid.Float64Range(0.01, 1), n, n).Draw(t, "p")
	sum := 0.0
	for _, v := range p {
		sum += v
	}
	for i := range p {
		p[i] /= sum
	}
	ps := make([][]float64, r)
	for k := range ps {
		ps[k] = p
	}
	var w []float64
	if rapid.Bool().Draw(t, "weighted") {
		w = rapid.SliceOfN(rapid.Float64Range(0.01, 1), r, r).Draw(t, "weights")
	}
	mean := rapid.SampledFrom([]ahp.Mean{ahp.MeanGeometric, ahp.MeanArithmetic}).Draw(t, "mean")
	got, err := ahp.AggregatePriorities(ps, w, mean)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p, got, cmpopts.EquateApprox(1e-12, 0)); diff != "" {
		t.Fatalf("AIP of identical vectors (-want +got):\n%s", diff)
	}
}

// Property: for complete matrices, the row geometric mean of the AIJ matrix
// equals the geometric AIP of the members' row geometric means (Barzilai &
// Golany 1994; Escobar et al. 2004), within 1e-12 relative.
func propAIJEqualsAIP(t *rapid.T) {
	ms, w := genMembers(t)
	g, err := ahp.AggregateJudgments(ms, w)
	if err != nil {
		t.Fatal(err)
	}
	ps := make([][]float64, len(ms))
	for k, m := range ms {
		ps[k] = m.Priorities(ahp.PriorityGeometricMean)
	}
	aip, err := ahp.AggregatePriorities(ps, w, ahp.MeanGeometric)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(g.Priorities(ahp.PriorityGeometricMean), aip, cmpopts.EquateApprox(1e-12, 0)); diff != "" {
		t.Fatalf("RGM of AIJ vs geometric AIP (-AIJ +AIP):\n%s", diff)
	}
}

// Property: the GCI of the AIJ matrix is at most the weighted mean of the
// members' GCIs (Escobar, Aguarón & Moreno-Jiménez 2004: the error of the
// group is the weighted mean of the members' errors, and ln² is convex),
// up to 1e-12.
func propGroupGCIBound(t *rapid.T) {
	ms, w := genMembers(t)
	a, err := ahp.MeasureGroup(ms, w)
	if err != nil {
		t.Fatal(err)
	}
	bound := 0.0
	total := 0.0
	for k := range ms {
		wk := 1.0
		if w != nil {
			wk = w[k]
		}
		total += wk
	}
	for k, m := range ms {
		wk := 1.0
		if w != nil {
			wk = w[k]
		}
		gci, err := m.GCI()
		if err != nil {
			t.Fatal(err)
		}
		bound += wk / total * gci
	}
	if a.GCI > bound+1e-12 {
		t.Fatalf("GCI(AIJ) = %v > Σ α_k GCI_k = %v", a.GCI, bound)
	}
}

// Property: each member's compatibility with the group priorities is at
// least the member's own GCI (its own row geometric mean is the least
// squares fit of its judgments), up to 1e-12, and Max and Worst match
// Members.
func propCompatibilityBound(t *rapid.T) {
	ms, w := genMembers(t)
	a, err := ahp.MeasureGroup(ms, w)
	if err != nil {
		t.Fatal(err)
	}
	for k, m := range ms {
		gci, _ := m.GCI()
		if a.Members[k] < gci-1e-12 {
			t.Fatalf("member %d: GCOMPI %v < own GCI %v", k, a.Members[k], gci)
		}
		if a.Members[k] > a.Max || a.Members[k] == a.Max && k < a.Worst {
			t.Fatalf("member %d: GCOMPI %v vs Max %v (Worst %d)", k, a.Members[k], a.Max, a.Worst)
		}
	}
	if a.Members[a.Worst] != a.Max {
		t.Fatalf("Members[Worst=%d] = %v, Max = %v", a.Worst, a.Members[a.Worst], a.Max)
	}
}

func BenchmarkAggregateJudgments(b *testing.B) {
	for _, r := range []int{3, 10, 100} { // members; n = 9
		b.Run(fmt.Sprintf("members=%d/n=9", r), func(b *testing.B) {
			ms := make([]*ahp.Matrix, r)
			w := make([]float64, r)
			for k := range ms {
				ms[k] = randomMatrix(9, uint64(k)) // fixed seeds
				w[k] = float64(k + 1)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ahp.AggregateJudgments(ms, w); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func ExampleAggregateJudgments() {
	items := []string{"price", "quality", "service"}
	judge := func(pq, ps, qs float64) *ahp.Matrix {
		m, err := ahp.NewIncompleteMatrixFromJudgments(items, []ahp.Judgment{
			{A: "price", B: "quality", Value: pq},
			{A: "price", B: "service", Value: ps},
			{A: "quality", B: "service", Value: qs},
		}, ahp.Scale{})
		if err != nil {
			panic(err)
		}
		return m
	}
	alice := judge(1.0/3, 2, 5)
	bob := judge(2, 4, 3)
	carol := judge(1.0/2, 3, 4)
	weights := []float64{2, 1, 1} // alice counts double

	g, err := ahp.AggregateJudgments([]*ahp.Matrix{alice, bob, carol}, weights)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("price over quality: %.4f (quality over price: %.4f)\n", g.At(0, 1), g.At(1, 0))
	fmt.Printf("group priorities:   %.4f\n", g.Priorities(ahp.PriorityGeometricMean))

	a, err := ahp.MeasureGroup([]*ahp.Matrix{alice, bob, carol}, weights)
	if err != nil {
		fmt.Println(err)
		return
	}
	th, _ := ahp.GCIThreshold(len(items))
	fmt.Printf("GCI of the group %.4f (threshold %.2f)\n", a.GCI, th)
	fmt.Printf("members vs group %.4f, most distant: member %d\n", a.Members, a.Worst)

	// Output:
	// price over quality: 0.5774 (quality over price: 1.7321)
	// group priorities:   [0.3255 0.5470 0.1275]
	// GCI of the group 0.0028 (threshold 0.31)
	// members vs group [0.4192 1.7986 0.0612], most distant: member 1
}

// TestAggregateJudgmentsIncomplete: each entry is the weighted geometric
// mean over the members who judged it, weights renormalized; a pair is
// missing only if no member with a positive weight judged it.
func TestAggregateJudgmentsIncomplete(t *testing.T) {
	xyz := []string{"x", "y", "z"}
	build := func(js ...ahp.Judgment) *ahp.Matrix {
		m, err := ahp.NewIncompleteMatrixFromJudgments(xyz, js, ahp.Scale{})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	full := build(ahp.Judgment{A: "x", B: "y", Value: 2}, ahp.Judgment{A: "x", B: "z", Value: 4}, ahp.Judgment{A: "y", B: "z", Value: 2})
	chain := build(ahp.Judgment{A: "x", B: "y", Value: 8}, ahp.Judgment{A: "y", B: "z", Value: 8}) // x-z missing
	if chain.Complete() {
		t.Fatal("chain is complete")
	}
	// Weights 1 and 3: x-y and y-z are 2^(1/4)·8^(3/4) = 2^2.5; x-z only
	// has the first member's 4.
	g, err := ahp.AggregateJudgments([]*ahp.Matrix{full, chain}, []float64{1, 3})
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{1, math.Pow(2, 2.5), 4, math.Pow(2, -2.5), 1, math.Pow(2, 2.5), 0.25, math.Pow(2, -2.5), 1}
	if diff := cmp.Diff(want, g.Dense().RawMatrix().Data, approxTight); diff != "" {
		t.Errorf("AIJ (-want +got):\n%s", diff)
	}
	for _, tc := range []struct {
		name    string
		ms      []*ahp.Matrix
		weights []float64
	}{
		{"nobody judged x-z", []*ahp.Matrix{chain, chain}, nil},
		{"only a member with weight 0 judged x-z", []*ahp.Matrix{full, chain}, []float64{0, 1}},
	} {
		g, err := ahp.AggregateJudgments(tc.ms, tc.weights)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if !g.Missing(0, 2) || g.NumMissing() != 1 {
			t.Errorf("%s: x-z missing = %v, %d missing pairs; want true, 1", tc.name, g.Missing(0, 2), g.NumMissing())
		}
		if diff := cmp.Diff(8.0, g.At(0, 1), approxTight); diff != "" {
			t.Errorf("%s: a_xy (-want +got):\n%s", tc.name, diff)
		}
	}

	// The compatibility of the incomplete member is n/((n-2) N) times its
	// sum of squared log errors: 3/(1·2) Σ over x-y and y-z.
	a, err := ahp.MeasureGroup([]*ahp.Matrix{full, chain}, []float64{1, 3})
	if err != nil {
		t.Fatal(err)
	}
	w := a.Priorities
	e1 := math.Log(8 * w[1] / w[0])
	e2 := math.Log(8 * w[2] / w[1])
	if diff := cmp.Diff(1.5*(e1*e1+e2*e2), a.Members[1], approxTight); diff != "" {
		t.Errorf("GCOMPI of the incomplete member (-want +got):\n%s", diff)
	}
}
