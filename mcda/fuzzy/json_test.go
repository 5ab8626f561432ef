package fuzzy

import (
	"errors"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
)

func TestReadAHP(t *testing.T) {
	f, err := os.Open("testdata/criteria.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := ReadAHP(f)
	if err != nil {
		t.Fatal(err)
	}
	m, err := NewMatrixFromJudgments(doc.Items, doc.Judgments)
	if err != nil {
		t.Fatal(err)
	}
	// The file is multiAHPy's 3×3 matrix.
	want, _ := NewMatrix(doc.Items, threeByThree)
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			a, b := m.At(i, j), want.At(i, j)
			if math.Abs(a.L-b.L) > 1e-15 || math.Abs(a.M-b.M) > 1e-15 || math.Abs(a.U-b.U) > 1e-15 {
				t.Errorf("a[%d][%d] = %v, want %v", i, j, a, b)
			}
		}
	}
	if doc.Rationales[2] == "" {
		t.Error("rationale lost")
	}
	terms, err := ReadAHP(strings.NewReader(`{"items": ["a", "b"], "judgments": [["a", "b", "Very Strong"]]}`))
	if err != nil || terms.Judgments[0].Value != (TFN{6, 7, 8}) {
		t.Errorf("term: %v, %v", terms, err)
	}
}

func TestReadTOPSIS(t *testing.T) {
	f, err := os.Open("testdata/hiring.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := ReadTOPSIS(f)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"D1", "D2", "D3"}, p.DecisionMakers); diff != "" {
		t.Errorf("decision makers (-want +got):\n%s", diff)
	}
	q, err := ReadTOPSIS(strings.NewReader(`{"alternatives": ["x"], "criteria": [{"name": "c"}], "weight_scale": "importance5", "rating_scale": "ratings5",
		"decision_makers": [{"weights": ["Very important"], "ratings": [["good"]]}]}`))
	if err != nil || q.Weights[0][0] != (TFN{0.75, 1, 1}) || q.Ratings[0][0][0] != (TFN{5, 7.5, 10}) {
		t.Errorf("five-term scales: %+v, %v", q, err)
	}
	if p.Weights[0][0] != (TFN{0.7, 0.9, 1}) || p.Ratings[1][0][0] != (TFN{7, 9, 10}) || p.Ratings[2][1][0] != (TFN{5, 7, 9}) || p.Criteria[3].Objective != mcda.ObjectiveCost {
		t.Errorf("read %+v", p)
	}
}

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct {
		doc, field string
	}{
		{`{"judgments": []}`, "items"},
		{`{"items": ["a"], "scale": "huge"}`, "scale"},
		{`{"items": ["a", "b"], "judgments": [["a", "b", "enormous"]]}`, "judgments[0].value"},
		{`{"items": ["a", "b"], "judgments": [["a", "b", [1, 2]]]}`, "judgments[0][2]"},
		{`{"items": ["a"], "extra": 1}`, "extra"},
	} {
		_, err := ReadAHP(strings.NewReader(tc.doc))
		var pe *mcda.ParseError
		if !errors.As(err, &pe) || pe.Field != tc.field {
			t.Errorf("%s: err = %v, want field %q", tc.doc, err, tc.field)
		}
	}
	for _, tc := range []struct {
		doc, field string
	}{
		{`{"alternatives": ["a"], "criteria": []}`, "decision_makers"},
		{`{"alternatives": ["a"], "criteria": [{"name": "c", "type": "max"}], "decision_makers": []}`, "criteria[0].type"},
		{`{"alternatives": ["a"], "criteria": [], "decision_makers": [], "ideal": "best"}`, "ideal"},
		{`{"alternatives": ["a"], "criteria": [], "decision_makers": [{"weights": ["big"]}]}`, "decision_makers[0].weights[0]"},
	} {
		_, err := ReadTOPSIS(strings.NewReader(tc.doc))
		var pe *mcda.ParseError
		if !errors.As(err, &pe) || pe.Field != tc.field {
			t.Errorf("%s: err = %v, want field %q", tc.doc, err, tc.field)
		}
	}
}

var extremes = []string{"1e308", "-1e308", "5e-324", "-0", "9007199254740992", "0"}

func finite(t *testing.T, vs []float64) {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("result %v", vs)
		}
	}
}

func FuzzReadAHP(f *testing.F) {
	b, err := os.ReadFile("testdata/criteria.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b))
	for _, x := range extremes {
		f.Add(strings.ReplaceAll(string(b), "[2, 3, 4]", "["+x+", 3, "+x+"]"))
		f.Add(`{"items": ["a", "b"], "judgments": [["a", "b", ` + x + `]]}`)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		d, err := ReadAHP(strings.NewReader(doc))
		if err != nil {
			return
		}
		m, err := NewMatrixFromJudgments(d.Items, d.Judgments)
		if err != nil {
			return
		}
		res, err := Buckley(m, DefuzzificationCentroid, ahp.RandomIndexSaaty1980)
		if err == nil {
			finite(t, res.Weights)
		}
		finite(t, Chang(m).Weights)
	})
}

func FuzzReadTOPSIS(f *testing.F) {
	b, err := os.ReadFile("testdata/hiring.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(b))
	for _, x := range extremes {
		f.Add(strings.ReplaceAll(string(b), "[5, 6, 7]", "["+x+", "+x+", "+x+"]"))
		f.Add(`{"alternatives": ["a", "b"], "criteria": [{"name": "c", "type": "cost"}], "ideal": "maxmin",
			"decision_makers": [{"weights": [` + x + `], "ratings": [[` + x + `], [[1, 2, ` + x + `]]]}]}`)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		p, err := ReadTOPSIS(strings.NewReader(doc))
		if err != nil {
			return
		}
		res, err := TOPSIS(p.Alternatives, p.Criteria, p.Ratings, p.Weights, p.Options)
		if err == nil {
			finite(t, res.Closeness)
			finite(t, res.DPlus)
			finite(t, res.DMinus)
		}
	})
}
