// Command sco analyses balancer's reference dataset: the AHP model of the
// policy document on Russia's strategy towards China within the Shanghai
// Cooperation Organization (package strategy). The model measures how good
// each alternative is for Russia (desirability), not how likely it is.
//
// Usage:
//
//	go run ./examples/sco [-json] [-out DIR] [-judgments FILE] [-smaa N] [-perturb N] [-seed S] [-readme] [-export futures|recommendations]
//
// It prints, in order: a plain-language summary; the question and what the
// model measures; for the three futures and for the seven recommendations,
// the ranking by AHP synthesis with and without the modeller's criteria
// (Cost) and by TOPSIS, how often the first place survives the rating
// perturbation (a first place that holds in fewer than 80% of them is
// reported as a tie with the runner-up), where the ranking methods
// disagree and what in the data makes them, and what carries the first
// (each leaf's part in its lead over the set's average, with the rationale
// and the key phrase of the document it rests on; ratings where the
// document is silent are left out); for the recommendations, which
// objective each serves; the document's own preferences and whether the
// model reproduces each under AHP synthesis, every ranking method of the
// library and the rating perturbation, and apart, its statements about
// likelihood, which answer another question; the criteria tree with its
// weights and consistency ratios; then an appendix: a glossary, both sets
// ranked by every method of the library (mcda.MethodNames) with each
// method's agreement with AHP synthesis, and for each set how robust its
// AHP ranking is to the weights (package mcda/robust, on the weighted sum
// that equals the synthesis, so the results are exact):
//
//   - each leaf criterion's global weight moved alone, the others keeping
//     their proportions: the interval within which the first alternative
//     stays first, the one within which the whole ranking holds, and the
//     nearest weight at which the ranking changes, with what changes;
//   - the smallest total change Σ|Δw| of all the leaf weights after which
//     each other alternative catches up with the first;
//   - SMAA-2 rank acceptabilities b¹…bᵏ, central weights and confidence
//     factors, with weights uniform on the simplex (no preference
//     information) and near the AHP weights (every leaf keeps at least half
//     its weight, the other half of the total is spread at random).
//
// -smaa N sets the SMAA samples per weight space (default 10000; 0 skips
// SMAA), -perturb N the rating perturbations per set (default 2000; 0
// skips them: every rating moves one step up or down on the 1-9 scale at
// random, staying on it), and -seed S the random seed of both (default 1):
// the same seed gives the same output. While SMAA runs, a progress bar is
// drawn on standard error if it is a terminal, and never with -json.
//
// -json prints all of it as one JSON document: "measures", "summary",
// "modeller_criteria", "headlines" (per set: the answer, "tie", the
// ranking without the modeller's criteria and the perturbation shares),
// "preferences" (each with "ahp", "methods" and "perturbed"), "likelihood",
// every method's ranking of each set and the rank agreement of every pair,
// rankings and agreements in the JSON form of package mcda ({"method",
// "higher_is_better", "alternatives", "results": [{"index", "alternative",
// "score", "rank"}]}, best first), the criteria with the keys of
// ahp.NodeResult ("name", "local", "global", "objective", "items",
// "priorities", and "cr" only for judged nodes), and the robustness analyses under "robustness": {"futures",
// "recommendations"}, each with "sensitivity", "minimum_change" and
// "smaa". -out DIR also writes DIR/report.md, the same report in Markdown,
// with bar charts of the leaf weights coloured by objective and of the
// AHP, TOPSIS, WSM and WPM rankings, the sensitivity curves of the key
// criteria of each set (sensitivity-SET-CRITERION) and the rank
// acceptabilities (acceptability-SET-uniform, acceptability-SET-near-ahp),
// as PNG and SVG, and says on standard error what it wrote. -readme prints
// instead the README's summary block, which the tests compare with
// README.md. -judgments FILE replaces the reference judgments between
// criteria by the user's own, given as {"judgments": {"node": [["a", "b",
// 3], ...], ...}} keyed by the goal or a criterion with sub-criteria.
// -export SET prints instead the decision problem the model implies for one
// set of alternatives (ratings on the leaf criteria, weighted by the
// leaves' global weights) in the problem format of examples/rank, so that
// any method can rank it there. Bad input exits with status 2 and one line
// on standard error.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/balancer-mcda/balancer/examples/internal/chart"
	"github.com/balancer-mcda/balancer/examples/internal/cli"
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
	weights := fs.String("judgments", "", "JSON file of criteria judgments replacing the reference ones")
	version := fs.Bool("version", false, "print the version and exit")
	readme := fs.Bool("readme", false, "print the README's summary block instead of the report")
	export := fs.String("export", "", "print the decision problem of one set (futures or recommendations) for examples/rank")
	smaa := fs.Int("smaa", defaultSMAASamples, "SMAA-2 samples per weight space (0: no SMAA)")
	perturb := fs.Int("perturb", defaultPerturbations, "rating perturbations per set (0: none)")
	seed := fs.Uint64("seed", defaultSeed, "random seed of SMAA and of the rating perturbation")
	fail := func(err error) int {
		fmt.Fprintf(stderr, "sco: %s\n", strings.Join(strings.Fields(err.Error()), " "))
		return 2
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stderr, "usage: sco [-json] [-out DIR] [-judgments FILE] [-smaa N] [-perturb N] [-seed S] [-readme] [-export futures|recommendations] [-version]")
			fs.SetOutput(stderr)
			fs.PrintDefaults()
			return 0
		}
		return fail(err)
	}
	if *version {
		fmt.Fprintln(stdout, cli.Version("sco"))
		return 0
	}
	if fs.NArg() > 0 {
		return fail(fmt.Errorf("unexpected argument %q", fs.Arg(0)))
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if *smaa < 0 {
		return fail(fmt.Errorf("-smaa %d: want a number of samples >= 0", *smaa))
	}
	if *perturb < 0 || *perturb > maxPerturbations {
		return fail(fmt.Errorf("-perturb %d: want a number of perturbations from 0 to %d", *perturb, maxPerturbations))
	}
	if set["seed"] && *smaa == 0 && *perturb == 0 {
		return fail(errors.New("-seed applies to SMAA and the rating perturbation, which -smaa 0 and -perturb 0 turn off"))
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
			return fail(fmt.Errorf("-export %s: %w", *export, err))
		}
		return 0
	}
	opt := robustOptions{samples: *smaa, perturbations: *perturb, seed: *seed}
	if !*asJSON && isTerminal(stderr) {
		opt.progress = progressBars(stderr)
	}
	if err := a.assess(opt); err != nil {
		return fail(err)
	}
	var wrote []string
	if *out != "" {
		if wrote, err = writeReport(*out, a); err != nil {
			return fail(err)
		}
		// Said on standard error, so that standard output stays the report
		// or the JSON document.
		defer fmt.Fprintf(stderr, "sco: wrote %s: report.md and %d charts (%d files, PNG and SVG)\n",
			filepath.Join(*out, "report.md"), (len(wrote)-1)/len(chart.Formats), len(wrote)-1)
	}
	if *readme {
		fmt.Fprintln(stdout, a.readmeBlock())
		return 0
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
