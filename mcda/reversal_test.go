package mcda_test

import (
	"slices"
	"strconv"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
)

// This file holds counterexamples to laws that some methods do not have,
// so that the documentation claims no more than the methods deliver:
//
//   - rank reversal: adding an alternative (often a copy of an existing
//     one, or one dominated by every other) flips the order of two
//     others, for every method whose normalization or aggregation depends
//     on the set of alternatives. The methods free of it (WSM without
//     normalization, the weighted product models, SPOTIS with fixed
//     bounds) are checked by the NoRankReversal law in property_test.go;
//   - column scaling: multiplying a column by a constant changes the
//     ranking of the methods that use the data's units as they are (WSM
//     and TOPSIS without normalization, PROMETHEE thresholds and SPOTIS
//     bounds that do not scale with the data);
//   - constant columns: a column with one value for every alternative
//     changes the ranking of the methods that are not invariant to the
//     scale of the weights (WASPAS, CODAS, CoCoSo) and of COPRAS, through
//     a constant cost column.
//
// The examples were found by a random search over matrices of integers
// 1-9 with 2 alternatives first, then 3, and 2 criteria first, then 3; the
// first example of the smallest size is kept. Each test checks the flip
// with a margin (scores at least minFlip apart before and after), so that
// no example rests on rounding.

// minFlip is the smallest score difference a counterexample may rest on.
const minFlip = 1e-6

// addition names the kind of alternative a rank-reversal counterexample
// adds, which the test verifies.
type addition int

const (
	addCopy       addition = iota // a copy of an existing alternative
	addDominated                  // dominated by every existing alternative
	addDominating                 // dominating every existing alternative
)

// rrCase is a rank-reversal counterexample: with the alternatives rows,
// a ranks strictly above b; with added appended, b ranks strictly above a.
type rrCase struct {
	name   string
	method func() mcda.Method
	rows   [][]float64
	w      []float64
	types  []int
	added  []float64
	kind   addition
	a, b   int
}

func runReversal(t *testing.T, cases []rrCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkAddition(t, tc)
			before, err := mcda.Rank(tc.method(), problem(t, tc.rows, tc.w, tc.types))
			if err != nil {
				t.Fatal(err)
			}
			after, err := mcda.Rank(tc.method(), problem(t, append(slices.Clone(tc.rows), tc.added), tc.w, tc.types))
			if err != nil {
				t.Fatal(err)
			}
			if !ranksAbove(before, tc.a, tc.b) {
				t.Fatalf("before: A%d (score %v) does not rank clearly above A%d (score %v)", tc.a+1, before.Scores[tc.a], tc.b+1, before.Scores[tc.b])
			}
			if !ranksAbove(after, tc.b, tc.a) {
				t.Fatalf("after adding %v: A%d (score %v) does not rank clearly above A%d (score %v)", tc.added, tc.b+1, after.Scores[tc.b], tc.a+1, after.Scores[tc.a])
			}
		})
	}
}

// ranksAbove reports whether a ranks strictly above b in r, with scores at
// least minFlip apart.
func ranksAbove(r *mcda.Ranking, a, b int) bool {
	d := r.Scores[a] - r.Scores[b]
	if !r.HigherIsBetter {
		d = -d
	}
	return r.Ranks[a] < r.Ranks[b] && d >= minFlip
}

// checkAddition verifies that tc.added is of the kind tc claims.
func checkAddition(t *testing.T, tc rrCase) {
	t.Helper()
	// dominates reports whether x is at least as good as y everywhere and
	// better somewhere.
	dominates := func(x, y []float64) bool {
		strict := false
		for j := range x {
			d := x[j] - y[j]
			if tc.types[j] < 0 {
				d = -d
			}
			if d < 0 {
				return false
			}
			strict = strict || d > 0
		}
		return strict
	}
	for _, r := range tc.rows {
		switch tc.kind {
		case addCopy:
			if slices.Equal(r, tc.added) {
				return
			}
		case addDominated:
			if !dominates(r, tc.added) {
				t.Fatalf("added %v is not dominated by %v", tc.added, r)
			}
		case addDominating:
			if !dominates(tc.added, r) {
				t.Fatalf("added %v does not dominate %v", tc.added, r)
			}
		}
	}
	if tc.kind == addCopy {
		t.Fatalf("added %v is not a copy of an alternative", tc.added)
	}
}

// Adding an alternative changes TOPSIS's normalization or its ideal and
// anti-ideal: a copy changes the column norms (vector) and sums (sum); a
// dominated alternative lowers a column's minimum, moving the anti-ideal
// (max, min-max, none). Either can flip two alternatives.
func TestTOPSISRankReversalCounterexample(t *testing.T) {
	topsis := func(k mcda.Normalization) func() mcda.Method {
		return func() mcda.Method { return &mcda.TOPSIS{Normalization: k} }
	}
	runReversal(t, []rrCase{
		{"vector", topsis(mcda.NormalizationVector), [][]float64{{2, 6}, {9, 2}}, []float64{1, 1}, []int{1, 1}, []float64{9, 2}, addCopy, 1, 0},
		{"max", topsis(mcda.NormalizationMax), [][]float64{{5, 7}, {9, 4}}, []float64{1, 1}, []int{1, 1}, []float64{5, 3}, addDominated, 1, 0},
		{"minmax", topsis(mcda.NormalizationMinMax), [][]float64{{6, 1}, {5, 3}}, []float64{2, 3}, []int{-1, -1}, []float64{6, 5}, addDominated, 0, 1},
		{"sum", topsis(mcda.NormalizationSum), [][]float64{{6, 5}, {2, 2}}, []float64{2, 3}, []int{1, -1}, []float64{2, 2}, addCopy, 1, 0},
		{"none", topsis(mcda.NormalizationNone), [][]float64{{2, 6}, {5, 4}}, []float64{3, 4}, []int{1, 1}, []float64{2, 3}, addDominated, 1, 0},
	})
}

// WSM's scores depend on the other alternatives through the normalization
// only: a copy changes the column norms and sums (vector, sum); a new
// minimum or maximum changes min-max (here a dominated alternative with a
// new worst cost); max normalization changes only with a new best value,
// here an alternative that dominates both. Without normalization WSM is
// free of rank reversal (the NoRankReversal law).
func TestWSMRankReversalCounterexample(t *testing.T) {
	wsm := func(k mcda.Normalization) func() mcda.Method {
		return func() mcda.Method { return &mcda.WSM{Normalization: k} }
	}
	runReversal(t, []rrCase{
		{"vector", wsm(mcda.NormalizationVector), [][]float64{{2, 6}, {9, 2}}, []float64{1, 1}, []int{1, 1}, []float64{9, 2}, addCopy, 1, 0},
		{"max", wsm(mcda.NormalizationMax), [][]float64{{9, 4}, {7, 5}}, []float64{1, 1}, []int{-1, -1}, []float64{2, 3}, addDominating, 1, 0},
		{"minmax", wsm(mcda.NormalizationMinMax), [][]float64{{6, 1}, {5, 3}}, []float64{2, 3}, []int{-1, -1}, []float64{6, 5}, addDominated, 0, 1},
		{"sum", wsm(mcda.NormalizationSum), [][]float64{{6, 5}, {2, 2}}, []float64{2, 3}, []int{1, -1}, []float64{2, 2}, addCopy, 1, 0},
	})
}

// VIKOR scales each criterion by its range f* − f⁻: an alternative with a
// new worst value widens the range, shrinking the regrets on that
// criterion relative to the others. Here a dominated alternative with a
// cost of 5 on the second criterion (the worst was 3) reverses A1 and A2
// for every v.
func TestVIKORRankReversalCounterexample(t *testing.T) {
	for _, v := range []float64{0, 0.25, 0.5, 1} {
		runReversal(t, []rrCase{
			{"v=" + ftoa(v), func() mcda.Method { return &mcda.VIKOR{V: ptr(v)} },
				[][]float64{{6, 1}, {5, 3}}, []float64{2, 3}, []int{-1, -1}, []float64{6, 5}, addDominated, 0, 1},
		})
	}
}

// PROMETHEE's flows average the comparisons with every other alternative,
// so a copy of an alternative counts the comparisons with it twice, which
// can reverse two others, whatever the preference function (here with
// thresholds q = 1, p = 4, s = 2).
func TestPROMETHEERankReversalCounterexample(t *testing.T) {
	promethee := func(f mcda.PreferenceFunction, n int) func() mcda.Method {
		return func() mcda.Method {
			prefs := make([]mcda.Preference, n)
			for j := range prefs {
				prefs[j] = mcda.Preference{Function: f, Q: 1, P: 4, S: 2}
			}
			return &mcda.PROMETHEE{Preferences: prefs}
		}
	}
	runReversal(t, []rrCase{
		{"usual", promethee(mcda.PreferenceUsual, 3), [][]float64{{1, 5, 1}, {7, 5, 5}, {5, 3, 2}}, []float64{4, 3, 1}, []int{1, 1, 1}, []float64{7, 5, 5}, addCopy, 2, 0},
		{"ushape", promethee(mcda.PreferenceUShape, 2), [][]float64{{2, 7}, {7, 6}, {9, 8}}, []float64{2, 3}, []int{1, 1}, []float64{9, 8}, addCopy, 1, 0},
		{"vshape", promethee(mcda.PreferenceVShape, 2), [][]float64{{1, 8}, {5, 9}, {7, 3}}, []float64{3, 1}, []int{1, 1}, []float64{5, 9}, addCopy, 1, 2},
		{"level", promethee(mcda.PreferenceLevel, 2), [][]float64{{8, 9}, {4, 4}, {9, 8}}, []float64{4, 3}, []int{-1, 1}, []float64{8, 9}, addCopy, 1, 0},
		{"linear", promethee(mcda.PreferenceLinear, 2), [][]float64{{4, 6}, {5, 8}, {2, 9}}, []float64{1, 4}, []int{1, 1}, []float64{4, 6}, addCopy, 1, 2},
		{"gaussian", promethee(mcda.PreferenceGaussian, 2), [][]float64{{5, 1}, {9, 2}, {2, 3}}, []float64{3, 4}, []int{1, 1}, []float64{9, 2}, addCopy, 0, 2},
	})
}

// WASPAS normalizes by the best value of each criterion: an alternative
// with a new best value rescales that criterion. The product part is
// unaffected (rescaling a column multiplies every product by the same
// factor, so λ = 0 is free of rank reversal), but the sum part is not.
func TestWASPASRankReversalCounterexample(t *testing.T) {
	for _, l := range []float64{0.5, 1} {
		runReversal(t, []rrCase{
			{"lambda=" + ftoa(l), func() mcda.Method { return &mcda.WASPAS{Lambda: ptr(l)} },
				[][]float64{{9, 4}, {7, 5}}, []float64{1, 1}, []int{-1, -1}, []float64{2, 3}, addDominating, 1, 0},
		})
	}
}

// COPRAS normalizes by column sums, which a copy changes.
func TestCOPRASRankReversalCounterexample(t *testing.T) {
	runReversal(t, []rrCase{
		{"copy", func() mcda.Method { return &mcda.COPRAS{} }, [][]float64{{6, 5}, {2, 2}}, []float64{2, 3}, []int{1, -1}, []float64{2, 2}, addCopy, 1, 0},
	})
}

// EDAS measures distances from the average solution, which a copy moves.
func TestEDASRankReversalCounterexample(t *testing.T) {
	runReversal(t, []rrCase{
		{"copy", func() mcda.Method { return &mcda.EDAS{} }, [][]float64{{2, 6}, {9, 2}}, []float64{1, 1}, []int{1, 1}, []float64{9, 2}, addCopy, 1, 0},
	})
}

// The ratio system and the reference point of MOORA divide by the column
// norms, which a copy changes; MULTIMOORA inherits the reversal. (The
// full multiplicative form is free of it: a norm multiplies every score by
// the same factor.)
func TestMOORARankReversalCounterexample(t *testing.T) {
	rows, w, types, added := [][]float64{{2, 6}, {9, 2}}, []float64{1, 1}, []int{1, 1}, []float64{9, 2}
	runReversal(t, []rrCase{
		{"ratio", func() mcda.Method { return &mcda.MOORA{} }, rows, w, types, added, addCopy, 1, 0},
		{"refpoint", func() mcda.Method { return &mcda.MOORARefPoint{} }, rows, w, types, added, addCopy, 1, 0},
		{"multimoora", func() mcda.Method { return &mcda.MULTIMOORA{} }, rows, w, types, added, addCopy, 1, 0},
		{"multimoora-unweighted", func() mcda.Method { return &mcda.MULTIMOORA{Unweighted: true} }, rows, w, types, added, addCopy, 1, 0},
	})
}

// ARAS normalizes by column sums (including the optimal alternative),
// which a copy changes.
func TestARASRankReversalCounterexample(t *testing.T) {
	runReversal(t, []rrCase{
		{"copy", func() mcda.Method { return &mcda.ARAS{} }, [][]float64{{2, 6}, {9, 2}}, []float64{1, 1}, []int{1, 1}, []float64{9, 2}, addCopy, 1, 0},
	})
}

// CODAS sums the relative assessments h_ik over every other alternative k,
// so a copy counts the comparisons with it twice; the threshold τ decides
// which pairs compare taxicab distances.
func TestCODASRankReversalCounterexample(t *testing.T) {
	codas := func(tau float64) func() mcda.Method { return func() mcda.Method { return &mcda.CODAS{Tau: tau} } }
	runReversal(t, []rrCase{
		{"tau=0.01", codas(0.01), [][]float64{{3, 7}, {9, 1}, {1, 8}}, []float64{1, 1}, []int{1, 1}, []float64{3, 7}, addCopy, 2, 0},
		{"tau=0.02", codas(0.02), [][]float64{{1, 2}, {2, 8}, {4, 9}}, []float64{4, 4}, []int{-1, 1}, []float64{2, 8}, addCopy, 1, 0},
		{"tau=0.05", codas(0.05), [][]float64{{4, 3}, {2, 2}, {3, 1}}, []float64{2, 2}, []int{-1, 1}, []float64{3, 1}, addCopy, 0, 1},
	})
}

// MABAC's border approximation area is common to all alternatives and
// cancels from comparisons, so MABAC ranks as WSM with min-max
// normalization and reverses with it: a dominated alternative with a new
// worst cost widens that column's range.
func TestMABACRankReversalCounterexample(t *testing.T) {
	runReversal(t, []rrCase{
		{"dominated", func() mcda.Method { return &mcda.MABAC{} }, [][]float64{{6, 1}, {5, 3}}, []float64{2, 3}, []int{-1, -1}, []float64{6, 5}, addDominated, 0, 1},
	})
}

// MARCOS ranks as WSM with max normalization, and reverses with it when a
// new alternative brings a new best value.
func TestMARCOSRankReversalCounterexample(t *testing.T) {
	runReversal(t, []rrCase{
		{"dominating", func() mcda.Method { return &mcda.MARCOS{} }, [][]float64{{9, 4}, {7, 5}}, []float64{1, 1}, []int{-1, -1}, []float64{2, 3}, addDominating, 1, 0},
	})
}

// SPOTIS with nil Bounds takes the bounds from the data, so a new
// alternative outside them moves the bounds: here a dominated one with a
// new worst cost. With fixed bounds SPOTIS is free of rank reversal (the
// NoRankReversal law of spotis-bounds).
func TestSPOTISRankReversalCounterexample(t *testing.T) {
	runReversal(t, []rrCase{
		{"dataBounds", func() mcda.Method { return &mcda.SPOTIS{} }, [][]float64{{6, 1}, {5, 3}}, []float64{2, 3}, []int{-1, -1}, []float64{6, 5}, addDominated, 0, 1},
	})
}

// CoCoSo's appraisal scores are relative to the total, minimum and maximum
// over the alternatives. A copy leaves the minimum and maximum alone but
// changes the total Σ(P + S), which rescales k_a; since k combines k_a,
// k_b and k_c non-linearly, rescaling k_a alone can reverse two others.
func TestCOCOSORankReversalCounterexample(t *testing.T) {
	cocoso := func(l float64) func() mcda.Method { return func() mcda.Method { return &mcda.COCOSO{Lambda: ptr(l)} } }
	runReversal(t, []rrCase{
		{"lambda=0", cocoso(0), [][]float64{{4, 3}, {5, 1}, {1, 6}}, []float64{1, 3}, []int{1, 1}, []float64{4, 3}, addCopy, 0, 2},
		{"lambda=0.5", cocoso(0.5), [][]float64{{9, 1}, {2, 7}, {6, 5}}, []float64{4, 1}, []int{1, 1}, []float64{9, 1}, addCopy, 2, 0},
		{"lambda=1", cocoso(1), [][]float64{{1, 2}, {4, 8}, {6, 3}}, []float64{2, 1}, []int{-1, 1}, []float64{4, 8}, addCopy, 1, 0},
	})
}

// scaleCase is a column-scaling counterexample: with rows, a ranks
// strictly above b; with column col multiplied by k (and the method's
// parameters unchanged), b ranks strictly above a.
type scaleCase struct {
	name   string
	method func() mcda.Method
	rows   [][]float64
	w      []float64
	types  []int
	col    int
	k      float64
	a, b   int
}

func runScale(t *testing.T, cases []scaleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before, err := mcda.Rank(tc.method(), problem(t, tc.rows, tc.w, tc.types))
			if err != nil {
				t.Fatal(err)
			}
			scaled := make([][]float64, len(tc.rows))
			for i, r := range tc.rows {
				scaled[i] = slices.Clone(r)
				scaled[i][tc.col] *= tc.k
			}
			after, err := mcda.Rank(tc.method(), problem(t, scaled, tc.w, tc.types))
			if err != nil {
				t.Fatal(err)
			}
			if !ranksAbove(before, tc.a, tc.b) {
				t.Fatalf("before: A%d (score %v) does not rank clearly above A%d (score %v)", tc.a+1, before.Scores[tc.a], tc.b+1, before.Scores[tc.b])
			}
			if !ranksAbove(after, tc.b, tc.a) {
				t.Fatalf("after scaling column %d by %v: A%d (score %v) does not rank clearly above A%d (score %v)", tc.col, tc.k, tc.b+1, after.Scores[tc.b], tc.a+1, after.Scores[tc.a])
			}
		})
	}
}

// Without normalization WSM and TOPSIS add the data in their own units,
// so a change of units (here ×100 on the first criterion) changes the
// weight a criterion effectively carries, and the ranking. Every other
// normalization divides by a column statistic and is invariant (the
// ColumnScaleInvariance law).
func TestNoNormalizationScaleCounterexample(t *testing.T) {
	rows, w, types := [][]float64{{1, 10}, {2, 1}}, []float64{1, 1}, []int{1, 1}
	runScale(t, []scaleCase{
		{"wsm", func() mcda.Method { return &mcda.WSM{Normalization: mcda.NormalizationNone} }, rows, w, types, 0, 100, 0, 1},
		{"topsis", func() mcda.Method { return &mcda.TOPSIS{Normalization: mcda.NormalizationNone} }, rows, w, types, 0, 100, 0, 1},
	})
}

// PROMETHEE's thresholds q, p and s are in the data's units: scaling a
// column without them moves differences across the thresholds. Here the
// second criterion's difference of 1 is below q = 1.5 (or p = 4) before
// scaling and above it after ×10. Scaling the thresholds with the column
// leaves the flows unchanged (the ColumnAndParameterScaleInvariance law);
// the usual criterion has no threshold and is invariant.
func TestPROMETHEEFixedThresholdScaleCounterexample(t *testing.T) {
	promethee := func(f mcda.PreferenceFunction) func() mcda.Method {
		return func() mcda.Method {
			p := mcda.Preference{Function: f, Q: 1.5, P: 4, S: 2}
			return &mcda.PROMETHEE{Preferences: []mcda.Preference{p, p}}
		}
	}
	rows, w, types := [][]float64{{1, 10}, {4, 9}}, []float64{1, 2}, []int{1, 1}
	var cases []scaleCase
	for f := mcda.PreferenceUShape; f <= mcda.PreferenceGaussian; f++ {
		cases = append(cases, scaleCase{f.String(), promethee(f), rows, w, types, 1, 10, 1, 0})
	}
	runScale(t, cases)
}

// SPOTIS with fixed bounds measures distances to a fixed ideal point in
// the data's units: scaling a column while keeping its bounds changes the
// distances on it non-proportionally (here, with bounds [0, 100], the
// second criterion's values 50 and 44 become 100, the ideal, and 88).
// Scaling the bounds with the column leaves the scores unchanged (the
// ColumnAndParameterScaleInvariance law of spotis-bounds).
func TestSPOTISFixedBoundsScaleCounterexample(t *testing.T) {
	runScale(t, []scaleCase{
		{"bounds", func() mcda.Method { return &mcda.SPOTIS{Bounds: [][2]float64{{0, 100}, {0, 100}}} },
			[][]float64{{10, 50}, {20, 44}}, []float64{1, 1}, []int{1, 1}, 1, 2, 1, 0},
	})
}

// ftoa formats a parameter for a subtest name.
func ftoa(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }

// constCase is a constant-column counterexample: with rows, a ranks
// strictly above b; with a column of 5s of the given objective and weight
// appended, b ranks strictly above a.
type constCase struct {
	name   string
	method func() mcda.Method
	rows   [][]float64
	types  []int // of rows' columns; their weights are 1
	ctype  int   // objective of the constant column
	cw     float64
	a, b   int
}

// A constant column carries no information, and most methods ignore it
// up to a common transformation of the scores (the ConstantColumn cases of
// TestDegenerateInputs). It still takes its share of the normalized
// weights, scaling the others' by a common factor, and it shifts
// aggregates by a constant; the methods below are not invariant to that:
//
//   - WASPAS: the weighted product raises its factors to the weights, so
//     scaling the weights changes the blend with the weighted sum;
//   - CODAS: the distances shrink with the weights, and pairs cross the
//     threshold τ of the taxicab term;
//   - CoCoSo: the power sum Σ r^w_j depends on the weights' scale, and
//     the constant column's 1 is added to every P_i;
//   - COPRAS: a constant cost column adds w_j/m to every S⁻_i, which is
//     not a common factor of the term Σ S⁻ / (S⁻_i·Σ 1/S⁻_k).
func TestConstantColumnCounterexample(t *testing.T) {
	half := 0.5
	for _, tc := range []constCase{
		{"waspas", func() mcda.Method { return &mcda.WASPAS{} }, [][]float64{{2, 1}, {5, 4}, {8, 9}}, []int{1, -1}, -1, 4, 2, 1},
		{"codas", func() mcda.Method { return &mcda.CODAS{} }, [][]float64{{2, 8}, {5, 7}, {7, 3}}, []int{1, 1}, 1, 4, 1, 2},
		{"cocoso", func() mcda.Method { return &mcda.COCOSO{Lambda: &half} }, [][]float64{{6, 6}, {7, 7}, {5, 1}}, []int{1, -1}, 1, 1, 1, 0},
		{"copras", func() mcda.Method { return &mcda.COPRAS{} }, [][]float64{{2, 1}, {5, 4}, {8, 9}}, []int{1, -1}, -1, 4, 2, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := make([]float64, len(tc.types))
			for j := range w {
				w[j] = 1
			}
			before, err := mcda.Rank(tc.method(), problem(t, tc.rows, w, tc.types))
			if err != nil {
				t.Fatal(err)
			}
			with := make([][]float64, len(tc.rows))
			for i, r := range tc.rows {
				with[i] = append(slices.Clone(r), 5)
			}
			after, err := mcda.Rank(tc.method(), problem(t, with, append(w, tc.cw), append(slices.Clone(tc.types), tc.ctype)))
			if err != nil {
				t.Fatal(err)
			}
			if !ranksAbove(before, tc.a, tc.b) {
				t.Fatalf("before: A%d (score %v) does not rank clearly above A%d (score %v)", tc.a+1, before.Scores[tc.a], tc.b+1, before.Scores[tc.b])
			}
			if !ranksAbove(after, tc.b, tc.a) {
				t.Fatalf("with the constant column: A%d (score %v) does not rank clearly above A%d (score %v)", tc.b+1, after.Scores[tc.b], tc.a+1, after.Scores[tc.a])
			}
		})
	}
}
