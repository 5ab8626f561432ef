package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

// barWidth is the number of cells of the progress bar, short enough for
// the longest line to fit 80 columns.
const barWidth = 24

// isTerminal reports whether w is a character device, such as a terminal,
// rather than a file, a pipe or a buffer.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// progressBars returns a factory of progress callbacks that draw a bar on
// w, one line rewritten in place and erased when done.
func progressBars(w io.Writer) func(label string) func(done, total int) {
	return func(label string) func(done, total int) {
		last := -1
		return func(done, total int) {
			pct := 100
			if total > 0 {
				pct = 100 * done / total
			}
			if pct == last {
				return
			}
			last = pct
			fmt.Fprint(w, "\r"+progressLine(label, done, total))
			if done >= total {
				fmt.Fprint(w, "\r"+strings.Repeat(" ", utf8.RuneCountInString(progressLine(label, done, total)))+"\r")
			}
		}
	}
}

// progressLine draws one state of a progress bar.
func progressLine(label string, done, total int) string {
	filled := barWidth
	if total > 0 {
		filled = barWidth * min(done, total) / total
	}
	pct := 100
	if total > 0 {
		pct = 100 * min(done, total) / total
	}
	return fmt.Sprintf("sco: %s [%s%s] %3d%%", label, strings.Repeat("#", filled), strings.Repeat(".", barWidth-filled), pct)
}
