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

// writeModelJSON writes the result in the JSON form of ahp.Result, the
// vocabulary of package mcda.
func writeModelJSON(w io.Writer, r *ahp.Result) error {
	return json.NewEncoder(w).Encode(r)
}

func writeModelText(ctx context.Context, w, stderr io.Writer, r *ahp.Result) {
	r.WriteText(w)
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
