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
	return bw.Flush()
}

// writeRanking writes r as a table, best first.
func writeRanking(w io.Writer, r *mcda.Ranking) {
	t := table{left: 1}
	t.add("rank", "alternative", "score")
	for _, i := range r.Order {
		t.add(strconv.Itoa(r.Ranks[i]), printable(r.Alternatives[i]), formatScore(r.Scores[i]))
	}
	t.write(w)
}

func (rep *report) writeSensitivity(w io.Writer, section func(string)) {
	first := rep.rankings[0]
	leader := first.Alternatives[first.Order[0]]
	section(fmt.Sprintf("weight sensitivity of %s, one criterion at a time (the others keep their proportions)", first.Method))
	var t table
	t.add("criterion", "weight", printable(leader)+" first for", "ranking holds for", "breakpoints")
	for _, s := range rep.sensitivity {
		bps := make([]string, 0, len(s.Breakpoints))
		for k, b := range s.Breakpoints {
			if k == 4 {
				bps = append(bps, fmt.Sprintf("… (%d)", len(s.Breakpoints)))
				break
			}
			bps = append(bps, f3(b.Weight))
		}
		mark := ""
		if !s.Exact {
			mark = " ~"
		}
		t.add(printable(s.Criterion), f3(s.Weight),
			fmt.Sprintf("[%s, %s]", f3(s.FirstStable.Lo), f3(s.FirstStable.Hi)),
			fmt.Sprintf("[%s, %s]", f3(s.RankingStable.Lo), f3(s.RankingStable.Hi)),
			strings.Join(bps, " ")+mark)
	}
	t.write(w)
	fmt.Fprintln(w, "\nIntervals are of the criterion's normalized weight; breakpoints are exact")
	fmt.Fprintln(w, "(closed form) except those marked ~, found by bisection to 1e-9.")
}

func (rep *report) writeSMAA(w io.Writer, section func(string)) {
	s := rep.smaa
	section(fmt.Sprintf("SMAA-2 rank acceptability of %s (%d samples, weights uniform on the simplex)", s.Method, s.Samples))
	k := min(len(s.Alternatives), 10)
	var t table
	head := []string{"alternative"}
	for r := 1; r <= k; r++ {
		head = append(head, "b"+strconv.Itoa(r))
	}
	head = append(head, "confidence")
	t.add(head...)
	// Best first by first-rank acceptability, then by input order.
	order := make([]int, len(s.Alternatives))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(s.Acceptability[b][0], s.Acceptability[a][0]) })
	for _, i := range order {
		row := []string{printable(s.Alternatives[i])}
		for r := range k {
			row = append(row, f3(s.Acceptability[i][r]))
		}
		conf := "-"
		if s.Confidence != nil {
			conf = f3(s.Confidence[i])
		}
		t.add(append(row, conf)...)
	}
	t.write(w)
	se := 0.5 / math.Sqrt(float64(s.Samples))
	fmt.Fprintf(w, "\nb_r: share of samples with rank r; standard error at most %.3f.\n", se)
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
