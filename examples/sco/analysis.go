package main

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
	"github.com/balancer-mcda/balancer/strategy"
)

// silent reports whether a rating is neutral because the document is
// silent.
func silent(rating float64, rationale string) bool {
	return rating == strategy.NeutralRating && strings.Contains(rationale, "silent")
}

// maxContributions bounds the criteria listed as carrying an alternative.
const maxContributions = 4

// analysis holds every result the program reports.
type analysis struct {
	data            *strategy.Dataset
	weightsFrom     string      // "reference" or the -judgments file
	futures         *ahp.Result // synthesis of the futures model
	recommendations *ahp.Result
	// Rankings of each set: AHP synthesis first, then the methods of
	// package mcda on the decision matrix the model implies.
	futureRankings, recRankings   []*mcda.Ranking
	futureAgreement, recAgreement []mcda.Agreement
	futureExplained, recExplained explanation
	// Robustness of the AHP rankings; nil until assess runs.
	futureRobust, recRobust *setRobustness
	// The rating perturbation of each set; nil until assess runs.
	futurePerturb, recPerturb *perturbation
	// modeller lists the criteria of the modeller's frame, and
	// docFutures and docRecs the AHP synthesis without them.
	modeller            []string
	docFutures, docRecs *ahp.Result
}

// explanation lists the criteria that carry one alternative.
type explanation struct {
	Alternative   string
	Set           string
	Contributions []contribution
}

// contribution is one leaf criterion's part in an alternative's lead over
// the average of its set, with the rating behind it. Contributions are
// relative to the average, weight × (local priority − 1/m), so that a leaf
// on which every alternative is rated alike contributes nothing, and
// ratings where the document is silent are left out.
type contribution struct {
	Criterion    string
	Weight       float64 // the leaf's global weight
	Rating       float64 // the alternative's rating on the leaf
	Contribution float64 // weight × (the alternative's local priority on the leaf − 1/m)
	Share        float64 // Contribution / (the alternative's global priority − 1/m)
	Rationale    string
	Anchor       string
}

// methods returns every ranking method of package mcda (mcda.MethodNames),
// each with its default parameters.
func methods() []mcda.Method {
	var ms []mcda.Method
	for _, name := range mcda.MethodNames() {
		m, err := mcda.NewMethod(name, mcda.MethodOptions{})
		if err != nil {
			panic(err) // not reached: the names come from the registry
		}
		ms = append(ms, m)
	}
	return ms
}

// analyse evaluates the reference dataset, with the criteria judgments of
// weightsFile in place of the reference ones when it is not "".
func analyse(weightsFile string) (*analysis, error) {
	a := &analysis{data: strategy.SCO(), weightsFrom: "reference"}
	if weightsFile != "" {
		if err := replaceJudgments(a.data.Model, weightsFile); err != nil {
			return nil, fmt.Errorf("-judgments: %w", err)
		}
		a.weightsFrom = weightsFile
	}
	var err error
	if a.futures, a.futureRankings, a.futureAgreement, err = rankSet(a.data.Futures); err != nil {
		return nil, fmt.Errorf("futures: %w", err)
	}
	if a.recommendations, a.recRankings, a.recAgreement, err = rankSet(a.data.Recommendations); err != nil {
		return nil, fmt.Errorf("recommendations: %w", err)
	}
	a.futureExplained = explain(a.data.Model, a.futures, "futures")
	a.recExplained = explain(a.data.Model, a.recommendations, "recommendations")
	a.modeller = a.data.ModellerCriteria()
	doc := a.data.DocumentOnly()
	if a.docFutures, err = evaluate(doc.Futures); err != nil {
		return nil, fmt.Errorf("futures without %v: %w", a.modeller, err)
	}
	if a.docRecs, err = evaluate(doc.Recommendations); err != nil {
		return nil, fmt.Errorf("recommendations without %v: %w", a.modeller, err)
	}
	return a, nil
}

// replaceJudgments reads a judgments file and puts its judgments in place
// of the model's at the nodes it names, which must be the goal or criteria
// with sub-criteria.
func replaceJudgments(m *ahp.Model, file string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	js, err := ahp.ReadJudgments(f)
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	leaves := m.Leaves()
	for node, cs := range js {
		if slices.Contains(leaves, node) {
			return fmt.Errorf("%s: judgments of %q: it is a leaf criterion; -judgments replaces judgments between criteria only", file, node)
		}
		if _, ok := m.Judgments[node]; !ok {
			return fmt.Errorf("%s: judgments of %q: not the goal or a criterion with sub-criteria", file, node)
		}
		for _, c := range cs {
			if _, ok := strategy.Lookup(c.Anchor); c.Anchor != "" && !ok {
				return fmt.Errorf("%s: judgment %q over %q at %q: anchor %q is not a passage of the document's index (strategy.Sections)",
					file, c.A, c.B, node, c.Anchor)
			}
		}
		m.Judgments[node] = cs
	}
	if err := m.Validate(ahp.Scale{}); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	return nil
}

// evaluate synthesizes one set of alternatives.
func evaluate(model func() (*ahp.Model, error)) (*ahp.Result, error) {
	m, err := model()
	if err != nil {
		return nil, err
	}
	return m.Evaluate(context.Background(), ahp.Options{})
}

// rankSet evaluates one set of alternatives by AHP synthesis and by every
// method on the implied decision matrix, and compares the rankings.
func rankSet(model func() (*ahp.Model, error)) (*ahp.Result, []*mcda.Ranking, []mcda.Agreement, error) {
	m, err := model()
	if err != nil {
		return nil, nil, nil, err
	}
	res, err := m.Evaluate(context.Background(), ahp.Options{})
	if err != nil {
		return nil, nil, nil, err
	}
	rankings := []*mcda.Ranking{{
		Method: "ahp", Alternatives: res.Alternatives, Scores: res.Global,
		HigherIsBetter: true, Ranks: res.Ranks, Order: res.Order,
	}}
	dm, err := res.DecisionMatrix()
	if err != nil {
		return nil, nil, nil, err
	}
	for _, method := range methods() {
		r, err := mcda.Rank(method, dm)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("%s: %w", method.Name(), err)
		}
		rankings = append(rankings, r)
	}
	agreement, undefined, err := mcda.CompareAll(rankings)
	if err != nil {
		return nil, nil, nil, err
	}
	if len(undefined) > 0 {
		ag := agreement[undefined[0]]
		return nil, nil, nil, fmt.Errorf("agreement of %s and %s: a ranking ties every alternative: %w", ag.A, ag.B, mcda.ErrUndefined)
	}
	return res, rankings, agreement, nil
}

// explain lists the leaf criteria that contribute most to the lead of the
// set's first alternative over the set's average, with the rationale of its
// rating. Leaves where its rating is neutral because the document is silent
// are left out, and so are those that do not help it.
func explain(m *ahp.Model, r *ahp.Result, set string) explanation {
	best := r.Order[0]
	name := r.Alternatives[best]
	e := explanation{Alternative: name, Set: set}
	mean := 1 / float64(len(r.Alternatives))
	lead := r.Global[best] - mean
	for _, n := range r.Nodes {
		if !n.Leaf {
			continue
		}
		c := contribution{Criterion: n.Name, Weight: n.Global, Contribution: n.Global * (n.Priorities[best] - mean)}
		if lead > 0 {
			c.Share = c.Contribution / lead
		}
		if n.Ratings != nil {
			c.Rating = n.Ratings[best]
		}
		for _, rt := range m.Ratings[n.Name] {
			if rt.Alternative == name {
				c.Rationale, c.Anchor = rt.Rationale, rt.Anchor
			}
		}
		if silent(c.Rating, c.Rationale) || c.Contribution <= 0 {
			continue
		}
		e.Contributions = append(e.Contributions, c)
	}
	slices.SortStableFunc(e.Contributions, func(x, y contribution) int {
		switch {
		case x.Contribution > y.Contribution:
			return -1
		case x.Contribution < y.Contribution:
			return 1
		}
		return 0
	})
	e.Contributions = e.Contributions[:min(maxContributions, len(e.Contributions))]
	return e
}
