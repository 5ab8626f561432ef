package value

import (
	"context"
	"errors"
	"math"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"
)

// commuteModel is the transport problem of Siskos et al. (2005) with
// value functions elicited for illustration.
func commuteModel(t testing.TB) (*Model, *mcda.DecisionMatrix) {
	t.Helper()
	price, err := NewPiecewise([]float64{2, 16, 30}, []float64{1, 0.4, 0})
	if err != nil {
		t.Fatal(err)
	}
	time, err := NewExponential(10, 40, 15, false)
	if err != nil {
		t.Fatal(err)
	}
	comfort, err := Bisection(0, 3, []float64{1})
	if err != nil {
		t.Fatal(err)
	}
	md := &Model{Criteria: []Criterion{{"Price", price}, {"Time", time}, {"Comfort", comfort}}}
	w, err := SwingWeights([]float64{100, 80, 30})
	if err != nil {
		t.Fatal(err)
	}
	m, err := md.Matrix([]string{"RER", "METRO1", "METRO2", "BUS", "TAXI"},
		[][]float64{{3, 10, 1}, {4, 20, 2}, {2, 20, 0}, {6, 40, 0}, {30, 30, 3}}, w)
	if err != nil {
		t.Fatal(err)
	}
	return md, m
}

// TestModelScores works V(RER) by hand: price 3 on the segment (2, 1) –
// (16, 0.4) is 1 − 0.6/14; time 10 is the best level, 1; comfort 1 is the
// mid-value, 0.5; weights 100/210, 80/210, 30/210.
func TestModelScores(t *testing.T) {
	md, m := commuteModel(t)
	s, err := md.Scores(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	want := (100*(1-0.6/14) + 80*1 + 30*0.5) / 210
	if math.Abs(s[0]-want) > 1e-15 {
		t.Errorf("V(RER) = %v, want %v", s[0], want)
	}
	c, err := md.Contributions(nil, m)
	if err != nil {
		t.Fatal(err)
	}
	for i := range s {
		var sum float64
		for _, v := range c[i*3 : i*3+3] {
			sum += v
		}
		if math.Abs(sum-s[i]) > 1e-15 {
			t.Errorf("contributions of %d sum to %v, score %v", i, sum, s[i])
		}
	}
	if m.Criterion(0).Objective != mcda.ObjectiveCost || m.Criterion(2).Objective != mcda.ObjectiveBenefit {
		t.Errorf("objectives %v", m.Criteria())
	}
}

// TestModelIsMethod runs the rankings, agreement, sensitivity and SMAA of
// package mcda and mcda/robust on a Model unchanged.
func TestModelIsMethod(t *testing.T) {
	md, m := commuteModel(t)
	r, err := mcda.Rank(md, m)
	if err != nil {
		t.Fatal(err)
	}
	if r.Method != "mavt" || r.Order[0] != 0 {
		t.Errorf("ranking %+v", r)
	}
	if _, err := mcda.Compare(r, r); err != nil {
		t.Error(err)
	}
	sens, err := robust.Sensitivity(context.Background(), md, m, robust.SensitivityOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(sens) != 3 {
		t.Errorf("%d sensitivities", len(sens))
	}
	smaa := robust.SMAA{Samples: 500, Seed: 1, ConfidenceSamples: -1}
	res, err := smaa.Run(t.Context(), func() mcda.Method { return md }, m)
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	for i := range res.Acceptability {
		sum += res.Acceptability[i][0]
	}
	if math.Abs(sum-1) > 1e-12 {
		t.Errorf("first-rank acceptabilities sum to %v", sum)
	}
}

func TestModelErrors(t *testing.T) {
	md, m := commuteModel(t)
	short := &Model{Criteria: md.Criteria[:2]}
	if _, err := short.Scores(nil, m); !errors.Is(err, mcda.ErrShape) {
		t.Errorf("short model: %v", err)
	}
	renamed := &Model{Criteria: append([]Criterion{{"Cost", md.Criteria[0].Function}}, md.Criteria[1:]...)}
	if _, err := renamed.Scores(nil, m); !errors.Is(err, mcda.ErrParameter) {
		t.Errorf("renamed: %v", err)
	}
	_, err := md.Matrix([]string{"X"}, [][]float64{{50, 10, 1}}, []float64{1, 1, 1})
	var ve *mcda.ValueError
	if !errors.Is(err, ErrOutOfRange) || !errors.As(err, &ve) || ve.AlternativeName != "X" || ve.CriterionName != "Price" {
		t.Errorf("out of range: %v", err)
	}
	if _, err := (&Model{Criteria: []Criterion{{"Price", nil}}}).Matrix([]string{"X"}, [][]float64{{1}}, []float64{1}); !errors.Is(err, mcda.ErrParameter) {
		t.Errorf("nil function: %v", err)
	}
}

// Property: with linear value functions over each criterion's range in
// the matrix, the additive value is the weighted sum of min-max
// normalised values (Belton & Stewart, 2002, §5.2: a linear value function
// is the local scale).
func TestModelLinearIsWSM(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		rows := rapid.IntRange(2, 8).Draw(t, "rows")
		n := rapid.IntRange(1, 5).Draw(t, "n")
		names := make([]string, rows)
		data := make([][]float64, rows)
		for i := range data {
			names[i] = string(rune('a' + i))
			data[i] = make([]float64, n)
			for j := range data[i] {
				data[i][j] = rapid.Float64Range(-100, 100).Draw(t, "x")
			}
		}
		crit := make([]mcda.Criterion, n)
		md := &Model{Criteria: make([]Criterion, n)}
		for j := range crit {
			lo, hi := math.Inf(1), math.Inf(-1)
			for i := range data {
				lo, hi = math.Min(lo, data[i][j]), math.Max(hi, data[i][j])
			}
			if lo == hi {
				data[0][j] += 1
				hi = math.Max(hi, data[0][j])
			}
			inc := rapid.Bool().Draw(t, "benefit")
			y := []float64{0, 1}
			crit[j] = mcda.Criterion{Name: string(rune('A' + j)), Objective: mcda.ObjectiveBenefit, Weight: rapid.Float64Range(0.01, 1).Draw(t, "w")}
			if !inc {
				y = []float64{1, 0}
				crit[j].Objective = mcda.ObjectiveCost
			}
			f, err := NewPiecewise([]float64{lo, hi}, y)
			if err != nil {
				t.Fatal(err)
			}
			md.Criteria[j] = Criterion{crit[j].Name, f}
		}
		m, err := mcda.NewDecisionMatrix(names, crit, data)
		if err != nil {
			t.Fatal(err)
		}
		got, err := md.Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		want, err := (&mcda.WSM{Normalization: mcda.NormalizationMinMax}).Scores(nil, m)
		if err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-12)); d != "" {
			t.Fatalf("MAVT vs WSM (-want +got):\n%s", d)
		}
	})
}
