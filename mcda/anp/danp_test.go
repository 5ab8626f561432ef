package anp

import (
	"context"
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// TestDanpClosedForm checks DANP on the 2×2 fixture of spectralDEMATEL,
// whose T = [[1, 2], [1, 1]] is exact. With one dimension, W is the
// transpose of T with rows divided by their sums, [[1/3, 1/2], [2/3, 1/2]],
// whose stationary vector is (3/7, 4/7). With each factor its own
// dimension, T_D = T, T_D^α = [[1/3, 2/3], [1/2, 1/2]], W^α = (T_D^α)ᵀ and
// the weights are again (3/7, 4/7).
func TestDanpClosedForm(t *testing.T) {
	d, err := Dematel([]string{"x", "y"}, [][][]float64{{{0, 2}, {1, 0}}}, DematelOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{3.0 / 7, 4.0 / 7}
	for _, dims := range [][]Dimension{
		{{Name: "all", Factors: []string{"x", "y"}}},
		{{Name: "X", Factors: []string{"x"}}, {Name: "Y", Factors: []string{"y"}}},
	} {
		res, err := Danp(context.Background(), d, dims, LimitOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, res.Weights, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
			t.Errorf("%d dimensions: weights (-want +got):\n%s", len(dims), diff)
		}
	}
	// Two dimensions reorder the factors dimension by dimension.
	res, err := Danp(context.Background(), d, []Dimension{{Name: "Y", Factors: []string{"y"}}, {Name: "X", Factors: []string{"x"}}}, LimitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"y", "x"}, res.Factors); diff != "" {
		t.Errorf("factors (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]float64{4.0 / 7, 3.0 / 7}, res.Weights, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("reordered weights (-want +got):\n%s", diff)
	}
}

func TestDanpErrors(t *testing.T) {
	d, _ := Dematel([]string{"x", "y"}, [][][]float64{{{0, 2}, {1, 0}}}, DematelOptions{})
	var ne *NetworkError
	for _, tc := range []struct {
		dims []Dimension
		err  error
	}{
		{nil, mcda.ErrEmpty},
		{[]Dimension{{Name: "A", Factors: []string{"x"}}}, ErrUnknown},
		{[]Dimension{{Name: "A", Factors: []string{"x", "z"}}}, ErrUnknown},
		{[]Dimension{{Name: "A", Factors: []string{"x", "y"}}, {Name: "B", Factors: []string{"y"}}}, ErrDuplicate},
		{[]Dimension{{Name: "A", Factors: []string{"x"}}, {Name: "A", Factors: []string{"y"}}}, mcda.ErrDuplicateName},
		{[]Dimension{{Name: "A"}}, mcda.ErrEmpty},
	} {
		_, err := Danp(context.Background(), d, tc.dims, LimitOptions{})
		if !errors.Is(err, tc.err) || !errors.As(err, &ne) {
			t.Errorf("%v: err = %v, want %v", tc.dims, err, tc.err)
		}
	}
}

func TestDanpProperties(t *testing.T) {
	// Property: DANP weights are non-negative and sum to 1 for any
	// grouping of the factors into dimensions.
	t.Run("weights stochastic", rapid.MakeCheck(func(t *rapid.T) {
		f, x := drawDematel(t)
		d, err := Dematel(f, x, DematelOptions{})
		if err != nil {
			t.Skip(err)
		}
		k := rapid.IntRange(1, len(f)).Draw(t, "dimensions")
		dims := make([]Dimension, k)
		for i := range dims {
			dims[i].Name = string(rune('A' + i))
		}
		for i, name := range f {
			g := i % k
			dims[g].Factors = append(dims[g].Factors, name)
		}
		res, err := Danp(context.Background(), d, dims, LimitOptions{})
		if err != nil {
			t.Fatal(err)
		}
		var s float64
		for _, w := range res.Weights {
			if w < 0 || math.IsNaN(w) {
				t.Fatalf("weight %v", w)
			}
			s += w
		}
		if math.Abs(s-1) > 1e-9 {
			t.Fatalf("weights sum to %v", s)
		}
	}))
}
