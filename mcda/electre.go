package mcda

import (
	"fmt"
	"math"
	"slices"
)

// DiscordanceIndex selects how [ELECTREI] measures the discordance of a
// pair. Its zero value is DiscordanceRoy.
//
// Its values are [DiscordanceRoy] and [DiscordanceHwangYoon].
type DiscordanceIndex int

const (
	// DiscordanceRoy is Roy's (1968) index on criteria brought to a common
	// scale: with r_ij the normalized values,
	//
	//	d(a, b) = max_j (r_bj − r_aj)⁺ / δ,   δ = max_j (max_i r_ij − min_i r_ij)
	//
	// the largest amount by which b beats a, relative to the widest range
	// of any criterion. Under the default min-max normalization every
	// non-constant range is 1, so this is the largest shortfall of a behind
	// b as a fraction of that criterion's range, and it does not depend on
	// the units of the data. scikit-criteria (on sum-normalized data) and
	// pyDecision (on the data as given) use δ the same way.
	DiscordanceRoy DiscordanceIndex = iota
	// DiscordanceHwangYoon is the index of Hwang & Yoon (1981) on
	// the weighted normalized values v_ij = w_j·r_ij:
	//
	//	d(a, b) = max_{j: v_bj > v_aj} (v_bj − v_aj) / max_j |v_bj − v_aj|
	//
	// the largest shortfall of a relative to the largest difference of the
	// pair on any criterion. Its default normalization is vector
	// normalization, as in the book.
	DiscordanceHwangYoon
)

// String returns "roy", "hwangyoon" or "DiscordanceIndex(n)".
func (k DiscordanceIndex) String() string {
	switch k {
	case DiscordanceRoy:
		return "roy"
	case DiscordanceHwangYoon:
		return "hwangyoon"
	}
	return fmt.Sprintf("DiscordanceIndex(%d)", int(k))
}

// ELECTREI is ELECTRE I, ELimination Et Choix Traduisant la REalité (Roy,
// 1968; Figueira, Mousseau & Roy, 2005; Hwang & Yoon, 1981). It
// builds an outranking relation S from the concordance and discordance of
// each ordered pair of alternatives (a, b):
//
//	c(a, b) = Σ_{j: g_j(a) >= g_j(b)} w_j
//	a S b  ⇔  c(a, b) >= ĉ  and  d(a, b) <= d̂
//
// where g_j(a) >= g_j(b) means "at least as good" (<= on a cost criterion),
// the weights w_j are normalized to sum to 1, and d(a, b) in [0, 1] is the
// [DiscordanceIndex]: Roy's by default. Its result is the kernel of S, the
// alternatives that no alternative of the kernel outranks and that outrank
// every alternative outside it; ELECTRE I does not rank, so ELECTREI is not
// a [Method].
//
// Thresholds: ĉ and d̂ default to the mean of c(a, b) and of d(a, b) over
// all pairs a ≠ b (Hwang & Yoon, 1981). Libraries use fixed defaults
// instead: scikit-criteria ĉ = 0.65, d̂ = 0.35; pyDecision ĉ = 0.75,
// d̂ = 0.5. Comparisons with the thresholds allow for [TieTolerance].
//
// Kernel: when S has no circuit the kernel exists and is unique. When it
// has circuits, Roy (1968) treats the alternatives of a circuit as
// indifferent and merges them; Evaluate does the same, taking the kernel of
// the graph of the strongly connected components of S and returning every
// member of the components in it (so identical alternatives, which outrank
// each other, enter or leave the kernel together). ELECTREIResult.Acyclic
// reports whether this was needed.
//
// Special cases:
//   - A pair with equal values on every criterion (identical
//     alternatives) has c = 1 in both directions and d = 0. When all
//     alternatives are identical they form one circuit, which is the
//     kernel.
//   - A constant criterion is concordant for every pair and adds nothing
//     to any discordance. Roy's δ = 0 (every normalized criterion
//     constant) and a Hwang-Yoon pair that differs nowhere give d = 0.
//   - One alternative forms the kernel on its own, with mean thresholds
//     of 0.
//   - With one criterion and mean thresholds, a outranks b exactly when it
//     is at least as good, and the kernel is the alternatives with the
//     best value.
//   - The values must suit the normalization (see [Normalization]); the
//     default min-max and vector normalizations accept any finite values.
//     Without normalization, values beyond ±MaxFloat64/2 are halved before
//     their differences are taken, which leaves every d unchanged.
//
// The zero value uses Roy's discordance on min-max normalized values with
// mean thresholds and is ready to use. Evaluate needs O(m²) memory for its
// result. An ELECTREI value reuses internal storage between calls and must
// not be used concurrently. Outranking compares pairs, so it does not
// stream: [RankStream] rejects it with [ErrNotStreamable].
type ELECTREI struct {
	// Concordance points to the concordance threshold ĉ in [0, 1]; nil
	// means the mean concordance.
	Concordance *float64
	// Discordance points to the discordance threshold d̂ in [0, 1]; nil
	// means the mean discordance. With d̂ = 0, a outranks b only when b is
	// nowhere better.
	Discordance *float64
	// DiscordanceIndex selects the discordance index; the default is
	// DiscordanceRoy.
	DiscordanceIndex DiscordanceIndex
	// Normalization is applied before measuring discordance (see
	// [Normalization]); concordance uses the data as given. The default
	// is NormalizationMinMax for DiscordanceRoy and NormalizationVector for
	// DiscordanceHwangYoon.
	Normalization Normalization
	// MaxPairs bounds the m·m pairs of alternatives whose concordance,
	// discordance and outranking Evaluate stores, 17 bytes a pair; zero
	// means DefaultMaxPairs (m <= 4096). Above it Evaluate returns a
	// [*SizeError] before allocating them.
	MaxPairs int

	st colStats
	ts []transform
	w  []float64
}

// ELECTREIResult holds the ELECTRE I matrices, the outranking relation and
// its kernel. Matrices are indexed [a][b] for the ordered pair (a, b); their
// diagonals hold 0 (and false).
type ELECTREIResult struct {
	Concordance [][]float64 // c(a, b)
	Discordance [][]float64 // d(a, b)
	// ConcordanceThreshold and DiscordanceThreshold are the ĉ and d̂ used.
	ConcordanceThreshold, DiscordanceThreshold float64
	Outranks                                   [][]bool // a S b
	// Kernel lists the alternatives of the kernel in ascending order.
	Kernel []int
	// Acyclic reports whether S has no circuit, so that Kernel is the
	// kernel of S itself rather than of S with its circuits merged.
	Acyclic bool
}

// Evaluate computes the concordance and discordance matrices of m, the
// outranking relation and its kernel.
//
// It returns an error wrapping [ErrParameter] for a threshold outside
// [0, 1] or an unknown discordance index, [ErrNormalization] for an unknown
// normalization, a [*SizeError] when m·m exceeds MaxPairs, and a
// [*ValueError] for values the normalization cannot take. It takes
// O(m²·n) time and 17·m² bytes.
func (e *ELECTREI) Evaluate(m *DecisionMatrix) (*ELECTREIResult, error) {
	if err := e.check(); err != nil {
		return nil, err
	}
	k := e.Normalization
	if k == NormalizationDefault {
		k = NormalizationMinMax
		if e.DiscordanceIndex == DiscordanceHwangYoon {
			k = NormalizationVector
		}
	}
	if !k.valid() {
		return nil, fmt.Errorf("mcda: electre i: %v: %w", k, ErrNormalization)
	}
	rows, n := m.Dims()
	if err := CheckPairs("electre i", rows, e.MaxPairs, 17,
		"ELECTRE I stores every pair; "+linearInstead); err != nil {
		return nil, err
	}
	var err error
	if e.ts, err = prepareTransforms(&e.st, e.ts, k, m); err != nil {
		return nil, err
	}
	ts := e.ts
	w := m.Weights(grow(e.w, n))
	e.w = w

	res := &ELECTREIResult{
		Concordance: newSquare[float64](rows),
		Discordance: newSquare[float64](rows),
		Outranks:    newSquare[bool](rows),
	}
	// g: the data oriented so that larger is better (costs negated), for
	// concordance; r: the normalized values, weighted for Hwang-Yoon's
	// index, for discordance.
	hy := e.DiscordanceIndex == DiscordanceHwangYoon
	g, r := make([]float64, rows*n), make([]float64, rows*n)
	for i := 0; i < rows; i++ {
		for j, x := range m.data[i*n : i*n+n] {
			g[i*n+j], r[i*n+j] = x, ts[j].apply(x)
			if m.criteria[j].Objective == ObjectiveCost {
				g[i*n+j] = -x
			}
			if hy {
				r[i*n+j] *= w[j]
			}
		}
	}
	// Discordance is a ratio of differences of r, so halving r changes
	// nothing; it keeps the differences of values beyond ±MaxFloat64/2
	// (possible without normalization) from overflowing.
	big := 0.0
	for _, v := range r {
		big = math.Max(big, math.Abs(v))
	}
	if big > math.MaxFloat64/2 {
		for k := range r {
			r[k] /= 2
		}
	}
	delta := 0.0 // Roy's δ: the widest range of a normalized criterion
	for j := range n {
		lo, hi := r[j], r[j]
		for i := 1; i < rows; i++ {
			lo, hi = math.Min(lo, r[i*n+j]), math.Max(hi, r[i*n+j])
		}
		delta = math.Max(delta, hi-lo)
	}
	for a := 0; a < rows; a++ {
		for b := 0; b < rows; b++ {
			if a == b {
				continue
			}
			var c, worst, widest float64
			discordant := false
			ga, gb := g[a*n:a*n+n], g[b*n:b*n+n]
			ra, rb := r[a*n:a*n+n], r[b*n:b*n+n]
			for j := range n {
				diff := rb[j] - ra[j] // > 0 where b beats a
				if hy {
					widest = math.Max(widest, math.Abs(diff))
				}
				if ga[j] >= gb[j] {
					c += w[j]
				} else {
					discordant = true
					worst = math.Max(worst, diff)
				}
			}
			d := 0.0
			switch {
			case hy && widest > 0:
				d = worst / widest
			case !hy && delta > 0:
				d = worst / delta
			}
			if !discordant {
				c = 1 // exactly, whatever the rounding of Σ w_j
			}
			res.Concordance[a][b] = math.Min(c, 1)
			res.Discordance[a][b] = math.Min(d, 1)
		}
	}
	if e.Concordance != nil {
		res.ConcordanceThreshold = *e.Concordance
	} else {
		res.ConcordanceThreshold = electreMean(res.Concordance)
	}
	if e.Discordance != nil {
		res.DiscordanceThreshold = *e.Discordance
	} else {
		res.DiscordanceThreshold = electreMean(res.Discordance)
	}
	for a := range res.Outranks {
		for b := range res.Outranks[a] {
			res.Outranks[a][b] = a != b &&
				res.Concordance[a][b] >= res.ConcordanceThreshold-TieTolerance &&
				res.Discordance[a][b] <= res.DiscordanceThreshold+TieTolerance
		}
	}
	res.Kernel, res.Acyclic = electreKernel(res.Outranks)
	return res, nil
}

func (e *ELECTREI) check() error {
	for _, t := range [...]struct {
		name string
		v    *float64
	}{{"concordance", e.Concordance}, {"discordance", e.Discordance}} {
		if t.v != nil && !(*t.v >= 0 && *t.v <= 1) {
			return fmt.Errorf("mcda: electre i: %s threshold %v not in [0, 1]: %w", t.name, *t.v, ErrParameter)
		}
	}
	if e.DiscordanceIndex != DiscordanceRoy && e.DiscordanceIndex != DiscordanceHwangYoon {
		return fmt.Errorf("mcda: electre i: %v: %w", e.DiscordanceIndex, ErrParameter)
	}
	return nil
}

// newSquare returns an m×m matrix backed by one allocation, for the pair
// matrices of ELECTRE I and PROMETHEE.
func newSquare[T any](m int) [][]T {
	cells := make([]T, m*m)
	rows := make([][]T, m)
	for i := range rows {
		rows[i] = cells[i*m : (i+1)*m : (i+1)*m]
	}
	return rows
}

// electreMean returns the mean of the off-diagonal entries of x, or 0 when
// there are none.
func electreMean(x [][]float64) float64 {
	m := len(x)
	if m < 2 {
		return 0
	}
	s := 0.0
	for a := range x {
		for b, v := range x[a] {
			if a != b {
				s += v
			}
		}
	}
	return s / float64(m*(m-1))
}

// electreKernel returns the kernel of the relation s, in ascending order,
// and whether s is acyclic. Circuits are merged first: the strongly
// connected components (Kosaraju) come out in topological order of the
// condensed graph, sources first, and a component joins the kernel when no
// component already in it outranks it.
func electreKernel(s [][]bool) (kernel []int, acyclic bool) {
	m := len(s)
	seen := make([]bool, m)
	order := make([]int, 0, m) // by increasing finishing time
	var visit func(a int)
	visit = func(a int) {
		seen[a] = true
		for b, ok := range s[a] {
			if ok && !seen[b] {
				visit(b)
			}
		}
		order = append(order, a)
	}
	for a := range m {
		if !seen[a] {
			visit(a)
		}
	}
	comp := make([]int, m)
	for i := range comp {
		comp[i] = -1
	}
	var members [][]int
	var collect func(a, c int)
	collect = func(a, c int) {
		comp[a] = c
		members[c] = append(members[c], a)
		for b := range m {
			if s[b][a] && comp[b] < 0 {
				collect(b, c)
			}
		}
	}
	for i := m - 1; i >= 0; i-- {
		if a := order[i]; comp[a] < 0 {
			members = append(members, nil)
			collect(a, len(members)-1)
		}
	}
	acyclic = len(members) == m
	inKernel := make([]bool, len(members))
	for c, mem := range members {
		inKernel[c] = true
	outer:
		for _, b := range mem {
			for a := range m {
				if s[a][b] && comp[a] != c && inKernel[comp[a]] {
					inKernel[c] = false
					break outer
				}
			}
		}
		if inKernel[c] {
			kernel = append(kernel, mem...)
		}
	}
	slices.Sort(kernel)
	return kernel, acyclic
}
