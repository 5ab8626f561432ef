package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
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

type interval struct {
	Lo float64 `json:"lo"`
	Hi float64 `json:"hi"`
}

// breakpoint is a pair changing places: a's standing relative to b just
// below and just above the weight, and the better of the two places.
type breakpoint struct {
	Weight float64 `json:"weight"`
	A      string  `json:"a"`
	B      string  `json:"b"`
	Before string  `json:"before"`
	After  string  `json:"after"`
	Rank   int     `json:"rank"`
}

type sensitivity struct {
	Criterion     string       `json:"criterion"`
	Weight        float64      `json:"weight"`
	Exact         bool         `json:"exact"`
	Breakpoints   []breakpoint `json:"breakpoints"`
	Truncated     bool         `json:"truncated"`
	Omitted       int          `json:"omitted"`
	FirstStable   interval     `json:"first_stable"`
	RankingStable interval     `json:"ranking_stable"`
}

type smaaRow struct {
	Alternative    string    `json:"alternative"`
	Acceptability  []float64 `json:"acceptability"`
	CentralWeights []float64 `json:"central_weights"`
	Confidence     float64   `json:"confidence"`
}

type pair struct {
	A string `json:"a"`
	B string `json:"b"`
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
	Sensitivity    []sensitivity            `json:"sensitivity,omitempty"`
	SMAA           []smaaRow                `json:"smaa,omitempty"`
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
		res, err := s.Run(context.Background(), func() mcda.Method { return newMethod(first) }, m)
		if errors.Is(err, mcda.ErrTooLarge) {
			return fmt.Errorf("%s: -smaa: %w (-max-pairs raises the limit)", name, err)
		}
		if err != nil {
			return fmt.Errorf("%s: -smaa: %w", name, err)
		}
		rep.smaa = res
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
	for _, s := range rep.sensitivity {
		js := sensitivity{
			Criterion:     s.Criterion,
			Weight:        s.Weight,
			Exact:         s.Exact,
			Breakpoints:   []breakpoint{},
			Truncated:     s.Truncated,
			Omitted:       s.Omitted,
			FirstStable:   interval{s.FirstStable.Lo, s.FirstStable.Hi},
			RankingStable: interval{s.RankingStable.Lo, s.RankingStable.Hi},
		}
		for _, b := range s.Breakpoints {
			js.Breakpoints = append(js.Breakpoints, breakpoint{b.Weight, m.Alternative(b.A), m.Alternative(b.B),
				b.Before.String(), b.After.String(), b.Rank})
		}
		out.Sensitivity = append(out.Sensitivity, js)
	}
	if rep.gaia != nil {
		out.GAIA = gaiaJSON(rep.gaia, m)
	}
	if s := rep.smaa; s != nil {
		for i, a := range s.Alternatives {
			row := smaaRow{Alternative: a, Acceptability: s.Acceptability[i], CentralWeights: s.CentralWeights[i]}
			if s.Confidence != nil {
				row.Confidence = s.Confidence[i]
			}
			out.SMAA = append(out.SMAA, row)
		}
	}
	return out
}
