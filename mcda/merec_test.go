package mcda_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// keshavarz2021 is the 5×4 example of Keshavarz-Ghorabaee et al. (2021),
// Symmetry 13(4):525, Table 1: two benefit and two cost criteria.
var keshavarz2021 = [][]float64{
	{450, 8000, 54, 145}, {10, 9100, 2, 160}, {100, 8200, 31, 153}, {220, 9300, 1, 162}, {5, 8400, 23, 158},
}

func TestMERECPublished(t *testing.T) {
	wtRun(t, &mcda.MEREC{}, []wtCase{{
		// Keshavarz-Ghorabaee et al. (2021), final weights to 4 decimals
		// (also in pyrepo-mcda Test_MEREC, pymcdm TestMERECWeights and the R
		// package rmerec's tests).
		name: "KeshavarzGhorabaee2021", rows: keshavarz2021, types: []int{1, 1, -1, -1},
		want: []float64{0.5752, 0.0141, 0.4016, 0.0091}, tol: 5e-5,
	}, {
		// The same problem with the columns reordered and the benefit
		// columns rescaled (to kilo-units): the weights follow the columns
		// and do not change.
		name: "KeshavarzGhorabaee2021Permuted",
		rows: [][]float64{
			{54, 0.450, 145, 8}, {2, 0.010, 160, 9.1}, {31, 0.100, 153, 8.2}, {1, 0.220, 162, 9.3}, {23, 0.005, 158, 8.4}},
		types: []int{-1, 1, -1, 1},
		want:  []float64{0.4016, 0.5752, 0.0091, 0.0141}, tol: 5e-5,
	}})
}

func TestMERECSpecialCases(t *testing.T) {
	// One criterion: E_1 = Σ_i S_i > 0 when the column varies; weight 1.
	got, err := (&mcda.MEREC{}).Weights(nil, wtMatrix(t, [][]float64{{1}, {2}}, nil))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]float64{1}, got); diff != "" {
		t.Errorf("one criterion (-want +got):\n%s", diff)
	}
}

func TestMERECErrors(t *testing.T) {
	for _, tc := range []struct {
		name      string
		rows      [][]float64
		types     []int
		alt, crit int
	}{
		{"ZeroBenefit", [][]float64{{1, 2}, {0, 3}}, []int{1, 1}, 1, 0},
		{"NegativeCost", [][]float64{{1, 2}, {1, -3}}, []int{1, -1}, 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := (&mcda.MEREC{}).Weights(nil, wtMatrix(t, tc.rows, tc.types))
			wantValueError(t, err, mcda.ErrNotPositive, tc.alt, tc.crit)
		})
	}
}

func BenchmarkMEREC(b *testing.B) { wtBench(b, &mcda.MEREC{}) }

func ExampleMEREC() {
	m, _ := mcda.NewDecisionMatrix(
		[]string{"A1", "A2", "A3", "A4", "A5"},
		[]mcda.Criterion{
			{Name: "C1", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "C2", Objective: mcda.ObjectiveBenefit, Weight: 1},
			{Name: "C3", Objective: mcda.ObjectiveCost, Weight: 1}, {Name: "C4", Objective: mcda.ObjectiveCost, Weight: 1},
		},
		keshavarz2021)
	w, err := (&mcda.MEREC{}).Weights(nil, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.4f\n", w)
	// Output: [0.5752 0.0141 0.4016 0.0091]
}

// merecReference is MEREC from its definition with the standard library's
// logarithms: L_ij = |ln n_ij| as math.Log1p of the relative distance to
// the column's best, ln(1 + (x − min)/min) or ln(1 + (max − x)/x), whose
// rounding is a part of L however small, and every removal effect
// S_i − S'_ij = ln(1 + L_ij/(n + T_i − L_ij)) by math.Log1p.
func merecReference(m *mcda.DecisionMatrix) []float64 {
	rows := rowsOf(m)
	n := len(rows[0])
	mn, mx := make([]float64, n), make([]float64, n)
	for j := range n {
		mn[j], mx[j] = math.Inf(1), math.Inf(-1)
		for _, r := range rows {
			mn[j], mx[j] = math.Min(mn[j], r[j]), math.Max(mx[j], r[j])
		}
	}
	e := make([]float64, n)
	l := make([]float64, n)
	for _, r := range rows {
		total := 0.0
		for j, x := range r {
			if m.Criterion(j).Objective == mcda.ObjectiveBenefit {
				l[j] = math.Log1p((x - mn[j]) / mn[j])
			} else {
				l[j] = math.Log1p((mx[j] - x) / x)
			}
			total += l[j]
		}
		for j := range n {
			e[j] += math.Log1p(l[j] / (float64(n) + total - l[j]))
		}
	}
	sum := 0.0
	for _, v := range e {
		sum += v
	}
	for j := range e {
		e[j] /= sum
	}
	return e
}

// drawMERECProblem draws a problem of up to 80 alternatives and 12
// criteria, benefit or cost, whose columns are wide (values over four
// decades) or narrow (within 10⁻⁶ of their least value), so that MEREC
// takes L_ij both ways (see merecNearBest) and its effects fall on both
// sides of merecFastLog.
func drawMERECProblem(t *rapid.T) *mcda.DecisionMatrix {
	m := rapid.IntRange(2, 80).Draw(t, "m")
	n := rapid.IntRange(1, 12).Draw(t, "n")
	rows := make([][]float64, m)
	for i := range rows {
		rows[i] = make([]float64, n)
	}
	types := make([]int, n)
	for j := range n {
		types[j] = rapid.SampledFrom([]int{1, -1}).Draw(t, "type")
		base := rapid.Float64Range(1e-3, 1e3).Draw(t, "base")
		width := rapid.SampledFrom([]float64{1e-6, 1e-3, 1e-2, 1, 1e4}).Draw(t, "width")
		for i := range rows {
			rows[i][j] = base * (1 + width*rapid.Float64Range(0, 1).Draw(t, "u"))
		}
	}
	return wtMatrix(t, rows, types)
}

// TestMERECAccuracy checks MEREC's weights against merecReference to
// 1e-10 of each, on drawMERECProblem's problems.
func TestMERECAccuracy(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := drawMERECProblem(t)
		got, err := (&mcda.MEREC{}).Weights(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		wantRelative(t, got, merecReference(m), 1e-10, "the reference")
	})
}

// wantRelative fails t unless every got[j] is within rel·want[j] of
// want[j], naming the weight and what want is.
func wantRelative(t *rapid.T, got, want []float64, rel float64, what string) {
	for j := range want {
		if d := math.Abs(got[j] - want[j]); d > rel*want[j] {
			t.Fatalf("weight %d = %v, %s %v (relative difference %.2g)", j, got[j], what, want[j], d/want[j])
		}
	}
}

// TestMERECFastLog checks that taking the larger removal effects as lnx of
// the ratio q (see merecFastLog) moves the weights by less than 10⁻¹¹ of
// their values from math.Log1p everywhere, on drawMERECProblem's problems:
// each such effect is within about 2⁻⁴⁰ of its value. Both runs share
// L_ij bit for bit, so only the logarithm of the effect differs.
func TestMERECFastLog(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m := drawMERECProblem(t)
		got, err := (&mcda.MEREC{}).Weights(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		log1p := &mcda.MEREC{}
		log1p.SetFastLog(math.Inf(1))
		want, err := log1p.Weights(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		wantRelative(t, got, want, 1e-11, "with math.Log1p")
	})
}
