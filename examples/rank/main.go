// Command rank ranks the alternatives of a decision problem file with a
// chosen method.
//
// Usage:
//
//	go run ./examples/rank [-method topsis|wsm|wpm] [-norm vector|max|minmax|sum|none] [-json] FILE
//
// FILE is a problem in the JSON format read by mcda.ReadJSON; "-" (or no
// FILE) reads standard input. -norm picks the normalization of the method;
// each method has its own default: vector for TOPSIS, max for WSM and WPM.
//
// Without -json it prints an aligned table, best first. With -json it prints
//
//	{"method": "topsis", "results": [{"alternative": "A1", "score": 0.64, "rank": 1}, ...]}
//
// with the results in input order and rank 1 the best; tied alternatives
// share a rank (1, 1, 3). Bad input exits with status 2 and one line on
// standard error that names the problem: the flag, the file and, for a
// malformed file, the line and column and the path of the field, such as
// "alternatives[1].values[2]".
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/balancer-mcda/balancer/mcda"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// methods maps each -method name to a constructor.
var methods = map[string]func(mcda.Normalization) mcda.Method{
	"topsis": func(k mcda.Normalization) mcda.Method { return &mcda.TOPSIS{Normalization: k} },
	"wsm":    func(k mcda.Normalization) mcda.Method { return &mcda.WSM{Normalization: k} },
	"wpm":    func(k mcda.Normalization) mcda.Method { return &mcda.WPM{Normalization: k} },
}

// result is one alternative in the -json output.
type result struct {
	Alternative string  `json:"alternative"`
	Score       float64 `json:"score"`
	Rank        int     `json:"rank"`
}

// output is the -json document.
type output struct {
	Method  string   `json:"method"`
	Results []result `json:"results"`
}

// run is the program; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("rank", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	method := fs.String("method", "topsis", "ranking method: topsis, wsm or wpm")
	norm := fs.String("norm", "default", "normalization: vector, max, minmax, sum or none (default: the method's own)")
	asJSON := fs.Bool("json", false, "print JSON instead of a table")
	fail := func(err error) int {
		fmt.Fprintf(stderr, "rank: %v\n", oneLine(err))
		return 2
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stderr)
			fmt.Fprintln(stderr, "usage: rank [-method topsis|wsm|wpm] [-norm vector|max|minmax|sum|none] [-json] FILE")
			fs.PrintDefaults()
			return 0
		}
		return fail(err)
	}
	if fs.NArg() > 1 {
		return fail(fmt.Errorf("want one problem file, got %d arguments %q (flags go before FILE)", fs.NArg(), fs.Args()))
	}
	newMethod, ok := methods[*method]
	if !ok {
		return fail(fmt.Errorf("-method %q: want topsis, wsm or wpm", *method))
	}
	k, err := mcda.ParseNormalization(*norm)
	if err != nil {
		return fail(fmt.Errorf("-norm: %w", err))
	}
	name := fs.Arg(0)
	in := stdin
	if name != "" && name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return fail(err)
		}
		defer f.Close()
		in = f
	} else {
		name = "standard input"
	}
	data, err := io.ReadAll(in)
	if err != nil {
		return fail(fmt.Errorf("%s: %w", name, err))
	}
	m, err := mcda.ReadJSON(bytes.NewReader(data))
	if err != nil {
		var pe *mcda.ParseError
		if errors.As(err, &pe) && pe.Offset >= 0 && pe.Offset <= int64(len(data)) {
			line, col := position(data[:pe.Offset])
			return fail(fmt.Errorf("%s:%d:%d: %w", name, line, col, err))
		}
		return fail(fmt.Errorf("%s: %w", name, err))
	}
	r, err := mcda.Rank(newMethod(k), m)
	switch {
	case errors.Is(err, mcda.ErrNormalization):
		return fail(fmt.Errorf("-method %s -norm %s: %w", *method, *norm, err))
	case err != nil:
		return fail(fmt.Errorf("%s: %w", name, err))
	}
	if *asJSON {
		out := output{Method: r.Method, Results: make([]result, len(r.Scores))}
		for i := range r.Scores {
			out.Results[i] = result{r.Alternatives[i], r.Scores[i], r.Ranks[i]}
		}
		if err := json.NewEncoder(stdout).Encode(out); err != nil {
			return fail(err)
		}
		return 0
	}
	if err := writeTable(stdout, r); err != nil {
		return fail(err)
	}
	return 0
}

// writeTable writes r as a table, best first: ranks and scores
// right-aligned, names left-aligned.
func writeTable(w io.Writer, r *mcda.Ranking) error {
	better := "higher"
	if !r.HigherIsBetter {
		better = "lower"
	}
	names := make([]string, len(r.Alternatives))
	scores := make([]string, len(r.Scores))
	rankW, nameW, scoreW := len("rank"), len("alternative"), len("score")
	for i, a := range r.Alternatives {
		names[i] = printable(a)
		scores[i] = formatScore(r.Scores[i])
		rankW = max(rankW, len(strconv.Itoa(r.Ranks[i])))
		nameW = max(nameW, utf8.RuneCountInString(names[i]))
		scoreW = max(scoreW, len(scores[i]))
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s (%s is better)\n\n", r.Method, better)
	fmt.Fprintf(bw, "%*s  %-*s  %*s\n", rankW, "rank", nameW, "alternative", scoreW, "score")
	for _, i := range r.Order {
		fmt.Fprintf(bw, "%*d  %-*s  %*s\n", rankW, r.Ranks[i], nameW, names[i], scoreW, scores[i])
	}
	return bw.Flush()
}

// formatScore formats s with 4 decimals, in exponent form if it is large.
func formatScore(s float64) string {
	if math.Abs(s) >= 1e9 {
		return strconv.FormatFloat(s, 'e', 4, 64)
	}
	return strconv.FormatFloat(s, 'f', 4, 64)
}

// printable returns s, quoted if it holds characters that would break the
// table's layout.
func printable(s string) string {
	for _, c := range s {
		if !strconv.IsPrint(c) {
			return strconv.Quote(s)
		}
	}
	return s
}

// position returns the 1-based line and column (in bytes) of the end of
// prefix.
func position(prefix []byte) (line, col int) {
	nl := bytes.LastIndexByte(prefix, '\n')
	return bytes.Count(prefix, []byte("\n")) + 1, len(prefix) - nl
}

// oneLine keeps an error message on one line.
func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}
