package value_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/value"
)

// An additive value model of three criteria, weights by swings, ranked as
// any mcda.Method.
func ExampleModel() {
	price, err := value.NewPiecewise([]float64{2, 16, 30}, []float64{1, 0.4, 0})
	if err != nil {
		log.Fatal(err)
	}
	time, err := value.NewExponential(10, 40, 15, false) // shorter is better
	if err != nil {
		log.Fatal(err)
	}
	comfort, err := value.Bisection(0, 3, []float64{1}) // v(1) = 0.5
	if err != nil {
		log.Fatal(err)
	}
	md := &value.Model{Criteria: []value.Criterion{{Name: "price", Function: price}, {Name: "time", Function: time}, {Name: "comfort", Function: comfort}}}
	w, err := value.SwingWeights([]float64{100, 80, 30})
	if err != nil {
		log.Fatal(err)
	}
	m, err := md.Matrix([]string{"RER", "METRO", "BUS", "TAXI"},
		[][]float64{{3, 10, 1}, {4, 20, 2}, {6, 40, 0}, {30, 30, 3}}, w)
	if err != nil {
		log.Fatal(err)
	}
	r, err := mcda.Rank(md, m)
	if err != nil {
		log.Fatal(err)
	}
	for _, i := range r.Order {
		fmt.Printf("%d %-5s %.4f\n", r.Ranks[i], r.Alternatives[i], r.Scores[i])
	}
	// Output:
	// 1 RER   0.9082
	// 2 METRO 0.8670
	// 3 BUS   0.3946
	// 4 TAXI  0.3572
}

// SMARTER weights are the rank-order centroid weights of the swings'
// ranking (Edwards & Barron, 1994).
func ExampleSMARTERWeights() {
	w, err := value.SMARTERWeights([]int{2, 1, 3})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%.4f\n", w)
	// Output: [0.2778 0.6111 0.1111]
}

// UTASTAR on the transport example of Siskos, Grigoroudis & Matsatsinis
// (2005): the ranking RER > METRO1 ~ METRO2 > BUS > TAXI is reproduced
// with no error.
func ExampleUTA() {
	crit := []mcda.Criterion{
		{Name: "price", Objective: mcda.ObjectiveCost, Weight: 1},
		{Name: "time", Objective: mcda.ObjectiveCost, Weight: 1},
		{Name: "comfort", Objective: mcda.ObjectiveBenefit, Weight: 1},
	}
	m, err := mcda.NewDecisionMatrix([]string{"RER", "METRO1", "METRO2", "BUS", "TAXI"}, crit,
		[][]float64{{3, 10, 1}, {4, 20, 2}, {2, 20, 0}, {6, 40, 0}, {30, 30, 3}})
	if err != nil {
		log.Fatal(err)
	}
	u := value.UTA{Variant: value.VariantUTASTAR, Breakpoints: []int{3, 4, 4}, Delta: 0.05}
	res, err := u.Fit(context.Background(), m, []int{1, 2, 2, 3, 4})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("error sum %.4f, Kendall tau %.2f\n", res.Objective, res.Tau)
	fmt.Println("ranks", res.Ranking.Ranks)
	// Output:
	// error sum 0.0000, Kendall tau 1.00
	// ranks [1 2 2 4 5]
}

// Robust ordinal regression: with only RER > METRO1 > BUS ranked, which
// comparisons does every compatible value function settle?
func ExampleNewRelations() {
	crit := []mcda.Criterion{
		{Name: "price", Objective: mcda.ObjectiveCost, Weight: 1},
		{Name: "time", Objective: mcda.ObjectiveCost, Weight: 1},
		{Name: "comfort", Objective: mcda.ObjectiveBenefit, Weight: 1},
	}
	m, err := mcda.NewDecisionMatrix([]string{"RER", "METRO1", "METRO2", "BUS", "TAXI"}, crit,
		[][]float64{{3, 10, 1}, {4, 20, 2}, {2, 20, 0}, {6, 40, 0}, {30, 30, 3}})
	if err != nil {
		log.Fatal(err)
	}
	r, err := value.NewRelations(context.Background(), m, []int{1, 2, 0, 3, 0})
	if err != nil {
		log.Fatal(err)
	}
	for _, pair := range [][2]int{{2, 3}, {2, 1}, {4, 3}} {
		a, b := pair[0], pair[1]
		fmt.Printf("%s over %s: necessarily %v, possibly %v\n", r.Alternatives[a], r.Alternatives[b], r.Necessarily(a, b), r.Possibly(a, b))
	}
	// Output:
	// METRO2 over BUS: necessarily true, possibly true
	// METRO2 over METRO1: necessarily false, possibly true
	// TAXI over BUS: necessarily false, possibly true
}

// A problem file with value functions and swing weights.
func ExampleReadProblem() {
	const doc = `{
	  "criteria": [
	    {"name": "price", "function": {"type": "piecewise", "x": [2, 16, 30], "y": [100, 40, 0]}},
	    {"name": "comfort", "function": {"type": "bisection", "worst": 0, "best": 3, "mids": [1]}}],
	  "weights": {"method": "swing", "points": [100, 50]},
	  "alternatives": [{"name": "RER", "values": [3, 1]}, {"name": "TAXI", "values": [30, 3]}]}`
	p, err := value.ReadProblem(strings.NewReader(doc))
	if err != nil {
		log.Fatal(err)
	}
	v, err := p.Model.Scores(nil, p.Matrix)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%.4f\n", v)

	_, err = value.ReadProblem(strings.NewReader(strings.Replace(doc, "[100, 40, 0]", "[100, 40, 50]", 1)))
	fmt.Println(err)
	// Output:
	// [0.8048 0.3333]
	// mcda: parse: criteria[0].function.y[2]: value: piecewise: point 2 (30, 50): not monotone: value 50 after 40
}
