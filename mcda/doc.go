// Package mcda provides multi-criteria decision analysis: decision matrices
// of alternatives scored against benefit and cost criteria, their
// normalization, methods that rank the alternatives, methods that derive
// criteria weights, and coefficients that measure how far two rankings
// agree.
//
// # Overview
//
// A [DecisionMatrix] holds m named alternatives (rows) scored against n named
// [Criterion] values (columns), each a [ObjectiveBenefit] or [ObjectiveCost] criterion with a
// weight. [NewDecisionMatrix] and [NewDecisionMatrixFrom] build one; a
// matrix whose criteria carry no weights is unweighted (equal weights, see
// [DecisionMatrix.Weighted]), as the objective weightings want it.
// [DecisionMatrix.WithWeightsByName] returns a copy with weights given by
// criterion name, [DecisionMatrix.WithWeights] one with weights in
// criteria order.
//
// A [Method] scores the alternatives; [Rank] turns the scores into a
// [Ranking] with 1-based competition ranks and a best-first order, and
// [RankScores] does the same for any score vector, treating scores within
// [TieTolerance] as tied ([Ranker] keeps its scratch space for repeated
// ranking). The ranking methods are listed under Methods
// below. Most of them also have an Evaluate method that returns the
// intermediates of the computation (for example [TOPSISResult]).
// [Normalize] exposes the normalizations the methods use, and
// [ShiftColumns] is the opt-in translation for methods that need positive
// values.
//
// The methods can also be chosen by name. [NewMethod] returns a new value
// of the method with a given name, configured from a [MethodOptions];
// [MethodNames] lists the names ("topsis", "vikor", "promethee", …) and
// [MethodParameters] the options each method reads. Likewise [NewWeighting]
// and [WeightingNames] for the objective weightings.
//
// A [Weighting] derives criteria weights from the data (see Weights below);
// [BWM] and the rank-order functions derive them from a decision-maker's
// judgments. [Compare] and [CompareAll] measure the agreement of rankings
// (see Rank agreement below).
//
// Decision problems are read and written as JSON by [ReadJSON] and
// [WriteJSON]; [ReadProblem] and [WriteProblem] also carry each criterion's
// PROMETHEE preference function in a [Problem]. A malformed file is a
// [*ParseError] that names the field and the byte offset. [ReadCSV] and
// [WriteCSV] do the same for CSV files, whose optional #objective and
// #weight rows carry the criteria's types and weights; a [*CSVError]
// names the line and column. [NewCSVReader] reads a CSV file one row at a
// time.
//
// Large problems: [TOPSIS], [WSM], [WPM], [VIKOR], [EDAS], [MABAC],
// [SPOTIS], [ARAS], [COPRAS], [MOORA], [MOORARefPoint], [MARCOS] and
// [COCOSO], and the weightings [StdDev], [Variance], [Entropy], [CRITIC]
// and [MEREC], run the same passes over blocks of alternatives (column
// aggregates, then coefficients, then scores or a second set of
// aggregates), on several goroutines when their Workers field is set,
// with results bit-identical to the serial path. [RankStream] ranks a
// [RowSource] (such as a [CSVReader]) that does not fit in memory, in two
// passes with memory bounded by the number of criteria and the number of
// best alternatives kept, with the methods whose coefficients are column
// aggregates of one pass and whose scores are then per row: [TOPSIS],
// [WSM], [WPM], [MOORA], [MOORARefPoint], [MOORAFMF], [SPOTIS], [MARCOS]
// and [WASPAS], and in three passes with [VIKOR], [EDAS], [COPRAS],
// [ARAS], [MABAC] and [COCOSO], whose coefficients also need aggregates
// of per-row values (a middle pass), with scores bit-identical to their
// Scores. Its passes are exported for distributed engines:
// [ColumnStats] is pass 1's mergeable, encodable accumulator, [ScoreStats]
// the middle pass's, and [StreamCoefficients] the broadcast coefficients
// that score each row (examples/beam runs them on Apache Beam).
//
//	m, err := mcda.NewDecisionMatrix(names, criteria, rows)
//	...
//	r, err := mcda.Rank(&mcda.TOPSIS{}, m)
//	r.WriteText(os.Stdout) // rank, alternative and score, best first
//	json.NewEncoder(os.Stdout).Encode(r) // the JSON vocabulary below
//
// Sub-packages build on this one. Package
// [github.com/balancer-mcda/balancer/mcda/ahp] implements the Analytic
// Hierarchy Process: pairwise comparison matrices, complete or incomplete,
// their priorities and consistency, group aggregation and whole
// hierarchies. Package [github.com/balancer-mcda/balancer/mcda/robust]
// measures how far a ranking can be trusted: weight sensitivity, rank
// reversal when alternatives are added or removed, and stochastic
// multicriteria acceptability analysis (SMAA). Package
// [github.com/balancer-mcda/balancer/mcda/anp] implements the Analytic
// Network Process (supermatrices of interdependent criteria), DEMATEL and
// DANP; package [github.com/balancer-mcda/balancer/mcda/fuzzy] triangular
// fuzzy numbers, fuzzy AHP (Buckley, Chang) and fuzzy TOPSIS (Chen 2000)
// with linguistic scales.
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
// error when the data do not suit them (a zero where a ratio is needed:
// [ErrNegative], [ErrNotPositive]) and never return NaN or ±Inf scores. A
// parameter outside its range (VIKOR's v, WASPAS's λ, CODAS's τ, SPOTIS's
// bounds, PROMETHEE's thresholds) is an error wrapping [ErrParameter],
// reported when the method is used; a normalization a method cannot take
// wraps [ErrNormalization]; a statistic or score that is not defined for
// its input wraps [ErrUndefined]. Panics are reserved for programmer
// misuse: an index out of range, or a destination slice of the wrong
// length.
//
// Functions that produce a vector take a destination first: a nil dst is
// allocated, a non-nil one must have the right length (one element per
// alternative for scores, per criterion for weights) and is returned.
// Inputs are never modified. Method values ([TOPSIS], [VIKOR], [CODAS], …)
// are configured through exported fields whose zero values are the
// documented defaults.
//
// Every method and weighting value keeps scratch space between calls, so
// that with a reused dst and a problem of the same size Scores and Weights
// allocate nothing. A method or weighting value is therefore not safe for
// concurrent use: give each goroutine its own, as [NewMethod] and
// [NewWeighting] do by returning a new value on every call. [Equal], which
// keeps no state, is the exception. A [DecisionMatrix] is immutable and
// safe for concurrent use.
//
// The methods and weightings with a Workers field (see above) can split
// one call over several goroutines of their own: their Workers field (see [TOPSIS.Workers]) bounds how many a
// call may use, for problems large enough to be cut into blocks of
// alternatives, and the scores are bit-for-bit the same whatever its value.
// The value itself must still not be shared between goroutines.
//
// Every normalization orients criteria so that larger is better: how a cost
// criterion is turned around is part of each [Normalization]'s definition.
// Where sources differ (the cost form of a normalization, a method's
// variant, a default parameter), the doc comment of the type says which
// form is used and which libraries agree with it.
//
// # Naming and API conventions
//
// These rules hold in this package and in every package under mcda; new
// method families follow them.
//
//   - Enumerated constants begin with the name of their type, or with that
//     name less a last word that only says what kind of thing it is
//     (Function, Index, Method, Relation, Table): [ObjectiveBenefit],
//     [NormalizationVector], [PreferenceUsual], [DiscordanceRoy],
//     [PROMETHEEPreferred], ahp.PriorityEigen, ahp.MeanGeometric,
//     ahp.ModeIdeal, ahp.RandomIndexSaaty1980, robust.RelationAhead,
//     robust.ScenarioRemove. The zero value of an enumeration that
//     configures something is either invalid (so that an unset value is
//     caught) or the documented default. Every enumeration has a String
//     method whose words are its JSON form (MarshalText) and its CLI
//     spelling; those that files or flags set have a Parse function, and
//     UnmarshalText, that accept them.
//   - Optional parameters have one mechanism: the zero value of a field of
//     a method or options struct means the documented default. When zero is
//     itself a meaningful setting that differs from the default (VIKOR's v,
//     WASPAS's λ, ELECTRE's thresholds) the field is a pointer and nil means
//     the default. Counts and limits (Top, Samples, Workers) use 0 for "all"
//     or "the default", never for "none"; where "none" is wanted, it is a
//     negative value (StreamOptions.Top, SMAA.ConfidenceSamples). There are
//     no Explicit… switches.
//   - Functions are verbs (Rank, Compare, Normalize, ahp.MeasureGroup),
//     types are nouns, and no exported name is a function in one package
//     and a type in another. Constructors are New…; a variant that relaxes
//     a check says so in its name (ahp.NewIncompleteMatrix,
//     ahp.NewIncompleteMatrixFromJudgments).
//   - One word, one meaning across packages: a criterion ([Criterion]) is a
//     column of a decision matrix, and a node of an AHP hierarchy is an
//     ahp.Node; a judgment (ahp.Judgment) is one pairwise comparison; a
//     score is what a [Method] returns for an alternative, a weight is a
//     criterion's importance, a priority is what AHP derives.
//   - Weights given as a []float64 are in criteria order, the order of
//     [DecisionMatrix.Criteria]. Where the order could differ from the
//     caller's (weights from an AHP matrix whose items are listed in
//     another order), pass them by name: [DecisionMatrix.WithWeightsByName]
//     takes a map that must hold exactly the criteria's names, and
//     ahp.Matrix.NamedPriorities returns one.
//   - Ranks given as []int are competition ranks (1, 2, 2, 4), as in
//     [Ranking.Ranks]; ranks given as []float64 are fractional ranks (1,
//     2.5, 2.5, 4), as [FractionalRanks] and [Ranking.FractionalRanks]
//     compute them and the agreement coefficients take them.
//   - A Default… constant names the field it fills and the thing it
//     belongs to (robust.DefaultBreakpointTolerance,
//     ahp.DefaultSolverTolerance), so that two packages never export the
//     same name for different quantities.
//   - Results that people print have a WriteText(w io.Writer) error method
//     that writes the table the command-line programs print, and a JSON
//     form (struct tags or MarshalJSON) in the vocabulary below; reading
//     the JSON back with encoding/json gives an equal value.
//
// # JSON vocabulary
//
// Every result has one JSON form, defined here and printed as it is by the
// programs under examples/ with -json. Keys are snake_case; enumerations
// are their String words; ranks are 1-based; indices are 0-based.
//
//   - "method": the name of the method that scored ([Method.Name]).
//   - "higher_is_better": whether a larger score is better.
//   - "alternatives", "criteria": names, in input order; "count": how many
//     alternatives a ranking ranked (a streamed ranking's results hold
//     only the best of them).
//   - "results": a ranking's alternatives best first, each an object with
//     "index" (its 0-based position in the input), "alternative" (its
//     name), "score" and "rank".
//   - "score": a method's score of one alternative; "scores": all of them
//     in input order.
//   - "rank": the 1-based competition rank; "ranks": all of them in input
//     order; "order": the 0-based indices of the alternatives, best first.
//   - "weight": a criterion's weight; "weights": all, in criteria order.
//   - "priority": an AHP priority; "local" is a node's priority within
//     its parent (a number), "global" its priority within the goal (a
//     number); "priorities" are the priorities of the items compared at a
//     node, in item order.
//   - "consistency": {"lambda_max", "ci", "ri", "cr", "table"} of a
//     comparison matrix, present only for a node whose priorities come from
//     pairwise judgments (omitted for rated leaves); a summary that gives
//     the consistency ratio alone calls it "cr", with the same rule.
//
// [Ranking], [StreamRanking], [Agreement], the results of package
// mcda/robust and those of package mcda/ahp marshal in this vocabulary.
//
// # Resources
//
// Time and memory are part of each function's contract, in m (alternatives),
// n (criteria) and the function's own parameters. Memory counts what a call
// allocates beyond its inputs and its result; a method value's scratch
// space is allocated once and reused (see Conventions). The package test
// TestResourceContract runs every entry below at two sizes and checks that
// the bytes allocated grow no faster than stated.
//
//   - [TOPSIS], [WSM], [WPM], [COPRAS], [EDAS], [MOORA], [MOORARefPoint],
//     [MOORAFMF], [WASPAS], [ARAS], [MABAC], [MARCOS], [SPOTIS], [COCOSO]:
//     O(m·n) time, O(m + n) scratch (WASPAS: O(m·n) more when a benefit
//     column holds a zero).
//   - [VIKOR], [CODAS]: O(m·n + m·log m) time, O(m + n) scratch.
//   - [MULTIMOORA]: O(m·n + m²) time, O(m + n) scratch.
//   - [PROMETHEE]: O(m²·n) time, O(m + n) scratch for Scores; Evaluate
//     stores the m×m preference index, 8·m² bytes.
//   - [ELECTREI]: O(m²·n) time, 17·m² bytes for its m×m matrices.
//   - The methods whose time or memory grows with m² refuse more than
//     MaxPairs pairs m·m ([DefaultMaxPairs] = 2^24, m = 4096) with a
//     [*SizeError] before they allocate, and say what to use instead; their
//     MaxPairs field (and [MethodOptions.MaxPairs]) raises the limit.
//   - [Rank], [RankScores], [FractionalRanks]: O(m·log m) time, O(m) memory.
//   - [Spearman], [WeightedSpearman], [WS]: O(m) time; [KendallTauB],
//     [GoodmanKruskalGamma]: O(m·log m) time, O(m) memory; [Compare]: those of
//     its coefficients; [CompareAll] of k rankings: k(k−1)/2 comparisons.
//   - [Equal]: O(n). [Entropy], [StdDev], [Variance], [MEREC]: O(m·n) time,
//     O(n) scratch. [Gini]: O(n·m·min(13, log m)) time (a radix sort per
//     column), O(n·m) scratch.
//     [CRITIC]: O(m·n²) time, O(n²) scratch. [BWM]: a linear program in
//     n + 1 variables and O(n) constraints.
//   - [ShiftColumns], [NewDecisionMatrix], [DecisionMatrix.Variant]: O(m·n)
//     time and memory (Variant into a reused dst: none).
//   - [ReadJSON], [ReadProblem], [ReadCSV]: time linear in the input;
//     memory O(input) for JSON (the document is read whole), O(m·n) for
//     CSV. [CSVReader.Next]: O(n) per row, nothing allocated per row.
//   - [RankStream]: two passes (three when a column needs rescaling: a
//     vector norm or a sum near the limits of float64) of O(m·n) time, for
//     TOPSIS, WSM, WPM, MOORA, MOORARefPoint, MOORAFMF (one logarithm per
//     value in the scoring pass), SPOTIS, MARCOS and WASPAS (one logarithm
//     per value); three (four with a rescan) for VIKOR, EDAS, COPRAS, ARAS,
//     MABAC (one logarithm per value, in chunks of 64, in the middle pass)
//     and CoCoSo (a logarithm and an exponential per value in the middle
//     and scoring passes); O(4096·n + Top) memory (O(4096·n + m) when Top
//     is 0, all), plus about 50 bytes per alternative with UniqueNames.
//   - [ColumnStats]: Add O(n) time; O(4096·n) memory for the block in
//     progress; Merge O(n), or O(r·n) for a merged accumulator of r < 4096
//     rows; MarshalBinary O(n) bytes plus 8·n per row of the block in
//     progress. [ScoreStats]: the same, with the pass's O(n) aggregates
//     (a name for COPRAS and CoCoSo) and the names of the block in
//     progress. [StreamCoefficients]: O(n) memory and bytes; Score O(n)
//     time, nothing allocated.
//   - A Workers field splits the time over goroutines; it adds
//     O(m/4096·n) scratch for the per-block aggregates (O(m/4096·n²) for
//     CRITIC's co-moments).
//
// # Methods
//
// Ranking methods implement [Method]; the name in quotes is the one
// [NewMethod] accepts.
//
//   - [TOPSIS] ("topsis"): relative closeness to the ideal and anti-ideal
//     solutions (Hwang & Yoon, 1981), vector normalization by default.
//   - [WSM] ("wsm"): weighted sum model, or simple additive weighting
//     (Fishburn, 1967; MacCrimmon, 1968; Hwang & Yoon, 1981), max
//     normalization by default.
//   - [WPM] ("wpm"): weighted product model on a ratio scale (Bridgman,
//     1922; Miller & Starr, 1969; Triantaphyllou, 2000).
//   - [VIKOR] ("vikor"): compromise ranking by group utility S, individual
//     regret R and the index Q, lower is better (Opricovic, 1998; Opricovic
//     & Tzeng, 2004); [VIKOR.Evaluate] adds the compromise solution.
//   - [PROMETHEE] ("promethee"): PROMETHEE II net outranking flows from the
//     generalized criteria of [PreferenceFunction] (Brans & Vincke, 1985;
//     Brans, Vincke & Mareschal, 1986); the PROMETHEE I partial order is
//     [PROMETHEEResult.Compare].
//   - [ELECTREI]: the ELECTRE I outranking relation from concordance and
//     discordance, and its kernel (Roy, 1968; Figueira, Mousseau & Roy,
//     2005; Hwang & Yoon, 1981). It does not rank, so it is not a [Method].
//   - [COPRAS] ("copras"): complex proportional assessment, the relative
//     significance of sum-normalized benefit and cost shares (Zavadskas,
//     Kaklauskas & Šarka, 1994).
//   - [EDAS] ("edas"): evaluation based on the distance from the average
//     solution (Keshavarz Ghorabaee, Zavadskas, Olfat & Turskis, 2015).
//   - [MOORA] ("moora"): the ratio system of multi-objective optimization
//     on the basis of ratio analysis (Brauers & Zavadskas, 2006).
//   - [MOORARefPoint] ("moora-rp"): MOORA's reference point approach, the
//     Tchebycheff distance to the best values, lower is better (Brauers &
//     Zavadskas, 2006, 2010).
//   - [MOORAFMF] ("moora-fmf"): the full multiplicative form of MULTIMOORA
//     (Brauers & Zavadskas, 2010; Miller & Starr, 1969).
//   - [MULTIMOORA] ("multimoora"): the three MOORA systems aggregated by
//     pairwise majority dominance (Brauers & Zavadskas, 2010, 2011).
//   - [WASPAS] ("waspas"): weighted aggregated sum product assessment, WSM
//     and WPM blended by λ (Zavadskas, Turskis, Antucheviciene &
//     Zakarevicius, 2012).
//   - [ARAS] ("aras"): additive ratio assessment, the utility degree
//     relative to an optimal alternative (Zavadskas & Turskis, 2010).
//   - [CODAS] ("codas"): combinative distance-based assessment, Euclidean
//     and taxicab distances from the negative-ideal solution (Keshavarz
//     Ghorabaee, Zavadskas, Turskis & Antucheviciene, 2016).
//   - [MABAC] ("mabac"): multi-attributive border approximation area
//     comparison (Pamučar & Ćirović, 2015).
//   - [MARCOS] ("marcos"): measurement of alternatives and ranking according
//     to compromise solution, utility relative to the ideal and anti-ideal
//     solutions (Stević, Pamučar, Puška & Chatterjee, 2020).
//   - [SPOTIS] ("spotis"): stable preference ordering towards ideal solution,
//     the distance to an ideal point within fixed bounds, lower is better
//     and free of rank reversal when the bounds are given (Dezert, Tchamova,
//     Han & Tacnet, 2020).
//   - [COCOSO] ("cocoso"): combined compromise solution of a weighted sum
//     and a weighted power sum (Yazdani, Zarate, Zavadskas & Turskis, 2019).
//
// # Weights
//
// Objective weightings implement [Weighting]: they derive weights from the
// decision matrix, ignoring the weights it carries, and return weights that
// are >= 0 and sum to 1. The name in quotes is the one [NewWeighting]
// accepts.
//
//   - [Equal] ("equal"): w_j = 1/n, the baseline.
//   - [Entropy] ("entropy"): the Shannon entropy of each column (Zeleny,
//     1982; Hwang & Yoon, 1981; Xu, 2004).
//   - [StdDev] ("std"): the standard deviation of the normalized values, the
//     SD method (Diakoulaki et al., 1995; Wang & Luo, 2010; Jahan & Edwards,
//     2013).
//   - [Variance] ("variance"): the variance of the normalized values, the
//     statistical variance procedure (Rao & Patel, 2010).
//   - [CRITIC] ("critic"): contrast times conflict with the other criteria
//     (Diakoulaki, Mavrotas & Papayannakis, 1995).
//   - [MEREC] ("merec"): the effect of removing each criterion
//     (Keshavarz-Ghorabaee, Amiri, Zavadskas, Turskis & Antucheviciene,
//     2021).
//   - [Gini] ("gini"): the Gini coefficient of each column (Gini, 1912;
//     Bączkiewicz et al., 2021).
//
// Subjective weights come from a decision-maker's judgments:
//
//   - [RankSumWeights] and [RankReciprocalWeights] (Stillwell, Seaver &
//     Edwards, 1981) and [RankOrderCentroidWeights] (Barron & Barrett,
//     1996) from a ranking of the criteria by importance.
//   - [BWM]: the best-worst method, in its linear model (Rezaei, 2015,
//     2016).
//   - Pairwise comparisons: package mcda/ahp; with interdependent
//     criteria, package mcda/anp (ANP, DANP); fuzzy ones, package
//     mcda/fuzzy.
//
// [NormalizeWeights] scales weights to sum to 1, and
// [DecisionMatrix.WithWeights] puts weights into a matrix.
//
// # Rank agreement
//
// The coefficients take two rank vectors, 1 = best; [FractionalRanks]
// computes them from scores, giving tied alternatives the mean of their
// positions. A coefficient that is undefined for its input (a ranking that
// ties every alternative) is an error wrapping [ErrUndefined].
//
//   - [Spearman]: Spearman's (1904) rank correlation.
//   - [WeightedSpearman]: the weighted rank correlation r_w of Pinto da
//     Costa & Soares (2005), which weighs the top of the rankings more.
//   - [WS]: the asymmetric rank similarity coefficient of Sałabun &
//     Urbaniak (2020), against a reference ranking.
//   - [KendallTauB]: Kendall's (1945) tau-b.
//   - [GoodmanKruskalGamma]: Goodman & Kruskal's (1954) gamma.
//   - [Compare]: the [Agreement] of two [Ranking] values (Spearman, r_w, WS
//     and tau-b), and [CompareAll] that of every pair of a list.
//
// # References
//
//   - Bączkiewicz, A., Wątróbski, J., Kizielewicz, B. & Sałabun, W. (2021).
//     Towards reliable results: a comparative analysis of selected MCDA
//     techniques in the camera selection problem. Lecture Notes in Business
//     Information Processing, Springer, pp. 143-165.
//   - Barron, F.H. & Barrett, B.E. (1996). Decision quality using ranked
//     attribute weights. Management Science 42(11):1515-1523.
//   - Brans, J.P. & Mareschal, B. (2005). PROMETHEE methods. In J. Figueira,
//     S. Greco & M. Ehrgott (eds.), Multiple Criteria Decision Analysis:
//     State of the Art Surveys. Springer.
//   - Brans, J.P. & Vincke, Ph. (1985). A preference ranking organisation
//     method (the PROMETHEE method for multiple criteria decision-making).
//     Management Science 31(6):647-656.
//   - Brans, J.P., Vincke, Ph. & Mareschal, B. (1986). How to select and how
//     to rank projects: the PROMETHEE method. European Journal of
//     Operational Research 24(2):228-238.
//   - Brauers, W.K.M. & Zavadskas, E.K. (2006). The MOORA method and its
//     application to privatization in a transition economy. Control and
//     Cybernetics 35(2):445-469.
//   - Brauers, W.K.M. & Zavadskas, E.K. (2010). Project management by
//     MULTIMOORA as an instrument for transition economies. Technological
//     and Economic Development of Economy 16(1):5-24.
//   - Brauers, W.K.M. & Zavadskas, E.K. (2011). Economic Computation and
//     Economic Cybernetics Studies and Research 45(2):5-20; cited for the
//     dominance theory of MULTIMOORA.
//   - Bridgman, P.W. (1922). Dimensional Analysis. Yale University Press.
//   - Dezert, J., Tchamova, A., Han, D. & Tacnet, J.-M. (2020). The SPOTIS
//     rank reversal free method for multi-criteria decision-making support.
//     23rd International Conference on Information Fusion (FUSION), 1-8.
//   - Diakoulaki, D., Mavrotas, G. & Papayannakis, L. (1995). Determining
//     objective weights in multiple criteria problems: the CRITIC method.
//     Computers & Operations Research 22(7):763-770.
//   - Figueira, J., Mousseau, V. & Roy, B. (2005). ELECTRE methods. In J.
//     Figueira, S. Greco & M. Ehrgott (eds.), Multiple Criteria Decision
//     Analysis: State of the Art Surveys. Springer.
//   - Fishburn, P.C. (1967). Additive utilities with incomplete product
//     sets. Operations Research 15(3):537-542.
//   - Gini, C. (1912). Variabilità e mutabilità. Tipografia di Paolo
//     Cuppini, Bologna.
//   - Goodman, L.A. & Kruskal, W.H. (1954). Measures of association for
//     cross classifications. Journal of the American Statistical
//     Association 49(268):732-764.
//   - Hwang, C.L. & Yoon, K. (1981). Multiple Attribute Decision Making:
//     Methods and Applications. Springer.
//   - Jahan, A. & Edwards, K.L. (2013). Weighting of dependent and
//     target-based criteria for optimal decision-making in materials
//     selection process: biomedical applications. Materials & Design
//     49:1000-1008.
//   - Kendall, M.G. (1945). The treatment of ties in ranking problems.
//     Biometrika 33(3):239-251.
//   - Keshavarz Ghorabaee, M., Zavadskas, E.K., Olfat, L. & Turskis, Z.
//     (2015). Multi-criteria inventory classification using a new method
//     of evaluation based on distance from average solution (EDAS).
//     Informatica 26(3):435-451.
//   - Keshavarz Ghorabaee, M., Zavadskas, E.K., Turskis, Z. &
//     Antucheviciene, J. (2016). A new combinative distance-based
//     assessment (CODAS) method for multi-criteria decision-making.
//     Economic Computation and Economic Cybernetics Studies and Research
//     50(3):25-44.
//   - Keshavarz-Ghorabaee, M., Amiri, M., Zavadskas, E.K., Turskis, Z. &
//     Antucheviciene, J. (2021). Determination of objective weights using a
//     new method based on the removal effects of criteria (MEREC). Symmetry
//     13(4):525.
//   - MacCrimmon, K.R. (1968). Decisionmaking among multiple-attribute
//     alternatives. RAND Memorandum RM-4823-ARPA.
//   - Miller, D.W. & Starr, M.K. (1969). Executive Decisions and Operations
//     Research. Prentice-Hall.
//   - Opricovic, S. (1998). Multicriteria Optimization of Civil Engineering
//     Systems. Faculty of Civil Engineering, Belgrade.
//   - Opricovic, S. & Tzeng, G.H. (2004). Compromise solution by MCDM
//     methods: a comparative analysis of VIKOR and TOPSIS. European Journal
//     of Operational Research 156(2):445-455.
//   - Pamučar, D. & Ćirović, G. (2015). The selection of transport and
//     handling resources in logistics centers using Multi-Attributive
//     Border Approximation area Comparison (MABAC). Expert Systems with
//     Applications 42(6):3016-3028.
//   - Pinto da Costa, J. & Soares, C. (2005). A weighted rank measure of
//     correlation. Australian & New Zealand Journal of Statistics
//     47(4):515-529.
//   - Rao, R.V. & Patel, B.K. (2010). A subjective and objective integrated
//     multiple attribute decision making method for material selection.
//     Materials & Design 31(10):4738-4747.
//   - Rezaei, J. (2015). Best-worst multi-criteria decision-making method.
//     Omega 53:49-57.
//   - Rezaei, J. (2016). Best-worst multi-criteria decision-making method:
//     some properties and a linear model. Omega 64:126-130.
//   - Roy, B. (1968). Classement et choix en présence de points de vue
//     multiples (la méthode ELECTRE). Revue française d'informatique et de
//     recherche opérationnelle 2(8):57-75.
//   - Sałabun, W. & Urbaniak, K. (2020). A new coefficient of rankings
//     similarity in decision-making problems. Computational Science – ICCS
//     2020, Lecture Notes in Computer Science 12138:632-645.
//   - Spearman, C. (1904). The proof and measurement of association between
//     two things. American Journal of Psychology 15(1):72-101.
//   - Stević, Ž., Pamučar, D., Puška, A. & Chatterjee, P. (2020).
//     Sustainable supplier selection in healthcare industries using a new
//     MCDM method: Measurement of alternatives and ranking according to
//     COmpromise solution (MARCOS). Computers & Industrial Engineering
//     140:106231.
//   - Stillwell, W.G., Seaver, D.A. & Edwards, W. (1981). A comparison of
//     weight approximation techniques in multiattribute utility decision
//     making. Organizational Behavior and Human Performance 28(1):62-77.
//   - Triantaphyllou, E. (2000). Multi-Criteria Decision Making Methods: A
//     Comparative Study. Kluwer.
//   - Tuş, A. & Aytaç Adalı, E. (2019). The new combination with CRITIC and
//     WASPAS methods for the time and attendance software selection
//     problem. Opsearch 56(2):528-538.
//   - Wang, Y.M. & Luo, Y. (2010). Integration of correlations with standard
//     deviations for determining attribute weights in multiple attribute
//     decision making. Mathematical and Computer Modelling 51(1-2):1-12.
//   - Xu, X. (2004). A note on the subjective and objective integrated
//     approach to determine attribute weights. European Journal of
//     Operational Research 156(2):530-532.
//   - Yazdani, M., Zarate, P., Zavadskas, E.K. & Turskis, Z. (2019). A
//     combined compromise solution (CoCoSo) method for multi-criteria
//     decision-making problems. Management Decision 57(9):2501-2519.
//   - Zavadskas, E.K., Kaklauskas, A., Peldschus, F. & Turskis, Z. (2007).
//     Multi-attribute assessment of road design solutions by using the
//     COPRAS method. The Baltic Journal of Road and Bridge Engineering
//     2(4):195-203.
//   - Zavadskas, E.K., Kaklauskas, A. & Šarka, V. (1994). The new method of
//     multicriteria complex proportional assessment of projects.
//     Technological and Economic Development of Economy 1(3):131-139.
//   - Zavadskas, E.K. & Turskis, Z. (2010). A new additive ratio assessment
//     (ARAS) method in multicriteria decision-making. Technological and
//     Economic Development of Economy 16(2):159-172.
//   - Zavadskas, E.K., Turskis, Z., Antucheviciene, J. & Zakarevicius, A.
//     (2012). Optimization of weighted aggregated sum product assessment.
//     Elektronika ir Elektrotechnika 122(6):3-6.
//   - Zeleny, M. (1982). Multiple Criteria Decision Making. McGraw-Hill.
package mcda
