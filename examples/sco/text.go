package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/strategy"
)

// lineWidth is the terminal width the text report fits.
const lineWidth = 100

func writeText(w io.Writer, a *analysis) error {
	p := &printer{w: w}
	title := "Russia in the SCO: what the model of the policy document finds"
	p.heading(title)
	p.wrap(strings.Join(a.summary(), " "), "")
	p.println("")

	p.heading("The question and what the model measures")
	p.wrap("Goal: "+a.data.Model.Goal+".", "")
	p.wrap("The model measures "+strategy.Measures+". It is an AHP model of the document (package strategy): "+
		fmt.Sprintf("%d judgments between criteria and %d ratings, each with a rationale in our words and an anchor, "+
			"a passage of the document quoted by a key phrase.", countJudgments(a), countRatings(a)), "")
	p.wrap(fmt.Sprintf("The modeller's frame: %s is not an objective of the document. Its comparisons with the objectives are neutral (1), "+
		"and it rates an alternative only where the document says Russia pays; the tables show every result with and without it.",
		strings.Join(a.modeller, ", ")), "")
	if a.weightsFrom != "reference" {
		p.wrap(fmt.Sprintf("Criteria judgments from %s in place of the reference ones.", a.weightsFrom), "")
	}
	p.println("")

	for _, set := range []string{"futures", "recommendations"} {
		p.setSection(a, set)
	}
	p.preferences(a)

	p.heading("Criteria: local and global weights, consistency ratio (Saaty 1980 random index)")
	if p.err == nil {
		p.err = a.futures.WriteText(w)
	}
	p.wrap("local: weight among siblings; global: weight in the whole model; CR: consistency ratio of the node's comparisons "+
		"(below 0.1 is acceptable); rated: a leaf whose alternatives are rated on a 1-9 scale rather than compared.", "")
	p.println("")

	p.heading("Appendix A: glossary")
	for _, g := range glossary {
		p.hang("- ", g)
	}
	p.println("")
	for _, set := range []struct {
		name string
		rs   []*mcda.Ranking
		ags  []mcda.Agreement
	}{{"futures", a.futureRankings, a.futureAgreement}, {"recommendations", a.recRankings, a.recAgreement}} {
		p.heading(fmt.Sprintf("Appendix B: every ranking method of the library on the %s, against AHP synthesis", set.name))
		p.allMethods(set.rs, set.ags)
		p.println("")
	}
	p.heading("Appendix C: robustness to the weights")
	p.println("")
	for _, s := range []*setRobustness{a.futureRobust, a.recRobust} {
		if s != nil {
			p.robustness(s)
		}
	}
	return p.err
}

// glossary explains the terms of the report.
var glossary = []string{
	"AHP synthesis: the priority of an alternative, the sum over the leaf criteria of the leaf's global weight times the " +
		"alternative's share of the ratings on it (distributive synthesis); priorities sum to 1.",
	"rated: a leaf criterion on which the alternatives are rated on a 1-9 scale (5 neutral; 9 best on a benefit criterion, " +
		"costliest on Cost) instead of compared in pairs.",
	"neutral: a rating of 5 or a comparison of 1, used wherever the document gives no ground for another value.",
	"the modeller's frame: a criterion the document does not name (Cost), shown with and without.",
	"rating perturbation: every rating moved one step up or down at random (seeded); the share of perturbations in which " +
		"a result holds. A first place holding in fewer than 80% is reported as a tie with the runner-up.",
	"CR: consistency ratio of a comparison matrix; below 0.1 is acceptable (Saaty 1980).",
	"acceptability (b1, b2, ...): in SMAA, the share of random weight vectors under which an alternative takes rank 1, 2, ...",
	"conf: SMAA's confidence factor, the share of rating samples in which an alternative is first at its central weights; " +
		"with exact ratings it is 0 or 1.",
	"central weights: the mean of the weight vectors under which an alternative is first.",
	"Σ|Δw|: the total absolute change of the leaf weights, which stay non-negative and sum to 1.",
	"breakpoint: a weight of one leaf, the others keeping their proportions, at which two alternatives change places.",
	"Spearman, Kendall: rank correlations between two rankings, 1 when they agree.",
}

// setSection prints the answer for one set: the rankings with and without
// the modeller's frame, how firmly the first holds, where methods disagree
// and what carries the first.
func (p *printer) setSection(a *analysis, set string) {
	h := a.headlineOf(set)
	r, rs, doc, pert, e := a.futures, a.futureRankings, a.docFutures, a.futurePerturb, a.futureExplained
	if set == "recommendations" {
		r, rs, doc, pert, e = a.recommendations, a.recRankings, a.docRecs, a.recPerturb, a.recExplained
	}
	p.heading("The " + set)
	p.wrap(fmt.Sprintf("Answer: %s.", h.answer()), "")
	head := []string{"alternative", "AHP", "without " + strings.Join(a.modeller, ", "), "TOPSIS"}
	if pert != nil && pert.Samples > 0 {
		head = append(head, "first in perturbations")
	}
	var rows [][]string
	topsis := pick(rs, "topsis")[0]
	for _, i := range r.Order {
		row := []string{r.Alternatives[i], fmt.Sprintf("%d  %.3f", r.Ranks[i], r.Global[i]),
			fmt.Sprintf("%d  %.3f", doc.Ranks[i], doc.Global[i]), fmt.Sprintf("%d  %.3f", topsis.Ranks[i], topsis.Scores[i])}
		if pert != nil && pert.Samples > 0 {
			row = append(row, pct(pert.First[i]))
		}
		rows = append(rows, row)
	}
	p.table(head, rows)
	p.wrap("Rank, then score. AHP: the model's result. without: the same synthesis without the modeller's frame. "+
		"TOPSIS: closeness to the ideal on the same weights. first in perturbations: share of the rating perturbations "+
		"in which the alternative ranks first (alone or tied).", "")
	switch {
	case h.Tie:
		p.wrap(fmt.Sprintf("First place: a tie between %s and %s. %s is first by AHP synthesis, but it holds first place in only %s "+
			"of %d rating perturbations (seed %d), under the %.0f%% needed to report a first place.",
			h.First, h.RunnerUp, h.First, pct(h.Holds), pert.Samples, pert.Seed, 100*tieShare), "")
	case h.Holds >= 0:
		p.wrap(fmt.Sprintf("First place: %s, in %s of %d rating perturbations (seed %d) and under %d of %d ranking methods.",
			h.First, pct(h.Holds), pert.Samples, pert.Seed, h.Methods, h.Total), "")
	default:
		p.wrap(fmt.Sprintf("First place: %s, under %d of %d ranking methods (ratings not perturbed).", h.First, h.Methods, h.Total), "")
	}
	p.println("")
	if set == "recommendations" {
		p.subheading("Which recommendation serves which objective (ratings other than neutral)")
		p.servesTable(a)
		p.println("")
	}
	if ds := disagreements(r, rs); len(ds) > 0 {
		p.subheading("Where the ranking methods disagree")
		for _, d := range ds {
			p.hang("- ", d)
		}
		p.println("")
	}
	p.subheading(fmt.Sprintf("What carries %s", e.Alternative))
	p.wrap(fmt.Sprintf("Each leaf's part in its lead over the average %s (priority %.3f against %.3f): weight × (its share of the "+
		"ratings − the average share); a part above 100%% is offset by leaves where it falls below the average. Ratings where the document is silent are left out.", h.Noun, r.Global[r.Order[0]], 1/float64(len(r.Order))), "")
	for _, c := range e.Contributions {
		p.hang("- ", fmt.Sprintf("%s: rating %g, weight %.3f, +%.3f (%.0f%% of the lead). %s %s",
			c.Criterion, c.Rating, c.Weight, c.Contribution, 100*c.Share, c.Rationale, cite(c.Anchor)))
	}
	p.println("")
}

// objectiveLabels are short column labels of the top-level criteria.
var objectiveLabels = map[string]string{
	"Strategic balance with China":               "balance",
	"Influence in Central Asia":                  "C. Asia",
	"Counterbalancing the West":                  "West",
	"Security and counter-terrorism cooperation": "security",
	"Managing India and Pakistan":                "Ind/Pak",
	"Limiting the SCO's institutional power":     "instit.",
}

// objectiveLabel returns a short label of a top-level criterion.
func objectiveLabel(name string) string {
	if l, ok := objectiveLabels[name]; ok {
		return l
	}
	return name
}

// servesTable prints, for each recommendation, its ratings other than
// neutral on the leaves of each top-level criterion.
func (p *printer) servesTable(a *analysis) {
	m := a.data.Model
	head := []string{"recommendation"}
	for _, top := range m.Criteria {
		head = append(head, objectiveLabel(top.Name))
	}
	var rows [][]string
	r := a.recommendations
	for _, i := range r.Order {
		name := r.Alternatives[i]
		row := []string{name}
		for _, top := range m.Criteria {
			var vs []string
			for _, s := range serves(m, top, name) {
				vs = append(vs, s[strings.LastIndexByte(s, ' ')+1:])
			}
			cell := strings.Join(vs, ",")
			if cell == "" {
				cell = "·"
			}
			row = append(row, cell)
		}
		rows = append(rows, row)
	}
	p.table(head, rows)
	var legend []string
	for _, top := range m.Criteria {
		if l := objectiveLabel(top.Name); l != top.Name {
			legend = append(legend, l+": "+top.Name)
		}
	}
	p.wrap("Each cell: the recommendation's ratings other than neutral (5) on the leaf criteria of the objective "+
		"(9 serves best; on Cost, 9 costs most); ·: only neutral ratings. "+strings.Join(legend, "; ")+".", "")
}

// preferences prints the document's own preferences and whether the model
// reproduces them, then the statements about likelihood.
func (p *printer) preferences(a *analysis) {
	checks, likelihood := a.checkPreferences()
	p.heading("The document's own preferences, and whether the model reproduces them")
	for k, c := range checks {
		p.hang(fmt.Sprintf("%d. ", k+1), fmt.Sprintf("%s over %s (%s). %s %s", c.Better, c.Worse, c.Set, c.Statement, cite(c.Anchor)))
		p.hang("   ", c.verdict())
	}
	p.wrap("The document states no preference between its seven recommendations: it lists them, without ranking, "+
		"as what strategic adaptation means.", "")
	p.println("")
	p.subheading("About likelihood: another question")
	p.wrap("The model measures desirability. The document's statements about what is likely answer another question; "+
		"they are shown here, not compared with the model.", "")
	for _, l := range likelihood {
		p.hang("- ", fmt.Sprintf("%s %s", l.Statement, cite(l.Anchor)))
	}
	p.hang("- ", "The document's verdict: "+strategy.Verdict+" "+cite(strategy.VerdictAnchor))
	p.wrap(tacticalCooperator, "")
	p.println("")
}

// tacticalCooperator says why the verdict's mixed future is not an
// alternative of the model.
const tacticalCooperator = "The verdict's \"tactical cooperator\" is not modelled as a fourth future: the document names it " +
	"only there, and rating it on the criteria would take inventions the text does not support."

// verdict says whether the model reproduces a preference.
func (c prefCheck) verdict() string {
	yes := func(b bool) string {
		if b {
			return "reproduced"
		}
		return "NOT reproduced"
	}
	if c.Kind == strategy.Emphasis {
		return fmt.Sprintf("Local weights %.3f and %.3f: %s.", c.BetterWeight, c.WorseWeight, yes(c.AHP))
	}
	s := fmt.Sprintf("AHP synthesis: %s. Ranking methods: %d of %d", yes(c.AHP), len(c.Holding), len(c.Holding)+len(c.Failing))
	if len(c.Failing) > 0 {
		s += " (not " + strings.Join(c.Failing, ", ") + ")"
	}
	s += "."
	if c.Perturbed >= 0 {
		s += fmt.Sprintf(" Rating perturbations: %s.", pct(c.Perturbed))
	}
	return s
}

// table prints rows under a header, columns padded to their widths.
func (p *printer) table(head []string, rows [][]string) {
	widths := make([]int, len(head))
	for k, h := range head {
		widths[k] = utf8.RuneCountInString(h)
	}
	for _, r := range rows {
		for k, c := range r {
			widths[k] = max(widths[k], utf8.RuneCountInString(c))
		}
	}
	line := func(cells []string) {
		var b strings.Builder
		for k, c := range cells {
			if k > 0 {
				b.WriteString("  ")
			}
			if k == len(cells)-1 {
				b.WriteString(c)
			} else {
				b.WriteString(pad(c, widths[k]))
			}
		}
		p.println(strings.TrimRight(b.String(), " "))
	}
	line(head)
	for _, r := range rows {
		line(r)
	}
}

// printer writes text and keeps the first error.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func (p *printer) println(s string) { p.printf("%s\n", s) }

func (p *printer) heading(s string) {
	p.println(s)
	p.println(strings.Repeat("=", min(utf8.RuneCountInString(s), lineWidth)))
}

// wrap prints s as words wrapped at lineWidth, each line indented, and
// nothing when s has no words.
func (p *printer) wrap(s, indent string) {
	if strings.TrimSpace(s) != "" {
		p.hang(indent, s)
	}
}

// pick returns the rankings of the named methods, in the order named.
func pick(rs []*mcda.Ranking, names ...string) []*mcda.Ranking {
	var out []*mcda.Ranking
	for _, name := range names {
		for _, r := range rs {
			if r.Method == name {
				out = append(out, r)
			}
		}
	}
	return out
}

// allMethods prints, for every ranking but the first (AHP synthesis), the
// ranks it gives the alternatives in the order of the first, its first
// choice, and its agreement with the first. ags holds the agreement of
// every pair, the first ranking's pairs first.
func (p *printer) allMethods(rs []*mcda.Ranking, ags []mcda.Agreement) {
	ahp := rs[0]
	// firsts lists the alternatives ranked first by r, in r's order.
	firsts := func(r *mcda.Ranking) []string {
		var names []string
		for _, i := range r.Order {
			if r.Ranks[i] == 1 {
				names = append(names, r.Alternatives[i])
			}
		}
		return names
	}
	width := len("first choice")
	for _, r := range rs[1:] {
		fs := firsts(r)
		w := utf8.RuneCountInString(fs[0])
		if len(fs) > 1 {
			w += len(" (tie)")
		}
		width = max(width, w)
	}
	digits := len(fmt.Sprint(len(ahp.Order)))
	rankW := max(len("ranks"), (digits+1)*len(ahp.Order)-1)
	p.printf("%-10s  %-6s  %-*s  %-*s  %8s  %7s\n", "method", "better", rankW, "ranks", width, "first choice", "spearman", "kendall")
	var same int
	var ties []string
	for k, r := range rs[1:] {
		var ranks []string
		for _, i := range ahp.Order {
			ranks = append(ranks, fmt.Sprintf("%*d", digits, r.Ranks[i]))
		}
		fs := firsts(r)
		first := fs[0]
		if len(fs) > 1 {
			first += " (tie)"
			ties = append(ties, fmt.Sprintf("%s ties for first: %s.", r.Method, strings.Join(fs, ", ")))
		}
		if r.Ranks[ahp.Order[0]] == 1 {
			same++
		}
		ag := ags[k] // the pair (ahp, r)
		p.printf("%-10s  %-6s  %-*s  %-*s  %8.3f  %7.3f\n", r.Method, better(r.HigherIsBetter), rankW, strings.Join(ranks, " "), width, first, ag.Spearman, ag.Kendall)
	}
	p.printf("Ranks are listed in the order of the AHP ranking; Spearman and Kendall compare each method with it.\n")
	for _, t := range ties {
		p.wrap(t, "")
	}
	p.wrap(fmt.Sprintf("%d of %d methods put %s first (alone or tied), as AHP synthesis does.", same, len(rs)-1, ahp.Alternatives[ahp.Order[0]]), "")
}

// better says which scores of a ranking are better: "higher" or "lower".
func better(higherIsBetter bool) string {
	if higherIsBetter {
		return "higher"
	}
	return "lower"
}

func countJudgments(a *analysis) int {
	n := 0
	leaves := map[string]bool{}
	for _, l := range a.data.Model.Leaves() {
		leaves[l] = true
	}
	for node, cs := range a.data.Model.Judgments {
		if !leaves[node] {
			n += len(cs)
		}
	}
	return n
}

func countRatings(a *analysis) int {
	n := 0
	for _, rs := range a.data.Model.Ratings {
		n += len(rs)
	}
	return n
}
