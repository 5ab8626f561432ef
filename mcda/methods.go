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
	// Workers is the largest number of goroutines a method may use, for
	// the methods with a Workers field (see [TOPSIS.Workers]; their
	// [MethodParameters] list "workers"); 0 and 1 mean the calling
	// goroutine only. The results are bit-for-bit the same for every value.
	Workers int
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
	{"topsis", []string{"normalization", "workers"}, func(o MethodOptions) Method {
		return &TOPSIS{Normalization: o.Normalization, Workers: o.Workers}
	}},
	{"vikor", []string{"v", "workers"}, func(o MethodOptions) Method {
		return &VIKOR{V: clonePtr(o.V), Workers: o.Workers}
	}},
	{"promethee", []string{"preferences", "max_pairs", "workers"}, func(o MethodOptions) Method {
		return &PROMETHEE{Preferences: slices.Clone(o.Preferences), MaxPairs: o.MaxPairs, Workers: o.Workers}
	}},
	{"wsm", []string{"normalization", "workers"}, func(o MethodOptions) Method {
		return &WSM{Normalization: o.Normalization, Workers: o.Workers}
	}},
	{"wpm", []string{"normalization", "workers"}, func(o MethodOptions) Method {
		return &WPM{Normalization: o.Normalization, Workers: o.Workers}
	}},
	{"waspas", []string{"lambda", "workers"}, func(o MethodOptions) Method {
		return &WASPAS{Lambda: clonePtr(o.Lambda), Workers: o.Workers}
	}},
	{"copras", []string{"workers"}, func(o MethodOptions) Method { return &COPRAS{Workers: o.Workers} }},
	{"edas", []string{"workers"}, func(o MethodOptions) Method { return &EDAS{Workers: o.Workers} }},
	{"moora", []string{"workers"}, func(o MethodOptions) Method { return &MOORA{Workers: o.Workers} }},
	{"moora-rp", []string{"workers"}, func(o MethodOptions) Method { return &MOORARefPoint{Workers: o.Workers} }},
	{"moora-fmf", []string{"workers"}, func(o MethodOptions) Method { return &MOORAFMF{Workers: o.Workers} }},
	{"multimoora", []string{"max_pairs", "workers"}, func(o MethodOptions) Method {
		return &MULTIMOORA{MaxPairs: o.MaxPairs, Workers: o.Workers}
	}},
	{"aras", []string{"workers"}, func(o MethodOptions) Method { return &ARAS{Workers: o.Workers} }},
	{"codas", []string{"tau", "workers"}, func(o MethodOptions) Method { return &CODAS{Tau: o.Tau, Workers: o.Workers} }},
	{"mabac", []string{"workers"}, func(o MethodOptions) Method { return &MABAC{Workers: o.Workers} }},
	{"marcos", []string{"workers"}, func(o MethodOptions) Method { return &MARCOS{Workers: o.Workers} }},
	{"spotis", []string{"bounds", "workers"}, func(o MethodOptions) Method {
		return &SPOTIS{Bounds: slices.Clone(o.Bounds), Workers: o.Workers}
	}},
	{"cocoso", []string{"lambda", "workers"}, func(o MethodOptions) Method {
		return &COCOSO{Lambda: clonePtr(o.Lambda), Workers: o.Workers}
	}},
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
// "preferences", "bounds", "max_pairs" or "workers". It returns an error wrapping [ErrParameter]
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

// WeightingOptions configures the weightings [NewWeighting] returns.
type WeightingOptions struct {
	// Workers is the largest number of goroutines a weighting may use, for
	// the weightings with a Workers field (see [Entropy.Workers]); 0 and 1
	// mean the calling goroutine only. The weights are bit-for-bit the
	// same for every value.
	Workers int
}

// weightingRegistry lists the objective weightings by name, in the order
// [WeightingNames] reports them.
var weightingRegistry = []struct {
	name  string
	build func(WeightingOptions) Weighting
}{
	{"equal", func(WeightingOptions) Weighting { return Equal{} }},
	{"entropy", func(o WeightingOptions) Weighting { return &Entropy{Workers: o.Workers} }},
	{"std", func(o WeightingOptions) Weighting { return &StdDev{Workers: o.Workers} }},
	{"variance", func(o WeightingOptions) Weighting { return &Variance{Workers: o.Workers} }},
	{"critic", func(o WeightingOptions) Weighting { return &CRITIC{Workers: o.Workers} }},
	{"merec", func(o WeightingOptions) Weighting { return &MEREC{Workers: o.Workers} }},
	{"gini", func(o WeightingOptions) Weighting { return &Gini{Workers: o.Workers} }},
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
// given name (see [WeightingNames]) in its default configuration, with
// the options of opt when one is given. It returns an error wrapping
// [ErrParameter] for an unknown name or more than one opt.
func NewWeighting(name string, opt ...WeightingOptions) (Weighting, error) {
	if len(opt) > 1 {
		return nil, fmt.Errorf("mcda: weighting %q: %d options, want at most one: %w", name, len(opt), ErrParameter)
	}
	var o WeightingOptions
	if len(opt) == 1 {
		o = opt[0]
	}
	for _, e := range weightingRegistry {
		if e.name == name {
			return e.build(o), nil
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
