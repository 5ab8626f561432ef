package mcda

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"math"
	"os"
	"slices"
)

// A RowSource yields the rows of a decision matrix one at a time, such as
// the records of a CSV file.
type RowSource interface {
	// Criteria returns the criteria, the columns of every row.
	Criteria() []Criterion
	// Next stores the values of the next alternative in row, whose length
	// is the number of criteria, and returns the alternative's name. At the
	// end of the rows it returns io.EOF.
	Next(row []float64) (name string, err error)
}

// StreamOptions configures [RankStream].
type StreamOptions struct {
	// Method is a *TOPSIS, *WSM or *WPM, whose Normalization is used (any
	// normalization the method takes in memory), a *MOORA, *MOORARefPoint,
	// *MOORAFMF (Unweighted is used), *SPOTIS (Bounds are used), *MARCOS
	// or *WASPAS (Lambda is used), which take two passes, or a *VIKOR (V
	// is used), *EDAS, *COPRAS, *ARAS, *MABAC or *COCOSO (Lambda is used),
	// which take three; nil means &TOPSIS{}. Other methods are rejected
	// with ErrNotStreamable. The value is only read, never used to score
	// (its Workers field is ignored).
	Method Method
	// Top is the number of best alternatives to return. Zero returns
	// them all, best first, which takes memory proportional to their
	// number; a negative Top returns none, for callers that only want
	// Each.
	Top int
	// Each, if not nil, is called in the last pass, the scoring one, with every
	// alternative's 0-based index, name and score, in input order. An
	// error it returns stops the ranking and is returned.
	Each func(i int, name string, score float64) error
	// UniqueNames makes RankStream reject a repeated alternative name, as
	// NewDecisionMatrix does, with an [*AlternativeError] wrapping
	// [ErrDuplicateName] that names both alternatives, before any score is
	// computed. It keeps a 64-bit hash of every name, 8 bytes per
	// alternative; when two hashes agree, one more pass compares the
	// names themselves, so the check is exact.
	UniqueNames bool
}

// A RankedAlternative is one of the best alternatives of a streamed
// ranking.
type RankedAlternative struct {
	Index int     `json:"index"`       // 0-based position in the source
	Name  string  `json:"alternative"` // name given by the source
	Score float64 `json:"score"`       // the method's score
	// Rank is the 1-based competition rank among all the alternatives, as
	// [Rank] would give it (see [RankScores]).
	Rank int `json:"rank"`
}

// A StreamRanking is the outcome of [RankStream].
type StreamRanking struct {
	Method         string // the method's name
	HigherIsBetter bool   // whether a larger score is better
	Alternatives   int    // number of alternatives read
	// Top holds the best alternatives, best first: the first
	// min(Top, Alternatives) entries of [Ranking.Order] of the in-memory
	// ranking, with their ranks. Tied alternatives (within
	// [TieTolerance]) appear in input order.
	Top []RankedAlternative
}

// RankStream ranks the alternatives of a source too large for memory, such
// as a [CSVReader] over a file, in passes over the rows, with a method
// whose coefficients are aggregates of the passes and whose score is then
// a function of each row alone. TOPSIS, WSM or WPM (any normalization
// they take), the MOORA ratio system, reference point and full
// multiplicative form ([MOORA], [MOORARefPoint], [MOORAFMF]), [SPOTIS]
// (with or without Bounds), [MARCOS] and [WASPAS] take two passes:
//
//  1. Aggregate: read every row, validate it, and fold it into the
//     per-criterion aggregates the method needs (minimum, maximum,
//     Σx, Σx² or Σ1/x), summed in blocks of 4096 rows exactly as the
//     in-memory methods sum them.
//  2. Score: read every row again, score it with the coefficients derived
//     from the aggregates, pass the score to opts.Each and keep the best
//     opts.Top alternatives.
//
// [VIKOR], [EDAS], [COPRAS], [ARAS], [MABAC] and [COCOSO] take a middle
// pass between the two, over the same 4096-row blocks: their coefficients
// also need aggregates of per-row values computed with pass 1's
// (VIKOR's extremes of S and R, EDAS's maxima of SP and SN, COPRAS's
// minimum and sums of S⁻, CoCoSo's extremes and sum of S and P) or column
// sums of values scaled by pass 1's extremes (ARAS's Σ x/x₀, MABAC's
// Σ ln(1 + r)). A value or aggregate they cannot take is the in-memory
// error, naming the same alternative (COPRAS's first S⁻ of zero, CoCoSo's
// first least S) or criterion (EDAS's average).
//
// A column whose plain sums overflow or lose precision (values near the
// limits of float64) takes one more pass to rescale them. The scores are
// bit-for-bit those of the method's Scores on the same data, and the
// returned alternatives and ranks are the first opts.Top of [Rank]'s.
//
// open must yield the same rows each time it is called; a source that is an
// io.Closer is closed after each pass. Rows are validated as by
// [NewDecisionMatrix] and the method, in row order: a NaN or infinite value
// is a [*ValueError] wrapping [ErrNotFinite], a value the method or its
// normalization cannot take a *ValueError wrapping [ErrNegative] or
// [ErrNotPositive] (the error the method returns in memory, naming the
// same alternative and criterion), an empty name an
// [*AlternativeError] wrapping [ErrName], no rows at all [ErrEmpty], and
// bad criteria give the errors of NewDecisionMatrix. Unlike
// NewDecisionMatrix, RankStream checks that names are unique only when
// opts.UniqueNames is set, since that takes memory proportional to the
// rows. A source whose number of rows
// or criteria changes between passes is an error wrapping [ErrShape].
// Errors from the source and from opts.Each are returned wrapped.
//
// Memory is O(criteria) for the aggregates and a block of 4096 rows, plus
// O(opts.Top) (O(alternatives) when opts.Top is 0) for the best alternatives and those whose scores lie within
// 3·TieTolerance of the Top-th best, which a tie may still bring forward
// (none for continuous data; many only if many alternatives have nearly but
// not exactly the same score).
//
// RankStream is built on the exported pieces that let a distributed engine
// such as Beam, Spark or MapReduce run the same passes (see
// examples/beam). Pass 1 is a [ColumnStats] per shard, merged and shipped
// as bytes: minima and maxima combine in any order, and shards of one
// 4096-row block each (or of fewer rows), merged in row order, reproduce
// the single-machine bits (in any other order the sums agree within the
// bound stated at [ColumnStats.Merge]). [ColumnStats.Coefficients] is a small step on the
// driver, whose [StreamCoefficients] are broadcast to the workers (with
// [ErrRescan], one more pass of [ColumnRescan] first). Pass 2 is a map
// that scores each row on its own ([StreamCoefficients.Score]), then a
// merge: each shard keeps its candidates as above (its k best and their
// near ties) and the driver ranks their union, which contains the global
// top k, as RankStream does.
//
// RankStream checks ctx every 4096 rows of every pass and returns
// ctx.Err() wrapped when it is done.
func RankStream(ctx context.Context, open func() (RowSource, error), opts StreamOptions) (*StreamRanking, error) {
	s, err := newStreamer(opts.Method)
	if err != nil {
		return nil, err
	}
	s.ctx = ctx
	if opts.UniqueNames {
		s.unique, s.seed = true, maphash.MakeSeed()
	}
	if err := s.aggregate(open); err != nil {
		return nil, err
	}
	if err := s.checkUnique(open); err != nil {
		return nil, err
	}
	if err := s.prepare(open); err != nil {
		return nil, err
	}
	return s.rank(open, opts)
}

// streamer holds a streamed ranking's state: pass 1 is a ColumnStats fed
// every row, its coefficients score every row in pass 2.
type streamer struct {
	ctx    context.Context
	method Method
	spec   streamSpec
	cs     *ColumnStats
	coef   *StreamCoefficients

	crit  []Criterion
	n     int
	rows  int       // alternatives read in the first pass
	pass  int       // the pass in progress, from 1
	buf   []float64 // one block of rows
	names []string  // their names
	// With UniqueNames: the hash of every name, in the first pass.
	unique bool
	seed   maphash.Seed
	hashes []uint64
}

func newStreamer(method Method) (*streamer, error) {
	sp, err := streamSpecOf(method)
	if err != nil {
		return nil, err
	}
	if method == nil {
		method = &TOPSIS{}
	}
	return &streamer{method: method, spec: sp}, nil
}

// firstValue records the first alternative with an offending value in a
// column; i is -1 while there is none.
type firstValue struct {
	i    int
	name string
	x    float64
}

// streamLocator reports the offending values recorded in the first pass.
type streamLocator struct {
	crit        []Criterion
	neg, nonPos []firstValue
	out         []firstValue // SPOTIS with Bounds: outside them
}

// outside returns the error of SPOTIS.Scores for a value of criterion j
// outside the bounds [lo, hi].
func (l *streamLocator) outside(j int, lo, hi float64) error {
	cause := fmt.Errorf("outside the bounds [%v, %v]: %w", lo, hi, ErrParameter)
	f := l.out[j]
	if f.i < 0 {
		// Only decoded statistics that contradict themselves get here.
		return &CriterionError{Index: j, Name: l.crit[j].Name, Err: fmt.Errorf("a value is %w, but the statistics record none", cause)}
	}
	return &ValueError{Alternative: f.i, AlternativeName: f.name, Criterion: j, CriterionName: l.crit[j].Name, Value: f.x, Err: cause}
}

func (l *streamLocator) locate(j int, cause error) error {
	f := l.nonPos[j]
	if cause == ErrNegative {
		f = l.neg[j]
	}
	if f.i < 0 {
		// Only decoded statistics that contradict themselves get here.
		return &CriterionError{Index: j, Name: l.crit[j].Name, Err: fmt.Errorf("a value is %w, but the statistics record none", cause)}
	}
	return &ValueError{Alternative: f.i, AlternativeName: f.name, Criterion: j, CriterionName: l.crit[j].Name, Value: f.x, Err: cause}
}

// openSource opens the source for the next pass, numbered from 1, and
// checks its criteria against the first pass's.
func (s *streamer) openSource(open func() (RowSource, error)) (RowSource, int, error) {
	s.pass++
	pass := s.pass
	src, err := open()
	if err != nil {
		return nil, pass, fmt.Errorf("mcda: stream: pass %d: %w", pass, err)
	}
	if s.crit == nil {
		return src, pass, nil
	}
	crit := src.Criteria()
	if len(crit) != len(s.crit) {
		closeSource(src)
		return nil, pass, fmt.Errorf("mcda: stream: pass %d: source changed: %w", pass, &ShapeError{What: "criteria", Got: len(crit), Want: len(s.crit)})
	}
	return src, pass, nil
}

func closeSource(src RowSource) {
	if c, ok := src.(io.Closer); ok {
		c.Close()
	}
}

// next reads row i of the given pass into s.buf's slot r.
func (s *streamer) next(src RowSource, pass, i, r int) (bool, error) {
	return s.nextInto(src, pass, i, r, s.buf[r*s.n:r*s.n+s.n])
}

// nextInto reads row i of the given pass into row, and its name into
// s.names[r].
func (s *streamer) nextInto(src RowSource, pass, i, r int, row []float64) (bool, error) {
	if i%blockRows == 0 && s.ctx != nil {
		if err := s.ctx.Err(); err != nil {
			return false, fmt.Errorf("mcda: stream: pass %d: %w", pass, err)
		}
	}
	name, err := src.Next(row)
	if err == io.EOF {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("mcda: stream: pass %d: alternative %d: %w", pass, i, err)
	}
	if name == "" {
		return false, &AlternativeError{Index: i, Err: ErrName}
	}
	s.names[r] = name
	if s.unique && pass == 1 {
		s.hashes = append(s.hashes, maphash.String(s.seed, name))
	}
	return true, nil
}

// aggregate is the first pass: validation and column aggregates, in a
// ColumnStats.
func (s *streamer) aggregate(open func() (RowSource, error)) error {
	src, _, err := s.openSource(open)
	if err != nil {
		return err
	}
	defer closeSource(src)
	cs, err := newColumnStats(s.spec, src.Criteria(), spotisBounds(s.method))
	if err != nil {
		return err
	}
	s.cs, s.crit, s.n = cs, cs.crit, cs.n
	// A whole block at once, which the scoring pass takes over.
	cs.buf = make([]float64, 0, blockRows*s.n)
	s.names = make([]string, blockRows)
	i := 0
	for {
		// The row is read straight into the accumulator's block.
		row := cs.slot()
		ok, err := s.nextInto(src, 1, i, 0, row)
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		if err := cs.add(s.names[0], row, true); err != nil {
			return err
		}
		i++
	}
	if i == 0 {
		return fmt.Errorf("mcda: no alternatives: %w", ErrEmpty)
	}
	s.rows = i
	return nil
}

// prepare validates the aggregates against the method, runs the rescan
// pass if the data need one, and computes the scoring coefficients.
func (s *streamer) prepare(open func() (RowSource, error)) error {
	coef, err := s.cs.Coefficients()
	if errors.Is(err, ErrRescan) {
		var rs *ColumnRescan
		if rs, err = s.cs.Rescan(); err != nil {
			return err
		}
		if err := s.rescan(open, rs); err != nil {
			return err
		}
		if err := s.cs.SetRescan(rs); err != nil {
			return err
		}
		coef, err = s.cs.Coefficients()
	}
	if errors.Is(err, ErrScoreStats) {
		var ss *ScoreStats
		if ss, err = s.cs.ScoreStats(); err != nil {
			return err
		}
		if err := s.middle(open, ss); err != nil {
			return err
		}
		if err := s.cs.SetScoreStats(ss); err != nil {
			return err
		}
		coef, err = s.cs.Coefficients()
	}
	if err != nil {
		return err
	}
	s.coef = coef
	// The accumulator is done with: its block becomes the scoring pass's.
	s.buf = s.cs.buf[:cap(s.cs.buf)]
	s.cs = nil
	return nil
}

// rescan is the extra pass for columns whose sums need rescaling.
func (s *streamer) rescan(open func() (RowSource, error), rs *ColumnRescan) error {
	return s.reread(open, func(_ string, row []float64) error { return rs.Add(row) })
}

// middle is the middle pass of a method that needs one, which it feeds
// every row.
func (s *streamer) middle(open func() (RowSource, error), ss *ScoreStats) error {
	return s.reread(open, ss.Add)
}

// reread reads every row again, in a pass between the first and the
// scoring pass, and gives each with its name to add, checking that the
// source yields as many rows as in the first pass.
func (s *streamer) reread(open func() (RowSource, error), add func(name string, row []float64) error) error {
	src, pass, err := s.openSource(open)
	if err != nil {
		return err
	}
	defer closeSource(src)
	row := make([]float64, s.n)
	i := 0
	for {
		ok, err := s.nextInto(src, pass, i, 0, row)
		if err != nil {
			return err
		}
		if !ok {
			break
		}
		if i >= s.rows {
			return s.changed(pass, i+1)
		}
		if err := add(s.names[0], row); err != nil {
			return err
		}
		i++
	}
	if i != s.rows {
		return s.changed(pass, i)
	}
	return nil
}

func (s *streamer) changed(pass, got int) error {
	return fmt.Errorf("mcda: stream: pass %d: source changed: %w", pass, &ShapeError{What: "rows", Got: got, Want: s.rows})
}

// rank is the scoring pass.
func (s *streamer) rank(open func() (RowSource, error), opts StreamOptions) (*StreamRanking, error) {
	src, pass, err := s.openSource(open)
	if err != nil {
		return nil, err
	}
	defer closeSource(src)
	higher := s.method.HigherIsBetter()
	k := opts.Top
	switch {
	case k == 0:
		k = s.rows
	case k < 0:
		k = 0
	}
	top := topK{k: k, higher: higher}
	n := s.n
	scores := make([]float64, blockRows)
	i, r := 0, 0
	flush := func() error {
		s.coef.scoreBlock(scores[:r], s.buf[:r*n])
		for q, v := range scores[:r] {
			idx := i - r + q
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return &AlternativeError{Index: idx, Name: s.names[q],
					Err: fmt.Errorf("%s score %v overflows; rescale the data: %w", s.method.Name(), v, ErrNotFinite)}
			}
			if opts.Each != nil {
				if err := opts.Each(idx, s.names[q], v); err != nil {
					return fmt.Errorf("mcda: stream: alternative %d: %w", idx, err)
				}
			}
			top.add(idx, s.names[q], v)
		}
		r = 0
		return nil
	}
	for {
		ok, err := s.next(src, pass, i, r)
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		if i >= s.rows {
			return nil, s.changed(pass, i+1)
		}
		i++
		r++
		if r == blockRows {
			if err := flush(); err != nil {
				return nil, err
			}
		}
	}
	if r > 0 {
		if err := flush(); err != nil {
			return nil, err
		}
	}
	if i != s.rows {
		return nil, s.changed(pass, i)
	}
	return &StreamRanking{
		Method:         s.method.Name(),
		HigherIsBetter: higher,
		Alternatives:   s.rows,
		Top:            top.result(),
	}, nil
}

// topK keeps the candidates for the k best alternatives of a stream that
// arrives in index order. heap holds the k best so far by score, then
// index; near holds alternatives pushed out of heap whose scores are within
// 3·TieTolerance of its worst, which a later tie group may still pull back
// ahead of heap members with larger indices.
//
// An arriving alternative no better than the heap's worst is dropped: the
// k members of the heap all come earlier and score at least as well, so
// each precedes it in the ranking's order, within a tie group by index. An
// alternative in near is dropped once it scores below the heap's worst by
// more than 3·TieTolerance: it can then tie with no member of the heap,
// whose k members rank strictly ahead of it.
type topK struct {
	k      int
	higher bool
	heap   []RankedAlternative // Score holds the key: the score, negated when lower is better
	near   []RankedAlternative
	limit  int // prune near when it grows past this
}

// add offers alternative i.
func (t *topK) add(i int, name string, score float64) {
	if t.k == 0 {
		return
	}
	key := score
	if !t.higher {
		key = -key
	}
	c := RankedAlternative{Index: i, Name: name, Score: key}
	if len(t.heap) < t.k {
		t.heap = append(t.heap, c)
		t.up(len(t.heap) - 1)
		return
	}
	if key <= t.heap[0].Score {
		return
	}
	out := t.heap[0]
	t.heap[0] = c
	t.down(0)
	if out.Score >= lowBound(t.heap[0].Score) {
		t.near = append(t.near, out)
		if len(t.near) > t.limit {
			t.prune()
			t.limit = max(2*len(t.near), 64)
		}
	}
}

// lowBound returns the key below which an alternative can tie with no
// alternative whose key is at least y.
func lowBound(y float64) float64 { return y - 3*TieTolerance*math.Abs(y) }

func (t *topK) prune() {
	lb := lowBound(t.heap[0].Score)
	t.near = slices.DeleteFunc(t.near, func(c RankedAlternative) bool { return c.Score < lb })
}

// worse reports whether heap entry a ranks behind b.
func worse(a, b RankedAlternative) bool {
	return a.Score < b.Score || a.Score == b.Score && a.Index > b.Index
}

func (t *topK) up(i int) {
	h := t.heap
	for i > 0 {
		p := (i - 1) / 2
		if !worse(h[i], h[p]) {
			return
		}
		h[i], h[p] = h[p], h[i]
		i = p
	}
}

func (t *topK) down(i int) {
	h := t.heap
	for {
		c := 2*i + 1
		if c >= len(h) {
			return
		}
		if c+1 < len(h) && worse(h[c+1], h[c]) {
			c++
		}
		if !worse(h[c], h[i]) {
			return
		}
		h[i], h[c] = h[c], h[i]
		i = c
	}
}

// result ranks the candidates as RankScores ranks all alternatives and
// returns the k best, best first.
func (t *topK) result() []RankedAlternative {
	if len(t.heap) == 0 {
		return []RankedAlternative{}
	}
	t.prune()
	c := append(t.heap, t.near...)
	slices.SortFunc(c, func(a, b RankedAlternative) int { return a.Index - b.Index })
	scores := make([]float64, len(c))
	for q := range c {
		if !t.higher {
			c[q].Score = -c[q].Score
		}
		scores[q] = c[q].Score
	}
	ranks, order := RankScores(nil, nil, scores, t.higher)
	out := make([]RankedAlternative, min(t.k, len(c)))
	for q := range out {
		out[q] = c[order[q]]
		out[q].Rank = ranks[order[q]]
	}
	return out
}

// CSVFile returns an open function for [RankStream] that reads the CSV
// problem file name (see [ReadCSV] for the format) with a [CSVReader],
// buffered, and closes the file after each pass:
//
//	r, err := mcda.RankStream(ctx, mcda.CSVFile("big.csv"), mcda.StreamOptions{Top: 100})
//
// Errors opening or reading the file name it.
func CSVFile(name string) func() (RowSource, error) {
	return func() (RowSource, error) {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		r, err := NewCSVReader(bufio.NewReaderSize(f, 1<<16))
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return &csvFileSource{r, f}, nil
	}
}

// csvFileSource is a CSVReader over a file it closes.
type csvFileSource struct {
	*CSVReader
	f *os.File
}

func (s *csvFileSource) Close() error { return s.f.Close() }

// checkUnique reports the first repeated name, with UniqueNames: the
// hashes of the first pass, sorted, show which may repeat, and a pass over
// the rows with those hashes compares their names.
func (s *streamer) checkUnique(open func() (RowSource, error)) error {
	if !s.unique {
		return nil
	}
	h := s.hashes
	s.hashes = nil
	slices.Sort(h)
	var twice map[uint64]bool
	for k := 1; k < len(h); k++ {
		if h[k] == h[k-1] {
			if twice == nil {
				twice = map[uint64]bool{}
			}
			twice[h[k]] = true
		}
	}
	if twice == nil {
		return nil
	}
	src, pass, err := s.openSource(open)
	if err != nil {
		return err
	}
	defer closeSource(src)
	row := make([]float64, s.n)
	first := map[string]int{}
	for i := 0; ; i++ {
		name, err := src.Next(row)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("mcda: stream: pass %d: alternative %d: %w", pass, i, err)
		}
		if !twice[maphash.String(s.seed, name)] {
			continue
		}
		if k, dup := first[name]; dup {
			return &AlternativeError{Index: i, Name: name, Err: fmt.Errorf("%w: same as alternative %d", ErrDuplicateName, k)}
		}
		first[name] = i
	}
}
