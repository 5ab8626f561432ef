package outranking

import (
	"context"
	"fmt"
	"math"

	"github.com/balancer-mcda/balancer/mcda"
)

// ELECTREII is ELECTRE II (Roy & Bertier, 1973, La méthode ELECTRE II: une
// application au média-planning, in M. Ross (ed.), OR'72, North-Holland,
// 291-302; Figueira, Mousseau & Roy, 2005, section 4.3.2). With the
// weights w_j normalized to sum to 1, each ordered pair (a, b) has the
// concordance and discordance
//
//	c(a, b) = Σ_{j: g_j(a) >= g_j(b)} w_j
//	d(a, b) = max_j (shortfall of a behind b on j) / R_j   (0 if none)
//
// where R_j is the criterion's scale range (Scale, or the range of its
// values in the data). a strongly outranks b when c(a, b) >= c(b, a) and
// either c(a, b) >= c⁺ and d(a, b) <= d⁺, or c(a, b) >= c⁰ and
// d(a, b) <= d⁻; a weakly outranks b when c(a, b) >= c(b, a),
// c(a, b) >= c⁻ and d(a, b) <= d⁺.
//
// The ranking procedure (Roy & Bertier, 1973) condenses the circuits of
// the strong relation (their alternatives are ranked together) and builds
// two complete preorders. The descending one repeatedly takes the
// alternatives that no remaining alternative strongly outranks, and among
// them those that none of them weakly outranks (all of them if that
// leaves none), as the next class; the ascending one does the same from
// the bottom with the alternatives that strongly outrank no remaining
// one. The final partial preorder is their intersection, as in ELECTRE III
// (see [Relation]).
//
// Conventions: the concordance counts ties (g_j(a) = g_j(b)) for a, as
// pyDecision's electre_ii does. The discordance is relative to each
// criterion's own scale, so that units cancel; pyDecision divides every
// shortfall by the largest range of all criteria (as ELECTRE I's
// [mcda.ELECTREI] does), which gives other values on mixed scales, and
// its weak relation also admits c >= c⁰ with d <= d⁺ or c >= c⁻ with
// d <= d⁻ in place of the single test above. py-mcda's two-level variant
// builds other relations on the test data but the same preorders. The
// default levels c⁻ = 0.65, c⁰ = 0.75, c⁺ = 0.85, d⁻ = 0.25, d⁺ = 0.5
// are pyDecision's; they must satisfy 0 <= c⁻ <= c⁰ <= c⁺ <= 1 and
// 0 <= d⁻ <= d⁺ <= 1.
//
// The work is O(m²·n) time and O(m²) memory; Evaluate checks m·m against
// MaxPairs before allocating.
type ELECTREII struct {
	// CMinus, CZero and CPlus are the concordance levels c⁻ <= c⁰ <= c⁺;
	// DMinus and DPlus the discordance levels d⁻ <= d⁺. When all five are
	// zero the defaults are used.
	CMinus, CZero, CPlus float64
	DMinus, DPlus        float64
	// Scale holds each criterion's scale range R_j > 0 for the
	// discordance; nil means the range of its values (a constant
	// criterion has no discordance).
	Scale []float64
	// MaxPairs bounds m·m; 0 means DefaultMaxPairs.
	MaxPairs int
}

// ELECTREIIResult holds every intermediate of ELECTRE II.
type ELECTREIIResult struct {
	Alternatives []string
	// Concordance[a][b] = c(a, b); Discordance[a][b] = d(a, b); both 0 on
	// the diagonal.
	Concordance, Discordance [][]float64
	// Strong[a][b] and Weak[a][b] report a strong and a weak outranking of
	// b by a; false on the diagonal.
	Strong, Weak [][]bool
	// Descending and Ascending are the classes of the two preorders, best
	// first; DescendingRank and AscendingRank the 1-based class of each
	// alternative.
	Descending, Ascending         [][]int
	DescendingRank, AscendingRank []int
}

// Relation returns the relation of a to b in the final partial preorder.
func (r *ELECTREIIResult) Relation(a, b int) Relation {
	return intersect(r.DescendingRank, r.AscendingRank, a, b)
}

// Relations returns the m×m matrix of [ELECTREIIResult.Relation].
func (r *ELECTREIIResult) Relations() [][]Relation {
	return relations(r.DescendingRank, r.AscendingRank)
}

// Evaluate builds the strong and weak outranking relations of m and ranks
// them. Errors wrap [mcda.ErrParameter] for levels out of order or a
// scale range that is not finite and positive ([*mcda.CriterionError]),
// and for m·m above MaxPairs; a [*mcda.ShapeError] reports a Scale of the
// wrong length; ctx's error is returned wrapped when it is cancelled.
func (e *ELECTREII) Evaluate(ctx context.Context, m *mcda.DecisionMatrix) (*ELECTREIIResult, error) {
	rows, n := m.Dims()
	cm, c0, cp, dm, dp := e.CMinus, e.CZero, e.CPlus, e.DMinus, e.DPlus
	if cm == 0 && c0 == 0 && cp == 0 && dm == 0 && dp == 0 {
		cm, c0, cp, dm, dp = 0.65, 0.75, 0.85, 0.25, 0.5
	}
	if !(0 <= cm && cm <= c0 && c0 <= cp && cp <= 1 && 0 <= dm && dm <= dp && dp <= 1) {
		return nil, fmt.Errorf("outranking: electre ii: levels c⁻ = %v, c⁰ = %v, c⁺ = %v, d⁻ = %v, d⁺ = %v: want 0 <= c⁻ <= c⁰ <= c⁺ <= 1 and 0 <= d⁻ <= d⁺ <= 1: %w",
			cm, c0, cp, dm, dp, mcda.ErrParameter)
	}
	if e.Scale != nil && len(e.Scale) != n {
		return nil, &mcda.ShapeError{What: "electre ii scale", Got: len(e.Scale), Want: n}
	}
	if err := checkPairs("electre ii", rows, e.MaxPairs); err != nil {
		return nil, err
	}
	scale := make([]float64, n)
	for j := range n {
		if e.Scale != nil {
			if s := e.Scale[j]; !(s > 0) || math.IsInf(s, 0) {
				return nil, critErr(m, j, fmt.Errorf("electre ii: scale range %v, want finite and > 0", s))
			}
			scale[j] = e.Scale[j]
			continue
		}
		lo, hi := math.Inf(1), math.Inf(-1)
		for i := range rows {
			lo, hi = min(lo, m.At(i, j)), max(hi, m.At(i, j))
		}
		scale[j] = hi - lo // +Inf when the values span more than MaxFloat64
	}
	w := m.Weights(nil)
	res := &ELECTREIIResult{
		Alternatives: m.Alternatives(),
		Concordance:  newMatrix(rows, rows),
		Discordance:  newMatrix(rows, rows),
		Strong:       newBools(rows), Weak: newBools(rows),
	}
	for a := range rows {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("outranking: electre ii: %w", err)
		}
		for b := range rows {
			if a == b {
				continue
			}
			c, d, against := 0.0, 0.0, 0.0
			for j := range n {
				s := shortfall(m.At(a, j), m.At(b, j), m.Criterion(j).Objective == mcda.ObjectiveCost)
				if s <= 0 {
					c += w[j]
				} else {
					against += w[j]
					if scale[j] > 0 {
						r := s / scale[j]
						if math.IsNaN(r) || r > 1 { // +Inf/+Inf when values span more than MaxFloat64
							r = 1
						}
						d = max(d, r)
					}
				}
			}
			if against == 0 {
				c = 1
			}
			res.Concordance[a][b], res.Discordance[a][b] = min(c, 1), d
		}
	}
	for a := range rows {
		for b := range rows {
			if a == b {
				continue
			}
			c, d := res.Concordance[a][b], res.Discordance[a][b]
			if c < res.Concordance[b][a] {
				continue
			}
			res.Strong[a][b] = c >= cp && d <= dp || c >= c0 && d <= dm
			res.Weak[a][b] = c >= cm && d <= dp
		}
	}
	res.Descending = rankELECTREII(res.Strong, res.Weak, true)
	res.Ascending = rankELECTREII(res.Strong, res.Weak, false)
	res.DescendingRank = classRanks(res.Descending, rows)
	res.AscendingRank = classRanks(res.Ascending, rows)
	return res, nil
}

func newBools(m int) [][]bool {
	data := make([]bool, m*m)
	out := make([][]bool, m)
	for i := range out {
		out[i] = data[i*m : (i+1)*m : (i+1)*m]
	}
	return out
}

// rankELECTREII returns the classes of ELECTRE II's descending (or
// ascending) preorder, best first.
func rankELECTREII(strong, weak [][]bool, descending bool) [][]int {
	m := len(strong)
	comp := components(strong)
	// arc(x, y) on alternatives: x strongly outranks y across components.
	beats := func(rel [][]bool, x, y int) bool {
		if descending {
			return rel[x][y] && comp[x] != comp[y]
		}
		return rel[y][x] && comp[x] != comp[y]
	}
	left := make([]bool, m)
	for i := range left {
		left[i] = true
	}
	var classes [][]int
	for remaining := m; remaining > 0; {
		// D: the remaining alternatives whose component nothing remaining
		// beats (descending: nothing strongly outranks it; ascending: it
		// strongly outranks nothing), whole components at a time.
		D := freeOf(strong, beats, comp, left)
		// Among D, those whose component nothing in D weakly beats.
		inD := make([]bool, m)
		for _, y := range D {
			inD[y] = true
		}
		class := freeOf(weak, beats, comp, inD)
		if len(class) == 0 {
			class = D
		}
		for _, y := range class {
			left[y] = false
		}
		remaining -= len(class)
		classes = append(classes, class)
	}
	if !descending {
		for i, j := 0, len(classes)-1; i < j; i, j = i+1, j-1 {
			classes[i], classes[j] = classes[j], classes[i]
		}
	}
	return classes
}

// freeOf returns the alternatives of the set in whose component no member
// of the set from another component is beaten by a member of the set.
func freeOf(rel [][]bool, beats func([][]bool, int, int) bool, comp []int, in []bool) []int {
	m := len(in)
	beaten := make([]bool, m) // per component
	for y := range m {
		if !in[y] {
			continue
		}
		for x := range m {
			if in[x] && beats(rel, x, y) {
				beaten[comp[y]] = true
				break
			}
		}
	}
	var out []int
	for y := range m {
		if in[y] && !beaten[comp[y]] {
			out = append(out, y)
		}
	}
	return out
}

// components returns the strongly connected component of each vertex of
// the relation rel (Tarjan, 1972), so that the alternatives of a circuit
// are treated as one.
func components(rel [][]bool) []int {
	m := len(rel)
	index, low, comp := make([]int, m), make([]int, m), make([]int, m)
	onStack := make([]bool, m)
	for i := range index {
		index[i], comp[i] = -1, -1
	}
	var stack []int
	next, nc := 0, 0
	// Iterative depth-first search: a frame is a vertex and the next
	// neighbour to visit.
	type frame struct{ v, k int }
	for s := range m {
		if index[s] >= 0 {
			continue
		}
		call := []frame{{s, 0}}
		index[s], low[s] = next, next
		next++
		stack = append(stack, s)
		onStack[s] = true
		for len(call) > 0 {
			f := &call[len(call)-1]
			v := f.v
			if f.k < m {
				u := f.k
				f.k++
				if !rel[v][u] || u == v {
					continue
				}
				if index[u] < 0 {
					index[u], low[u] = next, next
					next++
					stack = append(stack, u)
					onStack[u] = true
					call = append(call, frame{u, 0})
				} else if onStack[u] {
					low[v] = min(low[v], index[u])
				}
				continue
			}
			if low[v] == index[v] {
				for {
					u := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					onStack[u] = false
					comp[u] = nc
					if u == v {
						break
					}
				}
				nc++
			}
			call = call[:len(call)-1]
			if len(call) > 0 {
				p := call[len(call)-1].v
				low[p] = min(low[p], low[v])
			}
		}
	}
	return comp
}
