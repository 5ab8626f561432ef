package mcda_test

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/balancer-mcda/balancer/mcda"
)

// ExampleRanking_MarshalJSON writes a ranking, a streamed ranking and an
// agreement in the package's JSON vocabulary and reads them back.
func ExampleRanking_MarshalJSON() {
	m, err := mcda.NewDecisionMatrix([]string{"a", "b", "c"},
		[]mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 2}, {Name: "y", Objective: mcda.ObjectiveCost, Weight: 1}},
		[][]float64{{1, 10}, {3, 30}, {2, 10}})
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := mcda.Rank(&mcda.WSM{}, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	data, err := json.Marshal(r)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(data))
	var back mcda.Ranking
	if err := json.Unmarshal(data, &back); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("ranking round trip:", reflect.DeepEqual(r, &back))

	var csv strings.Builder
	if err := mcda.WriteCSV(&csv, m); err != nil {
		fmt.Println(err)
		return
	}
	open := func() (mcda.RowSource, error) { return mcda.NewCSVReader(strings.NewReader(csv.String())) }
	s, err := mcda.RankStream(context.Background(), open, mcda.StreamOptions{Method: &mcda.WSM{}, Top: 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	data, err = json.Marshal(s)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(data))
	var sback mcda.StreamRanking
	if err := json.Unmarshal(data, &sback); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("stream round trip:", reflect.DeepEqual(s, &sback))

	t, err := mcda.Rank(&mcda.TOPSIS{}, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	ag, err := mcda.Compare(r, t)
	if err != nil {
		fmt.Println(err)
		return
	}
	data, err = json.Marshal(ag)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(data))
	var aback mcda.Agreement
	if err := json.Unmarshal(data, &aback); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("agreement round trip:", reflect.DeepEqual(ag, aback))
	// Output:
	// {"method":"wsm","higher_is_better":true,"count":3,"results":[{"index":1,"alternative":"b","score":0.7777777777777777,"rank":1},{"index":2,"alternative":"c","score":0.7777777777777777,"rank":1},{"index":0,"alternative":"a","score":0.5555555555555556,"rank":3}]}
	// ranking round trip: true
	// {"method":"wsm","higher_is_better":true,"count":3,"results":[{"index":1,"alternative":"b","score":0.7777777777777777,"rank":1},{"index":2,"alternative":"c","score":0.7777777777777777,"rank":1}]}
	// stream round trip: true
	// {"a":"wsm","b":"topsis","spearman":0.8660254037844387,"weighted_spearman":0.84375,"ws":0.7642977396044842,"kendall":0.8164965809277261}
	// agreement round trip: true
}
