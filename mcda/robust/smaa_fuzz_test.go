package robust_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

// fuzzValues are the values a byte of FuzzSMAA's input selects: the
// float64 extremes of issue 13 (±1e308, 5e-324, 2^53, −0) among ordinary
// ones.
var fuzzValues = []float64{0, math.Copysign(0, -1), 1, 2, 3, 0.5, 5e-324, 1e308, -1e308, 1 << 53, 1<<53 + 2, -1, 7, 1e-300, 10, 4}

// FuzzSMAA runs SMAA on small problems decoded from the input: m and n, the
// method, an optional value uncertainty, then the values. It must not
// panic, must fail only with an error of the documented kinds, and must
// otherwise give finite results whose acceptability rows sum to 1, the
// same with one worker as with three.
func FuzzSMAA(f *testing.F) {
	f.Add([]byte{2, 1, 0, 0, 2, 3, 4, 1, 2, 3, 4, 5, 6, 7, 8})
	f.Add([]byte{1, 1, 1, 1, 7, 8, 6, 9, 1, 13, 12, 2})
	f.Add([]byte{3, 2, 2, 0, 9, 10, 1, 2, 6, 7, 8, 1, 2, 3, 4, 5, 0, 1})
	f.Add([]byte{0, 0, 0, 0, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 4 {
			return
		}
		rows, n := 1+int(data[0])%5, 1+int(data[1])%4
		methods := []func() mcda.Method{
			func() mcda.Method { return &mcda.TOPSIS{} },
			func() mcda.Method { return &mcda.WSM{} },
			func() mcda.Method { return &mcda.PROMETHEE{} },
			func() mcda.Method { return &mcda.VIKOR{} },
		}
		newMethod := methods[int(data[2])%len(methods)]
		uncertain := data[3]%2 == 1
		data = data[4:]
		vals := make([][]float64, rows)
		for i := range vals {
			vals[i] = make([]float64, n)
			for j := range vals[i] {
				if k := i*n + j; k < len(data) {
					vals[i][j] = fuzzValues[int(data[k])%len(fuzzValues)]
				}
			}
		}
		names := make([]string, rows)
		for i := range names {
			names[i] = fmt.Sprint("A", i)
		}
		crit := make([]mcda.Criterion, n)
		for j := range crit {
			crit[j] = mcda.Criterion{Name: fmt.Sprint("C", j), Objective: []mcda.Objective{mcda.ObjectiveBenefit, mcda.ObjectiveCost}[j%2], Weight: 1}
		}
		m, err := mcda.NewDecisionMatrix(names, crit, vals)
		if err != nil {
			return
		}
		s := robust.SMAA{Samples: 300, Seed: 7, Workers: 1}
		if uncertain {
			x := vals[0][0]
			s.Uncertainty = []robust.CellUncertainty{{Alternative: 0, Criterion: 0, Dist: robust.Uniform{Lo: x, Hi: x + 1}}}
		}
		res, err := s.Run(context.Background(), newMethod, m)
		if err != nil {
			var se *robust.SampleError
			if !errors.As(err, &se) && !errors.Is(err, mcda.ErrParameter) && !errors.Is(err, mcda.ErrNotFinite) {
				t.Fatalf("SMAA on %v: error of no documented kind: %v", vals, err)
			}
			return
		}
		for i, row := range res.Acceptability {
			sum := 0.0
			for _, v := range row {
				if math.IsNaN(v) || v < 0 || v > 1 {
					t.Fatalf("SMAA on %v: acceptability %v", vals, row)
				}
				sum += v
			}
			if math.Abs(sum-1) > 1e-9 {
				t.Fatalf("SMAA on %v: acceptability row %d sums to %v", vals, i, sum)
			}
			for _, w := range res.CentralWeights[i] {
				if math.IsNaN(w) || w < 0 || w > 1+1e-12 {
					t.Fatalf("SMAA on %v: central weights %v", vals, res.CentralWeights[i])
				}
			}
		}
		for _, c := range res.Confidence {
			if math.IsNaN(c) || c < 0 || c > 1+1e-12 {
				t.Fatalf("SMAA on %v: confidence %v", vals, res.Confidence)
			}
		}
		s.Workers = 3
		again, err := s.Run(context.Background(), newMethod, m)
		if err != nil {
			t.Fatalf("SMAA on %v: 1 worker succeeded, 3 failed: %v", vals, err)
		}
		for i := range res.Acceptability {
			for k := range res.Acceptability[i] {
				if res.Acceptability[i][k] != again.Acceptability[i][k] {
					t.Fatalf("SMAA on %v: 1 and 3 workers differ", vals)
				}
			}
		}
	})
}
