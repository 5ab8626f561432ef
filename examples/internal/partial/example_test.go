package partial_test

import (
	"os"

	"github.com/balancer-mcda/balancer/examples/internal/partial"
)

// ExamplePreorder_Print prints the intersection of two preorders of a, b
// and c, best first: a first in both, b second and c third in the
// descending one, c second and b third in the ascending one. a is
// preferred to both; b and c are each better in one preorder and worse in
// the other, so they are incomparable and share level 2.
func ExamplePreorder_Print() {
	names := []string{"a", "b", "c"}
	p := partial.NewPreorder(names, [][]int{{0}, {1}, {2}}, [][]int{{0}, {2}, {1}}, []int{1, 2, 3}, []int{1, 3, 2})
	p.Print(os.Stdout)
	// Output:
	// level  alternative  descending  ascending  preferred to
	// 1      a            1           1          b, c
	// 2      b            2           3
	// 2      c            3           2
	//
	// incomparable:
	//   b R c
}
