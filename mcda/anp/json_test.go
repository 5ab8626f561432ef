package anp

import (
	"context"
	"errors"
	"math"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/balancer-mcda/balancer/mcda"
)

// TestReadNetwork checks that the file form of the feedback network gives
// the network built literally.
func TestReadNetwork(t *testing.T) {
	nw := readNetworkFile(t, "testdata/car.json")
	want := feedback()
	want.Comparisons[2].Judgments[0].Rationale = "a better car costs more to make"
	if diff := cmp.Diff(want, nw, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestReadDematel(t *testing.T) {
	f, err := os.Open("testdata/suppliers.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := ReadDematel(f)
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Experts[1].Matrix[1][2]; got != 3 {
		t.Errorf(`"high influence" read as %v, want 3`, got)
	}
	if len(s.Dimensions) != 2 || s.Options.Normalization != NormalizationMaxRowColumn || s.Options.Threshold != nil {
		t.Errorf("study = %+v", s)
	}
}

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct {
		doc, field string
		err        error
	}{
		{`{"clusters": [], "extra": 1}`, "extra", mcda.ErrUnknownField},
		{`{}`, "clusters", mcda.ErrMissingField},
		{`{"clusters": [{"name": 3}]}`, "clusters.name", nil},
		{`{"clusters": []} {}`, "", nil},
		{`{"clusters": [], "comparisons": [{"judgments": [["a", "b"]]}]}`, "", errJudgment},
	} {
		_, err := ReadNetwork(strings.NewReader(tc.doc))
		var pe *mcda.ParseError
		if !errors.As(err, &pe) || pe.Field != tc.field || (tc.err != nil && !errors.Is(err, tc.err)) {
			t.Errorf("%s: err = %v, want field %q, %v", tc.doc, err, tc.field, tc.err)
		}
	}
	for _, tc := range []struct {
		doc, field string
	}{
		{`{"experts": []}`, "factors"},
		{`{"factors": ["a"]}`, "experts"},
		{`{"factors": ["a"], "experts": [{"matrix": [["strong"]]}]}`, "experts[0].matrix[0][0]"},
		{`{"factors": ["a"], "experts": [{"matrix": [[""]]}]}`, "experts[0].matrix[0][0]"},
		{`{"factors": ["a"], "experts": [], "normalization": "max"}`, "normalization"},
	} {
		_, err := ReadDematel(strings.NewReader(tc.doc))
		var pe *mcda.ParseError
		if !errors.As(err, &pe) || pe.Field != tc.field {
			t.Errorf("%s: err = %v, want field %q", tc.doc, err, tc.field)
		}
	}
}

// noNaN fails if any priority or DEMATEL output is NaN or infinite.
func noNaN(t *testing.T, vs ...[]float64) {
	for _, v := range vs {
		for _, x := range v {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				t.Fatalf("result %v", v)
			}
		}
	}
}

var extremes = []string{"1e308", "-1e308", "5e-324", "-0", "9007199254740992", "0", "1e-308"}

func FuzzReadNetwork(f *testing.F) {
	b, err := os.ReadFile("testdata/car.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b))
	for _, x := range extremes {
		f.Add(strings.ReplaceAll(string(b), "0.25", x))
		f.Add(`{"clusters": [{"name": "c", "nodes": ["a", "b"]}], "comparisons": [{"node": "a", "cluster": "c", "nodes": ["a", "b"], "judgments": [["a", "b", ` + x + `]]}]}`)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		nw, err := ReadNetwork(strings.NewReader(doc))
		if err != nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		res, err := nw.Evaluate(ctx, Options{})
		if errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("more than 10 s on %q", doc)
		}
		if err != nil {
			return
		}
		noNaN(t, res.Priorities, res.Normalized, res.Weighted.RawMatrix().Data, res.Limit.Matrix.RawMatrix().Data)
	})
}

func FuzzReadDematel(f *testing.F) {
	b, err := os.ReadFile("testdata/suppliers.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b))
	for _, x := range extremes {
		f.Add(strings.ReplaceAll(string(b), "[0, 3, 2, 1]", "[0, "+x+", 2, "+x+"]"))
		f.Add(`{"factors": ["a", "b"], "experts": [{"matrix": [[0, ` + x + `], [` + x + `, 0]]}], "threshold": ` + x + `}`)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		s, err := ReadDematel(strings.NewReader(doc))
		if err != nil {
			return
		}
		d, err := Dematel(s.Factors, s.Matrices(), s.Options)
		if err != nil {
			return
		}
		noNaN(t, []float64{d.Scale, d.Threshold}, d.D, d.R, d.Prominence, d.Relation, d.Total.RawMatrix().Data)
		if len(s.Dimensions) == 0 {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		r, err := Danp(ctx, d, s.Dimensions, LimitOptions{})
		if errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("more than 10 s on %q", doc)
		}
		if err == nil {
			noNaN(t, r.Weights)
		}
	})
}

// readNetworkFile reads the network file at path, failing the test on an
// error.
func readNetworkFile(t *testing.T, path string) *Network {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	nw, err := ReadNetwork(f)
	if err != nil {
		t.Fatal(err)
	}
	return nw
}
