package robust_test

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

// FuzzSensitivity decodes a problem of up to 4 alternatives and 3
// criteria (a shape byte, then one float64 per value, little-endian) and
// checks that Sensitivity with every row-separable method, WSM and VIKOR
// either fails with an error or returns breakpoints inside (0, 1) in
// order, intervals that contain the current weight, and no NaN, in every
// focus.
func FuzzSensitivity(f *testing.F) {
	seed := func(shape byte, vals ...float64) []byte {
		b := []byte{shape}
		for _, v := range vals {
			b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
		}
		return b
	}
	f.Add(seed(0x32, 1, 2, 3, 3, 2, 1))                            // 3 × 2
	f.Add(seed(0x32, 1e308, -1e308, 5e-324, 1, 2, 3))              // float64 extremes
	f.Add(seed(0x22, 1<<53, 1<<53+1, math.Copysign(0, -1), 0))     // 2^53, −0
	f.Add(seed(0x43, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2))          // duplicates, constant columns
	f.Add(seed(0x33, 1e-300, 1e300, 7, 5e-324, 1e308, 1, 1, 1, 1)) // mixed magnitudes
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 1 {
			return
		}
		rows, n := int(data[0]>>4)%4+1, int(data[0]&0xf)%3+1
		data = data[1:]
		if len(data) < 8*rows*n {
			return
		}
		vals := make([][]float64, rows)
		for i := range vals {
			vals[i] = make([]float64, n)
			for j := range vals[i] {
				vals[i][j] = math.Float64frombits(binary.LittleEndian.Uint64(data[8*(i*n+j):]))
			}
		}
		alts := make([]string, rows)
		for i := range alts {
			alts[i] = fmt.Sprint("A", i)
		}
		crit := make([]mcda.Criterion, n)
		for j := range crit {
			crit[j] = mcda.Criterion{Name: fmt.Sprint("C", j), Objective: mcda.ObjectiveBenefit, Weight: float64(j + 1)}
		}
		m, err := mcda.NewDecisionMatrix(alts, crit, vals)
		if err != nil {
			return
		}
		for _, method := range []mcda.Method{&mcda.TOPSIS{}, &mcda.WSM{}, &mcda.WPM{}, &mcda.MOORA{},
			&mcda.SPOTIS{}, &mcda.ARAS{}, &mcda.VIKOR{}} {
			for _, top := range []int{0, 1} {
				res, err := robust.Sensitivity(context.Background(), method, m, robust.SensitivityOptions{Top: top, GridPoints: 9, MaxBreakpoints: 3})
				if err != nil {
					continue
				}
				for _, cs := range res {
					for k, b := range cs.Breakpoints {
						if !(b.Weight > 0 && b.Weight < 1) || k > 0 && b.Weight < cs.Breakpoints[k-1].Weight || b.Rank < 1 {
							t.Fatalf("%s top %d: breakpoints %+v", method.Name(), top, cs.Breakpoints)
						}
					}
					for _, iv := range []robust.Interval{cs.FirstStable, cs.RankingStable} {
						if !iv.Contains(cs.Weight) || slices.ContainsFunc([]float64{iv.Lo, iv.Hi, cs.Weight}, math.IsNaN) {
							t.Fatalf("%s top %d: %s: interval %v, weight %v", method.Name(), top, cs.Criterion, iv, cs.Weight)
						}
					}
				}
			}
		}
	})
}
