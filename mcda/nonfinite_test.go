package mcda_test

import (
	"context"
	"fmt"
	"io"
	"math"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
)

// nonFiniteParams are the values every float parameter is probed with.
var nonFiniteParams = []float64{math.NaN(), math.Inf(1), math.Inf(-1)}

// Issue 13, item 4: every exported function of package mcda that takes a
// float parameter rejects NaN and ±Inf where they make no sense, with an
// error, never a panic or a NaN result.
func TestNonFiniteParameters(t *testing.T) {
	m := mustMatrix(t, []string{"A", "B", "C"}, []mcda.Criterion{
		{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1},
		{Name: "y", Objective: mcda.ObjectiveCost, Weight: 2},
	}, [][]float64{{1, 2}, {3, 1}, {2, 3}})
	for _, bad := range nonFiniteParams {
		v := bad
		cases := map[string]func() error{
			"ShiftColumns floor": func() error { _, _, err := mcda.ShiftColumns(m, v); return err },
			"NormalizeWeights":   func() error { _, err := mcda.NormalizeWeights(nil, []float64{1, v}); return err },
			"WithWeights":        func() error { _, err := m.WithWeights([]float64{1, v}); return err },
			"Variant weights":    func() error { _, err := m.Variant(nil, nil, []float64{1, v}); return err },
			"Variant values":     func() error { _, err := m.Variant(nil, []float64{1, 2, 3, v, 2, 3}, nil); return err },
			"NewDecisionMatrix value": func() error {
				_, err := mcda.NewDecisionMatrix([]string{"A"}, []mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1}}, [][]float64{{v}})
				return err
			},
			"NewDecisionMatrix weight": func() error {
				_, err := mcda.NewDecisionMatrix([]string{"A"}, []mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: v}}, [][]float64{{1}})
				return err
			},
			"VIKOR V":  func() error { _, err := (&mcda.VIKOR{V: &v}).Scores(nil, m); return err },
			"WASPAS λ": func() error { _, err := (&mcda.WASPAS{Lambda: &v}).Scores(nil, m); return err },
			"COCOSO λ": func() error { _, err := (&mcda.COCOSO{Lambda: &v}).Scores(nil, m); return err },
			"CODAS τ":  func() error { _, err := (&mcda.CODAS{Tau: v}).Scores(nil, m); return err },
			"SPOTIS lo": func() error {
				_, err := (&mcda.SPOTIS{Bounds: [][2]float64{{v, 5}, {0, 5}}}).Scores(nil, m)
				return err
			},
			"SPOTIS hi": func() error {
				_, err := (&mcda.SPOTIS{Bounds: [][2]float64{{0, 5}, {0, v}}}).Scores(nil, m)
				return err
			},
			"PROMETHEE q": func() error { return promethee(m, mcda.Preference{Function: mcda.PreferenceLinear, Q: v, P: 2}) },
			"PROMETHEE p": func() error { return promethee(m, mcda.Preference{Function: mcda.PreferenceVShape, P: v}) },
			"PROMETHEE s": func() error { return promethee(m, mcda.Preference{Function: mcda.PreferenceGaussian, S: v}) },
			"ELECTRE I c": func() error { _, err := (&mcda.ELECTREI{Concordance: &v}).Evaluate(m); return err },
			"ELECTRE I d": func() error { _, err := (&mcda.ELECTREI{Discordance: &v}).Evaluate(m); return err },
			"BWM best-to-others": func() error {
				_, err := (&mcda.BWM{Criteria: []string{"a", "b", "c"}, Best: 0, Worst: 2,
					BestToOthers: []float64{1, v, 4}, OthersToWorst: []float64{4, 2, 1}}).Solve()
				return err
			},
			"BWM others-to-worst": func() error {
				_, err := (&mcda.BWM{Criteria: []string{"a", "b", "c"}, Best: 0, Worst: 2,
					BestToOthers: []float64{1, 2, 4}, OthersToWorst: []float64{4, v, 1}}).Solve()
				return err
			},
			"Spearman":            func() error { _, err := mcda.Spearman([]float64{1, 2, v}, []float64{1, 2, 3}); return err },
			"WeightedSpearman":    func() error { _, err := mcda.WeightedSpearman([]float64{1, 2, 3}, []float64{v, 2, 3}); return err },
			"WS":                  func() error { _, err := mcda.WS([]float64{1, v, 3}, []float64{1, 2, 3}); return err },
			"KendallTauB":         func() error { _, err := mcda.KendallTauB([]float64{1, 2, v}, []float64{1, 2, 3}); return err },
			"GoodmanKruskalGamma": func() error { _, err := mcda.GoodmanKruskalGamma([]float64{1, 2, 3}, []float64{1, v, 3}); return err },
			"RankStream value": func() error {
				_, err := mcda.RankStream(context.Background(), func() (mcda.RowSource, error) { return &rows{vals: [][]float64{{1, 2}, {v, 1}}}, nil },
					mcda.StreamOptions{Method: &mcda.WSM{}})
				return err
			},
			"CheckPairs bytes": func() error { return mcda.CheckPairs("x", 1, 5, v, "") },
		}
		for name, f := range cases {
			t.Run(fmt.Sprintf("%s=%v", name, v), func(t *testing.T) {
				var err error
				func() {
					defer func() {
						if r := recover(); r != nil {
							err = fmt.Errorf("panic: %v", r)
							t.Errorf("panicked: %v", r)
						}
					}()
					err = f()
				}()
				if err == nil {
					t.Errorf("no error for %v", v)
				}
			})
		}
	}
}

func promethee(m *mcda.DecisionMatrix, p mcda.Preference) error {
	_, err := (&mcda.PROMETHEE{Preferences: []mcda.Preference{p, {}}}).Scores(nil, m)
	return err
}

// rows is a RowSource over fixed values.
type rows struct {
	vals [][]float64
	k    int
}

func (r *rows) Criteria() []mcda.Criterion {
	return []mcda.Criterion{{Name: "x", Objective: mcda.ObjectiveBenefit, Weight: 1}, {Name: "y", Objective: mcda.ObjectiveCost, Weight: 1}}
}

func (r *rows) Next(row []float64) (string, error) {
	if r.k == len(r.vals) {
		return "", io.EOF
	}
	copy(row, r.vals[r.k])
	r.k++
	return fmt.Sprint("a", r.k), nil
}
