// Command sco analyses balancer's reference dataset: the AHP model of the
// policy document on Russia's strategy towards China within the Shanghai
// Cooperation Organization (package strategy).
//
// Usage:
//
//	go run ./examples/sco [-json] [-out DIR] [-weights FILE] [-export futures|recommendations]
//
// It prints, in order: the criteria tree with local and global weights and
// the consistency ratio of every node; the three futures ranked by AHP
// synthesis and by TOPSIS on the same weights, beside the document's own
// verdict; the seven recommendations ranked by every method of the library
// with the rank agreement between the methods; and, for the first future
// and the first recommendation, the criteria that carry them with the
// rationales behind their ratings.
//
// -json prints all of it as one JSON document, rankings in the result shape
// of examples/rank ({"method", "results": [{"alternative", "score",
// "rank"}]}) and each node's consistency ratio as "cr". -out DIR also
// writes DIR/report.md with bar charts of the criteria weights and of
// every ranking, as PNG and SVG. -weights FILE replaces the reference
// judgments between criteria by the user's own, given as
// {"judgments": {"node": [["a", "b", 3], ...], ...}} keyed by the goal or a
// criterion with sub-criteria. -export SET prints instead the decision
// problem the model implies for one set of alternatives (ratings on the
// leaf criteria, weighted by the leaves' global weights) in the problem
// format of examples/rank, so that any method can rank it there. Bad input
// exits with status 2 and one line on standard error.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the program; it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("sco", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "print one JSON document instead of text")
	out := fs.String("out", "", "also write a Markdown report with charts into this folder")
	weights := fs.String("weights", "", "JSON file of criteria judgments replacing the reference ones")
	export := fs.String("export", "", "print the decision problem of one set (futures or recommendations) for examples/rank")
	fail := func(err error) int {
		fmt.Fprintf(stderr, "sco: %s\n", strings.Join(strings.Fields(err.Error()), " "))
		return 2
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "usage: sco [-json] [-out DIR] [-weights FILE]")
			fs.SetOutput(stderr)
			fs.PrintDefaults()
			return 0
		}
		return fail(err)
	}
	if fs.NArg() > 0 {
		return fail(fmt.Errorf("unexpected argument %q", fs.Arg(0)))
	}
	a, err := analyse(*weights)
	if err != nil {
		return fail(err)
	}
	if *export != "" {
		var r *ahp.Result
		switch *export {
		case "futures":
			r = a.futures
		case "recommendations":
			r = a.recommendations
		default:
			return fail(fmt.Errorf("-export %q: want futures or recommendations", *export))
		}
		dm, err := r.DecisionMatrix()
		if err == nil {
			err = mcda.WriteJSON(stdout, dm)
		}
		if err != nil {
			return fail(err)
		}
		return 0
	}
	if *out != "" {
		if err := writeReport(*out, a); err != nil {
			return fail(err)
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(a.document()); err != nil {
			return fail(err)
		}
		return 0
	}
	if err := writeText(stdout, a); err != nil {
		return fail(err)
	}
	return 0
}
