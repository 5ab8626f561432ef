package main

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

// table accumulates rows of cells and writes them aligned: the column
// left (the first unless set) left-aligned, the others right-aligned.
type table struct {
	rows [][]string
	left int
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

func (t *table) write(w io.Writer) {
	var width []int
	for _, r := range t.rows {
		for j, c := range r {
			if j >= len(width) {
				width = append(width, 0)
			}
			width[j] = max(width[j], utf8.RuneCountInString(c))
		}
	}
	for _, r := range t.rows {
		var b strings.Builder
		for j, c := range r {
			pad := strings.Repeat(" ", width[j]-utf8.RuneCountInString(c))
			if j > 0 {
				b.WriteString("  ")
			}
			if j == t.left {
				b.WriteString(c + pad)
			} else {
				b.WriteString(pad + c)
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

// writeText writes the report as tables.
func (rep *report) writeText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	sep := ""
	section := func(title string) {
		fmt.Fprintf(bw, "%s%s\n\n", sep, title)
		sep = "\n"
	}
	m := rep.matrix
	if rep.weighting != "" {
		section(fmt.Sprintf("weights (%s)", rep.weighting))
		var t table
		t.add("criterion", "weight")
		for j, c := range m.Criteria() {
			t.add(printable(c.Name), strconv.FormatFloat(rep.weights[j], 'f', 4, 64))
		}
		t.write(bw)
	}
	if e := rep.electre; e != nil {
		rep.writeELECTRE(bw, section)
		return bw.Flush()
	}
	for _, r := range rep.rankings {
		section(fmt.Sprintf("%s (%s is better)", r.Method, better(r.HigherIsBetter)))
		writeRanking(bw, r)
	}
	if len(rep.agreements) > 0 {
		section("rank agreement (Spearman, weighted Spearman r_w, WS, Kendall tau-b)")
		var t table
		t.add("methods", "spearman", "r_w", "ws", "kendall")
		for k, ag := range rep.agreements {
			if rep.undefined[k] {
				t.add(ag.A+" / "+ag.B, "-", "-", "-", "-")
				continue
			}
			t.add(ag.A+" / "+ag.B, f3(ag.Spearman), f3(ag.WeightedSpearman), f3(ag.WS), f3(ag.Kendall))
		}
		t.write(bw)
		if len(rep.undefined) > 0 {
			fmt.Fprintln(bw, "\n- : undefined, one of the rankings ties every alternative")
		}
	}
	if rep.gaia != nil {
		writeGAIA(bw, section, rep.gaia, m)
	}
	if len(rep.sensitivity) > 0 {
		rep.writeSensitivity(bw, section)
	}
	if rep.smaa != nil {
		rep.writeSMAA(bw, section)
	}
	if rep.flows != nil {
		rep.writeFlows(bw, section)
	}
	if rep.normalized != nil {
		rep.writeNormalized(bw, section)
	}
	if rep.challengers != nil {
		rep.writeMinimumChange(bw, section)
	}
	if rep.reversal != nil {
		rep.writeReversal(bw, section)
	}
	return bw.Flush()
}

// writeRanking writes r as a table, best first.
func writeRanking(w io.Writer, r *mcda.Ranking) {
	r.WriteText(w) // w is a bufio.Writer whose error is reported on Flush
}

func (rep *report) writeSensitivity(w io.Writer, section func(string)) {
	first := rep.rankings[0]
	leader := first.Alternatives[first.Order[0]]
	section(fmt.Sprintf("weight sensitivity of %s, one criterion at a time (the others keep their proportions)", first.Method))
	var t table
	holds := "ranking holds for"
	switch f := rep.focus; {
	case f == 1:
		holds = "first place holds for"
	case f > 1:
		holds = fmt.Sprintf("top %d holds for", f)
	}
	t.add("criterion", "weight", printable(leader)+" first for", holds, "breakpoints")
	for _, s := range rep.sensitivity {
		shown := nearest(s.Breakpoints, s.Weight, shownBreakpoints)
		bps := make([]string, 0, len(shown)+1)
		for _, b := range shown {
			bps = append(bps, fWeight(b.Weight, 6))
		}
		if more := len(s.Breakpoints) - len(shown) + s.Omitted; more > 0 {
			bps = append(bps, "… and "+groupDigits(more)+" more")
		}
		mark := ""
		if !s.Exact {
			mark = " ~"
		}
		t.add(printable(s.Criterion), f3(s.Weight),
			fmt.Sprintf("[%s, %s]", fWeight(s.FirstStable.Lo, 3), fWeight(s.FirstStable.Hi, 3)),
			fmt.Sprintf("[%s, %s]", fWeight(s.RankingStable.Lo, 3), fWeight(s.RankingStable.Hi, 3)),
			strings.Join(bps, " ")+mark)
	}
	t.write(w)
	what := "in the ranking"
	switch f := rep.focus; {
	case f == 1:
		what = "for first place"
	case f > 1:
		what = fmt.Sprintf("within the first %d places", f)
	}
	fmt.Fprintf(w, "\nIntervals are of the criterion's normalized weight. Breakpoints are the weights\n")
	fmt.Fprintf(w, "nearest the current one at which two alternatives change places %s;\n", what)
	fmt.Fprintln(w, "they are exact (closed form) except those marked ~, located to 1e-9.")
}

func (rep *report) writeSMAA(w io.Writer, section func(string)) {
	s := rep.smaa
	section(fmt.Sprintf("SMAA-2 rank acceptability of %s (%d samples, %s)", s.Method, s.Samples, rep.smaaSpace))
	s.WriteText(w) // w is a bufio.Writer whose error is reported on Flush
}

func (rep *report) writeELECTRE(w io.Writer, section func(string)) {
	e := rep.electre
	names := rep.matrix.Alternatives()
	section(fmt.Sprintf("electre I (concordance threshold %s, discordance threshold %s)",
		f3(e.ConcordanceThreshold), f3(e.DiscordanceThreshold)))
	var kernel []string
	for _, i := range e.Kernel {
		kernel = append(kernel, printable(names[i]))
	}
	fmt.Fprintf(w, "kernel: %s\n", strings.Join(kernel, ", "))
	if !e.Acyclic {
		fmt.Fprintln(w, "(the outranking relation has circuits; the kernel is that of the relation with its circuits merged)")
	}
	fmt.Fprintln(w)
	var t table
	t.add("alternative", "outranks")
	for a, row := range e.Outranks {
		var out []string
		for b, s := range row {
			if s {
				out = append(out, printable(names[b]))
			}
		}
		t.add(printable(names[a]), strings.Join(out, ", "))
	}
	t.write(w)
}

func f3(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }

// fWeight formats a weight in [0, 1] with at least min decimals, and with
// as many more as it takes to keep a weight strictly inside (0, 1) from
// printing as 0 or 1: 0.999997 is 0.999997, not 1.000.
func fWeight(x float64, min int) string {
	for d := min; d < 17; d++ {
		s := strconv.FormatFloat(x, 'f', d, 64)
		if v, _ := strconv.ParseFloat(s, 64); x > 0 && x < 1 && (v == 0 || v == 1) {
			continue
		}
		return s
	}
	return strconv.FormatFloat(x, 'g', -1, 64)
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

// shownBreakpoints is how many breakpoints per criterion the table shows.
const shownBreakpoints = 4

// nearest returns the k breakpoints of bps (sorted by weight) nearest w,
// in order of weight.
func nearest(bps []robust.Breakpoint, w float64, k int) []robust.Breakpoint {
	if len(bps) <= k {
		return bps
	}
	lo, _ := slices.BinarySearchFunc(bps, w, func(b robust.Breakpoint, w float64) int { return cmp.Compare(b.Weight, w) })
	hi := lo // the window is bps[lo:hi]
	for hi-lo < k {
		switch {
		case lo == 0:
			hi++
		case hi == len(bps):
			lo--
		case w-bps[lo-1].Weight <= bps[hi].Weight-w:
			lo--
		default:
			hi++
		}
	}
	return bps[lo:hi]
}

// groupDigits formats n with its digits in groups of three, as 9 497.
func groupDigits(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for k, c := range s {
		if k > 0 && (len(s)-k)%3 == 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(c)
	}
	return b.String()
}
