// Package ahp implements pairwise comparison matrices of the Analytic
// Hierarchy Process (AHP): validated positive reciprocal matrices, their
// priority vectors, and Saaty's consistency index and ratio.
//
// # Overview
//
// A [Matrix] holds n named items and the judgments a_ij, "item i is a_ij
// times as important as item j", with a_ii = 1 and a_ji = 1/a_ij. Build one
// from a full matrix ([NewMatrix], [NewMatrixFrom]), from one judgment per
// pair ([FromJudgments]), or from a JSON document ([ReadJSON]).
//
// Priorities come from the principal right eigenvector ([Eigen], Saaty 1977)
// or the row geometric mean ([GeometricMean], Crawford & Williams 1985). A
// [Solver] computes them into a caller's slice without allocating; the
// methods [Matrix.Priorities], [Matrix.LambdaMax] and [Matrix.Consistency]
// are allocating conveniences.
//
// [Consistency] reports λmax, CI = (λmax - n)/(n - 1), the random index RI
// from a [RandomIndexTable] and CR = CI/RI. CR is a property of the matrix
// (it uses λmax whatever the priority method). Inconsistency is not an
// error: compare CR with Saaty's threshold 0.1 yourself.
//
// # Conventions
//
// Items are identified by their 0-based position and carry a non-empty,
// unique name. Rows and columns follow the item order. Entries are checked
// once, at construction, against a [Scale] (by default Saaty's 1/9..9);
// after that a Matrix is immutable and its methods do not validate again.
// Inputs are never modified or retained.
//
// Functions that fill a slice take it first as dst: a nil dst is allocated,
// a non-nil dst must have length n. Data problems are returned as errors
// with their location ([*ItemError], [*EntryError], [*JudgmentError],
// [*ScaleError], [*RandomIndexError], [*mcda.ParseError]) and causes that
// errors.Is recognizes ([ErrNotReciprocal], [mcda.ErrNotFinite], ...).
// Panics are reserved for programmer errors: a dst of the wrong length, an
// index out of range, an undefined [PriorityMethod]. Results are never NaN.
//
// Several random index tables are in use and give different CRs for the
// same matrix; [Saaty1980] is the default, and [Consistency.Table] records
// the one used.
//
// # References
//
//   - Saaty, T.L. (1977). A scaling method for priorities in hierarchical
//     structures. J. Math. Psychology 15:234-281.
//   - Saaty, T.L. (1980). The Analytic Hierarchy Process. McGraw-Hill.
//   - Saaty, T.L. (2005). Theory and Applications of the Analytic Network
//     Process. RWS Publications.
//   - Saaty, T.L. (2008). Decision making with the analytic hierarchy
//     process. Int. J. Services Sciences 1(1):83-98.
//   - Crawford, G. & Williams, C. (1985). A note on the analysis of
//     subjective judgment matrices. J. Math. Psychology 29:387-405.
//   - Johnson, C.R., Beine, W.B. & Wang, T.J. (1979). Right-left asymmetry
//     in an eigenvector ranking procedure. J. Math. Psychology 19:61-64.
//   - Donegan, H.A. & Dodd, F.J. (1991). A note on Saaty's random indexes.
//     Math. Comput. Modelling 15(10):135-137.
//   - Alonso, J.A. & Lamata, M.T. (2006). Consistency in the analytic
//     hierarchy process: a new approach. Int. J. Uncertainty, Fuzziness and
//     Knowledge-Based Systems 14(4):445-459.
package ahp
