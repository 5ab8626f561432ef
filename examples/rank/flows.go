package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/balancer-mcda/balancer/mcda"
)

// flowsOutput is PROMETHEE's flows and its PROMETHEE I partial preorder,
// for -flows.
type flowsOutput struct {
	Alternatives []string    `json:"alternatives"`
	Positive     []float64   `json:"positive"`
	Negative     []float64   `json:"negative"`
	Net          []float64   `json:"net"`
	Preferred    [][2]string `json:"preferred"`    // a preferred to b
	Indifferent  [][2]string `json:"indifferent"`  // unordered, a before b in input order
	Incomparable [][2]string `json:"incomparable"` // unordered, a before b in input order
}

// promethee1 computes the flows of m with the preference functions of opt
// and the PROMETHEE I relation of every pair, refusing more than
// opt.MaxPairs pairs.
func promethee1(m *mcda.DecisionMatrix, opt mcda.MethodOptions) (*flowsOutput, error) {
	rows, _ := m.Dims()
	if err := mcda.CheckPairs("promethee i", rows, opt.MaxPairs, 24, "rank by the net flow alone (promethee, without -flows)"); err != nil {
		return nil, err
	}
	pr := mcda.PROMETHEE{Preferences: opt.Preferences, MaxPairs: opt.MaxPairs, Workers: opt.Workers}
	res, err := pr.Flows(context.Background(), m)
	if err != nil {
		return nil, err
	}
	names := m.Alternatives()
	out := &flowsOutput{Alternatives: names, Positive: res.PositiveFlow, Negative: res.NegativeFlow, Net: res.NetFlow,
		Preferred: [][2]string{}, Indifferent: [][2]string{}, Incomparable: [][2]string{}}
	for a := range rows {
		for b := a + 1; b < rows; b++ {
			switch res.Compare(a, b) {
			case mcda.PROMETHEEPreferred:
				out.Preferred = append(out.Preferred, [2]string{names[a], names[b]})
			case mcda.PROMETHEEWorse:
				out.Preferred = append(out.Preferred, [2]string{names[b], names[a]})
			case mcda.PROMETHEEIndifferent:
				out.Indifferent = append(out.Indifferent, [2]string{names[a], names[b]})
			default:
				out.Incomparable = append(out.Incomparable, [2]string{names[a], names[b]})
			}
		}
	}
	return out, nil
}

// writeFlows writes the flows best first by the net flow, then the
// PROMETHEE I preorder: what each alternative is preferred to, and the
// pairs it leaves indifferent or incomparable.
func (rep *report) writeFlows(w io.Writer, section func(string)) {
	f := rep.flows
	section("promethee flows: φ⁺ leaving (higher is better), φ⁻ entering (lower is better), φ net")
	order := make([]int, len(f.Net))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case f.Net[a] > f.Net[b]:
			return -1
		case f.Net[a] < f.Net[b]:
			return 1
		}
		return 0
	})
	f4 := func(x float64) string { return strconv.FormatFloat(x, 'f', 4, 64) }
	preferredTo := map[string][]string{}
	for _, p := range f.Preferred {
		preferredTo[p[0]] = append(preferredTo[p[0]], printable(p[1]))
	}
	var t table
	t.add("alternative", "φ⁺", "φ⁻", "φ")
	for _, i := range order {
		t.add(printable(f.Alternatives[i]), f4(f.Positive[i]), f4(f.Negative[i]), f4(f.Net[i]))
	}
	t.write(w)
	fmt.Fprintln(w, "\nPROMETHEE I (a is preferred to b when it is at least as good on both flows and better on one):")
	none := true
	for _, i := range order {
		if to := preferredTo[f.Alternatives[i]]; len(to) > 0 {
			fmt.Fprintf(w, "- %s is preferred to %s\n", printable(f.Alternatives[i]), strings.Join(to, ", "))
			none = false
		}
	}
	if none {
		fmt.Fprintln(w, "- no alternative is preferred to another")
	}
	pairs := func(what string, ps [][2]string) {
		if len(ps) == 0 {
			fmt.Fprintf(w, "%s: none\n", what)
			return
		}
		var s []string
		for _, p := range ps {
			s = append(s, printable(p[0])+" and "+printable(p[1]))
		}
		fmt.Fprintf(w, "%s: %s\n", what, strings.Join(s, "; "))
	}
	fmt.Fprintln(w)
	pairs("incomparable (the two flows disagree)", f.Incomparable)
	pairs("indifferent (equal flows)", f.Indifferent)
}
