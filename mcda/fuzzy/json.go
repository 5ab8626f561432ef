package fuzzy

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/internal/jsondoc"
)

// MaxDocument is the largest JSON document ReadAHP and ReadTOPSIS read, in
// bytes (64 MiB).
const MaxDocument = 64 << 20

// An AHPFile is a fuzzy AHP comparison as ReadAHP reads it.
type AHPFile struct {
	Items     []string
	Judgments []Judgment
	// Rationales holds each judgment's optional rationale, in order.
	Rationales []string
}

// ReadAHP reads fuzzy pairwise judgments in JSON:
//
//	{"items": ["Price", "Quality", "Service"],
//	 "scale": "saaty-tfn",
//	 "judgments": [["Price", "Quality", [2, 3, 4]],
//	               ["Price", "Service", "strong"],
//	               {"a": "Quality", "b": "Service", "value": [1, 2, 3], "rationale": "..."}]}
//
// A value is [l, m, u], a number x for the crisp (x, x, x), or a term of
// the named linguistic scale ("scale" is optional and defaults to
// "saaty-tfn", see Scales). Unknown keys, unknown terms, unknown scales and
// trailing data are errors; a malformed document is a *mcda.ParseError
// naming the field. NewMatrixFromJudgments checks the judgments.
func ReadAHP(r io.Reader) (*AHPFile, error) {
	var doc struct {
		Items     []string          `json:"items"`
		Scale     string            `json:"scale"`
		Judgments []json.RawMessage `json:"judgments"`
	}
	if err := decode(r, &doc); err != nil {
		return nil, err
	}
	if doc.Items == nil {
		return nil, &mcda.ParseError{Field: "items", Offset: -1, Err: mcda.ErrMissingField}
	}
	sc, err := scaleNamed("scale", doc.Scale, "saaty-tfn")
	if err != nil {
		return nil, err
	}
	f := &AHPFile{Items: doc.Items}
	for k, raw := range doc.Judgments {
		field := fmt.Sprintf("judgments[%d]", k)
		var a, b, rationale string
		var v value
		raw = bytes.TrimSpace(raw)
		if len(raw) > 0 && raw[0] == '[' {
			var arr []json.RawMessage
			if err := json.Unmarshal(raw, &arr); err != nil || len(arr) != 3 {
				return nil, &mcda.ParseError{Field: field, Offset: -1, Err: errors.New("a judgment is [a, b, value] or an object with a, b and value")}
			}
			if json.Unmarshal(arr[0], &a) != nil || json.Unmarshal(arr[1], &b) != nil {
				return nil, &mcda.ParseError{Field: field, Offset: -1, Err: errors.New("a judgment names its items as strings")}
			}
			if err := json.Unmarshal(arr[2], &v); err != nil {
				return nil, &mcda.ParseError{Field: field + "[2]", Offset: -1, Err: err}
			}
		} else {
			var o struct {
				A, B      *string
				Value     *value
				Rationale string
				Anchor    string
			}
			dec := json.NewDecoder(bytes.NewReader(raw))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&o); err != nil || o.A == nil || o.B == nil || o.Value == nil {
				return nil, &mcda.ParseError{Field: field, Offset: -1, Err: fmt.Errorf("a judgment is [a, b, value] or an object with a, b and value: %v", err)}
			}
			a, b, v, rationale = *o.A, *o.B, *o.Value, o.Rationale
		}
		t, err := v.resolve(sc, field+".value")
		if err != nil {
			return nil, err
		}
		f.Judgments = append(f.Judgments, Judgment{A: a, B: b, Value: t})
		f.Rationales = append(f.Rationales, rationale)
	}
	return f, nil
}

// A TOPSISFile is a fuzzy TOPSIS problem as ReadTOPSIS reads it.
type TOPSISFile struct {
	Alternatives []string
	Criteria     []mcda.Criterion
	// DecisionMakers names the decision makers; Ratings[k] and Weights[k]
	// are decision maker k's.
	DecisionMakers []string
	Ratings        [][][]TFN
	Weights        [][]TFN
	Options        TOPSISOptions
}

// ReadTOPSIS reads a group fuzzy TOPSIS problem in JSON:
//
//	{"alternatives": ["A1", "A2"],
//	 "criteria": [{"name": "Experience", "type": "benefit"}, {"name": "Salary", "type": "cost"}],
//	 "rating_scale": "chen-ratings", "weight_scale": "chen-weights",
//	 "decision_makers": [
//	   {"name": "D1", "weights": ["high", [0.5, 0.7, 0.9]],
//	    "ratings": [["good", "fair"], ["very good", [3, 5, 7]]]}],
//	 "ideal": "unit", "separation": "sum"}
//
// A decision maker's "ratings" has one row per alternative and one value
// per criterion, and "weights" one value per criterion; a value is
// [l, m, u], a number, or a term of the scale ("rating_scale" defaults to
// "chen-ratings" and "weight_scale" to "chen-weights"). "type" defaults to
// "benefit"; "ideal" ("unit" or "maxmin") and "separation" ("sum" or
// "euclidean") to Chen's (2000). Unknown keys, terms and scales, and
// trailing data are errors; a malformed document is a *mcda.ParseError
// naming the field. TOPSIS checks the problem.
func ReadTOPSIS(r io.Reader) (*TOPSISFile, error) {
	var doc struct {
		Alternatives []string `json:"alternatives"`
		Criteria     []struct {
			Name string `json:"name"`
			Type string `json:"type"`
		} `json:"criteria"`
		RatingScale    string `json:"rating_scale"`
		WeightScale    string `json:"weight_scale"`
		DecisionMakers []struct {
			Name    string    `json:"name"`
			Weights []value   `json:"weights"`
			Ratings [][]value `json:"ratings"`
		} `json:"decision_makers"`
		Ideal      string `json:"ideal"`
		Separation string `json:"separation"`
	}
	if err := decode(r, &doc); err != nil {
		return nil, err
	}
	for _, req := range []struct {
		name string
		ok   bool
	}{{"alternatives", doc.Alternatives != nil}, {"criteria", doc.Criteria != nil}, {"decision_makers", doc.DecisionMakers != nil}} {
		if !req.ok {
			return nil, &mcda.ParseError{Field: req.name, Offset: -1, Err: mcda.ErrMissingField}
		}
	}
	rs, err := scaleNamed("rating_scale", doc.RatingScale, "chen-ratings")
	if err != nil {
		return nil, err
	}
	ws, err := scaleNamed("weight_scale", doc.WeightScale, "chen-weights")
	if err != nil {
		return nil, err
	}
	f := &TOPSISFile{Alternatives: doc.Alternatives}
	if doc.Ideal != "" {
		if f.Options.Ideal, err = ParseIdeal(doc.Ideal); err != nil {
			return nil, &mcda.ParseError{Field: "ideal", Offset: -1, Err: fmt.Errorf("%w: %q, want unit or maxmin", mcda.ErrParameter, doc.Ideal)}
		}
	}
	if doc.Separation != "" {
		if f.Options.Separation, err = ParseSeparation(doc.Separation); err != nil {
			return nil, &mcda.ParseError{Field: "separation", Offset: -1, Err: fmt.Errorf("%w: %q, want sum or euclidean", mcda.ErrParameter, doc.Separation)}
		}
	}
	for j, c := range doc.Criteria {
		cr := mcda.Criterion{Name: c.Name, Objective: mcda.ObjectiveBenefit}
		switch c.Type {
		case "", "benefit":
		case "cost":
			cr.Objective = mcda.ObjectiveCost
		default:
			return nil, &mcda.ParseError{Field: fmt.Sprintf("criteria[%d].type", j), Offset: -1, Err: fmt.Errorf("%w: %q, want benefit or cost", mcda.ErrObjective, c.Type)}
		}
		f.Criteria = append(f.Criteria, cr)
	}
	for k, d := range doc.DecisionMakers {
		f.DecisionMakers = append(f.DecisionMakers, d.Name)
		w := make([]TFN, len(d.Weights))
		for j, v := range d.Weights {
			if w[j], err = v.resolve(ws, fmt.Sprintf("decision_makers[%d].weights[%d]", k, j)); err != nil {
				return nil, err
			}
		}
		rt := make([][]TFN, len(d.Ratings))
		for i, row := range d.Ratings {
			rt[i] = make([]TFN, len(row))
			for j, v := range row {
				if rt[i][j], err = v.resolve(rs, fmt.Sprintf("decision_makers[%d].ratings[%d][%d]", k, i, j)); err != nil {
					return nil, err
				}
			}
		}
		f.Weights = append(f.Weights, w)
		f.Ratings = append(f.Ratings, rt)
	}
	return f, nil
}

// value is [l, m, u], a number, or a linguistic term.
type value struct {
	tfn  TFN
	term string
}

func (v *value) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) > 0 && b[0] == '"':
		if err := json.Unmarshal(b, &v.term); err != nil {
			return err
		}
		if v.term == "" {
			return errors.New("empty term")
		}
		return nil
	case len(b) > 0 && b[0] == '[':
		var x []float64
		if err := json.Unmarshal(b, &x); err != nil {
			return err
		}
		if len(x) != 3 {
			return fmt.Errorf("a triangular fuzzy number is [l, m, u], got %d numbers", len(x))
		}
		v.tfn = TFN{x[0], x[1], x[2]}
		return nil
	}
	var x float64
	if err := json.Unmarshal(b, &x); err != nil {
		return err
	}
	v.tfn = Crisp(x)
	return nil
}

func (v value) resolve(s Scale, field string) (TFN, error) {
	if v.term == "" {
		return v.tfn, nil
	}
	t, err := s.Lookup(v.term)
	if err != nil {
		return TFN{}, &mcda.ParseError{Field: field, Offset: -1, Err: err}
	}
	return t, nil
}

func scaleNamed(field, name, def string) (Scale, error) {
	if name == "" {
		name = def
	}
	s, ok := Scales()[name]
	if !ok {
		var names []string
		for _, n := range []string{"chen-ratings", "chen-weights", "ratings5", "weights5", "importance5", "saaty-tfn"} {
			names = append(names, fmt.Sprintf("%q", n))
		}
		return Scale{}, &mcda.ParseError{Field: field, Offset: -1, Err: fmt.Errorf("%w: scale %q, want one of %s", ErrUnknown, name, strings.Join(names, ", "))}
	}
	return s, nil
}

// decode reads one JSON document of at most MaxDocument bytes into v,
// strictly: unknown keys and trailing data are *mcda.ParseError values.
func decode(r io.Reader, v any) error {
	return jsondoc.Decode(r, v, MaxDocument)
}
