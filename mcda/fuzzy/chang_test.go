package fuzzy

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda/ahp"
)

// multiAHPy's 3×3 matrix (see TestBuckleyMultiAHPy).
var threeByThree = [][]TFN{
	{{1, 1, 1}, {2, 3, 4}, {3, 4, 5}},
	{{1.0 / 4, 1.0 / 3, 1.0 / 2}, {1, 1, 1}, {1, 2, 3}},
	{{1.0 / 5, 1.0 / 4, 1.0 / 3}, {1.0 / 3, 1.0 / 2, 1}, {1, 1, 1}},
}

// TestChangZeroWeight checks Chang's (1996) extent analysis step by step on
// multiAHPy's 3×3 matrix and shows Wang, Luo & Hua's (2008) finding on it:
// the third item, whose judgments give it a Buckley weight of 0.145, gets
// weight exactly 0 because its extent lies wholly below the first's.
//
// Row sums (6, 8, 10), (9/4, 10/3, 9/2), (23/15, 7/4, 7/3); totals
// (587/60, 157/12, 101/6); S_i = (l_i/ΣU, m_i/ΣM, u_i/ΣL);
// V(S2 >= S1) = (l1 − u2) / ((m2 − u2) − (m1 − l1)) = 0.22496;
// V(S3 >= S1) = 0 since l1 = 0.3564 >= u3 = 0.2385. Weights d/Σd.
func TestChangZeroWeight(t *testing.T) {
	m, err := NewMatrix([]string{"a", "b", "c"}, threeByThree)
	if err != nil {
		t.Fatal(err)
	}
	res := Chang(m)
	sumL, sumM, sumU := 587.0/60, 157.0/12, 101.0/6
	wantS := [][3]float64{
		{6 / sumU, 8 / sumM, 10 / sumL},
		{2.25 / sumU, (10.0 / 3) / sumM, 4.5 / sumL},
		{(23.0 / 15) / sumU, 1.75 / sumM, (7.0 / 3) / sumL},
	}
	if diff := cmp.Diff(wantS, triples(res.Extents), cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("extents (-want +got):\n%s", diff)
	}
	s1, s2 := wantS[0], wantS[1]
	v21 := (s1[0] - s2[2]) / ((s2[1] - s2[2]) - (s1[1] - s1[0]))
	if diff := cmp.Diff([]float64{1, v21, 0}, res.D, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("d (-want +got):\n%s", diff)
	}
	if math.Abs(v21-0.22496) > 5e-6 {
		t.Errorf("V(S2 >= S1) = %v, by hand 0.22496", v21)
	}
	if diff := cmp.Diff([]float64{1 / (1 + v21), v21 / (1 + v21), 0}, res.Weights, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("weights (-want +got):\n%s", diff)
	}
	// The third item matters by its own judgments: Buckley weighs it 0.145.
	b, err := Buckley(m, DefuzzificationCentroid, ahp.RandomIndexSaaty1980)
	if err != nil {
		t.Fatal(err)
	}
	if res.Weights[2] != 0 || !(b.Weights[2] > 0.14) {
		t.Errorf("item c: Chang %v, Buckley %v; want Chang exactly 0 and Buckley above 0.14", res.Weights[2], b.Weights[2])
	}
}

// Property: with crisp judgments extent analysis gives the best item
// weight 1 and every other 0 (the degenerate case of Wang, Luo & Hua's
// finding), whatever the judgments say about their relative importance.
func TestChangCrisp(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		items, rows := drawCrisp(t)
		m, err := NewMatrix(items, crispTFN(rows))
		if err != nil {
			t.Fatal(err)
		}
		res := Chang(m)
		best := 0
		for i := range res.Extents {
			if res.Extents[i].M > res.Extents[best].M {
				best = i
			}
		}
		var sum float64
		for i, w := range res.Weights {
			sum += w
			if res.Extents[i].M < res.Extents[best].M && w != 0 {
				t.Fatalf("item %d below the best has weight %v", i, w)
			}
		}
		if math.Abs(sum-1) > 1e-12 {
			t.Fatalf("weights sum to %v", sum)
		}
	})
}
