package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/balancer-mcda/balancer/mcda/robust"
)

// parseScenarios reads -reversal's value: all, or a comma-separated list
// of add-copy, add-dominated and remove.
func parseScenarios(s string) ([]robust.Scenario, error) {
	if s == "all" {
		return nil, nil
	}
	var out []robust.Scenario
	for _, f := range strings.Split(s, ",") {
		var sc robust.Scenario
		if err := sc.UnmarshalText([]byte(strings.ReplaceAll(strings.TrimSpace(f), "-", " "))); err != nil {
			return nil, fmt.Errorf("-reversal %q: %q: want all, or a list of add-copy, add-dominated and remove", s, f)
		}
		for _, prev := range out {
			if prev == sc {
				return nil, fmt.Errorf("-reversal %q: %s listed twice", s, f)
			}
		}
		out = append(out, sc)
	}
	return out, nil
}

// writeReversal writes the rank reversal report: a summary, then one line
// per case that changed anything.
func (rep *report) writeReversal(w io.Writer, section func(string)) {
	r := rep.reversal
	names := rep.matrix.Alternatives()
	section(fmt.Sprintf("rank reversal of %s (alternatives added or removed; robust.RankReversal)", r.Method))
	first := 0
	for k := range r.Cases {
		if r.Cases[k].FirstChanged {
			first++
		}
	}
	fmt.Fprintf(w, "%d cases, %d strict reversals of pairs, first place lost in %d\n", len(r.Cases), r.Reversals(), first)
	var t table
	t.add("scenario", "alternative", "reversals", "other changes", "first place")
	quiet := 0
	for k := range r.Cases {
		c := &r.Cases[k]
		if len(c.Changes) == 0 && !c.FirstChanged {
			quiet++
			continue
		}
		alt := "-"
		if c.Alternative >= 0 {
			alt = printable(names[c.Alternative])
		}
		kept := "kept"
		if c.FirstChanged {
			kept = "lost"
		}
		rev := c.Reversals()
		t.add(c.Scenario.String(), alt, strconv.Itoa(rev), strconv.Itoa(len(c.Changes)-rev), kept)
	}
	if quiet < len(r.Cases) {
		fmt.Fprintln(w)
		t.write(w)
	}
	if quiet > 0 {
		fmt.Fprintf(w, "\n%d cases change no pair and keep the first place\n", quiet)
	}
}

// writeMinimumChange writes, for each alternative not first, the smallest
// change of the weights that lets it catch up with the first.
func (rep *report) writeMinimumChange(w io.Writer, section func(string)) {
	first := rep.rankings[0]
	leader := first.Alternatives[first.Order[0]]
	section(fmt.Sprintf("smallest weight change to catch up with %s (total |Δw|; robust.MinimumChange)", printable(leader)))
	crit := rep.matrix.Criteria()
	var t table
	head := []string{"alternative", "change"}
	for _, c := range crit {
		head = append(head, printable(c.Name))
	}
	t.add(head...)
	for _, c := range rep.challengers {
		row := []string{printable(c.Name)}
		if c.Weights == nil {
			row = append(row, "none")
			for range crit {
				row = append(row, "-")
			}
		} else {
			row = append(row, f3(c.Change))
			for _, v := range c.Weights {
				row = append(row, f3(v))
			}
		}
		t.add(row...)
	}
	t.write(w)
	fmt.Fprintln(w, "\nchange: Σ|w' − w| of the normalized weights (at most 2); the columns are the weights w' that attain it")
}

// writeNormalized writes the normalized decision matrix, one row per
// alternative in input order.
func (rep *report) writeNormalized(w io.Writer, section func(string)) {
	n := rep.normalized
	section(fmt.Sprintf("normalized values (%s; larger is better on every criterion)", n.Normalization))
	var t table
	head := []string{"alternative"}
	for _, c := range n.Criteria {
		head = append(head, printable(c))
	}
	t.add(head...)
	for i, row := range n.Values {
		cells := []string{printable(n.Alternatives[i])}
		for _, v := range row {
			cells = append(cells, strconv.FormatFloat(v, 'g', 6, 64))
		}
		t.add(cells...)
	}
	t.write(w)
}
