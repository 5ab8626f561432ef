package ahp

import (
	"fmt"
	"io"
	"strings"
)

// WriteText writes the criteria tree of an evaluated model as an aligned
// text table: each node indented under its parent, with its local and
// global weight and the consistency ratio of its comparison matrix
// ("rated" for a leaf whose alternatives are rated, and a mark on CR >=
// 0.1, Saaty's limit).
func (r *Result) WriteText(w io.Writer) error {
	width := len("criterion")
	for _, n := range r.Nodes {
		width = max(width, 2*n.Depth+len([]rune(n.Name)))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-*s  %6s  %6s  %s\n", width, "criterion", "local", "global", "CR")
	for _, n := range r.Nodes {
		label := strings.Repeat("  ", n.Depth) + n.Name
		cr := "rated"
		if n.Consistency != nil {
			cr = fmt.Sprintf("%.3f", n.Consistency.CR)
			if n.Consistency.CR >= 0.1 {
				cr += " (inconsistent)"
			}
		}
		fmt.Fprintf(&b, "%s%s  %6.3f  %6.3f  %s\n", label, strings.Repeat(" ", width-len([]rune(label))), n.Local, n.Global, cr)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
