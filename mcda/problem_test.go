package mcda_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"

	"github.com/balancer-mcda/balancer/mcda"
)

// matrixView is everything a DecisionMatrix exposes, gathered through its
// accessors so that cmp.Diff can compare two matrices.
type matrixView struct {
	Alternatives []string
	Criteria     []mcda.Criterion
	Rows         [][]float64
	Weights      []float64 // normalized
}

func viewOf(m *mcda.DecisionMatrix) matrixView {
	r, _ := m.Dims()
	v := matrixView{Alternatives: m.Alternatives(), Criteria: m.Criteria(), Weights: m.Weights(nil)}
	for i := range r {
		v.Rows = append(v.Rows, m.Row(nil, i))
	}
	return v
}

// jsonDoc returns a problem document with the given criteria and
// alternatives, each a comma-separated list of JSON objects.
func jsonDoc(crits, alts string) string {
	return `{"criteria": [` + crits + `], "alternatives": [` + alts + `]}`
}

const (
	crits3 = `{"name": "speed", "type": "benefit", "weight": 2}, ` +
		`{"name": "range", "type": "benefit", "weight": 1}, ` +
		`{"name": "price", "type": "cost", "weight": 1}`
	alts3 = `{"name": "A1", "values": [2, 1500, 5.5]}, {"name": "A2", "values": [2.5, 2700, 6.5]}`
)

// fighterJSON is Hwang & Yoon's (1981, p. 128) fighter aircraft problem.
const fighterJSON = `{
  "criteria": [
    {"name": "max speed", "type": "benefit", "weight": 0.2},
    {"name": "ferry range", "type": "benefit", "weight": 0.1},
    {"name": "max payload", "type": "benefit", "weight": 0.1},
    {"name": "acquisition cost", "type": "cost", "weight": 0.1},
    {"name": "reliability", "type": "benefit", "weight": 0.2},
    {"name": "maneuverability", "type": "benefit", "weight": 0.3}
  ],
  "alternatives": [
    {"name": "A1", "values": [2.0, 1500, 20000, 5.5, 5, 9]},
    {"name": "A2", "values": [2.5, 2700, 18000, 6.5, 3, 5]},
    {"name": "A3", "values": [1.8, 2000, 21000, 4.5, 7, 7]},
    {"name": "A4", "values": [2.2, 1800, 20000, 5.0, 5, 5]}
  ]
}`

var view3 = matrixView{
	Alternatives: []string{"A1", "A2"},
	Criteria: []mcda.Criterion{
		{Name: "speed", Objective: mcda.ObjectiveBenefit, Weight: 2},
		{Name: "range", Objective: mcda.ObjectiveBenefit, Weight: 1},
		{Name: "price", Objective: mcda.ObjectiveCost, Weight: 1},
	},
	Rows:    [][]float64{{2, 1500, 5.5}, {2.5, 2700, 6.5}},
	Weights: []float64{0.5, 0.25, 0.25},
}

func TestReadJSON(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want matrixView
	}{
		{name: "basic", doc: jsonDoc(crits3, alts3), want: view3},
		{
			name: "keys in any order",
			doc: `{"alternatives": [{"values": [2, 1500, 5.5], "name": "A1"}, {"values": [2.5, 2700, 6.5], "name": "A2"}],
			       "criteria": [{"weight": 2, "type": "benefit", "name": "speed"},
			                    {"type": "benefit", "weight": 1, "name": "range"},
			                    {"name": "price", "weight": 1, "type": "cost"}]}`,
			want: view3,
		},
		{
			name: "number forms",
			doc: jsonDoc(crits3, `{"name": "A1", "values": [2e0, 1.5E3, 550e-2]}, `+
				`{"name": "A2", "values": [0.25e1, 2700.0, 6.50]}`),
			want: view3,
		},
		{
			name: "whitespace around the document",
			doc:  "\n\t " + jsonDoc(crits3, alts3) + " \r\n",
			want: view3,
		},
		{
			name: "no weights means equal weights",
			doc: jsonDoc(`{"name": "speed", "type": "benefit"}, {"name": "price", "type": "cost"}`,
				`{"name": "A1", "values": [2, 5.5]}, {"name": "A2", "values": [2.5, 6.5]}`),
			want: matrixView{
				Alternatives: []string{"A1", "A2"},
				Criteria: []mcda.Criterion{
					{Name: "speed", Objective: mcda.ObjectiveBenefit, Weight: 1},
					{Name: "price", Objective: mcda.ObjectiveCost, Weight: 1},
				},
				Rows:    [][]float64{{2, 5.5}, {2.5, 6.5}},
				Weights: []float64{0.5, 0.5},
			},
		},
		{
			name: "escaped and non-ASCII names",
			doc: jsonDoc(`{"name": "co\u00fbt \"net\"", "type": "cost", "weight": 1}`,
				`{"name": "Ä1", "values": [-1.5]}, {"name": "A\t2", "values": [0]}`),
			want: matrixView{
				Alternatives: []string{"Ä1", "A\t2"},
				Criteria:     []mcda.Criterion{{Name: `coût "net"`, Objective: mcda.ObjectiveCost, Weight: 1}},
				Rows:         [][]float64{{-1.5}, {0}},
				Weights:      []float64{1},
			},
		},
		{
			name: "fighter aircraft",
			doc:  fighterJSON,
			want: matrixView{
				Alternatives: []string{"A1", "A2", "A3", "A4"},
				Criteria: []mcda.Criterion{
					{Name: "max speed", Objective: mcda.ObjectiveBenefit, Weight: 0.2},
					{Name: "ferry range", Objective: mcda.ObjectiveBenefit, Weight: 0.1},
					{Name: "max payload", Objective: mcda.ObjectiveBenefit, Weight: 0.1},
					{Name: "acquisition cost", Objective: mcda.ObjectiveCost, Weight: 0.1},
					{Name: "reliability", Objective: mcda.ObjectiveBenefit, Weight: 0.2},
					{Name: "maneuverability", Objective: mcda.ObjectiveBenefit, Weight: 0.3},
				},
				Rows: [][]float64{
					{2.0, 1500, 20000, 5.5, 5, 9},
					{2.5, 2700, 18000, 6.5, 3, 5},
					{1.8, 2000, 21000, 4.5, 7, 7},
					{2.2, 1800, 20000, 5.0, 5, 5},
				},
				Weights: []float64{0.2, 0.1, 0.1, 0.1, 0.2, 0.3},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := mcda.ReadJSON(strings.NewReader(tc.doc))
			if err != nil {
				t.Fatalf("ReadJSON: %v", err)
			}
			// The weights are normalized by a division: allow its rounding.
			if diff := cmp.Diff(tc.want, viewOf(m), approxTight); diff != "" {
				t.Errorf("ReadJSON mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// A readJSONErrorCase is a document ReadJSON must reject with a *ParseError.
type readJSONErrorCase struct {
	name  string
	doc   string
	field string // want ParseError.Field
	// at is the text of doc at which ParseError.Offset must point (its first
	// occurrence); if empty, the offset is only checked to be >= 0.
	at     string
	atEnd  bool  // whether ParseError.Offset must be len(doc)
	is     error // a sentinel the error must wrap, if not nil
	syntax bool  // whether the cause must be a *json.SyntaxError
	typ    bool  // whether the cause must be a *json.UnmarshalTypeError
}

var readJSONErrorCases = []readJSONErrorCase{
	// Malformed text.
	{name: "empty input", doc: "", atEnd: true, syntax: true},
	{name: "only whitespace", doc: " \n ", atEnd: true, syntax: true},
	{name: "syntax error", doc: `{"criteria": [}`, at: "}", syntax: true},
	{name: "unterminated", doc: jsonDoc(crits3, alts3)[:40], atEnd: true, syntax: true},
	{name: "NaN literal", doc: jsonDoc(crits3, `{"name": "A1", "values": [NaN, 1, 1]}`), at: "NaN", syntax: true},
	{name: "Infinity literal", doc: jsonDoc(crits3, `{"name": "A1", "values": [1, Infinity, 1]}`), syntax: true},
	{name: "trailing comma", doc: jsonDoc(crits3, alts3+`,`), syntax: true},
	{name: "trailing garbage", doc: jsonDoc(crits3, alts3) + " x", at: "x", syntax: true},
	{name: "bad last character", doc: `{"criteria": [], "alternatives": [}`, at: "}", syntax: true},
	{name: "ends early", doc: `{"criteria": [], "alternatives": [`, atEnd: true, syntax: true},
	{name: "two documents", doc: jsonDoc(crits3, alts3) + jsonDoc(crits3, alts3), syntax: true},
	{name: "single quotes", doc: `{'criteria': []}`, syntax: true},

	// The document.
	{name: "null document", doc: " null", field: "", at: "null"},
	{name: "array document", doc: `[]`, field: "", at: "[]", typ: true},
	{name: "unknown top-level key", doc: `{"criteria": [], "alternatives": [], "weights": [1]}`,
		field: "weights", at: "[1]", is: mcda.ErrUnknownField},
	{name: "top-level key in another case", doc: `{"Criteria": [], "alternatives": []}`,
		field: "Criteria", at: "[]", is: mcda.ErrUnknownField},
	{name: "missing criteria", doc: ` {"alternatives": []}`, field: "criteria", at: "{", is: mcda.ErrMissingField},
	{name: "missing alternatives", doc: `{"criteria": []}`, field: "alternatives", at: "{", is: mcda.ErrMissingField},
	{name: "null criteria", doc: `{"criteria": null, "alternatives": []}`, field: "criteria", at: "null"},
	{name: "criteria not an array", doc: `{"criteria": {}, "alternatives": []}`, field: "criteria", at: "{}", typ: true},
	{name: "duplicate top-level key", doc: `{"criteria": [], "alternatives": [], "criteria": [1]}`,
		field: "criteria", at: "[1]"},

	// Criteria.
	{name: "criterion not an object", doc: jsonDoc(`"speed"`, alts3), field: "criteria[0]", at: `"speed"`, typ: true},
	{name: "null criterion", doc: jsonDoc(`{"name": "speed", "type": "benefit"}, null`, alts3),
		field: "criteria[1]", at: "null"},
	{name: "unknown criterion key", doc: jsonDoc(`{"name": "speed", "type": "benefit", "unit": "Mach"}`, alts3),
		field: "criteria[0].unit", at: `"Mach"`, is: mcda.ErrUnknownField},
	{name: "criterion key in another case", doc: jsonDoc(`{"Name": "speed", "type": "benefit"}`, alts3),
		field: "criteria[0].Name", at: `"speed"`, is: mcda.ErrUnknownField},
	// The optional key is marked "weight?" inside ReadJSON; that text is not a key.
	{name: "key weight?", doc: jsonDoc(`{"name": "speed", "type": "benefit", "weight?": 1}`, alts3),
		field: "criteria[0].weight?", at: "1}", is: mcda.ErrUnknownField},
	{name: "missing criterion name", doc: jsonDoc(`{"type": "benefit", "weight": 1}`, alts3),
		field: "criteria[0].name", at: `{"type"`, is: mcda.ErrMissingField},
	{name: "missing type", doc: jsonDoc(`{"name": "speed", "type": "benefit"}, {"name": "price"}`, alts3),
		field: "criteria[1].type", at: `{"name": "price"}`, is: mcda.ErrMissingField},
	{name: "unknown type", doc: jsonDoc(`{"name": "speed", "type": "max"}`, alts3),
		field: "criteria[0].type", at: `"max"`, is: mcda.ErrObjective},
	{name: "type alias +", doc: jsonDoc(`{"name": "speed", "type": "+"}`, alts3),
		field: "criteria[0].type", at: `"+"`, is: mcda.ErrObjective},
	{name: "type in upper case", doc: jsonDoc(`{"name": "speed", "type": "Benefit"}`, alts3),
		field: "criteria[0].type", at: `"Benefit"`, is: mcda.ErrObjective},
	{name: "type a number", doc: jsonDoc(`{"name": "speed", "type": 1}`, alts3),
		field: "criteria[0].type", at: "1}", typ: true},
	{name: "name a number", doc: jsonDoc(`{"name": 7, "type": "cost"}`, alts3),
		field: "criteria[0].name", at: "7", typ: true},
	{name: "null name", doc: jsonDoc(`{"name": null, "type": "cost"}`, alts3),
		field: "criteria[0].name", at: "null"},
	{name: "weight a string", doc: jsonDoc(`{"name": "speed", "type": "benefit", "weight": 1}, {"name": "price", "type": "cost", "weight": "0.5"}`, alts3),
		field: "criteria[1].weight", at: `"0.5"`, typ: true},
	{name: "null weight", doc: jsonDoc(`{"name": "speed", "type": "benefit", "weight": 1}, {"name": "price", "type": "cost", "weight": null}`, alts3),
		field: "criteria[1].weight", at: "null"},
	{name: "weight out of range", doc: jsonDoc(`{"name": "speed", "type": "benefit", "weight": 1e999}`, alts3),
		field: "criteria[0].weight", at: "1e999", typ: true},
	{name: "some weights missing", doc: jsonDoc(`{"name": "speed", "type": "benefit", "weight": 1}, {"name": "range", "type": "benefit"}, {"name": "price", "type": "cost"}`, alts3),
		field: "criteria[1].weight", at: `{"name": "range"`, is: mcda.ErrMissingField},
	{name: "first weight missing", doc: jsonDoc(`{"name": "speed", "type": "benefit"}, {"name": "price", "type": "cost", "weight": 1}`, alts3),
		field: "criteria[0].weight", at: `{"name": "speed"`, is: mcda.ErrMissingField},
	{name: "duplicate criterion key", doc: jsonDoc(`{"name": "speed", "type": "benefit", "weight": 1, "weight": -2}`, alts3),
		field: "criteria[0].weight", at: "-2"},
	{name: "duplicate key spelt with an escape", doc: jsonDoc(`{"name": "speed", "type": "benefit", "n\u0061me": "pace"}`, alts3),
		field: "criteria[0].name", at: `"pace"`},

	// Alternatives.
	{name: "alternative not an object", doc: jsonDoc(crits3, `{"name": "A1", "values": [1, 2, 3]}, [4, 5, 6]`),
		field: "alternatives[1]", at: "[4, 5, 6]", typ: true},
	{name: "unknown alternative key", doc: jsonDoc(crits3, `{"name": "A1", "values": [1, 2, 3], "note": "x"}`),
		field: "alternatives[0].note", at: `"x"`, is: mcda.ErrUnknownField},
	{name: "missing alternative name", doc: jsonDoc(crits3, `{"values": [1, 2, 3]}`),
		field: "alternatives[0].name", at: `{"values"`, is: mcda.ErrMissingField},
	{name: "missing values", doc: jsonDoc(crits3, `{"name": "A1", "values": [1, 2, 3]}, {"name": "A2"}`),
		field: "alternatives[1].values", at: `{"name": "A2"}`, is: mcda.ErrMissingField},
	{name: "values a number", doc: jsonDoc(crits3, `{"name": "A1", "values": 3}`),
		field: "alternatives[0].values", at: "3}", typ: true},
	{name: "null values", doc: jsonDoc(crits3, `{"name": "A1", "values": null}`),
		field: "alternatives[0].values", at: "null"},
	{name: "value a string", doc: jsonDoc(crits3, `{"name": "A1", "values": [1, 2, 3]}, {"name": "A2", "values": [1, 2, "3"]}`),
		field: "alternatives[1].values[2]", at: `"3"`, typ: true},
	{name: "value NaN as a string", doc: jsonDoc(crits3, `{"name": "A1", "values": ["NaN", 2, 3]}`),
		field: "alternatives[0].values[0]", at: `"NaN"`, typ: true},
	{name: "null value", doc: jsonDoc(crits3, `{"name": "A1", "values": [1, 2, 3]}, {"name": "A2", "values": [1, null, 3]}`),
		field: "alternatives[1].values[1]", at: "null"},
	{name: "value a boolean", doc: jsonDoc(crits3, `{"name": "A1", "values": [true, 2, 3]}`),
		field: "alternatives[0].values[0]", at: "true", typ: true},
	{name: "value an array", doc: jsonDoc(crits3, `{"name": "A1", "values": [1, [2], 3]}`),
		field: "alternatives[0].values[1]", at: "[2]", typ: true},
	{name: "value too large", doc: jsonDoc(crits3, `{"name": "A1", "values": [1, 2, 1e400]}`),
		field: "alternatives[0].values[2]", at: "1e400", typ: true},
	{name: "value too small", doc: jsonDoc(crits3, `{"name": "A1", "values": [1, -2e308, 3]}`),
		field: "alternatives[0].values[1]", at: "-2e308", typ: true},
	{name: "duplicate alternative key", doc: jsonDoc(crits3, `{"name": "A1", "values": [1, 2, 3], "name": "A2"}`),
		field: "alternatives[0].name", at: `"A2"`},
}

func TestReadJSONErrors(t *testing.T) {
	for _, tc := range readJSONErrorCases {
		t.Run(tc.name, func(t *testing.T) {
			m, err := mcda.ReadJSON(strings.NewReader(tc.doc))
			var pe *mcda.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ReadJSON(%#q) = %v, %v; want a *ParseError", tc.doc, m, err)
			}
			if pe.Field != tc.field {
				t.Errorf("Field = %q, want %q (err: %v)", pe.Field, tc.field, err)
			}
			switch {
			case tc.atEnd:
				if pe.Offset != int64(len(tc.doc)) {
					t.Errorf("Offset = %d, want %d, the end (err: %v)", pe.Offset, len(tc.doc), err)
				}
			case tc.at != "":
				if want := int64(strings.Index(tc.doc, tc.at)); pe.Offset != want {
					t.Errorf("Offset = %d, want %d, the offset of %#q (err: %v)", pe.Offset, want, tc.at, err)
				}
			case pe.Offset < 0 || pe.Offset > int64(len(tc.doc)):
				t.Errorf("Offset = %d, want one in [0, %d] (err: %v)", pe.Offset, len(tc.doc), err)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("err = %v, want one wrapping %v", err, tc.is)
			}
			var se *json.SyntaxError
			if got := errors.As(err, &se); got != tc.syntax {
				t.Errorf("err = %v; errors.As(err, *json.SyntaxError) = %t, want %t", err, got, tc.syntax)
			}
			var te *json.UnmarshalTypeError
			if got := errors.As(err, &te); got != tc.typ {
				t.Errorf("err = %v; errors.As(err, *json.UnmarshalTypeError) = %t, want %t", err, got, tc.typ)
			}
			if strings.ContainsAny(err.Error(), "\n") || !strings.HasPrefix(err.Error(), "mcda: parse: ") {
				t.Errorf("err = %q, want one line starting with %q", err, "mcda: parse: ")
			}
		})
	}
}

func TestReadJSONReaderError(t *testing.T) {
	cause := errors.New("disk on fire")
	_, err := mcda.ReadJSON(iotest.ErrReader(cause))
	var pe *mcda.ParseError
	if !errors.As(err, &pe) || pe.Offset != -1 || pe.Field != "" || !errors.Is(err, cause) {
		t.Errorf("ReadJSON(failing reader) = %v, want *ParseError{Offset: -1} wrapping %v", err, cause)
	}
}

// TestReadJSONValidationErrors checks that well-formed documents whose data
// NewDecisionMatrix rejects give its errors, with their positions.
func TestReadJSONValidationErrors(t *testing.T) {
	tests := []struct {
		name  string
		doc   string
		is    error
		check func(t *testing.T, err error) // further checks, if not nil
	}{
		{
			name: "duplicate alternative name",
			doc:  jsonDoc(crits3, `{"name": "A1", "values": [1, 2, 3]}, {"name": "A1", "values": [4, 5, 6]}`),
			is:   mcda.ErrDuplicateName,
			check: func(t *testing.T, err error) {
				var ae *mcda.AlternativeError
				if !errors.As(err, &ae) || ae.Index != 1 || ae.Name != "A1" {
					t.Errorf("err = %v, want *AlternativeError{Index: 1, Name: A1}", err)
				}
			},
		},
		{
			name: "empty alternative name",
			doc:  jsonDoc(crits3, `{"name": "A1", "values": [1, 2, 3]}, {"name": "", "values": [4, 5, 6]}`),
			is:   mcda.ErrName,
			check: func(t *testing.T, err error) {
				var ae *mcda.AlternativeError
				if !errors.As(err, &ae) || ae.Index != 1 {
					t.Errorf("err = %v, want *AlternativeError{Index: 1}", err)
				}
			},
		},
		{
			name: "ragged row",
			doc:  jsonDoc(crits3, `{"name": "A1", "values": [1, 2, 3]}, {"name": "A2", "values": [4, 5]}`),
			is:   mcda.ErrShape,
			check: func(t *testing.T, err error) {
				var ae *mcda.AlternativeError
				if !errors.As(err, &ae) || ae.Index != 1 || ae.Name != "A2" {
					t.Errorf("err = %v, want *AlternativeError{Index: 1, Name: A2}", err)
				}
				var se *mcda.ShapeError
				if !errors.As(err, &se) || se.Got != 2 || se.Want != 3 {
					t.Errorf("err = %v, want a *ShapeError{Got: 2, Want: 3}", err)
				}
			},
		},
		{
			name: "too many values",
			doc:  jsonDoc(crits3, `{"name": "A1", "values": [1, 2, 3, 4]}`),
			is:   mcda.ErrShape,
			check: func(t *testing.T, err error) {
				var se *mcda.ShapeError
				if !errors.As(err, &se) || se.Got != 4 || se.Want != 3 {
					t.Errorf("err = %v, want a *ShapeError{Got: 4, Want: 3}", err)
				}
			},
		},
		{
			name: "negative weight",
			doc: jsonDoc(`{"name": "speed", "type": "benefit", "weight": 1}, {"name": "price", "type": "cost", "weight": -0.5}`,
				`{"name": "A1", "values": [1, 2]}`),
			is: mcda.ErrWeight,
			check: func(t *testing.T, err error) {
				var ce *mcda.CriterionError
				if !errors.As(err, &ce) || ce.Index != 1 || ce.Name != "price" {
					t.Errorf("err = %v, want *CriterionError{Index: 1, Name: price}", err)
				}
			},
		},
		{
			name: "duplicate criterion name",
			doc: jsonDoc(`{"name": "speed", "type": "benefit"}, {"name": "speed", "type": "cost"}`,
				`{"name": "A1", "values": [1, 2]}`),
			is: mcda.ErrDuplicateName,
			check: func(t *testing.T, err error) {
				var ce *mcda.CriterionError
				if !errors.As(err, &ce) || ce.Index != 1 || ce.Name != "speed" {
					t.Errorf("err = %v, want *CriterionError{Index: 1, Name: speed}", err)
				}
			},
		},
		{name: "no alternatives", doc: jsonDoc(crits3, ``), is: mcda.ErrEmpty},
		{name: "no criteria", doc: jsonDoc(``, `{"name": "A1", "values": []}`), is: mcda.ErrEmpty},
		{name: "empty document", doc: `{"criteria": [], "alternatives": []}`, is: mcda.ErrEmpty},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := mcda.ReadJSON(strings.NewReader(tc.doc))
			if !errors.Is(err, tc.is) {
				t.Fatalf("ReadJSON(%#q) error = %v, want one wrapping %v", tc.doc, err, tc.is)
			}
			var pe *mcda.ParseError
			if errors.As(err, &pe) {
				t.Errorf("err = %v is a *ParseError; want the validation error alone", err)
			}
			if tc.check != nil {
				tc.check(t, err)
			}
		})
	}
}

func TestJSONRoundTrip(t *testing.T) {
	docs := map[string]string{
		"basic":      jsonDoc(crits3, alts3),
		"fighter":    fighterJSON,
		"no weights": jsonDoc(`{"name": "speed", "type": "benefit"}, {"name": "price", "type": "cost"}`, `{"name": "A1", "values": [2, 5.5]}`),
		"extremes": jsonDoc(`{"name": "<&>", "type": "benefit", "weight": 1.7976931348623157e308}, {"name": "\u2028", "type": "cost", "weight": 5e-324}`,
			`{"name": "tiny", "values": [5e-324, -0]}, {"name": "huge", "values": [-1.7976931348623157e308, 0.1]}, {"name": "third", "values": [1e-300, 123456789.12345678]}`),
	}
	for name, doc := range docs {
		t.Run(name, func(t *testing.T) {
			m, err := mcda.ReadJSON(strings.NewReader(doc))
			if err != nil {
				t.Fatalf("ReadJSON: %v", err)
			}
			var buf bytes.Buffer
			if err := mcda.WriteJSON(&buf, m); err != nil {
				t.Fatalf("WriteJSON: %v", err)
			}
			m2, err := mcda.ReadJSON(&buf)
			if err != nil {
				t.Fatalf("ReadJSON(WriteJSON(m)): %v\n%s", err, buf.String())
			}
			// Exact: the weights are stored as given and renormalized identically.
			if diff := cmp.Diff(viewOf(m), viewOf(m2)); diff != "" {
				t.Errorf("round trip mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// FuzzReadJSON checks that ReadJSON never panics, rejects input only with
// the documented error types, and accepts only documents that
// encoding/json reads to the same data, with finite values, and that
// round-trip through WriteJSON.
func FuzzReadJSON(f *testing.F) {
	f.Add(jsonDoc(crits3, alts3))
	f.Add(fighterJSON)
	f.Add(jsonDoc(`{"name": "speed", "type": "benefit"}, {"name": "price", "type": "cost"}`, `{"name": "A1", "values": [2, 5.5]}`))
	f.Add(jsonDoc(`{"name": "a", "type": "cost", "weight": 1e308}, {"name": "b", "type": "benefit", "weight": 1e308}`,
		`{"name": "x", "values": [1e308, -1e308]}, {"name": "y", "values": [5e-324, -0]}`))
	f.Add(jsonDoc(`{"name": "a", "type": "cost", "preference": {"function": "linear", "q": 1, "p": 2}}, {"name": "b", "type": "benefit", "preference": {"function": "gaussian", "s": 3}}`,
		`{"name": "x", "values": [1, 2]}, {"name": "y", "values": [3, 4]}`))
	f.Add(jsonDoc(`{"name": "a", "type": "benefit", "weight": 5e-324}, {"name": "b", "type": "cost", "weight": 9007199254740992}`,
		`{"name": "x", "values": [9007199254740992, -9007199254740993]}, {"name": "y", "values": [-0, -1e308]}`))
	f.Add("\uFEFF" + jsonDoc(crits3, alts3))
	for _, tc := range readJSONErrorCases {
		f.Add(tc.doc)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		m, err := mcda.ReadJSON(strings.NewReader(doc))
		if err != nil {
			var (
				pe *mcda.ParseError
				ve *mcda.ValueError
				ce *mcda.CriterionError
				ae *mcda.AlternativeError
				se *mcda.ShapeError
			)
			if !errors.As(err, &pe) && !errors.As(err, &ve) && !errors.As(err, &ce) &&
				!errors.As(err, &ae) && !errors.As(err, &se) && !errors.Is(err, mcda.ErrEmpty) {
				t.Fatalf("ReadJSON(%q) error %T %v is not one of the documented types", doc, err, err)
			}
			if m != nil {
				t.Fatalf("ReadJSON(%q) returned a matrix with error %v", doc, err)
			}
			return
		}
		r, c := m.Dims()
		for i := range r {
			for j := range c {
				if v := m.At(i, j); math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("ReadJSON(%q): value %v at (%d, %d)", doc, v, i, j)
				}
			}
		}
		for j, w := range m.Weights(nil) {
			if math.IsNaN(w) || w < 0 || w > 1 {
				t.Fatalf("ReadJSON(%q): normalized weight %d is %v", doc, j, w)
			}
		}
		// encoding/json, into pointers so that a null would show, agrees.
		var std struct {
			Criteria []struct {
				Name, Type *string
				Weight     *float64
			}
			Alternatives []struct {
				Name   *string
				Values []*float64
			}
		}
		// ReadJSON skips a leading byte order mark; encoding/json does not.
		if err := json.Unmarshal([]byte(strings.TrimPrefix(doc, "\uFEFF")), &std); err != nil {
			t.Fatalf("ReadJSON(%q) succeeded, json.Unmarshal failed: %v", doc, err)
		}
		if len(std.Criteria) != c || len(std.Alternatives) != r {
			t.Fatalf("ReadJSON(%q): %d×%d matrix, json.Unmarshal: %d×%d", doc, r, c, len(std.Alternatives), len(std.Criteria))
		}
		for j, sc := range std.Criteria {
			got := m.Criterion(j)
			if sc.Name == nil || *sc.Name != got.Name || sc.Type == nil || *sc.Type != got.Objective.String() ||
				(sc.Weight != nil && *sc.Weight != got.Weight) {
				t.Fatalf("ReadJSON(%q): criterion %d is %+v, json.Unmarshal: %+v", doc, j, got, sc)
			}
		}
		for i, sa := range std.Alternatives {
			if sa.Name == nil || *sa.Name != m.Alternative(i) || len(sa.Values) != c {
				t.Fatalf("ReadJSON(%q): alternative %d is %q, json.Unmarshal: %+v", doc, i, m.Alternative(i), sa)
			}
			for j, v := range sa.Values {
				if v == nil || *v != m.At(i, j) {
					t.Fatalf("ReadJSON(%q): value (%d, %d) is %v, json.Unmarshal: %v", doc, i, j, m.At(i, j), v)
				}
			}
		}
		var buf bytes.Buffer
		if err := mcda.WriteJSON(&buf, m); err != nil {
			t.Fatalf("WriteJSON: %v", err)
		}
		m2, err := mcda.ReadJSON(&buf)
		if err != nil {
			t.Fatalf("ReadJSON(WriteJSON(ReadJSON(%q))): %v\n%s", doc, err, buf.String())
		}
		if diff := cmp.Diff(viewOf(m), viewOf(m2)); diff != "" {
			t.Fatalf("ReadJSON(%q) round trip mismatch (-want +got):\n%s", doc, diff)
		}
		// ReadProblem reads what ReadJSON reads, and its preference
		// functions survive a round trip.
		p, err := mcda.ReadProblem(strings.NewReader(doc))
		if err != nil {
			t.Fatalf("ReadJSON(%q) succeeded, ReadProblem failed: %v", doc, err)
		}
		buf.Reset()
		if err := mcda.WriteProblem(&buf, p); err != nil {
			t.Fatalf("WriteProblem: %v", err)
		}
		p2, err := mcda.ReadProblem(&buf)
		if err != nil {
			t.Fatalf("ReadProblem(WriteProblem(ReadProblem(%q))): %v\n%s", doc, err, buf.String())
		}
		if diff := cmp.Diff(p.Preferences, p2.Preferences); diff != "" {
			t.Fatalf("ReadProblem(%q) preference round trip mismatch (-want +got):\n%s", doc, diff)
		}
	})
}

func TestWriteJSONInvalidUTF8(t *testing.T) {
	crit := []mcda.Criterion{{Name: "c\xff", Objective: mcda.ObjectiveBenefit, Weight: 1}}
	m, err := mcda.NewDecisionMatrix([]string{"a\xfe"}, crit, [][]float64{{1}})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := mcda.WriteJSON(&buf, m); err != nil {
		t.Fatal(err)
	}
	m2, err := mcda.ReadJSON(&buf)
	if err != nil {
		t.Fatalf("ReadJSON(WriteJSON(m)): %v", err)
	}
	// As documented: invalid bytes come back as U+FFFD.
	if got := []string{m2.Alternative(0), m2.Criterion(0).Name}; !cmp.Equal(got, []string{"a\uFFFD", "c\uFFFD"}) {
		t.Errorf("names read back as %q, want %q", got, []string{"a\uFFFD", "c\uFFFD"})
	}
}

// Issue 13: a JSON file with a UTF-8 byte order mark was rejected while
// CSV accepted one. It is skipped, and byte offsets in errors still count
// from the start of the input.
func TestReadProblemByteOrderMark(t *testing.T) {
	doc := `{"criteria": [{"name": "x", "type": "benefit"}], "alternatives": [{"name": "A", "values": [1]}]}`
	p, err := mcda.ReadProblem(strings.NewReader("\uFEFF" + doc))
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Matrix.Alternatives(); len(got) != 1 || got[0] != "A" {
		t.Errorf("alternatives = %q", got)
	}
	bad := "\uFEFF{\"criteria\": 3}"
	_, err = mcda.ReadProblem(strings.NewReader(bad))
	var pe *mcda.ParseError
	if !errors.As(err, &pe) || pe.Offset != int64(strings.Index(bad, "{")) {
		t.Errorf("err = %v, want a *ParseError at offset %d", err, strings.Index(bad, "{"))
	}
	// A mark elsewhere is not whitespace.
	if _, err := mcda.ReadProblem(strings.NewReader(" \uFEFF" + doc)); err == nil {
		t.Error("a byte order mark after the start was accepted")
	}
}
