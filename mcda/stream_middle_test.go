package mcda_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
)

// streamScores ranks m's rows with RankStream and returns every score, in
// input order, and the number of passes over the source.
func streamScores(t *testing.T, method mcda.Method, m *mcda.DecisionMatrix) ([]float64, int, error) {
	t.Helper()
	passes := 0
	var each []float64
	_, err := mcda.RankStream(context.Background(), opener(m, &passes), mcda.StreamOptions{
		Method: method,
		Top:    3,
		Each: func(i int, name string, score float64) error {
			each = append(each, score)
			return nil
		},
	})
	return each, passes, err
}

// checkStreamed checks that RankStream gives method's in-memory scores of
// m bit for bit, serially and with 3 workers, or the same error, and
// returns the number of passes it made, 0 after an error.
func checkStreamed(t *testing.T, method mcda.Method, m *mcda.DecisionMatrix) int {
	t.Helper()
	got, passes, err := streamScores(t, method, m)
	for _, w := range []int{0, 3} {
		want, werr := withWorkers(method, w).Scores(nil, m)
		if (err == nil) != (werr == nil) || err != nil && err.Error() != werr.Error() {
			t.Fatalf("%s, workers %d: RankStream err = %v, Scores err = %v", method.Name(), w, err, werr)
		}
		if i := sameBits(want, got); err == nil && i >= 0 {
			t.Fatalf("%s, workers %d: streamed score %d = %v, in memory %v", method.Name(), w, i, got[i], want[i])
		}
	}
	if err != nil {
		return 0
	}
	return passes
}

// middleProblem returns a rows×4 problem: a benefit and a cost column
// uniform in [1, 100), a column of the given values cycled, and a
// constant column, with alternating objectives on the last two.
func middleProblem(t *testing.T, rows int, special []float64) *mcda.DecisionMatrix {
	t.Helper()
	rng := rand.New(rand.NewPCG(uint64(rows), 3))
	names := make([]string, rows)
	data := make([][]float64, rows)
	for i := range data {
		names[i] = fmt.Sprint("alt", i)
		data[i] = []float64{1 + 99*rng.Float64(), 1 + 99*rng.Float64(), special[i%len(special)], 7}
	}
	crit := []mcda.Criterion{
		{Name: "b", Objective: mcda.ObjectiveBenefit, Weight: 0.4},
		{Name: "c", Objective: mcda.ObjectiveCost, Weight: 0.3},
		{Name: "s", Objective: mcda.ObjectiveBenefit, Weight: 0.2},
		{Name: "k", Objective: mcda.ObjectiveCost, Weight: 0.1},
	}
	m, err := mcda.NewDecisionMatrix(names, crit, data)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestRankStreamMiddle checks the methods whose coefficients need a middle
// pass (VIKOR, EDAS, COPRAS, ARAS, MABAC, CoCoSo) against their in-memory scores
// on three blocks and a ragged one, with columns at the float64 limits
// (whose sums overflow or are subnormal and are rescanned), of zeros and
// of negative values, and that they take three passes (four with a
// rescan).
func TestRankStreamMiddle(t *testing.T) {
	columns := map[string][]float64{
		"plain":     {3, 1, 4, 1, 5, 9, 2, 6},
		"huge":      {1e308, 5e307, 1.7e308, 1},
		"subnormal": {5e-324, 1e-320, 0, 2.5e-310},
		"zeros":     {0},
		"negative":  {-3, 2, -1e300, 4, 3e300},
	}
	for name, col := range columns {
		m := middleProblem(t, 3*4096+123, col)
		for _, method := range middleMethods() {
			t.Run(name+"/"+method.Name(), func(t *testing.T) {
				passes := checkStreamed(t, method, m)
				// COPRAS and ARAS reject negative values, in pass 1.
				if name == "negative" && (method.Name() == "copras" || method.Name() == "aras") {
					if passes != 0 {
						t.Errorf("%d passes, want an error", passes)
					}
					return
				}
				if passes < 3 || passes > 4 {
					t.Errorf("%d passes, want 3, or 4 with a rescan", passes)
				}
			})
		}
	}
}

// TestRankStreamMiddleErrors checks that a value or an aggregate a middle
// method cannot take is the in-memory error, naming the same alternative
// or criterion, when it lies beyond the first block.
func TestRankStreamMiddleErrors(t *testing.T) {
	rows := 2*4096 + 10
	// COPRAS: alternative 5000 has 0 on both cost criteria, so S⁻ = 0 and
	// Q is infinite.
	m := middleProblem(t, rows, []float64{1})
	data := rowsOf(m)
	data[5000][1], data[5000][3] = 0, 0
	withZero := rebuild(t, m, data)
	checkStreamed(t, &mcda.COPRAS{}, withZero)
	_, _, err := streamScores(t, &mcda.COPRAS{}, withZero)
	var ae *mcda.AlternativeError
	if !errors.As(err, &ae) || ae.Index != 5000 || ae.Name != "alt5000" {
		t.Errorf("COPRAS err = %v, want alternative 5000 named", err)
	}
	// EDAS: a column whose average is not positive.
	data = rowsOf(m)
	for i := range data {
		data[i][2] = float64(i%3) - 1.5
	}
	checkStreamed(t, &mcda.EDAS{}, rebuild(t, m, data))
	// ARAS: a negative benefit value and a zero cost value.
	data = rowsOf(m)
	data[6000][0] = -1
	checkStreamed(t, &mcda.ARAS{}, rebuild(t, m, data))
	data = rowsOf(m)
	data[7000][1] = 0
	checkStreamed(t, &mcda.ARAS{}, rebuild(t, m, data))
	// A source whose values change between passes (the same number of
	// rows): the middle pass finds a value outside pass 1's range.
	calls := 0
	changing := func() (mcda.RowSource, error) {
		calls++
		if calls == 1 {
			return newMatrixSource(m), nil
		}
		data := rowsOf(m)
		data[4100][0] = 1000
		return newMatrixSource(rebuild(t, m, data)), nil
	}
	_, err = mcda.RankStream(context.Background(), changing, mcda.StreamOptions{Method: &mcda.VIKOR{}})
	var ve *mcda.ValueError
	if !errors.As(err, &ve) || ve.Alternative != 4100 || ve.Criterion != 0 || !errors.Is(err, mcda.ErrShape) {
		t.Errorf("changed source: err = %v, want alternative 4100 outside the statistics", err)
	}
	// CoCoSo: alternative 4500 is worst on every criterion, so min S = 0.
	data = rowsOf(m)
	for i := range data {
		data[i][3] = float64(i % 5) // the constant column varies
	}
	data[4500] = []float64{0, 200, -1e300, 9}
	checkStreamed(t, &mcda.COCOSO{}, rebuild(t, m, data))
	_, _, err = streamScores(t, &mcda.COCOSO{}, rebuild(t, m, data))
	if !errors.As(err, &ae) || ae.Index != 4500 || ae.Name != "alt4500" || !errors.Is(err, mcda.ErrUndefined) {
		t.Errorf("CoCoSo err = %v, want alternative 4500 named", err)
	}
}

// rebuild returns a matrix with m's alternatives and criteria and the
// given rows.
func rebuild(t *testing.T, m *mcda.DecisionMatrix, rows [][]float64) *mcda.DecisionMatrix {
	t.Helper()
	r, _ := m.Dims()
	names := make([]string, r)
	for i := range names {
		names[i] = m.Alternative(i)
	}
	out, err := mcda.NewDecisionMatrix(names, m.Criteria(), rows)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// rowsOf returns a copy of m's rows.
func rowsOf(m *mcda.DecisionMatrix) [][]float64 {
	r, _ := m.Dims()
	out := make([][]float64, r)
	for i := range out {
		out[i] = m.Row(nil, i)
	}
	return out
}
