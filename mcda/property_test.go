package mcda_test

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// genProblem draws a valid decision problem: 1-8 alternatives, 1-6
// criteria, values in [1, 100] (positive, so that every normalization and
// method accepts them), weights in [0.01, 1], objectives at random.
func genProblem(t *rapid.T) (rows [][]float64, weights []float64, types []int) {
	m := rapid.IntRange(1, 8).Draw(t, "alternatives")
	n := rapid.IntRange(1, 6).Draw(t, "criteria")
	cell := rapid.Float64Range(1, 100)
	rows = make([][]float64, m)
	for i := range rows {
		rows[i] = rapid.SliceOfN(cell, n, n).Draw(t, "row")
	}
	weights = rapid.SliceOfN(rapid.Float64Range(0.01, 1), n, n).Draw(t, "weights")
	types = rapid.SliceOfN(rapid.SampledFrom([]int{1, -1}), n, n).Draw(t, "types")
	return rows, weights, types
}

var allNormalizations = []mcda.Normalization{
	mcda.NormalizationVector, mcda.NormalizationMax, mcda.NormalizationMinMax, mcda.NormalizationSum, mcda.NormalizationNone,
}

// scaling says what multiplying one column by k > 0 does to a method's
// scores.
type scaling int

const (
	// scaleInvariant: the scores do not change.
	scaleInvariant scaling = iota
	// scaleRatio: every score is multiplied by the same factor, so the
	// ranking does not change (WPM without normalization).
	scaleRatio
	// scaleWithParams: the scores do not change provided the parameters in
	// the data's units (PROMETHEE thresholds, SPOTIS bounds) are scaled
	// with the column; with fixed parameters they can.
	scaleWithParams
	// scaleVariant: the scores and the ranking can change; see the
	// counterexample test named in the method case.
	scaleVariant
)

// reversal says what adding an alternative does to the others' scores.
type reversal int

const (
	// reversalPossible: another alternative can flip two others; see the
	// counterexamples in reversal_test.go.
	reversalPossible reversal = iota
	// reversalFreeExact: the others' scores do not change.
	reversalFreeExact
	// reversalFreeRatio: the others' scores are multiplied by one common
	// factor, so their order does not change.
	reversalFreeRatio
)

// methodCase is one ranking method in one parameter setting that matters,
// with the laws it obeys. Where a law fails, a named counterexample test
// shows it.
type methodCase struct {
	label string
	// build returns a fresh method for a problem with n criteria whose
	// column j has been multiplied by scale[j] (nil: by 1), so that
	// parameters in the data's units follow the data.
	build func(n int, scale []float64) mcda.Method
	// dominance reports whether a dominating alternative never ranks below
	// the one it dominates (false: CODAS, see
	// TestCODASDominanceCounterexample).
	dominance bool
	scaling   scaling
	reversal  reversal
	// jumpy marks scores with discontinuities (thresholds, ranks) that a
	// rounding error can cross: scaling properties use powers of two,
	// which scale exactly.
	jumpy bool
}

func ptr(v float64) *float64 { return &v }

// prometheeThresholds are q, p and s for PROMETHEE cases, in the units of
// genProblem's values (differences up to 99, or 199 for the dominance law).
const prometheeQ, prometheeP, prometheeS = 5, 40, 20

// spotisBounds are SPOTIS bounds that hold every value the laws draw:
// genProblem's [1, 100], doubled by the dominance law.
var spotisBounds = [2]float64{0.5, 250}

// methodCases returns every ranking method of the package in every
// parameter setting that matters, freshly built.
func methodCases() []methodCase {
	var cs []methodCase
	add := func(c methodCase) { cs = append(cs, c) }
	for _, k := range allNormalizations {
		sc, rv := scaleInvariant, reversalPossible
		if k == mcda.NormalizationNone {
			sc, rv = scaleVariant, reversalFreeExact
		}
		add(methodCase{label: "topsis-" + k.String(), build: func(int, []float64) mcda.Method { return &mcda.TOPSIS{Normalization: k} },
			dominance: true, scaling: sc})
		add(methodCase{label: "wsm-" + k.String(), build: func(int, []float64) mcda.Method { return &mcda.WSM{Normalization: k} },
			dominance: true, scaling: sc, reversal: rv})
	}
	for _, k := range []mcda.Normalization{mcda.NormalizationMax, mcda.NormalizationSum, mcda.NormalizationNone} {
		sc := scaleInvariant
		if k == mcda.NormalizationNone {
			sc = scaleRatio
		}
		add(methodCase{label: "wpm-" + k.String(), build: func(int, []float64) mcda.Method { return &mcda.WPM{Normalization: k} },
			dominance: true, scaling: sc, reversal: reversalFreeRatio})
	}
	for _, v := range []float64{0, 0.25, 0.5, 1} {
		add(methodCase{label: fmt.Sprintf("vikor-v%v", v), build: func(int, []float64) mcda.Method { return &mcda.VIKOR{V: ptr(v)} },
			dominance: true})
	}
	for f := mcda.PreferenceUsual; f <= mcda.PreferenceGaussian; f++ {
		sc := scaleWithParams
		if f == mcda.PreferenceUsual {
			sc = scaleInvariant
		}
		add(methodCase{label: "promethee-" + f.String(), build: func(n int, scale []float64) mcda.Method {
			prefs := make([]mcda.Preference, n)
			for j := range prefs {
				k := 1.0
				if scale != nil {
					k = scale[j]
				}
				prefs[j] = mcda.Preference{Function: f, Q: prometheeQ * k, P: prometheeP * k, S: prometheeS * k}
			}
			return &mcda.PROMETHEE{Preferences: prefs}
		}, dominance: true, scaling: sc, jumpy: true})
	}
	for _, l := range []float64{0, 0.5, 1} {
		rv := reversalPossible
		if l == 0 {
			rv = reversalFreeRatio // the weighted product model
		}
		add(methodCase{label: fmt.Sprintf("waspas-l%v", l), build: func(int, []float64) mcda.Method { return &mcda.WASPAS{Lambda: ptr(l)} },
			dominance: true, reversal: rv})
	}
	add(methodCase{label: "copras", build: func(int, []float64) mcda.Method { return &mcda.COPRAS{} }, dominance: true})
	add(methodCase{label: "edas", build: func(int, []float64) mcda.Method { return &mcda.EDAS{} }, dominance: true})
	add(methodCase{label: "moora", build: func(int, []float64) mcda.Method { return &mcda.MOORA{} }, dominance: true})
	add(methodCase{label: "moora-rp", build: func(int, []float64) mcda.Method { return &mcda.MOORARefPoint{} }, dominance: true})
	for _, u := range []bool{false, true} {
		suffix := ""
		if u {
			suffix = "-unweighted"
		}
		add(methodCase{label: "moora-fmf" + suffix, build: func(int, []float64) mcda.Method { return &mcda.MOORAFMF{Unweighted: u} },
			dominance: true, reversal: reversalFreeRatio})
		add(methodCase{label: "multimoora" + suffix, build: func(int, []float64) mcda.Method { return &mcda.MULTIMOORA{Unweighted: u} },
			dominance: true, jumpy: true})
	}
	add(methodCase{label: "aras", build: func(int, []float64) mcda.Method { return &mcda.ARAS{} }, dominance: true})
	for _, tau := range []float64{0.01, 0.02, 0.05} {
		add(methodCase{label: fmt.Sprintf("codas-tau%v", tau), build: func(int, []float64) mcda.Method { return &mcda.CODAS{Tau: tau} },
			jumpy: true})
	}
	add(methodCase{label: "mabac", build: func(int, []float64) mcda.Method { return &mcda.MABAC{} }, dominance: true})
	add(methodCase{label: "marcos", build: func(int, []float64) mcda.Method { return &mcda.MARCOS{} }, dominance: true})
	add(methodCase{label: "spotis", build: func(int, []float64) mcda.Method { return &mcda.SPOTIS{} }, dominance: true})
	add(methodCase{label: "spotis-bounds", build: func(n int, scale []float64) mcda.Method {
		b := make([][2]float64, n)
		for j := range b {
			k := 1.0
			if scale != nil {
				k = scale[j]
			}
			b[j] = [2]float64{spotisBounds[0] * k, spotisBounds[1] * k}
		}
		return &mcda.SPOTIS{Bounds: b}
	}, dominance: true, scaling: scaleWithParams, reversal: reversalFreeExact})
	for _, l := range []float64{0, 0.5, 1} {
		add(methodCase{label: fmt.Sprintf("cocoso-l%v", l), build: func(int, []float64) mcda.Method { return &mcda.COCOSO{Lambda: ptr(l)} },
			dominance: true})
	}
	return cs
}

// sentinels are the package's exported error causes: every error a method
// returns wraps one of them.
var sentinels = []error{
	mcda.ErrEmpty, mcda.ErrShape, mcda.ErrNotFinite, mcda.ErrNegative, mcda.ErrNotPositive,
	mcda.ErrObjective, mcda.ErrWeight, mcda.ErrName, mcda.ErrDuplicateName, mcda.ErrNormalization,
	mcda.ErrParameter, mcda.ErrUndefined,
}

// sentinel returns the package sentinel err wraps, or nil.
func sentinel(err error) error {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return s
		}
	}
	return nil
}

// sameOutcome fails unless err1 and err2 are both nil or both wrap the same
// sentinel, and reports whether they are errors (so that there are no
// scores to compare).
func sameOutcome(t *rapid.T, err1, err2 error) bool {
	t.Helper()
	switch {
	case err1 == nil && err2 == nil:
		return false
	case err1 == nil || err2 == nil || sentinel(err1) == nil || sentinel(err1) != sentinel(err2):
		t.Fatalf("outcomes differ: %v and %v", err1, err2)
	}
	return true
}

// scoreOf scores m with a fresh method of case mc.
func scoreOf(mc methodCase, m *mcda.DecisionMatrix, scale []float64) ([]float64, error) {
	_, n := m.Dims()
	return mc.build(n, scale).Scores(nil, m)
}

// approxPerm compares the scores of permuted problems: within 1e-12
// relative, or 1e-12 absolute for the scores near 0 that differences such
// as PROMETHEE's net flows and CODAS's H produce, since column statistics
// are accumulated in another order.
var approxPerm = cmpopts.EquateApprox(1e-12, 1e-12)

// TestMethodLaws checks the laws of issue 5 for every method and parameter
// setting in methodCases. A law a method does not obey is not checked;
// the named counterexample tests show that it fails.
func TestMethodLaws(t *testing.T) {
	for _, mc := range methodCases() {
		t.Run(mc.label, func(t *testing.T) {
			t.Run("PermutationEquivariance", rapid.MakeCheck(func(t *rapid.T) { propPermutation(t, mc) }))
			if mc.dominance {
				t.Run("DominatorNeverRanksBelow", rapid.MakeCheck(func(t *rapid.T) { propDominance(t, mc) }))
			}
			switch mc.scaling {
			case scaleInvariant:
				t.Run("ColumnScaleInvariance", rapid.MakeCheck(func(t *rapid.T) { propColumnScale(t, mc, false) }))
			case scaleRatio:
				t.Run("ColumnScaleRatio", rapid.MakeCheck(func(t *rapid.T) { propColumnScale(t, mc, true) }))
			case scaleWithParams:
				t.Run("ColumnAndParameterScaleInvariance", rapid.MakeCheck(func(t *rapid.T) { propColumnScale(t, mc, false) }))
			}
			t.Run("ScoresFinite", rapid.MakeCheck(func(t *rapid.T) { propFinite(t, mc) }))
			t.Run("SelfAgreement", rapid.MakeCheck(func(t *rapid.T) { propRankingSelfAgreement(t, mc) }))
			t.Run("Deterministic", rapid.MakeCheck(func(t *rapid.T) { propDeterministic(t, mc) }))
			if mc.reversal != reversalPossible {
				t.Run("NoRankReversal", rapid.MakeCheck(func(t *rapid.T) { propNoRankReversal(t, mc) }))
			}
		})
	}
}

// Property: listing the alternatives in another order permutes the scores
// the same way: s(πM)_i = s(M)_π(i), within approxPerm. A typed error for
// one order is the same error for the other.
func propPermutation(t *rapid.T, mc methodCase) {
	rows, w, types := genProblem(t)
	perm := rapid.Permutation(identity(len(rows))).Draw(t, "permutation")
	prows := make([][]float64, len(rows))
	for i, p := range perm {
		prows[i] = rows[p]
	}
	s, err1 := scoreOf(mc, problem(t, rows, w, types), nil)
	ps, err2 := scoreOf(mc, problem(t, prows, w, types), nil)
	if sameOutcome(t, err1, err2) {
		return
	}
	want := make([]float64, len(s))
	for i, p := range perm {
		want[i] = s[p]
	}
	if diff := cmp.Diff(want, ps, approxPerm); diff != "" {
		t.Fatalf("scores of the permuted problem (-permuted original +got):\n%s", diff)
	}
}

func identity(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return p
}

// Property: if alternative a is at least as good as b on every criterion
// (>= on a benefit, <= on a cost) and strictly better on one, b never
// ranks above a: Ranks[a] <= Ranks[b]. Errors are allowed only where the
// method documents them for such data (CoCoSo when one alternative is
// worst everywhere).
func propDominance(t *rapid.T, mc methodCase) {
	rows, w, types := genProblem(t)
	b := rapid.IntRange(0, len(rows)-1).Draw(t, "dominated")
	a := rapid.IntRange(0, len(rows)-1).Draw(t, "dominator")
	if a == b {
		t.Skip("same alternative")
	}
	makeDominator(t, rows, w, types, a, b)
	m := problem(t, rows, w, types)
	_, n := m.Dims()
	r, err := mcda.Rank(mc.build(n, nil), m)
	if err != nil {
		if errors.Is(err, mcda.ErrUndefined) {
			return // CoCoSo: S_i = 0, documented
		}
		t.Fatal(err)
	}
	if r.Ranks[a] > r.Ranks[b] {
		t.Fatalf("dominator %d ranks %d, below dominated %d at %d; scores %v", a, r.Ranks[a], b, r.Ranks[b], r.Scores)
	}
}

// Property: multiplying one column by k > 0 leaves the scores unchanged
// (within approxInvariant), or multiplies them all by one factor when
// ratio is set. For methods with parameters in the data's units the
// parameters are scaled too. Methods with thresholds use k = 2^e, which
// scales exactly, so that no difference crosses a threshold by rounding.
func propColumnScale(t *rapid.T, mc methodCase, ratio bool) {
	rows, w, types := genProblem(t)
	n := len(w)
	j := rapid.IntRange(0, n-1).Draw(t, "column")
	var k float64
	if mc.jumpy {
		k = math.Ldexp(1, rapid.IntRange(-20, 20).Draw(t, "log2 factor"))
	} else {
		k = rapid.Float64Range(1e-3, 1e3).Draw(t, "factor")
	}
	before, err1 := scoreOf(mc, problem(t, rows, w, types), nil)
	for _, r := range rows {
		r[j] *= k
	}
	scale := make([]float64, n)
	for c := range scale {
		scale[c] = 1
	}
	scale[j] = k
	after, err2 := scoreOf(mc, problem(t, rows, w, types), scale)
	if sameOutcome(t, err1, err2) {
		return
	}
	if ratio {
		f := before[0] / after[0]
		for i := range after {
			after[i] *= f
		}
	}
	if diff := cmp.Diff(before, after, approxInvariant); diff != "" {
		t.Fatalf("scores changed after scaling column %d by %v (-before +after):\n%s", j, k, diff)
	}
}

// Property: no method returns NaN or ±Inf for valid data, however extreme
// (values of either sign from 1e-300 to 1e300, zero weights): it scores,
// or returns an error wrapping a package sentinel.
func propFinite(t *rapid.T, mc methodCase) {
	m := rapid.IntRange(1, 6).Draw(t, "alternatives")
	n := rapid.IntRange(1, 4).Draw(t, "criteria")
	exp := rapid.IntRange(-300, 300)
	rows := make([][]float64, m)
	for i := range rows {
		rows[i] = make([]float64, n)
		for j := range rows[i] {
			rows[i][j] = rapid.Float64Range(-1, 1).Draw(t, "mantissa") * math.Pow(10, float64(exp.Draw(t, "exponent")))
		}
	}
	w := rapid.SliceOfN(rapid.Float64Range(0, 1), n, n).Filter(func(w []float64) bool {
		s := 0.0
		for _, v := range w {
			s += v
		}
		return s > 0
	}).Draw(t, "weights")
	types := rapid.SliceOfN(rapid.SampledFrom([]int{1, -1}), n, n).Draw(t, "types")
	s, err := scoreOf(mc, problem(t, rows, w, types), nil)
	if err != nil {
		if sentinel(err) == nil {
			t.Fatalf("error %v wraps no package sentinel", err)
		}
		return
	}
	for i, v := range s {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("score[%d] = %v", i, v)
		}
	}
}

// Property: a ranking agrees perfectly with itself: Spearman, weighted
// Spearman, WS and Kendall's tau-b are all 1. They are undefined for one
// alternative ([mcda.ErrEmpty]) and when every alternative ties
// ([mcda.ErrUndefined]).
func propRankingSelfAgreement(t *rapid.T, mc methodCase) {
	rows, w, types := genProblem(t)
	m := problem(t, rows, w, types)
	_, n := m.Dims()
	r, err := mcda.Rank(mc.build(n, nil), m)
	if err != nil {
		if errors.Is(err, mcda.ErrUndefined) {
			return // CoCoSo: S_i = 0, documented
		}
		t.Fatal(err)
	}
	ag, err := mcda.Compare(r, r)
	switch {
	case len(rows) == 1:
		if !errors.Is(err, mcda.ErrEmpty) {
			t.Fatalf("Compare of one alternative: err = %v, want ErrEmpty", err)
		}
		return
	case errors.Is(err, mcda.ErrUndefined):
		for _, k := range r.Ranks {
			if k != 1 {
				t.Fatalf("ErrUndefined, but ranks %v are not all tied", r.Ranks)
			}
		}
		return
	case err != nil:
		t.Fatal(err)
	}
	if ag.Spearman != 1 || ag.WeightedSpearman != 1 || ag.WS != 1 || ag.Kendall != 1 {
		t.Fatalf("agreement with itself = %+v, want all 1", ag)
	}
}

// Property: scoring is deterministic: a fresh method value and one reused
// after scoring another problem give bit-identical scores.
func propDeterministic(t *rapid.T, mc methodCase) {
	rows, w, types := genProblem(t)
	m := problem(t, rows, w, types)
	orows, ow, otypes := genProblem(t)
	other := problem(t, orows, ow, otypes)
	want, err1 := mc.build(len(w), nil).Scores(nil, m)
	reused := mc.build(len(w), nil)
	_, _ = reused.Scores(nil, other) // an error (parameters sized for other criteria) is fine
	got, err2 := reused.Scores(nil, m)
	if sameOutcome(t, err1, err2) {
		return
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("reused workspace changed the scores (-fresh +reused):\n%s", diff)
	}
}

// Property: adding an alternative leaves the scores of the others
// unchanged (WSM without normalization, SPOTIS with fixed bounds), or
// multiplies them all by one factor (ratio-scale products: WPM, WASPAS
// with λ = 0, MOORA's full multiplicative form), so that their order
// cannot change: no rank reversal.
func propNoRankReversal(t *rapid.T, mc methodCase) {
	rows, w, types := genProblem(t)
	n := len(w)
	before, err := scoreOf(mc, problem(t, rows, w, types), nil)
	if err != nil {
		t.Fatal(err)
	}
	extra := rapid.SliceOfN(rapid.Float64Range(1, 100), n, n).Draw(t, "new alternative")
	after, err := scoreOf(mc, problem(t, append(slices.Clone(rows), extra), w, types), nil)
	if err != nil {
		t.Fatal(err)
	}
	after = after[:len(before)]
	if mc.reversal == reversalFreeRatio {
		f := before[0] / after[0]
		for i := range after {
			after[i] *= f
		}
	}
	if diff := cmp.Diff(before, after, approxInvariant); diff != "" {
		t.Fatalf("adding alternative %v changed the others' scores (-before +after):\n%s", extra, diff)
	}
}

func TestTOPSISProperties(t *testing.T) {
	t.Run("ClosenessInUnitInterval", rapid.MakeCheck(propClosenessInUnitInterval))
}

// Property: for every valid problem and normalization, 0 <= C_i <= 1,
// including problems with negative values under the normalizations that
// accept them.
func propClosenessInUnitInterval(t *rapid.T) {
	rows, w, types := genProblem(t)
	k := rapid.SampledFrom(allNormalizations).Draw(t, "normalization")
	if k == mcda.NormalizationVector || k == mcda.NormalizationMinMax || k == mcda.NormalizationNone {
		shift := rapid.Float64Range(-200, 0).Draw(t, "shift")
		for _, r := range rows {
			for j := range r {
				r[j] += shift
			}
		}
	}
	m := problem(t, rows, w, types)
	tp := mcda.TOPSIS{Normalization: k}
	c, err := tp.Scores(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range c {
		if !(v >= 0 && v <= 1) {
			t.Fatalf("closeness[%d] = %v, want in [0, 1]", i, v)
		}
	}
}

func TestMethodProperties(t *testing.T) {
	t.Run("WPMRatiosAcrossNormalizations", rapid.MakeCheck(propWPMRatios))
	t.Run("WSMMaxInUnitInterval", rapid.MakeCheck(propWSMMaxInUnitInterval))
	t.Run("MABACIsShiftedWSMMinMax", rapid.MakeCheck(propMABACIsShiftedWSM))
}

// Property: MABAC's border area g_j is common to all alternatives, so
// S_i = Σ_j w_j·(t_ij + 1) − Σ_j g_j is the WSM score under min-max
// normalization shifted by a constant (within 1e-12 absolute): MABAC ranks
// as that WSM, including its rank reversals.
func propMABACIsShiftedWSM(t *rapid.T) {
	rows, w, types := genProblem(t)
	m := problem(t, rows, w, types)
	mb, err := (&mcda.MABAC{}).Scores(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	ws, err := (&mcda.WSM{Normalization: mcda.NormalizationMinMax}).Scores(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	shift := mb[0] - ws[0]
	for i := range mb {
		if d := mb[i] - ws[i] - shift; math.Abs(d) > 1e-12 {
			t.Fatalf("MABAC %v − WSM %v is not constant", mb, ws)
		}
	}
}

// Property: WPM scores under every normalization it accepts are
// proportional to one another: the ratio P_K/P_L does not depend on the
// normalization.
func propWPMRatios(t *rapid.T) {
	rows, w, types := genProblem(t)
	m := problem(t, rows, w, types)
	ratios := func(p mcda.WPM) []float64 {
		s, err := p.Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		s0 := s[0]
		for i := range s {
			s[i] /= s0
		}
		return s
	}
	want := ratios(mcda.WPM{Normalization: mcda.NormalizationNone})
	for _, k := range []mcda.Normalization{mcda.NormalizationMax, mcda.NormalizationSum} {
		if diff := cmp.Diff(want, ratios(mcda.WPM{Normalization: k}), approxInvariant); diff != "" {
			t.Fatalf("WPM{%v}: score ratios differ from the raw model's (-none +%v):\n%s", k, k, diff)
		}
	}
}

// Property: with max normalization every normalized value lies in [0, 1],
// so WSM scores do too, up to rounding: a sum of n terms whose exact value
// is at most 1 is computed with a relative error of at most n·2⁻⁵³ per
// operation chain, so the bound is 1 + n·2⁻⁵² for n criteria. WPM scores
// lie in (0, 1] exactly, as its documentation promises.
func propWSMMaxInUnitInterval(t *rapid.T) {
	rows, w, types := genProblem(t)
	m := problem(t, rows, w, types)
	var s mcda.WSM
	var p mcda.WPM
	ws, err := s.Scores(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := p.Scores(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	_, n := m.Dims()
	bound := 1 + float64(n)*0x1p-52
	for i := range ws {
		if !(ws[i] >= 0 && ws[i] <= bound) || !(ps[i] > 0 && ps[i] <= 1) {
			t.Fatalf("alternative %d: WSM %v, WPM %v; want in [0, 1] and (0, 1]", i, ws[i], ps[i])
		}
	}
}

// weightingCases returns a fresh value of every objective weighting in
// every configuration that matters.
func weightingCases() []mcda.Weighting {
	ws := []mcda.Weighting{mcda.Equal{}, &mcda.Entropy{}, &mcda.CRITIC{}, &mcda.CRITIC{BenefitOnly: true}, &mcda.MEREC{}, &mcda.Gini{}}
	for _, k := range allNormalizations {
		ws = append(ws, &mcda.StdDev{Normalization: k}, &mcda.Variance{Normalization: k})
	}
	return ws
}

// weightingLabel names a weighting with its configuration.
func weightingLabel(w mcda.Weighting) string {
	switch v := w.(type) {
	case *mcda.StdDev:
		return w.Name() + "-" + v.Normalization.String()
	case *mcda.Variance:
		return w.Name() + "-" + v.Normalization.String()
	}
	return wtLabel(w)
}

// TestWeightingLaws checks, for every objective weighting, that the
// weights are a probability vector that depends on the alternatives as a
// set and follows the criteria when they are reordered. (Sums to 1 and
// non-negativity on ordinary data are also in TestWeightingProperties.)
func TestWeightingLaws(t *testing.T) {
	for _, w := range weightingCases() {
		t.Run(weightingLabel(w), func(t *testing.T) {
			fresh := func() mcda.Weighting {
				for _, c := range weightingCases() {
					if weightingLabel(c) == weightingLabel(w) {
						return c
					}
				}
				panic("unknown weighting")
			}
			t.Run("ProbabilityVector", rapid.MakeCheck(func(t *rapid.T) { propWeightsProbability(t, fresh()) }))
			t.Run("AlternativePermutationInvariance", rapid.MakeCheck(func(t *rapid.T) { propWeightsAltPermutation(t, fresh) }))
			t.Run("CriterionPermutationEquivariance", rapid.MakeCheck(func(t *rapid.T) { propWeightsCritPermutation(t, fresh) }))
		})
	}
}

// Property: for every valid problem, including values of either sign over
// a wide range, the weights are finite, >= 0 and sum to 1 within 1e-12,
// or the error wraps a package sentinel.
func propWeightsProbability(t *rapid.T, method mcda.Weighting) {
	m := rapid.IntRange(1, 8).Draw(t, "alternatives")
	n := rapid.IntRange(1, 6).Draw(t, "criteria")
	exp := rapid.IntRange(-100, 100)
	rows := make([][]float64, m)
	for i := range rows {
		rows[i] = make([]float64, n)
		for j := range rows[i] {
			rows[i][j] = rapid.Float64Range(-1, 1).Draw(t, "mantissa") * math.Pow(10, float64(exp.Draw(t, "exponent")))
		}
	}
	types := rapid.SliceOfN(rapid.SampledFrom([]int{1, -1}), n, n).Draw(t, "types")
	w, err := method.Weights(nil, wtMatrix(t, rows, types))
	if err != nil {
		if sentinel(err) == nil {
			t.Fatalf("error %v wraps no package sentinel", err)
		}
		return
	}
	checkProbability(t, w)
}

// checkProbability fails unless w is finite, non-negative and sums to 1.
func checkProbability(t interface{ Fatalf(string, ...any) }, w []float64) {
	sum := 0.0
	for j, v := range w {
		if !(v >= 0 && v <= 1) {
			t.Fatalf("w[%d] = %v, want in [0, 1]", j, v)
		}
		sum += v
	}
	if math.Abs(sum-1) > 1e-12 {
		t.Fatalf("Σw = %v, want 1", sum)
	}
}

// Property: listing the alternatives in another order leaves the weights
// unchanged, within approxInvariant (column statistics are accumulated in
// another order).
func propWeightsAltPermutation(t *rapid.T, fresh func() mcda.Weighting) {
	rows, _, types := genProblem(t)
	perm := rapid.Permutation(identity(len(rows))).Draw(t, "permutation")
	prows := make([][]float64, len(rows))
	for i, p := range perm {
		prows[i] = rows[p]
	}
	want, err := fresh().Weights(nil, wtMatrix(t, rows, types))
	if err != nil {
		t.Fatal(err)
	}
	got, err := fresh().Weights(nil, wtMatrix(t, prows, types))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got, approxInvariant); diff != "" {
		t.Fatalf("weights changed when the alternatives were permuted by %v (-want +got):\n%s", perm, diff)
	}
}

// Property: listing the criteria (columns with their objectives) in
// another order permutes the weights the same way, within approxInvariant.
func propWeightsCritPermutation(t *rapid.T, fresh func() mcda.Weighting) {
	rows, _, types := genProblem(t)
	n := len(types)
	perm := rapid.Permutation(identity(n)).Draw(t, "permutation")
	prows := make([][]float64, len(rows))
	for i, r := range rows {
		prows[i] = make([]float64, n)
		for j, p := range perm {
			prows[i][j] = r[p]
		}
	}
	ptypes := make([]int, n)
	for j, p := range perm {
		ptypes[j] = types[p]
	}
	w, err := fresh().Weights(nil, wtMatrix(t, rows, types))
	if err != nil {
		t.Fatal(err)
	}
	got, err := fresh().Weights(nil, wtMatrix(t, prows, ptypes))
	if err != nil {
		t.Fatal(err)
	}
	want := make([]float64, n)
	for j, p := range perm {
		want[j] = w[p]
	}
	if diff := cmp.Diff(want, got, approxInvariant); diff != "" {
		t.Fatalf("criteria permuted by %v (-permuted weights +got):\n%s", perm, diff)
	}
}

// TestSubjectiveWeightLaws checks the weights derived from judgements: the
// rank-order functions and BWM.
func TestSubjectiveWeightLaws(t *testing.T) {
	for _, f := range rankWeightFuncs {
		t.Run(f.name, func(t *testing.T) {
			t.Run("CriterionPermutationEquivariance", rapid.MakeCheck(func(t *rapid.T) { propRankWeightsPermutation(t, f.f) }))
		})
	}
	t.Run("BWM", func(t *testing.T) {
		t.Run("ProbabilityVector", rapid.MakeCheck(propBWMProbability))
		t.Run("CriterionPermutationEquivariance", rapid.MakeCheck(propBWMPermutation))
	})
}

// genCompetitionRanks draws competition ranks of n criteria, with ties:
// the ranks of random scores in [1, maxScore].
func genCompetitionRanks(t *rapid.T, maxScore int) []int {
	n := rapid.IntRange(1, 10).Draw(t, "n")
	scores := rapid.SliceOfN(rapid.IntRange(1, maxScore), n, n).Draw(t, "scores")
	ranks := make([]int, n)
	for j, s := range scores {
		ranks[j] = 1
		for _, o := range scores {
			if o > s {
				ranks[j]++
			}
		}
	}
	return ranks
}

// Property: reordering the criteria, with their ranks, reorders the
// weights the same way, exactly; the weights are a probability vector.
func propRankWeightsPermutation(t *rapid.T, f func([]int) ([]float64, error)) {
	ranks := genCompetitionRanks(t, 5)
	perm := rapid.Permutation(identity(len(ranks))).Draw(t, "permutation")
	pranks := make([]int, len(ranks))
	for j, p := range perm {
		pranks[j] = ranks[p]
	}
	w, err := f(ranks)
	if err != nil {
		t.Fatal(err)
	}
	checkProbability(t, w)
	got, err := f(pranks)
	if err != nil {
		t.Fatal(err)
	}
	for j, p := range perm {
		if got[j] != w[p] {
			t.Fatalf("ranks %v permuted by %v: weights %v, then %v", ranks, perm, w, got)
		}
	}
}

// Property: BWM weights are a probability vector, also for comparisons
// off the integer scale.
func propBWMProbability(t *rapid.T) {
	p := genBWM(t)
	for j := range p.BestToOthers {
		if j != p.Best && j != p.Worst {
			p.BestToOthers[j] = rapid.Float64Range(1, 9).Draw(t, "aBj")
			p.OthersToWorst[j] = rapid.Float64Range(1, 9).Draw(t, "ajW")
		}
	}
	r, err := p.Solve()
	if err != nil {
		t.Fatal(err)
	}
	checkProbability(t, r.Weights)
}

// Property: reordering the criteria, with the best and worst indices and
// both comparison vectors, reorders the weights and leaves ξ^L unchanged,
// within 1e-9 (the linear program's optimum is unique; the simplex
// method reaches it along another path).
func propBWMPermutation(t *rapid.T) {
	p := genBWM(t)
	n := len(p.Criteria)
	perm := rapid.Permutation(identity(n)).Draw(t, "permutation")
	q := mcda.BWM{BestToOthers: make([]float64, n), OthersToWorst: make([]float64, n)}
	for j, k := range perm {
		q.Criteria = append(q.Criteria, p.Criteria[k])
		q.BestToOthers[j], q.OthersToWorst[j] = p.BestToOthers[k], p.OthersToWorst[k]
		if k == p.Best {
			q.Best = j
		}
		if k == p.Worst {
			q.Worst = j
		}
	}
	r, err := p.Solve()
	if err != nil {
		t.Fatal(err)
	}
	rq, err := q.Solve()
	if err != nil {
		t.Fatal(err)
	}
	want := make([]float64, n)
	for j, k := range perm {
		want[j] = r.Weights[k]
	}
	approx := cmpopts.EquateApprox(1e-9, 1e-9)
	if diff := cmp.Diff(want, rq.Weights, approx); diff != "" {
		t.Fatalf("criteria permuted by %v (-permuted weights +got):\n%s", perm, diff)
	}
	if diff := cmp.Diff(r.Xi, rq.Xi, approx); diff != "" {
		t.Fatalf("ξ changed (-want +got):\n%s", diff)
	}
}
