package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

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

func writeModelJSON(w io.Writer, r *ahp.Result) int {
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
			e.Local = append(e.Local, priority{item, n.Weights[k]})
		}
		rep.Nodes = append(rep.Nodes, e)
	}
	if err := json.NewEncoder(w).Encode(rep); err != nil {
		return 1
	}
	return 0
}

func writeModelText(w io.Writer, r *ahp.Result) {
	// The criteria tree; alternatives' local weights are left to the
	// ranking below.
	width := 0
	for _, n := range r.Nodes {
		width = max(width, 2*n.Depth+len([]rune(n.Name)))
	}
	fmt.Fprintf(w, "%-*s  %6s  %6s  %s\n", width, "criterion", "local", "global", "CR")
	for _, n := range r.Nodes {
		label := strings.Repeat("  ", n.Depth) + n.Name
		pad := width - len([]rune(label))
		cr := "rated"
		if n.Consistency != nil {
			cr = fmt.Sprintf("%.3f", n.Consistency.CR)
			if n.Consistency.CR >= crThreshold {
				cr += " (inconsistent)"
			}
		}
		fmt.Fprintf(w, "%s%s  %6.3f  %6.3f  %s\n", label, strings.Repeat(" ", pad), n.Local, n.Global, cr)
	}
	fmt.Fprintf(w, "\n%s priorities, %s synthesis, CR by the %s random index\n\n", r.Options.Method, r.Options.Mode, r.Options.RandomIndex)
	width = len("alternative")
	for _, a := range r.Alternatives {
		width = max(width, len([]rune(a)))
	}
	fmt.Fprintf(w, "%4s  %-*s  %s\n", "rank", width, "alternative", "weight")
	for _, i := range r.Order {
		fmt.Fprintf(w, "%4d  %-*s  %.4f\n", r.Ranks[i], width, r.Alternatives[i], r.Global[i])
	}
}
