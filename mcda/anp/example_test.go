package anp_test

import (
	"context"
	"fmt"
	"log"

	"gonum.org/v1/gonum/mat"

	"github.com/balancer-mcda/balancer/mcda/ahp"
	"github.com/balancer-mcda/balancer/mcda/anp"
)

func ExampleNetwork_Evaluate() {
	nw := &anp.Network{
		Clusters: []anp.Cluster{
			{Name: "Criteria", Nodes: []string{"Price", "Quality"}},
			{Name: "Cars", Nodes: []string{"A", "B"}},
		},
		Comparisons: []anp.NodeComparison{
			{Node: "Price", Cluster: "Cars", Nodes: []string{"A", "B"}, Judgments: []ahp.Judgment{{A: "A", B: "B", Value: 3}}},
			{Node: "Quality", Cluster: "Cars", Nodes: []string{"A", "B"}, Judgments: []ahp.Judgment{{A: "A", B: "B", Value: 0.5}}},
			{Node: "A", Cluster: "Criteria", Nodes: []string{"Price", "Quality"}, Judgments: []ahp.Judgment{{A: "Price", B: "Quality", Value: 2}}},
			{Node: "B", Cluster: "Criteria", Nodes: []string{"Price", "Quality"}, Judgments: []ahp.Judgment{{A: "Price", B: "Quality", Value: 0.25}}},
		},
	}
	res, err := nw.Evaluate(context.Background(), anp.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("weighted supermatrix:\n%.4f\n", mat.Formatted(res.Weighted))
	for i, name := range res.Nodes {
		fmt.Printf("%-8s %.4f\n", name, res.Normalized[i])
	}
	fmt.Println("cyclic:", res.Limit.Cesaro)
	// Output:
	// weighted supermatrix:
	// ⎡0.0000  0.0000  0.6667  0.2000⎤
	// ⎢0.0000  0.0000  0.3333  0.8000⎥
	// ⎢0.7500  0.3333  0.0000  0.0000⎥
	// ⎣0.2500  0.6667  0.0000  0.0000⎦
	// Price    0.4414
	// Quality  0.5586
	// A        0.5172
	// B        0.4828
	// cyclic: true
}

func ExampleLimit() {
	// A supermatrix whose last node is a sink (its column is zero).
	w := mat.NewDense(3, 3, []float64{
		0.3, 0.2, 0,
		0.1, 0.5, 0,
		0.6, 0.3, 0,
	})
	res, err := anp.Limit(context.Background(), w, anp.LimitOptions{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%.4f\nsinks: %v\n", mat.Formatted(res.Matrix), res.Sinks)
	// Output:
	// ⎡0.0000  0.0000  0.0000⎤
	// ⎢0.0000  0.0000  0.0000⎥
	// ⎣1.0000  1.0000  1.0000⎦
	// sinks: [2]
}

func ExampleDematel() {
	factors := []string{"Cost", "Quality", "Delivery"}
	experts := [][][]float64{
		{{0, 3, 2}, {1, 0, 3}, {0, 2, 0}},
		{{0, 4, 1}, {2, 0, 3}, {1, 1, 0}},
	}
	res, err := anp.Dematel(factors, experts, anp.DematelOptions{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("s = %.1f, threshold = %.4f\n", res.Scale, res.Threshold)
	for i, f := range res.Factors {
		role := "effect"
		if res.Relation[i] > 0 {
			role = "cause"
		}
		fmt.Printf("%-8s D+R %.4f  D-R %+.4f  %s\n", f, res.Prominence[i], res.Relation[i], role)
	}
	// Output:
	// s = 5.0, threshold = 0.9061
	// Cost     D+R 5.2407  D-R +1.8787  cause
	// Quality  D+R 6.1213  D-R -0.2153  effect
	// Delivery D+R 4.9472  D-R -1.6634  effect
}

func ExampleDanp() {
	d, err := anp.Dematel([]string{"Cost", "Quality", "Delivery"}, [][][]float64{{{0, 3, 2}, {1, 0, 3}, {0, 2, 0}}}, anp.DematelOptions{})
	if err != nil {
		log.Fatal(err)
	}
	res, err := anp.Danp(context.Background(), d, []anp.Dimension{
		{Name: "Price", Factors: []string{"Cost"}},
		{Name: "Operations", Factors: []string{"Quality", "Delivery"}},
	}, anp.LimitOptions{})
	if err != nil {
		log.Fatal(err)
	}
	for i, f := range res.Factors {
		fmt.Printf("%-8s %.4f\n", f, res.Weights[i])
	}
	// Output:
	// Cost     0.2258
	// Quality  0.3773
	// Delivery 0.3969
}
