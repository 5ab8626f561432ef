// Package robust measures how far a ranking produced by a method of package
// mcda can be trusted: how it reacts to changes of the criteria weights, to
// uncertain weights and values, and to adding or removing alternatives.
//
// # Overview
//
// [Sensitivity] moves one criterion's weight at a time over [0, 1] while the
// other weights keep their proportions (see [PathWeights]) and reports, for
// every criterion, the weights at which two alternatives change places
// ([Breakpoint], one pair each, O(1) in size), the interval around the
// current weight within which the first-ranked alternative stays first and
// the one within which the ranking stays the same ([Interval]), and, on
// request, the score curves ([Curve]). [SensitivityOptions] choose what is
// tracked (the whole ranking, first place, or the first k places) and cap
// the breakpoints reported, those nearest the current weight, counting the
// rest; [RankingAt] ranks the problem at any weight on demand. For the
// weighted sum model ([mcda.WSM]) the breakpoints are computed in closed
// form; for the methods that are [mcda.RowSeparable] (TOPSIS, WPM, MOORA, SPOTIS, ARAS)
// each change is located by scoring only the two alternatives concerned;
// for every other [mcda.Method] the whole matrix is re-scored and
// bisected.
//
// [MinimumChange] finds, for each alternative of a weighted sum model, the
// smallest change of the weight vector, Σ_k |Δw_k|, that lets it catch up
// with the first-ranked one.
//
// [RankReversal] re-ranks a problem after adding a copy of an alternative,
// adding an alternative dominated by all others, or removing an
// alternative, and reports every pair of the original alternatives whose
// relative order changes ([PairChange]).
//
// Stochastic multicriteria acceptability analysis ([SMAA], SMAA-2) samples
// weights from the simplex or a constrained part of it ([WeightSpace]) and
// uncertain values from [Uniform], [Normal], [Triangular] or [Beta]
// distributions, and reports how often each alternative takes each rank,
// its central weights and its confidence factor, reproducibly for a seed.
//
// # Validation
//
// The closed-form breakpoints are checked against hand-worked weighted
// sums and against bisection; bisected breakpoints against an independent
// scan; the breakpoints of every method against those of the exhaustive
// path that re-scores the whole matrix, and the first-place and top-k
// modes against the whole ranking restricted to those places. SMAA reproduces the published results of the R package smaa for
// its thrombolytics example (van Valkenhoef & Tervonen) and cases whose
// acceptabilities, central weights and confidence factors are known in
// closed form, each within four Monte Carlo standard errors computed from
// the sample counts. Property tests cover the laws of the stability
// intervals and breakpoints, the sums of the acceptability matrix,
// dominance, and bit-identical results for a seed whatever the number of
// workers.
//
// # AHP
//
// The distributive synthesis of an AHP model (package mcda/ahp) is a
// weighted sum: the global priority of an alternative is Σ_leaf g_leaf·p_leaf,
// where the local priorities p_leaf sum to 1 on every leaf. It is therefore
// exactly [mcda.WSM] with [mcda.NormalizationSum] applied to the model's
// exported decision matrix (ahp's Result.DecisionMatrix), whose weights are
// the leaves' global weights, and the closed forms of [Sensitivity] and
// [MinimumChange] apply to it:
//
//	dm, err := result.DecisionMatrix()
//	...
//	s, err := robust.Sensitivity(ctx, &mcda.WSM{Normalization: mcda.NormalizationSum}, dm, robust.SensitivityOptions{})
//
// Moving a leaf's global weight with the other leaves keeping their
// proportions is the usual one-at-a-time AHP sensitivity analysis.
//
// # Resources
//
// Time and memory are stated in m (alternatives), n (criteria) and each
// analysis's own parameters, with T(m, n) the time of one call of the
// method's Scores; the test TestResourceContract checks the memory claims
// by running each analysis at two sizes.
//
//   - [SMAA]: with N samples, N_c confidence samples and W workers,
//     O(N·(T(m, n) + m·log m + n) + N_c·c·(T(m, n) + m·log m)) time, c <= m
//     the alternatives ever ranked first; (2W + 2)·8·m² + O(W·m·n) bytes,
//     whatever N and N_c: samples are accumulated, never stored. N and N_c
//     are at most [MaxSamples], W at most [MaxWorkers], and m·m at most
//     MaxPairs (mcda.DefaultMaxPairs unless raised), checked before
//     anything of size m² is allocated.
//   - [PathWeights]: O(n) time, nothing allocated with a dst.
//   - [DominatedValues]: O(m·n) time, O(n) memory.
//   - [Sensitivity], [MinimumChange] and [RankReversal]: see their doc
//     comments.
//
// # Conventions
//
// Alternatives and criteria are identified by their 0-based index in the
// decision matrix. Rankings are those of [mcda.RankScores]: competition
// ranks, with scores within [mcda.TieTolerance] of each other tied. Weights
// are always the normalized ones, w_j / Σ_k w_k, so a criterion's weight is
// a number in [0, 1].
//
// The analyses share one call shape: a context, the method, the decision
// matrix, then options where there are any: Sensitivity(ctx, method, m,
// opt), MinimumChange(ctx, wsm, m), RankReversal(ctx, method, m, opt), and
// SMAA.Run(ctx, newMethod, m), whose options are the SMAA value. Each
// checks its context as it runs and, once the context is done, returns
// ctx.Err() wrapped, within one scoring of the method. Results are JSON
// safe: a [Challenger] that cannot catch up encodes its +Inf change as
// null.
//
// Inputs are never modified. Invalid options are reported as errors wrapping
// [mcda.ErrParameter]; a method's failure on a modified problem comes back
// as a [*PathError] or a [*ScenarioError] that says where it happened and
// unwraps to the method's error. No result holds NaN.
//
// # References
//
//   - Triantaphyllou, E. & Sánchez, A. (1997). A sensitivity analysis
//     approach for some deterministic multi-criteria decision-making
//     methods. Decision Sciences 28(1):151-194.
//   - Wang, X. & Triantaphyllou, E. (2008). Ranking irregularities when
//     evaluating alternatives by using some ELECTRE methods. Omega
//     36(1):45-63.
//   - Lahdelma, R. & Salminen, P. (2001). SMAA-2: Stochastic multicriteria
//     acceptability analysis for group decision making. Operations Research
//     49(3):444-454.
//   - van Valkenhoef, G. & Tervonen, T. smaa: Stochastic Multi-Criteria
//     Acceptability Analysis. R package, CRAN.
//   - Marsaglia, G. & Tsang, W. W. (2000). A simple method for generating
//     gamma variables. ACM Transactions on Mathematical Software
//     26(3):363-372.
//   - Belton, V. & Gear, T. (1983). On a short-coming of Saaty's method of
//     analytic hierarchies. Omega 11(3):228-230.
package robust
