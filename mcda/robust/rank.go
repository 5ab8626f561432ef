package robust

import (
	"math"
	"math/bits"
	"slices"

	"github.com/balancer-mcda/balancer/mcda"
)

// ranker computes the competition ranks and best-first order of
// mcda.RankScores, with the same ties, reusing its storage between calls.
// SMAA ranks once per sample, where mcda.RankScores' stable sort through a
// closure over the scores dominated the run time.
//
// ranker maps each score to an integer key whose order is the scores'
// order, replaces the key's low bits by the alternative's index, and sorts
// these integers (with inlined comparisons). That orders the alternatives
// by key and index, except among keys that differ only in the low bits,
// which end up adjacent; an insertion sort on the full key and the index
// then puts those in place in linear time. The result is the order of a
// stable sort by score. The zero value is ready to use.
type ranker struct {
	keys, packed []uint64
}

// key returns an integer whose ascending order is the best-first order of
// the scores: descending when higher is better. Equal scores, −0 and +0
// included, get equal keys. s must not be NaN.
func key(s float64, higherIsBetter bool) uint64 {
	if s == 0 {
		s = 0 // −0 to +0
	}
	b := math.Float64bits(s)
	if b>>63 == 1 {
		b = ^b // negative: larger magnitude sorts first
	} else {
		b |= 1 << 63
	}
	if higherIsBetter {
		return ^b
	}
	return b
}

// rank stores in ranks and order, both of length len(scores), what
// mcda.RankScores(ranks, order, scores, higherIsBetter) stores. Scores must
// not be NaN.
func (rk *ranker) rank(ranks, order []int, scores []float64, higherIsBetter bool) {
	n := len(scores)
	if cap(rk.keys) < n {
		rk.keys, rk.packed = make([]uint64, n), make([]uint64, n)
	}
	keys, packed := rk.keys[:n], rk.packed[:n]
	mask := uint64(1)<<bits.Len(uint(n)) - 1 // holds every index
	for i, s := range scores {
		k := key(s, higherIsBetter)
		keys[i] = k
		packed[i] = k&^mask | uint64(i)
	}
	slices.Sort(packed)
	for p, v := range packed {
		order[p] = int(v & mask)
	}
	for p := 1; p < n; p++ {
		for q := p; q > 0; q-- {
			a, b := order[q], order[q-1]
			if keys[a] > keys[b] || keys[a] == keys[b] && a > b {
				break
			}
			order[q], order[q-1] = b, a
		}
	}
	// Groups as in mcda.RankScores: a neighbour ties when it lies within
	// the tolerance of the group's first, best score.
	for start := 0; start < n; {
		head := scores[order[start]]
		end := start + 1
		for end < n && tied(head, scores[order[end]]) {
			end++
		}
		if end-start > 1 {
			slices.Sort(order[start:end])
		}
		for _, i := range order[start:end] {
			ranks[i] = start + 1
		}
		start = end
	}
}

// tied reports whether a and b are equal within mcda.TieTolerance, the
// test of mcda.RankScores.
func tied(a, b float64) bool {
	if a == b {
		return true
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return false // an infinite score ties only an equal one
	}
	return math.Abs(a-b) <= mcda.TieTolerance*math.Max(math.Abs(a), math.Abs(b))
}
