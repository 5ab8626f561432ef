// Command weights derives criteria weights from a decision-maker's
// judgments of importance: the Best-Worst Method (mcda.BWM) or rank-order
// weights (mcda.RankSumWeights, mcda.RankReciprocalWeights,
// mcda.RankOrderCentroidWeights). Weights computed from the data of a
// decision matrix (entropy, CRITIC, …) come from rank -weighting.
//
// Usage:
//
//	go run ./examples/weights [-method bwm|roc|rs|rr] [-json] [FILE | -]
//
// FILE (standard input for "-" or no FILE) is a JSON document listing the
// criteria with the judgments the method needs:
//
//	{"criteria": [
//	   {"name": "quality", "best_to": 2, "to_worst": 4, "rank": 2},
//	   {"name": "price",   "best_to": 1, "to_worst": 8, "rank": 1},
//	   {"name": "style",   "best_to": 8, "to_worst": 1, "rank": 3}],
//	 "best": "price", "worst": "style"}
//
// bwm (the default) reads "best" and "worst", the most and least important
// criteria, and for every criterion "best_to", how much more important the
// best criterion is than it, and "to_worst", how much more important it is
// than the worst, on Saaty's 1–9 scale (Rezaei 2015); it prints the weights
// of the linear model (Rezaei 2016) with ξ^L, the consistency index and
// the consistency ratio. roc (rank-order centroid, Barron & Barrett 1996),
// rs (rank sum, Stillwell et al. 1981) and rr (rank reciprocal) read every
// criterion's "rank", 1 the most important, ties as competition ranks
// (1, 1, 3). Keys a method does not use may be present, so one file serves
// every method; unknown keys are errors.
//
// Flags:
//
//	-method M  bwm (default), roc, rs or rr
//	-json      print {"method", "weights": [{"criterion", "weight"}, ...]},
//	           with "xi", "consistency_index" and "consistency_ratio" for bwm
//	-version   print the version and exit
//
// Bad input exits with status 2 and one line on standard error naming the
// field or criterion.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"text/tabwriter"

	"github.com/balancer-mcda/balancer/examples/internal/cli"
	"github.com/balancer-mcda/balancer/mcda"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// maxDocument is the size of the largest document read, 1 MiB: a few
// thousand criteria.
const maxDocument = 1 << 20

// document is the JSON input.
type document struct {
	Criteria []struct {
		Name    string   `json:"name"`
		BestTo  *float64 `json:"best_to"`
		ToWorst *float64 `json:"to_worst"`
		Rank    *int     `json:"rank"`
	} `json:"criteria"`
	Best  string `json:"best"`
	Worst string `json:"worst"`
}

// weight is one criterion's weight in the -json output.
type weight struct {
	Criterion string  `json:"criterion"`
	Weight    float64 `json:"weight"`
}

// output is the -json document.
type output struct {
	Method           string   `json:"method"`
	Weights          []weight `json:"weights"`
	Xi               *float64 `json:"xi,omitempty"`
	ConsistencyIndex *float64 `json:"consistency_index,omitempty"`
	ConsistencyRatio *float64 `json:"consistency_ratio,omitempty"`
}

func run(_ context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := &cli.Command{Name: "weights", Usage: "usage: weights [-method bwm|roc|rs|rr] [-json] [-version] [FILE | -]", Stdout: stdout, Stderr: stderr}
	fs := flag.NewFlagSet("weights", flag.ContinueOnError)
	method := fs.String("method", "bwm", "bwm (Best-Worst Method), roc (rank-order centroid), rs (rank sum) or rr (rank reciprocal)")
	asJSON := fs.Bool("json", false, "print JSON")
	file, status, ok := cmd.Parse(fs, args)
	if !ok {
		return status
	}
	rankWeights := map[string]func([]int) ([]float64, error){
		"roc": mcda.RankOrderCentroidWeights, "rs": mcda.RankSumWeights, "rr": mcda.RankReciprocalWeights,
	}
	if _, ok := rankWeights[*method]; !ok && *method != "bwm" {
		return cmd.Fail("-method %q: want bwm, roc, rs or rr", *method)
	}
	name, data, status, ok := cmd.ReadAll(file, stdin, maxDocument)
	if !ok {
		return status
	}
	doc, err := readDocument(data)
	if err != nil {
		return cmd.Fail("%s: %v", name, err)
	}
	names := make([]string, len(doc.Criteria))
	for j, c := range doc.Criteria {
		names[j] = c.Name
	}
	out := output{Method: *method}
	if f := rankWeights[*method]; f != nil {
		ranks := make([]int, len(doc.Criteria))
		for j, c := range doc.Criteria {
			if c.Rank == nil {
				return cmd.Fail("%s: criteria[%d] (%q): no \"rank\", which -method %s needs", name, j, c.Name, *method)
			}
			ranks[j] = *c.Rank
		}
		w, err := f(ranks)
		if err != nil {
			return cmd.Fail("%s: %v", name, criterionNamed(err, names))
		}
		out.Weights = weights(names, w)
	} else {
		p, err := bwmProblem(doc, names)
		if err != nil {
			return cmd.Fail("%s: %v", name, err)
		}
		res, err := p.Solve()
		if err != nil {
			return cmd.Fail("%s: %v", name, criterionNamed(err, names))
		}
		out.Weights = weights(names, res.Weights)
		out.Xi, out.ConsistencyIndex, out.ConsistencyRatio = &res.Xi, &res.ConsistencyIndex, &res.ConsistencyRatio
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return cmd.Output(enc.Encode(out))
	}
	return cmd.Output(writeText(stdout, out))
}

// readDocument reads the JSON input strictly.
func readDocument(data []byte) (*document, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var doc document
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, errors.New("data after the document")
	}
	if len(doc.Criteria) == 0 {
		return nil, errors.New(`no "criteria"`)
	}
	return &doc, nil
}

// bwmProblem builds the BWM problem of doc.
func bwmProblem(doc *document, names []string) (*mcda.BWM, error) {
	p := &mcda.BWM{Criteria: names, Best: -1, Worst: -1}
	for j, c := range doc.Criteria {
		if c.BestTo == nil || c.ToWorst == nil {
			return nil, fmt.Errorf("criteria[%d] (%q): want \"best_to\" and \"to_worst\", which -method bwm needs", j, c.Name)
		}
		p.BestToOthers = append(p.BestToOthers, *c.BestTo)
		p.OthersToWorst = append(p.OthersToWorst, *c.ToWorst)
		if c.Name == doc.Best && p.Best < 0 {
			p.Best = j
		}
		if c.Name == doc.Worst && p.Worst < 0 {
			p.Worst = j
		}
	}
	if p.Best < 0 {
		return nil, fmt.Errorf("\"best\": %q is not a criterion", doc.Best)
	}
	if p.Worst < 0 {
		return nil, fmt.Errorf("\"worst\": %q is not a criterion", doc.Worst)
	}
	return p, nil
}

// criterionNamed adds the criterion's name to a *mcda.CriterionError that
// gives only its index.
func criterionNamed(err error, names []string) error {
	var ce *mcda.CriterionError
	if errors.As(err, &ce) && ce.Name == "" && ce.Index >= 0 && ce.Index < len(names) {
		ce.Name = names[ce.Index]
	}
	return err
}

func weights(names []string, w []float64) []weight {
	out := make([]weight, len(w))
	for j := range w {
		out[j] = weight{names[j], w[j]}
	}
	return out
}

// writeText prints the weights as a table, then BWM's consistency.
func writeText(w io.Writer, out output) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "criterion\tweight\n")
	for _, x := range out.Weights {
		fmt.Fprintf(tw, "%s\t%s\n", x.Criterion, strconv.FormatFloat(x.Weight, 'f', 4, 64))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if out.Xi != nil {
		_, err := fmt.Fprintf(w, "\nξ^L = %.4f, consistency index %.2f, consistency ratio %.4f (0: fully consistent)\n",
			*out.Xi, *out.ConsistencyIndex, *out.ConsistencyRatio)
		return err
	}
	return nil
}
