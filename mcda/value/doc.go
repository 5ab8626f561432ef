// Package value implements multi-attribute value theory (MAVT) and the
// preference-disaggregation methods that learn an additive value function
// from a decision maker's ranking.
//
// MAVT (Keeney & Raiffa, 1976; Belton & Stewart, 2002): each criterion has a
// value function v_j mapping the criterion's range onto [0, 1] (0 for the
// worst level, 1 for the best), the criteria have weights w_j summing to 1,
// and an alternative's value is the additive V(a) = Σ_j w_j·v_j(g_j(a)).
// Value functions are [Piecewise] (through elicited points, also the result
// of the bisection method, [Bisection]) or [Exponential] (Kirkwood, 1997).
// Weights come from swings ([SwingWeights]), SMART ([SMARTWeights]),
// SMARTER (rank-order centroid weights, [SMARTERWeights]) or directly
// ([DirectWeights]). A [Model] is an [mcda.Method], so that mcda.Rank,
// mcda.Compare and the analyses of package mcda/robust work on it
// unchanged.
//
// UTA (Jacquet-Lagrèze & Siskos, 1982) and UTASTAR (Siskos & Yannacopoulos,
// 1985) infer piecewise-linear marginal value functions from a reference
// ranking by linear programming ([UTA]); robust ordinal regression
// (UTA^GMS, Greco, Mousseau & Słowiński, 2008) computes which comparisons
// every compatible value function settles ([Relations]).
//
// All linear programmes are solved with gonum's optimize/convex/lp.
package value
