// Package robustjson holds the JSON form in which the programs under
// examples print the weight sensitivity and SMAA results of package
// mcda/robust: alternatives by name rather than index, relations and
// intervals as words and objects. examples/rank and examples/value print
// them under "sensitivity" and "smaa", and title their tables with
// [SMAASpace].
package robustjson

import (
	"fmt"
	"strings"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

// An Interval is a range of a criterion's weight.
type Interval struct {
	Lo float64 `json:"lo"`
	Hi float64 `json:"hi"`
}

// A Breakpoint is a pair changing places at a weight: a's standing
// relative to b just below and just above it, and the better of the two
// places they swap.
type Breakpoint struct {
	Weight float64 `json:"weight"`
	A      string  `json:"a"`
	B      string  `json:"b"`
	Before string  `json:"before"`
	After  string  `json:"after"`
	Rank   int     `json:"rank"`
}

// A Sensitivity is one criterion's robust.CriterionSensitivity.
type Sensitivity struct {
	Criterion     string       `json:"criterion"`
	Weight        float64      `json:"weight"`
	Exact         bool         `json:"exact"`
	Breakpoints   []Breakpoint `json:"breakpoints"`
	Truncated     bool         `json:"truncated"`
	Omitted       int          `json:"omitted"`
	FirstStable   Interval     `json:"first_stable"`
	RankingStable Interval     `json:"ranking_stable"`
}

// An SMAARow is one alternative of a robust.SMAAResult; Confidence is 0
// when the confidence factors were not computed.
type SMAARow struct {
	Alternative    string    `json:"alternative"`
	Acceptability  []float64 `json:"acceptability"`
	CentralWeights []float64 `json:"central_weights"`
	Confidence     float64   `json:"confidence"`
}

// Sensitivities returns ss in its JSON form, naming the alternatives of m.
func Sensitivities(ss []robust.CriterionSensitivity, m *mcda.DecisionMatrix) []Sensitivity {
	out := make([]Sensitivity, len(ss))
	for j, s := range ss {
		out[j] = Sensitivity{Criterion: s.Criterion, Weight: s.Weight, Exact: s.Exact, Breakpoints: []Breakpoint{},
			Truncated: s.Truncated, Omitted: s.Omitted,
			FirstStable:   Interval{s.FirstStable.Lo, s.FirstStable.Hi},
			RankingStable: Interval{s.RankingStable.Lo, s.RankingStable.Hi}}
		for _, b := range s.Breakpoints {
			out[j].Breakpoints = append(out[j].Breakpoints, Breakpoint{b.Weight, m.Alternative(b.A), m.Alternative(b.B),
				b.Before.String(), b.After.String(), b.Rank})
		}
	}
	return out
}

// SMAA returns res in its JSON form, one row per alternative.
func SMAA(res *robust.SMAAResult) []SMAARow {
	out := make([]SMAARow, len(res.Alternatives))
	for i, a := range res.Alternatives {
		out[i] = SMAARow{Alternative: a, Acceptability: res.Acceptability[i], CentralWeights: res.CentralWeights[i]}
		if res.Confidence != nil {
			out[i].Confidence = res.Confidence[i]
		}
	}
	return out
}

// SMAASpace describes in words what SMAA sampled, for the titles of the
// programs' tables: the weight space and the number of uncertain values.
func SMAASpace(ws robust.WeightSpace, uncertain int) string {
	plural := func(n int, what string) string {
		if n == 1 {
			return "1 " + what
		}
		return fmt.Sprintf("%d %ss", n, what)
	}
	d := "weights uniform on the simplex"
	if ws.Fixed {
		d = "the file's weights"
	}
	bounded := 0
	for _, b := range ws.Bounds {
		if b.Lo > 0 || b.Hi < 1 {
			bounded++
		}
	}
	var under []string
	if bounded > 0 {
		under = append(under, plural(bounded, "weight bound"))
	}
	if len(ws.Order) > 0 {
		under = append(under, plural(len(ws.Order), "order chain"))
	}
	if len(under) > 0 {
		d += " under " + strings.Join(under, " and ")
	}
	if uncertain > 0 {
		d += ", " + plural(uncertain, "uncertain value")
	}
	return d
}
