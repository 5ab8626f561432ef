package value

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
	"pgregory.net/rapid"
)

// genProblem draws a small matrix of integer performances (so that ties
// occur) and a reference ranking of a subset of at least two
// alternatives. With hidden = true the ranking is that of a hidden
// additive value function (a weighted sum of min-max normalised values),
// so that a compatible value function exists.
func genProblem(t *rapid.T, hidden bool) (*mcda.DecisionMatrix, []int) {
	return genProblemN(t, hidden, 8)
}

// genProblemN is genProblem with at most maxRows alternatives.
func genProblemN(t *rapid.T, hidden bool, maxRows int) (*mcda.DecisionMatrix, []int) {
	rows := rapid.IntRange(3, maxRows).Draw(t, "rows")
	n := rapid.IntRange(1, 3).Draw(t, "criteria")
	names := make([]string, rows)
	data := make([][]float64, rows)
	for i := range data {
		names[i] = fmt.Sprint("a", i)
		data[i] = make([]float64, n)
		for j := range data[i] {
			data[i][j] = float64(rapid.IntRange(0, 6).Draw(t, "x"))
		}
	}
	crit := make([]mcda.Criterion, n)
	for j := range crit {
		crit[j] = mcda.Criterion{Name: fmt.Sprint("g", j), Objective: mcda.ObjectiveBenefit, Weight: 1}
		if rapid.Bool().Draw(t, "cost") {
			crit[j].Objective = mcda.ObjectiveCost
		}
	}
	m, err := mcda.NewDecisionMatrix(names, crit, data)
	if err != nil {
		t.Fatal(err)
	}
	ranks := make([]int, rows)
	in := rapid.SliceOfNDistinct(rapid.IntRange(0, rows-1), 2, rows, rapid.ID[int]).Draw(t, "reference")
	if !hidden {
		for _, i := range in {
			ranks[i] = rapid.IntRange(1, 4).Draw(t, "rank")
		}
		ranks[in[0]], ranks[in[1]] = 1, 2 // not all tied
		return m, ranks
	}
	w := make([]float64, n)
	for j := range w {
		w[j] = float64(rapid.IntRange(1, 5).Draw(t, "w"))
	}
	u := make([]float64, rows)
	for i := range u {
		for j := range n {
			x := data[i][j]
			if crit[j].Objective == mcda.ObjectiveCost {
				x = 6 - x
			}
			u[i] += w[j] * x // exact in integers
		}
	}
	// Rank the reference alternatives by u, ties sharing a rank.
	slices.SortFunc(in, func(a, b int) int { return int(u[b] - u[a]) })
	r := 1
	for k, i := range in {
		if k > 0 && u[i] != u[in[k-1]] {
			r++
		}
		ranks[i] = r
	}
	if r == 1 {
		t.Skip("every reference alternative ties")
	}
	return m, ranks
}

func fit(t *rapid.T, v Variant, m *mcda.DecisionMatrix, ranks []int, delta float64) *Result {
	_, n := m.Dims()
	bp := make([]int, n)
	for j := range bp {
		bp[j] = rapid.IntRange(2, 4).Draw(t, "breakpoints")
	}
	u := UTA{Variant: v, Breakpoints: bp, Delta: delta, PostOptimality: -1}
	res, err := u.Fit(context.Background(), m, ranks)
	if err != nil {
		t.Fatalf("Fit: %v", err)
	}
	return res
}

func TestUTAProperties(t *testing.T) {
	const tol = 1e-9
	for _, v := range []Variant{VariantUTASTAR, VariantUTAOriginal} {
		// Property: when the error sum is 0 the model reproduces the
		// reference ranking: preferred alternatives by at least δ, ties
		// exactly.
		t.Run(v.String()+"/reproduces", rapid.MakeCheck(func(t *rapid.T) {
			m, ranks := genProblem(t, true)
			delta := rapid.SampledFrom([]float64{1e-3, 0.01, 0.05}).Draw(t, "delta")
			res := fit(t, v, m, ranks, delta)
			if res.Objective > tol {
				return
			}
			for a := range ranks {
				for b := range ranks {
					if ranks[a] == 0 || ranks[b] == 0 {
						continue
					}
					d := res.Values[a] - res.Values[b]
					if ranks[a] < ranks[b] && d < delta-tol || ranks[a] == ranks[b] && math.Abs(d) > tol {
						t.Fatalf("F* = %v but U(%d) − U(%d) = %v, ranks %d, %d", res.Objective, a, b, d, ranks[a], ranks[b])
					}
				}
			}
			if res.Tau != 1 {
				t.Fatalf("F* = 0 but tau = %v", res.Tau)
			}
		}))
		// Property: marginal value functions are monotone, start at 0, and
		// the weights sum to 1; every value is in [0, 1].
		t.Run(v.String()+"/monotone", rapid.MakeCheck(func(t *rapid.T) {
			m, ranks := genProblem(t, false)
			res := fit(t, v, m, ranks, 0.05)
			var s float64
			for _, mg := range res.Marginals {
				if mg.Y[0] != 0 {
					t.Fatalf("%s: u(worst) = %v", mg.Criterion, mg.Y[0])
				}
				for l := 1; l < len(mg.Y); l++ {
					if mg.Y[l] < mg.Y[l-1] {
						t.Fatalf("%s: not monotone: %v", mg.Criterion, mg.Y)
					}
				}
				s += mg.Y[len(mg.Y)-1]
			}
			if math.Abs(s-1) > tol {
				t.Fatalf("weights sum to %v", s)
			}
			for i, u := range res.Values {
				if !(u >= -tol && u <= 1+tol) {
					t.Fatalf("U(%d) = %v", i, u)
				}
			}
		}))
		// Property: adding to the reference ranking an alternative placed
		// where the optimal corrected values u' = U − σ⁺ + σ⁻ put it, at
		// least δ from its neighbours, never increases the error sum.
		t.Run(v.String()+"/consistent pair", rapid.MakeCheck(func(t *rapid.T) {
			m, ranks := genProblem(t, false)
			const delta = 0.05
			rows, n := m.Dims()
			bp := make([]int, n)
			for j := range bp {
				bp[j] = rapid.IntRange(2, 4).Draw(t, "breakpoints")
			}
			u := UTA{Variant: v, Breakpoints: bp, Delta: delta, PostOptimality: -1}
			res, err := u.Fit(context.Background(), m, ranks)
			if err != nil {
				t.Fatal(err)
			}
			corr := make([]float64, rows)
			for i := range corr {
				corr[i] = res.Values[i] - res.Over[i] + res.Under[i]
			}
			for c := range rows {
				if ranks[c] != 0 {
					continue
				}
				// The reference rank levels just above and below U(c).
				above, below := 0, math.MaxInt
				ok := true
				for a, r := range ranks {
					if r == 0 {
						continue
					}
					d := corr[a] - res.Values[c]
					switch {
					case d >= delta+tol:
						above = max(above, r)
					case d <= -delta-tol:
						below = min(below, r)
					default:
						ok = false
					}
				}
				if !ok || above >= below {
					continue
				}
				more := make([]int, rows)
				for i, r := range ranks {
					more[i] = 2 * r
				}
				more[c] = 2*above + 1
				res2, err := u.Fit(context.Background(), m, more)
				if err != nil {
					t.Fatal(err)
				}
				if res2.Objective > res.Objective+tol {
					t.Fatalf("adding %d at %d: F* %v → %v", c, more[c], res.Objective, res2.Objective)
				}
			}
		}))
	}
}

func TestRelationsProperties(t *testing.T) {
	// Property: necessary preference implies possible preference, every
	// pair is possibly ordered one way or the other, reference pairs are
	// necessary, and the necessary relation is transitive.
	rapid.Check(t, func(t *rapid.T) {
		m, ranks := genProblem(t, true)
		r, err := NewRelations(context.Background(), m, ranks)
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := m.Dims()
		for a := range rows {
			for b := range rows {
				if r.Necessarily(a, b) && !r.Possibly(a, b) {
					t.Fatalf("%d ≿N %d but not ≿P", a, b)
				}
				if !r.Possibly(a, b) && !r.Possibly(b, a) {
					t.Fatalf("neither %d ≿P %d nor the converse", a, b)
				}
				if ranks[a] > 0 && ranks[b] > 0 && ranks[a] <= ranks[b] && !r.Necessarily(a, b) {
					t.Fatalf("reference %d over %d not necessary", a, b)
				}
				for c := range rows {
					if r.Necessarily(a, b) && r.Necessarily(b, c) && !r.Necessarily(a, c) {
						t.Fatalf("≿N not transitive: %d, %d, %d", a, b, c)
					}
				}
			}
		}
	})
	// Property: the necessary relation contains dominance.
	rapid.Check(t, func(t *rapid.T) {
		m, ranks := genProblem(t, true)
		r, err := NewRelations(context.Background(), m, ranks)
		if err != nil {
			t.Fatal(err)
		}
		rows, n := m.Dims()
		for a := range rows {
			for b := range rows {
				dom := true
				for j := range n {
					x, y := m.At(a, j), m.At(b, j)
					if m.Criterion(j).Objective == mcda.ObjectiveCost {
						x, y = -x, -y
					}
					dom = dom && x >= y
				}
				if dom && !r.Necessarily(a, b) {
					t.Fatalf("%d dominates %d but not ≿N", a, b)
				}
			}
		}
	})
}

// TestRelationsOracle compares NewRelations with the definition of Greco,
// Mousseau & Słowiński (2008, §3.2) applied to every ordered pair: a ≿ᴺ b
// unless max ε subject to compatibility and U(b) >= U(a) + ε is positive,
// and a ≿ᴾ b if max ε subject to compatibility and U(a) >= U(b) is.
func TestRelationsOracle(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		m, ranks := genProblemN(t, true, 6)
		r, err := NewRelations(context.Background(), m, ranks)
		if err != nil {
			t.Fatal(err)
		}
		ref, err := reference(ranks, len(ranks))
		if err != nil {
			t.Fatal(err)
		}
		u := newGMSModel(m)
		W := u.w()
		maxEps := func(a, b int, strict bool) float64 {
			p := newProgram(W + 1)
			coef := make([]float64, W+1)
			row := func(a, b int) {
				clear(coef)
				for l := range W {
					coef[l] = u.coef[a*W+l] - u.coef[b*W+l]
				}
			}
			for k := 0; k+1 < len(ref); k++ {
				row(ref[k], ref[k+1])
				if ranks[ref[k]] == ranks[ref[k+1]] {
					p.equal(coef)
				} else {
					coef[W] = -1
					p.row(coef, '>', 0)
				}
			}
			clear(coef)
			for l := range W {
				coef[l] = 1
			}
			p.row(coef, '=', 1)
			row(a, b)
			if strict {
				coef[W] = -1
			}
			p.row(coef, '>', 0)
			obj := make([]float64, W+1)
			obj[W] = -1
			f, _, err := p.solve(obj)
			if errors.Is(err, ErrInfeasible) {
				return 0
			}
			if err != nil {
				t.Fatal(err)
			}
			return -f
		}
		rows, _ := m.Dims()
		for a := range rows {
			for b := range rows {
				if a == b {
					continue
				}
				nec := maxEps(b, a, true) <= rorTol
				pos := maxEps(a, b, false) > rorTol
				if r.Necessarily(a, b) != nec || r.Possibly(a, b) != pos {
					t.Fatalf("%d over %d: necessary %v, possible %v; definition gives %v, %v", a, b, r.Necessarily(a, b), r.Possibly(a, b), nec, pos)
				}
			}
		}
	})
}

// TestWarmStart checks the feasible starting point of the UTA programmes:
// it is feasible, gives a basis, and the optimum from it is the optimum
// of a cold start.
func TestWarmStart(t *testing.T) {
	// Property: a warm start reaches the cold start's optimum.
	rapid.Check(t, func(t *rapid.T) {
		m, ranks := genProblem(t, false)
		v := rapid.SampledFrom([]Variant{VariantUTASTAR, VariantUTAOriginal}).Draw(t, "variant")
		_, n := m.Dims()
		alpha := make([]int, n)
		for j := range alpha {
			alpha[j] = rapid.IntRange(2, 4).Draw(t, "breakpoints")
		}
		ref, err := reference(ranks, len(ranks))
		if err != nil {
			t.Fatal(err)
		}
		u := newUTAModel(m, alpha, nil, nil)
		W, R, per := u.w(), len(ref), 2
		if v == VariantUTAOriginal {
			per = 1
		}
		const delta = 0.05
		p := newProgram(W + per*R)
		coef := make([]float64, W+per*R)
		for k := 0; k+1 < R; k++ {
			a, b := ref[k], ref[k+1]
			clear(coef)
			for l := range W {
				coef[l] = u.coef[a*W+l] - u.coef[b*W+l]
			}
			if per == 2 {
				coef[W+2*k], coef[W+2*k+1], coef[W+2*k+2], coef[W+2*k+3] = -1, 1, 1, -1
			} else {
				coef[W+k], coef[W+k+1] = 1, -1
			}
			if ranks[a] == ranks[b] {
				p.row(coef, '=', 0)
			} else {
				p.row(coef, '>', delta)
			}
		}
		clear(coef)
		for l := range W {
			coef[l] = 1
		}
		p.row(coef, '=', 1)
		obj := make([]float64, W+per*R)
		for k := W; k < len(obj); k++ {
			obj[k] = 1
		}
		x0 := u.start0(ref, ranks, per, delta)
		if x0 == nil {
			if per == 2 {
				t.Fatal("no UTASTAR starting point")
			}
			return
		}
		if p.basis(x0) == nil {
			t.Fatalf("no basis at the starting point %v", x0)
		}
		cold, _, err := p.solve(obj)
		if err != nil {
			t.Fatal(err)
		}
		warm, _, err := p.solveFrom(obj, x0)
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(warm-cold) > 1e-9 {
			t.Fatalf("warm optimum %v, cold %v", warm, cold)
		}
	})
}
