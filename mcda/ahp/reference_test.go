package ahp_test

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda/ahp"
)

// Tolerances for published numbers: half a unit in the last printed decimal,
// plus 1e-9 so that a value printed exactly at a rounding boundary passes.
var (
	approx3dp = cmpopts.EquateApprox(0, 5e-4+1e-9) // printed to 3 decimals
	approx4dp = cmpopts.EquateApprox(0, 5e-5+1e-9) // printed to 4 decimals
	approx6dp = cmpopts.EquateApprox(0, 5e-7+1e-9) // printed to 6 decimals
	// Results of algebraically identical computations.
	approxTight = cmpopts.EquateApprox(1e-12, 1e-14)
)

const third, fifth, seventh, ninth = 1.0 / 3, 1.0 / 5, 1.0 / 7, 1.0 / 9

type refCase struct {
	name    string
	items   []string
	rows    [][]float64
	table   ahp.RandomIndexTable
	want    []float64 // eigenvector priorities
	wantTol cmp.Option
	wantCR  float64
	crTol   cmp.Option
}

func refCases() []refCase {
	drinks := [][]float64{
		{1, 9, 5, 2, 1, 1, 0.5},
		{ninth, 1, third, ninth, ninth, ninth, ninth},
		{fifth, 3, 1, third, 0.25, third, ninth},
		{0.5, 9, 3, 1, 0.5, 1, third},
		{1, 9, 4, 2, 1, 2, 0.5},
		{1, 9, 3, 1, 0.5, 1, third},
		{2, 9, 9, 3, 2, 3, 1},
	}
	drinkItems := []string{"coffee", "wine", "tea", "beer", "soda", "milk", "water"}
	leader := []string{"Moll", "Nell", "Sue"}
	car := []string{"Accord Sedan", "Accord Hybrid", "Pilot", "CR-V", "Element", "Odyssey"}
	return []refCase{
		// Saaty (2008), Int. J. Services Sciences 1(1):83-98, relative
		// consumption of drinks in the US: priorities printed to 3 decimals,
		// CR 0.022 with Saaty's (2005) RI(7) = 1.35 (as reproduced by AHPy
		// tests/test_ahp.py, test_drinks_*).
		{name: "saaty2008-drinks", items: drinkItems, rows: drinks, table: ahp.RandomIndexSaaty2005,
			want:    []float64{0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327},
			wantTol: approx3dp, wantCR: 0.022, crTol: approx3dp},
		// The same, with Donegan & Dodd RI: AHPy test_drinks_*_dd prints 4
		// decimals (CR 0.0235).
		{name: "saaty2008-drinks-dd", items: drinkItems, rows: drinks, table: ahp.RandomIndexDoneganDodd1991,
			want:    []float64{0.1775, 0.0191, 0.0418, 0.1164, 0.1896, 0.1288, 0.3268},
			wantTol: approx4dp, wantCR: 0.0235, crTol: approx4dp},
		// Wikipedia "AHP - leader example" judgments; AHPy README "Choosing
		// a leader" (precision 3, random_index='saaty' = Saaty 2005):
		// criteria weights and CR 0.044.
		{name: "leader-criteria", items: []string{"Experience", "Education", "Charisma", "Age"},
			rows: [][]float64{
				{1, 4, 3, 7},
				{0.25, 1, third, 3},
				{third, 3, 1, 5},
				{seventh, third, fifth, 1},
			}, table: ahp.RandomIndexSaaty2005,
			want: []float64{0.548, 0.127, 0.270, 0.056}, wantTol: approx3dp, wantCR: 0.044, crTol: approx3dp},
		// Same source: Experience local weights {Nell 0.717, Moll 0.217,
		// Sue 0.066}, CR 0.035.
		{name: "leader-experience", items: leader,
			rows:  [][]float64{{1, 0.25, 4}, {4, 1, 9}, {0.25, ninth, 1}},
			table: ahp.RandomIndexSaaty2005, want: []float64{0.217, 0.717, 0.066}, wantTol: approx3dp,
			wantCR: 0.035, crTol: approx3dp},
		// Same source: Education local weights {Sue 0.731, Moll 0.188,
		// Nell 0.081}, CR 0.062.
		{name: "leader-education", items: leader,
			rows:  [][]float64{{1, 3, fifth}, {third, 1, seventh}, {5, 7, 1}},
			table: ahp.RandomIndexSaaty2005, want: []float64{0.188, 0.081, 0.731}, wantTol: approx3dp,
			wantCR: 0.062, crTol: approx3dp},
		// Wikipedia "AHP - car example" judgments, results as printed by
		// AHPy tests/test_ahp.py test_compose_verbose_report (Donegan &
		// Dodd RI): Criteria {Cost 0.51, Safety 0.234, Style 0.041,
		// Capacity 0.215}, CR 0.08 (3 decimals).
		{name: "car-criteria", items: []string{"Cost", "Safety", "Style", "Capacity"},
			rows: [][]float64{
				{1, 3, 7, 3},
				{third, 1, 9, 1},
				{seventh, ninth, 1, seventh},
				{third, 1, 7, 1},
			}, table: ahp.RandomIndexDoneganDodd1991,
			want: []float64{0.510, 0.234, 0.041, 0.215}, wantTol: approx3dp, wantCR: 0.080, crTol: approx3dp},
		// Same source: Cost {Price 0.4881, Fuel 0.2515, Maintenance 0.0999,
		// Resale 0.1605}, CR 0.0164 (4 decimals).
		{name: "car-cost", items: []string{"Price", "Fuel", "Maintenance", "Resale"},
			rows: [][]float64{
				{1, 2, 5, 3},
				{0.5, 1, 2, 2},
				{fifth, 0.5, 1, 0.5},
				{third, 0.5, 2, 1},
			}, table: ahp.RandomIndexDoneganDodd1991,
			want: []float64{0.4881, 0.2515, 0.0999, 0.1605}, wantTol: approx4dp, wantCR: 0.0164, crTol: approx4dp},
		// Same source: Price {Accord Sedan 0.246, Accord Hybrid 0.025,
		// Pilot 0.025, CR-V 0.246, Element 0.366, Odyssey 0.093}, CR 0.072.
		{name: "car-price", items: car,
			rows: [][]float64{
				{1, 9, 9, 1, 0.5, 5},
				{ninth, 1, 1, ninth, ninth, seventh},
				{ninth, 1, 1, ninth, ninth, seventh},
				{1, 9, 9, 1, 0.5, 5},
				{2, 9, 9, 2, 1, 6},
				{fifth, 7, 7, fifth, 1.0 / 6, 1},
			}, table: ahp.RandomIndexDoneganDodd1991,
			want:    []float64{0.246, 0.025, 0.025, 0.246, 0.366, 0.093},
			wantTol: approx3dp, wantCR: 0.072, crTol: approx3dp},
		// Bozóki, Fülöp & Rónyai (2010), Math. Comput. Modelling
		// 52:318-333, complete 4×4 example with c/d = 3/4; weights and CR as
		// printed in the AHPy README "Missing Pairwise Comparisons"
		// (Donegan & Dodd RI): {a 0.3742, b 0.3917, c 0.0991, d 0.1349},
		// CR 0.0372.
		{name: "bozoki2010-complete", items: []string{"a", "b", "c", "d"},
			rows: [][]float64{
				{1, 1, 5, 2},
				{1, 1, 3, 4},
				{fifth, third, 1, 0.75},
				{0.5, 0.25, 4.0 / 3, 1},
			}, table: ahp.RandomIndexDoneganDodd1991,
			want:    []float64{0.3742, 0.3917, 0.0991, 0.1349},
			wantTol: approx4dp, wantCR: 0.0372, crTol: approx4dp},
	}
}

func TestPublishedPriorities(t *testing.T) {
	for _, tc := range refCases() {
		t.Run(tc.name, func(t *testing.T) {
			m, err := ahp.NewMatrix(tc.items, tc.rows, ahp.Scale{})
			if err != nil {
				t.Fatalf("NewMatrix: %v", err)
			}
			got := m.Priorities(ahp.PriorityEigen)
			if diff := cmp.Diff(tc.want, got, tc.wantTol); diff != "" {
				t.Errorf("eigen priorities mismatch (-want +got):\n%s", diff)
			}
			c, err := m.Consistency(tc.table)
			if err != nil {
				t.Fatalf("Consistency(%v): %v", tc.table, err)
			}
			if diff := cmp.Diff(tc.wantCR, c.CR, tc.crTol); diff != "" {
				t.Errorf("CR mismatch (-want +got):\n%s", diff)
			}
			if c.Table != tc.table {
				t.Errorf("Table = %v, want %v", c.Table, tc.table)
			}
		})
	}
}

// TestLeaderComputedConsistency checks the remaining two alternative
// matrices of the leader example (Charisma, Age), whose CRs the reference
// file gives as computed to 6 decimals with the Saaty (2005) RI
// (refcases/ahp/leader_hierarchy.json, verification.computed_cr), and the
// drinks example's λmax and geometric-mean priorities, computed to 6
// decimals (saaty2008_drinks_7x7.json, expected.*_computed).
func TestLeaderComputedConsistency(t *testing.T) {
	leader := []string{"Moll", "Nell", "Sue"}
	for _, tc := range []struct {
		name string
		rows [][]float64
		cr   float64
	}{
		{"charisma", [][]float64{{1, 5, 9}, {fifth, 1, 4}, {ninth, 0.25, 1}}, 0.068524},
		{"age", [][]float64{{1, third, 5}, {3, 1, 9}, {fifth, ninth, 1}}, 0.027946},
		{"experience", [][]float64{{1, 0.25, 4}, {4, 1, 9}, {0.25, ninth, 1}}, 0.035476},
		{"education", [][]float64{{1, 3, fifth}, {third, 1, seventh}, {5, 7, 1}}, 0.062392},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := ahp.NewMatrix(leader, tc.rows, ahp.Scale{})
			if err != nil {
				t.Fatal(err)
			}
			c, err := m.Consistency(ahp.RandomIndexSaaty2005)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.cr, c.CR, approx6dp); diff != "" {
				t.Errorf("CR mismatch (-want +got):\n%s", diff)
			}
			// For n = 3 the principal eigenvector equals the row geometric
			// mean exactly (Crawford & Williams 1985), so the two methods
			// must agree to rounding.
			if diff := cmp.Diff(m.Priorities(ahp.PriorityGeometricMean), m.Priorities(ahp.PriorityEigen), approxTight); diff != "" {
				t.Errorf("n=3 eigen differs from geometric mean (-gm +eigen):\n%s", diff)
			}
		})
	}
}

func TestDrinksComputed(t *testing.T) {
	tc := refCases()[0]
	m, err := ahp.NewMatrix(tc.items, tc.rows, ahp.Scale{})
	if err != nil {
		t.Fatal(err)
	}
	// saaty2008_drinks_7x7.json: lambda_max 7.176629, CI 0.029438 and GM
	// priorities, all computed (not published) to 6 decimals.
	c, err := m.Consistency(ahp.RandomIndexSaaty1980)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]float64{7.176629, 0.029438, 1.32}, []float64{c.LambdaMax, c.CI, c.RI}, approx6dp); diff != "" {
		t.Errorf("λmax, CI, RI mismatch (-want +got):\n%s", diff)
	}
	gm := []float64{0.178723, 0.018461, 0.042234, 0.116498, 0.191136, 0.128625, 0.324323}
	if diff := cmp.Diff(gm, m.Priorities(ahp.PriorityGeometricMean), approx6dp); diff != "" {
		t.Errorf("GM priorities mismatch (-want +got):\n%s", diff)
	}
}

// TestRandomIndexTables checks every value of the four tables against
// refcases/ahp/random_index_tables.json (exact: the tables are constants).
func TestRandomIndexTables(t *testing.T) {
	tables := map[ahp.RandomIndexTable]map[int]float64{
		// Saaty (1980), The Analytic Hierarchy Process, n = 1..15.
		ahp.RandomIndexSaaty1980: {1: 0, 2: 0, 3: 0.58, 4: 0.9, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41, 9: 1.45,
			10: 1.49, 11: 1.51, 12: 1.48, 13: 1.56, 14: 1.57, 15: 1.59},
		// Saaty (2005), Theory and Applications of the ANP, p. 31.
		ahp.RandomIndexSaaty2005: {1: 0, 2: 0, 3: 0.52, 4: 0.89, 5: 1.11, 6: 1.25, 7: 1.35, 8: 1.4, 9: 1.45,
			10: 1.49, 11: 1.52, 12: 1.54, 13: 1.56, 14: 1.58, 15: 1.59},
		// Donegan & Dodd (1991), Math. Comput. Modelling 15(10):135-137.
		ahp.RandomIndexDoneganDodd1991: {1: 0, 2: 0, 3: 0.4914, 4: 0.8286, 5: 1.0591, 6: 1.1797, 7: 1.2519,
			8: 1.3171, 9: 1.3733, 10: 1.4055, 11: 1.4213, 12: 1.4497, 13: 1.4643, 14: 1.4822,
			15: 1.4969, 16: 1.5078, 17: 1.5153, 18: 1.5262, 19: 1.5313, 20: 1.5371, 25: 1.5619,
			30: 1.5772, 40: 1.5976, 50: 1.6102, 60: 1.6178, 70: 1.6237, 80: 1.6277, 90: 1.6213,
			100: 1.6339},
		// Alonso & Lamata (2006), IJUFKS 14(4):445-459.
		ahp.RandomIndexAlonsoLamata2006: {1: 0, 2: 0, 3: 0.5245, 4: 0.8815, 5: 1.1086, 6: 1.2479, 7: 1.3417,
			8: 1.4056, 9: 1.4499, 10: 1.4854, 11: 1.5141, 12: 1.5365, 13: 1.5551, 14: 1.5713,
			15: 1.5838},
	}
	for table, want := range tables {
		t.Run(table.String(), func(t *testing.T) {
			for n, ri := range want {
				got, err := table.RI(n)
				if err != nil || got != ri {
					t.Errorf("%v.RI(%d) = %v, %v; want %v, nil", table, n, got, err, ri)
				}
			}
		})
	}
	// Donegan-Dodd between listed orders: linear interpolation, as in AHPy.
	for _, tc := range []struct {
		n    int
		want float64
	}{
		{21, 1.5371 + 0.2*(1.5619-1.5371)},
		{22, 1.5371 + 0.4*(1.5619-1.5371)},
		{35, (1.5772 + 1.5976) / 2},
		{95, (1.6213 + 1.6339) / 2},
	} {
		got, err := ahp.RandomIndexDoneganDodd1991.RI(tc.n)
		if err != nil || math.Abs(got-tc.want) > 1e-15 {
			t.Errorf("DoneganDodd1991.RI(%d) = %v, %v; want %v", tc.n, got, err, tc.want)
		}
	}
}

func TestRandomIndexTableNames(t *testing.T) {
	for _, table := range []ahp.RandomIndexTable{ahp.RandomIndexSaaty1980, ahp.RandomIndexSaaty2005, ahp.RandomIndexDoneganDodd1991, ahp.RandomIndexAlonsoLamata2006} {
		got, err := ahp.ParseRandomIndexTable(table.String())
		if err != nil || got != table {
			t.Errorf("ParseRandomIndexTable(%q) = %v, %v; want %v", table.String(), got, err, table)
		}
	}
	var zero ahp.RandomIndexTable
	if zero != ahp.RandomIndexSaaty1980 || zero.String() != "saaty1980" {
		t.Errorf("zero RandomIndexTable = %v, want saaty1980", zero)
	}
	for _, name := range []string{"eigen", "geometric"} {
		p, err := ahp.ParsePriorityMethod(name)
		if err != nil || p.String() != name {
			t.Errorf("ParsePriorityMethod(%q) = %v, %v", name, p, err)
		}
	}
}

// TestRightLeftAsymmetry records that the eigenvector ranking is not
// reversed by transposing the matrix (inverting every judgment), the flaw
// pointed out by Johnson, Beine & Wang (1979), J. Math. Psychology
// 19:61-64, while the geometric mean ranking always is. The matrix was found
// by a one-off random search over 4×4 and 5×5 Saaty-scale matrices for the
// most consistent counterexample with eigenvector gaps above 0.005; it is
// acceptably consistent (CR 0.052 with Saaty 1980).
func TestRightLeftAsymmetry(t *testing.T) {
	m, err := ahp.NewMatrixFromJudgments([]string{"a", "b", "c", "d"}, []ahp.Judgment{
		{A: "a", B: "b", Value: 5}, {A: "a", B: "c", Value: 1}, {A: "a", B: "d", Value: 3},
		{A: "b", B: "c", Value: 1.0 / 8}, {A: "b", B: "d", Value: 1.0 / 6}, {A: "c", B: "d", Value: 2},
	}, ahp.Scale{})
	if err != nil {
		t.Fatal(err)
	}
	const a, c = 0, 2
	// Every gap is at least 0.001, far above the solver's 1e-14.
	const gap = 0.001
	w, wt := m.Priorities(ahp.PriorityEigen), m.Transpose().Priorities(ahp.PriorityEigen)
	if !(w[a]-w[c] > gap && wt[a]-wt[c] > gap) {
		t.Errorf("eigen: want a over c in A (%.4f, %.4f) and in Aᵀ (%.4f, %.4f)", w[a], w[c], wt[a], wt[c])
	}
	g, gt := m.Priorities(ahp.PriorityGeometricMean), m.Transpose().Priorities(ahp.PriorityGeometricMean)
	if !(g[c]-g[a] > gap && gt[a]-gt[c] > gap) {
		t.Errorf("geometric mean: want c over a in A (%.4f, %.4f) and a over c in Aᵀ (%.4f, %.4f)", g[c], g[a], gt[a], gt[c])
	}
	cons, err := m.Consistency(ahp.RandomIndexSaaty1980)
	if err != nil || cons.CR >= 0.1 {
		t.Errorf("CR = %v, %v; want < 0.1", cons.CR, err)
	}
}
