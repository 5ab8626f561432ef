package strategy_test

import (
	"context"
	"fmt"

	"github.com/balancer-mcda/balancer/mcda/ahp"
	"github.com/balancer-mcda/balancer/strategy"
)

func ExampleSCO() {
	d := strategy.SCO()
	futures, err := d.Futures()
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := futures.Evaluate(context.Background(), ahp.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, i := range r.Order {
		fmt.Printf("%d %s\n", r.Ranks[i], r.Alternatives[i])
	}
	// Output:
	// 1 Strategic Balancer
	// 2 Co-leader with China
	// 3 Marginalized Bystander
}

func ExamplePreferences() {
	for _, p := range strategy.Preferences() {
		if p.Kind == strategy.Desirability {
			s, _ := strategy.Lookup(p.Anchor)
			fmt.Printf("%s over %s: %q\n", p.Better, p.Worse, s.KeyPhrases[len(s.KeyPhrases)-1])
		}
	}
	// Output:
	// Strategic Balancer over Co-leader with China: "risky given long-term sovereignty costs"
	// Strategic Balancer over Marginalized Bystander: "pursue strategic adaptation"
	// Strategic Balancer over Co-leader with China: "promote its role as a broker, not a follower"
}

func ExampleDataset_DocumentOnly() {
	d := strategy.SCO()
	fmt.Println("the modeller's frame:", d.ModellerCriteria())
	futures, err := d.DocumentOnly().Futures()
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := futures.Evaluate(context.Background(), ahp.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("first without it:", r.Alternatives[r.Order[0]])
	// Output:
	// the modeller's frame: [Cost]
	// first without it: Strategic Balancer
}

func ExampleLookup() {
	s, _ := strategy.Lookup("futures/2/support")
	fmt.Printf("%s (%s): %q\n", s.Title, s.Location, s.KeyPhrases[0])
	// Output:
	// Future 2: what the co-leader gains (futures, item 2): "in exchange for economic and political support"
}
