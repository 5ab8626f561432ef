package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

// The JSON of -sensitivity and -smaa, in the vocabulary of examples/rank.

type interval struct {
	Lo float64 `json:"lo"`
	Hi float64 `json:"hi"`
}

type breakpoint struct {
	Weight float64 `json:"weight"`
	A      string  `json:"a"`
	B      string  `json:"b"`
	Before string  `json:"before"`
	After  string  `json:"after"`
	Rank   int     `json:"rank"`
}

type sensitivity struct {
	Criterion     string       `json:"criterion"`
	Weight        float64      `json:"weight"`
	Exact         bool         `json:"exact"`
	Breakpoints   []breakpoint `json:"breakpoints"`
	Truncated     bool         `json:"truncated"`
	Omitted       int          `json:"omitted"`
	FirstStable   interval     `json:"first_stable"`
	RankingStable interval     `json:"ranking_stable"`
}

type smaaRow struct {
	Alternative    string    `json:"alternative"`
	Acceptability  []float64 `json:"acceptability"`
	CentralWeights []float64 `json:"central_weights"`
	Confidence     float64   `json:"confidence"`
}

func sensitivityJSON(ss []robust.CriterionSensitivity, m *mcda.DecisionMatrix) []sensitivity {
	out := make([]sensitivity, len(ss))
	for j, s := range ss {
		out[j] = sensitivity{Criterion: s.Criterion, Weight: s.Weight, Exact: s.Exact, Breakpoints: []breakpoint{},
			Truncated: s.Truncated, Omitted: s.Omitted,
			FirstStable: interval{s.FirstStable.Lo, s.FirstStable.Hi}, RankingStable: interval{s.RankingStable.Lo, s.RankingStable.Hi}}
		for _, b := range s.Breakpoints {
			out[j].Breakpoints = append(out[j].Breakpoints, breakpoint{b.Weight, m.Alternative(b.A), m.Alternative(b.B),
				b.Before.String(), b.After.String(), b.Rank})
		}
	}
	return out
}

func smaaJSON(res *robust.SMAAResult) []smaaRow {
	out := make([]smaaRow, len(res.Alternatives))
	for i, a := range res.Alternatives {
		out[i] = smaaRow{Alternative: a, Acceptability: res.Acceptability[i], CentralWeights: res.CentralWeights[i]}
		if res.Confidence != nil {
			out[i].Confidence = res.Confidence[i]
		}
	}
	return out
}

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

func printSMAA(w io.Writer, res *robust.SMAAResult) {
	fmt.Fprintf(w, "\nSMAA-2, %d samples of weights uniform on the simplex: rank acceptabilities\n", res.Samples)
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
