package mcda_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// tusAdali2019 is the time and attendance software selection problem of
// Tuş & Aytaç Adalı (2019), Opsearch 56(2):528-538; the first criterion
// (price) is a cost.
var tusAdali2019 = [][]float64{
	{5000, 3, 3, 4, 3, 2}, {680, 5, 3, 2, 2, 1}, {2000, 3, 2, 3, 4, 3}, {600, 4, 3, 1, 2, 2}, {800, 2, 4, 3, 3, 4},
}

func TestCRITICPublished(t *testing.T) {
	// Tuş & Aytaç Adalı (2019), CRITIC weights to 3 decimals, as in
	// pyrepo-mcda Test_CRITIC and pymcdm TestCRITICWeights. They are
	// reproduced only when the cost criterion is normalized like a benefit
	// one (BenefitOnly); the objective-aware default gives
	// 0.1841, 0.2130, 0.1422, 0.1583, 0.1684, 0.1340 instead.
	wtRun(t, &mcda.CRITIC{BenefitOnly: true}, []wtCase{{
		name: "TusAdali2019", rows: tusAdali2019, types: []int{-1, 1, 1, 1, 1, 1},
		want: []float64{0.157, 0.249, 0.168, 0.121, 0.154, 0.151}, tol: 5e-4,
	}})
}

func TestCRITICSpecialCases(t *testing.T) {
	// A constant column gets weight 0 and leaves the other weights as
	// CRITIC gives them without it.
	with := wtMatrix(t, [][]float64{{1, 7, 5}, {2, 7, 3}, {4, 7, 4}}, nil)
	without := wtMatrix(t, [][]float64{{1, 5}, {2, 3}, {4, 4}}, nil)
	var c mcda.CRITIC
	got, err := c.Weights(nil, with)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := c.Weights(nil, without)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]float64{ref[0], 0, ref[1]}, got, approxTight); diff != "" {
		t.Errorf("constant column (-want +got):\n%s", diff)
	}
	// One varying column beside a constant one: C = (0, 0), and the varying
	// column takes all the weight; so do two identical varying columns.
	for _, tc := range []struct {
		rows [][]float64
		want []float64
	}{
		{[][]float64{{1e308, 1}, {1e308, 2}}, []float64{0, 1}},
		{[][]float64{{1, 3, 3}, {2, 3, 5}, {3, 3, 7}}, []float64{0.5, 0, 0.5}},
	} {
		got, err := c.Weights(nil, wtMatrix(t, tc.rows, nil))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tc.want, got, approxTight); diff != "" {
			t.Errorf("no conflict %v (-want +got):\n%s", tc.rows, diff)
		}
	}
	// Two alternatives: every correlation is ±1.
	two := wtMatrix(t, [][]float64{{1, 5, 2}, {2, 3, 9}}, []int{1, 1, 1})
	got, err = c.Weights(nil, two)
	if err != nil {
		t.Fatal(err)
	}
	// r_12 = r_23 = −1, r_13 = 1, σ equal: C = (2, 4, 2).
	if diff := cmp.Diff([]float64{0.25, 0.5, 0.25}, got, approxTight); diff != "" {
		t.Errorf("two alternatives (-want +got):\n%s", diff)
	}
}

func TestCRITICProperties(t *testing.T) {
	t.Run("CostIsNegatedBenefit", rapid.MakeCheck(propCRITICCostIsNegatedBenefit))
}

// Property: the objective-aware CRITIC of a problem equals the BenefitOnly
// CRITIC of the same problem with every cost column negated, x → −x: the
// cost-aware min-max normalization is exactly the benefit one of −x.
func propCRITICCostIsNegatedBenefit(t *rapid.T) {
	rows, _, types := genProblem(t)
	want, err := (&mcda.CRITIC{}).Weights(nil, wtMatrix(t, rows, types))
	if err != nil {
		t.Fatal(err)
	}
	for i := range rows {
		for j, ty := range types {
			if ty < 0 {
				rows[i][j] = -rows[i][j]
			}
		}
	}
	got, err := (&mcda.CRITIC{BenefitOnly: true}).Weights(nil, wtMatrix(t, rows, nil))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got, approxInvariant); diff != "" {
		t.Fatalf("(-cost-aware +negated benefit-only):\n%s", diff)
	}
}

func BenchmarkCRITIC(b *testing.B) { wtBench(b, &mcda.CRITIC{}) }

func ExampleCRITIC() {
	m, _ := mcda.NewDecisionMatrix(
		[]string{"S1", "S2", "S3", "S4", "S5"},
		[]mcda.Criterion{
			{Name: "price", Objective: mcda.ObjectiveCost, Weight: 1}, {Name: "C2", Objective: mcda.ObjectiveBenefit, Weight: 1},
			{Name: "C3", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "C4", Objective: mcda.ObjectiveBenefit, Weight: 1},
			{Name: "C5", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "C6", Objective: mcda.ObjectiveBenefit, Weight: 1},
		},
		tusAdali2019)
	w, _ := (&mcda.CRITIC{}).Weights(nil, m)
	fmt.Printf("objective-aware %.3f\n", w)
	w, _ = (&mcda.CRITIC{BenefitOnly: true}).Weights(nil, m)
	fmt.Printf("benefit-only    %.3f\n", w)
	// Output:
	// objective-aware [0.184 0.213 0.142 0.158 0.168 0.134]
	// benefit-only    [0.157 0.249 0.168 0.121 0.154 0.151]
}
