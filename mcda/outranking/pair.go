package outranking

// Pair computes the outranking of b by a from their performances x = g(a)
// and y = g(b) on each criterion: it stores the partial discordances
// d_j(a, b) in d and returns the concordance
//
//	C(a, b) = Σ_j w_j c_j(a, b)
//
// and the credibility σ(a, b) of [Credibility]. w holds the weights,
// summing to 1; q, p and v the thresholds already evaluated (v_j = +Inf
// for no veto); cost[j] whether criterion j is a cost. Every slice has one
// element per criterion. Pair allocates nothing; it panics if the lengths
// differ.
func Pair(d, x, y, w, q, p, v []float64, cost []bool) (c, sigma float64) {
	n := len(x)
	if len(d) != n || len(y) != n || len(w) != n || len(q) != n || len(p) != n || len(v) != n || len(cost) != n {
		panic("outranking: Pair: slices of different lengths")
	}
	for j := range n {
		s := shortfall(x[j], y[j], cost[j])
		c += w[j] * Concordance(s, q[j], p[j])
		d[j] = Discordance(s, p[j], v[j])
	}
	c = min(c, 1) // Σ w_j may exceed 1 by an ulp
	return c, Credibility(c, d)
}
