package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/balancer-mcda/balancer/mcda/robust"
)

func printSensitivity(w io.Writer, ss []robust.CriterionSensitivity) {
	fmt.Fprintln(w, "\nweight sensitivity (one criterion's weight moves, the others keep their proportions):")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "criterion\tweight\tleader stays first\tranking holds\tbreakpoints")
	for _, s := range ss {
		var bps []string
		for _, b := range s.Breakpoints {
			bps = append(bps, fmt.Sprintf("%.4f", b.Weight))
		}
		fmt.Fprintf(tw, "%s\t%.4f\t[%.4f, %.4f]\t[%.4f, %.4f]\t%s\n", s.Criterion, s.Weight,
			s.FirstStable.Lo, s.FirstStable.Hi, s.RankingStable.Lo, s.RankingStable.Hi, strings.Join(bps, " "))
	}
	tw.Flush()
}

func printSMAA(w io.Writer, res *robust.SMAAResult, space string) {
	fmt.Fprintf(w, "\nSMAA-2, %d samples, %s: rank acceptabilities\n", res.Samples, space)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "alternative\t")
	for k := range res.Alternatives {
		fmt.Fprintf(tw, "rank %d\t", k+1)
	}
	fmt.Fprintln(tw, "confidence\t")
	for i, a := range res.Alternatives {
		fmt.Fprintf(tw, "%s\t", a)
		for _, b := range res.Acceptability[i] {
			fmt.Fprintf(tw, "%.3f\t", b)
		}
		c := "-"
		if res.Confidence != nil {
			c = fmt.Sprintf("%.3f", res.Confidence[i])
		}
		fmt.Fprintf(tw, "%s\t\n", c)
	}
	tw.Flush()
}
