package value

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"strconv"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
	"pgregory.net/rapid"
)

// TestSMARTERPublished checks SMARTER's weights against the rank-order
// centroid weights published by Edwards & Barron (1994) and Barron &
// Barrett (1996) to four decimals (n = 3, 4, 5), from
// /work/shared/refcases/mavt (copied to testdata), within half a unit of
// the fourth decimal.
func TestSMARTERPublished(t *testing.T) {
	data, err := os.ReadFile("testdata/smarter_rank_weights.json")
	if err != nil {
		t.Fatal(err)
	}
	var c struct {
		Expected struct {
			ROC map[string][]float64 `json:"roc_published_4dp"`
		} `json:"expected"`
		Tolerance map[string]float64 `json:"tolerance"`
	}
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	tol := c.Tolerance["roc_published_4dp"]
	if len(c.Expected.ROC) != 3 || tol != 5e-5 {
		t.Fatalf("reference case not read: %+v", c)
	}
	for key, want := range c.Expected.ROC {
		n, _ := strconv.Atoi(key)
		ranks := make([]int, n)
		for j := range ranks {
			ranks[j] = j + 1
		}
		got, err := SMARTERWeights(ranks)
		if err != nil {
			t.Fatal(err)
		}
		for j := range want {
			if math.Abs(got[j]-want[j]) > tol {
				t.Errorf("n = %d: w_%d = %v, published %v", n, j+1, got[j], want[j])
			}
		}
	}
}

// TestSwingWeights works von Winterfeldt & Edwards's (1986, §8.4)
// normalisation by hand: swings of 100, 80 and 30 points give 100/210,
// 80/210 and 30/210.
func TestSwingWeights(t *testing.T) {
	for _, f := range []func([]float64) ([]float64, error){SwingWeights, SMARTWeights, DirectWeights} {
		w, err := f([]float64{100, 80, 30})
		if err != nil {
			t.Fatal(err)
		}
		for j, want := range []float64{100.0 / 210, 80.0 / 210, 30.0 / 210} {
			if math.Abs(w[j]-want) > 1e-15 {
				t.Errorf("w_%d = %v, want %v", j, w[j], want)
			}
		}
		for _, bad := range [][]float64{nil, {0, 0}, {1, -1}, {math.NaN(), 1}, {math.Inf(1), 1}} {
			_, err := f(bad)
			if !errors.Is(err, mcda.ErrWeight) && !errors.Is(err, mcda.ErrEmpty) {
				t.Errorf("%v: %v", bad, err)
			}
		}
		for _, extreme := range [][]float64{{1e308, 1e308, 1e308}, {5e-324, 5e-324}, {5e-324, 1e308}} {
			w, err := f(extreme)
			if err != nil {
				t.Fatal(err)
			}
			var s float64
			for _, v := range w {
				if math.IsNaN(v) {
					t.Fatalf("%v: NaN", extreme)
				}
				s += v
			}
			if math.Abs(s-1) > 1e-15 {
				t.Errorf("%v: weights sum to %v", extreme, s)
			}
		}
	}
	var ce *mcda.CriterionError
	if _, err := SwingWeights([]float64{1, -1}); !errors.As(err, &ce) || ce.Index != 1 {
		t.Errorf("negative points: %v, want criterion 1", err)
	}
}

func TestWeightProperties(t *testing.T) {
	// Property: swing weights are proportional to the points and sum to 1.
	t.Run("proportional", rapid.MakeCheck(func(t *rapid.T) {
		p := rapid.SliceOfN(rapid.Float64Range(0, 100), 1, 12).Draw(t, "points")
		p[0] = 100
		w, err := SwingWeights(p)
		if err != nil {
			t.Fatal(err)
		}
		var s float64
		for j := range w {
			s += w[j]
			if math.Abs(w[j]/w[0]-p[j]/100) > 1e-12 {
				t.Fatalf("w_%d/w_0 = %v, points ratio %v", j, w[j]/w[0], p[j]/100)
			}
		}
		if math.Abs(s-1) > 1e-12 {
			t.Fatalf("sum %v", s)
		}
	}))
}
