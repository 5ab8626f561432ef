package robust_test

import (
	"fmt"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

// two returns the problem of the hand-checked breakpoint case: two
// alternatives, two equally weighted benefit criteria.
func two() *mcda.DecisionMatrix {
	m, err := mcda.NewDecisionMatrix([]string{"A1", "A2"},
		[]mcda.Criterion{
			{Name: "quality", Objective: mcda.Benefit, Weight: 1},
			{Name: "service", Objective: mcda.Benefit, Weight: 1},
		},
		[][]float64{{4, 1}, {2, 2}})
	if err != nil {
		panic(err)
	}
	return m
}

// ExampleSensitivity moves each weight of a weighted sum over [0, 1]. On
// quality, A1 scores 1 + 3t and A2 scores 2, so A1 leads above t = 1/3.
func ExampleSensitivity() {
	m := two()
	res, err := robust.Sensitivity(&mcda.WSM{Normalization: mcda.NoNormalization}, m, robust.SensitivityOptions{GridPoints: 3})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, cs := range res {
		fmt.Printf("%s: weight %.2f, first stays first on [%.4f, %.4f], ranking on [%.4f, %.4f]\n",
			cs.Criterion, cs.Weight, cs.FirstStable.Lo, cs.FirstStable.Hi, cs.RankingStable.Lo, cs.RankingStable.Hi)
		for _, b := range cs.Breakpoints {
			for _, c := range b.Changes {
				fmt.Printf("  at %.4f %s goes from %s to %s %s\n", b.Weight, m.Alternative(c.A), c.Before, c.After, m.Alternative(c.B))
			}
		}
		for g, w := range cs.Curve.Weights {
			fmt.Printf("  t = %.1f: scores %.2f\n", w, cs.Curve.Scores[g])
		}
	}
	// Output:
	// quality: weight 0.50, first stays first on [0.3333, 1.0000], ranking on [0.3333, 1.0000]
	//   at 0.3333 A1 goes from behind to ahead A2
	//   t = 0.0: scores [1.00 2.00]
	//   t = 0.5: scores [2.50 2.00]
	//   t = 1.0: scores [4.00 2.00]
	// service: weight 0.50, first stays first on [0.0000, 0.6667], ranking on [0.0000, 0.6667]
	//   at 0.6667 A1 goes from ahead to behind A2
	//   t = 0.0: scores [4.00 2.00]
	//   t = 0.5: scores [2.50 2.00]
	//   t = 1.0: scores [1.00 2.00]
}

// ExampleSensitivity_topsis locates TOPSIS breakpoints by bisection.
func ExampleSensitivity_topsis() {
	m, err := mcda.NewDecisionMatrix([]string{"A1", "A2", "A3"},
		[]mcda.Criterion{
			{Name: "x", Objective: mcda.Benefit, Weight: 1},
			{Name: "y", Objective: mcda.Benefit, Weight: 1},
		},
		[][]float64{{1, 3}, {1, 6}, {2, 1}})
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := robust.Sensitivity(&mcda.TOPSIS{}, m, robust.SensitivityOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, cs := range res {
		fmt.Printf("%s (exact %v): ranking stable on [%.6f, %.6f]\n", cs.Criterion, cs.Exact, cs.RankingStable.Lo, cs.RankingStable.Hi)
		for _, b := range cs.Breakpoints {
			fmt.Printf("  %.6f: order %v\n", b.Weight, b.Order)
		}
	}
	// Output:
	// x (exact false): ranking stable on [0.478720, 0.643594]
	//   0.478720: order [1 2 0]
	//   0.643594: order [2 1 0]
	// y (exact false): ranking stable on [0.356406, 0.521280]
	//   0.356406: order [1 2 0]
	//   0.521280: order [1 0 2]
}

// ExampleMinimumChange finds how far the weights must move before another
// alternative catches up with the first.
func ExampleMinimumChange() {
	m, err := mcda.NewDecisionMatrix([]string{"A1", "A2", "A3"},
		[]mcda.Criterion{
			{Name: "C1", Objective: mcda.Benefit, Weight: 0.5},
			{Name: "C2", Objective: mcda.Benefit, Weight: 0.3},
			{Name: "C3", Objective: mcda.Benefit, Weight: 0.2},
		},
		[][]float64{{10, 0, 0}, {0, 10, 5}, {9, -1, -2}})
	if err != nil {
		fmt.Println(err)
		return
	}
	cs, err := robust.MinimumChange(m, &mcda.WSM{Normalization: mcda.NoNormalization})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range cs {
		fmt.Printf("%s: change %.4f, weights %.4f\n", c.Name, c.Change, c.Weights)
	}
	// Output:
	// A2: change 0.1000, weights [0.4500 0.3500 0.2000]
	// A3: change +Inf, weights []
}

// ExampleRankReversal shows TOPSIS reversing the order of A1 and A3 when an
// alternative worse than all three is added.
func ExampleRankReversal() {
	m, err := mcda.NewDecisionMatrix([]string{"A1", "A2", "A3"},
		[]mcda.Criterion{
			{Name: "x", Objective: mcda.Benefit, Weight: 1},
			{Name: "y", Objective: mcda.Benefit, Weight: 1},
		},
		[][]float64{{1, 3}, {1, 6}, {2, 1}})
	if err != nil {
		fmt.Println(err)
		return
	}
	rep, err := robust.RankReversal(&mcda.TOPSIS{}, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("original closeness %.4f\n", rep.Original.Scores)
	fmt.Printf("dominated alternative %.2f\n", rep.Dominated)
	for _, c := range rep.Cases {
		scenario := c.Scenario.String()
		if c.Alternative >= 0 {
			scenario += " " + m.Alternative(c.Alternative)
		}
		for _, ch := range c.Changes {
			what := "tie change"
			if ch.Reversed() {
				what = "reversal"
			}
			fmt.Printf("%s: %s %s → %s %s (%s)\n", scenario, m.Alternative(ch.A), ch.Before, ch.After, m.Alternative(ch.B), what)
		}
	}
	fmt.Println("reversals:", rep.Reversals())
	// Output:
	// original closeness [0.3288 0.6436 0.3564]
	// dominated alternative [0.90 0.50]
	// add copy A3: A1 behind → ahead A3 (reversal)
	// add dominated: A1 behind → ahead A3 (reversal)
	// remove A2: A1 behind → ahead A3 (reversal)
	// reversals: 3
}

// ExamplePathWeights shows the weights along criterion 0's path: the
// others keep their 2:1 proportion.
func ExamplePathWeights() {
	w := []float64{0.4, 0.4, 0.2}
	for _, t := range []float64{0, 0.4, 1} {
		pw, err := robust.PathWeights(nil, w, 0, t)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("t = %.1f: %.4f\n", t, pw)
	}
	// Output:
	// t = 0.0: [0.0000 0.6667 0.3333]
	// t = 0.4: [0.4000 0.4000 0.2000]
	// t = 1.0: [1.0000 0.0000 0.0000]
}
