package mcda_test

import (
	"errors"
	"math"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda"
)

// constEffect is what a method's documentation says a constant column does.
type constEffect int

const (
	// constSame: the scores are those of the problem without the column
	// (the column adds nothing, and the scores do not depend on the scale
	// of the weights).
	constSame constEffect = iota
	// constRanks: the scores change by a common transformation, and the
	// ranking is that of the problem without the column.
	constRanks
	// constCostChanges: a constant benefit column keeps the ranking, but a
	// constant cost column can change it (COPRAS).
	constCostChanges
	// constMayChange: the ranking can change, since the column takes a
	// share of the weights and the method is not invariant to their scale
	// (TestConstantColumnCounterexample).
	constMayChange
)

// degenerateCase is the documented behaviour of one method on the
// degenerate inputs of TestDegenerateInputs.
type degenerateCase struct {
	name     string
	method   func() mcda.Method
	constant constEffect
	// identical is the common score of three identical alternatives (3, 2)
	// on a benefit and a cost criterion, and single that of one such
	// alternative alone.
	identical, single float64
	// zeroBenefit, zeroCost and negative are the sentinels of the errors
	// for a 0 on a benefit criterion, a 0 on a cost criterion and a
	// negative benefit value; nil means the values are accepted.
	zeroBenefit, zeroCost, negative error
	// oneCriterion is the sentinel of the error for a single criterion; nil
	// means the method ranks as the criterion.
	oneCriterion error
}

// degenerateBase is the problem the constant-column cases extend: a
// benefit and a cost criterion of weight 1, where A3 is best and A1 worst
// or second.
var degenerateBase = struct {
	rows  [][]float64
	types []int
}{[][]float64{{3, 2}, {5, 4}, {4, 1}}, []int{1, -1}}

func degenerateCases() []degenerateCase {
	half := 0.5
	return []degenerateCase{
		{name: "topsis", method: func() mcda.Method { return &mcda.TOPSIS{} }, constant: constSame, identical: 0.5, single: 0.5},
		{name: "wsm", method: func() mcda.Method { return &mcda.WSM{} }, constant: constRanks, identical: 1, single: 1,
			zeroCost: mcda.ErrNotPositive, negative: mcda.ErrNegative},
		{name: "wpm", method: func() mcda.Method { return &mcda.WPM{} }, constant: constRanks, identical: 1, single: 1,
			zeroBenefit: mcda.ErrNotPositive, zeroCost: mcda.ErrNotPositive, negative: mcda.ErrNotPositive},
		{name: "vikor", method: func() mcda.Method { return &mcda.VIKOR{} }, constant: constSame, identical: 0, single: 0},
		{name: "promethee", method: func() mcda.Method { return &mcda.PROMETHEE{} }, constant: constRanks, identical: 0, single: 0},
		{name: "waspas", method: func() mcda.Method { return &mcda.WASPAS{} }, constant: constMayChange, identical: 1, single: 1,
			zeroCost: mcda.ErrNotPositive, negative: mcda.ErrNegative},
		{name: "copras", method: func() mcda.Method { return &mcda.COPRAS{} }, constant: constCostChanges, identical: 1.0 / 3, single: 1,
			zeroCost: mcda.ErrNotPositive, negative: mcda.ErrNegative},
		{name: "edas", method: func() mcda.Method { return &mcda.EDAS{} }, constant: constSame, identical: 0.5, single: 0.5},
		{name: "moora", method: func() mcda.Method { return &mcda.MOORA{} }, constant: constRanks, identical: 0, single: 0},
		{name: "moora-rp", method: func() mcda.Method { return &mcda.MOORARefPoint{} }, constant: constRanks, identical: 0, single: 0},
		{name: "moora-fmf", method: func() mcda.Method { return &mcda.MOORAFMF{} }, constant: constRanks, identical: 1, single: 1,
			zeroBenefit: mcda.ErrNotPositive, zeroCost: mcda.ErrNotPositive, negative: mcda.ErrNotPositive},
		{name: "multimoora", method: func() mcda.Method { return &mcda.MULTIMOORA{} }, constant: constSame, identical: 0, single: 0,
			zeroBenefit: mcda.ErrNotPositive, zeroCost: mcda.ErrNotPositive, negative: mcda.ErrNotPositive},
		{name: "aras", method: func() mcda.Method { return &mcda.ARAS{} }, constant: constRanks, identical: 1, single: 1,
			zeroCost: mcda.ErrNotPositive, negative: mcda.ErrNegative},
		{name: "codas", method: func() mcda.Method { return &mcda.CODAS{} }, constant: constMayChange, identical: 0, single: 0,
			zeroCost: mcda.ErrNotPositive, negative: mcda.ErrNegative},
		{name: "mabac", method: func() mcda.Method { return &mcda.MABAC{} }, constant: constRanks, identical: 0, single: 0},
		{name: "marcos", method: func() mcda.Method { return &mcda.MARCOS{} }, constant: constRanks, identical: 2.0 / 3, single: 2.0 / 3,
			zeroCost: mcda.ErrNotPositive, negative: mcda.ErrNegative},
		{name: "spotis", method: func() mcda.Method { return &mcda.SPOTIS{} }, constant: constRanks, identical: 0, single: 0},
		// k_a = 1/m, k_b = 2, k_c = 1: k = ∛(2/m) + (1/m + 3)/3.
		{name: "cocoso", method: func() mcda.Method { return &mcda.COCOSO{Lambda: &half} }, constant: constMayChange,
			identical: math.Cbrt(2.0/3) + (1.0/3+3)/3, single: math.Cbrt(2) + 4.0/3, oneCriterion: mcda.ErrUndefined},
	}
}

// TestDegenerateInputs pins what each method's documentation says it does
// with degenerate but valid input: a constant column, identical
// alternatives, zeros and negative values, a single alternative, a single
// criterion.
func TestDegenerateInputs(t *testing.T) {
	approx := cmpopts.EquateApprox(1e-12, 1e-15)
	for _, dc := range degenerateCases() {
		t.Run(dc.name, func(t *testing.T) {
			score := func(t *testing.T, rows [][]float64, w []float64, types []int) (*mcda.Ranking, error) {
				t.Helper()
				return mcda.Rank(dc.method(), problem(t, rows, w, types))
			}
			mustScore := func(t *testing.T, rows [][]float64, w []float64, types []int) *mcda.Ranking {
				t.Helper()
				r, err := score(t, rows, w, types)
				if err != nil {
					t.Fatal(err)
				}
				return r
			}
			base := mustScore(t, degenerateBase.rows, []float64{1, 1}, degenerateBase.types)
			for _, ctype := range []int{1, -1} {
				name := map[int]string{1: "ConstantBenefitColumn", -1: "ConstantCostColumn"}[ctype]
				t.Run(name, func(t *testing.T) {
					with := func(c float64) *mcda.Ranking {
						rows := make([][]float64, len(degenerateBase.rows))
						for i, r := range degenerateBase.rows {
							rows[i] = append(slices.Clone(r), c)
						}
						return mustScore(t, rows, []float64{1, 1, 1}, append(slices.Clone(degenerateBase.types), ctype))
					}
					got := with(7)
					// Every method here maps a constant column to a
					// constant that does not depend on its value.
					if diff := cmp.Diff(got.Scores, with(70).Scores, approx); diff != "" {
						t.Errorf("scores depend on the constant's value (-7 +70):\n%s", diff)
					}
					switch {
					case dc.constant == constSame:
						if diff := cmp.Diff(base.Scores, got.Scores, approx); diff != "" {
							t.Errorf("scores changed (-without +with):\n%s", diff)
						}
					case dc.constant == constRanks, dc.constant == constCostChanges && ctype > 0:
						if diff := cmp.Diff(base.Ranks, got.Ranks); diff != "" {
							t.Errorf("ranks changed (-without +with):\n%s", diff)
						}
					}
				})
			}
			t.Run("IdenticalAlternatives", func(t *testing.T) {
				r := mustScore(t, [][]float64{{3, 2}, {3, 2}, {3, 2}}, []float64{1, 1}, []int{1, -1})
				wantScores(t, []float64{dc.identical, dc.identical, dc.identical}, r.Scores, approx)
			})
			t.Run("OneAlternative", func(t *testing.T) {
				r := mustScore(t, [][]float64{{3, 2}}, []float64{1, 1}, []int{1, -1})
				wantScores(t, []float64{dc.single}, r.Scores, approx)
			})
			for _, v := range []struct {
				name string
				rows [][]float64
				want error
			}{
				{"ZeroBenefit", [][]float64{{0, 2}, {5, 4}, {4, 1}}, dc.zeroBenefit},
				{"ZeroCost", [][]float64{{3, 0}, {5, 4}, {4, 1}}, dc.zeroCost},
				{"NegativeBenefit", [][]float64{{-3, 2}, {5, 4}, {4, 1}}, dc.negative},
			} {
				t.Run(v.name, func(t *testing.T) {
					r, err := score(t, v.rows, []float64{1, 1}, []int{1, -1})
					switch {
					case v.want != nil:
						if !errors.Is(err, v.want) {
							t.Fatalf("err = %v, want %v", err, v.want)
						}
						var ve *mcda.ValueError
						var ae *mcda.AlternativeError
						if !errors.As(err, &ve) && !errors.As(err, &ae) {
							t.Fatalf("err = %v: want a *ValueError or *AlternativeError naming the place", err)
						}
					case err != nil:
						t.Fatalf("err = %v, want the values accepted", err)
					default:
						for i, s := range r.Scores {
							if math.IsNaN(s) || math.IsInf(s, 0) {
								t.Fatalf("score[%d] = %v", i, s)
							}
						}
					}
				})
			}
			for _, ctype := range []int{1, -1} {
				name := map[int]string{1: "OneBenefitCriterion", -1: "OneCostCriterion"}[ctype]
				t.Run(name, func(t *testing.T) {
					r, err := score(t, [][]float64{{3}, {5}, {4}}, []float64{1}, []int{ctype})
					if dc.oneCriterion != nil {
						if !errors.Is(err, dc.oneCriterion) {
							t.Fatalf("err = %v, want %v", err, dc.oneCriterion)
						}
						return
					}
					if err != nil {
						t.Fatal(err)
					}
					want := []int{3, 1, 2} // ranked as the criterion
					if ctype < 0 {
						want = []int{1, 3, 2}
					}
					if diff := cmp.Diff(want, r.Ranks); diff != "" {
						t.Errorf("ranks mismatch (-want +got):\n%s", diff)
					}
				})
			}
		})
	}
}
