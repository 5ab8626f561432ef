// Package strategy is balancer's reference dataset: an AHP model of the
// policy document "The Russian Policy Towards China Within The Framework
// Of Shanghai Cooperation Organization (SCO)", shipped with the module.
//
// # Overview
//
// The goal is Russia's best course within the SCO with respect to China.
// The criteria are the document's six strategic objectives and the tactics
// listed under them, plus Cost, a cost criterion for the resources and the
// sovereignty costs the document names. Two sets of alternatives are
// ranked separately: the document's three possible futures for Russia in
// the SCO, and its seven strategic recommendations.
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
// an anchor: the id of the passage of the document it rests on, from the
// index returned by [Sections]. Where the document is silent, the
// rationale says so and the judgment is neutral (1 for a comparison, 5 for
// a rating). Ratings use a 1-9 scale: on benefit criteria 9 serves the
// objective best, on the cost criteria 9 costs most. Every comparison
// matrix has a consistency ratio below 0.1 by Saaty's (1980) random index.
//
// The model is stored in the AHP model format of [ahp.ReadModel] in the
// embedded file sco.json. The document's own verdict, that Russia's
// likeliest future lies between the strategic balancer and tactical
// cooperation with China, is [Verdict], for comparison with the model's
// result.
package strategy
