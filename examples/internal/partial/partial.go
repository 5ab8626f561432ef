// Package partial reports the partial preorders of ELECTRE II and III
// (mcda/outranking) for the example programs examples/sort and
// examples/rank, as text or JSON, so that both print the same thing. The
// result is a partial order: it is printed as levels with the relation
// beside them and every incomparable pair, never as a total order.
package partial

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/outranking"
)

// Preorder is the common part of the ELECTRE III and II reports: the
// classes of both distillations (or preorders), the relation of each
// alternative to each other ("P+" preferred, "P-" less preferred, "I"
// indifferent, "R" incomparable), the display levels of
// outranking.FinalRank and the incomparable pairs, in input order.
type Preorder struct {
	Alternatives []string                `json:"alternatives"`
	Descending   [][]string              `json:"descending"`
	Ascending    [][]string              `json:"ascending"`
	Relation     [][]outranking.Relation `json:"relation"`
	Levels       []int                   `json:"levels"`
	Incomparable [][2]string             `json:"incomparable"`

	descRank, ascRank []int
}

// NewPreorder returns the partial preorder of the alternatives names given
// by the classes desc and asc, best first, of the two complete preorders
// and the 1-based class of each alternative in them. It takes O(m²) time
// and memory for m alternatives.
func NewPreorder(names []string, desc, asc [][]int, descRank, ascRank []int) Preorder {
	classNames := func(cs [][]int) [][]string {
		out := make([][]string, len(cs))
		for k, c := range cs {
			for _, a := range c {
				out[k] = append(out[k], names[a])
			}
		}
		return out
	}
	p := Preorder{Alternatives: names, Descending: classNames(desc), Ascending: classNames(asc),
		Levels: outranking.FinalRank(descRank, ascRank), Incomparable: [][2]string{},
		descRank: descRank, ascRank: ascRank}
	p.Relation = make([][]outranking.Relation, len(names))
	for a := range names {
		p.Relation[a] = make([]outranking.Relation, len(names))
		for b := range names {
			p.Relation[a][b] = outranking.Intersect(descRank, ascRank, a, b)
			if b > a && p.Relation[a][b] == outranking.RelationIncomparable {
				p.Incomparable = append(p.Incomparable, [2]string{names[a], names[b]})
			}
		}
	}
	return p
}

// Print writes the partial preorder as levels, each alternative with its
// classes in both preorders and the alternatives it is preferred to, then
// the incomparable pairs.
func (p *Preorder) Print(w io.Writer) error {
	tw := NewTable(w)
	fmt.Fprintln(tw, "level\talternative\tdescending\tascending\tpreferred to")
	maxLevel := 0
	for _, l := range p.Levels {
		maxLevel = max(maxLevel, l)
	}
	for l := 1; l <= maxLevel; l++ {
		for a, name := range p.Alternatives {
			if p.Levels[a] != l {
				continue
			}
			var below []string
			for b := range p.Alternatives {
				if p.Relation[a][b] == outranking.RelationPreferred {
					below = append(below, p.Alternatives[b])
				}
			}
			fmt.Fprintf(tw, "%d\t%s\t%d\t%d\t%s\n", l, name, p.descRank[a], p.ascRank[a], strings.Join(below, ", "))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(p.Incomparable) == 0 {
		_, err := fmt.Fprintln(w, "\nincomparable: none")
		return err
	}
	fmt.Fprintln(w, "\nincomparable:")
	for _, pr := range p.Incomparable {
		fmt.Fprintf(w, "  %s R %s\n", pr[0], pr[1])
	}
	return nil
}

// ELECTREIIIReport is the JSON report of ELECTRE III.
type ELECTREIIIReport struct {
	Method      string        `json:"method"`
	Alpha       float64       `json:"alpha"`
	Beta        float64       `json:"beta"`
	Concordance [][]float64   `json:"concordance"`
	Discordance [][][]float64 `json:"discordance"`
	Credibility [][]float64   `json:"credibility"`
	Preorder
}

// ELECTREIII evaluates e on m and writes its partial preorder to w, as
// text or, when asJSON is set, as an ELECTREIIIReport. Its errors are those
// of outranking.ELECTREIII.Evaluate.
func ELECTREIII(ctx context.Context, w io.Writer, e outranking.ELECTREIII, m *mcda.DecisionMatrix, asJSON bool) error {
	res, err := e.Evaluate(ctx, m)
	if err != nil {
		return err
	}
	rep := ELECTREIIIReport{Method: "electre3", Alpha: res.Alpha, Beta: res.Beta,
		Concordance: res.Concordance, Discordance: res.Discordance, Credibility: res.Credibility,
		Preorder: NewPreorder(res.Alternatives, res.Descending, res.Ascending, res.DescendingRank, res.AscendingRank)}
	if asJSON {
		return WriteJSON(w, rep)
	}
	fmt.Fprintf(w, "ELECTRE III, distillation s(λ) = %.4g·λ + %.4g: a partial preorder, not a ranking\n\n", res.Alpha, res.Beta)
	return rep.Print(w)
}

// ELECTREIIReport is the JSON report of ELECTRE II; "outranking_levels"
// holds c⁻, c⁰, c⁺, d⁻ and d⁺.
type ELECTREIIReport struct {
	Method      string      `json:"method"`
	Levels      []float64   `json:"outranking_levels"`
	Concordance [][]float64 `json:"concordance"`
	Discordance [][]float64 `json:"discordance"`
	Strong      [][]bool    `json:"strong"`
	Weak        [][]bool    `json:"weak"`
	Preorder
}

// ELECTREII evaluates e on m and writes its partial preorder to w, as text
// or, when asJSON is set, as an ELECTREIIReport. Its errors are those of
// outranking.ELECTREII.Evaluate.
func ELECTREII(ctx context.Context, w io.Writer, e outranking.ELECTREII, m *mcda.DecisionMatrix, asJSON bool) error {
	res, err := e.Evaluate(ctx, m)
	if err != nil {
		return err
	}
	l := []float64{e.CMinus, e.CZero, e.CPlus, e.DMinus, e.DPlus}
	rep := ELECTREIIReport{Method: "electre2", Levels: l, Concordance: res.Concordance, Discordance: res.Discordance,
		Strong: res.Strong, Weak: res.Weak,
		Preorder: NewPreorder(res.Alternatives, res.Descending, res.Ascending, res.DescendingRank, res.AscendingRank)}
	if asJSON {
		return WriteJSON(w, rep)
	}
	fmt.Fprintf(w, "ELECTRE II, c⁻ = %.4g, c⁰ = %.4g, c⁺ = %.4g, d⁻ = %.4g, d⁺ = %.4g: a partial preorder, not a ranking\n\n", l[0], l[1], l[2], l[3], l[4])
	return rep.Print(w)
}

// Table is a tabwriter whose Flush drops the spaces that pad the last
// cell of a line.
type Table struct {
	*tabwriter.Writer
	buf bytes.Buffer
	w   io.Writer
}

// NewTable returns a Table writing to w, its columns two spaces apart.
func NewTable(w io.Writer) *Table {
	t := &Table{w: w}
	t.Writer = tabwriter.NewWriter(&t.buf, 0, 0, 2, ' ', 0)
	return t
}

// Flush writes the buffered lines to the underlying writer, each without
// trailing spaces.
func (t *Table) Flush() error {
	if err := t.Writer.Flush(); err != nil {
		return err
	}
	for _, line := range strings.SplitAfter(t.buf.String(), "\n") {
		if line == "" {
			continue
		}
		if _, err := io.WriteString(t.w, strings.TrimRight(line, " \n")+"\n"); err != nil {
			return err
		}
	}
	t.buf.Reset()
	return nil
}

// WriteJSON writes v to w as indented JSON.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
