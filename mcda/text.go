package mcda

import (
	"bufio"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// WriteText writes the ranking as the table the command-line programs
// print: one line per alternative, best first, with its rank, name and
// score (4 decimals, in exponent form from 1e9 on). Names that hold
// characters that are not printable are quoted.
//
//	rank  alternative   score
//	   1  Corsa        0.5939
//	   2  Clio         0.4061
func (r *Ranking) WriteText(w io.Writer) error {
	return writeResults(w, r.Results())
}

// WriteText writes the best alternatives as [Ranking.WriteText] does.
func (r *StreamRanking) WriteText(w io.Writer) error {
	return writeResults(w, r.Top)
}

func writeResults(w io.Writer, rs []RankedAlternative) error {
	rows := [][]string{{"rank", "alternative", "score"}}
	for _, a := range rs {
		rows = append(rows, []string{strconv.Itoa(a.Rank), printable(a.Name), formatScore(a.Score)})
	}
	bw := bufio.NewWriter(w)
	writeTable(bw, rows, 1)
	return bw.Flush()
}

// writeTable writes rows aligned in columns two spaces apart: column left
// left-aligned, the others right-aligned.
func writeTable(w io.Writer, rows [][]string, left int) {
	var width []int
	for _, r := range rows {
		for j, c := range r {
			if j >= len(width) {
				width = append(width, 0)
			}
			width[j] = max(width[j], utf8.RuneCountInString(c))
		}
	}
	for _, r := range rows {
		var b strings.Builder
		for j, c := range r {
			pad := strings.Repeat(" ", width[j]-utf8.RuneCountInString(c))
			if j > 0 {
				b.WriteString("  ")
			}
			if j == left {
				b.WriteString(c + pad)
			} else {
				b.WriteString(pad + c)
			}
		}
		io.WriteString(w, strings.TrimRight(b.String(), " ")+"\n")
	}
}

// formatScore formats s with 4 decimals, in exponent form if it is large.
func formatScore(s float64) string {
	if math.Abs(s) >= 1e9 {
		return strconv.FormatFloat(s, 'e', 4, 64)
	}
	return strconv.FormatFloat(s, 'f', 4, 64)
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
