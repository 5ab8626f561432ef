package value

import (
	"errors"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
)

func TestReadProblem(t *testing.T) {
	f, err := os.Open("testdata/commute.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := ReadProblem(f)
	if err != nil {
		t.Fatal(err)
	}
	if p.Model == nil || len(p.Model.Criteria) != 3 || p.Ranks[3] != 3 {
		t.Fatalf("%+v", p)
	}
	w := p.Matrix.Weights(nil)
	if math.Abs(w[0]-100.0/210) > 1e-15 {
		t.Errorf("swing weights %v", w)
	}
	md, m := commuteModel(t)
	want, _ := md.Scores(nil, m)
	got, err := p.Model.Scores(nil, p.Matrix)
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-15 {
			t.Errorf("V(%d) = %v from the file, %v built in Go", i, got[i], want[i])
		}
	}
}

func TestReadProblemErrors(t *testing.T) {
	const alt = `"alternatives": [{"name": "a", "values": [1]}]`
	for _, tc := range []struct {
		name, doc, field string
		want             error
	}{
		{"non-monotone", `{"criteria": [{"name": "c", "function": {"type": "piecewise", "x": [0, 1, 2], "y": [0, 1, 0.5]}}], ` + alt + `}`, "criteria[0].function.y[2]", ErrNotMonotone},
		{"x order", `{"criteria": [{"name": "c", "function": {"type": "piecewise", "x": [0, 2, 1], "y": [0, 0.5, 1]}}], ` + alt + `}`, "criteria[0].function.x[2]", ErrNotMonotone},
		{"one point", `{"criteria": [{"name": "c", "function": {"type": "piecewise", "x": [0], "y": [0]}}], ` + alt + `}`, "criteria[0].function", ErrBreakpoints},
		{"not covering", `{"criteria": [{"name": "c", "function": {"type": "piecewise", "x": [2, 3], "y": [0, 1]}}], ` + alt + `}`, "alternatives[0].values[0]", ErrOutOfRange},
		{"function type", `{"criteria": [{"name": "c", "function": {"type": "cubic"}}], ` + alt + `}`, "criteria[0].function", mcda.ErrParameter},
		{"exponential missing", `{"criteria": [{"name": "c", "function": {"type": "exponential", "lo": 0}}], ` + alt + `}`, "criteria[0].function", mcda.ErrMissingField},
		{"objective disagrees", `{"criteria": [{"name": "c", "type": "cost", "function": {"type": "piecewise", "x": [0, 2], "y": [0, 1]}}], ` + alt + `}`, "criteria[0].type", mcda.ErrObjective},
		{"no type", `{"criteria": [{"name": "c"}], ` + alt + `}`, "criteria[0]", mcda.ErrMissingField},
		{"partial functions", `{"criteria": [{"name": "c", "function": {"type": "piecewise", "x": [0, 2], "y": [0, 1]}}, {"name": "d", "type": "cost"}], "alternatives": [{"name": "a", "values": [1, 1]}]}`, "criteria[1].function", mcda.ErrMissingField},
		{"breakpoints", `{"criteria": [{"name": "c", "type": "cost", "breakpoints": 1}], ` + alt + `}`, "criteria[0].breakpoints", ErrBreakpoints},
		{"bounds", `{"criteria": [{"name": "c", "type": "cost", "bounds": [2, 1]}], ` + alt + `}`, "criteria[0].bounds", mcda.ErrParameter},
		{"outside bounds", `{"criteria": [{"name": "c", "type": "cost", "bounds": [2, 3]}], ` + alt + `}`, "alternatives[0].values[0]", ErrOutOfRange},
		{"weights method", `{"criteria": [{"name": "c", "type": "cost"}], "weights": {"method": "guess"}, ` + alt + `}`, "weights", mcda.ErrParameter},
		{"weights count", `{"criteria": [{"name": "c", "type": "cost"}], "weights": {"method": "swing", "points": [1, 2]}, ` + alt + `}`, "weights", mcda.ErrShape},
		{"negative swing", `{"criteria": [{"name": "c", "type": "cost"}], "weights": {"method": "swing", "points": [-1]}, ` + alt + `}`, "weights", mcda.ErrWeight},
		{"smarter ranks", `{"criteria": [{"name": "c", "type": "cost"}], "weights": {"method": "smarter", "ranks": [2]}, ` + alt + `}`, "weights", mcda.ErrParameter},
		{"rank", `{"criteria": [{"name": "c", "type": "cost"}], "alternatives": [{"name": "a", "values": [1], "rank": 0}]}`, "alternatives[0].rank", ErrReference},
		{"delta", `{"criteria": [{"name": "c", "type": "cost"}], "delta": -1, ` + alt + `}`, "delta", mcda.ErrParameter},
		{"unknown", `{"criteria": [{"name": "c", "type": "cost", "colour": 1}], ` + alt + `}`, "", mcda.ErrUnknownField},
		{"no criteria", `{"criteria": [], ` + alt + `}`, "criteria", mcda.ErrEmpty},
		{"no alternatives", `{"criteria": [{"name": "c", "type": "cost"}], "alternatives": []}`, "alternatives", mcda.ErrEmpty},
		{"missing values", `{"criteria": [{"name": "c", "type": "cost"}], "alternatives": [{"name": "a"}]}`, "alternatives[0].values", mcda.ErrMissingField},
		{"huge", `{"criteria": [{"name": "c", "type": "cost"}], "alternatives": [{"name": "a", "values": [1e400]}]}`, "alternatives.values", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadProblem(strings.NewReader(tc.doc))
			var pe *mcda.ParseError
			if !errors.As(err, &pe) || pe.Field != tc.field {
				t.Fatalf("error %v, want a *mcda.ParseError at %q", err, tc.field)
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
		})
	}
	// Ragged rows and duplicate names are the matrix's errors.
	_, err := ReadProblem(strings.NewReader(`{"criteria": [{"name": "c", "type": "cost"}], "alternatives": [{"name": "a", "values": [1, 2]}]}`))
	if !errors.Is(err, mcda.ErrShape) {
		t.Errorf("ragged: %v", err)
	}
}

// FuzzReadProblem checks that no input makes ReadProblem panic or return
// a problem whose model gives a NaN value, with seeds at float64 extremes.
func FuzzReadProblem(f *testing.F) {
	for _, name := range []string{"testdata/commute.json", "testdata/transport.json", "testdata/cars_jls1982.json"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, x := range []string{"1e308", "-1e308", "5e-324", "9007199254740992", "-0", "0"} {
		f.Add([]byte(`{"criteria": [{"name": "c", "function": {"type": "piecewise", "x": [-1e308, ` + x + `, 1e308], "y": [0, 0.5, 1]}},
			{"name": "d", "function": {"type": "exponential", "lo": -1e308, "hi": ` + x + `, "rho": ` + x + `}},
			{"name": "e", "function": {"type": "bisection", "worst": 1e308, "best": -1e308, "mids": [` + x + `]}}],
			"weights": {"method": "swing", "points": [1e308, ` + x + `, 5e-324]},
			"alternatives": [{"name": "a", "values": [` + x + `, ` + x + `, ` + x + `], "rank": 1}, {"name": "b", "values": [-1e308, -1e308, 1e308], "rank": 2}]}`))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := ReadProblem(strings.NewReader(string(data)))
		if err != nil {
			return
		}
		if p.Model != nil {
			s, err := p.Model.Scores(nil, p.Matrix)
			if err != nil {
				t.Fatalf("a problem read without error fails to score: %v", err)
			}
			for i, v := range s {
				if math.IsNaN(v) || v < -1e-12 || v > 1+1e-12 {
					t.Fatalf("V(%d) = %v", i, v)
				}
			}
		}
	})
}

func TestReadProblemDuplicateKey(t *testing.T) {
	for _, tc := range []struct{ doc, field string }{
		{`{"criteria": [{"name": "c", "type": "cost", "name": "d"}], "alternatives": [{"name": "a", "values": [1]}]}`, "criteria[0].name"},
		{`{"criteria": [{"name": "c", "type": "cost"}], "alternatives": [{"name": "a", "values": [1]}, {"name": "b", "values": [1], "values": [2]}]}`, "alternatives[1].values"},
		{`{"delta": 1, "criteria": [], "delta": 2}`, "delta"},
	} {
		_, err := ReadProblem(strings.NewReader(tc.doc))
		var pe *mcda.ParseError
		if !errors.Is(err, mcda.ErrDuplicateField) || !errors.As(err, &pe) || pe.Field != tc.field {
			t.Errorf("%s: %v, want a duplicate at %q", tc.doc, err, tc.field)
		}
	}
	deep := strings.Repeat("[", 200) + strings.Repeat("]", 200)
	if _, err := ReadProblem(strings.NewReader(`{"criteria": ` + deep + `}`)); err == nil {
		t.Error("deep nesting accepted")
	}
}

func TestReadProblemTrailingData(t *testing.T) {
	const doc = `{"criteria": [{"name": "c", "type": "cost"}], "alternatives": [{"name": "a", "values": [1]}]}`
	for _, tail := range []string{" x", "}", "]", " {}"} {
		if _, err := ReadProblem(strings.NewReader(doc + tail)); err == nil {
			t.Errorf("trailing %q accepted", tail)
		}
	}
	if _, err := ReadProblem(strings.NewReader(doc + " \n")); err != nil {
		t.Errorf("trailing space: %v", err)
	}
}
