package fuzzy

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// TestTOPSISCrispCase checks the reference case crisp_degenerate_property
// (constructed, not published: its values were computed two ways, by the
// fuzzy code path and in closed form, where the vertex distance of crisp
// numbers is |x − y| and Chen's separation an L1 sum over criteria).
func TestTOPSISCrispCase(t *testing.T) {
	var rc struct {
		Input struct {
			R     [][][3]float64 `json:"fuzzy_ratings"`
			W     [][3]float64   `json:"fuzzy_weights"`
			Types []int          `json:"types"`
		} `json:"input"`
		Expected struct {
			CCMaxMin   []float64   `json:"closeness_maxmin_ideal"`
			DPlus      []float64   `json:"d_plus_maxmin_ideal"`
			DMinus     []float64   `json:"d_minus_maxmin_ideal"`
			CCUnit     []float64   `json:"closeness_unit_ideal"`
			Normalized [][]float64 `json:"normalised_crisp_matrix"`
		} `json:"expected"`
	}
	b, err := os.ReadFile("testdata/crisp_degenerate_property_computed.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &rc); err != nil {
		t.Fatal(err)
	}
	var crit []mcda.Criterion
	for j, ty := range rc.Input.Types {
		c := mcda.Criterion{Name: string(rune('A' + j)), Objective: mcda.ObjectiveBenefit}
		if ty < 0 {
			c.Objective = mcda.ObjectiveCost
		}
		crit = append(crit, c)
	}
	w := make([]TFN, len(rc.Input.W))
	for j, x := range rc.Input.W {
		w[j] = TFN{x[0], x[1], x[2]}
	}
	alts := []string{"x", "y", "z"}
	ratings := [][][]TFN{tfns(rc.Input.R)}
	// The file prints 6 decimals.
	approx := cmpopts.EquateApprox(0, 5e-7)
	res, err := TOPSIS(alts, crit, ratings, [][]TFN{w}, TOPSISOptions{Ideal: IdealMaxMin})
	if err != nil {
		t.Fatal(err)
	}
	got := make([][]float64, len(res.Normalized))
	for i, row := range res.Normalized {
		for _, v := range row {
			if v.L != v.M || v.M != v.U {
				t.Fatalf("crisp rating normalised to %v", v)
			}
			got[i] = append(got[i], v.M)
		}
	}
	if diff := cmp.Diff(rc.Expected.Normalized, got, approx); diff != "" {
		t.Errorf("normalised (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(rc.Expected.DPlus, res.DPlus, approx); diff != "" {
		t.Errorf("d* (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(rc.Expected.DMinus, res.DMinus, approx); diff != "" {
		t.Errorf("d- (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(rc.Expected.CCMaxMin, res.Closeness, approx); diff != "" {
		t.Errorf("closeness, max-min ideal (-want +got):\n%s", diff)
	}
	res, err = TOPSIS(alts, crit, ratings, [][]TFN{w}, TOPSISOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rc.Expected.CCUnit, res.Closeness, approx); diff != "" {
		t.Errorf("closeness, unit ideal (-want +got):\n%s", diff)
	}
}

// drawProblem draws a crisp problem: m alternatives, n criteria, positive
// values, weights, objectives.
func drawProblem(t *rapid.T) ([]string, []mcda.Criterion, [][]float64) {
	m := rapid.IntRange(2, 6).Draw(t, "m")
	n := rapid.IntRange(1, 5).Draw(t, "n")
	alts := make([]string, m)
	for i := range alts {
		alts[i] = string(rune('a' + i))
	}
	crit := make([]mcda.Criterion, n)
	for j := range crit {
		crit[j] = mcda.Criterion{Name: string(rune('A' + j)), Objective: rapid.SampledFrom([]mcda.Objective{mcda.ObjectiveBenefit, mcda.ObjectiveCost}).Draw(t, "objective"), Weight: rapid.Float64Range(0.05, 1).Draw(t, "w")}
	}
	rows := make([][]float64, m)
	for i := range rows {
		rows[i] = make([]float64, n)
		for j := range rows[i] {
			rows[i][j] = rapid.Float64Range(0.5, 100).Draw(t, "x")
		}
	}
	return alts, crit, rows
}

func crispProblem(crit []mcda.Criterion, rows [][]float64) ([][][]TFN, [][]TFN) {
	r := make([][]TFN, len(rows))
	for i, row := range rows {
		for _, v := range row {
			r[i] = append(r[i], Crisp(v))
		}
	}
	w := make([]TFN, len(crit))
	for j, c := range crit {
		w[j] = Crisp(c.Weight)
	}
	return [][][]TFN{r}, [][]TFN{w}
}

func TestTOPSISProperties(t *testing.T) {
	// Property: crisp ratings and weights with the max-min ideal and
	// Euclidean separation give crisp TOPSIS with max normalisation.
	t.Run("crisp is TOPSIS", rapid.MakeCheck(func(t *rapid.T) {
		alts, crit, rows := drawProblem(t)
		dm, err := mcda.NewDecisionMatrix(alts, crit, rows)
		if err != nil {
			t.Fatal(err)
		}
		tp := mcda.TOPSIS{Normalization: mcda.NormalizationMax}
		want, err := tp.Scores(nil, dm)
		if err != nil {
			t.Fatal(err)
		}
		r, w := crispProblem(crit, rows)
		res, err := TOPSIS(alts, crit, r, w, TOPSISOptions{Ideal: IdealMaxMin, Separation: SeparationEuclidean})
		if err != nil {
			t.Fatal(err)
		}
		for i := range want {
			if math.Abs(want[i]-res.Closeness[i]) > 1e-9 {
				t.Fatalf("alternative %d: closeness %v, crisp TOPSIS %v", i, res.Closeness[i], want[i])
			}
		}
	}))
	// Property: permuting the alternatives permutes the closeness.
	t.Run("permutation", rapid.MakeCheck(func(t *rapid.T) {
		alts, crit, rows := drawProblem(t)
		p := rapid.Permutation(seqInts(len(alts))).Draw(t, "perm")
		prows := make([][]float64, len(rows))
		palts := make([]string, len(alts))
		for i := range rows {
			prows[p[i]] = rows[i]
			palts[p[i]] = alts[i]
		}
		spread := rapid.Float64Range(0, 0.5).Draw(t, "spread")
		fuzz := func(rows [][]float64) [][][]TFN {
			r := make([][]TFN, len(rows))
			for i, row := range rows {
				for _, v := range row {
					r[i] = append(r[i], TFN{v * (1 - spread), v, v * (1 + spread)})
				}
			}
			return [][][]TFN{r}
		}
		_, w := crispProblem(crit, rows)
		opt := TOPSISOptions{Ideal: rapid.SampledFrom([]Ideal{IdealUnit, IdealMaxMin}).Draw(t, "ideal")}
		a, err := TOPSIS(alts, crit, fuzz(rows), w, opt)
		if err != nil {
			t.Fatal(err)
		}
		b, err := TOPSIS(palts, crit, fuzz(prows), w, opt)
		if err != nil {
			t.Fatal(err)
		}
		for i := range alts {
			if a.Closeness[i] != b.Closeness[p[i]] {
				t.Fatalf("alternative %d: %v, permuted %v", i, a.Closeness[i], b.Closeness[p[i]])
			}
		}
	}))
	// Property: decision makers who agree exactly give the result of one.
	t.Run("agreeing decision makers", rapid.MakeCheck(func(t *rapid.T) {
		alts, crit, rows := drawProblem(t)
		r, w := crispProblem(crit, rows)
		k := rapid.IntRange(2, 5).Draw(t, "k")
		var rk [][][]TFN
		var wk [][]TFN
		for range k {
			rk = append(rk, r[0])
			wk = append(wk, w[0])
		}
		a, err := TOPSIS(alts, crit, r, w, TOPSISOptions{})
		if err != nil {
			t.Fatal(err)
		}
		b, err := TOPSIS(alts, crit, rk, wk, TOPSISOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(a.Closeness, b.Closeness, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
			t.Fatalf("(-one +%d):\n%s", k, diff)
		}
	}))
}

func TestTOPSISDegenerate(t *testing.T) {
	crit := []mcda.Criterion{{Name: "only", Objective: mcda.ObjectiveBenefit}}
	// Identical alternatives on a single criterion: no NaN, a tie at 0.5
	// with the max-min ideal.
	same := [][][]TFN{{{{3, 5, 7}}, {{3, 5, 7}}}}
	res, err := TOPSIS([]string{"a", "b"}, crit, same, [][]TFN{{{0.3, 0.5, 0.7}}}, TOPSISOptions{Ideal: IdealMaxMin})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]float64{0.5, 0.5}, res.Closeness); diff != "" {
		t.Errorf("identical alternatives (-want +got):\n%s", diff)
	}
	// All ratings zero on a benefit criterion.
	res, err = TOPSIS([]string{"a", "b"}, crit, [][][]TFN{{{{0, 0, 0}}, {{0, 0, 0}}}}, [][]TFN{{{1, 1, 1}}}, TOPSISOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Closeness[0] != 1 || res.Closeness[1] != 1 {
		t.Errorf("zero column: closeness %v, want 1 (equal to the unit ideal)", res.Closeness)
	}
	// Ratings at the float64 extremes.
	res, err = TOPSIS([]string{"a", "b"}, []mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit}, {Name: "y", Objective: mcda.ObjectiveCost}},
		[][][]TFN{{{{0, 1e308, 1e308}, {5e-324, 5e-324, 1e308}}, {{5e-324, 1, 2}, {1, 2, 1e308}}}}, [][]TFN{{{1e308, 1e308, 1e308}, {0, 5e-324, 1}}}, TOPSISOptions{Ideal: IdealMaxMin})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range res.Closeness {
		if math.IsNaN(v) || v < 0 || v > 1 {
			t.Errorf("extremes: closeness %v", res.Closeness)
		}
	}
}

func TestTOPSISErrors(t *testing.T) {
	crit := []mcda.Criterion{{Name: "c", Objective: mcda.ObjectiveBenefit}, {Name: "d", Objective: mcda.ObjectiveCost}}
	ok := [][]TFN{{{1, 2, 3}, {1, 2, 3}}, {{2, 3, 4}, {2, 3, 4}}}
	w := []TFN{{0.1, 0.2, 0.3}, {0.3, 0.4, 0.5}}
	var te *TFNError
	for _, tc := range []struct {
		name    string
		ratings [][][]TFN
		weights [][]TFN
		field   string
		err     error
	}{
		{"l > m", [][][]TFN{{{{1, 2, 3}, {1, 2, 3}}, {{3, 2, 4}, {2, 3, 4}}}}, [][]TFN{w}, "ratings[0][1][0]", ErrOrder},
		{"negative weight", [][][]TFN{ok}, [][]TFN{{{-0.1, 0.2, 0.3}, w[1]}}, "weights[0][0]", mcda.ErrNegative},
		{"NaN", [][][]TFN{ok, {{{1, math.NaN(), 3}, {1, 2, 3}}, ok[1]}}, [][]TFN{w, w}, "ratings[1][0][0]", mcda.ErrNotFinite},
		{"zero on a cost criterion", [][][]TFN{{{{1, 2, 3}, {0, 2, 3}}, ok[1]}}, [][]TFN{w}, "", mcda.ErrNotPositive},
	} {
		_, err := TOPSIS([]string{"a", "b"}, crit, tc.ratings, tc.weights, TOPSISOptions{})
		if !errors.As(err, &te) || !errors.Is(err, tc.err) || (tc.field != "" && te.Field != tc.field) {
			t.Errorf("%s: err = %v", tc.name, err)
		}
	}
	_, err := TOPSIS([]string{"a", "b"}, crit, [][][]TFN{ok}, [][]TFN{{{}, {}}}, TOPSISOptions{})
	if !errors.Is(err, mcda.ErrWeight) {
		t.Errorf("zero weights: err = %v", err)
	}
	_, err = TOPSIS([]string{"a", "a"}, crit, [][][]TFN{ok}, [][]TFN{w}, TOPSISOptions{})
	if !errors.Is(err, mcda.ErrDuplicateName) {
		t.Errorf("duplicate alternative: err = %v", err)
	}
	_, err = TOPSIS([]string{"a", "b"}, crit, [][][]TFN{ok}, [][]TFN{w, w}, TOPSISOptions{})
	if !errors.Is(err, mcda.ErrShape) {
		t.Errorf("weights of two decision makers, ratings of one: err = %v", err)
	}
}

// TestTOPSISOverflow checks that distances beyond the float64 range are an
// error naming the alternative, not +Inf in the result.
func TestTOPSISOverflow(t *testing.T) {
	crit := []mcda.Criterion{{Name: "c", Objective: mcda.ObjectiveBenefit}, {Name: "d", Objective: mcda.ObjectiveBenefit}}
	r := [][]TFN{{Crisp(0), Crisp(0)}, {Crisp(2), Crisp(2)}}
	w := []TFN{Crisp(1e308), Crisp(1e308)}
	_, err := TOPSIS([]string{"x", "y"}, crit, [][][]TFN{r}, [][]TFN{w}, TOPSISOptions{Ideal: IdealMaxMin})
	var ie *ItemError
	if !errors.As(err, &ie) || !errors.Is(err, mcda.ErrNotFinite) {
		t.Errorf("err = %v", err)
	}
}
