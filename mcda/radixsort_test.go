package mcda

import (
	"cmp"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"pgregory.net/rapid"
)

// drawSortValues draws finite float64 values with many ties and the
// extremes: ±0, subnormals, ±SmallestNonzeroFloat64, ±MaxFloat64.
func drawSortValues(t *rapid.T) []float64 {
	special := []float64{0, math.Copysign(0, -1), math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64,
		math.MaxFloat64, -math.MaxFloat64, 1, -1, 2.5e-310, -2.5e-310, 1e308, -1e308, 0x1p53, 3, 3}
	m := rapid.IntRange(0, 3000).Draw(t, "m") // flat passes only (see radixFlat)
	switch rapid.IntRange(0, 9).Draw(t, "size") {
	case 0:
		m = rapid.IntRange(1<<16, 1<<16+3000).Draw(t, "large m") // a first digit of radixTop bits
	case 1:
		m = rapid.IntRange(radixFlat+1, radixFlat+3000).Draw(t, "middle m") // a first digit of radixBits bits
	}
	rng := rand.New(rand.NewPCG(rapid.Uint64().Draw(t, "seed"), 1))
	kind := rapid.IntRange(0, 3).Draw(t, "kind")
	vals := make([]float64, m)
	for i := range vals {
		switch {
		case rng.IntN(8) == 0:
			vals[i] = special[rng.IntN(len(special))]
		case kind == 0: // any finite bits
			for {
				vals[i] = math.Float64frombits(rng.Uint64())
				if !math.IsNaN(vals[i]) && !math.IsInf(vals[i], 0) {
					break
				}
			}
		case kind == 1: // few distinct values
			vals[i] = float64(rng.IntN(7) - 3)
		case kind == 2: // one decade, as a benchmark's
			vals[i] = 1 + 99*rng.Float64()
		default: // subnormal and tiny
			vals[i] = float64(rng.IntN(5)-2) * 1e-310 * rng.Float64()
		}
	}
	return vals
}

func TestRadixSortProperties(t *testing.T) {
	// Property: sorting the keys of any finite values, with their indices,
	// gives the keys in increasing order and equal keys in index order:
	// the bits of a stable sort by sortKey, which is the order of
	// slices.Sort with −0 before +0.
	t.Run("StableAndOrdered", rapid.MakeCheck(func(t *rapid.T) {
		vals := drawSortValues(t)
		keys := make([]uint64, len(vals))
		idx := make([]uint32, len(vals))
		for i, v := range vals {
			keys[i], idx[i] = sortKey(v), uint32(i)
		}
		var r radixSorter[uint32]
		for range 2 { // a reused sorter too
			ks, is := slices.Clone(keys), slices.Clone(idx)
			if len(ks) > 0 {
				lo, hi := keyRange(ks)
				ks, is = r.sort(ks, is, lo, hi)
			}
			want := make([]uint32, len(vals))
			for i := range want {
				want[i] = uint32(i)
			}
			slices.SortStableFunc(want, func(a, b uint32) int { return cmp.Compare(sortKey(vals[a]), sortKey(vals[b])) })
			sorted := slices.Clone(vals)
			slices.Sort(sorted)
			for q := range want {
				if is[q] != want[q] || ks[q] != sortKey(vals[want[q]]) {
					t.Fatalf("position %d: key %#x index %d, want %#x index %d", q, ks[q], is[q], sortKey(vals[want[q]]), want[q])
				}
				if v := keyValue(ks[q]); math.Float64bits(v) != math.Float64bits(vals[want[q]]) || v != sorted[q] {
					t.Fatalf("position %d: value %v, want %v (slices.Sort %v)", q, v, vals[want[q]], sorted[q])
				}
			}
		}
	}))
	// Property: without indices, the sorted keys are the same.
	t.Run("KeysOnly", rapid.MakeCheck(func(t *rapid.T) {
		vals := drawSortValues(t)
		if len(vals) == 0 {
			return
		}
		keys := make([]uint64, len(vals))
		for i, v := range vals {
			keys[i] = sortKey(v)
		}
		want := slices.Clone(keys)
		slices.Sort(want)
		var r radixSorter[uint32]
		lo, hi := keyRange(keys)
		got, _ := r.sort(keys, nil, lo, hi)
		if !slices.Equal(got, want) {
			t.Fatal("radix sort differs from slices.Sort on the keys")
		}
	}))
}

// TestRadixSortZeroAlloc checks that a warm sorter allocates nothing.
func TestRadixSortZeroAlloc(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	keys := make([]uint64, 5000)
	idx := make([]uint32, 5000)
	var r radixSorter[uint32]
	run := func() {
		for i := range keys {
			keys[i], idx[i] = sortKey(rng.NormFloat64()), uint32(i)
		}
		lo, hi := keyRange(keys)
		r.sort(keys, idx, lo, hi)
	}
	run()
	if n := testing.AllocsPerRun(10, run); n != 0 {
		t.Errorf("allocs = %v, want 0", n)
	}
}

// giniComparisonSort is Gini.Weights as it was before the radix sort:
// each column sorted with slices.Sort.
func giniComparisonSort(m *DecisionMatrix) ([]float64, error) {
	rows, n := m.Dims()
	dst := make([]float64, n)
	if err := weightingFirstBad(m, func(x float64) bool { return x < 0 }, ErrNegative); err != nil {
		return nil, err
	}
	col := make([]float64, rows)
	for j := range dst {
		m.Col(col, j)
		slices.Sort(col)
		lo, hi := col[0], col[rows-1]
		if lo == hi {
			continue
		}
		var num, sum float64
		for i, x := range col {
			x /= hi
			num += float64(2*i-rows+1) * x
			sum += x
		}
		dst[j] = math.Max(0, num/(float64(rows)*sum))
	}
	if err := weightingFinish("gini", m, dst); err != nil {
		return nil, err
	}
	return dst, nil
}

// codasComparisonSort is CODAS's H as it was before the radix sort, from
// its distances: the alternatives sorted by E with slices.SortFunc, which
// puts equal E in an arbitrary order, or with slices.SortStableFunc.
func codasComparisonSort(e, t []float64, tau float64, stable bool) []float64 {
	type point struct {
		e, t float64
		i    int
	}
	rows := len(e)
	pts := make([]point, rows)
	for i := range pts {
		pts[i] = point{e[i], t[i], i}
	}
	byE := func(a, b point) int { return cmp.Compare(a.e, b.e) }
	if stable {
		slices.SortStableFunc(pts, byE)
	} else {
		slices.SortFunc(pts, byE)
	}
	pe, pt := make([]float64, rows+1), make([]float64, rows+1)
	for q, p := range pts {
		pe[q+1] = pe[q] + p.e
		pt[q+1] = pt[q] + p.t
	}
	h := make([]float64, rows)
	fm := float64(rows)
	lo, hi, a, b := 0, 0, 0, 0
	for _, p := range pts {
		for lo < rows && !(pts[lo].e >= p.e) {
			lo++
		}
		for hi < rows && !(pts[hi].e > p.e) {
			hi++
		}
		sum := float64(lo)*p.e - pe[lo] + (fm-float64(hi))*p.e - (pe[rows] - pe[hi])
		for a < rows && p.e-pts[a].e >= tau {
			a++
		}
		for b < rows && !(p.e-pts[b].e <= -tau) {
			b++
		}
		sum += float64(a)*p.t - pt[a] + (fm-float64(b))*p.t - (pt[rows] - pt[b])
		h[p.i] = sum
	}
	return h
}

// sortTestProblem returns a problem of m×n values drawn as kind says: 0
// continuous in [1, 100), 1 integers 1…5 (ties), 2 zeros of both signs,
// subnormals and tiny values, 3 any non-negative finite value.
func sortTestProblem(t *rapid.T, m, n, kind int, rng *rand.Rand) *DecisionMatrix {
	alts := make([]string, m)
	rows := make([][]float64, m)
	for i := range rows {
		alts[i] = fmt.Sprint("a", i)
		rows[i] = make([]float64, n)
		for j := range rows[i] {
			switch kind {
			case 0:
				rows[i][j] = 1 + 99*rng.Float64()
			case 1:
				rows[i][j] = float64(1 + rng.IntN(5))
			case 2:
				rows[i][j] = []float64{0, math.Copysign(0, -1), math.SmallestNonzeroFloat64, 2.5e-310, 1e-300 * rng.Float64()}[rng.IntN(5)]
			default:
				rows[i][j] = math.Abs(math.Float64frombits(rng.Uint64()&^(0x7ff<<52) | uint64(rng.IntN(0x7ff))<<52))
			}
		}
	}
	crit := make([]Criterion, n)
	for j := range crit {
		crit[j] = Criterion{Name: fmt.Sprint("c", j), Objective: ObjectiveBenefit, Weight: 1}
		if rng.IntN(2) == 1 {
			crit[j].Objective = ObjectiveCost
		}
	}
	dm, err := NewDecisionMatrix(alts, crit, rows)
	if err != nil {
		t.Fatalf("building problem: %v", err)
	}
	return dm
}

func TestSortedMethodsMatchComparisonSort(t *testing.T) {
	draw := func(t *rapid.T) (*DecisionMatrix, int) {
		rng := rand.New(rand.NewPCG(rapid.Uint64().Draw(t, "seed"), 3))
		m := rapid.IntRange(1, 300).Draw(t, "small m")
		if rapid.Bool().Draw(t, "large") {
			m = rapid.IntRange(4000, 2*4096+100).Draw(t, "large m")
		}
		kind := rapid.IntRange(0, 3).Draw(t, "kind")
		return sortTestProblem(t, m, rapid.IntRange(1, 6).Draw(t, "n"), kind, rng), kind
	}
	// Property: Gini's weights, serial and with workers, are the bits of
	// the comparison sort's (ties and the order of −0 and +0 included).
	t.Run("Gini", rapid.MakeCheck(func(t *rapid.T) {
		m, _ := draw(t)
		want, werr := giniComparisonSort(m)
		for _, workers := range []int{0, 3} {
			got, err := (&Gini{Workers: workers}).Weights(nil, m)
			if (err == nil) != (werr == nil) {
				t.Fatalf("workers=%d: err = %v, want %v", workers, err, werr)
			}
			for j := range got {
				if math.Float64bits(got[j]) != math.Float64bits(want[j]) {
					t.Fatalf("workers=%d: weight %d = %v, comparison sort %v", workers, j, got[j], want[j])
				}
			}
		}
	}))
	// Property: CODAS's scores, serial and with workers (whose halves are
	// sorted apart and merged), are the bits of the stable comparison sort's,
	// and of the unstable one's when no two alternatives share E with
	// different T (the order of equal E only changes the rounding of the
	// prefix sums of T).
	t.Run("CODAS", rapid.MakeCheck(func(t *rapid.T) {
		m, kind := draw(t)
		if kind == 3 {
			return // the normalization rejects zeros of cost columns
		}
		c := &CODAS{}
		res, err := c.Evaluate(m)
		if err != nil {
			return // zeros in a cost column
		}
		par, err := (&CODAS{Workers: 3}).Scores(nil, m)
		if err != nil {
			t.Fatalf("workers=3: %v", err)
		}
		for i := range par {
			if math.Float64bits(par[i]) != math.Float64bits(res.Score[i]) {
				t.Fatalf("workers=3: score %d = %v, serial %v", i, par[i], res.Score[i])
			}
		}
		tieFree := true
		seen := map[float64]float64{}
		for i, e := range res.Euclidean {
			if t, ok := seen[e]; ok && t != res.Taxicab[i] {
				tieFree = false
			}
			seen[e] = res.Taxicab[i]
		}
		for _, stable := range []bool{true, false} {
			if !stable && !tieFree {
				continue
			}
			want := codasComparisonSort(res.Euclidean, res.Taxicab, 0.02, stable)
			for i := range want {
				if math.Float64bits(res.Score[i]) != math.Float64bits(want[i]) {
					t.Fatalf("stable=%v: score %d = %v, comparison sort %v", stable, i, res.Score[i], want[i])
				}
			}
		}
	}))
}

// BenchmarkRadixSort sorts 10⁶ keys, as Gini sorts a column and CODAS
// its assessments: values uniform in [1, 100), as the benchmark matrix's,
// and log-normal ones; "payload" moves a uint32 index with each key.
func BenchmarkRadixSort(b *testing.B) {
	const m = 1_000_000
	rng := rand.New(rand.NewPCG(3, 4))
	dists := []struct {
		name string
		draw func() float64
	}{
		{"uniform", func() float64 { return 1 + 99*rng.Float64() }},
		{"lognormal", func() float64 { return math.Exp(2 * rng.NormFloat64()) }},
	}
	for _, d := range dists {
		src := make([]uint64, m)
		for i := range src {
			src[i] = sortKey(d.draw())
		}
		lo, hi := keyRange(src)
		keys := make([]uint64, m)
		b.Run(d.name, func(b *testing.B) {
			var r radixSorter[struct{}]
			r.sort(slices.Clone(src), nil, lo, hi) // the scratch space, as a reused sorter has it
			b.ReportAllocs()
			for b.Loop() {
				copy(keys, src)
				r.sort(keys, nil, lo, hi)
			}
		})
		b.Run(d.name+",payload", func(b *testing.B) {
			var r radixSorter[uint32]
			idx := make([]uint32, m)
			r.sort(slices.Clone(src), slices.Clone(idx), lo, hi)
			b.ReportAllocs()
			for b.Loop() {
				copy(keys, src)
				for i := range idx {
					idx[i] = uint32(i)
				}
				r.sort(keys, idx, lo, hi)
			}
		})
	}
}
