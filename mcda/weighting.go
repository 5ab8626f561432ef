package mcda

import (
	"fmt"
	"math"
)

// A Weighting derives criteria weights from a decision matrix: objective
// weighting, in which a criterion's weight reflects how much information its
// column carries (its contrast, diversity or conflict with the others)
// rather than a decision-maker's judgement. The weights the matrix carries
// are ignored.
//
// Implementations: [Equal], [Entropy], [StdDev], [Variance], [CRITIC],
// [MEREC] and [Gini]. Their results can be put into a matrix with
// [DecisionMatrix.WithWeights]. Subjective weights come from [BWM], the
// rank-order functions such as [RankOrderCentroidWeights], or the mcda/ahp
// package.
type Weighting interface {
	// Name returns the method's short lower-case name, e.g. "entropy".
	Name() string
	// Weights stores in dst one weight per criterion of m and returns dst;
	// a nil dst is allocated. The weights are finite, >= 0 and sum to 1.
	// It panics if dst is not nil and its length is not the number of
	// criteria.
	Weights(dst []float64, m *DecisionMatrix) ([]float64, error)
}

// weightingFinish turns the non-negative scores in dst into weights
// d_j / Σ_k d_k. When every score is zero (no criterion discriminates
// between the alternatives) the weights are equal, 1/n. Tiny negative
// scores from rounding are clamped to zero. It returns an error naming the
// method if a score is not finite, the safety net against overflow.
func weightingFinish(method string, m *DecisionMatrix, dst []float64) error {
	sum := 0.0
	for j, d := range dst {
		if math.IsNaN(d) || math.IsInf(d, 0) {
			return &CriterionError{Index: j, Name: m.criteria[j].Name,
				Err: fmt.Errorf("%s score %v overflows; rescale the data: %w", method, d, ErrNotFinite)}
		}
		if d < 0 {
			dst[j] = 0
			continue
		}
		sum += d
	}
	if sum == 0 {
		for j := range dst {
			dst[j] = 1 / float64(len(dst))
		}
		return nil
	}
	divideBySum(dst, sum)
	return nil
}

// weightingFirstBad returns a *ValueError for the first value of m for which
// bad reports true, or nil.
func weightingFirstBad(m *DecisionMatrix, bad func(float64) bool, cause error) error {
	_, n := m.Dims()
	for k, x := range m.data {
		if bad(x) {
			i, j := k/n, k%n
			return &ValueError{Alternative: i, AlternativeName: m.alternatives[i], Criterion: j, CriterionName: m.criteria[j].Name, Value: x, Err: cause}
		}
	}
	return nil
}
