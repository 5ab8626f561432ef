package jsondoc

import (
	"errors"
	"strings"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
)

type inner struct{}

func (*inner) UnmarshalJSON([]byte) error {
	return &mcda.ParseError{Field: "x.inner", Offset: -1, Err: mcda.ErrParameter}
}

// TestDecode checks that every failure is a *mcda.ParseError with the
// field or offset it can give.
func TestDecode(t *testing.T) {
	type doc struct {
		A int    `json:"a"`
		X *inner `json:"x"`
	}
	for _, c := range []struct {
		in     string
		field  string
		offset int64
		is     error
	}{
		{`{"a": 1, "b": 2}`, "b", -2, mcda.ErrUnknownField},
		{`{"a": "one"}`, "a", -2, nil},
		{`{"a": 1`, "", 7, nil},
		{`{"a": 1} {}`, "", -2, nil},
		{`{"a": 1,, }`, "", 9, nil},
		{`{"x": {}}`, "x.inner", -1, mcda.ErrParameter},
		{`{"a": 1}` + strings.Repeat(" ", 30), "", 32, mcda.ErrParameter},
	} {
		var d doc
		err := Decode(strings.NewReader(c.in), &d, 32)
		var pe *mcda.ParseError
		if !errors.As(err, &pe) || pe.Field != c.field || c.offset != -2 && pe.Offset != c.offset || c.is != nil && !errors.Is(err, c.is) {
			t.Errorf("%q: err = %#v, want a *mcda.ParseError at field %q, offset %d, wrapping %v", c.in, err, c.field, c.offset, c.is)
		}
	}
	var d doc
	if err := Decode(strings.NewReader(`{"a": 3}`), &d, 32); err != nil || d.A != 3 {
		t.Errorf("valid document: %v, %+v", err, d)
	}
}
