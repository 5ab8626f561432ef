package mcda

import (
	"sync"
	"sync/atomic"
)

// A blockRunner is the body of a parallel loop over blocks of alternatives.
type blockRunner interface {
	runBlock(b int)
}

// A team runs the blocks of a parallel loop. Workers claim blocks one at a
// time, so a slow core delays the loop by at most one block; every block's
// result depends only on the block, so the outcome does not depend on which
// worker ran it. A team is reused from call to call and, once warm, runs a
// loop without allocating.
type team struct {
	next  atomic.Int64
	count int64
	body  blockRunner
	wg    sync.WaitGroup
	job   scoreJob // the scoring call in progress, see runScorer
	fjob  foldJob  // the folding call in progress, see foldRows
}

// teamQueue hands teams to the helper goroutines: run queues a team once
// per extra worker it wants, never waiting for room. Whoever takes a team
// from the queue, a helper or a caller of run that has finished its own
// blocks, runs the team's remaining blocks and marks one worker of it
// done. A caller empties the queue before it waits, so no team stays
// queued after its run returns.
var teamQueue = make(chan *team, 64)

// The helpers are long-lived goroutines, started on first need and parked
// on teamQueue in between, so that a warm call starts no goroutine and
// allocates nothing. There are as many as the largest number of extra
// workers a call has asked for, at most cap(teamQueue); idle, they cost
// no CPU.
var (
	helpersMu sync.Mutex
	helpers   atomic.Int64
)

// startHelpers makes sure at least k helpers run.
func startHelpers(k int) {
	k = min(k, cap(teamQueue))
	if helpers.Load() >= int64(k) {
		return
	}
	helpersMu.Lock()
	defer helpersMu.Unlock()
	for helpers.Load() < int64(k) {
		go helper()
		helpers.Add(1)
	}
}

// helper runs the blocks of queued teams, forever.
func helper() {
	for t := range teamQueue {
		t.work()
		t.wg.Done()
	}
}

// work runs blocks until none is left.
func (t *team) work() {
	for {
		b := t.next.Add(1) - 1
		if b >= t.count {
			return
		}
		t.body.runBlock(int(b))
	}
}

// run calls body.runBlock(b) for every b in [0, count) on up to workers
// goroutines, the calling one included, and returns when all calls have
// returned.
func (t *team) run(workers, count int, body blockRunner) {
	t.next.Store(0)
	t.count = int64(count)
	t.body = body
	extra := min(workers, count) - 1
	startHelpers(extra)
	for range extra {
		t.wg.Add(1)
		select {
		case teamQueue <- t:
		default:
			// The queue is full of other teams' work: run with fewer
			// helpers rather than wait.
			t.wg.Done()
		}
	}
	t.work()
	// Take back what no helper has started yet (ours, or another team's,
	// which is as good): on a busy machine a helper may not get a core
	// until long after the blocks are done.
drain:
	for {
		select {
		case q := <-teamQueue:
			q.work()
			q.wg.Done()
		default:
			break drain
		}
	}
	t.wg.Wait()
	t.body = nil
}

// parallel is the state a method value keeps for scoring with several
// goroutines: the team, created on first use.
type parallel struct {
	tm *team
}

// team returns the team to use for a call with the given number of
// workers and rows, or nil when the call should run serially.
func (p *parallel) team(workers, rows int) *team {
	if workers <= 1 || rows <= blockRows {
		return nil
	}
	if p.tm == nil {
		p.tm = new(team)
	}
	return p.tm
}

// A rowScorer scores the rows of a block of alternatives; each row's score
// depends only on the row.
type rowScorer interface {
	score(dst, blk []float64)
}

// scoreJob is a parallel scoring call in progress, a blockFolder.
type scoreJob struct {
	sc        rowScorer
	dst, data []float64
	n         int
}

func (j *scoreJob) foldBlock(_ []float64, lo, hi int) {
	j.sc.score(j.dst[lo:hi], j.data[lo*j.n:hi*j.n])
}

// runScorer scores every row of data into dst, on the team's workers when
// tm is not nil, with foldRows.
func runScorer(sc rowScorer, dst, data []float64, tm *team, workers int) {
	if tm == nil {
		sc.score(dst, data)
		return
	}
	tm.job = scoreJob{sc: sc, dst: dst, data: data, n: len(data) / len(dst)}
	foldRows(&tm.job, nil, len(dst), 0, tm, workers)
	tm.job = scoreJob{}
}

// A blockFolder is the body of a pass over the rows of a matrix, block by
// block (see blockRows): foldBlock handles rows [lo, hi) and may store
// per-row results for those rows and partial aggregates of the block in
// part, which the caller combines in block order after the pass. Since
// each block's work depends only on the block, the combined result is
// bit-for-bit the same for any number of workers. This is the pass shape
// shared by the methods and weightings: pass 1 folds column aggregates
// (see colStats), the method turns them into coefficients, and pass 2
// scores rows or folds a second set of aggregates with a blockFolder.
type blockFolder interface {
	foldBlock(part []float64, lo, hi int)
}

// foldJob is a parallel folding call in progress.
type foldJob struct {
	f          blockFolder
	part       []float64
	w, s, rows int // w values a block, s apart in part
}

func (j *foldJob) runBlock(b int) {
	lo, hi := b*blockRows, min(b*blockRows+blockRows, j.rows)
	j.f.foldBlock(j.part[b*j.s:b*j.s+j.w], lo, hi)
}

// blockCount returns the number of blocks of rows rows.
func blockCount(rows int) int { return (rows + blockRows - 1) / blockRows }

// foldRows calls f.foldBlock for every block of rows rows, on the team's
// workers when tm is not nil, giving block b the w values part[b*w:b*w+w],
// zeroed, for its partial aggregates. It returns part, grown as needed to
// blockCount(rows)·w values, for the caller to combine in block order.
//
// With workers, the blocks' slots are first spaced out by at least a cache
// line (see foldStride) and packed after the pass: a folder that adds to
// its slot row by row would otherwise write to the cache line of the
// block a neighbouring worker holds, and the two cores would take the
// line from each other at every row.
func foldRows(f blockFolder, part []float64, rows, w int, tm *team, workers int) []float64 {
	nb := blockCount(rows)
	if tm == nil || nb < 2 {
		part = grow(part, nb*w)
		clear(part)
		for b := range nb {
			f.foldBlock(part[b*w:b*w+w], b*blockRows, min(b*blockRows+blockRows, rows))
		}
		return part
	}
	s := foldStride(w)
	part = grow(part, nb*s)
	clear(part)
	tm.fjob = foldJob{f: f, part: part, w: w, s: s, rows: rows}
	tm.run(workers, nb, &tm.fjob)
	tm.fjob = foldJob{}
	// Pack the slots in block order; slot b moves down from b·s to b·w.
	for b := 1; b < nb; b++ {
		copy(part[b*w:b*w+w], part[b*s:b*s+w])
	}
	return part[:nb*w]
}

// addBlockSums adds to sums the first len(sums) values of part, a block's
// partial sums, clearing sums first for the first block: a pass's column
// sums combined in block order from zero, the same bits for any number of
// workers.
func addBlockSums(sums, part []float64, first bool) {
	if first {
		clear(sums)
	}
	for j, v := range part[:len(sums)] {
		sums[j] += v
	}
}

// cacheLineFloats is the number of float64 values in a cache line of 64
// bytes, the common size (128 bytes on some processors: there, slots a
// line apart may still share a pair of lines fetched together, which
// costs less).
const cacheLineFloats = 8

// foldStride returns the distance between the slots of two blocks of w
// values in a parallel pass: w rounded up to a whole number of cache
// lines, plus a line (0 for w = 0), so that no cache line holds values of
// two blocks whatever the alignment of the slice.
func foldStride(w int) int {
	if w == 0 {
		return 0
	}
	return (w+cacheLineFloats-1)/cacheLineFloats*cacheLineFloats + cacheLineFloats
}
