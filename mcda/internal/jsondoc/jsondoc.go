// Package jsondoc reads the strict JSON documents of the model and problem
// files of packages mcda/anp, mcda/fuzzy, mcda/outranking and mcda/robust.
package jsondoc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/balancer-mcda/balancer/mcda"
)

// Decode reads one JSON document of at most max bytes into v, strictly:
// a larger document, unknown keys, syntax and type errors and trailing
// data are *mcda.ParseError values with the offset (and the field, where
// known).
func Decode(r io.Reader, v any, max int) error {
	data, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
	if err != nil {
		return &mcda.ParseError{Offset: -1, Err: err}
	}
	if len(data) > max {
		return &mcda.ParseError{Offset: int64(max), Err: fmt.Errorf("document larger than %d bytes: %w", max, mcda.ErrParameter)}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			return &mcda.ParseError{Offset: se.Offset, Err: err}
		case errors.As(err, &te):
			return &mcda.ParseError{Field: te.Field, Offset: te.Offset, Err: err}
		case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
			return &mcda.ParseError{Offset: int64(len(data)), Err: fmt.Errorf("unexpected end of input: %w", err)}
		case strings.HasPrefix(err.Error(), "json: unknown field "):
			return &mcda.ParseError{Field: strings.Trim(strings.TrimPrefix(err.Error(), "json: unknown field "), `"`), Offset: dec.InputOffset(), Err: mcda.ErrUnknownField}
		}
		// A *mcda.ParseError from a field's UnmarshalJSON names its field.
		var pe *mcda.ParseError
		if errors.As(err, &pe) {
			return pe
		}
		return &mcda.ParseError{Offset: dec.InputOffset(), Err: err}
	}
	if _, err := dec.Token(); err != io.EOF {
		return &mcda.ParseError{Offset: dec.InputOffset(), Err: errors.New("data after the document")}
	}
	return nil
}
