package robust

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"

	"github.com/balancer-mcda/balancer/mcda/internal/table"
)

// WriteText writes the rank acceptabilities as the table the
// command-line programs print: one line per alternative, by decreasing
// first-rank acceptability (ties in input order), with b_1 … b_k for the
// first k = min(m, 10) ranks and the confidence factor ("-" when it was
// not computed), then the bound on the standard error of the shares.
func (r *SMAAResult) WriteText(w io.Writer) error {
	k := min(len(r.Alternatives), 10)
	head := []string{"alternative"}
	for j := 1; j <= k; j++ {
		head = append(head, "b"+strconv.Itoa(j))
	}
	rows := [][]string{append(head, "confidence")}
	order := make([]int, len(r.Alternatives))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(r.Acceptability[b][0], r.Acceptability[a][0]) })
	for _, i := range order {
		row := []string{printable(r.Alternatives[i])}
		for j := range k {
			row = append(row, f3(r.Acceptability[i][j]))
		}
		conf := "-"
		if r.Confidence != nil {
			conf = f3(r.Confidence[i])
		}
		rows = append(rows, append(row, conf))
	}
	bw := bufio.NewWriter(w)
	table.Write(bw, rows, 0)
	fmt.Fprintf(bw, "\nb_r: share of samples with rank r; standard error at most %.3f.\n", 0.5/math.Sqrt(float64(max(r.Samples, 1))))
	return bw.Flush()
}

// Sensitivities is the result of [Sensitivity], one entry per criterion.
type Sensitivities []CriterionSensitivity

// WriteText writes the sensitivity as a table, one line per criterion: its
// weight, the intervals of its weight over which first place and the
// ranking hold, and the number of breakpoints with the nearest one below
// and above the current weight ("~" marks breakpoints located by
// bisection). Weights strictly inside (0, 1) never print as 0 or 1.
func (s Sensitivities) WriteText(w io.Writer) error {
	rows := [][]string{{"criterion", "weight", "first holds for", "ranking holds for", "breakpoints", "nearest below", "nearest above"}}
	for _, c := range s {
		below, above := "-", "-"
		for _, b := range c.Breakpoints {
			switch {
			case b.Weight <= c.Weight:
				below = fWeight(b.Weight, 6)
			case above == "-":
				above = fWeight(b.Weight, 6)
			}
		}
		n := strconv.Itoa(len(c.Breakpoints) + c.Omitted)
		if !c.Exact {
			n += " ~"
		}
		rows = append(rows, []string{printable(c.Criterion), fWeight(c.Weight, 3),
			fmt.Sprintf("[%s, %s]", fWeight(c.FirstStable.Lo, 3), fWeight(c.FirstStable.Hi, 3)),
			fmt.Sprintf("[%s, %s]", fWeight(c.RankingStable.Lo, 3), fWeight(c.RankingStable.Hi, 3)),
			n, below, above})
	}
	bw := bufio.NewWriter(w)
	table.Write(bw, rows, 0)
	return bw.Flush()
}

func f3(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }

// fWeight formats a weight in [0, 1] with at least min decimals, and as
// many more as keep a weight strictly inside (0, 1) from printing as 0 or
// 1.
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

// printable returns s, quoted if it holds characters that would break a
// table's layout.
func printable(s string) string {
	for _, c := range s {
		if !strconv.IsPrint(c) {
			return strconv.Quote(s)
		}
	}
	return s
}
