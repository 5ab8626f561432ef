// Package fuzzy implements multi-criteria methods for imprecise judgments
// given as triangular fuzzy numbers or words: fuzzy AHP by Buckley's (1985)
// geometric mean and by Chang's (1996) extent analysis, and Chen's (2000)
// fuzzy TOPSIS for groups of decision makers, with linguistic scales as
// data.
//
// # Triangular fuzzy numbers
//
// A TFN (l, m, u) has l <= m <= u. Sums, differences and multiples of TFNs
// are exact; products, quotients, reciprocals and powers are not
// triangular, and the package uses the usual approximations that are exact
// at the support [l, u] and the peak m (see TFN.Mul). Defuzzification is
// always named: Centroid (l + m + u)/3 or GradedMean (l + 4m + u)/6.
// Distance is Chen's vertex distance.
//
// # Fuzzy AHP
//
// A Matrix is a reciprocal fuzzy comparison matrix (NewMatrix,
// NewMatrixFromJudgments, ReadAHP). Buckley returns the fuzzy geometric means, the
// fuzzy weights and the crisp weights by a named Defuzzification, with the
// consistency of the modal matrix through package ahp; with crisp
// judgments it gives crisp AHP's geometric-mean priorities. Chang returns
// the weights of extent analysis, which can be 0 for an item that matters
// (Wang, Luo & Hua 2008): read its warning before using it.
//
// # Fuzzy TOPSIS
//
// TOPSIS averages the decision makers' fuzzy ratings and weights,
// normalises by linear scale transformation, weights, and measures the
// vertex distances to the fuzzy ideals (Chen's (1, 1, 1) and (0, 0, 0), or
// the best and worst ratings) to give the closeness coefficient. With crisp
// ratings, the max-min ideal and Euclidean separation it is crisp TOPSIS
// with max normalisation (mcda.TOPSIS).
//
// # Linguistic scales
//
// A Scale maps words to TFNs: ChenRatings and ChenWeights (Chen 2000's
// seven terms), Ratings5, Weights5 and Importance5 (five terms: "very
// good", "very important") and SaatyTFN for judgments. The JSON readers
// accept a term wherever a number is expected.
//
// # Conventions
//
// Items, alternatives and criteria are identified by position and carry
// unique names. Inputs are never modified or retained. Data problems are
// errors naming the field: *TFNError (ErrOrder, mcda.ErrNotFinite,
// mcda.ErrNegative, mcda.ErrNotPositive, ErrNotReciprocal), *ItemError
// (ErrUnknown, ErrDuplicate, ErrMissing, mcda.ErrDuplicateName),
// *mcda.ShapeError and *mcda.ParseError. Results are never NaN. Enum
// constants are prefixed with their type's name (DefuzzificationCentroid,
// IdealUnit, SeparationSum).
//
// # Resources
//
// For n items: NewMatrix and NewMatrixFromJudgments O(n²) time and memory, for at
// most ahp.MaxItems items; Buckley O(n²) plus the modal matrix's
// consistency (O(n²·p), see package ahp); Chang O(n²). TOPSIS is
// O(K·m·n) time and O(m·n) memory for K decision makers, m alternatives
// and n criteria. Nothing iterates beyond these bounds, so no function
// takes a context.
//
// # References
//
//   - Buckley, J.J. (1985). Fuzzy hierarchical analysis. Fuzzy Sets and
//     Systems 17(3):233-247.
//   - Chang, D.-Y. (1996). Applications of the extent analysis method on
//     fuzzy AHP. European Journal of Operational Research 95:649-655.
//   - Chen, C.-T. (2000). Extensions of the TOPSIS for group
//     decision-making under fuzzy environment. Fuzzy Sets and Systems
//     114:1-9.
//   - Chen, S.-H. & Hsieh, C.-H. (2000). Representation, ranking, distance,
//     and similarity of L-R type fuzzy number and application. Australian
//     Journal of Intelligent Processing Systems 6(4):217-229.
//   - Wang, Y.-M., Luo, Y. & Hua, Z. (2008). On the extent analysis method
//     for fuzzy AHP and its applications. European Journal of Operational
//     Research 186:735-747.
package fuzzy
