// Package mcda provides multi-criteria decision analysis: decision matrices
// of alternatives scored against benefit and cost criteria, their
// normalization, and methods that rank the alternatives.
//
// # Overview
//
// A [DecisionMatrix] holds m named alternatives (rows) scored against n named
// [Criterion] values (columns), each a [Benefit] or [Cost] criterion with a
// weight. A [Method] ([TOPSIS], [WSM], [WPM]) scores the alternatives; [Rank]
// turns scores into a [Ranking] with 1-based competition ranks and a
// best-first order. [Normalize] exposes the normalizations the methods use.
// The sub-package mcda/ahp derives weights from pairwise comparisons.
//
//	m, err := mcda.NewDecisionMatrix(names, criteria, rows)
//	...
//	r, err := mcda.Rank(&mcda.TOPSIS{}, m)
//	for _, i := range r.Order {
//		fmt.Println(r.Ranks[i], r.Alternatives[i], r.Scores[i])
//	}
//
// # Conventions
//
// Rows are alternatives (index i), columns are criteria (index j); values are
// stored contiguously in row-major order. Weights need not sum to 1: methods
// use w_j / Σ_k w_k.
//
// Constructors validate everything about the data once and return typed
// errors that name the offending alternative, criterion or value
// ([*ValueError], [*CriterionError], [*AlternativeError], [*ShapeError],
// [*ParseError]); test for causes with errors.Is ([ErrNotFinite],
// [ErrWeight], ...) and read locations with errors.As. Methods return an
// error when the data do not suit them (a zero where a ratio is needed) and
// never return NaN or ±Inf scores. Panics are reserved for programmer
// misuse: an index out of range, or a destination slice of the wrong length.
//
// Functions that produce a vector take a destination first: a nil dst is
// allocated, a non-nil one must have the right length and is returned.
// Inputs are never modified. Method values ([TOPSIS], [WSM], [WPM]) are
// configured through exported fields whose zero values are the documented
// defaults; they keep scratch space between calls, so with a reused dst they
// allocate nothing, and they must not be used concurrently. A
// [DecisionMatrix] is immutable and safe for concurrent use.
//
// Every normalization orients criteria so that larger is better: how a cost
// criterion is turned around is part of each [Normalization]'s definition.
//
// # Methods
//
//   - [TOPSIS]: closeness to the ideal solution (Hwang & Yoon, 1981),
//     vector normalization by default.
//   - [WSM]: weighted sum, or simple additive weighting (Fishburn, 1967),
//     linear max normalization by default.
//   - [WPM]: weighted product (Bridgman, 1922; Miller & Starr, 1969), on a
//     ratio scale.
//
// # References
//
//   - Bridgman, P.W. (1922). Dimensional Analysis. Yale University Press.
//   - Fishburn, P.C. (1967). Additive utilities with incomplete product
//     sets. Operations Research 15(3):537-542.
//   - Hwang, C.L. & Yoon, K. (1981). Multiple Attribute Decision Making:
//     Methods and Applications. Springer.
//   - MacCrimmon, K.R. (1968). Decisionmaking among multiple-attribute
//     alternatives. RAND Memorandum RM-4823-ARPA.
//   - Miller, D.W. & Starr, M.K. (1969). Executive Decisions and Operations
//     Research. Prentice-Hall.
//   - Triantaphyllou, E. (2000). Multi-Criteria Decision Making Methods: A
//     Comparative Study. Kluwer.
package mcda
