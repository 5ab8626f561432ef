package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/ahp"
	"github.com/balancer-mcda/balancer/strategy"
)

// Defaults and limits of the rating perturbation.
const (
	defaultPerturbations = 2000
	// maxPerturbations bounds -perturb: about 7 s of CPU for 10⁶ on the
	// reference dataset (both sets), whose standard error is then below 0.001.
	maxPerturbations = 1_000_000
	// tieShare is the least share of perturbations in which a first place
	// must hold to be reported as a first place; below it, the first and
	// the runner-up are reported as tied.
	tieShare = 0.8
	// ratingMin and ratingMax bound the 1-9 rating scale.
	ratingMin, ratingMax = 1, 9
)

// perturbation is how a set's AHP ranking fares when every rating moves
// one step up or down on its scale at random.
type perturbation struct {
	Samples int
	Seed    uint64
	// First is the share of the samples in which each alternative ranks
	// first (alone or tied), in the order of the set's alternatives.
	First []float64
	// Holds is the share in which the AHP first is first, alone or tied.
	Holds float64
	// Preferences is the share in which each of the set's preferences of
	// desirability holds strictly, in the order of setPreferences.
	Preferences []float64
}

// tie reports whether the first place holds in fewer than tieShare of the
// samples, so that it is reported as a tie with the runner-up.
func (p *perturbation) tie() bool { return p != nil && p.Samples > 0 && p.Holds < tieShare }

// setPreferences returns the document's preferences of desirability
// between alternatives of the named set.
func setPreferences(set string) []strategy.Preference {
	var out []strategy.Preference
	for _, p := range strategy.Preferences() {
		if p.Kind == strategy.Desirability && p.Set == set {
			out = append(out, p)
		}
	}
	return out
}

// perturbRatings moves every rating of the set's decision matrix one step
// up or down at random, samples times, and scores each variant by the
// weighted sum that equals the AHP synthesis (distributive: sum
// normalization of the ratings). A rating at an end of the 1-9 scale that
// would leave it stays. Time O(samples·m·n), memory O(m·n).
func perturbRatings(ctx context.Context, r *ahp.Result, set string, samples int, seed uint64) (*perturbation, error) {
	dm, err := r.DecisionMatrix()
	if err != nil {
		return nil, err
	}
	m, n := dm.Dims()
	base := make([]float64, 0, m*n)
	for i := range m {
		base = append(base, dm.Row(nil, i)...)
	}
	names := dm.Alternatives()
	prefs := setPreferences(set)
	type pair struct{ better, worse int }
	pairs := make([]pair, len(prefs))
	for k, p := range prefs {
		pairs[k] = pair{slices.Index(names, p.Better), slices.Index(names, p.Worse)}
		if pairs[k].better < 0 || pairs[k].worse < 0 {
			return nil, fmt.Errorf("preference %s over %s: not alternatives of the %s", p.Better, p.Worse, set)
		}
	}
	res := &perturbation{Samples: samples, Seed: seed, First: make([]float64, m), Preferences: make([]float64, len(prefs))}
	if samples == 0 {
		return res, nil
	}
	method := synthesisWSM(r.Options.Mode)
	rng := rand.New(rand.NewPCG(seed, 0x5c0))
	values := make([]float64, len(base))
	var variant *mcda.DecisionMatrix
	scores := make([]float64, m)
	ranks := make([]int, m)
	order := make([]int, m)
	best := r.Order[0]
	for s := range samples {
		if s%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("rating perturbation: %w", err)
			}
		}
		for k, v := range base {
			step := 1.0
			if rng.IntN(2) == 0 {
				step = -1
			}
			if v+step < ratingMin || v+step > ratingMax {
				step = 0
			}
			values[k] = v + step
		}
		if variant, err = dm.Variant(variant, values, nil); err != nil {
			return nil, err
		}
		if scores, err = method.Scores(scores, variant); err != nil {
			return nil, err
		}
		mcda.RankScores(ranks, order, scores, true)
		for i := range m {
			if ranks[i] == 1 {
				res.First[i]++
			}
		}
		if ranks[best] == 1 {
			res.Holds++
		}
		for k, p := range pairs {
			if ranks[p.better] < ranks[p.worse] {
				res.Preferences[k]++
			}
		}
	}
	for i := range res.First {
		res.First[i] /= float64(samples)
	}
	res.Holds /= float64(samples)
	for k := range res.Preferences {
		res.Preferences[k] /= float64(samples)
	}
	return res, nil
}
