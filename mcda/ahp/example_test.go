package ahp_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/balancer-mcda/balancer/mcda/ahp"
)

func ExampleMatrix_Priorities() {
	// Relative consumption of drinks in the US (Saaty 2008).
	items := []string{"coffee", "wine", "tea", "beer", "soda", "milk", "water"}
	m, err := ahp.NewMatrix(items, [][]float64{
		{1, 9, 5, 2, 1, 1, 1.0 / 2},
		{1.0 / 9, 1, 1.0 / 3, 1.0 / 9, 1.0 / 9, 1.0 / 9, 1.0 / 9},
		{1.0 / 5, 3, 1, 1.0 / 3, 1.0 / 4, 1.0 / 3, 1.0 / 9},
		{1.0 / 2, 9, 3, 1, 1.0 / 2, 1, 1.0 / 3},
		{1, 9, 4, 2, 1, 2, 1.0 / 2},
		{1, 9, 3, 1, 1.0 / 2, 1, 1.0 / 3},
		{2, 9, 9, 3, 2, 3, 1},
	}, ahp.Scale{})
	if err != nil {
		fmt.Println(err)
		return
	}
	w := m.Priorities(ahp.PriorityEigen)
	for i, name := range m.Items() {
		fmt.Printf("%-6s %.3f\n", name, w[i])
	}
	c, err := m.Consistency(ahp.RandomIndexSaaty2005)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("λmax %.4f, CI %.4f, RI %.2f (%v), CR %.3f\n", c.LambdaMax, c.CI, c.RI, c.Table, c.CR)
	// Output:
	// coffee 0.177
	// wine   0.019
	// tea    0.042
	// beer   0.116
	// soda   0.190
	// milk   0.129
	// water  0.327
	// λmax 7.1766, CI 0.0294, RI 1.35 (saaty2005), CR 0.022
}

func ExampleNewMatrixFromJudgments() {
	m, err := ahp.NewMatrixFromJudgments([]string{"price", "quality", "service"}, []ahp.Judgment{
		{A: "quality", B: "price", Value: 3}, // quality is 3 times as important as price
		{A: "price", B: "service", Value: 2},
		{A: "quality", B: "service", Value: 5},
	}, ahp.Scale{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, method := range []ahp.PriorityMethod{ahp.PriorityEigen, ahp.PriorityGeometricMean} {
		fmt.Printf("%-9v %.4f\n", method, m.Priorities(method))
	}
	c, _ := m.Consistency(ahp.RandomIndexSaaty1980)
	fmt.Printf("CR %.4f\n", c.CR)
	// Output:
	// eigen     [0.2297 0.6483 0.1220]
	// geometric [0.2297 0.6483 0.1220]
	// CR 0.0032
}

func ExampleSolver() {
	m, _ := ahp.NewMatrixFromJudgments([]string{"a", "b", "c"}, []ahp.Judgment{
		{A: "a", B: "b", Value: 2}, {A: "a", B: "c", Value: 4}, {A: "b", B: "c", Value: 2},
	}, ahp.Scale{})
	var s ahp.Solver // zero value: eigenvector, default tolerance
	dst := make([]float64, m.Len())
	s.Priorities(dst, m) // no allocation after the first call
	c, _ := s.Consistency(m, ahp.RandomIndexSaaty1980)
	fmt.Printf("%.4f |CR| < 1e-9: %v\n", dst, c.CR < 1e-9 && c.CR > -1e-9)
	// Output:
	// [0.5714 0.2857 0.1429] |CR| < 1e-9: true
}

func ExampleJudgmentError() {
	_, err := ahp.NewMatrixFromJudgments([]string{"a", "b", "c"}, []ahp.Judgment{
		{A: "a", B: "b", Value: 3},
		{A: "b", B: "c", Value: 12},
	}, ahp.Scale{})
	var je *ahp.JudgmentError
	if errors.As(err, &je) {
		fmt.Println("judgment", je.Index, je.A, "over", je.B, "=", je.Value)
		fmt.Println("outside the scale:", errors.Is(err, ahp.ErrScale))
	}
	fmt.Println(err)
	// Output:
	// judgment 1 b over c = 12
	// outside the scale: true
	// ahp: judgment 1 ("b" over "c" = 12): outside the judgment scale [1/9, 9] (widen the Scale to allow it)
}

func ExampleReadJSON() {
	doc := `{"items": ["a", "b", "c"], "judgments": [["a", "b", 3], ["a", "c", 5], ["b", "c", 2]]}`
	m, err := ahp.ReadJSON(strings.NewReader(doc), ahp.Scale{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.4f\n", m.Priorities(ahp.PriorityEigen))

	_, err = ahp.ReadJSON(strings.NewReader(`{"items": ["a"], "weights": [1]}`), ahp.Scale{})
	fmt.Println(err)
	// Output:
	// [0.6483 0.2297 0.1220]
	// mcda: parse: weights (offset 15): unknown field
}

// ExampleNewIncompleteMatrixFromJudgments builds a matrix with a pair left
// unjudged on purpose; the complete constructor reports the same pair.
func ExampleNewIncompleteMatrixFromJudgments() {
	items := []string{"a", "b", "c"}
	js := []ahp.Judgment{{A: "a", B: "b", Value: 2}, {A: "b", B: "c", Value: 2}}
	_, err := ahp.NewMatrixFromJudgments(items, js, ahp.Scale{})
	fmt.Println(err)
	m, err := ahp.NewIncompleteMatrixFromJudgments(items, js, ahp.Scale{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("complete %v, priorities %.4f\n", m.Complete(), m.Priorities(ahp.PriorityGeometricMean))
	// Output:
	// ahp: judgment of "a" over "c": missing judgment
	// complete false, priorities [0.5714 0.2857 0.1429]
}
