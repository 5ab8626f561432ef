package anp

import (
	"context"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"gonum.org/v1/gonum/mat"
)

// hamburgerUnweighted is the unweighted supermatrix of Saaty's hamburger
// market-share model as the AhpAnpLib library of the Creative Decisions
// Foundation (the authors of Super Decisions) prints it, three decimals
// (CreativeDecisions/AhpAnpLib, Examples/ANP_Hamburger_Marketshare/
// HamburgerModel_Excel_results.xlsx, sheet "supermatrix"). Rows and columns:
// McDonald's, Burger King, Wendy's; Creativity, Promotion, Frequency;
// Nutrition, Taste, Portion; Price, Location, Service, Speed, Cleanliness,
// Menu Item, Take-out, Reputation.
var hamburgerUnweighted = [][]float64{
	{0, 0.833, 0.75, 0.614, 0.717, 0.717, 0.249, 0.29, 0.599, 0.653, 0.653, 0.332, 0.539, 0.25, 0.493, 0.456, 0.675},
	{0.8, 0, 0.25, 0.269, 0.194, 0.194, 0.156, 0.104, 0.126, 0.251, 0.251, 0.139, 0.362, 0.25, 0.196, 0.339, 0.224},
	{0.2, 0.167, 0, 0.117, 0.088, 0.088, 0.595, 0.606, 0.275, 0.096, 0.096, 0.529, 0.099, 0.5, 0.311, 0.205, 0.101},
	{0.207, 0.178, 0.281, 0, 0, 0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0.078, 0, 0.082},
	{0.13, 0.112, 0.072, 0.125, 0.333, 0.5, 0, 0, 0, 0.833, 0, 0, 0, 0, 0.171, 0, 0.368},
	{0.663, 0.71, 0.647, 0.875, 0.667, 0, 0, 0, 0, 0.167, 0, 0, 0, 0, 0.751, 0, 0.55},
	{0.332, 0.281, 0.624, 0, 0, 0, 0, 0, 0, 0.167, 0, 0, 0, 0, 0.076, 0, 0.094},
	{0.139, 0.072, 0.282, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.695, 0, 0.624},
	{0.529, 0.647, 0.094, 0, 0, 0, 0, 0, 0, 0.833, 0, 0, 0, 0, 0.229, 0, 0.282},
	{0.033, 0.241, 0.03, 0, 0.833, 0, 0, 0, 0.857, 0, 0, 0, 0, 0, 0.115, 0, 0.063},
	{0.107, 0.223, 0.142, 0.709, 0, 0.196, 0, 0, 0, 0.5, 0, 0.098, 0, 0.171, 0.053, 0.657, 0.265},
	{0.024, 0.142, 0.065, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.187, 0.078, 0, 0.055, 0.044},
	{0.048, 0.141, 0.064, 0, 0, 0, 0, 0, 0, 0, 0, 0.286, 0, 0.751, 0.195, 0.288, 0.084},
	{0.333, 0.11, 0.276, 0, 0, 0, 0, 0, 0, 0, 0, 0.518, 0, 0, 0.638, 0, 0.238},
	{0.159, 0.051, 0.157, 0.138, 0.167, 0.311, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.193},
	{0.074, 0.051, 0.059, 0, 0, 0, 0, 0, 0.143, 0.5, 0, 0, 0.731, 0, 0, 0, 0.057},
	{0.223, 0.042, 0.208, 0.153, 0, 0.493, 0, 0, 0, 0, 0, 0.098, 0.081, 0, 0, 0, 0.057},
}

// TestNetworkHamburger evaluates Saaty's hamburger market-share network
// (four clusters, 17 nodes, 46 comparisons, a self-loop Promotion →
// Promotion; Saaty 2005, Saaty & Vargas 2006 ch. 1) from
// examples/anp/testdata/hamburger.json. The judgments are those of the
// Super Decisions sample model as AhpAnpLib ships them
// (HamburgerModel_Excel_filledIn.xlsx): ratios of Saaty's printed local
// priorities, up to 14.1, hence the file's scale 1/20..20. The model has no
// cluster comparisons.
//
// Checked against AhpAnpLib's printed results (three decimals, so 0.0005):
//
//   - the consistency ratio of all 46 comparisons (0 but 0.001 for the
//     alternatives with respect to Take-out; AhpAnpLib's random index of
//     order 3 is 0.52 and ours Saaty's 0.58, which moves no CR here by
//     0.0005);
//   - the whole 17×17 unweighted supermatrix.
//
// AhpAnpLib's limit matrix, limiting priorities and cluster-normalised
// priorities (alternatives 0.509, 0.292, 0.199) are not those of Saaty's
// method, and the test documents why instead of matching them: AhpAnpLib
// (calcs_AHPLib.calcHierarchy) iterates the unweighted supermatrix itself,
// whose columns sum to 1, 2, 3 or 4 (the number of clusters a node links
// to), and so returns its Perron vector. The check below computes that
// vector from our unweighted supermatrix and finds all 17 of AhpAnpLib's
// limiting priorities and their cluster normalisation within 0.0005, which
// pins the difference to this step. Saaty's method (and Evaluate, see
// Options) weights every block by the cluster matrix so that the weighted
// supermatrix is column-stochastic; without cluster comparisons every linked
// cluster weighs the same, so the weighted supermatrix is the unweighted one
// with its columns divided by their sums, which is checked, and whose limit
// gives the alternatives 0.490, 0.269 and 0.241. Saaty's published final
// shares use his cluster matrix, which the sample model does not carry; they
// are not reproduced here.
func TestNetworkHamburger(t *testing.T) {
	nw := readNetworkFile(t, "../../examples/anp/testdata/hamburger.json")
	res, err := nw.Evaluate(context.Background(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	const printed = 0.0005
	if len(res.Consistency) != 46 {
		t.Fatalf("%d comparisons, want 46", len(res.Consistency))
	}
	for _, c := range res.Consistency {
		want := 0.0
		if c.Node == "Take-out" && c.Cluster == "Alternatives" {
			want = 0.001
		}
		if math.Abs(c.CR-want) > printed {
			t.Errorf("CR of %s w.r.t. %s = %.4f, AhpAnpLib %.3f", c.Cluster, c.Node, c.CR, want)
		}
	}
	if diff := cmp.Diff(hamburgerUnweighted, rowsOf(res.Unweighted), cmpopts.EquateApprox(0, printed)); diff != "" {
		t.Errorf("unweighted supermatrix (-AhpAnpLib +got):\n%s", diff)
	}

	// Equal cluster weights: the weighted supermatrix is the unweighted one
	// with columns divided by their sums.
	n := len(res.Nodes)
	want := mat.DenseCopyOf(res.Unweighted)
	for j := 0; j < n; j++ {
		s := mat.Sum(want.ColView(j))
		for i := 0; i < n; i++ {
			want.Set(i, j, want.At(i, j)/s)
		}
	}
	if diff := cmp.Diff(rowsOf(want), rowsOf(res.Weighted), cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("weighted supermatrix (-column-normalised unweighted +got):\n%s", diff)
	}
	if res.Limit.Cesaro || len(res.Limit.Sinks) != 0 {
		t.Errorf("Cesaro = %v, sinks %v; want a primitive supermatrix", res.Limit.Cesaro, res.Limit.Sinks)
	}
	for j := 1; j < n; j++ {
		if diff := cmp.Diff(mat.Col(nil, 0, res.Limit.Matrix), mat.Col(nil, j, res.Limit.Matrix), cmpopts.EquateApprox(0, 1e-9)); diff != "" {
			t.Errorf("limit column %d differs from column 0:\n%s", j, diff)
		}
	}

	// AhpAnpLib's limiting priorities are the Perron vector of the
	// unweighted supermatrix.
	ahpAnpLib := []float64{0.169, 0.097, 0.066, 0.046, 0.062, 0.12, 0.046, 0.033, 0.073, 0.051, 0.056, 0.011, 0.026, 0.041, 0.035, 0.026, 0.042}
	ahpAnpLibNormal := []float64{0.509, 0.292, 0.199, 0.2, 0.273, 0.527, 0.304, 0.217, 0.48, 0.176, 0.195, 0.039, 0.09, 0.142, 0.121, 0.09, 0.147}
	var eig mat.Eigen
	if !eig.Factorize(res.Unweighted, mat.EigenRight) {
		t.Fatal("eigendecomposition of the unweighted supermatrix failed")
	}
	vals := eig.Values(nil)
	var vecs mat.CDense
	eig.VectorsTo(&vecs)
	k := 0
	for i := range vals {
		if real(vals[i]) > real(vals[k]) {
			k = i
		}
	}
	perron := make([]float64, n)
	var sum float64
	for i := range perron {
		perron[i] = real(vecs.At(i, k))
		sum += perron[i]
	}
	for i := range perron {
		perron[i] /= sum
	}
	if diff := cmp.Diff(ahpAnpLib, perron, cmpopts.EquateApprox(0, printed)); diff != "" {
		t.Errorf("Perron vector of the unweighted supermatrix (-AhpAnpLib limiting +got):\n%s", diff)
	}
	totals := make([]float64, len(res.Clusters))
	for i, p := range perron {
		totals[res.ClusterOf[i]] += p
	}
	normal := make([]float64, n)
	for i, p := range perron {
		normal[i] = p / totals[res.ClusterOf[i]]
	}
	if diff := cmp.Diff(ahpAnpLibNormal, normal, cmpopts.EquateApprox(0, printed)); diff != "" {
		t.Errorf("cluster-normalised Perron vector (-AhpAnpLib +got):\n%s", diff)
	}
	// Saaty's weighting moves the alternatives' shares by more than the
	// printed rounding: the two computations are different.
	if math.Abs(res.Normalized[0]-ahpAnpLibNormal[0]) < 0.01 {
		t.Errorf("McDonald's = %.4f, within 0.01 of the unweighted Perron vector's %.3f", res.Normalized[0], ahpAnpLibNormal[0])
	}
}
