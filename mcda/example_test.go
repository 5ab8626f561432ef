package mcda_test

import (
	"errors"
	"fmt"
	"math"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
)

// Example derives criteria weights from AHP pairwise judgments and ranks
// Hodgett's three cars with TOPSIS. The weights reach the criteria by name,
// so the order in which the judgments list the items does not matter.
func Example() {
	// Price is 3 times as important as power and 5 times as important as
	// economy; power is twice as important as economy.
	pm, err := ahp.NewMatrixFromJudgments([]string{"economy", "power", "price"}, []ahp.Judgment{
		{A: "price", B: "power", Value: 3},
		{A: "price", B: "economy", Value: 5},
		{A: "power", B: "economy", Value: 2},
	}, ahp.Scale{})
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := pm.Consistency(ahp.RandomIndexSaaty1980)
	if err != nil {
		fmt.Println(err)
		return
	}

	// The data first, unweighted; then the AHP priorities as weights.
	m, err := mcda.NewDecisionMatrix(
		[]string{"Corsa", "Clio", "Fiesta"},
		[]mcda.Criterion{
			{Name: "price", Objective: mcda.ObjectiveCost},
			{Name: "power", Objective: mcda.ObjectiveBenefit},
			{Name: "economy", Objective: mcda.ObjectiveBenefit},
		},
		[][]float64{{5490, 51.4, 8.5}, {6500, 70.6, 7}, {6489, 54.3, 7.5}})
	if err != nil {
		fmt.Println(err)
		return
	}
	m, err = m.WithWeightsByName(pm.NamedPriorities(ahp.PriorityEigen))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("weights %.4f, CR %.4f\n", m.Weights(nil), c.CR)

	r, err := mcda.Rank(&mcda.TOPSIS{}, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, i := range r.Order {
		fmt.Printf("%d %-6s %.4f\n", r.Ranks[i], r.Alternatives[i], r.Scores[i])
	}
	// Output:
	// weights [0.6483 0.2297 0.1220], CR 0.0032
	// 1 Corsa  0.5939
	// 2 Clio   0.4061
	// 3 Fiesta 0.1005
}

// fighters returns Hwang & Yoon's (1981) fighter aircraft problem.
func fighters() *mcda.DecisionMatrix {
	m, err := mcda.NewDecisionMatrix(
		[]string{"A1", "A2", "A3", "A4"},
		[]mcda.Criterion{
			{Name: "max speed", Objective: mcda.ObjectiveBenefit, Weight: 0.2},
			{Name: "ferry range", Objective: mcda.ObjectiveBenefit, Weight: 0.1},
			{Name: "max payload", Objective: mcda.ObjectiveBenefit, Weight: 0.1},
			{Name: "acquisition cost", Objective: mcda.ObjectiveCost, Weight: 0.1},
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
		panic(err)
	}
	return m
}

// yieldCost returns the three-alternative problem of the method examples:
// yield (a benefit, weight 2) and cost (weight 1) of A = (10, 5),
// B = (12, 8) and C = (8, 2).
func yieldCost() *mcda.DecisionMatrix {
	m, err := mcda.NewDecisionMatrix(
		[]string{"A", "B", "C"},
		[]mcda.Criterion{
			{Name: "yield", Objective: mcda.ObjectiveBenefit, Weight: 2},
			{Name: "cost", Objective: mcda.ObjectiveCost, Weight: 1},
		},
		[][]float64{{10, 5}, {12, 8}, {8, 2}})
	if err != nil {
		panic(err)
	}
	return m
}

func ExampleNewDecisionMatrix() {
	m, err := mcda.NewDecisionMatrix(
		[]string{"Corsa", "Clio", "Fiesta"},
		[]mcda.Criterion{
			{Name: "price", Objective: mcda.ObjectiveCost, Weight: 35},
			{Name: "power", Objective: mcda.ObjectiveBenefit, Weight: 25},
			{Name: "economy", Objective: mcda.ObjectiveBenefit, Weight: 25},
			{Name: "boot", Objective: mcda.ObjectiveBenefit, Weight: 15},
		},
		[][]float64{
			{5490, 51.4, 8.5, 285},
			{6500, 70.6, 7, 288},
			{6489, 54.3, 7.5, 290},
		})
	if err != nil {
		fmt.Println(err)
		return
	}
	r, c := m.Dims()
	fmt.Println(r, "alternatives,", c, "criteria")
	fmt.Println("weights:", m.Weights(nil))
	// Output:
	// 3 alternatives, 4 criteria
	// weights: [0.35 0.25 0.25 0.15]
}

func ExampleTOPSIS_Scores() {
	var tp mcda.TOPSIS // vector normalization
	c, err := tp.Scores(nil, fighters())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.4f\n", c)
	// Output:
	// [0.6433 0.2684 0.6135 0.3123]
}

func ExampleTOPSIS_Scores_minMax() {
	tp := mcda.TOPSIS{Normalization: mcda.NormalizationMinMax}
	c, err := tp.Scores(nil, fighters())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.4f\n", c)
	// Output:
	// [0.6127 0.3660 0.5306 0.3517]
}

func ExampleTOPSIS_Evaluate() {
	var tp mcda.TOPSIS
	r, err := tp.Evaluate(fighters())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("D+ %.4f\nD- %.4f\n", r.DistIdeal, r.DistAntiIdeal)
	// Output:
	// D+ [0.0546 0.1197 0.0580 0.1009]
	// D- [0.0984 0.0439 0.0920 0.0458]
}

func ExampleRank() {
	m := fighters()
	for _, method := range []mcda.Method{&mcda.TOPSIS{}, &mcda.WSM{}, &mcda.WPM{}} {
		r, err := mcda.Rank(method, m)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%-6s", r.Method)
		for _, i := range r.Order {
			fmt.Printf(" %d.%s (%.4f)", r.Ranks[i], r.Alternatives[i], r.Scores[i])
		}
		fmt.Println()
	}
	// Output:
	// topsis 1.A1 (0.6433) 2.A3 (0.6135) 3.A4 (0.3123) 4.A2 (0.2684)
	// wsm    1.A3 (0.8514) 2.A1 (0.8355) 3.A4 (0.7374) 4.A2 (0.7073)
	// wpm    1.A3 (0.8427) 2.A1 (0.8223) 3.A4 (0.7224) 4.A2 (0.6717)
}

func ExampleRankScores() {
	// Equal scores share the best rank of their group (competition
	// ranking) and keep their input order.
	ranks, order := mcda.RankScores(nil, nil, []float64{21.5, 22, 22}, true)
	fmt.Println(ranks, order)
	// Output:
	// [3 1 1] [1 2 0]
}

func ExampleNormalize() {
	m, _ := mcda.NewDecisionMatrix(
		[]string{"a", "b", "c"},
		[]mcda.Criterion{{Name: "gain", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "loss", Objective: mcda.ObjectiveCost, Weight: 1}},
		[][]float64{{1, 2}, {2, 4}, {2, 4}})
	for _, k := range []mcda.Normalization{mcda.NormalizationVector, mcda.NormalizationMax, mcda.NormalizationMinMax, mcda.NormalizationSum} {
		r, err := mcda.Normalize(nil, m, k)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%-7s %.4f\n", k, r.RawMatrix().Data)
	}
	// Output:
	// vector  [0.3333 0.6667 0.6667 0.3333 0.6667 0.3333]
	// max     [0.5000 1.0000 1.0000 0.5000 1.0000 0.5000]
	// minmax  [0.0000 1.0000 1.0000 0.0000 1.0000 0.0000]
	// sum     [0.2000 0.5000 0.4000 0.2500 0.4000 0.2500]
}

func ExampleValueError() {
	_, err := mcda.NewDecisionMatrix(
		[]string{"a", "b"},
		[]mcda.Criterion{{Name: "gain", Objective: mcda.ObjectiveBenefit, Weight: 1}},
		[][]float64{{1}, {math.NaN()}})
	var ve *mcda.ValueError
	if errors.As(err, &ve) {
		fmt.Println(ve.AlternativeName, ve.CriterionName, errors.Is(err, mcda.ErrNotFinite))
	}
	fmt.Println(err)
	// Output:
	// b gain true
	// mcda: alternative 1 ("b"), criterion 0 ("gain"): value NaN: not finite
}

func ExampleWPM() {
	// Triantaphyllou's (2000) example: the ratio of two scores is the
	// model's pairwise comparison P(A1/A2).
	m, _ := mcda.NewDecisionMatrix(
		[]string{"A1", "A2", "A3"},
		[]mcda.Criterion{
			{Name: "C1", Objective: mcda.ObjectiveBenefit, Weight: 0.20},
			{Name: "C2", Objective: mcda.ObjectiveBenefit, Weight: 0.15},
			{Name: "C3", Objective: mcda.ObjectiveBenefit, Weight: 0.40},
			{Name: "C4", Objective: mcda.ObjectiveBenefit, Weight: 0.25},
		},
		[][]float64{{25, 20, 15, 30}, {10, 30, 20, 30}, {30, 10, 30, 10}})
	var p mcda.WPM
	s, _ := p.Scores(nil, m)
	fmt.Printf("P(A1/A2) = %.3f, P(A1/A3) = %.3f, P(A2/A3) = %.3f\n", s[0]/s[1], s[0]/s[2], s[1]/s[2])
	// Output:
	// P(A1/A2) = 1.007, P(A1/A3) = 1.067, P(A2/A3) = 1.059
}
