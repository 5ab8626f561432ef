package anp

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestNetworkBigBurger evaluates Saaty's big hamburger market-share network
// (eight clusters, 32 nodes, 176 node comparisons, eight cluster
// comparisons; the node names are truncated as in the source) and checks
// its 32 limiting priorities against pyanp's (W. Adams, the author of Super
// Decisions; wjladams/pyanp, examples/models/ScrapWork.ipynb, output of
// net.global_priority() on examples/models/BigBurger.xlsx, six decimals, so
// 5e-7).
//
// BigBurger.xlsx holds a weighted supermatrix to five decimals (its columns
// sum to 1), by its name that of Super Decisions' big burger sample model. pyanp's anp_from_excel turns it into judgments
// (ANPNetwork.set_pairwise_from_supermatrix): within each column and
// cluster, the ratios of the entries; for each cluster, the ratios of the
// other clusters' totals in the average of its columns. The network file
// examples/anp/testdata/bigburger.json holds exactly those judgments (up to
// 333, hence its scale 1/1000..1000), so this checks Evaluate's cluster
// weighting, its renormalisation of the columns of nodes that link to fewer
// clusters than their cluster, and the limit, against pyanp on a 32-node
// network. The averaged cluster weights are pyanp's reconstruction, not
// the sheet's, so these are not the priorities of the sheet's weighted
// supermatrix (whose limit, taken directly, gives McDonald's 0.1295, not
// 0.1302).
func TestNetworkBigBurger(t *testing.T) {
	nw := readNetworkFile(t, "../../examples/anp/testdata/bigburger.json")
	res, err := nw.Evaluate(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	pyanp := []float64{
		0.130246, 0.048155, 0.027258, // alternatives
		0.042012, 0.032221, 0.033791, 0.067611, // customer group
		0.043988, 0.073618, 0.041171, 0.028133, // marketing mix
		0.042212, 0.011739, 0.007827, 0.008663, // contemporary
		0.053428, 0.041907, 0.028196, // public health
		0.033210, 0.013353, 0.012449, 0.012232, 0.011066, // traits
		0.022758, 0.023697, 0.030650, 0.016974, 0.021018, 0.021530, 0.018290, // indirect competitors
		0.000298, 0.000298, // time horizon
	}
	if diff := cmp.Diff(pyanp, res.Priorities, cmpopts.EquateApprox(0, 5e-7)); diff != "" {
		t.Errorf("limiting priorities (-pyanp +got):\n%s", diff)
	}
	if res.Limit.Cesaro || len(res.Limit.Sinks) != 0 {
		t.Errorf("Cesaro = %v, sinks %v; want a primitive supermatrix", res.Limit.Cesaro, res.Limit.Sinks)
	}
	for _, c := range res.Consistency {
		if c.CR > 1e-9 {
			t.Errorf("CR of %s w.r.t. %q = %g; ratio judgments are consistent", c.Cluster, c.Node, c.CR)
		}
	}
}
