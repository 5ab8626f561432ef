package fuzzy

import (
	"fmt"
	"math"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
)

// A Defuzzification says how fuzzy priorities become crisp weights.
//
// Its values are [DefuzzificationCentroid], [DefuzzificationGradedMean] and
// [DefuzzificationCentroidOfMeans].
type Defuzzification int

const (
	// DefuzzificationCentroid takes the centroid (l + m + u)/3 of each fuzzy
	// weight w_i and normalises the results to sum 1 (the default; pyDecision's
	// fuzzy_ahp_method).
	DefuzzificationCentroid Defuzzification = iota
	// DefuzzificationGradedMean takes the graded mean (l + 4m + u)/6 of each
	// fuzzy weight w_i (Chen & Hsieh 2000), then normalises.
	DefuzzificationGradedMean
	// DefuzzificationCentroidOfMeans takes the centroid of each fuzzy geometric
	// mean r_i, before the fuzzy division, then normalises (multiAHPy's
	// "robust crisp normalization"); it avoids the widening of the fuzzy
	// division, whose l and u cross (l_i/Σu, m_i/Σm, u_i/Σl).
	DefuzzificationCentroidOfMeans
)

// String returns the defuzzification's name as the CLIs spell it.
func (d Defuzzification) String() string {
	switch d {
	case DefuzzificationCentroid:
		return "centroid"
	case DefuzzificationGradedMean:
		return "graded-mean"
	case DefuzzificationCentroidOfMeans:
		return "centroid-of-means"
	}
	return fmt.Sprintf("Defuzzification(%d)", int(d))
}

// ParseDefuzzification returns the Defuzzification named s ("centroid",
// "graded-mean" or "centroid-of-means"); an unknown name wraps
// mcda.ErrParameter.
func ParseDefuzzification(s string) (Defuzzification, error) {
	for _, d := range []Defuzzification{DefuzzificationCentroid, DefuzzificationGradedMean, DefuzzificationCentroidOfMeans} {
		if s == d.String() {
			return d, nil
		}
	}
	return 0, fmt.Errorf("fuzzy: defuzzification %q: %w", s, mcda.ErrParameter)
}

// A BuckleyResult holds the intermediates and weights of Buckley's fuzzy
// AHP, in item order.
type BuckleyResult struct {
	Items []string
	// GeometricMeans are r_i = (Π_j a_ij)^(1/n), bound by bound.
	GeometricMeans []TFN
	// FuzzyWeights are w_i = r_i ⊘ Σ_k r_k = (l_i/Σu, m_i/Σm, u_i/Σl).
	FuzzyWeights []TFN
	// Weights are the crisp weights by Defuzzification, summing to 1.
	Weights         []float64
	Defuzzification Defuzzification
	// Consistency is that of the modal matrix (m_ij), which is reciprocal
	// (Buckley 1985 requires the modal matrix to be consistent enough;
	// compare CR with 0.1 as for crisp AHP).
	Consistency ahp.Consistency
}

// Buckley returns the fuzzy and crisp weights of a fuzzy comparison matrix
// by Buckley's (1985) fuzzy geometric mean:
//
//	r_i = (Π_j a_ij)^(1/n)              (bound by bound, exact at l, m and u)
//	w_i = r_i ⊗ (Σ_k r_k)⁻¹ = (l_i/Σ_k u_k, m_i/Σ_k m_k, u_i/Σ_k l_k)
//
// and the crisp weights by d (see Defuzzification), normalised to sum 1. The
// consistency check is that of the modal matrix with the random index
// table (Saaty1980 by default).
//
// The products are computed with logarithms, so entries anywhere in
// [ahp.MinScale, ahp.MaxScale] give finite results. With crisp entries
// (l = m = u) every defuzzification gives the row geometric mean priorities
// of crisp AHP (ahp.PriorityGeometricMean). A single item has weight 1.
//
// Time O(n²), memory O(n) plus the consistency check (O(n²·p), see package
// ahp). The error wraps mcda.ErrParameter for an unknown d or is the
// random index table's error.
func Buckley(m *Matrix, d Defuzzification, table ahp.RandomIndexTable) (*BuckleyResult, error) {
	if d != DefuzzificationCentroid && d != DefuzzificationGradedMean && d != DefuzzificationCentroidOfMeans {
		return nil, fmt.Errorf("fuzzy: buckley: %v: %w", d, mcda.ErrParameter)
	}
	n := m.Len()
	res := &BuckleyResult{Items: m.Items(), Defuzzification: d, GeometricMeans: make([]TFN, n), FuzzyWeights: make([]TFN, n), Weights: make([]float64, n)}
	var sum TFN
	for i := 0; i < n; i++ {
		var ll, lm, lu float64
		for j := 0; j < n; j++ {
			a := m.At(i, j)
			ll += math.Log(a.L)
			lm += math.Log(a.M)
			lu += math.Log(a.U)
		}
		r := TFN{math.Exp(ll / float64(n)), math.Exp(lm / float64(n)), math.Exp(lu / float64(n))}
		res.GeometricMeans[i] = r
		sum = sum.Add(r)
	}
	for i, r := range res.GeometricMeans {
		res.FuzzyWeights[i] = TFN{r.L / sum.U, r.M / sum.M, r.U / sum.L}
		switch d {
		case DefuzzificationCentroid:
			res.Weights[i] = res.FuzzyWeights[i].Centroid()
		case DefuzzificationGradedMean:
			res.Weights[i] = res.FuzzyWeights[i].GradedMean()
		case DefuzzificationCentroidOfMeans:
			res.Weights[i] = r.Centroid() / sum.U // scaled to avoid overflow
		}
	}
	normalize(res.Weights)
	modal, err := m.Modal()
	if err != nil {
		return nil, err
	}
	var s ahp.Solver
	if res.Consistency, err = s.Consistency(modal, table); err != nil {
		return nil, err
	}
	return res, nil
}

// normalize divides w by its sum, after dividing by its largest entry.
func normalize(w []float64) {
	var big float64
	for _, v := range w {
		big = math.Max(big, v)
	}
	if big == 0 {
		for i := range w {
			w[i] = 1 / float64(len(w))
		}
		return
	}
	var s float64
	for _, v := range w {
		s += v / big
	}
	for i, v := range w {
		w[i] = v / big / s
	}
}
