package robust_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/optimize/convex/lp"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

// Tolerances, in one place.
var (
	// Breakpoints located by bisection: within Tolerance/2 = 5e-10 of the
	// true ones, so two results agree within 1e-9.
	approxBisect = cmpopts.EquateApprox(0, 1e-9)
	// Results of algebraically identical computations.
	approxTight = cmpopts.EquateApprox(1e-12, 1e-14)
)

const (
	// probe is the distance from a breakpoint at which the properties
	// look at the ranking: 100 times the bisection tolerance.
	probe = 1e-7
	// separation is how far apart breakpoints (and the ends 0 and 1) must
	// be for the probes around one not to see another.
	separation = 1e-6
)

// sensT is what sensMatrix needs of a *testing.T or *rapid.T.
type sensT interface {
	Helper()
	Fatalf(format string, args ...any)
}

// sensMatrix builds a decision matrix named A1, A2, ... and C1, C2, ...;
// the criteria listed in costs are cost criteria.
func sensMatrix(t sensT, rows [][]float64, weights []float64, costs ...int) *mcda.DecisionMatrix {
	t.Helper()
	alts := make([]string, len(rows))
	for i := range alts {
		alts[i] = fmt.Sprint("A", i+1)
	}
	crit := make([]mcda.Criterion, len(weights))
	for j := range crit {
		crit[j] = mcda.Criterion{Name: fmt.Sprint("C", j+1), Objective: mcda.ObjectiveBenefit, Weight: weights[j]}
		if slices.Contains(costs, j) {
			crit[j].Objective = mcda.ObjectiveCost
		}
	}
	m, err := mcda.NewDecisionMatrix(alts, crit, rows)
	if err != nil {
		t.Fatalf("building problem: %v", err)
	}
	return m
}

// drawMatrix draws a problem of 2..6 alternatives and 1..4 criteria with
// values in [1, 100] and weights in [0.05, 1], so that scores are far from
// the limits of float64 and exact ties have probability zero.
func drawMatrix(t *rapid.T) *mcda.DecisionMatrix {
	rows := rapid.IntRange(2, 6).Draw(t, "alternatives")
	n := rapid.IntRange(1, 4).Draw(t, "criteria")
	w := rapid.SliceOfN(rapid.Float64Range(0.05, 1), n, n).Draw(t, "weights")
	vals := make([][]float64, rows)
	for i := range vals {
		vals[i] = rapid.SliceOfN(rapid.Float64Range(1, 100), n, n).Draw(t, fmt.Sprint("row ", i))
	}
	var costs []int
	for j := 0; j < n; j++ {
		if rapid.Bool().Draw(t, fmt.Sprint("cost ", j)) {
			costs = append(costs, j)
		}
	}
	return sensMatrix(t, vals, w, costs...)
}

// drawMethod draws TOPSIS or WSM with a random normalization.
func drawMethod(t *rapid.T) mcda.Method {
	k := rapid.SampledFrom([]mcda.Normalization{
		mcda.NormalizationVector, mcda.NormalizationMax, mcda.NormalizationMinMax,
		mcda.NormalizationSum, mcda.NormalizationNone,
	}).Draw(t, "normalization")
	if rapid.Bool().Draw(t, "topsis") {
		return &mcda.TOPSIS{Normalization: k}
	}
	return &mcda.WSM{Normalization: k}
}

// opaque hides a method's type, so that Sensitivity cannot use a closed
// form and bisects.
type opaque struct{ mcda.Method }

// ranksAt returns the competition ranks of m under method at weight t of
// criterion j's path, computed independently of Sensitivity's internals.
func ranksAt(t sensT, method mcda.Method, m *mcda.DecisionMatrix, j int, w float64) []int {
	t.Helper()
	mm, err := m.WithWeights(pathWeights(m.Weights(nil), j, w))
	if err != nil {
		t.Fatalf("WithWeights at %v: %v", w, err)
	}
	r, err := mcda.Rank(method, mm)
	if err != nil {
		t.Fatalf("Rank at %v: %v", w, err)
	}
	return r.Ranks
}

// checkWSMSensitivity checks that Sensitivity of an unnormalized WSM with
// three grid points gives want (approxTight), and that bisection through
// an opaque method finds the same, marked inexact, within its tolerance
// (approxBisect).
func checkWSMSensitivity(t *testing.T, m *mcda.DecisionMatrix, want robust.Sensitivities) {
	t.Helper()
	opt := robust.SensitivityOptions{GridPoints: 3, Curves: true}
	wsm := &mcda.WSM{Normalization: mcda.NormalizationNone}
	got, err := robust.Sensitivity(context.Background(), wsm, m, opt)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got, approxTight); diff != "" {
		t.Errorf("Sensitivity(wsm) mismatch (-want +got):\n%s", diff)
	}
	got, err = robust.Sensitivity(context.Background(), opaque{wsm}, m, opt)
	if err != nil {
		t.Fatal(err)
	}
	for j := range want {
		want[j].Exact = false
	}
	if diff := cmp.Diff(want, got, approxBisect); diff != "" {
		t.Errorf("Sensitivity(bisection) mismatch (-want +got):\n%s", diff)
	}
}

// TestSensitivityWSMHandChecked is a weighted sum worked by hand. With no
// normalization, weights (1/2, 1/2) and
//
//	A1 = (4, 1),  A2 = (2, 2),
//
// moving C1's weight to t (C2 gets 1 − t) gives
//
//	S_1(t) = 4t + (1 − t) = 1 + 3t,   S_2(t) = 2t + 2(1 − t) = 2,
//
// which cross at 1 + 3t = 2, t = 1/3: A2 leads below, A1 above. Moving
// C2's weight to u gives S_1 = 4(1 − u) + u = 4 − 3u and S_2 = 2, crossing
// at u = 2/3. At the current weights S = (2.5, 2), A1 first.
func TestSensitivityWSMHandChecked(t *testing.T) {
	m := sensMatrix(t, [][]float64{{4, 1}, {2, 2}}, []float64{1, 1})
	want := robust.Sensitivities{
		{
			Criterion: "C1", Weight: 0.5, Exact: true,
			Breakpoints: []robust.Breakpoint{{Weight: 1.0 / 3, Rank: 1,
				PairChange: robust.PairChange{A: 0, B: 1, Before: robust.RelationBehind, After: robust.RelationAhead}}},
			FirstStable:   robust.Interval{Lo: 1.0 / 3, Hi: 1},
			RankingStable: robust.Interval{Lo: 1.0 / 3, Hi: 1},
			Curve:         robust.Curve{Weights: []float64{0, 0.5, 1}, Scores: [][]float64{{1, 2}, {2.5, 2}, {4, 2}}},
		},
		{
			Criterion: "C2", Weight: 0.5, Exact: true,
			Breakpoints: []robust.Breakpoint{{Weight: 2.0 / 3, Rank: 1,
				PairChange: robust.PairChange{A: 0, B: 1, Before: robust.RelationAhead, After: robust.RelationBehind}}},
			FirstStable:   robust.Interval{Lo: 0, Hi: 2.0 / 3},
			RankingStable: robust.Interval{Lo: 0, Hi: 2.0 / 3},
			Curve:         robust.Curve{Weights: []float64{0, 0.5, 1}, Scores: [][]float64{{4, 2}, {2.5, 2}, {1, 2}}},
		},
	}
	checkWSMSensitivity(t, m, want)
}

// TestSensitivityWSMHandCheckedThree is a weighted sum of three
// alternatives on three criteria, worked by hand, in which the other
// weights keep their proportions, the first place and the whole ranking
// have different stability intervals, and one breakpoint changes only the
// lower places. No normalization, weights w = (0.5, 0.3, 0.2) and
//
//	A1 = (10, 0, 5),  A2 = (2, 10, 6),  A3 = (6, 5, 10),
//
// so at the current weights S = (5 + 0 + 1, 1 + 3 + 1.2, 3 + 1.5 + 2) =
// (6, 5.2, 6.5): A3, A1, A2. On C_j's path (PathWeights) the other two
// weights are (1 − t) times their shares of the rest, so S_i(t) =
// t·a_ij + (1 − t)·r_ij with r_ij the other two values weighted by those
// shares, and S_i = S_k where t = (r_k − r_i)/((a_ij − r_ij) − (a_kj − r_kj)).
//
// C1 (w = 0.5): the rest is 0.3 : 0.2 = 0.6 : 0.4 of 1 − t, r = (2, 8.4, 7):
//
//	S1 = 2 + 8t,  S2 = 8.4 − 6.4t,  S3 = 7 − t
//	S2 = S3: 1.4 = 5.4t, t = 7/27  ≈ 0.2593  A2 A3 A1 → A3 A2 A1
//	S1 = S2: 6.4 = 14.4t, t = 4/9  ≈ 0.4444  A3 A2 A1 → A3 A1 A2 (current)
//	S1 = S3: 5 = 9t,     t = 5/9   ≈ 0.5556  A3 A1 A2 → A1 A3 A2
//
// so the ranking holds on [4/9, 5/9] and A3 stays first on [7/27, 5/9];
// the curve at t = 0, 1/2, 1 is (2, 8.4, 7), (6, 5.2, 6.5), (10, 2, 6).
//
// C2 (w = 0.3): the rest is 5/7 : 2/7, r = (60/7, 22/7, 50/7):
//
//	S1 = (60/7)(1 − t),  S2 = 10t + (22/7)(1 − t),  S3 = 5t + (50/7)(1 − t)
//	S1 = S3: (10/7)(1 − t) = 5t,  t = 2/9    ≈ 0.2222  A1 A3 A2 → A3 A1 A2 (current)
//	S1 = S2: (38/7)(1 − t) = 10t, t = 19/54  ≈ 0.3519  A3 A1 A2 → A3 A2 A1
//	S2 = S3: 5t = 4(1 − t),       t = 4/9    ≈ 0.4444  A3 A2 A1 → A2 A3 A1
//
// so the ranking holds on [2/9, 19/54] and A3 stays first on [2/9, 4/9];
// the curve is (60/7, 22/7, 50/7), (30/7, 46/7, 85/14), (0, 10, 5).
//
// C3 (w = 0.2): the rest is 5/8 : 3/8, r = (25/4, 5, 45/8):
//
//	S1 = 25/4 − (5/4)t,  S2 = 5 + t,  S3 = 45/8 + (35/8)t
//	S1 = S3: 5/8 = (45/8)t,  t = 1/9  ≈ 0.1111  A1 A3 A2 → A3 A1 A2 (current)
//	S1 = S2: 5/4 = (9/4)t,   t = 5/9  ≈ 0.5556  A3 A1 A2 → A3 A2 A1
//	S2 = S3 at t = −5/27, outside [0, 1]
//
// so the ranking holds on [1/9, 5/9] and A3 stays first on [1/9, 1]; the
// curve is (25/4, 5, 45/8), (45/8, 11/2, 125/16), (5, 6, 10).
func TestSensitivityWSMHandCheckedThree(t *testing.T) {
	m := sensMatrix(t, [][]float64{{10, 0, 5}, {2, 10, 6}, {6, 5, 10}}, []float64{0.5, 0.3, 0.2})
	const (
		ahead, behind = robust.RelationAhead, robust.RelationBehind
	)
	// rank is the better of the two places the pair swaps, read off the
	// orders above.
	bp := func(w float64, rank, a, b int, before, after robust.Relation) robust.Breakpoint {
		return robust.Breakpoint{Weight: w, Rank: rank,
			PairChange: robust.PairChange{A: a, B: b, Before: before, After: after}}
	}
	grid := []float64{0, 0.5, 1}
	want := robust.Sensitivities{
		{
			Criterion: "C1", Weight: 0.5, Exact: true,
			Breakpoints: []robust.Breakpoint{
				bp(7.0/27, 1, 1, 2, ahead, behind),
				bp(4.0/9, 2, 0, 1, behind, ahead),
				bp(5.0/9, 1, 0, 2, behind, ahead),
			},
			FirstStable:   robust.Interval{Lo: 7.0 / 27, Hi: 5.0 / 9},
			RankingStable: robust.Interval{Lo: 4.0 / 9, Hi: 5.0 / 9},
			Curve:         robust.Curve{Weights: grid, Scores: [][]float64{{2, 8.4, 7}, {6, 5.2, 6.5}, {10, 2, 6}}},
		},
		{
			Criterion: "C2", Weight: 0.3, Exact: true,
			Breakpoints: []robust.Breakpoint{
				bp(2.0/9, 1, 0, 2, ahead, behind),
				bp(19.0/54, 2, 0, 1, ahead, behind),
				bp(4.0/9, 1, 1, 2, behind, ahead),
			},
			FirstStable:   robust.Interval{Lo: 2.0 / 9, Hi: 4.0 / 9},
			RankingStable: robust.Interval{Lo: 2.0 / 9, Hi: 19.0 / 54},
			Curve: robust.Curve{Weights: grid, Scores: [][]float64{
				{60.0 / 7, 22.0 / 7, 50.0 / 7}, {30.0 / 7, 46.0 / 7, 85.0 / 14}, {0, 10, 5}}},
		},
		{
			Criterion: "C3", Weight: 0.2, Exact: true,
			Breakpoints: []robust.Breakpoint{
				bp(1.0/9, 1, 0, 2, ahead, behind),
				bp(5.0/9, 2, 0, 1, ahead, behind),
			},
			FirstStable:   robust.Interval{Lo: 1.0 / 9, Hi: 1},
			RankingStable: robust.Interval{Lo: 1.0 / 9, Hi: 5.0 / 9},
			Curve: robust.Curve{Weights: grid, Scores: [][]float64{
				{25.0 / 4, 5, 45.0 / 8}, {45.0 / 8, 5.5, 125.0 / 16}, {5, 6, 10}}},
		},
	}
	checkWSMSensitivity(t, m, want)
}

// fighters is Hwang & Yoon's (1981, p. 133) fighter aircraft problem.
func fighters(t sensT) *mcda.DecisionMatrix {
	return sensMatrix(t, [][]float64{
		{2.0, 1500, 20000, 5.5, 5, 9},
		{2.5, 2700, 18000, 6.5, 3, 5},
		{1.8, 2000, 21000, 4.5, 7, 7},
		{2.2, 1800, 20000, 5.0, 5, 5},
	}, []float64{0.2, 0.1, 0.1, 0.1, 0.2, 0.3}, 3)
}

// TestSensitivityTOPSISBruteForce checks the bisected TOPSIS breakpoints of
// the fighter problem against an independent search: a scan of 20001
// points for changes of ranking, each bracket then halved 100 times. At
// t = 1 on maneuverability A2 and A4 tie (both 5), a change at the end of
// the path that is not a breakpoint.
func TestSensitivityTOPSISBruteForce(t *testing.T) {
	m := fighters(t)
	tp := &mcda.TOPSIS{}
	got, err := robust.Sensitivity(context.Background(), tp, m, robust.SensitivityOptions{})
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for j, cs := range got {
		const steps = 20000
		var want []float64
		prev := ranksAt(t, tp, m, j, 0)
		for k := 1; k <= steps; k++ {
			hi := float64(k) / steps
			next := ranksAt(t, tp, m, j, hi)
			if slices.Equal(prev, next) {
				continue
			}
			lo := float64(k-1) / steps
			for range 100 {
				mid := (lo + hi) / 2
				if slices.Equal(ranksAt(t, tp, m, j, mid), prev) {
					lo = mid
				} else {
					hi = mid
				}
			}
			// Changes at the ends (ties there) are not breakpoints.
			if bp := (lo + hi) / 2; bp > 1e-9 && bp < 1-1e-9 {
				want = append(want, bp)
			}
			prev = next
		}
		var bps []float64
		for _, b := range cs.Breakpoints {
			bps = append(bps, b.Weight)
		}
		if diff := cmp.Diff(want, bps, approxBisect); diff != "" {
			t.Errorf("criterion %d breakpoints mismatch (-want +got):\n%s", j, diff)
		}
		total += len(want)
	}
	if total == 0 {
		t.Fatal("the fighter problem has no breakpoints; the test checks nothing")
	}
}

// TestSensitivityAHPDistributive checks the claim of the package
// documentation: an AHP model's distributive synthesis is WSM with sum
// normalization on its decision matrix.
func TestSensitivityAHPDistributive(t *testing.T) {
	alts := []string{"A", "B", "C"}
	vals := [][]float64{{1, 9, 8}, {9, 1, 9}, {1, 1, 1}}
	model := &ahp.Model{Goal: "g", Ratings: map[string][]ahp.Rating{}, Judgments: map[string][]ahp.Judgment{
		"g":  {{A: "c1", B: "c2", Value: 3}, {A: "c1", B: "c3", Value: 5}, {A: "c2", B: "c3", Value: 2}},
		"c3": {{A: "A", B: "B", Value: 2}, {A: "A", B: "C", Value: 4}, {A: "B", B: "C", Value: 2}},
	}}
	model.Criteria = []ahp.Node{{Name: "c1"}, {Name: "c2", Objective: mcda.ObjectiveCost}, {Name: "c3"}}
	for i, a := range alts {
		model.Alternatives = append(model.Alternatives, ahp.Alternative{Name: a})
		for j, c := range []string{"c1", "c2"} {
			model.Ratings[c] = append(model.Ratings[c], ahp.Rating{Alternative: a, Value: vals[i][j]})
		}
	}
	res, err := model.Evaluate(context.Background(), ahp.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dm, err := res.DecisionMatrix()
	if err != nil {
		t.Fatal(err)
	}
	got, err := (&mcda.WSM{Normalization: mcda.NormalizationSum}).Scores(nil, dm)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(res.Global, got, approxTight); diff != "" {
		t.Errorf("WSM(sum) on the AHP decision matrix mismatch with Global (-want +got):\n%s", diff)
	}
}

// TestSensitivityProperties holds the laws of Sensitivity.
func TestSensitivityProperties(t *testing.T) {
	t.Run("IntervalsContainWeight", rapid.MakeCheck(propIntervalsContainWeight))
	// Property: just below and just above (±1e-7) every breakpoint the
	// rankings differ, and the ranking just above is the one reported.
	// Breakpoints within 1e-6 of another or of the ends are skipped.
	t.Run("BreakpointsChangeRanking", rapid.MakeCheck(probed(checkBreakpoints, drawMethod, probe)))
	// Property: just inside (1e-7) each end of the stability intervals that is
	// not 0 or 1 the current ranking (the current first at rank 1) holds, and
	// just outside it does not. Ends within 1e-6 of another breakpoint are
	// skipped.
	t.Run("IntervalEndsChangeRanking", rapid.MakeCheck(probed(checkIntervalEnds, drawMethod, probe)))
	// Property: for WSM, whose breakpoints come from the closed form, just
	// below and just above (±1e-9) every breakpoint the rankings differ, the
	// ranking just above is the one reported, and within every segment
	// between breakpoints (1e-9 inside each end, and the middle) the ranking
	// does not change. Probes where two scores lie within 1e-10 of each other
	// relative to their size, too shallow a crossing to resolve at 1e-9, are
	// skipped.
	t.Run("WSMBreakpointsExact", rapid.MakeCheck(probed(checkBreakpoints, drawWSM, tightProbe)))
	// Property: for TOPSIS, whose breakpoints are bisected to the default
	// tolerance 1e-9 (so within 5e-10 of the true ones), the same holds at
	// ±1e-9.
	t.Run("TOPSISBreakpointsBisected", rapid.MakeCheck(probed(checkBreakpoints, drawTOPSIS, tightProbe)))
	// Property: for WSM (closed form) the same holds 1e-9 inside and outside
	// each end, skipping probes with scores within 1e-10 relative.
	t.Run("WSMIntervalEndsExact", rapid.MakeCheck(probed(checkIntervalEnds, drawWSM, tightProbe)))
	// Property: for TOPSIS (bisection to 1e-9) the same holds 1e-9 inside and
	// outside each end.
	t.Run("TOPSISIntervalEndsBisected", rapid.MakeCheck(probed(checkIntervalEnds, drawTOPSIS, tightProbe)))
	t.Run("ClosedFormMatchesBisection", rapid.MakeCheck(propClosedFormMatchesBisection))
	t.Run("CurvePassesThroughScores", rapid.MakeCheck(propCurvePassesThroughScores))
}

// Property: both stability intervals contain the current weight, lie in
// [0, 1], and the ranking interval lies within the first-place one.
func propIntervalsContainWeight(t *rapid.T) {
	m, method := drawMatrix(t), drawMethod(t)
	got, err := robust.Sensitivity(context.Background(), method, m, robust.SensitivityOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for j, cs := range got {
		f, r := cs.FirstStable, cs.RankingStable
		if !f.Contains(cs.Weight) || !r.Contains(cs.Weight) {
			t.Fatalf("criterion %d: weight %v outside FirstStable %v or RankingStable %v", j, cs.Weight, f, r)
		}
		if f.Lo < 0 || f.Hi > 1 || r.Lo < f.Lo || r.Hi > f.Hi {
			t.Fatalf("criterion %d: FirstStable %v, RankingStable %v not nested in [0, 1]", j, f, r)
		}
	}
}

// separated reports whether the breakpoint k of bps lies at least
// separation from its neighbours and from 0 and 1.
func separated(bps []robust.Breakpoint, k int) bool {
	w := bps[k].Weight
	if w < separation || w > 1-separation {
		return false
	}
	if k > 0 && w-bps[k-1].Weight < separation {
		return false
	}
	return k+1 == len(bps) || bps[k+1].Weight-w >= separation
}

// probed returns the property that check holds, at probe distance d, for
// a drawn matrix and a method drawn by draw.
func probed[M mcda.Method](check func(*rapid.T, mcda.Method, *mcda.DecisionMatrix, float64), draw func(*rapid.T) M, d float64) func(*rapid.T) {
	return func(t *rapid.T) {
		m, method := drawMatrix(t), draw(t)
		check(t, method, m, d)
	}
}

// tightProbe is the probe distance that resolves the default tolerance:
// twice the largest error, Tolerance/2, of a bisected breakpoint.
const tightProbe = robust.DefaultBreakpointTolerance

func drawTOPSIS(t *rapid.T) mcda.Method {
	return &mcda.TOPSIS{Normalization: rapid.SampledFrom([]mcda.Normalization{
		mcda.NormalizationVector, mcda.NormalizationMax, mcda.NormalizationMinMax,
		mcda.NormalizationSum, mcda.NormalizationNone,
	}).Draw(t, "normalization")}
}

// probeAt returns the competition ranks of m at weight w of criterion j's
// path, and whether they can be trusted at the resolution of a probe: no
// two scores lie within 1e-10 of each other relative to their size (100
// times mcda.TieTolerance).
func probeAt(t sensT, method mcda.Method, m *mcda.DecisionMatrix, j int, w float64) ([]int, bool) {
	t.Helper()
	mm, err := m.WithWeights(pathWeights(m.Weights(nil), j, w))
	if err != nil {
		t.Fatalf("WithWeights at %v: %v", w, err)
	}
	r, err := mcda.Rank(method, mm)
	if err != nil {
		t.Fatalf("Rank at %v: %v", w, err)
	}
	sc := slices.Clone(r.Scores)
	slices.Sort(sc)
	for k := 1; k < len(sc); k++ {
		if sc[k]-sc[k-1] <= 1e-10*math.Max(math.Abs(sc[k]), math.Abs(sc[k-1])) {
			return r.Ranks, false
		}
	}
	return r.Ranks, true
}

// checkBreakpoints checks, at distance d, that across every breakpoint
// separated from the others and from the ends the pair stands as reported
// below and above, and that the ranking does not change inside the
// segments between breakpoints: at d after a segment's start, at its
// middle and d before its end the ranks are the same.
func checkBreakpoints(t *rapid.T, method mcda.Method, m *mcda.DecisionMatrix, d float64) {
	got, err := robust.Sensitivity(context.Background(), method, m, robust.SensitivityOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for j, cs := range got {
		bps := cs.Breakpoints
		for k, b := range bps {
			if !separated(bps, k) {
				continue
			}
			below, okBelow := probeAt(t, method, m, j, b.Weight-d)
			above, okAbove := probeAt(t, method, m, j, b.Weight+d)
			if !okBelow || !okAbove {
				continue
			}
			if got := standing(below, b.A, b.B); got != b.Before {
				t.Fatalf("criterion %d: breakpoint %+v: below, ranks %v", j, b, below)
			}
			if got := standing(above, b.A, b.B); got != b.After {
				t.Fatalf("criterion %d: breakpoint %+v: above, ranks %v", j, b, above)
			}
			if r := min(below[b.A], below[b.B]); r != b.Rank {
				t.Fatalf("criterion %d: breakpoint %+v: the pair's better rank below is %d", j, b, r)
			}
		}
		// Segments: [0, b_0], [b_0, b_1], …, [b_last, 1].
		for k := 0; k <= len(bps); k++ {
			lo, hi := 0.0, 1.0
			if k > 0 {
				lo = bps[k-1].Weight
			}
			if k < len(bps) {
				hi = bps[k].Weight
			}
			if hi-lo < 2*separation || k > 0 && !separated(bps, k-1) || k < len(bps) && !separated(bps, k) {
				continue
			}
			var want []int
			for _, w := range []float64{lo + d, (lo + hi) / 2, hi - d} {
				r, ok := probeAt(t, method, m, j, w)
				switch {
				case !ok:
				case want == nil:
					want = r
				case !slices.Equal(r, want):
					t.Fatalf("criterion %d: ranks %v at %v inside segment [%v, %v], want %v", j, r, w, lo, hi, want)
				}
			}
		}
	}
}

// standing returns a's standing relative to b in ranks.
func standing(ranks []int, a, b int) robust.Relation {
	switch {
	case ranks[a] < ranks[b]:
		return robust.RelationAhead
	case ranks[a] > ranks[b]:
		return robust.RelationBehind
	}
	return robust.RelationTied
}

// checkIntervalEnds checks that d inside each end of the stability
// intervals that is an isolated breakpoint the current ranking (the
// current first at rank 1) holds, and d outside it does not.
func checkIntervalEnds(t *rapid.T, method mcda.Method, m *mcda.DecisionMatrix, d float64) {
	got, err := robust.Sensitivity(context.Background(), method, m, robust.SensitivityOptions{})
	if err != nil {
		t.Fatal(err)
	}
	cur, err := mcda.Rank(method, m)
	if err != nil {
		t.Fatal(err)
	}
	first := cur.Order[0]
	for j, cs := range got {
		isolated := func(end float64) bool {
			k := slices.IndexFunc(cs.Breakpoints, func(b robust.Breakpoint) bool { return b.Weight == end })
			return k >= 0 && separated(cs.Breakpoints, k) && math.Abs(end-cs.Weight) >= separation
		}
		check := func(what string, end, inside float64, holds func([]int) bool) {
			if !isolated(end) {
				return
			}
			in, okIn := probeAt(t, method, m, j, end+inside)
			out, okOut := probeAt(t, method, m, j, end-inside)
			if !okIn || !okOut {
				return
			}
			if !holds(in) {
				t.Fatalf("criterion %d: %s end %v: ranks %v just inside (%+v)", j, what, end, in, inside)
			}
			if holds(out) {
				t.Fatalf("criterion %d: %s end %v: ranks %v just outside (%+v)", j, what, end, out, -inside)
			}
		}
		same := func(r []int) bool { return slices.Equal(r, cur.Ranks) }
		leads := func(r []int) bool { return r[first] == 1 }
		check("RankingStable.Lo", cs.RankingStable.Lo, d, same)
		check("RankingStable.Hi", cs.RankingStable.Hi, -d, same)
		check("FirstStable.Lo", cs.FirstStable.Lo, d, leads)
		check("FirstStable.Hi", cs.FirstStable.Hi, -d, leads)
	}
}

// Property: for WSM the closed-form breakpoints, their changes and the
// intervals equal those found by bisection within 1e-9. Problems with
// closed-form breakpoints within 1e-6 of each other are skipped.
func propClosedFormMatchesBisection(t *rapid.T) {
	m := drawMatrix(t)
	wsm := &mcda.WSM{Normalization: rapid.SampledFrom([]mcda.Normalization{
		mcda.NormalizationVector, mcda.NormalizationMax, mcda.NormalizationMinMax,
		mcda.NormalizationSum, mcda.NormalizationNone,
	}).Draw(t, "normalization")}
	exact, err := robust.Sensitivity(context.Background(), wsm, m, robust.SensitivityOptions{})
	if err != nil {
		t.Fatal(err)
	}
	bisected, err := robust.Sensitivity(context.Background(), opaque{wsm}, m, robust.SensitivityOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, res := range []robust.Sensitivities{exact, bisected} {
		for _, cs := range res {
			for k := range cs.Breakpoints {
				if !separated(cs.Breakpoints, k) {
					t.Skip("breakpoints too close to each other or to the ends")
				}
			}
		}
	}
	for j := range exact {
		if !exact[j].Exact || bisected[j].Exact && len(exact) > 1 {
			t.Fatalf("criterion %d: Exact = %v for WSM and %v for bisection", j, exact[j].Exact, bisected[j].Exact)
		}
		bisected[j].Exact = exact[j].Exact
	}
	if diff := cmp.Diff(exact, bisected, approxBisect); diff != "" {
		t.Fatalf("closed form vs bisection mismatch (-closed +bisection):\n%s", diff)
	}
}

// Property: at the grid points t = 0, 0.5 and 1 the curve holds the
// method's own scores under the path's weights (within rounding; the WSM
// curve comes from the closed form).
func propCurvePassesThroughScores(t *rapid.T) {
	m, method := drawMatrix(t), drawMethod(t)
	got, err := robust.Sensitivity(context.Background(), method, m, robust.SensitivityOptions{GridPoints: 11, Curves: true})
	if err != nil {
		t.Fatal(err)
	}
	rows, n := m.Dims()
	if n == 1 {
		return
	}
	// The scores are sums of weighted terms as large as the largest value
	// (without normalization) or 1, and the closed form and the method
	// add them in different orders: a score that is 0 in exact arithmetic
	// may come out as a few ulps of that size (100·0.5 − 100·0.5 gave
	// −1.4e-14). The absolute margin is therefore relative to that size.
	size := 1.0
	for i := range rows {
		for k := range n {
			size = math.Max(size, math.Abs(m.At(i, k)))
		}
	}
	approx := cmpopts.EquateApprox(1e-12, 1e-12*size)
	for j, cs := range got {
		for _, g := range []int{0, 5, 10} {
			mm, err := m.WithWeights(pathWeights(m.Weights(nil), j, cs.Curve.Weights[g]))
			if err != nil {
				t.Fatal(err)
			}
			want, err := method.Scores(nil, mm)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, cs.Curve.Scores[g], approx); diff != "" {
				t.Fatalf("criterion %d, curve point %d mismatch (-want +got):\n%s", j, g, diff)
			}
		}
	}
}

// TestSensitivitySingleCriterion: with one criterion every point of the
// path normalizes to the weight 1, so the curve repeats TOPSIS's scores of
// m, there are no breakpoints and both intervals are [0, 1].
func TestSensitivitySingleCriterion(t *testing.T) {
	m := sensMatrix(t, [][]float64{{1}, {3}, {2}}, []float64{0.7})
	got, err := robust.Sensitivity(context.Background(), &mcda.TOPSIS{}, m, robust.SensitivityOptions{GridPoints: 2, Curves: true})
	if err != nil {
		t.Fatal(err)
	}
	scores, _ := (&mcda.TOPSIS{}).Scores(nil, m)
	want := robust.Sensitivities{{
		Criterion: "C1", Weight: 1,
		FirstStable: robust.Interval{Lo: 0, Hi: 1}, RankingStable: robust.Interval{Lo: 0, Hi: 1},
		Curve: robust.Curve{Weights: []float64{0, 1}, Scores: [][]float64{scores, scores}},
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Sensitivity mismatch (-want +got):\n%s", diff)
	}
}

// TestSensitivityTieAtCurrentWeight: with A1 = (2, 0), A2 = (0, 2) and
// equal weights both alternatives score 1 under WSM without normalization;
// any move of either weight breaks the tie.
func TestSensitivityTieAtCurrentWeight(t *testing.T) {
	m := sensMatrix(t, [][]float64{{2, 0}, {0, 2}}, []float64{1, 1})
	for _, method := range []mcda.Method{&mcda.WSM{Normalization: mcda.NormalizationNone}, opaque{&mcda.WSM{Normalization: mcda.NormalizationNone}}} {
		got, err := robust.Sensitivity(context.Background(), method, m, robust.SensitivityOptions{})
		if err != nil {
			t.Fatal(err)
		}
		// A1 leads above 1/2 on C1: it stays first on [1/2, 1].
		want := []robust.Interval{{Lo: 0.5, Hi: 0.5}, {Lo: 0.5, Hi: 1}}
		gotIv := []robust.Interval{got[0].RankingStable, got[0].FirstStable}
		if diff := cmp.Diff(want, gotIv, approxBisect); diff != "" {
			t.Errorf("%T: C1 RankingStable, FirstStable mismatch (-want +got):\n%s", method, diff)
		}
		if len(got[0].Breakpoints) != 1 {
			t.Errorf("%T: C1 breakpoints %+v, want one at 1/2", method, got[0].Breakpoints)
		}
	}
}

// TestSensitivityTieAtEnd: A1 = (1, 9) and A2 = (1.5, 9) tie on C2, so at
// t = 0 on C1 (all weight on C2) they tie, and any t > 0 ranks A2 first.
// A change at an end of the path is not a breakpoint, and the ranking at
// the current weights holds on all of [0, 1]. (Found by rapid.)
func TestSensitivityTieAtEnd(t *testing.T) {
	m := sensMatrix(t, [][]float64{{1, 9}, {1.5, 9}}, []float64{1, 1})
	for _, method := range []mcda.Method{
		&mcda.WSM{Normalization: mcda.NormalizationVector},
		opaque{&mcda.WSM{Normalization: mcda.NormalizationVector}},
		&mcda.TOPSIS{},
	} {
		got, err := robust.Sensitivity(context.Background(), method, m, robust.SensitivityOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for j, cs := range got {
			all := robust.Interval{Lo: 0, Hi: 1}
			if len(cs.Breakpoints) != 0 || cs.FirstStable != all || cs.RankingStable != all {
				t.Errorf("%T, criterion %d: breakpoints %v, FirstStable %v, RankingStable %v; want none, [0, 1], [0, 1]",
					method, j, cs.Breakpoints, cs.FirstStable, cs.RankingStable)
			}
		}
	}
}

// failing fails, or returns NaN, once criterion 0's weight exceeds 0.7.
// It does not embed the WSM, whose row model (mcda.RowSeparable) would
// score without its Scores.
type failing struct {
	wsm mcda.WSM
	nan bool
}

func (f *failing) Name() string         { return "failing" }
func (f *failing) HigherIsBetter() bool { return true }

var errFailing = errors.New("failing")

func (f *failing) Scores(dst []float64, m *mcda.DecisionMatrix) ([]float64, error) {
	if m.Weights(nil)[0] > 0.7 {
		if f.nan {
			if dst == nil {
				dst = make([]float64, 2)
			}
			dst[0], dst[1] = 0, math.NaN()
			return dst, nil
		}
		return nil, errFailing
	}
	return f.wsm.Scores(dst, m)
}

func TestSensitivityErrors(t *testing.T) {
	m := sensMatrix(t, [][]float64{{4, 1}, {2, 2}}, []float64{1, 1})
	for _, tc := range []struct {
		name   string
		method mcda.Method
		opt    robust.SensitivityOptions
		want   error
		path   bool // the error is a *PathError for criterion 0 at weight > 0.7
	}{
		{"NegativeTolerance", &mcda.WSM{}, robust.SensitivityOptions{Tolerance: -1}, mcda.ErrParameter, false},
		{"NaNTolerance", &mcda.WSM{}, robust.SensitivityOptions{Tolerance: math.NaN()}, mcda.ErrParameter, false},
		{"LargeTolerance", &mcda.WSM{}, robust.SensitivityOptions{Tolerance: 0.5}, mcda.ErrParameter, false},
		{"OneGridPoint", &mcda.WSM{}, robust.SensitivityOptions{GridPoints: 1}, mcda.ErrParameter, false},
		{"NegativeGridPoints", &mcda.WSM{}, robust.SensitivityOptions{GridPoints: -3}, mcda.ErrParameter, false},
		{"MethodError", &failing{}, robust.SensitivityOptions{}, errFailing, true},
		{"NaNScore", &failing{nan: true}, robust.SensitivityOptions{}, mcda.ErrNotFinite, true},
		{"BadNormalization", &mcda.WSM{Normalization: 99}, robust.SensitivityOptions{}, mcda.ErrNormalization, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := robust.Sensitivity(context.Background(), tc.method, m, tc.opt)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Sensitivity error %v, want %v", err, tc.want)
			}
			var pe *robust.PathError
			if tc.path {
				if !errors.As(err, &pe) || pe.Criterion != 0 || pe.Name != "C1" || !(pe.Weight > 0.7) {
					t.Fatalf("Sensitivity error %#v, want a *PathError at criterion 0, weight > 0.7", err)
				}
			}
		})
	}
}

func TestPathWeights(t *testing.T) {
	for _, tc := range []struct {
		name string
		w    []float64
		j    int
		t    float64
		want []float64
	}{
		// Computed by hand from w_k(t) = w_k·(1 − t)/Σ_{k≠j} w_k:
		// 1·0.8/2 = 0.4.
		{"Proportional", []float64{2, 1, 1}, 0, 0.2, []float64{0.2, 0.4, 0.4}},
		// t = w_j/Σw = 2/4 gives the normalized weights back.
		{"ThroughCurrent", []float64{1, 2, 1}, 1, 0.5, []float64{0.25, 0.5, 0.25}},
		// 1·0.5/4 = 0.125, 3·0.5/4 = 0.375.
		{"Zero", []float64{1, 3, 0}, 2, 0.5, []float64{0.125, 0.375, 0.5}},
		// w_j = 1: the others share 1 − 0.4 equally, 0.3 each.
		{"WholeWeight", []float64{0, 5, 0}, 1, 0.4, []float64{0.3, 0.4, 0.3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := pathWeights(tc.w, tc.j, tc.t)
			if diff := cmp.Diff(tc.want, got, approxTight); diff != "" {
				t.Errorf("PathWeights(nil, %v, %d, %v) mismatch (-want +got):\n%s", tc.w, tc.j, tc.t, diff)
			}
		})
	}
	dst := make([]float64, 3)
	if n := testing.AllocsPerRun(100, func() { robust.PathWeights(dst, []float64{1, 2, 3}, 1, 0.3) }); n != 0 {
		t.Errorf("PathWeights allocs = %v, want 0", n)
	}
}

func TestPathWeightsPanics(t *testing.T) {
	w := []float64{1, 2}
	for name, f := range map[string]func(){
		"ShortDst":  func() { robust.PathWeights(make([]float64, 1), w, 0, 0.5) },
		"NegativeJ": func() { robust.PathWeights(nil, w, -1, 0.5) },
		"LargeJ":    func() { robust.PathWeights(nil, w, 2, 0.5) },
	} {
		if !sensPanics(f) {
			t.Errorf("PathWeights %s did not panic", name)
		}
	}
}

func sensPanics(f func()) (panicked bool) {
	defer func() { panicked = recover() != nil }()
	f()
	return false
}

func TestMinimumChange(t *testing.T) {
	// No normalization, weights (0.5, 0.3, 0.2):
	//	A1 = (10, 0, 0): S = 5      (leader)
	//	A2 = (0, 10, 5): S = 4; d = (−10, 10, 5), deficit 1
	//	A3 = (9, −1, −2): S = 3.8; d = (−1, −1, −2) < 0 everywhere: +Inf
	// For A2 the best criterion is C2 (d = 10); taking weight from C1
	// gains 10 − (−10) = 20 per unit, so 1/20 = 0.05 moves from C1 to C2:
	// w' = (0.45, 0.35, 0.2), change 0.1, and S_1 = S_2 = 4.5.
	m := sensMatrix(t, [][]float64{{10, 0, 0}, {0, 10, 5}, {9, -1, -2}}, []float64{0.5, 0.3, 0.2})
	got, err := robust.MinimumChange(context.Background(), &mcda.WSM{Normalization: mcda.NormalizationNone}, m)
	if err != nil {
		t.Fatal(err)
	}
	want := []robust.Challenger{
		{Alternative: 1, Name: "A2", Change: 0.1, Weights: []float64{0.45, 0.35, 0.2}},
		{Alternative: 2, Name: "A3", Change: math.Inf(1)},
	}
	if diff := cmp.Diff(want, got, approxTight); diff != "" {
		t.Errorf("MinimumChange mismatch (-want +got):\n%s", diff)
	}
}

func TestMinimumChangeProperties(t *testing.T) {
	t.Run("CatchesUpInSimplex", rapid.MakeCheck(propMinimumChangeCatchesUp))
	t.Run("MatchesLinearProgram", rapid.MakeCheck(propMinimumChangeMatchesLP))
}

func drawWSM(t *rapid.T) *mcda.WSM {
	return &mcda.WSM{Normalization: rapid.SampledFrom([]mcda.Normalization{
		mcda.NormalizationDefault, mcda.NormalizationVector, mcda.NormalizationMinMax,
		mcda.NormalizationSum, mcda.NormalizationNone,
	}).Draw(t, "normalization")}
}

// Property: every finite challenger's new weights are in the simplex,
// differ from the old ones by Change in total, and make the challenger
// score at least as much as the leader (within rounding); an infinite one
// is worse than the leader on every criterion after normalization.
func propMinimumChangeCatchesUp(t *rapid.T) {
	m, s := drawMatrix(t), drawWSM(t)
	got, err := robust.MinimumChange(context.Background(), s, m)
	if err != nil {
		t.Fatal(err)
	}
	r, err := mcda.Rank(s, m)
	if err != nil {
		t.Fatal(err)
	}
	leader := r.Order[0]
	w := m.Weights(nil)
	rows, n := m.Dims()
	if len(got) != rows-1 {
		t.Fatalf("%d challengers, want %d", len(got), rows-1)
	}
	for _, c := range got {
		if math.IsInf(c.Change, 1) {
			// Each unit weight vector must leave the leader strictly ahead.
			for j := 0; j < n; j++ {
				mm, _ := m.WithWeights(pathWeights(w, j, 1))
				sc, _ := s.Scores(nil, mm)
				if sc[c.Alternative] >= sc[leader] {
					t.Fatalf("alternative %d: Change +Inf but it catches up with all weight on criterion %d", c.Alternative, j)
				}
			}
			continue
		}
		sum, change := 0.0, 0.0
		for j, v := range c.Weights {
			if v < 0 {
				t.Fatalf("alternative %d: negative weight %v", c.Alternative, v)
			}
			sum += v
			change += math.Abs(v - w[j])
		}
		if math.Abs(sum-1) > 1e-12 || math.Abs(change-c.Change) > 1e-12 {
			t.Fatalf("alternative %d: weights %v sum to %v, change %v, reported %v", c.Alternative, c.Weights, sum, change, c.Change)
		}
		mm, err := m.WithWeights(c.Weights)
		if err != nil {
			t.Fatal(err)
		}
		sc, err := s.Scores(nil, mm)
		if err != nil {
			t.Fatal(err)
		}
		if sc[c.Alternative] < sc[leader]-1e-12*math.Max(1, math.Abs(sc[leader])) {
			t.Fatalf("alternative %d scores %v < leader %v under %v", c.Alternative, sc[c.Alternative], sc[leader], c.Weights)
		}
	}
}

// Property: Change equals the optimum of the linear program
//
//	minimize Σ Δ⁺ + Σ Δ⁻  s.t.  Σ Δ⁺ − Σ Δ⁻ = 0,
//	Δ⁻_k − Δ⁺_k + s_k = w_k,  Σ d_k(Δ⁺_k − Δ⁻_k) − u = −g,  all >= 0,
//
// solved by gonum's lp.Simplex, within 1e-9; the program is infeasible
// exactly when Change is +Inf.
func propMinimumChangeMatchesLP(t *rapid.T) {
	m, s := drawMatrix(t), drawWSM(t)
	got, err := robust.MinimumChange(context.Background(), s, m)
	if err != nil {
		t.Fatal(err)
	}
	_, n := m.Dims()
	w := m.Weights(nil)
	r := make([][]float64, n) // r[k] = scores with all weight on k
	for k := range r {
		mm, _ := m.WithWeights(pathWeights(w, k, 1))
		r[k], _ = s.Scores(nil, mm)
	}
	cur, _ := mcda.Rank(s, m)
	leader := cur.Order[0]
	for _, c := range got {
		if c.Change == 0 {
			continue
		}
		// Columns: Δ⁺ (n), Δ⁻ (n), s (n), u.
		cols := 3*n + 1
		a := mat.NewDense(n+2, cols, nil)
		b := make([]float64, n+2)
		cost := make([]float64, cols)
		g := 0.0
		for k := 0; k < n; k++ {
			d := r[k][c.Alternative] - r[k][leader]
			g += w[k] * d
			cost[k], cost[n+k] = 1, 1
			a.Set(0, k, 1)
			a.Set(0, n+k, -1)
			a.Set(1+k, n+k, 1)
			a.Set(1+k, k, -1)
			a.Set(1+k, 2*n+k, 1)
			b[1+k] = w[k]
			a.Set(n+1, k, d)
			a.Set(n+1, n+k, -d)
		}
		a.Set(n+1, 3*n, -1)
		b[n+1] = -g
		opt, _, err := lp.Simplex(cost, a, b, 1e-12, nil)
		switch {
		case errors.Is(err, lp.ErrInfeasible):
			if !math.IsInf(c.Change, 1) {
				t.Fatalf("alternative %d: LP infeasible, Change %v", c.Alternative, c.Change)
			}
		case err != nil:
			t.Fatalf("alternative %d: lp.Simplex: %v", c.Alternative, err)
		case math.Abs(opt-c.Change) > 1e-9:
			t.Fatalf("alternative %d: LP optimum %v, Change %v", c.Alternative, opt, c.Change)
		}
	}
}

func BenchmarkSensitivity(b *testing.B) {
	for _, size := range []struct{ m, n int }{{10, 5}, {100, 10}} {
		m := benchMatrix(b, size.m, size.n)
		for _, method := range []mcda.Method{&mcda.WSM{}, &mcda.TOPSIS{}} {
			b.Run(fmt.Sprintf("%s/m=%d,n=%d", method.Name(), size.m, size.n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if _, err := robust.Sensitivity(context.Background(), method, m, robust.SensitivityOptions{}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// benchMatrix returns a fixed pseudo-random problem with values in
// [1, 100), every third criterion a cost.
func benchMatrix(b sensT, rows, n int) *mcda.DecisionMatrix {
	var state uint64 = 0x9e3779b97f4a7c15
	next := func() float64 { // xorshift64*, fixed seed
		state ^= state >> 12
		state ^= state << 25
		state ^= state >> 27
		return float64((state*2685821657736338717)>>11) / (1 << 53)
	}
	vals := make([][]float64, rows)
	for i := range vals {
		vals[i] = make([]float64, n)
		for j := range vals[i] {
			vals[i][j] = 1 + 99*next()
		}
	}
	w := make([]float64, n)
	var costs []int
	for j := range w {
		w[j] = 0.1 + next()
		if j%3 == 2 {
			costs = append(costs, j)
		}
	}
	return sensMatrix(b, vals, w, costs...)
}
