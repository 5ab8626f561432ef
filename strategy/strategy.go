package strategy

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"

	"github.com/balancer-mcda/balancer/mcda/ahp"
)

//go:embed sco.json
var scoJSON []byte

// Anchor prefixes that tell the two sets of alternatives apart.
const (
	futurePrefix         = "futures/"
	recommendationPrefix = "recommendations/"
)

// Verdict is the document's own conclusion about Russia's futures in the
// SCO, in our words, for comparison with the model's ranking of
// [Dataset.Futures].
const Verdict = "The likeliest future lies between the Strategic Balancer and tactical cooperation with China, " +
	"and it calls for nimble diplomacy, regional outreach and internal reform."

// VerdictAnchor is the id of the passage that states the [Verdict].
const VerdictAnchor = "futures/verdict"

// A Dataset is the reference model with its two sets of alternatives.
type Dataset struct {
	// Model holds the goal, the criteria tree, all ten alternatives, and
	// every judgment and rating with its rationale and anchor.
	Model *ahp.Model
	// FutureNames and RecommendationNames partition the model's
	// alternatives, in model order.
	FutureNames, RecommendationNames []string
}

// SCO returns a fresh copy of the reference dataset: callers may modify it
// without affecting later calls. It panics only if the embedded data are
// invalid, which the package's tests rule out.
func SCO() *Dataset {
	m, err := ahp.ReadModel(bytes.NewReader(scoJSON), ahp.Scale{})
	if err != nil {
		panic(fmt.Sprintf("strategy: embedded sco.json: %v", err))
	}
	d := &Dataset{Model: m}
	for _, a := range m.Alternatives {
		switch {
		case strings.HasPrefix(a.Anchor, futurePrefix):
			d.FutureNames = append(d.FutureNames, a.Name)
		case strings.HasPrefix(a.Anchor, recommendationPrefix):
			d.RecommendationNames = append(d.RecommendationNames, a.Name)
		default:
			panic(fmt.Sprintf("strategy: embedded sco.json: alternative %q has anchor %q, neither a future nor a recommendation", a.Name, a.Anchor))
		}
	}
	return d
}

// Futures returns the model restricted to the document's three futures.
func (d *Dataset) Futures() (*ahp.Model, error) { return d.Model.WithAlternatives(d.FutureNames...) }

// Recommendations returns the model restricted to the document's seven
// recommendations.
func (d *Dataset) Recommendations() (*ahp.Model, error) {
	return d.Model.WithAlternatives(d.RecommendationNames...)
}

// Sections returns the index of the document's passages in reading order.
func Sections() []Section { return append([]Section(nil), sections...) }

// Lookup returns the section with the given id.
func Lookup(id string) (Section, bool) {
	for _, s := range sections {
		if s.ID == id {
			return s, true
		}
	}
	return Section{}, false
}

// Neutral values: a comparison where the document gives no ground for
// either side, and a rating where it is silent.
const (
	NeutralJudgment = 1
	NeutralRating   = 5
)

// ModellerCriteria returns the top-level criteria that are the modeller's
// frame rather than objectives of the document: those anchored to an
// index entry marked Modeller.
func (d *Dataset) ModellerCriteria() []string {
	var names []string
	for _, c := range d.Model.Criteria {
		if s, ok := Lookup(c.Anchor); ok && s.Modeller {
			names = append(names, c.Name)
		}
	}
	return names
}

// DocumentOnly returns a copy of the dataset without the modeller's
// criteria ([Dataset.ModellerCriteria]): their subtrees, their ratings and
// every judgment that involves them. The judgments between the remaining
// criteria are the same.
func (d *Dataset) DocumentOnly() *Dataset {
	m := d.Model.Clone()
	drop := map[string]bool{}
	for _, name := range d.ModellerCriteria() {
		drop[name] = true
	}
	var mark func(cs []ahp.Node)
	mark = func(cs []ahp.Node) {
		for _, c := range cs {
			drop[c.Name] = true
			mark(c.Children)
		}
	}
	var kept []ahp.Node
	for _, c := range m.Criteria {
		if drop[c.Name] {
			mark(c.Children)
			continue
		}
		kept = append(kept, c)
	}
	m.Criteria = kept
	for node := range m.Judgments {
		if drop[node] {
			delete(m.Judgments, node)
		}
	}
	var goal []ahp.Judgment
	for _, c := range m.Judgments[m.Goal] {
		if !drop[c.A] && !drop[c.B] {
			goal = append(goal, c)
		}
	}
	m.Judgments[m.Goal] = goal
	for leaf := range m.Ratings {
		if drop[leaf] {
			delete(m.Ratings, leaf)
		}
	}
	return &Dataset{
		Model:               m,
		FutureNames:         append([]string(nil), d.FutureNames...),
		RecommendationNames: append([]string(nil), d.RecommendationNames...),
	}
}
