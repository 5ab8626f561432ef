package mcda

import (
	"bytes"
	"fmt"
	"math"
)

// streamKind identifies a method that can be ranked in a stream, in
// [ColumnStats], [StreamCoefficients] and their encodings. To stream another
// method whose pass 1 is column aggregates and pass 2 a score per row, add
// a kind here and its cases in streamSpecOf and specMethod; a method that
// scores with its own coefficients (streamKind.scored) factors a prepare
// (aggregates to coefficients) and a score (rows to scores) out of its
// Scores and adds cases in scoredCoefficients, StreamCoefficients.scoreBlock
// and the encoding (appendScorer, decoder.scorer), and its own value checks
// in ColumnStats.check. ColumnStats, its merging and rescan need no change.
// Methods whose coefficients need a middle pass over aggregates of the
// normalized values (ARAS, VIKOR, EDAS, COPRAS, CoCoSo, MABAC) have kinds
// that are middle(): their passes are scorePasses, made in
// middlePass and run by a ScoreStats, and their coefficients
// encode the ScoreStats's state (appendMiddle). WASPAS, VIKOR and CoCoSo
// also keep their parameter in the spec.
type streamKind uint8

const (
	streamTOPSIS streamKind = 1 + iota
	streamWSM
	streamWPM
	streamMOORA
	streamMOORARefPoint
	streamMOORAFMF
	streamMOORAFMFUnweighted // MOORAFMF with Unweighted set
	streamSPOTIS             // SPOTIS with nil Bounds
	streamMARCOS
	streamWASPAS
	streamSPOTISBounded // SPOTIS with Bounds, kept by ColumnStats
	// The methods below need a middle pass over aggregates of per-row
	// values or of values transformed with pass 1's statistics (see
	// scorePass), which a ScoreStats accumulates.
	streamVIKOR // lambda holds v
	streamEDAS
	streamCOPRAS
	streamARAS
	streamMABAC
	streamCOCOSO // lambda holds λ
)

// middle reports whether the kind needs a middle pass (see scorePass).
func (k streamKind) middle() bool { return k >= streamVIKOR }

// hasLambda reports whether the spec's lambda is a parameter of the
// method.
func (k streamKind) hasLambda() bool {
	return k == streamWASPAS || k == streamVIKOR || k == streamCOCOSO
}

// scored reports whether the kind scores with a method's own rowScorer
// (see StreamCoefficients.sc) rather than with normalization transforms.
func (k streamKind) scored() bool { return k >= streamMOORA }

// streamSpec is what a streamed ranking needs to know of its method.
type streamSpec struct {
	kind  streamKind
	k     Normalization // never NormalizationDefault
	ratio bool          // weighted product: costs as 1/x, values > 0
	// lambda is WASPAS's and CoCoSo's λ or VIKOR's v, in [0, 1]; 0 for
	// the other methods.
	lambda float64
}

// streamSpecOf returns the spec of method, nil meaning &TOPSIS{}. Methods
// that cannot stream are ErrNotStreamable; a normalization the method does
// not take is the method's error.
func streamSpecOf(method Method) (streamSpec, error) {
	if method == nil {
		method = &TOPSIS{}
	}
	var sp streamSpec
	var err error
	switch mt := method.(type) {
	case *TOPSIS:
		sp.kind = streamTOPSIS
		sp.k, err = mt.norm()
	case *WSM:
		sp.kind = streamWSM
		sp.k, err = mt.norm()
	case *WPM:
		sp.kind, sp.ratio = streamWPM, true
		sp.k, err = mt.norm()
	case *MOORA:
		sp.kind, sp.k = streamMOORA, NormalizationVector
	case *MOORARefPoint:
		sp.kind, sp.k = streamMOORARefPoint, NormalizationVector
	case *MOORAFMF:
		// ratio: every value must be positive, as for WPM.
		sp.kind, sp.k, sp.ratio = streamMOORAFMF, NormalizationVector, true
		if mt.Unweighted {
			sp.kind = streamMOORAFMFUnweighted
		}
	case *SPOTIS:
		// MinMax: the extremes only, and no value rejected.
		sp.kind, sp.k = streamSPOTIS, NormalizationMinMax
		if mt.Bounds != nil {
			sp.kind = streamSPOTISBounded
		}
	case *MARCOS:
		// MinMax: the extremes only; MARCOS checks its values itself.
		sp.kind, sp.k = streamMARCOS, NormalizationMinMax
	case *WASPAS:
		// Max: WASPAS's normalization; it checks its values itself.
		sp.kind, sp.k = streamWASPAS, NormalizationMax
		sp.lambda, err = lambdaParam(mt.Name(), mt.Lambda)
	case *VIKOR:
		sp.kind, sp.k = streamVIKOR, NormalizationMinMax
		sp.lambda, err = mt.v()
	case *EDAS:
		// None: no sign condition; the averages need Σx (see needs).
		sp.kind, sp.k = streamEDAS, NormalizationNone
	case *COPRAS:
		// Sum, of the criteria as benefits (see normCriteria).
		sp.kind, sp.k = streamCOPRAS, NormalizationSum
	case *ARAS:
		// Max: the extremes only, and Max's sign conditions, which are
		// ARAS's.
		sp.kind, sp.k = streamARAS, NormalizationMax
	case *MABAC:
		sp.kind, sp.k = streamMABAC, NormalizationMinMax
	case *COCOSO:
		sp.kind, sp.k = streamCOCOSO, NormalizationMinMax
		sp.lambda, err = lambdaParam(mt.Name(), mt.Lambda)
	default:
		return sp, fmt.Errorf("mcda: stream: %s: %w (want %s)", method.Name(), ErrNotStreamable, streamableNames)
	}
	return sp, err
}

// streamableNames lists the methods that stream, for errors.
const streamableNames = "topsis, wsm, wpm, moora, moora-rp, moora-fmf, spotis, marcos, waspas, vikor, edas, copras, aras, mabac or cocoso"

// normCriteria returns the criteria the spec's normalization sees: COPRAS
// normalizes every column by its sum, a cost's too.
func (sp streamSpec) normCriteria(crit []Criterion) []Criterion {
	if sp.kind == streamCOPRAS {
		return coprasView(nil, crit)
	}
	return crit
}

// needs returns the column sums pass 1 folds for the spec.
func (sp streamSpec) needs(crit []Criterion) aggs {
	if sp.kind == streamEDAS {
		return aggSum
	}
	return needs(sp.k, sp.normCriteria(crit))
}

// plan plans the rescans of st for the spec (see colStats.plan).
func (sp streamSpec) plan(st *colStats, crit []Criterion) bool {
	if sp.kind == streamEDAS {
		return st.planMean(crit)
	}
	return st.plan(sp.k, sp.normCriteria(crit))
}

// specMethod returns a method value of the spec's kind and normalization
// (and λ), for its name and direction and to check a decoded spec.
func specMethod(sp streamSpec) (Method, error) {
	kind, k := sp.kind, sp.k
	switch kind {
	case streamTOPSIS:
		return &TOPSIS{Normalization: k}, nil
	case streamWSM:
		return &WSM{Normalization: k}, nil
	case streamWPM:
		return &WPM{Normalization: k}, nil
	case streamMOORA:
		return &MOORA{}, nil
	case streamMOORARefPoint:
		return &MOORARefPoint{}, nil
	case streamMOORAFMF:
		return &MOORAFMF{}, nil
	case streamMOORAFMFUnweighted:
		return &MOORAFMF{Unweighted: true}, nil
	case streamSPOTIS:
		return &SPOTIS{}, nil
	case streamSPOTISBounded:
		// Bounds stand for the accumulator's own, which the spec does not
		// hold.
		return &SPOTIS{Bounds: [][2]float64{}}, nil
	case streamMARCOS:
		return &MARCOS{}, nil
	case streamWASPAS:
		l := sp.lambda
		return &WASPAS{Lambda: &l}, nil
	case streamVIKOR:
		v := sp.lambda
		return &VIKOR{V: &v}, nil
	case streamEDAS:
		return &EDAS{}, nil
	case streamCOPRAS:
		return &COPRAS{}, nil
	case streamARAS:
		return &ARAS{}, nil
	case streamMABAC:
		return &MABAC{}, nil
	case streamCOCOSO:
		l := sp.lambda
		return &COCOSO{Lambda: &l}, nil
	}
	return nil, fmt.Errorf("mcda: stream: method %d: %w", kind, ErrNotStreamable)
}

// A ColumnStats accumulates the per-criterion statistics that pass 1 of a
// streamed ranking collects ([RankStream]): the minimum, maximum and the
// sums (Σx, Σx² or Σ1/x) the method's normalization needs, for [TOPSIS]
// (every normalization), [WSM], [WPM], the MOORA ratio system ([MOORA]),
// reference point ([MOORARefPoint]) and full multiplicative form
// ([MOORAFMF]), [SPOTIS] (with or without Bounds), [MARCOS] and [WASPAS],
// and of [VIKOR], [EDAS], [COPRAS], [ARAS], [MABAC] and [COCOSO], whose
// coefficients also need a middle pass ([ScoreStats]).
// It is the accumulator a distributed engine combines: workers add the rows of their shards
// ([ColumnStats.Add]), the accumulators are merged ([ColumnStats.Merge])
// and shipped as bytes ([ColumnStats.MarshalBinary]), and the last one turns into
// [StreamCoefficients] with [ColumnStats.Coefficients], which are broadcast
// to score every row in pass 2.
//
// Rows are validated as RankStream validates them: Add rejects an empty
// name and a NaN or infinite value at once, and records the first negative
// and the first non-positive value of each criterion, with the
// alternative's index and name, so that Check and Coefficients report a
// value the method or its normalization cannot take as the in-memory
// method does, with a [*ValueError] naming the first offending alternative. Indices count the
// rows added, from 0; a merged accumulator's rows follow the receiver's.
//
// Sums are accumulated as the in-memory methods accumulate them: rows are
// kept until they fill a block of 4096, whose sums are computed from zero
// in row order and added to the totals in block order. Adding rows one at a
// time to one accumulator therefore gives the bits of the in-memory
// methods; merging gives them when the blocks are the same and are added in
// the same order (see [ColumnStats.Merge]).
//
// Memory is O(4096·n) for n criteria: the rows of the block in progress.
// The zero value is not usable; use [NewColumnStats]. A ColumnStats must
// not be used concurrently.
type ColumnStats struct {
	spec   streamSpec
	crit   []Criterion // as given, validated
	w      []float64   // normalized weights
	n      int
	need   aggs
	rows   int       // rows added, including those merged
	blocks int       // blocks folded into st
	st     colStats  // totals of the folded blocks
	buf    []float64 // rows of the block in progress, fewer than blockRows
	loc    streamLocator
	rescan *ColumnRescan // set by SetRescan
	score  *ScoreStats   // set by SetScoreStats
	bounds [][2]float64  // SPOTIS's Bounds, for streamSPOTISBounded

	mn, mx, sum, sq, inv []float64 // block scratch
}

// NewColumnStats returns an empty accumulator for ranking rows with the
// given criteria by method: a *TOPSIS, *WSM or *WPM, whose Normalization is
// used, a *MOORA, *MOORARefPoint, *MOORAFMF (Unweighted is used), *SPOTIS
// (Bounds are copied; their length must be the number of criteria),
// *MARCOS or *WASPAS (Lambda is used), a *VIKOR (V is used), *EDAS,
// *COPRAS, *ARAS, *MABAC or *COCOSO (Lambda is used); nil means
// &TOPSIS{}. The value is only read (Workers is ignored). Other methods are rejected with
// [ErrNotStreamable], a normalization or λ the method does not take with
// its error, and bad criteria with the errors of [NewDecisionMatrix].
// With SPOTIS's Bounds, the first value outside them is recorded too, and
// bounds that are not finite with min < max are Check's error, as they
// are the in-memory Scores'.
func NewColumnStats(method Method, criteria []Criterion) (*ColumnStats, error) {
	sp, err := streamSpecOf(method)
	if err != nil {
		return nil, err
	}
	return newColumnStats(sp, criteria, spotisBounds(method))
}

// spotisBounds returns a copy of the Bounds of a *SPOTIS, nil for other
// methods.
func spotisBounds(method Method) [][2]float64 {
	if s, ok := method.(*SPOTIS); ok && s.Bounds != nil {
		return append([][2]float64{}, s.Bounds...)
	}
	return nil
}

func newColumnStats(sp streamSpec, criteria []Criterion, bounds [][2]float64) (*ColumnStats, error) {
	shell, err := newShell([]string{"_"}, criteria)
	if err != nil {
		return nil, err
	}
	n := len(criteria)
	if sp.kind == streamSPOTISBounded && len(bounds) != n {
		return nil, fmt.Errorf("mcda: spotis: %w", &ShapeError{What: "bounds", Got: len(bounds), Want: n})
	}
	s := &ColumnStats{
		spec: sp,
		crit: shell.criteria,
		w:    shell.Weights(nil),
		n:    n,
		need: sp.needs(shell.criteria),
		loc:  streamLocator{crit: shell.criteria, neg: make([]firstValue, n), nonPos: make([]firstValue, n)},
	}
	for j := range n {
		s.loc.neg[j].i, s.loc.nonPos[j].i = -1, -1
	}
	if sp.kind == streamSPOTISBounded {
		s.bounds = bounds
		s.loc.out = make([]firstValue, n)
		for j := range n {
			s.loc.out[j].i = -1
		}
	}
	s.st.start(n)
	return s, nil
}

// Criteria returns a copy of the criteria.
func (s *ColumnStats) Criteria() []Criterion { return append([]Criterion(nil), s.crit...) }

// Rows returns the number of rows added, including those of merged
// accumulators.
func (s *ColumnStats) Rows() int { return s.rows }

// Add adds the row of alternative name, one value per criterion. It
// returns an [*AlternativeError] wrapping [ErrName] for an empty name, a
// [*ValueError] wrapping [ErrNotFinite] for a NaN or infinite value (the
// row is then not added), and a [*ShapeError] if len(row) is not the
// number of criteria. It allocates only while the first block fills.
func (s *ColumnStats) Add(name string, row []float64) error {
	if len(row) != s.n {
		return &AlternativeError{Index: s.rows, Name: name, Err: &ShapeError{What: "values", Got: len(row), Want: s.n}}
	}
	return s.add(name, row, false)
}

// slot returns room for the next row at the end of the block in progress,
// within its capacity, for a caller that reads the row there and then
// calls add with inPlace set. It returns nil when there is no room.
func (s *ColumnStats) slot() []float64 {
	k := len(s.buf)
	if cap(s.buf)-k < s.n {
		return nil
	}
	return s.buf[k : k+s.n]
}

// add validates and adds row, which is slot() when inPlace is set.
func (s *ColumnStats) add(name string, row []float64, inPlace bool) error {
	i := s.rows
	if name == "" {
		return &AlternativeError{Index: i, Err: ErrName}
	}
	plain := true // every value positive and finite, the common case
	for _, x := range row {
		if !(x > 0 && x <= math.MaxFloat64) {
			plain = false
			break
		}
	}
	if !plain {
		if err := s.record(i, name, row); err != nil {
			return err
		}
	}
	if s.bounds != nil {
		s.recordOut(i, name, row)
	}
	if inPlace {
		s.buf = s.buf[:len(s.buf)+s.n]
	} else {
		s.buf = append(s.buf, row...)
	}
	s.rows++
	s.rescan, s.score = nil, nil
	if len(s.buf) == blockRows*s.n {
		s.flush()
	}
	return nil
}

// record rejects a row with a NaN or infinite value and records the first
// negative and non-positive values of each criterion.
func (s *ColumnStats) record(i int, name string, row []float64) error {
	for j, x := range row {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return &ValueError{Alternative: i, AlternativeName: name, Criterion: j, CriterionName: s.crit[j].Name, Value: x, Err: ErrNotFinite}
		}
	}
	for j, x := range row {
		if x <= 0 {
			if x < 0 && s.loc.neg[j].i < 0 {
				s.loc.neg[j] = firstValue{i, name, x}
			}
			if s.loc.nonPos[j].i < 0 {
				s.loc.nonPos[j] = firstValue{i, name, x}
			}
		}
	}
	return nil
}

// recordOut records the first value of each criterion outside SPOTIS's
// bounds.
func (s *ColumnStats) recordOut(i int, name string, row []float64) {
	for j, x := range row {
		if b := s.bounds[j]; (x < b[0] || x > b[1]) && s.loc.out[j].i < 0 {
			s.loc.out[j] = firstValue{i, name, x}
		}
	}
}

// flush folds the block in progress into the totals.
func (s *ColumnStats) flush() {
	n := s.n
	if s.mn == nil {
		s.mn, s.mx, s.sum, s.sq, s.inv = make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n)
	}
	blockAggs(s.mn, s.mx, s.sum, s.sq, s.inv, s.buf, s.need)
	s.st.fold(s.blocks == 0, s.mn, s.mx, s.sum, s.sq, s.inv, s.need)
	s.blocks++
	s.buf = s.buf[:0]
}

// Merge adds the rows of t after those of s; t is not changed. Both must
// have been made for the same method, normalization and criteria, or Merge
// returns an error wrapping [ErrShape]. A rescan set on s is dropped.
//
// Minima and maxima merge exactly in any order. The sums are exactly those
// of adding t's rows to s one by one (and so the in-memory methods' bits,
// when every row ends up added in order) when t holds fewer than 4096 rows,
// whose values t keeps and s takes over, or when s holds a multiple of 4096
// rows and t fewer than 2·4096: then t's one full block is folded as s
// would have folded it. Merging, in row order, accumulators that each hold
// one 4096-row block (the last may hold fewer rows) is therefore exact.
//
// Any other grouping adds the same values in another order, and each sum
// is within (m−1)·u·Σ|x| of the exact sum for m rows (u = 2⁻⁵³; Higham,
// Accuracy and Stability of Numerical Algorithms, 2002, §4.2), as is the
// in-memory one, so the two differ by at most 2(m−1)·u·Σ|x|: relatively,
// 2(m−1)·u for the Σx² of TOPSIS's vector norm and for sums of values of
// one sign. When every merged accumulator holds whole blocks only the
// additions of the B block sums are regrouped, and the bound is
// 2(B−1)·u·Σ_b|S_b|. A relative change δ of a column's sum changes that
// column's normalized values by at most about δ relatively (δ/2 for the
// vector norm), so a WSM score by at most δ·Σ_j w_j·|r_ij| and a TOPSIS
// closeness, a ratio of distances, by a few δ; min-max and max
// normalization use no sums and give the same bits in any order.
func (s *ColumnStats) Merge(t *ColumnStats) error {
	if err := s.compatible(t); err != nil {
		return err
	}
	if t.rows == 0 {
		return nil
	}
	if s == t {
		t = t.clone()
	}
	s.rescan, s.score = nil, nil
	off := s.rows
	for j := range s.n {
		if s.loc.neg[j].i < 0 && t.loc.neg[j].i >= 0 {
			s.loc.neg[j] = t.loc.neg[j]
			s.loc.neg[j].i += off
		}
		if s.loc.nonPos[j].i < 0 && t.loc.nonPos[j].i >= 0 {
			s.loc.nonPos[j] = t.loc.nonPos[j]
			s.loc.nonPos[j].i += off
		}
		if s.loc.out != nil && s.loc.out[j].i < 0 && t.loc.out[j].i >= 0 {
			s.loc.out[j] = t.loc.out[j]
			s.loc.out[j].i += off
		}
	}
	if t.blocks == 0 {
		n := s.n
		for r := 0; r < len(t.buf); r += n {
			s.buf = append(s.buf, t.buf[r:r+n]...)
			s.rows++
			if len(s.buf) == blockRows*n {
				s.flush()
			}
		}
		return nil
	}
	if len(s.buf) > 0 {
		s.flush()
	}
	s.st.fold(s.blocks == 0, t.st.min, t.st.max, t.st.sum, t.st.sumSq, t.st.sumInv, s.need)
	s.blocks += t.blocks
	s.rows += t.rows
	s.buf = append(s.buf[:0], t.buf...)
	return nil
}

// compatible reports an error unless t was made for the same method,
// normalization and criteria as s.
func (s *ColumnStats) compatible(t *ColumnStats) error {
	if s.spec != t.spec {
		return fmt.Errorf("mcda: merge: statistics of %v/%v and %v/%v: %w", s.method().Name(), s.spec.k, t.method().Name(), t.spec.k, ErrShape)
	}
	if len(s.crit) != len(t.crit) {
		return fmt.Errorf("mcda: merge: %w", &ShapeError{What: "criteria", Got: len(t.crit), Want: len(s.crit)})
	}
	for j, b := range s.bounds {
		d := t.bounds[j]
		if math.Float64bits(b[0]) != math.Float64bits(d[0]) || math.Float64bits(b[1]) != math.Float64bits(d[1]) {
			return fmt.Errorf("mcda: merge: criterion %d: spotis bounds %v here and %v there: %w", j, b, d, ErrShape)
		}
	}
	for j, c := range s.crit {
		d := t.crit[j]
		if c.Name != d.Name || c.Objective != d.Objective || math.Float64bits(c.Weight) != math.Float64bits(d.Weight) {
			return fmt.Errorf("mcda: merge: criterion %d is %q (%v, weight %v) here and %q (%v, weight %v) there: %w",
				j, c.Name, c.Objective, c.Weight, d.Name, d.Objective, d.Weight, ErrShape)
		}
	}
	return nil
}

func (s *ColumnStats) method() Method {
	m, _ := specMethod(s.spec)
	return m
}

// clone returns a deep copy of s's state.
func (s *ColumnStats) clone() *ColumnStats {
	c := *s
	c.st = colStats{}
	c.st.reset(s.n)
	copy(c.st.min, s.st.min)
	copy(c.st.max, s.st.max)
	copy(c.st.sum, s.st.sum)
	copy(c.st.sumSq, s.st.sumSq)
	copy(c.st.sumInv, s.st.sumInv)
	c.buf = append([]float64(nil), s.buf...)
	c.loc.neg = append([]firstValue(nil), s.loc.neg...)
	c.loc.nonPos = append([]firstValue(nil), s.loc.nonPos...)
	if s.loc.out != nil {
		c.loc.out = append([]firstValue(nil), s.loc.out...)
	}
	c.mn, c.mx, c.sum, c.sq, c.inv = nil, nil, nil, nil, nil
	return &c
}

// totals returns the aggregates of every row added, the block in progress
// folded in as a last block, without changing s.
func (s *ColumnStats) totals() *colStats {
	n := s.n
	t := &colStats{}
	t.reset(n)
	copy(t.min, s.st.min)
	copy(t.max, s.st.max)
	copy(t.sum, s.st.sum)
	copy(t.sumSq, s.st.sumSq)
	copy(t.sumInv, s.st.sumInv)
	if len(s.buf) > 0 {
		p := make([]float64, 5*n)
		mn, mx, sum, sq, inv := p[:n], p[n:2*n], p[2*n:3*n], p[3*n:4*n], p[4*n:]
		blockAggs(mn, mx, sum, sq, inv, s.buf, s.need)
		t.fold(s.blocks == 0, mn, mx, sum, sq, inv, s.need)
	}
	return t
}

// check validates the totals against the method: the errors the in-memory
// method returns for values it cannot take.
func (s *ColumnStats) check(st *colStats) error {
	if s.rows == 0 {
		return fmt.Errorf("mcda: no alternatives: %w", ErrEmpty)
	}
	if s.spec.ratio {
		if err := checkPositive(st, &s.loc); err != nil {
			return err
		}
	}
	switch s.spec.kind {
	case streamMARCOS:
		_, err := marcosOf(st, s.crit, append([]float64(nil), s.w...), &s.loc)
		return err
	case streamWASPAS:
		return waspasCheck(st, s.crit, s.spec.lambda, &s.loc)
	case streamSPOTISBounded:
		r := &SPOTIS{Bounds: s.bounds}
		return r.prepare(st, s.crit, append([]float64(nil), s.w...), s.loc.outside)
	}
	return st.check(s.spec.k, s.spec.normCriteria(s.crit), s.spec.ratio, &s.loc)
}

// marcosOf returns a MARCOS prepared, as its Scores prepares it, from the
// extremes in st and the normalized weights w, which it keeps; a value it
// cannot take is located by loc (nil: the values were checked).
func marcosOf(st *colStats, crit []Criterion, w []float64, loc locator) (*MARCOS, error) {
	r := &MARCOS{}
	r.st.min, r.st.max = append([]float64(nil), st.min...), append([]float64(nil), st.max...)
	if loc == nil {
		loc = noLocator{}
	}
	if err := r.prepare(&r.st, crit, w, loc); err != nil {
		return nil, err
	}
	return r, nil
}

// noLocator is the locator of values already checked.
type noLocator struct{}

func (noLocator) locate(j int, cause error) error {
	return fmt.Errorf("mcda: criterion %d: %w", j, cause)
}

// Check returns the error [ColumnStats.Coefficients] would return for the
// rows added so far other than [ErrRescan]: an error wrapping [ErrEmpty]
// for no rows, and a [*ValueError] wrapping [ErrNegative] or
// [ErrNotPositive] for the first value, by criterion and then by row, that
// the normalization (or WPM) cannot take. A worker can check its shard
// before shipping it: a value rejected in a shard is rejected in the whole.
func (s *ColumnStats) Check() error { return s.check(s.totals()) }

// Coefficients validates the statistics (see [ColumnStats.Check]) and
// returns the coefficients that score every row in pass 2. A column whose
// plain sums overflow or lose precision (values near the limits of float64)
// needs one more pass over the rows: then Coefficients returns an error
// wrapping [ErrRescan], and the caller runs [ColumnStats.Rescan],
// [ColumnStats.SetRescan] and Coefficients again. A method with a middle
// pass then returns an error wrapping [ErrScoreStats] until the caller has
// run [ColumnStats.ScoreStats] over every row and
// [ColumnStats.SetScoreStats]; its coefficients are then the method's,
// and an aggregate it cannot take is its in-memory error, naming the
// same alternative (COPRAS's first S⁻ of zero, CoCoSo's first least S).
// It does not change s.
func (s *ColumnStats) Coefficients() (*StreamCoefficients, error) {
	st, err := s.checked()
	if err != nil {
		return nil, err
	}
	if s.spec.kind.middle() {
		if s.score == nil {
			return nil, fmt.Errorf("mcda: stream: %s: %w", s.method().Name(), ErrScoreStats)
		}
		return s.score.coefficients()
	}
	if s.spec.kind.scored() {
		return scoredCoefficients(s.spec, append([]float64(nil), s.w...), st, s.crit, s.rows, s.bounds)
	}
	ts := make([]transform, s.n)
	if err := st.transforms(ts, s.spec.k, s.crit, s.rows, s.spec.ratio); err != nil {
		return nil, err
	}
	return newStreamCoefficients(s.spec, append([]float64(nil), s.w...), ts, st.min, st.max)
}

// Rescan returns an empty accumulator for the extra pass that
// [ColumnStats.Coefficients] asks for with [ErrRescan]: every row, added
// again with [ColumnRescan.Add] (in any order, on any number of merged
// accumulators), then given to [ColumnStats.SetRescan]. It returns nil
// when no pass is needed, and the errors of [ColumnStats.Check].
func (s *ColumnStats) Rescan() (*ColumnRescan, error) {
	st := s.totals()
	if err := s.check(st); err != nil {
		return nil, err
	}
	if !s.spec.plan(st, s.crit) {
		return nil, nil
	}
	return &ColumnRescan{
		kind: append([]rescanKind(nil), st.rk...),
		f:    append([]float64(nil), st.rf...),
		acc:  make([]float64, s.n),
	}, nil
}

// SetRescan gives s the sums of the extra pass, r made by
// [ColumnStats.Rescan] of s (or of a copy of its state) holding every row.
// It returns an error wrapping [ErrShape] if r holds another number of
// rows or was planned for other statistics.
func (s *ColumnStats) SetRescan(r *ColumnRescan) error {
	if r.rows != s.rows {
		return fmt.Errorf("mcda: rescan: %w", &ShapeError{What: "rows", Got: r.rows, Want: s.rows})
	}
	st := s.totals()
	s.spec.plan(st, s.crit)
	if len(r.kind) != s.n {
		return fmt.Errorf("mcda: rescan: %w", &ShapeError{What: "criteria", Got: len(r.kind), Want: s.n})
	}
	for j := range s.n {
		if r.kind[j] != st.rk[j] || math.Float64bits(r.f[j]) != math.Float64bits(st.rf[j]) {
			return fmt.Errorf("mcda: rescan: criterion %d: planned for other statistics: %w", j, ErrShape)
		}
	}
	s.rescan = &ColumnRescan{kind: r.kind, f: r.f, acc: append([]float64(nil), r.acc...), rows: r.rows}
	s.score = nil
	return nil
}

// ScoreStats returns an empty accumulator for the middle pass of a method
// that needs one ([VIKOR], [EDAS], [COPRAS], [ARAS], [MABAC], [COCOSO]),
// made from the statistics of every row added: every row, added again
// with [ScoreStats.Add] (in order, on any number of accumulators merged in
// order), is then given to [ColumnStats.SetScoreStats]. It returns nil for
// the other methods, the errors of [ColumnStats.Check], an error wrapping
// [ErrRescan] when the rescan pass is still to be set, and a method's
// error for statistics it cannot take (EDAS's average of a column that
// is not positive).
func (s *ColumnStats) ScoreStats() (*ScoreStats, error) {
	if !s.spec.kind.middle() {
		return nil, nil
	}
	st, err := s.checked()
	if err != nil {
		return nil, err
	}
	return newScoreStats(s.spec, s.crit, s.rows, st)
}

// checked returns the totals, checked, with their rescans.
func (s *ColumnStats) checked() (*colStats, error) {
	st := s.totals()
	if err := s.check(st); err != nil {
		return nil, err
	}
	if s.spec.plan(st, s.crit) {
		if s.rescan == nil {
			return nil, fmt.Errorf("mcda: stream: %w", ErrRescan)
		}
		copy(st.racc, s.rescan.acc)
	}
	return st, nil
}

// SetScoreStats gives s the middle pass, t made by [ColumnStats.ScoreStats]
// of s (or of a copy of its state) holding every row. It returns an error
// wrapping [ErrShape] if t holds another number of rows or was made from
// other statistics, and the errors of ScoreStats.
func (s *ColumnStats) SetScoreStats(t *ScoreStats) error {
	if t == nil || t.acc == nil {
		return errZeroScoreStats
	}
	if !s.spec.kind.middle() {
		return fmt.Errorf("mcda: score stats: %s has no middle pass: %w", s.method().Name(), ErrShape)
	}
	st, err := s.checked()
	if err != nil {
		return err
	}
	if !bytes.Equal(appendStats(nil, s.spec, s.crit, s.rows, st), t.key) {
		return fmt.Errorf("mcda: score stats: made from other column statistics: %w", ErrShape)
	}
	if t.Rows() != s.rows {
		return fmt.Errorf("mcda: score stats: %w", &ShapeError{What: "rows", Got: t.Rows(), Want: s.rows})
	}
	c, err := t.clone()
	if err != nil {
		return err
	}
	s.score = c
	return nil
}

// A ColumnRescan accumulates the extra pass of a streamed ranking whose
// column sums overflow or lose precision in plain arithmetic (values near
// the limits of float64): each such column's sum of x·f, (x/f)² or 1/(x·f)
// with an exact power-of-two scale f chosen from its minimum and maximum.
// It is made by [ColumnStats.Rescan]. Its sums are added in row order, as
// the in-memory methods add them, so one accumulator fed every row in
// order gives their bits; merged accumulators agree within the bound of
// [ColumnStats.Merge]. Its memory is O(n). A ColumnRescan must not be used
// concurrently.
type ColumnRescan struct {
	kind []rescanKind
	f    []float64
	acc  []float64
	rows int
}

// Add adds one row's terms. It returns a [*ShapeError] if len(row) is not
// the number of criteria.
func (r *ColumnRescan) Add(row []float64) error {
	if len(row) != len(r.kind) {
		return &ShapeError{What: "values", Got: len(row), Want: len(r.kind)}
	}
	for j, k := range r.kind {
		if k != rescanNone {
			r.acc[j] += k.term(row[j], r.f[j])
		}
	}
	r.rows++
	return nil
}

// Rows returns the number of rows added, including those merged.
func (r *ColumnRescan) Rows() int { return r.rows }

// Merge adds t's sums to r's. It returns an error wrapping [ErrShape] if
// they were planned for different statistics.
func (r *ColumnRescan) Merge(t *ColumnRescan) error {
	if len(r.kind) != len(t.kind) {
		return fmt.Errorf("mcda: rescan merge: %w", &ShapeError{What: "criteria", Got: len(t.kind), Want: len(r.kind)})
	}
	for j := range r.kind {
		if r.kind[j] != t.kind[j] || math.Float64bits(r.f[j]) != math.Float64bits(t.f[j]) {
			return fmt.Errorf("mcda: rescan merge: criterion %d: planned for other statistics: %w", j, ErrShape)
		}
	}
	for j, v := range t.acc {
		r.acc[j] += v
	}
	r.rows += t.rows
	return nil
}

// StreamCoefficients are what pass 2 of a streamed ranking needs to score a
// row on its own: the method, the per-criterion transforms of its
// normalization and the weights, derived from a [ColumnStats] by
// [ColumnStats.Coefficients]. They are small, O(n) for n criteria, encode
// exactly ([StreamCoefficients.MarshalBinary]) to be broadcast to the
// workers, and are safe for concurrent use. Each row's score is bit-for-bit
// the in-memory method's score of that row when the statistics are.
type StreamCoefficients struct {
	spec   streamSpec
	method Method
	w      []float64
	ts     []transform
	mn, mx []float64 // TOPSIS: the column extremes, for the ideals
	tc     *topsisCoef
	wc     *wsmCoef
	pc     *wpmCoef
	// sc is the scorer of a method that scores with its own coefficients
	// (streamKind.scored): a *MOORA, *MOORARefPoint, *wpmCoef (MOORAFMF)
	// or *SPOTIS whose prepare set them, the code of its in-memory Scores.
	sc rowScorer
	// mid is the finished ScoreStats of a middle() kind, whose pass is
	// sc.
	mid *ScoreStats
}

// scoredCoefficients returns the coefficients of a kind that scores with
// the method's own scorer, prepared from the checked (and rescanned)
// aggregates st of rows alternatives and the normalized weights w, as the
// method's in-memory Scores prepares them.
func scoredCoefficients(sp streamSpec, w []float64, st *colStats, crit []Criterion, rows int, bounds [][2]float64) (*StreamCoefficients, error) {
	m, err := specMethod(sp)
	if err != nil {
		return nil, err
	}
	c := &StreamCoefficients{spec: sp, method: m, w: w}
	wk := append([]float64(nil), w...) // the scorer's own copy
	switch sp.kind {
	case streamMOORA:
		r := &MOORA{}
		r.prepare(st, crit, wk, rows)
		c.sc = r
	case streamMOORARefPoint:
		r := &MOORARefPoint{}
		r.prepare(st, crit, wk, rows, nil)
		c.sc = r
	case streamMOORAFMF, streamMOORAFMFUnweighted:
		p := &wpmCoef{}
		p.prepareFMF(st, crit, wk, sp.kind == streamMOORAFMFUnweighted)
		c.sc = p
	case streamSPOTIS, streamSPOTISBounded:
		r := &SPOTIS{Bounds: bounds}
		if err := r.prepare(st, crit, wk, nil); err != nil {
			return nil, err
		}
		c.sc = r
	case streamMARCOS:
		r, err := marcosOf(st, crit, wk, nil)
		if err != nil {
			return nil, err
		}
		c.sc = r
	case streamWASPAS:
		ts := make([]transform, len(crit))
		if err := st.transforms(ts, NormalizationMax, crit, rows, false); err != nil {
			return nil, err
		}
		r := &waspasCoef{l: sp.lambda, mx: append([]float64(nil), st.max...), zero: make([]bool, len(crit)), kill: make([]bool, len(crit))}
		for j, cr := range crit {
			r.zero[j] = cr.Objective == ObjectiveBenefit
			r.kill[j] = r.zero[j] && cr.Weight > 0
		}
		waspasPrepare(&r.fs, &r.fp, ts, wk)
		c.sc = r
	}
	return c, nil
}

// newStreamCoefficients derives the scoring coefficients from the weights,
// the transforms and the column extremes. It returns an error wrapping
// ErrNotFinite if a transform is not finite, which only inconsistent
// (decoded) statistics produce.
func newStreamCoefficients(sp streamSpec, w []float64, ts []transform, mn, mx []float64) (*StreamCoefficients, error) {
	for j, t := range ts {
		if !isFinite(t.off) || !isFinite(t.p) || !isFinite(t.c) || !isFinite(t.s) {
			return nil, fmt.Errorf("mcda: stream: criterion %d: inconsistent statistics give a transform that is not finite: %w", j, ErrNotFinite)
		}
	}
	m, err := specMethod(sp)
	if err != nil {
		return nil, err
	}
	c := &StreamCoefficients{spec: sp, method: m, w: w, ts: ts}
	switch sp.kind {
	case streamTOPSIS:
		c.mn, c.mx = append([]float64(nil), mn...), append([]float64(nil), mx...)
		c.tc = &topsisCoef{ts: ts}
		c.tc.prepare(w, &colStats{min: c.mn, max: c.mx})
	case streamWSM:
		c.wc = &wsmCoef{ts: ts}
		c.wc.prepare(w)
	case streamWPM:
		c.pc = &wpmCoef{ts: ts, unit: sp.k == NormalizationMax}
		c.pc.prepare(w)
	}
	return c, nil
}

func isFinite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }

// Method returns the name of the method that scores: "topsis", "wsm",
// "wpm", "moora", "moora-rp", "moora-fmf", "spotis", "marcos", "waspas",
// "vikor", "edas", "copras", "aras", "mabac" or "cocoso".
func (c *StreamCoefficients) Method() string { return c.method.Name() }

// HigherIsBetter reports whether a larger score is better.
func (c *StreamCoefficients) HigherIsBetter() bool { return c.method.HigherIsBetter() }

// Normalization returns the normalization the scores use: for the MOORA
// systems NormalizationVector; for SPOTIS, MARCOS, VIKOR, MABAC and
// CoCoSo, which use the column extremes only, NormalizationMinMax; for
// WASPAS and ARAS (x/max and min/x) NormalizationMax; for COPRAS
// NormalizationSum (x/Σx on every criterion); and for EDAS, whose
// distances are to the column averages, NormalizationNone.
func (c *StreamCoefficients) Normalization() Normalization { return c.spec.k }

// Criteria returns the number of criteria, the length of a row.
func (c *StreamCoefficients) Criteria() int { return len(c.w) }

// scoreBlock stores in dst the scores of the rows of blk (row-major).
func (c *StreamCoefficients) scoreBlock(dst, blk []float64) {
	switch {
	case c.sc != nil:
		// Static calls, so that Score's one-row destination stays on
		// the stack.
		switch r := c.sc.(type) {
		case *MOORA:
			r.score(dst, blk)
		case *MOORARefPoint:
			r.score(dst, blk)
		case *wpmCoef:
			r.score(dst, blk)
		case *SPOTIS:
			r.score(dst, blk)
		case *MARCOS:
			r.score(dst, blk)
		case *waspasCoef:
			r.score(dst, blk)
		case *vikorPass:
			r.score(dst, blk)
		case *edasPass:
			r.score(dst, blk)
		case *coprasPass:
			r.score(dst, blk)
		case *arasPass:
			r.score(dst, blk)
		case *mabacPass:
			r.score(dst, blk)
		case *cocosoPass:
			r.score(dst, blk)
		default:
			panic("mcda: stream: unexpected scorer")
		}
	case c.tc != nil:
		c.tc.score(dst, nil, nil, blk)
	case c.wc != nil:
		c.wc.score(dst, blk)
	default:
		c.pc.score(dst, blk)
	}
}

// Score returns the score of one row, the values of an alternative in
// criteria order, in O(n) time without allocating. It returns an error
// wrapping [ErrNotFinite] for a NaN or infinite value or a score that is
// not finite (values far beyond those the statistics were made from), and a
// [*ShapeError] if len(row) is not the number of criteria.
func (c *StreamCoefficients) Score(row []float64) (float64, error) {
	if len(row) != len(c.w) {
		return 0, &ShapeError{What: "values", Got: len(row), Want: len(c.w)}
	}
	for j, x := range row {
		if !isFinite(x) {
			return 0, fmt.Errorf("mcda: criterion %d: value %v: %w", j, x, ErrNotFinite)
		}
	}
	var one [1]float64
	c.scoreBlock(one[:], row)
	if v := one[0]; !isFinite(v) {
		return 0, fmt.Errorf("mcda: %s score %v overflows; rescale the data: %w", c.method.Name(), v, ErrNotFinite)
	}
	return one[0], nil
}

// Scores stores in dst the scores of the rows of rows, row-major with one
// value per criterion, and returns dst; a nil dst is allocated. It returns
// a [*ValueError] wrapping [ErrNotFinite] for a NaN or infinite value, an
// [*AlternativeError] (Index the row) wrapping ErrNotFinite for a score that
// is not finite, and a [*ShapeError] if len(rows) is not a
// multiple of the number of criteria. It panics if dst is not nil and its
// length is not the number of rows.
func (c *StreamCoefficients) Scores(dst, rows []float64) ([]float64, error) {
	n := len(c.w)
	if n == 0 {
		return nil, fmt.Errorf("mcda: zero StreamCoefficients (use ColumnStats.Coefficients): %w", ErrEmpty)
	}
	if len(rows)%n != 0 {
		return nil, &ShapeError{What: "values", Got: len(rows), Want: (len(rows)/n + 1) * n}
	}
	dst = useDst(dst, len(rows)/n, "StreamCoefficients.Scores")
	for k, x := range rows {
		if !isFinite(x) {
			return nil, &ValueError{Alternative: k / n, Criterion: k % n, Value: x, Err: ErrNotFinite}
		}
	}
	c.scoreBlock(dst, rows)
	for i, v := range dst {
		if !isFinite(v) {
			return nil, &AlternativeError{Index: i, Err: fmt.Errorf("%s score %v overflows; rescale the data: %w", c.method.Name(), v, ErrNotFinite)}
		}
	}
	return dst, nil
}
