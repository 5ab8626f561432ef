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
	p.heading("Goal: " + a.data.Model.Goal)
	p.printf("Reference dataset: package strategy (%d criteria judgments and %d ratings, each with a rationale).\n",
		countJudgments(a), countRatings(a))
	if a.weightsFrom != "reference" {
		p.printf("Criteria judgments from %s in place of the reference ones.\n", a.weightsFrom)
	}
	p.println("")
	p.heading("Criteria: local and global weights, consistency ratio (Saaty 1980 random index)")
	if p.err == nil {
		p.err = a.futures.WriteTree(w)
	}
	p.println("")

	p.heading("Futures: AHP synthesis (distributive) and TOPSIS on the same weights")
	p.rankings(a.futureRankings[:2])
	p.println("")
	p.wrap("The document's verdict: "+strategy.Verdict+" ["+strategy.VerdictAnchor+"]", "")
	first := a.futures.Alternatives[a.futures.Order[0]]
	p.printf("The model's first future: %s.\n\n", first)

	p.heading("Recommendations: AHP synthesis and TOPSIS, WSM, WPM on the same weights (rank, then score)")
	p.rankings(pick(a.recRankings, "ahp", "topsis", "wsm", "wpm"))
	p.println("")
	for _, set := range []struct {
		name string
		rs   []*mcda.Ranking
		ags  []mcda.Agreement
	}{{"futures", a.futureRankings, a.futureAgreement}, {"recommendations", a.recRankings, a.recAgreement}} {
		p.heading(fmt.Sprintf("Every ranking method of the library on the %s, against AHP synthesis", set.name))
		p.allMethods(set.rs, set.ags)
		p.println("")
	}

	for _, e := range []explanation{a.futureExplained, a.recExplained} {
		p.heading(fmt.Sprintf("What carries %q (first of the %s by AHP synthesis)", e.Alternative, e.Set))
		for _, c := range e.Contributions {
			p.printf("- %s: weight %.3f, rating %g, %.0f%% of its priority\n", c.Criterion, c.Weight, c.Rating, 100*c.Share)
			if c.Rationale != "" {
				p.wrap(c.Rationale+" ["+c.Anchor+"]", "    ")
			}
		}
		p.println("")
	}
	for _, s := range []*setRobustness{a.futureRobust, a.recRobust} {
		if s != nil {
			p.robustness(s)
		}
	}
	return p.err
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

// rankings prints rankings of the same alternatives side by side, in the
// order of the first ranking.
func (p *printer) rankings(rs []*mcda.Ranking) {
	first := rs[0]
	width := columnWidth("alternative", first.Alternatives)
	header := pad("alternative", width)
	for _, r := range rs {
		header += fmt.Sprintf("  %-12s", r.Method)
	}
	p.println(strings.TrimRight(header, " "))
	for _, i := range first.Order {
		line := pad(first.Alternatives[i], width)
		for _, r := range rs {
			line += fmt.Sprintf("  %2d  %-8.4f", r.Ranks[i], r.Scores[i])
		}
		p.println(strings.TrimRight(line, " "))
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
