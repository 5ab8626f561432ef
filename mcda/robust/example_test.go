package robust_test

import (
	"context"
	"fmt"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

// two returns the problem of the hand-checked breakpoint case: two
// alternatives, two equally weighted benefit criteria.
func two() *mcda.DecisionMatrix {
	m, err := mcda.NewDecisionMatrix([]string{"A1", "A2"},
		[]mcda.Criterion{
			{Name: "quality", Objective: mcda.ObjectiveBenefit, Weight: 1},
			{Name: "service", Objective: mcda.ObjectiveBenefit, Weight: 1},
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
	res, err := robust.Sensitivity(context.Background(), &mcda.WSM{Normalization: mcda.NormalizationNone}, m, robust.SensitivityOptions{GridPoints: 3, Curves: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, cs := range res {
		fmt.Printf("%s: weight %.2f, first stays first on [%.4f, %.4f], ranking on [%.4f, %.4f]\n",
			cs.Criterion, cs.Weight, cs.FirstStable.Lo, cs.FirstStable.Hi, cs.RankingStable.Lo, cs.RankingStable.Hi)
		for _, b := range cs.Breakpoints {
			fmt.Printf("  at %.4f %s goes from %s to %s %s (rank %d)\n", b.Weight, m.Alternative(b.A), b.Before, b.After, m.Alternative(b.B), b.Rank)
		}
		for g, w := range cs.Curve.Weights {
			fmt.Printf("  t = %.1f: scores %.2f\n", w, cs.Curve.Scores[g])
		}
	}
	// Output:
	// quality: weight 0.50, first stays first on [0.3333, 1.0000], ranking on [0.3333, 1.0000]
	//   at 0.3333 A1 goes from behind to ahead A2 (rank 1)
	//   t = 0.0: scores [1.00 2.00]
	//   t = 0.5: scores [2.50 2.00]
	//   t = 1.0: scores [4.00 2.00]
	// service: weight 0.50, first stays first on [0.0000, 0.6667], ranking on [0.0000, 0.6667]
	//   at 0.6667 A1 goes from ahead to behind A2 (rank 1)
	//   t = 0.0: scores [4.00 2.00]
	//   t = 0.5: scores [2.50 2.00]
	//   t = 1.0: scores [1.00 2.00]
}

// ExampleSensitivity_topsis locates TOPSIS breakpoints by following each
// pair that changes places, and ranks the problem between them on demand.
func ExampleSensitivity_topsis() {
	m, err := mcda.NewDecisionMatrix([]string{"A1", "A2", "A3"},
		[]mcda.Criterion{
			{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1},
			{Name: "y", Objective: mcda.ObjectiveBenefit, Weight: 1},
		},
		[][]float64{{1, 3}, {1, 6}, {2, 1}})
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := robust.Sensitivity(context.Background(), &mcda.TOPSIS{}, m, robust.SensitivityOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for j, cs := range res {
		fmt.Printf("%s (exact %v): ranking stable on [%.6f, %.6f]\n", cs.Criterion, cs.Exact, cs.RankingStable.Lo, cs.RankingStable.Hi)
		for _, b := range cs.Breakpoints {
			above, err := robust.RankingAt(&mcda.TOPSIS{}, m, j, b.Weight+1e-6)
			if err != nil {
				fmt.Println(err)
				return
			}
			fmt.Printf("  %.6f: A%d and A%d swap ranks %d and %d: order %v\n", b.Weight, b.A+1, b.B+1, b.Rank, b.Rank+1, above.Order)
		}
	}
	// Output:
	// x (exact false): ranking stable on [0.478720, 0.643594]
	//   0.478720: A1 and A3 swap ranks 2 and 3: order [1 2 0]
	//   0.643594: A2 and A3 swap ranks 1 and 2: order [2 1 0]
	// y (exact false): ranking stable on [0.356406, 0.521280]
	//   0.356406: A2 and A3 swap ranks 1 and 2: order [1 2 0]
	//   0.521280: A1 and A3 swap ranks 2 and 3: order [1 0 2]
}

// ExampleMinimumChange finds how far the weights must move before another
// alternative catches up with the first.
func ExampleMinimumChange() {
	m, err := mcda.NewDecisionMatrix([]string{"A1", "A2", "A3"},
		[]mcda.Criterion{
			{Name: "C1", Objective: mcda.ObjectiveBenefit, Weight: 0.5},
			{Name: "C2", Objective: mcda.ObjectiveBenefit, Weight: 0.3},
			{Name: "C3", Objective: mcda.ObjectiveBenefit, Weight: 0.2},
		},
		[][]float64{{10, 0, 0}, {0, 10, 5}, {9, -1, -2}})
	if err != nil {
		fmt.Println(err)
		return
	}
	cs, err := robust.MinimumChange(context.Background(), &mcda.WSM{Normalization: mcda.NormalizationNone}, m)
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
			{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1},
			{Name: "y", Objective: mcda.ObjectiveBenefit, Weight: 1},
		},
		[][]float64{{1, 3}, {1, 6}, {2, 1}})
	if err != nil {
		fmt.Println(err)
		return
	}
	rep, err := robust.RankReversal(context.Background(), &mcda.TOPSIS{}, m, robust.ReversalOptions{})
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

// ExampleSensitivityOptions_top follows only first place on the fighter
// aircraft problem (Hwang & Yoon 1981) with TOPSIS, keeping the breakpoint
// nearest the current weight of each criterion and counting the others.
func ExampleSensitivityOptions_top() {
	m, err := mcda.NewDecisionMatrix([]string{"A1", "A2", "A3", "A4"},
		[]mcda.Criterion{
			{Name: "speed", Objective: mcda.ObjectiveBenefit, Weight: 0.2},
			{Name: "range", Objective: mcda.ObjectiveBenefit, Weight: 0.1},
			{Name: "payload", Objective: mcda.ObjectiveBenefit, Weight: 0.1},
			{Name: "cost", Objective: mcda.ObjectiveCost, Weight: 0.1},
			{Name: "reliability", Objective: mcda.ObjectiveBenefit, Weight: 0.2},
			{Name: "maneuverability", Objective: mcda.ObjectiveBenefit, Weight: 0.3},
		},
		[][]float64{
			{2.0, 1500, 20000, 5.5, 5, 9},
			{2.5, 2700, 18000, 6.5, 3, 5},
			{1.8, 2000, 21000, 4.5, 7, 7},
			{2.2, 1800, 20000, 5.0, 5, 5},
		})
	if err != nil {
		fmt.Println(err)
		return
	}
	res, err := robust.Sensitivity(context.Background(), &mcda.TOPSIS{}, m, robust.SensitivityOptions{Top: 1, MaxBreakpoints: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, cs := range res {
		fmt.Printf("%-15s first on [%.4f, %.4f]", cs.Criterion, cs.FirstStable.Lo, cs.FirstStable.Hi)
		for _, b := range cs.Breakpoints {
			fmt.Printf(", at %.4f %s %s → %s %s", b.Weight, m.Alternative(b.A), b.Before, b.After, m.Alternative(b.B))
		}
		if cs.Truncated {
			fmt.Printf(" (and %d more)", cs.Omitted)
		}
		fmt.Println()
	}
	// Output:
	// speed           first on [0.0000, 0.4811], at 0.4811 A1 ahead → behind A2
	// range           first on [0.0000, 0.1480], at 0.1480 A1 ahead → behind A3 (and 1 more)
	// payload         first on [0.0000, 0.4343], at 0.4343 A1 ahead → behind A3
	// cost            first on [0.0000, 0.2087], at 0.2087 A1 ahead → behind A3
	// reliability     first on [0.0000, 0.2195], at 0.2195 A1 ahead → behind A3
	// maneuverability first on [0.2775, 1.0000], at 0.2775 A1 behind → ahead A3
}
