package mcda_test

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

var rankWeightFuncs = []struct {
	name string
	f    func([]int) ([]float64, error)
}{
	{"RankSum", mcda.RankSumWeights},
	{"RankReciprocal", mcda.RankReciprocalWeights},
	{"RankOrderCentroid", mcda.RankOrderCentroidWeights},
}

// rankWeightCase is a table row for [runRankWeights]: f's weights for
// ranks must equal want within the absolute tolerance tol.
type rankWeightCase struct {
	name  string
	f     func([]int) ([]float64, error)
	ranks []int
	want  []float64
	tol   float64
}

// runRankWeights runs each case as a subtest.
func runRankWeights(t *testing.T, tests []rankWeightCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.f(tc.ranks)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got, cmpopts.EquateApprox(0, tc.tol)); diff != "" {
				t.Errorf("weights(%v) mismatch (-want +got):\n%s", tc.ranks, diff)
			}
		})
	}
}

func TestRankWeightsPublished(t *testing.T) {
	runRankWeights(t, []rankWeightCase{
		// Barron & Barrett (1996), Management Science 42(11):1515-1523: ROC
		// weights of four ranked attributes, 4 decimals.
		{"ROC4", mcda.RankOrderCentroidWeights, []int{1, 2, 3, 4}, []float64{0.5208, 0.2708, 0.1458, 0.0625}, 5e-5},
		// ROC weights of three attributes, (11/18, 5/18, 2/18), 4 decimals.
		{"ROC3", mcda.RankOrderCentroidWeights, []int{1, 2, 3}, []float64{0.6111, 0.2778, 0.1111}, 5e-5},
		// Stillwell, Seaver & Edwards (1981), Organizational Behavior and
		// Human Performance 28(1):62-77: rank-sum weights 2(n+1−k)/(n(n+1))
		// and rank-reciprocal weights (1/k)/Σ1/i for n = 4, exact
		// (0.4, 0.3, 0.2, 0.1 and 12/25 · (1, 1/2, 1/3, 1/4)).
		{"RS4", mcda.RankSumWeights, []int{1, 2, 3, 4}, []float64{0.4, 0.3, 0.2, 0.1}, 1e-15},
		{"RR4", mcda.RankReciprocalWeights, []int{1, 2, 3, 4}, []float64{0.48, 0.24, 0.16, 0.12}, 1e-15},
		// The ranks are per criterion, not an order: criterion 0 is third.
		{"ROC4Unordered", mcda.RankOrderCentroidWeights, []int{3, 1, 4, 2}, []float64{0.1458, 0.5208, 0.0625, 0.2708}, 5e-5},
		// Ties share the mean weight of their positions: RS n = 3,
		// positions 3/6, 2/6, 1/6.
		{"RSTie", mcda.RankSumWeights, []int{1, 1, 3}, []float64{5.0 / 12, 5.0 / 12, 1.0 / 6}, 1e-15},
		{"ROCAllTied", mcda.RankOrderCentroidWeights, []int{1, 1, 1}, []float64{1.0 / 3, 1.0 / 3, 1.0 / 3}, 1e-15},
		{"RROne", mcda.RankReciprocalWeights, []int{1}, []float64{1}, 0},
	})
}

func TestRankWeightsErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		ranks []int
		index int // criterion named by the error
	}{
		{"Zero", []int{0, 1}, 0},
		{"TooLarge", []int{1, 3}, 1},
		{"Duplicate", []int{1, 2, 2, 3}, 3}, // 2, 2 occupy positions 2 and 3; the next rank is 4
		{"DenseTie", []int{1, 1, 2}, 2},     // competition ranks would give 1, 1, 3
		{"Gap", []int{1, 3, 3}, 1},          // nothing at rank 2
		{"AllSame", []int{2, 2}, 0},         // no rank 1
	} {
		for _, f := range rankWeightFuncs {
			t.Run(tc.name+"/"+f.name, func(t *testing.T) {
				_, err := f.f(tc.ranks)
				var ce *mcda.CriterionError
				if !errors.Is(err, mcda.ErrParameter) || !errors.As(err, &ce) || ce.Index != tc.index {
					t.Fatalf("err = %v, want *CriterionError ErrParameter for criterion %d", err, tc.index)
				}
			})
		}
	}
	for _, f := range rankWeightFuncs {
		if _, err := f.f(nil); !errors.Is(err, mcda.ErrEmpty) {
			t.Errorf("%s(nil): err = %v, want ErrEmpty", f.name, err)
		}
	}
}

func TestRankWeightsProperties(t *testing.T) {
	for _, f := range rankWeightFuncs {
		t.Run(f.name, func(t *testing.T) {
			t.Run("DecreasingInRank", rapid.MakeCheck(func(t *rapid.T) { propRankWeightsDecreasing(t, f.f) }))
			t.Run("TiesSumToOne", rapid.MakeCheck(func(t *rapid.T) { propRankWeightsTies(t, f.f) }))
		})
	}
}

// Property: for a permutation of 1..n the weights are positive, sum to 1
// and strictly decrease as the rank increases.
func propRankWeightsDecreasing(t *rapid.T, f func([]int) ([]float64, error)) {
	n := rapid.IntRange(1, 12).Draw(t, "n")
	ranks := make([]int, n)
	for j := range ranks {
		ranks[j] = j + 1
	}
	ranks = rapid.Permutation(ranks).Draw(t, "ranks")
	w, err := f(ranks)
	if err != nil {
		t.Fatal(err)
	}
	byRank := make([]float64, n)
	sum := 0.0
	for j, r := range ranks {
		byRank[r-1] = w[j]
		sum += w[j]
	}
	if math.Abs(sum-1) > 1e-12 {
		t.Fatalf("Σw = %v, want 1", sum)
	}
	for k := 1; k < n; k++ {
		if !(byRank[k] < byRank[k-1]) || byRank[k] <= 0 {
			t.Fatalf("weight of rank %d is %v, of rank %d %v: want positive and decreasing", k+1, byRank[k], k, byRank[k-1])
		}
	}
}

// Property: with ties (competition ranks built from random scores), the
// weights still sum to 1, tied criteria share one weight, and a better rank
// never gets less weight.
func propRankWeightsTies(t *rapid.T, f func([]int) ([]float64, error)) {
	ranks := genCompetitionRanks(t, 4)
	w, err := f(ranks)
	if err != nil {
		t.Fatalf("ranks %v: %v", ranks, err)
	}
	sum := 0.0
	for j := range w {
		sum += w[j]
		for k := range w {
			if ranks[j] == ranks[k] && w[j] != w[k] {
				t.Fatalf("tied criteria %d and %d: %v ≠ %v", j, k, w[j], w[k])
			}
			if ranks[j] < ranks[k] && w[j] <= w[k] {
				t.Fatalf("rank %d weight %v <= rank %d weight %v", ranks[j], w[j], ranks[k], w[k])
			}
		}
	}
	if math.Abs(sum-1) > 1e-12 {
		t.Fatalf("Σw = %v, want 1", sum)
	}
}

func ExampleRankOrderCentroidWeights() {
	// Criteria ranked by importance: price first, then safety, comfort, style.
	ranks := []int{1, 2, 3, 4}
	roc, _ := mcda.RankOrderCentroidWeights(ranks)
	rs, _ := mcda.RankSumWeights(ranks)
	rr, _ := mcda.RankReciprocalWeights(ranks)
	tied, _ := mcda.RankOrderCentroidWeights([]int{1, 2, 2, 4})
	fmt.Printf("ROC  %.4f\nRS   %.4f\nRR   %.4f\ntied %.4f\n", roc, rs, rr, tied)
	// Output:
	// ROC  [0.5208 0.2708 0.1458 0.0625]
	// RS   [0.4000 0.3000 0.2000 0.1000]
	// RR   [0.4800 0.2400 0.1600 0.1200]
	// tied [0.5208 0.2083 0.2083 0.0625]
}
