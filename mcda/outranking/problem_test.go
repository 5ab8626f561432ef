package outranking_test

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/outranking"
)

func TestReadProblemFiles(t *testing.T) {
	read := func(path string, f func(r *os.File) (*outranking.Problem, error)) *outranking.Problem {
		file, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer file.Close()
		p, err := f(file)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		return p
	}
	j := read("../../examples/sort/testdata/mousseau.json", func(r *os.File) (*outranking.Problem, error) { return outranking.ReadProblem(r) })
	c := read("../../examples/sort/testdata/mousseau.csv", func(r *os.File) (*outranking.Problem, error) { return outranking.ReadCSVProblem(r) })
	th := outranking.Thresholds{Q: outranking.Constant(5), P: outranking.Constant(10), V: outranking.Constant(30), Veto: true}
	for name, p := range map[string]*outranking.Problem{"json": j, "csv": c} {
		if diff := cmp.Diff([]outranking.Thresholds{th, th, th, th, th}, p.Thresholds); diff != "" {
			t.Errorf("%s: thresholds (-want +got):\n%s", name, diff)
		}
		if diff := cmp.Diff([][]float64{{50, 48, 55, 55, 60}, {70, 75, 80, 75, 85}}, p.Profiles); diff != "" {
			t.Errorf("%s: profiles (-want +got):\n%s", name, diff)
		}
		if diff := cmp.Diff([]string{"C1", "C2", "C3"}, p.Categories); diff != "" {
			t.Errorf("%s: categories (-want +got):\n%s", name, diff)
		}
		if diff := cmp.Diff([]string{"b1", "b2"}, p.ProfileNames); diff != "" {
			t.Errorf("%s: profile names (-want +got):\n%s", name, diff)
		}
		if r, _ := p.Matrix.Dims(); r != 3 {
			t.Errorf("%s: %d alternatives", name, r)
		}
	}
}

const jsonBase = `{"criteria": [{"name": "g1", "type": "benefit", "thresholds": {"q": 1, "p": 2, "v": 5}},
 {"name": "g2", "type": "cost", "thresholds": {"q": {"alpha": 1, "beta": 0.1}, "p": 3}}],
 "alternatives": [{"name": "a", "values": [1, 2]}, {"name": "b", "values": [3, 4]}]`

func TestReadProblemErrors(t *testing.T) {
	for _, c := range []struct {
		name, doc, field string
		is               error
	}{
		{"ok", jsonBase + `}`, "", nil},
		{"affine", jsonBase + `, "profiles": [{"values": [2, 3]}]}`, "", nil},
		{"veto below p", strings.Replace(jsonBase, `"v": 5`, `"v": 1.5`, 1) + `}`, "criteria[0].thresholds", mcda.ErrParameter},
		{"q above p", strings.Replace(jsonBase, `"p": 3`, `"p": 0.5`, 1) + `}`, "criteria[1].thresholds", mcda.ErrParameter},
		{"not dominating", jsonBase + `, "profiles": [{"values": [2, 3]}, {"values": [3, 4]}]}`, "profiles[1].values[1]", mcda.ErrParameter},
		{"missing profile value", jsonBase + `, "profiles": [{"values": [2]}]}`, "profiles[0].values", mcda.ErrParameter},
		{"categories without profiles", jsonBase + `, "categories": ["x", "y"]}`, "profiles", mcda.ErrParameter},
		{"category count", jsonBase + `, "categories": ["x", "y", "z"], "profiles": [{"values": [2, 3]}]}`, "categories", mcda.ErrParameter},
		{"central count", jsonBase + `, "central": true, "categories": ["x", "y"], "profiles": [{"values": [2, 3]}]}`, "categories", mcda.ErrParameter},
		{"profile threshold", jsonBase + `, "profiles": [{"values": [2, 3], "thresholds": [{"q": 2, "p": 1}, {}]}]}`, "profiles[0].thresholds[0]", mcda.ErrParameter},
		{"unknown key", jsonBase + `, "colour": 1}`, "colour", mcda.ErrUnknownField},
		{"unknown threshold", strings.Replace(jsonBase, `"v": 5`, `"w": 5`, 1) + `}`, "criteria[0].thresholds.w", mcda.ErrUnknownField},
		{"bad threshold", strings.Replace(jsonBase, `"v": 5`, `"v": "x"`, 1) + `}`, "criteria[0].thresholds.v", nil},
		{"unknown affine key", strings.Replace(jsonBase, `"beta": 0.1`, `"gamma": 0.1`, 1) + `}`, "criteria[1].thresholds.q", mcda.ErrUnknownField},
		{"null threshold", strings.Replace(jsonBase, `"v": 5`, `"v": null`, 1) + `}`, "criteria[0].thresholds.v", mcda.ErrNull},
		{"missing type", `{"criteria": [{"name": "g"}], "alternatives": []}`, "criteria[0].type", mcda.ErrMissingField},
		{"missing alternatives", `{"criteria": [{"name": "g", "type": "benefit"}]}`, "alternatives", mcda.ErrMissingField},
		{"bad preference", strings.Replace(jsonBase, `"type": "cost",`, `"type": "cost", "preference": {"function": "linear", "q": 3, "p": 1},`, 1) + `}`, "criteria[1].preference", mcda.ErrParameter},
		{"huge", jsonBase + `, "profiles": [{"values": [2, 1e309]}]}`, "", nil},
		{"trailing", jsonBase + `} {}`, "", nil},
		{"truncated", jsonBase, "", nil},
	} {
		_, err := outranking.ReadProblem(strings.NewReader(c.doc))
		if c.name == "ok" || c.name == "affine" {
			if err != nil {
				t.Errorf("%s: %v", c.name, err)
			}
			continue
		}
		var pe *mcda.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("%s: err = %v, want a *mcda.ParseError", c.name, err)
			continue
		}
		if c.field != "" && pe.Field != c.field {
			t.Errorf("%s: field %q, want %q (%v)", c.name, pe.Field, c.field, err)
		}
		if c.is != nil && !errors.Is(err, c.is) {
			t.Errorf("%s: err = %v, want %v", c.name, err, c.is)
		}
	}
}

const csvBase = "name,g1,g2\n#objective,benefit,cost\n#q,1,1\n#p,2,3\n#v,5,\n"

func TestReadCSVProblemErrors(t *testing.T) {
	for _, c := range []struct {
		name, doc string
		line, col int
		is        error
	}{
		{"ok", csvBase + "#profile b1,2,3\na,1,2\nb,3,4\n", 0, 0, nil},
		{"veto below p", strings.Replace(csvBase, "#v,5,", "#v,1.5,", 1) + "a,1,2\n", 3, 2, mcda.ErrParameter},
		{"not dominating", csvBase + "#profile b1,2,3\n#profile b2,3,4\na,1,2\n", 7, 3, mcda.ErrParameter},
		{"missing profile value", csvBase + "#profile b1,2,\na,1,2\n", 6, 3, mcda.ErrParameter},
		{"categories without profiles", csvBase + "#categories,x,y\na,1,2\n", 6, 1, mcda.ErrParameter},
		{"unknown row", csvBase + "#colour,1,2\na,1,2\n", 6, 1, mcda.ErrUnknownField},
		{"duplicate row", csvBase + "#q,1,2\na,1,2\n", 6, 1, mcda.ErrDuplicateField},
		{"misplaced", csvBase + "a,1,2\n#q,1,1\n", 7, 1, mcda.ErrMisplacedMetadata},
		{"NaN", csvBase + "a,NaN,2\n", 6, 2, mcda.ErrNotFinite},
		{"huge", csvBase + "a,1e309,2\n", 6, 2, mcda.ErrNotFinite},
		{"ragged", csvBase + "a,1\n", 6, 3, mcda.ErrShape},
		{"no alternatives", csvBase, 0, 0, mcda.ErrEmpty},
		{"duplicate name", csvBase + "a,1,2\na,1,2\n", 7, 1, mcda.ErrDuplicateName},
	} {
		_, err := outranking.ReadCSVProblem(strings.NewReader(c.doc))
		if c.is == nil {
			if err != nil {
				t.Errorf("%s: %v", c.name, err)
			}
			continue
		}
		var ce *mcda.CSVError
		if !errors.As(err, &ce) || !errors.Is(err, c.is) {
			t.Errorf("%s: err = %v, want a *mcda.CSVError wrapping %v", c.name, err, c.is)
			continue
		}
		if c.line != 0 && (ce.Line != c.line || ce.Column != c.col) {
			t.Errorf("%s: at %d:%d, want %d:%d (%v)", c.name, ce.Line, ce.Column, c.line, c.col, err)
		}
	}
}

func TestReadCSVProblemCentral(t *testing.T) {
	p, err := outranking.ReadCSVProblem(strings.NewReader(csvBase + "#categories,low,high\n#central lo,1,4\n#central hi,3,2\na,1,2\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !p.Central || len(p.Profiles) != 2 || p.Categories[1] != "high" || p.ProfileNames[0] != "lo" {
		t.Errorf("got %+v", p)
	}
	// v is empty for g2: no veto there; p defaults are as given.
	if p.Thresholds[1].Veto || !p.Thresholds[0].Veto || p.Thresholds[1].P.Alpha != 3 {
		t.Errorf("thresholds %+v", p.Thresholds)
	}
	_, err = outranking.ReadCSVProblem(strings.NewReader(csvBase + "#profile b1,1,4\n#central hi,3,2\na,1,2\n"))
	var ce *mcda.CSVError
	if !errors.As(err, &ce) || ce.Line != 7 || !errors.Is(err, mcda.ErrParameter) {
		t.Errorf("mixed rows: %v", err)
	}
}
