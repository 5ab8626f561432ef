package anp

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"gonum.org/v1/gonum/mat"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// TestDematelDelias checks the known-answer fixtures of the R package
// spectralDEMATEL (P. Delias, tests/testthat/helper-matrices.R and
// test-known-answer.R): the published normalising constants s and the
// dominant eigenvalue μ of N in closed form, and the 2×2 total-relation
// matrix in closed form. T, D, R, D+R and D−R of the other matrices are the
// reference file's own computations (its "per_matrix_computed"), which
// follow from T = N(I − N)⁻¹; they are checked to its tolerance 1e-9.
func TestDematelDelias(t *testing.T) {
	type perMatrix struct {
		S          float64     `json:"s"`
		T          [][]float64 `json:"total_relation"`
		D          []float64   `json:"D_row_sums"`
		R          []float64   `json:"R_column_sums"`
		Prominence []float64   `json:"prominence"`
		Relation   []float64   `json:"relation"`
	}
	var rc struct {
		Input struct {
			A map[string][][]float64 `json:"direct_relation_matrices"`
		} `json:"input"`
		Expected struct {
			S        map[string]float64   `json:"s_published"`
			Mu       map[string]float64   `json:"mu_published_closed_form"`
			T2       [][]float64          `json:"two_by_two_total_relation_closed_form"`
			Computed map[string]perMatrix `json:"per_matrix_computed"`
		} `json:"expected"`
		Tolerance float64 `json:"tolerance"`
	}
	b, err := os.ReadFile("testdata/delias_spectral_closed_form_fixtures.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &rc); err != nil {
		t.Fatal(err)
	}
	if len(rc.Input.A) != 5 {
		t.Fatalf("%d matrices in the fixture, want 5", len(rc.Input.A))
	}
	approx := cmpopts.EquateApprox(0, rc.Tolerance)
	for name, a := range rc.Input.A {
		t.Run(name, func(t *testing.T) {
			factors := make([]string, len(a))
			for i := range factors {
				factors[i] = string(rune('A' + i))
			}
			res, err := Dematel(factors, [][][]float64{a}, DematelOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Scale != rc.Expected.S[name] {
				t.Errorf("s = %v, want %v", res.Scale, rc.Expected.S[name])
			}
			// μ, the spectral radius of N (published in closed form, 12 digits).
			var eig mat.Eigen
			if !eig.Factorize(res.Normalized, mat.EigenNone) {
				t.Fatal("eigendecomposition failed")
			}
			var mu float64
			for _, v := range eig.Values(nil) {
				mu = math.Max(mu, math.Hypot(real(v), imag(v)))
			}
			if math.Abs(mu-rc.Expected.Mu[name]) > 1e-11 {
				t.Errorf("μ = %.12f, want %.12f", mu, rc.Expected.Mu[name])
			}
			want := rc.Expected.Computed[name]
			got := perMatrix{S: res.Scale, T: rowsOf(res.Total), D: res.D, R: res.R, Prominence: res.Prominence, Relation: res.Relation}
			if diff := cmp.Diff(want, got, approx); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if name == "two_by_two" {
				if diff := cmp.Diff(rc.Expected.T2, rowsOf(res.Total), cmpopts.EquateApprox(0, 1e-15)); diff != "" {
					t.Errorf("closed-form T (-want +got):\n%s", diff)
				}
			}
			// Threshold: the mean of T's n² entries.
			var mean float64
			for _, row := range want.T {
				for _, v := range row {
					mean += v
				}
			}
			mean /= float64(len(a) * len(a))
			if math.Abs(res.Threshold-mean) > rc.Tolerance {
				t.Errorf("threshold = %v, want %v", res.Threshold, mean)
			}
		})
	}
	// The fixture's discriminating case: dividing by the largest row sum
	// only makes N row-stochastic and I − N singular.
	_, err = Dematel([]string{"a", "b", "c"}, [][][]float64{rc.Input.A["flat_row_totals_3_col_total_4"]}, DematelOptions{Normalization: NormalizationMaxRow})
	if !errors.Is(err, ErrSingular) {
		t.Errorf("row-only normalisation of the flat matrix: err = %v, want ErrSingular", err)
	}
}

// TestDematelExperts checks that several experts are averaged entry by entry.
func TestDematelExperts(t *testing.T) {
	e1 := [][]float64{{0, 3, 1}, {2, 0, 4}, {0, 1, 0}}
	e2 := [][]float64{{0, 1, 3}, {2, 0, 0}, {4, 1, 0}}
	mean := [][]float64{{0, 2, 2}, {2, 0, 2}, {2, 1, 0}}
	f := []string{"x", "y", "z"}
	a, err := Dematel(f, [][][]float64{e1, e2}, DematelOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Dematel(f, [][][]float64{mean}, DematelOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rowsOf(b.Total), rowsOf(a.Total), cmpopts.EquateApprox(0, 1e-15)); diff != "" {
		t.Errorf("T of two experts vs of their mean (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(mean, rowsOf(a.Direct)); diff != "" {
		t.Errorf("direct-relation matrix (-want +got):\n%s", diff)
	}
}

// TestDematelDegenerate checks the inputs that give NaN in other
// implementations: no influence at all, a single factor, experts who agree.
func TestDematelDegenerate(t *testing.T) {
	res, err := Dematel([]string{"a", "b"}, [][][]float64{{{0, 0}, {0, 0}}, {{0, 0}, {0, 0}}}, DematelOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]float64{0, 0}, res.Prominence); diff != "" || res.Threshold != 0 {
		t.Errorf("zero matrix: prominence %v, threshold %v", res.Prominence, res.Threshold)
	}
	res, err = Dematel([]string{"a"}, [][][]float64{{{0}}}, DematelOptions{})
	if err != nil || res.Total.At(0, 0) != 0 {
		t.Errorf("single factor: %v, %v", res, err)
	}
	// A self-influence only: N = [1], I − N singular.
	_, err = Dematel([]string{"a"}, [][][]float64{{{3}}}, DematelOptions{})
	if !errors.Is(err, ErrSingular) {
		t.Errorf("self-influence only: err = %v", err)
	}
	// Extreme magnitudes: 1e308 and 5e-324 are scaled, not overflowed.
	res, err = Dematel([]string{"a", "b"}, [][][]float64{{{0, 1e308}, {5e-324, 0}}, {{0, 1e308}, {5e-324, 0}}}, DematelOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range res.Total.RawMatrix().Data {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Errorf("extreme input: T = %v", rowsOf(res.Total))
		}
	}
}

func TestDematelErrors(t *testing.T) {
	var ne *NetworkError
	_, err := Dematel([]string{"a", "b"}, [][][]float64{{{0, 1}, {1, 0}}, {{0, -1}, {1, 0}}}, DematelOptions{})
	if !errors.As(err, &ne) || ne.Field != "experts[1][0][1]" || !errors.Is(err, mcda.ErrNegative) {
		t.Errorf("negative rating: err = %v", err)
	}
	_, err = Dematel([]string{"a", "b"}, [][][]float64{{{0, math.Inf(1)}, {1, 0}}}, DematelOptions{})
	if !errors.Is(err, mcda.ErrNotFinite) {
		t.Errorf("infinite rating: err = %v", err)
	}
	_, err = Dematel([]string{"a", "b"}, [][][]float64{{{0, 1}, {1}}}, DematelOptions{})
	if !errors.Is(err, mcda.ErrShape) {
		t.Errorf("ragged: err = %v", err)
	}
	_, err = Dematel([]string{"a", "a"}, [][][]float64{{{0, 1}, {1, 0}}}, DematelOptions{})
	if !errors.Is(err, mcda.ErrDuplicateName) {
		t.Errorf("duplicate factor: err = %v", err)
	}
	_, err = Dematel([]string{"a"}, nil, DematelOptions{})
	if !errors.Is(err, mcda.ErrEmpty) {
		t.Errorf("no experts: err = %v", err)
	}
	nan := math.NaN()
	_, err = Dematel([]string{"a"}, [][][]float64{{{0}}}, DematelOptions{Threshold: &nan})
	if !errors.Is(err, mcda.ErrParameter) {
		t.Errorf("NaN threshold: err = %v", err)
	}
}

// drawDematel draws e experts' matrices over n factors on the 0..4 scale,
// scaled so that no row and column sums reach s in every row and column.
func drawDematel(t *rapid.T) ([]string, [][][]float64) {
	n := rapid.IntRange(2, 6).Draw(t, "n")
	e := rapid.IntRange(1, 3).Draw(t, "e")
	f := make([]string, n)
	for i := range f {
		f[i] = string(rune('a' + i))
	}
	x := make([][][]float64, e)
	for k := range x {
		x[k] = make([][]float64, n)
		for i := range x[k] {
			x[k][i] = make([]float64, n)
			for j := range x[k][i] {
				if i != j {
					x[k][i][j] = float64(rapid.IntRange(0, 4).Draw(t, "a"))
				}
			}
		}
	}
	return f, x
}

func TestDematelProperties(t *testing.T) {
	// Property: T satisfies T = N + N·T (the series N + N² + ...).
	t.Run("series", rapid.MakeCheck(func(t *rapid.T) {
		f, x := drawDematel(t)
		res, err := Dematel(f, x, DematelOptions{})
		if errors.Is(err, ErrSingular) {
			t.Skip("spectral radius 1")
		}
		if err != nil {
			t.Fatal(err)
		}
		var nt mat.Dense
		nt.Mul(res.Normalized, res.Total)
		nt.Add(&nt, res.Normalized)
		if !mat.EqualApprox(&nt, res.Total, 1e-9) {
			t.Fatalf("N + N·T != T")
		}
	}))
	// Property: the relations D − R sum to zero and prominence is D + R.
	t.Run("relation sums to zero", rapid.MakeCheck(func(t *rapid.T) {
		f, x := drawDematel(t)
		res, err := Dematel(f, x, DematelOptions{})
		if err != nil {
			t.Skip(err)
		}
		var s, scale float64
		for i, r := range res.Relation {
			s += r
			scale += res.Prominence[i]
		}
		if math.Abs(s) > 1e-9*(1+scale) {
			t.Fatalf("Σ(D−R) = %v", s)
		}
	}))
	// Property: permuting the factors permutes D, R and T.
	t.Run("permutation", rapid.MakeCheck(func(t *rapid.T) {
		f, x := drawDematel(t)
		n := len(f)
		p := rapid.Permutation(seq(n)).Draw(t, "perm")
		y := make([][][]float64, len(x))
		fp := make([]string, n)
		for k := range x {
			y[k] = make([][]float64, n)
			for i := range y[k] {
				y[k][i] = make([]float64, n)
			}
			for i := 0; i < n; i++ {
				fp[p[i]] = f[i]
				for j := 0; j < n; j++ {
					y[k][p[i]][p[j]] = x[k][i][j]
				}
			}
		}
		a, errA := Dematel(f, x, DematelOptions{})
		b, errB := Dematel(fp, y, DematelOptions{})
		if (errA == nil) != (errB == nil) {
			t.Fatalf("errors %v and %v", errA, errB)
		}
		if errA != nil {
			t.Skip(errA)
		}
		for i := 0; i < n; i++ {
			if math.Abs(a.D[i]-b.D[p[i]]) > 1e-9 || math.Abs(a.R[i]-b.R[p[i]]) > 1e-9 {
				t.Fatalf("factor %d: D, R = %v, %v; permuted %v, %v", i, a.D[i], a.R[i], b.D[p[i]], b.R[p[i]])
			}
		}
	}))
}

// TestDematelOverflow checks that a normalising constant beyond the float64
// range is an error, not +Inf in the result.
func TestDematelOverflow(t *testing.T) {
	_, err := Dematel([]string{"a", "b", "c"}, [][][]float64{{{0, 1e308, 1e308}, {0, 0, 0}, {0, 0, 0}}}, DematelOptions{})
	var ne *NetworkError
	if !errors.As(err, &ne) || !errors.Is(err, mcda.ErrNotFinite) {
		t.Errorf("err = %v", err)
	}
}

// TestDematelCelikbilek runs the ten-factor example of Çelikbilek's
// textbook (Y. Çelikbilek, Çok Kriterli Karar Verme Yöntemleri, ed. M.
// Özdemir, Nobel, Ankara 2018) as the Julia package JMcDM carries it, with
// JMcDM's values (jbytecode/JMcDM, test/mcdm/testdematel.jl, seven
// decimals, tested there to 1e-5): D ("c"), R ("r"), the threshold (the
// mean of T) and the impact-relation map (T(i, j) > threshold). JMcDM
// normalises by the larger of the largest row and column sums, as
// balancer's default. This is another implementation's output, not the
// book's printed tables, which were not available; the tolerance is JMcDM's.
func TestDematelCelikbilek(t *testing.T) {
	a := [][]float64{
		{0, 3, 0, 2, 0, 0, 0, 0, 3, 0},
		{3, 0, 0, 0, 0, 0, 0, 0, 0, 2},
		{4, 1, 0, 2, 1, 3, 1, 2, 3, 2},
		{4, 1, 4, 0, 1, 2, 0, 1, 0, 0},
		{3, 2, 3, 1, 0, 3, 0, 2, 0, 0},
		{4, 1, 4, 4, 0, 0, 0, 1, 1, 3},
		{3, 0, 0, 0, 0, 2, 0, 0, 0, 0},
		{3, 0, 4, 3, 2, 3, 1, 0, 0, 0},
		{4, 3, 2, 0, 0, 1, 0, 0, 0, 2},
		{2, 1, 0, 0, 0, 0, 0, 0, 3, 0},
	}
	factors := make([]string, len(a))
	for i := range factors {
		factors[i] = string(rune('A' + i))
	}
	res, err := Dematel(factors, [][][]float64{a}, DematelOptions{})
	if err != nil {
		t.Fatal(err)
	}
	const tol = 1e-5
	approx := cmpopts.EquateApprox(0, tol)
	wantD := []float64{0.3991458, 0.2261648, 1.0204318, 0.7538625, 0.8096760, 0.9780926, 0.2717874, 0.9455390, 0.5960514, 0.2937537}
	wantR := []float64{1.5527024, 0.7251791, 0.8551461, 0.6895615, 0.2059141, 0.6790404, 0.1057168, 0.3163574, 0.6484014, 0.5164858}
	if diff := cmp.Diff(wantD, res.D, approx); diff != "" {
		t.Errorf("D (-JMcDM +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantR, res.R, approx); diff != "" {
		t.Errorf("R (-JMcDM +got):\n%s", diff)
	}
	if math.Abs(res.Threshold-0.062945) > tol {
		t.Errorf("threshold = %.7f, JMcDM 0.062945", res.Threshold)
	}
	wantMap := [][]int{
		{0, 1, 0, 1, 0, 0, 0, 0, 1, 0},
		{1, 0, 0, 0, 0, 0, 0, 0, 0, 1},
		{1, 1, 0, 1, 0, 1, 0, 1, 1, 1},
		{1, 1, 1, 0, 0, 1, 0, 0, 0, 0},
		{1, 1, 1, 1, 0, 1, 0, 1, 0, 0},
		{1, 1, 1, 1, 0, 0, 0, 0, 1, 1},
		{1, 0, 0, 0, 0, 1, 0, 0, 0, 0},
		{1, 0, 1, 1, 1, 1, 0, 0, 0, 0},
		{1, 1, 1, 0, 0, 0, 0, 0, 0, 1},
		{1, 0, 0, 0, 0, 0, 0, 0, 1, 0},
	}
	for i, row := range wantMap {
		for j, v := range row {
			if res.Map[i][j] != (v == 1) {
				t.Errorf("map %s -> %s = %v, JMcDM %d (T = %.6f)", factors[i], factors[j], res.Map[i][j], v, res.Total.At(i, j))
			}
		}
	}
	// The constant: the first column's sum, 30, exceeds every row sum (at
	// most 19).
	if res.Scale != 30 {
		t.Errorf("s = %v, want 30", res.Scale)
	}
}
