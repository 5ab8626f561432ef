package ahp

import (
	"context"
	"fmt"
	"slices"

	"github.com/balancer-mcda/balancer/mcda"
)

// Mode selects how a model's local priorities of alternatives are combined
// into global ones.
//
// Its values are [ModeDistributive] and [ModeIdeal].
type Mode int

const (
	// ModeDistributive (Saaty, 1980) weights each leaf's alternative
	// priorities, which sum to 1, by the leaf's global weight and adds them.
	// Adding or removing an alternative may reverse the order of others.
	ModeDistributive Mode = iota
	// ModeIdeal (Belton & Gear, 1983; Saaty, 1994) first divides each
	// leaf's alternative priorities by their largest, so the best
	// alternative on every leaf scores 1, then weights and adds them and
	// normalizes the totals to sum to 1. With ratings, adding or removing
	// an alternative that is not the best on any leaf leaves the order of
	// the others unchanged.
	ModeIdeal
)

var modeNames = [...]string{"distributive", "ideal"}

// String returns "distributive" or "ideal".
func (m Mode) String() string {
	if m < 0 || int(m) >= len(modeNames) {
		return fmt.Sprintf("Mode(%d)", int(m))
	}
	return modeNames[m]
}

// ParseMode returns the mode named "distributive" or "ideal".
func ParseMode(s string) (Mode, error) {
	for k, name := range modeNames {
		if s == name {
			return Mode(k), nil
		}
	}
	return 0, fmt.Errorf("ahp: %q: unknown synthesis mode (want distributive or ideal)", s)
}

// Options configure [Model.Evaluate]. The zero value means eigenvector
// priorities, distributive synthesis, Saaty's (1980) random index and the
// judgment scale 1/9..9.
type Options struct {
	Method      PriorityMethod   `json:"method"`
	Mode        Mode             `json:"mode"`
	RandomIndex RandomIndexTable `json:"random_index"`
	Scale       Scale            `json:"scale"`
	// CompleteOptimally fills the missing judgments of every incomplete
	// matrix by [Matrix.OptimalCompletion] (Bozóki, Fülöp & Rónyai, 2010)
	// before its priorities are computed. Otherwise an incomplete matrix's
	// priorities are Harker's (PriorityEigen) or the logarithmic least squares
	// ones (PriorityGeometricMean).
	CompleteOptimally bool `json:"complete_optimally"`
}

// A Result is an evaluated model.
type Result struct {
	Options      Options   `json:"options"`
	Alternatives []string  `json:"alternatives"` // in model order
	Global       []float64 `json:"global"`       // global priority of each alternative; sums to 1
	Ranks        []int     `json:"ranks"`        // competition ranks of Global, 1 = best (see mcda.RankScores)
	Order        []int     `json:"order"`        // alternative indices, best first
	// Nodes lists the goal and every criterion in pre-order (the goal
	// first, each criterion before its children).
	Nodes []NodeResult `json:"nodes"`
}

// A NodeResult holds the priorities computed at one node of a model.
type NodeResult struct {
	Name      string         `json:"name"`
	Parent    string         `json:"parent"` // "" for the goal
	Depth     int            `json:"depth"`  // 0 for the goal
	Objective mcda.Objective `json:"objective"`
	// Local is the node's priority among its siblings; 1 for the goal.
	Local float64 `json:"local"`
	// Global is the product of the local priorities from the goal down to
	// the node; the leaves' global weights sum to 1.
	Global float64 `json:"global"`
	// Items are the node's children or, under a leaf, the alternatives;
	// Priorities their local priorities, summing to 1.
	Items      []string  `json:"items"`
	Priorities []float64 `json:"priorities"`
	// Leaf reports whether the node is a leaf criterion, whose items are
	// the alternatives.
	Leaf bool `json:"leaf"`
	// Ratings holds a rated leaf's ratings in alternative order, from
	// which its Weights derive; nil where the weights come from pairwise
	// judgments. Rated leaves have no consistency.
	Ratings []float64 `json:"ratings,omitempty"`
	// Matrix is the node's pairwise comparison matrix (its optimal
	// completion under Options.CompleteOptimally); nil for a rated leaf.
	// It is not part of the JSON form, which holds its priorities and
	// consistency.
	Matrix *Matrix `json:"-"`
	// Consistency of the node's comparison matrix (computed on its optimal
	// completion when it is incomplete); nil for a rated leaf.
	Consistency *Consistency `json:"consistency,omitempty"`
}

// Evaluate validates m and computes its local and global priorities.
//
// At every node with a comparison matrix the local priorities are the
// matrix's priorities by opt.Method ([Matrix.Priorities]) and its
// consistency uses opt.RandomIndex. Under a rated leaf the alternatives'
// local priorities are their ratings normalized to sum to 1, x_i/Σx on a
// benefit leaf and (1/x_i)/Σ(1/x) on a cost leaf. A leaf's global weight is
// the product of the local priorities on its path, and an alternative's
// global priority is
//
//	P_a = Σ_leaves g_leaf · p_a,leaf                (distributive)
//	P_a ∝ Σ_leaves g_leaf · p_a,leaf / max_b p_b,leaf   (ideal, then normalized)
//
// It returns the errors of [Model.Validate], a [*NodeError] wrapping a
// [*RandomIndexError] when a node has more items than the random index
// table covers (checked for every node before any priority is computed),
// and [ErrUnknownMethod] or [mcda.ErrParameter] for an undefined
// Options.Method or Options.Mode. If ctx is done first, the error wraps
// ctx.Err(); it is checked at every node and inside every optimal
// completion, so Evaluate returns within milliseconds of a cancellation.
//
// Resources: a complete node of n items costs O(n²) memory and O(n²·p)
// time for p power iterations (O(n²) for the geometric mean); an
// incomplete node with k missing pairs costs an optimal completion (see
// [Solver.OptimalCompletion]: O(n² + k) memory) for its consistency
// whatever the Options. The result holds every node's matrix, O(Σ n²).
func (m *Model) Evaluate(ctx context.Context, opt Options) (*Result, error) {
	if opt.Method != PriorityEigen && opt.Method != PriorityGeometricMean {
		return nil, fmt.Errorf("ahp: %v: %w", opt.Method, ErrUnknownMethod)
	}
	if opt.Mode != ModeDistributive && opt.Mode != ModeIdeal {
		return nil, fmt.Errorf("ahp: %v: unknown synthesis mode: %w", opt.Mode, mcda.ErrParameter)
	}
	mats, err := m.matrices(opt.Scale)
	if err != nil {
		return nil, err
	}
	nodes := m.flatten()
	for i, mat := range mats {
		if mat == nil {
			continue
		}
		if _, err := opt.RandomIndex.RI(mat.Len()); err != nil {
			return nil, &NodeError{Node: nodes[i].name, Err: err}
		}
	}
	alts := make([]string, len(m.Alternatives))
	for i, a := range m.Alternatives {
		alts[i] = a.Name
	}
	res := &Result{Options: opt, Alternatives: alts, Global: make([]float64, len(alts)), Nodes: make([]NodeResult, len(nodes))}
	solver := Solver{Method: opt.Method}
	for i, n := range nodes {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("ahp: evaluate: %w", err)
		}
		nr := &res.Nodes[i]
		*nr = NodeResult{Name: n.name, Depth: n.depth, Objective: n.objective, Local: 1, Global: 1}
		if n.parent >= 0 {
			p := &res.Nodes[n.parent]
			nr.Parent = p.Name
			k := slices.Index(nodes[n.parent].children, i)
			nr.Local = p.Priorities[k]
			nr.Global = p.Global * nr.Local
		}
		nr.Leaf = i > 0 && len(n.children) == 0
		if nr.Leaf {
			nr.Items = append([]string(nil), alts...)
		} else {
			for _, c := range n.children {
				nr.Items = append(nr.Items, nodes[c].name)
			}
		}
		if mat := mats[i]; mat != nil {
			if opt.CompleteOptimally && !mat.Complete() {
				if mat, err = solver.OptimalCompletion(ctx, mat); err != nil {
					return nil, &NodeError{Node: n.name, Err: err}
				}
			}
			nr.Priorities = solver.Priorities(nil, mat)
			c, err := solver.ConsistencyContext(ctx, mat, opt.RandomIndex)
			if err != nil {
				return nil, &NodeError{Node: n.name, Err: err}
			}
			nr.Matrix, nr.Consistency = mat, &c
		} else {
			nr.Ratings = make([]float64, len(alts))
			for _, r := range m.Ratings[n.name] {
				nr.Ratings[slices.Index(alts, r.Alternative)] = r.Value
			}
			nr.Priorities = ratingWeights(nr.Ratings, n.objective)
		}
		if nr.Leaf {
			local := nr.Priorities
			best := 1.0
			if opt.Mode == ModeIdeal {
				best = slices.Max(local) // >= 1/len(local): normalized
			}
			for a, v := range local {
				res.Global[a] += nr.Global * (v / best)
			}
		}
	}
	if opt.Mode == ModeIdeal {
		normalize(res.Global)
	}
	res.Ranks, res.Order = mcda.RankScores(nil, nil, res.Global, true)
	return res, nil
}

// ratingWeights normalizes a leaf's positive finite ratings: x/Σx, or
// (1/x)/Σ(1/x) on a cost leaf. A cost leaf's weights are computed as
// (x_min/x)/Σ(x_min/x), so that no reciprocal overflows (1/5e-324 is +Inf)
// and, with [normalize], no sum either (two ratings of 1e308).
func ratingWeights(ratings []float64, obj mcda.Objective) []float64 {
	w := slices.Clone(ratings)
	if obj == mcda.ObjectiveCost {
		lo := slices.Min(ratings)
		for k, v := range ratings {
			w[k] = lo / v // in (0, 1], and 1 for the smallest rating
		}
	}
	normalize(w)
	return w
}

// DecisionMatrix returns the decision matrix the model implies: its
// alternatives scored on its leaf criteria, in tree order, weighted by the
// leaves' global weights. A rated leaf contributes its ratings and its
// objective; a judged leaf contributes the alternatives' local priorities
// as a benefit criterion. Any method of package mcda can rank the result.
func (r *Result) DecisionMatrix() (*mcda.DecisionMatrix, error) {
	var crit []mcda.Criterion
	var cols [][]float64
	for _, n := range r.Nodes {
		if !n.Leaf {
			continue
		}
		obj, col := mcda.ObjectiveBenefit, n.Priorities
		if n.Ratings != nil {
			obj, col = n.Objective, n.Ratings
		}
		crit = append(crit, mcda.Criterion{Name: n.Name, Objective: obj, Weight: n.Global})
		cols = append(cols, col)
	}
	rows := make([][]float64, len(r.Alternatives))
	for i := range rows {
		rows[i] = make([]float64, len(cols))
		for j, col := range cols {
			rows[i][j] = col[i]
		}
	}
	return mcda.NewDecisionMatrix(r.Alternatives, crit, rows)
}
