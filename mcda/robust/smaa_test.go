package robust_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

// smaaMatrix builds a decision matrix of benefit criteria with equal
// weights; costs lists the indices of cost criteria.
func smaaMatrix(tb testing.TB, rows [][]float64, costs ...int) *mcda.DecisionMatrix {
	tb.Helper()
	names := make([]string, len(rows))
	for i := range names {
		names[i] = fmt.Sprintf("A%d", i+1)
	}
	crit := make([]mcda.Criterion, len(rows[0]))
	for j := range crit {
		crit[j] = mcda.Criterion{Name: fmt.Sprintf("C%d", j+1), Objective: mcda.ObjectiveBenefit, Weight: 1}
	}
	for _, j := range costs {
		crit[j].Objective = mcda.ObjectiveCost
	}
	m, err := mcda.NewDecisionMatrix(names, crit, rows)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

func smaaWSM() mcda.Method    { return &mcda.WSM{Normalization: mcda.NormalizationNone} }
func smaaTOPSIS() mcda.Method { return &mcda.TOPSIS{} }

// smaaNormalTail is 1 − Φ(1), the probability that a standard normal
// variate exceeds 1.
var smaaNormalTail = 0.5 * math.Erfc(1/math.Sqrt2)

// TestSMAAAnalytic reproduces cases whose acceptability indices, central
// weights and confidence factors are known in closed form: exact areas and
// means over the weight simplex, and exact probabilities of the value
// distributions. They complement the published example of
// TestSMAAPublishedThrombolytics, which carries the Monte Carlo error of
// its source, with exact expectations.
//
// Tolerance: with N samples an estimated share p has standard error
// √(p(1−p)/N) <= 0.5/√N, and a central weight, the mean of a variable in
// [0, 1] over the N·b samples in which the alternative is first, has
// standard error <= 0.5/√(N·b). Every estimate must lie within 4 standard
// errors of the exact value (for N = 200 000: at most 0.0045 for an index,
// 0.0078 for a central weight with b = 1/3); exact values (0 or 1) must
// come out exactly. The seed is fixed, so the test is deterministic.
func TestSMAAAnalytic(t *testing.T) {
	const N = 200000
	type want struct {
		accept     [][]float64
		central    [][]float64 // nil rows of zeros are checked as exact
		confidence []float64
	}
	// oneCellWant is the want of two alternatives on one criterion when A1
	// is first with probability p and A2 with probability q = 1 − p: the
	// central weight is the only one.
	oneCellWant := func(p, q float64) want {
		return want{
			accept:     [][]float64{{p, q}, {q, p}},
			central:    [][]float64{{1}, {1}},
			confidence: []float64{p, q},
		}
	}
	// firstCell makes the cell (A1, C1), alone, uncertain with d.
	firstCell := func(d robust.Distribution) []robust.CellUncertainty {
		return []robust.CellUncertainty{{Alternative: 0, Criterion: 0, Dist: d}}
	}
	for _, tc := range []struct {
		name string
		smaa robust.SMAA
		rows [][]float64
		want want
	}{
		{
			// Weights (t, 1−t) with t ~ U[0, 1]; A1 scores t, A2 2(1−t), so
			// A1 wins when t > 2/3: b_1^1 = 1/3, w_1^c = (5/6, 1/6) and
			// w_2^c = (1/3, 2/3). At its central weights each alternative
			// is first: p^c = 1.
			name: "two criteria",
			rows: [][]float64{{1, 0}, {0, 2}},
			want: want{
				accept:     [][]float64{{1. / 3, 2. / 3}, {2. / 3, 1. / 3}},
				central:    [][]float64{{5. / 6, 1. / 6}, {1. / 3, 2. / 3}},
				confidence: []float64{1, 1},
			},
		},
		{
			// Unit vectors: alternative k is first when w_k is the largest
			// weight. For w uniform on the simplex, E[max w] = (1/3)(1 + 1/2
			// + 1/3) = 11/18 (spacings of uniforms), the other two share
			// the rest: w_1^c = (11/18, 7/36, 7/36). By symmetry every
			// b_i^r = 1/3.
			name: "unit vectors",
			rows: [][]float64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
			want: want{
				accept:     [][]float64{{1. / 3, 1. / 3, 1. / 3}, {1. / 3, 1. / 3, 1. / 3}, {1. / 3, 1. / 3, 1. / 3}},
				central:    [][]float64{{11. / 18, 7. / 36, 7. / 36}, {7. / 36, 11. / 18, 7. / 36}, {7. / 36, 7. / 36, 11. / 18}},
				confidence: []float64{1, 1, 1},
			},
		},
		{
			// A complete order w1 >= w2 >= w3 ranks the unit vectors in
			// order in every sample; the central weights of A1 are the
			// mean of the ordered simplex, the expected order statistics
			// of three uniform spacings: (11/18, 5/18, 2/18).
			name: "complete order",
			smaa: robust.SMAA{Weights: robust.WeightSpace{Order: [][]int{{0, 1, 2}}}},
			rows: [][]float64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
			want: want{
				accept:     [][]float64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
				central:    [][]float64{{11. / 18, 5. / 18, 2. / 18}, {0, 0, 0}, {0, 0, 0}},
				confidence: []float64{1, 0, 0},
			},
		},
		{
			// The overlapping chains w1 >= w2 and w1 >= w3 (the second
			// imposed by rejection) make A1 first; A2 and A3 are
			// symmetric. w_1^c = E[w | w1 largest] = (11/18, 7/36, 7/36).
			name: "partial order",
			smaa: robust.SMAA{Weights: robust.WeightSpace{Order: [][]int{{0, 1}, {0, 2}}}},
			rows: [][]float64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
			want: want{
				accept:     [][]float64{{1, 0, 0}, {0, 0.5, 0.5}, {0, 0.5, 0.5}},
				central:    [][]float64{{11. / 18, 7. / 36, 7. / 36}, {0, 0, 0}, {0, 0, 0}},
				confidence: []float64{1, 0, 0},
			},
		},
		{
			// w1 = t ~ U[0.2, 0.5]; A1 scores t, A2 0.5(1−t): A1 wins when
			// t > 1/3, b_1^1 = (0.5 − 1/3)/0.3 = 5/9, with mean t 5/12;
			// A2 wins on [0.2, 1/3], mean t 4/15.
			name: "weight bounds",
			smaa: robust.SMAA{Weights: robust.WeightSpace{Bounds: []robust.Interval{{Lo: 0.2, Hi: 0.5}, {Lo: 0, Hi: 1}}}},
			rows: [][]float64{{1, 0}, {0, 0.5}},
			want: want{
				accept:     [][]float64{{5. / 9, 4. / 9}, {4. / 9, 5. / 9}},
				central:    [][]float64{{5. / 12, 7. / 12}, {4. / 15, 11. / 15}},
				confidence: []float64{1, 1},
			},
		},
		{
			// One criterion with its weight fixed: A1 ~ U[0, 1] beats
			// A2 = 0.25 with probability 3/4.
			name: "uniform value",
			smaa: robust.SMAA{Weights: robust.WeightSpace{Fixed: true},
				Uncertainty: firstCell(robust.Uniform{Lo: 0, Hi: 1})},
			rows: [][]float64{{0.5}, {0.25}},
			want: oneCellWant(0.75, 0.25),
		},
		{
			// Triangular(0, 1, 1) has CDF x², so it exceeds 0.25 with
			// probability 15/16.
			name: "triangular value",
			smaa: robust.SMAA{Weights: robust.WeightSpace{Fixed: true},
				Uncertainty: firstCell(robust.Triangular{Lo: 0, Mode: 1, Hi: 1})},
			rows: [][]float64{{0.5}, {0.25}},
			want: oneCellWant(15./16, 1./16),
		},
		{
			// Beta(2, 3) has CDF I_x(2, 3) = Σ_{k=2}^{4} C(4,k) x^k (1−x)^(4−k),
			// (6 + 4 + 1)/16 = 11/16 at x = 1/2: it exceeds 1/2 with
			// probability 5/16.
			name: "beta value",
			smaa: robust.SMAA{Weights: robust.WeightSpace{Fixed: true},
				Uncertainty: firstCell(robust.Beta{Alpha: 2, Beta: 3})},
			rows: [][]float64{{0.5}, {0.5}},
			want: oneCellWant(5./16, 11./16),
		},
		{
			// Beta(1/2, 1/2), the arcsine distribution (shapes below 1 take
			// the other branch of the gamma sampler), has CDF
			// (2/π)·asin(√x): it exceeds 1/4 with probability
			// 1 − (2/π)(π/6) = 2/3.
			name: "beta value below 1",
			smaa: robust.SMAA{Weights: robust.WeightSpace{Fixed: true},
				Uncertainty: firstCell(robust.Beta{Alpha: 0.5, Beta: 0.5})},
			rows: [][]float64{{0.5}, {0.25}},
			want: oneCellWant(2./3, 1./3),
		},
		{
			// N(0, 1) exceeds 1 with probability 1 − Φ(1) ≈ 0.158655; the
			// weights (uniform on a one-criterion simplex) are always 1.
			name: "normal value",
			smaa: robust.SMAA{
				Uncertainty: firstCell(robust.Normal{Mean: 0, SD: 1})},
			rows: [][]float64{{0}, {1}},
			want: oneCellWant(smaaNormalTail, 1-smaaNormalTail),
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.smaa
			s.Samples, s.Seed = N, 20010501
			m := smaaMatrix(t, tc.rows)
			res, err := s.Run(context.Background(), smaaWSM, m)
			if err != nil {
				t.Fatal(err)
			}
			check := func(what string, got, want, se float64) {
				t.Helper()
				if want == 0 || want == 1 {
					if got != want {
						t.Errorf("%s = %v, want exactly %v", what, got, want)
					}
					return
				}
				if se > 0 {
					t.Logf("%s = %.5f, want %.5f: %+.2f standard errors", what, got, want, (got-want)/se)
				}
				if math.Abs(got-want) > 4*se {
					t.Errorf("%s = %.5f, want %.5f ± %.5f (4 standard errors)", what, got, want, 4*se)
				}
			}
			for i, row := range tc.want.accept {
				for k, p := range row {
					check(fmt.Sprintf("b_%d^%d", i+1, k+1), res.Acceptability[i][k], p, math.Sqrt(p*(1-p)/N))
				}
				b := row[0]
				for j, w := range tc.want.central[i] {
					if len(tc.want.central[i]) == 1 { // one criterion: exactly 1
						se := 0.0
						if b > 0 {
							se = 1e-12
						}
						if math.Abs(res.CentralWeights[i][j]-w) > se {
							t.Errorf("w_%d^c[%d] = %v, want %v", i+1, j, res.CentralWeights[i][j], w)
						}
						continue
					}
					se := 0.0
					if b > 0 {
						se = 0.5 / math.Sqrt(N*b)
					}
					check(fmt.Sprintf("w_%d^c[%d]", i+1, j), res.CentralWeights[i][j], w, se)
				}
				p := tc.want.confidence[i]
				check(fmt.Sprintf("p_%d^c", i+1), res.Confidence[i], p, math.Sqrt(p*(1-p)/N))
			}
		})
	}
}

// TestSMAATies checks the tie convention: two identical alternatives split
// every rank evenly, exactly.
func TestSMAATies(t *testing.T) {
	m := smaaMatrix(t, [][]float64{{1, 2}, {1, 2}, {0, 0}})
	s := robust.SMAA{Samples: 1000, Seed: 1}
	res, err := s.Run(context.Background(), smaaTOPSIS, m)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]float64{{0.5, 0.5, 0}, {0.5, 0.5, 0}, {0, 0, 1}}
	if diff := cmp.Diff(want, res.Acceptability); diff != "" {
		t.Errorf("Acceptability mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]float64{0.5, 0.5, 0}, res.Confidence); diff != "" {
		t.Errorf("Confidence mismatch (-want +got):\n%s", diff)
	}
	if res.CentralWeights[0][0] != res.CentralWeights[1][0] {
		t.Errorf("tied alternatives have central weights %v and %v", res.CentralWeights[0], res.CentralWeights[1])
	}
}

// TestSMAAProgress checks that Progress is called with increasing counts
// up to the total, which includes the confidence simulation.
func TestSMAAProgress(t *testing.T) {
	m := smaaMatrix(t, [][]float64{{1, 2}, {2, 1}})
	var calls [][2]int
	s := robust.SMAA{
		Samples: 1000, ConfidenceSamples: 600, Workers: 3,
		Uncertainty: []robust.CellUncertainty{{Alternative: 0, Criterion: 0, Dist: robust.Uniform{Lo: 0.5, Hi: 1.5}}},
		Progress:    func(done, total int) { calls = append(calls, [2]int{done, total}) },
	}
	if _, err := s.Run(context.Background(), smaaTOPSIS, m); err != nil {
		t.Fatal(err)
	}
	if len(calls) == 0 {
		t.Fatal("Progress never called")
	}
	for k, c := range calls {
		if c[1] != 1600 {
			t.Errorf("call %d: total %d, want 1600", k, c[1])
		}
		if k > 0 && c[0] <= calls[k-1][0] {
			t.Errorf("call %d: done %d after %d", k, c[0], calls[k-1][0])
		}
	}
	if last := calls[len(calls)-1]; last[0] != 1600 {
		t.Errorf("last call done = %d, want 1600", last[0])
	}
}

func TestSMAACancel(t *testing.T) {
	m := smaaBenchMatrix(t, 50, 5)
	t.Run("before", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		s := robust.SMAA{}
		if _, err := s.Run(ctx, smaaTOPSIS, m); !errors.Is(err, context.Canceled) {
			t.Errorf("Run with a cancelled context: err = %v, want context.Canceled", err)
		}
	})
	t.Run("during", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		var calls int
		s := robust.SMAA{Samples: 10_000_000, Workers: 2, Progress: func(done, total int) {
			calls++
			if calls == 2 {
				cancel()
			}
		}}
		start := time.Now()
		_, err := s.Run(ctx, smaaTOPSIS, m)
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("err = %v, want context.Canceled", err)
		}
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("Run took %v to notice the cancellation", d)
		}
		if calls > 2+4 { // at most a window of chunks merged after the cancel
			t.Errorf("Progress called %d times after cancelling at call 2", calls)
		}
	})
}

// TestSMAASampleErrorDeterministic checks that a method failing on sampled
// values is reported as the same *SampleError whatever the workers.
func TestSMAASampleErrorDeterministic(t *testing.T) {
	m := smaaMatrix(t, [][]float64{{1, 2}, {2, 1}, {3, 3}})
	var errs []error
	for _, workers := range []int{1, 2, 5} {
		s := robust.SMAA{Samples: 5000, Seed: 3, Workers: workers,
			Uncertainty: []robust.CellUncertainty{{Alternative: 2, Criterion: 1, Dist: robust.Normal{Mean: 3, SD: 1}}}}
		// Max normalization needs benefit values >= 0; N(3, 1) falls
		// below 0 with probability 0.00135.
		_, err := s.Run(context.Background(), func() mcda.Method { return &mcda.WSM{} }, m)
		var se *robust.SampleError
		if !errors.As(err, &se) {
			t.Fatalf("Workers %d: err = %v, want a *SampleError", workers, err)
		}
		if !errors.Is(err, mcda.ErrNegative) || se.Alternative != -1 {
			t.Errorf("Workers %d: err = %v (alternative %d), want ErrNegative in the main simulation", workers, err, se.Alternative)
		}
		errs = append(errs, err)
	}
	for _, err := range errs[1:] {
		if err.Error() != errs[0].Error() {
			t.Errorf("error %q differs from %q with one worker", err, errs[0])
		}
	}
}

func TestSMAAErrors(t *testing.T) {
	m := smaaMatrix(t, [][]float64{{1, 2, 3}, {3, 2, 1}})
	big := make([][]float64, 2)
	for i := range big {
		big[i] = make([]float64, 10)
		for j := range big[i] {
			big[i][j] = float64(i + j)
		}
	}
	mBig := smaaMatrix(t, big)
	// Pairs that order all ten criteria: five of them are sorted, the other
	// five rejected, which 2⁵/10! ≈ 9e-6 of the draws satisfy.
	var chainPairs [][]int
	for j := 0; j+1 < 10; j++ {
		chainPairs = append(chainPairs, []int{j, j + 1})
	}
	unit := robust.Interval{Lo: 0, Hi: 1}
	cellAt := func(d robust.Distribution) []robust.CellUncertainty {
		return []robust.CellUncertainty{{Alternative: 1, Criterion: 2, Dist: d}}
	}
	for _, tc := range []struct {
		name      string
		s         robust.SMAA
		m         *mcda.DecisionMatrix
		nilMethod bool
		is        error
		crit      int // criterion named by a *mcda.CriterionError; -2 if none expected
		cell      *[2]int
	}{
		{name: "negative samples", s: robust.SMAA{Samples: -1}, is: mcda.ErrParameter, crit: -2},
		{name: "negative workers", s: robust.SMAA{Workers: -1}, is: mcda.ErrParameter, crit: -2},
		// Issue 13: these counts panicked in makechan and makeslice, or
		// died allocating 31 GB.
		{name: "samples MaxInt64", s: robust.SMAA{Samples: math.MaxInt64}, is: mcda.ErrParameter, crit: -2},
		{name: "samples 2^62", s: robust.SMAA{Samples: 1 << 62}, is: mcda.ErrParameter, crit: -2},
		{name: "samples 1e12", s: robust.SMAA{Samples: 1e12}, is: mcda.ErrParameter, crit: -2},
		{name: "samples above MaxSamples", s: robust.SMAA{Samples: robust.MaxSamples + 1}, is: mcda.ErrParameter, crit: -2},
		{name: "confidence samples MaxInt64", s: robust.SMAA{ConfidenceSamples: math.MaxInt64}, is: mcda.ErrParameter, crit: -2},
		{name: "workers MaxInt64", s: robust.SMAA{Workers: math.MaxInt64}, is: mcda.ErrParameter, crit: -2},
		{name: "workers above MaxWorkers", s: robust.SMAA{Workers: robust.MaxWorkers + 1}, is: mcda.ErrParameter, crit: -2},
		{name: "negative MaxPairs", s: robust.SMAA{MaxPairs: -1}, is: mcda.ErrParameter, crit: -2},
		{name: "above MaxPairs", s: robust.SMAA{MaxPairs: 3}, is: mcda.ErrTooLarge, crit: -2},
		{name: "nil method", nilMethod: true, is: mcda.ErrParameter, crit: -2},
		{name: "nil matrix", m: (*mcda.DecisionMatrix)(nil), is: mcda.ErrParameter, crit: -2},
		{name: "fixed with bounds", s: robust.SMAA{Weights: robust.WeightSpace{Fixed: true, Bounds: []robust.Interval{unit, unit, unit}}}, is: mcda.ErrParameter, crit: -2},
		{name: "bounds length", s: robust.SMAA{Weights: robust.WeightSpace{Bounds: []robust.Interval{unit}}}, is: mcda.ErrShape, crit: -2},
		{name: "bound above 1", s: robust.SMAA{Weights: robust.WeightSpace{Bounds: []robust.Interval{unit, {Lo: 0.5, Hi: 1.5}, unit}}}, is: mcda.ErrParameter, crit: 1},
		{name: "bound reversed", s: robust.SMAA{Weights: robust.WeightSpace{Bounds: []robust.Interval{unit, unit, {Lo: 0.5, Hi: 0.4}}}}, is: mcda.ErrParameter, crit: 2},
		{name: "bound NaN", s: robust.SMAA{Weights: robust.WeightSpace{Bounds: []robust.Interval{{Lo: math.NaN(), Hi: 1}, unit, unit}}}, is: mcda.ErrParameter, crit: 0},
		{name: "bounds exclude 1", s: robust.SMAA{Weights: robust.WeightSpace{Bounds: []robust.Interval{{Lo: 0.5, Hi: 1}, {Lo: 0.3, Hi: 1}, {Lo: 0.3, Hi: 1}}}}, is: mcda.ErrParameter, crit: -1},
		{name: "order out of range", s: robust.SMAA{Weights: robust.WeightSpace{Order: [][]int{{0, 3}}}}, is: mcda.ErrParameter, crit: -2},
		{name: "order repeats", s: robust.SMAA{Weights: robust.WeightSpace{Order: [][]int{{0, 1, 0}}}}, is: mcda.ErrParameter, crit: 0},
		{name: "order cycle", s: robust.SMAA{Weights: robust.WeightSpace{Order: [][]int{{0, 1}, {2, 0}, {1, 2}}}}, is: mcda.ErrParameter, crit: 0},
		{name: "order against bounds", s: robust.SMAA{Weights: robust.WeightSpace{Order: [][]int{{0, 1}},
			Bounds: []robust.Interval{{Lo: 0, Hi: 0.2}, {Lo: 0.5, Hi: 1}, unit}}}, is: mcda.ErrParameter, crit: 0},
		{name: "region too small", s: robust.SMAA{Weights: robust.WeightSpace{Order: chainPairs}}, m: mBig, is: mcda.ErrParameter, crit: -2},
		{name: "cell out of range", s: robust.SMAA{Uncertainty: []robust.CellUncertainty{{Alternative: 2, Criterion: 0, Dist: robust.Uniform{}}}}, is: mcda.ErrParameter, crit: -2},
		{name: "cell twice", s: robust.SMAA{Uncertainty: append(cellAt(robust.Uniform{Lo: 0, Hi: 1}), cellAt(robust.Normal{SD: 1})...)}, is: mcda.ErrParameter, crit: -2, cell: &[2]int{1, 2}},
		{name: "nil distribution", s: robust.SMAA{Uncertainty: cellAt(nil)}, is: mcda.ErrParameter, crit: -2, cell: &[2]int{1, 2}},
		{name: "uniform reversed", s: robust.SMAA{Uncertainty: cellAt(robust.Uniform{Lo: 2, Hi: 1})}, is: mcda.ErrParameter, crit: -2, cell: &[2]int{1, 2}},
		{name: "uniform infinite", s: robust.SMAA{Uncertainty: cellAt(robust.Uniform{Lo: 0, Hi: math.Inf(1)})}, is: mcda.ErrNotFinite, crit: -2, cell: &[2]int{1, 2}},
		{name: "normal negative sd", s: robust.SMAA{Uncertainty: cellAt(robust.Normal{Mean: 1, SD: -1})}, is: mcda.ErrParameter, crit: -2, cell: &[2]int{1, 2}},
		{name: "normal NaN", s: robust.SMAA{Uncertainty: cellAt(robust.Normal{Mean: math.NaN(), SD: 1})}, is: mcda.ErrNotFinite, crit: -2, cell: &[2]int{1, 2}},
		{name: "beta zero alpha", s: robust.SMAA{Uncertainty: cellAt(robust.Beta{Alpha: 0, Beta: 1})}, is: mcda.ErrParameter, crit: -2, cell: &[2]int{1, 2}},
		{name: "beta negative beta", s: robust.SMAA{Uncertainty: cellAt(robust.Beta{Alpha: 1, Beta: -2})}, is: mcda.ErrParameter, crit: -2, cell: &[2]int{1, 2}},
		{name: "beta infinite", s: robust.SMAA{Uncertainty: cellAt(robust.Beta{Alpha: math.Inf(1), Beta: 1})}, is: mcda.ErrNotFinite, crit: -2, cell: &[2]int{1, 2}},
		{name: "triangular mode outside", s: robust.SMAA{Uncertainty: cellAt(robust.Triangular{Lo: 0, Mode: 2, Hi: 1})}, is: mcda.ErrParameter, crit: -2, cell: &[2]int{1, 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mm := m
			if tc.m != nil || tc.name == "nil matrix" {
				mm = tc.m
			}
			newMethod := smaaTOPSIS
			if tc.nilMethod {
				newMethod = nil
			}
			if tc.s.Samples == 0 {
				tc.s.Samples = 100
			}
			res, err := tc.s.Run(context.Background(), newMethod, mm)
			if !errors.Is(err, tc.is) {
				t.Fatalf("err = %v, want %v", err, tc.is)
			}
			if res != nil {
				t.Errorf("result %v with an error", res)
			}
			var ce *mcda.CriterionError
			if got := errors.As(err, &ce); got != (tc.crit != -2) {
				t.Errorf("errors.As(%v, *CriterionError) = %v", err, got)
			} else if got && ce.Index != tc.crit {
				t.Errorf("CriterionError.Index = %d, want %d", ce.Index, tc.crit)
			}
			var ve *mcda.ValueError
			if got := errors.As(err, &ve); got != (tc.cell != nil) {
				t.Errorf("errors.As(%v, *ValueError) = %v", err, got)
			} else if got && (ve.Alternative != tc.cell[0] || ve.Criterion != tc.cell[1]) {
				t.Errorf("ValueError at (%d, %d), want %v", ve.Alternative, ve.Criterion, *tc.cell)
			}
		})
	}
}

// smaaProblem is a generated SMAA problem.
type smaaProblem struct {
	m         *mcda.DecisionMatrix
	newMethod func() mcda.Method
	s         robust.SMAA
}

var smaaMethods = []func() mcda.Method{
	smaaTOPSIS,
	func() mcda.Method { return &mcda.TOPSIS{Normalization: mcda.NormalizationMinMax} },
	func() mcda.Method { return &mcda.WSM{} },
	func() mcda.Method { return &mcda.WSM{Normalization: mcda.NormalizationMinMax} },
	func() mcda.Method { return &mcda.WPM{} },
}

// drawSMAAValues draws a matrix of values in [1, 9]; integer values are
// likely, so that ties occur.
func drawSMAAValues(t *rapid.T, rows, n int) [][]float64 {
	v := make([][]float64, rows)
	for i := range v {
		v[i] = make([]float64, n)
		for j := range v[i] {
			if rapid.Bool().Draw(t, "integer") {
				v[i][j] = float64(rapid.IntRange(1, 3).Draw(t, "value"))
			} else {
				v[i][j] = rapid.Float64Range(1, 9).Draw(t, "value")
			}
		}
	}
	return v
}

func drawSMAAMatrix(t *rapid.T, v [][]float64) *mcda.DecisionMatrix {
	n := len(v[0])
	names := make([]string, len(v))
	for i := range names {
		names[i] = fmt.Sprintf("A%d", i+1)
	}
	crit := make([]mcda.Criterion, n)
	for j := range crit {
		crit[j] = mcda.Criterion{Name: fmt.Sprintf("C%d", j+1), Objective: mcda.ObjectiveBenefit,
			Weight: rapid.Float64Range(0.1, 1).Draw(t, "weight")}
		if rapid.Bool().Draw(t, "cost") {
			crit[j].Objective = mcda.ObjectiveCost
		}
	}
	m, err := mcda.NewDecisionMatrix(names, crit, v)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// drawWeightSpace draws a weight space that is never too small to sample:
// bounds with lower bounds summing to at most 1/2 and upper bounds at
// least min(1, 2/n), and acyclic orders.
func drawWeightSpace(t *rapid.T, n int) robust.WeightSpace {
	var ws robust.WeightSpace
	switch rapid.IntRange(0, 4).Draw(t, "weight space") {
	case 0: // the simplex
	case 1:
		ws.Fixed = true
	default:
		if rapid.Bool().Draw(t, "bounds") {
			ws.Bounds = make([]robust.Interval, n)
			for j := range ws.Bounds {
				lo := rapid.Float64Range(0, 0.5/float64(n)).Draw(t, "lo")
				hi := min(1, lo+rapid.Float64Range(min(1, 2/float64(n)), 1).Draw(t, "width"))
				ws.Bounds[j] = robust.Interval{Lo: lo, Hi: hi}
			}
		}
		if n >= 2 && rapid.Bool().Draw(t, "order") {
			perm := rapid.Permutation(seq(n)).Draw(t, "perm")
			if rapid.Bool().Draw(t, "chain") {
				ws.Order = [][]int{perm[:rapid.IntRange(2, n).Draw(t, "chain length")]}
			} else {
				for range rapid.IntRange(1, 4).Draw(t, "pairs") {
					x := rapid.IntRange(0, n-2).Draw(t, "x")
					y := rapid.IntRange(x+1, n-1).Draw(t, "y")
					ws.Order = append(ws.Order, []int{perm[x], perm[y]})
				}
			}
		}
	}
	return ws
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// drawSMAAProblem draws a problem with 2–5 alternatives, 1–4 criteria, a
// weight space, uncertain values that stay within (0, 9.5] or so, and
// 1–700 samples (up to three chunks).
func drawSMAAProblem(t *rapid.T) smaaProblem {
	rows := rapid.IntRange(2, 5).Draw(t, "alternatives")
	n := rapid.IntRange(1, 4).Draw(t, "criteria")
	v := drawSMAAValues(t, rows, n)
	p := smaaProblem{m: drawSMAAMatrix(t, v)}
	p.newMethod = rapid.SampledFrom(smaaMethods).Draw(t, "method")
	p.s = robust.SMAA{
		Samples: rapid.IntRange(1, 700).Draw(t, "samples"),
		Seed:    rapid.Uint64().Draw(t, "seed"),
		Weights: drawWeightSpace(t, n),
	}
	for i := range rows {
		for j := range n {
			x := v[i][j]
			var d robust.Distribution
			switch rapid.IntRange(0, 6).Draw(t, "distribution") {
			case 0:
				d = robust.Uniform{Lo: x - 0.5, Hi: x + 0.5}
			case 1:
				d = robust.Normal{Mean: x, SD: 0.05}
			case 2:
				d = robust.Triangular{Lo: x - 0.5, Mode: x, Hi: x + 0.4}
			case 3:
				d = robust.Beta{Alpha: x, Beta: 2} // in (0, 1)
			default:
				continue
			}
			p.s.Uncertainty = append(p.s.Uncertainty, robust.CellUncertainty{Alternative: i, Criterion: j, Dist: d})
		}
	}
	return p
}

func (p smaaProblem) run(t *rapid.T) *robust.SMAAResult {
	res, err := p.s.Run(context.Background(), p.newMethod, p.m)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return res
}

func TestSMAAProperties(t *testing.T) {
	t.Run("AcceptabilitySumsToOne", rapid.MakeCheck(propAcceptabilitySumsToOne))
	t.Run("DominatingAlternativeFirst", rapid.MakeCheck(propDominatingFirst))
	t.Run("SameSeedSameResult", rapid.MakeCheck(propSameSeedSameResult))
	t.Run("DifferentSeedsDiffer", rapid.MakeCheck(propDifferentSeedsDiffer))
	t.Run("CentralWeightsInWeightSpace", rapid.MakeCheck(propCentralWeightsInSpace))
	t.Run("SampledWeightsInWeightSpace", rapid.MakeCheck(propSampledWeightsInSpace))
}

// Property: every row and every column of the acceptability matrix sums to
// 1 (within 1e-12), ties included, and every index lies in [0, 1].
func propAcceptabilitySumsToOne(t *rapid.T) {
	p := drawSMAAProblem(t)
	res := p.run(t)
	rows := len(res.Acceptability)
	for i := range rows {
		var row, col float64
		for k := range rows {
			b := res.Acceptability[i][k]
			if !(b >= 0 && b <= 1) {
				t.Fatalf("b_%d^%d = %v", i, k+1, b)
			}
			row += b
			col += res.Acceptability[k][i]
		}
		if math.Abs(row-1) > 1e-12 || math.Abs(col-1) > 1e-12 {
			t.Fatalf("row %d sums to %v, column %d to %v:\n%v", i, row, i, col, res.Acceptability)
		}
	}
}

// Property: an alternative better than every other on every criterion has
// first-rank acceptability exactly 1 and confidence factor 1, for any
// weights and any of the methods.
func propDominatingFirst(t *rapid.T) {
	rows := rapid.IntRange(2, 5).Draw(t, "alternatives")
	n := rapid.IntRange(1, 4).Draw(t, "criteria")
	v := drawSMAAValues(t, rows, n)
	m := drawSMAAMatrix(t, v)
	d := rapid.IntRange(0, rows-1).Draw(t, "dominating")
	for j := range n {
		if m.Criterion(j).Objective == mcda.ObjectiveBenefit {
			v[d][j] = 10 + rapid.Float64Range(0, 1).Draw(t, "margin")
		} else {
			v[d][j] = rapid.Float64Range(0.5, 0.9).Draw(t, "cost")
		}
	}
	m, err := mcda.NewDecisionMatrix(m.Alternatives(), m.Criteria(), v)
	if err != nil {
		t.Fatal(err)
	}
	p := smaaProblem{m: m, newMethod: rapid.SampledFrom(smaaMethods).Draw(t, "method"),
		s: robust.SMAA{Samples: rapid.IntRange(1, 600).Draw(t, "samples"), Seed: rapid.Uint64().Draw(t, "seed"),
			Weights: drawWeightSpace(t, n)}}
	res := p.run(t)
	if b := res.Acceptability[d][0]; b != 1 {
		t.Fatalf("b_%d^1 = %v, want 1", d, b)
	}
	if c := res.Confidence[d]; c != 1 {
		t.Fatalf("p_%d^c = %v, want 1", d, c)
	}
}

// Property: the same seed gives bit-identical results with 1, 2 or 3
// workers and with GOMAXPROCS 1 and 2.
func propSameSeedSameResult(t *rapid.T) {
	p := drawSMAAProblem(t)
	p.s.Workers = 1
	want := p.run(t)
	for _, w := range []int{2, 3} {
		p.s.Workers = w
		if diff := cmp.Diff(want, p.run(t)); diff != "" {
			t.Fatalf("Workers %d: result mismatch (-1 worker +%d):\n%s", w, w, diff)
		}
	}
	p.s.Workers = 0
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, procs := range []int{1, 2} {
		runtime.GOMAXPROCS(procs)
		if diff := cmp.Diff(want, p.run(t)); diff != "" {
			t.Fatalf("GOMAXPROCS %d: result mismatch (-1 worker +got):\n%s", procs, diff)
		}
	}
}

// Property: different seeds give different central weights when the
// weights are random (at least two criteria, not Fixed).
func propDifferentSeedsDiffer(t *rapid.T) {
	p := drawSMAAProblem(t)
	if _, n := p.m.Dims(); n < 2 || p.s.Weights.Fixed {
		t.Skip("weights not random")
	}
	a := p.run(t)
	p.s.Seed++
	b := p.run(t)
	if cmp.Equal(a.CentralWeights, b.CentralWeights) {
		t.Fatalf("seeds %d and %d give the same central weights %v", p.s.Seed-1, p.s.Seed, a.CentralWeights)
	}
}

// inSpace reports why w is not in the weight space (within tol), or "".
func inSpace(w []float64, ws robust.WeightSpace, tol float64) string {
	sum := 0.0
	for j, v := range w {
		if v < -tol {
			return fmt.Sprintf("w[%d] = %v < 0", j, v)
		}
		sum += v
		if ws.Bounds != nil && (v < ws.Bounds[j].Lo-tol || v > ws.Bounds[j].Hi+tol) {
			return fmt.Sprintf("w[%d] = %v outside %v", j, v, ws.Bounds[j])
		}
	}
	if math.Abs(sum-1) > tol {
		return fmt.Sprintf("Σw = %v", sum)
	}
	for _, chain := range ws.Order {
		for k := 1; k < len(chain); k++ {
			if w[chain[k-1]] < w[chain[k]]-tol {
				return fmt.Sprintf("w[%d] = %v < w[%d] = %v", chain[k-1], w[chain[k-1]], chain[k], w[chain[k]])
			}
		}
	}
	return ""
}

// Property: every central weight vector of an alternative that is ever
// first lies in the weight space (simplex, bounds, order) within 1e-12;
// the others are zero.
func propCentralWeightsInSpace(t *rapid.T) {
	p := drawSMAAProblem(t)
	res := p.run(t)
	for i, cw := range res.CentralWeights {
		if res.Acceptability[i][0] == 0 {
			if slices.ContainsFunc(cw, func(v float64) bool { return v != 0 }) {
				t.Fatalf("alternative %d never first but w^c = %v", i, cw)
			}
			continue
		}
		if why := inSpace(cw, p.s.Weights, 1e-12); why != "" {
			t.Fatalf("w_%d^c = %v: %s", i, cw, why)
		}
	}
}

// recorder is a method that records the normalized weights of every
// matrix it scores.
type recorder struct {
	mcda.Method
	mu      *sync.Mutex
	weights *[][]float64
}

func (r recorder) Scores(dst []float64, m *mcda.DecisionMatrix) ([]float64, error) {
	r.mu.Lock()
	*r.weights = append(*r.weights, m.Weights(nil))
	r.mu.Unlock()
	return r.Method.Scores(dst, m)
}

// Property: every weight vector the method sees lies in the weight space,
// and with Fixed weights it is the decision matrix's (up to the rounding of
// normalizing it again).
func propSampledWeightsInSpace(t *rapid.T) {
	p := drawSMAAProblem(t)
	p.s.ConfidenceSamples = -1
	p.s.Workers = rapid.IntRange(1, 3).Draw(t, "workers")
	var mu sync.Mutex
	var seen [][]float64
	inner := p.newMethod
	p.newMethod = func() mcda.Method { return recorder{inner(), &mu, &seen} }
	p.run(t)
	if len(seen) != p.s.Samples {
		t.Fatalf("method called %d times for %d samples", len(seen), p.s.Samples)
	}
	want := p.m.Weights(nil)
	for _, w := range seen {
		if why := inSpace(w, p.s.Weights, 1e-12); why != "" {
			t.Fatalf("sampled w = %v: %s", w, why)
		}
		if p.s.Weights.Fixed && !slices.EqualFunc(w, want, func(a, b float64) bool { return math.Abs(a-b) <= 1e-15 }) {
			t.Fatalf("fixed weights: got %v, want %v", w, want)
		}
	}
}

// smaaBenchMatrix returns a fixed random problem of rows alternatives and
// n criteria, values in [1, 100), every third criterion a cost.
func smaaBenchMatrix(tb testing.TB, rows, n int) *mcda.DecisionMatrix {
	r := rand.New(rand.NewPCG(1, 2))
	v := make([][]float64, rows)
	for i := range v {
		v[i] = make([]float64, n)
		for j := range v[i] {
			v[i][j] = 1 + 99*r.Float64()
		}
	}
	var costs []int
	for j := 2; j < n; j += 3 {
		costs = append(costs, j)
	}
	return smaaMatrix(tb, v, costs...)
}

// BenchmarkSMAA runs TOPSIS SMAA on 100 alternatives and 10 criteria with
// 10 000 samples: "weights" samples the weights only (the confidence
// factors then need one evaluation per alternative), "values" also samples
// every value uniformly within ±10 % (confidence factors skipped).
func BenchmarkSMAA(b *testing.B) {
	const samples = 10000
	m := smaaBenchMatrix(b, 100, 10)
	var cells []robust.CellUncertainty
	for i := range 100 {
		for j := range 10 {
			x := m.At(i, j)
			cells = append(cells, robust.CellUncertainty{Alternative: i, Criterion: j, Dist: robust.Uniform{Lo: 0.9 * x, Hi: 1.1 * x}})
		}
	}
	for _, bc := range []struct {
		name string
		s    robust.SMAA
	}{
		{"weights", robust.SMAA{Samples: samples}},
		{"weights/workers=1", robust.SMAA{Samples: samples, Workers: 1}},
		{"values", robust.SMAA{Samples: samples, Uncertainty: cells, ConfidenceSamples: -1}},
		{"values/workers=1", robust.SMAA{Samples: samples, Uncertainty: cells, ConfidenceSamples: -1, Workers: 1}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := bc.s.Run(context.Background(), smaaTOPSIS, m); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(samples)*float64(b.N)/b.Elapsed().Seconds(), "samples/s")
		})
	}
}

// ExampleSMAA analyses two alternatives that trade off two criteria. A1
// wins when the first weight exceeds 2/3, a third of the simplex.
func ExampleSMAA() {
	m, err := mcda.NewDecisionMatrix([]string{"A1", "A2"},
		[]mcda.Criterion{
			{Name: "quality", Objective: mcda.ObjectiveBenefit, Weight: 1},
			{Name: "service", Objective: mcda.ObjectiveBenefit, Weight: 1},
		},
		[][]float64{{1, 0}, {0, 2}})
	if err != nil {
		fmt.Println(err)
		return
	}
	s := robust.SMAA{Samples: 100000, Seed: 1}
	res, err := s.Run(context.Background(), func() mcda.Method {
		return &mcda.WSM{Normalization: mcda.NormalizationNone}
	}, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, name := range res.Alternatives {
		fmt.Printf("%s: acceptability %.2f, central weights %.2f, confidence %.2f\n",
			name, res.Acceptability[i], res.CentralWeights[i], res.Confidence[i])
	}
	// Output:
	// A1: acceptability [0.33 0.67], central weights [0.83 0.17], confidence 1.00
	// A2: acceptability [0.67 0.33], central weights [0.33 0.67], confidence 1.00
}

// ExampleSMAA_uncertainty adds an uncertain value and a criteria order.
func ExampleSMAA_uncertainty() {
	m, err := mcda.NewDecisionMatrix([]string{"A1", "A2", "A3"},
		[]mcda.Criterion{
			{Name: "price", Objective: mcda.ObjectiveCost, Weight: 1},
			{Name: "quality", Objective: mcda.ObjectiveBenefit, Weight: 1},
			{Name: "delivery", Objective: mcda.ObjectiveCost, Weight: 1},
		},
		[][]float64{{100, 7, 10}, {120, 9, 5}, {90, 6, 14}})
	if err != nil {
		fmt.Println(err)
		return
	}
	s := robust.SMAA{
		Samples: 20000,
		Seed:    42,
		// Price matters most, then quality, then delivery.
		Weights: robust.WeightSpace{Order: [][]int{{0, 1, 2}}},
		// A2's quality is only known to lie between 7 and 10.
		Uncertainty: []robust.CellUncertainty{
			{Alternative: 1, Criterion: 1, Dist: robust.Uniform{Lo: 7, Hi: 10}},
		},
	}
	res, err := s.Run(context.Background(), func() mcda.Method { return &mcda.TOPSIS{} }, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, name := range res.Alternatives {
		fmt.Printf("%s: acceptability %.3f, confidence %.3f\n", name, res.Acceptability[i], res.Confidence[i])
	}
	// Output:
	// A1: acceptability [0.224 0.755 0.021], confidence 0.705
	// A2: acceptability [0.337 0.062 0.601], confidence 0.872
	// A3: acceptability [0.439 0.183 0.378], confidence 1.000
}

// ExampleBeta compares two treatments by the proportions of patients with
// an adverse event, 12 of 100 and 8 of 100, modelled as Beta(e, n − e).
// With one criterion the weight is fixed; B has the lower rate in most
// samples.
func ExampleBeta() {
	m, err := mcda.NewDecisionMatrix([]string{"A", "B"},
		[]mcda.Criterion{{Name: "adverse events", Objective: mcda.ObjectiveCost, Weight: 1}},
		[][]float64{{0.12}, {0.08}})
	if err != nil {
		fmt.Println(err)
		return
	}
	s := robust.SMAA{
		Samples: 20000,
		Seed:    7,
		Uncertainty: []robust.CellUncertainty{
			{Alternative: 0, Criterion: 0, Dist: robust.Beta{Alpha: 12, Beta: 88}},
			{Alternative: 1, Criterion: 0, Dist: robust.Beta{Alpha: 8, Beta: 92}},
		},
		ConfidenceSamples: -1,
	}
	res, err := s.Run(context.Background(), func() mcda.Method {
		return &mcda.WSM{Normalization: mcda.NormalizationNone}
	}, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, name := range res.Alternatives {
		fmt.Printf("%s: first in %.2f of the samples\n", name, res.Acceptability[i][0])
	}
	// Output:
	// A: first in 0.17 of the samples
	// B: first in 0.83 of the samples
}

// SMAA's memory does not grow with the number of samples (issue 13: a
// bookkeeping slice of one entry per chunk made -smaa 1e12 allocate
// 31 GB): the bytes allocated by 1 000 and by 1 000 000 samples differ by
// less than a third of the smaller.
func TestSMAAMemoryIndependentOfSamples(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 1 000 000 samples")
	}
	m := smaaBenchMatrix(t, 2, 2)
	measure := func(samples int) uint64 {
		s := robust.SMAA{Samples: samples, Workers: 2, ConfidenceSamples: -1}
		return allocatedBytes(func() {
			if _, err := s.Run(context.Background(), smaaWSM, m); err != nil {
				t.Fatal(err)
			}
		})
	}
	small, large := measure(1000), measure(1000000)
	t.Logf("allocated %d bytes for 1 000 samples, %d for 1 000 000", small, large)
	if float64(large) > 1.34*float64(small) {
		t.Errorf("allocated %d bytes for 1 000 samples, %d for 1 000 000: memory grows with the sample count", small, large)
	}
}

// allocatedBytes returns the bytes f allocates, the least of three runs
// (other goroutines of the test binary may allocate meanwhile).
func allocatedBytes(f func()) uint64 {
	best := uint64(math.MaxUint64)
	for range 3 {
		var a, b runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&a)
		f()
		runtime.ReadMemStats(&b)
		best = min(best, b.TotalAlloc-a.TotalAlloc)
	}
	return best
}

// A problem above MaxPairs is refused before anything of size m² is
// allocated, with a *mcda.SizeError that names the method and the size;
// raising MaxPairs lets it run.
func TestSMAASizeGuard(t *testing.T) {
	m := smaaBenchMatrix(t, 50, 3)
	s := robust.SMAA{Samples: 300, MaxPairs: 2000, ConfidenceSamples: -1}
	_, err := s.Run(context.Background(), smaaWSM, m)
	var se *mcda.SizeError
	if !errors.As(err, &se) || !errors.Is(err, mcda.ErrTooLarge) {
		t.Fatalf("err = %v, want a *mcda.SizeError", err)
	}
	if se.Method != "smaa" || se.Alternatives != 50 || se.Pairs != 2500 || se.Limit != 2000 || se.Bytes <= 0 {
		t.Errorf("SizeError = %+v", *se)
	}
	s.MaxPairs = 2500
	if _, err := s.Run(context.Background(), smaaWSM, m); err != nil {
		t.Errorf("with MaxPairs = m²: %v", err)
	}
}

// Issue 13: -smaa on 1e5 alternatives tried to allocate an 80 GB block and
// died; with the default limit it is a *mcda.SizeError, returned before
// any m×m accumulator is allocated.
func TestSMAASizeGuardDefault(t *testing.T) {
	m := smaaBenchMatrix(t, 100000, 2)
	var s robust.SMAA
	var res *robust.SMAAResult
	var err error
	bytes := allocatedBytes(func() { res, err = s.Run(context.Background(), smaaWSM, m) })
	var se *mcda.SizeError
	if !errors.As(err, &se) || se.Limit != mcda.DefaultMaxPairs || res != nil {
		t.Fatalf("err = %v, want a *mcda.SizeError with the default limit", err)
	}
	if bytes > 1<<20 {
		t.Errorf("allocated %d bytes before refusing", bytes)
	}
}
