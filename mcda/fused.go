package mcda

import "math"

// colFoldKind selects what a colFold sums per column.
type colFoldKind int

const (
	foldSum      colFoldKind = iota // Σ r_ij
	foldDevSq                       // Σ (r_ij − mean_j)²
	foldLog1p                       // Σ ln(1 + r_ij)
	foldDev                         // Σ (r_ij − mean_j)
	foldEntropyG                    // Σ g((r_ij − mean_j)/mean_j), see entropyG
)

// colFold is a second pass of the shared block structure (see foldRows)
// that sums a function of the transformed values r_ij = ts[j].apply(x_ij)
// of every column: each block sums its rows from zero in row order, and
// the block sums are added in block order, so the totals are bit-for-bit
// the same for any number of workers.
type colFold struct {
	kind colFoldKind
	ts   []transform
	mean []float64 // for foldDevSq
	part []float64 // the per-block sums

	// The transforms as arrays, r = off + (x·p − c)·s, when none is
	// reciprocal (affine is true): the loops then need no branch.
	affine       bool
	off, p, c, s []float64

	data []float64 // the matrix of the call in progress
}

// run stores in dst the column totals of the kind of fold over the rows×n
// values of data and returns dst.
func (f *colFold) run(dst []float64, kind colFoldKind, ts []transform, data []float64, tm *team, workers int) []float64 {
	n := len(ts)
	rows := len(data) / n
	f.setup(kind, ts)
	f.data = data
	// Each block gets 2n values: its sums and a scratch row.
	f.part = foldRows(f, f.part, rows, 2*n, tm, workers)
	f.data = nil
	for b := range blockCount(rows) {
		addBlockSums(dst, f.part[2*b*n:2*b*n+n], b == 0)
	}
	return dst
}

// setup prepares f to fold the given kind of sums of ts's transforms.
func (f *colFold) setup(kind colFoldKind, ts []transform) {
	n := len(ts)
	f.kind, f.ts = kind, ts
	f.off, f.p, f.c, f.s = grow(f.off, n), grow(f.p, n), grow(f.c, n), grow(f.s, n)
	f.affine = true
	for j, t := range ts {
		f.affine = f.affine && !t.recip
		f.off[j], f.p[j], f.c[j], f.s[j] = t.off, t.p, t.c, t.s
	}
}

func (f *colFold) foldBlock(part []float64, lo, hi int) {
	n := len(f.ts)
	ts := f.ts[:n]
	if f.affine {
		f.foldAffine(part[:n], part[n:2*n], lo, hi)
		return
	}
	part = part[:n]
	switch f.kind {
	case foldSum:
		for i := lo; i < hi; i++ {
			for j, x := range f.data[i*n : i*n+n] {
				part[j] += ts[j].apply(x)
			}
		}
	case foldDevSq:
		mean := f.mean[:n]
		for i := lo; i < hi; i++ {
			for j, x := range f.data[i*n : i*n+n] {
				r := ts[j].apply(x) - mean[j]
				part[j] += r * r
			}
		}
	case foldLog1p:
		for i := lo; i < hi; i++ {
			for j, x := range f.data[i*n : i*n+n] {
				part[j] += math.Log1p(ts[j].apply(x))
			}
		}
	case foldDev:
		mean := f.mean[:n]
		for i := lo; i < hi; i++ {
			for j, x := range f.data[i*n : i*n+n] {
				part[j] += ts[j].apply(x) - mean[j]
			}
		}
	case foldEntropyG:
		mean := f.mean[:n]
		for i := lo; i < hi; i++ {
			for j, x := range f.data[i*n : i*n+n] {
				part[j] += entropyG((ts[j].apply(x) - mean[j]) / mean[j])
			}
		}
	}
}

// logChunk is the number of rows whose factors 1 + r_ij in [1, 2] foldLog1p
// multiplies before taking one logarithm: their product is at most 2⁶⁴.
const logChunk = 64

// foldAffine is foldBlock for affine transforms, computing r_ij exactly as
// transform.apply does; prod is scratch. For foldLog1p, whose transforms
// map into [0, 1] (min-max), it sums ln Π(1 + r_ij) over chunks of
// logChunk rows, one logarithm per chunk rather than one per value.
func (f *colFold) foldAffine(part, prod []float64, lo, hi int) {
	n := len(part)
	off, p, c, s := f.off[:n], f.p[:n], f.c[:n], f.s[:n]
	switch f.kind {
	case foldSum:
		for i := lo; i < hi; i++ {
			row := f.data[i*n : i*n+n]
			for j, x := range row[:len(part)] {
				part[j] += off[j] + (x*p[j]-c[j])*s[j]
			}
		}
	case foldDevSq:
		mean := f.mean[:n]
		for i := lo; i < hi; i++ {
			row := f.data[i*n : i*n+n]
			for j, x := range row[:len(part)] {
				r := off[j] + (x*p[j]-c[j])*s[j] - mean[j]
				part[j] += r * r
			}
		}
	case foldLog1p:
		prod = prod[:n]
		for c0 := lo; c0 < hi; c0 += logChunk {
			for j := range prod {
				prod[j] = 1
			}
			for i := c0; i < min(c0+logChunk, hi); i++ {
				row := f.data[i*n : i*n+n]
				for j, x := range row[:len(prod)] {
					prod[j] *= 1 + (off[j] + (x*p[j]-c[j])*s[j])
				}
			}
			for j, v := range prod {
				part[j] += math.Log(v)
			}
		}
	case foldDev:
		mean := f.mean[:n]
		for i := lo; i < hi; i++ {
			row := f.data[i*n : i*n+n]
			for j, x := range row[:len(part)] {
				part[j] += off[j] + (x*p[j]-c[j])*s[j] - mean[j]
			}
		}
	case foldEntropyG:
		f.foldEntropy(part, lo, hi)
	}
}

// b2i returns 1 for true and 0 for false, without a branch.
func b2i(b bool) int {
	var i int
	if b {
		i = 1
	}
	return i
}

// entropyChunk is the number of values foldEntropy sorts into its two
// kinds at a time, on the stack.
const entropyChunk = 512

// foldEntropy adds entropyG(δ_ij) of rows [lo, hi) to part, for affine
// transforms: the bits of calling entropyG per value in row order, in
// less time. The values of a chunk are first sorted, without a branch,
// into those that take ln(1 + δ) (by lnxs, the bits of lnx, without a call
// per value) and those that take the series, each kind then in a loop of
// its own: calling entropyG per value, the processor mispredicted which
// kind the next value is at about every tenth value, and the series' long
// chain of dependent steps held back the values after it. The terms are
// then added in row order.
func (f *colFold) foldEntropy(part []float64, lo, hi int) {
	n := len(part)
	off, p, c, s, mean := f.off[:n], f.p[:n], f.c[:n], f.s[:n], f.mean[:n]
	var (
		d, g, arg, ln    [entropyChunk]float64
		useLn, useSeries [entropyChunk]uint16
	)
	vals := f.data[lo*n : hi*n]
	j0 := 0 // the column of vals[0]
	for len(vals) > 0 {
		chunk := vals[:min(len(vals), entropyChunk)]
		vals = vals[len(chunk):]
		nl, ns := 0, 0
		j := j0
		for t, x := range chunk {
			dt := (off[j] + (x*p[j]-c[j])*s[j] - mean[j]) / mean[j]
			d[t] = dt
			useLn[nl], useSeries[ns] = uint16(t), uint16(t)
			k := b2i(dt > -1) & b2i(math.Abs(dt) >= entropySeriesBound)
			nl += k
			ns += 1 - k
			if j++; j == n {
				j = 0
			}
		}
		for k, t := range useLn[:nl] {
			arg[k] = 1 + d[t]
		}
		lnxs(ln[:nl], arg[:nl])
		for k, t := range useLn[:nl] {
			g[t] = (1+d[t])*ln[k] - d[t]
		}
		for _, t := range useSeries[:ns] {
			g[t] = entropySeries(d[t])
		}
		for _, v := range g[:len(chunk)] {
			part[j0] += v
			if j0++; j0 == n {
				j0 = 0
			}
		}
	}
}

// momentFold is a one-pass column statistic of the shared block structure
// (see foldRows): the minimum, the maximum, the mean and the sum of squared
// deviations from the mean of every column of a row-major matrix. Each
// block computes its extremes and sum in one sweep and its squared
// deviations from its own mean in a second sweep, over rows still in the
// cache; the blocks are then combined in block order by Chan, Golub and
// LeVeque's update (1979), so the results are bit-for-bit the same for any
// number of workers, and as accurate as the two-pass algorithm.
type momentFold struct {
	min, max, mean, m2 []float64

	part []float64
	data []float64 // the matrix of the call in progress
	n    int
}

// run computes the statistics of the rows×n values of data (rows >= 1).
func (f *momentFold) run(data []float64, n int, tm *team, workers int) {
	rows := len(data) / n
	f.data, f.n = data, n
	f.part = foldRows(f, f.part, rows, 4*n, tm, workers)
	f.data = nil
	f.min, f.max, f.mean, f.m2 = grow(f.min, n), grow(f.max, n), grow(f.mean, n), grow(f.m2, n)
	cnt := 0.0
	for b := range blockCount(rows) {
		pt := f.part[4*b*n : 4*b*n+4*n]
		mn, mx, mean, m2 := pt[:n], pt[n:2*n], pt[2*n:3*n], pt[3*n:4*n]
		nb := float64(min(blockRows, rows-b*blockRows))
		if b == 0 {
			copy(f.min, mn)
			copy(f.max, mx)
			copy(f.mean, mean)
			copy(f.m2, m2)
			cnt = nb
			continue
		}
		tot := cnt + nb
		for j := range n {
			if mn[j] < f.min[j] {
				f.min[j] = mn[j]
			}
			if mx[j] > f.max[j] {
				f.max[j] = mx[j]
			}
			d := mean[j] - f.mean[j]
			f.mean[j] += d * (nb / tot)
			f.m2[j] += m2[j] + d*d*(cnt*nb/tot)
		}
		cnt = tot
	}
}

// foldBlock stores in part the block's column minima, maxima, means and
// sums of squared deviations from the means.
func (f *momentFold) foldBlock(part []float64, lo, hi int) {
	n := f.n
	mn, mx, mean, m2 := part[:n], part[n:2*n], part[2*n:3*n], part[3*n:4*n]
	blk := f.data[lo*n : hi*n]
	blockAggs(mn, mx, mean, nil, nil, blk, aggSum)
	inv := 1 / float64(hi-lo)
	for j := range mean {
		mean[j] *= inv
	}
	clear(m2)
	for i := 0; i < len(blk); i += n {
		for j, x := range blk[i : i+n][:len(mean)] {
			d := x - mean[j]
			m2[j] += d * d
		}
	}
}
