package main

import (
	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
	"github.com/balancer-mcda/balancer/strategy"
)

// The -json document. Rankings use the result shape of examples/rank.

type jsonDocument struct {
	Goal string `json:"goal"`
	// Measures says what the model measures: desirability for Russia,
	// not likelihood.
	Measures string   `json:"measures"`
	Summary  []string `json:"summary"` // the report's opening summary, one sentence each
	Weights  string   `json:"weights"` // "reference" or the -judgments file
	// ModellerCriteria are the criteria of the modeller's frame, not of
	// the document.
	ModellerCriteria []string `json:"modeller_criteria"`
	// Headlines are the answers for the futures and the recommendations.
	Headlines []jsonHeadline `json:"headlines"`
	// Preferences are the document's stated preferences with whether the
	// model reproduces each, and Likelihood its statements about what is
	// likely, which answer another question.
	Preferences     []jsonPreference  `json:"preferences"`
	Likelihood      []jsonStatement   `json:"likelihood"`
	Criteria        []jsonNode        `json:"criteria"`
	Futures         jsonSet           `json:"futures"`
	Recommendations jsonSet           `json:"recommendations"`
	Verdict         jsonVerdict       `json:"verdict"`
	Explanations    []jsonExplanation `json:"explanations"`
	// Robustness holds the robustness analyses of the AHP rankings.
	Robustness *jsonRobustness `json:"robustness,omitempty"`
}

// jsonNode is a criterion with the keys of ahp.NodeResult: "cr" only
// where the priorities come from pairwise judgments.
type jsonNode struct {
	Name       string         `json:"name"`
	Parent     string         `json:"parent,omitempty"`
	Local      float64        `json:"local"`
	Global     float64        `json:"global"`
	CR         *float64       `json:"cr,omitempty"`
	Leaf       bool           `json:"leaf"`
	Objective  mcda.Objective `json:"objective"`
	Items      []string       `json:"items,omitempty"`
	Priorities []float64      `json:"priorities,omitempty"`
}

// jsonSet holds one set's rankings and their agreement in the JSON form of
// package mcda.
type jsonSet struct {
	Rankings  []*mcda.Ranking  `json:"rankings"`
	Agreement []mcda.Agreement `json:"agreement"`
}

type jsonResult struct {
	Alternative string  `json:"alternative"`
	Score       float64 `json:"score"`
	Rank        int     `json:"rank"`
}

// jsonHeadline is the answer for one set. Tie is true when the first
// holds first place in fewer than 80% of the rating perturbations; the
// answer is then the first and the runner-up, tied. Perturbation is null
// when -perturb 0.
type jsonHeadline struct {
	Set             string            `json:"set"`
	Answer          []string          `json:"answer"`
	Tie             bool              `json:"tie"`
	First           string            `json:"first"`
	RunnerUp        string            `json:"runner_up"`
	Methods         int               `json:"methods_first"` // ranking methods that put the first first
	MethodsTotal    int               `json:"methods_total"`
	WithoutModeller []jsonResult      `json:"without_modeller"` // AHP synthesis without the modeller's criteria
	Perturbation    *jsonPerturbation `json:"perturbation"`
}

// jsonPerturbation is the rating perturbation of one set: every rating
// one step up or down at random. Holds is the share of samples in which
// the first stays first, First the share in which each alternative is
// first (alone or tied).
type jsonPerturbation struct {
	Samples int         `json:"samples"`
	Seed    uint64      `json:"seed"`
	Holds   float64     `json:"holds"`
	First   []jsonShare `json:"first"`
}

type jsonShare struct {
	Alternative string  `json:"alternative"`
	Share       float64 `json:"share"`
}

// jsonPreference is one of the document's preferences: Better over Worse,
// between alternatives of a set (kind "desirability") or criteria
// ("emphasis"), with the model's result: under AHP synthesis, under each
// ranking method (alternatives only) and the share of rating
// perturbations in which it holds (null when not computed).
type jsonPreference struct {
	jsonStatement
	AHP       bool            `json:"ahp"`
	Methods   map[string]bool `json:"methods,omitempty"`
	Perturbed *float64        `json:"perturbed"`
}

// jsonStatement is a statement of the document with its anchor and the
// anchor's key phrases and location.
type jsonStatement struct {
	Kind       string   `json:"kind"`
	Set        string   `json:"set"`
	Better     string   `json:"better"`
	Worse      string   `json:"worse"`
	Statement  string   `json:"statement"`
	Anchor     string   `json:"anchor"`
	KeyPhrases []string `json:"key_phrases"`
	Location   string   `json:"location"`
}

func statement(p strategy.Preference) jsonStatement {
	s, _ := strategy.Lookup(p.Anchor)
	return jsonStatement{Kind: p.Kind, Set: p.Set, Better: p.Better, Worse: p.Worse, Statement: p.Statement,
		Anchor: p.Anchor, KeyPhrases: s.KeyPhrases, Location: s.Location}
}

// jsonVerdict is the document's verdict on the likeliest future, which
// answers another question than the model (likelihood), beside the
// model's first future.
type jsonVerdict struct {
	Document   string   `json:"document"`
	Question   string   `json:"question"`
	Anchor     string   `json:"anchor"`
	KeyPhrases []string `json:"key_phrases"`
	ModelFirst string   `json:"model_first"`
	ModelLast  string   `json:"model_last"`
}

type jsonExplanation struct {
	Set           string             `json:"set"`
	Alternative   string             `json:"alternative"`
	Contributions []jsonContribution `json:"contributions"`
}

// jsonContribution is a leaf's part in the lead of the first alternative
// over the set's average: Contribution = weight × (local priority − 1/m),
// Share = Contribution / (global priority − 1/m). Ratings where the
// document is silent are left out.
type jsonContribution struct {
	Criterion    string  `json:"criterion"`
	Weight       float64 `json:"weight"`
	Rating       float64 `json:"rating"`
	Contribution float64 `json:"contribution"`
	Share        float64 `json:"share"`
	Rationale    string  `json:"rationale"`
	Anchor       string  `json:"anchor"`
}

func (a *analysis) document() jsonDocument {
	verdict, _ := strategy.Lookup(strategy.VerdictAnchor)
	doc := jsonDocument{
		Goal:             a.data.Model.Goal,
		Measures:         strategy.Measures,
		Summary:          a.summary(),
		Weights:          a.weightsFrom,
		ModellerCriteria: a.modeller,
		Criteria:         criteriaNodes(a.futures),
		Futures:          set(a.futureRankings, a.futureAgreement),
		Recommendations:  set(a.recRankings, a.recAgreement),
		Verdict: jsonVerdict{
			Document:   strategy.Verdict,
			Question:   "likelihood",
			Anchor:     strategy.VerdictAnchor,
			KeyPhrases: verdict.KeyPhrases,
			ModelFirst: a.futures.Alternatives[a.futures.Order[0]],
			ModelLast:  a.futures.Alternatives[a.futures.Order[len(a.futures.Order)-1]],
		},
	}
	for _, set := range []string{"futures", "recommendations"} {
		h := a.headlineOf(set)
		r, p := a.docFutures, a.futurePerturb
		if set == "recommendations" {
			r, p = a.docRecs, a.recPerturb
		}
		jh := jsonHeadline{Set: set, Answer: []string{h.First}, Tie: h.Tie, First: h.First, RunnerUp: h.RunnerUp,
			Methods: h.Methods, MethodsTotal: h.Total}
		if h.Tie {
			jh.Answer = append(jh.Answer, h.RunnerUp)
		}
		for i, name := range r.Alternatives {
			jh.WithoutModeller = append(jh.WithoutModeller, jsonResult{name, r.Global[i], r.Ranks[i]})
		}
		if p != nil && p.Samples > 0 {
			jp := &jsonPerturbation{Samples: p.Samples, Seed: p.Seed, Holds: p.Holds}
			for i, name := range r.Alternatives {
				jp.First = append(jp.First, jsonShare{name, p.First[i]})
			}
			jh.Perturbation = jp
		}
		doc.Headlines = append(doc.Headlines, jh)
	}
	checks, likelihood := a.checkPreferences()
	for _, c := range checks {
		jp := jsonPreference{jsonStatement: statement(c.Preference), AHP: c.AHP}
		if c.Kind == strategy.Desirability {
			jp.Methods = map[string]bool{}
			for _, m := range c.Holding {
				jp.Methods[m] = true
			}
			for _, m := range c.Failing {
				jp.Methods[m] = false
			}
		}
		if c.Perturbed >= 0 {
			v := c.Perturbed
			jp.Perturbed = &v
		}
		doc.Preferences = append(doc.Preferences, jp)
	}
	for _, l := range likelihood {
		doc.Likelihood = append(doc.Likelihood, statement(l))
	}
	if a.futureRobust != nil && a.recRobust != nil {
		doc.Robustness = &jsonRobustness{Futures: a.futureRobust.document(), Recommendations: a.recRobust.document()}
	}
	for _, e := range []explanation{a.futureExplained, a.recExplained} {
		je := jsonExplanation{Set: e.Set, Alternative: e.Alternative}
		for _, c := range e.Contributions {
			je.Contributions = append(je.Contributions, jsonContribution(c))
		}
		doc.Explanations = append(doc.Explanations, je)
	}
	return doc
}

// criteriaNodes lists the goal and the criteria with their weights; the
// alternatives' local priorities under leaves are left out, since they
// differ between the two sets.
func criteriaNodes(r *ahp.Result) []jsonNode {
	var out []jsonNode
	for _, n := range r.Nodes {
		jn := jsonNode{Name: n.Name, Parent: n.Parent, Local: n.Local, Global: n.Global, Leaf: n.Leaf, Objective: n.Objective}
		if n.Consistency != nil && !n.Leaf {
			jn.CR = &n.Consistency.CR
		}
		if !n.Leaf {
			jn.Items, jn.Priorities = n.Items, n.Priorities
		}
		out = append(out, jn)
	}
	return out
}

func set(rs []*mcda.Ranking, ags []mcda.Agreement) jsonSet {
	return jsonSet{Rankings: rs, Agreement: ags}
}
