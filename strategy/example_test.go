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
