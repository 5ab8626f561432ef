package robust_test

import (
	"context"
	"fmt"
	"math"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

// linearValue is the SMAA-2 additive value model with linear partial value
// functions on fixed scales (Lahdelma & Salminen, 2001; the smaa.pvf
// convention of the R package smaa): the score of alternative i is
//
//	u_i = Σ_j w_j·v_j(x_ij),   v_j(x) = (Hi_j − x)/(Hi_j − Lo_j)
//
// for decreasing criteria (costs) and (x − Lo_j)/(Hi_j − Lo_j) for
// increasing ones, extrapolated linearly outside [Lo_j, Hi_j]. Unlike the
// normalizations of package mcda its scale does not depend on the sampled
// values.
type linearValue struct {
	scales []robust.Interval // [Lo_j, Hi_j] of each criterion
	w      []float64
}

func (v *linearValue) Name() string         { return "linear value" }
func (v *linearValue) HigherIsBetter() bool { return true }

func (v *linearValue) Scores(dst []float64, m *mcda.DecisionMatrix) ([]float64, error) {
	rows, n := m.Dims()
	if dst == nil {
		dst = make([]float64, rows)
	}
	if len(v.w) != n {
		v.w = make([]float64, n)
	}
	m.Weights(v.w)
	for i := range rows {
		u := 0.0
		for j, w := range v.w {
			sc, x := v.scales[j], m.At(i, j)
			pv := (x - sc.Lo) / (sc.Hi - sc.Lo)
			if m.Criterion(j).Objective == mcda.ObjectiveCost {
				pv = (sc.Hi - x) / (sc.Hi - sc.Lo)
			}
			u += w * pv
		}
		dst[i] = u
	}
	return dst, nil
}

// thrombolytics is the single-study benefit-risk problem of heparin and
// enoxaparin for the prevention of deep vein thrombosis (DVT) whose
// sampled partial values the R package smaa ships as
// inst/extdata/thrombo-meas and uses in all its examples. Its exact model
// is that of the example file examples/thrombolytics.json ("Thrombolytics -
// single study B/R analysis") of the drugis MCDA web application, by the
// same group (github.com/drugis/mcda-elicitation-web): each criterion is a
// proportion of patients with an event, e events of n as Beta(e, n − e),
// and each has a linear decreasing partial value function on a fixed
// scale; weights are uniform on the simplex (no preference information):
//
//	criterion     scale        heparin              enoxaparin
//	proximal DVT  [0, 0.25]    20/136 → β(20, 116)   8/129 → β(8, 121)
//	distal DVT    [0.15, 0.4]  40/136 → β(40, 96)   32/129 → β(32, 97)
//	major bleed   [0, 0.1]      1/136 → β(1, 135)    5/129 → β(5, 124)
//
// The sampled partial values in thrombo-meas match this model. With
// weights uniform on the simplex E[u_i] = (1/3)·Σ_j E[v_ij], which is
// (0.41176 + 0.42353 + 0.92647)/3 = 0.58725 for heparin and
// (0.75194 + 0.60775 + 0.61240)/3 = 0.65736 for enoxaparin; the package's
// example prints the sample means 0.5895 and 0.6584, 1.5 and 1.0 standard
// errors away (the standard deviations of u_i, from the Dirichlet(1, 1, 1)
// weights and the beta variances, are 0.148 and 0.104). A Beta(e+1, n−e+1)
// model would give 0.5527 for heparin, 25 standard errors away.
func thrombolytics(tb testing.TB) (*mcda.DecisionMatrix, []robust.CellUncertainty, func() mcda.Method) {
	tb.Helper()
	events := [2][3][2]float64{ // [alternative][criterion]{e, n}
		{{20, 136}, {40, 136}, {1, 136}},
		{{8, 129}, {32, 129}, {5, 129}},
	}
	crit := []mcda.Criterion{
		{Name: "Prox DVT", Objective: mcda.ObjectiveCost, Weight: 1},
		{Name: "Dist DVT", Objective: mcda.ObjectiveCost, Weight: 1},
		{Name: "Bleed", Objective: mcda.ObjectiveCost, Weight: 1},
	}
	rows := make([][]float64, 2)
	var cells []robust.CellUncertainty
	for i := range rows {
		rows[i] = make([]float64, 3)
		for j, en := range events[i] {
			rows[i][j] = en[0] / en[1]
			cells = append(cells, robust.CellUncertainty{Alternative: i, Criterion: j,
				Dist: robust.Beta{Alpha: en[0], Beta: en[1] - en[0]}})
		}
	}
	m, err := mcda.NewDecisionMatrix([]string{"Heparin", "Enoxaparin"}, crit, rows)
	if err != nil {
		tb.Fatal(err)
	}
	scales := []robust.Interval{{Lo: 0, Hi: 0.25}, {Lo: 0.15, Hi: 0.4}, {Lo: 0, Hi: 0.1}}
	return m, cells, func() mcda.Method { return &linearValue{scales: scales} }
}

// TestSMAAPublishedThrombolytics reproduces the SMAA-2 results of the R
// package smaa (van Valkenhoef & Tervonen, CRAN) for the thrombolytics
// problem, as printed by its examples in the reference output
// smaa/tests/Examples/smaa-Ex.Rout.save (github.com/gertvv/rsmaa), each
// from N_pub = 10 000 samples:
//
//   - no preference information (weights uniform on the simplex): rank
//     acceptabilities heparin (0.3504, 0.6496), enoxaparin (0.6496,
//     0.3504); central weights heparin (0.1865097, 0.2772205, 0.5362698),
//     enoxaparin (0.4073100, 0.3641477, 0.2285423) (examples of smaa and
//     smaa.cw);
//   - confidence factors heparin 0.6682, enoxaparin 0.8956, the
//     first-rank acceptability of each alternative under the central
//     weights above (example of smaa.cf);
//   - fixed weights (0.5, 0.2, 0.3): rank acceptabilities heparin (0.1279,
//     0.8721) (example of smaa).
//
// Tolerance. Both the published and our estimates are Monte Carlo means,
// so their difference has standard error
//
//	se = √(σ²/N_pub + σ²/N_ours),
//
// with σ² = b(1−b) for a share b (an acceptability index or confidence
// factor), and for a central weight component, the mean of w_j over the
// N·b samples in which the alternative is first, σ² = μ(1−μ)/b, which
// bounds the conditional variance of a variable in [0, 1] with mean μ
// (Bhatia–Davis inequality). Every estimate must lie within 4·se of the
// published value. With N_ours = 200 000 that is at most 0.0196 for
// b_heparin^1 = 0.3504 (4·√(0.3504·0.6496·(1/10⁴ + 1/(2·10⁵))) =
// 4·0.00489), 0.0137 for the fixed-weight index 0.1279, 0.0193 and 0.0125
// for the confidence factors, and 0.020 to 0.035 for central weights. The
// seed is fixed, so the test is deterministic; the logs give each
// deviation in standard errors.
func TestSMAAPublishedThrombolytics(t *testing.T) {
	const (
		nPub  = 10000
		nOurs = 200000
	)
	m, cells, newMethod := thrombolytics(t)
	check := func(t *testing.T, what string, got, pub, variance float64) {
		t.Helper()
		se := math.Sqrt(variance/nPub + variance/nOurs)
		t.Logf("%s = %.4f, published %.4f: %+.2f standard errors", what, got, pub, (got-pub)/se)
		if math.Abs(got-pub) > 4*se {
			t.Errorf("%s = %.4f, published %.4f ± %.4f (4 standard errors)", what, got, pub, 4*se)
		}
	}
	run := func(t *testing.T, s robust.SMAA, mm *mcda.DecisionMatrix) *robust.SMAAResult {
		t.Helper()
		s.Samples, s.Seed, s.Uncertainty, s.ConfidenceSamples = nOurs, 20110324, cells, -1
		res, err := s.Run(context.Background(), newMethod, mm)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	names := m.Alternatives()

	t.Run("NoPreferences", func(t *testing.T) {
		res := run(t, robust.SMAA{}, m)
		accept := [][]float64{{0.3504, 0.6496}, {0.6496, 0.3504}}
		central := [][]float64{{0.1865097, 0.2772205, 0.5362698}, {0.4073100, 0.3641477, 0.2285423}}
		for i, row := range accept {
			for k, b := range row {
				check(t, fmt.Sprintf("b_%s^%d", names[i], k+1), res.Acceptability[i][k], b, b*(1-b))
			}
			for j, mu := range central[i] {
				check(t, fmt.Sprintf("w_%s^c[%d]", names[i], j), res.CentralWeights[i][j], mu, mu*(1-mu)/row[0])
			}
		}
	})
	t.Run("ConfidenceFactors", func(t *testing.T) {
		// p_i^c is b_i^1 with the weights fixed at the published central
		// weights of i.
		central := [][]float64{{0.1865097, 0.2772205, 0.5362698}, {0.4073100, 0.3641477, 0.2285423}}
		for i, p := range []float64{0.6682, 0.8956} {
			mm, err := m.WithWeights(central[i])
			if err != nil {
				t.Fatal(err)
			}
			res := run(t, robust.SMAA{Weights: robust.WeightSpace{Fixed: true}}, mm)
			check(t, "p_"+names[i]+"^c", res.Acceptability[i][0], p, p*(1-p))
		}
	})
	t.Run("FixedWeights", func(t *testing.T) {
		mm, err := m.WithWeights([]float64{0.5, 0.2, 0.3})
		if err != nil {
			t.Fatal(err)
		}
		res := run(t, robust.SMAA{Weights: robust.WeightSpace{Fixed: true}}, mm)
		b := 0.1279
		check(t, "b_Heparin^1", res.Acceptability[0][0], b, b*(1-b))
		check(t, "b_Enoxaparin^1", res.Acceptability[1][0], 1-b, b*(1-b))
	})
}
