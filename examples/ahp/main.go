// Command ahp computes AHP priorities and consistency: of one pairwise
// comparison matrix, or of a whole hierarchy.
//
// Usage:
//
//	go run ./examples/ahp [-priority eigen|geometric] [-mode distributive|ideal] [-completion none|optimal] [-mean geometric|arithmetic]
//	    [-ri saaty1980|saaty2005|donegan-dodd1991|alonso-lamata2006] [-json] [FILE]
//
// FILE (or standard input when FILE is "-" or absent) holds one matrix,
//
//	{"items": ["a", "b", "c"], "judgments": [["a", "b", 3], ["a", "c", 5], ["b", "c", 2]]}
//
// or {"items": [...], "matrix": [[...], ...]} (see ahp.ReadJSON), or a
// hierarchy, an object with a "goal" key (see ahp.ReadModel), or a group's
// judgments of one set of items, an object with a "members" key:
//
//	{"items": ["a", "b", "c"],
//	 "members": [{"name": "DM1", "weight": 3, "judgments": [["a", "b", 3], ...]},
//	             {"name": "DM2", "weight": 2, "matrix": [[1, 2, 4], ...]}]}
//
// (a "weight" on every member or on none, which means equal weights). For
// a group it prints the aggregation of individual judgments (AIJ: the
// priorities of the weighted geometric mean of the members' matrices, and
// its consistency; ahp.AggregateJudgments), the aggregation of individual
// priorities (AIP, with -mean geometric or arithmetic;
// ahp.AggregatePriorities), and each member's weight, CR and geometric
// compatibility index with the group (GCOMPI; ahp.MeasureGroup, Escobar,
// Aguarón & Moreno-Jiménez 2015). With -json: {"method", "mean", "aij":
// {"method", "priorities", ...consistency}, "aip": [{"item", "priority"}],
// "group": ahp.GroupConsistency, "members": [{"name", "weight",
// "priorities", "consistency", "compatibility"}]}.
//
// For one matrix the text report lists items best first (ties in input
// order), then λmax, CI, RI with its table, and CR, with a warning when
// CR >= 0.1. With -json it prints one object:
//
//	{"method": "eigen", "priorities": [{"item": "a", "priority": 0.65}, ...],
//	 "lambda_max": 3.004, "ci": 0.002, "ri": 0.58, "cr": 0.004,
//	 "table": "saaty1980"}
//
// with items in input order. For a hierarchy the text report prints the
// tree with local and global priorities and the CR of every node, the
// alternatives ranked, and for every node with CR >= 0.1 the single
// judgment whose revision lowers CR most. With -json it prints the
// ahp.Result in the JSON vocabulary of package mcda:
//
//	{"options": {"method": "eigen", "mode": "distributive", "random_index": "saaty1980", ...},
//	 "alternatives": ["Tom", ...], "global": [0.36, ...], "ranks": [2, ...], "order": [1, ...],
//	 "nodes": [{"name": "Cost", "parent": "Choose a leader", "depth": 1, "objective": "benefit",
//	            "local": 0.2, "global": 0.2, "items": ["Price", ...], "priorities": [0.75, ...],
//	            "leaf": false, "consistency": {"lambda_max": 2, "ci": 0, "ri": 0, "cr": 0, "table": "saaty1980"}}, ...]}
//
// with alternatives in input order and nodes in tree order (goal first);
// a rated leaf has "ratings" and no "consistency". -mode ideal selects
// ideal synthesis.
//
// A matrix with missing judgments (a connected comparison graph is
// required) is solved by Harker's method with -priority eigen and by
// logarithmic least squares with -priority geometric; -completion optimal
// first fills the gaps with the entries that minimize λmax (Bozóki, Fülöp
// & Rónyai, 2010). CR is always that of the optimally completed matrix.
// Bad input exits with status 2 and one line on standard error; a matrix
// with more items than the random index table covers is reported before
// any work, and a hierarchy may be at most ahp.MaxDepth (100) levels deep.
//
// The search for a suggested revision of a large or incomplete matrix can
// take seconds (about 1 s for 100 items with 2 500 missing pairs): if it
// takes more than one, a line on standard error says what is being
// searched. An interrupt (Ctrl-C) stops any computation.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/signal"
	"sort"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/balancer-mcda/balancer/examples/internal/cli"
	"github.com/balancer-mcda/balancer/mcda/ahp"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// progressDelay is how long a search runs before the command says on
// standard error what it is doing.
var progressDelay = time.Second

// maxDocument is the size of the largest input read, 64 MiB: a complete
// matrix of ahp.MaxItems items takes about 20 MB of JSON.
const maxDocument = 64 << 20

// crThreshold is Saaty's limit for acceptable inconsistency.
const crThreshold = 0.1

type priority struct {
	Item     string  `json:"item"`
	Priority float64 `json:"priority"`
}

// report is the -json output for one matrix, in the vocabulary of package
// mcda: the priorities, then the keys of ahp.Consistency. The field order
// is part of the contract.
type report struct {
	Method     ahp.PriorityMethod `json:"method"`
	Priorities []priority         `json:"priorities"`
	ahp.Consistency
}

// run executes the command and returns its exit status: 0 on success, 2 on
// bad input. Long computations stop when ctx is done.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := &cli.Command{Name: "ahp", Usage: "usage: ahp [-priority eigen|geometric] [-mode distributive|ideal] [-completion none|optimal] [-mean geometric|arithmetic] [-ri table] [-json] [-version] [FILE | -]", Stdout: stdout, Stderr: stderr}
	fail := cmd.Fail
	fs := flag.NewFlagSet("ahp", flag.ContinueOnError)
	methodName := fs.String("priority", "eigen", "priority method: eigen or geometric")
	tableName := fs.String("ri", "saaty1980", "random index table: saaty1980, saaty2005, donegan-dodd1991 or alonso-lamata2006")
	modeName := fs.String("mode", "distributive", "hierarchy synthesis: distributive or ideal")
	meanName := fs.String("mean", "geometric", "a group's aggregation of individual priorities (AIP): geometric or arithmetic")
	completion := fs.String("completion", "none", "incomplete matrices: none (Harker's or least-squares priorities) or optimal (Bozóki et al. completion first)")
	asJSON := fs.Bool("json", false, "print JSON")
	file, status, ok := cmd.Parse(fs, args)
	if !ok {
		return status
	}
	method, err := ahp.ParsePriorityMethod(*methodName)
	if err != nil {
		return fail("-priority %q: want eigen or geometric", *methodName)
	}
	table, err := ahp.ParseRandomIndexTable(*tableName)
	if err != nil {
		return fail("-ri %q: want saaty1980, saaty2005, donegan-dodd1991 or alonso-lamata2006", *tableName)
	}
	mode, err := ahp.ParseMode(*modeName)
	if err != nil {
		return fail("-mode %q: want distributive or ideal", *modeName)
	}
	mean, err := ahp.ParseMean(*meanName)
	if err != nil {
		return fail("-mean %q: want geometric or arithmetic", *meanName)
	}
	if *completion != "none" && *completion != "optimal" {
		return fail("-completion %q: want none or optimal", *completion)
	}
	optimal := *completion == "optimal"
	name, data, status, ok := cmd.ReadAll(file, stdin, maxDocument)
	if !ok {
		return status
	}
	failIn := func(err error) int { return cmd.FailIn(name, "ahp: ", err) }
	writeOut := cmd.Output
	if !isGroup(data) && meanSet(fs) {
		return fail("-mean applies to a group's judgments (a document with \"members\")")
	}
	if isGroup(data) {
		g, err := readGroup(data)
		if err != nil {
			return fail("%s: %v", name, err)
		}
		rep, err := evaluateGroup(ctx, g, ahp.Solver{Method: method}, mean, table)
		if err != nil {
			return failIn(err)
		}
		if *asJSON {
			return writeOut(json.NewEncoder(stdout).Encode(rep))
		}
		writeGroupText(stdout, rep)
		return 0
	}
	if isModel(data) {
		model, err := ahp.ReadModel(bytes.NewReader(data), ahp.Scale{})
		if err != nil {
			return failIn(err)
		}
		r, err := model.Evaluate(ctx, ahp.Options{Method: method, Mode: mode, RandomIndex: table, CompleteOptimally: optimal})
		if err != nil {
			return failIn(err)
		}
		if *asJSON {
			return writeOut(writeModelJSON(stdout, r))
		}
		writeModelText(ctx, stdout, stderr, r)
		return 0
	}
	m, err := ahp.ReadJSON(bytes.NewReader(data), ahp.Scale{})
	if err != nil {
		return failIn(err)
	}
	// Check the random index table's range before any work.
	if _, err := table.RI(m.Len()); err != nil {
		return failIn(err)
	}
	s := ahp.Solver{Method: method}
	completed := m // whose consistency is m's
	if !m.Complete() {
		if completed, err = s.OptimalCompletion(ctx, m); err != nil {
			return failIn(err)
		}
		if optimal {
			m = completed
		}
	}
	w := s.Priorities(nil, m)
	c, err := s.Consistency(completed, table)
	if err != nil {
		return failIn(err)
	}
	if *asJSON {
		return writeOut(writeJSON(stdout, m, w, method, c))
	}
	writeText(ctx, stdout, stderr, m, w, method, c)
	return 0
}

func writeJSON(w io.Writer, m *ahp.Matrix, weights []float64, method ahp.PriorityMethod, c ahp.Consistency) error {
	r := report{Method: method, Priorities: make([]priority, m.Len()), Consistency: c}
	for i, item := range m.Items() {
		r.Priorities[i] = priority{Item: item, Priority: weights[i]}
	}
	return json.NewEncoder(w).Encode(r)
}

func writeText(ctx context.Context, w, stderr io.Writer, m *ahp.Matrix, weights []float64, method ahp.PriorityMethod, c ahp.Consistency) {
	order := make([]int, m.Len())
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return weights[order[a]] > weights[order[b]] })

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "rank\titem\tweight (%v)\n", method)
	for k, i := range order {
		fmt.Fprintf(tw, "%d\t%s\t%.4f\n", k+1, m.Item(i), weights[i])
	}
	tw.Flush()
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "lambda_max\t%.4f\n", c.LambdaMax)
	fmt.Fprintf(tw, "CI\t%.4f\n", c.CI)
	fmt.Fprintf(tw, "RI\t%.4f (%v)\n", c.RI, c.Table)
	fmt.Fprintf(tw, "CR\t%.4f\n", c.CR)
	if method == ahp.PriorityGeometricMean && m.Len() >= 3 {
		gci, _ := m.GCI()
		threshold, _ := ahp.GCIThreshold(m.Len())
		fmt.Fprintf(tw, "GCI\t%.4f (threshold %.2f, Aguarón & Moreno-Jiménez 2003)\n", gci, threshold)
	}
	tw.Flush()
	if !m.Complete() {
		fmt.Fprintf(w, "missing judgments: %d; λmax, CI and CR are those of the optimal completion\n", m.NumMissing())
	}
	if c.CR >= crThreshold {
		fmt.Fprintf(w, "warning: CR %.4f >= %.1f: the judgments are too inconsistent by Saaty's rule; revise them\n", c.CR, crThreshold)
		writeSuggestion(ctx, w, stderr, "the matrix", m, method, c.Table, "")
	}
}

// writeSuggestion prints the most inconsistent judgments of m and the
// single revision that would lower its CR most, for the user to consider.
// If the search takes longer than progressDelay, it says on stderr what it
// is doing; it prints no suggestion if ctx is done first.
func writeSuggestion(ctx context.Context, w, stderr io.Writer, what string, m *ahp.Matrix, method ahp.PriorityMethod, table ahp.RandomIndexTable, indent string) {
	incs := m.Inconsistencies(method)
	fmt.Fprintf(w, "%smost inconsistent judgments (a_ij·w_j/w_i far from 1):\n", indent)
	for _, inc := range incs[:min(3, len(incs))] {
		fmt.Fprintf(w, "%s  %s over %s = %.4g, the priorities imply %.3g\n", indent, inc.A, inc.B, inc.Value, inc.Implied)
	}
	rev, ok, err := suggestRevision(ctx, stderr, what, m, table)
	if err != nil || rev.I < 0 {
		return
	}
	verdict := "still >= 0.1"
	if ok {
		verdict = "below 0.1"
	}
	fmt.Fprintf(w, "%ssuggestion: change %s over %s from %s to %s; CR would be %.4f (%s)\n",
		indent, rev.A, rev.B, saatyLabel(rev.From), saatyLabel(rev.To), rev.CR, verdict)
}

// suggestRevision runs m.SuggestRevision and, if it has not returned after
// progressDelay, says on stderr what it is searching.
func suggestRevision(ctx context.Context, stderr io.Writer, what string, m *ahp.Matrix, table ahp.RandomIndexTable) (ahp.Revision, bool, error) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		timer := time.NewTimer(progressDelay)
		defer timer.Stop()
		select {
		case <-done:
			select {
			case <-timer.C: // expired too: the search took progressDelay
			default:
				return
			}
		case <-timer.C:
		}
		n, k := m.Len(), m.NumMissing()
		msg := fmt.Sprintf("ahp: %s: searching the %d judgments of %d items for the revision that lowers CR most", what, n*(n-1)/2-k, n)
		if k > 0 {
			msg += fmt.Sprintf(" (%d missing pairs: the best candidates each need an optimal completion)", k)
		}
		fmt.Fprintln(stderr, msg+"...")
	}()
	rev, ok, err := m.SuggestRevision(ctx, table)
	close(done)
	wg.Wait()
	return rev, ok, err
}

// saatyLabel writes a judgment as 3 or 1/3 when it is a whole number or
// its reciprocal, and as 0.4 otherwise.
func saatyLabel(v float64) string {
	if r := math.Round(1 / v); v < 1 && math.Abs(1/v-r) < 1e-9 {
		return fmt.Sprintf("1/%.0f", r)
	}
	return fmt.Sprintf("%.4g", v)
}

// meanSet reports whether -mean was given.
func meanSet(fs *flag.FlagSet) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == "mean" })
	return set
}
