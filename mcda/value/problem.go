package value

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/balancer-mcda/balancer/mcda"
)

// A Problem is a value-function problem read by [ReadProblem].
type Problem struct {
	// Matrix holds the alternatives, the criteria (objectives from the
	// value functions or the "type" keys) and the weights.
	Matrix *mcda.DecisionMatrix
	// Model holds the value functions; nil if the file gives none.
	Model *Model
	// Ranks is the reference ranking (1 = best, 0 = not ranked); nil if
	// no alternative has a "rank".
	Ranks []int
	// Breakpoints holds each criterion's number of UTA breakpoints
	// (default 2).
	Breakpoints []int
	// Delta is UTA's δ; 0 if not given.
	Delta float64
	// Lower and Upper are UTA's criterion bounds (see [UTA]); nil unless
	// every criterion has "bounds".
	Lower, Upper []float64
}

type docFunction struct {
	Type       string    `json:"type"`
	X          []float64 `json:"x"`
	Y          []float64 `json:"y"`
	Lo         *float64  `json:"lo"`
	Hi         *float64  `json:"hi"`
	Rho        *float64  `json:"rho"`
	Increasing *bool     `json:"increasing"`
	Worst      *float64  `json:"worst"`
	Best       *float64  `json:"best"`
	Mids       []float64 `json:"mids"`
}

type docCriterion struct {
	Name        *string      `json:"name"`
	Type        string       `json:"type"`
	Weight      *float64     `json:"weight"`
	Function    *docFunction `json:"function"`
	Breakpoints *int         `json:"breakpoints"`
	Bounds      []float64    `json:"bounds"`
}

type docAlternative struct {
	Name   *string   `json:"name"`
	Values []float64 `json:"values"`
	Rank   *int      `json:"rank"`
}

type docWeights struct {
	Method string    `json:"method"`
	Points []float64 `json:"points"`
	Ranks  []int     `json:"ranks"`
}

type doc struct {
	Criteria     []docCriterion   `json:"criteria"`
	Alternatives []docAlternative `json:"alternatives"`
	Weights      *docWeights      `json:"weights"`
	Delta        *float64         `json:"delta"`
}

// ReadProblem reads a value-function problem in JSON, the vocabulary of
// mcda.ReadJSON extended with value functions, elicited weights and a
// reference ranking:
//
//	{"criteria": [
//	   {"name": "price", "function": {"type": "piecewise", "x": [2, 16, 30], "y": [1, 0.4, 0]}},
//	   {"name": "time", "function": {"type": "exponential", "lo": 10, "hi": 40, "rho": 15, "increasing": false}},
//	   {"name": "comfort", "function": {"type": "bisection", "worst": 0, "best": 3, "mids": [1]}},
//	   {"name": "noise", "type": "cost", "breakpoints": 3}],
//	 "weights": {"method": "swing", "points": [100, 80, 30, 10]},
//	 "alternatives": [{"name": "RER", "values": [3, 10, 1, 2], "rank": 1}, …],
//	 "delta": 0.05}
//
// A criterion has a "function" (see [NewPiecewise], [NewExponential],
// [Bisection]; y on [0, 1] or [0, 100]) or a "type" ("benefit" or
// "cost"), or both if they agree; functions are given for every criterion
// or for none. Weights are per criterion ("weight"), or elicited in
// "weights" with "method" "swing", "smart" or "direct" and "points", or
// "smarter" and "ranks"; equal if neither. "rank" (1 = best, ties allowed)
// marks the reference alternatives of UTA and robust ordinal regression;
// "breakpoints" (>= 2), "bounds" ([lower, upper], for every criterion or
// none) and "delta" are UTA's parameters.
//
// Errors are *mcda.ParseError values naming the field, such as
// "criteria[1].function.y" for a non-monotone function (wrapping
// [ErrNotMonotone] in a *PointError) or "alternatives[3].values[1]" for a
// performance outside its function's domain (wrapping [ErrOutOfRange]),
// and wrapping mcda.ErrUnknownField, mcda.ErrDuplicateField (a key given
// twice in one object), mcda.ErrMissingField,
// mcda.ErrParameter, mcda.ErrWeight or the error of encoding/json; then
// the errors of mcda.NewDecisionMatrix. The input is limited to 64 MiB.
func ReadProblem(r io.Reader) (*Problem, error) {
	data, err := io.ReadAll(io.LimitReader(r, 64<<20+1))
	if err != nil {
		return nil, &mcda.ParseError{Offset: -1, Err: err}
	}
	if len(data) > 64<<20 {
		return nil, &mcda.ParseError{Offset: -1, Err: fmt.Errorf("%w: input over 64 MiB", ErrTooLarge)}
	}
	if err := checkDuplicateKeys(data); err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var d doc
	if err := dec.Decode(&d); err != nil {
		return nil, jsonError(err)
	}
	if off := dec.InputOffset(); len(bytes.TrimSpace(data[off:])) > 0 {
		return nil, &mcda.ParseError{Offset: off, Err: errors.New("trailing data")}
	}
	perr := func(field string, err error) error { return &mcda.ParseError{Field: field, Offset: -1, Err: err} }
	if len(d.Criteria) == 0 {
		return nil, perr("criteria", mcda.ErrEmpty)
	}
	if len(d.Alternatives) == 0 {
		return nil, perr("alternatives", mcda.ErrEmpty)
	}
	n := len(d.Criteria)
	p := &Problem{Breakpoints: make([]int, n)}
	crit := make([]mcda.Criterion, n)
	funcs := make([]Criterion, n)
	nf, nw, nb := 0, 0, 0
	for j, c := range d.Criteria {
		at := fmt.Sprintf("criteria[%d]", j)
		if c.Name == nil {
			return nil, perr(at+".name", mcda.ErrMissingField)
		}
		crit[j] = mcda.Criterion{Name: *c.Name, Weight: 1}
		if c.Type != "" {
			o, err := mcda.ParseObjective(c.Type)
			if err != nil {
				return nil, perr(at+".type", err)
			}
			crit[j].Objective = o
		}
		if c.Weight != nil {
			crit[j].Weight = *c.Weight
			nw++
		}
		p.Breakpoints[j] = 2
		if c.Breakpoints != nil {
			if *c.Breakpoints < 2 {
				return nil, perr(at+".breakpoints", fmt.Errorf("%w: %d", ErrBreakpoints, *c.Breakpoints))
			}
			if *c.Breakpoints > MaxBreakpoints {
				return nil, perr(at+".breakpoints", fmt.Errorf("%w: %d, at most %d", ErrTooLarge, *c.Breakpoints, MaxBreakpoints))
			}
			p.Breakpoints[j] = *c.Breakpoints
		}
		if c.Bounds != nil {
			if len(c.Bounds) != 2 || !(c.Bounds[0] < c.Bounds[1]) {
				return nil, perr(at+".bounds", fmt.Errorf("%w: %v, want [lower, upper] with lower < upper", mcda.ErrParameter, c.Bounds))
			}
			nb++
			p.Lower, p.Upper = append(p.Lower, c.Bounds[0]), append(p.Upper, c.Bounds[1])
		}
		if c.Function != nil {
			f, err := c.Function.build()
			if err != nil {
				return nil, perr(at+".function"+fieldOf(err), err)
			}
			o := mcda.ObjectiveBenefit
			if !f.Increasing() {
				o = mcda.ObjectiveCost
			}
			if crit[j].Objective != 0 && crit[j].Objective != o {
				return nil, perr(at+".type", fmt.Errorf("%w: %v, but the value function makes it a %v criterion", mcda.ErrObjective, crit[j].Objective, o))
			}
			crit[j].Objective = o
			funcs[j] = Criterion{Name: *c.Name, Function: f}
			nf++
		} else if crit[j].Objective == 0 {
			return nil, perr(at, fmt.Errorf("%w: \"type\" or \"function\"", mcda.ErrMissingField))
		}
	}
	if nf != 0 && nf != n {
		for j := range funcs {
			if funcs[j].Function == nil {
				return nil, perr(fmt.Sprintf("criteria[%d].function", j), fmt.Errorf("%w: other criteria have value functions", mcda.ErrMissingField))
			}
		}
	}
	if nb != 0 && nb != n {
		return nil, perr("criteria", fmt.Errorf("%w: bounds given for %d of %d criteria", mcda.ErrMissingField, nb, n))
	}
	if nw != 0 && nw != n {
		return nil, perr("criteria", fmt.Errorf("%w: weight given for %d of %d criteria", mcda.ErrMissingField, nw, n))
	}
	if d.Weights != nil {
		if nw != 0 {
			return nil, perr("weights", fmt.Errorf("%w: both \"weights\" and criterion weights", mcda.ErrParameter))
		}
		w, err := d.Weights.weights(n)
		if err != nil {
			return nil, perr("weights", err)
		}
		for j := range crit {
			crit[j].Weight = w[j]
		}
	}
	names := make([]string, len(d.Alternatives))
	rows := make([][]float64, len(d.Alternatives))
	nr := 0
	for i, a := range d.Alternatives {
		at := fmt.Sprintf("alternatives[%d]", i)
		if a.Name == nil {
			return nil, perr(at+".name", mcda.ErrMissingField)
		}
		if a.Values == nil {
			return nil, perr(at+".values", mcda.ErrMissingField)
		}
		names[i], rows[i] = *a.Name, a.Values
		if a.Rank != nil {
			if *a.Rank < 1 {
				return nil, perr(at+".rank", fmt.Errorf("%w: rank %d, want >= 1", ErrReference, *a.Rank))
			}
			nr++
		}
		if nb == n && len(a.Values) == n {
			for j, x := range a.Values {
				if x < p.Lower[j] || x > p.Upper[j] {
					return nil, perr(fmt.Sprintf("%s.values[%d]", at, j), fmt.Errorf("criterion %q: %v not in bounds [%v, %v]: %w", *d.Criteria[j].Name, x, p.Lower[j], p.Upper[j], ErrOutOfRange))
				}
			}
		}
		if nf == n && len(a.Values) == n {
			for j, x := range a.Values {
				if _, err := funcs[j].Function.Value(x); err != nil {
					return nil, perr(fmt.Sprintf("%s.values[%d]", at, j), fmt.Errorf("criterion %q: %w", *d.Criteria[j].Name, err))
				}
			}
		}
	}
	if nr > 0 {
		p.Ranks = make([]int, len(d.Alternatives))
		for i, a := range d.Alternatives {
			if a.Rank != nil {
				p.Ranks[i] = *a.Rank
			}
		}
	}
	if d.Delta != nil {
		if !(*d.Delta > 0 && *d.Delta <= 1) {
			return nil, perr("delta", fmt.Errorf("%w: %v, want 0 < δ <= 1", mcda.ErrParameter, *d.Delta))
		}
		p.Delta = *d.Delta
	}
	m, err := mcda.NewDecisionMatrix(names, crit, rows)
	if err != nil {
		return nil, err
	}
	p.Matrix = m
	if nf == n {
		p.Model = &Model{Criteria: funcs}
	}
	return p, nil
}

// checkDuplicateKeys reports the first JSON object that repeats a key, as
// an *mcda.ParseError wrapping mcda.ErrDuplicateField with the key's path
// and offset; encoding/json would silently keep the last value. Malformed
// text is left to the decoder; nesting deeper than 100 levels (a problem
// file needs 4) is an error.
func checkDuplicateKeys(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	var walk func(path string, depth int) error
	walk = func(path string, depth int) error {
		off := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return errStop
		}
		if depth > 100 {
			return &mcda.ParseError{Field: path, Offset: off, Err: errors.New("nested too deeply")}
		}
		switch tok {
		case json.Delim('{'):
			keys := map[string]bool{}
			for dec.More() {
				off := dec.InputOffset()
				kt, err := dec.Token()
				if err != nil {
					return errStop
				}
				k, _ := kt.(string)
				if keys[k] {
					return &mcda.ParseError{Field: join(path, k), Offset: off, Err: mcda.ErrDuplicateField}
				}
				keys[k] = true
				if err := walk(join(path, k), depth+1); err != nil {
					return err
				}
			}
		case json.Delim('['):
			for i := 0; dec.More(); i++ {
				if err := walk(fmt.Sprintf("%s[%d]", path, i), depth+1); err != nil {
					return err
				}
			}
		default:
			return nil
		}
		if _, err := dec.Token(); err != nil { // the closing delimiter
			return errStop
		}
		return nil
	}
	if err := walk("", 0); err != nil && err != errStop {
		return err
	}
	return nil
}

// errStop ends checkDuplicateKeys at malformed text.
var errStop = errors.New("stop")

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// fieldOf returns the sub-field a function error concerns.
func fieldOf(err error) string {
	var pe *PointError
	if errors.As(err, &pe) {
		f := pe.Field
		if f == "" {
			f = "x"
		}
		if pe.Index >= 0 {
			return fmt.Sprintf(".%s[%d]", f, pe.Index)
		}
		return "." + f
	}
	return ""
}

func (f *docFunction) build() (Function, error) {
	need := func(name string, v *float64) error {
		if v == nil {
			return fmt.Errorf("%s: %w", name, mcda.ErrMissingField)
		}
		return nil
	}
	switch f.Type {
	case "piecewise":
		return NewPiecewise(f.X, f.Y)
	case "exponential":
		if err := errors.Join(need("lo", f.Lo), need("hi", f.Hi), need("rho", f.Rho)); err != nil {
			return nil, err
		}
		inc := true
		if f.Increasing != nil {
			inc = *f.Increasing
		}
		return NewExponential(*f.Lo, *f.Hi, *f.Rho, inc)
	case "bisection":
		if err := errors.Join(need("worst", f.Worst), need("best", f.Best)); err != nil {
			return nil, err
		}
		return Bisection(*f.Worst, *f.Best, f.Mids)
	}
	return nil, fmt.Errorf("%w: type %q, want piecewise, exponential or bisection", mcda.ErrParameter, f.Type)
}

func (w *docWeights) weights(n int) ([]float64, error) {
	var out []float64
	var err error
	switch w.Method {
	case "swing":
		out, err = SwingWeights(w.Points)
	case "smart":
		out, err = SMARTWeights(w.Points)
	case "direct":
		out, err = DirectWeights(w.Points)
	case "smarter":
		if len(w.Ranks) != n {
			return nil, &mcda.ShapeError{What: "ranks", Got: len(w.Ranks), Want: n}
		}
		return SMARTERWeights(w.Ranks)
	default:
		return nil, fmt.Errorf("%w: method %q, want swing, smart, smarter or direct", mcda.ErrParameter, w.Method)
	}
	if err == nil && len(out) != n {
		return nil, &mcda.ShapeError{What: "points", Got: len(out), Want: n}
	}
	return out, err
}

// jsonError locates an encoding/json error.
func jsonError(err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return &mcda.ParseError{Offset: se.Offset, Err: err}
	case errors.As(err, &te):
		return &mcda.ParseError{Field: te.Field, Offset: te.Offset, Err: err}
	case bytes.HasPrefix([]byte(err.Error()), []byte("json: unknown field")):
		return &mcda.ParseError{Offset: -1, Err: fmt.Errorf("%w: %v", mcda.ErrUnknownField, err)}
	}
	return &mcda.ParseError{Offset: -1, Err: err}
}
