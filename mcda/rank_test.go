package mcda_test

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/balancer-mcda/balancer/mcda"
)

func TestRankScores(t *testing.T) {
	tests := []struct {
		name         string
		scores       []float64
		higher       bool
		ranks, order []int
	}{
		{"Distinct", []float64{0.2, 0.9, 0.5}, true, []int{3, 1, 2}, []int{1, 2, 0}},
		{"LowerIsBetter", []float64{0.2, 0.9, 0.5}, false, []int{1, 3, 2}, []int{0, 2, 1}},
		{"ExactTieSharesBestRank", []float64{0.5, 0.9, 0.5, 0.1}, true, []int{2, 1, 2, 4}, []int{1, 0, 2, 3}},
		{"TieOrderIsInputOrder", []float64{1, 1, 1}, true, []int{1, 1, 1}, []int{0, 1, 2}},
		// 22 and 22 + 4 ulp are equal within TieTolerance; the tied group
		// lists the lower index first even though its score is smaller.
		{"NearTie", []float64{22, 22.000000000000014, 21.5}, true, []int{1, 1, 3}, []int{0, 1, 2}},
		{"NotATie", []float64{1, 1.000001}, true, []int{2, 1}, []int{1, 0}},
		{"NegativeScores", []float64{-3, -1, -2}, true, []int{3, 1, 2}, []int{1, 2, 0}},
		{"Empty", []float64{}, true, []int{}, []int{}},
		// An infinite score ties only an equal one: |Inf − x| <=
		// tol·Inf must not make it tie a finite score.
		{"Infinite", []float64{math.Inf(1), 1e308, math.Inf(1), math.Inf(-1), -1e308}, true,
			[]int{1, 3, 1, 5, 4}, []int{0, 2, 1, 4, 3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ranks, order := mcda.RankScores(nil, nil, tc.scores, tc.higher)
			if diff := cmp.Diff(tc.ranks, ranks); diff != "" {
				t.Errorf("ranks mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.order, order); diff != "" {
				t.Errorf("order mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRank(t *testing.T) {
	m := fighterAircraft(t)
	r, err := mcda.Rank(&mcda.TOPSIS{}, m)
	if err != nil {
		t.Fatal(err)
	}
	want := &mcda.Ranking{
		Method:         "topsis",
		Alternatives:   []string{"A1", "A2", "A3", "A4"},
		Scores:         r.Scores,
		HigherIsBetter: true,
		Ranks:          []int{1, 4, 2, 3},
		Order:          []int{0, 2, 3, 1},
	}
	if diff := cmp.Diff(want, r); diff != "" {
		t.Errorf("Rank mismatch (-want +got):\n%s", diff)
	}
	if _, err := mcda.Rank(&mcda.WPM{Normalization: mcda.NormalizationVector}, m); err == nil {
		t.Error("Rank with a failing method: err = nil")
	}
}
