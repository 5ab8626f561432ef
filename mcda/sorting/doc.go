// Package sorting assigns alternatives to ordered categories (accept /
// review / reject, risk classes, suitability classes) with the sorting
// methods of the European school of multi-criteria decision analysis:
// ELECTRE TRI-B (Yu, 1992; Mousseau, Słowiński & Zielniewicz, 2000) and
// FlowSort (Nemery & Lamboray, 2008).
//
// # Overview
//
// Categories are numbered from 0, the worst, to k−1, the best. They are
// delimited by profiles: reference alternatives scored on the same
// criteria as the decision matrix, listed worst first. [ELECTRETRIB]
// compares each alternative with the k−1 boundary profiles by the
// outranking credibility of package
// github.com/balancer-mcda/balancer/mcda/outranking and assigns it with the
// pessimistic or the optimistic rule. [FlowSort] compares each alternative
// with limiting or central profiles by the PROMETHEE flows of
// [mcda.PROMETHEE], computed on the profiles and that alternative alone.
//
// An alternative's category depends only on its own values and the
// profiles, never on the other alternatives: both methods are linear in the
// number m of alternatives. ELECTRE TRI-B takes O(m·k·n) time and
// O(m·k) memory for its matrices; FlowSort O(m·k²·n) time and O(k)
// working memory per alternative. Inputs are never modified; method values
// hold no scratch space and may be used concurrently.
//
// Profiles must be ordered: each must be at least as good as the one below
// on every criterion and better on one (in the criterion's preferred
// direction). A violation, a λ outside [0.5, 1], thresholds out of order, or
// no profiles at all is an error wrapping [mcda.ErrParameter] that names
// the profile and criterion.
package sorting
