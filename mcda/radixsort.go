package mcda

import "math/bits"

// radixBits is the width of radixSorter's digits for more than radixFlat
// keys: 2⁸ buckets, few enough that scattering into them stays within the
// cache and the TLB.
const radixBits = 8

// radixTop is the width of the first digit of a sort of 2¹⁶ keys or more:
// wider than radixBits, so that most buckets left fit in the cache, but
// not so wide that scattering into them misses the TLB.
const radixTop = 10

// radixFlat is the number of keys up to which msdSort takes a digit wide
// enough for one or two keys a bucket (radixFlatBits at most), sorts
// further only the buckets of more than radixLeaf keys, and then finishes
// with one insertion sort of the whole range: the buckets are in order, so
// a key moves only within its bucket, fewer than radixLeaf places. This
// last pass costs less than a level of small buckets, each sorted on its
// own: their bounds, ranges and sizes cost more than the keys they hold.
const radixFlat = 1 << 13

// radixFlatBits is the widest digit of a flat pass (see radixFlat).
const radixFlatBits = 12

// radixSorter is the scratch space of a stable most significant digit
// radix sort of uint64 keys, with an optional payload of type P per key
// (an alternative's index, say). Float64 values sort through [sortKey], which
// maps them to uint64 keys in the same order, −0 before +0 (the inputs are
// finite: no NaN). The zero value is ready to use; once it has sorted as
// many keys, it allocates nothing.
//
// Each pass buckets the keys by the bits below the highest bit where
// k − lo can be nonzero, lo and hi being the least and greatest key of the
// keys at hand: 8 bits (10 in the first pass of 2¹⁶ keys or more), and for
// at most radixFlat keys as many bits as it takes for one or two keys a
// bucket (see radixFlat). The buckets are then sorted the same way, each on
// its own range, and a bucket of equal keys is left as it is; a sort of at
// most 16 keys is a rank sort. After the first pass a bucket fits in the
// cache, so most of the work does not touch main memory. A million values
// spread over two decades take two or three levels; there are at most 13
// whatever the values, since a digit has 5 bits at least: time
// O(m·min(13, log m)), scratch m keys and m payloads, and 32 KB of bucket
// bounds per level.
type radixSorter[P any] struct {
	keys  []uint64
	idx   []P
	start [][1<<radixFlatBits + 1]int // the bucket bounds of each level of the recursion
	next  [1<<radixFlatBits + 1]int   // the next free slot of each bucket
}

// keyRange returns the smallest and largest of keys, which is not empty.
func keyRange(keys []uint64) (lo, hi uint64) {
	lo, hi = keys[0], keys[0]
	for _, k := range keys {
		lo = min(lo, k)
		hi = max(hi, k)
	}
	return lo, hi
}

// sort sorts keys into increasing order, stably, moving idx[i] with
// keys[i] when idx is not nil (it then has the length of keys). lo and hi
// must be the smallest and largest key (see keyRange). It returns the
// sorted keys and payloads, which are either keys and idx or the sorter's
// scratch space: the other holds garbage.
func (r *radixSorter[P]) sort(keys []uint64, idx []P, lo, hi uint64) ([]uint64, []P) {
	m := len(keys)
	if lo == hi {
		return keys, idx
	}
	if m <= radixLeaf {
		rankSort(keys, idx)
		return keys, idx
	}
	if cap(r.keys) < m {
		r.keys = make([]uint64, m)
	}
	var tmpIdx []P
	if idx != nil {
		if cap(r.idx) < m {
			r.idx = make([]P, m)
		}
		tmpIdx = r.idx[:m]
	}
	if r.msdSort(0, keys, r.keys[:m], idx, tmpIdx, lo, hi) {
		return r.keys[:m], tmpIdx
	}
	return keys, idx
}

// msdSort sorts a stably, with ia when it is not nil, using tmp and itmp
// of the same lengths as scratch space, given lo and hi the least and
// greatest key of a, at the given level of the recursion. It reports
// whether the result is in tmp and itmp rather than in a and ia.
func (r *radixSorter[P]) msdSort(level int, a, tmp []uint64, ia, itmp []P, lo, hi uint64) bool {
	m := len(a)
	if lo == hi {
		return false
	}
	if m <= radixLeaf {
		rankSort(a, ia)
		return false
	}
	flat := m <= radixFlat
	width := radixBits
	switch {
	case flat:
		width = min(radixFlatBits, bits.Len(uint(m)))
	case level == 0 && m >= 1<<16:
		width = radixTop
	}
	shift := uint(max(bits.Len64(hi-lo)-width, 0))
	nb := 1 << width
	if level == len(r.start) {
		// A level has digits of 5 bits at least (a flat pass on 17 keys),
		// so there are at most 13.
		r.start = append(r.start, [1<<radixFlatBits + 1]int{})
	}
	start, next := r.start[level][:nb+1], r.next[:nb+1]
	clear(start)
	for _, k := range a {
		start[(k-lo)>>shift+1]++
	}
	for b := 1; b < len(start); b++ {
		start[b] += start[b-1]
	}
	copy(next, start)
	if ia == nil {
		for _, k := range a {
			b := (k - lo) >> shift
			tmp[next[b]] = k
			next[b]++
		}
	} else {
		ia := ia[:m]
		for i, k := range a {
			b := (k - lo) >> shift
			tmp[next[b]], itmp[next[b]] = k, ia[i]
			next[b]++
		}
	}
	least := 2 // the least size of a bucket sorted further
	if flat {
		least = radixLeaf + 1
	}
	for b := range nb {
		s, e := start[b], start[b+1]
		if e-s < least {
			continue
		}
		var sub, subTmp []P
		if ia != nil {
			sub, subTmp = itmp[s:e], ia[s:e]
		}
		blo, bhi := keyRange(tmp[s:e])
		if r.msdSort(level+1, tmp[s:e], a[s:e], sub, subTmp, blo, bhi) {
			copy(tmp[s:e], a[s:e])
			if ia != nil {
				copy(itmp[s:e], ia[s:e])
			}
		}
	}
	if flat {
		insertionSort(tmp, itmp)
	}
	return true
}

// insertionSort sorts keys stably, moving idx[i] with keys[i] when idx is
// not nil. It takes time O(m + d), d being the number of pairs out of
// order.
func insertionSort[P any](keys []uint64, idx []P) {
	if idx == nil {
		for i := 1; i < len(keys); i++ {
			x := keys[i]
			j := i
			for ; j > 0 && keys[j-1] > x; j-- {
				keys[j] = keys[j-1]
			}
			keys[j] = x
		}
		return
	}
	for i := 1; i < len(keys); i++ {
		x, p := keys[i], idx[i]
		j := i
		for ; j > 0 && keys[j-1] > x; j-- {
			keys[j], idx[j] = keys[j-1], idx[j-1]
		}
		keys[j], idx[j] = x, p
	}
}

// radixLeaf is the number of keys up to which msdSort sorts a bucket by
// rankSort.
const radixLeaf = 16

// rankSort sorts at most radixLeaf keys stably, moving idx[i] with keys[i]
// when idx is not nil: each key goes to its rank, the number of keys
// before it in the order, counted by comparisons without a branch. Its
// k² comparisons cost less than an insertion sort's k²/4 moves, whose
// loop ends at a place the processor cannot predict, about once a key.
func rankSort[P any](keys []uint64, idx []P) {
	var kb [radixLeaf]uint64
	var ib [radixLeaf]P
	k := kb[:copy(kb[:], keys)]
	if idx != nil {
		copy(ib[:], idx)
	}
	for i, x := range k {
		r := 0
		for _, y := range k[:i] {
			r += b2i(y <= x) // an equal key before x stays before it
		}
		for _, y := range k[i+1:] {
			r += b2i(y < x)
		}
		keys[r] = x
		if idx != nil {
			idx[r] = ib[i]
		}
	}
}
