package mcda_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gonum.org/v1/gonum/mat"

	"github.com/balancer-mcda/balancer/mcda"
)

func TestNewDecisionMatrix(t *testing.T) {
	crit := []mcda.Criterion{
		{Name: "speed", Objective: mcda.ObjectiveBenefit, Weight: 2},
		{Name: "price", Objective: mcda.ObjectiveCost, Weight: 6},
	}
	rows := [][]float64{{2, 5.5}, {2.5, 6.5}, {1.8, 4.5}}
	m, err := mcda.NewDecisionMatrix([]string{"A1", "A2", "A3"}, crit, rows)
	if err != nil {
		t.Fatal(err)
	}
	rows[0][0] = 99 // the constructor copies its input
	if r, c := m.Dims(); r != 3 || c != 2 {
		t.Errorf("Dims() = %d, %d, want 3, 2", r, c)
	}
	if got := m.At(0, 0); got != 2 {
		t.Errorf("At(0, 0) = %v, want 2 (input was not copied)", got)
	}
	if diff := cmp.Diff([]float64{0.25, 0.75}, m.Weights(nil)); diff != "" {
		t.Errorf("Weights mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(crit, m.Criteria()); diff != "" {
		t.Errorf("Criteria mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"A1", "A2", "A3"}, m.Alternatives()); diff != "" {
		t.Errorf("Alternatives mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]float64{2.5, 6.5}, m.Row(nil, 1)); diff != "" {
		t.Errorf("Row(1) mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]float64{5.5, 6.5, 4.5}, m.Col(nil, 1)); diff != "" {
		t.Errorf("Col(1) mismatch (-want +got):\n%s", diff)
	}
	want := mat.NewDense(3, 2, []float64{2, 5.5, 2.5, 6.5, 1.8, 4.5})
	if !mat.Equal(want, m.Matrix()) || !mat.Equal(want, m.Dense()) || !mat.Equal(want.T(), m.Matrix().T()) {
		t.Errorf("gonum views differ from the values:\n%v", mat.Formatted(m.Matrix()))
	}
	from, err := mcda.NewDecisionMatrixFrom(m.Alternatives(), crit, want)
	if err != nil {
		t.Fatal(err)
	}
	if !mat.Equal(want, from.Matrix()) {
		t.Errorf("NewDecisionMatrixFrom: values differ:\n%v", mat.Formatted(from.Matrix()))
	}
	w, err := m.WithWeights([]float64{1, 1})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]float64{0.5, 0.5}, w.Weights(nil)); diff != "" {
		t.Errorf("WithWeights: weights mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]float64{0.25, 0.75}, m.Weights(nil)); diff != "" {
		t.Errorf("WithWeights modified the receiver (-want +got):\n%s", diff)
	}
}

func TestNewDecisionMatrixErrors(t *testing.T) {
	ok := []mcda.Criterion{{Name: "c1", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "c2", Objective: mcda.ObjectiveCost, Weight: 1}}
	tests := []struct {
		name  string
		alts  []string
		crit  []mcda.Criterion
		rows  [][]float64
		is    error
		check func(t *testing.T, err error)
	}{
		{name: "NoAlternatives", crit: ok, is: mcda.ErrEmpty},
		{name: "NoCriteria", alts: []string{"a"}, rows: [][]float64{{}}, is: mcda.ErrEmpty},
		{name: "RowCount", alts: []string{"a", "b"}, crit: ok, rows: [][]float64{{1, 2}}, is: mcda.ErrShape,
			check: func(t *testing.T, err error) {
				var se *mcda.ShapeError
				if !errors.As(err, &se) || se.Got != 1 || se.Want != 2 {
					t.Errorf("err = %v, want *ShapeError{Got: 1, Want: 2}", err)
				}
			}},
		{name: "RaggedRow", alts: []string{"a", "b"}, crit: ok, rows: [][]float64{{1, 2}, {3}}, is: mcda.ErrShape,
			check: wantAlternative(1, "b")},
		{name: "EmptyAlternativeName", alts: []string{"a", ""}, crit: ok, rows: [][]float64{{1, 2}, {3, 4}}, is: mcda.ErrName,
			check: wantAlternative(1, "")},
		{name: "DuplicateAlternative", alts: []string{"a", "a"}, crit: ok, rows: [][]float64{{1, 2}, {3, 4}}, is: mcda.ErrDuplicateName,
			check: wantAlternative(1, "a")},
		{name: "EmptyCriterionName", alts: []string{"a"}, crit: []mcda.Criterion{{Objective: mcda.ObjectiveBenefit, Weight: 1}}, rows: [][]float64{{1}}, is: mcda.ErrName,
			check: wantCriterion(0, "")},
		{name: "DuplicateCriterion", alts: []string{"a"}, crit: []mcda.Criterion{ok[0], ok[0]}, rows: [][]float64{{1, 2}}, is: mcda.ErrDuplicateName,
			check: wantCriterion(1, "c1")},
		{name: "ZeroObjective", alts: []string{"a"}, crit: []mcda.Criterion{{Name: "c", Weight: 1}}, rows: [][]float64{{1}}, is: mcda.ErrObjective,
			check: wantCriterion(0, "c")},
		{name: "NegativeWeight", alts: []string{"a"}, crit: []mcda.Criterion{ok[0], {Name: "c2", Objective: mcda.ObjectiveCost, Weight: -1}}, rows: [][]float64{{1, 2}}, is: mcda.ErrWeight,
			check: wantCriterion(1, "c2")},
		{name: "NaNWeight", alts: []string{"a"}, crit: []mcda.Criterion{{Name: "c", Objective: mcda.ObjectiveCost, Weight: math.NaN()}}, rows: [][]float64{{1}}, is: mcda.ErrWeight,
			check: wantCriterion(0, "c")},
		{name: "InfWeight", alts: []string{"a"}, crit: []mcda.Criterion{{Name: "c", Objective: mcda.ObjectiveCost, Weight: math.Inf(1)}}, rows: [][]float64{{1}}, is: mcda.ErrWeight,
			check: wantCriterion(0, "c")},
		{name: "NaNValue", alts: []string{"a", "b"}, crit: ok, rows: [][]float64{{1, 2}, {3, math.NaN()}}, is: mcda.ErrNotFinite,
			check: wantValue(1, "b", 1, "c2")},
		{name: "InfValue", alts: []string{"a", "b"}, crit: ok, rows: [][]float64{{math.Inf(-1), 2}, {3, 4}}, is: mcda.ErrNotFinite,
			check: wantValue(0, "a", 0, "c1")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := mcda.NewDecisionMatrix(tc.alts, tc.crit, tc.rows)
			if m != nil || !errors.Is(err, tc.is) {
				t.Fatalf("NewDecisionMatrix() = %v, %v; want nil, %v", m, err, tc.is)
			}
			if tc.check != nil {
				tc.check(t, err)
			}
		})
	}
}

func wantAlternative(i int, name string) func(*testing.T, error) {
	return func(t *testing.T, err error) {
		t.Helper()
		var ae *mcda.AlternativeError
		if !errors.As(err, &ae) || ae.Index != i || ae.Name != name {
			t.Errorf("err = %v, want *AlternativeError{Index: %d, Name: %q}", err, i, name)
		}
	}
}

func wantCriterion(j int, name string) func(*testing.T, error) {
	return func(t *testing.T, err error) {
		t.Helper()
		var ce *mcda.CriterionError
		if !errors.As(err, &ce) || ce.Index != j || ce.Name != name {
			t.Errorf("err = %v, want *CriterionError{Index: %d, Name: %q}", err, j, name)
		}
	}
}

func wantValue(i int, alt string, j int, crit string) func(*testing.T, error) {
	return func(t *testing.T, err error) {
		t.Helper()
		var ve *mcda.ValueError
		if !errors.As(err, &ve) || ve.Alternative != i || ve.AlternativeName != alt || ve.Criterion != j || ve.CriterionName != crit {
			t.Errorf("err = %v, want *ValueError at %d %q, %d %q", err, i, alt, j, crit)
		}
	}
}

func TestNewDecisionMatrixFromErrors(t *testing.T) {
	crit := []mcda.Criterion{{Name: "c", Objective: mcda.ObjectiveBenefit, Weight: 1}}
	if _, err := mcda.NewDecisionMatrixFrom([]string{"a", "b"}, crit, mat.NewDense(1, 1, nil)); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("rows: err = %v, want ErrShape", err)
	}
	if _, err := mcda.NewDecisionMatrixFrom([]string{"a"}, crit, mat.NewDense(1, 2, nil)); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("columns: err = %v, want ErrShape", err)
	}
	_, err := mcda.NewDecisionMatrixFrom([]string{"a"}, crit, mat.NewDense(1, 1, []float64{math.NaN()}))
	wantValue(0, "a", 0, "c")(t, err)
	if _, err := mcda.NewDecisionMatrixFrom(nil, crit, mat.NewDense(1, 1, nil)); !errors.Is(err, mcda.ErrEmpty) {
		t.Errorf("no alternatives: err = %v, want ErrEmpty", err)
	}
}

func TestWithWeightsErrors(t *testing.T) {
	m := fighterAircraft(t)
	if _, err := m.WithWeights([]float64{1}); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("short weights: err = %v, want ErrShape", err)
	}
	_, err := m.WithWeights([]float64{1, 1, 1, -1, 1, 1})
	wantCriterion(3, "C4")(t, err)
	if _, err := m.WithWeights(make([]float64, 6)); !errors.Is(err, mcda.ErrWeight) {
		t.Errorf("zero weights: err = %v, want ErrWeight", err)
	}
}

func TestNormalizeWeights(t *testing.T) {
	got, err := mcda.NormalizeWeights(nil, []float64{1, 3, 0})
	if err != nil {
		t.Fatal(err)
	}
	// Computed by hand: 1/4, 3/4, 0/4.
	if diff := cmp.Diff([]float64{0.25, 0.75, 0}, got); diff != "" {
		t.Errorf("NormalizeWeights mismatch (-want +got):\n%s", diff)
	}
	// Finite weights whose sum overflows are rescaled, not turned into 0.
	got, err = mcda.NormalizeWeights(nil, []float64{math.MaxFloat64, math.MaxFloat64})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]float64{0.5, 0.5}, got); diff != "" {
		t.Errorf("NormalizeWeights(huge) mismatch (-want +got):\n%s", diff)
	}
	if _, err := mcda.NormalizeWeights(nil, nil); !errors.Is(err, mcda.ErrEmpty) {
		t.Errorf("empty: err = %v, want ErrEmpty", err)
	}
	_, err = mcda.NormalizeWeights(nil, []float64{1, math.NaN()})
	wantCriterion(1, "")(t, err)
}

func TestObjective(t *testing.T) {
	for _, o := range []mcda.Objective{mcda.ObjectiveBenefit, mcda.ObjectiveCost} {
		got, err := mcda.ParseObjective(o.String())
		if err != nil || got != o {
			t.Errorf("ParseObjective(%q) = %v, %v; want %v", o.String(), got, err, o)
		}
	}
	if _, err := mcda.ParseObjective("max"); !errors.Is(err, mcda.ErrObjective) {
		t.Errorf(`ParseObjective("max"): err = %v, want ErrObjective`, err)
	}
	if got := mcda.Objective(0).String(); got != "Objective(0)" {
		t.Errorf("Objective(0).String() = %q", got)
	}
}

func TestPanics(t *testing.T) {
	m := fighterAircraft(t)
	var tp mcda.TOPSIS
	for name, f := range map[string]func(){
		"At row":         func() { m.At(4, 0) },
		"At column":      func() { m.At(0, -1) },
		"Row index":      func() { m.Row(nil, 4) },
		"Row dst":        func() { m.Row(make([]float64, 1), 0) },
		"Col index":      func() { m.Col(nil, 6) },
		"Col dst":        func() { m.Col(make([]float64, 1), 0) },
		"Weights dst":    func() { m.Weights(make([]float64, 1)) },
		"Scores dst":     func() { tp.Scores(make([]float64, 3), m) },
		"Normalize dst":  func() { mcda.Normalize(mat.NewDense(1, 1, nil), m, 0) },
		"RankScores NaN": func() { mcda.RankScores(nil, nil, []float64{math.NaN()}, true) },
		"RankScores dst": func() { mcda.RankScores(make([]int, 2), nil, []float64{1}, true) },
	} {
		if !panics(f) {
			t.Errorf("%s: did not panic", name)
		}
	}
}

// TestUnweighted checks that a matrix whose criteria carry no weights is
// unweighted, with equal weights, and that explicit weights make it
// weighted; explicit all-zero weights stay an error.
func TestUnweighted(t *testing.T) {
	crit := []mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit}, {Name: "y", Objective: mcda.ObjectiveCost}, {Name: "z", Objective: mcda.ObjectiveCost, Weight: math.Copysign(0, -1)}}
	m, err := mcda.NewDecisionMatrix([]string{"a", "b"}, crit, [][]float64{{1, 2, 3}, {4, 5, 6}})
	if err != nil {
		t.Fatal(err)
	}
	if m.Weighted() {
		t.Error("Weighted() = true for a matrix without weights")
	}
	third := 1.0 / 3
	if diff := cmp.Diff([]float64{third, third, third}, m.Weights(nil)); diff != "" {
		t.Errorf("Weights (-want +got):\n%s", diff)
	}
	w, err := m.WithWeights([]float64{1, 0, 1})
	if err != nil {
		t.Fatal(err)
	}
	if !w.Weighted() {
		t.Error("WithWeights: Weighted() = false")
	}
	if _, err := m.WithWeights([]float64{0, 0, 0}); !errors.Is(err, mcda.ErrWeight) {
		t.Errorf("WithWeights(0, 0, 0): err = %v, want ErrWeight", err)
	}
	v, err := m.Variant(nil, nil, nil)
	if err != nil || v.Weighted() {
		t.Errorf("Variant without weights: Weighted() = %v, err = %v; want false, nil", v != nil && v.Weighted(), err)
	}
}

// TestWithWeightsByName checks that weights given by name reach the
// criteria of those names, and that missing and unknown names are errors
// naming them.
func TestWithWeightsByName(t *testing.T) {
	crit := []mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit}, {Name: "y", Objective: mcda.ObjectiveCost}}
	m, err := mcda.NewDecisionMatrix([]string{"a", "b"}, crit, [][]float64{{1, 2}, {4, 5}})
	if err != nil {
		t.Fatal(err)
	}
	w, err := m.WithWeightsByName(map[string]float64{"y": 3, "x": 1})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]float64{0.25, 0.75}, w.Weights(nil)); diff != "" {
		t.Errorf("Weights (-want +got):\n%s", diff)
	}
	var ce *mcda.CriterionError
	if _, err := m.WithWeightsByName(map[string]float64{"x": 1}); !errors.As(err, &ce) || ce.Index != 1 || ce.Name != "y" || !errors.Is(err, mcda.ErrWeight) {
		t.Errorf("missing y: err = %v, want a *CriterionError for criterion 1 y wrapping ErrWeight", err)
	}
	_, err = m.WithWeightsByName(map[string]float64{"x": 1, "y": 1, "w": 1})
	if !errors.Is(err, mcda.ErrName) || !strings.Contains(err.Error(), `"w"`) {
		t.Errorf("unknown w: err = %v, want one wrapping ErrName that quotes \"w\"", err)
	}
	if _, err := m.WithWeightsByName(map[string]float64{"x": 1, "y": math.NaN()}); !errors.As(err, &ce) || ce.Name != "y" {
		t.Errorf("NaN y: err = %v, want a *CriterionError naming y", err)
	}
}
