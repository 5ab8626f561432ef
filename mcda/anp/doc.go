// Package anp implements the Analytic Network Process (ANP) and DEMATEL:
// networks of clusters and nodes whose influences are judged by pairwise
// comparisons, their unweighted, weighted and limit supermatrices, the
// Decision Making Trial and Evaluation Laboratory (DEMATEL) that measures
// how strongly factors influence each other, and DANP, the ANP weights
// that DEMATEL's total-relation matrix gives.
//
// # ANP
//
// A Network holds clusters of nodes. A NodeComparison compares the nodes of
// one cluster with respect to one node, with an [ahp.Matrix] built from its
// judgments (complete or incomplete, with the consistency diagnostics of
// package ahp); a ClusterComparison compares the clusters that a cluster's
// nodes link to. Network.Evaluate builds the unweighted supermatrix, the
// cluster matrix, the weighted supermatrix and the limit supermatrix, and
// the limiting priorities of every node (Saaty 1996, 2005). Limit computes
// the limit supermatrix of any weighted supermatrix: the limit of its
// powers, or their Cesàro average when the supermatrix is cyclic; columns
// that do not sum to 1 are renormalised, as Super Decisions does, and sinks
// (zero columns) get a self-loop (see Limit for how this relates to Super
// Decisions' limit calculus types). ReadNetwork reads a network in JSON.
//
// # DEMATEL and DANP
//
// Dematel averages the direct-relation matrices of one or several experts,
// normalises the average, and returns the total-relation matrix T = N(I −
// N)⁻¹, the prominence D + R and relation D − R of every factor and the
// threshold of the impact-relation map. Danp groups the factors into
// dimensions and turns T into the weights of DEMATEL-based ANP.
// ReadDematel reads a study in JSON.
//
// # Conventions
//
// Supermatrices are column-oriented, as in Saaty's books and Super
// Decisions: column j holds the priorities of the nodes with respect to
// node j, and a column-stochastic matrix has columns summing to 1. DEMATEL
// matrices are row-oriented, as in its literature: entry (i, j) is the
// influence of factor i on factor j. Normalization constants are named
// Normalize…; inputs are never modified or retained. Data problems are
// returned as errors naming their field (*NetworkError, with causes such
// as ErrUnknown, mcda.ErrNegative), a matrix entry (*mcda.ValueError) or
// a shape (*mcda.ShapeError). Results are never NaN.
//
// # Resources
//
// For n nodes or factors (at most MaxNodes, checked before any n×n
// allocation): building a supermatrix is O(n²) time and memory plus the
// work of each comparison matrix (see package ahp); Limit is O(n³) time per
// squaring, at most 2·LimitOptions.MaxSquarings squarings (typically 10 to
// 40), and six n×n matrices of memory; Dematel is O(e·n² + n³) time for e
// experts and O(n²) memory; Danp is Limit's cost. Limit, Network.Evaluate
// and Danp take a context.Context, checked before every squaring, and return
// an error wrapping ctx.Err() once it is done.
//
// # References
//
//   - Adams, W. & Saaty, R.W. (2003). Super Decisions Software Guide.
//     Creative Decisions Foundation.
//   - Chiu, W.-Y., Tzeng, G.-H. & Li, H.-L. (2013). A new hybrid MCDM model
//     combining DANP with VIKOR to improve e-store business. Knowledge-Based
//     Systems 37:48-61.
//   - Fontela, E. & Gabus, A. (1976). The DEMATEL Observer. Battelle
//     Geneva Research Centre.
//   - Lee, H.-S., Tzeng, G.-H., Yeih, W., Wang, Y.-J. & Yang, S.-C. (2013).
//     Revised DEMATEL: resolving the infeasibility of DEMATEL. Applied
//     Mathematical Modelling 37:6746-6757.
//   - Meyer, C.D. (2000). Matrix Analysis and Applied Linear Algebra. SIAM.
//   - Ou Yang, Y.-P., Shieh, H.-M., Leu, J.-D. & Tzeng, G.-H. (2008). A novel
//     hybrid MCDM model combined with DEMATEL and ANP with applications.
//     Int. J. Operations Research 5(3):160-168.
//   - Saaty, T.L. (1996). Decision Making with Dependence and Feedback: The
//     Analytic Network Process. RWS Publications.
//   - Saaty, T.L. (2005). Theory and Applications of the Analytic Network
//     Process. RWS Publications.
//   - Tzeng, G.-H., Chiang, C.-H. & Li, C.-W. (2007). Evaluating
//     intertwined effects in e-learning programs: a novel hybrid MCDM model
//     based on factor analysis and DEMATEL. Expert Systems with
//     Applications 32:1028-1044.
package anp
