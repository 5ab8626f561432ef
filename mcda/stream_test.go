package mcda_test

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// matrixSource is a RowSource over a copy of a decision matrix's rows,
// which a test may edit; nextFn, if set, makes Next fail.
type matrixSource struct {
	i      int
	names  []string
	rows   [][]float64
	crit   []mcda.Criterion
	nextFn func(i int) error // optional: an error to return for row i
}

func newMatrixSource(m *mcda.DecisionMatrix) *matrixSource {
	r, _ := m.Dims()
	s := &matrixSource{names: m.Alternatives(), crit: m.Criteria()}
	for i := range r {
		s.rows = append(s.rows, m.Row(nil, i))
	}
	return s
}

func (s *matrixSource) Criteria() []mcda.Criterion { return s.crit }

func (s *matrixSource) Next(row []float64) (string, error) {
	if s.nextFn != nil {
		if err := s.nextFn(s.i); err != nil {
			return "", err
		}
	}
	if s.i == len(s.rows) {
		return "", io.EOF
	}
	copy(row, s.rows[s.i])
	s.i++
	return s.names[s.i-1], nil
}

// opener returns an open function for RankStream that serves the matrix
// afresh on each pass, and counts the passes.
func opener(m *mcda.DecisionMatrix, passes *int) func() (mcda.RowSource, error) {
	return func() (mcda.RowSource, error) {
		if passes != nil {
			*passes++
		}
		return newMatrixSource(m), nil
	}
}

func TestStreamProperties(t *testing.T) {
	t.Run("MatchesInMemoryRanking", rapid.MakeCheck(propStreamMatchesRank))
}

// Property: on the same data, RankStream returns the first Top entries of
// Rank's order, with bit-identical scores and the same ranks, and Each sees
// every alternative's in-memory score bit for bit, in input order.
func propStreamMatchesRank(t *rapid.T) {
	m := drawProblem(t)
	rows, n := m.Dims()
	method := drawStreamMethod(t, n)
	top := rapid.IntRange(0, rows+2).Draw(t, "top")
	want, werr := mcda.Rank(withWorkers(method, 0), m)
	var each []float64
	got, err := mcda.RankStream(context.Background(), opener(m, nil), mcda.StreamOptions{
		Method: method,
		Top:    top,
		Each: func(i int, name string, score float64) error {
			if i != len(each) || name != m.Alternative(i) {
				return fmt.Errorf("Each(%d, %q), want alternative %d %q", i, name, len(each), m.Alternative(len(each)))
			}
			each = append(each, score)
			return nil
		},
	})
	if (err == nil) != (werr == nil) {
		t.Fatalf("RankStream err = %v, Rank err = %v", err, werr)
	}
	if err != nil {
		if err.Error() != werr.Error() {
			t.Fatalf("RankStream err = %v, Rank err = %v", err, werr)
		}
		return
	}
	if i := sameBits(want.Scores, each); i >= 0 {
		t.Fatalf("Each score %d differs from Rank's", i)
	}
	if got.Alternatives != rows || got.Method != want.Method || got.HigherIsBetter != want.HigherIsBetter {
		t.Fatalf("RankStream = %+v, want %d alternatives of %s", got, rows, want.Method)
	}
	wantTop := min(top, rows)
	if top == 0 {
		wantTop = rows // Top 0 returns them all
	}
	if len(got.Top) != wantTop {
		t.Fatalf("len(Top) = %d, want %d", len(got.Top), wantTop)
	}
	for q, r := range got.Top {
		i := want.Order[q]
		if r.Index != i || r.Name != want.Alternatives[i] || r.Rank != want.Ranks[i] ||
			math.Float64bits(r.Score) != math.Float64bits(want.Scores[i]) {
			t.Fatalf("Top[%d] = %+v, want {%d %s %v rank %d}", q, r, i, want.Alternatives[i], want.Scores[i], want.Ranks[i])
		}
	}
}

// drawStreamMethod draws a streamable method: TOPSIS, WSM or WPM with any
// normalization (drawMethod), or one of the methods that score with their
// own coefficients.
func drawStreamMethod(t *rapid.T, n int) mcda.Method {
	// SPOTIS's bounds hold the drawn problems' values when hi is 100, and
	// not always when it is 50.
	bounds := make([][2]float64, n)
	hi := rapid.SampledFrom([]float64{100, 50}).Draw(t, "spotis hi")
	for j := range bounds {
		bounds[j] = [2]float64{-1, hi}
	}
	ms := []mcda.Method{nil, &mcda.SPOTIS{Bounds: bounds}, &mcda.MOORA{}, &mcda.MOORARefPoint{}, &mcda.MOORAFMF{}, &mcda.MOORAFMF{Unweighted: true}, &mcda.SPOTIS{}, &mcda.MARCOS{},
		&mcda.WASPAS{}, &mcda.WASPAS{Lambda: lambdaOf(0)}, &mcda.WASPAS{Lambda: lambdaOf(1)}, &mcda.WASPAS{Lambda: lambdaOf(0.3)}}
	ms = append(ms, middleMethods()...)
	if m := ms[rapid.IntRange(0, len(ms)-1).Draw(t, "stream method")]; m != nil {
		return m
	}
	return drawMethod(t, 0)
}

// middleMethods returns the methods that stream with a middle pass.
func middleMethods() []mcda.Method {
	return []mcda.Method{&mcda.VIKOR{}, &mcda.VIKOR{V: lambdaOf(0)}, &mcda.VIKOR{V: lambdaOf(1)}, &mcda.EDAS{},
		&mcda.COPRAS{}, &mcda.ARAS{}, &mcda.MABAC{}, &mcda.COCOSO{}, &mcda.COCOSO{Lambda: lambdaOf(0)}, &mcda.COCOSO{Lambda: lambdaOf(1)}}
}

// TestRankStreamTies checks the order of tied alternatives in the top k on
// a case built for it: alternatives 0 and 1 tie within TieTolerance but are
// not equal, with 1 slightly better, so a plain heap by score would keep
// alternative 1 for Top 1 where Rank's order (ties in input order) puts
// alternative 0 first.
func TestRankStreamTies(t *testing.T) {
	// WSM with no normalization on one criterion: the scores are the
	// values.
	m := problem(t, [][]float64{{1}, {1 + 1e-14}, {0.5}, {1 + 2e-14}, {1 - 1e-13}}, []float64{1}, []int{1})
	method := &mcda.WSM{Normalization: mcda.NormalizationNone}
	want, err := mcda.Rank(method, m)
	if err != nil {
		t.Fatal(err)
	}
	for top := 1; top <= 5; top++ {
		got, err := mcda.RankStream(context.Background(), opener(m, nil), mcda.StreamOptions{Method: method, Top: top})
		if err != nil {
			t.Fatal(err)
		}
		for q, r := range got.Top {
			if i := want.Order[q]; r.Index != i || r.Rank != want.Ranks[i] {
				t.Errorf("Top %d: entry %d = alternative %d rank %d, want %d rank %d", top, q, r.Index, r.Rank, i, want.Ranks[i])
			}
		}
	}
}

// TestRankStreamRescan checks data near the limits of float64, where a
// column's sums need the extra pass, against the in-memory scores.
func TestRankStreamRescan(t *testing.T) {
	tests := []struct {
		name   string
		rows   [][]float64
		types  []int
		method mcda.Method
		passes int
	}{
		{"VectorTiny", [][]float64{{3e-200, 1}, {4e-200, 2}}, []int{1, -1}, &mcda.TOPSIS{}, 3},
		{"VectorSubnormal", [][]float64{{3e-310, 1}, {4e-310, 2}, {0, 3}}, []int{1, -1}, &mcda.TOPSIS{}, 3},
		{"VectorHuge", [][]float64{{math.MaxFloat64, 1}, {-math.MaxFloat64 / 2, 2}}, []int{-1, 1}, &mcda.TOPSIS{}, 3},
		{"SumHuge", [][]float64{{math.MaxFloat64, 1}, {math.MaxFloat64 / 3, 2}}, []int{1, 1}, &mcda.WSM{Normalization: mcda.NormalizationSum}, 3},
		{"SumCostTiny", [][]float64{{1e-310, 1}, {3e-310, 2}}, []int{-1, 1}, &mcda.WPM{Normalization: mcda.NormalizationSum}, 3},
		{"Plain", [][]float64{{1, 1}, {3, 2}}, []int{-1, 1}, &mcda.TOPSIS{}, 2},
		{"MOORATiny", [][]float64{{3e-200, 1}, {4e-200, 2}}, []int{1, -1}, &mcda.MOORA{}, 3},
		{"MOORAHuge", [][]float64{{math.MaxFloat64, 1}, {-math.MaxFloat64 / 2, 2}}, []int{-1, 1}, &mcda.MOORA{}, 3},
		{"MOORARefPointTiny", [][]float64{{3e-200, 1}, {4e-200, 2}}, []int{1, -1}, &mcda.MOORARefPoint{}, 3},
		{"MOORAFMFSubnormal", [][]float64{{3e-310, 1}, {4e-310, 2}, {5e-324, 3}}, []int{1, -1}, &mcda.MOORAFMF{}, 3},
		{"SPOTISHuge", [][]float64{{math.MaxFloat64, 1}, {-math.MaxFloat64, 2}}, []int{-1, 1}, &mcda.SPOTIS{}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := problem(t, tc.rows, []float64{1, 2}, tc.types)
			want, err := mcda.Rank(tc.method, m)
			if err != nil {
				t.Fatal(err)
			}
			passes := 0
			var each []float64
			got, err := mcda.RankStream(context.Background(), opener(m, &passes), mcda.StreamOptions{Method: tc.method, Top: 10,
				Each: func(_ int, _ string, s float64) error { each = append(each, s); return nil }})
			if err != nil {
				t.Fatal(err)
			}
			if i := sameBits(want.Scores, each); i >= 0 {
				t.Errorf("score %d = %v, in memory %v", i, each[i], want.Scores[i])
			}
			if passes != tc.passes {
				t.Errorf("passes = %d, want %d", passes, tc.passes)
			}
			if len(got.Top) != len(want.Order) {
				t.Errorf("len(Top) = %d, want %d", len(got.Top), len(want.Order))
			}
		})
	}
}

// TestRankStreamWASPASZeros checks that benefit values of 0, which WASPAS
// takes in memory, stream with the same scores: a 0 on a criterion of
// positive weight makes the product 0, one on a criterion of weight 0
// counts as the column's maximum.
func TestRankStreamWASPASZeros(t *testing.T) {
	rows := [][]float64{{0, 2, 1}, {3, 1, 0}, {2, 4, 5}, {1, 3, 2}}
	for _, l := range []float64{0, 0.5, 1} {
		for _, w := range [][]float64{{1, 2, 1}, {1, 2, 0}} {
			m := problem(t, rows, w, []int{1, -1, 1})
			method := &mcda.WASPAS{Lambda: lambdaOf(l)}
			want, err := method.Scores(nil, m)
			if err != nil {
				t.Fatal(err)
			}
			var got []float64
			_, err = mcda.RankStream(context.Background(), opener(m, nil), mcda.StreamOptions{Method: method, Top: -1,
				Each: func(_ int, _ string, s float64) error { got = append(got, s); return nil }})
			if err != nil {
				t.Fatal(err)
			}
			if i := sameBits(want, got); i >= 0 {
				t.Errorf("λ %v, weights %v: score %d = %v, in memory %v", l, w, i, got[i], want[i])
			}
		}
	}
}

// TestRankStreamLocatedErrors checks that a value a streamed method cannot
// take is reported as the in-memory method reports it: the same
// *ValueError, naming the same alternative and criterion.
func TestRankStreamLocatedErrors(t *testing.T) {
	tests := []struct {
		name   string
		rows   [][]float64
		types  []int
		method mcda.Method
	}{
		{"MOORAFMFZero", [][]float64{{1, 2}, {3, 0}, {2, 0}}, []int{1, -1}, &mcda.MOORAFMF{}},
		{"MOORAFMFNegative", [][]float64{{1, 2}, {-3, 1}, {-2, 1}}, []int{1, -1}, &mcda.MOORAFMF{Unweighted: true}},
		{"MARCOSNegative", [][]float64{{1, 2}, {3, 1}, {-2, 1}}, []int{1, -1}, &mcda.MARCOS{}},
		{"MARCOSCostZero", [][]float64{{1, 2}, {3, 0}, {2, 0}}, []int{1, -1}, &mcda.MARCOS{}},
		{"MARCOSBenefitZeros", [][]float64{{0, 2}, {0, 1}, {0, 3}}, []int{1, -1}, &mcda.MARCOS{}},
		{"SPOTISOutside", [][]float64{{1, 2}, {3, 7}, {2, 9}}, []int{1, -1}, &mcda.SPOTIS{Bounds: [][2]float64{{0, 5}, {0, 5}}}},
		{"WASPASBenefitNegative", [][]float64{{1, 2}, {0, 1}, {-2, 1}}, []int{1, -1}, &mcda.WASPAS{}},
		{"WASPASBenefitZeros", [][]float64{{0, 2}, {0, 1}, {0, 3}}, []int{1, -1}, &mcda.WASPAS{}},
		{"WASPASCostZero", [][]float64{{0, 2}, {3, 0}, {2, 0}}, []int{1, -1}, &mcda.WASPAS{}},
		{"WASPASSumOnlyCostZero", [][]float64{{0, 2}, {3, 0}, {-2, 0}}, []int{1, -1}, &mcda.WASPAS{Lambda: lambdaOf(1)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := problem(t, tc.rows, []float64{1, 2}, tc.types)
			_, werr := tc.method.Scores(nil, m)
			var want *mcda.ValueError
			if !errors.As(werr, &want) {
				t.Fatalf("in memory: err = %v, want a *ValueError", werr)
			}
			_, err := mcda.RankStream(context.Background(), opener(m, nil), mcda.StreamOptions{Method: tc.method})
			var got *mcda.ValueError
			same := errors.As(err, &got) && got.Error() == want.Error() && got.Alternative == want.Alternative &&
				got.Criterion == want.Criterion && math.Float64bits(got.Value) == math.Float64bits(want.Value)
			for _, cause := range []error{mcda.ErrNegative, mcda.ErrNotPositive, mcda.ErrParameter} {
				same = same && errors.Is(err, cause) == errors.Is(werr, cause)
			}
			if !same {
				t.Fatalf("RankStream err = %v, in memory %v", err, werr)
			}
		})
	}
}

// errSource is returned by a failing source.
var errSource = errors.New("disk on fire")

func TestRankStreamErrors(t *testing.T) {
	good := problem(t, [][]float64{{1, 2}, {3, 4}, {5, 6}}, []float64{1, 1}, []int{1, -1})
	withRows := func(rows [][]float64, names []string) func() (mcda.RowSource, error) {
		return func() (mcda.RowSource, error) {
			s := newMatrixSource(good)
			s.rows, s.names = rows, names
			return s, nil
		}
	}
	// changing serves all rows on the first pass and one fewer after.
	changing := func() func() (mcda.RowSource, error) {
		pass := 0
		return func() (mcda.RowSource, error) {
			pass++
			s := newMatrixSource(good)
			if pass > 1 {
				s.rows = s.rows[:2]
			}
			return s, nil
		}
	}
	failing := func(at int) func() (mcda.RowSource, error) {
		return func() (mcda.RowSource, error) {
			s := newMatrixSource(good)
			s.nextFn = func(i int) error {
				if i == at {
					return errSource
				}
				return nil
			}
			return s, nil
		}
	}
	names := []string{"A1", "A2", "A3"}
	tests := []struct {
		name   string
		open   func() (mcda.RowSource, error)
		method mcda.Method
		is     error
		i, j   int // position of a *ValueError, or i of an *AlternativeError; -1 if neither
	}{
		{"NaN", withRows([][]float64{{1, 2}, {3, math.NaN()}, {math.Inf(1), 6}}, names), nil, mcda.ErrNotFinite, 1, 1},
		{"NegativeMax", withRows([][]float64{{1, 2}, {-3, 4}, {-5, 6}}, names), &mcda.WSM{}, mcda.ErrNegative, 1, 0},
		{"ZeroCostMax", withRows([][]float64{{1, 2}, {3, 0}, {5, 6}}, names), &mcda.TOPSIS{Normalization: mcda.NormalizationMax}, mcda.ErrNotPositive, 1, 1},
		{"ZeroWPM", withRows([][]float64{{1, 2}, {3, 4}, {0, 6}}, names), &mcda.WPM{}, mcda.ErrNotPositive, 2, 0},
		{"EmptyName", withRows([][]float64{{1, 2}, {3, 4}}, []string{"A1", ""}), nil, mcda.ErrName, 1, -1},
		{"NoRows", withRows(nil, nil), nil, mcda.ErrEmpty, -1, -1},
		{"RowsChanged", changing(), nil, mcda.ErrShape, -1, -1},
		{"SourceFails", failing(2), nil, errSource, -1, -1},
		{"BadNormalization", opener(good, nil), &mcda.TOPSIS{Normalization: 42}, mcda.ErrNormalization, -1, -1},
		{"WPMVector", opener(good, nil), &mcda.WPM{Normalization: mcda.NormalizationVector}, mcda.ErrNormalization, -1, -1},
		{"NotStreamable", opener(good, nil), &mcda.CODAS{}, mcda.ErrNotStreamable, -1, -1},
		{"OpenFails", func() (mcda.RowSource, error) { return nil, errSource }, nil, errSource, -1, -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := mcda.RankStream(context.Background(), tc.open, mcda.StreamOptions{Method: tc.method, Top: 2})
			if !errors.Is(err, tc.is) {
				t.Fatalf("err = %v, want %v", err, tc.is)
			}
			var ve *mcda.ValueError
			var ae *mcda.AlternativeError
			switch {
			case tc.j >= 0:
				if !errors.As(err, &ve) || ve.Alternative != tc.i || ve.Criterion != tc.j || ve.AlternativeName != names[tc.i] {
					t.Errorf("err = %v, want a *ValueError at alternative %d, criterion %d", err, tc.i, tc.j)
				}
			case tc.i >= 0:
				if !errors.As(err, &ae) || ae.Index != tc.i {
					t.Errorf("err = %v, want an *AlternativeError at alternative %d", err, tc.i)
				}
			}
		})
	}
	// The value errors are those of the in-memory path.
	bad := problem(t, [][]float64{{1, 2}, {-3, 4}, {-5, 6}}, []float64{1, 1}, []int{1, -1})
	_, want := (&mcda.WSM{}).Scores(nil, bad)
	_, got := mcda.RankStream(context.Background(), opener(bad, nil), mcda.StreamOptions{Method: &mcda.WSM{}})
	if got == nil || want == nil || got.Error() != want.Error() {
		t.Errorf("RankStream err = %v, in memory %v", got, want)
	}
	// An error from Each stops the ranking.
	_, err := mcda.RankStream(context.Background(), opener(good, nil), mcda.StreamOptions{Each: func(int, string, float64) error { return errSource }})
	if !errors.Is(err, errSource) {
		t.Errorf("Each error: err = %v, want %v", err, errSource)
	}
	// Top 0 returns every alternative, as Rank orders them; a negative Top
	// none.
	all, err := mcda.RankStream(context.Background(), opener(good, nil), mcda.StreamOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := mcda.Rank(&mcda.TOPSIS{}, good)
	if err != nil {
		t.Fatal(err)
	}
	if len(all.Top) != len(r.Order) {
		t.Fatalf("Top 0: %d alternatives, want all %d", len(all.Top), len(r.Order))
	}
	for k, i := range r.Order {
		if a := all.Top[k]; a.Index != i || a.Rank != r.Ranks[i] || a.Score != r.Scores[i] {
			t.Errorf("Top 0: place %d = %+v, want index %d rank %d score %v", k, a, i, r.Ranks[i], r.Scores[i])
		}
	}
	none, err := mcda.RankStream(context.Background(), opener(good, nil), mcda.StreamOptions{Top: -1})
	if err != nil || len(none.Top) != 0 {
		t.Errorf("Top -1: %v, err = %v; want none", none, err)
	}
}

// synthSource generates rows on the fly from a seed: uniform values in
// [1, 100) and names "a<i>". It yields the same rows on every open, which
// lets a test stream more rows than it could hold.
type synthSource struct {
	rng  *rand.Rand
	crit []mcda.Criterion
	i, m int
	buf  []byte
}

func synthCriteria(n int) []mcda.Criterion {
	crit := make([]mcda.Criterion, n)
	for j := range crit {
		crit[j] = mcda.Criterion{Name: "c" + strconv.Itoa(j), Objective: mcda.ObjectiveBenefit, Weight: float64(j + 1)}
		if j%2 == 1 {
			crit[j].Objective = mcda.ObjectiveCost
		}
	}
	return crit
}

func openSynth(m, n int) func() (mcda.RowSource, error) {
	return func() (mcda.RowSource, error) {
		return &synthSource{rng: rand.New(rand.NewPCG(3, 4)), crit: synthCriteria(n), m: m}, nil
	}
}

func (s *synthSource) Criteria() []mcda.Criterion { return s.crit }

func (s *synthSource) Next(row []float64) (string, error) {
	if s.i == s.m {
		return "", io.EOF
	}
	for j := range row {
		row[j] = 1 + 99*s.rng.Float64()
	}
	s.buf = strconv.AppendInt(append(s.buf[:0], 'a'), int64(s.i), 10)
	s.i++
	return string(s.buf), nil
}

// csvGen is an io.Reader of CSV problem text generated on the fly: n
// criteria alternating benefit and cost with weights 1…n, then m rows of a
// name and values in [1, 100) with 6 decimals, from a fixed seed. It lets
// a test stream a file of any size without writing it.
type csvGen struct {
	rng  *rand.Rand
	m, n int
	i    int // rows generated
	buf  []byte
}

func newCSVGen(m, n int) *csvGen {
	g := &csvGen{rng: rand.New(rand.NewPCG(8, 9)), m: m, n: n}
	g.buf = append(g.buf, "alternative"...)
	for j := range n {
		g.buf = append(append(g.buf, ",c"...), strconv.Itoa(j)...)
	}
	g.buf = append(g.buf, "\n#objective"...)
	for j := range n {
		if j%2 == 0 {
			g.buf = append(g.buf, ",benefit"...)
		} else {
			g.buf = append(g.buf, ",cost"...)
		}
	}
	g.buf = append(g.buf, "\n#weight"...)
	for j := range n {
		g.buf = append(append(g.buf, ','), strconv.Itoa(j+1)...)
	}
	g.buf = append(g.buf, '\n')
	return g
}

func (g *csvGen) Read(p []byte) (int, error) {
	for len(g.buf) < len(p) && g.i < g.m {
		g.buf = strconv.AppendInt(append(g.buf, 'a'), int64(g.i), 10)
		for range g.n {
			g.buf = strconv.AppendFloat(append(g.buf, ','), 1+99*g.rng.Float64(), 'f', 6, 64)
		}
		g.buf = append(g.buf, '\n')
		g.i++
	}
	if len(g.buf) == 0 {
		return 0, io.EOF
	}
	k := copy(p, g.buf)
	g.buf = g.buf[:copy(g.buf, g.buf[k:])]
	return k, nil
}

func openCSVGen(m, n int) func() (mcda.RowSource, error) {
	return func() (mcda.RowSource, error) { return mcda.NewCSVReader(newCSVGen(m, n)) }
}

// TestRankStreamCSV streams generated CSV text through CSVReader, across
// block boundaries, and compares with ReadCSV and Rank: the same scores bit
// for bit, and the same top alternatives and ranks.
func TestRankStreamCSV(t *testing.T) {
	const m, n = 3*4096 + 123, 7
	dm, err := mcda.ReadCSV(newCSVGen(m, n))
	if err != nil {
		t.Fatal(err)
	}
	for _, method := range []mcda.Method{&mcda.TOPSIS{}, &mcda.TOPSIS{Normalization: mcda.NormalizationMinMax}, &mcda.WSM{}, &mcda.WPM{}} {
		want, err := mcda.Rank(method, dm)
		if err != nil {
			t.Fatal(err)
		}
		var each []float64
		got, err := mcda.RankStream(context.Background(), openCSVGen(m, n), mcda.StreamOptions{Method: method, Top: 50,
			Each: func(_ int, _ string, s float64) error { each = append(each, s); return nil }})
		if err != nil {
			t.Fatalf("%s: %v", method.Name(), err)
		}
		if i := sameBits(want.Scores, each); i >= 0 {
			t.Fatalf("%s: score %d differs from in memory", method.Name(), i)
		}
		for q, r := range got.Top {
			if i := want.Order[q]; r.Index != i || r.Name != want.Alternatives[i] || r.Rank != want.Ranks[i] {
				t.Errorf("%s: Top[%d] = %+v, want alternative %d rank %d", method.Name(), q, r, i, want.Ranks[i])
			}
		}
	}
	// A CSV error names its line.
	bad := "alternative,c0\nA1,1\nA2,x\n"
	_, err = mcda.RankStream(context.Background(), func() (mcda.RowSource, error) { return mcda.NewCSVReader(strings.NewReader(bad)) }, mcda.StreamOptions{})
	var ce *mcda.CSVError
	if !errors.As(err, &ce) || ce.Line != 3 {
		t.Errorf("bad CSV: err = %v, want a *CSVError on line 3", err)
	}
}

var streamRows = flag.Int("stream.rows", 200000, "rows for TestRankStreamMemory (e.g. 10000000)")

// TestRankStreamMemory streams -stream.rows rows (200 000 by default,
// 20 000 with -short) of 10 criteria through
// TOPSIS with Top 100, from generated CSV text read by CSVReader
// ("csv", about 110 bytes a row: 1.1 GB for 1e7 rows) and from a source
// that generates the values directly ("values"), and reports the peak
// heap. Run it as
//
//	go test ./mcda -run TestRankStreamMemory -stream.rows 10000000 -v
//
// It fails if the Go heap ever exceeds 64 MB; it also logs the process's
// peak resident set (VmHWM, which includes the test binary and grows over
// the subtests).
func TestRankStreamMemory(t *testing.T) {
	rows := *streamRows
	if testing.Short() && rows > 20000 {
		rows = 20000
	}
	t.Run("csv", func(t *testing.T) { streamMemory(t, openCSVGen(rows, 10)) })
	t.Run("values", func(t *testing.T) { streamMemory(t, openSynth(rows, 10)) })
}

func streamMemory(t *testing.T, open func() (mcda.RowSource, error)) {
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	var peak uint64
	sample := func(_ int) {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapSys, ms.HeapAlloc)
	}
	start := time.Now()
	got, err := mcda.RankStream(context.Background(), open, mcda.StreamOptions{
		Top: 100,
		Each: func(i int, _ string, _ float64) error {
			if i%(1<<20) == 0 {
				sample(i)
			}
			return nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	sample(0)
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	t.Logf("%d rows in %v: best %s (%.6f); peak heap %.1f MB (max of HeapSys, HeapAlloc), allocated in total %.0f MB, VmHWM %s",
		got.Alternatives, time.Since(start).Round(time.Millisecond), got.Top[0].Name, got.Top[0].Score, float64(peak)/1e6,
		float64(after.TotalAlloc-before.TotalAlloc)/1e6, vmHWM())
	if peak > 64<<20 {
		t.Errorf("peak heap %d bytes, want under 64 MB", peak)
	}
}

// vmHWM returns the process's peak resident set size from /proc, or "?".
func vmHWM() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "?"
}

// rowsSource is a RowSource over rows held in memory, standing in for a
// file too large for memory.
type rowsSource struct {
	crit  []mcda.Criterion
	names []string
	rows  [][]float64
}

func (s *rowsSource) Criteria() []mcda.Criterion { return s.crit }

func (s *rowsSource) Next(row []float64) (string, error) {
	if len(s.rows) == 0 {
		return "", io.EOF
	}
	copy(row, s.rows[0])
	name := s.names[0]
	s.names, s.rows = s.names[1:], s.rows[1:]
	return name, nil
}

// ExampleRankStream ranks Hwang & Yoon's (1981) fighter aircraft, read one
// row at a time, and keeps the best two; a CSV reader serves the same
// purpose for a file.
func ExampleRankStream() {
	open := func() (mcda.RowSource, error) {
		return &rowsSource{
			crit: []mcda.Criterion{
				{Name: "speed", Objective: mcda.ObjectiveBenefit, Weight: 0.2},
				{Name: "range", Objective: mcda.ObjectiveBenefit, Weight: 0.1},
				{Name: "payload", Objective: mcda.ObjectiveBenefit, Weight: 0.1},
				{Name: "cost", Objective: mcda.ObjectiveCost, Weight: 0.1},
				{Name: "reliability", Objective: mcda.ObjectiveBenefit, Weight: 0.2},
				{Name: "maneuverability", Objective: mcda.ObjectiveBenefit, Weight: 0.3},
			},
			names: []string{"A1", "A2", "A3", "A4"},
			rows: [][]float64{
				{2.0, 1500, 20000, 5.5, 5, 9},
				{2.5, 2700, 18000, 6.5, 3, 5},
				{1.8, 2000, 21000, 4.5, 7, 7},
				{2.2, 1800, 20000, 5.0, 5, 5},
			},
		}, nil
	}
	r, err := mcda.RankStream(context.Background(), open, mcda.StreamOptions{Method: &mcda.TOPSIS{}, Top: 2})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Method, r.Alternatives, "alternatives")
	for _, a := range r.Top {
		fmt.Printf("%d %s %.4f\n", a.Rank, a.Name, a.Score)
	}
	// Output:
	// topsis 4 alternatives
	// 1 A1 0.6433
	// 2 A3 0.6135
}

func TestCSVFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.csv")
	data := "id,a,b\n#objective,benefit,cost\n#weight,2,1\nx,1,5\ny,3,2\nz,2,2\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := mcda.RankStream(context.Background(), mcda.CSVFile(path), mcda.StreamOptions{Top: 3})
	if err != nil {
		t.Fatal(err)
	}
	m, err := mcda.ReadCSV(strings.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	want, err := mcda.Rank(&mcda.TOPSIS{}, m)
	if err != nil {
		t.Fatal(err)
	}
	for k, a := range got.Top {
		i := want.Order[k]
		if a.Index != i || a.Name != want.Alternatives[i] || a.Score != want.Scores[i] || a.Rank != want.Ranks[i] {
			t.Errorf("top %d = %+v, want %s %v %d", k, a, want.Alternatives[i], want.Scores[i], want.Ranks[i])
		}
	}
	// A missing file and a malformed one are errors that name it.
	if _, err := mcda.RankStream(context.Background(), mcda.CSVFile(path+".missing"), mcda.StreamOptions{Top: 1}); err == nil || !strings.Contains(err.Error(), "p.csv.missing") {
		t.Errorf("missing file: err = %v", err)
	}
	bad := filepath.Join(t.TempDir(), "bad.csv")
	if err := os.WriteFile(bad, []byte("id,a\n#weight,x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var ce *mcda.CSVError
	if _, err := mcda.RankStream(context.Background(), mcda.CSVFile(bad), mcda.StreamOptions{Top: 1}); !errors.As(err, &ce) || !strings.Contains(err.Error(), "bad.csv") {
		t.Errorf("malformed file: err = %v, want a *CSVError naming bad.csv", err)
	}
}

// TestRankStreamCancel checks that RankStream stops with the context's
// error, wrapped, when the context is done before it starts and when it is
// cancelled in the second pass (from Each, after 5000 rows).
func TestRankStreamCancel(t *testing.T) {
	const rows = 20000
	vals := make([][]float64, rows)
	for i := range vals {
		vals[i] = []float64{float64(i%97 + 1), float64(i%89 + 1)}
	}
	w := []float64{1, 1}
	m := problem(t, vals, w, []int{1, 1})
	done, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := mcda.RankStream(done, opener(m, nil), mcda.StreamOptions{Top: 3}); !errors.Is(err, context.Canceled) {
		t.Errorf("RankStream with a cancelled context: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	seen := 0
	_, err := mcda.RankStream(ctx, opener(m, nil), mcda.StreamOptions{Top: 3, Each: func(int, string, float64) error {
		if seen++; seen == 5000 {
			cancel()
		}
		return nil
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("RankStream cancelled in pass 2: %v", err)
	}
	if seen >= rows {
		t.Errorf("Each saw %d rows after the cancellation at 5000; want fewer than %d", seen, rows)
	}
}

// Issue 13: with UniqueNames, RankStream rejects a repeated name in its
// first pass, as NewDecisionMatrix does, naming both alternatives; without
// it, as documented, it does not look.
func TestRankStreamUniqueNames(t *testing.T) {
	open := func() (mcda.RowSource, error) { return &rows{vals: [][]float64{{1, 2}, {3, 1}, {2, 2}}}, nil }
	named := func() (mcda.RowSource, error) {
		r, _ := open()
		return &renamed{r.(*rows), []string{"x", "y", "x"}}, nil
	}
	var called bool
	_, err := mcda.RankStream(context.Background(), named, mcda.StreamOptions{Top: 1, UniqueNames: true, Each: func(int, string, float64) error { called = true; return nil }})
	var ae *mcda.AlternativeError
	if !errors.Is(err, mcda.ErrDuplicateName) || !errors.As(err, &ae) || ae.Index != 2 || ae.Name != "x" || !strings.Contains(err.Error(), "alternative 0") {
		t.Fatalf("err = %v, want an *AlternativeError for alternative 2 wrapping ErrDuplicateName", err)
	}
	if called {
		t.Error("Each was called before the duplicate was reported")
	}
	if _, err := mcda.RankStream(context.Background(), named, mcda.StreamOptions{Top: 1}); err != nil {
		t.Errorf("without UniqueNames: %v", err)
	}
	if _, err := mcda.RankStream(context.Background(), open, mcda.StreamOptions{Top: 1, UniqueNames: true}); err != nil {
		t.Errorf("distinct names: %v", err)
	}
}

// renamed gives the rows of a source other names.
type renamed struct {
	*rows
	names []string
}

func (r *renamed) Next(row []float64) (string, error) {
	k := r.k
	if _, err := r.rows.Next(row); err != nil {
		return "", err
	}
	return r.names[k], nil
}
