package ahp

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/balancer-mcda/balancer/mcda"
)

// MaxDepth is the deepest criteria tree that [ReadModel] and
// [Model.Validate] accept: a criterion may lie at most MaxDepth levels
// below the goal. Deeper trees are an error wrapping [ErrTooDeep]. AHP
// hierarchies rarely exceed five levels; the limit bounds the work and the
// recursion of every analysis of a model.
const MaxDepth = 100

// ErrTooDeep is the cause when a model's criteria tree, or its JSON
// document, is nested more deeply than [MaxDepth] allows. It is returned
// in a [*mcda.ParseError] by [ReadModel] and in a [*NodeError] by
// [Model.Validate].
var ErrTooDeep = errors.New("nested too deeply")

// maxNesting bounds the nesting of a model document: two levels per
// criterion ({"children": [...]}) and a few for the rest.
const maxNesting = 2*MaxDepth + 8

// A jvalue is one value of a JSON document, read in a single pass by
// parseTree so that decoding a model is linear in the document's size
// whatever its depth.
type jvalue struct {
	kind byte     // '{', '[', '"' (string), '0' (number), 'b' (true or false), 'z' (null)
	str  string   // a string, or a number's literal
	keys []string // an object's keys, in document order
	vals []*jvalue
	off  int64 // byte offset just before the value
}

// jpath is the location of a value, built in O(1) per level and written
// out only for an error message.
type jpath struct {
	parent *jpath
	key    string // a member name, or "" for an element
	index  int    // an element's index
	quoted bool   // write the key as ["key"], for map keys
}

func (p *jpath) member(key string) *jpath { return &jpath{parent: p, key: key} }
func (p *jpath) mapKey(key string) *jpath { return &jpath{parent: p, key: key, quoted: true} }
func (p *jpath) elem(i int) *jpath        { return &jpath{parent: p, index: i} }

// String returns the path in the form criteria[1].children[0].type, or
// judgments["Cost"][0].
func (p *jpath) String() string {
	var parts []*jpath
	for q := p; q != nil && (q.parent != nil || q.key != "" || q.quoted); q = q.parent {
		parts = append(parts, q)
	}
	var b bytes.Buffer
	for k := len(parts) - 1; k >= 0; k-- {
		q := parts[k]
		switch {
		case q.quoted:
			fmt.Fprintf(&b, "[%q]", q.key)
		case q.key != "":
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(q.key)
		default:
			fmt.Fprintf(&b, "[%d]", q.index)
		}
	}
	return b.String()
}

// parseTree reads one JSON document, which must be alone in data, into a
// tree, in time and memory linear in len(data). Nesting deeper than
// maxNesting is an error wrapping [ErrTooDeep].
func parseTree(data []byte) (*jvalue, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	fail := func(off int64, err error) error {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			off = se.Offset
		}
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return &mcda.ParseError{Offset: off, Err: err}
	}
	var root *jvalue
	var stack []*jvalue
	var key string // the pending key of the innermost object
	haveKey := false
	for {
		off := dec.InputOffset()
		tok, err := dec.Token()
		if err == io.EOF && root != nil && len(stack) == 0 {
			return root, nil
		}
		if err != nil {
			return nil, fail(off, err)
		}
		if root != nil && len(stack) == 0 {
			return nil, fail(off, ErrTrailingData)
		}
		var v *jvalue
		switch t := tok.(type) {
		case json.Delim:
			if t == '}' || t == ']' {
				stack = stack[:len(stack)-1]
				continue
			}
			v = &jvalue{kind: byte(t), off: off}
		case string:
			if top := len(stack) - 1; top >= 0 && stack[top].kind == '{' && !haveKey {
				key, haveKey = t, true
				continue
			}
			v = &jvalue{kind: '"', str: t, off: off}
		case json.Number:
			v = &jvalue{kind: '0', str: string(t), off: off}
		case bool:
			v = &jvalue{kind: 'b', off: off}
		case nil:
			v = &jvalue{kind: 'z', off: off}
		}
		if top := len(stack) - 1; top >= 0 {
			p := stack[top]
			if p.kind == '{' {
				p.keys = append(p.keys, key)
				haveKey = false
			}
			p.vals = append(p.vals, v)
		} else {
			root = v
		}
		if v.kind == '{' || v.kind == '[' {
			if len(stack) >= maxNesting {
				return nil, fail(off, fmt.Errorf("%w: more than %d levels of JSON; criteria may lie at most MaxDepth = %d levels below the goal", ErrTooDeep, maxNesting, MaxDepth))
			}
			stack = append(stack, v)
		}
	}
}

// typeError reports a value of the wrong JSON type at p.
func (v *jvalue) typeError(p *jpath, want string) error {
	got := map[byte]string{'{': "an object", '[': "an array", '"': "a string", '0': "a number", 'b': "a boolean", 'z': "null"}[v.kind]
	return &mcda.ParseError{Field: p.String(), Offset: v.off, Err: fmt.Errorf("%w: %s, want %s", ErrFieldType, got, want)}
}

// text returns a string value.
func (v *jvalue) text(p *jpath) (string, error) {
	if v.kind != '"' {
		return "", v.typeError(p, "a string")
	}
	return v.str, nil
}

// number returns a number value.
func (v *jvalue) number(p *jpath) (float64, error) {
	if v.kind != '0' {
		return 0, v.typeError(p, "a number")
	}
	x, err := strconv.ParseFloat(v.str, 64)
	if err != nil {
		return 0, &mcda.ParseError{Field: p.String(), Offset: v.off, Err: err}
	}
	return x, nil
}

// array returns an array's elements.
func (v *jvalue) array(p *jpath) ([]*jvalue, error) {
	if v.kind != '[' {
		return nil, v.typeError(p, "an array")
	}
	return v.vals, nil
}

// object checks that v is an object without repeated keys.
func (v *jvalue) object(p *jpath) error {
	if v.kind != '{' {
		return v.typeError(p, "an object")
	}
	seen := make(map[string]bool, len(v.keys))
	for k, key := range v.keys {
		if seen[key] {
			return &mcda.ParseError{Field: p.member(key).String(), Offset: v.vals[k].off, Err: ErrDuplicateField}
		}
		seen[key] = true
	}
	return nil
}

// get returns the member key of an object, or nil.
func (v *jvalue) get(key string) *jvalue {
	for k, name := range v.keys {
		if name == key {
			return v.vals[k]
		}
	}
	return nil
}

// fields checks that the object v has only the given keys and all the
// required ones, and decodes the members whose destination is a *string or
// *float64; members with other destinations are left to the caller.
func (v *jvalue) fields(p *jpath, dst map[string]any, required ...string) error {
	if err := v.object(p); err != nil {
		return err
	}
	for k, key := range v.keys {
		if _, ok := dst[key]; !ok {
			return &mcda.ParseError{Field: p.member(key).String(), Offset: v.vals[k].off, Err: mcda.ErrUnknownField}
		}
	}
	for _, key := range required {
		if v.get(key) == nil {
			return &mcda.ParseError{Field: p.member(key).String(), Offset: v.off, Err: mcda.ErrMissingField}
		}
	}
	for k, key := range v.keys {
		var err error
		switch d := dst[key].(type) {
		case *string:
			*d, err = v.vals[k].text(p.member(key))
		case *float64:
			*d, err = v.vals[k].number(p.member(key))
		case **jvalue:
			if v.vals[k].kind == 'z' {
				err = v.vals[k].typeError(p.member(key), "a value")
			}
			*d = v.vals[k]
		}
		if err != nil {
			return err
		}
	}
	return nil
}
