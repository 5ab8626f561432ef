package outranking

import "fmt"

// Relation is the relation of one alternative a to another b in a partial
// preorder.
//
// Its values are [RelationIncomparable], [RelationPreferred],
// [RelationWorse] and [RelationIndifferent].
type Relation int

const (
	// RelationIncomparable (a R b): the two preorders disagree.
	RelationIncomparable Relation = iota
	// RelationPreferred (a P b): a is better than b in one preorder and not worse
	// in the other.
	RelationPreferred
	// RelationWorse (b P a): b is preferred to a.
	RelationWorse
	// RelationIndifferent (a I b): a and b share a class in both preorders.
	RelationIndifferent
)

var relationSymbols = [...]string{"R", "P+", "P-", "I"}

// String returns "R", "P+", "P-" or "I".
func (r Relation) String() string {
	if r < 0 || int(r) >= len(relationSymbols) {
		return fmt.Sprintf("Relation(%d)", int(r))
	}
	return relationSymbols[r]
}

// MarshalText returns the String form, so that JSON shows "P+".
func (r Relation) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// Intersect returns the relation of a to b in the intersection of two
// complete preorders given by the 1-based classes r1 and r2 of each
// alternative (1 best), such as ELECTREIIIResult.DescendingRank and
// AscendingRank: a is preferred to b when it is better in one and not worse
// in the other. It panics if a or b is out of range.
func Intersect(r1, r2 []int, a, b int) Relation { return intersect(r1, r2, a, b) }

func intersect(r1, r2 []int, a, b int) Relation {
	c1, c2 := cmpRank(r1[a], r1[b]), cmpRank(r2[a], r2[b])
	switch {
	case c1 == 0 && c2 == 0:
		return RelationIndifferent
	case c1 >= 0 && c2 >= 0:
		return RelationPreferred
	case c1 <= 0 && c2 <= 0:
		return RelationWorse
	}
	return RelationIncomparable
}

// cmpRank is +1 when rank x is better than y.
func cmpRank(x, y int) int {
	switch {
	case x < y:
		return 1
	case x > y:
		return -1
	}
	return 0
}

func relations(r1, r2 []int) [][]Relation {
	m := len(r1)
	data := make([]Relation, m*m)
	out := make([][]Relation, m)
	for a := range out {
		out[a] = data[a*m : (a+1)*m : (a+1)*m]
		for b := range out[a] {
			out[a][b] = intersect(r1, r2, a, b)
		}
	}
	return out
}

// FinalRank returns, for a partial preorder given by two rank vectors,
// the levels of its Hasse-style layering: level 1 holds the alternatives
// that no other is preferred to, level 2 those preferred to only by level
// 1, and so on. RelationIncomparable alternatives can share a level, so a level is
// not a rank; it is meant for display, with the relations beside it.
func FinalRank(r1, r2 []int) []int {
	m := len(r1)
	level := make([]int, m)
	done := 0
	for l := 1; done < m; l++ {
		var cur []int
		for a := range m {
			if level[a] != 0 {
				continue
			}
			top := true
			for b := range m {
				if b != a && level[b] == 0 && intersect(r1, r2, b, a) == RelationPreferred {
					top = false
					break
				}
			}
			if top {
				cur = append(cur, a)
			}
		}
		for _, a := range cur {
			level[a] = l
		}
		done += len(cur)
	}
	return level
}
