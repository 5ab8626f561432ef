package mcda

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

// checkRanks validates two rank vectors of the same length n >= 2.
func checkRanks(x, y []float64) error {
	if len(x) != len(y) {
		return &ShapeError{What: "rankings", Got: len(y), Want: len(x)}
	}
	if len(x) < 2 {
		return fmt.Errorf("mcda: rank correlation of %d alternatives: %w", len(x), ErrEmpty)
	}
	for i := range x {
		for _, v := range [2]float64{x[i], y[i]} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return &ValueError{Alternative: i, Criterion: -1, Value: v, Err: fmt.Errorf("rank: %w", ErrNotFinite)}
			}
		}
	}
	return nil
}

// FractionalRanks stores in dst the 1-based fractional ranks of scores
// (1 = best): tied scores share the mean of the positions they occupy, so
// 0.9, 0.5, 0.5 ranks 1, 2.5, 2.5. Ties are as in [RankScores]. If dst is nil
// a new slice is allocated. It panics if dst is not nil and of a length
// other than len(scores), or if a score is NaN.
func FractionalRanks(dst, scores []float64, higherIsBetter bool) []float64 {
	dst = useDst(dst, len(scores), "FractionalRanks")
	ranks, order := RankScores(nil, nil, scores, higherIsBetter)
	for start := 0; start < len(order); {
		end := start + 1
		for end < len(order) && ranks[order[end]] == ranks[order[start]] {
			end++
		}
		mean := float64(start+1+end) / 2
		for _, i := range order[start:end] {
			dst[i] = mean
		}
		start = end
	}
	return dst
}

// Spearman returns Spearman's rank correlation of the rank vectors x and y:
// the Pearson correlation of the ranks, which without ties equals
//
//	r_s = 1 − 6 Σ_i (x_i − y_i)² / (n(n² − 1))
//
// (Spearman, 1904). It returns [ErrUndefined] when either vector is
// constant.
func Spearman(x, y []float64) (float64, error) {
	if err := checkRanks(x, y); err != nil {
		return 0, err
	}
	n := float64(len(x))
	var mx, my float64
	for i := range x {
		mx += x[i]
		my += y[i]
	}
	mx, my = mx/n, my/n
	var sxy, sxx, syy float64
	for i := range x {
		dx, dy := x[i]-mx, y[i]-my
		sxy += dx * dy
		sxx += dx * dx
		syy += dy * dy
	}
	if sxx == 0 || syy == 0 {
		return 0, fmt.Errorf("mcda: spearman: a ranking ties every alternative: %w", ErrUndefined)
	}
	return clamp1(sxy / math.Sqrt(sxx*syy)), nil
}

// WeightedSpearman returns the weighted rank correlation r_w of Pinto da
// Costa & Soares (2005), which weighs disagreements at the top of the
// rankings more than those at the bottom,
//
//	r_w = 1 − 6 Σ_i (x_i − y_i)²((n − x_i + 1) + (n − y_i + 1)) / (n⁴ + n³ − n² − n)
//
// as used by Sałabun & Urbaniak (2020). It equals 1 for identical
// rankings.
func WeightedSpearman(x, y []float64) (float64, error) {
	if err := checkRanks(x, y); err != nil {
		return 0, err
	}
	n := float64(len(x))
	var s float64
	for i := range x {
		d := x[i] - y[i]
		s += d * d * ((n - x[i] + 1) + (n - y[i] + 1))
	}
	return 1 - 6*s/(n*n*n*n+n*n*n-n*n-n), nil
}

// WS returns the rank similarity coefficient of Sałabun & Urbaniak (2020)
// of ranking y against the reference ranking x,
//
//	WS = 1 − Σ_i 2^(−x_i) |x_i − y_i| / max(|x_i − 1|, |x_i − n|)
//
// It is asymmetric: differences at the top of the reference count most.
// WS lies in [0, 1] for rankings without ties and equals 1 when y = x.
func WS(x, y []float64) (float64, error) {
	if err := checkRanks(x, y); err != nil {
		return 0, err
	}
	n := float64(len(x))
	var s float64
	for i := range x {
		s += math.Exp2(-x[i]) * math.Abs(x[i]-y[i]) / math.Max(math.Abs(x[i]-1), math.Abs(x[i]-n))
	}
	return 1 - s, nil
}

// pairCounts counts the concordant and discordant pairs of x and y and the
// pairs tied in x only and in y only, in O(n log n) time and O(n) memory by
// Knight's (1966) algorithm: sort the pairs by x then y, count the pairs
// tied in x and those tied in both, then sort by y with a merge sort that
// counts the exchanges it makes, which are the discordant pairs, and count
// the pairs tied in y. The counts are exact below 2⁵³ pairs (n ≈ 1.3e8).
func pairCounts(x, y []float64) (conc, disc, tx, ty float64) {
	n := len(x)
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		if c := cmp.Compare(x[a], x[b]); c != 0 {
			return c
		}
		return cmp.Compare(y[a], y[b])
	})
	ys := make([]float64, n)
	for k, i := range idx {
		ys[k] = y[i]
	}
	// Pairs tied in x (n1) and tied in both (n3).
	var n1, n3 int64
	for k := 0; k < n; {
		e := k + 1
		for e < n && x[idx[e]] == x[idx[k]] {
			e++
		}
		n1 += pairsOf(e - k)
		for g := k; g < e; {
			h := g + 1
			for h < e && ys[h] == ys[g] {
				h++
			}
			n3 += pairsOf(h - g)
			g = h
		}
		k = e
	}
	swaps := mergeCount(ys, make([]float64, n))
	var n2 int64 // pairs tied in y
	for k := 0; k < n; {
		e := k + 1
		for e < n && ys[e] == ys[k] {
			e++
		}
		n2 += pairsOf(e - k)
		k = e
	}
	untied := pairsOf(n) - n1 - n2 + n3 // C + D
	return float64(untied - swaps), float64(swaps), float64(n1 - n3), float64(n2 - n3)
}

func pairsOf(t int) int64 { return int64(t) * int64(t-1) / 2 }

// mergeCount sorts v in increasing order with a bottom-up merge sort,
// using buf (of v's length) as scratch, and returns the number of pairs
// i < j with v[i] > v[j] it put in order: equal values are never counted.
func mergeCount(v, buf []float64) int64 {
	var swaps int64
	n := len(v)
	src, dst := v, buf
	for width := 1; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid, hi := min(lo+width, n), min(lo+2*width, n)
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if src[j] < src[i] {
					dst[k] = src[j]
					swaps += int64(mid - i)
					j++
				} else {
					dst[k] = src[i]
					i++
				}
				k++
			}
			k += copy(dst[k:], src[i:mid])
			copy(dst[k:], src[j:hi])
		}
		src, dst = dst, src
	}
	if &src[0] != &v[0] {
		copy(v, src)
	}
	return swaps
}

// KendallTauB returns Kendall's (1945) tau-b of the rank vectors x and y,
//
//	τ_b = (C − D) / √((C + D + T_x)(C + D + T_y))
//
// where C and D count concordant and discordant pairs and T_x (T_y) the
// pairs tied in x (y) only. It returns [ErrUndefined] when either vector is
// constant. It takes O(n log n) time and O(n) memory (Knight, 1966, "A
// computer method for calculating Kendall's tau with ungrouped data",
// JASA 61(314):436-439), as scipy.stats.kendalltau does.
func KendallTauB(x, y []float64) (float64, error) {
	if err := checkRanks(x, y); err != nil {
		return 0, err
	}
	c, d, tx, ty := pairCounts(x, y)
	den := math.Sqrt((c + d + tx) * (c + d + ty))
	if den == 0 {
		return 0, fmt.Errorf("mcda: kendall: a ranking ties every alternative: %w", ErrUndefined)
	}
	return clamp1((c - d) / den), nil
}

// GoodmanKruskalGamma returns Goodman & Kruskal's (1954) gamma,
// (C − D)/(C + D), which ignores tied pairs. It returns [ErrUndefined] when
// no pair is untied in both rankings. It takes O(n log n) time and O(n)
// memory, as [KendallTauB].
func GoodmanKruskalGamma(x, y []float64) (float64, error) {
	if err := checkRanks(x, y); err != nil {
		return 0, err
	}
	c, d, _, _ := pairCounts(x, y)
	if c+d == 0 {
		return 0, fmt.Errorf("mcda: gamma: no untied pair: %w", ErrUndefined)
	}
	return (c - d) / (c + d), nil
}

func clamp1(v float64) float64 { return math.Max(-1, math.Min(1, v)) }

// An Agreement compares two rankings of the same alternatives.
type Agreement struct {
	A                string  `json:"a"`                 // the first ranking's method, the reference of WS
	B                string  `json:"b"`                 // the second ranking's method
	Spearman         float64 `json:"spearman"`          // see [Spearman]
	WeightedSpearman float64 `json:"weighted_spearman"` // see [WeightedSpearman]
	WS               float64 `json:"ws"`                // see [WS], with A as the reference
	Kendall          float64 `json:"kendall"`           // see [KendallTauB]
}

// Compare returns the agreement of two rankings of the same alternatives,
// computed on their fractional ranks ([FractionalRanks]). It returns an
// error when the rankings have different alternatives, and [ErrUndefined]
// when one of them ties every alternative.
func Compare(a, b *Ranking) (Agreement, error) {
	if !slices.Equal(a.Alternatives, b.Alternatives) {
		return Agreement{}, fmt.Errorf("mcda: comparing %s and %s rankings of different alternatives: %w", a.Method, b.Method, ErrShape)
	}
	x := FractionalRanks(nil, a.Scores, a.HigherIsBetter)
	y := FractionalRanks(nil, b.Scores, b.HigherIsBetter)
	ag := Agreement{A: a.Method, B: b.Method}
	var err error
	if ag.Spearman, err = Spearman(x, y); err != nil {
		return Agreement{}, err
	}
	if ag.WeightedSpearman, err = WeightedSpearman(x, y); err != nil {
		return Agreement{}, err
	}
	if ag.WS, err = WS(x, y); err != nil {
		return Agreement{}, err
	}
	if ag.Kendall, err = KendallTauB(x, y); err != nil {
		return Agreement{}, err
	}
	return ag, nil
}
