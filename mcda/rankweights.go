package mcda

import "fmt"

// RankSumWeights returns the rank-sum weights of criteria ranked by
// importance (Stillwell, Seaver & Edwards, 1981): for the criterion in
// position k (1 = most important) of n,
//
//	w_k = (n − k + 1) / Σ_i (n − i + 1) = 2(n + 1 − k) / (n(n + 1))
//
// ranks[j] is the 1-based rank of criterion j, and the weights come back in
// the same order as ranks, summing to 1.
//
// Ties are allowed when ranks are competition ranks, as in [Ranking.Ranks]:
// criteria that share rank r occupy positions r, r+1, …, r+t−1 and each
// receives the mean of those positions' weights, so ranks 1, 1, 3 give
// weights (1/2)(w_1 + w_2), the same, and w_3. Without ties the ranks must
// be a permutation of 1..n.
//
// It returns [ErrEmpty] for no ranks and a [*CriterionError] wrapping
// [ErrParameter], naming the criterion, for a rank outside 1..n or a rank
// that competition ranking cannot produce (such as 1, 1, 2 or 1, 3, 3).
func RankSumWeights(ranks []int) ([]float64, error) {
	return rankWeights(ranks, "rank-sum", func(k, n int) float64 {
		return 2 * float64(n+1-k) / float64(n*(n+1))
	})
}

// RankReciprocalWeights returns the rank-reciprocal (inverse rank) weights
// of criteria ranked by importance (Stillwell, Seaver & Edwards, 1981):
//
//	w_k = (1/k) / Σ_{i=1}^{n} (1/i)
//
// Ranks, ties and errors are as for [RankSumWeights].
func RankReciprocalWeights(ranks []int) ([]float64, error) {
	var h float64
	for i := len(ranks); i >= 1; i-- {
		h += 1 / float64(i)
	}
	return rankWeights(ranks, "rank-reciprocal", func(k, _ int) float64 {
		return 1 / (float64(k) * h)
	})
}

// RankOrderCentroidWeights returns the rank-order centroid weights of
// criteria ranked by importance (Barron & Barrett, 1996), the centroid of
// the simplex of weights w_1 >= w_2 >= … >= w_n >= 0 that sum to 1:
//
//	w_k = (1/n) Σ_{i=k}^{n} 1/i
//
// Ranks, ties and errors are as for [RankSumWeights].
func RankOrderCentroidWeights(ranks []int) ([]float64, error) {
	return rankWeights(ranks, "rank-order centroid", func(k, n int) float64 {
		var s float64
		for i := n; i >= k; i-- {
			s += 1 / float64(i)
		}
		return s / float64(n)
	})
}

// rankWeights validates competition ranks and gives each criterion the mean
// weight of the positions its tie group occupies.
func rankWeights(ranks []int, method string, weight func(k, n int) float64) ([]float64, error) {
	n := len(ranks)
	if n == 0 {
		return nil, fmt.Errorf("mcda: %s weights: no ranks: %w", method, ErrEmpty)
	}
	count := make([]int, n+1)
	for j, r := range ranks {
		if r < 1 || r > n {
			return nil, &CriterionError{Index: j, Err: fmt.Errorf("%w: %s weights: rank %d outside 1..%d", ErrParameter, method, r, n)}
		}
		count[r]++
	}
	// Competition ranks: each group starts where the previous one ends.
	mean := make([]float64, n+1) // mean weight of the group starting at r
	for r := 1; r <= n && count[r] > 0; r += count[r] {
		var s float64
		for k := r; k < r+count[r]; k++ {
			s += weight(k, n)
		}
		mean[r] = s / float64(count[r])
	}
	w := make([]float64, n)
	for j, r := range ranks {
		if mean[r] == 0 {
			return nil, &CriterionError{Index: j, Err: fmt.Errorf("%w: %s weights: rank %d is not a competition rank of the others (ties take ranks like 1, 1, 3)", ErrParameter, method, r)}
		}
		w[j] = mean[r]
	}
	return w, nil
}
