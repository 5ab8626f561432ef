package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/balancer-mcda/balancer/examples/internal/robustjson"
	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
	"gonum.org/v1/gonum/mat"
)

// agreement is one pair of methods in the -json output. A nil coefficient
// is undefined (written as null).
type agreement struct {
	A                string   `json:"a"`
	B                string   `json:"b"`
	Spearman         *float64 `json:"spearman"`
	WeightedSpearman *float64 `json:"weighted_spearman"`
	WS               *float64 `json:"ws"`
	Kendall          *float64 `json:"kendall"`
}

type weight struct {
	Criterion string  `json:"criterion"`
	Weight    float64 `json:"weight"`
}

type pair struct {
	A string `json:"a"`
	B string `json:"b"`
}

// normalizedOutput is the decision matrix normalized by -normalized.
type normalizedOutput struct {
	Normalization string      `json:"normalization"`
	Criteria      []string    `json:"criteria"`
	Alternatives  []string    `json:"alternatives"`
	Values        [][]float64 `json:"values"`
}

// output is the -json document.
type output struct {
	Method         string                   `json:"method"`
	HigherIsBetter *bool                    `json:"higher_is_better,omitempty"`
	Count          *int                     `json:"count,omitempty"`
	Results        []mcda.RankedAlternative `json:"results"`
	Rankings       []*mcda.Ranking          `json:"rankings,omitempty"`
	Agreement      []agreement              `json:"agreement,omitempty"`
	Weights        []weight                 `json:"weights,omitempty"`
	Sensitivity    []robustjson.Sensitivity `json:"sensitivity,omitempty"`
	SMAA           []robustjson.SMAARow     `json:"smaa,omitempty"`
	Flows          *flowsOutput             `json:"flows,omitempty"`
	Normalized     *normalizedOutput        `json:"normalized,omitempty"`
	MinimumChange  []robust.Challenger      `json:"minimum_change,omitempty"`
	Reversal       *robust.ReversalReport   `json:"reversal,omitempty"`
	Kernel         []string                 `json:"kernel,omitempty"`
	Outranking     []pair                   `json:"outranking,omitempty"`
	Acyclic        *bool                    `json:"acyclic,omitempty"`
	GAIA           *gaiaOutput              `json:"gaia,omitempty"`
}

// report holds everything the analysis computed, for either output form.
type report struct {
	rankings    []*mcda.Ranking
	agreements  []mcda.Agreement
	undefined   map[int]bool
	weighting   string
	weights     []float64 // the weighting's weights, with -weighting
	matrix      *mcda.DecisionMatrix
	sensitivity []robust.CriterionSensitivity
	focus       int // the places tracked by sensitivity, 0 for all
	smaa        *robust.SMAAResult
	smaaSpace   string // what SMAA sampled, for the table's title
	reversal    *robust.ReversalReport
	challengers []robust.Challenger // -minimum-change
	normalized  *normalizedOutput   // -normalized
	flows       *flowsOutput        // -flows
	electre     *mcda.ELECTREIResult
	gaia        *mcda.GAIA
}

// analyse runs the analyses cfg asks for on p and writes the report.
func analyse(cfg *config, p *mcda.Problem, name string, w, stderr io.Writer) error {
	m := p.Matrix
	rep := &report{weighting: cfg.weighting}
	if cfg.shift != nil {
		s, shift, err := mcda.ShiftColumns(m, *cfg.shift)
		if err != nil {
			return fmt.Errorf("%s: -shift %v: %w", name, *cfg.shift, err)
		}
		for j, d := range shift {
			if d == 0 {
				continue
			}
			fmt.Fprintf(stderr, "rank: -shift %v: added %v to every value of criterion %q\n", *cfg.shift, d, m.Criterion(j).Name)
			if lo := columnMin(s, j); lo != *cfg.shift {
				fmt.Fprintf(stderr, "rank: -shift %v: criterion %q: its smallest value became %v, not %v: no float64 shift of %v reaches %v exactly\n",
					*cfg.shift, m.Criterion(j).Name, lo, *cfg.shift, columnMin(m, j), *cfg.shift)
			}
		}
		m = s
	}
	if cfg.weighting != "" {
		wt, _ := mcda.NewWeighting(cfg.weighting, mcda.WeightingOptions{Workers: cfg.opt.Workers})
		ws, err := wt.Weights(nil, m)
		if err != nil {
			return fmt.Errorf("%s: -weighting %s: %w", name, cfg.weighting, err)
		}
		rep.weights = ws
		if m, err = m.WithWeights(ws); err != nil {
			return fmt.Errorf("%s: -weighting %s: %w", name, cfg.weighting, err)
		}
	}
	rep.matrix = m
	opt := cfg.opt
	opt.Preferences = p.Preferences

	if cfg.methods[0] == "electre" {
		res, err := (&mcda.ELECTREI{Normalization: opt.Normalization, MaxPairs: opt.MaxPairs}).Evaluate(m)
		if err != nil {
			return methodError(cfg, "electre", name, err)
		}
		rep.electre = res
		return rep.write(cfg, w)
	}

	newMethod := func(method string) mcda.Method {
		meth, _ := mcda.NewMethod(method, opt) // the name was checked
		return meth
	}
	for _, method := range cfg.methods {
		r, err := mcda.Rank(newMethod(method), m)
		if err != nil {
			return methodError(cfg, method, name, err)
		}
		rep.rankings = append(rep.rankings, r)
	}
	if rows, _ := m.Dims(); len(rep.rankings) > 1 && rows < 2 {
		fmt.Fprintf(stderr, "rank: %s: one alternative: no rank agreement to measure, the agreement table is left out\n", name)
	} else if len(rep.rankings) > 1 {
		ags, undefined, err := mcda.CompareAll(rep.rankings)
		if err != nil {
			return err
		}
		rep.agreements = ags
		rep.undefined = map[int]bool{}
		for _, k := range undefined {
			rep.undefined[k] = true
		}
	}
	if cfg.gaia {
		g, err := gaiaPlane(m, opt.Preferences)
		if err != nil {
			return fmt.Errorf("%s: -gaia: %w", name, err)
		}
		rep.gaia = g
	}
	first := cfg.methods[0]
	if cfg.sensitivity {
		curves := cfg.plot != "" && curvesFit(m)
		if cfg.plot != "" && !curves {
			rows, cols := m.Dims()
			fmt.Fprintf(stderr, "rank: -plot: no sensitivity charts for %d alternatives × %d criteria: their curves would take more than %d MiB (the tables and -json have the breakpoints)\n",
				rows, cols, maxCurveBytes>>20)
		}
		s, err := robust.Sensitivity(context.Background(), newMethod(first), m,
			robust.SensitivityOptions{Top: cfg.focus, MaxBreakpoints: cfg.breakpoints, Curves: curves})
		if err != nil {
			return fmt.Errorf("%s: -sensitivity: %w", name, err)
		}
		rep.sensitivity, rep.focus = s, cfg.focus
	}
	if cfg.smaa > 0 {
		s := robust.SMAA{Samples: cfg.smaa, Seed: cfg.seed, MaxPairs: opt.MaxPairs}
		if cfg.smaaSpec != "" {
			f, err := os.Open(cfg.smaaSpec)
			if err != nil {
				return fmt.Errorf("-smaa-spec: %w", err)
			}
			s.Weights, s.Uncertainty, err = robust.ReadSMAASpec(f, m)
			f.Close()
			if err != nil {
				return fmt.Errorf("-smaa-spec %s: %w", cfg.smaaSpec, err)
			}
		}
		res, err := s.Run(context.Background(), func() mcda.Method { return newMethod(first) }, m)
		if errors.Is(err, mcda.ErrTooLarge) {
			return fmt.Errorf("%s: -smaa: %w (-max-pairs raises the limit)", name, err)
		}
		if err != nil {
			return fmt.Errorf("%s: -smaa: %w", name, err)
		}
		rep.smaa = res
		rep.smaaSpace = robustjson.SMAASpace(s.Weights, len(s.Uncertainty))
	}
	if cfg.flows {
		f, err := promethee1(m, opt)
		if errors.Is(err, mcda.ErrTooLarge) {
			return fmt.Errorf("%s: -flows: %w (-max-pairs raises the limit)", name, err)
		}
		if err != nil {
			return fmt.Errorf("%s: -flows: %w", name, err)
		}
		rep.flows = f
	}
	if cfg.normalized != nil {
		v, err := mcda.Normalize(nil, m, *cfg.normalized)
		if err != nil {
			return fmt.Errorf("%s: -normalized %v: %w", name, *cfg.normalized, err)
		}
		rows, _ := v.Dims()
		out := &normalizedOutput{Normalization: cfg.normalized.String(), Alternatives: m.Alternatives()}
		for _, c := range m.Criteria() {
			out.Criteria = append(out.Criteria, c.Name)
		}
		for i := range rows {
			out.Values = append(out.Values, mat.Row(nil, i, v))
		}
		rep.normalized = out
	}
	if cfg.minChange {
		c, err := robust.MinimumChange(context.Background(), newMethod(first).(*mcda.WSM), m)
		if err != nil {
			return fmt.Errorf("%s: -minimum-change: %w", name, err)
		}
		rep.challengers = c
	}
	if cfg.reversal {
		r, err := robust.RankReversal(context.Background(), newMethod(first), m,
			robust.ReversalOptions{Scenarios: cfg.scenarios, MaxPairs: opt.MaxPairs})
		if errors.Is(err, mcda.ErrTooLarge) {
			return fmt.Errorf("%s: -reversal: %w (-max-pairs raises the limit)", name, err)
		}
		if err != nil {
			return fmt.Errorf("%s: -reversal: %w", name, err)
		}
		rep.reversal = r
	}
	if cfg.plot != "" {
		if _, err := rep.plot(cfg.plot, stderr); err != nil {
			return err
		}
	}
	return rep.write(cfg, w)
}

// columnMin returns the smallest value of criterion j.
func columnMin(m *mcda.DecisionMatrix, j int) float64 {
	rows, _ := m.Dims()
	lo := m.At(0, j)
	for i := 1; i < rows; i++ {
		lo = min(lo, m.At(i, j))
	}
	return lo
}

// methodError names the flag behind a method's error.
func methodError(cfg *config, method, name string, err error) error {
	if errors.Is(err, mcda.ErrTooLarge) {
		return fmt.Errorf("%s: -method %s: %w (-max-pairs raises the limit)", name, method, err)
	}
	if errors.Is(err, mcda.ErrNormalization) {
		return fmt.Errorf("-method %s -norm %s: %w", method, cfg.norm, err)
	}
	return fmt.Errorf("%s: -method %s: %w", name, method, err)
}

func (rep *report) write(cfg *config, w io.Writer) error {
	if cfg.json {
		return json.NewEncoder(w).Encode(rep.json())
	}
	return rep.writeText(w)
}

// json returns the -json document.
func (rep *report) json() output {
	var out output
	m := rep.matrix
	if rep.weighting != "" {
		for j, c := range m.Criteria() {
			out.Weights = append(out.Weights, weight{c.Name, rep.weights[j]})
		}
	}
	if e := rep.electre; e != nil {
		names := m.Alternatives()
		out.Method = "electre"
		out.Results = []mcda.RankedAlternative{}
		out.Kernel = []string{}
		for _, i := range e.Kernel {
			out.Kernel = append(out.Kernel, names[i])
		}
		out.Outranking = []pair{}
		for a, row := range e.Outranks {
			for b, s := range row {
				if s {
					out.Outranking = append(out.Outranking, pair{names[a], names[b]})
				}
			}
		}
		out.Acyclic = &e.Acyclic
		return out
	}
	first := rep.rankings[0]
	out.Method = first.Method
	out.HigherIsBetter = &first.HigherIsBetter
	n := len(first.Alternatives)
	out.Count = &n
	out.Results = first.Results()
	if len(rep.rankings) > 1 {
		out.Rankings = rep.rankings
		for k, ag := range rep.agreements {
			a := agreement{A: ag.A, B: ag.B}
			if !rep.undefined[k] {
				a.Spearman, a.WeightedSpearman, a.WS, a.Kendall = &ag.Spearman, &ag.WeightedSpearman, &ag.WS, &ag.Kendall
			}
			out.Agreement = append(out.Agreement, a)
		}
	}
	if rep.sensitivity != nil {
		out.Sensitivity = robustjson.Sensitivities(rep.sensitivity, m)
	}
	if rep.gaia != nil {
		out.GAIA = gaiaJSON(rep.gaia, m)
	}
	out.Reversal = rep.reversal
	out.MinimumChange = rep.challengers
	out.Normalized = rep.normalized
	out.Flows = rep.flows
	if rep.smaa != nil {
		out.SMAA = robustjson.SMAA(rep.smaa)
	}
	return out
}
