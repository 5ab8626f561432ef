package mcda

import "math/bits"

// radixBits is the widest digit of radixSorter: 2¹¹ counts of 4 bytes per
// pass stay within the first-level cache.
const radixBits = 11

// radixSmall is the number of keys below which radixSorter sorts by
// insertion: clearing and summing the counts would cost more.
const radixSmall = 256

// radixSorter is the scratch space of a stable least significant digit
// radix sort of uint64 keys, with an optional uint32 payload per key (an
// alternative's index, say). Float64 values sort through [sortKey], which
// maps them to uint64 keys in the same order, −0 before +0 (the inputs are
// finite: no NaN). The zero value is ready to use; once it has sorted as
// many keys, it allocates nothing.
//
// The keys are sorted relative to their minimum lo, on the bits where
// k − lo can differ from 0: with L = bits.Len64(hi − lo), in ⌈L/11⌉ passes
// of digits of at most 11 bits, and a pass is skipped when every key has
// the same digit. Values within a factor of 100 of one another, say, take
// five passes. Time O(m·L/11), scratch 12·m bytes and 48 KiB of counts.
type radixSorter struct {
	count *[(64 + radixBits - 1) / radixBits][1 << radixBits]uint32
	keys  []uint64
	idx   []uint32
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
func (r *radixSorter) sort(keys []uint64, idx []uint32, lo, hi uint64) ([]uint64, []uint32) {
	m := len(keys)
	if lo == hi {
		return keys, idx
	}
	if m < radixSmall {
		insertionSort(keys, idx)
		return keys, idx
	}
	l := bits.Len64(hi - lo)
	passes := (l + radixBits - 1) / radixBits
	width := uint((l + passes - 1) / passes)
	mask := uint64(1)<<width - 1
	if r.count == nil {
		r.count = new([(64 + radixBits - 1) / radixBits][1 << radixBits]uint32)
	}
	count := r.count[:passes]
	for p := range count {
		clear(count[p][:mask+1])
	}
	// The counts of every digit, in one read of the keys.
	switch passes {
	case 5:
		c0, c1, c2, c3, c4 := &count[0], &count[1], &count[2], &count[3], &count[4]
		for _, k := range keys {
			d := k - lo
			c0[d&mask]++
			c1[(d>>width)&mask]++
			c2[(d>>(2*width))&mask]++
			c3[(d>>(3*width))&mask]++
			c4[(d>>(4*width))&mask]++
		}
	default:
		for _, k := range keys {
			d := k - lo
			for p := range count {
				count[p][(d>>(uint(p)*width))&mask]++
			}
		}
	}
	if cap(r.keys) < m {
		r.keys = make([]uint64, m)
	}
	keys2 := r.keys[:m]
	var idx2 []uint32
	if idx != nil {
		if cap(r.idx) < m {
			r.idx = make([]uint32, m)
		}
		idx2 = r.idx[:m]
	}
	for p := range count {
		c := &count[p]
		shift := uint(p) * width
		if c[((keys[0]-lo)>>shift)&mask] == uint32(m) {
			continue // every key has this digit
		}
		var sum uint32
		for b, v := range c[:mask+1] {
			c[b] = sum
			sum += v
		}
		if idx == nil {
			for _, k := range keys {
				b := ((k - lo) >> shift) & mask
				keys2[c[b]] = k
				c[b]++
			}
		} else {
			idx := idx[:m]
			for i, k := range keys {
				b := ((k - lo) >> shift) & mask
				keys2[c[b]], idx2[c[b]] = k, idx[i]
				c[b]++
			}
		}
		keys, keys2 = keys2, keys
		idx, idx2 = idx2, idx
	}
	return keys, idx
}

// insertionSort sorts keys stably, moving idx[i] with keys[i] when idx is
// not nil.
func insertionSort(keys []uint64, idx []uint32) {
	for i := 1; i < len(keys); i++ {
		k := keys[i]
		j := i
		for j > 0 && keys[j-1] > k {
			keys[j] = keys[j-1]
			j--
		}
		keys[j] = k
		if idx != nil {
			x := idx[i]
			copy(idx[j+1:i+1], idx[j:i])
			idx[j] = x
		}
	}
}
