package mcda_test

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
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
	mcda.VectorNormalization, mcda.MaxNormalization, mcda.MinMaxNormalization, mcda.SumNormalization, mcda.NoNormalization,
}

// methodsUnder returns every method with every normalization it accepts.
func methodsUnder() []mcda.Method {
	var ms []mcda.Method
	for _, k := range allNormalizations {
		ms = append(ms, &mcda.TOPSIS{Normalization: k}, &mcda.WSM{Normalization: k})
	}
	for _, k := range []mcda.Normalization{mcda.MaxNormalization, mcda.SumNormalization, mcda.NoNormalization} {
		ms = append(ms, &mcda.WPM{Normalization: k})
	}
	return ms
}

func TestTOPSISProperties(t *testing.T) {
	t.Run("ClosenessInUnitInterval", rapid.MakeCheck(propClosenessInUnitInterval))
	t.Run("ColumnScaleInvariance", rapid.MakeCheck(propColumnScaleInvariance))
}

// Property: for every valid problem and normalization, 0 <= C_i <= 1,
// including problems with negative values under the normalizations that
// accept them.
func propClosenessInUnitInterval(t *rapid.T) {
	rows, w, types := genProblem(t)
	k := rapid.SampledFrom(allNormalizations).Draw(t, "normalization")
	if k == mcda.VectorNormalization || k == mcda.MinMaxNormalization || k == mcda.NoNormalization {
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

// Property: multiplying one column by k > 0 leaves TOPSIS closeness
// unchanged under every normalization that divides by a column statistic
// (vector, max, min-max, sum). NoNormalization does not have it.
func propColumnScaleInvariance(t *rapid.T) {
	rows, w, types := genProblem(t)
	k := rapid.SampledFrom(allNormalizations[:4]).Draw(t, "normalization")
	j := rapid.IntRange(0, len(w)-1).Draw(t, "column")
	f := rapid.Float64Range(1e-3, 1e3).Draw(t, "factor")
	tp := mcda.TOPSIS{Normalization: k}
	before, err := tp.Scores(nil, problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		r[j] *= f
	}
	after, err := tp.Scores(nil, problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, after, approxInvariant); diff != "" {
		t.Fatalf("closeness changed after scaling column %d by %v (-before +after):\n%s", j, f, diff)
	}
}

func TestMethodProperties(t *testing.T) {
	t.Run("DominatorNeverRanksBelow", rapid.MakeCheck(propDominatorNeverRanksBelow))
	t.Run("Deterministic", rapid.MakeCheck(propDeterministic))
	t.Run("ScoresFinite", rapid.MakeCheck(propScoresFinite))
	t.Run("RatioScaleInvariance", rapid.MakeCheck(propRatioScaleInvariance))
	t.Run("WSMMaxInUnitInterval", rapid.MakeCheck(propWSMMaxInUnitInterval))
}

// Property: if alternative a is at least as good as b on every criterion
// (and better on one), a's rank is never worse than b's, for every method
// and normalization.
func propDominatorNeverRanksBelow(t *rapid.T) {
	rows, w, types := genProblem(t)
	b := rapid.IntRange(0, len(rows)-1).Draw(t, "dominated")
	a := rapid.IntRange(0, len(rows)-1).Draw(t, "dominator")
	if a == b {
		t.Skip("same alternative")
	}
	better := rapid.IntRange(0, len(w)-1).Draw(t, "strictly better on")
	for j := range w {
		f := rapid.Float64Range(1, 2).Draw(t, "factor")
		if j == better {
			f = rapid.Float64Range(1.01, 2).Draw(t, "strict factor")
		}
		if types[j] > 0 {
			rows[a][j] = rows[b][j] * f
		} else {
			rows[a][j] = rows[b][j] / f
		}
	}
	m := problem(t, rows, w, types)
	for _, method := range methodsUnder() {
		r, err := mcda.Rank(method, m)
		if err != nil {
			t.Fatal(err)
		}
		if r.Ranks[a] > r.Ranks[b] {
			t.Fatalf("%s: dominator %d ranks %d, below dominated %d at %d; scores %v", method.Name(), a, r.Ranks[a], b, r.Ranks[b], r.Scores)
		}
	}
}

// Property: scoring is deterministic: a fresh method value and one reused
// after scoring another problem give bit-identical scores.
func propDeterministic(t *rapid.T) {
	rows, w, types := genProblem(t)
	m := problem(t, rows, w, types)
	orows, ow, otypes := genProblem(t)
	other := problem(t, orows, ow, otypes)
	fresh, reused := methodsUnder(), methodsUnder()
	for i := range fresh {
		if _, err := reused[i].Scores(nil, other); err != nil {
			t.Fatal(err)
		}
		want, err := fresh[i].Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		got, err := reused[i].Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("%s: reused workspace changed the scores (-fresh +reused):\n%s", fresh[i].Name(), diff)
		}
	}
}

// Property: no method returns NaN or ±Inf for valid data, however extreme
// within the range the normalization accepts; they either score or return
// an error.
func propScoresFinite(t *rapid.T) {
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
	dm := problem(t, rows, w, types)
	for _, method := range methodsUnder() {
		s, err := method.Scores(nil, dm)
		if err != nil {
			continue // a typed error is an acceptable answer
		}
		for i, v := range s {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("%s: score[%d] = %v", method.Name(), i, v)
			}
		}
	}
}

// Property: WPM scores under every normalization it accepts are
// proportional to one another (the ratio P_K/P_L does not depend on the
// normalization), and WSM scores under max and sum normalization do not
// change when a column is rescaled.
func propRatioScaleInvariance(t *rapid.T) {
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
	want := ratios(mcda.WPM{Normalization: mcda.NoNormalization})
	for _, k := range []mcda.Normalization{mcda.MaxNormalization, mcda.SumNormalization} {
		if diff := cmp.Diff(want, ratios(mcda.WPM{Normalization: k}), approxInvariant); diff != "" {
			t.Fatalf("WPM{%v}: score ratios differ from the raw model's (-none +%v):\n%s", k, k, diff)
		}
	}
	j := rapid.IntRange(0, len(w)-1).Draw(t, "column")
	f := rapid.Float64Range(1e-3, 1e3).Draw(t, "factor")
	for _, k := range []mcda.Normalization{mcda.MaxNormalization, mcda.SumNormalization} {
		s := mcda.WSM{Normalization: k}
		before, err := s.Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		scaled := make([][]float64, len(rows))
		for i, r := range rows {
			scaled[i] = append([]float64(nil), r...)
			scaled[i][j] *= f
		}
		after, err := s.Scores(nil, problem(t, scaled, w, types))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(before, after, approxInvariant); diff != "" {
			t.Fatalf("WSM{%v}: scores changed after scaling column %d by %v (-before +after):\n%s", k, j, f, diff)
		}
	}
}

// Property: with max normalization every normalized value lies in [0, 1],
// so WSM scores do too and WPM scores lie in (0, 1] up to rounding.
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
	const ulp = 1e-15
	for i := range ws {
		if !(ws[i] >= 0 && ws[i] <= 1+ulp) || !(ps[i] > 0 && ps[i] <= 1+ulp) {
			t.Fatalf("alternative %d: WSM %v, WPM %v; want in [0, 1] and (0, 1]", i, ws[i], ps[i])
		}
	}
}
