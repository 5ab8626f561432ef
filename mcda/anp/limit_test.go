package anp

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"gonum.org/v1/gonum/mat"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

func dense(rows [][]float64) *mat.Dense {
	m := mat.NewDense(len(rows), len(rows[0]), nil)
	for i, r := range rows {
		m.SetRow(i, r)
	}
	return m
}

func rowsOf(m mat.Matrix) [][]float64 {
	r, c := m.Dims()
	out := make([][]float64, r)
	for i := range out {
		out[i] = make([]float64, c)
		for j := range out[i] {
			out[i][j] = m.At(i, j)
		}
	}
	return out
}

// TestLimitPyanp checks the two limit matrices of pyanp's test suite
// (W. Adams, tests/test_limitmatrix.py, printed to 8 decimals): a primitive
// supermatrix whose limit columns are the Perron vector (10, 13, 11)/34, and
// one with an absorbing node.
func TestLimitPyanp(t *testing.T) {
	var rc struct {
		Input struct {
			W [][][]float64 `json:"weighted_supermatrices"`
		} `json:"input"`
		Expected struct {
			L [][][]float64 `json:"limit_matrices"`
		} `json:"expected"`
		Tolerance float64 `json:"tolerance"`
	}
	b, err := os.ReadFile("testdata/pyanp_limit_matrix.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &rc); err != nil {
		t.Fatal(err)
	}
	for k, w := range rc.Input.W {
		res, err := Limit(context.Background(), dense(w), LimitOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(rc.Expected.L[k], rowsOf(res.Matrix), cmpopts.EquateApprox(0, rc.Tolerance)); diff != "" {
			t.Errorf("matrix %d: limit (-want +got):\n%s", k, diff)
		}
		if res.Cesaro {
			t.Errorf("matrix %d: Cesaro = true for a matrix whose powers converge", k)
		}
	}
	// The exact fractions of the Perron vector.
	res, _ := Limit(context.Background(), dense(rc.Input.W[0]), LimitOptions{})
	for i, want := range []float64{10.0 / 34, 13.0 / 34, 11.0 / 34} {
		if got := res.Matrix.At(i, 0); math.Abs(got-want) > 1e-12 {
			t.Errorf("Perron vector[%d] = %v, want %v", i, got, want)
		}
	}
}

// TestLimitCyclic checks the Cesàro average of periodic supermatrices,
// whose powers do not converge: a 2-cycle and a 3-cycle average to the
// uniform distribution, and a 2-cycle between two blocks to the average of
// the two phases.
func TestLimitCyclic(t *testing.T) {
	for _, tc := range []struct {
		name string
		w    [][]float64
		want [][]float64
	}{
		{"2-cycle", [][]float64{{0, 1}, {1, 0}}, [][]float64{{0.5, 0.5}, {0.5, 0.5}}},
		{"3-cycle", [][]float64{{0, 0, 1}, {1, 0, 0}, {0, 1, 0}}, [][]float64{{1. / 3, 1. / 3, 1. / 3}, {1. / 3, 1. / 3, 1. / 3}, {1. / 3, 1. / 3, 1. / 3}}},
		// Bipartite, period 2: criteria {0,1} -> alternatives {2,3} ->
		// criteria; checked in closed form below.
		{"bipartite", [][]float64{
			{0, 0, 0.6, 0.2},
			{0, 0, 0.4, 0.8},
			{0.7, 0.5, 0, 0},
			{0.3, 0.5, 0, 0},
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Limit(context.Background(), dense(tc.w), LimitOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if !res.Cesaro {
				t.Error("Cesaro = false for a periodic supermatrix")
			}
			if tc.want != nil {
				if diff := cmp.Diff(tc.want, rowsOf(res.Matrix), cmpopts.EquateApprox(0, 1e-12)); diff != "" {
					t.Errorf("limit (-want +got):\n%s", diff)
				}
			}
			// The Cesàro limit L satisfies W L = L and every column sums to 1.
			var wl mat.Dense
			wl.Mul(res.Stochastic, res.Matrix)
			if !mat.EqualApprox(&wl, res.Matrix, 1e-12) {
				t.Errorf("W·L != L:\n%v", mat.Formatted(&wl))
			}
		})
	}
	// Bipartite in closed form: alternatives' share of each phase is 1/2;
	// within the criteria, π_c ∝ the stationary vector of the two-step chain.
	w := dense([][]float64{{0, 0, 0.6, 0.2}, {0, 0, 0.4, 0.8}, {0.7, 0.5, 0, 0}, {0.3, 0.5, 0, 0}})
	res, _ := Limit(context.Background(), w, LimitOptions{})
	// Two-step chain on criteria: C = W_ca W_ac = [[.6·.7+.2·.3, .6·.5+.2·.5],[.4·.7+.8·.3, .4·.5+.8·.5]]
	// = [[.48, .40], [.52, .60]]; stationary (x, 1-x) with .52x = .40(1-x): x = 10/23.
	want := []float64{0.5 * 10 / 23, 0.5 * 13 / 23}
	for i, v := range want {
		if got := res.Matrix.At(i, 0); math.Abs(got-v) > 1e-12 {
			t.Errorf("L[%d][0] = %v, want %v", i, got, v)
		}
	}
}

// TestLimitSink checks that a zero column (a sink) gets a self-loop: a
// hierarchy goal -> criteria -> alternatives keeps its composite priorities
// in the goal's limit column instead of vanishing.
func TestLimitSink(t *testing.T) {
	// goal, c1, c2, a1, a2
	w := dense([][]float64{
		{0, 0, 0, 0, 0},
		{0.75, 0, 0, 0, 0},
		{0.25, 0, 0, 0, 0},
		{0, 0.2, 0.6, 0, 0},
		{0, 0.8, 0.4, 0, 0},
	})
	res, err := Limit(context.Background(), w, LimitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]int{3, 4}, res.Sinks); diff != "" {
		t.Errorf("sinks (-want +got):\n%s", diff)
	}
	got := mat.Col(nil, 0, res.Matrix)
	want := []float64{0, 0, 0, 0.75*0.2 + 0.25*0.6, 0.75*0.8 + 0.25*0.4}
	if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("goal column (-want +got):\n%s", diff)
	}
}

// TestLimitRenormalises checks that a column summing to other than 1 is
// divided by its sum, as Super Decisions does.
func TestLimitRenormalises(t *testing.T) {
	a, _ := Limit(context.Background(), dense([][]float64{{0.3, 0.4}, {0.3, 0.2}}), LimitOptions{})
	b, _ := Limit(context.Background(), dense([][]float64{{0.5, 2. / 3}, {0.5, 1. / 3}}), LimitOptions{})
	if !mat.EqualApprox(a.Matrix, b.Matrix, 1e-12) {
		t.Errorf("limits differ:\n%v\n%v", mat.Formatted(a.Matrix), mat.Formatted(b.Matrix))
	}
}

func TestLimitErrors(t *testing.T) {
	var ve *mcda.ValueError
	_, err := Limit(context.Background(), dense([][]float64{{0.5, math.NaN()}, {0.5, 1}}), LimitOptions{})
	if !errors.As(err, &ve) || ve.Alternative != 0 || ve.Criterion != 1 || !errors.Is(err, mcda.ErrNotFinite) {
		t.Errorf("NaN: err = %v", err)
	}
	_, err = Limit(context.Background(), dense([][]float64{{0.5, -1}, {0.5, 1}}), LimitOptions{})
	if !errors.Is(err, mcda.ErrNegative) {
		t.Errorf("negative: err = %v", err)
	}
	_, err = Limit(context.Background(), mat.NewDense(2, 3, nil), LimitOptions{})
	if !errors.Is(err, mcda.ErrShape) {
		t.Errorf("2×3: err = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Limit(ctx, dense([][]float64{{0.5, 1}, {0.5, 0}}), LimitOptions{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
	// A chain that mixes too slowly for one squaring.
	_, err = Limit(context.Background(), dense([][]float64{{0.999, 0.001}, {0.001, 0.999}}), LimitOptions{MaxSquarings: 1})
	if !errors.Is(err, ErrNotConverged) {
		t.Errorf("one squaring: err = %v", err)
	}
	// Extreme magnitudes are renormalised, not overflowed.
	res, err := Limit(context.Background(), dense([][]float64{{1e308, 5e-324}, {1e308, 5e-324}}), LimitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range res.Matrix.RawMatrix().Data {
		if math.Abs(v-0.5) > 1e-12 {
			t.Errorf("extreme input: limit entry %v, want 0.5", v)
		}
	}
}

// drawSupermatrix draws an n×n non-negative matrix with some zero entries
// and zero columns. Its non-zero entries lie in [1e-3, 10], within a ratio
// of 1e4 of one another as judgments are, so that the powers converge
// well within DefaultMaxSquarings; TestLimitSlowLeak covers a node that
// leaks 1e-17 of its weight.
func drawSupermatrix(t *rapid.T) *mat.Dense {
	n := rapid.IntRange(1, 7).Draw(t, "n")
	w := mat.NewDense(n, n, nil)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if rapid.IntRange(0, 2).Draw(t, "zero") > 0 {
				w.Set(i, j, rapid.Float64Range(1e-3, 10).Draw(t, "w"))
			}
		}
	}
	return w
}

// TestLimitSlowLeak takes the limit of a supermatrix whose node 0 keeps
// all but 5.8e-18 of its weight (a rapid case, entries 4.75 and 2.8e-17 in
// one column) and whose node 2 is a sink: the weight reaches the sink only
// after about 2⁵⁷ steps, so Limit reports ErrNotConverged after its 64
// default squarings, and with MaxSquarings 200 reaches the exact limit,
// every column (0, 0, 1).
func TestLimitSlowLeak(t *testing.T) {
	w := mat.NewDense(3, 3, []float64{
		4.75, 0, 0,
		0, 1, 0,
		2.7755575615628914e-17, 0.0001220703125, 0,
	})
	if _, err := Limit(context.Background(), w, LimitOptions{}); !errors.Is(err, ErrNotConverged) {
		t.Errorf("default squarings: err = %v, want ErrNotConverged", err)
	}
	res, err := Limit(context.Background(), w, LimitOptions{MaxSquarings: 200})
	if err != nil {
		t.Fatal(err)
	}
	want := mat.NewDense(3, 3, []float64{0, 0, 0, 0, 0, 0, 1, 1, 1})
	if !mat.EqualApprox(res.Matrix, want, 1e-12) {
		t.Errorf("limit\n%v\nwant\n%v", mat.Formatted(res.Matrix), mat.Formatted(want))
	}
}

func TestLimitProperties(t *testing.T) {
	// Property: every column of the limit supermatrix is stochastic.
	t.Run("stochastic", rapid.MakeCheck(func(t *rapid.T) {
		res, err := Limit(context.Background(), drawSupermatrix(t), LimitOptions{})
		if err != nil {
			t.Fatal(err)
		}
		_, n := res.Matrix.Dims()
		for j := 0; j < n; j++ {
			var s float64
			for i := 0; i < n; i++ {
				v := res.Matrix.At(i, j)
				if v < 0 || math.IsNaN(v) {
					t.Fatalf("L[%d][%d] = %v", i, j, v)
				}
				s += v
			}
			if math.Abs(s-1) > 1e-9 {
				t.Fatalf("column %d sums to %v", j, s)
			}
		}
	}))
	// Property: the limit is invariant under the supermatrix, W·L = L.
	t.Run("invariant", rapid.MakeCheck(func(t *rapid.T) {
		res, err := Limit(context.Background(), drawSupermatrix(t), LimitOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var wl mat.Dense
		wl.Mul(res.Stochastic, res.Matrix)
		if !mat.EqualApprox(&wl, res.Matrix, 1e-8) {
			t.Fatalf("W·L != L")
		}
	}))
	// Property: renaming the nodes by a permutation permutes the limit.
	t.Run("permutation", rapid.MakeCheck(func(t *rapid.T) {
		w := drawSupermatrix(t)
		n, _ := w.Dims()
		p := rapid.Permutation(seq(n)).Draw(t, "perm")
		wp := mat.NewDense(n, n, nil)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				wp.Set(p[i], p[j], w.At(i, j))
			}
		}
		a, err := Limit(context.Background(), w, LimitOptions{})
		if err != nil {
			t.Fatal(err)
		}
		b, err := Limit(context.Background(), wp, LimitOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if math.Abs(a.Matrix.At(i, j)-b.Matrix.At(p[i], p[j])) > 1e-8 {
					t.Fatalf("L[%d][%d] = %v, permuted %v", i, j, a.Matrix.At(i, j), b.Matrix.At(p[i], p[j]))
				}
			}
		}
	}))
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// TestLimitCyclicStopsEarly checks that a cyclic supermatrix of period 3,
// whose powers W^(2^q) alternate between two matrices, is recognised after
// a few squarings rather than after DefaultMaxSquarings more.
func TestLimitCyclicStopsEarly(t *testing.T) {
	res, err := Limit(context.Background(), dense([][]float64{{0, 0, 1}, {1, 0, 0}, {0, 1, 0}}), LimitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// The lazy matrix converges in 7 squarings; W's powers repeat after 2
	// more. Without the early stop this would take 7 + 64.
	if !res.Cesaro || res.Squarings > 16 {
		t.Errorf("Cesaro %v after %d squarings", res.Cesaro, res.Squarings)
	}
}

// TestLimitSinkAbsorbs runs pyanp's test matrix for Super Decisions' "limit
// with sinks" (W. Adams, pyanp tests/test_limitmatrix.py,
// test_limit_sinks): nodes 1 and 2 feed each other and the sink 3. With
// Saaty's self-loop the sink is absorbing and, reachable from every node,
// ends with all the weight: every limit column is (0, 0, 1). pyanp's
// limit_sinks instead takes the normalised powers of the non-sink block B
// (its Perron vector (0.4226, 0.5774), eigenvalue 0.5732), gives the sink
// one step of it, A·B∞ = 0.4268, and renormalises: (0.2962, 0.4046,
// 0.2991) in the columns of nodes 1 and 2 and a zero column for the sink.
// The two answers are different models of a sink (see [Limit]); this test
// pins balancer's.
func TestLimitSinkAbsorbs(t *testing.T) {
	w := dense([][]float64{
		{0.3, 0.2, 0},
		{0.1, 0.5, 0},
		{0.6, 0.3, 0},
	})
	res, err := Limit(context.Background(), w, LimitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]float64{{0, 0, 0}, {0, 0, 0}, {1, 1, 1}}
	if diff := cmp.Diff(want, rowsOf(res.Matrix), cmpopts.EquateApprox(0, 1e-9)); diff != "" {
		t.Errorf("limit (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{2}, res.Sinks); diff != "" {
		t.Errorf("sinks (-want +got):\n%s", diff)
	}
}

// TestLimitIdentityAtSinksPyanp runs the first matrix of W. Adams's
// comparison of "identity at sinks" with Super Decisions' calculus type
// (pyanp, examples/LimitMatrixExploration.ipynb): two network nodes feeding
// two sinks, columns (1, 3, 5, 1)/10 and (2, 2, 8, 1)/13. Adams puts 1 on
// the sinks' diagonal, which is what Limit does, and pyanp's calculus then
// gives the sinks (0.849462366, 0.150537634) from node 1 and (0.88172043,
// 0.11827957) from node 2: the absorption probabilities 79/93, 14/93, 82/93
// and 11/93, checked here exactly. Adams's calculus type on the matrix with
// zero columns instead gives the two sinks the same ratio, 6.6469, in every
// column, where these ratios are 5.64 and 7.45 (see [Limit]).
func TestLimitIdentityAtSinksPyanp(t *testing.T) {
	w := dense([][]float64{
		{1, 2, 0, 0},
		{3, 2, 0, 0},
		{5, 8, 0, 0},
		{1, 1, 0, 0},
	})
	res, err := Limit(context.Background(), w, LimitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]float64{
		{0, 0, 0, 0},
		{0, 0, 0, 0},
		{79.0 / 93, 82.0 / 93, 1, 0},
		{14.0 / 93, 11.0 / 93, 0, 1},
	}
	if diff := cmp.Diff(want, rowsOf(res.Matrix), cmpopts.EquateApprox(0, 1e-9)); diff != "" {
		t.Errorf("limit (-want +got):\n%s", diff)
	}
	pyanp := [][]float64{{0.849462366, 0.88172043}, {0.150537634, 0.11827957}}
	for i, row := range pyanp {
		for j, v := range row {
			if got := res.Matrix.At(2+i, j); math.Abs(got-v) > 5e-9 {
				t.Errorf("L[%d][%d] = %.9f, pyanp %.9f", 2+i, j, got, v)
			}
		}
	}
}
