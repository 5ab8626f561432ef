package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/balancer-mcda/balancer/mcda/ahp"
)

// isGroup reports whether a JSON document holds a group's judgments: an
// object with a "members" key.
func isGroup(data []byte) bool {
	var top map[string]json.RawMessage
	if json.Unmarshal(data, &top) != nil {
		return false
	}
	_, ok := top["members"]
	return ok
}

// groupDoc is the JSON form of a group: the items, then each member's
// judgments or matrix in the form ahp.ReadJSON reads.
type groupDoc struct {
	Items   json.RawMessage `json:"items"`
	Members []struct {
		Name      string          `json:"name"`
		Weight    *float64        `json:"weight"`
		Judgments json.RawMessage `json:"judgments"`
		Matrix    json.RawMessage `json:"matrix"`
	} `json:"members"`
}

// group is a group's matrices, read.
type group struct {
	names   []string
	weights []float64 // nil: equal
	ms      []*ahp.Matrix
}

// readGroup reads a group document strictly. Each member's matrix is read
// by ahp.ReadJSON, so its errors are those of a single matrix, prefixed
// with the member.
func readGroup(data []byte) (*group, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var doc groupDoc
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("data after the document")
	}
	if len(doc.Members) == 0 {
		return nil, errors.New(`"members": want at least one member`)
	}
	g := &group{}
	weighted := doc.Members[0].Weight != nil
	seen := map[string]int{}
	for k, mb := range doc.Members {
		what := fmt.Sprintf("members[%d] (%q)", k, mb.Name)
		if mb.Name == "" {
			return nil, fmt.Errorf("members[%d]: want a \"name\"", k)
		}
		if prev, dup := seen[mb.Name]; dup {
			return nil, fmt.Errorf("%s: the name of members[%d]", what, prev)
		}
		seen[mb.Name] = k
		if (mb.Weight != nil) != weighted {
			return nil, fmt.Errorf("%s: a \"weight\" on every member or on none", what)
		}
		one := map[string]json.RawMessage{"items": doc.Items}
		if mb.Judgments != nil {
			one["judgments"] = mb.Judgments
		}
		if mb.Matrix != nil {
			one["matrix"] = mb.Matrix
		}
		raw, err := json.Marshal(one)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", what, err)
		}
		m, err := ahp.ReadJSON(bytes.NewReader(raw), ahp.Scale{})
		if err != nil {
			return nil, fmt.Errorf("%s: %s", what, strings.TrimPrefix(err.Error(), "ahp: "))
		}
		g.names = append(g.names, mb.Name)
		g.ms = append(g.ms, m)
		if weighted {
			g.weights = append(g.weights, *mb.Weight)
		}
	}
	return g, nil
}

// groupMember is one member in the -json output of a group.
type groupMember struct {
	Name        string          `json:"name"`
	Weight      float64         `json:"weight"` // normalized
	Priorities  []priority      `json:"priorities"`
	Consistency ahp.Consistency `json:"consistency"`
	// Compatibility is GCOMPI, the member's distance from the group's
	// priorities (ahp.GroupConsistency).
	Compatibility float64 `json:"compatibility"`
}

// groupReport is the -json output of a group.
type groupReport struct {
	Method ahp.PriorityMethod `json:"method"`
	Mean   ahp.Mean           `json:"mean"`
	// AIJ is the aggregation of individual judgments: the priorities of
	// the members' weighted geometric mean matrix, and its consistency.
	AIJ report `json:"aij"`
	// AIP is the aggregation of individual priorities with Mean.
	AIP []priority `json:"aip"`
	// Group is ahp.MeasureGroup's result: GCI of the AIJ matrix and each
	// member's compatibility with the group (row geometric mean).
	Group   ahp.GroupConsistency `json:"group"`
	Members []groupMember        `json:"members"`
}

// evaluateGroup computes the group report: AIJ, AIP and the group's
// consistency.
func evaluateGroup(ctx context.Context, g *group, s ahp.Solver, mean ahp.Mean, table ahp.RandomIndexTable) (*groupReport, error) {
	n := g.ms[0].Len()
	if _, err := table.RI(n); err != nil {
		return nil, err
	}
	consistency := func(m *ahp.Matrix) (ahp.Consistency, error) {
		if !m.Complete() {
			c, err := s.OptimalCompletion(ctx, m)
			if err != nil {
				return ahp.Consistency{}, err
			}
			m = c
		}
		return s.Consistency(m, table)
	}
	aij, err := ahp.AggregateJudgments(g.ms, g.weights)
	if err != nil {
		return nil, err
	}
	rep := &groupReport{Method: s.Method, Mean: mean}
	rep.AIJ.Method = s.Method
	rep.AIJ.Priorities = priorities(aij.Items(), s.Priorities(nil, aij))
	if rep.AIJ.Consistency, err = consistency(aij); err != nil {
		return nil, fmt.Errorf("the group's matrix: %w", err)
	}
	ps := make([][]float64, len(g.ms))
	alpha := make([]float64, len(g.ms))
	var total float64
	for k := range g.ms {
		ps[k] = s.Priorities(nil, g.ms[k])
		alpha[k] = 1
		if g.weights != nil {
			alpha[k] = g.weights[k]
		}
		total += alpha[k]
	}
	aip, err := ahp.AggregatePriorities(ps, g.weights, mean)
	if err != nil {
		return nil, err
	}
	rep.AIP = priorities(aij.Items(), aip)
	if rep.Group, err = ahp.MeasureGroup(g.ms, g.weights); err != nil {
		return nil, err
	}
	for k, m := range g.ms {
		c, err := consistency(m)
		if err != nil {
			return nil, fmt.Errorf("member %q: %w", g.names[k], err)
		}
		rep.Members = append(rep.Members, groupMember{Name: g.names[k], Weight: alpha[k] / total,
			Priorities: priorities(m.Items(), ps[k]), Consistency: c, Compatibility: rep.Group.Members[k]})
	}
	return rep, nil
}

func priorities(items []string, w []float64) []priority {
	out := make([]priority, len(items))
	for i, item := range items {
		out[i] = priority{Item: item, Priority: w[i]}
	}
	return out
}

// writeGroupText prints the group's priorities, AIJ and AIP side by side
// best first by AIJ, the AIJ matrix's consistency, and each member's
// weight, CR and compatibility with the group.
func writeGroupText(w io.Writer, rep *groupReport) {
	order := make([]int, len(rep.AIJ.Priorities))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return rep.AIJ.Priorities[order[a]].Priority > rep.AIJ.Priorities[order[b]].Priority
	})
	fmt.Fprintf(w, "group of %d: AIJ (weighted geometric mean of the judgments) and AIP (%v mean of the priorities), %v priorities\n\n",
		len(rep.Members), rep.Mean, rep.Method)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "rank\titem\tAIJ\tAIP")
	for k, i := range order {
		fmt.Fprintf(tw, "%d\t%s\t%.4f\t%.4f\n", k+1, rep.AIJ.Priorities[i].Item, rep.AIJ.Priorities[i].Priority, rep.AIP[i].Priority)
	}
	tw.Flush()
	c := rep.AIJ.Consistency
	fmt.Fprintf(w, "\ngroup matrix (AIJ): CR %.4f (%v), GCI %.4f\n", c.CR, c.Table, rep.Group.GCI)
	if c.CR >= crThreshold {
		fmt.Fprintf(w, "warning: the group matrix's CR %.4f >= %.1f\n", c.CR, crThreshold)
	}
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "member\tweight\tCR\tGCOMPI (distance from the group)")
	for _, m := range rep.Members {
		fmt.Fprintf(tw, "%s\t%.4f\t%.4f\t%.4f\n", m.Name, m.Weight, m.Consistency.CR, m.Compatibility)
	}
	tw.Flush()
	fmt.Fprintf(w, "\nGCOMPI: weighted mean %.4f, largest %.4f (%s); GCOMPI is Escobar, Aguarón & Moreno-Jiménez's (2015) compatibility index\n",
		rep.Group.Mean, rep.Group.Max, rep.Members[rep.Group.Worst].Name)
}
