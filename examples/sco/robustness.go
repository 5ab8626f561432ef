package main

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
	"github.com/balancer-mcda/balancer/mcda/robust"
)

// Defaults of the robustness flags.
const (
	defaultSMAASamples = 10000
	defaultSeed        = 1
)

// keptShare is the share of its AHP weight every leaf keeps in the SMAA
// weight space "near AHP"; the rest of the total weight is spread at
// random.
const keptShare = 0.5

// maxThreats bounds the leaves charted for threatening the first
// alternative: the key criteria, whose sensitivity curves are charted, are
// the leaves that carry the first alternative most (maxContributions of
// them) and the maxThreats leaves whose weight, moved alone, costs it first
// place soonest.
const maxThreats = 2

// synthesisTolerance is the largest difference allowed between the AHP
// global priorities and the weighted sum the robustness analysis uses in
// their place: the two are the same sums, added in another order.
const synthesisTolerance = 1e-12

// robustOptions configure the robustness analysis.
type robustOptions struct {
	samples       int    // SMAA samples per weight space; 0 skips SMAA
	perturbations int    // rating perturbations per set; 0 skips them
	seed          uint64 // seed of SMAA and of the rating perturbation
	progress      func(label string) func(done, total int)
}

// setRobustness is the robustness analysis of one set of alternatives.
type setRobustness struct {
	set, noun string // "futures", "future"
	first     int    // index of the first alternative by AHP synthesis
	order     []int  // the alternatives by AHP synthesis, best first
	names     []string
	criteria  []string // the leaf criteria, in decision matrix order
	weights   []float64
	method    *mcda.WSM // the weighted sum that equals the AHP synthesis
	// maxDiff is the largest difference between the method's scores and
	// the AHP global priorities.
	maxDiff     float64
	sensitivity []robust.CriterionSensitivity
	ranksAbove  [][][]int // per criterion and breakpoint, the ranks just above it
	challengers []robust.Challenger
	smaa        []smaaRun // nil when SMAA is skipped
	key         []int     // the key criteria, charted
}

// smaaRun is SMAA-2 on one weight space.
type smaaRun struct {
	space       string // "uniform" or "near_ahp"
	title       string
	description string
	seed        uint64
	result      *robust.SMAAResult
	// mean is the mean of all sampled weight vectors, Σ_i b_i¹·w_i^c.
	mean []float64
}

// synthesisWSM returns the weighted sum model that reproduces an AHP
// synthesis on the model's decision matrix: sum normalization turns a
// leaf's ratings into the local priorities of the distributive synthesis,
// and max normalization divides them by the largest as the ideal synthesis
// does (which then scales the totals to sum to 1, leaving the ranks alone).
func synthesisWSM(mode ahp.Mode) *mcda.WSM {
	if mode == ahp.ModeIdeal {
		return &mcda.WSM{Normalization: mcda.NormalizationMax}
	}
	return &mcda.WSM{Normalization: mcda.NormalizationSum}
}

// assess runs the robustness analyses of both sets.
func (a *analysis) assess(opt robustOptions) error {
	var err error
	if a.futureRobust, err = assessSet(a.futures, "futures", "future", a.futureExplained, opt); err != nil {
		return fmt.Errorf("futures: robustness: %w", err)
	}
	if a.recRobust, err = assessSet(a.recommendations, "recommendations", "recommendation", a.recExplained, opt); err != nil {
		return fmt.Errorf("recommendations: robustness: %w", err)
	}
	if a.futurePerturb, err = perturbRatings(context.Background(), a.futures, "futures", opt.perturbations, opt.seed); err != nil {
		return fmt.Errorf("futures: %w", err)
	}
	if a.recPerturb, err = perturbRatings(context.Background(), a.recommendations, "recommendations", opt.perturbations, opt.seed); err != nil {
		return fmt.Errorf("recommendations: %w", err)
	}
	return nil
}

// assessSet analyses how the ranking of one set by AHP synthesis reacts to
// changes of the leaves' global weights.
func assessSet(r *ahp.Result, set, noun string, e explanation, opt robustOptions) (*setRobustness, error) {
	dm, err := r.DecisionMatrix()
	if err != nil {
		return nil, err
	}
	s := &setRobustness{set: set, noun: noun, first: r.Order[0], order: r.Order, names: dm.Alternatives(),
		weights: dm.Weights(nil), method: synthesisWSM(r.Options.Mode)}
	for _, c := range dm.Criteria() {
		s.criteria = append(s.criteria, c.Name)
	}
	// The analyses below stand in for the AHP synthesis only if the
	// weighted sum reproduces it.
	scores, err := s.method.Scores(nil, dm)
	if err != nil {
		return nil, err
	}
	total := 0.0
	for _, v := range scores {
		total += v
	}
	for i, v := range scores {
		s.maxDiff = max(s.maxDiff, math.Abs(v/total-r.Global[i]))
	}
	if s.maxDiff > synthesisTolerance {
		return nil, fmt.Errorf("wsm (%v normalization) differs from the %v synthesis by %v", s.method.Normalization, r.Options.Mode, s.maxDiff)
	}
	if s.sensitivity, err = robust.Sensitivity(context.Background(), s.method, dm, robust.SensitivityOptions{Curves: true}); err != nil {
		return nil, err
	}
	for j, cs := range s.sensitivity {
		ra, err := ranksAbove(s.method, dm, j, cs)
		if err != nil {
			return nil, err
		}
		s.ranksAbove = append(s.ranksAbove, ra)
	}
	if s.challengers, err = robust.MinimumChange(context.Background(), s.method, dm); err != nil {
		return nil, err
	}
	s.key = keyCriteria(s, e)
	if opt.samples == 0 {
		return s, nil
	}
	lower := make([]robust.Interval, len(s.weights))
	for j, w := range s.weights {
		lower[j] = robust.Interval{Lo: keptShare * w, Hi: 1}
	}
	spaces := []struct {
		space, title, description string
		weights                   robust.WeightSpace
	}{
		{"uniform", "weights uniform on the simplex",
			fmt.Sprintf("uniform on the simplex of the %d leaf weights, SMAA-2's assumption when nothing is known "+
				"of the decision maker's preferences; it shows the %s that win under the widest range of views", len(s.weights), set),
			robust.WeightSpace{}},
		{"near_ahp", "weights near the AHP weights",
			fmt.Sprintf("every leaf keeps at least %.0f%% of its AHP weight and the other %.0f%% of the total weight is spread "+
				"uniformly at random, so each sample lies within Σ|Δw| ≤ %g of the AHP weights; it keeps the judgments' "+
				"broad shape and asks whether the ranking survives their imprecision", 100*keptShare, 100*(1-keptShare), 2*(1-keptShare)),
			robust.WeightSpace{Bounds: lower}},
	}
	for _, sp := range spaces {
		sm := robust.SMAA{Samples: opt.samples, Seed: opt.seed, Weights: sp.weights}
		if opt.progress != nil {
			sm.Progress = opt.progress(fmt.Sprintf("SMAA %s (%s)", set, strings.ReplaceAll(sp.space, "_", " ")))
		}
		res, err := sm.Run(context.Background(), func() mcda.Method { return synthesisWSM(r.Options.Mode) }, dm)
		if err != nil {
			return nil, fmt.Errorf("smaa, %s: %w", sp.title, err)
		}
		run := smaaRun{space: sp.space, seed: opt.seed, title: sp.title, description: sp.description, result: res, mean: make([]float64, len(s.weights))}
		for i, cw := range res.CentralWeights {
			for j, w := range cw {
				run.mean[j] += res.Acceptability[i][0] * w
			}
		}
		s.smaa = append(s.smaa, run)
	}
	return s, nil
}

// keyCriteria returns the leaves that carry the first alternative most
// (those of its explanation) followed by the maxThreats leaves whose
// weight, moved alone, costs it first place within the shortest distance
// of the current weight.
func keyCriteria(s *setRobustness, e explanation) []int {
	var key []int
	for _, c := range e.Contributions {
		if j := slices.Index(s.criteria, c.Criterion); j >= 0 {
			key = append(key, j)
		}
	}
	type threat struct {
		j    int
		dist float64
	}
	var threats []threat
	for j, cs := range s.sensitivity {
		if d, ok := firstMargin(cs); ok && !slices.Contains(key, j) {
			threats = append(threats, threat{j, d})
		}
	}
	slices.SortStableFunc(threats, func(x, y threat) int { return cmp.Compare(x.dist, y.dist) })
	for _, t := range threats[:min(maxThreats, len(threats))] {
		key = append(key, t.j)
	}
	return key
}

// firstMargin returns the distance from the current weight to the nearest
// end of the interval within which the first alternative stays first, and
// reports false when it stays first over the whole of [0, 1].
func firstMargin(cs robust.CriterionSensitivity) (float64, bool) {
	d := math.Inf(1)
	if cs.FirstStable.Lo > 0 {
		d = cs.Weight - cs.FirstStable.Lo
	}
	if cs.FirstStable.Hi < 1 {
		d = min(d, cs.FirstStable.Hi-cs.Weight)
	}
	return d, !math.IsInf(d, 1)
}

// nearestBreakpoint returns the breakpoint closest to the current weight,
// or nil when there is none.
func nearestBreakpoint(cs robust.CriterionSensitivity) *robust.Breakpoint {
	var best *robust.Breakpoint
	for k := range cs.Breakpoints {
		b := &cs.Breakpoints[k]
		if best == nil || math.Abs(b.Weight-cs.Weight) < math.Abs(best.Weight-cs.Weight) {
			best = b
		}
	}
	return best
}

// ranksAbove returns the ranks just above each breakpoint of cs, those at
// the middle of the segment it starts (a robust.Breakpoint is one pair's
// change and holds no ranking).
func ranksAbove(method mcda.Method, dm *mcda.DecisionMatrix, j int, cs robust.CriterionSensitivity) ([][]int, error) {
	out := make([][]int, len(cs.Breakpoints))
	for k, b := range cs.Breakpoints {
		next := 1.0
		for _, c := range cs.Breakpoints[k+1:] {
			if c.Weight > b.Weight {
				next = c.Weight
				break
			}
		}
		r, err := robust.RankingAt(method, dm, j, (b.Weight+next)/2)
		if err != nil {
			return nil, err
		}
		out[k] = r.Ranks
	}
	return out, nil
}

// changesAt returns the changes of every breakpoint of cs at b's weight.
func changesAt(cs robust.CriterionSensitivity, b *robust.Breakpoint) []robust.PairChange {
	var out []robust.PairChange
	for _, c := range cs.Breakpoints {
		if c.Weight == b.Weight {
			out = append(out, c.PairChange)
		}
	}
	return out
}

// maxChanges bounds the changes of ranking described at one breakpoint.
const maxChanges = 3

// describeBreakpoint says what happens to the ranking as the weight moves
// from its current value across b.
func describeBreakpoint(names []string, cs robust.CriterionSensitivity, b *robust.Breakpoint) string {
	up := b.Weight >= cs.Weight
	var parts []string
	changes := changesAt(cs, b)
	for k, c := range changes {
		if k == maxChanges {
			parts = append(parts, fmt.Sprintf("%d more changes", len(changes)-k))
			break
		}
		parts = append(parts, describeChange(names, c, up))
	}
	return strings.Join(parts, "; ")
}

// describeChange says how the pair c changes when the weight crosses its
// breakpoint upwards if up, downwards otherwise.
func describeChange(names []string, c robust.PairChange, up bool) string {
	before, after := c.Before, c.After
	if !up {
		before, after = after, before
	}
	a, b := names[c.A], names[c.B]
	switch {
	case after == robust.RelationTied:
		return a + " and " + b + " tie"
	case after == robust.RelationAhead && before == robust.RelationTied:
		return a + " moves ahead of " + b
	case after == robust.RelationAhead:
		return a + " overtakes " + b
	case before == robust.RelationTied:
		return b + " moves ahead of " + a
	}
	return b + " overtakes " + a
}

// firstStableSummary says, in one sentence, how far the weight of each
// leaf can move alone before the first alternative loses first place,
// the leaves that can cost it first place nearest first.
func (s *setRobustness) firstStableSummary() string {
	type limit struct {
		text   string
		margin float64
	}
	var limits []limit
	for _, cs := range s.sensitivity {
		margin, ok := firstMargin(cs)
		if !ok {
			continue
		}
		var ends []string
		if cs.FirstStable.Lo > 0 {
			ends = append(ends, fmt.Sprintf("below %.3f", cs.FirstStable.Lo))
		}
		if cs.FirstStable.Hi < 1 {
			ends = append(ends, fmt.Sprintf("above %.3f", cs.FirstStable.Hi))
		}
		limits = append(limits, limit{fmt.Sprintf("%s %s (now %.3f)", cs.Criterion, strings.Join(ends, " or "), cs.Weight), margin})
	}
	first := s.names[s.first]
	if len(limits) == 0 {
		return fmt.Sprintf("%s stays first whatever the weight of any one leaf, from 0 to 1.", first)
	}
	slices.SortStableFunc(limits, func(x, y limit) int { return cmp.Compare(x.margin, y.margin) })
	texts := make([]string, len(limits))
	for k, l := range limits {
		texts[k] = l.text
	}
	rest := "every other leaf can take any weight from 0 to 1"
	if len(limits) == len(s.sensitivity) {
		rest = "no leaf can take any weight"
	}
	return fmt.Sprintf("Moving one leaf's weight alone, %s loses first place only with %s; %s.",
		first, strings.Join(texts, ", "), rest)
}

// move is one criterion's share of a minimum change of the weights.
type move struct {
	criterion string
	delta     float64
}

// moves lists the weight changes of a challenger, gains first then losses,
// each largest first.
func (s *setRobustness) moves(c robust.Challenger) []move {
	var out []move
	for j, w := range c.Weights {
		if d := w - s.weights[j]; math.Abs(d) > 1e-12 {
			out = append(out, move{s.criteria[j], d})
		}
	}
	slices.SortStableFunc(out, func(x, y move) int {
		if (x.delta > 0) != (y.delta > 0) {
			if x.delta > 0 {
				return -1
			}
			return 1
		}
		return cmp.Compare(math.Abs(y.delta), math.Abs(x.delta))
	})
	return out
}

// describeMoves says where the weight of a minimum change goes.
func describeMoves(ms []move) string {
	var to, from []string
	for _, m := range ms {
		if m.delta > 0 {
			to = append(to, fmt.Sprintf("%s (+%.3f)", m.criterion, m.delta))
		} else {
			from = append(from, fmt.Sprintf("%s (%.3f)", m.criterion, m.delta))
		}
	}
	return "to " + strings.Join(to, ", ") + " from " + strings.Join(from, ", ")
}

// closest returns the challenger that needs the least change, or nil when
// no weights put another alternative first.
func (s *setRobustness) closest() *robust.Challenger {
	var best *robust.Challenger
	for k := range s.challengers {
		c := &s.challengers[k]
		if !math.IsInf(c.Change, 1) && (best == nil || c.Change < best.Change) {
			best = c
		}
	}
	return best
}

// minimumChangeSummary says, in one sentence, the least change of the
// weights that puts another alternative first.
func (s *setRobustness) minimumChangeSummary() string {
	c := s.closest()
	first := s.names[s.first]
	if c == nil {
		return fmt.Sprintf("No weights of the leaves put another %s ahead of %s.", s.noun, first)
	}
	return fmt.Sprintf("The least change of the leaf weights that lets another %s catch up with %s is Σ|Δw| = %.3f "+
		"(%.1f%% of the total weight moved), for %s: %s.", s.noun, first, c.Change, 50*c.Change, c.Name, describeMoves(s.moves(*c)))
}

// centralMargin is the least excess of a central weight over the mean
// weight that centralSummary reports.
const centralMargin = 0.001

// centralSummary lists, for alternative i of run, the leaves whose central
// weight most exceeds the mean sampled weight.
func (run *smaaRun) centralSummary(criteria []string, i, n int) string {
	cw := run.result.CentralWeights[i]
	if run.result.Acceptability[i][0] == 0 {
		return "never first"
	}
	idx := make([]int, len(cw))
	for j := range idx {
		idx[j] = j
	}
	slices.SortStableFunc(idx, func(x, y int) int { return cmp.Compare(cw[y]-run.mean[y], cw[x]-run.mean[x]) })
	var parts []string
	for _, j := range idx[:min(n, len(idx))] {
		if cw[j]-run.mean[j] < centralMargin {
			break
		}
		parts = append(parts, fmt.Sprintf("%s %.3f (mean %.3f)", criteria[j], cw[j], run.mean[j]))
	}
	if len(parts) == 0 {
		return "the mean weights, within 0.001 on every leaf"
	}
	return strings.Join(parts, ", ")
}

// acceptabilityOrder returns the alternatives by decreasing first-rank
// acceptability, then in the AHP order.
func (s *setRobustness) acceptabilityOrder(run smaaRun) []int {
	order := slices.Clone(s.order)
	slices.SortStableFunc(order, func(x, y int) int {
		return cmp.Compare(run.result.Acceptability[y][0], run.result.Acceptability[x][0])
	})
	return order
}

// The "robustness" key of the -json document.

type jsonRobustness struct {
	Futures         jsonSetRobustness `json:"futures"`
	Recommendations jsonSetRobustness `json:"recommendations"`
}

// jsonSetRobustness is the robustness of one set's AHP ranking. Method and
// Normalization name the weighted sum that reproduces the AHP synthesis on
// the leaf criteria, SynthesisDifference the largest difference between
// its scores and the AHP global priorities.
type jsonSetRobustness struct {
	First               string            `json:"first"`
	Method              string            `json:"method"`
	Normalization       string            `json:"normalization"`
	SynthesisDifference float64           `json:"synthesis_difference"`
	Sensitivity         []jsonSensitivity `json:"sensitivity"`
	MinimumChange       []jsonChallenger  `json:"minimum_change"`
	SMAA                []jsonSMAA        `json:"smaa,omitempty"`
}

type jsonInterval struct {
	Lo float64 `json:"lo"`
	Hi float64 `json:"hi"`
}

// jsonSensitivity is one leaf's weight moved alone. NearestBreakpoint is
// null when the ranking never changes.
type jsonSensitivity struct {
	Criterion         string           `json:"criterion"`
	Weight            float64          `json:"weight"`
	Exact             bool             `json:"exact"`
	FirstStable       jsonInterval     `json:"first_stable"`
	RankingStable     jsonInterval     `json:"ranking_stable"`
	Breakpoints       []jsonBreakpoint `json:"breakpoints"`
	NearestBreakpoint *jsonNearest     `json:"nearest_breakpoint"`
}

// jsonBreakpoint is a weight at which the ranking changes: Ranks are the
// competition ranks just above it, in the order of the set's alternatives
// in "rankings", and Changes the pairs whose standing differs between just
// below ("before") and just above ("after").
type jsonBreakpoint struct {
	Weight  float64          `json:"weight"`
	Ranks   []int            `json:"ranks"`
	Changes []jsonPairChange `json:"changes"`
}

type jsonPairChange struct {
	A      string `json:"a"`
	B      string `json:"b"`
	Before string `json:"before"` // a's standing relative to b: ahead, tied or behind
	After  string `json:"after"`
}

// jsonNearest is the breakpoint nearest the current weight, with what
// changes when the weight moves from its current value across it.
type jsonNearest struct {
	Weight float64 `json:"weight"`
	Change string  `json:"change"`
}

// jsonChallenger is the least total change Σ|Δw| of the leaf weights
// after which an alternative scores as much as the first (null when no
// weights do), with the changes of the leaves' weights.
type jsonChallenger struct {
	Alternative string     `json:"alternative"`
	Change      *float64   `json:"change"`
	Moves       []jsonMove `json:"moves"`
}

type jsonMove struct {
	Criterion string  `json:"criterion"`
	Delta     float64 `json:"delta"`
}

// jsonSMAA is SMAA-2 on one weight space: "uniform" on the simplex or
// "near_ahp". CentralWeights are in the order of Criteria.
type jsonSMAA struct {
	Weights     string           `json:"weights"`
	Description string           `json:"description"`
	Samples     int              `json:"samples"`
	Seed        uint64           `json:"seed"`
	Criteria    []string         `json:"criteria"`
	Results     []jsonSMAAResult `json:"results"`
}

type jsonSMAAResult struct {
	Alternative    string    `json:"alternative"`
	Acceptability  []float64 `json:"acceptability"` // [k] is the share of samples at rank k+1
	CentralWeights []float64 `json:"central_weights"`
	Confidence     float64   `json:"confidence"`
}

func (s *setRobustness) document() jsonSetRobustness {
	js := jsonSetRobustness{
		First:               s.names[s.first],
		Method:              s.method.Name(),
		Normalization:       s.method.Normalization.String(),
		SynthesisDifference: s.maxDiff,
		Sensitivity:         []jsonSensitivity{},
		MinimumChange:       []jsonChallenger{},
	}
	for j, cs := range s.sensitivity {
		jc := jsonSensitivity{
			Criterion:     cs.Criterion,
			Weight:        cs.Weight,
			Exact:         cs.Exact,
			FirstStable:   jsonInterval(cs.FirstStable),
			RankingStable: jsonInterval(cs.RankingStable),
			Breakpoints:   []jsonBreakpoint{},
		}
		for k, b := range cs.Breakpoints {
			if n := len(jc.Breakpoints); n > 0 && jc.Breakpoints[n-1].Weight == b.Weight {
				jc.Breakpoints[n-1].Ranks = s.ranksAbove[j][k]
			} else {
				jc.Breakpoints = append(jc.Breakpoints, jsonBreakpoint{Weight: b.Weight, Ranks: s.ranksAbove[j][k], Changes: []jsonPairChange{}})
			}
			jb := &jc.Breakpoints[len(jc.Breakpoints)-1]
			jb.Changes = append(jb.Changes, jsonPairChange{s.names[b.A], s.names[b.B], b.Before.String(), b.After.String()})
		}
		if b := nearestBreakpoint(cs); b != nil {
			jc.NearestBreakpoint = &jsonNearest{Weight: b.Weight, Change: describeBreakpoint(s.names, cs, b)}
		}
		js.Sensitivity = append(js.Sensitivity, jc)
	}
	for _, c := range s.challengers {
		jc := jsonChallenger{Alternative: c.Name, Moves: []jsonMove{}}
		if !math.IsInf(c.Change, 1) {
			jc.Change = &c.Change
		}
		for _, m := range s.moves(c) {
			jc.Moves = append(jc.Moves, jsonMove{m.criterion, m.delta})
		}
		js.MinimumChange = append(js.MinimumChange, jc)
	}
	for _, run := range s.smaa {
		res := run.result
		jr := jsonSMAA{Weights: run.space, Description: run.description, Samples: res.Samples, Seed: run.seed, Criteria: s.criteria}
		for i, name := range res.Alternatives {
			r := jsonSMAAResult{Alternative: name, Acceptability: res.Acceptability[i], CentralWeights: res.CentralWeights[i]}
			if res.Confidence != nil {
				r.Confidence = res.Confidence[i]
			}
			jr.Results = append(jr.Results, r)
		}
		js.SMAA = append(js.SMAA, jr)
	}
	return js
}
