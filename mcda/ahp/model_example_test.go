package ahp_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"reflect"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
)

// ExampleModel builds a small hierarchy in Go: one leaf judged pairwise,
// one rated cost leaf. It prints the tree, then writes the result in the
// JSON vocabulary of package mcda and reads it back.
func ExampleModel() {
	model := &ahp.Model{
		Goal:         "choose a laptop",
		Criteria:     []ahp.Node{{Name: "quality"}, {Name: "price", Objective: mcda.ObjectiveCost}},
		Alternatives: []ahp.Alternative{{Name: "A"}, {Name: "B"}},
		Judgments: map[string][]ahp.Judgment{
			"choose a laptop": {{A: "quality", B: "price", Value: 3, Rationale: "it lasts"}},
			"quality":         {{A: "A", B: "B", Value: 2}},
		},
		Ratings: map[string][]ahp.Rating{
			"price": {{Alternative: "A", Value: 900}, {Alternative: "B", Value: 600}},
		},
	}
	res, err := model.Evaluate(context.Background(), ahp.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := res.WriteText(os.Stdout); err != nil {
		fmt.Println(err)
		return
	}
	data, err := json.Marshal(res.Nodes[2])
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(data))

	data, err = json.Marshal(res)
	if err != nil {
		fmt.Println(err)
		return
	}
	var back ahp.Result
	if err := json.Unmarshal(data, &back); err != nil {
		fmt.Println(err)
		return
	}
	for i := range res.Nodes {
		res.Nodes[i].Matrix = nil // not part of the JSON form
	}
	fmt.Println("round trip:", reflect.DeepEqual(res, &back))
	// Output:
	// criterion         local  global  CR
	// choose a laptop   1.000   1.000  0.000
	//   quality         0.750   0.750  0.000
	//   price           0.250   0.250  rated
	// {"name":"price","parent":"choose a laptop","depth":1,"objective":"cost","local":0.25,"global":0.25,"items":["A","B"],"priorities":[0.4,0.6000000000000001],"leaf":true,"ratings":[900,600]}
	// round trip: true
}
