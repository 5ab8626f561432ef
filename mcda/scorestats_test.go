package mcda_test

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"testing"

	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// drawMiddleCase draws a problem for a method with a middle pass: values
// the method takes (signed for VIKOR, EDAS, MABAC and CoCoSo), up to a
// little over three blocks of 4096.
func drawMiddleCase(t *rapid.T) statsCase {
	ms := middleMethods()
	method := ms[rapid.IntRange(0, len(ms)-1).Draw(t, "method")]
	n := rapid.IntRange(1, 4).Draw(t, "n")
	m := rapid.OneOf(rapid.IntRange(1, 50), rapid.IntRange(4000, 3*4096+100)).Draw(t, "m")
	crit := drawCriteria(t, n)
	signed := false
	switch method.(type) {
	case *mcda.VIKOR, *mcda.MABAC, *mcda.COCOSO:
		signed = true
	}
	return newStatsCase(method, crit, m, rapid.Uint64().Draw(t, "seed"), signed)
}

// middle returns an empty middle pass of s, whose rows are complete.
func middle(t fataler, s *mcda.ColumnStats) *mcda.ScoreStats {
	ss, err := s.ScoreStats()
	if err != nil || ss == nil {
		t.Fatal("ScoreStats: ", ss, err)
	}
	return ss
}

// addScore feeds rows [lo, hi) of c to ss.
func (c statsCase) addScore(t fataler, ss *mcda.ScoreStats, lo, hi int) *mcda.ScoreStats {
	n := len(c.crit)
	for i := lo; i < hi; i++ {
		if err := ss.Add(c.names[i], c.data[i*n:i*n+n]); err != nil {
			t.Fatal(err)
		}
	}
	return ss
}

// middleScores sets ss on s and returns the scores of every row, or the
// coefficients' error: an aggregate the method cannot take.
func (c statsCase) middleScores(t fataler, s *mcda.ColumnStats, ss *mcda.ScoreStats) ([]float64, error) {
	if err := s.SetScoreStats(ss); err != nil {
		t.Fatal(err)
	}
	coef, err := s.Coefficients()
	if err != nil {
		return nil, err
	}
	got, err := coef.Scores(nil, c.data)
	if err != nil {
		t.Fatal(err)
	}
	return got, nil
}

// sameResult fails unless got and want are the same scores, bit for bit,
// or the same error, and reports whether they are scores.
func sameResult(t *rapid.T, what string, got []float64, err error, want []float64, werr error) bool {
	if (err == nil) != (werr == nil) || err != nil && err.Error() != werr.Error() {
		t.Fatalf("%s: err = %v, want %v", what, err, werr)
	}
	if i := sameBits(want, got); err == nil && i >= 0 {
		t.Fatalf("%s: score %d = %v, want %v", what, i, got[i], want[i])
	}
	return err == nil
}

func TestScoreStatsProperties(t *testing.T) {
	t.Run("SingleIsInMemory", rapid.MakeCheck(propScoreInMemory))
	t.Run("BlocksInOrder", rapid.MakeCheck(propScoreBlocks))
	t.Run("AnyOrder", rapid.MakeCheck(propScoreAnyOrder))
	t.Run("RoundTrip", rapid.MakeCheck(propScoreRoundTrip))
}

// Property: one ColumnStats and one ScoreStats fed every row in order give
// coefficients whose scores are bit-for-bit the method's in-memory Scores,
// serial and with 3 workers, in blocks (Scores) and row by row (Score).
func propScoreInMemory(t *rapid.T) {
	c := drawMiddleCase(t)
	s := c.add(t, 0, c.rows())
	got, err := c.middleScores(t, s, c.addScore(t, middle(t, s), 0, c.rows()))
	m, merr := mcda.NewDecisionMatrix(c.names, c.crit, splitRows(c.data, len(c.crit)))
	if merr != nil {
		t.Fatal(merr)
	}
	for _, w := range []int{0, 3} {
		want, werr := withWorkers(c.method, w).Scores(nil, m)
		if !sameResult(t, fmt.Sprint("workers ", w), got, err, want, werr) {
			return
		}
	}
	coef, _ := s.Coefficients()
	n := len(c.crit)
	for _, i := range []int{0, c.rows() / 2, c.rows() - 1} {
		v, err := coef.Score(c.data[i*n : i*n+n])
		if err != nil || math.Float64bits(v) != math.Float64bits(got[i]) {
			t.Fatalf("Score(row %d) = %v, %v; Scores gave %v", i, v, err, got[i])
		}
	}
}

// Property: accumulators of one 4096-row block each (the last may hold
// fewer), merged in row order, in both passes, give the single
// accumulators' bits.
func propScoreBlocks(t *rapid.T) {
	c := drawMiddleCase(t)
	single := c.add(t, 0, c.rows())
	want, werr := c.middleScores(t, single, c.addScore(t, middle(t, single), 0, c.rows()))
	var s *mcda.ColumnStats
	for lo := 0; lo < c.rows(); lo += 4096 {
		p := c.add(t, lo, min(lo+4096, c.rows()))
		if s == nil {
			s = p
		} else if err := s.Merge(p); err != nil {
			t.Fatal(err)
		}
	}
	var ss *mcda.ScoreStats
	for lo := 0; lo < c.rows(); lo += 4096 {
		p := c.addScore(t, middle(t, s), lo, min(lo+4096, c.rows()))
		if ss == nil {
			ss = p
		} else if err := ss.Merge(p); err != nil {
			t.Fatal(err)
		}
	}
	got, err := c.middleScores(t, s, ss)
	sameResult(t, "merged blocks", got, err, want, werr)
}

// Property: accumulators of any rows, merged in any grouping in row order,
// give the single accumulator's scores: bit for bit for VIKOR and EDAS,
// whose aggregates are extremes, and within the bound of ColumnStats.Merge
// for the sums of COPRAS, ARAS, MABAC and CoCoSo (1e-9 relatively, far
// above 2(m−1)·u for m < 13 000 rows, and far below a change of ranking).
func propScoreAnyOrder(t *rapid.T) {
	c := drawMiddleCase(t)
	single := c.add(t, 0, c.rows())
	want, werr := c.middleScores(t, single, c.addScore(t, middle(t, single), 0, c.rows()))
	cut := rapid.IntRange(0, c.rows()).Draw(t, "cut")
	s := c.add(t, 0, c.rows())
	a := c.addScore(t, middle(t, s), 0, cut)
	if err := a.Merge(c.addScore(t, middle(t, s), cut, c.rows())); err != nil {
		t.Fatal(err)
	}
	if a.Rows() != c.rows() {
		t.Fatalf("Rows = %d, want %d", a.Rows(), c.rows())
	}
	got, err := c.middleScores(t, s, a)
	if (err == nil) != (werr == nil) || err != nil && err.Error() != werr.Error() {
		t.Fatalf("err = %v, single accumulator's %v", err, werr)
	}
	exact := false
	switch c.method.(type) {
	case *mcda.VIKOR, *mcda.EDAS:
		exact = true
	}
	for i := range want {
		d := math.Abs(got[i] - want[i])
		if exact && d != 0 || d > 1e-9*math.Max(1, math.Abs(want[i])) {
			t.Fatalf("score %d = %v, single accumulator %v", i, got[i], want[i])
		}
	}
}

// Property: a ScoreStats encoded and decoded part-way, then fed the
// remaining rows, gives the same bits, and so do its coefficients after an
// encoding round trip; both encodings are stable.
func propScoreRoundTrip(t *rapid.T) {
	c := drawMiddleCase(t)
	s := c.add(t, 0, c.rows())
	cut := rapid.IntRange(0, c.rows()).Draw(t, "cut")
	a := c.addScore(t, middle(t, s), 0, cut)
	b := encode(t, a)
	var d mcda.ScoreStats
	if err := d.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(encode(t, &d), b) {
		t.Fatal("re-encoding differs")
	}
	want, werr := c.middleScores(t, s, c.addScore(t, a, cut, c.rows()))
	got, err := c.middleScores(t, s, c.addScore(t, &d, cut, c.rows()))
	if !sameResult(t, "round trip", got, err, want, werr) {
		return
	}
	coef, err := s.Coefficients()
	if err != nil {
		t.Fatal(err)
	}
	cb := encode(t, coef)
	var back mcda.StreamCoefficients
	if err := back.UnmarshalBinary(cb); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(encode(t, &back), cb) {
		t.Fatal("coefficients re-encode differently")
	}
	got, err = back.Scores(nil, c.data)
	if err != nil {
		t.Fatal(err)
	}
	if i := sameBits(want, got); i >= 0 {
		t.Fatalf("score %d differs after the coefficients' round trip", i)
	}
	if back.Method() != c.method.Name() || back.Criteria() != len(c.crit) {
		t.Fatalf("decoded %s with %d criteria", back.Method(), back.Criteria())
	}
}

// splitRows returns the rows of a row-major slice.
func splitRows(data []float64, n int) [][]float64 {
	rows := make([][]float64, len(data)/n)
	for i := range rows {
		rows[i] = data[i*n : i*n+n]
	}
	return rows
}

// TestScoreStatsErrors checks the errors of the middle pass's pieces.
func TestScoreStatsErrors(t *testing.T) {
	crit := []mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "y", Objective: mcda.ObjectiveCost, Weight: 1}}
	s, err := mcda.NewColumnStats(&mcda.VIKOR{}, crit)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range [][]float64{{1, 2}, {3, 4}, {5, 1}} {
		if err := s.Add(fmt.Sprint("a", i), r); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.Coefficients(); !errors.Is(err, mcda.ErrScoreStats) {
		t.Errorf("Coefficients before the middle pass: %v, want ErrScoreStats", err)
	}
	ss := middle(t, s)
	if err := ss.Add("", []float64{1, 2}); !errors.Is(err, mcda.ErrName) {
		t.Errorf("empty name: %v", err)
	}
	var ve *mcda.ValueError
	if err := ss.Add("a", []float64{1, math.NaN()}); !errors.As(err, &ve) || ve.Criterion != 1 || !errors.Is(err, mcda.ErrNotFinite) {
		t.Errorf("NaN: %v", err)
	}
	if err := ss.Add("a", []float64{1}); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("short row: %v", err)
	}
	ss.Add("a0", []float64{1, 2})
	if err := s.SetScoreStats(ss); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("SetScoreStats with 1 of 3 rows: %v, want ErrShape", err)
	}
	// Statistics of other rows, or of another method.
	other, _ := mcda.NewColumnStats(&mcda.VIKOR{}, crit)
	other.Add("b", []float64{7, 7})
	other.Add("c", []float64{8, 9})
	if err := ss.Merge(middle(t, other)); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("Merge of other statistics: %v, want ErrShape", err)
	}
	if err := other.SetScoreStats(ss); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("SetScoreStats of other statistics: %v, want ErrShape", err)
	}
	topsis, _ := mcda.NewColumnStats(nil, crit)
	topsis.Add("a", []float64{1, 2})
	if ts, err := topsis.ScoreStats(); ts != nil || err != nil {
		t.Errorf("TOPSIS ScoreStats = %v, %v; want none", ts, err)
	}
	if err := topsis.SetScoreStats(ss); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("TOPSIS SetScoreStats: %v, want ErrShape", err)
	}
	// Adding a row to the column statistics drops the middle pass.
	full := middle(t, s)
	for i, r := range [][]float64{{1, 2}, {3, 4}, {5, 1}} {
		full.Add(fmt.Sprint("a", i), r)
	}
	if err := s.SetScoreStats(full); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Coefficients(); err != nil {
		t.Fatal(err)
	}
	s.Add("a3", []float64{2, 2})
	if _, err := s.Coefficients(); !errors.Is(err, mcda.ErrScoreStats) {
		t.Errorf("Coefficients after Add: %v, want ErrScoreStats", err)
	}
	// A value outside pass 1's range: not the rows of pass 1.
	again := middle(t, s)
	if err := again.Add("a0", []float64{1, 9}); !errors.As(err, &ve) || ve.Criterion != 1 || !errors.Is(err, mcda.ErrShape) {
		t.Errorf("value outside the statistics: %v, want ErrShape at criterion 1", err)
	}
	var zero mcda.ScoreStats
	if _, err := zero.MarshalBinary(); !errors.Is(err, mcda.ErrEmpty) {
		t.Errorf("zero ScoreStats: %v", err)
	}
	if err := zero.Add("a", []float64{1, 2}); !errors.Is(err, mcda.ErrEmpty) || zero.Rows() != 0 {
		t.Errorf("zero ScoreStats: Add: %v, Rows %d", err, zero.Rows())
	}
	if err := zero.Merge(&zero); !errors.Is(err, mcda.ErrEmpty) {
		t.Errorf("zero ScoreStats: Merge: %v", err)
	}
	if err := s.SetScoreStats(nil); !errors.Is(err, mcda.ErrEmpty) {
		t.Errorf("SetScoreStats(nil): %v", err)
	}
}

// TestScoreStatsNoRows checks that every middle method's coefficients
// score no rows without an error (VIKOR's extremes of an empty block read
// past it).
func TestScoreStatsNoRows(t *testing.T) {
	crit := []mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "y", Objective: mcda.ObjectiveCost, Weight: 1}}
	rows := [][]float64{{1, 2}, {3, 1}, {2, 5}}
	for _, method := range middleMethods() {
		s, _ := mcda.NewColumnStats(method, crit)
		ss := middle(t, addRows(t, s, rows))
		for i, r := range rows {
			ss.Add(fmt.Sprint("a", i), r)
		}
		if err := s.SetScoreStats(ss); err != nil {
			t.Fatal(err)
		}
		c, err := s.Coefficients()
		if err != nil {
			t.Fatalf("%s: %v", method.Name(), err)
		}
		if got, err := c.Scores(nil, nil); err != nil || len(got) != 0 {
			t.Errorf("%s: Scores of no rows = %v, %v", method.Name(), got, err)
		}
	}
}

// addRows adds rows named a0, a1, … to s and returns s.
func addRows(t *testing.T, s *mcda.ColumnStats, rows [][]float64) *mcda.ColumnStats {
	t.Helper()
	for i, r := range rows {
		if err := s.Add(fmt.Sprint("a", i), r); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// TestScoreStatsLocated checks that an aggregate COPRAS cannot take, found
// in a merged shard beyond the first block, names its alternative through
// the encodings.
func TestScoreStatsLocated(t *testing.T) {
	crit := []mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "y", Objective: mcda.ObjectiveCost, Weight: 1}}
	const rows = 3*4096 + 5
	row := func(i int) []float64 {
		if i == 9000 {
			return []float64{1, 0}
		}
		return []float64{float64(1 + i%9), float64(1 + i%4)}
	}
	s, _ := mcda.NewColumnStats(&mcda.COPRAS{}, crit)
	for i := range rows {
		s.Add(fmt.Sprint("alt", i), row(i))
	}
	var ss *mcda.ScoreStats
	for lo := 0; lo < rows; lo += 4096 {
		p := middle(t, s)
		for i := lo; i < min(lo+4096, rows); i++ {
			p.Add(fmt.Sprint("alt", i), row(i))
		}
		var d mcda.ScoreStats // each shard travels as bytes
		if err := d.UnmarshalBinary(encode(t, p)); err != nil {
			t.Fatal(err)
		}
		if ss == nil {
			ss = &d
		} else if err := ss.Merge(&d); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SetScoreStats(ss); err != nil {
		t.Fatal(err)
	}
	_, err := s.Coefficients()
	var ae *mcda.AlternativeError
	if !errors.As(err, &ae) || ae.Index != 9000 || ae.Name != "alt9000" || !errors.Is(err, mcda.ErrNotPositive) {
		t.Errorf("err = %v, want alternative 9000 named", err)
	}
}

// VIKOR on two shards: pass 1's statistics are merged, the middle pass
// runs on each shard again and is merged in shard order, and the
// coefficients score every row as VIKOR.Scores does.
func ExampleScoreStats() {
	crit := []mcda.Criterion{
		{Name: "price", Objective: mcda.ObjectiveCost, Weight: 2},
		{Name: "range", Objective: mcda.ObjectiveBenefit, Weight: 1},
	}
	shards := [][][]float64{{{30, 400}, {25, 300}}, {{40, 550}}}
	names := [][]string{{"a", "b"}, {"c"}}

	// Pass 1 on each shard, merged on the driver.
	var cs *mcda.ColumnStats
	for k, rows := range shards {
		s, _ := mcda.NewColumnStats(&mcda.VIKOR{}, crit)
		for i, r := range rows {
			s.Add(names[k][i], r)
		}
		if cs == nil {
			cs = s
		} else if err := cs.Merge(s); err != nil {
			panic(err)
		}
	}
	if _, err := cs.Coefficients(); errors.Is(err, mcda.ErrScoreStats) {
		fmt.Println("vikor needs a middle pass")
	}

	// The middle pass on each shard, merged in shard order.
	var ss *mcda.ScoreStats
	for k, rows := range shards {
		s, err := cs.ScoreStats()
		if err != nil {
			panic(err)
		}
		for i, r := range rows {
			s.Add(names[k][i], r)
		}
		if ss == nil {
			ss = s
		} else if err := ss.Merge(s); err != nil {
			panic(err)
		}
	}
	if err := cs.SetScoreStats(ss); err != nil {
		panic(err)
	}
	coef, err := cs.Coefficients()
	if err != nil {
		panic(err)
	}
	for _, rows := range shards {
		for _, r := range rows {
			q, _ := coef.Score(r)
			fmt.Printf("%.4f\n", q)
		}
	}
	// Q of (&mcda.VIKOR{}).Scores on the three rows, lower is better: by
	// hand, S = (0.4222, 0.3333, 0.6667), R = (0.2222, 0.3333, 0.6667).

	// Output:
	// vikor needs a middle pass
	// 0.1333
	// 0.1250
	// 1.0000
}
