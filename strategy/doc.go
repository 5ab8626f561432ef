// Package strategy is balancer's reference dataset: an AHP model of the
// policy document "The Russian Policy Towards China Within The Framework
// Of Shanghai Cooperation Organization (SCO)", shipped with the module.
//
// # What the model measures
//
// The goal is Russia's best course within the SCO with respect to China:
// the model measures [Measures]. The document's own verdict on the
// likeliest future ([Verdict]) answers another question, likelihood, and
// is reported beside the model's result, not compared with it.
//
// # Criteria and alternatives
//
// The criteria are the document's six strategic objectives, under their
// own names, and the tactics listed under them, plus Cost, the modeller's
// frame: the document names no cost criterion, so Cost is neutral wherever
// the document does not itself say that Russia pays ([Dataset.ModellerCriteria],
// and [Dataset.DocumentOnly] for the model without it). The first
// objective, maintaining strategic balance with China, is measured as
// Russia's autonomy: how far a course keeps it from becoming Beijing's
// junior partner. Two sets of alternatives are ranked separately: the
// document's three possible futures for Russia in the SCO, and its seven
// strategic recommendations.
//
// [SCO] returns the dataset; [Dataset.Futures] and
// [Dataset.Recommendations] return models of each set that
// [ahp.Model.Evaluate] synthesizes and whose decision matrices the methods
// of package mcda rank.
//
// # Provenance
//
// Every pairwise judgment between criteria and every rating of an
// alternative on a leaf criterion carries a rationale in our own words and
// an anchor: the id of a passage of the document in the index returned by
// [Sections]. Each entry of the index records where its passage is and one
// or more short key phrases quoted verbatim from the document, which the
// package's tests find in the text. Where the document is silent, the
// rationale says so and the judgment is neutral ([NeutralJudgment] for a
// comparison, [NeutralRating] for a rating). Ratings use a 1-9 scale: on
// benefit criteria 9 serves the objective best, on the cost criterion 9
// costs most. Every comparison matrix has a consistency ratio below 0.1 by
// Saaty's (1980) random index.
//
// Each idea of the document enters the model once: a passage anchors the
// non-neutral ratings of one alternative on one leaf criterion only,
// unless [Reuses] lists it with the reason it bears on distinct
// objectives. The orderings the document itself states or implies, such
// as the risk of the co-leader path and the trap of marginalization, are
// [Preferences], for checking the model against.
//
// The model is stored in the AHP model format of [ahp.ReadModel] in the
// embedded file sco.json.
package strategy
