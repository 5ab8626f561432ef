package mcda_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// brans2005 is the six-action, six-criterion example of Brans & Mareschal
// (2005, ch. 5 of Figueira, Greco & Ehrgott, Multiple Criteria Decision
// Analysis: State of the Art Surveys), one criterion of each preference
// type, as encoded in github.com/calote/TDecisionCodigo
// (tests/Multicriterio/testPrometheeGaia01.R), with equal weights. See
// ../shared/refcases/gaia/brans_mareschal_6x6_computed.json.
func brans2005(t testing.TB) (*mcda.DecisionMatrix, []mcda.Preference) {
	t.Helper()
	m := problem(t, [][]float64{
		{80, 90, 6, 5.4, 8, 5},
		{65, 58, 2, 9.7, 1, 1},
		{83, 60, 4, 7.2, 4, 7},
		{40, 80, 10, 7.5, 7, 10},
		{52, 72, 6, 2.0, 3, 8},
		{94, 96, 7, 3.6, 5, 6},
	}, []float64{1, 1, 1, 1, 1, 1}, []int{-1, 1, -1, -1, -1, 1})
	return m, []mcda.Preference{
		{Function: mcda.PreferenceUShape, Q: 10},
		{Function: mcda.PreferenceVShape, P: 30},
		{Function: mcda.PreferenceLinear, Q: 0.5, P: 5},
		{Function: mcda.PreferenceLevel, Q: 1, P: 6},
		{Function: mcda.PreferenceUsual},
		{Function: mcda.PreferenceGaussian, S: 5},
	}
}

// TestPROMETHEEFlowsReference checks Flows along both paths against the
// flows of ../shared/refcases/gaia/brans_mareschal_6x6_computed.json. The
// chapter's printed flows could not be reached, so these are the case's
// own computation (to 8 decimals, 5e-9), not published numbers; the
// unicriterion flows of the step functions are exact fractions of 5.
func TestPROMETHEEFlowsReference(t *testing.T) {
	m, prefs := brans2005(t)
	want := &mcda.PROMETHEEResult{
		PositiveFlow: []float64{0.21986911, 0.3962963, 0.24662739, 0.32925672, 0.45472197, 0.30007199},
		NegativeFlow: []float64{0.36553317, 0.37913416, 0.33615104, 0.34925926, 0.16182205, 0.35494379},
		NetFlow:      []float64{-0.14566407, 0.01716213, -0.08952365, -0.02000254, 0.29289993, -0.05487181},
		Unicriterion: [][]float64{
			{-0.4, 0.54666667, -0.04444444, 0.1, -1.0, -0.07620663},
			{0.2, -0.65333333, 0.77777778, -0.7, 1.0, -0.52147165},
			{-0.4, -0.6, 0.37777778, -0.2, 0.2, 0.08508032},
			{1.0, 0.16, -0.82222222, -0.2, -0.6, 0.34220701},
			{0.6, -0.16, -0.04444444, 0.6, 0.6, 0.161844},
			{-1.0, 0.70666667, -0.24444444, 0.4, -0.2, 0.00854694},
		},
	}
	for _, pairwise := range []bool{false, true} {
		t.Run(fmt.Sprint("Pairwise=", pairwise), func(t *testing.T) {
			pr := mcda.PROMETHEE{Preferences: prefs, Pairwise: pairwise}
			got, err := pr.Flows(context.Background(), m)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 5e-9)); diff != "" {
				t.Errorf("flows (-want +got):\n%s", diff)
			}
		})
	}
}

// TestPROMETHEEFlowsPublished checks Flows along both paths on the
// published worked examples: Zhao, Peng & Li (2013), usual criterion,
// net flows printed to 2 decimals by pymcdm (TestPROMETHEE_II), and
// Papathanasiou & Ploskas (2018, ch. 3), linear criteria with q = 1,
// p = 2, whose flows the book prints to 2 decimals (the positive and
// negative flows are those of TestPROMETHEEI).
func TestPROMETHEEFlowsPublished(t *testing.T) {
	tests := []struct {
		name     string
		m        *mcda.DecisionMatrix
		prefs    []mcda.Preference
		pos, neg []float64
		net      []float64
	}{{
		name: "Zhao2013Usual",
		m:    problem(t, [][]float64{{4, 3, 2}, {3, 2, 4}, {5, 1, 3}}, []float64{0.5, 0.3, 0.2}, []int{1, 1, 1}),
		net:  []float64{0.1, -0.3, 0.2},
	}, {
		name: "PapathanasiouPloskas2018Linear",
		m: problem(t, [][]float64{
			{8, 7, 2, 1}, {5, 3, 7, 5}, {7, 5, 6, 4}, {9, 9, 7, 3}, {11, 10, 3, 7}, {6, 9, 5, 4},
		}, []float64{0.4, 0.3, 0.1, 0.2}, []int{1, 1, 1, 1}),
		prefs: prometheeSame(4, mcda.Preference{Function: mcda.PreferenceLinear, Q: 1, P: 2}),
		pos:   []float64{0.28, 0.14, 0.22, 0.52, 0.78, 0.26},
		neg:   []float64{0.54, 0.66, 0.44, 0.16, 0.08, 0.32},
		net:   []float64{-0.26, -0.52, -0.22, 0.36, 0.7, -0.06},
	}}
	approx := cmpopts.EquateApprox(0, 5e-3)
	for _, tc := range tests {
		for _, pairwise := range []bool{false, true} {
			t.Run(fmt.Sprint(tc.name, "/Pairwise=", pairwise), func(t *testing.T) {
				pr := mcda.PROMETHEE{Preferences: tc.prefs, Pairwise: pairwise}
				got, err := pr.Flows(context.Background(), tc.m)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(tc.net, got.NetFlow, approx); diff != "" {
					t.Errorf("net flows (-want +got):\n%s", diff)
				}
				if tc.pos != nil {
					if diff := cmp.Diff(tc.pos, got.PositiveFlow, approx); diff != "" {
						t.Errorf("positive flows (-want +got):\n%s", diff)
					}
					if diff := cmp.Diff(tc.neg, got.NegativeFlow, approx); diff != "" {
						t.Errorf("negative flows (-want +got):\n%s", diff)
					}
				}
				// φ(a) = Σ_j w_j φ_j(a).
				_, n := tc.m.Dims()
				w := tc.m.Weights(nil)
				for a, row := range got.Unicriterion {
					var phi float64
					for j := range n {
						phi += w[j] * row[j]
					}
					if math.Abs(phi-got.NetFlow[a]) > 1e-15 {
						t.Errorf("alternative %d: Σ w_j φ_j = %v, φ = %v", a, phi, got.NetFlow[a])
					}
				}
			})
		}
	}
}

// prometheeEdgeCase draws a problem aimed at the seams of the sorted
// path: integer values (so that differences equal q or p exactly), many
// ties, constant columns, a large offset that leaves the differences
// exact, fractions, one or two alternatives, zero weights, and thresholds
// q = p, q = 0 or p = 0.
func prometheeEdgeCase(t *rapid.T) (*mcda.DecisionMatrix, []mcda.Preference) {
	m := rapid.IntRange(1, 16).Draw(t, "alternatives")
	n := rapid.IntRange(1, 5).Draw(t, "criteria")
	rows := make([][]float64, m)
	for i := range rows {
		rows[i] = make([]float64, n)
	}
	prefs := make([]mcda.Preference, n)
	for j := range n {
		kind := rapid.IntRange(0, 4).Draw(t, "column kind")
		c := rapid.IntRange(-5, 5).Draw(t, "constant")
		offset := 0.0
		if kind == 3 {
			offset = 1e9
		}
		for i := range rows {
			switch kind {
			case 0, 3: // integers, ties likely
				rows[i][j] = offset + float64(rapid.IntRange(-6, 6).Draw(t, "value"))
			case 1: // constant column
				rows[i][j] = float64(c)
			case 2: // quarters
				rows[i][j] = float64(rapid.IntRange(-40, 40).Draw(t, "quarters")) / 4
			case 4: // any
				rows[i][j] = rapid.Float64Range(-100, 100).Draw(t, "value")
			}
		}
		q := float64(rapid.IntRange(0, 6).Draw(t, "q"))
		p := q + float64(rapid.IntRange(0, 6).Draw(t, "p − q"))
		if kind == 2 || kind == 4 {
			q /= 4
			p /= 4
		}
		prefs[j] = mcda.Preference{
			Function: mcda.PreferenceFunction(rapid.IntRange(0, 5).Draw(t, "function")),
			Q:        q, P: p, S: p + 0.5,
		}
	}
	w := rapid.SliceOfN(rapid.SampledFrom([]float64{0, 0.1, 0.25, 1, 3}), n, n).Draw(t, "weights")
	if w[0] == 0 {
		w[0] = 1 // the weights may not all be 0
	}
	types := rapid.SliceOfN(rapid.SampledFrom([]int{1, -1}), n, n).Draw(t, "types")
	return problem(t, rows, w, types), prefs
}

// kappa returns the largest conditioning p/(p − q) of a linear window
// among prefs, and 1 when there is none.
func kappa(prefs []mcda.Preference) float64 {
	k := 1.0
	for _, p := range prefs {
		if p.Function == mcda.PreferenceLinear && p.P > p.Q {
			k = max(k, p.P/(p.P-p.Q))
		}
	}
	return k
}

func TestPROMETHEESortedProperties(t *testing.T) {
	t.Run("MatchesPairwise", rapid.MakeCheck(propPROMETHEESortedMatchesPairwise))
	t.Run("ScoresMatchFlows", rapid.MakeCheck(propPROMETHEEScoresMatchFlows))
	t.Run("WorkersBitIdentical", rapid.MakeCheck(propPROMETHEEWorkers))
	t.Run("UnicriterionSum", rapid.MakeCheck(propPROMETHEEUnicriterionSum))
}

// Property: the sorted and the pairwise paths give the same flows within
// the bound of the PROMETHEE doc comment: (m + 2κ + 2n + 10)·u for φ⁺ and
// φ⁻ and 2(m + 2κ + 7)·u for each φ_j, with u = 2⁻⁵³ and κ the largest
// p/(p − q) of a linear criterion. The net flows differ by at most the sum
// of the two flows' bounds, unless one path's φ⁺ and φ⁻ tie (within
// TieTolerance, relative) and give φ = 0 exactly, in which case the other
// path's φ is at most that far from 0.
func propPROMETHEESortedMatchesPairwise(t *rapid.T) {
	m, prefs := prometheeEdgeCase(t)
	rows, n := m.Dims()
	fast := mcda.PROMETHEE{Preferences: prefs}
	ref := mcda.PROMETHEE{Preferences: prefs, Pairwise: true}
	got, err := fast.Flows(context.Background(), m)
	if err != nil {
		t.Fatal(err)
	}
	want, err := ref.Flows(context.Background(), m)
	if err != nil {
		t.Fatal(err)
	}
	const u = 0x1p-53
	k := kappa(prefs)
	tol := (float64(rows) + 2*k + 2*float64(n) + 10) * u
	for a := range rows {
		for _, f := range []struct {
			name      string
			got, want float64
		}{{"φ+", got.PositiveFlow[a], want.PositiveFlow[a]}, {"φ-", got.NegativeFlow[a], want.NegativeFlow[a]}} {
			if d := math.Abs(f.got - f.want); d > tol {
				t.Fatalf("alternative %d: %s = %v sorted, %v pairwise: %.1f ulps of 1 apart, bound %.1f", a, f.name, f.got, f.want, d/0x1p-52, tol/0x1p-52)
			}
		}
		tie := mcda.TieTolerance*math.Max(got.PositiveFlow[a], got.NegativeFlow[a]) + 2*tol
		g, w := got.NetFlow[a], want.NetFlow[a]
		if d := math.Abs(g - w); d > 2*tol && !((g == 0 || w == 0) && d <= tie) {
			t.Fatalf("alternative %d: φ = %v sorted, %v pairwise", a, g, w)
		}
		for j := range n {
			tolj := 2 * (float64(rows) + 2*k + 7) * u
			if d := math.Abs(got.Unicriterion[a][j] - want.Unicriterion[a][j]); d > tolj {
				t.Fatalf("alternative %d, criterion %d (%v): φ_j = %v sorted, %v pairwise", a, j, prefs[j].Function, got.Unicriterion[a][j], want.Unicriterion[a][j])
			}
		}
	}
}

// Property: Scores returns Flows' net flows bit for bit, along either
// path.
func propPROMETHEEScoresMatchFlows(t *rapid.T) {
	m, prefs := prometheeEdgeCase(t)
	pr := mcda.PROMETHEE{Preferences: prefs, Pairwise: rapid.Bool().Draw(t, "pairwise")}
	res, err := pr.Flows(context.Background(), m)
	if err != nil {
		t.Fatal(err)
	}
	s, err := pr.Scores(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(res.NetFlow, s); diff != "" {
		t.Fatalf("Scores (-Flows +Scores):\n%s", diff)
	}
}

// Property: the flows do not depend on Workers, bit for bit.
func propPROMETHEEWorkers(t *rapid.T) {
	m, prefs := prometheeEdgeCase(t)
	pairwise := rapid.Bool().Draw(t, "pairwise")
	one := mcda.PROMETHEE{Preferences: prefs, Pairwise: pairwise}
	many := mcda.PROMETHEE{Preferences: prefs, Pairwise: pairwise, Workers: rapid.IntRange(2, 8).Draw(t, "workers")}
	a, err := one.Flows(context.Background(), m)
	if err != nil {
		t.Fatal(err)
	}
	b, err := many.Flows(context.Background(), m)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Fatalf("Workers = 1 vs %d (-one +many):\n%s", many.Workers, diff)
	}
}

// Property: φ(a) = Σ_j w_j φ_j(a) with the normalized weights, and each
// φ_j sums to 0 over the alternatives (every P_j(d) enters one P⁺ and one
// P⁻), within the rounding of m + n terms of size at most 1.
func propPROMETHEEUnicriterionSum(t *rapid.T) {
	m, prefs := prometheeEdgeCase(t)
	rows, n := m.Dims()
	pr := mcda.PROMETHEE{Preferences: prefs}
	res, err := pr.Flows(context.Background(), m)
	if err != nil {
		t.Fatal(err)
	}
	w := m.Weights(nil)
	tol := 4 * float64(rows+n+8) * 0x1p-53 * (kappa(prefs) + 1)
	sums := make([]float64, n)
	for a, row := range res.Unicriterion {
		var phi float64
		for j, v := range row {
			phi += w[j] * v
			sums[j] += v
		}
		if d := math.Abs(phi - res.NetFlow[a]); d > tol && !(res.NetFlow[a] == 0 && d <= mcda.TieTolerance+tol) {
			t.Fatalf("alternative %d: Σ w_j φ_j = %v, φ = %v", a, phi, res.NetFlow[a])
		}
	}
	for j, s := range sums {
		if math.Abs(s) > tol {
			t.Fatalf("criterion %d: Σ_a φ_j(a) = %v, want 0", j, s)
		}
	}
}

// TestPROMETHEERadixMatchesPairwise checks the sorted path from radixMin
// (1024) alternatives on, where it sorts with a radix sort rather than a
// comparison sort, against the pairwise path, within the bound of
// propPROMETHEESortedMatchesPairwise: negative values, −0, ties, a large
// offset, a constant column and every preference function the sorted
// path takes, benefit and cost.
func TestPROMETHEERadixMatchesPairwise(t *testing.T) {
	const rows, n = 2500, 7
	rng := rand.New(rand.NewPCG(5, 6))
	data := make([][]float64, rows)
	for i := range data {
		data[i] = []float64{
			float64(rng.IntN(101) - 50),             // integers, ties
			rng.NormFloat64() * 30,                  // any sign
			1e9 + float64(rng.IntN(41)),             // a large offset
			7,                                       // constant
			math.Copysign(0, -1) * float64(i%2),     // −0 and 0
			float64(rng.IntN(2001)-1000) / 8,        // eighths
			math.Ldexp(rng.Float64(), rng.IntN(60)), // many binades
		}
	}
	m := problem(t, data, []float64{1, 2, 3, 1, 1, 2, 1}, []int{1, -1, 1, -1, 1, -1, 1})
	prefs := []mcda.Preference{
		{Function: mcda.PreferenceLinear, Q: 3, P: 10},
		{Function: mcda.PreferenceVShape, P: 25},
		{Function: mcda.PreferenceLevel, Q: 5, P: 12},
		{Function: mcda.PreferenceUShape, Q: 1},
		{Function: mcda.PreferenceUsual},
		{Function: mcda.PreferenceLinear, Q: 0.5, P: 0.75},
		{Function: mcda.PreferenceLinear, Q: 1e3, P: 1e6},
	}
	fast := mcda.PROMETHEE{Preferences: prefs}
	ref := mcda.PROMETHEE{Preferences: prefs, Pairwise: true, Workers: 2}
	got, err := fast.Flows(context.Background(), m)
	if err != nil {
		t.Fatal(err)
	}
	want, err := ref.Flows(context.Background(), m)
	if err != nil {
		t.Fatal(err)
	}
	const u = 0x1p-53
	k := kappa(prefs)
	tol := (rows + 2*k + 2*n + 10) * u
	tolj := 2 * (rows + 2*k + 7) * u
	worst := 0.0
	for a := range rows {
		for _, d := range []float64{got.PositiveFlow[a] - want.PositiveFlow[a], got.NegativeFlow[a] - want.NegativeFlow[a]} {
			if math.Abs(d) > tol {
				t.Fatalf("alternative %d: φ± differ by %g, bound %g", a, d, tol)
			}
			worst = max(worst, math.Abs(d))
		}
		for j := range n {
			if d := math.Abs(got.Unicriterion[a][j] - want.Unicriterion[a][j]); d > tolj {
				t.Fatalf("alternative %d, criterion %d: φ_j = %v sorted, %v pairwise", a, j, got.Unicriterion[a][j], want.Unicriterion[a][j])
			}
		}
	}
	t.Logf("largest difference of φ⁺ or φ⁻: %.2f ulps of 1 (bound %.0f)", worst/0x1p-52, tol/0x1p-52)
	// Several workers compute criteria in parallel: the same bits.
	for _, workers := range []int{2, 3, 16} {
		par := mcda.PROMETHEE{Preferences: prefs, Workers: workers}
		res, err := par.Flows(context.Background(), m)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(got, res); diff != "" {
			t.Errorf("Workers = %d (-serial +parallel):\n%s", workers, diff)
		}
	}
}

// TestPROMETHEEExtremes checks the sorted path on values at the ends of
// the float64 range, where differences overflow and the window sums must
// be scaled: the flows stay finite, in range, and equal the pairwise
// path's.
func TestPROMETHEEExtremes(t *testing.T) {
	vals := []float64{1e308, -1e308, 5e-324, -5e-324, 0, math.Copysign(0, -1), 0x1p53, 1.7e308, -1.7e308}
	rows := make([][]float64, len(vals))
	for i, v := range vals {
		rows[i] = []float64{v, v, v, v, v}
	}
	m := problem(t, rows, []float64{1, 1, 1, 1, 1}, []int{1, -1, 1, -1, 1})
	for _, pp := range []float64{0, 5e-324, 1, 1e308, math.MaxFloat64} {
		prefs := []mcda.Preference{
			{Function: mcda.PreferenceUsual},
			{Function: mcda.PreferenceUShape, Q: pp},
			{Function: mcda.PreferenceVShape, P: pp},
			{Function: mcda.PreferenceLevel, Q: pp / 2, P: pp},
			{Function: mcda.PreferenceLinear, Q: pp / 2, P: pp},
		}
		fast := mcda.PROMETHEE{Preferences: prefs}
		ref := mcda.PROMETHEE{Preferences: prefs, Pairwise: true}
		got, err := fast.Flows(context.Background(), m)
		if err != nil {
			t.Fatalf("p = %v: %v", pp, err)
		}
		want, err := ref.Flows(context.Background(), m)
		if err != nil {
			t.Fatalf("p = %v: %v", pp, err)
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 64*0x1p-53)); diff != "" {
			t.Errorf("p = %v: sorted and pairwise differ (-pairwise +sorted):\n%s", pp, diff)
		}
	}
}

// TestPROMETHEEFlowsCanceled checks that a done context stops Flows
// along both paths.
func TestPROMETHEEFlowsCanceled(t *testing.T) {
	m, prefs := brans2005(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, pairwise := range []bool{false, true} {
		pr := mcda.PROMETHEE{Preferences: prefs, Pairwise: pairwise}
		if _, err := pr.Flows(ctx, m); !errors.Is(err, context.Canceled) {
			t.Errorf("Pairwise = %v: err = %v, want context.Canceled", pairwise, err)
		}
	}
}

// TestPROMETHEEFlowsZeroAlloc checks that Scores allocates nothing along
// the sorted path once warm, as it does along the pairwise one: with a
// comparison sort (300 alternatives), and with a radix sort and bucketed
// results (5000), on one goroutine or two.
func TestPROMETHEEFlowsZeroAlloc(t *testing.T) {
	for _, rows := range []int{300, 5000} {
		for _, workers := range []int{1, 2} {
			m := prometheeRandom(t, rows, 4)
			pr := mcda.PROMETHEE{Preferences: prometheeSame(4, mcda.Preference{Function: mcda.PreferenceLinear, Q: 5, P: 20}), Workers: workers}
			wantZeroAllocs(t, &pr, m)
		}
	}
}

// prometheeRandom returns an m×n problem of values in [1, 100) rounded to
// one decimal (so that ties occur), half of them costs.
func prometheeRandom(t testing.TB, m, n int) *mcda.DecisionMatrix {
	t.Helper()
	rng := rand.New(rand.NewPCG(3, 4))
	rows := make([][]float64, m)
	for i := range rows {
		rows[i] = make([]float64, n)
		for j := range rows[i] {
			rows[i][j] = math.Round(10+990*rng.Float64()) / 10
		}
	}
	w := make([]float64, n)
	types := make([]int, n)
	for j := range w {
		w[j] = rng.Float64() + 0.01
		types[j] = 1 - 2*(j%2)
	}
	return problem(t, rows, w, types)
}

// BenchmarkPROMETHEEPaths compares the sorted and pairwise paths on the
// same problems, linear criteria (q = 5, p = 20), one goroutine.
func BenchmarkPROMETHEEPaths(b *testing.B) {
	for _, size := range []struct{ m, n int }{{1000, 10}, {10000, 10}} {
		m := prometheeRandom(b, size.m, size.n)
		prefs := prometheeSame(size.n, mcda.Preference{Function: mcda.PreferenceLinear, Q: 5, P: 20})
		for _, pairwise := range []bool{false, true} {
			name := "sorted"
			if pairwise {
				name = "pairwise"
			}
			b.Run(fmt.Sprintf("m=%d,n=%d/%s", size.m, size.n, name), func(b *testing.B) {
				pr := mcda.PROMETHEE{Preferences: prefs, Pairwise: pairwise}
				dst := make([]float64, size.m)
				b.ReportAllocs()
				for b.Loop() {
					if _, err := pr.Scores(dst, m); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkPROMETHEEMillion is the sorted path on 1 000 000 alternatives
// and 10 linear criteria: Scores and Flows (the unicriterion flows
// included) on one goroutine, and Scores on two.
func BenchmarkPROMETHEEMillion(b *testing.B) {
	const rows, n = 1_000_000, 10
	m := prometheeRandom(b, rows, n)
	pr := mcda.PROMETHEE{Preferences: prometheeSame(n, mcda.Preference{Function: mcda.PreferenceLinear, Q: 5, P: 20})}
	b.Run("Scores", func(b *testing.B) {
		dst := make([]float64, rows)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := pr.Scores(dst, m); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Flows", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := pr.Flows(context.Background(), m); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Scores/workers=2", func(b *testing.B) {
		par := mcda.PROMETHEE{Preferences: pr.Preferences, Workers: 2}
		dst := make([]float64, rows)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := par.Scores(dst, m); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkPROMETHEEGaussian is the pairwise path of Gaussian criteria on
// one and two goroutines.
func BenchmarkPROMETHEEGaussian(b *testing.B) {
	const rows, n = 1000, 10
	m := prometheeRandom(b, rows, n)
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("m=%d,n=%d/workers=%d", rows, n, workers), func(b *testing.B) {
			pr := mcda.PROMETHEE{Preferences: prometheeSame(n, mcda.Preference{Function: mcda.PreferenceGaussian, S: 10}), Workers: workers}
			dst := make([]float64, rows)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := pr.Scores(dst, m); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// FuzzPROMETHEEPaths checks, on three alternatives and two criteria of any
// finite values and thresholds, that the sorted and the pairwise paths
// agree within the bound of propPROMETHEESortedMatchesPairwise and that
// every flow is finite and in range.
func FuzzPROMETHEEPaths(f *testing.F) {
	f.Add(1.0, 2.0, 3.0, 3.0, 2.0, 1.0, 0.5, 1.5, uint8(4))
	f.Add(1e308, -1e308, 5e-324, -5e-324, 0x1p53, math.Copysign(0, -1), 1e308, math.MaxFloat64, uint8(4))
	f.Add(1e308, -1e308, 5e-324, 0.0, 0x1p53, 0x1p53+2, 5e-324, 5e-324, uint8(2))
	f.Add(-1e308, 1e308, 0.0, 1.0, 2.0, 2.0, 0.0, 0.0, uint8(3))
	f.Add(2.0, 1.0, 0.0, 1.0, 1.0, 1.0, 1.0, 1.0, uint8(1))
	f.Fuzz(func(t *testing.T, a0, a1, b0, b1, c0, c1, q, p float64, fn uint8) {
		for _, v := range []float64{a0, a1, b0, b1, c0, c1, q, p} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return
			}
		}
		q, p = math.Abs(q), math.Abs(p)
		if q > p {
			q, p = p, q
		}
		m := problem(t, [][]float64{{a0, a1}, {b0, b1}, {c0, c1}}, []float64{1, 3}, []int{1, -1})
		prefs := prometheeSame(2, mcda.Preference{Function: mcda.PreferenceFunction(fn % 5), Q: q, P: p})
		fast := mcda.PROMETHEE{Preferences: prefs}
		ref := mcda.PROMETHEE{Preferences: prefs, Pairwise: true}
		got, err := fast.Flows(context.Background(), m)
		if err != nil {
			t.Fatal(err)
		}
		want, err := ref.Flows(context.Background(), m)
		if err != nil {
			t.Fatal(err)
		}
		tol := (3 + 2*kappa(prefs) + 4 + 10) * 0x1p-53
		for a := range 3 {
			for _, x := range [][2]float64{{got.PositiveFlow[a], want.PositiveFlow[a]}, {got.NegativeFlow[a], want.NegativeFlow[a]}} {
				if !(x[0] >= 0 && x[0] <= 1) || math.Abs(x[0]-x[1]) > tol {
					t.Fatalf("alternative %d: flow %v sorted, %v pairwise", a, x[0], x[1])
				}
			}
			if f := got.NetFlow[a]; !(f >= -1 && f <= 1) {
				t.Fatalf("alternative %d: φ = %v", a, f)
			}
		}
	})
}

func ExamplePROMETHEE_Flows() {
	// Zhao, Peng & Li (2013), with the usual criterion everywhere.
	m, err := mcda.NewDecisionMatrix(
		[]string{"A1", "A2", "A3"},
		[]mcda.Criterion{
			{Name: "c1", Objective: mcda.ObjectiveBenefit, Weight: 0.5},
			{Name: "c2", Objective: mcda.ObjectiveBenefit, Weight: 0.3},
			{Name: "c3", Objective: mcda.ObjectiveBenefit, Weight: 0.2},
		},
		[][]float64{{4, 3, 2}, {3, 2, 4}, {5, 1, 3}},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	var pr mcda.PROMETHEE // usual criterion, along the sorted path
	res, err := pr.Flows(context.Background(), m)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, row := range res.Unicriterion {
		fmt.Printf("%s φ+ %.2f φ- %.2f φ %+.2f φ_j %+.1f\n", m.Alternative(i),
			res.PositiveFlow[i], res.NegativeFlow[i], res.NetFlow[i], row)
	}
	// Output:
	// A1 φ+ 0.55 φ- 0.45 φ +0.10 φ_j [+0.0 +1.0 -1.0]
	// A2 φ+ 0.35 φ- 0.65 φ -0.30 φ_j [-1.0 +0.0 +1.0]
	// A3 φ+ 0.60 φ- 0.40 φ +0.20 φ_j [+1.0 -1.0 +0.0]
}
