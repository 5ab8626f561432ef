package ahp_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gonum.org/v1/gonum/mat"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
)

var abc = []string{"a", "b", "c"}

func TestNewMatrixErrors(t *testing.T) {
	ok := [][]float64{{1, 3, 5}, {third, 1, 2}, {fifth, 0.5, 1}}
	with := func(i, j int, v float64) [][]float64 {
		rows := [][]float64{append([]float64(nil), ok[0]...), append([]float64(nil), ok[1]...), append([]float64(nil), ok[2]...)}
		rows[i][j] = v
		return rows
	}
	for _, tc := range []struct {
		name  string
		items []string
		rows  [][]float64
		scale ahp.Scale
		is    error
		entry *ahp.EntryError // location fields to check, if an EntryError
		item  *ahp.ItemError
	}{
		{name: "no items", items: nil, rows: nil, is: mcda.ErrEmpty, item: &ahp.ItemError{Index: -1}},
		{name: "empty name", items: []string{"a", "", "c"}, rows: ok, is: mcda.ErrName, item: &ahp.ItemError{Index: 1}},
		{name: "duplicate name", items: []string{"a", "b", "a"}, rows: ok, is: mcda.ErrDuplicateName, item: &ahp.ItemError{Index: 2, Name: "a"}},
		{name: "row count", items: abc, rows: ok[:2], is: mcda.ErrShape},
		{name: "ragged row", items: abc, rows: [][]float64{ok[0], {third, 1}, ok[2]}, is: mcda.ErrShape,
			entry: &ahp.EntryError{Row: 1, Col: -1, RowItem: "b"}},
		{name: "NaN", items: abc, rows: with(0, 2, math.NaN()), is: mcda.ErrNotFinite,
			entry: &ahp.EntryError{Row: 0, Col: 2, RowItem: "a", ColItem: "c", Value: math.NaN()}},
		{name: "Inf", items: abc, rows: with(2, 1, math.Inf(1)), is: mcda.ErrNotFinite,
			entry: &ahp.EntryError{Row: 2, Col: 1, RowItem: "c", ColItem: "b", Value: math.Inf(1)}},
		{name: "zero", items: abc, rows: with(1, 2, 0), is: mcda.ErrNotPositive,
			entry: &ahp.EntryError{Row: 1, Col: 2, RowItem: "b", ColItem: "c", Value: 0}},
		{name: "negative", items: abc, rows: with(1, 0, -3), is: mcda.ErrNotPositive,
			entry: &ahp.EntryError{Row: 1, Col: 0, RowItem: "b", ColItem: "a", Value: -3}},
		{name: "diagonal", items: abc, rows: with(1, 1, 2), is: ahp.ErrDiagonal,
			entry: &ahp.EntryError{Row: 1, Col: 1, RowItem: "b", ColItem: "b", Value: 2}},
		{name: "diagonal just off", items: abc, rows: with(2, 2, 1+2e-9), is: ahp.ErrDiagonal,
			entry: &ahp.EntryError{Row: 2, Col: 2, RowItem: "c", ColItem: "c", Value: 1 + 2e-9}},
		{name: "above scale", items: abc, rows: with(0, 1, 10), is: ahp.ErrScale,
			entry: &ahp.EntryError{Row: 0, Col: 1, RowItem: "a", ColItem: "b", Value: 10}},
		{name: "below scale", items: abc, rows: with(1, 0, 0.1), is: ahp.ErrScale,
			entry: &ahp.EntryError{Row: 1, Col: 0, RowItem: "b", ColItem: "a", Value: 0.1}},
		{name: "not reciprocal", items: abc, rows: with(2, 0, 0.25), is: ahp.ErrNotReciprocal,
			entry: &ahp.EntryError{Row: 2, Col: 0, RowItem: "c", ColItem: "a", Value: 0.25}},
		{name: "reciprocal just off", items: abc, rows: with(1, 0, third*(1+2e-9)), is: ahp.ErrNotReciprocal,
			entry: &ahp.EntryError{Row: 1, Col: 0, RowItem: "b", ColItem: "a", Value: third * (1 + 2e-9)}},
		{name: "bad scale", items: abc, rows: ok, scale: ahp.Scale{Min: 2, Max: 9}, is: ahp.ErrInvalidScale},
		{name: "partial scale", items: abc, rows: ok, scale: ahp.Scale{Max: 20}, is: ahp.ErrInvalidScale},
		{name: "NaN scale", items: abc, rows: ok, scale: ahp.Scale{Min: math.NaN(), Max: 9}, is: ahp.ErrInvalidScale},
		{name: "infinite scale", items: abc, rows: ok, scale: ahp.Scale{Min: 0.1, Max: math.Inf(1)}, is: ahp.ErrInvalidScale},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := ahp.NewMatrix(tc.items, tc.rows, tc.scale)
			if err == nil {
				t.Fatalf("NewMatrix = %v, nil; want error", m)
			}
			if !errors.Is(err, tc.is) {
				t.Errorf("NewMatrix error %v; want errors.Is %v", err, tc.is)
			}
			if !strings.HasPrefix(err.Error(), "ahp: ") {
				t.Errorf("error %q lacks the ahp: prefix", err)
			}
			checkLocation(t, err, tc.entry, tc.item)
			if errors.Is(err, mcda.ErrShape) {
				var se *mcda.ShapeError
				if !errors.As(err, &se) {
					t.Errorf("errors.As(%v, *mcda.ShapeError) failed", err)
				}
			}
			if errors.Is(err, ahp.ErrInvalidScale) {
				var se *ahp.ScaleError
				if !errors.As(err, &se) || !cmp.Equal(se.Scale, tc.scale, nanEqual) {
					t.Errorf("errors.As(%v, *ScaleError) = %v", err, se)
				}
			}
		})
	}
}

func checkLocation(t *testing.T, err error, entry *ahp.EntryError, item *ahp.ItemError) {
	t.Helper()
	if entry != nil {
		var e *ahp.EntryError
		if !errors.As(err, &e) {
			t.Fatalf("errors.As(%v, *EntryError) failed", err)
		}
		got := *e
		got.Err = nil
		if diff := cmp.Diff(*entry, got, nanEqual); diff != "" {
			t.Errorf("EntryError mismatch (-want +got):\n%s", diff)
		}
	}
	if item != nil {
		var e *ahp.ItemError
		if !errors.As(err, &e) {
			t.Fatalf("errors.As(%v, *ItemError) failed", err)
		}
		got := *e
		got.Err = nil
		if diff := cmp.Diff(*item, got); diff != "" {
			t.Errorf("ItemError mismatch (-want +got):\n%s", diff)
		}
	}
}

// nanEqual treats the NaN test value as equal to itself in location checks.
var nanEqual = cmp.Comparer(func(x, y float64) bool { return x == y || (x != x && y != y) })

func TestFromJudgmentsErrors(t *testing.T) {
	j := func(a, b string, v float64) ahp.Judgment { return ahp.Judgment{A: a, B: b, Value: v} }
	for _, tc := range []struct {
		name  string
		items []string
		js    []ahp.Judgment
		is    error
		want  *ahp.JudgmentError // location fields
		item  *ahp.ItemError
	}{
		{name: "no items", is: mcda.ErrEmpty, item: &ahp.ItemError{Index: -1}},
		{name: "empty name", items: []string{""}, is: mcda.ErrName, item: &ahp.ItemError{Index: 0}},
		{name: "duplicate name", items: []string{"x", "x"}, is: mcda.ErrDuplicateName, item: &ahp.ItemError{Index: 1, Name: "x"}},
		{name: "unknown A", items: abc, js: []ahp.Judgment{j("a", "b", 3), j("z", "c", 2)}, is: ahp.ErrUnknownItem,
			want: &ahp.JudgmentError{Index: 1, A: "z", B: "c", Value: 2}},
		{name: "unknown B", items: abc, js: []ahp.Judgment{j("a", "q", 3)}, is: ahp.ErrUnknownItem,
			want: &ahp.JudgmentError{Index: 0, A: "a", B: "q", Value: 3}},
		{name: "self", items: abc, js: []ahp.Judgment{j("b", "b", 1)}, is: ahp.ErrSelfComparison,
			want: &ahp.JudgmentError{Index: 0, A: "b", B: "b", Value: 1}},
		{name: "NaN", items: abc, js: []ahp.Judgment{j("a", "b", math.NaN())}, is: mcda.ErrNotFinite,
			want: &ahp.JudgmentError{Index: 0, A: "a", B: "b", Value: math.NaN()}},
		{name: "Inf", items: abc, js: []ahp.Judgment{j("a", "b", math.Inf(-1))}, is: mcda.ErrNotFinite,
			want: &ahp.JudgmentError{Index: 0, A: "a", B: "b", Value: math.Inf(-1)}},
		{name: "zero", items: abc, js: []ahp.Judgment{j("a", "b", 0)}, is: mcda.ErrNotPositive,
			want: &ahp.JudgmentError{Index: 0, A: "a", B: "b", Value: 0}},
		{name: "negative", items: abc, js: []ahp.Judgment{j("a", "b", -2)}, is: mcda.ErrNotPositive,
			want: &ahp.JudgmentError{Index: 0, A: "a", B: "b", Value: -2}},
		{name: "above scale", items: abc, js: []ahp.Judgment{j("a", "b", 9.5)}, is: ahp.ErrScale,
			want: &ahp.JudgmentError{Index: 0, A: "a", B: "b", Value: 9.5}},
		{name: "below scale", items: abc, js: []ahp.Judgment{j("c", "a", 0.1)}, is: ahp.ErrScale,
			want: &ahp.JudgmentError{Index: 0, A: "c", B: "a", Value: 0.1}},
		{name: "duplicate", items: abc, js: []ahp.Judgment{j("a", "b", 3), j("a", "c", 2), j("a", "b", 3)},
			is: ahp.ErrDuplicateJudgment, want: &ahp.JudgmentError{Index: 2, A: "a", B: "b", Value: 3}},
		{name: "duplicate reversed", items: abc, js: []ahp.Judgment{j("a", "b", 3), j("b", "a", third)},
			is: ahp.ErrDuplicateJudgment, want: &ahp.JudgmentError{Index: 1, A: "b", B: "a", Value: third}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := ahp.NewIncompleteMatrixFromJudgments(tc.items, tc.js, ahp.Scale{})
			if err == nil {
				t.Fatalf("FromJudgments = %v, nil; want error", m)
			}
			if !errors.Is(err, tc.is) {
				t.Errorf("FromJudgments error %v; want errors.Is %v", err, tc.is)
			}
			if !strings.HasPrefix(err.Error(), "ahp: ") {
				t.Errorf("error %q lacks the ahp: prefix", err)
			}
			checkLocation(t, err, nil, tc.item)
			if tc.want != nil {
				var e *ahp.JudgmentError
				if !errors.As(err, &e) {
					t.Fatalf("errors.As(%v, *JudgmentError) failed", err)
				}
				got := *e
				got.Err = nil
				if diff := cmp.Diff(*tc.want, got, nanEqual); diff != "" {
					t.Errorf("JudgmentError mismatch (-want +got):\n%s", diff)
				}
			}
		})
	}
	// Missing pairs are allowed as long as the judgments connect every
	// item; otherwise the error names the items cut off from the first.
	if _, err := ahp.NewIncompleteMatrixFromJudgments(abc, []ahp.Judgment{j("a", "b", 3), j("c", "a", 2)}, ahp.Scale{}); err != nil {
		t.Errorf("FromJudgments of a connected incomplete set: %v", err)
	}
	for _, tc := range []struct {
		name string
		js   []ahp.Judgment
		want ahp.DisconnectedError
	}{
		{"disconnected", []ahp.Judgment{j("a", "b", 3)}, ahp.DisconnectedError{From: "a", Unreachable: []int{2}, Names: []string{"c"}}},
		{"no judgments", nil, ahp.DisconnectedError{From: "a", Unreachable: []int{1, 2}, Names: []string{"b", "c"}}},
	} {
		_, err := ahp.NewIncompleteMatrixFromJudgments(abc, tc.js, ahp.Scale{})
		var de *ahp.DisconnectedError
		if !errors.Is(err, ahp.ErrDisconnected) || !errors.As(err, &de) {
			t.Errorf("%s: err = %v, want a *DisconnectedError", tc.name, err)
			continue
		}
		if diff := cmp.Diff(tc.want, *de); diff != "" {
			t.Errorf("%s: DisconnectedError mismatch (-want +got):\n%s", tc.name, diff)
		}
	}
	if _, err := ahp.NewIncompleteMatrixFromJudgments(abc, nil, ahp.Scale{Min: 0, Max: 9}); !errors.Is(err, ahp.ErrInvalidScale) {
		t.Errorf("FromJudgments with Scale{0, 9}: %v; want ErrInvalidScale", err)
	}
}

func TestNewMatrixFromErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    mat.Matrix
	}{
		{"rows", mat.NewDense(2, 3, []float64{1, 1, 1, 1, 1, 1})},
		{"columns", mat.NewDense(3, 2, []float64{1, 1, 1, 1, 1, 1})},
	} {
		_, err := ahp.NewMatrixFrom(abc, tc.a, ahp.Scale{})
		var se *mcda.ShapeError
		if !errors.As(err, &se) || se.What != tc.name || se.Want != 3 {
			t.Errorf("NewMatrixFrom(%s): %v; want a *mcda.ShapeError for %s", tc.name, err, tc.name)
		}
	}
	_, err := ahp.NewMatrixFrom(abc, mat.NewDense(3, 3, []float64{1, 2, 3, 0.5, 1, 1, third, 0.5, 1}), ahp.Scale{})
	var ee *ahp.EntryError
	if !errors.As(err, &ee) || ee.Row != 2 || ee.Col != 1 || !errors.Is(err, ahp.ErrNotReciprocal) {
		t.Errorf("NewMatrixFrom non-reciprocal: %v; want EntryError at [2][1]", err)
	}
	if _, err := ahp.NewMatrixFrom(nil, mat.NewDense(1, 1, []float64{1}), ahp.Scale{}); !errors.Is(err, mcda.ErrEmpty) {
		t.Errorf("NewMatrixFrom(nil items): %v; want ErrEmpty", err)
	}
}

func TestConsistencyErrors(t *testing.T) {
	n := 16
	items := make([]string, n)
	rows := make([][]float64, n)
	for i := range n {
		items[i] = string(rune('a' + i))
		rows[i] = make([]float64, n)
		for j := range n {
			rows[i][j] = 1
		}
	}
	m, err := ahp.NewMatrix(items, rows, ahp.Scale{})
	if err != nil {
		t.Fatal(err)
	}
	for _, table := range []ahp.RandomIndexTable{ahp.RandomIndexSaaty1980, ahp.RandomIndexSaaty2005, ahp.RandomIndexAlonsoLamata2006} {
		c, err := m.Consistency(table)
		var re *ahp.RandomIndexError
		if !errors.Is(err, ahp.ErrNoRandomIndex) || !errors.As(err, &re) || re.N != 16 || re.Table != table {
			t.Errorf("Consistency(%v) n=16: %v; want *RandomIndexError{%v, 16}", table, err, table)
		}
		if c.LambdaMax != 16 || c.CI != 0 || c.CR != 0 || c.RI != 0 || c.Table != table {
			t.Errorf("Consistency(%v) partial result = %+v", table, c)
		}
	}
	if _, err := m.Consistency(ahp.RandomIndexDoneganDodd1991); err != nil {
		t.Errorf("Consistency(RandomIndexDoneganDodd1991) n=16: %v", err)
	}
	for _, n := range []int{0, -1, 101} {
		if _, err := ahp.RandomIndexDoneganDodd1991.RI(n); !errors.Is(err, ahp.ErrNoRandomIndex) {
			t.Errorf("DoneganDodd1991.RI(%d): %v; want ErrNoRandomIndex", n, err)
		}
	}
	if _, err := ahp.RandomIndexTable(9).RI(3); !errors.Is(err, ahp.ErrUnknownTable) {
		t.Errorf("RandomIndexTable(9).RI: %v; want ErrUnknownTable", err)
	}
	if _, err := ahp.ParseRandomIndexTable("saaty"); !errors.Is(err, ahp.ErrUnknownTable) {
		t.Errorf("ParseRandomIndexTable(saaty): %v; want ErrUnknownTable", err)
	}
	if _, err := ahp.ParsePriorityMethod("lls"); !errors.Is(err, ahp.ErrUnknownMethod) {
		t.Errorf("ParsePriorityMethod(lls): %v; want ErrUnknownMethod", err)
	}
}

func panics(f func()) (b bool) {
	defer func() {
		if recover() != nil {
			b = true
		}
	}()
	f()
	return false
}

func TestPanics(t *testing.T) {
	m, err := ahp.NewMatrix(abc, [][]float64{{1, 3, 5}, {third, 1, 2}, {fifth, 0.5, 1}}, ahp.Scale{})
	if err != nil {
		t.Fatal(err)
	}
	var s ahp.Solver
	for name, f := range map[string]func(){
		"short dst":      func() { s.Priorities(make([]float64, 2), m) },
		"long dst":       func() { s.Priorities(make([]float64, 4), m) },
		"At row":         func() { m.At(3, 0) },
		"At negative":    func() { m.At(0, -1) },
		"Item":           func() { m.Item(3) },
		"unknown method": func() { (&ahp.Solver{Method: 7}).Priorities(nil, m) },
	} {
		if !panics(f) {
			t.Errorf("%s: no panic", name)
		}
	}
}

// TestNewMatrixFromJudgmentsMissing checks that the complete constructor
// names the first pair without a judgment, and that the incomplete one
// accepts the same judgments.
func TestNewMatrixFromJudgmentsMissing(t *testing.T) {
	abcd := []string{"a", "b", "c", "d"}
	js := []ahp.Judgment{{A: "a", B: "b", Value: 2}, {A: "c", B: "a", Value: 3}, {A: "a", B: "d", Value: 1}, {A: "b", B: "c", Value: 2}, {A: "d", B: "c", Value: 4}}
	_, err := ahp.NewMatrixFromJudgments(abcd, js, ahp.Scale{})
	var je *ahp.JudgmentError
	if !errors.As(err, &je) || je.Index != -1 || je.A != "b" || je.B != "d" || !errors.Is(err, ahp.ErrMissingJudgment) {
		t.Errorf("err = %v, want a *JudgmentError for b over d wrapping ErrMissingJudgment", err)
	}
	m, err := ahp.NewIncompleteMatrixFromJudgments(abcd, js, ahp.Scale{})
	if err != nil || m.Complete() {
		t.Errorf("incomplete: complete = %v, err = %v; want false, nil", m != nil && m.Complete(), err)
	}
	full, err := ahp.NewMatrixFromJudgments(abcd, append(js, ahp.Judgment{A: "b", B: "d", Value: 0.5}), ahp.Scale{})
	if err != nil || !full.Complete() {
		t.Errorf("complete: err = %v", err)
	}
}

// TestNamedPriorities checks that the named priorities are the positional
// ones keyed by item.
func TestNamedPriorities(t *testing.T) {
	m, err := ahp.NewMatrixFromJudgments([]string{"b", "a", "c"}, []ahp.Judgment{{A: "a", B: "b", Value: 2}, {A: "a", B: "c", Value: 4}, {A: "b", B: "c", Value: 2}}, ahp.Scale{})
	if err != nil {
		t.Fatal(err)
	}
	for _, method := range []ahp.PriorityMethod{ahp.PriorityEigen, ahp.PriorityGeometricMean} {
		w := m.Priorities(method)
		want := map[string]float64{"b": w[0], "a": w[1], "c": w[2]}
		if diff := cmp.Diff(want, m.NamedPriorities(method)); diff != "" {
			t.Errorf("%v (-want +got):\n%s", method, diff)
		}
	}
}
