package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
	"github.com/balancer-mcda/balancer/strategy"
)

// headline is the answer for one set of alternatives: its first by AHP
// synthesis, and how firmly it holds.
type headline struct {
	Set, Noun               string // "futures", "future"
	First, RunnerUp         string
	FirstScore, RunnerScore float64
	// Tie: the first holds in fewer than tieShare of the rating
	// perturbations, so it is reported as tied with the runner-up.
	Tie bool
	// Holds is the share of rating perturbations in which the first stays
	// first; negative when the perturbation did not run.
	Holds float64
	// Methods is the number of ranking methods of the library that put the
	// first first (alone or tied), of Total.
	Methods, Total int
	// WithoutModeller is the first by AHP synthesis without the modeller's
	// criteria.
	WithoutModeller string
	// SMAAUniform and SMAANear are the first's first-rank acceptabilities
	// with uniform weights and weights near the AHP weights; negative when
	// SMAA did not run.
	SMAAUniform, SMAANear float64
}

// answer returns the headline as a phrase: "X" or "X and Y, tied".
func (h headline) answer() string {
	if h.Tie {
		return fmt.Sprintf("%s and %s, tied", h.First, h.RunnerUp)
	}
	return h.First
}

// headlineOf computes the headline of one set.
func (a *analysis) headlineOf(set string) headline {
	r, rs, p, rob, doc := a.futures, a.futureRankings, a.futurePerturb, a.futureRobust, a.docFutures
	noun := "future"
	if set == "recommendations" {
		r, rs, p, rob, doc = a.recommendations, a.recRankings, a.recPerturb, a.recRobust, a.docRecs
		noun = "recommendation"
	}
	best, second := r.Order[0], r.Order[1]
	h := headline{Set: set, Noun: noun, First: r.Alternatives[best], RunnerUp: r.Alternatives[second],
		FirstScore: r.Global[best], RunnerScore: r.Global[second], Holds: -1, SMAAUniform: -1, SMAANear: -1,
		Total: len(rs) - 1, WithoutModeller: doc.Alternatives[doc.Order[0]]}
	for _, m := range rs[1:] {
		if m.Ranks[best] == 1 {
			h.Methods++
		}
	}
	if p != nil && p.Samples > 0 {
		h.Holds = p.Holds
		h.Tie = p.tie()
	}
	if rob != nil {
		for _, run := range rob.smaa {
			switch run.space {
			case "uniform":
				h.SMAAUniform = run.result.Acceptability[best][0]
			case "near_ahp":
				h.SMAANear = run.result.Acceptability[best][0]
			}
		}
	}
	return h
}

// prefCheck is one of the document's preferences with whether the model
// reproduces it.
type prefCheck struct {
	strategy.Preference
	// AHP: AHP synthesis reproduces it (alternatives: ranks Better above
	// Worse; criteria: gives Better the larger local weight).
	AHP bool
	// Holding and Failing list the ranking methods of the library that
	// rank Better above Worse and those that do not; empty for criteria.
	Holding, Failing []string
	// Perturbed is the share of rating perturbations in which it holds;
	// negative when not computed.
	Perturbed float64
	// Local weights of Better and Worse, for preferences between criteria.
	BetterWeight, WorseWeight float64
}

// checkPreferences checks every preference of desirability and emphasis of
// the document against the model; those of likelihood are returned apart.
func (a *analysis) checkPreferences() (checks []prefCheck, likelihood []strategy.Preference) {
	local := map[string]float64{}
	for _, n := range a.futures.Nodes {
		local[n.Name] = n.Local
	}
	index := map[string]int{}
	for _, p := range strategy.Preferences() {
		switch p.Kind {
		case strategy.Likelihood:
			likelihood = append(likelihood, p)
			continue
		case strategy.Emphasis:
			checks = append(checks, prefCheck{Preference: p, Perturbed: -1, BetterWeight: local[p.Better], WorseWeight: local[p.Worse],
				AHP: local[p.Better] > local[p.Worse]})
			continue
		}
		rs, pert := a.futureRankings, a.futurePerturb
		if p.Set == "recommendations" {
			rs, pert = a.recRankings, a.recPerturb
		}
		c := prefCheck{Preference: p, Perturbed: -1}
		b, w := slices.Index(rs[0].Alternatives, p.Better), slices.Index(rs[0].Alternatives, p.Worse)
		if b < 0 || w < 0 {
			continue // not reached: the strategy package's tests rule it out
		}
		c.AHP = rs[0].Ranks[b] < rs[0].Ranks[w]
		for _, r := range rs[1:] {
			if r.Ranks[b] < r.Ranks[w] {
				c.Holding = append(c.Holding, r.Method)
			} else {
				c.Failing = append(c.Failing, r.Method)
			}
		}
		if pert != nil && pert.Samples > 0 {
			k := index[p.Set]
			c.Perturbed = pert.Preferences[k]
		}
		index[p.Set]++
		checks = append(checks, c)
	}
	return checks, likelihood
}

// cite returns the key phrases and location of an anchor, as a reader can
// find them in the document: `"phrase" … "phrase" (location)`.
func cite(anchor string) string {
	s, ok := strategy.Lookup(anchor)
	switch {
	case !ok:
		return anchor
	case s.Modeller:
		return "(the modeller's frame, not in the document)"
	case len(s.KeyPhrases) == 0:
		return "(" + s.Location + ")"
	}
	quoted := make([]string, len(s.KeyPhrases))
	for k, ph := range s.KeyPhrases {
		quoted[k] = `"` + ph + `"`
	}
	return fmt.Sprintf("%s (%s)", strings.Join(quoted, " … "), s.Location)
}

// pct formats a share as a percentage with no decimals, or one when it
// would round to 0 or 100 without being either.
func pct(share float64) string {
	v := 100 * share
	if (v > 99.5 && v < 100) || (v > 0 && v < 0.5) {
		return fmt.Sprintf("%.1f%%", v)
	}
	return fmt.Sprintf("%.0f%%", v)
}

// summary returns the plain-language summary the report opens with, one
// sentence an element.
func (a *analysis) summary() []string {
	f, r := a.headlineOf("futures"), a.headlineOf("recommendations")
	var out []string
	out = append(out, "The question is which course serves Russia best within the SCO with respect to China: "+
		"the model measures how good each alternative is for Russia, judged against the document's six objectives "+
		"and a cost criterion the modeller adds, not how likely it is to happen.")
	out = append(out, a.setSentence(f))
	fr := a.futures
	if len(fr.Order) == 3 {
		x, y := fr.Order[1], fr.Order[2]
		gap := fr.Global[x] - fr.Global[y]
		if gap < 0.1*fr.Global[x] {
			flips := 0
			for _, m := range a.futureRankings[1:] {
				if m.Ranks[y] < m.Ranks[x] {
					flips++
				}
			}
			out = append(out, fmt.Sprintf("The other two futures, %s (%.3f) and %s (%.3f), are a near tie that the document does not order "+
				"and %d of the %d methods reverse.",
				fr.Alternatives[x], fr.Global[x], fr.Alternatives[y], fr.Global[y], flips, len(a.futureRankings)-1))
		}
	}
	out = append(out, a.setSentence(r))
	checks, _ := a.checkPreferences()
	held, total := 0, 0
	for _, c := range checks {
		if c.Kind == strategy.Desirability {
			total++
			if c.AHP {
				held++
			}
		}
	}
	out = append(out, fmt.Sprintf("The model reproduces %d of the %d preferences between futures that the document states "+
		"(the co-leader path is risky, marginalization a trap, Russia a broker and not a follower).", held, total))
	without := "the same"
	if f.WithoutModeller != f.First || r.WithoutModeller != r.First {
		without = fmt.Sprintf("%s and %s", f.WithoutModeller, r.WithoutModeller)
	}
	out = append(out, fmt.Sprintf("It departs from the document in two deliberate ways: it adds %s, neutral except where the document says Russia pays "+
		"(without it the first places are %s), and where the document is silent it rates neutral rather than guess.",
		strings.Join(a.modeller, " and "), without))
	out = append(out, "The document's verdict that the likeliest future lies between balancer and tactical cooperator is about likelihood, "+
		"a question the model does not answer.")
	return out
}

// setSentence states one set's answer and how firmly it holds.
func (a *analysis) setSentence(h headline) string {
	var s string
	if h.Tie {
		s = fmt.Sprintf("For the %s, which the document does not rank, %s comes first by AHP synthesis (%.3f) but holds first place "+
			"in only %s of the rating perturbations, so it is reported as a tie with %s (%.3f), although %d of %d ranking methods put it first.",
			h.Set, h.First, h.FirstScore, pct(h.Holds), h.RunnerUp, h.RunnerScore, h.Methods, h.Total)
	} else {
		s = fmt.Sprintf("For the %s, the answer is %s (AHP priority %.3f against %.3f for %s), first under %d of %d ranking methods",
			h.Set, h.First, h.FirstScore, h.RunnerScore, h.RunnerUp, h.Methods, h.Total)
		var also []string
		if h.Holds >= 0 {
			also = append(also, fmt.Sprintf("in %s of the rating perturbations", pct(h.Holds)))
		}
		if h.SMAAUniform >= 0 {
			also = append(also, fmt.Sprintf("in %s of weights drawn at random", pct(h.SMAAUniform)))
		}
		switch len(also) {
		case 1:
			s += " and " + also[0]
		case 2:
			s += ", " + also[0] + " and " + also[1]
		}
		s += "."
	}
	return s
}

// shortfall is an alternative's largest weighted distance from the best
// value of a criterion, on ratings scaled to the criterion's range in the
// set.
type shortfall struct {
	criterion     string
	rating, best  float64
	weightedShare float64
}

// largestShortfall returns alternative i's largest weighted shortfall.
func largestShortfall(dm *mcda.DecisionMatrix, i int) shortfall {
	_, n := dm.Dims()
	var out shortfall
	for j := range n {
		c := dm.Criterion(j)
		col := dm.Col(nil, j)
		lo, hi := slices.Min(col), slices.Max(col)
		if hi == lo {
			continue
		}
		best := hi
		if c.Objective == mcda.ObjectiveCost {
			best = lo
		}
		d := c.Weight * math.Abs(best-col[i]) / (hi - lo)
		if d > out.weightedShare {
			out = shortfall{c.Name, col[i], best, d}
		}
	}
	return out
}

// disagreements explains, for each pair of alternatives that some methods
// order otherwise than AHP synthesis, what in the data makes them do so.
func disagreements(r *ahp.Result, rs []*mcda.Ranking) []string {
	dm, err := r.DecisionMatrix()
	if err != nil {
		return nil
	}
	type flip struct {
		x, y    int // AHP puts x above y
		methods []string
	}
	var flips []flip
	for a := range r.Order {
		for b := a + 1; b < len(r.Order); b++ {
			x, y := r.Order[a], r.Order[b]
			f := flip{x: x, y: y}
			for _, m := range rs[1:] {
				if m.Ranks[y] < m.Ranks[x] {
					f.methods = append(f.methods, m.Method)
				}
			}
			if len(f.methods) > 0 {
				flips = append(flips, f)
			}
		}
	}
	slices.SortStableFunc(flips, func(p, q flip) int { return cmp.Compare(len(q.methods), len(p.methods)) })
	var out []string
	for _, f := range flips[:min(3, len(flips))] {
		sx, sy := largestShortfall(dm, f.x), largestShortfall(dm, f.y)
		x, y := r.Alternatives[f.x], r.Alternatives[f.y]
		verb := "put"
		if len(f.methods) == 1 {
			verb = "puts"
		}
		s := fmt.Sprintf("%s %s %s above %s, which AHP synthesis ranks %.4f to %.4f.", strings.Join(f.methods, ", "), verb, y, x, r.Global[f.x], r.Global[f.y])
		if sx.criterion != "" && sx.weightedShare > sy.weightedShare {
			s += fmt.Sprintf(" %s's largest weighted shortfall is on %s (rated %g where the best in the set is %g), larger than any of %s's",
				x, sx.criterion, sx.rating, sx.best, y)
			if sy.criterion != "" {
				s += fmt.Sprintf(" (on %s, rated %g against %g)", sy.criterion, sy.rating, sy.best)
			}
			s += "; methods that measure distance to the best and worst values (TOPSIS, VIKOR's regret, MOORA's reference point) " +
				"or multiply ratings (WPM and its kin) punish one large shortfall more than a weighted sum does."
		} else {
			s += fmt.Sprintf(" The two are close under the weighted sum (difference %.4f). %s; AHP synthesis credits each advantage "+
				"by its share of the ratings' total on the criterion, methods that rescale each criterion to its range in the set "+
				"(VIKOR, MABAC, SPOTIS and CoCoSo among them) by its share of the range, which weighs them otherwise.",
				r.Global[f.x]-r.Global[f.y], advantages(dm, f.x, f.y))
		}
		out = append(out, s)
	}
	return out
}

// advantages says on which criteria each of alternatives x and y is
// rated better than the other.
func advantages(dm *mcda.DecisionMatrix, x, y int) string {
	_, n := dm.Dims()
	lead := func(a, b int) string {
		var parts []string
		for j := range n {
			c := dm.Criterion(j)
			va, vb := dm.At(a, j), dm.At(b, j)
			if (c.Objective == mcda.ObjectiveBenefit && va > vb) || (c.Objective == mcda.ObjectiveCost && va < vb) {
				parts = append(parts, fmt.Sprintf("%s (%g against %g)", c.Name, va, vb))
			}
		}
		if len(parts) == 0 {
			return dm.Alternative(a) + " leads on no criterion"
		}
		return dm.Alternative(a) + " leads on " + strings.Join(parts, ", ")
	}
	return lead(x, y) + "; " + lead(y, x)
}

// serves returns, for an alternative and a top-level criterion, the
// ratings that differ from neutral on the criterion's leaves, as
// "leaf rating" pairs.
func serves(m *ahp.Model, top ahp.Node, alternative string) []string {
	var leaves []string
	var walk func(c ahp.Node)
	walk = func(c ahp.Node) {
		if len(c.Children) == 0 {
			leaves = append(leaves, c.Name)
		}
		for _, ch := range c.Children {
			walk(ch)
		}
	}
	walk(top)
	var out []string
	for _, leaf := range leaves {
		for _, rt := range m.Ratings[leaf] {
			if rt.Alternative == alternative && rt.Value != strategy.NeutralRating {
				out = append(out, fmt.Sprintf("%s %g", leaf, rt.Value))
			}
		}
	}
	return out
}

// README markers around the block readmeBlock produces.
const (
	readmeBegin = "<!-- sco-summary: written by go run ./examples/sco -readme; TestREADME checks it -->"
	readmeEnd   = "<!-- /sco-summary -->"
)

// readmeBlock returns the README's summary of the analysis: the report's
// opening summary and a table of the headline numbers. TestREADME checks
// that README.md holds it verbatim, so that the README cannot drift from
// the program.
func (a *analysis) readmeBlock() string {
	var b strings.Builder
	fmt.Fprintln(&b, readmeBegin)
	fmt.Fprintln(&b)
	for _, s := range a.summary() {
		fmt.Fprintln(&b, s)
	}
	fmt.Fprintln(&b)
	hs := []headline{a.headlineOf("futures"), a.headlineOf("recommendations")}
	row := func(label string, cell func(h headline) string) {
		fmt.Fprintf(&b, "| %s | %s | %s |\n", label, cell(hs[0]), cell(hs[1]))
	}
	fmt.Fprintln(&b, "| | futures | recommendations |")
	fmt.Fprintln(&b, "| --- | --- | --- |")
	row("answer", func(h headline) string { return h.answer() })
	row("AHP priority of the first (runner-up)", func(h headline) string {
		return fmt.Sprintf("%.3f (%.3f)", h.FirstScore, h.RunnerScore)
	})
	if p := a.futurePerturb; p != nil && p.Samples > 0 {
		row(fmt.Sprintf("first place holds in rating perturbations (%d, seed %d)", p.Samples, p.Seed),
			func(h headline) string { return pct(h.Holds) })
	}
	row("ranking methods of the library that put it first", func(h headline) string { return fmt.Sprintf("%d of %d", h.Methods, h.Total) })
	row("first without "+strings.Join(a.modeller, ", "), func(h headline) string { return h.WithoutModeller })
	if hs[0].SMAAUniform >= 0 {
		row("SMAA-2 first-rank acceptability: uniform weights, near AHP", func(h headline) string {
			return fmt.Sprintf("%s, %s", pct(h.SMAAUniform), pct(h.SMAANear))
		})
	}
	checks, _ := a.checkPreferences()
	row("the document's preferences reproduced", func(h headline) string {
		held, total := 0, 0
		for _, c := range checks {
			if c.Kind == strategy.Desirability && c.Set == h.Set {
				total++
				if c.AHP {
					held++
				}
			}
		}
		if total == 0 {
			return "none stated"
		}
		return fmt.Sprintf("%d of %d", held, total)
	})
	fmt.Fprintln(&b)
	fmt.Fprint(&b, readmeEnd)
	return b.String()
}
