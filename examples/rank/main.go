// Command rank ranks the alternatives of a decision problem file with one
// or several methods, and analyses how robust the ranking is.
//
// Usage:
//
//	go run ./examples/rank [flags] FILE
//
// FILE is a problem in the JSON format read by mcda.ReadProblem or in the
// CSV format read by mcda.ReadCSV, or standard input for "-" or no FILE.
// A ".csv" file is CSV and a ".json" file JSON; other names and standard
// input are JSON when their first character (after white space and a
// byte order mark) is "{" or "[", and CSV otherwise. -format says which.
//
// Flags:
//
//	-method NAMES   a method or a comma-separated list: topsis (default),
//	                vikor, promethee, wsm, wpm, waspas, copras, edas, moora,
//	                moora-rp, moora-fmf, multimoora, aras, codas, mabac,
//	                marcos, spotis, cocoso; or electre alone (ELECTRE I,
//	                whose result is an outranking kernel, not a ranking),
//	                or electre3 or electre2 alone (ELECTRE III and II, whose
//	                result is a partial preorder, printed as examples/sort
//	                prints it; see below)
//	-norm NAME      normalization of topsis, wsm and wpm: vector, max,
//	                minmax, sum or none (default: the method's own)
//	-vikor-v V      VIKOR's weight of the majority strategy (default 0.5)
//	-waspas-lambda L
//	                WASPAS's and CoCoSo's λ (default 0.5)
//	-codas-tau T    CODAS's threshold τ (default 0.02)
//	-weighting NAME replace the file's weights by objective weights: equal,
//	                entropy, std, variance, critic, merec or gini
//	-shift F        translate every criterion whose smallest value is below
//	                F so that it becomes F (mcda.ShiftColumns), for methods
//	                that need positive values; applied first, so -weighting
//	                sees the shifted values; says so on standard error
//	-sensitivity [FOCUS]
//	                weight sensitivity of the first method, criterion by
//	                criterion (see mcda/robust.Sensitivity); FOCUS is what
//	                is tracked: all (the whole ranking, the default), first
//	                (first place only) or topK (the first K places, as in
//	                top3); the tables show the breakpoints nearest the
//	                current weight and how many more there are
//	-breakpoints N  with -sensitivity, report at most N breakpoints per
//	                criterion, those nearest the current weight (default
//	                1000; 0 means the library's cap, 100 000)
//	-smaa N         SMAA-2 with N samples of weights uniform on the simplex,
//	                for the first method (see mcda/robust.SMAA)
//	-smaa-spec FILE with -smaa, the weight space and the uncertain values
//	                of the analysis, a JSON file naming the problem's
//	                criteria and alternatives (see
//	                mcda/robust.ReadSMAASpec): weight bounds, a criteria
//	                order, fixed weights, and uniform, triangular, normal
//	                or beta distributions of single values
//	-seed S         the SMAA random seed (default 1)
//	-flows          with promethee listed, its positive, negative and net
//	                flows and the PROMETHEE I partial preorder: each pair
//	                preferred, indifferent or incomparable (the pairs are
//	                m·m: -max-pairs bounds them)
//	-normalized N   also print the decision matrix normalized by N (vector,
//	                max, minmax, sum or none; mcda.Normalize), every
//	                criterion oriented so that larger is better
//	-minimum-change with wsm as the first method, the smallest total change
//	                of the weights after which each other alternative
//	                catches up with the first (mcda/robust.MinimumChange)
//	-reversal SCENARIOS
//	                rank reversal of the first method (see
//	                mcda/robust.RankReversal): re-rank after adding a copy
//	                of each alternative (add-copy), an alternative all
//	                others dominate (add-dominated) or removing each one
//	                (remove); SCENARIOS is all or a comma-separated list.
//	                Its work grows as m³: it refuses more than -max-pairs
//	                pairs compared over all cases
//	-gaia           the GAIA plane of promethee, which must be listed
//	                (see mcda.NewGAIA); at least two alternatives and two
//	                criteria
//	-alpha A, -beta B
//	                electre3's distillation threshold s(λ) = A·λ + B
//	                (default -0.15 and 0.3)
//	-levels L       electre2's concordance and discordance levels
//	                c⁻,c⁰,c⁺,d⁻,d⁺ (default 0.65,0.75,0.85,0.25,0.5)
//	-max-pairs P    raise the size limit of the computations whose time or
//	                memory grows with the square of the number m of
//	                alternatives (electre, electre2, electre3, multimoora,
//	                -smaa, -reversal (pairs over all its cases) and
//	                promethee's Gaussian criteria): they refuse m·m above
//	                P (default 16777216, m = 4096; for electre3 and
//	                electre2, outranking.DefaultMaxPairs, 4194304)
//	-plot DIR       write charts of what was asked into DIR (made if
//	                needed), each as PNG and SVG, and list them on
//	                standard error: ranking-METHOD, each method's scores
//	                as bars, best on top; agreement, a heat map of
//	                Spearman's ρ between the methods, when several are
//	                listed; acceptability, with -smaa; sensitivity-CRITERION,
//	                with -sensitivity, the first method's scores along the
//	                criterion's weight with the current weight, where first
//	                place is lost and the breakpoints (pairs changing
//	                places) marked; gaia, with -gaia, the GAIA plane with
//	                the criteria's axes and the decision stick. The curves
//	                are of the best 9 alternatives at the current weights;
//	                beyond 30 alternatives the bars show the best 30, the
//	                GAIA plane leaves out their names and the acceptability
//	                chart is left out; beyond 5000 the GAIA plane draws 1
//	                in k of them. The curves take 201 scores per
//	                alternative and criterion: beyond 64 MiB of them
//	                (alternatives × criteria > 41 734) -plot draws no
//	                sensitivity chart and says so
//	-stream         rank a CSV file in streaming passes, in memory
//	                bounded by the criteria and -top: two for topsis, wsm
//	                and wpm (any -norm they take), moora, moora-rp,
//	                moora-fmf, spotis, marcos and waspas; three for vikor,
//	                edas, copras, aras, mabac and cocoso (one more for a
//	                column whose sums must be rescaled)
//	-top K          with -stream, keep the best K alternatives (default 10;
//	                0 keeps all, written as they are scored)
//	-workers N      the goroutines a method or weighting may use, for
//	                those with a Workers field (see mcda.MethodOptions;
//	                default 1); the results are the same for every N, and
//	                a method without one ignores it
//	-format F       the format of FILE: csv, json or auto (default auto:
//	                by the name's extension, else by the first character)
//	-json           print JSON instead of tables
//
// A flag that sets a parameter (-norm, -vikor-v, -waspas-lambda, -codas-tau) must apply to at
// least one of the listed methods; each method takes the parameters it
// has. PROMETHEE's preference functions come from the problem file, per
// criterion: "preference": {"function": "linear", "q": 1, "p": 2}.
//
// Without -json it prints aligned tables, best first. With -json it prints
//
//	{"method": "topsis", "higher_is_better": true, "count": 4,
//	 "results": [{"index": 0, "alternative": "A1", "score": 0.64, "rank": 1}, ...]}
//
// the first method's ranking in the JSON form of mcda.Ranking: the
// results best first, each with its 0-based index in the file, rank 1 the best
// (for VIKOR the score is Q and lower is better; tied alternatives share a
// rank, as in 1, 1, 3). Further keys appear with the flags that ask for
// them:
//
//	"rankings":    [{"method": "vikor", "higher_is_better": false, "results": [...]}, ...]
//	               every listed method, when there are several;
//	"agreement":   [{"a": "topsis", "b": "vikor", "spearman": 0.8,
//	                 "weighted_spearman": 0.9, "ws": 0.85, "kendall": 0.67}, ...]
//	               every pair of methods (null coefficients where one
//	               ranking ties every alternative);
//	"weights":     [{"criterion": "speed", "weight": 0.21}, ...] with -weighting;
//	"sensitivity": [{"criterion": "speed", "weight": 0.21, "exact": true,
//	                 "breakpoints": [{"weight": 0.35, "a": "A1", "b": "A2",
//	                   "before": "behind", "after": "ahead", "rank": 1}],
//	                 "truncated": false, "omitted": 0,
//	                 "first_stable": {"lo": 0, "hi": 0.35},
//	                 "ranking_stable": {"lo": 0.1, "hi": 0.35}}, ...] with
//	               -sensitivity: each breakpoint is a pair changing places,
//	               a's standing relative to b below and above the weight,
//	               and rank the better of the two places they swap;
//	               "omitted" counts the breakpoints beyond -breakpoints;
//	"smaa":        [{"alternative": "A1", "acceptability": [0.7, 0.3],
//	                 "central_weights": [0.5, 0.5], "confidence": 0.9}, ...]
//	               with -smaa, where acceptability[k] is the share of
//	               samples that put the alternative at rank k+1;
//	"flows":       {"alternatives": ["A1", ...], "positive": [0.6, ...],
//	                "negative": [0.2, ...], "net": [0.4, ...],
//	                "preferred": [["A1", "A2"], ...], "indifferent": [...],
//	                "incomparable": [...]}
//	               with -flows: φ⁺, φ⁻ and φ in input order, and the
//	               PROMETHEE I pairs (a preferred to b; unordered pairs
//	               for indifference and incomparability);
//	"normalized":  {"normalization": "vector", "criteria": ["speed", ...],
//	                "alternatives": ["A1", ...], "values": [[0.47, ...], ...]}
//	               with -normalized, one row per alternative;
//	"minimum_change": [{"alternative": 2, "name": "A3", "change": 0.12,
//	                 "weights": [0.26, ...]}, ...]
//	               with -minimum-change: mcda/robust.Challenger, best
//	               first, change null when no weights let it catch up;
//	"reversal":    {"method": "topsis", "original": {...}, "dominated": [0.9, 0.5],
//	                "cases": [{"scenario": "add copy", "alternative": 0,
//	                  "ranking": {...}, "changes": [{"a": 0, "b": 2,
//	                  "before": "behind", "after": "ahead"}],
//	                  "first_changed": false}, ...]}
//	               with -reversal: mcda/robust.ReversalReport, with
//	               0-based indices of the alternatives;
//	"gaia":        {"delta": 0.83, "eigenvalues": [0.9, 0.52, ...],
//	                "stick": [0.06, 0.09],
//	                "alternatives": [{"name": "A1", "x": -1.05, "y": -0.36}, ...],
//	                "criteria": [{"name": "c1", "x": 0.18, "y": 0.9}, ...]}
//	               with -gaia: the coordinates of the alternatives, the
//	               criteria's axes and the decision stick in the plane;
//	"kernel", "outranking": for electre, the kernel's alternatives and
//	               the pairs {"a", "b"} such that a outranks b.
//
// electre3 and electre2 read FILE with outranking.ReadProblem (JSON) or
// outranking.ReadCSVProblem (CSV), which add each criterion's thresholds
// ("thresholds": {"q": 1, "p": 2, "v": 10}, or #q, #p and #v rows); a
// criterion without them, as in every plain problem file, has q = p = 0
// and no veto. They print the final partial preorder as levels (an
// alternative's level is one more than that of the best alternative
// preferred to it, so incomparable alternatives may share one), each
// alternative's classes in the descending and ascending preorders, the
// alternatives it is preferred to, and every incomparable pair. They take
// none of -weighting, -shift, -sensitivity, -smaa, -stream or -plot. With
// -json they print examples/sort's object: "method", "alternatives",
// "descending", "ascending", "relation" (relation[a][b] is "P+" when a is
// preferred to b, "P-" when b is preferred to a, "I" for indifference and
// "R" for incomparability), "levels", "incomparable" (pairs of names), and
// the matrices: for electre3 "alpha", "beta", "concordance",
// "discordance" (per criterion) and "credibility"; for electre2
// "outranking_levels", "concordance", "discordance", "strong" and "weak".
//
// With -stream the document has the same form (mcda.StreamRanking):
// "results" holds the best K alternatives and "count" counts those
// read.
//
// Bad input exits with status 2 and one line on standard error that names
// the problem: the flag, the file and, for a malformed file, the line and
// column and the path of the field, such as "alternatives[1].values[2]".
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/balancer-mcda/balancer/examples/internal/cli"
	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = "usage: rank [-method NAME[,NAME...]] [-norm N] [-vikor-v V] [-waspas-lambda L] [-codas-tau T] [-weighting W] [-shift F] [-sensitivity [first|topK|all]] [-breakpoints N] [-smaa N] [-smaa-spec FILE] [-seed S] [-reversal SCENARIOS] [-minimum-change] [-normalized N] [-flows] [-gaia] [-plot DIR] [-max-pairs P] [-alpha α] [-beta β] [-levels c⁻,c⁰,c⁺,d⁻,d⁺] [-stream] [-top K] [-workers N] [-format F] [-json] [-version] [FILE | -]"

// config holds the parsed flags.
type config struct {
	methods     []string
	norm        string
	opt         mcda.MethodOptions
	weighting   string
	shift       *float64
	sensitivity bool
	focus       int // robust.SensitivityOptions.Top: 0 the whole ranking
	breakpoints int
	smaa        int
	smaaSpec    string // -smaa-spec FILE
	seed        uint64
	reversal    bool
	minChange   bool // -minimum-change
	normalized  *mcda.Normalization
	flows       bool              // -flows
	scenarios   []robust.Scenario // nil: all
	gaia        bool
	plot        string
	stream      bool
	top         int
	json        bool
	file        string
	format      string
	version     bool
	partial     partialConfig // electre3 and electre2 (partial.go)
}

// run is the program; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fail := func(err error) int {
		fmt.Fprintf(stderr, "rank: %v\n", oneLine(err))
		return 2
	}
	cfg, err := parseFlags(args)
	var help *helpError
	if errors.As(err, &help) {
		fmt.Fprintln(stderr, usage)
		fmt.Fprint(stderr, help.defaults)
		return 0
	}
	if err != nil {
		return fail(err)
	}
	if cfg.version {
		fmt.Fprintln(stdout, cli.Version("rank"))
		return 0
	}
	if err := cli.CheckStdin(cfg.file, stdin); err != nil {
		return fail(err)
	}
	if isPartial(cfg.methods[0]) {
		if err := runPartial(cfg, stdin, stdout); err != nil {
			return fail(err)
		}
		return 0
	}
	if cfg.stream {
		if err := runStream(cfg, stdout, stderr); err != nil {
			return fail(err)
		}
		return 0
	}
	prob, name, err := readProblem(cfg.file, cfg.format, stdin, stderr)
	if err != nil {
		return fail(err)
	}
	if cfg.plot != "" {
		if err := checkPlotDir(cfg.plot); err != nil {
			return fail(err)
		}
	}
	if err := analyse(cfg, prob, name, stdout, stderr); err != nil {
		return fail(err)
	}
	return 0
}

// parseFlags parses and checks the command line.
func parseFlags(args []string) (*config, error) {
	fs := flag.NewFlagSet("rank", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	method := fs.String("method", "topsis", "ranking method, or a comma-separated list: "+strings.Join(mcda.MethodNames(), ", ")+"; or electre, electre2 or electre3 alone")
	norm := fs.String("norm", "default", "normalization of topsis, wsm, wpm and electre: vector, max, minmax, sum, none or default (the method's own)")
	v := fs.Float64("vikor-v", 0.5, "VIKOR's weight v of the majority strategy, in [0, 1]")
	lambda := fs.Float64("waspas-lambda", 0.5, "WASPAS's and CoCoSo's λ, in [0, 1]")
	tau := fs.Float64("codas-tau", 0.02, "CODAS's threshold τ, in [0.01, 0.05]")
	weights := fs.String("weighting", "", "objective weighting that replaces the file's weights: "+strings.Join(mcda.WeightingNames(), ", "))
	shift := fs.Float64("shift", 1, "translate criteria whose minimum is below this value up to it")
	var sens focusFlag
	fs.Var(&sens, "sensitivity", "weight sensitivity of the first method, tracking all (the whole ranking; the default with no value), first or topK")
	breakpoints := fs.Int("breakpoints", 1000, "with -sensitivity, the breakpoints reported per criterion")
	smaa := fs.Int("smaa", 0, "SMAA-2 samples (0: no SMAA)")
	smaaSpec := fs.String("smaa-spec", "", "with -smaa, a JSON `file` of weight bounds, criteria order and uncertain values")
	seed := fs.Uint64("seed", 1, "SMAA random seed")
	flows := fs.Bool("flows", false, "PROMETHEE's positive, negative and net flows and the PROMETHEE I partial preorder")
	normalized := fs.String("normalized", "", "also print the matrix normalized by vector, max, minmax, sum or none")
	minChange := fs.Bool("minimum-change", false, "with wsm first: the smallest weight change that lets each alternative catch up with the first")
	reversal := fs.String("reversal", "", "rank reversal of the first method: all, or a list of add-copy, add-dominated and remove")
	gaia := fs.Bool("gaia", false, "GAIA plane of promethee")
	maxPairs := fs.Int("max-pairs", mcda.DefaultMaxPairs, "size limit, in pairs m·m, of the O(m²) computations")
	plotDir := fs.String("plot", "", "write charts of what was asked (rankings, agreement, acceptabilities,\nsensitivity curves, GAIA plane) as PNG and SVG into this `directory`")
	stream := fs.Bool("stream", false, "rank a CSV file in streaming passes (topsis, wsm, wpm, moora, moora-rp, moora-fmf, spotis, marcos or waspas in two; vikor, edas, copras, aras, mabac or cocoso in three)")
	top := fs.Int("top", 10, "with -stream, the number of best alternatives to keep (0: all)")
	workers := fs.Int("workers", 1, "the goroutines a method or weighting may use (the results do not depend on it)")
	asJSON := fs.Bool("json", false, "print JSON instead of tables")
	format := fs.String("format", "auto", "the format of FILE: csv, json or auto")
	version := fs.Bool("version", false, "print the version and exit")
	pf := addPartialFlags(fs)
	if err := fs.Parse(joinFocus(args)); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			var b strings.Builder
			fs.SetOutput(&b)
			fs.PrintDefaults()
			return nil, &helpError{b.String()}
		}
		return nil, err
	}
	if fs.NArg() > 1 {
		return nil, fmt.Errorf("want one problem file, got %d arguments %q (flags go before FILE)", fs.NArg(), fs.Args())
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })

	cfg := &config{norm: *norm, weighting: *weights, sensitivity: sens.set, focus: sens.top,
		breakpoints: *breakpoints, smaa: *smaa, seed: *seed, gaia: *gaia, plot: *plotDir,
		stream: *stream, top: *top, json: *asJSON, file: fs.Arg(0), format: *format, version: *version}
	switch cfg.format {
	case "auto", "csv", "json":
	default:
		return nil, fmt.Errorf("-format %q: want csv, json or auto", cfg.format)
	}
	for _, name := range strings.Split(*method, ",") {
		name = strings.TrimSpace(name)
		if slices.Contains(cfg.methods, name) {
			return nil, fmt.Errorf("-method: %q listed twice", name)
		}
		cfg.methods = append(cfg.methods, name)
	}
	takes := map[string]bool{}
	for _, name := range cfg.methods {
		if isPartial(name) {
			if len(cfg.methods) > 1 {
				return nil, errAlone(name)
			}
			takes["max_pairs"] = true
			continue
		}
		if name == "electre" {
			if len(cfg.methods) > 1 {
				return nil, errors.New("-method electre: ELECTRE I gives an outranking kernel, not a ranking; run it alone")
			}
			takes["normalization"] = true
			continue
		}
		params, err := mcda.MethodParameters(name)
		if err != nil {
			return nil, fmt.Errorf("-method %q: want one of %s, or electre, electre2 or electre3", name, strings.Join(mcda.MethodNames(), ", "))
		}
		for _, p := range params {
			takes[p] = true
		}
	}
	if err := pf.check(cfg, set); err != nil {
		return nil, err
	}
	k, err := mcda.ParseNormalization(*norm)
	if err != nil {
		return nil, fmt.Errorf("-norm: %w", err)
	}
	cfg.opt.Normalization = k
	for _, p := range []struct{ flag, param, who string }{
		{"norm", "normalization", "topsis, wsm, wpm and electre"},
		{"vikor-v", "v", "vikor"},
		{"waspas-lambda", "lambda", "waspas and cocoso"},
		{"codas-tau", "tau", "codas"},
	} {
		if set[p.flag] && !takes[p.param] {
			return nil, fmt.Errorf("-%s applies to %s, not to -method %s", p.flag, p.who, *method)
		}
	}
	if set["vikor-v"] {
		cfg.opt.V = v
	}
	if set["waspas-lambda"] {
		cfg.opt.Lambda = lambda
	}
	if set["codas-tau"] {
		if *tau == 0 {
			return nil, errors.New("-codas-tau 0: want a threshold in [0.01, 0.05]")
		}
		cfg.opt.Tau = *tau
	}
	if set["shift"] {
		cfg.shift = shift
	}
	if cfg.weighting != "" {
		if _, err := mcda.NewWeighting(cfg.weighting); err != nil {
			return nil, fmt.Errorf("-weighting %q: want one of %s", cfg.weighting, strings.Join(mcda.WeightingNames(), ", "))
		}
	}
	if cfg.breakpoints < 0 {
		return nil, fmt.Errorf("-breakpoints %d: want a number of breakpoints >= 0", cfg.breakpoints)
	}
	if set["breakpoints"] && !cfg.sensitivity {
		return nil, errors.New("-breakpoints applies to -sensitivity, which is not given")
	}
	if cfg.smaa < 0 || cfg.smaa > robust.MaxSamples {
		return nil, fmt.Errorf("-smaa %d: want a number of samples from 0 to %d", cfg.smaa, robust.MaxSamples)
	}
	if *flows {
		if !slices.Contains(cfg.methods, "promethee") {
			return nil, fmt.Errorf("-flows are PROMETHEE's, which -method %s does not list", *method)
		}
		cfg.flows = true
	}
	if set["normalized"] {
		k, err := mcda.ParseNormalization(*normalized)
		if err != nil || k == mcda.NormalizationDefault {
			return nil, fmt.Errorf("-normalized %q: want vector, max, minmax, sum or none", *normalized)
		}
		if cfg.methods[0] == "electre" {
			return nil, errors.New("-normalized: -method electre prints its own outranking")
		}
		cfg.normalized = &k
	}
	if *minChange {
		if cfg.methods[0] != "wsm" {
			return nil, fmt.Errorf("-minimum-change is computed for wsm, which -method %s does not list first", *method)
		}
		cfg.minChange = true
	}
	if set["reversal"] {
		if cfg.scenarios, err = parseScenarios(*reversal); err != nil {
			return nil, err
		}
		cfg.reversal = true
	}
	if *maxPairs <= 0 {
		return nil, fmt.Errorf("-max-pairs %d: want a number of pairs > 0", *maxPairs)
	}
	if set["max-pairs"] {
		if !takes["max_pairs"] && cfg.smaa == 0 && !cfg.reversal && !cfg.flows && cfg.methods[0] != "electre" {
			return nil, fmt.Errorf("-max-pairs applies to electre, promethee, multimoora, -smaa and -reversal, not to -method %s", *method)
		}
		cfg.opt.MaxPairs = *maxPairs
	}
	if set["smaa-spec"] {
		if cfg.smaa == 0 {
			return nil, errors.New("-smaa-spec applies to -smaa, which is not given")
		}
		if *smaaSpec == "" {
			return nil, errors.New("-smaa-spec: want a file")
		}
		cfg.smaaSpec = *smaaSpec
	}
	if *workers < 1 {
		return nil, fmt.Errorf("-workers %d: want a number of goroutines >= 1", *workers)
	}
	cfg.opt.Workers = *workers
	if set["seed"] && cfg.smaa == 0 {
		return nil, errors.New("-seed applies to -smaa, which is not given")
	}
	if cfg.top < 0 {
		return nil, fmt.Errorf("-top %d: want >= 0", cfg.top)
	}
	if set["top"] && !cfg.stream {
		return nil, errors.New("-top applies to -stream, which is not given")
	}
	if (cfg.methods[0] == "electre" || isPartial(cfg.methods[0])) && cfg.reversal {
		return nil, fmt.Errorf("-method %s: -reversal needs a ranking method", cfg.methods[0])
	}
	if cfg.methods[0] == "electre" && (cfg.sensitivity || cfg.smaa > 0) {
		return nil, errors.New("-method electre: -sensitivity and -smaa need a ranking method")
	}
	if set["plot"] && cfg.plot == "" {
		return nil, errors.New("-plot: want a directory")
	}
	if cfg.plot != "" && cfg.methods[0] == "electre" {
		return nil, errors.New("-plot draws rankings; -method electre gives an outranking kernel")
	}
	if cfg.gaia && !slices.Contains(cfg.methods, "promethee") {
		return nil, fmt.Errorf("-gaia is the GAIA plane of promethee, which -method %s does not list", *method)
	}
	if cfg.stream {
		if cfg.gaia {
			return nil, errors.New("-gaia needs every unicriterion flow in memory; it does not combine with -stream")
		}
		if len(cfg.methods) > 1 || cfg.weighting != "" || cfg.shift != nil || cfg.sensitivity || cfg.smaa > 0 || cfg.reversal || cfg.minChange || cfg.normalized != nil || cfg.flows || cfg.plot != "" {
			return nil, errors.New("-stream ranks with one method and the file's weights; it takes none of -weighting, -shift, -sensitivity, -smaa, -reversal, -minimum-change, -normalized, -flows, -plot or a list of methods")
		}
		if cfg.file == "" || cfg.file == "-" {
			return nil, errors.New("-stream needs a CSV file to read twice, not standard input")
		}
		if cfg.format == "json" {
			return nil, errors.New("-stream reads CSV, not -format json")
		}
	}
	return cfg, nil
}

// helpError is -h or -help: flag.ErrHelp, with the flags' descriptions.
type helpError struct{ defaults string }

func (e *helpError) Error() string { return flag.ErrHelp.Error() }
func (e *helpError) Unwrap() error { return flag.ErrHelp }

// focusFlag is -sensitivity, whose focus joinFocus makes optional.
type focusFlag struct {
	set bool
	top int
}

func (f *focusFlag) String() string {
	switch {
	case f == nil || !f.set:
		return ""
	case f.top == 0:
		return "all"
	case f.top == 1:
		return "first"
	}
	return "top" + strconv.Itoa(f.top)
}

// Set parses a focus: true or all (the whole ranking), first, or topK
// with K >= 1; false turns the analysis off.
func (f *focusFlag) Set(s string) error {
	f.set, f.top = true, 0
	switch {
	case s == "true" || s == "all":
		return nil
	case s == "false":
		f.set = false
		return nil
	case s == "first":
		f.top = 1
		return nil
	case strings.HasPrefix(s, "top"):
		if k, err := strconv.Atoi(s[3:]); err == nil && k >= 1 {
			f.top = k
			return nil
		}
	}
	return fmt.Errorf("%q: want all, first or topK with K >= 1, as in top3", s)
}

// joinFocus turns "-sensitivity FOCUS" into "-sensitivity=FOCUS" when the
// next argument looks like a focus rather than a file (a word without a
// dot or a slash that is not a flag), and a lone "-sensitivity" into
// "-sensitivity=all".
func joinFocus(args []string) []string {
	out := make([]string, 0, len(args))
	for k := 0; k < len(args); k++ {
		a := args[k]
		if a == "--" {
			return append(out, args[k:]...)
		}
		if (a == "-sensitivity" || a == "--sensitivity") && k+1 < len(args) {
			next := args[k+1]
			if next != "" && next != "-" && !strings.HasPrefix(next, "-") && !strings.ContainsAny(next, "./\\") {
				out = append(out, a+"="+next)
				k++
				continue
			}
		}
		if a == "-sensitivity" || a == "--sensitivity" {
			a += "=all"
		}
		out = append(out, a)
	}
	return out
}

// oneLine keeps an error message on one line.
func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}
