package mcda_test

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda"
)

func TestNewMethodNames(t *testing.T) {
	names := mcda.MethodNames()
	if len(names) != 18 {
		t.Errorf("MethodNames has %d names, want 18: %q", len(names), names)
	}
	m := mustMatrix(t, []string{"A", "B", "C"}, []mcda.Criterion{
		{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1},
		{Name: "y", Objective: mcda.ObjectiveCost, Weight: 2},
	}, [][]float64{{3, 2}, {5, 4}, {4, 1}})
	for _, name := range names {
		meth, err := mcda.NewMethod(name, mcda.MethodOptions{})
		if err != nil {
			t.Fatalf("NewMethod(%q): %v", name, err)
		}
		if meth.Name() != name {
			t.Errorf("NewMethod(%q).Name() = %q", name, meth.Name())
		}
		if _, err := mcda.Rank(meth, m); err != nil {
			t.Errorf("Rank with %s: %v", name, err)
		}
		if _, err := mcda.MethodParameters(name); err != nil {
			t.Errorf("MethodParameters(%q): %v", name, err)
		}
	}
	for _, bad := range []string{"", "TOPSIS", "electre", "topsis "} {
		if _, err := mcda.NewMethod(bad, mcda.MethodOptions{}); !errors.Is(err, mcda.ErrParameter) {
			t.Errorf("NewMethod(%q) error = %v, want ErrParameter", bad, err)
		}
		if _, err := mcda.MethodParameters(bad); !errors.Is(err, mcda.ErrParameter) {
			t.Errorf("MethodParameters(%q) error = %v, want ErrParameter", bad, err)
		}
	}
}

// NewMethod passes each option to the methods that take it, and the result
// equals the directly configured method's.
func TestNewMethodOptions(t *testing.T) {
	m := mustMatrix(t, []string{"A", "B", "C", "D"}, []mcda.Criterion{
		{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1},
		{Name: "y", Objective: mcda.ObjectiveCost, Weight: 2},
		{Name: "z", Objective: mcda.ObjectiveBenefit, Weight: 1.5},
	}, [][]float64{{3, 2, 7}, {5, 4, 1}, {4, 1, 3}, {6, 3, 5}})
	v, lambda := 0.2, 0.8
	opt := mcda.MethodOptions{
		Normalization: mcda.NormalizationMinMax,
		V:             &v,
		Lambda:        &lambda,
		Tau:           0.05,
		Preferences:   []mcda.Preference{{Function: mcda.PreferenceLinear, Q: 0.5, P: 2}, {Function: mcda.PreferenceVShape, P: 3}, {Function: mcda.PreferenceGaussian, S: 2}},
		Bounds:        [][2]float64{{0, 10}, {0, 5}, {0, 8}},
	}
	direct := map[string]mcda.Method{
		"topsis":    &mcda.TOPSIS{Normalization: mcda.NormalizationMinMax},
		"wsm":       &mcda.WSM{Normalization: mcda.NormalizationMinMax},
		"wpm":       &mcda.WPM{Normalization: mcda.NormalizationMax},
		"vikor":     &mcda.VIKOR{V: ptr(0.2)},
		"waspas":    &mcda.WASPAS{Lambda: &lambda},
		"cocoso":    &mcda.COCOSO{Lambda: &lambda},
		"codas":     &mcda.CODAS{Tau: 0.05},
		"promethee": &mcda.PROMETHEE{Preferences: opt.Preferences},
		"spotis":    &mcda.SPOTIS{Bounds: opt.Bounds},
	}
	// WPM rejects min-max (it would put zeros in a product); give it max.
	for name, want := range direct {
		o := opt
		if name == "wpm" {
			o.Normalization = mcda.NormalizationMax
		}
		got, err := mcda.NewMethod(name, o)
		if err != nil {
			t.Fatal(err)
		}
		gs, err := got.Scores(nil, m)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		ws, err := want.Scores(nil, m)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if diff := cmp.Diff(ws, gs); diff != "" {
			t.Errorf("%s scores differ from the directly configured method (-want +got):\n%s", name, diff)
		}
		params, _ := mcda.MethodParameters(name)
		if len(params) == 0 {
			t.Errorf("MethodParameters(%q) is empty, but the method takes options", name)
		}
	}
	// The options changed the scores: the defaults give other ones.
	for _, name := range []string{"vikor", "waspas", "promethee", "spotis"} {
		a, _ := mcda.NewMethod(name, opt)
		b, _ := mcda.NewMethod(name, mcda.MethodOptions{})
		sa, _ := a.Scores(nil, m)
		sb, _ := b.Scores(nil, m)
		if slices.Equal(sa, sb) {
			t.Errorf("%s: scores with options equal the defaults' %v", name, sa)
		}
	}
}

// NewMethod keeps no reference to the caller's option slices and pointers.
func TestNewMethodCopiesOptions(t *testing.T) {
	lambda := 0.3
	prefs := []mcda.Preference{{Function: mcda.PreferenceUsual}}
	opt := mcda.MethodOptions{Lambda: &lambda, Preferences: prefs}
	w, _ := mcda.NewMethod("waspas", opt)
	p, _ := mcda.NewMethod("promethee", opt)
	lambda = 2
	prefs[0].Function = mcda.PreferenceFunction(99)
	m := mustMatrix(t, []string{"A", "B"}, []mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1}}, [][]float64{{1}, {2}})
	if _, err := w.Scores(nil, m); err != nil {
		t.Errorf("waspas saw the caller's later change of lambda: %v", err)
	}
	if _, err := p.Scores(nil, m); err != nil {
		t.Errorf("promethee saw the caller's later change of preferences: %v", err)
	}
}

func TestNewWeighting(t *testing.T) {
	m := mustMatrix(t, []string{"A", "B", "C"}, []mcda.Criterion{
		{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1},
		{Name: "y", Objective: mcda.ObjectiveCost, Weight: 1},
	}, [][]float64{{3, 2}, {5, 4}, {4, 1}})
	names := mcda.WeightingNames()
	want := []string{"equal", "entropy", "std", "variance", "critic", "merec", "gini"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("WeightingNames (-want +got):\n%s", diff)
	}
	for _, name := range names {
		w, err := mcda.NewWeighting(name)
		if err != nil {
			t.Fatal(err)
		}
		if w.Name() != name {
			t.Errorf("NewWeighting(%q).Name() = %q", name, w.Name())
		}
		ws, err := w.Weights(nil, m)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		sum := 0.0
		for _, x := range ws {
			sum += x
		}
		if !cmp.Equal(sum, 1.0, cmpopts.EquateApprox(0, 1e-12)) {
			t.Errorf("%s weights %v sum to %v", name, ws, sum)
		}
	}
	if _, err := mcda.NewWeighting("ahp"); !errors.Is(err, mcda.ErrParameter) {
		t.Errorf("NewWeighting(\"ahp\") error = %v, want ErrParameter", err)
	}
}

func TestCompareAll(t *testing.T) {
	m := mustMatrix(t, []string{"A", "B", "C", "D"}, []mcda.Criterion{
		{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1},
		{Name: "y", Objective: mcda.ObjectiveCost, Weight: 1},
	}, [][]float64{{3, 2}, {5, 4}, {4, 1}, {1, 1}})
	var rs []*mcda.Ranking
	for _, name := range []string{"topsis", "wsm", "vikor"} {
		meth, _ := mcda.NewMethod(name, mcda.MethodOptions{})
		r, err := mcda.Rank(meth, m)
		if err != nil {
			t.Fatal(err)
		}
		rs = append(rs, r)
	}
	pairs, undefined, err := mcda.CompareAll(rs)
	if err != nil || len(undefined) != 0 {
		t.Fatalf("CompareAll: %v, undefined %v", err, undefined)
	}
	var got []string
	for k, p := range pairs {
		got = append(got, p.A+"/"+p.B)
		a, b := map[string]int{"topsis": 0, "wsm": 1, "vikor": 2}[p.A], map[string]int{"topsis": 0, "wsm": 1, "vikor": 2}[p.B]
		want, err := mcda.Compare(rs[a], rs[b])
		if err != nil {
			t.Fatal(err)
		}
		if p != want {
			t.Errorf("pair %d = %+v, want Compare's %+v", k, p, want)
		}
	}
	if diff := cmp.Diff([]string{"topsis/wsm", "topsis/vikor", "wsm/vikor"}, got); diff != "" {
		t.Errorf("pair order (-want +got):\n%s", diff)
	}

	// A ranking that ties everything has no defined agreement.
	flat := &mcda.Ranking{Method: "flat", Alternatives: rs[0].Alternatives, Scores: []float64{1, 1, 1, 1}, HigherIsBetter: true}
	pairs, undefined, err = mcda.CompareAll([]*mcda.Ranking{rs[0], flat, rs[1]})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]int{0, 2}, undefined); diff != "" {
		t.Errorf("undefined pairs (-want +got):\n%s", diff)
	}
	want, err := mcda.Compare(rs[0], rs[1])
	if err != nil {
		t.Fatal(err)
	}
	if len(pairs) != 3 || pairs[0] != (mcda.Agreement{A: "topsis", B: "flat"}) || pairs[1] != want {
		t.Errorf("pairs = %+v", pairs)
	}

	// Rankings of different alternatives are an error.
	other := &mcda.Ranking{Method: "other", Alternatives: []string{"A", "B", "C", "E"}, Scores: []float64{1, 2, 3, 4}, HigherIsBetter: true}
	if _, _, err := mcda.CompareAll([]*mcda.Ranking{rs[0], other}); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("CompareAll of different alternatives: err = %v, want ErrShape", err)
	}
}

func ExampleNewMethod() {
	m, err := mcda.NewDecisionMatrix(
		[]string{"A1", "A2", "A3"},
		[]mcda.Criterion{
			{Name: "price", Objective: mcda.ObjectiveCost, Weight: 0.3},
			{Name: "quality", Objective: mcda.ObjectiveBenefit, Weight: 0.5},
			{Name: "delivery", Objective: mcda.ObjectiveCost, Weight: 0.2},
		},
		[][]float64{{250, 16, 12}, {200, 12, 8}, {300, 20, 10}},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	v := 0.5
	for _, name := range []string{"topsis", "vikor", "promethee"} {
		meth, err := mcda.NewMethod(name, mcda.MethodOptions{V: &v})
		if err != nil {
			fmt.Println(err)
			return
		}
		r, err := mcda.Rank(meth, m)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(name, r.Ranks)
	}
	// Output:
	// topsis [2 3 1]
	// vikor [2 3 1]
	// promethee [3 2 1]
}

func mustMatrix(t testing.TB, alts []string, crit []mcda.Criterion, rows [][]float64) *mcda.DecisionMatrix {
	t.Helper()
	m, err := mcda.NewDecisionMatrix(alts, crit, rows)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// NewMethod and NewWeighting pass Workers to every method and weighting
// with a Workers field, and MethodParameters lists "workers" for exactly
// those methods.
func TestNewWorkers(t *testing.T) {
	for _, name := range mcda.MethodNames() {
		method, err := mcda.NewMethod(name, mcda.MethodOptions{Workers: 3})
		if err != nil {
			t.Fatal(err)
		}
		params, _ := mcda.MethodParameters(name)
		f := reflect.ValueOf(method).Elem().FieldByName("Workers")
		switch {
		case slices.Contains(params, "workers") != f.IsValid():
			t.Errorf("%s: MethodParameters %q, has a Workers field: %v", name, params, f.IsValid())
		case f.IsValid() && f.Int() != 3:
			t.Errorf("%s: Workers = %d, want 3", name, f.Int())
		}
	}
	for _, name := range mcda.WeightingNames() {
		wt, err := mcda.NewWeighting(name, mcda.WeightingOptions{Workers: 3})
		if err != nil {
			t.Fatal(err)
		}
		v := reflect.ValueOf(wt)
		if v.Kind() != reflect.Pointer {
			continue // Equal, which has no state
		}
		if f := v.Elem().FieldByName("Workers"); f.IsValid() && f.Int() != 3 {
			t.Errorf("%s: Workers = %d, want 3", name, f.Int())
		}
		plain, _ := mcda.NewWeighting(name)
		if f := reflect.ValueOf(plain).Elem().FieldByName("Workers"); f.IsValid() && f.Int() != 0 {
			t.Errorf("%s without options: Workers = %d, want 0", name, f.Int())
		}
	}
	if _, err := mcda.NewWeighting("entropy", mcda.WeightingOptions{}, mcda.WeightingOptions{}); !errors.Is(err, mcda.ErrParameter) {
		t.Errorf("NewWeighting with two options: err = %v, want ErrParameter", err)
	}
}
