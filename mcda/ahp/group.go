package ahp

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/balancer-mcda/balancer/mcda"
)

// Group decisions: several decision makers ("members") judge the same items
// and their judgments or priorities are combined (Aczél & Saaty 1983;
// Forman & Peniwati 1998).
//
// References:
//
//   - Aczél, J. & Saaty, T.L. (1983). Procedures for synthesizing ratio
//     judgements. J. Math. Psychology 27:93-102.
//   - Forman, E. & Peniwati, K. (1998). Aggregating individual judgments and
//     priorities with the analytic hierarchy process. EJOR 108:165-169.
//   - Escobar, M.T., Aguarón, J. & Moreno-Jiménez, J.M. (2004). A note on
//     AHP group consistency for the row geometric mean priorization
//     procedure. EJOR 153:318-322.
//   - Escobar, M.T., Aguarón, J. & Moreno-Jiménez, J.M. (2015). Some
//     extensions of the precise consistency consensus matrix. Decision
//     Support Systems 74:67-77 (the geometric compatibility index GCOMPI).

// Sentinel causes of group errors. They are returned in [MemberError.Err].
var (
	// ErrItemsDiffer: a member's matrix does not have the items of member
	// 0, in the same order.
	ErrItemsDiffer = errors.New("items differ from member 0's")
	// ErrNilMatrix: a member's matrix is nil.
	ErrNilMatrix = errors.New("nil matrix")
	// ErrUnknownMean: a [Mean] name is not one of the defined means. It is
	// returned wrapped by [ParseMean].
	ErrUnknownMean = errors.New("unknown mean")
)

// A MemberError records an invalid member of a group: a matrix, a priority
// vector or a weight.
//
// Err is one of
//
//   - [mcda.ErrEmpty] (Member -1): there are no members; (Member k): member
//     k's priority vector is empty;
//   - [mcda.ErrWeight] (Member -1): all weights are zero; (Member k, Value
//     the weight): the weight is negative (Err also matches
//     [mcda.ErrNegative]) or not finite (Err also matches
//     [mcda.ErrNotFinite]);
//   - [ErrNilMatrix]: member k's matrix is nil;
//   - [ErrItemsDiffer] (Item and Name set): member k's item at position Item
//     is Name where member 0 has another item (Name is "" when member k has
//     fewer items);
//   - a [*mcda.ShapeError]: member k's priority vector has another length
//     than member 0's;
//   - [mcda.ErrNotFinite] or [mcda.ErrNotPositive] (Item and Value set): a
//     priority is not finite or not positive.
type MemberError struct {
	Member int     // 0-based index of the member; -1 for the group as a whole
	Item   int     // 0-based position of the offending item; -1 if none
	Name   string  // the member's name of item Item, for ErrItemsDiffer
	Value  float64 // the offending weight or priority
	Err    error   // the reason
}

func (e *MemberError) Error() string {
	switch {
	case e.Member < 0:
		return fmt.Sprintf("ahp: group: %v", e.Err)
	case errors.Is(e.Err, ErrItemsDiffer):
		return fmt.Sprintf("ahp: member %d: item %d (%q): %v", e.Member, e.Item, e.Name, e.Err)
	case e.Item >= 0:
		return fmt.Sprintf("ahp: member %d: item %d: value %v: %v", e.Member, e.Item, e.Value, e.Err)
	case errors.Is(e.Err, mcda.ErrWeight):
		return fmt.Sprintf("ahp: member %d: weight %v: %v", e.Member, e.Value, e.Err)
	}
	return fmt.Sprintf("ahp: member %d: %v", e.Member, e.Err)
}

// Unwrap returns the cause.
func (e *MemberError) Unwrap() error { return e.Err }

// Mean selects how [AggregatePriorities] averages priority vectors. The
// zero value is [MeanGeometric].
//
// Its values are [MeanGeometric] and [MeanArithmetic].
type Mean int

const (
	// MeanGeometric is the weighted geometric mean, normalized to sum 1,
	//
	//	w_i ∝ Π_k (w_i^(k))^(α_k)
	//
	// the aggregation of individual priorities that Forman & Peniwati
	// (1998) recommend. For complete matrices it equals the row geometric
	// mean priorities of the [AggregateJudgments] matrix.
	MeanGeometric Mean = iota
	// MeanArithmetic is the weighted arithmetic mean,
	//
	//	w_i = Σ_k α_k w_i^(k)
	//
	// which Forman & Peniwati (1998) also accept for aggregating
	// individual priorities.
	MeanArithmetic
)

// String returns "geometric" or "arithmetic", the names accepted by
// [ParseMean].
func (m Mean) String() string {
	switch m {
	case MeanGeometric:
		return "geometric"
	case MeanArithmetic:
		return "arithmetic"
	}
	return fmt.Sprintf("Mean(%d)", int(m))
}

// ParseMean returns the mean named s: "geometric" or "arithmetic". The
// error wraps [ErrUnknownMean].
func ParseMean(s string) (Mean, error) {
	switch s {
	case "geometric":
		return MeanGeometric, nil
	case "arithmetic":
		return MeanArithmetic, nil
	}
	return 0, fmt.Errorf("ahp: mean %q: %w", s, ErrUnknownMean)
}

// memberWeights validates weights for r members and returns them
// normalized to sum 1, α_k = w_k / Σ w. A nil weights means equal weights.
func memberWeights(weights []float64, r int) ([]float64, error) {
	alpha := make([]float64, r)
	if weights == nil {
		for k := range alpha {
			alpha[k] = 1 / float64(r)
		}
		return alpha, nil
	}
	if len(weights) != r {
		return nil, shapeError("weights", len(weights), r)
	}
	hi := 0.0
	for k, w := range weights {
		switch {
		case math.IsNaN(w) || math.IsInf(w, 0):
			return nil, &MemberError{Member: k, Item: -1, Value: w,
				Err: fmt.Errorf("%w: %w", mcda.ErrWeight, mcda.ErrNotFinite)}
		case w < 0:
			return nil, &MemberError{Member: k, Item: -1, Value: w,
				Err: fmt.Errorf("%w: %w", mcda.ErrWeight, mcda.ErrNegative)}
		}
		hi = max(hi, w)
	}
	if hi == 0 {
		return nil, &MemberError{Member: -1, Item: -1, Err: fmt.Errorf("%w: all weights are zero", mcda.ErrWeight)}
	}
	sum := 0.0
	for k, w := range weights {
		alpha[k] = w / hi // in [0, 1]: the sum cannot overflow
		sum += alpha[k]
	}
	for k := range alpha {
		alpha[k] /= sum
	}
	return alpha, nil
}

// checkMembers validates that there is at least one matrix, none is nil,
// and all have the items of ms[0] in the same order.
func checkMembers(ms []*Matrix) error {
	if len(ms) == 0 {
		return &MemberError{Member: -1, Item: -1, Err: mcda.ErrEmpty}
	}
	for k, m := range ms {
		if m == nil {
			return &MemberError{Member: k, Item: -1, Err: ErrNilMatrix}
		}
	}
	first := ms[0]
	n := first.Len()
	for k, m := range ms[1:] {
		k++
		for i := range max(n, m.Len()) {
			switch {
			case i >= m.Len():
				return &MemberError{Member: k, Item: i, Err: ErrItemsDiffer}
			case i >= n || m.Item(i) != first.Item(i):
				return &MemberError{Member: k, Item: i, Name: m.Item(i), Err: ErrItemsDiffer}
			}
		}
	}
	return nil
}

// groupScale returns the scale of an aggregate of ms: their common scale
// if they share one, else the smallest interval containing all of them.
// A weighted geometric mean of values inside the scales lies inside it.
func groupScale(ms []*Matrix) Scale {
	s := ms[0].Scale()
	lo, hi := s.Bounds()
	same := true
	for _, m := range ms[1:] {
		t := m.Scale()
		if t != s {
			same = false
		}
		l, h := t.Bounds()
		lo, hi = min(lo, l), max(hi, h)
	}
	if same {
		return s
	}
	return Scale{Min: lo, Max: hi}
}

// AggregateJudgments returns the aggregation of individual judgments (AIJ)
// of a group: the matrix whose entries are the weighted geometric means of
// the members' judgments (Aczél & Saaty 1983),
//
//	a_ij = Π_k (a_ij^(k))^(α_k),  α_k = weights[k] / Σ weights
//
// The weighted geometric mean is the only mean that keeps the result
// reciprocal (a_ji = 1/a_ij) and unanimous (members who agree get their
// common judgment back). weights nil means equal weights; otherwise it
// needs one finite, non-negative weight per member, not all zero. A member
// with weight zero does not affect the result but is still validated.
//
// Members' matrices may be incomplete ([Matrix.Complete]). Each entry is
// then the weighted geometric mean over the members who judged the pair,
// with their weights renormalized to sum 1; a pair is missing from the
// result only if no member with a positive weight judged it. The result
// is connected because each member's matrix is.
//
// All matrices must have the same items in the same order. The result has
// those items and the members' common scale, or, if their scales differ,
// the smallest [Scale] containing all of them (the means lie inside it).
// The inputs are not modified.
//
// The error is a [*MemberError] (no members, a nil matrix, items that
// differ, an invalid weight) or wraps a [*mcda.ShapeError] when
// len(weights) differs from len(ms).
func AggregateJudgments(ms []*Matrix, weights []float64) (*Matrix, error) {
	if err := checkMembers(ms); err != nil {
		return nil, err
	}
	alpha, err := memberWeights(weights, len(ms))
	if err != nil {
		return nil, err
	}
	first := ms[0]
	n := first.Len()
	items := first.Items()
	js := make([]Judgment, 0, n*(n-1)/2)
	for i := range n {
		for j := i + 1; j < n; j++ {
			l, total := 0.0, 0.0
			for k, m := range ms {
				if alpha[k] == 0 || m.Missing(i, j) {
					continue
				}
				l += alpha[k] * math.Log(m.At(i, j))
				total += alpha[k]
			}
			if total == 0 {
				continue // nobody with a weight judged the pair
			}
			js = append(js, Judgment{A: items[i], B: items[j], Value: math.Exp(l / total)})
		}
	}
	return NewIncompleteMatrixFromJudgments(items, js, groupScale(ms))
}

// AggregatePriorities returns the aggregation of individual priorities
// (AIP) of a group: the weighted geometric or arithmetic mean of the
// members' priority vectors ps[k], normalized to sum 1 (Forman & Peniwati
// 1998). Each vector is first divided by its sum, so members whose vectors
// are scaled differently count equally; priorities from [Matrix.Priorities]
// already sum to 1. The weights are as in [AggregateJudgments]: nil means
// equal, otherwise one finite, non-negative weight per member, not all
// zero.
//
// All vectors must have the same, non-zero length and finite, positive
// entries. The inputs are not modified. It panics if mean is not a defined
// [Mean].
//
// The error is a [*MemberError] or wraps a [*mcda.ShapeError] when
// len(weights) differs from len(ps).
func AggregatePriorities(ps [][]float64, weights []float64, mean Mean) ([]float64, error) {
	if mean != MeanGeometric && mean != MeanArithmetic {
		panic("ahp: unknown mean")
	}
	if len(ps) == 0 {
		return nil, &MemberError{Member: -1, Item: -1, Err: mcda.ErrEmpty}
	}
	n := len(ps[0])
	// p_i/Σp = (p_i/hi)/sums with hi = max p and sums = Σ p/hi.
	sums, his := make([]float64, len(ps)), make([]float64, len(ps))
	for k, p := range ps {
		if len(p) == 0 {
			return nil, &MemberError{Member: k, Item: -1, Err: mcda.ErrEmpty}
		}
		if len(p) != n {
			return nil, &MemberError{Member: k, Item: -1,
				Err: &mcda.ShapeError{What: "priorities", Got: len(p), Want: n}}
		}
		hi := 0.0
		for i, v := range p {
			switch {
			case math.IsNaN(v) || math.IsInf(v, 0):
				return nil, &MemberError{Member: k, Item: i, Value: v, Err: mcda.ErrNotFinite}
			case v <= 0:
				return nil, &MemberError{Member: k, Item: i, Value: v, Err: mcda.ErrNotPositive}
			}
			hi = max(hi, v)
		}
		his[k] = hi
		for _, v := range p {
			sums[k] += v / hi // Σ p/max p, in [1, n]: no overflow
		}
	}
	alpha, err := memberWeights(weights, len(ps))
	if err != nil {
		return nil, err
	}
	dst := make([]float64, n)
	if mean == MeanArithmetic {
		for k, p := range ps {
			for i, v := range p {
				dst[i] += alpha[k] * (v / his[k] / sums[k])
			}
		}
		normalize(dst)
		return dst, nil
	}
	for k, p := range ps {
		if alpha[k] == 0 {
			continue
		}
		for i, v := range p {
			// ln p_i - ln hi - ln sums, which stays finite where the
			// quotient p_i/hi underflows.
			dst[i] += alpha[k] * (math.Log(v) - math.Log(his[k]) - math.Log(sums[k]))
		}
	}
	expNormalizeLogs(dst)
	return dst, nil
}

// normalize divides the positive entries of w by their sum.
//
// The entries must be finite and non-negative with a positive maximum. They
// are first divided by that maximum, so the sum lies in [1, len(w)] and
// neither it nor any quotient can overflow whatever the magnitudes (1e308
// entries, or 5e-324 ones); an entry smaller than the largest by a factor
// beyond the float64 range becomes 0, its correctly rounded value.
func normalize(w []float64) {
	hi := 0.0
	for _, v := range w {
		hi = max(hi, v)
	}
	if !(hi > 0) || math.IsInf(hi, 1) {
		panic("ahp: internal error: normalize needs a finite positive maximum")
	}
	sum := 0.0
	for i, v := range w {
		w[i] = v / hi
		sum += w[i]
	}
	for i := range w {
		w[i] /= sum
	}
}

// GroupConsistency describes how well a group's members agree with the
// group, in the geometric framework of the row geometric mean (Escobar,
// Aguarón & Moreno-Jiménez 2004, 2015). It is returned by [MeasureGroup].
//
// Members[k] is the geometric compatibility index GCOMPI^(k,G) of member k
// (Escobar et al. 2015, Definition 4), the [Matrix.GCI] formula applied to
// the member's judgments and the group's priorities w^G:
//
//	GCOMPI^(k,G) = 2/((n-1)(n-2)) Σ_{i<j} ln²(a_ij^(k) w_j^G / w_i^G)
//
// For a complete member it is never smaller than the member's own GCI
// (whose priorities fit the member's judgments best) and it grows with the
// member's distance from the group. For an incomplete member with N_k
// judgments the sum runs over those judgments and 2/((n-1)(n-2)) becomes
// n/((n-2) N_k), which is the same factor when N_k = n(n-1)/2: the mean
// squared error per judgment, on the scale of the complete case.
//
// Mean is the group's GCOMPI, Σ_k α_k GCOMPI^(k,G). For n <= 2 all
// indices are 0.
type GroupConsistency struct {
	Priorities []float64 `json:"priorities"` // w^G: row geometric mean priorities of the AIJ matrix
	GCI        float64   `json:"gci"`        // GCI of the AIJ matrix (see [Matrix.GCI])
	Members    []float64 `json:"members"`    // GCOMPI^(k,G) for each member k
	Mean       float64   `json:"mean"`       // Σ_k α_k Members[k], with the normalized weights α
	Max        float64   `json:"max"`        // the largest of Members
	Worst      int       `json:"worst"`      // a member with the largest index value (the lowest such index)
}

// MeasureGroup returns the group consistency of the members' matrices ms with
// the given weights (as in [AggregateJudgments]): the group priorities
// w^G, which are the row geometric mean ([PriorityGeometricMean]) of the AIJ
// matrix, the GCI of the AIJ matrix, and the compatibility of each member
// with w^G. See [GroupConsistency]. For complete matrices w^G is also the
// geometric [AggregatePriorities] of the members' row geometric means.
//
// The group matrix is consistent "enough" when its GCI is below
// [GCIThreshold]. For complete matrices, Escobar et al. (2004) show that
// it is whenever every member is: the GCI of the AIJ matrix is at most
// Σ_k α_k GCI_k.
//
// The error is that of [AggregateJudgments].
func MeasureGroup(ms []*Matrix, weights []float64) (GroupConsistency, error) {
	g, err := AggregateJudgments(ms, weights)
	if err != nil {
		return GroupConsistency{}, err
	}
	alpha, _ := memberWeights(weights, len(ms)) // validated above
	var s Solver
	y := s.logPriorities(g, PriorityGeometricMean)
	w := slices.Clone(y)
	expNormalizeLogs(w)
	gc := GroupConsistency{Priorities: w, GCI: gci(g, y), Members: make([]float64, len(ms))}
	for k, m := range ms {
		v := compatibility(m, y)
		gc.Members[k] = v
		gc.Mean += alpha[k] * v
		if v > gc.Max || k == 0 {
			gc.Max, gc.Worst = v, k
		}
	}
	return gc, nil
}

// sumSquaredErrors returns Σ ln²(a_ij w_j / w_i) = Σ (ln a_ij + y_j - y_i)²
// over the known pairs i < j of m, and their number, from the logarithms
// y = ln w + c of the priorities (see logPriorities).
func sumSquaredErrors(m *Matrix, y []float64) (sum float64, known int) {
	n := m.Len()
	for i := range n {
		for j := i + 1; j < n; j++ {
			if m.Missing(i, j) {
				continue
			}
			e := math.Log(m.At(i, j)) + y[j] - y[i]
			sum += e * e
			known++
		}
	}
	return sum, known
}

// gci returns the GCI of m against the log-priorities y: the sum of squared log errors over
// the known pairs divided by their number minus n-1 (Escobar et al. 2015,
// Definition 6), which is (n-1)(n-2)/2 for a complete matrix; 0 for
// n <= 2 or when there are only n-1 known pairs.
func gci(m *Matrix, y []float64) float64 {
	n := m.Len()
	sum, known := sumSquaredErrors(m, y)
	if n <= 2 || known <= n-1 {
		return 0
	}
	return sum / float64(known-(n-1))
}

// compatibility returns GCOMPI of m against the log-priorities y: n/((n-2) N) times the sum
// of squared log errors over the N known pairs; 0 for n <= 2.
func compatibility(m *Matrix, y []float64) float64 {
	n := m.Len()
	if n <= 2 {
		return 0
	}
	sum, known := sumSquaredErrors(m, y)
	return float64(n) * sum / (float64(n-2) * float64(known))
}
