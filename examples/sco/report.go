package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/balancer-mcda/balancer/examples/internal/chart"
	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/strategy"
)

// writeReport writes dir/report.md and its charts, and returns the names
// of the files it wrote.
func writeReport(dir string, a *analysis) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var files []string
	addChart := func(name string, draw func(base string) error) error {
		if err := draw(filepath.Join(dir, name)); err != nil {
			return err
		}
		for _, f := range chart.Formats {
			files = append(files, name+"."+f)
		}
		return nil
	}
	var md strings.Builder
	fmt.Fprintf(&md, "# Russia in the SCO: what the model of the policy document finds\n\n")
	fmt.Fprintf(&md, "%s\n\n", strings.Join(a.summary(), " "))
	fmt.Fprintf(&md, "## The question and what the model measures\n\n")
	fmt.Fprintf(&md, "Goal: %s. The model measures %s. It is an AHP model of the document (balancer's reference dataset, package `strategy`): "+
		"%d judgments between criteria and %d ratings, each with a rationale in our words and an anchor, a passage of the document quoted by a key phrase. "+
		"Criteria judgments: %s.\n\n", a.data.Model.Goal, strategy.Measures, countJudgments(a), countRatings(a), a.weightsFrom)
	fmt.Fprintf(&md, "The modeller's frame: %s is not an objective of the document. Its comparisons with the objectives are neutral (1), "+
		"and it rates an alternative only where the document says Russia pays; the tables show every result with and without it.\n\n",
		strings.Join(a.modeller, ", "))

	for _, set := range []string{"futures", "recommendations"} {
		h := a.headlineOf(set)
		r, rs, doc, pert, e := a.futures, a.futureRankings, a.docFutures, a.futurePerturb, a.futureExplained
		if set == "recommendations" {
			r, rs, doc, pert, e = a.recommendations, a.recRankings, a.docRecs, a.recPerturb, a.recExplained
		}
		fmt.Fprintf(&md, "## The %s: %s\n\n", set, h.answer())
		main := pick(rs, "ahp", "topsis", "wsm", "wpm")
		fmt.Fprintf(&md, "| alternative | AHP rank | AHP | without %s |", strings.Join(a.modeller, ", "))
		for _, m := range main[1:] {
			fmt.Fprintf(&md, " %s rank | %s |", m.Method, m.Method)
		}
		perturbed := pert != nil && pert.Samples > 0
		if perturbed {
			fmt.Fprintf(&md, " first in perturbations |")
		}
		fmt.Fprintf(&md, "\n| --- | ---: | ---: | ---: |%s%s\n", strings.Repeat(" ---: | ---: |", len(main)-1), map[bool]string{true: " ---: |"}[perturbed])
		for _, i := range r.Order {
			fmt.Fprintf(&md, "| %s | %d | %.4f | %d (%.4f) |", r.Alternatives[i], r.Ranks[i], r.Global[i], doc.Ranks[i], doc.Global[i])
			for _, m := range main[1:] {
				fmt.Fprintf(&md, " %d | %.4f |", m.Ranks[i], m.Scores[i])
			}
			if perturbed {
				fmt.Fprintf(&md, " %s |", pct(pert.First[i]))
			}
			fmt.Fprintln(&md)
		}
		fmt.Fprintln(&md)
		switch {
		case h.Tie:
			fmt.Fprintf(&md, "**First place: a tie between %s and %s.** %s is first by AHP synthesis, but it holds first place in only %s "+
				"of %d rating perturbations (seed %d), under the %.0f%% needed to report a first place.\n\n",
				h.First, h.RunnerUp, h.First, pct(h.Holds), pert.Samples, pert.Seed, 100*tieShare)
		case h.Holds >= 0:
			fmt.Fprintf(&md, "**First place: %s**, in %s of %d rating perturbations (seed %d) and under %d of %d ranking methods.\n\n",
				h.First, pct(h.Holds), pert.Samples, pert.Seed, h.Methods, h.Total)
		default:
			fmt.Fprintf(&md, "**First place: %s**, under %d of %d ranking methods (ratings not perturbed).\n\n", h.First, h.Methods, h.Total)
		}
		for _, m := range main {
			name := set + "-" + m.Method
			bars := make([]chart.Bar, 0, len(m.Order))
			for _, i := range m.Order {
				bars = append(bars, chart.Bar{Label: m.Alternatives[i], Value: m.Scores[i]})
			}
			title := fmt.Sprintf("The %s by %s", set, strings.ToUpper(m.Method))
			c := &chart.Bars{Title: title, XLabel: m.Method + " score", Bars: bars}
			if err := addChart(name, c.Write); err != nil {
				return nil, err
			}
			fmt.Fprintf(&md, "![%s](%s.png)\n\n", title, name)
		}
		if set == "recommendations" {
			fmt.Fprintf(&md, "### Which recommendation serves which objective\n\nRatings other than neutral (5) on the leaf criteria of each objective "+
				"(9 serves best; on Cost, 9 costs most).\n\n| recommendation |")
			for _, top := range a.data.Model.Criteria {
				fmt.Fprintf(&md, " %s |", top.Name)
			}
			fmt.Fprintf(&md, "\n| --- |%s\n", strings.Repeat(" --- |", len(a.data.Model.Criteria)))
			for _, i := range r.Order {
				fmt.Fprintf(&md, "| %s |", r.Alternatives[i])
				for _, top := range a.data.Model.Criteria {
					cell := strings.Join(serves(a.data.Model, top, r.Alternatives[i]), ", ")
					if len(top.Children) == 0 {
						cell = strings.TrimPrefix(cell, top.Name+" ")
					}
					fmt.Fprintf(&md, " %s |", cell)
				}
				fmt.Fprintln(&md)
			}
			fmt.Fprintln(&md)
		}
		if ds := disagreements(r, rs); len(ds) > 0 {
			fmt.Fprintf(&md, "### Where the ranking methods disagree\n\n")
			for _, d := range ds {
				fmt.Fprintf(&md, "- %s\n", d)
			}
			fmt.Fprintln(&md)
		}
		fmt.Fprintf(&md, "### What carries %s\n\nEach leaf's part in its lead over the average %s (priority %.3f against %.3f): "+
			"weight × (its share of the ratings − the average share); a part above 100%% is offset by leaves where it falls below the average. Ratings where the document is silent are left out.\n\n",
			e.Alternative, h.Noun, r.Global[r.Order[0]], 1/float64(len(r.Order)))
		for _, c := range e.Contributions {
			fmt.Fprintf(&md, "- **%s** (rating %g, weight %.3f, +%.3f, %.0f%% of the lead): %s %s\n",
				c.Criterion, c.Rating, c.Weight, c.Contribution, 100*c.Share, c.Rationale, cite(c.Anchor))
		}
		fmt.Fprintln(&md)
	}

	checks, likelihood := a.checkPreferences()
	fmt.Fprintf(&md, "## The document's own preferences, and whether the model reproduces them\n\n")
	for k, c := range checks {
		fmt.Fprintf(&md, "%d. **%s over %s** (%s). %s %s<br>%s\n", k+1, c.Better, c.Worse, c.Set, c.Statement, cite(c.Anchor), c.verdict())
	}
	fmt.Fprintf(&md, "\nThe document states no preference between its seven recommendations: it lists them, without ranking, as what strategic adaptation means.\n\n")
	fmt.Fprintf(&md, "### About likelihood: another question\n\nThe model measures desirability. The document's statements about what is likely "+
		"answer another question; they are shown here, not compared with the model.\n\n")
	for _, l := range likelihood {
		fmt.Fprintf(&md, "- %s %s\n", l.Statement, cite(l.Anchor))
	}
	fmt.Fprintf(&md, "- The document's verdict: %s %s\n\n%s\n\n", strategy.Verdict, cite(strategy.VerdictAnchor), tacticalCooperator)

	// Criteria weights.
	var leaves []chart.Bar
	var groups []string
	fmt.Fprintf(&md, "## Criteria\n\n| criterion | parent | local | global | CR |\n| --- | --- | ---: | ---: | ---: |\n")
	for _, n := range a.futures.Nodes {
		cr := "rated"
		if n.Consistency != nil {
			cr = fmt.Sprintf("%.3f", n.Consistency.CR)
		}
		fmt.Fprintf(&md, "| %s | %s | %.3f | %.3f | %s |\n", n.Name, n.Parent, n.Local, n.Global, cr)
		if n.Leaf {
			top := n.Name
			if n.Depth > 1 {
				top = n.Parent
			}
			leaves = append(leaves, chart.Bar{Label: n.Name, Value: n.Global, Group: top})
			if !slices.Contains(groups, top) {
				groups = append(groups, top)
			}
		}
	}
	fmt.Fprintf(&md, "\nlocal: weight among siblings; global: weight in the whole model; CR: consistency ratio (below 0.1 is acceptable); "+
		"rated: a leaf whose alternatives are rated on a 1-9 scale.\n\n")
	weights := &chart.Bars{Title: "Global weights of the leaf criteria, by objective", XLabel: "global weight", Bars: leaves,
		Groups: groups, Muted: a.modeller, MutedNote: " (the modeller's frame)"}
	if err := addChart("weights", weights.Write); err != nil {
		return nil, err
	}
	fmt.Fprintf(&md, "![Global weights of the leaf criteria](weights.png)\n\n")

	fmt.Fprintf(&md, "## Appendix A: glossary\n\n")
	for _, g := range glossary {
		fmt.Fprintf(&md, "- %s\n", g)
	}
	fmt.Fprintln(&md)
	for _, s := range []struct {
		set       string
		rankings  []*mcda.Ranking
		agreement []mcda.Agreement
	}{
		{"futures", a.futureRankings, a.futureAgreement},
		{"recommendations", a.recRankings, a.recAgreement},
	} {
		first := s.rankings[0]
		fmt.Fprintf(&md, "## Appendix B: every ranking method of the library on the %s\n\n", s.set)
		fmt.Fprintf(&md, "The same decision matrix, against AHP synthesis (ranks in the order of the AHP ranking).\n\n")
		fmt.Fprintf(&md, "| method | better | ranks | Spearman | weighted Spearman | WS | Kendall tau-b |\n| --- | --- | --- | ---: | ---: | ---: | ---: |\n")
		for k, r := range s.rankings[1:] {
			var ranks []string
			for _, i := range first.Order {
				ranks = append(ranks, fmt.Sprint(r.Ranks[i]))
			}
			ag := s.agreement[k] // the pair (ahp, r)
			fmt.Fprintf(&md, "| %s | %s | %s | %.3f | %.3f | %.3f | %.3f |\n", r.Method, better(r.HigherIsBetter), strings.Join(ranks, " "),
				ag.Spearman, ag.WeightedSpearman, ag.WS, ag.Kendall)
		}
		fmt.Fprintln(&md)
	}
	fmt.Fprintf(&md, "## Appendix C: robustness to the weights\n\n")
	for _, s := range []*setRobustness{a.futureRobust, a.recRobust} {
		if s != nil {
			if err := writeRobustnessReport(&md, dir, s, addChart); err != nil {
				return nil, err
			}
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "report.md"), []byte(md.String()), 0o644); err != nil {
		return nil, err
	}
	return append([]string{"report.md"}, files...), nil
}
