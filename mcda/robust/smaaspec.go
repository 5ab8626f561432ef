package robust

import (
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/internal/jsondoc"
)

// MaxSMAASpec is the size of the largest document [ReadSMAASpec] reads,
// 16 MiB.
const MaxSMAASpec = 16 << 20

// smaaSpecDoc is the JSON form of an SMAA specification.
type smaaSpecDoc struct {
	Weights *struct {
		Fixed  bool                 `json:"fixed"`
		Bounds map[string][]float64 `json:"bounds"`
		Order  [][]string           `json:"order"`
	} `json:"weights"`
	Uncertainty []struct {
		Alternative string     `json:"alternative"`
		Criterion   string     `json:"criterion"`
		Uniform     []float64  `json:"uniform"`
		Triangular  []float64  `json:"triangular"`
		Beta        []float64  `json:"beta"`
		Normal      *normalDoc `json:"normal"`
	} `json:"uncertainty"`
}

type normalDoc struct {
	Mean *float64 `json:"mean"`
	SD   *float64 `json:"sd"`
}

// ReadSMAASpec reads the weight space and the uncertain values of an SMAA
// analysis of m from a JSON document that names m's criteria and
// alternatives:
//
//	{"weights": {"bounds": {"price": [0.1, 0.5]},
//	             "order": [["quality", "price", "speed"]]},
//	 "uncertainty": [
//	   {"alternative": "A1", "criterion": "price", "uniform": [90, 110]},
//	   {"alternative": "A2", "criterion": "price", "triangular": [80, 95, 100]},
//	   {"alternative": "A2", "criterion": "speed", "normal": {"mean": 7, "sd": 0.5}},
//	   {"alternative": "A3", "criterion": "share", "beta": [12, 88]}]}
//
// "weights" gives a [WeightSpace]: "fixed" (the matrix's weights in every
// sample), "bounds" (the interval of a criterion's normalized weight; a
// criterion not listed has [0, 1]) and "order" (chains of criteria, most
// important first); without it the weights are uniform on the simplex.
// Each entry of "uncertainty" gives one value's distribution as one of
// "uniform" [lo, hi], "triangular" [lo, mode, hi], "beta" [α, β] and
// "normal" {"mean", "sd"} (see [Uniform], [Triangular], [Beta],
// [Normal]). Either key may be left out.
//
// Errors are *mcda.ParseError values naming the field, such as
// "uncertainty[2].criterion", for unknown keys, names that are not m's,
// a cell listed twice, an entry with no
// distribution or two, or a distribution with the wrong number of
// parameters; the values of the parameters and the consistency of the
// weight space are checked by [SMAA.Run], which names the cell or
// criterion. Documents larger than MaxSMAASpec are refused.
func ReadSMAASpec(r io.Reader, m *mcda.DecisionMatrix) (WeightSpace, []CellUncertainty, error) {
	var doc smaaSpecDoc
	if err := jsondoc.Decode(r, &doc, MaxSMAASpec); err != nil {
		return WeightSpace{}, nil, err
	}
	rows, n := m.Dims()
	crit := make(map[string]int, n)
	for j, c := range m.Criteria() {
		crit[c.Name] = j
	}
	alts := make(map[string]int, rows)
	for i, a := range m.Alternatives() {
		alts[a] = i
	}
	bad := func(field, format string, a ...any) error {
		return &mcda.ParseError{Field: field, Offset: -1, Err: fmt.Errorf("%w: %s", mcda.ErrParameter, fmt.Sprintf(format, a...))}
	}
	var ws WeightSpace
	if w := doc.Weights; w != nil {
		ws.Fixed = w.Fixed
		if len(w.Bounds) > 0 {
			ws.Bounds = make([]Interval, n)
			for j := range ws.Bounds {
				ws.Bounds[j] = Interval{0, 1}
			}
			for _, name := range slices.Sorted(maps.Keys(w.Bounds)) {
				b := w.Bounds[name]
				j, ok := crit[name]
				if !ok {
					return WeightSpace{}, nil, bad("weights.bounds."+name, "%q is not a criterion", name)
				}
				if len(b) != 2 {
					return WeightSpace{}, nil, bad("weights.bounds."+name, "%d numbers, want [lo, hi]", len(b))
				}
				ws.Bounds[j] = Interval{b[0], b[1]}
			}
		}
		for k, chain := range w.Order {
			c := make([]int, len(chain))
			for l, name := range chain {
				j, ok := crit[name]
				if !ok {
					return WeightSpace{}, nil, bad(fmt.Sprintf("weights.order[%d][%d]", k, l), "%q is not a criterion", name)
				}
				c[l] = j
			}
			ws.Order = append(ws.Order, c)
		}
	}
	var cells []CellUncertainty
	seen := make(map[[2]int]int)
	for k, u := range doc.Uncertainty {
		field := fmt.Sprintf("uncertainty[%d]", k)
		i, ok := alts[u.Alternative]
		if !ok {
			return WeightSpace{}, nil, bad(field+".alternative", "%q is not an alternative", u.Alternative)
		}
		j, ok := crit[u.Criterion]
		if !ok {
			return WeightSpace{}, nil, bad(field+".criterion", "%q is not a criterion", u.Criterion)
		}
		if prev, dup := seen[[2]int{i, j}]; dup {
			return WeightSpace{}, nil, bad(field, "%s on %s is already uncertain in uncertainty[%d]", u.Alternative, u.Criterion, prev)
		}
		seen[[2]int{i, j}] = k
		var dists []Distribution
		var err error
		params := func(key string, v []float64, want int) []float64 {
			if v == nil || err != nil {
				return nil
			}
			if len(v) != want {
				err = bad(field+"."+key, "%d parameters, want %d", len(v), want)
				return nil
			}
			return v
		}
		if p := params("uniform", u.Uniform, 2); p != nil {
			dists = append(dists, Uniform{p[0], p[1]})
		}
		if p := params("triangular", u.Triangular, 3); p != nil {
			dists = append(dists, Triangular{p[0], p[1], p[2]})
		}
		if p := params("beta", u.Beta, 2); p != nil {
			dists = append(dists, Beta{p[0], p[1]})
		}
		if err != nil {
			return WeightSpace{}, nil, err
		}
		if u.Normal != nil {
			if u.Normal.Mean == nil || u.Normal.SD == nil {
				return WeightSpace{}, nil, bad(field+".normal", `want "mean" and "sd"`)
			}
			dists = append(dists, Normal{*u.Normal.Mean, *u.Normal.SD})
		}
		if len(dists) != 1 {
			return WeightSpace{}, nil, bad(field, "%d distributions, want one of uniform, triangular, beta and normal", len(dists))
		}
		cells = append(cells, CellUncertainty{Alternative: i, Criterion: j, Dist: dists[0]})
	}
	return ws, cells, nil
}
