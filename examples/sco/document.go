package main

import (
	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
	"github.com/balancer-mcda/balancer/strategy"
)

// The -json document. Rankings use the result shape of examples/rank.

type jsonDocument struct {
	Goal            string            `json:"goal"`
	Weights         string            `json:"weights"` // "reference" or the -weights file
	Criteria        []jsonNode        `json:"criteria"`
	Futures         jsonSet           `json:"futures"`
	Recommendations jsonSet           `json:"recommendations"`
	Verdict         jsonVerdict       `json:"verdict"`
	Explanations    []jsonExplanation `json:"explanations"`
	// Robustness holds the robustness analyses of the AHP rankings.
	Robustness *jsonRobustness `json:"robustness,omitempty"`
}

type jsonNode struct {
	Node   string     `json:"node"`
	Parent string     `json:"parent,omitempty"`
	Local  float64    `json:"local"`
	Global float64    `json:"global"`
	CR     float64    `json:"cr"`
	Leaf   bool       `json:"leaf"`
	Type   string     `json:"type"`
	Items  []jsonItem `json:"weights,omitempty"`
}

type jsonItem struct {
	Item   string  `json:"item"`
	Weight float64 `json:"weight"`
}

type jsonSet struct {
	Rankings  []jsonRanking   `json:"rankings"`
	Agreement []jsonAgreement `json:"agreement"`
}

type jsonRanking struct {
	Method  string       `json:"method"`
	Results []jsonResult `json:"results"`
}

type jsonResult struct {
	Alternative string  `json:"alternative"`
	Score       float64 `json:"score"`
	Rank        int     `json:"rank"`
}

type jsonAgreement struct {
	A                string  `json:"a"`
	B                string  `json:"b"`
	Spearman         float64 `json:"spearman"`
	WeightedSpearman float64 `json:"weighted_spearman"`
	WS               float64 `json:"ws"`
	Kendall          float64 `json:"kendall"`
}

type jsonVerdict struct {
	Document   string `json:"document"`
	Anchor     string `json:"anchor"`
	ModelFirst string `json:"model_first"`
	ModelLast  string `json:"model_last"`
}

type jsonExplanation struct {
	Set           string             `json:"set"`
	Alternative   string             `json:"alternative"`
	Contributions []jsonContribution `json:"contributions"`
}

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
	doc := jsonDocument{
		Goal:            a.data.Model.Goal,
		Weights:         a.weightsFrom,
		Criteria:        criteriaNodes(a.futures),
		Futures:         set(a.futureRankings, a.futureAgreement),
		Recommendations: set(a.recRankings, a.recAgreement),
		Verdict: jsonVerdict{
			Document:   strategy.Verdict,
			Anchor:     strategy.VerdictAnchor,
			ModelFirst: a.futures.Alternatives[a.futures.Order[0]],
			ModelLast:  a.futures.Alternatives[a.futures.Order[len(a.futures.Order)-1]],
		},
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
		jn := jsonNode{Node: n.Name, Parent: n.Parent, Local: n.Local, Global: n.Global, Leaf: n.Leaf, Type: n.Objective.String()}
		if n.Consistency != nil && !n.Leaf {
			jn.CR = n.Consistency.CR
		}
		if !n.Leaf {
			for k, item := range n.Items {
				jn.Items = append(jn.Items, jsonItem{item, n.Weights[k]})
			}
		}
		out = append(out, jn)
	}
	return out
}

func set(rs []*mcda.Ranking, ags []mcda.Agreement) jsonSet {
	var s jsonSet
	for _, r := range rs {
		jr := jsonRanking{Method: r.Method}
		for i, name := range r.Alternatives {
			jr.Results = append(jr.Results, jsonResult{name, r.Scores[i], r.Ranks[i]})
		}
		s.Rankings = append(s.Rankings, jr)
	}
	for _, ag := range ags {
		s.Agreement = append(s.Agreement, jsonAgreement(ag))
	}
	return s
}
