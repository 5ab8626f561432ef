package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/balancer-mcda/balancer/examples/internal/partial"
	"github.com/balancer-mcda/balancer/mcda/outranking"
)

// ELECTRE III and II (-method electre3, electre2) give partial preorders,
// not rankings: they run alone and their report is examples/sort's, shared
// through examples/internal/partial.

// partialNames names the partial-preorder methods.
var partialNames = map[string]string{"electre3": "ELECTRE III", "electre2": "ELECTRE II"}

// isPartial reports whether method gives a partial preorder.
func isPartial(method string) bool {
	_, ok := partialNames[method]
	return ok
}

// partialConfig holds the parameters of electre3 and electre2.
type partialConfig struct {
	alpha, beta float64   // electre3's distillation s(λ) = α·λ + β
	levels      []float64 // electre2's c⁻, c⁰, c⁺, d⁻, d⁺
}

// partialFlags are the flags of electre3 and electre2.
type partialFlags struct {
	alpha, beta *float64
	levels      *string
}

func addPartialFlags(fs *flag.FlagSet) *partialFlags {
	return &partialFlags{
		alpha:  fs.Float64("alpha", -0.15, "electre3 distillation slope α of s(λ) = α·λ + β"),
		beta:   fs.Float64("beta", 0.3, "electre3 distillation intercept β of s(λ) = α·λ + β"),
		levels: fs.String("levels", "0.65,0.75,0.85,0.25,0.5", "electre2 levels c⁻,c⁰,c⁺,d⁻,d⁺"),
	}
}

// errAlone is the error for a partial-preorder method listed with others.
func errAlone(method string) error {
	return fmt.Errorf("-method %s: %s gives a partial preorder, not a ranking; run it alone", method, partialNames[method])
}

// check checks the flags of electre3 and electre2, and that a partial
// preorder is not asked for what needs a ranking; it sets cfg.partial.
func (f *partialFlags) check(cfg *config, set map[string]bool) error {
	method := cfg.methods[0]
	if set["alpha"] && method != "electre3" || set["beta"] && method != "electre3" {
		return fmt.Errorf("-alpha and -beta apply to electre3, not to -method %s", strings.Join(cfg.methods, ","))
	}
	if set["levels"] && method != "electre2" {
		return fmt.Errorf("-levels applies to electre2, not to -method %s", strings.Join(cfg.methods, ","))
	}
	if !isPartial(method) {
		return nil
	}
	switch {
	case cfg.sensitivity || cfg.smaa > 0:
		return fmt.Errorf("-method %s: -sensitivity and -smaa need a ranking method", method)
	case cfg.stream:
		return fmt.Errorf("-method %s: -stream needs a ranking method", method)
	case cfg.plot != "" || set["plot"]:
		return fmt.Errorf("-plot draws rankings; -method %s gives a partial preorder", method)
	case cfg.weighting != "" || set["shift"]:
		return fmt.Errorf("-method %s: -weighting and -shift apply to ranking methods; give the weights in the file", method)
	}
	cfg.partial = partialConfig{alpha: *f.alpha, beta: *f.beta}
	if method == "electre2" {
		for _, s := range strings.Split(*f.levels, ",") {
			x, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
			if err != nil {
				return fmt.Errorf("-levels %q: want five numbers c⁻,c⁰,c⁺,d⁻,d⁺", *f.levels)
			}
			cfg.partial.levels = append(cfg.partial.levels, x)
		}
		if len(cfg.partial.levels) != 5 {
			return fmt.Errorf("-levels %q: want five numbers c⁻,c⁰,c⁺,d⁻,d⁺", *f.levels)
		}
	}
	return nil
}

// runPartial reads the problem and writes the partial preorder of
// electre3 or electre2.
func runPartial(cfg *config, stdin io.Reader, w io.Writer) error {
	p, name, err := readOutranking(cfg.file, cfg.format, stdin)
	if err != nil {
		return err
	}
	method := cfg.methods[0]
	ctx := context.Background()
	if method == "electre3" {
		e := outranking.ELECTREIII{Thresholds: p.Thresholds, Alpha: &cfg.partial.alpha, Beta: &cfg.partial.beta, MaxPairs: cfg.opt.MaxPairs}
		err = partial.ELECTREIII(ctx, w, e, p.Matrix, cfg.json)
	} else {
		l := cfg.partial.levels
		e := outranking.ELECTREII{CMinus: l[0], CZero: l[1], CPlus: l[2], DMinus: l[3], DPlus: l[4], MaxPairs: cfg.opt.MaxPairs}
		err = partial.ELECTREII(ctx, w, e, p.Matrix, cfg.json)
	}
	if err != nil {
		return methodError(cfg, method, name, err)
	}
	return nil
}

// maxOutrankingBytes is the input limit of outranking.ReadProblem and
// ReadCSVProblem, which report a larger input as an error.
const maxOutrankingBytes = 64 << 20

// readOutranking reads the problem in file, or in stdin for "" or "-",
// with outranking.ReadProblem (JSON) or outranking.ReadCSVProblem (CSV),
// choosing the format as readProblem does. A file without thresholds,
// such as a plain rank problem, has the zero thresholds: q = p = 0 and no
// veto on every criterion.
func readOutranking(file, format string, stdin io.Reader) (*outranking.Problem, string, error) {
	name := file
	in := stdin
	if file != "" && file != "-" {
		f, err := os.Open(file)
		if err != nil {
			return nil, "", err
		}
		defer f.Close()
		in = f
	} else {
		name = "standard input"
	}
	data, err := io.ReadAll(io.LimitReader(in, maxOutrankingBytes+1))
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", name, err)
	}
	if format == "csv" || format == "auto" && (isCSV(file) || !isJSON(file) && looksLikeCSV(data)) {
		p, err := outranking.ReadCSVProblem(bytes.NewReader(data))
		if err != nil {
			return nil, "", fmt.Errorf("%s: %w", name, err)
		}
		return p, name, nil
	}
	p, err := outranking.ReadProblem(bytes.NewReader(data))
	if err != nil {
		return nil, "", locateJSON(name, data, err)
	}
	return p, name, nil
}
