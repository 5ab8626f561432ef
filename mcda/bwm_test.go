package mcda_test

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/optimize/convex/lp"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

var bwmCars = []string{"quality", "price", "comfort", "safety", "style"}

func TestBWMPublished(t *testing.T) {
	// The car-buying example of Rezaei (2015, 2016): best = price, worst =
	// style. Expected values are those of the jakub-tomczak/BWM R package
	// (tests/testthat/test-example-data.R), an implementation of the linear
	// model of Rezaei (2016) solved with GLPK, checked to 1e-8 there. Both
	// cases were recomputed independently with scipy's HiGHS solver: the
	// weights are (4, 8, 2, 4, 1)/19 and (42, 82, 21, 28, 10)/183 with
	// ξ^L = 2/183, and CR = ξ^L / 4.47 (a_BW = 8).
	for _, tc := range []struct {
		name   string
		aB, aW []float64
		want   mcda.BWMResult
	}{{
		name: "Consistent",
		aB:   []float64{2, 1, 4, 2, 8}, aW: []float64{4, 8, 2, 4, 1},
		want: mcda.BWMResult{
			Weights: []float64{0.21052632, 0.42105263, 0.10526316, 0.21052632, 0.05263158},
			Xi:      0, ConsistencyIndex: 4.47, ConsistencyRatio: 0,
		},
	}, {
		name: "Inconsistent",
		aB:   []float64{2, 1, 4, 3, 8}, aW: []float64{4, 8, 2, 3, 1},
		want: mcda.BWMResult{
			Weights: []float64{0.22950820, 0.44808743, 0.11475410, 0.15300546, 0.05464481},
			Xi:      2.0 / 183, ConsistencyIndex: 4.47, ConsistencyRatio: 0.002444958,
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			p := mcda.BWM{Criteria: bwmCars, Best: 1, Worst: 4, BestToOthers: tc.aB, OthersToWorst: tc.aW}
			got, err := p.Solve()
			if err != nil {
				t.Fatal(err)
			}
			// The R test's tolerance, 1e-8, covers its 8-9 printed digits.
			if diff := cmp.Diff(&tc.want, got, cmpopts.EquateApprox(0, 1e-8)); diff != "" {
				t.Errorf("Solve mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBWMSpecialCases(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    mcda.BWM
		want mcda.BWMResult
	}{{
		name: "OneCriterion",
		p:    mcda.BWM{Criteria: []string{"only"}, BestToOthers: []float64{1}, OthersToWorst: []float64{1}},
		want: mcda.BWMResult{Weights: []float64{1}},
	}, {
		// Two criteria are always consistent: w_B = a/(1 + a).
		name: "TwoCriteria",
		p:    mcda.BWM{Criteria: []string{"a", "b"}, Best: 1, Worst: 0, BestToOthers: []float64{3, 1}, OthersToWorst: []float64{1, 3}},
		want: mcda.BWMResult{Weights: []float64{0.25, 0.75}, ConsistencyIndex: 1},
	}, {
		// a_BW = 1: everything equally important, CI = 0, CR reported as 0.
		name: "AllEqual",
		p:    mcda.BWM{Criteria: []string{"a", "b", "c"}, Best: 0, Worst: 2, BestToOthers: []float64{1, 1, 1}, OthersToWorst: []float64{1, 1, 1}},
		want: mcda.BWMResult{Weights: []float64{1.0 / 3, 1.0 / 3, 1.0 / 3}},
	}, {
		// A non-integer a_BW takes the consistency index from Rezaei's
		// equation: ((1 + 2·2.5) − √21)/2.
		name: "NonIntegerScale",
		p:    mcda.BWM{Criteria: []string{"a", "b"}, Best: 0, Worst: 1, BestToOthers: []float64{1, 2.5}, OthersToWorst: []float64{2.5, 1}},
		want: mcda.BWMResult{Weights: []float64{2.5 / 3.5, 1 / 3.5}, ConsistencyIndex: (6 - math.Sqrt(21)) / 2},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.p.Solve()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(&tc.want, got, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
				t.Errorf("Solve mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestBWMLostAccuracy holds problems on which Solve once returned weights
// off the optimum: a pivot on an entry of 2·10⁻¹², rounding noise, left
// the basic solution 1 % off its constraints (Σ w = 1.013). The expected
// ξ^L and weights are gonum lp.Simplex's; reordering the last two criteria
// gave the optimum before the fix, so the two orders are both checked.
func TestBWMLostAccuracy(t *testing.T) {
	p := mcda.BWM{
		Criteria: []string{"c0", "c1", "c2", "c3", "c4", "c5"}, Best: 1, Worst: 2,
		BestToOthers:  []float64{4, 1, 7, 9, 7, 3},
		OthersToWorst: []float64{6, 7, 1, 6, 8, 1},
	}
	wantXi := 0.19155174286024543
	wantW := []float64{0.15734607449234442, 0.43783255510913244, 0.03518297317841243, 0.0699315886632642, 0.08991204256705398, 0.20979476598979263}
	q := p
	q.Criteria = []string{"c0", "c1", "c2", "c3", "c5", "c4"}
	q.BestToOthers = []float64{4, 1, 7, 9, 3, 7}
	q.OthersToWorst = []float64{6, 7, 1, 6, 1, 8}
	qW := []float64{wantW[0], wantW[1], wantW[2], wantW[3], wantW[5], wantW[4]}
	approx := cmpopts.EquateApprox(0, 1e-9)
	for _, tc := range []struct {
		p mcda.BWM
		w []float64
	}{{p, wantW}, {q, qW}} {
		r, err := tc.p.Solve()
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(wantXi, r.Xi, approx); diff != "" {
			t.Errorf("%v: ξ (-want +got):\n%s", tc.p.Criteria, diff)
		}
		if diff := cmp.Diff(tc.w, r.Weights, approx); diff != "" {
			t.Errorf("%v: weights (-want +got):\n%s", tc.p.Criteria, diff)
		}
	}
}

// TestBWMDegenerate holds consistent problems, found by TestBWMProperties
// and a random search, on which the former gonum lp.Simplex solve failed:
// every constraint is tight at ξ = 0, so the linear program is degenerate.
// Consistent comparisons give w_j = a_jW / Σ_k a_kW and ξ^L = 0.
func TestBWMDegenerate(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    mcda.BWM
	}{{
		// lp.Simplex: "error finding feasible basis: matrix singular or
		// near-singular with condition number 1.0821e+19"; the comparisons
		// of v = (1.0019660970001496, 9, 1.5, 4.25, 7.44677734375,
		// 1.015625, 4.5000097965237105, 3.609375).
		name: "Singular",
		p: func() mcda.BWM {
			v := []float64{1.0019660970001496, 9, 1.5, 4.25, 7.44677734375, 1.015625, 4.5000097965237105, 3.609375}
			p := mcda.BWM{Best: 1, Worst: 0, BestToOthers: make([]float64, len(v)), OthersToWorst: make([]float64, len(v))}
			for j := range v {
				p.Criteria = append(p.Criteria, fmt.Sprint("c", j))
				p.BestToOthers[j] = v[1] / v[j]
				p.OthersToWorst[j] = v[j] / v[0]
			}
			p.BestToOthers[1], p.OthersToWorst[0] = 1, 1
			p.OthersToWorst[1] = p.BestToOthers[0]
			return p
		}(),
	}, {
		// lp.Simplex cycled: it had not returned after minutes.
		name: "Cycling",
		p: mcda.BWM{
			Criteria:      []string{"c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7"},
			Best:          1,
			Worst:         2,
			BestToOthers:  []float64{4.129612797972731, 1, 6.322858605785032, 3.6767910252590332, 1.144970500679119, 1.1798893708493519, 2.0648063989863656, 1.0663275305710966},
			OthersToWorst: []float64{1.5311020463925789, 6.322858605785032, 1, 1.7196676564830282, 5.522289528013814, 5.358857162374026, 3.0622040927851577, 5.92956518941106},
		},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.p.Solve()
			if err != nil {
				t.Fatal(err)
			}
			want := make([]float64, len(tc.p.Criteria))
			var sum float64
			for _, a := range tc.p.OthersToWorst {
				sum += a
			}
			for j, a := range tc.p.OthersToWorst {
				want[j] = a / sum
			}
			if diff := cmp.Diff(want, got.Weights, cmpopts.EquateApprox(1e-9, 1e-12)); diff != "" {
				t.Errorf("weights (-want +got):\n%s", diff)
			}
			if got.Xi > 1e-12 {
				t.Errorf("ξ = %v, want 0", got.Xi)
			}
		})
	}
}

func TestBWMErrors(t *testing.T) {
	valid := func() mcda.BWM {
		return mcda.BWM{Criteria: []string{"quality", "price", "comfort", "safety", "style"}, Best: 1, Worst: 4,
			BestToOthers: []float64{2, 1, 4, 3, 8}, OthersToWorst: []float64{4, 8, 2, 3, 1}}
	}
	for _, tc := range []struct {
		name   string
		modify func(p *mcda.BWM)
		want   error
		index  int // criterion named by a *CriterionError; -1 when there is none
	}{
		{"NoCriteria", func(p *mcda.BWM) { p.Criteria = nil }, mcda.ErrEmpty, -1},
		{"EmptyName", func(p *mcda.BWM) { p.Criteria[2] = "" }, mcda.ErrName, 2},
		{"DuplicateName", func(p *mcda.BWM) { p.Criteria[3] = "price" }, mcda.ErrDuplicateName, 3},
		{"ShortBestToOthers", func(p *mcda.BWM) { p.BestToOthers = p.BestToOthers[:4] }, mcda.ErrShape, -1},
		{"ShortOthersToWorst", func(p *mcda.BWM) { p.OthersToWorst = p.OthersToWorst[:4] }, mcda.ErrShape, -1},
		{"BestOutOfRange", func(p *mcda.BWM) { p.Best = 5 }, mcda.ErrParameter, -1},
		{"WorstOutOfRange", func(p *mcda.BWM) { p.Worst = -1 }, mcda.ErrParameter, -1},
		{"BestIsWorst", func(p *mcda.BWM) { p.Worst = 1 }, mcda.ErrParameter, 1},
		{"BelowScale", func(p *mcda.BWM) { p.BestToOthers[0] = 0.5 }, mcda.ErrParameter, 0},
		{"AboveScale", func(p *mcda.BWM) { p.OthersToWorst[3] = 10 }, mcda.ErrParameter, 3},
		{"NaN", func(p *mcda.BWM) { p.OthersToWorst[2] = math.NaN() }, mcda.ErrNotFinite, 2},
		{"BestNotOne", func(p *mcda.BWM) { p.BestToOthers[1] = 2 }, mcda.ErrParameter, 1},
		{"WorstNotOne", func(p *mcda.BWM) { p.OthersToWorst[4] = 2 }, mcda.ErrParameter, 4},
		{"BestOverWorstDiffers", func(p *mcda.BWM) { p.OthersToWorst[1] = 7 }, mcda.ErrParameter, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := valid()
			tc.modify(&p)
			_, err := p.Solve()
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			var ce *mcda.CriterionError
			if got := errors.As(err, &ce); got != (tc.index >= 0) || (got && ce.Index != tc.index) {
				t.Fatalf("err = %#v, want *CriterionError for criterion %d: %v", err, tc.index, got)
			}
		})
	}
}

func TestBWMProperties(t *testing.T) {
	t.Run("ConstraintsHoldWithXi", rapid.MakeCheck(propBWMConstraints))
	t.Run("ConsistentRecoversWeights", rapid.MakeCheck(propBWMConsistent))
	t.Run("XiIsTheOptimum", rapid.MakeCheck(propBWMOptimum))
}

// genBWM draws a valid BWM problem on the integer 1-9 scale.
func genBWM(t *rapid.T) mcda.BWM {
	n := rapid.IntRange(2, 8).Draw(t, "n")
	best := rapid.IntRange(0, n-1).Draw(t, "best")
	worst := rapid.IntRange(0, n-2).Draw(t, "worst")
	if worst >= best {
		worst++
	}
	aBW := rapid.IntRange(1, 9).Draw(t, "aBW")
	p := mcda.BWM{Best: best, Worst: worst, BestToOthers: make([]float64, n), OthersToWorst: make([]float64, n)}
	for j := range n {
		p.Criteria = append(p.Criteria, fmt.Sprint("c", j))
		switch j {
		case best:
			p.BestToOthers[j], p.OthersToWorst[j] = 1, float64(aBW)
		case worst:
			p.BestToOthers[j], p.OthersToWorst[j] = float64(aBW), 1
		default:
			p.BestToOthers[j] = float64(rapid.IntRange(1, 9).Draw(t, "aBj"))
			p.OthersToWorst[j] = float64(rapid.IntRange(1, 9).Draw(t, "ajW"))
		}
	}
	return p
}

// Property: the weights are non-negative, sum to 1 and satisfy every
// constraint of the linear model with the reported ξ^L, which is no larger
// than the ξ of equal weights (a feasible point) and the CR is ξ^L / CI.
func propBWMConstraints(t *rapid.T) {
	p := genBWM(t)
	r, err := p.Solve()
	if err != nil {
		t.Fatal(err)
	}
	sum, xiEqual := 0.0, 0.0
	n := float64(len(r.Weights))
	for j, w := range r.Weights {
		if w < 0 {
			t.Fatalf("w[%d] = %v < 0", j, w)
		}
		sum += w
		for _, d := range []float64{r.Weights[p.Best] - p.BestToOthers[j]*w, w - p.OthersToWorst[j]*r.Weights[p.Worst]} {
			if math.Abs(d) > r.Xi+1e-12 {
				t.Fatalf("constraint for criterion %d violated: |%v| > ξ = %v", j, d, r.Xi)
			}
		}
		xiEqual = math.Max(xiEqual, math.Max(math.Abs(1-p.BestToOthers[j])/n, math.Abs(1-p.OthersToWorst[j])/n))
	}
	if math.Abs(sum-1) > 1e-12 {
		t.Fatalf("Σw = %v, want 1", sum)
	}
	if r.Xi > xiEqual+1e-12 {
		t.Fatalf("ξ = %v exceeds ξ of equal weights %v", r.Xi, xiEqual)
	}
	if r.ConsistencyIndex > 0 && math.Abs(r.ConsistencyRatio-r.Xi/r.ConsistencyIndex) > 1e-15 {
		t.Fatalf("CR = %v, want ξ/CI = %v", r.ConsistencyRatio, r.Xi/r.ConsistencyIndex)
	}
}

// Property: comparisons derived from weights v (a_Bj = v_B/v_j,
// a_jW = v_j/v_W, with v_B/v_W <= 9) are fully consistent: ξ^L = 0 and the
// weights are v/Σv.
func propBWMConsistent(t *rapid.T) {
	n := rapid.IntRange(2, 8).Draw(t, "n")
	v := rapid.SliceOfN(rapid.Float64Range(1, 9), n, n).Draw(t, "v")
	best, worst := 0, 0
	for j := range v {
		if v[j] > v[best] {
			best = j
		}
		if v[j] < v[worst] {
			worst = j
		}
	}
	if best == worst {
		t.Skip("all equal")
	}
	p := mcda.BWM{Best: best, Worst: worst, BestToOthers: make([]float64, n), OthersToWorst: make([]float64, n)}
	var sum float64
	for j := range v {
		p.Criteria = append(p.Criteria, fmt.Sprint("c", j))
		p.BestToOthers[j] = v[best] / v[j]
		p.OthersToWorst[j] = v[j] / v[worst]
		sum += v[j]
	}
	p.BestToOthers[best], p.OthersToWorst[worst] = 1, 1
	p.OthersToWorst[best] = p.BestToOthers[worst]
	r, err := p.Solve()
	if err != nil {
		t.Fatal(err)
	}
	want := make([]float64, n)
	for j := range v {
		want[j] = v[j] / sum
	}
	if diff := cmp.Diff(want, r.Weights, cmpopts.EquateApprox(1e-9, 1e-12)); diff != "" {
		t.Fatalf("weights (-want +got):\n%s", diff)
	}
	if r.Xi > 1e-12 {
		t.Fatalf("ξ = %v, want 0", r.Xi)
	}
}

func BenchmarkBWM(b *testing.B) {
	p := mcda.BWM{Criteria: bwmCars, Best: 1, Worst: 4,
		BestToOthers: []float64{2, 1, 4, 3, 8}, OthersToWorst: []float64{4, 8, 2, 3, 1}}
	b.Run("n=5", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := p.Solve(); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func ExampleBWM() {
	p := mcda.BWM{
		Criteria:      []string{"quality", "price", "comfort", "safety", "style"},
		Best:          1, // price
		Worst:         4, // style
		BestToOthers:  []float64{2, 1, 4, 3, 8},
		OthersToWorst: []float64{4, 8, 2, 3, 1},
	}
	r, err := p.Solve()
	if err != nil {
		fmt.Println(err)
		return
	}
	for j, c := range p.Criteria {
		fmt.Printf("%-8s %.4f\n", c, r.Weights[j])
	}
	fmt.Printf("ξL = %.4f, CR = %.4f\n", r.Xi, r.ConsistencyRatio)
	// Output:
	// quality  0.2295
	// price    0.4481
	// comfort  0.1148
	// safety   0.1530
	// style    0.0546
	// ξL = 0.0109, CR = 0.0024
}

// Property: ξ^L is the optimum of the linear model as an independent
// solver, gonum's lp.Simplex, finds it, within 1e-9, on problems with
// integer or real comparisons (drawn at random, they are inconsistent and
// the program is not degenerate, where lp.Simplex is reliable; a draw it
// fails on is skipped). The pivots of Solve once took an entry of 2·10⁻¹²,
// rounding noise, as a pivot and stopped at ξ = 0.2003 where the optimum
// is 0.1916 (the first problem of TestBWMLostAccuracy).
func propBWMOptimum(t *rapid.T) {
	n := rapid.IntRange(2, 8).Draw(t, "n")
	best := rapid.IntRange(0, n-1).Draw(t, "best")
	worst := rapid.IntRange(0, n-2).Draw(t, "worst")
	if worst >= best {
		worst++
	}
	comparison := func(label string) float64 {
		if rapid.Bool().Draw(t, label+" integer") {
			return float64(rapid.IntRange(1, 9).Draw(t, label))
		}
		return rapid.Float64Range(1, 9).Draw(t, label)
	}
	aBW := comparison("aBW")
	p := mcda.BWM{Best: best, Worst: worst, BestToOthers: make([]float64, n), OthersToWorst: make([]float64, n)}
	for j := range n {
		p.Criteria = append(p.Criteria, fmt.Sprint("c", j))
		switch j {
		case best:
			p.BestToOthers[j], p.OthersToWorst[j] = 1, aBW
		case worst:
			p.BestToOthers[j], p.OthersToWorst[j] = aBW, 1
		default:
			p.BestToOthers[j], p.OthersToWorst[j] = comparison("aBj"), comparison("ajW")
		}
	}
	r, err := p.Solve()
	if err != nil {
		t.Fatal(err)
	}
	want, err := bwmReferenceXi(p)
	if err != nil {
		t.Skip("the reference solver failed:", err)
	}
	if math.Abs(r.Xi-want) > 1e-9 {
		t.Fatalf("ξ = %v, the optimum is %v (weights %v)", r.Xi, want, r.Weights)
	}
}

// bwmReferenceXi solves the linear BWM model of p with gonum's lp.Simplex
// in standard form, written independently of Solve's tableau: variables
// w, ξ and one slack per inequality, the four inequalities
// ±(w_B − a_Bj·w_j) <= ξ and ±(w_j − a_jW·w_W) <= ξ for every j (the
// trivial and repeated ones included, which change nothing), and the row
// Σ w = 1.
func bwmReferenceXi(p mcda.BWM) (float64, error) {
	n := len(p.Criteria)
	rows, cols := 4*n+1, n+1+4*n
	a := mat.NewDense(rows, cols, nil)
	b := make([]float64, rows)
	r := 0
	// inequality adds the rows ±(w_i − c·w_k) − ξ + slack = 0.
	inequality := func(i, k int, c float64) {
		for _, sign := range [2]float64{1, -1} {
			a.Set(r, i, a.At(r, i)+sign)
			a.Set(r, k, a.At(r, k)-sign*c)
			a.Set(r, n, -1)
			a.Set(r, n+1+r, 1)
			r++
		}
	}
	for j := range n {
		inequality(p.Best, j, p.BestToOthers[j])
		inequality(j, p.Worst, p.OthersToWorst[j])
	}
	for j := range n {
		a.Set(rows-1, j, 1)
	}
	b[rows-1] = 1
	c := make([]float64, cols)
	c[n] = 1
	opt, _, err := lp.Simplex(c, a, b, 1e-10, nil)
	return opt, err
}
