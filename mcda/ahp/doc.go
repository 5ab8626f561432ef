// Package ahp implements the Analytic Hierarchy Process (AHP): pairwise
// comparison matrices, complete or incomplete, their priority vectors and
// consistency diagnostics, group aggregation, and whole hierarchies of
// criteria and alternatives.
//
// # Overview
//
// A [Matrix] holds n named items and the judgments a_ij, "item i is a_ij
// times as important as item j", with a_ii = 1 and a_ji = 1/a_ij. Build one
// from a full matrix ([NewMatrix], [NewMatrixFrom]), from one judgment of
// every pair ([NewMatrixFromJudgments], which reports a forgotten pair), or
// from a JSON document ([ReadJSON]). Pairs may be left unjudged on purpose,
// as long as the judgments connect every item
// ([NewIncompleteMatrixFromJudgments], [NewIncompleteMatrix],
// [DisconnectedError]); a JSON document or a [Model] may leave pairs
// unjudged in the same way.
//
// [Matrix.Priorities] returns priorities in item order and
// [Matrix.NamedPriorities] keyed by item name, the form
// [mcda.DecisionMatrix.WithWeightsByName] takes as criteria weights.
//
// Priorities come from the principal right eigenvector ([PriorityEigen], Saaty 1977)
// or the row geometric mean ([PriorityGeometricMean], Crawford & Williams 1985); for
// an incomplete matrix these are Harker's (1987) method and the logarithmic
// least squares solution (Kwiesielewicz 1996; Bozóki, Fülöp & Rónyai 2010).
// [Matrix.OptimalCompletion] fills the gaps with the entries that minimize
// λmax (Bozóki, Fülöp & Rónyai 2010). A [Solver] computes priorities into a
// caller's slice without allocating; the methods [Matrix.Priorities],
// [Matrix.LambdaMax] and [Matrix.Consistency] are allocating conveniences.
//
// [Consistency] reports λmax, CI = (λmax - n)/(n - 1), the random index RI
// from a [RandomIndexTable] and CR = CI/RI; for an incomplete matrix, those
// of its optimal completion. CR is a property of the matrix (it uses λmax
// whatever the priority method). Inconsistency is not an error: compare CR
// with Saaty's threshold 0.1 yourself. [Matrix.GCI] and [GCIThreshold] give
// the geometric consistency index of Aguarón & Moreno-Jiménez (2003),
// [Matrix.Koczkodaj] Koczkodaj's (1993) index, [Matrix.Inconsistencies]
// the judgments that disagree most with the priorities, and
// [Matrix.SuggestRevision] the single change to a Saaty-scale value that
// lowers CR most, for the user to consider.
//
// A group's judgments are combined by [AggregateJudgments] (AIJ, the
// weighted geometric mean of judgments) or their priorities by
// [AggregatePriorities] (AIP), and [MeasureGroup] measures how far each member
// lies from the group (Forman & Peniwati 1998; Escobar, Aguarón &
// Moreno-Jiménez 2004).
//
// A [Model] is a whole hierarchy: a goal, a tree of criteria, alternatives
// judged or rated under each leaf criterion, and optionally several
// decision makers. [Model.Evaluate] computes local and global priorities in
// distributive or ideal mode ([Mode]); [ReadModel] and [WriteModel] read
// and write its JSON form.
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
// [*DisconnectedError], [*ScaleError], [*RandomIndexError], [*MemberError],
// [*NodeError], [*mcda.ParseError]) and causes that
// errors.Is recognizes ([ErrNotReciprocal], [mcda.ErrNotFinite], ...).
// Panics are reserved for programmer errors: a dst of the wrong length, an
// index out of range, an undefined [PriorityMethod]. Results are never NaN.
//
// Several random index tables are in use and give different CRs for the
// same matrix; [RandomIndexSaaty1980] is the default, and [Consistency.Table] records
// the one used.
//
// Every sum that normalizes positive numbers first divides them by their
// largest, so ratings, priorities and weights anywhere in the float64
// range (1e308, 5e-324) neither overflow nor give NaN; a share smaller
// than the largest by more than the float64 range rounds to 0.
//
// # Resources and cancellation
//
// For a matrix of n items with k missing pairs and J = n(n-1)/2 - k known
// judgments, p the number of power iterations (at most
// [Solver.MaxIterations], typically 10 to 30):
//
//   - construction ([NewMatrix], [NewIncompleteMatrixFromJudgments], [ReadJSON]): O(n²)
//     time and memory, for at most [MaxItems] items (checked before any
//     n×n allocation);
//   - [Solver.Priorities], [Solver.LambdaMax], [Solver.Consistency] of a
//     complete matrix: O(n²·p) time (O(n²) for PriorityGeometricMean; an O(n³)
//     dense eigendecomposition only if the power iteration fails), no
//     allocation on a warmed-up Solver; of an incomplete matrix, O(n³)
//     time and O(n²) memory more for the logarithmic least squares
//     solution, and LambdaMax and Consistency an optimal completion;
//   - [Solver.OptimalCompletion]: O(n² + k) memory, whatever k (no k×k
//     storage); time O(n³) plus at most 100 Newton steps (k <= 64) or
//     500 limited-memory BFGS steps, each a few O(n²·p) evaluations of
//     λmax (k of them per Newton step);
//   - [Matrix.SuggestRevision]: O(n² + k) memory; at most 16·J candidate
//     power iterations of O(n²·p) time, most stopped after one or two by a
//     bound, and for an incomplete matrix 9 optimal completions;
//   - [Matrix.GCI], [Matrix.Inconsistencies]: O(n²) time (O(J log J) to
//     sort), O(J) memory; [Matrix.Koczkodaj]: O(n³) time, O(1) memory;
//   - [AggregateJudgments] of r members: O(r·n²); [AggregatePriorities]:
//     O(r·n);
//   - [ReadModel]: time and memory linear in the document, whatever its
//     depth, and criteria at most [MaxDepth] levels below the goal;
//     [Model.Validate] and [Model.Evaluate]: linear in the model plus
//     the above for each node's matrix.
//
// The analyses that can run for seconds on large or incomplete matrices,
// [Solver.OptimalCompletion], [Solver.ConsistencyContext],
// [Matrix.SuggestRevision] and [Model.Evaluate], take a
// [context.Context] and, once it is done, return within milliseconds an
// error wrapping ctx.Err(): they check it inside every power iteration and
// factorization. [Solver.LambdaMax], [Solver.Consistency] and
// [Matrix.Consistency] of an incomplete matrix compute its completion
// without a context; use ConsistencyContext to bound that work. Random
// index tables are checked against n before any of that work. The
// analyses without a context take well under a second up to [MaxItems]
// items.
//
// # References
//
//   - Aguarón, J. & Moreno-Jiménez, J.M. (2003). The geometric consistency
//     index: approximated thresholds. EJOR 147:137-145.
//   - Belton, V. & Gear, T. (1983). On a short-coming of Saaty's method of
//     analytic hierarchies. Omega 11(3):228-230.
//   - Bozóki, S., Fülöp, J. & Rónyai, L. (2010). On optimal completion of
//     incomplete pairwise comparison matrices. Math. Comput. Modelling
//     52:318-333.
//   - Escobar, M.T., Aguarón, J. & Moreno-Jiménez, J.M. (2004). A note on
//     AHP group consistency for the row geometric mean prioritization
//     procedure. EJOR 153:318-322.
//   - Forman, E. & Peniwati, K. (1998). Aggregating individual judgments
//     and priorities with the analytic hierarchy process. EJOR 108:165-169.
//   - Harker, P.T. (1987). Alternative modes of questioning in the analytic
//     hierarchy process. Math. Modelling 9(3-5):353-360.
//   - Koczkodaj, W.W. (1993). A new definition of consistency of pairwise
//     comparisons. Math. Comput. Modelling 18(7):79-84.
//   - Horn, R.A. & Johnson, C.R. (2013). Matrix Analysis, 2nd ed.
//     Cambridge University Press (the Collatz–Wielandt bounds, 8.1.26).
//   - Kwiesielewicz, M. (1996). The logarithmic least squares and the
//     generalized pseudoinverse in estimating ratios. EJOR 93:611-619.
//   - Nocedal, J. & Wright, S.J. (2006). Numerical Optimization, 2nd ed.
//     Springer (limited-memory BFGS, Algorithm 7.4).
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
