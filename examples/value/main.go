// Command value evaluates a multi-attribute value model, or learns one
// from a reference ranking.
//
// Usage:
//
//	go run ./examples/value [-sensitivity] [-smaa N] [-smaa-spec FILE] [-seed S] [-uta] [-variant utastar|uta] [-delta d] [-post k] [-ror] [-json] [FILE]
//
// FILE (or standard input when FILE is "-" or absent) is a problem in the
// JSON format of value.ReadProblem: criteria with value functions and
// weights, alternatives with their performances, and optionally a
// reference ranking ("rank" per alternative).
//
// Without -uta or -ror it ranks the alternatives by their additive value
// V(a) = Σ_j w_j·v_j(g_j(a)) and shows each criterion's contribution; the
// file must give every criterion a value function. With -json it prints
//
//	{"method": "mavt", "higher_is_better": true, "criteria": [...], "weights": [...],
//	 "results": [{"alternative": "RER", "score": 0.91, "rank": 1, "contributions": [0.45, ...]}, ...]}
//
// and with -sensitivity and -smaa N (seed -seed; weight space and
// uncertain values from -smaa-spec FILE, see mcda/robust.ReadSMAASpec) the analyses of package
// mcda/robust on the value model, in the "sensitivity" and "smaa" keys of
// examples/rank.
//
// With -uta it infers marginal value functions from the reference ranking
// by UTASTAR (or UTA with -variant uta), δ from -delta or the file's
// "delta" (default 0.05), and prints the error sum, the weights, the
// marginal value functions, the induced ranking of all alternatives and
// the post-optimality analysis (margin -post, default 0; -post -1 skips
// it). -json prints value.Result's fields ("error_sum", "over", "under",
// "marginals", "weights", "values", "kendall_tau", "post_optimality") with
// "method" and "results" ({"alternative", "score", "rank"} as in
// examples/rank, and "post_optimality_results").
//
// With -ror it prints the pairs robust ordinal regression (UTA^GMS)
// settles: a ≿ᴺ b when every value function compatible with the reference
// ranking puts a at least level with b, and the pairs only possibly
// ordered. It solves about m·(m − 1) linear programmes (under a second
// for 30 alternatives) and refuses more than value.MaxRORAlternatives
// alternatives before any work. -json prints {"necessary": [["a", "b"],
// ...], "possible": [...], "epsilon": ..., "programs": ...}.
//
// Bad input exits with status 2 and one line on standard error. An
// interrupt (Ctrl-C) stops any computation.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"os/signal"
	"strings"
	"text/tabwriter"

	"github.com/balancer-mcda/balancer/examples/internal/cli"
	"github.com/balancer-mcda/balancer/examples/internal/robustjson"
	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
	"github.com/balancer-mcda/balancer/mcda/value"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the command and returns its exit status: 0 on success, 2 on
// bad input.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := &cli.Command{Name: "value", Usage: "usage: value [-sensitivity] [-smaa N] [-smaa-spec FILE] [-seed S] [-uta] [-variant utastar|uta] [-delta d] [-post k] [-ror] [-json] [-version] [FILE | -]", Stdout: stdout, Stderr: stderr}
	fail := cmd.Fail
	fs := flag.NewFlagSet("value", flag.ContinueOnError)
	uta := fs.Bool("uta", false, "infer marginal value functions from the reference ranking (UTASTAR or UTA)")
	variant := fs.String("variant", "utastar", "with -uta: utastar (Siskos & Yannacopoulos 1985) or uta (Jacquet-Lagrèze & Siskos 1982)")
	delta := fs.Float64("delta", 0, "with -uta: least value gap of a strict preference (default: the file's \"delta\", else 0.05)")
	post := fs.Float64("post", 0, "with -uta: post-optimality margin k, F <= F*(1+k); negative skips the analysis")
	ror := fs.Bool("ror", false, "robust ordinal regression (UTA^GMS): necessary and possible preferences")
	sens := fs.Bool("sensitivity", false, "with the value model: weight sensitivity, criterion by criterion (mcda/robust.Sensitivity)")
	smaa := fs.Int("smaa", 0, "with the value model: SMAA-2 with this many samples of weights (mcda/robust.SMAA); 0: none")
	seed := fs.Uint64("seed", 1, "with -smaa: the random seed")
	smaaSpec := fs.String("smaa-spec", "", "with -smaa: a JSON `file` of weight bounds, criteria order and uncertain values (mcda/robust.ReadSMAASpec)")
	asJSON := fs.Bool("json", false, "print JSON")
	file, status, ok := cmd.Parse(fs, args)
	if !ok {
		return status
	}
	if *uta && *ror {
		return fail("-uta and -ror: choose one")
	}
	var utaOnly []string
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "variant" || f.Name == "delta" || f.Name == "post" {
			utaOnly = append(utaOnly, "-"+f.Name)
		}
	})
	if len(utaOnly) > 0 && !*uta {
		return fail("%s: only with -uta", strings.Join(utaOnly, ", "))
	}
	seedSet, specSet := false, false
	fs.Visit(func(f *flag.Flag) {
		seedSet = seedSet || f.Name == "seed"
		specSet = specSet || f.Name == "smaa-spec"
	})
	if *smaa < 0 || *smaa > 10_000_000 {
		return fail("-smaa %d: want a number of samples in [0, 10000000]", *smaa)
	}
	if seedSet && *smaa == 0 {
		return fail("-seed applies to -smaa, which is not given")
	}
	if specSet && *smaa == 0 {
		return fail("-smaa-spec applies to -smaa, which is not given")
	}
	if (*sens || *smaa > 0) && (*uta || *ror) {
		return fail("-sensitivity and -smaa analyse the value model: not with -uta or -ror")
	}
	v, err := value.ParseVariant(*variant)
	if err != nil {
		return fail("-variant %q: want utastar or uta", *variant)
	}
	if math.IsNaN(*delta) || *delta < 0 || math.IsInf(*delta, 0) {
		return fail("-delta %v: want a finite value > 0", *delta)
	}
	if math.IsNaN(*post) || math.IsInf(*post, 0) {
		return fail("-post %v: want a finite value", *post)
	}
	name, in, err := cli.Open(file, stdin)
	if err != nil {
		return fail("%v", err)
	}
	defer in.Close()
	failIn := func(err error) int {
		msg := strings.TrimPrefix(strings.TrimPrefix(err.Error(), "value: "), "mcda: ")
		return fail("%s: %s", name, msg)
	}
	p, err := value.ReadProblem(in)
	if err != nil {
		return failIn(err)
	}
	switch {
	case *uta:
		if p.Ranks == nil {
			return fail("%s: -uta needs a reference ranking: give \"rank\" to some alternatives", name)
		}
		d := *delta
		if d == 0 {
			d = p.Delta
		}
		t := value.UTA{Variant: v, Breakpoints: p.Breakpoints, Delta: d, PostOptimality: *post, Lower: p.Lower, Upper: p.Upper}
		res, err := t.Fit(ctx, p.Matrix, p.Ranks)
		if err != nil {
			return failIn(err)
		}
		if *asJSON {
			return writeJSON(stdout, stderr, utaJSON(res))
		}
		printUTA(stdout, p.Matrix, res)
	case *ror:
		if p.Ranks == nil {
			return fail("%s: -ror needs a reference ranking: give \"rank\" to some alternatives", name)
		}
		r, err := value.NewRelations(ctx, p.Matrix, p.Ranks)
		if err != nil {
			return failIn(err)
		}
		out := rorJSON(r)
		if *asJSON {
			return writeJSON(stdout, stderr, out)
		}
		printROR(stdout, r, out)
	default:
		if p.Model == nil {
			return fail("%s: no value functions: give each criterion a \"function\", or use -uta or -ror", name)
		}
		rk, err := mcda.Rank(p.Model, p.Matrix)
		if err != nil {
			return failIn(err)
		}
		contrib, err := p.Model.Contributions(nil, p.Matrix)
		if err != nil {
			return failIn(err)
		}
		out := mavtJSON(p.Matrix, rk, contrib)
		var ss []robust.CriterionSensitivity
		if *sens {
			if ss, err = robust.Sensitivity(ctx, p.Model, p.Matrix, robust.SensitivityOptions{}); err != nil {
				return failIn(err)
			}
			out.Sensitivity = robustjson.Sensitivities(ss, p.Matrix)
		}
		var sm *robust.SMAAResult
		var smaaSpace robust.SMAA // what -smaa sampled
		if *smaa > 0 {
			s := robust.SMAA{Samples: *smaa, Seed: *seed}
			if *smaaSpec != "" {
				f, err := os.Open(*smaaSpec)
				if err != nil {
					return fail("-smaa-spec: %v", err)
				}
				s.Weights, s.Uncertainty, err = robust.ReadSMAASpec(f, p.Matrix)
				f.Close()
				if err != nil {
					return fail("-smaa-spec %s: %v", *smaaSpec, err)
				}
			}
			smaaSpace = s
			if sm, err = s.Run(ctx, func() mcda.Method { return p.Model }, p.Matrix); err != nil {
				return failIn(err)
			}
			out.SMAA = robustjson.SMAA(sm)
		}
		if *asJSON {
			return writeJSON(stdout, stderr, out)
		}
		printMAVT(stdout, p.Matrix, rk, contrib)
		if ss != nil {
			printSensitivity(stdout, ss)
		}
		if sm != nil {
			printSMAA(stdout, sm, robustjson.SMAASpace(smaaSpace.Weights, len(smaaSpace.Uncertainty)))
		}
	}
	return 0
}

func writeJSON(stdout, stderr io.Writer, v any) int {
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		fmt.Fprintln(stderr, "value:", err)
		return 1
	}
	return 0
}

type mavtAlt struct {
	Alternative   string    `json:"alternative"`
	Score         float64   `json:"score"`
	Rank          int       `json:"rank"`
	Contributions []float64 `json:"contributions"`
}

type mavtOut struct {
	Method         string                   `json:"method"`
	HigherIsBetter bool                     `json:"higher_is_better"`
	Criteria       []string                 `json:"criteria"`
	Weights        []float64                `json:"weights"`
	Results        []mavtAlt                `json:"results"`
	Sensitivity    []robustjson.Sensitivity `json:"sensitivity,omitempty"`
	SMAA           []robustjson.SMAARow     `json:"smaa,omitempty"`
}

func mavtJSON(m *mcda.DecisionMatrix, rk *mcda.Ranking, contrib []float64) mavtOut {
	rows, n := m.Dims()
	out := mavtOut{Method: rk.Method, HigherIsBetter: true, Weights: m.Weights(nil)}
	for _, c := range m.Criteria() {
		out.Criteria = append(out.Criteria, c.Name)
	}
	for i := range rows {
		out.Results = append(out.Results, mavtAlt{rk.Alternatives[i], rk.Scores[i], rk.Ranks[i], contrib[i*n : i*n+n]})
	}
	return out
}

func printMAVT(w io.Writer, m *mcda.DecisionMatrix, rk *mcda.Ranking, contrib []float64) {
	_, n := m.Dims()
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "rank\talternative\tvalue\t")
	for _, c := range m.Criteria() {
		fmt.Fprintf(tw, "%s\t", c.Name)
	}
	fmt.Fprintln(tw)
	fmt.Fprint(tw, "\tweight\t1\t")
	for _, wj := range m.Weights(nil) {
		fmt.Fprintf(tw, "%.4f\t", wj)
	}
	fmt.Fprintln(tw)
	for _, i := range rk.Order {
		fmt.Fprintf(tw, "%d\t%s\t%.4f\t", rk.Ranks[i], rk.Alternatives[i], rk.Scores[i])
		for _, c := range contrib[i*n : i*n+n] {
			fmt.Fprintf(tw, "%.4f\t", c)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	fmt.Fprintln(w, "\ncontributions are w_j·v_j(g_j(a)); each row sums to the value")
}

type rankedAlt struct {
	Alternative string  `json:"alternative"`
	Score       float64 `json:"score"`
	Rank        int     `json:"rank"`
}

type utaOut struct {
	Method string `json:"method"`
	*value.Result
	Results     []rankedAlt `json:"results"`
	PostResults []rankedAlt `json:"post_optimality_results,omitempty"`
}

func ranked(r *mcda.Ranking) []rankedAlt {
	out := make([]rankedAlt, len(r.Scores))
	for i := range out {
		out[i] = rankedAlt{r.Alternatives[i], r.Scores[i], r.Ranks[i]}
	}
	return out
}

func utaJSON(res *value.Result) utaOut {
	out := utaOut{Method: res.Variant.String(), Result: res, Results: ranked(res.Ranking)}
	if res.Post != nil {
		out.PostResults = ranked(res.Post.Ranking)
	}
	return out
}

func printUTA(w io.Writer, m *mcda.DecisionMatrix, res *value.Result) {
	fmt.Fprintf(w, "%s: error sum F* = %.6g, Kendall tau-b with the reference = %.4f\n\n", strings.ToUpper(res.Variant.String()), res.Objective, res.Tau)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "criterion\tweight\tpost-optimality range\tmarginal value u(x) at the breakpoints, worst to best")
	for j, mg := range res.Marginals {
		rng := "-"
		if res.Post != nil {
			rng = fmt.Sprintf("[%.4f, %.4f], mean %.4f", res.Post.MinWeights[j], res.Post.MaxWeights[j], res.Post.Weights[j])
		}
		var pts []string
		for l := range mg.X {
			pts = append(pts, fmt.Sprintf("u(%.4g)=%.4f", mg.X[l], mg.Y[l]))
		}
		fmt.Fprintf(tw, "%s\t%.4f\t%s\t%s\n", mg.Criterion, res.Weights[j], rng, strings.Join(pts, " "))
	}
	tw.Flush()
	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "rank\talternative\tU\terror σ+\terror σ-\t")
	if res.Variant == value.VariantUTAOriginal {
		// UTA's single error σ(a) is in Under.
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprint(tw, "rank\talternative\tU\terror σ\t")
	}
	if res.Post != nil {
		fmt.Fprint(tw, "post-optimality U\trank")
	}
	fmt.Fprintln(tw)
	for _, i := range res.Ranking.Order {
		if res.Variant == value.VariantUTAOriginal {
			fmt.Fprintf(tw, "%d\t%s\t%.4f\t%.4f\t", res.Ranking.Ranks[i], m.Alternative(i), res.Values[i], res.Under[i])
		} else {
			fmt.Fprintf(tw, "%d\t%s\t%.4f\t%.4f\t%.4f\t", res.Ranking.Ranks[i], m.Alternative(i), res.Values[i], res.Over[i], res.Under[i])
		}
		if res.Post != nil {
			fmt.Fprintf(tw, "%.4f\t%d", res.Post.Values[i], res.Post.Ranking.Ranks[i])
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}

type rorOut struct {
	Method    string      `json:"method"`
	Necessary [][2]string `json:"necessary"`
	Possible  [][2]string `json:"possible"`
	Epsilon   float64     `json:"epsilon"`
	Programs  int         `json:"programs"`
}

// rorJSON lists the pairs of distinct alternatives: the necessary ones,
// and the possible ones that are not necessary.
func rorJSON(r *value.Relations) rorOut {
	out := rorOut{Method: "uta-gms", Necessary: [][2]string{}, Possible: [][2]string{}, Epsilon: r.Epsilon, Programs: r.Programs}
	for a, na := range r.Alternatives {
		for b, nb := range r.Alternatives {
			switch {
			case a == b:
			case r.Necessarily(a, b):
				out.Necessary = append(out.Necessary, [2]string{na, nb})
			case r.Possibly(a, b):
				out.Possible = append(out.Possible, [2]string{na, nb})
			}
		}
	}
	return out
}

func printROR(w io.Writer, r *value.Relations, out rorOut) {
	fmt.Fprintf(w, "robust ordinal regression (UTA^GMS): %d linear programmes\n\n", out.Programs)
	fmt.Fprintln(w, "settled whatever the compatible value function (a ≿ᴺ b):")
	for _, p := range out.Necessary {
		rel := "≿"
		if !r.Necessarily(index(r, p[1]), index(r, p[0])) {
			rel = "≻"
		}
		fmt.Fprintf(w, "  %s %s %s\n", p[0], rel, p[1])
	}
	fmt.Fprintln(w, "\nnot settled: possible only, under some compatible functions (a ≿ᴾ b):")
	for _, p := range out.Possible {
		fmt.Fprintf(w, "  %s ≿ᴾ %s\n", p[0], p[1])
	}
}

func index(r *value.Relations, name string) int {
	for i, n := range r.Alternatives {
		if n == name {
			return i
		}
	}
	return -1
}
