package fuzzy

import (
	"encoding/json"
	"math"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda/ahp"
)

func tfns(rows [][][3]float64) [][]TFN {
	out := make([][]TFN, len(rows))
	for i, r := range rows {
		out[i] = make([]TFN, len(r))
		for j, t := range r {
			out[i][j] = TFN{t[0], t[1], t[2]}
		}
	}
	return out
}

func triples(ts []TFN) [][3]float64 {
	out := make([][3]float64, len(ts))
	for i, t := range ts {
		out[i] = [3]float64{t.L, t.M, t.U}
	}
	return out
}

// TestBuckleyMultiAHPy checks Buckley's method on the 3×3 matrix of
// multiAHPy's test suite (tests/test_weight_derivation.py,
// test_derive_weights_tfn_geometric_mean): the published weights of the
// centroid of the fuzzy weights [0.613, 0.241, 0.145] (the test's earlier
// expectation, three decimals: tolerance 5e-4) and of the centroid of the
// geometric means [0.6163, 0.2393, 0.1445] (four decimals: 5e-5); the
// intermediates and the graded-mean weights are the reference file's own
// computations, to its 1e-6.
func TestBuckleyMultiAHPy(t *testing.T) {
	var rc struct {
		Input struct {
			M [][][3]float64 `json:"tfn_matrix"`
		} `json:"input"`
		Expected struct {
			R [][3]float64 `json:"row_geometric_means_computed"`
			W [][3]float64 `json:"fuzzy_weights_computed"`
			A []float64    `json:"crisp_weights_fuzzy_arithmetic_centroid"`
			B []float64    `json:"crisp_weights_defuzzify_then_normalise"`
			C []float64    `json:"crisp_weights_graded_mean_computed"`
		} `json:"expected"`
	}
	b, err := os.ReadFile("testdata/multiahpy_3x3_buckley.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &rc); err != nil {
		t.Fatal(err)
	}
	m, err := NewMatrix([]string{"a", "b", "c"}, tfns(rc.Input.M))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		d    Defuzzification
		want []float64
		tol  float64
	}{
		{DefuzzificationCentroid, rc.Expected.A, 5e-4},
		{DefuzzificationCentroidOfMeans, rc.Expected.B, 5e-5},
		{DefuzzificationGradedMean, rc.Expected.C, 1e-6},
	} {
		res, err := Buckley(m, tc.d, ahp.RandomIndexSaaty1980)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tc.want, res.Weights, cmpopts.EquateApprox(0, tc.tol)); diff != "" {
			t.Errorf("%v: weights (-want +got):\n%s", tc.d, diff)
		}
		if diff := cmp.Diff(rc.Expected.R, triples(res.GeometricMeans), cmpopts.EquateApprox(0, 1e-6)); diff != "" {
			t.Errorf("geometric means (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(rc.Expected.W, triples(res.FuzzyWeights), cmpopts.EquateApprox(0, 1e-6)); diff != "" {
			t.Errorf("fuzzy weights (-want +got):\n%s", diff)
		}
		// The modal matrix [[1,3,4],[1/3,1,2],[1/4,1/2,1]] and its CR.
		modal, _ := m.Modal()
		var s ahp.Solver
		want, _ := s.Consistency(modal, ahp.RandomIndexSaaty1980)
		if res.Consistency != want || !(res.Consistency.CR > 0 && res.Consistency.CR < 0.1) {
			t.Errorf("consistency %+v, want %+v", res.Consistency, want)
		}
	}
}

// drawCrisp draws a crisp reciprocal matrix as TFNs.
func drawCrisp(t *rapid.T) ([]string, [][]float64) {
	n := rapid.IntRange(1, 7).Draw(t, "n")
	items := make([]string, n)
	rows := make([][]float64, n)
	for i := range rows {
		items[i] = string(rune('a' + i))
		rows[i] = make([]float64, n)
		rows[i][i] = 1
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			v := rapid.Float64Range(1.0/9, 9).Draw(t, "a")
			rows[i][j], rows[j][i] = v, 1/v
		}
	}
	return items, rows
}

func crispTFN(rows [][]float64) [][]TFN {
	out := make([][]TFN, len(rows))
	for i, r := range rows {
		out[i] = make([]TFN, len(r))
		for j, v := range r {
			out[i][j] = Crisp(v)
		}
	}
	return out
}

func TestBuckleyProperties(t *testing.T) {
	// Property: crisp TFNs give crisp AHP's row geometric mean priorities
	// and consistency, whatever the defuzzification.
	t.Run("crisp is AHP", rapid.MakeCheck(func(t *rapid.T) {
		items, rows := drawCrisp(t)
		m, err := NewMatrix(items, crispTFN(rows))
		if err != nil {
			t.Fatal(err)
		}
		a, err := ahp.NewMatrix(items, rows, ahp.Scale{})
		if err != nil {
			t.Fatal(err)
		}
		s := ahp.Solver{Method: ahp.PriorityGeometricMean}
		want := s.Priorities(nil, a)
		d := rapid.SampledFrom([]Defuzzification{DefuzzificationCentroid, DefuzzificationGradedMean, DefuzzificationCentroidOfMeans}).Draw(t, "d")
		res, err := Buckley(m, d, ahp.RandomIndexSaaty1980)
		if err != nil {
			t.Fatal(err)
		}
		for i := range want {
			if math.Abs(res.Weights[i]-want[i]) > 1e-12 {
				t.Fatalf("weight %d = %v, AHP %v", i, res.Weights[i], want[i])
			}
		}
		c, _ := s.Consistency(a, ahp.RandomIndexSaaty1980)
		if math.Abs(c.CR-res.Consistency.CR) > 1e-12 {
			t.Fatalf("CR %v, AHP %v", res.Consistency.CR, c.CR)
		}
	}))
	// Property: permuting the items permutes the weights.
	t.Run("permutation", rapid.MakeCheck(func(t *rapid.T) {
		items, rows := drawCrisp(t)
		n := len(items)
		// Widen the crisp judgments into TFNs.
		f := rapid.Float64Range(1, 2).Draw(t, "spread")
		fz := make([][]TFN, n)
		for i := range fz {
			fz[i] = make([]TFN, n)
			fz[i][i] = TFN{1, 1, 1}
		}
		for i := 0; i < n; i++ {
			for j := i + 1; j < n; j++ {
				fz[i][j] = TFN{rows[i][j] / f, rows[i][j], rows[i][j] * f}
				fz[j][i] = fz[i][j].Reciprocal()
			}
		}
		p := rapid.Permutation(seqInts(n)).Draw(t, "perm")
		pf := make([][]TFN, n)
		pitems := make([]string, n)
		for i := range pf {
			pf[i] = make([]TFN, n)
		}
		for i := 0; i < n; i++ {
			pitems[p[i]] = items[i]
			for j := 0; j < n; j++ {
				pf[p[i]][p[j]] = fz[i][j]
			}
		}
		m1, err := NewMatrix(items, fz)
		if err != nil {
			t.Fatal(err)
		}
		m2, err := NewMatrix(pitems, pf)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := Buckley(m1, DefuzzificationCentroid, ahp.RandomIndexSaaty1980)
		b, _ := Buckley(m2, DefuzzificationCentroid, ahp.RandomIndexSaaty1980)
		c1, c2 := Chang(m1), Chang(m2)
		for i := 0; i < n; i++ {
			if math.Abs(a.Weights[i]-b.Weights[p[i]]) > 1e-12 || math.Abs(c1.Weights[i]-c2.Weights[p[i]]) > 1e-12 {
				t.Fatalf("item %d: Buckley %v vs %v, Chang %v vs %v", i, a.Weights[i], b.Weights[p[i]], c1.Weights[i], c2.Weights[p[i]])
			}
		}
	}))
}

func seqInts(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

func TestBuckleyDegenerate(t *testing.T) {
	m, err := NewMatrix([]string{"only"}, [][]TFN{{{1, 1, 1}}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := Buckley(m, DefuzzificationGradedMean, ahp.RandomIndexSaaty1980)
	if err != nil || res.Weights[0] != 1 || res.Consistency.CR != 0 {
		t.Errorf("single item: %+v, %v", res, err)
	}
	// Entries at the ends of the accepted range.
	m, err = NewMatrixFromJudgments([]string{"a", "b", "c"}, []Judgment{
		{"a", "b", TFN{1e99, 1e99, 1e100}}, {"a", "c", TFN{1e-100, 1, 1e100}}, {"b", "c", TFN{1e-100, 1e-100, 1e-99}},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []Defuzzification{DefuzzificationCentroid, DefuzzificationGradedMean, DefuzzificationCentroidOfMeans} {
		res, err := Buckley(m, d, ahp.RandomIndexSaaty1980)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range res.Weights {
			if math.IsNaN(w) || math.IsInf(w, 0) {
				t.Errorf("%v: weights %v", d, res.Weights)
			}
		}
	}
}
