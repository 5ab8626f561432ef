package mcda

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// ReadJSON reads a decision problem in balancer's JSON format:
//
//	{"criteria": [{"name": "speed", "type": "benefit", "weight": 0.2},
//	              {"name": "price", "type": "cost",    "weight": 0.1}],
//	 "alternatives": [{"name": "A1", "values": [2.0, 5.5]},
//	                  {"name": "A2", "values": [2.5, 6.5]}]}
//
// Keys may come in any order; every key shown is required except "weight",
// which must be given for every criterion or for none (then all weights are
// equal, 1). "values" lists one number per criterion, in the criteria's
// order. A criterion may also carry the PROMETHEE preference function of
// [ReadProblem], which ReadJSON checks and drops. Unknown keys, a key given
// twice in one object, null values and trailing data are errors. The whole
// input is read before it is decoded.
//
// A malformed document, an unknown, duplicated or missing key, a null, or a
// value of the wrong type (including a number too large for a float64) is a
// [*ParseError]. Its Field names the place, e.g. "alternatives[1].values[2]";
// its Offset is the byte offset of the offending value, of the enclosing
// object for a missing key, and for malformed text of the offending
// character (the input's length if the input ends early). Its Err wraps
// [ErrUnknownField], [ErrMissingField] or [ErrObjective] where they apply,
// and is the error of package encoding/json for malformed text or a wrong
// type. A failure to read r is a *ParseError with Offset -1 that wraps the
// reader's error.
//
// The data are then validated as by [NewDecisionMatrix], whose errors name
// the alternative and criterion.
func ReadJSON(r io.Reader) (*DecisionMatrix, error) {
	p, err := ReadProblem(r)
	if err != nil {
		return nil, err
	}
	return p.Matrix, nil
}

// A Problem is a decision matrix together with the method parameters a
// problem file may carry.
type Problem struct {
	Matrix *DecisionMatrix
	// Preferences holds the PROMETHEE preference function of each
	// criterion, in criterion order, for [PROMETHEE].Preferences; nil when
	// no criterion has one. Criteria without one get the usual criterion.
	Preferences []Preference
}

// ReadProblem reads a decision problem in the JSON format of [ReadJSON],
// in which each criterion may also carry its PROMETHEE preference function:
//
//	{"name": "price", "type": "cost", "weight": 0.1,
//	 "preference": {"function": "linear", "q": 1, "p": 2}}
//
// "function" is one of "usual", "ushape", "vshape", "level", "linear" and
// "gaussian" (Brans & Vincke's types I to VI, see [PreferenceFunction]).
// The function's parameters, in the criterion's units, are required, and
// no others may be given: none for usual, "q" for ushape, "p" for vshape,
// "q" and "p" for level and linear, "s" for gaussian. Errors are as for
// ReadJSON; an unknown function or an invalid parameter (negative, q > p,
// s = 0) is a [*ParseError] naming the field, such as
// "criteria[2].preference", and wrapping [ErrParameter]. A leading UTF-8
// byte order mark is skipped, as by [ReadCSV].
func ReadProblem(r io.Reader) (*Problem, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &ParseError{Offset: -1, Err: err}
	}
	if bytes.HasPrefix(data, utf8BOM) {
		// A byte order mark, as ReadCSV accepts: blanked, so that byte
		// offsets in errors still count from the start of the input.
		copy(data, "   ")
	}
	var doc problemDoc
	if err := doc.decode(data); err != nil {
		return nil, err
	}
	m, err := NewDecisionMatrix(doc.alternatives, doc.criteria, doc.rows)
	if err != nil {
		return nil, err
	}
	p := &Problem{Matrix: m}
	if len(doc.prefs) > 0 {
		p.Preferences = make([]Preference, len(doc.criteria))
		for _, dp := range doc.prefs {
			if err := dp.pref.validate(dp.criterion, m); err != nil {
				var ce *CriterionError
				if errors.As(err, &ce) {
					err = ce.Err
				}
				return nil, &ParseError{Field: dp.at.path, Offset: dp.at.off, Err: err}
			}
			p.Preferences[dp.criterion] = dp.pref
		}
	}
	return p, nil
}

// WriteJSON writes m in the format read by [ReadJSON], indented, with each
// criterion's weight as given to the constructor. ReadJSON reads the output
// back into an identical matrix, unless a name is not valid UTF-8: such
// bytes are written as U+FFFD.
func WriteJSON(w io.Writer, m *DecisionMatrix) error {
	return WriteProblem(w, &Problem{Matrix: m})
}

// WriteProblem writes p in the format read by [ReadProblem], as
// [WriteJSON] does, with each criterion's preference function when
// p.Preferences is not nil. It returns an error wrapping [ErrShape] if
// p.Preferences is not nil and its length is not the number of criteria,
// and one wrapping [ErrParameter] for an unknown preference function.
func WriteProblem(w io.Writer, p *Problem) error {
	type pref struct {
		Function string   `json:"function"`
		Q        *float64 `json:"q,omitempty"`
		P        *float64 `json:"p,omitempty"`
		S        *float64 `json:"s,omitempty"`
	}
	type crit struct {
		Name       string  `json:"name"`
		Type       string  `json:"type"`
		Weight     float64 `json:"weight"`
		Preference *pref   `json:"preference,omitempty"`
	}
	type alt struct {
		Name   string    `json:"name"`
		Values []float64 `json:"values"`
	}
	var doc struct {
		Criteria     []crit `json:"criteria"`
		Alternatives []alt  `json:"alternatives"`
	}
	m := p.Matrix
	if p.Preferences != nil && len(p.Preferences) != len(m.criteria) {
		return fmt.Errorf("mcda: %d preference functions for %d criteria: %w", len(p.Preferences), len(m.criteria), ErrShape)
	}
	for j, c := range m.criteria {
		cr := crit{Name: c.Name, Type: c.Objective.String(), Weight: c.Weight}
		if p.Preferences != nil {
			pf := p.Preferences[j]
			params, ok := preferenceParams(pf.Function)
			if !ok {
				return &CriterionError{Index: j, Name: c.Name, Err: fmt.Errorf("preference function %v: %w", pf.Function, ErrParameter)}
			}
			out := &pref{Function: pf.Function.String()}
			for _, k := range params {
				switch k {
				case "q":
					out.Q = &pf.Q
				case "p":
					out.P = &pf.P
				case "s":
					out.S = &pf.S
				}
			}
			cr.Preference = out
		}
		doc.Criteria = append(doc.Criteria, cr)
	}
	for i, a := range m.alternatives {
		doc.Alternatives = append(doc.Alternatives, alt{a, m.Row(nil, i)})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// preferenceParams returns the parameters preference function f takes.
func preferenceParams(f PreferenceFunction) ([]string, bool) {
	switch f {
	case PreferenceUsual:
		return nil, true
	case PreferenceUShape:
		return []string{"q"}, true
	case PreferenceVShape:
		return []string{"p"}, true
	case PreferenceLevel, PreferenceLinear:
		return []string{"q", "p"}, true
	case PreferenceGaussian:
		return []string{"s"}, true
	}
	return nil, false
}

// problemDoc holds a decoded document, ready for NewDecisionMatrix.
type problemDoc struct {
	criteria     []Criterion
	alternatives []string
	rows         [][]float64
	prefs        []docPreference
}

// docPreference is a criterion's preference function as decoded, with its
// place in the document for errors found once the matrix is built.
type docPreference struct {
	criterion int
	pref      Preference
	at        jsonValue
}

// decode decodes a whole document. Syntax errors, including trailing data,
// are caught first, so that the walk below only meets well-formed JSON.
func (doc *problemDoc) decode(data []byte) error {
	if err := json.Unmarshal(data, new(json.RawMessage)); err != nil {
		off := int64(-1)
		var se *json.SyntaxError
		if errors.As(err, &se) {
			off = syntaxOffset(data, se)
		}
		return &ParseError{Offset: off, Err: err}
	}
	body := bytes.TrimLeft(data, " \t\r\n")
	top := jsonValue{raw: body, off: int64(len(data) - len(body))}
	members, err := top.object("criteria", "alternatives")
	if err != nil {
		return err
	}
	crits, err := members["criteria"].array()
	if err != nil {
		return err
	}
	alts, err := members["alternatives"].array()
	if err != nil {
		return err
	}
	var unweighted []jsonValue // criteria without a weight
	for _, v := range crits {
		obj, err := v.object("name", "type", "weight?", "preference?")
		if err != nil {
			return err
		}
		c := Criterion{Weight: 1}
		var typ string
		if err := obj["name"].decode(&c.Name); err != nil {
			return err
		}
		if err := obj["type"].decode(&typ); err != nil {
			return err
		}
		if c.Objective, err = ParseObjective(typ); err != nil {
			return obj["type"].errAt(err)
		}
		if w, ok := obj["weight"]; ok {
			if err := w.decode(&c.Weight); err != nil {
				return err
			}
		} else {
			unweighted = append(unweighted, v)
		}
		if pv, ok := obj["preference"]; ok {
			pref, err := decodePreference(pv)
			if err != nil {
				return err
			}
			doc.prefs = append(doc.prefs, docPreference{criterion: len(doc.criteria), pref: pref, at: pv})
		}
		doc.criteria = append(doc.criteria, c)
	}
	if len(unweighted) > 0 && len(unweighted) < len(crits) {
		v := unweighted[0]
		return &ParseError{Field: join(v.path, "weight"), Offset: v.off,
			Err: fmt.Errorf("%w: give every criterion a weight, or none", ErrMissingField)}
	}
	for _, v := range alts {
		obj, err := v.object("name", "values")
		if err != nil {
			return err
		}
		var name string
		if err := obj["name"].decode(&name); err != nil {
			return err
		}
		row, err := obj["values"].numbers()
		if err != nil {
			return err
		}
		doc.alternatives = append(doc.alternatives, name)
		doc.rows = append(doc.rows, row)
	}
	return nil
}

// decodePreference decodes a criterion's "preference" object: its
// function, and exactly the parameters that function takes.
func decodePreference(v jsonValue) (Preference, error) {
	obj, err := v.object("function", "q?", "p?", "s?")
	if err != nil {
		return Preference{}, err
	}
	var name string
	if err := obj["function"].decode(&name); err != nil {
		return Preference{}, err
	}
	var pref Preference
	if pref.Function, err = ParsePreferenceFunction(name); err != nil {
		return Preference{}, obj["function"].errAt(err)
	}
	params, _ := preferenceParams(pref.Function)
	for _, k := range []string{"q", "p", "s"} {
		x, given := obj[k]
		want := slices.Contains(params, k)
		switch {
		case given && !want:
			return Preference{}, x.errAt(fmt.Errorf("%w: %s takes no %s", ErrUnknownField, pref.Function, k))
		case !given && want:
			return Preference{}, &ParseError{Field: join(v.path, k), Offset: v.off,
				Err: fmt.Errorf("%w: %s needs %s", ErrMissingField, pref.Function, k)}
		case given:
			dst := &pref.S
			switch k {
			case "q":
				dst = &pref.Q
			case "p":
				dst = &pref.P
			}
			if err := x.decode(dst); err != nil {
				return Preference{}, err
			}
		}
	}
	return pref, nil
}

// syntaxOffset returns the offset of the character at which a syntax error
// was found, or len(data) if the input ended early. (se.Offset counts the
// bytes read, including the offending character.)
func syntaxOffset(data []byte, se *json.SyntaxError) int64 {
	if se.Offset <= 0 || se.Offset > int64(len(data)) {
		return max(0, min(se.Offset, int64(len(data))))
	}
	if se.Offset == int64(len(data)) {
		// The last byte is offending, or the input ended early, which a
		// Decoder reports as io.EOF or io.ErrUnexpectedEOF.
		err := json.NewDecoder(bytes.NewReader(data)).Decode(new(json.RawMessage))
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return se.Offset
		}
	}
	return se.Offset - 1
}

// A jsonValue is one well-formed JSON value of a document: its text, the
// byte offset where it starts in the document, and its path, such as
// "alternatives[1].values[2]" ("" for the document itself).
type jsonValue struct {
	raw  []byte
	off  int64
	path string
}

// errAt returns a *ParseError at v with the given cause.
func (v jsonValue) errAt(err error) error {
	return &ParseError{Field: v.path, Offset: v.off, Err: err}
}

// decode decodes v into dst, rejecting null.
func (v jsonValue) decode(dst any) error {
	if bytes.Equal(v.raw, []byte("null")) {
		return v.errAt(ErrNull)
	}
	if err := json.Unmarshal(v.raw, dst); err != nil {
		return v.errAt(err)
	}
	return nil
}

// open returns a decoder positioned after the opening delimiter of v, or
// the error of decoding v into dst when v is not of dst's kind.
func (v jsonValue) open(delim json.Delim, dst any) (*json.Decoder, error) {
	dec := json.NewDecoder(bytes.NewReader(v.raw))
	if tok, err := dec.Token(); err != nil || tok != delim {
		if err := v.decode(dst); err != nil {
			return nil, err
		}
		return nil, v.errAt(fmt.Errorf("want %v", delim)) // not reached: v.raw is well-formed
	}
	return dec, nil
}

// next returns the next value from dec, which reads v, at the given path.
func (v jsonValue) next(dec *json.Decoder, path string) (jsonValue, error) {
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return jsonValue{}, v.errAt(err) // not reached: v.raw is well-formed
	}
	// The decoder stops right after the value, which it returns trimmed.
	return jsonValue{raw: raw, off: v.off + dec.InputOffset() - int64(len(raw)), path: path}, nil
}

// object returns the members of the JSON object v by key. keys lists the
// keys the object may have, all required except those marked with a final
// "?". An unknown, duplicated or missing key is a *ParseError.
func (v jsonValue) object(keys ...string) (map[string]jsonValue, error) {
	dec, err := v.open('{', new(map[string]json.RawMessage))
	if err != nil {
		return nil, err
	}
	members := make(map[string]jsonValue, len(keys))
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, v.errAt(err) // not reached: v.raw is well-formed
		}
		key, _ := tok.(string)
		m, err := v.next(dec, join(v.path, key))
		if err != nil {
			return nil, err
		}
		if !slices.ContainsFunc(keys, func(k string) bool { return strings.TrimSuffix(k, "?") == key }) {
			return nil, m.errAt(ErrUnknownField)
		}
		if _, dup := members[key]; dup {
			return nil, m.errAt(ErrDuplicateField)
		}
		members[key] = m
	}
	for _, k := range keys {
		if _, ok := members[k]; !ok && !strings.HasSuffix(k, "?") {
			return nil, &ParseError{Field: join(v.path, k), Offset: v.off, Err: ErrMissingField}
		}
	}
	return members, nil
}

// array returns the elements of the JSON array v.
func (v jsonValue) array() ([]jsonValue, error) {
	dec, err := v.open('[', new([]json.RawMessage))
	if err != nil {
		return nil, err
	}
	var elems []jsonValue
	for i := 0; dec.More(); i++ {
		e, err := v.next(dec, fmt.Sprintf("%s[%d]", v.path, i))
		if err != nil {
			return nil, err
		}
		elems = append(elems, e)
	}
	return elems, nil
}

// numbers returns the elements of the JSON array of numbers v.
func (v jsonValue) numbers() ([]float64, error) {
	// Fast path. json.Unmarshal would turn a null element into 0, so
	// arrays that may hold one take the slow path, which rejects it.
	var row []float64
	if !bytes.Contains(v.raw, []byte("null")) && json.Unmarshal(v.raw, &row) == nil {
		return row, nil
	}
	// Find the offending element.
	vals, err := v.array()
	if err != nil {
		return nil, err
	}
	row = make([]float64, len(vals))
	for j, x := range vals {
		if err := x.decode(&row[j]); err != nil {
			return nil, err
		}
	}
	return row, nil
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
