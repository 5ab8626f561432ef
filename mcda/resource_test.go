package mcda_test

import (
	"bytes"
	"math"
	"runtime"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
)

// allocBytes returns the bytes f allocates, the least of three runs, so
// that an allocation of another goroutine does not count.
func allocBytes(f func()) float64 {
	best := uint64(math.MaxUint64)
	for range 3 {
		var a, b runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&a)
		f()
		runtime.ReadMemStats(&b)
		best = min(best, b.TotalAlloc-a.TotalAlloc)
	}
	return float64(best)
}

// TestResourceContract checks the memory orders stated in the package
// documentation (# Resources): each computation runs, from a fresh value
// and a nil destination, on m and on 4m alternatives (or n and 4n
// criteria), and the bytes it allocates may grow by at most 1.5 times the
// stated order: 4 for O(m), 16 for O(m²). A computation one order above
// its claim grows by 4 times more, which the slack of 1.5 does not cover.
func TestResourceContract(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates some 50 MB")
	}
	const m1, n1, k = 300, 6, 4
	type entry struct {
		name  string
		order float64 // the stated growth for a size k times larger
		byN   bool    // vary n rather than m
		run   func(t *testing.T, m *mcda.DecisionMatrix)
	}
	scores := func(meth func() mcda.Method) func(*testing.T, *mcda.DecisionMatrix) {
		return func(t *testing.T, m *mcda.DecisionMatrix) {
			if _, err := meth().Scores(nil, m); err != nil {
				t.Fatal(err)
			}
		}
	}
	weights := func(w func() mcda.Weighting) func(*testing.T, *mcda.DecisionMatrix) {
		return func(t *testing.T, m *mcda.DecisionMatrix) {
			if _, err := w().Weights(nil, m); err != nil {
				t.Fatal(err)
			}
		}
	}
	var entries []entry
	for _, name := range mcda.MethodNames() {
		order := float64(k) // O(m + n) scratch and an O(m) result
		entries = append(entries, entry{name: name, order: order, run: scores(func() mcda.Method {
			meth, _ := mcda.NewMethod(name, mcda.MethodOptions{})
			return meth
		})})
	}
	for _, name := range mcda.WeightingNames() {
		order := float64(k)
		if name == "critic" {
			entries = append(entries, entry{name: "critic by n", order: k * k, byN: true, run: weights(func() mcda.Weighting { w, _ := mcda.NewWeighting(name); return w })})
		}
		entries = append(entries, entry{name: "weighting " + name, order: order, run: weights(func() mcda.Weighting { w, _ := mcda.NewWeighting(name); return w })})
	}
	entries = append(entries,
		entry{"promethee evaluate", k * k, false, func(t *testing.T, m *mcda.DecisionMatrix) {
			if _, err := (&mcda.PROMETHEE{}).Evaluate(m); err != nil {
				t.Fatal(err)
			}
		}},
		entry{"electre i", k * k, false, func(t *testing.T, m *mcda.DecisionMatrix) {
			if _, err := (&mcda.ELECTREI{}).Evaluate(m); err != nil {
				t.Fatal(err)
			}
		}},
		entry{"rank", k, false, func(t *testing.T, m *mcda.DecisionMatrix) {
			if _, err := mcda.Rank(&mcda.WSM{}, m); err != nil {
				t.Fatal(err)
			}
		}},
		entry{"shift", k, false, func(t *testing.T, m *mcda.DecisionMatrix) {
			if _, _, err := mcda.ShiftColumns(m, 1000); err != nil {
				t.Fatal(err)
			}
		}},
		entry{"read csv", k, false, func(t *testing.T, m *mcda.DecisionMatrix) {
			var buf bytes.Buffer
			if err := mcda.WriteCSV(&buf, m); err != nil {
				t.Fatal(err)
			}
			if _, err := mcda.ReadCSV(&buf); err != nil {
				t.Fatal(err)
			}
		}},
		entry{"read json", k, false, func(t *testing.T, m *mcda.DecisionMatrix) {
			var buf bytes.Buffer
			if err := mcda.WriteJSON(&buf, m); err != nil {
				t.Fatal(err)
			}
			if _, err := mcda.ReadJSON(&buf); err != nil {
				t.Fatal(err)
			}
		}},
		entry{"kendall, with its O(m) inputs", k, false, func(t *testing.T, m *mcda.DecisionMatrix) {
			rows, _ := m.Dims()
			x, y := make([]float64, rows), make([]float64, rows)
			for i := range x {
				x[i], y[i] = float64(i+1), float64(rows-i)
			}
			// Knight's algorithm: an index, the sorted y and a merge
			// buffer, 24 bytes per alternative.
			var err error
			if n := allocBytes(func() { _, err = mcda.KendallTauB(x, y) }); n > 24*float64(rows)+1024 || err != nil {
				t.Errorf("KendallTauB allocated %v bytes for %d alternatives, err %v; want at most 24 per alternative", n, rows, err)
			}
		}},
	)
	for _, e := range entries {
		t.Run(e.name, func(t *testing.T) {
			small, large := benchProblem(t, m1, n1), benchProblem(t, k*m1, n1)
			if e.byN {
				small, large = benchProblem(t, m1, n1), benchProblem(t, m1, k*n1)
			}
			a := allocBytes(func() { e.run(t, small) })
			b := allocBytes(func() { e.run(t, large) })
			if b > 1.5*e.order*math.Max(a, 1) {
				t.Errorf("allocated %v bytes, then %v at %d times the size: grows by %.1f, more than 1.5 × %v",
					a, b, k, b/a, e.order)
			}
			t.Logf("%.0f → %.0f bytes (×%.2f, stated ×%v)", a, b, b/math.Max(a, 1), e.order)
		})
	}
}
