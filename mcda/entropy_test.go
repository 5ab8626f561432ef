package mcda_test

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda"
)

func TestEntropyPublished(t *testing.T) {
	wtRun(t, &mcda.Entropy{}, []wtCase{{
		// Xu (2004), EJOR 156(2):530-532, the 4×4 example; weights as in
		// pyrepo-mcda tests/test_weighting_methods.py::Test_Entropy and
		// shared/refcases/weights/entropy_xu2004.json. Printed to 4 decimals.
		name: "Xu2004",
		rows: [][]float64{{30, 30, 38, 29}, {19, 54, 86, 29}, {19, 15, 85, 28.9}, {68, 70, 60, 29}},
		want: []float64{0.4630, 0.3992, 0.1378, 0.0000},
		tol:  5e-5,
	}, {
		// Zavadskas & Podvezko (2016), IJITDM 15(2):267-283, entropy weights
		// of the 4×4 example (pyrepo-mcda Test_Entropy.test_Entropy2). The
		// objectives do not enter entropy weights.
		name:  "ZavadskasPodvezko2016",
		rows:  [][]float64{{3.0, 100, 10, 7}, {2.5, 80, 8, 5}, {1.8, 50, 20, 11}, {2.2, 70, 12, 9}},
		types: []int{-1, 1, -1, 1},
		want:  []float64{0.1146, 0.1981, 0.4185, 0.2689},
		tol:   5e-5,
	}, {
		// Ersoy (2021), LogForum 17(3), equipment selection, 3 decimals
		// (pyrepo-mcda Test_Entropy.test_Entropy3).
		name: "Ersoy2021",
		rows: [][]float64{
			{256, 8, 41, 1.6, 1.77, 7347.16}, {256, 8, 32, 1.0, 1.8, 6919.99}, {256, 8, 53, 1.6, 1.9, 8400},
			{256, 8, 41, 1.0, 1.75, 6808.9}, {512, 8, 35, 1.6, 1.7, 8479.99}, {256, 4, 35, 1.6, 1.7, 7499.99}},
		want: []float64{0.405, 0.221, 0.134, 0.199, 0.007, 0.034},
		tol:  5e-4,
	}, {
		// Lee & Chang (2018), Renewable and Sustainable Energy Reviews
		// 92:883-896, renewable energy sources in Taiwan, 3 decimals
		// (pyrepo-mcda Test_Entropy.test_Entropy4).
		name: "LeeChang2018",
		rows: [][]float64{
			{4550, 30, 6.74, 20, 15, 5, 85, 150, 0.87, 4.76},
			{3005, 60.86, 2.4, 35, 27, 4, 26, 200, 0.17, 4.51},
			{2040, 14.85, 1.7, 90, 25, 5, 26, 500, 0.27, 4.19},
			{3370, 99.4, 3.25, 25.3, 54, 3, 45, 222, 0.21, 3.78},
			{3920, 112.6, 4.93, 11.4, 71.7, 2, 50, 100, 0.25, 4.11}},
		want: []float64{0.026, 0.154, 0.089, 0.199, 0.115, 0.04, 0.08, 0.123, 0.172, 0.002},
		tol:  5e-4,
	}, {
		// Elsayed, Dawood & Karthikeyan (2017), Int. J. Eng. Trends Technol.
		// 46(2):60-66, 12×5 example, 6 decimals (pymcdm
		// tests/test_weights.py::TestEntropyWeights).
		name: "Elsayed2017",
		rows: [][]float64{
			{7, 312, 1891, 6613, 163}, {72, 88, 728, 941804, 1078}, {10, 252, 2594, 3466, 117471},
			{10, 145, 980, 2371, 86329}, {65, 54, 350, 501, 29897}, {29, 48, 380, 912, 34051},
			{7, 476, 3300, 78470, 2212}, {70, 87, 650, 733, 819000}, {4, 86, 591, 3015, 103},
			{12, 79, 579, 3240, 96098}, {21, 45, 261, 1253, 453}, {1, 72, 530, 4333, 0.104800}},
		want: []float64{0.104991, 0.069124, 0.071373, 0.449937, 0.304575},
		tol:  5e-7,
	}})
}

func TestEntropySpecialCases(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows [][]float64
		want []float64
	}{
		// A column of zeros carries no information: weight 0, like a
		// constant column (columns 2 and 3 here).
		{"ZeroColumn", [][]float64{{1, 0, 5}, {3, 0, 5}}, []float64{1, 0, 0}},
		// One alternative: ln m = 0, every column is constant: equal weights.
		{"OneAlternative", [][]float64{{1, 2, 3}}, []float64{1.0 / 3, 1.0 / 3, 1.0 / 3}},
		// A zero inside a column follows 0 ln 0 = 0 (pymcdm would instead set
		// E_j = 0 for the first column). p = (0, 1/4, 3/4) and (1/3, 1/3, 1/3):
		// E_1 = −(¼ ln ¼ + ¾ ln ¾)/ln 3, E_2 = 1.
		{"ZeroValue", [][]float64{{0, 1}, {1, 1}, {3, 1}}, []float64{1, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := (&mcda.Entropy{}).Weights(nil, wtMatrix(t, tc.rows, nil))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got, approxTight); diff != "" {
				t.Errorf("weights mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEntropyErrors(t *testing.T) {
	for _, tc := range []struct {
		name     string
		rows     [][]float64
		wantAlt  int
		wantCrit int
	}{
		{"Negative", [][]float64{{1, 2}, {3, -0.5}}, 1, 1},
		{"NegativeFirst", [][]float64{{-1, 2}, {3, -0.5}}, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := (&mcda.Entropy{}).Weights(nil, wtMatrix(t, tc.rows, nil))
			if !errors.Is(err, mcda.ErrNegative) {
				t.Fatalf("err = %v, want ErrNegative", err)
			}
			var ve *mcda.ValueError
			if !errors.As(err, &ve) || ve.Alternative != tc.wantAlt || ve.Criterion != tc.wantCrit {
				t.Fatalf("err = %#v, want *ValueError at (%d, %d)", err, tc.wantAlt, tc.wantCrit)
			}
		})
	}
}

func BenchmarkEntropy(b *testing.B) { wtBench(b, &mcda.Entropy{}) }

func ExampleEntropy() {
	// Xu (2004): the fourth criterion barely varies and gets almost no weight.
	m, _ := mcda.NewDecisionMatrix(
		[]string{"A1", "A2", "A3", "A4"},
		[]mcda.Criterion{
			{Name: "C1", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "C2", Objective: mcda.ObjectiveBenefit, Weight: 1},
			{Name: "C3", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "C4", Objective: mcda.ObjectiveBenefit, Weight: 1},
		},
		[][]float64{{30, 30, 38, 29}, {19, 54, 86, 29}, {19, 15, 85, 28.9}, {68, 70, 60, 29}})
	w, err := (&mcda.Entropy{}).Weights(nil, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%.4f\n", w)
	// Output: [0.4630 0.3992 0.1378 0.0000]
}

// Issue 13: on near-constant columns 1 − E_j cancels; a plain left-to-right
// sum of p ln p was 9.2e-11 from a 60-digit reference. The weights are
// checked against d_j = 1 + Σ_i p_ij ln p_ij / ln m evaluated with
// math/big at 256 bits (about 77 digits), with its own logarithm, from the
// float64 values as given.
func TestEntropyNearConstantAccuracy(t *testing.T) {
	for _, tc := range []struct {
		name string
		cols [][]float64
	}{
		{"deviations 1e-6", [][]float64{
			{1000, 1000.001, 999.999, 1000.0005, 999.9995, 1000.0002},
			{5, 5.00001, 4.99999, 5.000003, 5, 4.999997},
		}},
		{"deviations 1e-9 and 1e-3", [][]float64{
			{1 + 1e-9, 1 - 1e-9, 1 + 3e-9, 1, 1 - 2e-9, 1 - 1e-9},
			{0.999, 1.001, 1.002, 0.998, 1, 1.0005},
		}},
		{"large values", [][]float64{
			{1e300, 1.000001e300, 0.999999e300, 1e300, 1.0000005e300, 0.9999995e300},
			{1e-300, 1.00001e-300, 1e-300, 0.99999e-300, 1e-300, 1.000002e-300},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows := make([][]float64, len(tc.cols[0]))
			for i := range rows {
				rows[i] = []float64{tc.cols[0][i], tc.cols[1][i]}
			}
			m := problem(t, rows, []float64{1, 1}, []int{1, 1})
			got, err := (&mcda.Entropy{}).Weights(nil, m)
			if err != nil {
				t.Fatal(err)
			}
			d0, d1 := bigEntropyD(tc.cols[0]), bigEntropyD(tc.cols[1])
			sum := new(big.Float).SetPrec(256).Add(d0, d1)
			w0, _ := new(big.Float).SetPrec(256).Quo(d0, sum).Float64()
			w1, _ := new(big.Float).SetPrec(256).Quo(d1, sum).Float64()
			if diff := cmp.Diff([]float64{w0, w1}, got, cmpopts.EquateApprox(1e-13, 0)); diff != "" {
				t.Errorf("weights against the 256-bit reference (-want +got):\n%s", diff)
			}
		})
	}
}

// bigEntropyD returns 1 − E of the column x, at 256 bits.
func bigEntropyD(x []float64) *big.Float {
	const prec = 256
	nf := func() *big.Float { return new(big.Float).SetPrec(prec) }
	sum := nf()
	for _, v := range x {
		sum.Add(sum, nf().SetFloat64(v))
	}
	plogp := nf()
	for _, v := range x {
		p := nf().Quo(nf().SetFloat64(v), sum)
		plogp.Add(plogp, nf().Mul(p, bigLog(p)))
	}
	lnm := bigLog(nf().SetInt64(int64(len(x))))
	return nf().Add(nf().SetInt64(1), nf().Quo(plogp, lnm))
}

// bigLog returns ln x for x > 0 at 256 bits: x = f·2^e with f in
// [0.5, 1), ln f = 2 atanh((f − 1)/(f + 1)) by its series, ln 2 likewise.
func bigLog(x *big.Float) *big.Float {
	const prec = 256
	nf := func() *big.Float { return new(big.Float).SetPrec(prec) }
	atanh2 := func(f *big.Float) *big.Float { // 2 atanh((f−1)/(f+1))
		z := nf().Quo(nf().Sub(f, nf().SetInt64(1)), nf().Add(f, nf().SetInt64(1)))
		z2 := nf().Mul(z, z)
		sum, pow := nf(), nf().Set(z)
		for k := int64(1); k < 600; k += 2 {
			sum.Add(sum, nf().Quo(pow, nf().SetInt64(k)))
			pow.Mul(pow, z2)
		}
		return sum.Mul(sum, nf().SetInt64(2))
	}
	f := nf()
	e := x.MantExp(f)
	r := atanh2(f)
	return r.Add(r, nf().Mul(nf().SetInt64(int64(e)), atanh2(nf().SetInt64(2))))
}
