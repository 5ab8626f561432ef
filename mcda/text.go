package mcda

import (
	"bufio"
	"io"
	"math"
	"strconv"

	"github.com/balancer-mcda/balancer/mcda/internal/table"
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
	table.Write(bw, rows, 1)
	return bw.Flush()
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
