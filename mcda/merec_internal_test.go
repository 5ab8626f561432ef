package mcda

import (
	"fmt"
	"math"
	"testing"

	"pgregory.net/rapid"
)

// TestMERECFastLog checks that taking the larger removal effects as lnx of
// the ratio q (MEREC.foldBlock) moves the weights by less than 10⁻¹¹ of
// their values from math.Log1p everywhere: each such effect is within
// about 2⁻⁴⁰ of its value. Both runs share L_ij bit for bit, so only the
// logarithm of the effect differs. Columns are drawn from wide to narrow
// (10⁻⁶ of their value), so that many effects fall on either side of
// merecFastLog, with one to twelve criteria.
func TestMERECFastLog(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := rapid.IntRange(2, 80).Draw(t, "m")
		n := rapid.IntRange(1, 12).Draw(t, "n")
		rows := make([][]float64, m)
		for i := range rows {
			rows[i] = make([]float64, n)
		}
		crit := make([]Criterion, n)
		for j := range crit {
			crit[j] = Criterion{Name: fmt.Sprint("c", j), Weight: 1, Objective: ObjectiveBenefit}
			if rapid.Bool().Draw(t, "cost") {
				crit[j].Objective = ObjectiveCost
			}
			base := rapid.Float64Range(1e-3, 1e3).Draw(t, "base")
			width := rapid.SampledFrom([]float64{1e-6, 1e-4, 1e-2, 1, 100}).Draw(t, "width")
			for i := range rows {
				rows[i][j] = base * (1 + width*rapid.Float64Range(0, 1).Draw(t, "u"))
			}
		}
		alts := make([]string, m)
		for i := range alts {
			alts[i] = fmt.Sprint("a", i)
		}
		dm, err := NewDecisionMatrix(alts, crit, rows)
		if err != nil {
			t.Fatal(err)
		}
		got, err := (&MEREC{}).Weights(nil, dm)
		if err != nil {
			t.Fatal(err)
		}
		want, err := (&MEREC{fastLog: math.Inf(1)}).Weights(nil, dm)
		if err != nil {
			t.Fatal(err)
		}
		for j := range want {
			if math.Abs(got[j]-want[j]) > 1e-11*want[j] {
				t.Fatalf("weight %d = %v, with math.Log1p %v (relative difference %.2g)", j, got[j], want[j], math.Abs(got[j]-want[j])/want[j])
			}
		}
	})
}
