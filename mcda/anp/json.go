package anp

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
	"github.com/balancer-mcda/balancer/mcda/internal/jsondoc"
)

// MaxDocument is the largest JSON document ReadNetwork and ReadDematel
// read, in bytes (64 MiB); a larger one is a *mcda.ParseError.
const MaxDocument = 64 << 20

// ReadNetwork reads a network in JSON, in the style of package ahp's model
// files:
//
//	{"goal": "Choose a car",
//	 "clusters": [{"name": "Criteria", "nodes": ["Price", "Quality"]},
//	              {"name": "Alternatives", "nodes": ["A", "B"]}],
//	 "comparisons": [{"node": "Price", "cluster": "Alternatives", "nodes": ["A", "B"],
//	                  "judgments": [["A", "B", 3]]},
//	                 {"node": "A", "cluster": "Criteria", "nodes": ["Price", "Quality"],
//	                  "judgments": [{"a": "Price", "b": "Quality", "value": 2,
//	                                 "rationale": "...", "anchor": "..."}]}],
//	 "cluster_comparisons": [{"cluster": "Criteria", "clusters": ["Alternatives", "Criteria"],
//	                          "judgments": [["Alternatives", "Criteria", 3]]}]}
//
// "goal", "scale" ({"min": 0.05, "max": 20}, the range of the judgments,
// Network.Scale; 1/9..9 when absent) and "cluster_comparisons" are
// optional, and so are "judgments" for a single compared node. A judgment is [a, b, value] or an object with "a",
// "b", "value" and optionally "rationale" and "anchor", as in ahp.ReadModel.
// Unknown keys and trailing data are errors; a malformed document is a
// *mcda.ParseError naming the field. ReadNetwork checks the form only;
// Network.Evaluate checks the network. The document may be at most
// MaxDocument bytes; reading it takes time and memory linear in its size.
func ReadNetwork(r io.Reader) (*Network, error) {
	var doc struct {
		Goal     string    `json:"goal"`
		Scale    ahp.Scale `json:"scale"`
		Clusters []struct {
			Name  string   `json:"name"`
			Nodes []string `json:"nodes"`
		} `json:"clusters"`
		Comparisons []struct {
			Node      string     `json:"node"`
			Cluster   string     `json:"cluster"`
			Nodes     []string   `json:"nodes"`
			Judgments []judgment `json:"judgments"`
		} `json:"comparisons"`
		ClusterComparisons []struct {
			Cluster   string     `json:"cluster"`
			Clusters  []string   `json:"clusters"`
			Judgments []judgment `json:"judgments"`
		} `json:"cluster_comparisons"`
	}
	if err := decode(r, &doc); err != nil {
		return nil, err
	}
	if doc.Clusters == nil {
		return nil, &mcda.ParseError{Field: "clusters", Offset: -1, Err: mcda.ErrMissingField}
	}
	nw := &Network{Goal: doc.Goal, Scale: doc.Scale}
	for _, c := range doc.Clusters {
		nw.Clusters = append(nw.Clusters, Cluster{Name: c.Name, Nodes: c.Nodes})
	}
	for _, c := range doc.Comparisons {
		nw.Comparisons = append(nw.Comparisons, NodeComparison{Node: c.Node, Cluster: c.Cluster, Nodes: c.Nodes, Judgments: comparisons(c.Judgments)})
	}
	for _, c := range doc.ClusterComparisons {
		nw.ClusterComparisons = append(nw.ClusterComparisons, ClusterComparison{Cluster: c.Cluster, Clusters: c.Clusters, Judgments: comparisons(c.Judgments)})
	}
	return nw, nil
}

// A Study is a DEMATEL study as ReadDematel reads it: the factors, the
// experts' direct-relation matrices, and optionally the dimensions for DANP
// and the options.
type Study struct {
	Factors    []string
	Experts    []Expert
	Dimensions []Dimension
	Options    DematelOptions
}

// An Expert is one expert's direct-relation matrix.
type Expert struct {
	Name   string
	Matrix [][]float64
}

// Matrices returns the experts' matrices, for Dematel.
func (s *Study) Matrices() [][][]float64 {
	out := make([][][]float64, len(s.Experts))
	for e, x := range s.Experts {
		out[e] = x.Matrix
	}
	return out
}

// InfluenceScale returns the five-term linguistic scale of DEMATEL
// questionnaires (Tzeng, Chiang & Li 2007): the ratings a study file may
// give as words. It returns a new map on every call.
func InfluenceScale() map[string]float64 {
	return map[string]float64{
		"no influence":        0,
		"low influence":       1,
		"medium influence":    2,
		"high influence":      3,
		"very high influence": 4,
	}
}

// ReadDematel reads a DEMATEL study in JSON:
//
//	{"factors": ["Cost", "Quality", "Delivery"],
//	 "experts": [{"name": "E1", "matrix": [[0, 3, 2], [1, 0, "high influence"], [0, 2, 0]]},
//	             {"name": "E2", "matrix": [[0, 4, 1], [2, 0, 3], [1, 1, 0]]}],
//	 "dimensions": [{"name": "Price", "factors": ["Cost"]},
//	                {"name": "Operations", "factors": ["Quality", "Delivery"]}],
//	 "normalization": "max-row-column", "threshold": 0.35}
//
// "matrix" row i holds the influence of factor i on every factor; a rating
// is a number or a term of InfluenceScale. "dimensions", "normalization"
// (see ParseNormalization) and "threshold" are optional; the expert's
// "name" is optional. Unknown keys, unknown terms and trailing data are
// errors; a malformed document is a *mcda.ParseError naming the field.
// Dematel and Danp check the study's content. The document may be at most
// MaxDocument bytes.
func ReadDematel(r io.Reader) (*Study, error) {
	var doc struct {
		Factors []string `json:"factors"`
		Experts []struct {
			Name   string     `json:"name"`
			Matrix [][]rating `json:"matrix"`
		} `json:"experts"`
		Dimensions []struct {
			Name    string   `json:"name"`
			Factors []string `json:"factors"`
		} `json:"dimensions"`
		Normalization string   `json:"normalization"`
		Threshold     *float64 `json:"threshold"`
	}
	if err := decode(r, &doc); err != nil {
		return nil, err
	}
	if doc.Factors == nil {
		return nil, &mcda.ParseError{Field: "factors", Offset: -1, Err: mcda.ErrMissingField}
	}
	if doc.Experts == nil {
		return nil, &mcda.ParseError{Field: "experts", Offset: -1, Err: mcda.ErrMissingField}
	}
	kind, err := ParseNormalization(doc.Normalization)
	if err != nil {
		return nil, &mcda.ParseError{Field: "normalization", Offset: -1, Err: err}
	}
	s := &Study{Factors: doc.Factors, Options: DematelOptions{Normalization: kind, Threshold: doc.Threshold}}
	scale := InfluenceScale()
	for e, x := range doc.Experts {
		ex := Expert{Name: x.Name, Matrix: make([][]float64, len(x.Matrix))}
		for i, row := range x.Matrix {
			ex.Matrix[i] = make([]float64, len(row))
			for j, v := range row {
				if v.isTerm {
					f, ok := scale[strings.ToLower(strings.TrimSpace(v.term))]
					if !ok {
						return nil, &mcda.ParseError{Field: fmt.Sprintf("experts[%d].matrix[%d][%d]", e, i, j), Offset: -1, Err: fmt.Errorf("%w: %q is not a term of the influence scale", ErrUnknown, v.term)}
					}
					ex.Matrix[i][j] = f
				} else {
					ex.Matrix[i][j] = v.value
				}
			}
		}
		s.Experts = append(s.Experts, ex)
	}
	for _, d := range doc.Dimensions {
		s.Dimensions = append(s.Dimensions, Dimension{Name: d.Name, Factors: d.Factors})
	}
	return s, nil
}

// rating is a number or a linguistic term.
type rating struct {
	value  float64
	term   string
	isTerm bool
}

func (v *rating) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		v.isTerm = true
		return json.Unmarshal(b, &v.term)
	}
	return json.Unmarshal(b, &v.value)
}

// judgment is [a, b, value] or {"a", "b", "value", "rationale", "anchor"}.
type judgment ahp.Judgment

var errJudgment = errors.New("a judgment is [a, b, value] or an object with a, b and value")

func (j *judgment) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '[' {
		var arr []json.RawMessage
		if err := json.Unmarshal(b, &arr); err != nil {
			return err
		}
		if len(arr) != 3 {
			return errJudgment
		}
		if err := json.Unmarshal(arr[0], &j.A); err != nil {
			return errJudgment
		}
		if err := json.Unmarshal(arr[1], &j.B); err != nil {
			return errJudgment
		}
		if err := json.Unmarshal(arr[2], &j.Value); err != nil {
			return errJudgment
		}
		return nil
	}
	var o struct {
		A         *string  `json:"a"`
		B         *string  `json:"b"`
		Value     *float64 `json:"value"`
		Rationale string   `json:"rationale"`
		Anchor    string   `json:"anchor"`
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&o); err != nil {
		return err
	}
	if o.A == nil || o.B == nil || o.Value == nil {
		return errJudgment
	}
	*j = judgment{A: *o.A, B: *o.B, Value: *o.Value, Rationale: o.Rationale, Anchor: o.Anchor}
	return nil
}

func comparisons(js []judgment) []ahp.Judgment {
	out := make([]ahp.Judgment, len(js))
	for i, j := range js {
		out[i] = ahp.Judgment(j)
	}
	return out
}

// decode reads one JSON document of at most MaxDocument bytes into v,
// strictly: unknown keys and trailing data are *mcda.ParseError values.
func decode(r io.Reader, v any) error {
	return jsondoc.Decode(r, v, MaxDocument)
}
