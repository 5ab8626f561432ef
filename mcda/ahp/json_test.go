package ahp_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
)

func TestReadJSON(t *testing.T) {
	want := mat.NewDense(3, 3, []float64{1, 3, 5, third, 1, 2, fifth, 0.5, 1})
	for _, doc := range []string{
		`{"items": ["a","b","c"], "judgments": [["a","b",3], ["a","c",5], ["b","c",2]]}`,
		`{"judgments": [["c","b",0.5], ["a","b",3], ["c","a",0.2]], "items": ["a","b","c"]}`,
		`{"items": ["a","b","c"], "matrix": [[1,3,5],[0.3333333333333333,1,2],[0.2,0.5,1]]}`,
		"\n{\"matrix\": [[1,3,5],[0.333333333333,1,2],[0.2,0.5,1]],\n \"items\": [\"a\",\"b\",\"c\"]}\n",
	} {
		m, err := ahp.ReadJSON(strings.NewReader(doc), ahp.Scale{})
		if err != nil {
			t.Errorf("ReadJSON(%s): %v", doc, err)
			continue
		}
		if !mat.EqualApprox(m, want, 1e-15) || m.Item(2) != "c" {
			t.Errorf("ReadJSON(%s) = %v", doc, mat.Formatted(m))
		}
	}
	wide := ahp.Scale{Min: 0.01, Max: 100}
	if _, err := ahp.ReadJSON(strings.NewReader(`{"items":["a","b"],"judgments":[["a","b",20]]}`), wide); err != nil {
		t.Errorf("ReadJSON with a widened scale: %v", err)
	}
}

func TestReadJSONErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		doc   string
		is    error  // errors.Is target; nil to skip
		field string // ParseError.Field; "-" when the error is not a ParseError
	}{
		{"empty input", ``, io.ErrUnexpectedEOF, ""},
		{"not an object", `[1]`, ahp.ErrFieldType, ""},
		{"syntax", `{"items": [a]}`, nil, "items[0]"},
		{"truncated", `{"items": ["a"], "judgments": [["a"`, io.ErrUnexpectedEOF, "judgments[0]"},
		{"unknown key", `{"items": [], "weights": []}`, mcda.ErrUnknownField, "weights"},
		{"unknown quoted key", `{"it ems": []}`, mcda.ErrUnknownField, `"it ems"`},
		{"duplicate key", `{"items": [], "items": []}`, ahp.ErrDuplicateField, "items"},
		{"both", `{"items": ["a"], "judgments": [], "matrix": [[1]]}`, ahp.ErrFieldConflict, "matrix"},
		{"no items", `{"judgments": []}`, mcda.ErrMissingField, "items"},
		{"no judgments", `{"items": ["a"]}`, mcda.ErrMissingField, "judgments"},
		{"items not array", `{"items": "a"}`, ahp.ErrFieldType, "items"},
		{"item not string", `{"items": ["a", 2]}`, ahp.ErrFieldType, "items[1]"},
		{"null items", `{"items": null}`, ahp.ErrFieldType, "items"},
		{"judgment not array", `{"items": ["a","b"], "judgments": [3]}`, ahp.ErrFieldType, "judgments[0]"},
		{"judgment A number", `{"items": ["a","b"], "judgments": [[1, "b", 3]]}`, ahp.ErrFieldType, "judgments[0][0]"},
		{"judgment B object", `{"items": ["a","b"], "judgments": [["a", {}, 3]]}`, ahp.ErrFieldType, "judgments[0][1]"},
		{"judgment value string", `{"items": ["a","b"], "judgments": [["a", "b", "3"]]}`, ahp.ErrFieldType, "judgments[0][2]"},
		{"judgment short", `{"items": ["a","b"], "judgments": [["a", "b"]]}`, mcda.ErrShape, "judgments[0]"},
		{"judgment long", `{"items": ["a","b"], "judgments": [["a", "b", 3, 4, [5]]]}`, mcda.ErrShape, "judgments[0]"},
		{"overflow", `{"items": ["a","b"], "judgments": [["a", "b", 1e400]]}`, strconv.ErrRange, "judgments[0][2]"},
		{"matrix cell", `{"items": ["a"], "matrix": [[true]]}`, ahp.ErrFieldType, "matrix[0][0]"},
		{"matrix row", `{"items": ["a"], "matrix": [1]}`, ahp.ErrFieldType, "matrix[0]"},
		{"trailing", `{"items": ["a"], "matrix": [[1]]} {}`, ahp.ErrTrailingData, ""},
		// Well-formed documents with invalid content: validation errors.
		{"unknown item", `{"items": ["a","b"], "judgments": [["a","z",3]]}`, ahp.ErrUnknownItem, "-"},
		{"disconnected", `{"items": ["a","b","c"], "judgments": [["a","b",3]]}`, ahp.ErrDisconnected, "-"},
		{"one-sided null", `{"items": ["a","b"], "matrix": [[1,null],[0.5,1]]}`, ahp.ErrOneSidedMissing, "-"},
		{"diagonal null", `{"items": ["a","b"], "matrix": [[null,2],[0.5,1]]}`, ahp.ErrDiagonal, "-"},
		{"null not a zero", `{"items": ["a","b","c"], "matrix": [[1,2,null],[0.5,1,0],[null,0,1]]}`, mcda.ErrNotPositive, "-"},
		{"null disconnected", `{"items": ["a","b","c"], "matrix": [[1,2,null],[0.5,1,null],[null,null,1]]}`, ahp.ErrDisconnected, "-"},
		{"null judgment value", `{"items": ["a","b"], "judgments": [["a","b",null]]}`, ahp.ErrFieldType, "judgments[0][2]"},
		{"out of scale", `{"items": ["a","b"], "judgments": [["a","b",10]]}`, ahp.ErrScale, "-"},
		{"not reciprocal", `{"items": ["a","b"], "matrix": [[1,2],[2,1]]}`, ahp.ErrNotReciprocal, "-"},
		{"ragged", `{"items": ["a","b"], "matrix": [[1,2],[0.5]]}`, mcda.ErrShape, "-"},
		{"empty", `{"items": [], "judgments": []}`, mcda.ErrEmpty, "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := ahp.ReadJSON(strings.NewReader(tc.doc), ahp.Scale{})
			if err == nil {
				t.Fatalf("ReadJSON = %v, nil; want error", m)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("ReadJSON error %v; want errors.Is %v", err, tc.is)
			}
			if !typed(err) {
				t.Errorf("ReadJSON error %v (%T) is not of a package error type", err, err)
			}
			var pe *mcda.ParseError
			isParse := errors.As(err, &pe)
			switch {
			case tc.field == "-" && isParse:
				t.Errorf("ReadJSON error %v is a ParseError; want a validation error", err)
			case tc.field != "-" && !isParse:
				t.Errorf("ReadJSON error %v is not a ParseError", err)
			case isParse && pe.Field != tc.field:
				t.Errorf("ParseError.Field = %q; want %q (%v)", pe.Field, tc.field, err)
			}
			if isParse && (pe.Offset < 0 || pe.Offset > int64(len(tc.doc))) {
				t.Errorf("ParseError.Offset = %d outside the document", pe.Offset)
			}
		})
	}
	var se *json.SyntaxError
	_, err := ahp.ReadJSON(strings.NewReader(`{"items": [a]}`), ahp.Scale{})
	if !errors.As(err, &se) {
		t.Errorf("syntax error %v does not wrap *json.SyntaxError", err)
	}
}

// typed reports whether err is, or wraps, one of the structured error types
// of this package or of mcda.
func typed(err error) bool {
	var (
		pe *mcda.ParseError
		sh *mcda.ShapeError
		ie *ahp.ItemError
		ee *ahp.EntryError
		je *ahp.JudgmentError
		se *ahp.ScaleError
		de *ahp.DisconnectedError
	)
	return errors.As(err, &pe) || errors.As(err, &sh) || errors.As(err, &ie) ||
		errors.As(err, &ee) || errors.As(err, &je) || errors.As(err, &se) || errors.As(err, &de)
}

func FuzzReadJSON(f *testing.F) {
	for _, seed := range []string{
		`{"items": ["a","b","c"], "judgments": [["a","b",3], ["a","c",5], ["b","c",2]]}`,
		`{"items": ["a","b","c"], "matrix": [[1,3,5],[0.3333333333333333,1,2],[0.2,0.5,1]]}`,
		`{"items": ["a"], "matrix": [[1]]}`,
		`{"items": ["a","b"], "judgments": [["b","a",0.111111111]]}`,
		`{"items": [], "judgments": []}`,
		`{"items": ["a","b"], "judgments": [["a","b",1e400]]}`,
		`{"items": ["a","b"], "judgments": [["a","b",3,4]]}`,
		`{"items": ["a","a"], "weights": {}}`,
		`{"items": ["a","b"], "matrix": [[1,2],[2,1]]}`,
		`{"items": ["a","b","c"], "matrix": [[1,3,null],[0.3333333333333333,1,2],[null,0.5,1]]}`,
		`{"items": ["a","b","c","d"], "judgments": [["a","b",9],["c","b",9],["c","d",9]]}`,
		`{"items": ["a","b","c"], "judgments": [["a","b",2]]}`,
		`[`, `{`, `null`, ``,
	} {
		f.Add([]byte(seed))
	}
	// Seeds at the float64 extremes (issue 13, item 1).
	for _, v := range []string{"1e308", "-1e308", "5e-324", "9007199254740992", "-0", "1.7976931348623157e308"} {
		f.Add([]byte(`{"items": ["a","b","c"], "judgments": [["a","b",` + v + `], ["a","c",5], ["b","c",2]]}`))
		f.Add([]byte(`{"items": ["a","b","c"], "matrix": [[1,` + v + `,null],[0.5,1,2],[null,0.5,1]]}`))
		f.Add([]byte(`{"items": ["a","b","c","d"], "judgments": [["a","b",9],["b","c",9],["c","d",` + v + `],["a","d",0.1111111111111111]]}`))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		defer watchdog(data)()
		m, err := ahp.ReadJSON(strings.NewReader(string(data)), ahp.Scale{})
		if err != nil {
			if m != nil {
				t.Fatalf("ReadJSON returned both a matrix and %v", err)
			}
			if !typed(err) {
				t.Fatalf("ReadJSON(%q) error %v (%T) is not typed", data, err, err)
			}
			return
		}
		for _, method := range []ahp.PriorityMethod{ahp.PriorityEigen, ahp.PriorityGeometricMean} {
			sum := 0.0
			for _, v := range m.Priorities(method) {
				if !(v > 0) {
					t.Fatalf("%v priority %v not positive for %q", method, v, data)
				}
				sum += v
			}
			if abs(sum-1) > 1e-12 {
				t.Fatalf("%v priorities sum to %v for %q", method, sum, data)
			}
		}
		if c, err := m.OptimalCompletion(context.Background()); err != nil || !c.Complete() {
			t.Fatalf("OptimalCompletion(%q) = %v, %v", data, c, err)
		}
		c, _ := m.Consistency(ahp.RandomIndexDoneganDodd1991)
		if c.LambdaMax != c.LambdaMax || c.CR != c.CR {
			t.Fatalf("NaN consistency %+v for %q", c, data)
		}
		if m.Len() <= 12 { // bounded work per input
			r, _, err := m.SuggestRevision(context.Background(), ahp.RandomIndexDoneganDodd1991)
			if err != nil || r.CR != r.CR || r.CR > r.CRBefore {
				t.Fatalf("SuggestRevision(%q) = %+v, %v", data, r, err)
			}
		}
	})
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
