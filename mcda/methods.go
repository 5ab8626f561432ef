package mcda

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// MethodOptions holds the parameters of the methods [NewMethod] builds.
// Each method reads the fields it takes (see [MethodParameters]) and
// ignores the others, so that one MethodOptions can configure a list of
// methods. The zero value gives every method its documented defaults.
type MethodOptions struct {
	// Normalization for TOPSIS, WSM and WPM.
	Normalization Normalization
	// V is VIKOR's weight of the strategy of the majority of criteria, in
	// [0, 1]; nil means 0.5.
	V *float64
	// Lambda is WASPAS's and CoCoSo's λ, in [0, 1]; nil means 0.5.
	Lambda *float64
	// Tau is CODAS's threshold τ, in [0.01, 0.05]; 0 means 0.02.
	Tau float64
	// Preferences are PROMETHEE's preference functions, one per criterion;
	// nil means the usual criterion for every criterion.
	Preferences []Preference
	// Bounds are SPOTIS's [min, max] bounds, one pair per criterion; nil
	// means the data's own range.
	Bounds [][2]float64
	// MaxPairs is the size limit of the methods whose cost grows with m²,
	// PROMETHEE and MULTIMOORA (see [PROMETHEE.MaxPairs]); zero means
	// DefaultMaxPairs.
	MaxPairs int
}

// methodEntry describes one method of the registry.
type methodEntry struct {
	name   string
	params []string
	build  func(MethodOptions) Method
}

// methodRegistry lists the ranking methods by name, in the order
// [MethodNames] reports them.
var methodRegistry = []methodEntry{
	{"topsis", []string{"normalization"}, func(o MethodOptions) Method { return &TOPSIS{Normalization: o.Normalization} }},
	{"vikor", []string{"v"}, func(o MethodOptions) Method {
		return &VIKOR{V: clonePtr(o.V)}
	}},
	{"promethee", []string{"preferences", "max_pairs"}, func(o MethodOptions) Method {
		return &PROMETHEE{Preferences: slices.Clone(o.Preferences), MaxPairs: o.MaxPairs}
	}},
	{"wsm", []string{"normalization"}, func(o MethodOptions) Method { return &WSM{Normalization: o.Normalization} }},
	{"wpm", []string{"normalization"}, func(o MethodOptions) Method { return &WPM{Normalization: o.Normalization} }},
	{"waspas", []string{"lambda"}, func(o MethodOptions) Method { return &WASPAS{Lambda: clonePtr(o.Lambda)} }},
	{"copras", nil, func(MethodOptions) Method { return &COPRAS{} }},
	{"edas", nil, func(MethodOptions) Method { return &EDAS{} }},
	{"moora", nil, func(MethodOptions) Method { return &MOORA{} }},
	{"moora-rp", nil, func(MethodOptions) Method { return &MOORARefPoint{} }},
	{"moora-fmf", nil, func(MethodOptions) Method { return &MOORAFMF{} }},
	{"multimoora", []string{"max_pairs"}, func(o MethodOptions) Method { return &MULTIMOORA{MaxPairs: o.MaxPairs} }},
	{"aras", nil, func(MethodOptions) Method { return &ARAS{} }},
	{"codas", []string{"tau"}, func(o MethodOptions) Method { return &CODAS{Tau: o.Tau} }},
	{"mabac", nil, func(MethodOptions) Method { return &MABAC{} }},
	{"marcos", nil, func(MethodOptions) Method { return &MARCOS{} }},
	{"spotis", []string{"bounds"}, func(o MethodOptions) Method { return &SPOTIS{Bounds: slices.Clone(o.Bounds)} }},
	{"cocoso", []string{"lambda"}, func(o MethodOptions) Method { return &COCOSO{Lambda: clonePtr(o.Lambda)} }},
}

func clonePtr(p *float64) *float64 {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

func lookupMethod(name string) (methodEntry, error) {
	for _, e := range methodRegistry {
		if e.name == name {
			return e, nil
		}
	}
	return methodEntry{}, fmt.Errorf("mcda: unknown method %q (want one of %s): %w", name, strings.Join(MethodNames(), ", "), ErrParameter)
}

// MethodNames returns the names [NewMethod] accepts, one per ranking method
// of the package, in a fixed order: "topsis", "vikor", "promethee", "wsm",
// "wpm", "waspas", "copras", "edas", "moora", "moora-rp", "moora-fmf",
// "multimoora", "aras", "codas", "mabac", "marcos", "spotis", "cocoso".
// ELECTRE I is not among them: its result is an outranking kernel, not a
// ranking (see [ELECTREI]).
func MethodNames() []string {
	names := make([]string, len(methodRegistry))
	for i, e := range methodRegistry {
		names[i] = e.name
	}
	return names
}

// MethodParameters returns the names of the [MethodOptions] fields the
// named method reads: "normalization", "v", "lambda", "tau",
// "preferences", "bounds" or "max_pairs". It returns an error wrapping [ErrParameter]
// for an unknown method.
func MethodParameters(name string) ([]string, error) {
	e, err := lookupMethod(name)
	if err != nil {
		return nil, err
	}
	return slices.Clone(e.params), nil
}

// NewMethod returns a new value of the ranking method with the given name
// (see [MethodNames]), configured from the fields of opt that the method
// takes; the others are ignored. The method's Name is name. Parameters are
// validated when the method scores a matrix, with errors wrapping
// [ErrParameter] or [ErrNormalization]. NewMethod returns an error wrapping
// [ErrParameter] for an unknown name.
//
// Each call returns a new value, which keeps its own scratch space: use one
// per goroutine.
func NewMethod(name string, opt MethodOptions) (Method, error) {
	e, err := lookupMethod(name)
	if err != nil {
		return nil, err
	}
	return e.build(opt), nil
}

// weightingRegistry lists the objective weightings by name, in the order
// [WeightingNames] reports them.
var weightingRegistry = []struct {
	name  string
	build func() Weighting
}{
	{"equal", func() Weighting { return Equal{} }},
	{"entropy", func() Weighting { return &Entropy{} }},
	{"std", func() Weighting { return &StdDev{} }},
	{"variance", func() Weighting { return &Variance{} }},
	{"critic", func() Weighting { return &CRITIC{} }},
	{"merec", func() Weighting { return &MEREC{} }},
	{"gini", func() Weighting { return &Gini{} }},
}

// WeightingNames returns the names [NewWeighting] accepts, in a fixed
// order: "equal", "entropy", "std", "variance", "critic", "merec", "gini".
func WeightingNames() []string {
	names := make([]string, len(weightingRegistry))
	for i, e := range weightingRegistry {
		names[i] = e.name
	}
	return names
}

// NewWeighting returns a new value of the objective weighting with the
// given name (see [WeightingNames]) in its default configuration. It
// returns an error wrapping [ErrParameter] for an unknown name.
func NewWeighting(name string) (Weighting, error) {
	for _, e := range weightingRegistry {
		if e.name == name {
			return e.build(), nil
		}
	}
	return nil, fmt.Errorf("mcda: unknown weighting %q (want one of %s): %w", name, strings.Join(WeightingNames(), ", "), ErrParameter)
}

// CompareAll returns the agreement ([Compare]) of every pair of rankings,
// in the order (0, 1), (0, 2), …, (1, 2), …: the upper triangle of the
// agreement matrix, with the earlier ranking of each pair as the reference
// of WS. A pair whose agreement is undefined because one of its rankings
// ties every alternative is reported in undefined, by its index in the
// result, with zero coefficients; any other error is returned.
func CompareAll(rankings []*Ranking) (pairs []Agreement, undefined []int, err error) {
	for a := range rankings {
		for b := a + 1; b < len(rankings); b++ {
			ag, err := Compare(rankings[a], rankings[b])
			switch {
			case err == nil:
			case errors.Is(err, ErrUndefined):
				ag = Agreement{A: rankings[a].Method, B: rankings[b].Method}
				undefined = append(undefined, len(pairs))
			default:
				return nil, nil, err
			}
			pairs = append(pairs, ag)
		}
	}
	return pairs, undefined, nil
}
