package outranking

// Pair computes the outranking of b by a from their performances x = g(a)
// and y = g(b) on each criterion: it stores the partial discordances
// d_j(a, b) in d and returns the concordance
//
//	C(a, b) = Σ_j w_j c_j(a, b)
//
// and the credibility σ(a, b) of [Credibility]. C is exactly 1 when every
// c_j is 1. w holds the weights,
// summing to 1; q, p and v the thresholds already evaluated (v_j = +Inf
// for no veto); cost[j] whether criterion j is a cost. Every slice has one
// element per criterion. Pair allocates nothing; it panics if the lengths
// differ.
func Pair(d, x, y, w, q, p, v []float64, cost []bool) (c, sigma float64) {
	n := len(x)
	if len(d) != n || len(y) != n || len(w) != n || len(q) != n || len(p) != n || len(v) != n || len(cost) != n {
		panic("outranking: Pair: slices of different lengths")
	}
	against := 0.0 // Σ w_j (1 − c_j)
	for j := range n {
		s := shortfall(x[j], y[j], cost[j])
		cj := Concordance(s, q[j], p[j])
		c += w[j] * cj
		against += w[j] * (1 - cj)
		d[j] = Discordance(s, p[j], v[j])
	}
	// The normalized weights sum to 1 only up to rounding: a pair on which
	// every criterion concords has C = 1 exactly, so that σ(a, a) = 1 >= λ
	// for any cutting level.
	if against == 0 {
		c = 1
	}
	c = min(c, 1)
	return c, Credibility(c, d)
}
