package robust

import (
	"math"
	"slices"
	"testing"

	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

func TestRankerProperties(t *testing.T) {
	t.Run("MatchesRankScores", rapid.MakeCheck(propRankerMatchesRankScores))
}

// drawScores draws 1–300 scores built to hit every tie rule of
// mcda.RankScores: repeated values, −0 and +0, neighbours a few ulps apart
// (whose integer keys differ only in the low bits that ranker replaces by
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

// Property: ranker.rank stores the same ranks and order as
// mcda.RankScores for any scores without NaN, in both directions, with a
// ranker reused across problems of different sizes.
func propRankerMatchesRankScores(t *rapid.T) {
	var rk ranker
	for range rapid.IntRange(1, 3).Draw(t, "problems") {
		scores := drawScores(t)
		higher := rapid.Bool().Draw(t, "higher is better")
		wantRanks, wantOrder := mcda.RankScores(nil, nil, scores, higher)
		ranks, order := make([]int, len(scores)), make([]int, len(scores))
		rk.rank(ranks, order, scores, higher)
		if !slices.Equal(ranks, wantRanks) || !slices.Equal(order, wantOrder) {
			t.Fatalf("scores %v, higher %v:\nranks %v, want %v\norder %v, want %v", scores, higher, ranks, wantRanks, order, wantOrder)
		}
	}
}

// TestRankerAllocs checks that a ranker that has seen a problem of the
// same size ranks without allocating.
func TestRankerAllocs(t *testing.T) {
	scores := []float64{0.3, 0.1, 0.3, 0.7, -2}
	ranks, order := make([]int, 5), make([]int, 5)
	var rk ranker
	rk.rank(ranks, order, scores, true)
	if n := testing.AllocsPerRun(100, func() { rk.rank(ranks, order, scores, true) }); n != 0 {
		t.Errorf("ranker.rank allocs = %v, want 0", n)
	}
}

// BenchmarkRank ranks 100 random scores with mcda.RankScores and with
// ranker, the kernel SMAA runs once per sample.
func BenchmarkRank(b *testing.B) {
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
	b.Run("RankScores", func(b *testing.B) {
		b.ReportAllocs()
		k := 0
		for b.Loop() {
			mcda.RankScores(ranks, order, sets[k%len(sets)], true)
			k++
		}
	})
	b.Run("ranker", func(b *testing.B) {
		b.ReportAllocs()
		var rk ranker
		k := 0
		for b.Loop() {
			rk.rank(ranks, order, sets[k%len(sets)], true)
			k++
		}
	})
}
