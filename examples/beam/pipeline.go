package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/top"

	"github.com/balancer-mcda/balancer/mcda"
)

// errMismatch is the cause of an error for a shard whose header or
// metadata rows differ from the reference's.
var errMismatch = errors.New("shards disagree")

// Spec is what every stage needs to know: the method, the reference
// criteria and where they came from. Its fields are exported so that Beam
// serializes it with the DoFns.
type Spec struct {
	Method        string
	Normalization string
	Criteria      []Crit
	// Reference names the source of the criteria: the first shard's path,
	// or "flags".
	Reference string
	// Objectives and Weights record whether the reference has an
	// #objective and a #weight row; with criteria from flags they are
	// false and a shard's rows, if any, must agree with the flags.
	Objectives, Weights bool
	FromFlags           bool
	// V is VIKOR's v and Lambda WASPAS's and CoCoSo's λ; nil means 0.5.
	V, Lambda *float64
}

// Crit is one criterion of a Spec.
type Crit struct {
	Name      string
	Objective string
	Weight    float64
}

// method returns the method value of the spec.
func (sp Spec) method() (mcda.Method, error) {
	k, err := mcda.ParseNormalization(sp.Normalization)
	if err != nil {
		return nil, err
	}
	switch sp.Method {
	case "topsis", "wsm", "wpm":
	default:
		if k != mcda.NormalizationDefault {
			return nil, fmt.Errorf("-normalization %s: %s has its own; it applies to topsis, wsm and wpm: %w", sp.Normalization, sp.Method, mcda.ErrParameter)
		}
	}
	if sp.V != nil && sp.Method != "vikor" {
		return nil, fmt.Errorf("-vikor-v applies to vikor, not %s: %w", sp.Method, mcda.ErrParameter)
	}
	if sp.Lambda != nil && sp.Method != "waspas" && sp.Method != "cocoso" {
		return nil, fmt.Errorf("-waspas-lambda applies to waspas and cocoso, not %s: %w", sp.Method, mcda.ErrParameter)
	}
	m, err := mcda.NewMethod(sp.Method, mcda.MethodOptions{Normalization: k, V: sp.V, Lambda: sp.Lambda})
	if err != nil {
		return nil, fmt.Errorf("method %q: %w", sp.Method, err)
	}
	return m, nil
}

func (sp Spec) criteria() ([]mcda.Criterion, error) {
	crit := make([]mcda.Criterion, len(sp.Criteria))
	for j, c := range sp.Criteria {
		o, err := mcda.ParseObjective(c.Objective)
		if err != nil {
			return nil, err
		}
		crit[j] = mcda.Criterion{Name: c.Name, Objective: o, Weight: c.Weight}
	}
	return crit, nil
}

// newStats returns an empty accumulator for the spec.
func (sp Spec) newStats() (*mcda.ColumnStats, error) {
	m, err := sp.method()
	if err != nil {
		return nil, err
	}
	crit, err := sp.criteria()
	if err != nil {
		return nil, err
	}
	return mcda.NewColumnStats(m, crit)
}

// specFromReader makes the reference spec from the first shard's reader.
func specFromReader(method, norm, path string, r *mcda.CSVReader) Spec {
	sp := Spec{Method: method, Normalization: norm, Reference: path,
		Objectives: !r.DefaultedObjectives(), Weights: !r.DefaultedWeights()}
	for _, c := range r.Criteria() {
		sp.Criteria = append(sp.Criteria, Crit{c.Name, c.Objective.String(), c.Weight})
	}
	return sp
}

// ParseCriteria parses criteria given as flags, "name:objective:weight"
// separated by commas, such as "price:cost:2,range:benefit:1".
func ParseCriteria(s string) ([]Crit, error) {
	var out []Crit
	for _, f := range strings.Split(s, ",") {
		p := strings.Split(f, ":")
		if len(p) != 3 {
			return nil, fmt.Errorf("criterion %q: want name:objective:weight", f)
		}
		if _, err := mcda.ParseObjective(p[1]); err != nil {
			return nil, fmt.Errorf("criterion %q: %w", f, err)
		}
		w, err := strconv.ParseFloat(p[2], 64)
		if err != nil {
			return nil, fmt.Errorf("criterion %q: weight: %w", f, err)
		}
		out = append(out, Crit{p[0], p[1], w})
	}
	return out, nil
}

// Shard is one input file and its position in the glob's sorted order.
type Shard struct {
	Index int
	Path  string
}

// openShard opens a shard with Beam's file systems (local, gs://, s3://
// when registered), reads its header and metadata rows and checks them
// against the spec. The error names the file and the line.
func openShard(ctx context.Context, sp Spec, path string) (*mcda.CSVReader, io.Closer, error) {
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, nil, err
	}
	f, err := fs.OpenRead(ctx, path)
	if err != nil {
		fs.Close()
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	cl := closers{f, fs}
	br := bufio.NewReaderSize(f, 1<<16)
	meta, err := metadataLines(br)
	if err != nil {
		cl.Close()
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	r, err := mcda.NewCSVReader(br)
	if err != nil {
		cl.Close()
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	if err := checkShard(sp, r, meta); err != nil {
		cl.Close()
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return r, cl, nil
}

type closers []io.Closer

func (c closers) Close() error {
	var err error
	for _, x := range c {
		err = errors.Join(err, x.Close())
	}
	return err
}

// metaLines holds the lines of a shard's metadata rows (0 if absent) and
// of its first record after them.
type metaLines struct{ objective, weight, first int }

// metadataLines peeks at the head of a shard for the line numbers of its
// #objective and #weight rows, which CSVReader reads without reporting
// where. It consumes nothing.
func metadataLines(br *bufio.Reader) (metaLines, error) {
	head, err := br.Peek(br.Size())
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return metaLines{}, err
	}
	var m metaLines
	for line, rest := 1, head; len(rest) > 0; line++ {
		l, after, _ := bytes.Cut(rest, []byte("\n"))
		rest = after
		if line == 1 {
			continue
		}
		cell := strings.ToLower(strings.TrimLeft(string(l), " \t\""))
		switch {
		case strings.HasPrefix(cell, "#objective"):
			m.objective = line
		case strings.HasPrefix(cell, "#weight"):
			m.weight = line
		case strings.HasPrefix(cell, "#") && !strings.HasPrefix(cell, "##"):
		default:
			m.first = line
			return m, nil
		}
	}
	return m, nil
}

// checkShard compares a shard's criteria with the spec's: the same names
// in the same order, and the same #objective and #weight rows (present in
// both or in neither, with the same cells); with criteria from flags, rows
// that are present must agree with the flags.
func checkShard(sp Spec, r *mcda.CSVReader, meta metaLines) error {
	crit := r.Criteria()
	if len(crit) != len(sp.Criteria) {
		return &mcda.CSVError{Line: 1, Err: fmt.Errorf("%d criteria, %s has %d: %w", len(crit), sp.Reference, len(sp.Criteria), errMismatch)}
	}
	for j, c := range crit {
		if c.Name != sp.Criteria[j].Name {
			return &mcda.CSVError{Line: 1, Column: j + 2, Err: fmt.Errorf("criterion %q, %s has %q: %w", c.Name, sp.Reference, sp.Criteria[j].Name, errMismatch)}
		}
	}
	here := meta.first
	if here == 0 {
		here = 2
	}
	hasObj, hasW := !r.DefaultedObjectives(), !r.DefaultedWeights()
	switch {
	case hasObj && !sp.Objectives && !sp.FromFlags:
		return &mcda.CSVError{Line: meta.objective, Err: fmt.Errorf("an #objective row, %s has none: %w", sp.Reference, errMismatch)}
	case !hasObj && sp.Objectives:
		return &mcda.CSVError{Line: here, Err: fmt.Errorf("no #objective row before the first alternative, %s has one: %w", sp.Reference, errMismatch)}
	case hasObj:
		for j, c := range crit {
			if c.Objective.String() != sp.Criteria[j].Objective {
				return &mcda.CSVError{Line: meta.objective, Column: j + 2, Err: fmt.Errorf("criterion %q is %v, %s has %s: %w", c.Name, c.Objective, sp.Reference, sp.Criteria[j].Objective, errMismatch)}
			}
		}
	}
	switch {
	case hasW && !sp.Weights && !sp.FromFlags:
		return &mcda.CSVError{Line: meta.weight, Err: fmt.Errorf("a #weight row, %s has none: %w", sp.Reference, errMismatch)}
	case !hasW && sp.Weights:
		return &mcda.CSVError{Line: here, Err: fmt.Errorf("no #weight row before the first alternative, %s has one: %w", sp.Reference, errMismatch)}
	case hasW:
		for j, c := range crit {
			if math.Float64bits(c.Weight) != math.Float64bits(sp.Criteria[j].Weight) {
				return &mcda.CSVError{Line: meta.weight, Column: j + 2, Err: fmt.Errorf("criterion %q has weight %v, %s has %v: %w", c.Name, c.Weight, sp.Reference, sp.Criteria[j].Weight, errMismatch)}
			}
		}
	}
	return nil
}

// readShard calls fn for every row of the shard, with its 0-based index in
// the shard; the row is reused. A shard with a header and no alternatives
// (an empty part file) is skipped, its header unchecked, since the library's
// reader refuses it; all of them empty is an error of the combine.
func readShard(ctx context.Context, sp Spec, path string, fn func(i int, name string, row []float64) error) error {
	r, cl, err := openShard(ctx, sp, path)
	var ce *mcda.CSVError
	if errors.As(err, &ce) && errors.Is(err, mcda.ErrEmpty) && strings.HasPrefix(ce.Err.Error(), "no alternatives") {
		return nil
	}
	if err != nil {
		return err
	}
	defer cl.Close()
	row := make([]float64, len(sp.Criteria))
	for i := 0; ; i++ {
		name, err := r.Next(row)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := fn(i, name, row); err != nil {
			return fmt.Errorf("%s: line %d: %w", path, r.Line(), err)
		}
	}
}

// lineOf returns the line of row i of a shard, for an error found after
// the shard was read.
func lineOf(ctx context.Context, sp Spec, path string, i int) int {
	r, cl, err := openShard(ctx, sp, path)
	if err != nil {
		return 0
	}
	defer cl.Close()
	row := make([]float64, len(sp.Criteria))
	for k := 0; k <= i; k++ {
		if _, err := r.Next(row); err != nil {
			return 0
		}
	}
	return r.Line()
}

// ShardStats is pass 1's output for one shard: its rows and the encoded
// mcda.ColumnStats.
type ShardStats struct {
	Shard int
	Rows  int
	Stats []byte
}

// statsFn is pass 1 on one shard: every row added to a ColumnStats, which
// is checked (a value the method cannot take fails here, located by file
// and line) and shipped encoded.
type statsFn struct{ Spec Spec }

func (f *statsFn) ProcessElement(ctx context.Context, sh Shard, emit func(ShardStats)) error {
	cs, err := f.Spec.newStats()
	if err != nil {
		return err
	}
	err = readShard(ctx, f.Spec, sh.Path, func(_ int, name string, row []float64) error {
		return cs.Add(name, row)
	})
	if err != nil {
		return err
	}
	if cs.Rows() > 0 {
		if err := cs.Check(); err != nil {
			var ve *mcda.ValueError
			if errors.As(err, &ve) {
				return fmt.Errorf("%s: %w", sh.Path, &mcda.CSVError{Line: lineOf(ctx, f.Spec, sh.Path, ve.Alternative), Column: ve.Criterion + 2, Err: err})
			}
			return fmt.Errorf("%s: %w", sh.Path, err)
		}
	}
	b, err := cs.MarshalBinary()
	if err != nil {
		return err
	}
	emit(ShardStats{Shard: sh.Index, Rows: cs.Rows(), Stats: b})
	return nil
}

// statsAcc is the accumulator of planFn: the merged statistics and the
// rows of every shard, by shard index.
type statsAcc struct {
	S    *mcda.ColumnStats
	Rows map[int]int
}

func encodeStatsAcc(a statsAcc) ([]byte, error) {
	var b []byte
	if a.S != nil {
		var err error
		if b, err = a.S.MarshalBinary(); err != nil {
			return nil, err
		}
	}
	rows, err := json.Marshal(a.Rows)
	if err != nil {
		return nil, err
	}
	out := strconv.AppendInt(nil, int64(len(b)), 10)
	out = append(out, ' ')
	out = append(out, b...)
	return append(out, rows...), nil
}

func decodeStatsAcc(data []byte) (statsAcc, error) {
	var a statsAcc
	n, rest, ok := bytes.Cut(data, []byte(" "))
	k, err := strconv.Atoi(string(n))
	if !ok || err != nil || k < 0 || k > len(rest) {
		return a, fmt.Errorf("statsAcc: malformed")
	}
	if k > 0 {
		a.S = new(mcda.ColumnStats)
		if err := a.S.UnmarshalBinary(rest[:k]); err != nil {
			return a, err
		}
	}
	return a, json.Unmarshal(rest[k:], &a.Rows)
}

// Plan is the combine's output, broadcast to pass 2 as a side input: the
// encoded coefficients (or, when a column needs the extra pass, the
// statistics to rescan, and when the method needs its middle pass, the
// statistics it is made from), and the first global index of every shard.
type Plan struct {
	Coefficients []byte
	Rescan       []byte // the statistics, when ErrRescan asks for a pass
	Middle       []byte // the statistics, when ErrScoreStats asks for one
	Offsets      []int  // by shard index
	Rows         int
}

// planNext stores in p the coefficients of cs, or the statistics that the
// next pass, the rescan or the middle pass, starts from.
func planNext(p *Plan, cs *mcda.ColumnStats) error {
	c, err := cs.Coefficients()
	switch {
	case errors.Is(err, mcda.ErrRescan):
		p.Rescan, err = cs.MarshalBinary()
		return err
	case errors.Is(err, mcda.ErrScoreStats):
		p.Middle, err = cs.MarshalBinary()
		return err
	case err != nil:
		return err
	}
	p.Coefficients, err = c.MarshalBinary()
	return err
}

// planFn is pass 1's combine: it merges the shards' statistics in the
// order the runner presents them (see the README for how closely that
// agrees with one machine) and derives the coefficients.
type planFn struct{ Spec Spec }

func (f *planFn) CreateAccumulator() statsAcc { return statsAcc{Rows: map[int]int{}} }

func (f *planFn) AddInput(a statsAcc, sh ShardStats) (statsAcc, error) {
	s := new(mcda.ColumnStats)
	if err := s.UnmarshalBinary(sh.Stats); err != nil {
		return a, err
	}
	return f.MergeAccumulators(a, statsAcc{S: s, Rows: map[int]int{sh.Shard: sh.Rows}})
}

func (f *planFn) MergeAccumulators(a, b statsAcc) (statsAcc, error) {
	if a.Rows == nil {
		a.Rows = map[int]int{}
	}
	for k, v := range b.Rows {
		a.Rows[k] = v
	}
	switch {
	case a.S == nil:
		a.S = b.S
	case b.S != nil:
		if err := a.S.Merge(b.S); err != nil {
			return a, err
		}
	}
	return a, nil
}

func (f *planFn) ExtractOutput(a statsAcc) (Plan, error) {
	var p Plan
	n := 0
	for k := range a.Rows {
		n = max(n, k+1)
	}
	p.Offsets = make([]int, n)
	for k := range n {
		p.Offsets[k] = p.Rows
		p.Rows += a.Rows[k]
	}
	if a.S == nil || a.S.Rows() == 0 {
		return p, fmt.Errorf("no alternatives in any shard: %w", mcda.ErrEmpty)
	}
	return p, planNext(&p, a.S)
}

// ShardRescan is the extra pass's output for one shard.
type ShardRescan struct {
	Shard  int
	Rescan []byte
}

// rescanFn is the extra pass on one shard, which reads it only when the
// plan asks for a rescan.
type rescanFn struct{ Spec Spec }

func (f *rescanFn) ProcessElement(ctx context.Context, sh Shard, plan Plan, emit func(ShardRescan)) error {
	if plan.Rescan == nil {
		return nil
	}
	var cs mcda.ColumnStats
	if err := cs.UnmarshalBinary(plan.Rescan); err != nil {
		return err
	}
	r, err := cs.Rescan()
	if err != nil {
		return err
	}
	if err := readShard(ctx, f.Spec, sh.Path, func(_ int, _ string, row []float64) error { return r.Add(row) }); err != nil {
		return err
	}
	b, err := r.MarshalBinary()
	if err != nil {
		return err
	}
	emit(ShardRescan{Shard: sh.Index, Rescan: b})
	return nil
}

// finishPlan completes the plan with the rescanned sums, merged in shard
// order, when it needed them.
func finishPlan(p Plan, rescans func(*ShardRescan) bool) (Plan, error) {
	if p.Rescan == nil {
		return p, nil
	}
	all := inShardOrder(rescans, func(r ShardRescan) int { return r.Shard })
	var cs mcda.ColumnStats
	if err := cs.UnmarshalBinary(p.Rescan); err != nil {
		return p, err
	}
	acc, err := cs.Rescan()
	if err != nil {
		return p, err
	}
	for _, sr := range all {
		var t mcda.ColumnRescan
		if err := t.UnmarshalBinary(sr.Rescan); err != nil {
			return p, err
		}
		if err := acc.Merge(&t); err != nil {
			return p, err
		}
	}
	if err := cs.SetRescan(acc); err != nil {
		return p, err
	}
	p.Rescan = nil
	return p, planNext(&p, &cs)
}

// ShardMiddle is the middle pass's output for one shard: its encoded
// mcda.ScoreStats, and its path, to locate an error.
type ShardMiddle struct {
	Shard int
	Path  string
	Stats []byte
}

// middleFn is the middle pass on one shard, which reads it only when the
// plan asks for one (VIKOR, EDAS, COPRAS, ARAS, MABAC and CoCoSo).
type middleFn struct{ Spec Spec }

func (f *middleFn) ProcessElement(ctx context.Context, sh Shard, plan Plan, emit func(ShardMiddle)) error {
	if plan.Middle == nil {
		return nil
	}
	var cs mcda.ColumnStats
	if err := cs.UnmarshalBinary(plan.Middle); err != nil {
		return err
	}
	ss, err := cs.ScoreStats()
	if err != nil {
		return err
	}
	if err := readShard(ctx, f.Spec, sh.Path, func(_ int, name string, row []float64) error { return ss.Add(name, row) }); err != nil {
		return err
	}
	b, err := ss.MarshalBinary()
	if err != nil {
		return err
	}
	emit(ShardMiddle{Shard: sh.Index, Path: sh.Path, Stats: b})
	return nil
}

// finishMiddleFn completes the plan with the middle pass, the shards'
// accumulators merged in shard order, when it needed one. An aggregate the
// method cannot take (COPRAS's S⁻ of zero, CoCoSo's least S of zero) fails
// here, naming the alternative, its shard and its line.
type finishMiddleFn struct{ Spec Spec }

func (f *finishMiddleFn) ProcessElement(ctx context.Context, p Plan, middles func(*ShardMiddle) bool) (Plan, error) {
	if p.Middle == nil {
		return p, nil
	}
	all := inShardOrder(middles, func(m ShardMiddle) int { return m.Shard })
	var cs mcda.ColumnStats
	if err := cs.UnmarshalBinary(p.Middle); err != nil {
		return p, err
	}
	acc, err := cs.ScoreStats()
	if err != nil {
		return p, err
	}
	for _, sm := range all {
		var t mcda.ScoreStats
		if err := t.UnmarshalBinary(sm.Stats); err != nil {
			return p, err
		}
		if err := acc.Merge(&t); err != nil {
			return p, err
		}
	}
	if err := cs.SetScoreStats(acc); err != nil {
		return p, err
	}
	p.Middle = nil
	err = planNext(&p, &cs)
	var ae *mcda.AlternativeError
	if errors.As(err, &ae) {
		// The shard of the alternative's global index, and its line there.
		for k := len(all) - 1; k >= 0; k-- {
			if sm := all[k]; sm.Shard < len(p.Offsets) && p.Offsets[sm.Shard] <= ae.Index {
				line := lineOf(ctx, f.Spec, sm.Path, ae.Index-p.Offsets[sm.Shard])
				return p, fmt.Errorf("%s: %w", sm.Path, &mcda.CSVError{Line: line, Err: err})
			}
		}
	}
	return p, err
}

// inShardOrder returns the values of a side input, sorted by shard index.
func inShardOrder[T any](next func(*T) bool, shard func(T) int) []T {
	var all []T
	var v T
	for next(&v) {
		all = append(all, v)
	}
	slices.SortFunc(all, func(a, b T) int { return shard(a) - shard(b) })
	return all
}

// Scored is one alternative's score, with its index in the concatenation
// of the shards in glob order. Key is the score, negated for a method
// whose lower scores are better, so that a larger key is always better.
type Scored struct {
	Index int
	Name  string
	Score float64
	Key   float64
}

// scoreFn is pass 2 on one shard: every row scored with the broadcast
// coefficients. It emits the shard's candidates for the top K (see
// candidates) and, with All, every score.
type scoreFn struct {
	Spec Spec
	K    int
	All  bool
}

func (f *scoreFn) ProcessElement(ctx context.Context, sh Shard, plan Plan, cand, all func(Scored)) error {
	var c mcda.StreamCoefficients
	if err := c.UnmarshalBinary(plan.Coefficients); err != nil {
		return err
	}
	off := plan.Offsets[sh.Index]
	top := candidates{k: f.K}
	sign := 1.0
	if !c.HigherIsBetter() {
		sign = -1
	}
	err := readShard(ctx, f.Spec, sh.Path, func(i int, name string, row []float64) error {
		v, err := c.Score(row)
		if err != nil {
			return err
		}
		s := Scored{Index: off + i, Name: name, Score: v, Key: sign * v}
		if f.All {
			all(s)
		}
		top.add(s)
		return nil
	})
	if err != nil {
		return err
	}
	for _, s := range top.result() {
		cand(s)
	}
	return nil
}

// candidates keeps, of a shard's rows, those that may be among the best k
// of all the shards: the rows scoring at least lowBound of the shard's own
// k-th best score, which is at most the k-th best of all. Their union over
// the shards therefore holds every row scoring at least lowBound of the
// global k-th best, which is all that the tie rule of mcda.RankScores can
// bring into the top k (RankStream keeps the same set on one machine).
// Memory is O(k) plus the near ties.
type candidates struct {
	k     int
	kth   []float64 // min-heap of the k best scores so far
	c     []Scored
	limit int
}

func (t *candidates) add(s Scored) {
	if t.k <= 0 {
		return
	}
	switch {
	case len(t.kth) < t.k:
		t.kth = append(t.kth, s.Key)
		for i := len(t.kth) - 1; i > 0; {
			p := (i - 1) / 2
			if t.kth[p] <= t.kth[i] {
				break
			}
			t.kth[p], t.kth[i] = t.kth[i], t.kth[p]
			i = p
		}
	case s.Key > t.kth[0]:
		t.kth[0] = s.Key
		for i := 0; ; {
			l, m := 2*i+1, i
			if l < len(t.kth) && t.kth[l] < t.kth[m] {
				m = l
			}
			if l+1 < len(t.kth) && t.kth[l+1] < t.kth[m] {
				m = l + 1
			}
			if m == i {
				break
			}
			t.kth[m], t.kth[i] = t.kth[i], t.kth[m]
			i = m
		}
	}
	if len(t.kth) == t.k && s.Key < lowBound(t.kth[0]) {
		return
	}
	t.c = append(t.c, s)
	if len(t.c) > t.limit {
		t.prune()
		t.limit = max(2*len(t.c), 4*t.k+64)
	}
}

func (t *candidates) prune() {
	if len(t.kth) < t.k {
		return
	}
	lb := lowBound(t.kth[0])
	t.c = slices.DeleteFunc(t.c, func(s Scored) bool { return s.Key < lb })
}

func (t *candidates) result() []Scored {
	t.prune()
	return t.c
}

// lessScored orders alternatives for top.Largest: a before b when a ranks
// behind b, by key (the score, negated when lower is better) and then by
// index, earlier first, as mcda.RankScores orders them.
func lessScored(a, b Scored) bool {
	return a.Key < b.Key || a.Key == b.Key && a.Index > b.Index
}

// lowBound returns the score below which an alternative can tie with no
// alternative scoring at least y: RankStream's bound for the candidates
// (mcda's topK), 3·TieTolerance below y.
func lowBound(y float64) float64 { return y - 3*mcda.TieTolerance*math.Abs(y) }

// nearFn keeps the candidates for the top K: every alternative scoring at
// least lowBound of the K-th best, which the tie rule of mcda.RankScores
// may still bring forward.
func nearFn(s Scored, best []Scored, emit func(Scored)) {
	if len(best) == 0 {
		return
	}
	kth := best[len(best)-1].Key
	for _, b := range best {
		kth = math.Min(kth, b.Key)
	}
	if s.Key >= lowBound(kth) {
		emit(s)
	}
}

// rankFn ranks the candidates as mcda.RankScores ranks all the
// alternatives and returns the best K, best first, with their competition
// ranks, as one block of lines (CSV or JSON lines).
type rankFn struct {
	K    int
	JSON bool
}

func (f *rankFn) ProcessElement(_ []byte, cands func(*Scored) bool, emit func(string)) error {
	var c []Scored
	var s Scored
	for cands(&s) {
		c = append(c, s)
	}
	emit(formatTop(topOf(c, f.K), f.JSON))
	return nil
}

// topOf ranks candidates and returns the best k.
func topOf(c []Scored, k int) []mcda.RankedAlternative {
	slices.SortFunc(c, func(a, b Scored) int { return a.Index - b.Index })
	scores := make([]float64, len(c))
	for q := range c {
		scores[q] = c[q].Key
	}
	ranks, order := mcda.RankScores(nil, nil, scores, true)
	out := make([]mcda.RankedAlternative, min(k, len(c)))
	for q := range out {
		a := c[order[q]]
		out[q] = mcda.RankedAlternative{Index: a.Index, Name: a.Name, Score: a.Score, Rank: ranks[order[q]]}
	}
	return out
}

// formatTop writes the ranked alternatives as JSON lines of
// mcda.RankedAlternative ("index", "alternative", "score", "rank") or as
// CSV with the header rank,index,alternative,score.
func formatTop(top []mcda.RankedAlternative, asJSON bool) string {
	var b strings.Builder
	if !asJSON {
		b.WriteString("rank,index,alternative,score")
	}
	for q, a := range top {
		if q > 0 || !asJSON {
			b.WriteByte('\n')
		}
		if asJSON {
			j, _ := json.Marshal(a)
			b.Write(j)
			continue
		}
		fmt.Fprintf(&b, "%d,%d,%s,%s", a.Rank, a.Index, csvField(a.Name), strconv.FormatFloat(a.Score, 'g', -1, 64))
	}
	return b.String()
}

// scoreLineFn writes one alternative's score as a JSON line
// {"index", "alternative", "score"} or a CSV line index,alternative,score.
type scoreLineFn struct{ JSON bool }

func (f *scoreLineFn) ProcessElement(s Scored) string {
	if f.JSON {
		j, _ := json.Marshal(struct {
			Index int     `json:"index"`
			Name  string  `json:"alternative"`
			Score float64 `json:"score"`
		}{s.Index, s.Name, s.Score})
		return string(j)
	}
	return fmt.Sprintf("%d,%s,%s", s.Index, csvField(s.Name), strconv.FormatFloat(s.Score, 'g', -1, 64))
}

func csvField(s string) string {
	if !strings.ContainsAny(s, ",\"\r\n") && strings.TrimSpace(s) == s {
		return s
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

func init() {
	beam.RegisterType(reflect.TypeOf((*statsFn)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*planFn)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*rescanFn)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*scoreFn)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*rankFn)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*scoreLineFn)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Spec)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Shard)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*ShardStats)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*ShardRescan)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*middleFn)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*ShardMiddle)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Plan)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*Scored)(nil)).Elem())
	beam.RegisterCoder(reflect.TypeOf((*statsAcc)(nil)).Elem(), encodeStatsAcc, decodeStatsAcc)
	beam.RegisterFunction(finishPlan)
	beam.RegisterType(reflect.TypeOf((*finishMiddleFn)(nil)).Elem())
	beam.RegisterFunction(lessScored)
	beam.RegisterFunction(nearFn)
}

// Options configures Build.
type Options struct {
	Spec   Spec
	Shards []string // the input files, in order
	K      int      // best alternatives to write; 0: none
	Output string   // the top K, one file
	Scores string   // every score, if not empty
	JSON   bool     // JSON lines instead of CSV
}

// Build adds the ranking to the pipeline's root scope.
func Build(s beam.Scope, o Options) {
	shards := make([]Shard, len(o.Shards))
	for i, p := range o.Shards {
		shards[i] = Shard{i, p}
	}
	files := beam.CreateList(s, shards)
	stats := beam.ParDo(s, &statsFn{Spec: o.Spec}, files)
	plan0 := beam.Combine(s, &planFn{Spec: o.Spec}, stats)
	rescans := beam.ParDo(s, &rescanFn{Spec: o.Spec}, files, beam.SideInput{Input: plan0})
	plan1 := beam.ParDo(s, finishPlan, plan0, beam.SideInput{Input: rescans})
	middles := beam.ParDo(s, &middleFn{Spec: o.Spec}, files, beam.SideInput{Input: plan1})
	plan := beam.ParDo(s, &finishMiddleFn{Spec: o.Spec}, plan1, beam.SideInput{Input: middles})
	shardBest, scored := beam.ParDo2(s, &scoreFn{Spec: o.Spec, K: o.K, All: o.Scores != ""}, files, beam.SideInput{Input: plan})
	if o.K > 0 {
		best := top.Largest(s, shardBest, o.K, lessScored)
		cands := beam.ParDo(s, nearFn, shardBest, beam.SideInput{Input: best})
		out := beam.ParDo(s, &rankFn{K: o.K, JSON: o.JSON}, beam.Impulse(s), beam.SideInput{Input: cands})
		textio.Write(s, o.Output, out)
	}
	if o.Scores != "" {
		textio.Write(s, o.Scores, beam.ParDo(s, &scoreLineFn{JSON: o.JSON}, scored))
	}
}
