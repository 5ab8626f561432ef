package fuzzy

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda"
)

// Chen's (2000) example, the choice of a system analysis engineer: three
// decision makers, five benefit criteria, three candidates. The tables
// below are Chen's (Fuzzy Sets and Systems 114:1-9, Section 4, Tables 3-8),
// read in a Markdown transcription of the paper kept in a public repository
// (the paper's text is also at
// m.moam.info/extensions-of-the-topsis-for-group-decision-making-science-direct_5baf348b097c47a97d8b4589.html);
// Table 5 is the matrix pyfdm's test_fTOPSIS carries
// (jwieckowski/pyfdm tests/test_methods.py), so pyfdm's copy of the inputs
// is faithful.
var (
	chenCriteria = []string{"emotional steadiness", "oral communication skill", "personality", "past experience", "self-confidence"}

	// chenTable5 is the fuzzy decision matrix and chenTable5Weights the
	// fuzzy weights, as printed (two decimals, 8.33 and 9.67 as printed).
	chenTable5 = [][]TFN{
		{{5.7, 7.7, 9.3}, {5, 7, 9}, {5.7, 7.7, 9}, {8.33, 9.67, 10}, {3, 5, 7}},
		{{6.3, 8.3, 9.7}, {9, 10, 10}, {8.3, 9.7, 10}, {9, 10, 10}, {7, 9, 10}},
		{{6.3, 8, 9}, {7, 9, 10}, {7, 9, 10}, {7, 9, 10}, {6.3, 8.3, 9.7}},
	}
	chenTable5Weights = []TFN{{0.7, 0.9, 1}, {0.9, 1, 1}, {0.77, 0.93, 1}, {0.9, 1, 1}, {0.43, 0.63, 0.83}}

	// chenTable6 is the normalised fuzzy decision matrix.
	chenTable6 = [][]TFN{
		{{0.59, 0.79, 0.96}, {0.5, 0.7, 0.9}, {0.57, 0.77, 0.9}, {0.83, 0.97, 1}, {0.3, 0.5, 0.7}},
		{{0.65, 0.86, 1}, {0.9, 1, 1}, {0.83, 0.97, 1}, {0.9, 1, 1}, {0.7, 0.9, 1}},
		{{0.65, 0.82, 0.93}, {0.7, 0.9, 1}, {0.7, 0.9, 1}, {0.7, 0.9, 1}, {0.63, 0.83, 0.97}},
	}
	// chenTable7 is the weighted normalised fuzzy decision matrix.
	chenTable7 = [][]TFN{
		{{0.41, 0.71, 0.96}, {0.45, 0.7, 0.9}, {0.44, 0.72, 0.9}, {0.75, 0.97, 1}, {0.13, 0.32, 0.58}},
		{{0.46, 0.77, 1}, {0.81, 1, 1}, {0.64, 0.9, 1}, {0.81, 1, 1}, {0.3, 0.57, 0.83}},
		{{0.46, 0.74, 0.93}, {0.63, 0.9, 1}, {0.54, 0.84, 1}, {0.63, 0.9, 1}, {0.27, 0.52, 0.81}},
	}
	// chenTable8 holds the printed distances d*_i and d⁻_i to FPIS (1,1,1)
	// and FNIS (0,0,0).
	chenTable8DPlus  = []float64{2.10, 1.24, 1.59}
	chenTable8DMinus = []float64{3.45, 4.13, 3.85}
)

func chenBenefitCriteria() []mcda.Criterion {
	var crit []mcda.Criterion
	for _, name := range chenCriteria {
		crit = append(crit, mcda.Criterion{Name: name, Objective: mcda.ObjectiveBenefit})
	}
	return crit
}

// TestTOPSISChen2000 checks Chen's (2000) example from its fuzzy decision
// matrix and weights (Table 5) through every printed intermediate: the
// normalised matrix (Table 6), the weighted normalised matrix (Table 7),
// the distances (Table 8) and the closeness coefficients CC = (0.62, 0.77,
// 0.71) with the ranking A2 > A3 > A1.
//
// The paper is inconsistent for A1, and the code is not at fault: the
// distances implied by Chen's own Table 7 (vertex distances to (1,1,1) and
// (0,0,0) summed over the criteria, computed below from the printed
// entries) are d* = (1.940, 1.258, 1.588) and d⁻ = (3.452, 4.124, 3.844),
// which match Table 8 within its rounding except d*_1, printed 2.10. CC1 =
// 0.62 follows from that 2.10 (3.45 / (2.10 + 3.45) = 0.622); Table 7 gives
// CC1 = 3.452 / (1.940 + 3.452) = 0.640, and so does this code (0.640, d*_1
// = 1.942). No reading of the inputs gives 0.62: Table 5 as printed gives
// 0.640, and the ratings and weights aggregated exactly from Chen's
// linguistic Tables 3 and 4 give 0.638 (TestTOPSISChen2000Linguistic). So
// d*_1 and CC1 are checked against the values Table 7 implies, and the test
// asserts that the printed d*_1 is outside what Table 7's rounding allows.
//
// Tolerances, from the printed rounding: Table 6 is Table 5 divided by the
// column's largest upper bound, printed to two decimals (0.005); Table 7
// multiplies the rounded Table 6 by the weights and rounds again (0.46 for
// 0.65 × 0.7 where the exact value is 0.4546), so its entries are within
// 0.005·w + 0.005 ≤ 0.01 of the exact products; a vertex distance moves no
// more than its largest bound does, so a sum over five criteria is within
// 5 × 0.01 = 0.05; CC to two decimals is within 0.005, and a CC derived
// from distances within 0.05 of about 5.4 in total is within 0.01.
func TestTOPSISChen2000(t *testing.T) {
	res, err := TOPSIS([]string{"A1", "A2", "A3"}, chenBenefitCriteria(), [][][]TFN{chenTable5}, [][]TFN{chenTable5Weights}, TOPSISOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(chenTable6, res.Normalized, cmpopts.EquateApprox(0, 0.005)); diff != "" {
		t.Errorf("normalised matrix (-Chen Table 6 +got):\n%s", diff)
	}
	if diff := cmp.Diff(chenTable7, res.Weighted, cmpopts.EquateApprox(0, 0.01)); diff != "" {
		t.Errorf("weighted normalised matrix (-Chen Table 7 +got):\n%s", diff)
	}

	// The distances Chen's Table 7 implies.
	impliedPlus, impliedMinus, impliedCC := make([]float64, 3), make([]float64, 3), make([]float64, 3)
	for i, row := range chenTable7 {
		for _, v := range row {
			impliedPlus[i] += Distance(v, TFN{1, 1, 1})
			impliedMinus[i] += Distance(v, TFN{})
		}
		impliedCC[i] = impliedMinus[i] / (impliedPlus[i] + impliedMinus[i])
	}
	const distTol = 0.05
	if diff := cmp.Diff(impliedPlus, res.DPlus, cmpopts.EquateApprox(0, distTol)); diff != "" {
		t.Errorf("d* (-implied by Chen Table 7 +got):\n%s", diff)
	}
	if diff := cmp.Diff(impliedMinus, res.DMinus, cmpopts.EquateApprox(0, distTol)); diff != "" {
		t.Errorf("d- (-implied by Chen Table 7 +got):\n%s", diff)
	}
	// Table 8 as printed, but for d*_1.
	if diff := cmp.Diff(chenTable8DPlus[1:], res.DPlus[1:], cmpopts.EquateApprox(0, distTol)); diff != "" {
		t.Errorf("d* of A2, A3 (-Chen Table 8 +got):\n%s", diff)
	}
	if diff := cmp.Diff(chenTable8DMinus, res.DMinus, cmpopts.EquateApprox(0, distTol)); diff != "" {
		t.Errorf("d- (-Chen Table 8 +got):\n%s", diff)
	}
	// The evidence that Table 8's d*_1 = 2.10 is not Table 7's.
	if d := math.Abs(chenTable8DPlus[0] - impliedPlus[0]); d <= distTol {
		t.Errorf("Table 8 d*_1 = %.2f is within %.2f of Table 7's %.3f: the documented inconsistency is gone, check the transcription", chenTable8DPlus[0], distTol, impliedPlus[0])
	}

	// Printed closeness of A2 and A3 to two decimals; A1 against Table 7.
	if diff := cmp.Diff([]float64{0.77, 0.71}, res.Closeness[1:], cmpopts.EquateApprox(0, 0.005)); diff != "" {
		t.Errorf("closeness of A2, A3 (-Chen +got):\n%s", diff)
	}
	if d := math.Abs(res.Closeness[0] - impliedCC[0]); d > 0.01 {
		t.Errorf("CC1 = %.4f, Chen's Table 7 implies %.4f", res.Closeness[0], impliedCC[0])
	}
	if diff := cmp.Diff([]int{3, 1, 2}, res.Ranks); diff != "" {
		t.Errorf("ranks (-Chen +got):\n%s", diff)
	}
}

// TestTOPSISChen2000Linguistic runs Chen's (2000) example from the
// decision makers' words (Tables 3 and 4) on Chen's scales (Tables 1 and
// 2). The means agree with Table 5 where Table 5 is consistent with Tables
// 3 and 4; Table 5 differs from the exact means in six cells, which are
// checked here at their exact values: A1 on C2 (G, MG, F) is (5, 7, 8.67),
// not (5, 7, 9); A2 on C5 (VG, MG, G) and A3 on C2, C3 and C4 (a G, an MG
// and a VG each) are (7, 8.67, 9.67), not (7, 9, 10); the weight of C1 (H,
// VH, MH) is (0.7, 0.87, 0.97), not (0.7, 0.9, 1). (The same cells are
// noted in the tests of slr_worker_ranking's FuzzyTOPSIS,
// TestFuzzyTOPSISWithChenInputs.) From these exact means the closeness
// coefficients are (0.638, 0.765, 0.702); the ranking is still Chen's.
func TestTOPSISChen2000Linguistic(t *testing.T) {
	table3 := [][]string{ // criteria × decision makers
		{"high", "very high", "medium high"},
		{"very high", "very high", "very high"},
		{"very high", "high", "high"},
		{"very high", "very high", "very high"},
		{"medium", "medium high", "medium high"},
	}
	table4 := [][][]string{ // criteria × candidates × decision makers
		{{"medium good", "good", "medium good"}, {"good", "good", "medium good"}, {"very good", "good", "fair"}},
		{{"good", "medium good", "fair"}, {"very good", "very good", "very good"}, {"medium good", "good", "very good"}},
		{{"fair", "good", "good"}, {"very good", "very good", "good"}, {"good", "medium good", "very good"}},
		{{"very good", "good", "very good"}, {"very good", "very good", "very good"}, {"good", "very good", "medium good"}},
		{{"fair", "fair", "fair"}, {"very good", "medium good", "good"}, {"good", "good", "medium good"}},
	}
	rs, ws := ChenRatings(), ChenWeights()
	word := func(s Scale, w string) TFN {
		x, err := s.Lookup(w)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	ratings := make([][][]TFN, 3)
	weights := make([][]TFN, 3)
	for k := range ratings {
		ratings[k] = make([][]TFN, 3)
		for i := range ratings[k] {
			ratings[k][i] = make([]TFN, 5)
			for j := range ratings[k][i] {
				ratings[k][i][j] = word(rs, table4[j][i][k])
			}
		}
		weights[k] = make([]TFN, 5)
		for j := range weights[k] {
			weights[k][j] = word(ws, table3[j][k])
		}
	}
	res, err := TOPSIS([]string{"A1", "A2", "A3"}, chenBenefitCriteria(), ratings, weights, TOPSISOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := make([][]TFN, 3)
	for i := range want {
		want[i] = append([]TFN(nil), chenTable5[i]...)
	}
	const third = 26.0 / 3 // 8.67
	want[0][1] = TFN{5, 7, third}
	want[1][4] = TFN{7, third, 29.0 / 3}
	want[2][1], want[2][2], want[2][3] = TFN{7, third, 29.0 / 3}, TFN{7, third, 29.0 / 3}, TFN{7, third, 29.0 / 3}
	wantW := append([]TFN(nil), chenTable5Weights...)
	wantW[0] = TFN{0.7, 2.6 / 3, 2.9 / 3}
	// Table 5 prints one decimal (two for 8.33 and 9.67, and 0.77, 0.93,
	// 0.43, 0.63, 0.83): within 0.05 of the exact thirds (5.7 for 17/3).
	if diff := cmp.Diff(want, res.Ratings, cmpopts.EquateApprox(0, 0.05)); diff != "" {
		t.Errorf("mean ratings (-Chen Table 5, corrected cells exact +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantW, res.Weights, cmpopts.EquateApprox(0, 0.005)); diff != "" {
		t.Errorf("mean weights (-Chen Table 5, C1 exact +got):\n%s", diff)
	}
	// The six cells really differ from Table 5's printed values by more
	// than its rounding.
	for _, c := range [][2]int{{0, 1}, {1, 4}, {2, 1}, {2, 2}, {2, 3}} {
		if d := math.Abs(res.Ratings[c[0]][c[1]].U - chenTable5[c[0]][c[1]].U); d < 0.3 {
			t.Errorf("A%d on C%d: upper bound %.3f is within %.3f of Table 5's %g", c[0]+1, c[1]+1, res.Ratings[c[0]][c[1]].U, d, chenTable5[c[0]][c[1]].U)
		}
	}
	if diff := cmp.Diff([]int{3, 1, 2}, res.Ranks); diff != "" {
		t.Errorf("ranks (-Chen +got):\n%s", diff)
	}
}
