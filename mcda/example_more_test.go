package mcda_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/balancer-mcda/balancer/mcda"
)

// suppliers is a small problem for the examples below.
func suppliers() *mcda.DecisionMatrix {
	m, err := mcda.NewDecisionMatrix(
		[]string{"S1", "S2", "S3", "S4"},
		[]mcda.Criterion{
			{Name: "price", Objective: mcda.ObjectiveCost, Weight: 0.4},
			{Name: "quality", Objective: mcda.ObjectiveBenefit, Weight: 0.35},
			{Name: "delivery days", Objective: mcda.ObjectiveCost, Weight: 0.25},
		},
		[][]float64{{250, 16, 12}, {200, 12, 8}, {300, 20, 10}, {275, 18, 15}},
	)
	if err != nil {
		panic(err)
	}
	return m
}

// Several methods rank the same problem; CompareAll measures how far
// their rankings agree.
func ExampleCompareAll() {
	m := suppliers()
	var rs []*mcda.Ranking
	for _, name := range []string{"topsis", "vikor", "promethee"} {
		meth, _ := mcda.NewMethod(name, mcda.MethodOptions{})
		r, err := mcda.Rank(meth, m)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(name, r.Ranks)
		rs = append(rs, r)
	}
	pairs, _, err := mcda.CompareAll(rs)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, ag := range pairs {
		fmt.Printf("%s/%s: spearman %.2f, kendall %.2f\n", ag.A, ag.B, ag.Spearman, ag.Kendall)
	}
	// Output:
	// topsis [3 1 2 4]
	// vikor [1 2 3 4]
	// promethee [3 1 2 4]
	// topsis/vikor: spearman 0.40, kendall 0.33
	// topsis/promethee: spearman 1.00, kendall 1.00
	// vikor/promethee: spearman 0.40, kendall 0.33
}

// Objective weights replace the decision-maker's.
func ExampleNewWeighting() {
	m := suppliers()
	wt, err := mcda.NewWeighting("critic")
	if err != nil {
		fmt.Println(err)
		return
	}
	w, err := wt.Weights(nil, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.4f\n", w)
	mw, err := m.WithWeights(w)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := mcda.Rank(&mcda.TOPSIS{}, mw)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Ranks)
	// Output:
	// [0.3117 0.4384 0.2498]
	// [3 2 1 4]
}

// WPM needs positive values; ShiftColumns is the translation a caller
// may opt into when the data hold zeros or negative values. Shifted by 4,
// profit is 1, 6, 5; with max normalization the scores are √(1/6·1),
// √(1·1/2) and √(5/6·2/3): C, B, A.
func ExampleShiftColumns() {
	m, err := mcda.NewDecisionMatrix(
		[]string{"A", "B", "C"},
		[]mcda.Criterion{
			{Name: "profit", Objective: mcda.ObjectiveBenefit, Weight: 1},
			{Name: "risk", Objective: mcda.ObjectiveCost, Weight: 1},
		},
		[][]float64{{-3, 2}, {2, 4}, {1, 3}},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	if _, err := mcda.Rank(&mcda.WPM{}, m); err != nil {
		fmt.Println(err)
	}
	s, shift, err := mcda.ShiftColumns(m, 1)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("shift:", shift)
	r, err := mcda.Rank(&mcda.WPM{}, s)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Ranks)
	// Output:
	// mcda: alternative 0 ("A"), criterion 0 ("profit"): value -3: not positive
	// shift: [4 0]
	// [3 2 1]
}

// Variant scores many versions of one problem without allocating, as a
// simulation does.
func ExampleDecisionMatrix_Variant() {
	m := suppliers()
	var v *mcda.DecisionMatrix
	tp := &mcda.TOPSIS{}
	scores := make([]float64, 4)
	for _, w := range [][]float64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}} {
		var err error
		if v, err = m.Variant(v, nil, w); err != nil {
			fmt.Println(err)
			return
		}
		if _, err := tp.Scores(scores, v); err != nil {
			fmt.Println(err)
			return
		}
		ranks, _ := mcda.RankScores(nil, nil, scores, true)
		fmt.Println(w, ranks)
	}
	// Output:
	// [1 0 0] [2 1 4 3]
	// [0 1 0] [3 4 1 2]
	// [0 0 1] [3 1 2 4]
}

// A problem file may give each criterion its PROMETHEE preference
// function. Here price differences up to 10 are indifferent and from 60 on
// strictly preferred: S2 is preferred to S1 on price to degree
// (50 − 10)/(60 − 10) = 0.8, so π(S2, S1) = 2/3·0.8 and the net flows are
// 0, 4/15 and −4/15.
func ExampleReadProblem() {
	doc := `{"criteria": [
	  {"name": "price", "type": "cost", "weight": 2, "preference": {"function": "linear", "q": 10, "p": 60}},
	  {"name": "quality", "type": "benefit", "weight": 1, "preference": {"function": "usual"}}],
	 "alternatives": [{"name": "S1", "values": [250, 16]}, {"name": "S2", "values": [200, 12]},
	                  {"name": "S3", "values": [300, 20]}]}`
	p, err := mcda.ReadProblem(strings.NewReader(doc))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := mcda.Rank(&mcda.PROMETHEE{Preferences: p.Preferences}, p.Matrix)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.4f %v\n", r.Scores, r.Ranks)
	// Output:
	// [0.0000 0.2667 -0.2667] [2 1 3]
}

// RankStream ranks a CSV file in two passes without loading it.
func ExampleCSVFile() {
	dir, err := os.MkdirTemp("", "example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "suppliers.csv")
	var b strings.Builder
	if err := mcda.WriteCSV(&b, suppliers()); err != nil {
		fmt.Println(err)
		return
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		fmt.Println(err)
		return
	}
	r, err := mcda.RankStream(context.Background(), mcda.CSVFile(path), mcda.StreamOptions{Top: 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range r.Top {
		fmt.Printf("%d %s %.4f\n", a.Rank, a.Name, a.Score)
	}
	fmt.Println(r.Alternatives, "alternatives read")
	// Output:
	// 1 S2 0.5644
	// 2 S3 0.5537
	// 4 alternatives read
}

// ExampleDecisionMatrix_WithWeightsByName gives weights by criterion name;
// a missing or unknown name is an error, not a silent shift.
func ExampleDecisionMatrix_WithWeightsByName() {
	m, err := mcda.NewDecisionMatrix([]string{"a", "b"},
		[]mcda.Criterion{{Name: "cost", Objective: mcda.ObjectiveCost}, {Name: "speed", Objective: mcda.ObjectiveBenefit}},
		[][]float64{{3, 10}, {5, 30}})
	if err != nil {
		fmt.Println(err)
		return
	}
	w, err := m.WithWeightsByName(map[string]float64{"speed": 3, "cost": 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(w.Weights(nil))
	_, err = m.WithWeightsByName(map[string]float64{"speed": 3})
	fmt.Println(err)
	_, err = m.WithWeightsByName(map[string]float64{"speed": 3, "cost": 1, "colour": 2})
	fmt.Println(err)
	// Output:
	// [0.25 0.75]
	// mcda: criterion 0 ("cost"): invalid weight: no weight given
	// mcda: weight given for "colour", which is not a criterion: empty name
}

// ExampleDecisionMatrix_Weighted builds a matrix without weights for an
// objective weighting, which derives them from the data.
func ExampleDecisionMatrix_Weighted() {
	m, err := mcda.NewDecisionMatrix([]string{"a", "b", "c"},
		[]mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit}, {Name: "y", Objective: mcda.ObjectiveCost}},
		[][]float64{{1, 10}, {2, 14}, {4, 11}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Weighted(), m.Weights(nil))
	w, err := (&mcda.Entropy{}).Weights(nil, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	m, err = m.WithWeights(w)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%v %.3f\n", m.Weighted(), m.Weights(nil))
	// Output:
	// false [0.5 0.5]
	// true [0.932 0.068]
}

// ExampleRanking_WriteText is the README's first example: data without
// weights, weights by criterion name, a ranking printed as a table.
func ExampleRanking_WriteText() {
	m, err := mcda.NewDecisionMatrix([]string{"Corsa", "Clio", "Fiesta"},
		[]mcda.Criterion{{Name: "price", Objective: mcda.ObjectiveCost}, {Name: "power", Objective: mcda.ObjectiveBenefit}, {Name: "economy", Objective: mcda.ObjectiveBenefit}},
		[][]float64{{5490, 51.4, 8.5}, {6500, 70.6, 7}, {6489, 54.3, 7.5}})
	if err == nil {
		m, err = m.WithWeightsByName(map[string]float64{"price": 0.65, "power": 0.23, "economy": 0.12})
	}
	if err != nil {
		log.Fatal(err)
	}
	r, err := mcda.Rank(&mcda.TOPSIS{}, m)
	if err != nil {
		log.Fatal(err)
	}
	r.WriteText(os.Stdout)
	// Output:
	// rank  alternative   score
	//    1  Corsa        0.5940
	//    2  Clio         0.4060
	//    3  Fiesta       0.0999
}

// ExampleCompare measures how far two methods' rankings of the same
// problem agree; the coefficients work on fractional ranks, which
// FractionalRanks computes from any scores.
func ExampleCompare() {
	m := suppliers()
	a, err := mcda.Rank(&mcda.TOPSIS{}, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	b, err := mcda.Rank(&mcda.VIKOR{}, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	ag, err := mcda.Compare(a, b)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s %v, %s %v\n", a.Method, a.Ranks, b.Method, b.Ranks)
	fmt.Printf("spearman %.2f, weighted %.2f, WS %.2f, kendall %.2f\n", ag.Spearman, ag.WeightedSpearman, ag.WS, ag.Kendall)
	x, y := a.FractionalRanks(nil), b.FractionalRanks(nil)
	rho, err := mcda.Spearman(x, y)
	fmt.Printf("the same from fractional ranks %v and %v: %.2f %v\n", x, y, rho, err)
	// Output:
	// topsis [3 1 2 4], vikor [1 2 3 4]
	// spearman 0.40, weighted 0.28, WS 0.58, kendall 0.33
	// the same from fractional ranks [3 1 2 4] and [1 2 3 4]: 0.40 <nil>
}

// The Workers option spreads a large problem's passes over goroutines
// (problems of up to 4096 alternatives, as this one, run on one); the
// weights and scores are bit-for-bit those of one goroutine. The figures
// agree with a direct computation of the textbook formulas (entropy
// p ln p, CoCoSo with r^w by pow) to the digits shown.
func ExampleNewWeighting_workers() {
	m := suppliers()
	wt, err := mcda.NewWeighting("entropy", mcda.WeightingOptions{Workers: 4})
	if err != nil {
		fmt.Println(err)
		return
	}
	w, err := wt.Weights(nil, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	serial, _ := mcda.NewWeighting("entropy")
	ws, _ := serial.Weights(nil, m)
	fmt.Printf("%.4f %v\n", w, slices.Equal(w, ws))
	method, _ := mcda.NewMethod("cocoso", mcda.MethodOptions{Workers: 4})
	scores, err := method.Scores(nil, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.4f\n", scores)
	// Output:
	// [0.1993 0.3104 0.4903] true
	// [2.3130 2.3431 2.0998 1.5476]
}
