package mcda

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
)

// A Method scores every alternative of a decision matrix. Methods whose
// scores order the alternatives share this interface, so that callers can
// swap them; [Rank] turns the scores into a [Ranking].
type Method interface {
	// Name returns the method's short lower-case name, e.g. "topsis".
	Name() string
	// Scores stores in dst the score of each alternative of m and returns
	// dst; a nil dst is allocated. It panics if dst is not nil and its
	// length is not the number of alternatives.
	Scores(dst []float64, m *DecisionMatrix) ([]float64, error)
	// HigherIsBetter reports whether a larger score is a better one.
	HigherIsBetter() bool
}

// TieTolerance is the relative tolerance within which [Rank] and
// [RankScores] treat two scores as tied: a and b tie when
// |a − b| <= TieTolerance·max(|a|, |b|). It absorbs the rounding of
// algebraically equal scores computed along different paths (for example
// 2 + 4.5 + 8 + 7.5 and 6 + 1.5 + 12 + 2.5 with inexact weights), and is far
// below any difference a decision could rest on.
const TieTolerance = 1e-12

// A Ranking is the outcome of ranking alternatives by their scores.
type Ranking struct {
	Method         string    // the method's name, if known
	Alternatives   []string  // names, in input order
	Scores         []float64 // scores, in input order
	HigherIsBetter bool      // whether a larger score is better
	// Ranks holds each alternative's 1-based rank in input order, 1 = best.
	// Ranks are competition ranks: tied alternatives share the best rank
	// of their group and the next rank skips, as in 1, 1, 3.
	Ranks []int
	// Order lists alternative indices best first. Tied alternatives appear
	// in input order.
	Order []int
}

// Rank scores m with method and ranks the alternatives. Ties are as
// described for [RankScores].
func Rank(method Method, m *DecisionMatrix) (*Ranking, error) {
	scores, err := method.Scores(nil, m)
	if err != nil {
		return nil, err
	}
	r := &Ranking{
		Method:         method.Name(),
		Alternatives:   m.Alternatives(),
		Scores:         scores,
		HigherIsBetter: method.HigherIsBetter(),
	}
	r.Ranks, r.Order = RankScores(nil, nil, scores, r.HigherIsBetter)
	return r, nil
}

// RankScores computes the competition ranks (1 = best) and the best-first
// order of the given scores, storing them in ranks and order, which are
// allocated when nil, and returns them.
//
// Scores are sorted best first. Two neighbouring scores in that order tie
// when they lie within [TieTolerance] of the first, best score of their
// group; tied alternatives share the group's best rank and appear in Order
// by ascending index. The result is therefore deterministic and independent
// of the sort algorithm. RankScores allocates scratch space on every call;
// a [Ranker] keeps it between calls.
//
// It panics if ranks or order is not nil and of a length other than
// len(scores), or if a score is NaN.
func RankScores(ranks, order []int, scores []float64, higherIsBetter bool) ([]int, []int) {
	var rk Ranker
	return rk.Rank(ranks, order, scores, higherIsBetter)
}

// A Ranker ranks scores as [RankScores] does, keeping its scratch space
// between calls, so that a Ranker that has ranked as many scores before
// allocates nothing when given destination slices: the kernel of
// simulations that rank once per sample. The zero value is ready to use; a
// Ranker must not be used concurrently.
//
// It maps each score to an integer whose order is the scores' order,
// replaces the integer's low bits by the alternative's index, and sorts
// these integers, which avoids a comparison closure. That orders the
// alternatives by key and index except among keys that differ only in the
// low bits, which end up adjacent; an insertion sort on the full key and
// the index then puts those in place in linear time. The result is the
// order of a stable sort by score, grouped into ties as RankScores states.
type Ranker struct {
	keys, packed []uint64
}

// Rank stores in ranks and order what [RankScores] would store and returns
// them; nil slices are allocated. It panics as RankScores does.
func (rk *Ranker) Rank(ranks, order []int, scores []float64, higherIsBetter bool) ([]int, []int) {
	n := len(scores)
	ranks = useInts(ranks, n)
	order = useInts(order, n)
	if cap(rk.keys) < n {
		rk.keys, rk.packed = make([]uint64, n), make([]uint64, n)
	}
	keys, packed := rk.keys[:n], rk.packed[:n]
	mask := uint64(1)<<bits.Len(uint(n)) - 1 // holds every index
	for i, s := range scores {
		if math.IsNaN(s) {
			panic("mcda: RankScores: NaN score")
		}
		k := rankKey(s, higherIsBetter)
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
	// A neighbour ties when it lies within the tolerance of its group's
	// first, best score.
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
	return ranks, order
}

// rankKey returns an integer whose ascending order is the best-first order
// of the scores: descending when higher is better. Equal scores, −0 and +0
// included, get equal keys. s must not be NaN.
func rankKey(s float64, higherIsBetter bool) uint64 {
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

// tied reports whether a and b are equal within TieTolerance.
// An infinite score ties only an equal one (m is then infinite), and NaN
// ties nothing. The body is one expression so that it is inlined: VIKOR
// calls it four times per alternative.
func tied(a, b float64) bool {
	m := max(math.Abs(a), math.Abs(b))
	return a == b || (math.Abs(a-b) <= TieTolerance*m && m <= math.MaxFloat64)
}

func useInts(dst []int, n int) []int {
	if dst == nil {
		return make([]int, n)
	}
	if len(dst) != n {
		panic("mcda: RankScores: dst has the wrong length")
	}
	return dst
}

// checkScores returns an error naming the first alternative whose score is
// not finite: the safety net that keeps a method from returning NaN or ±Inf
// for data near the limits of float64.
func checkScores(method string, m *DecisionMatrix, scores []float64) error {
	for i, s := range scores {
		if math.IsNaN(s) || math.IsInf(s, 0) {
			return &AlternativeError{Index: i, Name: m.alternatives[i],
				Err: fmt.Errorf("%s score %v overflows; rescale the data: %w", method, s, ErrNotFinite)}
		}
	}
	return nil
}

// FractionalRanks stores in dst the fractional ranks of r's alternatives,
// in input order, and returns dst: the []float64 ranks that [Spearman],
// [KendallTauB] and the other coefficients take, where [Ranking.Ranks]
// holds competition ranks. See [FractionalRanks] for dst.
func (r *Ranking) FractionalRanks(dst []float64) []float64 {
	return FractionalRanks(dst, r.Scores, r.HigherIsBetter)
}
