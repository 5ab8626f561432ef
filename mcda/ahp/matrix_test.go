package ahp_test

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gonum.org/v1/gonum/mat"

	"github.com/balancer-mcda/balancer/mcda/ahp"
)

func TestMatrixAccessors(t *testing.T) {
	items := []string{"a", "b", "c"}
	rows := [][]float64{{1, 3, 5}, {0.333333333333, 1, 2}, {fifth, 0.5, 1}}
	m, err := ahp.NewMatrix(items, rows, ahp.Scale{})
	if err != nil {
		t.Fatal(err)
	}
	items[0] = "changed"
	rows[0][1] = 7
	if got := m.Items(); !cmp.Equal(got, []string{"a", "b", "c"}) {
		t.Errorf("Items() = %v after changing the input; want [a b c]", got)
	}
	m.Items()[0] = "x"
	if m.Item(0) != "a" || m.Len() != 3 {
		t.Errorf("Items() is not a copy, or Len = %d", m.Len())
	}
	// The lower triangle is stored as the exact reciprocal.
	if m.At(0, 1) != 3 || m.At(1, 0) != 1.0/3 || m.At(1, 1) != 1 {
		t.Errorf("At = %v %v %v; want 3 1/3 1", m.At(0, 1), m.At(1, 0), m.At(1, 1))
	}
	want := mat.NewDense(3, 3, []float64{1, 3, 5, third, 1, 2, fifth, 0.5, 1})
	if !mat.Equal(m.Dense(), want) || !mat.Equal(m, want) {
		t.Errorf("Dense() = %v; want %v", mat.Formatted(m.Dense()), mat.Formatted(want))
	}
	tr := m.Transpose()
	if !mat.Equal(tr, want.T()) || !mat.Equal(m.T(), want.T()) {
		t.Errorf("Transpose() = %v; want %v", mat.Formatted(tr), mat.Formatted(want.T()))
	}
	back, err := ahp.NewMatrixFromJudgments(m.Items(), m.Judgments(), ahp.Scale{})
	if err != nil || !mat.Equal(back, m) {
		t.Errorf("NewMatrixFromJudgments(Judgments()) = %v, %v; want the same matrix", back, err)
	}
	from, err := ahp.NewMatrixFrom(m.Items(), want, ahp.Scale{})
	if err != nil || !mat.Equal(from, m) {
		t.Errorf("NewMatrixFrom = %v, %v", from, err)
	}
	if m.Scale() != (ahp.Scale{}) {
		t.Errorf("Scale() = %v; want zero", m.Scale())
	}
	if lo, hi := (ahp.Scale{}).Bounds(); lo != 1.0/9 || hi != 9 {
		t.Errorf("zero Scale bounds = %v, %v; want 1/9, 9", lo, hi)
	}
}

// TestNinthWrittenOut checks that 1/9 written with nine decimals passes the
// scale and reciprocity checks, as the Scale doc promises.
func TestNinthWrittenOut(t *testing.T) {
	if _, err := ahp.NewMatrix([]string{"a", "b"}, [][]float64{{1, 9}, {0.111111111, 1}}, ahp.Scale{}); err != nil {
		t.Errorf("NewMatrix with 0.111111111: %v", err)
	}
	if _, err := ahp.NewMatrix([]string{"a", "b"}, [][]float64{{1, 0.111111111}, {9, 1}}, ahp.Scale{}); err != nil {
		t.Errorf("NewMatrix with 0.111111111 above the diagonal: %v", err)
	}
	if _, err := ahp.NewMatrixFromJudgments([]string{"a", "b"}, []ahp.Judgment{{A: "a", B: "b", Value: 0.111111111}}, ahp.Scale{}); err != nil {
		t.Errorf("NewMatrixFromJudgments with 0.111111111: %v", err)
	}
	wide := ahp.Scale{Min: 0.01, Max: 100}
	if _, err := ahp.NewMatrixFromJudgments([]string{"a", "b"}, []ahp.Judgment{{A: "b", B: "a", Value: 50}}, wide); err != nil {
		t.Errorf("NewMatrixFromJudgments 50 with a widened scale: %v", err)
	}
}

func TestSmallMatrices(t *testing.T) {
	one, err := ahp.NewMatrix([]string{"x"}, [][]float64{{1}}, ahp.Scale{})
	if err != nil {
		t.Fatal(err)
	}
	two, err := ahp.NewMatrixFromJudgments([]string{"x", "y"}, []ahp.Judgment{{A: "y", B: "x", Value: 4}}, ahp.Scale{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		m    *ahp.Matrix
		want []float64
	}{
		{one, []float64{1}},
		{two, []float64{0.2, 0.8}},
	} {
		for _, method := range []ahp.PriorityMethod{ahp.PriorityEigen, ahp.PriorityGeometricMean} {
			if diff := cmp.Diff(tc.want, tc.m.Priorities(method), approxTight); diff != "" {
				t.Errorf("n=%d %v priorities (-want +got):\n%s", tc.m.Len(), method, diff)
			}
		}
		for _, table := range []ahp.RandomIndexTable{ahp.RandomIndexSaaty1980, ahp.RandomIndexSaaty2005, ahp.RandomIndexDoneganDodd1991, ahp.RandomIndexAlonsoLamata2006} {
			c, err := tc.m.Consistency(table)
			want := ahp.Consistency{LambdaMax: float64(tc.m.Len()), Table: table}
			if err != nil || c != want {
				t.Errorf("n=%d Consistency(%v) = %+v, %v; want %+v (exact)", tc.m.Len(), table, c, err, want)
			}
		}
	}
}

// TestZeroAllocations asserts that a warmed-up Solver allocates nothing.
func TestZeroAllocations(t *testing.T) {
	m := randomMatrix(20, 1)
	dst := make([]float64, m.Len())
	for _, method := range []ahp.PriorityMethod{ahp.PriorityEigen, ahp.PriorityGeometricMean} {
		s := ahp.Solver{Method: method}
		s.Priorities(dst, m)
		if n := testing.AllocsPerRun(100, func() { s.Priorities(dst, m) }); n != 0 {
			t.Errorf("%v Priorities allocs = %v, want 0", method, n)
		}
		if n := testing.AllocsPerRun(100, func() { _, _ = s.Consistency(m, ahp.RandomIndexDoneganDodd1991) }); n != 0 {
			t.Errorf("Consistency allocs = %v, want 0", n)
		}
	}
}

// TestEigenFallback forces the dense eigendecomposition by allowing a single
// power iteration, and checks it against the converged power iteration.
func TestEigenFallback(t *testing.T) {
	m := randomMatrix(12, 2)
	var power ahp.Solver
	fallback := ahp.Solver{MaxIterations: 1}
	want, got := power.Priorities(nil, m), fallback.Priorities(nil, m)
	// Both are accurate to about 1e-13 on components of order 0.1.
	if diff := cmp.Diff(want, got, approxTight); diff != "" {
		t.Errorf("fallback eigenvector mismatch (-power +fallback):\n%s", diff)
	}
	if l1, l2 := power.LambdaMax(m), fallback.LambdaMax(m); math.Abs(l1-l2) > 1e-10 {
		t.Errorf("λmax power %v, fallback %v", l1, l2)
	}
}

// TestSolverReuse checks that a Solver gives bit-identical results with a
// fresh and with a reused workspace, across sizes.
func TestSolverReuse(t *testing.T) {
	var reused ahp.Solver
	for _, n := range []int{9, 3, 30, 9} {
		m := randomMatrix(n, uint64(n))
		var fresh ahp.Solver
		if diff := cmp.Diff(fresh.Priorities(nil, m), reused.Priorities(nil, m)); diff != "" {
			t.Errorf("n=%d reused solver differs (-fresh +reused):\n%s", n, diff)
		}
		if fresh.LambdaMax(m) != reused.LambdaMax(m) {
			t.Errorf("n=%d reused λmax differs", n)
		}
	}
}

// TestMaxItems: a matrix of more than MaxItems items is refused before
// its n×n entries are allocated. 100 000 item names (1.3 MB of JSON)
// would otherwise ask for 80 GB and kill the process.
func TestMaxItems(t *testing.T) {
	for _, n := range []int{ahp.MaxItems + 1, 100_000} {
		items := names(n)
		var doc strings.Builder
		doc.WriteString(`{"items": [`)
		for i, name := range items {
			if i > 0 {
				doc.WriteByte(',')
			}
			fmt.Fprintf(&doc, "%q", name)
		}
		doc.WriteString(`], "judgments": []}`)
		var err error
		b := allocatedBytes(func() { _, err = ahp.ReadJSON(strings.NewReader(doc.String()), ahp.Scale{}) })
		var ie *ahp.ItemError
		if !errors.As(err, &ie) || ie.Index != -1 || !errors.Is(err, ahp.ErrTooManyItems) {
			t.Errorf("ReadJSON(%d items) = %v; want an *ItemError wrapping ErrTooManyItems", n, err)
		}
		if limit := uint64(1000 * n); b > limit {
			t.Errorf("ReadJSON(%d items) allocated %d bytes, more than %d: not refused before the n×n entries", n, b, limit)
		}
		if _, err := ahp.NewMatrixFromJudgments(items, nil, ahp.Scale{}); !errors.Is(err, ahp.ErrTooManyItems) {
			t.Errorf("NewMatrixFromJudgments(%d items) = %v; want ErrTooManyItems", n, err)
		}
	}
	if _, err := ahp.NewMatrixFromJudgments(names(ahp.MaxItems), nil, ahp.Scale{}); errors.Is(err, ahp.ErrTooManyItems) {
		t.Errorf("NewMatrixFromJudgments(MaxItems items) = %v; want accepted", err)
	}
}
