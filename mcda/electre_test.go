package mcda_test

import (
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// cebrian2009 is the plant location problem of Cebrián & Porcar (2009),
// Revista de Métodos Cuantitativos para la Economía y la Empresa 7:31-56
// (from Barba-Romero & Pomerol, 1997): six sites, five criteria, the third
// a cost. The paper, like scikit-criteria's test suite
// (tests/madm/test_electre.py), scales each column by its sum and orients
// the cost criterion by sign; the values here are so scaled and evaluated
// with NormalizationNone, which negates costs.
func cebrian2009(t tHelper) *mcda.DecisionMatrix {
	raw := [][]float64{
		{6, 5, 28, 5, 5},
		{4, 2, 25, 10, 9},
		{5, 7, 35, 9, 6},
		{6, 1, 27, 6, 7},
		{6, 8, 30, 7, 9},
		{5, 6, 26, 4, 8},
	}
	sums := make([]float64, 5)
	for _, r := range raw {
		for j, x := range r {
			sums[j] += x
		}
	}
	rows := make([][]float64, len(raw))
	for i, r := range raw {
		rows[i] = make([]float64, 5)
		for j, x := range r {
			rows[i][j] = x / sums[j]
		}
	}
	return problem(t, rows, []float64{0.25, 0.25, 0.1, 0.2, 0.2}, []int{1, 1, -1, 1, 1})
}

// electreDiag returns x with the diagonal set to 0, for literature
// matrices printed with blank diagonals.
func electreDiag(x [][]float64) [][]float64 {
	for i := range x {
		x[i][i] = 0
	}
	return x
}

func TestELECTREICebrian2009(t *testing.T) {
	m := cebrian2009(t)
	// Concordance and discordance printed to 4 decimals (one entry to 5):
	// tolerance 5e-5.
	approx4 := cmpopts.EquateApprox(0, 5e-5)
	wantC := electreDiag([][]float64{
		{0, 0.5000, 0.3500, 0.5000, 0.3500, 0.4500},
		{0.5000, 0, 0.5000, 0.7500, 0.5000, 0.5000},
		{0.6500, 0.5000, 0, 0.4500, 0.2000, 0.7000},
		{0.7500, 0.2500, 0.5500, 0, 0.3500, 0.4500},
		{0.9000, 0.7000, 0.8000, 0.9000, 0, 0.9000},
		{0.5500, 0.5000, 0.5500, 0.5500, 0.1000, 0},
	})
	wantD := electreDiag([][]float64{
		{0, 0.5052, 0.4042, 0.1883, 0.42857, 0.2825},
		{0.4286, 0, 0.7143, 0.2589, 0.8571, 0.5714},
		{0.1696, 0.2825, 0, 0.1938, 0.2825, 0.2180},
		{0.5714, 0.4042, 0.8571, 0, 1.0, 0.7143},
		{0.0485, 0.3031, 0.2021, 0.0727, 0, 0.0969},
		{0.1295, 0.6063, 0.5052, 0.2021, 0.3031, 0},
	})
	tests := []struct {
		name    string
		c, d    float64
		kernel  []int
		acyclic bool
	}{
		// The paper's thresholds ĉ = 0.55, d̂ = 0.699, kernel {A5}
		// (scikit-criteria's test_electre1 with p = 0.55, q = 0.699).
		// A3 and A6 outrank each other (c = 0.70 and 0.55, d = 0.218 and
		// 0.505): a circuit, merged before the kernel is taken.
		{"Paper", 0.55, 0.699, []int{4}, false},
		// scikit-criteria's defaults ĉ = 0.65, d̂ = 0.35, kernel {A5}
		// (test_electre1_cebrian2009localizacion).
		{"SkcriteriaDefaults", 0.65, 0.35, []int{4}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := mcda.ELECTREI{Concordance: ptr(tc.c), Discordance: ptr(tc.d), Normalization: mcda.NormalizationNone}
			got, err := e.Evaluate(m)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(wantC, got.Concordance, approx4); diff != "" {
				t.Errorf("concordance mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(wantD, got.Discordance, approx4); diff != "" {
				t.Errorf("discordance mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.kernel, got.Kernel); diff != "" {
				t.Errorf("kernel mismatch (-want +got):\n%s", diff)
			}
			if got.Acyclic != tc.acyclic {
				t.Errorf("Acyclic = %v, want %v", got.Acyclic, tc.acyclic)
			}
		})
	}
}

// TestELECTREIHwangYoon1981 reproduces Hwang & Yoon's (1981) ELECTRE on
// the fighter aircraft problem, as reprinted in the ORMS course notes of
// the Czech University of Life Sciences ("The Fighter Aircraft
// Problem – ELECTRE"): concordance matrix to 1 decimal, its mean ĉ = 0.55
// as threshold, and the concordance, discordance and aggregate dominance
// matrices (0/1, exact), with Hwang & Yoon's discordance index on the
// weighted vector-normalized matrix and its mean as threshold. A2 and A4
// are eliminated: the kernel is {A1, A3}.
func TestELECTREIHwangYoon1981(t *testing.T) {
	e := mcda.ELECTREI{DiscordanceIndex: mcda.DiscordanceHwangYoon}
	got, err := e.Evaluate(fighterAircraft(t))
	if err != nil {
		t.Fatal(err)
	}
	// The concordance indices are sums of the weights 0.2, 0.1, 0.1,
	// 0.1, 0.2, 0.3, printed exactly to 1 decimal.
	wantC := [][]float64{
		{0, 0.7, 0.5, 0.6},
		{0.3, 0, 0.3, 0.6},
		{0.5, 0.7, 0, 0.8},
		{0.7, 0.7, 0.2, 0},
	}
	if diff := cmp.Diff(wantC, got.Concordance, approxTight); diff != "" {
		t.Errorf("concordance mismatch (-want +got):\n%s", diff)
	}
	if math.Abs(got.ConcordanceThreshold-0.55) > 1e-12 {
		t.Errorf("ĉ = %v, want 0.55", got.ConcordanceThreshold)
	}
	dominance := func(f func(a, b int) bool) [][]bool {
		x := make([][]bool, 4)
		for a := range x {
			x[a] = make([]bool, 4)
			for b := range x[a] {
				x[a][b] = a != b && f(a, b)
			}
		}
		return x
	}
	T, F := true, false
	wantCD := [][]bool{{F, T, F, T}, {F, F, F, T}, {F, T, F, T}, {T, T, F, F}}
	wantDD := [][]bool{{F, T, F, T}, {F, F, F, F}, {F, T, F, T}, {F, T, F, F}}
	wantE := [][]bool{{F, T, F, T}, {F, F, F, F}, {F, T, F, T}, {F, T, F, F}}
	cd := dominance(func(a, b int) bool { return got.Concordance[a][b] >= got.ConcordanceThreshold })
	dd := dominance(func(a, b int) bool { return got.Discordance[a][b] <= got.DiscordanceThreshold })
	if diff := cmp.Diff(wantCD, cd); diff != "" {
		t.Errorf("concordance dominance mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantDD, dd); diff != "" {
		t.Errorf("discordance dominance mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantE, got.Outranks); diff != "" {
		t.Errorf("aggregate dominance mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{0, 2}, got.Kernel); diff != "" {
		t.Errorf("kernel mismatch (-want +got):\n%s", diff)
	}
	if !got.Acyclic {
		t.Error("Acyclic = false, want true")
	}
}

func TestELECTREISpecialCases(t *testing.T) {
	t.Run("IdenticalAlternatives", func(t *testing.T) {
		// A1 and A2 outrank each other (c = 1, d = 0): a circuit, so they
		// enter the kernel together. A3 is beaten by both on one
		// criterion and beats them on the other.
		m := problem(t, [][]float64{{3, 4}, {3, 4}, {1, 5}}, []float64{1, 1}, []int{1, -1})
		var e mcda.ELECTREI
		got, err := e.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		if got.Concordance[0][1] != 1 || got.Discordance[0][1] != 0 || !got.Outranks[0][1] || !got.Outranks[1][0] {
			t.Errorf("identical pair: c = %v, d = %v, S = %v, %v", got.Concordance[0][1], got.Discordance[0][1], got.Outranks[0][1], got.Outranks[1][0])
		}
		if got.Acyclic {
			t.Error("Acyclic = true, want false")
		}
		if diff := cmp.Diff([]int{0, 1}, got.Kernel[:2]); diff != "" {
			t.Errorf("kernel %v does not hold both identical alternatives", got.Kernel)
		}
	})
	t.Run("OneCriterion", func(t *testing.T) {
		// a S b exactly when a is at least as good; the kernel is the
		// best alternatives, here the two tied at 5 (a circuit).
		m := problem(t, [][]float64{{3}, {5}, {4}, {5}}, []float64{1}, []int{1})
		var e mcda.ELECTREI
		got, err := e.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		for a := range got.Outranks {
			for b := range got.Outranks {
				x, y := m.At(a, 0), m.At(b, 0)
				if want := a != b && x >= y; got.Outranks[a][b] != want {
					t.Errorf("A%d S A%d = %v, want %v", a+1, b+1, got.Outranks[a][b], want)
				}
			}
		}
		if diff := cmp.Diff([]int{1, 3}, got.Kernel); diff != "" {
			t.Errorf("kernel mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("HugeValuesWithoutNormalization", func(t *testing.T) {
		// Regression (issue 5, FuzzMethods): without normalization the
		// difference MaxFloat64 − (−MaxFloat64) overflowed, and Roy's
		// d = ∞/∞ was NaN. Discordance is a ratio of differences, so it is
		// computed on halved values: A3 trails A1 by the full range of the
		// first criterion and is nowhere better, so d(3, 1) = 1.
		max := math.MaxFloat64
		m := problem(t, [][]float64{{max, 1e300}, {1e300, max}, {-max, 1e300}}, []float64{1, 1}, []int{1, -1})
		for _, e := range []mcda.ELECTREI{
			{Normalization: mcda.NormalizationNone},
			{Normalization: mcda.NormalizationNone, DiscordanceIndex: mcda.DiscordanceHwangYoon},
		} {
			got, err := e.Evaluate(m)
			if err != nil {
				t.Fatal(err)
			}
			if d := got.Discordance[2][0]; d != 1 {
				t.Errorf("%v: d(A3, A1) = %v, want 1", e.DiscordanceIndex, d)
			}
			for a, row := range got.Discordance {
				for b, d := range row {
					if !(d >= 0 && d <= 1) {
						t.Errorf("%v: d(%d, %d) = %v", e.DiscordanceIndex, a, b, d)
					}
				}
			}
		}
	})
	t.Run("OneAlternative", func(t *testing.T) {
		m := problem(t, [][]float64{{3, 4}}, []float64{1, 1}, []int{1, -1})
		var e mcda.ELECTREI
		got, err := e.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		want := &mcda.ELECTREIResult{
			Concordance: [][]float64{{0}}, Discordance: [][]float64{{0}}, Outranks: [][]bool{{false}},
			Kernel: []int{0}, Acyclic: true,
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Evaluate mismatch (-want +got):\n%s", diff)
		}
	})
	t.Run("ConstantColumn", func(t *testing.T) {
		// A constant criterion is concordant for every pair and never
		// discordant: adding it raises every c by its weight share and
		// leaves d unchanged.
		with := problem(t, [][]float64{{1, 7, 5}, {2, 7, 3}, {4, 7, 4}}, []float64{1, 1, 1}, []int{1, 1, -1})
		without := problem(t, [][]float64{{1, 5}, {2, 3}, {4, 4}}, []float64{1, 1}, []int{1, -1})
		for _, k := range []mcda.DiscordanceIndex{mcda.DiscordanceRoy, mcda.DiscordanceHwangYoon} {
			e := mcda.ELECTREI{DiscordanceIndex: k}
			a, err := e.Evaluate(with)
			if err != nil {
				t.Fatal(err)
			}
			b, err := e.Evaluate(without)
			if err != nil {
				t.Fatal(err)
			}
			for i := range a.Concordance {
				for j := range a.Concordance {
					if i != j && math.Abs(a.Concordance[i][j]-(1+2*b.Concordance[i][j])/3) > 1e-15 {
						t.Errorf("%v: c(%d,%d) = %v, without the column %v", k, i, j, a.Concordance[i][j], b.Concordance[i][j])
					}
				}
			}
			if k == mcda.DiscordanceRoy { // Hwang-Yoon's weights the values, so d changes
				if diff := cmp.Diff(b.Discordance, a.Discordance, approxTight); diff != "" {
					t.Errorf("%v: discordance changed (-without +with):\n%s", k, diff)
				}
			}
		}
	})
	t.Run("AllConstant", func(t *testing.T) {
		// δ = 0: no discordance; every pair outranks the other.
		m := problem(t, [][]float64{{2, 2}, {2, 2}, {2, 2}}, []float64{1, 1}, []int{1, -1})
		for _, k := range []mcda.DiscordanceIndex{mcda.DiscordanceRoy, mcda.DiscordanceHwangYoon} {
			e := mcda.ELECTREI{DiscordanceIndex: k}
			got, err := e.Evaluate(m)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff([]int{0, 1, 2}, got.Kernel); diff != "" {
				t.Errorf("%v: kernel mismatch (-want +got):\n%s", k, diff)
			}
		}
	})
	t.Run("ThresholdsParetoFront", func(t *testing.T) {
		// ĉ = 1, d̂ = 0: a S b iff a is at least as good everywhere, and
		// the kernel is the set of non-dominated alternatives. On the
		// fighter aircraft problem none is dominated. With d̂ left nil it
		// means the mean instead.
		e := mcda.ELECTREI{Concordance: ptr(1), Discordance: ptr(0)}
		got, err := e.Evaluate(fighterAircraft(t))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]int{0, 1, 2, 3}, got.Kernel); diff != "" {
			t.Errorf("kernel mismatch (-want +got):\n%s", diff)
		}
		if got.DiscordanceThreshold != 0 {
			t.Errorf("d̂ = %v, want 0", got.DiscordanceThreshold)
		}
		m := problem(t, [][]float64{{1, 1}, {2, 2}, {3, 0}, {2, 1}}, []float64{1, 1}, []int{1, 1})
		got, err = e.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]int{1, 2}, got.Kernel); diff != "" {
			t.Errorf("Pareto kernel mismatch (-want +got):\n%s", diff)
		}
		implicit := mcda.ELECTREI{Concordance: ptr(1)}
		got, err = implicit.Evaluate(m)
		if err != nil {
			t.Fatal(err)
		}
		if got.DiscordanceThreshold == 0 {
			t.Error("implicit d̂ = 0, want the mean discordance")
		}
	})
}

func TestELECTREIErrors(t *testing.T) {
	m := fighterAircraft(t)
	tests := []struct {
		name string
		e    mcda.ELECTREI
		want error
	}{
		{"ConcordanceAboveOne", mcda.ELECTREI{Concordance: ptr(1.2)}, mcda.ErrParameter},
		{"DiscordanceNegative", mcda.ELECTREI{Discordance: ptr(-0.1)}, mcda.ErrParameter},
		{"ConcordanceNaN", mcda.ELECTREI{Concordance: ptr(math.NaN())}, mcda.ErrParameter},
		{"UnknownIndex", mcda.ELECTREI{DiscordanceIndex: 7}, mcda.ErrParameter},
		{"UnknownNormalization", mcda.ELECTREI{Normalization: 42}, mcda.ErrNormalization},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := tc.e.Evaluate(m); !errors.Is(err, tc.want) {
				t.Errorf("Evaluate error = %v, want %v", err, tc.want)
			}
		})
	}
	t.Run("ValueError", func(t *testing.T) {
		// Sum normalization of a cost criterion needs positive values.
		zero := problem(t, [][]float64{{1, 2}, {2, 0}}, []float64{1, 1}, []int{1, -1})
		e := mcda.ELECTREI{Normalization: mcda.NormalizationSum}
		_, err := e.Evaluate(zero)
		wantValueError(t, err, mcda.ErrNotPositive, 1, 1)
	})
}

func TestELECTREIProperties(t *testing.T) {
	t.Run("IndicesInUnitInterval", rapid.MakeCheck(propELECTREIIndices))
	t.Run("DominatorOutranks", rapid.MakeCheck(propELECTREIDominator))
	t.Run("KernelStable", rapid.MakeCheck(propELECTREIKernel))
	t.Run("ColumnScaleInvariance", rapid.MakeCheck(propELECTREIScale))
}

// electreGen draws an ELECTREI configuration: either discordance index,
// and mean or explicit thresholds.
func electreGen(t *rapid.T) mcda.ELECTREI {
	e := mcda.ELECTREI{DiscordanceIndex: mcda.DiscordanceIndex(rapid.IntRange(0, 1).Draw(t, "index"))}
	if rapid.Bool().Draw(t, "explicit") {
		e.Concordance = ptr(rapid.Float64Range(0, 1).Draw(t, "ĉ"))
		e.Discordance = ptr(rapid.Float64Range(0, 1).Draw(t, "d̂"))
	}
	return e
}

// Property: c and d lie in [0, 1], and c(a, b) + c(b, a) >= 1, since every
// criterion is concordant for at least one direction.
func propELECTREIIndices(t *rapid.T) {
	rows, w, types := genProblem(t)
	e := electreGen(t)
	res, err := e.Evaluate(problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	for a := range res.Concordance {
		for b := range res.Concordance {
			c, d := res.Concordance[a][b], res.Discordance[a][b]
			if !(c >= 0 && c <= 1 && d >= 0 && d <= 1) {
				t.Fatalf("c(%d,%d) = %v, d = %v", a, b, c, d)
			}
			if a != b && c+res.Concordance[b][a] < 1-1e-12 {
				t.Fatalf("c(%d,%d) + c(%d,%d) = %v < 1", a, b, b, a, c+res.Concordance[b][a])
			}
		}
	}
}

// Property: an alternative at least as good as another on every criterion
// has c = 1 and d = 0 against it, so it outranks it whatever the
// thresholds.
func propELECTREIDominator(t *rapid.T) {
	rows, w, types := genProblem(t)
	if len(rows) < 2 {
		t.Skip("one alternative")
	}
	b := rapid.IntRange(0, len(rows)-1).Draw(t, "dominated")
	a := rapid.IntRange(0, len(rows)-1).Filter(func(a int) bool { return a != b }).Draw(t, "dominator")
	for j := range w {
		f := rapid.Float64Range(1, 2).Draw(t, "factor")
		if types[j] > 0 {
			rows[a][j] = rows[b][j] * f
		} else {
			rows[a][j] = rows[b][j] / f
		}
	}
	e := electreGen(t)
	res, err := e.Evaluate(problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	if res.Concordance[a][b] != 1 || res.Discordance[a][b] != 0 || !res.Outranks[a][b] {
		t.Fatalf("dominator %d against %d: c = %v, d = %v, S = %v", a, b, res.Concordance[a][b], res.Discordance[a][b], res.Outranks[a][b])
	}
}

// Property: the kernel is not empty and stable on the relation with its
// circuits merged: every alternative outside it is in a circuit class that
// a member outranks (external stability), and no member outranks a member
// of another class (internal stability). When S is acyclic the classes are
// single alternatives and this is the kernel of S itself.
func propELECTREIKernel(t *rapid.T) {
	rows, w, types := genProblem(t)
	e := electreGen(t)
	res, err := e.Evaluate(problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Kernel) == 0 {
		t.Fatal("empty kernel")
	}
	n := len(rows)
	// reach[a][b]: b is reachable from a; a and b share a class when each
	// reaches the other.
	reach := make([][]bool, n)
	for a := range reach {
		reach[a] = append([]bool(nil), res.Outranks[a]...)
		reach[a][a] = true
	}
	for k := range n {
		for a := range n {
			for b := range n {
				reach[a][b] = reach[a][b] || reach[a][k] && reach[k][b]
			}
		}
	}
	same := func(a, b int) bool { return reach[a][b] && reach[b][a] }
	acyclic := true
	in := make([]bool, n)
	for _, k := range res.Kernel {
		in[k] = true
	}
	for a := range n {
		for b := range n {
			if a != b && same(a, b) {
				acyclic = false
				if in[a] != in[b] {
					t.Fatalf("%d and %d share a circuit but not kernel membership %v", a, b, res.Kernel)
				}
			}
		}
	}
	if acyclic != res.Acyclic {
		t.Fatalf("Acyclic = %v, want %v", res.Acyclic, acyclic)
	}
	for b := range n {
		if in[b] {
			continue
		}
		covered := false
		for _, a := range res.Kernel {
			for c := range n {
				covered = covered || same(b, c) && res.Outranks[a][c]
			}
		}
		if !covered {
			t.Fatalf("alternative %d outside kernel %v is outranked by no member of it", b, res.Kernel)
		}
	}
	for _, a := range res.Kernel {
		for _, b := range res.Kernel {
			if res.Outranks[a][b] && !same(a, b) {
				t.Fatalf("kernel members %d S %d in different classes", a, b)
			}
		}
	}
}

// Property: with the default min-max normalization and Roy's index,
// scaling one column by k > 0 changes neither matrix. k is a power of two,
// so that the scaled values keep their ties and order exactly
// (concordance compares values); a shift x + c, under which the indices
// are equally invariant in exact arithmetic, would round them.
func propELECTREIScale(t *rapid.T) {
	rows, w, types := genProblem(t)
	j := rapid.IntRange(0, len(w)-1).Draw(t, "column")
	k := math.Ldexp(1, rapid.IntRange(-20, 20).Draw(t, "log2 factor"))
	var e mcda.ELECTREI
	before, err := e.Evaluate(problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		r[j] *= k
	}
	after, err := e.Evaluate(problem(t, rows, w, types))
	if err != nil {
		t.Fatal(err)
	}
	opt := cmpopts.EquateApprox(1e-12, 1e-14)
	if diff := cmp.Diff(before.Concordance, after.Concordance, opt); diff != "" {
		t.Fatalf("concordance changed (-before +after):\n%s", diff)
	}
	if diff := cmp.Diff(before.Discordance, after.Discordance, opt); diff != "" {
		t.Fatalf("discordance changed (-before +after):\n%s", diff)
	}
}

func BenchmarkELECTREI(b *testing.B) {
	b.Run("m=1000,n=10", func(b *testing.B) {
		m := benchProblem(b, 1000, 10)
		var e mcda.ELECTREI
		b.ReportAllocs()
		for b.Loop() {
			if _, err := e.Evaluate(m); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func ExampleELECTREI() {
	// Hwang & Yoon's (1981) fighter aircraft: speed, range, payload,
	// cost (a cost criterion), reliability, maneuverability.
	m := fighters()
	e := mcda.ELECTREI{DiscordanceIndex: mcda.DiscordanceHwangYoon} // mean thresholds
	res, err := e.Evaluate(m)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("ĉ = %.2f, d̂ = %.4f\n", res.ConcordanceThreshold, res.DiscordanceThreshold)
	for a := range res.Outranks {
		for b, ok := range res.Outranks[a] {
			if ok {
				fmt.Printf("%s S %s (c = %.1f, d = %.4f)\n", m.Alternative(a), m.Alternative(b), res.Concordance[a][b], res.Discordance[a][b])
			}
		}
	}
	for _, k := range res.Kernel {
		fmt.Println("kernel:", m.Alternative(k))
	}
	// Output:
	// ĉ = 0.55, d̂ = 0.7255
	// A1 S A2 (c = 0.7, d = 0.3275)
	// A1 S A4 (c = 0.6, d = 0.1045)
	// A3 S A2 (c = 0.7, d = 0.4248)
	// A3 S A4 (c = 0.8, d = 0.4178)
	// A4 S A2 (c = 0.7, d = 0.5708)
	// kernel: A1
	// kernel: A3
}
