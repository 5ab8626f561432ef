package value

import (
	"fmt"

	"github.com/balancer-mcda/balancer/mcda"
)

// SwingWeights returns the weights elicited by swing weighting (von
// Winterfeldt & Edwards, 1986, §8.4; Belton & Stewart, 2002, §5.4): the
// decision maker imagines every criterion at its worst level, picks the
// swing from worst to best she would most like to make and gives it 100
// points, and gives each other swing points relative to it. The weights are
// the points normalised to sum to 1, in the order given:
//
//	w_j = p_j / Σ_k p_k
//
// Points must be finite and >= 0, at least one positive; otherwise the
// error is an *mcda.CriterionError wrapping mcda.ErrWeight (mcda.ErrEmpty
// for no points).
func SwingWeights(points []float64) ([]float64, error) {
	return normalise("swing", points)
}

// SMARTWeights returns the weights of SMART, the simple multi-attribute
// rating technique (Edwards, 1977; von Winterfeldt & Edwards, 1986, §8.3):
// the least important criterion gets 10 points and each other criterion
// points in proportion to its importance relative to it. The weights are
// the points normalised to sum to 1, so the arithmetic is that of
// [SwingWeights]; only the elicitation differs. Errors are as for
// SwingWeights.
func SMARTWeights(points []float64) ([]float64, error) {
	return normalise("smart", points)
}

// SMARTERWeights returns the weights of SMARTER (Edwards & Barron, 1994):
// the decision maker only ranks the swings, and the weights are the
// rank-order centroid weights of that ranking, as computed by
// [mcda.RankOrderCentroidWeights] (ranks[j] is criterion j's rank, 1 = most
// important swing; ties as documented there).
func SMARTERWeights(ranks []int) ([]float64, error) {
	return mcda.RankOrderCentroidWeights(ranks)
}

// DirectWeights returns the weights given directly, normalised to sum to 1.
// Errors are as for [SwingWeights].
func DirectWeights(w []float64) ([]float64, error) {
	return normalise("direct", w)
}

func normalise(method string, p []float64) ([]float64, error) {
	if len(p) == 0 {
		return nil, fmt.Errorf("value: %s weights: %w", method, mcda.ErrEmpty)
	}
	var max float64
	for j, v := range p {
		if !finite(v) || v < 0 {
			return nil, &mcda.CriterionError{Index: j, Err: fmt.Errorf("%w: %s points %v", mcda.ErrWeight, method, v)}
		}
		if v > max {
			max = v
		}
	}
	if max == 0 {
		return nil, &mcda.CriterionError{Index: -1, Err: fmt.Errorf("%w: %s points all zero", mcda.ErrWeight, method)}
	}
	// Scale by the largest first, so that points near 1e308 or 5e-324
	// neither overflow nor underflow.
	w := make([]float64, len(p))
	var sum float64
	for j, v := range p {
		w[j] = v / max
		sum += w[j]
	}
	for j := range w {
		w[j] /= sum
	}
	return w, nil
}
