package main

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/balancer-mcda/balancer/mcda"
)

// streamResult is one alternative in the -stream -json output.
type streamResult struct {
	Alternative string  `json:"alternative"`
	Score       float64 `json:"score"`
	Rank        int     `json:"rank,omitempty"`
	Index       int     `json:"index"`
}

// streamOutput is the -stream -json document with -top K > 0.
type streamOutput struct {
	Method         string         `json:"method"`
	HigherIsBetter bool           `json:"higher_is_better"`
	Results        []streamResult `json:"results"`
	Count          int            `json:"count"`
}

// runStream ranks cfg.file in two streaming passes (mcda.RankStream).
func runStream(cfg *config, stdout, stderr io.Writer) error {
	name := cfg.file
	if !isCSV(name) && cfg.format != "csv" {
		return fmt.Errorf("-stream %s: want a .csv file, or -format csv", name)
	}
	method, _ := mcda.NewMethod(cfg.methods[0], cfg.opt)
	csvFile := mcda.CSVFile(name)
	var firstPass defaults // the first pass's reader, for the file's defaults
	open := func() (mcda.RowSource, error) {
		src, err := csvFile()
		if d, ok := src.(defaults); ok && firstPass == nil {
			firstPass = d // a mcda.CSVReader; RankStream closes its file
		}
		return src, err
	}
	bw := bufio.NewWriterSize(stdout, 1<<16)
	opts := mcda.StreamOptions{Method: method, Top: cfg.top, UniqueNames: true}
	cw := csv.NewWriter(bw)
	if cfg.top == 0 {
		opts.Top = -1 // keep none: every score is written as it comes
		// Every score, in input order, as it is computed.
		first := true
		rec := make([]string, 3)
		opts.Each = func(i int, alt string, score float64) error {
			if cfg.json {
				if first {
					fmt.Fprintf(bw, `{"method":%q,"higher_is_better":%t,"results":[`, method.Name(), method.HigherIsBetter())
				} else {
					bw.WriteByte(',')
				}
				b, err := json.Marshal(streamResult{Alternative: alt, Score: score, Index: i})
				if err != nil {
					return err
				}
				bw.Write(b)
			} else {
				if first {
					cw.Write([]string{"index", "alternative", method.Name()})
				}
				rec[0], rec[1], rec[2] = strconv.Itoa(i), alt, strconv.FormatFloat(score, 'g', -1, 64)
				if err := cw.Write(rec); err != nil {
					return err
				}
			}
			first = false
			return nil
		}
	}
	res, err := mcda.RankStream(context.Background(), open, opts)
	switch {
	case errors.Is(err, mcda.ErrNotStreamable):
		return fmt.Errorf("-stream -method %s: %w", cfg.methods[0], err)
	case errors.Is(err, mcda.ErrNormalization):
		return fmt.Errorf("-method %s -norm %s: %w", cfg.methods[0], cfg.norm, err)
	case err != nil:
		return fmt.Errorf("%s: -stream: %w", name, err)
	}
	if firstPass != nil {
		warnDefaults(firstPass, name, stderr)
	}
	if cfg.top == 0 {
		if cfg.json {
			fmt.Fprintf(bw, `],"count":%d}`+"\n", res.Alternatives)
		}
		cw.Flush()
		if err := cw.Error(); err != nil {
			return err
		}
		return bw.Flush()
	}
	if cfg.json {
		out := streamOutput{Method: res.Method, HigherIsBetter: res.HigherIsBetter, Count: res.Alternatives, Results: []streamResult{}}
		for _, a := range res.Top {
			out.Results = append(out.Results, streamResult{a.Name, a.Score, a.Rank, a.Index})
		}
		if err := json.NewEncoder(bw).Encode(out); err != nil {
			return err
		}
		return bw.Flush()
	}
	fmt.Fprintf(bw, "%s (%s is better): the best %d of %d alternatives\n\n", res.Method, better(res.HigherIsBetter), len(res.Top), res.Alternatives)
	t := table{left: 1}
	t.add("rank", "alternative", "score", "index")
	for _, a := range res.Top {
		t.add(strconv.Itoa(a.Rank), printable(a.Name), formatScore(a.Score), strconv.Itoa(a.Index))
	}
	t.write(bw)
	return bw.Flush()
}

func better(higher bool) string {
	if higher {
		return "higher"
	}
	return "lower"
}
