package mcda_test

import (
	"bytes"
	"encoding"
	"errors"
	"fmt"
	"math"
	"testing"

	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// streamMethods are the methods and normalizations ColumnStats takes.
func streamMethods() []mcda.Method {
	var ms []mcda.Method
	for _, k := range []mcda.Normalization{mcda.NormalizationVector, mcda.NormalizationMax, mcda.NormalizationMinMax, mcda.NormalizationSum, mcda.NormalizationNone} {
		ms = append(ms, &mcda.TOPSIS{Normalization: k}, &mcda.WSM{Normalization: k})
	}
	for _, k := range []mcda.Normalization{mcda.NormalizationMax, mcda.NormalizationSum, mcda.NormalizationNone} {
		ms = append(ms, &mcda.WPM{Normalization: k})
	}
	return append(ms, &mcda.MOORA{}, &mcda.MOORARefPoint{}, &mcda.MOORAFMF{}, &mcda.MOORAFMF{Unweighted: true}, &mcda.SPOTIS{}, &mcda.MARCOS{},
		&mcda.WASPAS{}, &mcda.WASPAS{Lambda: lambdaOf(0)}, &mcda.WASPAS{Lambda: lambdaOf(1)}, &mcda.WASPAS{Lambda: lambdaOf(0.3)},
		// Bounds for 2 criteria; drawStatsCase sets them for its own.
		&mcda.SPOTIS{Bounds: [][2]float64{{-1e308, 1e308}, {-1e308, 1e308}}})
}

// statsCase is a random problem for a streamed method: rows of values the
// method takes, up to a little over three blocks of 4096.
type statsCase struct {
	method mcda.Method
	crit   []mcda.Criterion
	names  []string
	data   []float64 // row-major
}

func drawStatsCase(t *rapid.T) statsCase {
	ms := streamMethods()
	method := ms[rapid.IntRange(0, len(ms)-1).Draw(t, "method")]
	n := rapid.IntRange(1, 4).Draw(t, "n")
	m := rapid.OneOf(rapid.IntRange(1, 50), rapid.IntRange(4000, 3*4096+100)).Draw(t, "m")
	crit := drawCriteria(t, n)
	signed := false
	switch mt := method.(type) {
	case *mcda.TOPSIS:
		signed = mt.Normalization == mcda.NormalizationVector || mt.Normalization == mcda.NormalizationMinMax || mt.Normalization == mcda.NormalizationNone
	case *mcda.WSM:
		signed = mt.Normalization == mcda.NormalizationVector || mt.Normalization == mcda.NormalizationMinMax || mt.Normalization == mcda.NormalizationNone
	case *mcda.MOORA, *mcda.MOORARefPoint, *mcda.SPOTIS:
		signed = true
	}
	if s, ok := method.(*mcda.SPOTIS); ok && s.Bounds != nil {
		b := make([][2]float64, n)
		for j := range b {
			b[j] = [2]float64{-101, 101}
		}
		method = &mcda.SPOTIS{Bounds: b}
	}
	return newStatsCase(method, crit, m, rapid.Uint64().Draw(t, "seed"), signed)
}

// drawCriteria draws n criteria c0, c1, … of weights 1, 2, …, each a
// benefit or a cost.
func drawCriteria(t *rapid.T, n int) []mcda.Criterion {
	crit := make([]mcda.Criterion, n)
	for j := range crit {
		crit[j] = mcda.Criterion{Name: fmt.Sprintf("c%d", j), Objective: mcda.ObjectiveBenefit, Weight: float64(1 + j)}
		if rapid.Bool().Draw(t, "cost") {
			crit[j].Objective = mcda.ObjectiveCost
		}
	}
	return crit
}

// newStatsCase returns m alternatives a0, a1, … whose values come from a
// splitmix64 stream (random values without m·n draws from rapid) in
// [0.5, 100.5), of either sign if signed.
func newStatsCase(method mcda.Method, crit []mcda.Criterion, m int, seed uint64, signed bool) statsCase {
	c := statsCase{method: method, crit: crit, names: make([]string, m), data: make([]float64, m*len(crit))}
	for i := range c.names {
		c.names[i] = fmt.Sprintf("a%d", i)
	}
	for k := range c.data {
		seed += 0x9e3779b97f4a7c15
		z := seed
		z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
		z = (z ^ z>>27) * 0x94d049bb133111eb
		z ^= z >> 31
		x := 0.5 + float64(z>>11)/(1<<53)*100
		if signed && z&1 == 1 {
			x = -x
		}
		c.data[k] = x
	}
	return c
}

func (c statsCase) rows() int { return len(c.names) }

// fataler is what the helpers need of *testing.T, *testing.F and *rapid.T.
type fataler interface{ Fatal(args ...any) }

// add returns a new accumulator holding rows [lo, hi).
func (c statsCase) add(t fataler, lo, hi int) *mcda.ColumnStats {
	s, err := mcda.NewColumnStats(c.method, c.crit)
	if err != nil {
		t.Fatal(err)
	}
	n := len(c.crit)
	for i := lo; i < hi; i++ {
		if err := s.Add(c.names[i], c.data[i*n:i*n+n]); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func encode(t fataler, s interface{ MarshalBinary() ([]byte, error) }) []byte {
	b, err := s.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// scoresOf returns the scores of every row under s's coefficients.
func (c statsCase) scoresOf(t fataler, s *mcda.ColumnStats) []float64 {
	coef, err := s.Coefficients()
	if err != nil {
		t.Fatal(err)
	}
	got, err := coef.Scores(nil, c.data)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

func TestColumnStatsProperties(t *testing.T) {
	t.Run("SingleIsInMemory", rapid.MakeCheck(propStatsInMemory))
	t.Run("SmallPiecesInOrder", rapid.MakeCheck(propStatsSmallPieces))
	t.Run("BlocksInOrder", rapid.MakeCheck(propStatsBlocks))
	t.Run("OneBlockOntoWholeBlocks", rapid.MakeCheck(propStatsOneBlock))
	t.Run("AnyOrder", rapid.MakeCheck(propStatsAnyOrder))
	t.Run("RoundTrip", rapid.MakeCheck(propStatsRoundTrip))
}

// Property: one accumulator fed every row in order gives coefficients
// whose scores are bit-for-bit the method's in-memory Scores, serial and
// with 3 workers, row by row (Score) and in blocks (Scores).
func propStatsInMemory(t *rapid.T) {
	c := drawStatsCase(t)
	n := len(c.crit)
	rows := make([][]float64, c.rows())
	for i := range rows {
		rows[i] = c.data[i*n : i*n+n]
	}
	m, err := mcda.NewDecisionMatrix(c.names, c.crit, rows)
	if err != nil {
		t.Fatal(err)
	}
	want, err := c.method.Scores(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	par, err := withWorkers(c.method, 3).Scores(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	if i := sameBits(want, par); i >= 0 {
		t.Fatalf("row %d: %v serially, %v with 3 workers", i, want[i], par[i])
	}
	s := c.add(t, 0, c.rows())
	got := c.scoresOf(t, s)
	coef, _ := s.Coefficients()
	for i := range want {
		one, err := coef.Score(rows[i])
		if err != nil {
			t.Fatal(err)
		}
		if math.Float64bits(got[i]) != math.Float64bits(want[i]) || math.Float64bits(one) != math.Float64bits(want[i]) {
			t.Fatalf("row %d: Scores %v, Score %v, in memory %v", i, got[i], one, want[i])
		}
	}
}

// Property: pieces of fewer than 4096 rows each, merged in row order onto
// one accumulator, give the state (the encoding, bit for bit) of adding
// every row to one accumulator.
func propStatsSmallPieces(t *rapid.T) {
	c := drawStatsCase(t)
	want := encode(t, c.add(t, 0, c.rows()))
	acc := c.add(t, 0, 0)
	for lo := 0; lo < c.rows(); {
		hi := min(c.rows(), lo+rapid.IntRange(1, 4095).Draw(t, "piece"))
		if err := acc.Merge(c.add(t, lo, hi)); err != nil {
			t.Fatal(err)
		}
		lo = hi
	}
	if got := encode(t, acc); !bytes.Equal(got, want) {
		t.Fatalf("merged state differs from the single accumulator's")
	}
}

// Property: accumulators of one 4096-row block each (the last may be
// shorter), merged in block order, give the single accumulator's state.
func propStatsBlocks(t *rapid.T) {
	c := drawStatsCase(t)
	want := encode(t, c.add(t, 0, c.rows()))
	acc := c.add(t, 0, 0)
	for lo := 0; lo < c.rows(); lo += 4096 {
		if err := acc.Merge(c.add(t, lo, min(c.rows(), lo+4096))); err != nil {
			t.Fatal(err)
		}
	}
	if got := encode(t, acc); !bytes.Equal(got, want) {
		t.Fatalf("merged state differs from the single accumulator's")
	}
	if acc.Rows() != c.rows() {
		t.Fatalf("Rows = %d, want %d", acc.Rows(), c.rows())
	}
}

// Property: an accumulator of fewer than 2·4096 rows merged onto one that
// holds a whole number of blocks gives the state of adding all its rows to
// that one.
func propStatsOneBlock(t *rapid.T) {
	c := drawStatsCase(t)
	cut := 4096 * rapid.IntRange(0, c.rows()/4096).Draw(t, "blocks")
	end := min(c.rows(), cut+rapid.IntRange(0, 2*4096-1).Draw(t, "tail"))
	want := encode(t, c.add(t, 0, end))
	acc := c.add(t, 0, cut)
	if err := acc.Merge(c.add(t, cut, end)); err != nil {
		t.Fatal(err)
	}
	if got := encode(t, acc); !bytes.Equal(got, want) {
		t.Fatalf("merged state differs from the single accumulator's")
	}
}

// Property: shards of any sizes, merged in any order and grouping, give
// scores within the documented bound of the single accumulator's: every
// column sum within 2(m−1)·u·Σ|x| (u = 2⁻⁵³), relatively 2(m−1)·u for the
// sums drawn here (Σx², and Σx and Σ1/x of positive values only), which
// the test checks through the scores: within 8·2(m−1)·u relatively, for
// the propagation through the method, plus a few ulps.
func propStatsAnyOrder(t *rapid.T) {
	c := drawStatsCase(t)
	want := c.scoresOf(t, c.add(t, 0, c.rows()))
	// Cut the rows into shards, then merge them in a random tree.
	var shards []*mcda.ColumnStats
	for lo := 0; lo < c.rows(); {
		hi := min(c.rows(), lo+rapid.IntRange(1, 6000).Draw(t, "shard"))
		shards = append(shards, c.add(t, lo, hi))
		lo = hi
	}
	for len(shards) > 1 {
		// Merge two shards, any two, in either direction: the rows'
		// order changes, the values summed do not.
		k := rapid.IntRange(0, len(shards)-1).Draw(t, "into")
		l := rapid.IntRange(0, len(shards)-1).Draw(t, "from")
		if k == l {
			continue
		}
		if err := shards[k].Merge(shards[l]); err != nil {
			t.Fatal(err)
		}
		shards = append(shards[:l], shards[l+1:]...)
	}
	got := c.scoresOf(t, shards[0])
	m := float64(c.rows())
	tol := 8*2*(m-1)*0x1p-53 + 1e-15
	for i := range want {
		if d := math.Abs(got[i] - want[i]); d > tol*math.Max(math.Abs(want[i]), 1) {
			t.Fatalf("row %d: %v, single accumulator %v (difference %g > %g)", i, got[i], want[i], d, tol)
		}
	}
}

// Property: MarshalBinary then UnmarshalBinary restores the state exactly:
// the same encoding, the same rows added after it, the same coefficients,
// whose own encoding round-trips to the same scores.
func propStatsRoundTrip(t *rapid.T) {
	c := drawStatsCase(t)
	cut := rapid.IntRange(0, c.rows()).Draw(t, "cut")
	s := c.add(t, 0, cut)
	b := encode(t, s)
	var r mcda.ColumnStats
	if err := r.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(encode(t, &r), b) {
		t.Fatal("re-encoding differs")
	}
	rest := c.add(t, cut, c.rows())
	if err := s.Merge(rest); err != nil {
		t.Fatal(err)
	}
	if err := r.Merge(rest); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(encode(t, &r), encode(t, s)) {
		t.Fatal("decoded accumulator diverges after a merge")
	}
	coef, err := s.Coefficients()
	if err != nil {
		t.Fatal(err)
	}
	var dc mcda.StreamCoefficients
	if err := dc.UnmarshalBinary(encode(t, coef)); err != nil {
		t.Fatal(err)
	}
	want, _ := coef.Scores(nil, c.data)
	got, err := dc.Scores(nil, c.data)
	if err != nil {
		t.Fatal(err)
	}
	if i := sameBits(want, got); i >= 0 {
		t.Fatalf("row %d: decoded coefficients score %v, want %v", i, got[i], want[i])
	}
	if !bytes.Equal(encode(t, &dc), encode(t, coef)) {
		t.Fatal("decoded coefficients encode differently")
	}
	if dc.Method() != coef.Method() || dc.Normalization() != coef.Normalization() || dc.Criteria() != len(c.crit) {
		t.Fatal("decoded coefficients describe another method")
	}
}

// TestColumnStatsRescan runs the extra pass on data near the limits of
// float64, split over merged accumulators, and gets the in-memory scores.
func TestColumnStatsRescan(t *testing.T) {
	rows := [][]float64{{math.MaxFloat64, 1}, {-math.MaxFloat64 / 2, 2}, {math.MaxFloat64 / 3, 4}}
	crit := []mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "y", Objective: mcda.ObjectiveCost, Weight: 2}}
	names := []string{"A", "B", "C"}
	m, err := mcda.NewDecisionMatrix(names, crit, rows)
	if err != nil {
		t.Fatal(err)
	}
	want, err := (&mcda.TOPSIS{}).Scores(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := mcda.NewColumnStats(nil, crit)
	b, _ := mcda.NewColumnStats(nil, crit)
	for i, r := range rows {
		acc := a
		if i > 0 {
			acc = b
		}
		if err := acc.Add(names[i], r); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.Merge(b); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Coefficients(); !errors.Is(err, mcda.ErrRescan) {
		t.Fatalf("Coefficients: err = %v, want ErrRescan", err)
	}
	r1, err := a.Rescan()
	if err != nil || r1 == nil {
		t.Fatalf("Rescan = %v, %v", r1, err)
	}
	r2, _ := a.Rescan()
	if err := r1.Add(rows[0]); err != nil {
		t.Fatal(err)
	}
	for _, r := range rows[1:] {
		if err := r2.Add(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.SetRescan(r2); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("SetRescan of 2 of 3 rows: err = %v, want ErrShape", err)
	}
	// The rescan ships too.
	var r3 mcda.ColumnRescan
	if err := r3.UnmarshalBinary(encode(t, r2)); err != nil {
		t.Fatal(err)
	}
	if err := r1.Merge(&r3); err != nil {
		t.Fatal(err)
	}
	if err := a.SetRescan(r1); err != nil {
		t.Fatal(err)
	}
	var a2 mcda.ColumnStats
	if err := a2.UnmarshalBinary(encode(t, a)); err != nil {
		t.Fatal(err)
	}
	coef, err := a2.Coefficients()
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		got, err := coef.Score(r)
		if err != nil || math.Float64bits(got) != math.Float64bits(want[i]) {
			t.Errorf("row %d: %v, %v; in memory %v", i, got, err, want[i])
		}
	}
	plain, _ := mcda.NewColumnStats(nil, crit)
	plain.Add("A", []float64{1, 2})
	if r, err := plain.Rescan(); r != nil || err != nil {
		t.Errorf("Rescan of plain data = %v, %v; want nil, nil", r, err)
	}
}

// TestColumnStatsErrors checks the located errors of Add, Check and
// Coefficients, on one accumulator and across a merge, and the refusals of
// Merge.
func TestColumnStatsErrors(t *testing.T) {
	crit := []mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "y", Objective: mcda.ObjectiveCost, Weight: 1}}
	wsm, _ := mcda.NewColumnStats(&mcda.WSM{}, crit)
	if err := wsm.Add("A", []float64{1, math.NaN()}); !errors.Is(err, mcda.ErrNotFinite) {
		t.Errorf("NaN: err = %v", err)
	}
	var ve *mcda.ValueError
	if err := wsm.Add("A", []float64{1, math.Inf(1)}); !errors.As(err, &ve) || ve.Alternative != 0 || ve.Criterion != 1 || ve.AlternativeName != "A" {
		t.Errorf("Inf: err = %v, want a *ValueError at A, y", err)
	}
	var ae *mcda.AlternativeError
	if err := wsm.Add("", []float64{1, 2}); !errors.As(err, &ae) || !errors.Is(err, mcda.ErrName) {
		t.Errorf("empty name: err = %v", err)
	}
	if err := wsm.Add("A", []float64{1}); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("short row: err = %v", err)
	}
	if err := wsm.Check(); !errors.Is(err, mcda.ErrEmpty) {
		t.Errorf("Check with no rows: err = %v, want ErrEmpty", err)
	}
	wsm.Add("A", []float64{1, 2})
	tail, _ := mcda.NewColumnStats(&mcda.WSM{}, crit)
	tail.Add("B", []float64{3, 4})
	tail.Add("C", []float64{-5, 6})
	if err := tail.Check(); !errors.As(err, &ve) || ve.Alternative != 1 || ve.AlternativeName != "C" || !errors.Is(err, mcda.ErrNegative) {
		t.Errorf("shard Check: err = %v, want a negative value at 1 (C)", err)
	}
	if err := wsm.Merge(tail); err != nil {
		t.Fatal(err)
	}
	if _, err := wsm.Coefficients(); !errors.As(err, &ve) || ve.Alternative != 2 || ve.AlternativeName != "C" || ve.Criterion != 0 || ve.Value != -5 {
		t.Errorf("merged Coefficients: err = %v, want a negative value at 2 (C), x", err)
	}
	other, _ := mcda.NewColumnStats(&mcda.WSM{}, []mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "z", Objective: mcda.ObjectiveCost, Weight: 1}})
	if err := wsm.Merge(other); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("merge of other criteria: err = %v, want ErrShape", err)
	}
	topsis, _ := mcda.NewColumnStats(nil, crit)
	if err := wsm.Merge(topsis); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("merge of another method: err = %v, want ErrShape", err)
	}
	if _, err := mcda.NewColumnStats(&mcda.CODAS{}, crit); !errors.Is(err, mcda.ErrNotStreamable) {
		t.Errorf("CODAS: err = %v, want ErrNotStreamable", err)
	}
	if _, err := mcda.NewColumnStats(&mcda.WPM{Normalization: mcda.NormalizationVector}, crit); !errors.Is(err, mcda.ErrNormalization) {
		t.Errorf("WPM vector: err = %v, want ErrNormalization", err)
	}
	if _, err := mcda.NewColumnStats(nil, []mcda.Criterion{{Name: "x", Objective: 1}, {Name: "x", Objective: 1}}); !errors.Is(err, mcda.ErrDuplicateName) {
		t.Errorf("duplicate criteria: err = %v, want ErrDuplicateName", err)
	}
	// A merge with itself doubles the rows.
	self, _ := mcda.NewColumnStats(nil, crit)
	self.Add("A", []float64{1, 2})
	if err := self.Merge(self); err != nil || self.Rows() != 2 {
		t.Errorf("self merge: %v, rows %d", err, self.Rows())
	}
	coef, _ := self.Coefficients()
	if _, err := coef.Score([]float64{1, math.NaN()}); !errors.Is(err, mcda.ErrNotFinite) {
		t.Errorf("Score of NaN: err = %v, want ErrNotFinite", err)
	}
	if _, err := coef.Scores(nil, []float64{1, 2, 3}); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("Scores of a ragged block: err = %v, want ErrShape", err)
	}
}

// fuzzStatsSeeds returns encodings of accumulators holding values at the
// float64 extremes, for the decoders' fuzz targets.
func fuzzStatsSeeds(f *testing.F) (stats, coefs, scores [][]byte) {
	crit := []mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "y", Objective: mcda.ObjectiveCost, Weight: 0.5}}
	extremes := [][]float64{{1e308, 5e-324}, {-1e308, 1e308}, {0x1p53, 1}, {math.Copysign(0, -1), 2}, {5e-324, 5e-324}, {1, 1e-300}}
	// A SPOTIS whose bounds the extremes leave, so that the values outside
	// them are encoded too.
	for _, method := range append(streamMethods(), &mcda.SPOTIS{Bounds: [][2]float64{{0, 2}, {0, 2}}}) {
		s, _ := mcda.NewColumnStats(method, crit)
		for i, r := range extremes {
			s.Add(fmt.Sprintf("a%d", i), r)
		}
		stats = append(stats, encode(f, s))
		if c, err := s.Coefficients(); err == nil {
			coefs = append(coefs, encode(f, c))
		}
		if r, err := s.Rescan(); err == nil && r != nil {
			for _, row := range extremes {
				r.Add(row)
			}
			if s.SetRescan(r) == nil {
				stats = append(stats, encode(f, s))
				if c, err := s.Coefficients(); err == nil {
					coefs = append(coefs, encode(f, c))
				}
			}
		}
	}
	// Whole blocks, so that the totals are encoded too.
	big, _ := mcda.NewColumnStats(&mcda.WSM{Normalization: mcda.NormalizationSum}, crit)
	for i := range 4097 {
		big.Add("b", []float64{float64(i%7) + 5e-324, 1e308})
	}
	stats = append(stats, encode(f, big))
	// The methods with a middle pass: its state part-way and whole, and
	// the coefficients it leads to, at the extremes and over whole blocks.
	extremes = append(extremes, []float64{3, 2}, []float64{-2, 1e-300})
	for _, method := range middleMethods() {
		s, _ := mcda.NewColumnStats(method, crit)
		for i, r := range extremes {
			s.Add(fmt.Sprintf("a%d", i), r)
		}
		if r, err := s.Rescan(); err == nil && r != nil {
			for _, row := range extremes {
				r.Add(row)
			}
			s.SetRescan(r)
		}
		stats = append(stats, encode(f, s))
		ss, err := s.ScoreStats()
		if err != nil {
			continue
		}
		for i, r := range extremes {
			ss.Add(fmt.Sprintf("a%d", i), r)
			if i == 2 {
				scores = append(scores, encode(f, ss))
			}
		}
		scores = append(scores, encode(f, ss))
		if s.SetScoreStats(ss) == nil {
			if c, err := s.Coefficients(); err == nil {
				coefs = append(coefs, encode(f, c))
			}
		}
	}
	for _, method := range middleMethods() {
		s, _ := mcda.NewColumnStats(method, crit)
		row := func(i int) []float64 { return []float64{float64(1 + i%7), float64(1 + i%3)} }
		for i := range 4097 {
			s.Add("b", row(i))
		}
		ss, _ := s.ScoreStats()
		for i := range 4097 {
			ss.Add("b", row(i))
		}
		scores = append(scores, encode(f, ss))
		if s.SetScoreStats(ss) == nil {
			if c, err := s.Coefficients(); err == nil {
				coefs = append(coefs, encode(f, c))
			}
		}
	}
	return stats, coefs, scores
}

// decodeStable decodes data as an accumulator, ColumnStats or ScoreStats,
// and checks what every decoded one must do: encode to bytes that decode
// to the same encoding, and merge with its copy. It returns nil when data
// does not decode.
func decodeStable[T any, P interface {
	*T
	encoding.BinaryMarshaler
	encoding.BinaryUnmarshaler
	Merge(P) error
}](t *testing.T, data []byte) P {
	s := P(new(T))
	if err := s.UnmarshalBinary(data); err != nil {
		return nil
	}
	b := encode(t, s)
	r := P(new(T))
	if err := r.UnmarshalBinary(b); err != nil {
		t.Fatalf("re-decoding: %v", err)
	}
	if !bytes.Equal(encode(t, r), b) {
		t.Fatal("re-encoding differs")
	}
	if err := r.Merge(s); err != nil {
		t.Fatalf("merge with its copy: %v", err)
	}
	encode(t, r)
	return s
}

// FuzzColumnStatsUnmarshal decodes arbitrary bytes as a ColumnStats. The
// contract: no panic; a decoded accumulator encodes to bytes that decode
// to the same encoding and merges with its copy; its Coefficients, if
// any, score its rows finite or with an error.
func FuzzColumnStatsUnmarshal(f *testing.F) {
	stats, _, _ := fuzzStatsSeeds(f)
	for _, b := range stats {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s := decodeStable[mcda.ColumnStats](t, data)
		if s == nil {
			return
		}
		c, err := s.Coefficients()
		if err != nil {
			return
		}
		row := make([]float64, c.Criteria())
		for j := range row {
			row[j] = 1
		}
		if v, err := c.Score(row); err == nil && !(v == v) {
			t.Fatalf("score %v without an error", v)
		}
	})
}

// FuzzScoreStatsUnmarshal decodes arbitrary bytes as a ScoreStats. The
// contract: no panic; a decoded accumulator encodes to bytes that decode
// to the same encoding and merges with its copy.
func FuzzScoreStatsUnmarshal(f *testing.F) {
	_, _, scores := fuzzStatsSeeds(f)
	for _, b := range scores {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) { decodeStable[mcda.ScoreStats](t, data) })
}

// FuzzStreamCoefficientsUnmarshal decodes arbitrary bytes as
// StreamCoefficients: no panic, a finite score or an error, and an exact
// re-encoding.
func FuzzStreamCoefficientsUnmarshal(f *testing.F) {
	_, coefs, _ := fuzzStatsSeeds(f)
	for _, b := range coefs {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var c mcda.StreamCoefficients
		if err := c.UnmarshalBinary(data); err != nil {
			return
		}
		if b := encode(t, &c); !bytes.Equal(b, data) {
			t.Fatal("re-encoding differs")
		}
		for _, x := range []float64{1e308, 5e-324, 1, -1} {
			row := make([]float64, c.Criteria())
			for j := range row {
				row[j] = x
			}
			if v, err := c.Score(row); err == nil && (math.IsNaN(v) || math.IsInf(v, 0)) {
				t.Fatalf("score %v without an error", v)
			}
		}
	})
}

// Two workers each accumulate a shard, the driver merges them and derives
// the coefficients, which travel as bytes to score rows anywhere.
func ExampleColumnStats() {
	crit := []mcda.Criterion{
		{Name: "price", Objective: mcda.ObjectiveCost, Weight: 2},
		{Name: "range", Objective: mcda.ObjectiveBenefit, Weight: 1},
	}
	shard1, _ := mcda.NewColumnStats(&mcda.TOPSIS{}, crit)
	shard1.Add("a", []float64{30, 400})
	shard1.Add("b", []float64{25, 300})
	shard2, _ := mcda.NewColumnStats(&mcda.TOPSIS{}, crit)
	shard2.Add("c", []float64{40, 550})

	// The driver: shard 2's rows follow shard 1's.
	wire, _ := shard2.MarshalBinary()
	var got mcda.ColumnStats
	if err := got.UnmarshalBinary(wire); err != nil {
		panic(err)
	}
	if err := shard1.Merge(&got); err != nil {
		panic(err)
	}
	coef, err := shard1.Coefficients()
	if err != nil {
		panic(err)
	}
	broadcast, _ := coef.MarshalBinary()

	// A worker scores rows with the broadcast coefficients.
	var c mcda.StreamCoefficients
	if err := c.UnmarshalBinary(broadcast); err != nil {
		panic(err)
	}
	for _, row := range [][]float64{{30, 400}, {25, 300}, {40, 550}} {
		s, _ := c.Score(row)
		fmt.Printf("%.4f\n", s)
	}
	// The scores of (&mcda.TOPSIS{}).Scores on the three rows.

	// Output:
	// 0.5863
	// 0.6147
	// 0.3853
}

// TestColumnStatsAllocs checks the resource contract: once the first block
// has filled, Add allocates nothing, and Score never does.
func TestColumnStatsAllocs(t *testing.T) {
	crit := []mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "y", Objective: mcda.ObjectiveCost, Weight: 1}}
	for _, method := range append(streamMethods(), middleMethods()...) {
		s, err := mcda.NewColumnStats(method, crit)
		if err != nil {
			t.Fatal(err)
		}
		row := []float64{3, 4}
		rows := [][]float64{{5, 2}, {1, 1}}
		for range 4096 {
			rows = append(rows, row)
		}
		for _, r := range rows {
			s.Add("a", r)
		}
		if a := testing.AllocsPerRun(5000, func() { s.Add("a", row) }); a != 0 {
			t.Errorf("%s: Add allocates %v times per row", method.Name(), a)
		}
		if ss, _ := s.ScoreStats(); ss != nil {
			for _, r := range rows[:4098] { // the rows s had before its runs
				ss.Add("a", r)
			}
			if a := testing.AllocsPerRun(5000, func() { ss.Add("a", row) }); a != 0 {
				t.Errorf("%s: ScoreStats.Add allocates %v times per row", method.Name(), a)
			}
			if err := s.SetScoreStats(ss); err != nil {
				t.Fatal(err)
			}
		}
		c, err := s.Coefficients()
		if err != nil {
			t.Fatal(err)
		}
		if a := testing.AllocsPerRun(1000, func() { c.Score(row) }); a != 0 {
			t.Errorf("%s: Score allocates %v times per row", method.Name(), a)
		}
	}
}
