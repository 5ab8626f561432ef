package mcda_test

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

func TestShiftColumns(t *testing.T) {
	m := mustMatrix(t, []string{"A", "B", "C"}, []mcda.Criterion{
		{Name: "profit", Objective: mcda.ObjectiveBenefit, Weight: 2},
		{Name: "cost", Objective: mcda.ObjectiveCost, Weight: 1},
		{Name: "score", Objective: mcda.ObjectiveBenefit, Weight: 1},
	}, [][]float64{{-3, 0, 5}, {2, 4, 7}, {1, 2, 9}})
	// WPM rejects the data as they are ...
	if _, err := mcda.Rank(&mcda.WPM{}, m); !errors.Is(err, mcda.ErrNegative) && !errors.Is(err, mcda.ErrNotPositive) {
		t.Fatalf("WPM on negative data: err = %v", err)
	}
	s, shift, err := mcda.ShiftColumns(m, 1)
	if err != nil {
		t.Fatal(err)
	}
	// profit: min −3 → +4; cost: min 0 → +1; score: min 5 >= 1, unchanged.
	if diff := cmp.Diff([]float64{4, 1, 0}, shift); diff != "" {
		t.Errorf("shift (-want +got):\n%s", diff)
	}
	want := [][]float64{{1, 1, 5}, {6, 5, 7}, {5, 3, 9}}
	for i, row := range want {
		if diff := cmp.Diff(row, s.Row(nil, i)); diff != "" {
			t.Errorf("row %d (-want +got):\n%s", i, diff)
		}
	}
	if diff := cmp.Diff(m.Criteria(), s.Criteria()); diff != "" {
		t.Errorf("criteria changed (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(m.Weights(nil), s.Weights(nil)); diff != "" {
		t.Errorf("weights changed (-want +got):\n%s", diff)
	}
	// ... and accepts them shifted; the input is unchanged.
	if _, err := mcda.Rank(&mcda.WPM{}, s); err != nil {
		t.Errorf("WPM on shifted data: %v", err)
	}
	if m.At(0, 0) != -3 {
		t.Error("ShiftColumns modified its input")
	}

	if _, _, err := mcda.ShiftColumns(m, math.NaN()); !errors.Is(err, mcda.ErrParameter) {
		t.Errorf("NaN floor: err = %v, want ErrParameter", err)
	}
	big := mustMatrix(t, []string{"A", "B"}, []mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1}},
		[][]float64{{-1.5e308}, {1.5e308}})
	var ve *mcda.ValueError
	if _, _, err := mcda.ShiftColumns(big, 1); !errors.Is(err, mcda.ErrNotFinite) || !errors.As(err, &ve) || ve.AlternativeName != "B" {
		t.Errorf("overflowing shift: err = %v, want a *ValueError naming B wrapping ErrNotFinite", err)
	}
}

// Issue 13: with |min| >= 2^53, floor − min rounds so that min + shift
// fell below the floor: rows A [−1e16, 3], B [5, 4], C [7, 5] shifted to
// 1 gave A the value 0, which WPM then rejected and WSM silently used.
// The shift is now the smallest that reaches the floor: A's value becomes
// 2, the float64 nearest above 1 that −1e16 + s can be.
func TestShiftColumnsLargeMinimum(t *testing.T) {
	m := mustMatrix(t, []string{"A", "B", "C"}, []mcda.Criterion{
		{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1},
		{Name: "y", Objective: mcda.ObjectiveBenefit, Weight: 1},
	}, [][]float64{{-1e16, 3}, {5, 4}, {7, 5}})
	s, shift, err := mcda.ShiftColumns(m, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.At(0, 0); got != 2 {
		t.Errorf("shifted minimum = %v, want 2", got)
	}
	if shift[0] != 1e16+2 || shift[1] != 0 {
		t.Errorf("shift = %v, want [1e16+2 0]", shift)
	}
	if _, err := mcda.Rank(&mcda.WPM{}, s); err != nil {
		t.Errorf("WPM on the shifted data: %v", err)
	}
	r, err := mcda.Rank(&mcda.WSM{Normalization: mcda.NormalizationNone}, s)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range r.Scores {
		if !(v >= 1) {
			t.Errorf("WSM score of %s = %v, below the floor", r.Alternatives[i], v)
		}
	}
}

// The smallest shift is found by bisection: with lo = 1 and floor the next
// float64 above 1, every shift in (2^−53, 2^−52] reaches the floor, and
// stepping down from 2^−52 one ulp at a time took 2^52 steps (a hang of
// the whole test run).
func TestShiftColumnsNarrowFloor(t *testing.T) {
	for _, tc := range []struct{ lo, floor float64 }{
		{1, math.Nextafter(1, 2)},
		{1e300, math.Nextafter(1e300, math.Inf(1))},
		{-1e300, math.Nextafter(-1e300, 0)},
		{0.5, math.Nextafter(1, 2)},
	} {
		m := mustMatrix(t, []string{"A", "B"}, []mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1}},
			[][]float64{{tc.lo}, {tc.floor}})
		_, shift, err := mcda.ShiftColumns(m, tc.floor)
		if err != nil {
			t.Fatal(err)
		}
		s := shift[0]
		if !(tc.lo+s >= tc.floor) || tc.lo+math.Nextafter(s, 0) >= tc.floor {
			t.Errorf("lo %v, floor %v: shift %v is not the smallest that reaches the floor", tc.lo, tc.floor, s)
		}
	}
}

// Property: the shift of a column is the smallest float64 with which its
// minimum reaches the floor: min + shift >= floor and
// min + nextDown(shift) < floor; when floor − min is exact, min + shift
// is floor exactly.
func TestShiftColumnsMinimalShift(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		exp := rapid.IntRange(-300, 300).Draw(t, "exp")
		lo := -math.Ldexp(rapid.Float64Range(0.5, 1).Draw(t, "mant"), exp)
		floor := rapid.SampledFrom([]float64{1, 0, 1e-300, 0.1, 3, -0.5 * math.Abs(lo)}).Draw(t, "floor")
		m, err := mcda.NewDecisionMatrix([]string{"A", "B"}, []mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1}},
			[][]float64{{lo}, {floor + 1}})
		if err != nil {
			t.Fatal(err)
		}
		s, shift, err := mcda.ShiftColumns(m, floor)
		if err != nil {
			t.Fatal(err)
		}
		got := s.At(0, 0)
		if got < floor {
			t.Fatalf("min %v + shift %v = %v < floor %v", lo, shift[0], got, floor)
		}
		if d := math.Nextafter(shift[0], 0); lo+d >= floor {
			t.Fatalf("shift %v is not the smallest: %v also reaches floor %v", shift[0], d, floor)
		}
		if exact := floor - lo; exact-floor == -lo && lo+exact == floor && got != floor {
			t.Fatalf("floor − min = %v is exact, but the minimum became %v, not %v", exact, got, floor)
		}
	})
}

// Property: after ShiftColumns(m, floor), every column's minimum is at
// least floor (exactly floor for shifted columns, up to rounding), values
// keep their order within a column, and columns already above floor are
// untouched; min-max normalized values, which depend only on differences,
// do not change beyond rounding.
func TestShiftColumnsProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rows, w, types := genProblem(t)
		shiftBy := rapid.Float64Range(-200, 50).Draw(t, "offset")
		for _, r := range rows {
			for j := range r {
				r[j] += shiftBy
			}
		}
		m := problem(t, rows, w, types)
		floor := rapid.Float64Range(0.001, 10).Draw(t, "floor")
		s, shift, err := mcda.ShiftColumns(m, floor)
		if err != nil {
			t.Fatal(err)
		}
		r, n := m.Dims()
		for j := range n {
			lo := math.Inf(1)
			for i := range r {
				x, y := m.At(i, j), s.At(i, j)
				lo = math.Min(lo, y)
				if shift[j] == 0 && x != y {
					t.Fatalf("column %d not shifted but value %d changed: %v → %v", j, i, x, y)
				}
				for k := range r {
					if m.At(k, j) < x && !(s.At(k, j) <= y) {
						t.Fatalf("column %d: order of %d and %d not kept", j, k, i)
					}
				}
			}
			if lo < floor*(1-1e-12)-1e-12 {
				t.Fatalf("column %d minimum %v below floor %v", j, lo, floor)
			}
		}
		a, err := mcda.Normalize(nil, m, mcda.NormalizationMinMax)
		if err != nil {
			t.Fatal(err)
		}
		b, err := mcda.Normalize(nil, s, mcda.NormalizationMinMax)
		if err != nil {
			t.Fatal(err)
		}
		for i := range r {
			for j := range n {
				if x, y := a.At(i, j), b.At(i, j); math.Abs(x-y) > 1e-9 {
					t.Fatalf("min-max value (%d, %d): %v before, %v after the shift", i, j, x, y)
				}
			}
		}
	})
}
