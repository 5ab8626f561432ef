package anp

import (
	"context"
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
)

// A Cluster is a named group of nodes (criteria, alternatives, actors, ...)
// of a network.
type Cluster struct {
	Name  string
	Nodes []string
}

// A NodeComparison holds the pairwise judgments of the nodes of one cluster
// with respect to one node: "with respect to Node, how much more does A
// influence (or dominate) it than B?". The compared Nodes are the links from
// Node into Cluster; they give column Node, block Cluster of the unweighted
// supermatrix. A single compared node needs no judgments (its priority is
// 1); missing pairs make an incomplete [ahp.Matrix], which must still
// connect all compared nodes.
type NodeComparison struct {
	Node      string // the node with respect to which the comparison is made
	Cluster   string // the cluster whose nodes are compared
	Nodes     []string
	Judgments []ahp.Judgment
}

// A ClusterComparison holds the pairwise judgments of the clusters that the
// nodes of Cluster link to, with respect to Cluster: they give column
// Cluster of the cluster matrix that weights the supermatrix's blocks.
type ClusterComparison struct {
	Cluster   string
	Clusters  []string
	Judgments []ahp.Judgment
}

// A Network is an ANP model (Saaty 1996): clusters of nodes, the links
// between them expressed as pairwise comparisons, and cluster comparisons.
// Node and cluster names must be unique (a node may share its cluster's
// name). It is plain data: build it literally or with [ReadNetwork], and
// evaluate it with [Network.Evaluate].
type Network struct {
	// Goal optionally names the node whose limit column gives
	// [Result.Priorities], as the goal of a hierarchy does. Without a goal,
	// Priorities are the mean of the limit supermatrix's columns.
	Goal string
	// Scale, when non-zero, is the range of the judgments of this
	// network's comparisons and replaces Options.Scale: a model whose
	// judgments are ratios of measured or published priorities may exceed
	// Saaty's 1/9..9 (Saaty's hamburger model holds 14.1).
	Scale              ahp.Scale
	Clusters           []Cluster
	Comparisons        []NodeComparison
	ClusterComparisons []ClusterComparison
}

// Options configures [Network.Evaluate]. The zero value uses the
// eigenvector method, Scale 1/9..9, the Saaty1980 random index table and
// the default limit options.
type Options struct {
	Method ahp.PriorityMethod
	Scale  ahp.Scale
	Table  ahp.RandomIndexTable
	Limit  LimitOptions
}

// A ComparisonConsistency is the consistency of one comparison matrix of a
// network: of the nodes of Cluster with respect to Node, or, when Node is
// empty, of the clusters with respect to Cluster.
type ComparisonConsistency struct {
	Node, Cluster string
	ahp.Consistency
	Complete bool // whether every pair was judged
	// Matrix is the comparison matrix, for package ahp's diagnostics
	// (Matrix.SuggestRevision, Matrix.Inconsistencies, Matrix.GCI); nil
	// for a single compared node without judgments.
	Matrix *ahp.Matrix
}

// A Result holds the supermatrices of a network and its priorities. Rows
// and columns follow Nodes: the clusters in order, each cluster's nodes in
// order.
type Result struct {
	Nodes    []string
	Clusters []string
	// ClusterOf[i] is the index in Clusters of node i's cluster.
	ClusterOf []int
	// Unweighted is the supermatrix of the local priorities: column j,
	// block I holds the priorities of cluster I's nodes with respect to
	// node j (each non-empty block sums to 1).
	Unweighted *mat.Dense
	// ClusterWeights is the cluster matrix: entry (I, J) is the weight of
	// cluster I with respect to cluster J.
	ClusterWeights *mat.Dense
	// Weighted is the weighted supermatrix: block (I, J) of Unweighted
	// times ClusterWeights(I, J), every non-zero column renormalised to sum 1.
	Weighted *mat.Dense
	// Limit is the limit supermatrix (see [Limit]).
	Limit *LimitResult
	// Priorities are the limiting priorities of all nodes (summing to 1),
	// and Normalized the same divided by their cluster's total (Super
	// Decisions' "Normals"): the alternatives' priorities are Normalized
	// over the alternatives' cluster.
	Priorities, Normalized []float64
	// Consistency lists the node comparisons in the order of
	// Network.Comparisons, then the cluster comparisons.
	Consistency []ComparisonConsistency
}

// Evaluate builds the unweighted, weighted and limit supermatrices of the
// network and its priorities (Saaty 1996, 2005; the steps of Super
// Decisions, Adams & Saaty 2003):
//
//  1. Each NodeComparison gives, by opt.Method ([ahp.PriorityEigen] or
//     [ahp.PriorityGeometricMean]; Harker's method or logarithmic least squares
//     when incomplete), the column of local priorities in the unweighted
//     supermatrix, with its consistency (CR of the optimal completion when
//     incomplete).
//  2. The cluster matrix: column J holds the priorities of the
//     ClusterComparison of J; a cluster J that links to one cluster gives it
//     weight 1, and one linking to several without a comparison gives them
//     equal weights (Super Decisions' default for an unjudged cluster
//     matrix).
//  3. The weighted supermatrix multiplies each block by its cluster weight.
//     A node that does not link to every cluster its cluster links to has a
//     column summing to less than 1; like Super Decisions, Evaluate divides
//     such a column by its sum. A node that links to nothing has a zero
//     column: a sink (see [Limit]).
//  4. The limit supermatrix by [Limit]: lim W^k, or the Cesàro average when
//     W is cyclic.
//
// Time and memory: O(n²) for n nodes to build the matrices, plus the work of
// each comparison (see package ahp) and of [Limit], O(n³) per squaring.
// The context bounds the consistency computations of incomplete matrices and
// the limit; once it is done, Evaluate returns an error wrapping ctx.Err().
//
// The error is a *NetworkError naming the field and name at fault (an
// unknown, duplicate or empty name, a cluster comparison that does not match
// the links), wrapping the error of package ahp for invalid judgments, or
// an error of [Limit].
func (nw *Network) Evaluate(ctx context.Context, opt Options) (*Result, error) {
	if len(nw.Clusters) == 0 {
		return nil, &NetworkError{Field: "clusters", Err: mcda.ErrEmpty}
	}
	res := &Result{}
	nodeIndex := map[string]int{}
	clusterIndex := map[string]int{}
	for c, cl := range nw.Clusters {
		f := fmt.Sprintf("clusters[%d]", c)
		if cl.Name == "" {
			return nil, &NetworkError{Field: f + ".name", Err: mcda.ErrName}
		}
		if _, dup := clusterIndex[cl.Name]; dup {
			return nil, &NetworkError{Field: f + ".name", Name: cl.Name, Err: mcda.ErrDuplicateName}
		}
		if len(cl.Nodes) == 0 {
			return nil, &NetworkError{Field: f + ".nodes", Name: cl.Name, Err: mcda.ErrEmpty}
		}
		clusterIndex[cl.Name] = c
		res.Clusters = append(res.Clusters, cl.Name)
		for k, nd := range cl.Nodes {
			nf := fmt.Sprintf("%s.nodes[%d]", f, k)
			if nd == "" {
				return nil, &NetworkError{Field: nf, Err: mcda.ErrName}
			}
			if _, dup := nodeIndex[nd]; dup {
				return nil, &NetworkError{Field: nf, Name: nd, Err: mcda.ErrDuplicateName}
			}
			if len(res.Nodes) >= MaxNodes {
				return nil, &NetworkError{Field: nf, Err: &mcda.ShapeError{What: "nodes (at most MaxNodes)", Got: len(res.Nodes) + 1, Want: MaxNodes}}
			}
			nodeIndex[nd] = len(res.Nodes)
			res.Nodes = append(res.Nodes, nd)
			res.ClusterOf = append(res.ClusterOf, c)
		}
	}
	if nw.Scale != (ahp.Scale{}) {
		if err := nw.Scale.Validate(); err != nil {
			return nil, &NetworkError{Field: "scale", Err: err}
		}
		opt.Scale = nw.Scale
	}
	n, k := len(res.Nodes), len(res.Clusters)
	u := mat.NewDense(n, n, nil)
	links := make([][]bool, k) // links[J][I]: some node of J links into I
	for J := range links {
		links[J] = make([]bool, k)
	}
	seen := map[[2]int]bool{}
	var solver ahp.Solver
	solver.Method = opt.Method
	for q, cmp := range nw.Comparisons {
		f := fmt.Sprintf("comparisons[%d]", q)
		j, ok := nodeIndex[cmp.Node]
		if !ok {
			return nil, &NetworkError{Field: f + ".node", Name: cmp.Node, Err: ErrUnknown}
		}
		I, ok := clusterIndex[cmp.Cluster]
		if !ok {
			return nil, &NetworkError{Field: f + ".cluster", Name: cmp.Cluster, Err: ErrUnknown}
		}
		if seen[[2]int{j, I}] {
			return nil, &NetworkError{Field: f, Name: cmp.Node + " / " + cmp.Cluster, Err: ErrDuplicate}
		}
		seen[[2]int{j, I}] = true
		if len(cmp.Nodes) == 0 {
			return nil, &NetworkError{Field: f + ".nodes", Err: mcda.ErrEmpty}
		}
		rows := make([]int, len(cmp.Nodes))
		for t, nd := range cmp.Nodes {
			i, ok := nodeIndex[nd]
			if !ok || res.ClusterOf[i] != I {
				return nil, &NetworkError{Field: fmt.Sprintf("%s.nodes[%d]", f, t), Name: nd, Err: fmt.Errorf("%w in cluster %q", ErrUnknown, cmp.Cluster)}
			}
			rows[t] = i
		}
		w, cons, err := priorities(ctx, &solver, cmp.Nodes, cmp.Judgments, opt)
		if err != nil {
			return nil, &NetworkError{Field: f, Name: cmp.Node + " / " + cmp.Cluster, Err: err}
		}
		for t, i := range rows {
			u.Set(i, j, w[t])
		}
		links[res.ClusterOf[j]][I] = true
		res.Consistency = append(res.Consistency, ComparisonConsistency{Node: cmp.Node, Cluster: cmp.Cluster, Consistency: cons.Consistency, Complete: cons.Complete, Matrix: cons.matrix})
	}
	res.Unweighted = u

	cw := mat.NewDense(k, k, nil)
	judged := make([]bool, k)
	for q, cc := range nw.ClusterComparisons {
		f := fmt.Sprintf("cluster_comparisons[%d]", q)
		J, ok := clusterIndex[cc.Cluster]
		if !ok {
			return nil, &NetworkError{Field: f + ".cluster", Name: cc.Cluster, Err: ErrUnknown}
		}
		if judged[J] {
			return nil, &NetworkError{Field: f, Name: cc.Cluster, Err: ErrDuplicate}
		}
		judged[J] = true
		rows := make([]int, len(cc.Clusters))
		compared := make([]bool, k)
		for t, name := range cc.Clusters {
			I, ok := clusterIndex[name]
			if !ok {
				return nil, &NetworkError{Field: fmt.Sprintf("%s.clusters[%d]", f, t), Name: name, Err: ErrUnknown}
			}
			if !links[J][I] {
				return nil, &NetworkError{Field: fmt.Sprintf("%s.clusters[%d]", f, t), Name: name, Err: ErrNotLinked}
			}
			compared[I] = true
			rows[t] = I
		}
		for I := 0; I < k; I++ {
			if links[J][I] && !compared[I] {
				return nil, &NetworkError{Field: f + ".clusters", Name: res.Clusters[I], Err: ErrNotLinked}
			}
		}
		w, cons, err := priorities(ctx, &solver, cc.Clusters, cc.Judgments, opt)
		if err != nil {
			return nil, &NetworkError{Field: f, Name: cc.Cluster, Err: err}
		}
		for t, I := range rows {
			cw.Set(I, J, w[t])
		}
		res.Consistency = append(res.Consistency, ComparisonConsistency{Cluster: cc.Cluster, Consistency: cons.Consistency, Complete: cons.Complete, Matrix: cons.matrix})
	}
	for J := 0; J < k; J++ {
		if judged[J] {
			continue
		}
		var m int
		for I := 0; I < k; I++ {
			if links[J][I] {
				m++
			}
		}
		for I := 0; I < k; I++ {
			if links[J][I] {
				cw.Set(I, J, 1/float64(m))
			}
		}
	}
	res.ClusterWeights = cw

	wt := mat.NewDense(n, n, nil)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			wt.Set(i, j, u.At(i, j)*cw.At(res.ClusterOf[i], res.ClusterOf[j]))
		}
	}
	normalizeColumns(wt)
	res.Weighted = wt

	lim, err := Limit(ctx, wt, opt.Limit)
	if err != nil {
		return nil, err
	}
	res.Limit = lim
	res.Priorities = make([]float64, n)
	if nw.Goal != "" {
		g, ok := nodeIndex[nw.Goal]
		if !ok {
			return nil, &NetworkError{Field: "goal", Name: nw.Goal, Err: ErrUnknown}
		}
		mat.Col(res.Priorities, g, lim.Matrix)
	} else {
		for i := 0; i < n; i++ {
			res.Priorities[i] = mat.Sum(lim.Matrix.RowView(i)) / float64(n)
		}
	}
	res.Normalized = make([]float64, n)
	totals := make([]float64, k)
	for i, p := range res.Priorities {
		totals[res.ClusterOf[i]] += p
	}
	for i, p := range res.Priorities {
		if t := totals[res.ClusterOf[i]]; t > 0 {
			res.Normalized[i] = p / t
		}
	}
	return res, nil
}

type consistency struct {
	ahp.Consistency
	Complete bool
	matrix   *ahp.Matrix
}

// priorities returns the priority vector and consistency of the judgments
// among items; a single item has priority 1 and needs no judgments.
func priorities(ctx context.Context, s *ahp.Solver, items []string, cs []ahp.Judgment, opt Options) ([]float64, consistency, error) {
	if len(items) == 1 && len(cs) == 0 {
		return []float64{1}, consistency{Consistency: ahp.Consistency{LambdaMax: 1, Table: opt.Table}, Complete: true}, nil
	}
	js := make([]ahp.Judgment, len(cs))
	for t, c := range cs {
		js[t] = ahp.Judgment{A: c.A, B: c.B, Value: c.Value}
	}
	m, err := ahp.NewIncompleteMatrixFromJudgments(items, js, opt.Scale)
	if err != nil {
		return nil, consistency{}, err
	}
	c, err := s.ConsistencyContext(ctx, m, opt.Table)
	if err != nil {
		return nil, consistency{}, err
	}
	return s.Priorities(nil, m), consistency{Consistency: c, Complete: m.Complete(), matrix: m}, nil
}
