package ahp

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"

	"github.com/balancer-mcda/balancer/mcda"
)

// ReadJSON reads one pairwise comparison problem from r and returns its
// validated matrix. The document is an object with the keys, in any order,
//
//	"items":     array of item names, required
//	"judgments": array of [A, B, value] triples, meaning "A over B is value"
//	"matrix":    array of rows of numbers, the full matrix in item order
//
// with exactly one of "judgments" and "matrix", for example
//
//	{"items": ["a", "b", "c"], "judgments": [["a", "b", 3], ["a", "c", 5], ["b", "c", 2]]}
//
// Judgments are checked by [NewIncompleteMatrixFromJudgments] and matrices by [NewMatrix],
// against scale (the zero Scale means 1/9..9).
//
// The matrix may be incomplete. In the "judgments" form a pair without a
// judgment is missing; in the "matrix" form null marks a missing entry, and
// its mirror must be null too (else [ErrOneSidedMissing]; a null on the
// diagonal is [ErrDiagonal]), for example
//
//	{"items": ["a", "b", "c"], "matrix": [[1, 3, null], [0.3333333333333333, 1, 2], [null, 0.5, 1]]}
//
// Either way the known pairs must connect the items (else a
// [*DisconnectedError]).
//
// A malformed document gives a [*mcda.ParseError] whose Field is the path of
// the offending value (e.g. "judgments[2][1]") and whose Err is
// [mcda.ErrUnknownField], [mcda.ErrMissingField], [ErrFieldType],
// [ErrDuplicateField], [ErrFieldConflict], [ErrTrailingData], a [*mcda.ShapeError] (a judgment
// that is not a triple), a [*strconv.NumError] (a number out of range), a
// [*json.SyntaxError] or [io.ErrUnexpectedEOF]. Offset is the byte offset at
// or just before the offending value. A well-formed document with invalid
// content gives the errors of [NewIncompleteMatrixFromJudgments] or [NewMatrix].
func ReadJSON(r io.Reader, scale Scale) (*Matrix, error) {
	p := parser{dec: json.NewDecoder(r)}
	p.dec.UseNumber()
	doc, err := p.document()
	if err != nil {
		return nil, err
	}
	if doc.useMatrix {
		if doc.nulls == nil {
			return NewMatrix(doc.items, doc.matrix, scale)
		}
		a, err := flatten(doc.items, doc.matrix, scale)
		if err != nil {
			return nil, err
		}
		n := len(doc.items)
		null := make([]bool, n*n)
		for _, ij := range doc.nulls {
			null[ij[0]*n+ij[1]] = true
		}
		return newMasked(doc.items, a, null, scale)
	}
	return NewIncompleteMatrixFromJudgments(doc.items, doc.judgments, scale)
}

type document struct {
	items     []string
	judgments []Judgment
	matrix    [][]float64
	nulls     [][2]int // positions of the nulls in matrix, which hold 0
	useMatrix bool
}

type parser struct {
	dec *json.Decoder
	off int64 // offset before the last token read
}

// token reads the next token, turning decoder errors into a ParseError for
// field.
func (p *parser) token(field string) (json.Token, error) {
	p.off = p.dec.InputOffset()
	tok, err := p.dec.Token()
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		off := p.off
		var se *json.SyntaxError
		if errors.As(err, &se) {
			off = se.Offset
		}
		return nil, &mcda.ParseError{Field: field, Offset: off, Err: err}
	}
	return tok, nil
}

func (p *parser) fail(field string, err error) error {
	return &mcda.ParseError{Field: field, Offset: p.off, Err: err}
}

// delim reads a token that must be the delimiter d.
func (p *parser) delim(field string, d json.Delim) error {
	tok, err := p.token(field)
	if err != nil {
		return err
	}
	if tok != d {
		return p.fail(field, ErrFieldType)
	}
	return nil
}

func (p *parser) document() (document, error) {
	var doc document
	if err := p.delim("", '{'); err != nil {
		return doc, err
	}
	seen := map[string]bool{}
	for p.dec.More() {
		tok, err := p.token("")
		if err != nil {
			return doc, err
		}
		key := tok.(string) // object keys are always strings
		field := fieldName(key)
		if seen[key] {
			return doc, p.fail(field, ErrDuplicateField)
		}
		seen[key] = true
		switch key {
		case "items":
			doc.items, err = p.strings(field)
		case "judgments":
			doc.judgments, err = p.judgments(field)
		case "matrix":
			doc.matrix, doc.nulls, err = p.matrix(field)
		default:
			return doc, p.fail(field, mcda.ErrUnknownField)
		}
		if err != nil {
			return doc, err
		}
		if seen["judgments"] && seen["matrix"] {
			return doc, p.fail(field, ErrFieldConflict)
		}
	}
	if _, err := p.token(""); err != nil { // the closing '}'
		return doc, err
	}
	p.off = p.dec.InputOffset()
	if _, err := p.dec.Token(); err != io.EOF {
		if err == nil {
			err = ErrTrailingData
		}
		return doc, p.fail("", err)
	}
	switch {
	case !seen["items"]:
		return doc, p.fail("items", mcda.ErrMissingField)
	case !seen["judgments"] && !seen["matrix"]:
		return doc, p.fail("judgments", mcda.ErrMissingField)
	}
	doc.useMatrix = seen["matrix"]
	return doc, nil
}

// simpleKey matches keys that need no quoting in a field path.
var simpleKey = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

func fieldName(key string) string {
	if simpleKey.MatchString(key) {
		return key
	}
	return strconv.Quote(key)
}

// array reads an array, calling elem for each element with its path.
func (p *parser) array(field string, elem func(field string, i int) error) error {
	if err := p.delim(field, '['); err != nil {
		return err
	}
	for i := 0; p.dec.More(); i++ {
		if err := elem(fmt.Sprintf("%s[%d]", field, i), i); err != nil {
			return err
		}
	}
	_, err := p.token(field) // the closing ']'
	return err
}

// str reads a string.
func (p *parser) str(field string) (string, error) {
	tok, err := p.token(field)
	if err != nil {
		return "", err
	}
	s, ok := tok.(string)
	if !ok {
		return "", p.fail(field, ErrFieldType)
	}
	return s, nil
}

// number reads a number; null is [ErrFieldType].
func (p *parser) number(field string) (float64, error) {
	v, null, err := p.numberOrNull(field)
	if err == nil && null {
		return 0, p.fail(field, ErrFieldType)
	}
	return v, err
}

func (p *parser) strings(field string) ([]string, error) {
	out := []string{}
	err := p.array(field, func(f string, _ int) error {
		s, err := p.str(f)
		out = append(out, s)
		return err
	})
	return out, err
}

func (p *parser) judgments(field string) ([]Judgment, error) {
	out := []Judgment{}
	err := p.array(field, func(f string, _ int) error {
		var jd Judgment
		var got int
		err := p.array(f, func(g string, i int) error {
			var err error
			switch i {
			case 0:
				jd.A, err = p.str(g)
			case 1:
				jd.B, err = p.str(g)
			case 2:
				jd.Value, err = p.number(g)
			default: // count the extra elements for the error
				var raw json.RawMessage
				p.off = p.dec.InputOffset()
				if err = p.dec.Decode(&raw); err != nil {
					err = p.fail(g, err)
				}
			}
			got = i + 1
			return err
		})
		if err != nil {
			return err
		}
		if got != 3 {
			return p.fail(f, &mcda.ShapeError{What: "judgment", Got: got, Want: 3})
		}
		out = append(out, jd)
		return nil
	})
	return out, err
}

// matrix reads an array of rows of numbers or nulls; nulls are returned as
// 0 in the rows and listed by position.
func (p *parser) matrix(field string) ([][]float64, [][2]int, error) {
	out := [][]float64{}
	var nulls [][2]int
	err := p.array(field, func(f string, i int) error {
		row := []float64{}
		err := p.array(f, func(g string, j int) error {
			v, null, err := p.numberOrNull(g)
			if null {
				nulls = append(nulls, [2]int{i, j})
			}
			row = append(row, v)
			return err
		})
		out = append(out, row)
		return err
	})
	return out, nulls, err
}

// numberOrNull reads a number, or null (reported, with value 0).
func (p *parser) numberOrNull(field string) (v float64, null bool, err error) {
	tok, err := p.token(field)
	if err != nil {
		return 0, false, err
	}
	if tok == nil {
		return 0, true, nil
	}
	num, ok := tok.(json.Number)
	if !ok {
		return 0, false, p.fail(field, ErrFieldType)
	}
	v, err = strconv.ParseFloat(string(num), 64)
	if err != nil {
		return 0, false, p.fail(field, err)
	}
	return v, false, nil
}
