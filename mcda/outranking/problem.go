package outranking

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/internal/jsondoc"
)

// A Problem is a decision matrix with what the outranking and sorting
// methods need: the thresholds of each criterion, PROMETHEE preference
// functions (for FlowSort), and ordered categories with their profiles.
type Problem struct {
	Matrix *mcda.DecisionMatrix
	// Thresholds holds the thresholds of each criterion; the zero
	// Thresholds for a criterion without any.
	Thresholds []Thresholds
	// Preferences holds each criterion's PROMETHEE generalized criterion,
	// or nil when none is given.
	Preferences []mcda.Preference
	// Categories names the categories, worst first; nil when the file has
	// no profiles.
	Categories []string
	// Profiles holds the profiles, worst first: boundary profiles, one
	// fewer than the categories, or central profiles, one per category,
	// when Central is true.
	Profiles     [][]float64
	ProfileNames []string
	Central      bool
	// ProfileThresholds holds the thresholds of each profile when the file
	// gives them (one row per profile, one element per criterion), else nil.
	ProfileThresholds [][]Thresholds
}

// ReadProblem reads a problem in balancer's JSON format (see
// [mcda.ReadJSON]) extended with thresholds, categories and profiles:
//
//	{"criteria": [{"name": "price", "type": "cost", "weight": 2,
//	               "thresholds": {"q": 1, "p": {"alpha": 2, "beta": 0.05}, "v": 10},
//	               "preference": {"function": "linear", "q": 1, "p": 2}}, …],
//	 "alternatives": [{"name": "A1", "values": [12, …]}, …],
//	 "categories": ["reject", "review", "accept"],
//	 "central": false,
//	 "profiles": [{"name": "b1", "values": [15, …],
//	               "thresholds": [{"q": 1, "p": 2, "v": 8}, …]}, …]}
//
// A threshold is a number (constant) or {"alpha": α, "beta": β}, the
// affine threshold α + β·g; "q" defaults to 0, "p" to q, and a criterion
// without "v" has no veto. "preference" is as in [mcda.ReadProblem].
// Categories and profiles are listed worst first; "categories" may be
// omitted (they are then named C1, C2, …), but categories without profiles
// are an error. Boundary profiles number one fewer than the categories,
// central profiles ("central": true) as many. A profile's "thresholds", if
// given for one profile, must be given for all.
//
// Errors are [*mcda.ParseError] values naming the field, such as
// "profiles[1].values[2]": malformed JSON, an unknown key (wrapping
// [mcda.ErrUnknownField]), a missing one ([mcda.ErrMissingField]), and,
// wrapping [mcda.ErrParameter], thresholds out of order (q <= p <= v at a
// value of the data or a profile), a profile that does not dominate the one
// below, a missing profile value, or a category count that does not match
// the profiles. The matrix itself is validated by
// [mcda.NewDecisionMatrix], whose errors name the alternative and
// criterion. The whole input is read first; it must not exceed 64 MiB.
func ReadProblem(r io.Reader) (*Problem, error) {
	var doc jsonDoc
	if err := jsondoc.Decode(r, &doc, maxProblemBytes); err != nil {
		return nil, err
	}
	if doc.Criteria == nil {
		return nil, missing("criteria")
	}
	if doc.Alternatives == nil {
		return nil, missing("alternatives")
	}
	n := len(doc.Criteria)
	crit := make([]mcda.Criterion, n)
	th := make([]Thresholds, n)
	var prefs []mcda.Preference
	weighted := 0
	for j, c := range doc.Criteria {
		at := fmt.Sprintf("criteria[%d]", j)
		if c.Name == nil {
			return nil, missing(at + ".name")
		}
		if c.Type == nil {
			return nil, missing(at + ".type")
		}
		obj, err := mcda.ParseObjective(*c.Type)
		if err != nil {
			return nil, &mcda.ParseError{Field: at + ".type", Offset: -1, Err: err}
		}
		crit[j] = mcda.Criterion{Name: *c.Name, Objective: obj, Weight: 1}
		if c.Weight != nil {
			crit[j].Weight = *c.Weight
			weighted++
		}
		if c.Thresholds != nil {
			if th[j], err = parseThresholds(c.Thresholds, at+".thresholds"); err != nil {
				return nil, err
			}
		}
		if c.Preference != nil {
			if prefs == nil {
				prefs = make([]mcda.Preference, n)
			}
			if prefs[j], err = c.Preference.preference(at + ".preference"); err != nil {
				return nil, err
			}
		}
	}
	if weighted != 0 && weighted != n {
		return nil, &mcda.ParseError{Field: "criteria", Offset: -1, Err: fmt.Errorf("%w: weight given for %d of %d criteria, want all or none", mcda.ErrMissingField, weighted, n)}
	}
	names := make([]string, len(doc.Alternatives))
	rows := make([][]float64, len(doc.Alternatives))
	for i, a := range doc.Alternatives {
		at := fmt.Sprintf("alternatives[%d]", i)
		if a.Name == nil {
			return nil, missing(at + ".name")
		}
		if a.Values == nil {
			return nil, missing(at + ".values")
		}
		names[i], rows[i] = *a.Name, a.Values
	}
	m, err := mcda.NewDecisionMatrix(names, crit, rows)
	if err != nil {
		return nil, err
	}
	p := &Problem{Matrix: m, Thresholds: th, Preferences: prefs, Categories: doc.Categories, Central: doc.Central}
	if prefs != nil {
		pr := mcda.PROMETHEE{Preferences: prefs}
		if _, err := pr.Scores(nil, m); err != nil {
			var ce *mcda.CriterionError
			if errors.As(err, &ce) && ce.Index >= 0 {
				return nil, &mcda.ParseError{Field: fmt.Sprintf("criteria[%d].preference", ce.Index), Offset: -1, Err: ce.Err}
			}
			return nil, err
		}
	}
	for j, t := range th {
		for i := range rows {
			if _, _, _, err := t.values(rows[i][j]); err != nil {
				return nil, &mcda.ParseError{Field: fmt.Sprintf("criteria[%d].thresholds", j), Offset: -1,
					Err: fmt.Errorf("%w: at alternative %q: %v", mcda.ErrParameter, names[i], err)}
			}
		}
	}
	if err := p.readProfiles(doc.Profiles); err != nil {
		return nil, err
	}
	return p, nil
}

const maxProblemBytes = 64 << 20

// readProfiles checks and stores the profiles and categories.
func (p *Problem) readProfiles(docs []jsonProfile) error {
	_, n := p.Matrix.Dims()
	k := len(docs)
	if k == 0 {
		if p.Categories != nil {
			return &mcda.ParseError{Field: "profiles", Offset: -1, Err: fmt.Errorf("%w: %d categories without profiles", mcda.ErrParameter, len(p.Categories))}
		}
		return nil
	}
	want := k + 1
	if p.Central {
		want = k
	}
	if p.Categories == nil {
		for c := range want {
			p.Categories = append(p.Categories, fmt.Sprintf("C%d", c+1))
		}
	}
	if len(p.Categories) != want {
		kind := "boundary profiles need one category more"
		if p.Central {
			kind = "central profiles need one category each"
		}
		return &mcda.ParseError{Field: "categories", Offset: -1, Err: fmt.Errorf("%w: %d categories for %d profiles: %s", mcda.ErrParameter, len(p.Categories), k, kind)}
	}
	seen := map[string]int{}
	for c, name := range p.Categories {
		if name == "" {
			return &mcda.ParseError{Field: fmt.Sprintf("categories[%d]", c), Offset: -1, Err: mcda.ErrName}
		}
		if d, dup := seen[name]; dup {
			return &mcda.ParseError{Field: fmt.Sprintf("categories[%d]", c), Offset: -1, Err: fmt.Errorf("%w: %q, as category %d", mcda.ErrDuplicateName, name, d)}
		}
		seen[name] = c
	}
	withTh := 0
	for h, d := range docs {
		at := fmt.Sprintf("profiles[%d]", h)
		name := fmt.Sprintf("b%d", h+1)
		if d.Name != nil {
			name = *d.Name
		}
		if d.Values == nil {
			return missing(at + ".values")
		}
		if len(d.Values) != n {
			return &mcda.ParseError{Field: at + ".values", Offset: -1, Err: fmt.Errorf("%w: missing profile value: %w", mcda.ErrParameter, &mcda.ShapeError{What: "profile values", Got: len(d.Values), Want: n})}
		}
		p.ProfileNames = append(p.ProfileNames, name)
		p.Profiles = append(p.Profiles, d.Values)
		if d.Thresholds != nil {
			withTh++
			if len(d.Thresholds) != n {
				return &mcda.ParseError{Field: at + ".thresholds", Offset: -1, Err: &mcda.ShapeError{What: "profile thresholds", Got: len(d.Thresholds), Want: n}}
			}
			row := make([]Thresholds, n)
			for j, t := range d.Thresholds {
				var err error
				if row[j], err = parseThresholds(t, fmt.Sprintf("%s.thresholds[%d]", at, j)); err != nil {
					return err
				}
			}
			p.ProfileThresholds = append(p.ProfileThresholds, row)
		}
	}
	if withTh != 0 && withTh != k {
		return &mcda.ParseError{Field: "profiles", Offset: -1, Err: fmt.Errorf("%w: thresholds given for %d of %d profiles, want all or none", mcda.ErrMissingField, withTh, k)}
	}
	if err := CheckProfiles(p.Matrix, p.Profiles, 1); err != nil {
		var pe *ProfileError
		if errors.As(err, &pe) {
			field := fmt.Sprintf("profiles[%d]", pe.Profile)
			if pe.Criterion >= 0 {
				field += fmt.Sprintf(".values[%d]", pe.Criterion)
			}
			return &mcda.ParseError{Field: field, Offset: -1, Err: pe.Err}
		}
		return err
	}
	for h, b := range p.Profiles {
		for j := range n {
			t := p.Thresholds[j]
			at := fmt.Sprintf("criteria[%d].thresholds", j)
			if p.ProfileThresholds != nil {
				t, at = p.ProfileThresholds[h][j], fmt.Sprintf("profiles[%d].thresholds[%d]", h, j)
			}
			if _, _, _, err := t.values(b[j]); err != nil {
				return &mcda.ParseError{Field: at, Offset: -1, Err: fmt.Errorf("%w: at profile %q: %v", mcda.ErrParameter, p.ProfileNames[h], err)}
			}
		}
	}
	return nil
}

func missing(field string) error {
	return &mcda.ParseError{Field: field, Offset: -1, Err: mcda.ErrMissingField}
}

type jsonDoc struct {
	Criteria     []jsonCriterion   `json:"criteria"`
	Alternatives []jsonAlternative `json:"alternatives"`
	Categories   []string          `json:"categories"`
	Central      bool              `json:"central"`
	Profiles     []jsonProfile     `json:"profiles"`
}

type jsonCriterion struct {
	Name       *string         `json:"name"`
	Type       *string         `json:"type"`
	Weight     *float64        `json:"weight"`
	Thresholds json.RawMessage `json:"thresholds"`
	Preference *jsonPreference `json:"preference"`
}

type jsonAlternative struct {
	Name   *string   `json:"name"`
	Values []float64 `json:"values"`
}

type jsonProfile struct {
	Name       *string           `json:"name"`
	Values     []float64         `json:"values"`
	Thresholds []json.RawMessage `json:"thresholds"`
}

// parseThresholds reads {"q": …, "p": …, "v": …}, each a number or
// {"alpha": α, "beta": β}, naming the field at in its errors.
func parseThresholds(raw json.RawMessage, at string) (Thresholds, error) {
	var out Thresholds
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil {
		return out, &mcda.ParseError{Field: at, Offset: -1, Err: err}
	}
	if fields == nil {
		return out, &mcda.ParseError{Field: at, Offset: -1, Err: mcda.ErrNull}
	}
	for k := range fields {
		if k != "q" && k != "p" && k != "v" {
			return out, &mcda.ParseError{Field: at + "." + k, Offset: -1, Err: fmt.Errorf("%w (want q, p or v)", mcda.ErrUnknownField)}
		}
	}
	for _, c := range []struct {
		name string
		dst  *Threshold
	}{{"q", &out.Q}, {"p", &out.P}, {"v", &out.V}} {
		r, ok := fields[c.name]
		if !ok {
			continue
		}
		x, err := parseThreshold(r, at+"."+c.name)
		if err != nil {
			return out, err
		}
		*c.dst = x
	}
	if _, ok := fields["p"]; !ok {
		out.P = out.Q // p defaults to q: no zone of weak preference
	}
	_, out.Veto = fields["v"]
	return out, nil
}

// parseThreshold reads a number or {"alpha": α, "beta": β}.
func parseThreshold(raw json.RawMessage, at string) (Threshold, error) {
	bad := func(err error) (Threshold, error) {
		return Threshold{}, &mcda.ParseError{Field: at, Offset: -1, Err: err}
	}
	var t Threshold
	if b := bytes.TrimSpace(raw); len(b) > 0 && b[0] == '{' {
		var obj struct {
			Alpha *float64 `json:"alpha"`
			Beta  *float64 `json:"beta"`
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&obj); err != nil {
			if strings.HasPrefix(err.Error(), "json: unknown field ") {
				return bad(fmt.Errorf("%w: %s (want alpha or beta)", mcda.ErrUnknownField, strings.TrimPrefix(err.Error(), "json: unknown field ")))
			}
			return bad(err)
		}
		if obj.Alpha != nil {
			t.Alpha = *obj.Alpha
		}
		if obj.Beta != nil {
			t.Beta = *obj.Beta
		}
	} else if bytes.Equal(b, []byte("null")) {
		return bad(mcda.ErrNull)
	} else if err := json.Unmarshal(b, &t.Alpha); err != nil {
		return bad(err)
	}
	if math.IsNaN(t.Alpha) || math.IsInf(t.Alpha, 0) || math.IsNaN(t.Beta) || math.IsInf(t.Beta, 0) {
		return bad(fmt.Errorf("%w: not finite", mcda.ErrParameter))
	}
	return t, nil
}

type jsonPreference struct {
	Function *string  `json:"function"`
	Q        *float64 `json:"q"`
	P        *float64 `json:"p"`
	S        *float64 `json:"s"`
}

func (jp jsonPreference) preference(at string) (mcda.Preference, error) {
	if jp.Function == nil {
		return mcda.Preference{}, missing(at + ".function")
	}
	f, err := mcda.ParsePreferenceFunction(*jp.Function)
	if err != nil {
		return mcda.Preference{}, &mcda.ParseError{Field: at + ".function", Offset: -1, Err: fmt.Errorf("%w: %v", mcda.ErrParameter, err)}
	}
	p := mcda.Preference{Function: f}
	if jp.Q != nil {
		p.Q = *jp.Q
	}
	if jp.P != nil {
		p.P = *jp.P
	}
	if jp.S != nil {
		p.S = *jp.S
	}
	return p, nil
}
