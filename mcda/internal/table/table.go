// Package table writes the plain-text tables of the results' WriteText
// methods in packages mcda and mcda/robust.
package table

import (
	"io"
	"strings"
	"unicode/utf8"
)

// Write writes rows aligned in columns two spaces apart: column left
// left-aligned, the others right-aligned, trailing spaces trimmed.
func Write(w io.Writer, rows [][]string, left int) {
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
