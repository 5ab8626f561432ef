package sorting_test

import (
	"fmt"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/outranking"
	"github.com/balancer-mcda/balancer/mcda/sorting"
)

// ExampleELECTRETRIB sorts three suppliers into reject, review and accept
// with two boundary profiles. "risky" is excellent on price but vetoed on
// quality against the upper profile (7 below it, past v = 5) and
// partly discordant against the lower one (σ = 0.5 < λ), while neither
// profile outranks it: it is incomparable to both, and the rules
// disagree, pessimistic putting it in reject and optimistic in accept.
func ExampleELECTRETRIB() {
	m, _ := mcda.NewDecisionMatrix([]string{"solid", "risky", "weak"},
		[]mcda.Criterion{{Name: "price", Objective: mcda.ObjectiveCost, Weight: 1}, {Name: "quality", Objective: mcda.ObjectiveBenefit, Weight: 1}},
		[][]float64{{90, 9}, {60, 1}, {140, 3}})
	e := sorting.ELECTRETRIB{
		Profiles: [][]float64{{130, 4}, {100, 8}}, // worst first
		Thresholds: []outranking.Thresholds{
			{Q: outranking.Constant(5), P: outranking.Constant(15), V: outranking.Constant(60), Veto: true},
			{Q: outranking.Constant(0.5), P: outranking.Constant(2), V: outranking.Constant(5), Veto: true},
		},
		Lambda: 0.6,
	}
	res, err := e.Evaluate(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	names := []string{"reject", "review", "accept"}
	for i, a := range m.Alternatives() {
		fmt.Printf("%-5s σ(a,b)=%.2f σ(b,a)=%.2f  pessimistic %-6s optimistic %s\n", a,
			res.CredibilityAB[i], res.CredibilityBA[i], names[res.Pessimistic[i]], names[res.Optimistic[i]])
	}
	// Output:
	// solid σ(a,b)=[1.00 1.00] σ(b,a)=[0.00 0.58]  pessimistic accept optimistic accept
	// risky σ(a,b)=[0.50 0.00] σ(b,a)=[0.00 0.44]  pessimistic reject optimistic accept
	// weak  σ(a,b)=[0.58 0.00] σ(b,a)=[1.00 1.00]  pessimistic reject optimistic reject
}

// ExampleFlowSort sorts by PROMETHEE flows with limiting profiles made from
// two boundaries and the data's extremes.
func ExampleFlowSort() {
	m, _ := mcda.NewDecisionMatrix([]string{"solid", "risky", "weak"},
		[]mcda.Criterion{{Name: "price", Objective: mcda.ObjectiveCost, Weight: 1}, {Name: "quality", Objective: mcda.ObjectiveBenefit, Weight: 1}},
		[][]float64{{90, 9}, {60, 1}, {140, 3}})
	f := sorting.FlowSort{
		Profiles:    sorting.LimitingProfiles(m, [][]float64{{130, 4}, {100, 8}}),
		Preferences: []mcda.Preference{{Function: mcda.PreferenceLinear, Q: 5, P: 15}, {Function: mcda.PreferenceLinear, Q: 0.5, P: 2}},
	}
	res, err := f.Evaluate(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, a := range m.Alternatives() {
		fmt.Printf("%-5s φ=%+.3f category %d, interval [%d, %d]\n", a, res.NetFlow[i], res.Category[i], res.Worse[i], res.Better[i])
	}
	// Output:
	// solid φ=+0.479 category 2, interval [2, 2]
	// risky φ=+0.000 category 1, interval [1, 1]
	// weak  φ=-0.479 category 0, interval [0, 0]
}
