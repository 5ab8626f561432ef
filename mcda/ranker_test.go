package mcda_test

import (
	"math"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

func TestRankerProperties(t *testing.T) {
	t.Run("MatchesStableSort", rapid.MakeCheck(propRankerMatchesStableSort))
}

// drawScores draws 1–300 scores built to hit every tie rule of
// mcda.RankScores: repeated values, −0 and +0, neighbours a few ulps apart
// (whose integer keys differ only in the low bits that Ranker replaces by
// the index), values within, at and just beyond mcda.TieTolerance of each
// other, chains of near-ties, both signs, large and tiny magnitudes, and
// infinities.
func drawScores(t *rapid.T) []float64 {
	n := rapid.IntRange(1, 300).Draw(t, "n")
	pool := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1e300, -1e-300, math.Inf(1), math.Inf(-1)}
	scores := make([]float64, n)
	for i := range scores {
		switch rapid.IntRange(0, 5).Draw(t, "kind") {
		case 0:
			scores[i] = rapid.SampledFrom(pool).Draw(t, "special")
		case 1:
			scores[i] = rapid.Float64Range(-1e3, 1e3).Draw(t, "value")
		case 2, 3, 4: // near an earlier score
			if i == 0 {
				scores[i] = rapid.Float64Range(-2, 2).Draw(t, "value")
				continue
			}
			base := scores[rapid.IntRange(0, i-1).Draw(t, "base")]
			if math.IsInf(base, 0) {
				scores[i] = base
				continue
			}
			switch rapid.IntRange(0, 2).Draw(t, "offset kind") {
			case 0: // a few ulps
				x := base
				for range rapid.IntRange(-4, 4).Draw(t, "ulps") {
					x = math.Nextafter(x, math.Inf(1))
				}
				scores[i] = x
			case 1: // relative, around the tolerance
				f := rapid.SampledFrom([]float64{0, 0.5, 0.999, 1, 1.001, 2}).Draw(t, "factor")
				scores[i] = base * (1 + rapid.SampledFrom([]float64{-1, 1}).Draw(t, "sign")*f*mcda.TieTolerance)
			default:
				scores[i] = base
			}
		default:
			scores[i] = float64(rapid.IntRange(-3, 3).Draw(t, "small integer"))
		}
	}
	return scores
}

// stableSortRanks is RankScores as first written: a stable sort of the
// indices by score, then the tie groups. It is the reference that the
// integer-key algorithm of mcda.Ranker must reproduce exactly.
func stableSortRanks(scores []float64, higherIsBetter bool) (ranks, order []int) {
	n := len(scores)
	ranks, order = make([]int, n), make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		sa, sb := scores[a], scores[b]
		if !higherIsBetter {
			sa, sb = sb, sa
		}
		switch {
		case sa > sb:
			return -1
		case sa < sb:
			return 1
		}
		return 0
	})
	tied := func(a, b float64) bool {
		if a == b {
			return true
		}
		if math.IsInf(a, 0) || math.IsInf(b, 0) {
			return false
		}
		return math.Abs(a-b) <= mcda.TieTolerance*math.Max(math.Abs(a), math.Abs(b))
	}
	for start := 0; start < n; {
		end := start + 1
		for end < n && tied(scores[order[start]], scores[order[end]]) {
			end++
		}
		slices.Sort(order[start:end])
		for _, i := range order[start:end] {
			ranks[i] = start + 1
		}
		start = end
	}
	return ranks, order
}

// Property: a Ranker, reused across problems of different sizes, and
// RankScores store the ranks and order of a stable sort by score grouped
// into ties, for any scores without NaN, in both directions.
func propRankerMatchesStableSort(t *rapid.T) {
	var rk mcda.Ranker
	for range rapid.IntRange(1, 3).Draw(t, "problems") {
		scores := drawScores(t)
		higher := rapid.Bool().Draw(t, "higher is better")
		wantRanks, wantOrder := stableSortRanks(scores, higher)
		ranks, order := rk.Rank(make([]int, len(scores)), make([]int, len(scores)), scores, higher)
		if !slices.Equal(ranks, wantRanks) || !slices.Equal(order, wantOrder) {
			t.Fatalf("Ranker: scores %v, higher %v:\nranks %v, want %v\norder %v, want %v", scores, higher, ranks, wantRanks, order, wantOrder)
		}
		ranks, order = mcda.RankScores(nil, nil, scores, higher)
		if !slices.Equal(ranks, wantRanks) || !slices.Equal(order, wantOrder) {
			t.Fatalf("RankScores: scores %v, higher %v:\nranks %v, want %v\norder %v, want %v", scores, higher, ranks, wantRanks, order, wantOrder)
		}
	}
}

// TestRankerAllocs checks that a Ranker that has seen a problem of the
// same size ranks without allocating.
func TestRankerAllocs(t *testing.T) {
	scores := []float64{0.3, 0.1, 0.3, 0.7, -2}
	ranks, order := make([]int, 5), make([]int, 5)
	var rk mcda.Ranker
	rk.Rank(ranks, order, scores, true)
	if n := testing.AllocsPerRun(100, func() { rk.Rank(ranks, order, scores, true) }); n != 0 {
		t.Errorf("Ranker.Rank allocs = %v, want 0", n)
	}
}

// BenchmarkRanker ranks 100 random scores with a reused Ranker, the
// kernel SMAA runs once per sample.
func BenchmarkRanker(b *testing.B) {
	const n = 100
	var state uint64 = 0x9e3779b97f4a7c15
	sets := make([][]float64, 64)
	for k := range sets {
		sets[k] = make([]float64, n)
		for i := range sets[k] {
			state = state*6364136223846793005 + 1442695040888963407 // LCG, fixed seed
			sets[k][i] = float64(state>>11) / (1 << 53)
		}
	}
	ranks, order := make([]int, n), make([]int, n)
	b.ReportAllocs()
	var rk mcda.Ranker
	k := 0
	for b.Loop() {
		rk.Rank(ranks, order, sets[k%len(sets)], true)
		k++
	}
}
