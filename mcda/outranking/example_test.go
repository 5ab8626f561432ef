package outranking_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/outranking"
)

// ExampleELECTREIII: A is cheapest, B and C better in quality. C is 50
// dearer than A, past the preference threshold 20 and three quarters of
// the way to the veto 60, so σ(C, A) = (1/3)·(1 − 0.75)/(1 − 1/3) = 0.125.
// The two distillations disagree on A and B (B first in the descending
// one, A in the ascending one), so A and B are incomparable.
func ExampleELECTREIII() {
	m, _ := mcda.NewDecisionMatrix([]string{"A", "B", "C"},
		[]mcda.Criterion{{Name: "price", Objective: mcda.ObjectiveCost, Weight: 2}, {Name: "quality", Objective: mcda.ObjectiveBenefit, Weight: 1}},
		[][]float64{{100, 7}, {120, 9}, {150, 9}})
	e := outranking.ELECTREIII{Thresholds: []outranking.Thresholds{
		// Price: indifference 5 plus 2% of the price, preference 20,
		// veto at 60.
		{Q: outranking.Threshold{Alpha: 5, Beta: 0.02}, P: outranking.Constant(20), V: outranking.Constant(60), Veto: true},
		{Q: outranking.Constant(0.5), P: outranking.Constant(2)},
	}}
	res, err := e.Evaluate(context.Background(), m)
	if err != nil {
		fmt.Println(err)
		return
	}
	for a, row := range res.Credibility {
		fmt.Printf("σ(%s, ·) = %.3f\n", res.Alternatives[a], row)
	}
	fmt.Println("descending:", res.Descending)
	fmt.Println("ascending: ", res.Ascending)
	fmt.Println("A to B:", res.Relation(0, 1))
	fmt.Println("A to C:", res.Relation(0, 2))
	// Output:
	// σ(A, ·) = [1.000 0.667 0.667]
	// σ(B, ·) = [0.333 1.000 1.000]
	// σ(C, ·) = [0.125 0.333 1.000]
	// descending: [[1] [0] [2]]
	// ascending:  [[0] [1] [2]]
	// A to B: R
	// A to C: P+
}

// ExampleELECTREII: only B strongly outranks C (at least as good on both
// criteria). A's quality shortfall behind B is the whole range of quality,
// a discordance of 1, so A does not outrank B; B's concordance against A,
// 1/3, is too low. A and B tie in the descending preorder, B is better in
// the ascending one: B is preferred to A.
func ExampleELECTREII() {
	m, _ := mcda.NewDecisionMatrix([]string{"A", "B", "C"},
		[]mcda.Criterion{{Name: "price", Objective: mcda.ObjectiveCost, Weight: 2}, {Name: "quality", Objective: mcda.ObjectiveBenefit, Weight: 1}},
		[][]float64{{100, 7}, {120, 9}, {150, 9}})
	res, err := (&outranking.ELECTREII{}).Evaluate(context.Background(), m)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("strong:", res.Strong)
	fmt.Println("descending:", res.Descending, "ascending:", res.Ascending)
	fmt.Println("A to B:", res.Relation(0, 1))
	// Output:
	// strong: [[false false false] [false false true] [false false false]]
	// descending: [[0 1] [2]] ascending: [[1] [0 2]]
	// A to B: P-
}

func ExampleReadCSVProblem() {
	const file = `name,price,quality
#objective,cost,benefit
#q,5,0.5
#p,20,2
#v,60,
#categories,reject,review,accept
#profile low,140,6
#profile high,110,8
A,100,7
B,120,9
`
	p, err := outranking.ReadCSVProblem(strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Categories, p.ProfileNames, p.Profiles)
	fmt.Printf("%+v\n", p.Thresholds[0])
	// A profile that does not dominate the one below is a located error.
	_, err = outranking.ReadCSVProblem(strings.NewReader(strings.Replace(file, "high,110,8", "high,110,5", 1)))
	fmt.Println(err)
	// Output:
	// [reject review accept] [low high] [[140 6] [110 8]]
	// {Q:{Alpha:5 Beta:0} P:{Alpha:20 Beta:0} V:{Alpha:60 Beta:0} Veto:true}
	// mcda: csv: line 8, column 3: invalid parameter: 5 is worse than 6 of profile 0 below it: a profile must dominate the one below
}
