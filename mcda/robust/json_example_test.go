package robust_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"reflect"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

// roundTrip marshals v, unmarshals the JSON into a new value of v's type
// and reports whether the two are deeply equal.
func roundTrip[T any](v T) (string, bool) {
	data, err := json.Marshal(v)
	if err != nil {
		return err.Error(), false
	}
	var back T
	if err := json.Unmarshal(data, &back); err != nil {
		return err.Error(), false
	}
	return string(data), reflect.DeepEqual(v, back)
}

// Example_json writes the results of a sensitivity analysis, an SMAA run
// and a rank reversal check in the JSON vocabulary of package mcda, and
// reads them back unchanged.
func Example_json() {
	m, err := mcda.NewDecisionMatrix([]string{"a", "b", "c"},
		[]mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 2}, {Name: "y", Objective: mcda.ObjectiveCost, Weight: 1}},
		[][]float64{{1, 10}, {3, 30}, {2, 12}})
	if err != nil {
		fmt.Println(err)
		return
	}
	ctx := context.Background()
	sens, err := robust.Sensitivity(ctx, &mcda.WSM{}, m, robust.SensitivityOptions{Top: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	data, ok := roundTrip(sens[0])
	fmt.Println(data)
	fmt.Println("sensitivity round trip:", ok)

	smaa, err := (&robust.SMAA{Samples: 100, Seed: 1}).Run(ctx, func() mcda.Method { return &mcda.WSM{} }, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	_, ok = roundTrip(smaa)
	fmt.Println("SMAA round trip:", ok)

	rev, err := robust.RankReversal(ctx, &mcda.WSM{}, m, robust.ReversalOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	_, ok = roundTrip(rev)
	fmt.Println("rank reversal round trip:", ok)
	// Output:
	// {"criterion":"x","weight":0.6666666666666666,"exact":true,"breakpoints":[{"weight":0.33333333333333337,"rank":1,"a":0,"b":2,"before":"ahead","after":"behind"},{"weight":0.6,"rank":1,"a":1,"b":2,"before":"behind","after":"ahead"}],"truncated":false,"omitted":0,"first_stable":{"lo":0.6,"hi":1},"ranking_stable":{"lo":0.6,"hi":1}}
	// sensitivity round trip: true
	// SMAA round trip: true
	// rank reversal round trip: true
}

// ExampleSensitivities_WriteText prints a sensitivity analysis as the
// command-line programs do.
func ExampleSensitivities_WriteText() {
	m, err := mcda.NewDecisionMatrix([]string{"a", "b", "c"},
		[]mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 2}, {Name: "y", Objective: mcda.ObjectiveCost, Weight: 1}},
		[][]float64{{1, 10}, {3, 30}, {2, 12}})
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := robust.Sensitivity(context.Background(), &mcda.WSM{}, m, robust.SensitivityOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	s.WriteText(os.Stdout)
	// Output:
	// criterion  weight  first holds for  ranking holds for  breakpoints  nearest below  nearest above
	// x           0.667   [0.600, 1.000]     [0.600, 1.000]            3       0.600000              -
	// y           0.333   [0.000, 0.400]     [0.000, 0.400]            3              -       0.400000
}

// ExampleSMAAResult_WriteText prints rank acceptabilities as the
// command-line programs do.
func ExampleSMAAResult_WriteText() {
	m, err := mcda.NewDecisionMatrix([]string{"a", "b", "c"},
		[]mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit}, {Name: "y", Objective: mcda.ObjectiveCost}},
		[][]float64{{1, 10}, {3, 30}, {2, 12}})
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := (&robust.SMAA{Samples: 1000, Seed: 1}).Run(context.Background(), func() mcda.Method { return &mcda.WSM{} }, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	r.WriteText(os.Stdout)
	// Output:
	// alternative     b1     b2     b3  confidence
	// b            0.390  0.086  0.524       1.000
	// a            0.360  0.164  0.476       1.000
	// c            0.250  0.750  0.000       1.000
	//
	// b_r: share of samples with rank r; standard error at most 0.016.
}
