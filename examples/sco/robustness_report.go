package main

import (
	"fmt"
	"math"
	"strings"

	"github.com/balancer-mcda/balancer/examples/internal/chart"
)

// writeRobustnessReport appends the robustness sections of one set to md
// and writes their charts into dir.
func writeRobustnessReport(md *strings.Builder, dir string, s *setRobustness, addChart func(name string, draw func(base string) error) error) error {
	first := s.names[s.first]
	fmt.Fprintf(md, "### How robust is %q (first of the %s)\n\n", first, s.set)
	fmt.Fprintf(md, "The AHP synthesis is a weighted sum of the leaves' local priorities: WSM with %v normalization on the %d leaf criteria, "+
		"weighted by their global weights, reproduces it (largest difference %.0e), so the breakpoints and changes below are exact.\n\n",
		s.method.Normalization, len(s.criteria), s.maxDiff)

	fmt.Fprintf(md, "#### Each leaf's weight moved alone\n\nThe other leaves keep their proportions. Intervals are of the leaf's global weight.\n\n")
	fmt.Fprintf(md, "| criterion | weight | %s stays first | ranking holds | nearest breakpoint | what changes there |\n", first)
	fmt.Fprintf(md, "| --- | ---: | --- | --- | ---: | --- |\n")
	for _, cs := range s.sensitivity {
		bw, what := "none", ""
		if b := nearestBreakpoint(cs); b != nil {
			bw, what = fmt.Sprintf("%.3f", b.Weight), describeBreakpoint(s.names, cs, b)
		}
		fmt.Fprintf(md, "| %s | %.3f | %s | %s | %s | %s |\n", cs.Criterion, cs.Weight, interval(cs.FirstStable), interval(cs.RankingStable), bw, what)
	}
	fmt.Fprintf(md, "\n%s\n\n", s.firstStableSummary())
	for _, j := range s.key {
		cs := s.sensitivity[j]
		name := fmt.Sprintf("sensitivity-%s-%s", s.set, chart.Slug(cs.Criterion))
		title := fmt.Sprintf("%s vs the weight of %s", strings.ToUpper(s.set[:1])+s.set[1:], cs.Criterion)
		c := &chart.Sensitivity{Title: title, XLabel: "global weight of " + cs.Criterion, YLabel: "AHP priority", Names: s.names,
			Weights: cs.Curve.Weights, Scores: cs.Curve.Scores, Weight: cs.Weight, Lost: [2]float64{cs.FirstStable.Lo, cs.FirstStable.Hi}}
		if err := addChart(name, c.Write); err != nil {
			return err
		}
		fmt.Fprintf(md, "![%s](%s.png)\n\n", title, name)
	}

	fmt.Fprintf(md, "#### Smallest change of all the weights that puts another %s first\n\n", s.noun)
	fmt.Fprintf(md, "| alternative | Σ\\|Δw\\| | weights moved |\n| --- | ---: | --- |\n")
	for _, c := range s.challengers {
		if math.IsInf(c.Change, 1) {
			fmt.Fprintf(md, "| %s | never | worse on every leaf |\n", c.Name)
			continue
		}
		fmt.Fprintf(md, "| %s | %.3f | %s |\n", c.Name, c.Change, describeMoves(s.moves(c)))
	}
	fmt.Fprintf(md, "\nΣ|Δw| is the total absolute change of the %d leaf weights, which stay non-negative and sum to 1, "+
		"after which the alternative scores as much as %s. %s\n\n", len(s.criteria), first, s.minimumChangeSummary())

	for _, run := range s.smaa {
		res := run.result
		fmt.Fprintf(md, "#### SMAA-2 rank acceptability, %s\n\n", run.title)
		fmt.Fprintf(md, "%d samples, seed %d. Weights: %s. b_r is the share of the samples in which the alternative ranks r-th "+
			"(standard error at most %.3f); the confidence factor is 1 when it is first at its central weights.\n\n",
			res.Samples, run.seed, run.description, 0.5/math.Sqrt(float64(res.Samples)))
		fmt.Fprintf(md, "| alternative |")
		for k := range s.names {
			fmt.Fprintf(md, " b%d |", k+1)
		}
		fmt.Fprintf(md, " confidence | central weights above the mean |\n| --- |%s ---: | --- |\n", strings.Repeat(" ---: |", len(s.names)))
		order := s.acceptabilityOrder(run)
		for _, i := range order {
			fmt.Fprintf(md, "| %s |", s.names[i])
			for _, b := range res.Acceptability[i] {
				fmt.Fprintf(md, " %s |", share(b))
			}
			conf := "-"
			if res.Confidence != nil {
				conf = fmt.Sprintf("%.2f", res.Confidence[i])
			}
			fmt.Fprintf(md, " %s | %s |\n", conf, run.centralSummary(s.criteria, i, centralLeaves))
		}
		name := fmt.Sprintf("acceptability-%s-%s", s.set, strings.ReplaceAll(run.space, "_", "-"))
		title := fmt.Sprintf("Rank acceptability of the %s, %s", s.set, run.title)
		c := &chart.Acceptability{Title: title, Names: s.names, Order: s.order, Acceptability: res.Acceptability}
		if err := addChart(name, c.Write); err != nil {
			return err
		}
		fmt.Fprintf(md, "\n![%s](%s.png)\n\n", title, name)
	}
	return nil
}
