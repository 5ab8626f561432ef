package fuzzy_test

import (
	"fmt"
	"log"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
	"github.com/balancer-mcda/balancer/mcda/fuzzy"
)

func ExampleBuckley() {
	m, err := fuzzy.NewMatrixFromJudgments([]string{"Cost", "Quality", "Delivery"}, []fuzzy.Judgment{
		{A: "Cost", B: "Quality", Value: fuzzy.TFN{L: 2, M: 3, U: 4}},
		{A: "Cost", B: "Delivery", Value: fuzzy.TFN{L: 3, M: 4, U: 5}},
		{A: "Quality", B: "Delivery", Value: fuzzy.TFN{L: 1, M: 2, U: 3}},
	})
	if err != nil {
		log.Fatal(err)
	}
	res, err := fuzzy.Buckley(m, fuzzy.DefuzzificationCentroid, ahp.RandomIndexSaaty1980)
	if err != nil {
		log.Fatal(err)
	}
	for i, item := range res.Items {
		w := res.FuzzyWeights[i]
		fmt.Printf("%-8s (%.3f, %.3f, %.3f) -> %.3f\n", item, w.L, w.M, w.U, res.Weights[i])
	}
	fmt.Printf("CR of the modal matrix: %.3f\n", res.Consistency.CR)
	// Output:
	// Cost     (0.399, 0.625, 0.952) -> 0.613
	// Quality  (0.138, 0.238, 0.401) -> 0.241
	// Delivery (0.089, 0.136, 0.243) -> 0.145
	// CR of the modal matrix: 0.016
}

func ExampleChang() {
	m, err := fuzzy.NewMatrixFromJudgments([]string{"Cost", "Quality", "Delivery"}, []fuzzy.Judgment{
		{A: "Cost", B: "Quality", Value: fuzzy.TFN{L: 2, M: 3, U: 4}},
		{A: "Cost", B: "Delivery", Value: fuzzy.TFN{L: 3, M: 4, U: 5}},
		{A: "Quality", B: "Delivery", Value: fuzzy.TFN{L: 1, M: 2, U: 3}},
	})
	if err != nil {
		log.Fatal(err)
	}
	res := fuzzy.Chang(m)
	for i, item := range res.Items {
		fmt.Printf("%-8s %.3f\n", item, res.Weights[i])
	}
	// Delivery matters (Buckley gives it 0.145) but extent analysis gives
	// it no weight at all: Wang, Luo & Hua (2008).

	// Output:
	// Cost     0.816
	// Quality  0.184
	// Delivery 0.000
}

func ExampleTOPSIS() {
	ratings, weights := fuzzy.ChenRatings(), fuzzy.ChenWeights()
	word := func(s fuzzy.Scale, w string) fuzzy.TFN {
		t, err := s.Lookup(w)
		if err != nil {
			log.Fatal(err)
		}
		return t
	}
	criteria := []mcda.Criterion{{Name: "Experience", Objective: mcda.ObjectiveBenefit}, {Name: "Communication", Objective: mcda.ObjectiveBenefit}}
	// Two decision makers rate two candidates and weigh the criteria.
	r := [][][]fuzzy.TFN{
		{{word(ratings, "good"), word(ratings, "fair")}, {word(ratings, "fair"), word(ratings, "very good")}},
		{{word(ratings, "very good"), word(ratings, "medium good")}, {word(ratings, "medium good"), word(ratings, "good")}},
	}
	w := [][]fuzzy.TFN{
		{word(weights, "very high"), word(weights, "medium")},
		{word(weights, "high"), word(weights, "medium high")},
	}
	res, err := fuzzy.TOPSIS([]string{"Ana", "Ben"}, criteria, r, w, fuzzy.TOPSISOptions{})
	if err != nil {
		log.Fatal(err)
	}
	for i, a := range res.Alternatives {
		fmt.Printf("%s d*=%.3f d-=%.3f CC=%.3f rank %d\n", a, res.DPlus[i], res.DMinus[i], res.Closeness[i], res.Ranks[i])
	}
	// Output:
	// Ana d*=0.859 d-=1.295 CC=0.601 rank 1
	// Ben d*=0.957 d-=1.193 CC=0.555 rank 2
}
