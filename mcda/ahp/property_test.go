package ahp_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda/ahp"
)

// The solver converges to 1e-14 on the normalized vector; summation order
// changes (permutations, transposition) move results by a few ulps.
var approxSolver = cmpopts.EquateApprox(1e-9, 1e-12)

var methods = []ahp.PriorityMethod{ahp.PriorityEigen, ahp.PriorityGeometricMean}

func names(n int) []string {
	items := make([]string, n)
	for i := range items {
		items[i] = fmt.Sprintf("i%d", i)
	}
	return items
}

// genMatrix draws a reciprocal matrix of order 1..12 with Saaty-scale
// judgments.
func genMatrix(t *rapid.T) *ahp.Matrix { return genSaatyMatrix(t, 1, 12) }

// genSaatyMatrix draws a reciprocal matrix of order lo..hi with
// Saaty-scale judgments.
func genSaatyMatrix(t *rapid.T, lo, hi int) *ahp.Matrix {
	n := rapid.IntRange(lo, hi).Draw(t, "n")
	items := names(n)
	var js []ahp.Judgment
	for i := range n {
		for j := i + 1; j < n; j++ {
			v := rapid.SampledFrom(saatyValues).Draw(t, fmt.Sprintf("a[%d][%d]", i, j))
			js = append(js, ahp.Judgment{A: items[i], B: items[j], Value: v})
		}
	}
	m, err := ahp.NewIncompleteMatrixFromJudgments(items, js, ahp.Scale{})
	if err != nil {
		t.Fatalf("FromJudgments: %v", err)
	}
	return m
}

func TestPriorityProperties(t *testing.T) {
	t.Run("PositiveSumToOne", rapid.MakeCheck(propPositiveSumToOne))
	t.Run("ConsistentMatrixRecoversWeights", rapid.MakeCheck(propConsistent))
	t.Run("TransposeReversesGeometricMean", rapid.MakeCheck(propTransposeGM))
	t.Run("PermutationEquivariance", rapid.MakeCheck(propPermutation))
	t.Run("LambdaMaxAtLeastN", rapid.MakeCheck(propLambdaMax))
}

// Property: for every positive reciprocal matrix, both methods give
// priorities that are positive and sum to 1 within 1e-12.
func propPositiveSumToOne(t *rapid.T) {
	m := genMatrix(t)
	for _, method := range methods {
		w := m.Priorities(method)
		sum := 0.0
		for i, v := range w {
			if !(v > 0) {
				t.Fatalf("%v: w[%d] = %v, want > 0", method, i, v)
			}
			sum += v
		}
		if math.Abs(sum-1) > 1e-12 {
			t.Fatalf("%v: Σw = %v, want 1", method, sum)
		}
	}
}

// Property: a consistent matrix a_ij = v_i/v_j with v_i in [0.1, 10] gives
// back v/Σv by both methods, and |CR| <= 1e-9.
func propConsistent(t *rapid.T) {
	n := rapid.IntRange(1, 15).Draw(t, "n")
	v := make([]float64, n)
	sum := 0.0
	for i := range v {
		v[i] = rapid.Float64Range(0.1, 10).Draw(t, fmt.Sprintf("v[%d]", i))
		sum += v[i]
	}
	rows := make([][]float64, n)
	for i := range rows {
		rows[i] = make([]float64, n)
		for j := range rows[i] {
			rows[i][j] = v[i] / v[j]
		}
	}
	m, err := ahp.NewMatrix(names(n), rows, ahp.Scale{Min: 0.01, Max: 100})
	if err != nil {
		t.Fatalf("NewMatrix: %v", err)
	}
	want := make([]float64, n)
	for i := range want {
		want[i] = v[i] / sum
	}
	for _, method := range methods {
		if diff := cmp.Diff(want, m.Priorities(method), approxSolver); diff != "" {
			t.Fatalf("%v priorities (-want +got):\n%s", method, diff)
		}
	}
	c, err := m.Consistency(ahp.RandomIndexSaaty1980)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(c.CR) > 1e-9 || math.Abs(c.CI) > 1e-9 {
		t.Fatalf("consistent matrix: CI = %v, CR = %v; want |·| <= 1e-9", c.CI, c.CR)
	}
}

// Property: transposing a matrix reverses the geometric mean order: for
// every pair whose priorities differ by more than 1e-12 relative (far above
// the few-ulp rounding of the log sums), w_i > w_j implies wᵀ_i < wᵀ_j. In
// fact wᵀ_i ∝ 1/w_i.
func propTransposeGM(t *rapid.T) {
	m := genMatrix(t)
	w := m.Priorities(ahp.PriorityGeometricMean)
	wt := m.Transpose().Priorities(ahp.PriorityGeometricMean)
	for i := range w {
		for j := range w {
			if w[i] > w[j]*(1+1e-12) && !(wt[i] < wt[j]) {
				t.Fatalf("w[%d]=%v > w[%d]=%v but wᵀ: %v >= %v", i, w[i], j, w[j], wt[i], wt[j])
			}
		}
	}
}

// Property: permuting the items (rows and columns together) permutes the
// priorities and leaves λmax unchanged, for both methods.
func propPermutation(t *rapid.T) {
	m := genMatrix(t)
	n := m.Len()
	perm := rapid.Permutation(identity(n)).Draw(t, "perm")
	items := m.Items()
	pItems := make([]string, n)
	rows := make([][]float64, n)
	for i := range n {
		pItems[i] = items[perm[i]]
		rows[i] = make([]float64, n)
		for j := range n {
			rows[i][j] = m.At(perm[i], perm[j])
		}
	}
	p, err := ahp.NewMatrix(pItems, rows, ahp.Scale{})
	if err != nil {
		t.Fatalf("NewMatrix: %v", err)
	}
	for _, method := range methods {
		w, pw := m.Priorities(method), p.Priorities(method)
		want := make([]float64, n)
		for i := range n {
			want[i] = w[perm[i]]
		}
		if diff := cmp.Diff(want, pw, approxSolver); diff != "" {
			t.Fatalf("%v permuted priorities (-want +got):\n%s", method, diff)
		}
	}
	if diff := cmp.Diff(m.LambdaMax(), p.LambdaMax(), approxSolver); diff != "" {
		t.Fatalf("λmax (-want +got):\n%s", diff)
	}
}

// Property: λmax >= n (Saaty 1977), so CI and CR are never negative.
func propLambdaMax(t *rapid.T) {
	m := genMatrix(t)
	c, err := m.Consistency(ahp.RandomIndexDoneganDodd1991)
	if err != nil {
		t.Fatal(err)
	}
	if c.LambdaMax < float64(m.Len()) || c.CI < 0 || c.CR < 0 {
		t.Fatalf("n = %d: %+v", m.Len(), c)
	}
}

func identity(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return p
}

// judgmentMachine builds a matrix judgment by judgment and checks the
// constructor against a model map.
type judgmentMachine struct {
	items []string
	model map[[2]int]float64 // i < j → a_ij
	js    []ahp.Judgment
}

// Judge adds a judgment of a pair not yet judged, in a random orientation.
func (sm *judgmentMachine) Judge(t *rapid.T) {
	n := len(sm.items)
	i := rapid.IntRange(0, n-1).Draw(t, "i")
	j := rapid.IntRange(0, n-1).Draw(t, "j")
	if i == j {
		t.Skip("self-comparison")
	}
	lo, hi := min(i, j), max(i, j)
	if _, ok := sm.model[[2]int{lo, hi}]; ok {
		t.Skip("already judged")
	}
	v := rapid.SampledFrom(saatyValues).Draw(t, "v")
	sm.js = append(sm.js, ahp.Judgment{A: sm.items[i], B: sm.items[j], Value: v})
	if i < j {
		sm.model[[2]int{i, j}] = v
	} else {
		sm.model[[2]int{j, i}] = 1 / v
	}
}

// Check: the matrix builds exactly when the judgments connect every item,
// then matches the model and its priorities sum to 1.
func (sm *judgmentMachine) Check(t *rapid.T) {
	m, err := ahp.NewIncompleteMatrixFromJudgments(sm.items, sm.js, ahp.Scale{})
	if !connected(len(sm.items), sm.model) {
		var de *ahp.DisconnectedError
		if !errorsAs(err, &de) {
			t.Fatalf("disconnected judgments: err = %v; want a *DisconnectedError", err)
		}
		return
	}
	if err != nil {
		t.Fatalf("connected judgments: %v", err)
	}
	for k, v := range sm.model {
		i, j := k[0], k[1]
		// The judged entry is stored as given and its mirror as 1/v, so
		// the model value is exact and the product is 1 to rounding.
		if m.At(i, j) != v || math.Abs(m.At(i, j)*m.At(j, i)-1) > 1e-15 {
			t.Fatalf("a[%d][%d] = %v, a[%d][%d] = %v; model %v", i, j, m.At(i, j), j, i, m.At(j, i), v)
		}
	}
	sum := 0.0
	for _, w := range m.Priorities(ahp.PriorityEigen) {
		sum += w
	}
	if math.Abs(sum-1) > 1e-12 {
		t.Fatalf("Σw = %v", sum)
	}
}

// connected reports whether the judged pairs link all n items.
func connected(n int, judged map[[2]int]float64) bool {
	seen := make([]bool, n)
	stack := []int{0}
	seen[0] = true
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for k := range judged {
			for _, next := range [][2]int{{k[0], k[1]}, {k[1], k[0]}} {
				if next[0] == i && !seen[next[1]] {
					seen[next[1]] = true
					stack = append(stack, next[1])
				}
			}
		}
	}
	for _, s := range seen {
		if !s {
			return false
		}
	}
	return true
}

func TestJudgmentStateMachine(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 6).Draw(t, "n")
		t.Repeat(rapid.StateMachineActions(&judgmentMachine{items: names(n), model: map[[2]int]float64{}}))
	})
}
