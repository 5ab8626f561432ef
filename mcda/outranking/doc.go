// Package outranking implements the outranking methods of the European
// school of multi-criteria decision analysis: ELECTRE III (Roy, 1978) with
// its distillation procedure and ELECTRE II (Roy & Bertier, 1973). Their
// result is a partial preorder, in which two alternatives may be
// incomparable, not a ranking: they are not [mcda.Method] values.
//
// # Overview
//
// ELECTRE III compares every ordered pair of alternatives (a, b) on each
// criterion j with an indifference threshold q_j, a preference threshold
// p_j and, optionally, a veto threshold v_j (see [Thresholds]), builds the
// concordance C(a, b), the discordance d_j(a, b) and the credibility
// σ(a, b) of the assertion "a is at least as good as b", and ranks the
// alternatives by a descending and an ascending distillation of σ. The
// final partial preorder is the intersection of the two distillation
// preorders ([ELECTREIIIResult.Relation]). [ELECTREII] builds a strong and
// a weak outranking relation from two concordance and discordance levels
// and ranks them the same way. [Concordance], [Discordance] and
// [Credibility] are the building blocks, shared with the sorting methods
// of package github.com/balancer-mcda/balancer/mcda/sorting.
//
// [ReadProblem] and [ReadCSVProblem] read problem files that carry the
// thresholds of each criterion and, for sorting, the categories and their
// profiles.
//
// # Conventions
//
// Differences are taken in the preferred direction: on a cost criterion
// the shortfall of a behind b is g(a) − g(b), on a benefit criterion
// g(b) − g(a), so thresholds are always non-negative amounts in the
// criterion's units, whatever its direction. An affine threshold
// t(g) = α + β·g is a direct threshold: in the comparison of a with b it
// is evaluated at g(a), the performance of the alternative whose
// outranking is assessed (Figueira, Mousseau & Roy, 2005, eq. 4.5). Roy's
// inverse thresholds, evaluated at g(b), are not offered.
//
// Weights are normalized to sum to 1. Inputs are never modified. Values of
// these types hold no scratch space and may be used concurrently.
//
// # Resources
//
// ELECTRE III and ELECTRE II build m×m matrices: O(m²·n) time and
// O(m²·n) memory with the per-criterion discordance matrices ELECTRE III
// returns. Their distillations take O(m³) time with the default
// coefficients (each distillation step lowers the cut level by at least
// s(1) = 0.15, so a class takes at most eight steps of O(m²)). Both check
// the number of pairs m·m against their MaxPairs field (default
// [DefaultMaxPairs]), and ELECTRE III its m·m·n discordance entries against
// 8·MaxPairs, before allocating, and return an error wrapping
// [mcda.ErrParameter] for a larger problem: rank it with a method of
// linear cost of package mcda, or sort it with package sorting, whose
// methods are linear in m. Evaluate takes a context and returns its error,
// wrapped, when it is cancelled.
package outranking
