package mcda

import (
	"fmt"
	"math"
	"testing"
)

// middleStats returns the column statistics and a full middle pass of
// method over 4097 rows of 3 criteria (one whole block and one row).
func middleStats(t *testing.T, method Method) (*ColumnStats, *ScoreStats) {
	t.Helper()
	crit := []Criterion{{Name: "x", Objective: ObjectiveBenefit, Weight: 1}, {Name: "y", Objective: ObjectiveCost, Weight: 2}, {Name: "z", Objective: ObjectiveBenefit, Weight: 1}}
	// y, a cost, is best where x is worst: no alternative is worst on
	// every criterion (which CoCoSo cannot take).
	row := func(i int) []float64 { return []float64{float64(1 + i%7), float64(1 + i%7), float64(2 + i%3)} }
	cs, err := NewColumnStats(method, crit)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 4097 {
		cs.Add(fmt.Sprint("a", i), row(i))
	}
	ss, err := cs.ScoreStats()
	if err != nil {
		t.Fatal(err)
	}
	for i := range 4097 {
		if err := ss.Add(fmt.Sprint("a", i), row(i)); err != nil {
			t.Fatal(err)
		}
	}
	return cs, ss
}

// TestDecodeImpossibleTotals checks that the decoders of ScoreStats and of
// the middle methods' coefficients reject aggregates that no rows produce
// (a NaN maximum, extremes out of order, sums beyond the values' bounds,
// inconsistent flags), which would otherwise score silently wrong or fail
// later with a misleading error. (Aggregates that restore to other bits,
// such as EDAS's negative maximum, which restores as 0, are rejected by
// the round trip itself.)
func TestDecodeImpossibleTotals(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	tests := []struct {
		method Method
		tot    []float64
	}{
		{&EDAS{}, []float64{nan, 1}},
		{&VIKOR{}, []float64{0.9, 0.1, 0.2, 0.3}},
		{&VIKOR{}, []float64{0.1, inf, 0.2, 0.3}},
		{&ARAS{}, []float64{-1, 1, 1}},
		{&ARAS{}, []float64{1, nan, 1}},
		{&ARAS{}, []float64{1e9, 1, 1}},
		{&MABAC{}, []float64{1, -0.5, 1}},
		{&COPRAS{}, []float64{0, 1, -1, 0.1, 1, 2}},   // all without any
		{&COPRAS{}, []float64{1, 1, -1, -0.1, 1, 2}},  // a negative minimum
		{&COPRAS{}, []float64{1, 1, -1, 0.1, 1, 0.5}}, // Σ min/S⁻ < 1
		{&COPRAS{}, []float64{1, 0, -1, 0.1, 1, 2}},   // a zero S⁻ without its alternative
		{&COCOSO{}, []float64{0.5, 0.1, 0.2, 0.3, 1, 0}},
		{&COCOSO{}, []float64{0.1, 0.5, 0.2, 0.3, nan, 0}},
	}
	for _, tc := range tests {
		cs, ss := middleStats(t, tc.method)
		if err := cs.SetScoreStats(ss); err != nil {
			t.Fatal(err)
		}
		coef, err := cs.Coefficients()
		if err != nil {
			t.Fatal(err)
		}
		ss.acc.p.combine(tc.tot, true, 0)
		b, _ := ss.MarshalBinary()
		var d ScoreStats
		if err := d.UnmarshalBinary(b); err == nil {
			t.Errorf("%s: ScoreStats with aggregates %v decoded", tc.method.Name(), tc.tot)
		}
		coef.mid.acc.p.combine(tc.tot, true, 0)
		b, _ = coef.MarshalBinary()
		var c StreamCoefficients
		if err := c.UnmarshalBinary(b); err == nil {
			t.Errorf("%s: coefficients with aggregates %v decoded", tc.method.Name(), tc.tot)
		}
	}
}

// TestDecodeShortestVarint checks that the decoders read a count only in
// its shortest form, the one the encoders write: 1 as 0x81 0x00 would
// decode to coefficients that encode to other bytes (found by
// FuzzStreamCoefficientsUnmarshal).
func TestDecodeShortestVarint(t *testing.T) {
	for _, tc := range []struct {
		in   []byte
		want int // −1: an error
	}{
		{[]byte{0x00}, 0},
		{[]byte{0x01}, 1},
		{[]byte{0x80, 0x01}, 128},
		{[]byte{0x81, 0x00}, -1},
		{[]byte{0x80, 0x80, 0x00}, -1},
		{[]byte{0x80}, -1},
	} {
		d := decoder{b: tc.in}
		got := d.uint(1000)
		if (d.err != nil) != (tc.want < 0) || (tc.want >= 0 && got != tc.want) {
			t.Errorf("uint(% x) = %d, err %v; want %d", tc.in, got, d.err, tc.want)
		}
	}
}
