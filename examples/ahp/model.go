package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/balancer-mcda/balancer/mcda/ahp"
)

// isModel reports whether a JSON document is a hierarchy: an object with a
// "goal" key. Anything else is left to the matrix reader and its errors.
func isModel(data []byte) bool {
	var top map[string]json.RawMessage
	if json.Unmarshal(data, &top) != nil {
		return false
	}
	_, ok := top["goal"]
	return ok
}

type globalEntry struct {
	Alternative string  `json:"alternative"`
	Weight      float64 `json:"weight"`
	Rank        int     `json:"rank"`
}

type nodeEntry struct {
	Node         string     `json:"node"`
	CR           float64    `json:"cr"`
	Local        []priority `json:"local"`
	Parent       string     `json:"parent,omitempty"`
	GlobalWeight float64    `json:"global_weight"`
	Rated        bool       `json:"rated,omitempty"`
}

// modelReport is the -json output for a hierarchy; the order of the first
// three fields is part of the contract.
type modelReport struct {
	Method           string        `json:"method"`
	Global           []globalEntry `json:"global"`
	Nodes            []nodeEntry   `json:"nodes"`
	Mode             string        `json:"mode"`
	RandomIndexTable string        `json:"random_index_table"`
}

func writeModelJSON(w io.Writer, r *ahp.Result) error {
	rep := modelReport{
		Method:           r.Options.Method.String(),
		Mode:             r.Options.Mode.String(),
		RandomIndexTable: r.Options.RandomIndex.String(),
	}
	for i, a := range r.Alternatives {
		rep.Global = append(rep.Global, globalEntry{a, r.Global[i], r.Ranks[i]})
	}
	for _, n := range r.Nodes {
		e := nodeEntry{Node: n.Name, Parent: n.Parent, GlobalWeight: n.Global, Rated: n.Consistency == nil}
		if n.Consistency != nil {
			e.CR = n.Consistency.CR
		}
		for k, item := range n.Items {
			e.Local = append(e.Local, priority{item, n.Priorities[k]})
		}
		rep.Nodes = append(rep.Nodes, e)
	}
	return json.NewEncoder(w).Encode(rep)
}

func writeModelText(ctx context.Context, w, stderr io.Writer, r *ahp.Result) {
	r.WriteTree(w)
	fmt.Fprintf(w, "\n%s priorities, %s synthesis, CR by the %s random index\n\n", r.Options.Method, r.Options.Mode, r.Options.RandomIndex)
	width := len("alternative")
	for _, a := range r.Alternatives {
		width = max(width, len([]rune(a)))
	}
	fmt.Fprintf(w, "%4s  %-*s  %s\n", "rank", width, "alternative", "weight")
	for _, i := range r.Order {
		fmt.Fprintf(w, "%4d  %-*s  %.4f\n", r.Ranks[i], width, r.Alternatives[i], r.Global[i])
	}
	for _, n := range r.Nodes {
		if n.Consistency != nil && n.Consistency.CR >= crThreshold {
			fmt.Fprintf(w, "\nnode %q: CR %.4f >= %.1f\n", n.Name, n.Consistency.CR, crThreshold)
			writeSuggestion(ctx, w, stderr, fmt.Sprintf("node %q", n.Name), n.Matrix, r.Options.Method, r.Options.RandomIndex, "  ")
		}
	}
}
