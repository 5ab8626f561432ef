package ahp

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"

	"github.com/balancer-mcda/balancer/mcda"
)

// A Model is a whole AHP decision model (Saaty, 1980): a goal, a tree of
// criteria under it, the alternatives, pairwise judgments at the nodes of
// the tree, and, under leaf criteria, either pairwise judgments of the
// alternatives or ratings of them.
//
// Judgments are keyed by the node whose children they compare: the goal's
// text for the top-level criteria, a criterion's name for its
// sub-criteria, and a leaf criterion's name for the alternatives compared
// under it. A missing pair is an incomplete comparison. Ratings are keyed by
// leaf names and give every alternative a positive value on that leaf.
//
// A Model is plain data: build one literally or with [ReadModel], check it
// with [Model.Validate], and evaluate it with [Model.Evaluate]. Names must
// be unique across the goal, the criteria and the alternatives.
type Model struct {
	Goal         string
	Criteria     []Node
	Alternatives []Alternative
	Judgments    map[string][]Judgment
	Ratings      map[string][]Rating
	// DecisionMakers hold the judgments of a group. At a node without
	// judgments in Judgments, the judgments of the decision makers who
	// judged it are aggregated by [AggregateJudgments] (AIJ), weighted by
	// their Weight.
	DecisionMakers []DecisionMaker
}

// A DecisionMaker is one member of a group judging a model.
type DecisionMaker struct {
	Name string
	// Weight is the member's relative importance, finite and >= 0; if
	// every member's weight is 0, members count equally.
	Weight    float64
	Judgments map[string][]Judgment
}

// A Node is a criterion of a model's hierarchy: a node of its criteria tree
// below the goal. A node without children is a leaf, under which the
// alternatives are compared or rated.
type Node struct {
	Name string
	// Objective applies to ratings and to the decision matrix a model
	// exports: Cost means a larger rating is worse. The zero value inherits
	// the parent's objective; top-level criteria default to Benefit.
	Objective   mcda.Objective
	Description string // optional, free text
	Anchor      string // optional reference to the source of the criterion
	Children    []Node
}

// An Alternative is one of the options a model ranks.
type Alternative struct {
	Name        string
	Description string // optional
	Anchor      string // optional reference to the source
}

// A Rating scores one alternative on one leaf criterion.
type Rating struct {
	Alternative string
	Value       float64 // positive; larger is better on benefit leaves, worse on cost leaves
	Rationale   string
	Anchor      string
}

// ErrModel is the cause wrapped by a [*NodeError] for structural problems of
// a model: unknown judgment or rating keys, leaves with neither or both of
// judgments and ratings, and missing or repeated ratings.
var ErrModel = errors.New("invalid model")

// A NodeError records a problem at one node of a model: the goal, a
// criterion, or a leaf's alternatives.
type NodeError struct {
	Node string // the goal's text or the criterion's name; "" for the model as a whole
	Err  error  // the cause, e.g. a *JudgmentError or ErrModel
}

func (e *NodeError) Error() string {
	if e.Node == "" {
		return fmt.Sprintf("ahp: model: %v", e.Err)
	}
	return fmt.Sprintf("ahp: node %q: %v", e.Node, e.Err)
}

// Unwrap returns the cause.
func (e *NodeError) Unwrap() error { return e.Err }

// modelErr returns a [*NodeError] at node wrapping [ErrModel] with the
// formatted detail.
func modelErr(node, format string, args ...any) error {
	return &NodeError{Node: node, Err: fmt.Errorf("%w: "+format, append([]any{ErrModel}, args...)...)}
}

// node is a flattened criterion: a position in the tree.
type node struct {
	name      string
	parent    int // index in the flattened list; -1 for the goal
	depth     int
	objective mcda.Objective
	children  []int
	crit      *Node // nil for the goal
}

// flatten lists the goal and the criteria in pre-order.
func (m *Model) flatten() []node {
	nodes := []node{{name: m.Goal, parent: -1, objective: mcda.ObjectiveBenefit}}
	var walk func(cs []Node, parent int)
	walk = func(cs []Node, parent int) {
		for k := range cs {
			c := &cs[k]
			obj := c.Objective
			if obj == 0 {
				obj = nodes[parent].objective
			}
			nodes = append(nodes, node{name: c.Name, parent: parent, depth: nodes[parent].depth + 1, objective: obj, crit: c})
			i := len(nodes) - 1
			nodes[parent].children = append(nodes[parent].children, i)
			walk(c.Children, i)
		}
	}
	walk(m.Criteria, 0)
	return nodes
}

// Validate reports the first structural problem of m, or nil. It checks that
// the goal, criteria and alternatives are named, unique and non-empty; that
// every judgment key names the goal or a criterion, and every rating key a
// leaf; that every node with two or more children has judgments covering
// them (a connected, possibly incomplete set, validated as by
// [NewIncompleteMatrixFromJudgments] on the scale s); and that under every leaf the
// alternatives are either judged or rated, each alternative exactly once
// with a positive finite value; and that no criterion lies more than
// [MaxDepth] levels below the goal. Errors are [*NodeError] values naming
// the node, wrapping [ErrModel] (and [ErrTooDeep] for a tree too deep), a
// [*JudgmentError] or an [*ItemError].
//
// Resources: time and memory linear in the size of the model (criteria,
// alternatives and judgments) plus, for each node, its n×n matrix.
func (m *Model) Validate(s Scale) error {
	_, err := m.matrices(s)
	return err
}

// matrices validates m and builds the pairwise matrix of every node that
// has one (nil elsewhere), indexed like flatten.
func (m *Model) matrices(s Scale) ([]*Matrix, error) {
	if m.Goal == "" {
		return nil, &NodeError{Err: fmt.Errorf("%w: the goal has no name", ErrModel)}
	}
	if len(m.Criteria) == 0 {
		return nil, &NodeError{Node: m.Goal, Err: fmt.Errorf("%w: no criteria: %w", ErrModel, mcda.ErrEmpty)}
	}
	if len(m.Alternatives) == 0 {
		return nil, &NodeError{Err: fmt.Errorf("%w: no alternatives: %w", ErrModel, mcda.ErrEmpty)}
	}
	if err := m.checkDepth(); err != nil {
		return nil, err
	}
	nodes := m.flatten()
	seen := map[string]string{m.Goal: "the goal"}
	for _, n := range nodes[1:] {
		switch {
		case n.name == "":
			return nil, &NodeError{Node: nodes[n.parent].name, Err: fmt.Errorf("%w: a child criterion has no name: %w", ErrModel, mcda.ErrName)}
		case seen[n.name] != "":
			return nil, &NodeError{Node: n.name, Err: fmt.Errorf("%w: criterion name already used by %s: %w", ErrModel, seen[n.name], mcda.ErrDuplicateName)}
		case n.crit.Objective != 0 && n.crit.Objective != mcda.ObjectiveBenefit && n.crit.Objective != mcda.ObjectiveCost:
			return nil, &NodeError{Node: n.name, Err: fmt.Errorf("%w: %w", ErrModel, mcda.ErrObjective)}
		}
		seen[n.name] = "a criterion"
	}
	alts := make([]string, len(m.Alternatives))
	for i, a := range m.Alternatives {
		switch {
		case a.Name == "":
			return nil, &NodeError{Err: fmt.Errorf("%w: alternative %d has no name: %w", ErrModel, i, mcda.ErrName)}
		case seen[a.Name] != "":
			return nil, &NodeError{Err: fmt.Errorf("%w: alternative %q: name already used by %s: %w", ErrModel, a.Name, seen[a.Name], mcda.ErrDuplicateName)}
		}
		seen[a.Name] = "an alternative"
		alts[i] = a.Name
	}
	byName := make(map[string]int, len(nodes))
	for i, n := range nodes {
		byName[n.name] = i
	}
	for _, key := range sortedKeys(m.Judgments) {
		if _, ok := byName[key]; !ok {
			return nil, modelErr(key, "judgments keyed by a node that is neither the goal nor a criterion")
		}
	}
	dmNames := map[string]bool{}
	allZero := true
	for k, dm := range m.DecisionMakers {
		switch {
		case dm.Name == "":
			return nil, &NodeError{Err: fmt.Errorf("%w: decision maker %d has no name: %w", ErrModel, k, mcda.ErrName)}
		case dmNames[dm.Name]:
			return nil, &NodeError{Err: fmt.Errorf("%w: decision maker %q: %w", ErrModel, dm.Name, mcda.ErrDuplicateName)}
		case math.IsNaN(dm.Weight) || math.IsInf(dm.Weight, 0) || dm.Weight < 0:
			return nil, &NodeError{Err: fmt.Errorf("%w: decision maker %q: weight %v: %w", ErrModel, dm.Name, dm.Weight, mcda.ErrWeight)}
		}
		dmNames[dm.Name] = true
		allZero = allZero && dm.Weight == 0
		for _, key := range sortedKeys(dm.Judgments) {
			if _, ok := byName[key]; !ok {
				return nil, modelErr(key, "decision maker %q: judgments keyed by a node that is neither the goal nor a criterion", dm.Name)
			}
		}
	}
	// nodeMatrix builds the matrix of one node from the model's judgments
	// or, failing those, from the decision makers'.
	nodeMatrix := func(node string, items []string) (*Matrix, bool, error) {
		if js, ok := m.Judgments[node]; ok {
			mat, err := NewIncompleteMatrixFromJudgments(items, js, s)
			return mat, true, err
		}
		var ms []*Matrix
		var ws []float64
		for _, dm := range m.DecisionMakers {
			js, ok := dm.Judgments[node]
			if !ok {
				continue
			}
			mat, err := NewIncompleteMatrixFromJudgments(items, js, s)
			if err != nil {
				return nil, true, fmt.Errorf("decision maker %q: %w", dm.Name, err)
			}
			ms = append(ms, mat)
			if allZero {
				ws = append(ws, 1)
			} else {
				ws = append(ws, dm.Weight)
			}
		}
		if len(ms) == 0 {
			mat, err := NewIncompleteMatrixFromJudgments(items, nil, s)
			return mat, false, err
		}
		mat, err := AggregateJudgments(ms, ws)
		return mat, true, err
	}
	for _, key := range sortedKeys(m.Ratings) {
		i, ok := byName[key]
		if !ok || i == 0 || len(nodes[i].children) > 0 {
			return nil, modelErr(key, "ratings keyed by a node that is not a leaf criterion")
		}
	}
	mats := make([]*Matrix, len(nodes))
	for i, n := range nodes {
		leaf := len(n.children) == 0 && i > 0
		items := alts
		if !leaf {
			items = make([]string, len(n.children))
			for k, c := range n.children {
				items[k] = nodes[c].name
			}
		}
		if leaf {
			if rs, rated := m.Ratings[n.name]; rated {
				if m.judged(n.name) {
					return nil, modelErr(n.name, "leaf has both judgments and ratings of the alternatives")
				}
				if err := checkRatings(n.name, rs, alts); err != nil {
					return nil, err
				}
				continue
			}
		}
		mat, judged, err := nodeMatrix(n.name, items)
		switch {
		case !judged && len(items) > 1 && leaf:
			return nil, modelErr(n.name, "leaf has neither judgments nor ratings of the alternatives")
		case !judged && len(items) > 1:
			return nil, modelErr(n.name, "no judgments of its %d children", len(items))
		case err != nil:
			return nil, &NodeError{Node: n.name, Err: err}
		}
		mats[i] = mat
	}
	return mats, nil
}

// checkDepth returns a [*NodeError] wrapping [ErrTooDeep] at a criterion
// more than MaxDepth levels below the goal, or nil. It walks the tree
// without recursion, so any depth is safe.
func (m *Model) checkDepth() error {
	type level struct {
		cs    []Node
		depth int
	}
	stack := []level{{m.Criteria, 1}}
	for len(stack) > 0 {
		l := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for k := range l.cs {
			c := &l.cs[k]
			if l.depth > MaxDepth {
				return &NodeError{Node: c.Name, Err: fmt.Errorf("%w: criterion %d levels below the goal, more than MaxDepth = %d: %w", ErrModel, l.depth, MaxDepth, ErrTooDeep)}
			}
			if len(c.Children) > 0 {
				stack = append(stack, level{c.Children, l.depth + 1})
			}
		}
	}
	return nil
}

// judged reports whether the model or a decision maker judges the node.
func (m *Model) judged(node string) bool {
	if _, ok := m.Judgments[node]; ok {
		return true
	}
	for _, dm := range m.DecisionMakers {
		if _, ok := dm.Judgments[node]; ok {
			return true
		}
	}
	return false
}

// checkRatings validates a leaf's ratings: each alternative of alts rated
// exactly once, with a finite positive value.
func checkRatings(leaf string, rs []Rating, alts []string) error {
	got := make(map[string]bool, len(rs))
	for k, r := range rs {
		switch {
		case !slices.Contains(alts, r.Alternative):
			return modelErr(leaf, "rating %d: %w %q", k, ErrUnknownItem, r.Alternative)
		case got[r.Alternative]:
			return modelErr(leaf, "rating %d: alternative %q rated twice", k, r.Alternative)
		case math.IsNaN(r.Value) || math.IsInf(r.Value, 0):
			return modelErr(leaf, "rating %d of %q: value %v: %w", k, r.Alternative, r.Value, mcda.ErrNotFinite)
		case r.Value <= 0:
			return modelErr(leaf, "rating %d of %q: value %v: %w", k, r.Alternative, r.Value, mcda.ErrNotPositive)
		}
		got[r.Alternative] = true
	}
	for _, a := range alts {
		if !got[a] {
			return modelErr(leaf, "alternative %q is not rated", a)
		}
	}
	return nil
}

// sortedKeys returns the keys of m in increasing order.
func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }

// Leaves returns the names of the leaf criteria in tree order.
func (m *Model) Leaves() []string {
	var leaves []string
	for i, n := range m.flatten() {
		if i > 0 && len(n.children) == 0 {
			leaves = append(leaves, n.name)
		}
	}
	return leaves
}

// Clone returns a deep copy of m.
func (m *Model) Clone() *Model {
	c := &Model{Goal: m.Goal, Criteria: cloneCriteria(m.Criteria), Alternatives: slices.Clone(m.Alternatives)}
	c.Judgments = cloneJudgments(m.Judgments)
	if m.Ratings != nil {
		c.Ratings = make(map[string][]Rating, len(m.Ratings))
		for k, v := range m.Ratings {
			c.Ratings[k] = slices.Clone(v)
		}
	}
	if m.DecisionMakers != nil {
		c.DecisionMakers = make([]DecisionMaker, len(m.DecisionMakers))
		for k, dm := range m.DecisionMakers {
			c.DecisionMakers[k] = DecisionMaker{Name: dm.Name, Weight: dm.Weight, Judgments: cloneJudgments(dm.Judgments)}
		}
	}
	return c
}

func cloneJudgments(js map[string][]Judgment) map[string][]Judgment {
	if js == nil {
		return nil
	}
	out := make(map[string][]Judgment, len(js))
	for k, v := range js {
		out[k] = slices.Clone(v)
	}
	return out
}

func cloneCriteria(cs []Node) []Node {
	if cs == nil {
		return nil
	}
	out := make([]Node, len(cs))
	for k, c := range cs {
		out[k] = c
		out[k].Children = cloneCriteria(c.Children)
	}
	return out
}

// JSON form.

type jsonModel struct {
	Goal         string                      `json:"goal"`
	Criteria     []jsonCriterion             `json:"criteria"`
	Alternatives []jsonAlternative           `json:"alternatives"`
	Judgments    map[string][]jsonComparison `json:"judgments,omitempty"`
	Ratings      map[string][]jsonRating     `json:"ratings,omitempty"`
	Makers       []jsonMaker                 `json:"decision_makers,omitempty"`
}

type jsonMaker struct {
	Name      string                      `json:"name"`
	Weight    float64                     `json:"weight,omitempty"`
	Judgments map[string][]jsonComparison `json:"judgments"`
}

type jsonCriterion struct {
	Name        string          `json:"name"`
	Type        string          `json:"type,omitempty"`
	Description string          `json:"description,omitempty"`
	Anchor      string          `json:"anchor,omitempty"`
	Children    []jsonCriterion `json:"children,omitempty"`
}

// jsonAlternative is a name, or an object with a name and notes.
type jsonAlternative struct {
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	Anchor      string `json:"anchor,omitempty"`
}

func (a jsonAlternative) MarshalJSON() ([]byte, error) {
	if a.Description == "" && a.Anchor == "" {
		return json.Marshal(a.Name)
	}
	type plain jsonAlternative
	return json.Marshal(plain(a))
}

// jsonComparison is [a, b, v], or an object with a rationale and anchor.
type jsonComparison struct {
	A         string  `json:"a"`
	B         string  `json:"b"`
	Value     float64 `json:"value"`
	Rationale string  `json:"rationale,omitempty"`
	Anchor    string  `json:"anchor,omitempty"`
}

func (c jsonComparison) MarshalJSON() ([]byte, error) {
	if c.Rationale == "" && c.Anchor == "" {
		return json.Marshal([]any{c.A, c.B, c.Value})
	}
	type plain jsonComparison
	return json.Marshal(plain(c))
}

type jsonRating struct {
	Alternative string  `json:"alternative"`
	Value       float64 `json:"value"`
	Rationale   string  `json:"rationale,omitempty"`
	Anchor      string  `json:"anchor,omitempty"`
}

// WriteModel writes m as JSON in the format [ReadModel] reads, indented.
// Judgments and alternatives without notes are written in their short
// forms.
func WriteModel(w io.Writer, m *Model) error {
	doc := jsonModel{Goal: m.Goal, Criteria: toJSONCriteria(m.Criteria)}
	for _, a := range m.Alternatives {
		doc.Alternatives = append(doc.Alternatives, jsonAlternative(a))
	}
	doc.Judgments = toJSONJudgments(m.Judgments)
	for _, dm := range m.DecisionMakers {
		doc.Makers = append(doc.Makers, jsonMaker{Name: dm.Name, Weight: dm.Weight, Judgments: toJSONJudgments(dm.Judgments)})
	}
	if len(m.Ratings) > 0 {
		doc.Ratings = make(map[string][]jsonRating, len(m.Ratings))
		for k, rs := range m.Ratings {
			out := make([]jsonRating, len(rs))
			for i, r := range rs {
				out[i] = jsonRating(r)
			}
			doc.Ratings[k] = out
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

func toJSONJudgments(js map[string][]Judgment) map[string][]jsonComparison {
	if len(js) == 0 {
		return nil
	}
	out := make(map[string][]jsonComparison, len(js))
	for k, cs := range js {
		list := make([]jsonComparison, len(cs))
		for i, c := range cs {
			list[i] = jsonComparison(c)
		}
		out[k] = list
	}
	return out
}

func toJSONCriteria(cs []Node) []jsonCriterion {
	out := make([]jsonCriterion, len(cs))
	for k, c := range cs {
		out[k] = jsonCriterion{Name: c.Name, Description: c.Description, Anchor: c.Anchor, Children: toJSONCriteria(c.Children)}
		if c.Objective != 0 {
			out[k].Type = c.Objective.String()
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// ReadModel reads a model in JSON and validates it as [Model.Validate]
// does on the scale s (the zero Scale is 1/9..9):
//
//	{"goal": "Choose a leader",
//	 "criteria": [{"name": "Experience"},
//	              {"name": "Cost", "type": "cost", "children": [{"name": "Price"}, {"name": "Fuel"}]}],
//	 "alternatives": ["Tom", "Dick", "Harry"],
//	 "judgments": {"Choose a leader": [["Experience", "Cost", 4]],
//	               "Cost": [["Price", "Fuel", 3]],
//	               "Experience": [["Tom", "Dick", 0.25], ["Tom", "Harry", 4], ["Dick", "Harry", 9]]},
//	 "ratings": {"Price": [{"alternative": "Tom", "value": 3}, ...]}}
//
// Keys may come in any order; unknown or repeated keys, null values and
// trailing data are errors. A criterion has "name" and optionally "type"
// ("benefit" or "cost", inherited by its subtree), "description", "anchor"
// and "children". An alternative is a name or an object with "name" and
// optionally "description" and "anchor". A judgment is [a, b, v] or an
// object with "a", "b", "value" and optionally "rationale" and "anchor"; a
// rating is an object with "alternative", "value" and optionally
// "rationale" and "anchor". Either "judgments" or "ratings" may be absent.
// "decision_makers" lists a group's members, each an object with "name",
// optionally "weight", and "judgments" in the form of the model's.
//
// A malformed document is a [*mcda.ParseError] whose Field is the path of
// the offending value, e.g. "criteria[1].children[0].type", and whose
// Offset is the byte offset just before it (or of the syntax error); a
// value of the wrong type wraps [ErrFieldType], a number out of range is a
// [*strconv.NumError]. Criteria nested more than [MaxDepth] levels below
// the goal, or a document nested more than 2·MaxDepth+8 levels, are
// rejected with an error wrapping [ErrTooDeep]. A well-formed but invalid
// model gives the errors of [Model.Validate].
//
// Resources: the document is read in one pass into a tree, so time and
// memory are linear in its size whatever its depth (then those of
// [Model.Validate]).
func ReadModel(r io.Reader, s Scale) (*Model, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &mcda.ParseError{Offset: -1, Err: err}
	}
	m, err := decodeModel(data)
	if err != nil {
		return nil, err
	}
	if err := m.Validate(s); err != nil {
		return nil, err
	}
	return m, nil
}

func decodeModel(data []byte) (*Model, error) {
	top, err := parseTree(data)
	if err != nil {
		return nil, err
	}
	root := &jpath{}
	m := &Model{}
	var crits, alts, judg, rats, makers *jvalue
	if err := top.fields(root, map[string]any{"goal": &m.Goal, "criteria": &crits, "alternatives": &alts, "judgments": &judg, "ratings": &rats, "decision_makers": &makers}, "goal", "criteria", "alternatives"); err != nil {
		return nil, err
	}
	if makers != nil {
		p := root.member("decision_makers")
		list, err := makers.array(p)
		if err != nil {
			return nil, err
		}
		for k, v := range list {
			pk := p.elem(k)
			var dm DecisionMaker
			var js *jvalue
			if err := v.fields(pk, map[string]any{"name": &dm.Name, "weight": &dm.Weight, "judgments": &js}, "name", "judgments"); err != nil {
				return nil, err
			}
			if dm.Judgments, err = decodeJudgments(js, pk.member("judgments")); err != nil {
				return nil, err
			}
			m.DecisionMakers = append(m.DecisionMakers, dm)
		}
	}
	if m.Criteria, err = decodeCriteria(crits, root.member("criteria"), 1); err != nil {
		return nil, err
	}
	p := root.member("alternatives")
	altList, err := alts.array(p)
	if err != nil {
		return nil, err
	}
	for i, v := range altList {
		var a Alternative
		if v.kind == '"' {
			a.Name = v.str
		} else if err := v.fields(p.elem(i), map[string]any{"name": &a.Name, "description": &a.Description, "anchor": &a.Anchor}, "name"); err != nil {
			return nil, err
		}
		m.Alternatives = append(m.Alternatives, a)
	}
	if judg != nil {
		if m.Judgments, err = decodeJudgments(judg, root.member("judgments")); err != nil {
			return nil, err
		}
	}
	if rats != nil {
		p := root.member("ratings")
		if err := rats.object(p); err != nil {
			return nil, err
		}
		m.Ratings = make(map[string][]Rating, len(rats.keys))
		for k, key := range rats.keys {
			pk := p.mapKey(key)
			list, err := rats.vals[k].array(pk)
			if err != nil {
				return nil, err
			}
			rs := make([]Rating, len(list))
			for i, v := range list {
				if err := v.fields(pk.elem(i), map[string]any{"alternative": &rs[i].Alternative, "value": &rs[i].Value, "rationale": &rs[i].Rationale, "anchor": &rs[i].Anchor}, "alternative", "value"); err != nil {
					return nil, err
				}
			}
			m.Ratings[key] = rs
		}
	}
	return m, nil
}

func decodeJudgments(v *jvalue, p *jpath) (map[string][]Judgment, error) {
	if err := v.object(p); err != nil {
		return nil, err
	}
	out := make(map[string][]Judgment, len(v.keys))
	for k, key := range v.keys {
		pk := p.mapKey(key)
		list, err := v.vals[k].array(pk)
		if err != nil {
			return nil, err
		}
		cs := make([]Judgment, len(list))
		for i, c := range list {
			if cs[i], err = decodeComparison(c, pk.elem(i)); err != nil {
				return nil, err
			}
		}
		out[key] = cs
	}
	return out, nil
}

// ReadJudgments reads a document holding only judgments, in the form of a
// model's "judgments" key,
//
//	{"judgments": {"Choose a leader": [["Experience", "Cost", 4]], "Cost": [...]}}
//
// for replacing some of a model's judgments. It checks the document's form
// only; [Model.Validate] checks the judgments against a model. Errors are
// [*mcda.ParseError] values as from [ReadModel].
func ReadJudgments(r io.Reader) (map[string][]Judgment, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &mcda.ParseError{Offset: -1, Err: err}
	}
	top, err := parseTree(data)
	if err != nil {
		return nil, err
	}
	root := &jpath{}
	var judg *jvalue
	if err := top.fields(root, map[string]any{"judgments": &judg}, "judgments"); err != nil {
		return nil, err
	}
	return decodeJudgments(judg, root.member("judgments"))
}

// decodeCriteria decodes a list of criteria at the given depth below the
// goal (1 for the top level), rejecting depths beyond MaxDepth.
func decodeCriteria(v *jvalue, p *jpath, depth int) ([]Node, error) {
	list, err := v.array(p)
	if err != nil {
		return nil, err
	}
	if depth > MaxDepth && len(list) > 0 {
		return nil, &mcda.ParseError{Field: p.String(), Offset: v.off,
			Err: fmt.Errorf("%w: criteria more than MaxDepth = %d levels below the goal", ErrTooDeep, MaxDepth)}
	}
	out := make([]Node, len(list))
	for k, cv := range list {
		pk := p.elem(k)
		var typ string
		var children *jvalue
		c := &out[k]
		if err := cv.fields(pk, map[string]any{"name": &c.Name, "type": &typ, "description": &c.Description, "anchor": &c.Anchor, "children": &children}, "name"); err != nil {
			return nil, err
		}
		if tv := cv.get("type"); tv != nil {
			if c.Objective, err = mcda.ParseObjective(typ); err != nil {
				return nil, &mcda.ParseError{Field: pk.member("type").String(), Offset: tv.off, Err: err}
			}
		}
		if children != nil {
			if c.Children, err = decodeCriteria(children, pk.member("children"), depth+1); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

func decodeComparison(v *jvalue, p *jpath) (Judgment, error) {
	var c Judgment
	if v.kind == '[' {
		if len(v.vals) != 3 {
			return c, &mcda.ParseError{Field: p.String(), Offset: v.off, Err: &mcda.ShapeError{What: "judgment elements", Got: len(v.vals), Want: 3}}
		}
		var err error
		if c.A, err = v.vals[0].text(p.elem(0)); err != nil {
			return c, err
		}
		if c.B, err = v.vals[1].text(p.elem(1)); err != nil {
			return c, err
		}
		c.Value, err = v.vals[2].number(p.elem(2))
		return c, err
	}
	err := v.fields(p, map[string]any{"a": &c.A, "b": &c.B, "value": &c.Value, "rationale": &c.Rationale, "anchor": &c.Anchor}, "a", "b", "value")
	return c, err
}

// WithAlternatives returns a copy of m restricted to the named
// alternatives, in the order given, with the ratings and the judgments
// under leaves, the model's and each decision maker's, that concern them.
// Judgments between criteria are kept
// as they are. It returns a [*NodeError] wrapping [ErrUnknownItem] for a
// name that is not an alternative of m.
func (m *Model) WithAlternatives(names ...string) (*Model, error) {
	c := m.Clone()
	keep := make(map[string]bool, len(names))
	c.Alternatives = c.Alternatives[:0]
	for _, name := range names {
		k := slices.IndexFunc(m.Alternatives, func(a Alternative) bool { return a.Name == name })
		if k < 0 {
			return nil, &NodeError{Err: fmt.Errorf("%w: alternative %q", ErrUnknownItem, name)}
		}
		keep[name] = true
		c.Alternatives = append(c.Alternatives, m.Alternatives[k])
	}
	for leaf, rs := range c.Ratings {
		c.Ratings[leaf] = slices.DeleteFunc(rs, func(r Rating) bool { return !keep[r.Alternative] })
	}
	dropped := func(j Judgment) bool { return !keep[j.A] || !keep[j.B] }
	for _, leaf := range c.Leaves() {
		if cs, ok := c.Judgments[leaf]; ok {
			c.Judgments[leaf] = slices.DeleteFunc(cs, dropped)
		}
		for _, dm := range c.DecisionMakers {
			if cs, ok := dm.Judgments[leaf]; ok {
				dm.Judgments[leaf] = slices.DeleteFunc(cs, dropped)
			}
		}
	}
	return c, nil
}
