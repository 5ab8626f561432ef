package mcda

import (
	"encoding/json"
	"fmt"
	"slices"
)

// This file holds the JSON forms of the package's results and
// enumerations, in the vocabulary of the package documentation (see JSON
// vocabulary there).

// MarshalText returns the objective's word, "benefit" or "cost".
func (o Objective) MarshalText() ([]byte, error) {
	if o != ObjectiveBenefit && o != ObjectiveCost {
		return nil, fmt.Errorf("mcda: %v: %w", o, ErrObjective)
	}
	return []byte(o.String()), nil
}

// UnmarshalText sets o from its word, as [ParseObjective] reads it.
func (o *Objective) UnmarshalText(text []byte) error {
	v, err := ParseObjective(string(text))
	if err == nil {
		*o = v
	}
	return err
}

// MarshalText returns the normalization's name, as [ParseNormalization]
// reads it.
func (k Normalization) MarshalText() ([]byte, error) {
	if k < 0 || int(k) >= len(normNames) {
		return nil, fmt.Errorf("mcda: %v: %w", k, ErrNormalization)
	}
	return []byte(k.String()), nil
}

// UnmarshalText sets k from its name, as [ParseNormalization] reads it.
func (k *Normalization) UnmarshalText(text []byte) error {
	v, err := ParseNormalization(string(text))
	if err == nil {
		*k = v
	}
	return err
}

// MarshalText returns the preference function's name, as
// [ParsePreferenceFunction] reads it.
func (f PreferenceFunction) MarshalText() ([]byte, error) {
	if _, err := ParsePreferenceFunction(f.String()); err != nil {
		return nil, err
	}
	return []byte(f.String()), nil
}

// UnmarshalText sets f from its name, as [ParsePreferenceFunction] reads
// it.
func (f *PreferenceFunction) UnmarshalText(text []byte) error {
	v, err := ParsePreferenceFunction(string(text))
	if err == nil {
		*f = v
	}
	return err
}

// ParseDiscordanceIndex returns the discordance index named "roy" or
// "hwangyoon".
func ParseDiscordanceIndex(s string) (DiscordanceIndex, error) {
	for _, k := range []DiscordanceIndex{DiscordanceRoy, DiscordanceHwangYoon} {
		if s == k.String() {
			return k, nil
		}
	}
	return 0, fmt.Errorf("mcda: %q: unknown discordance index (want roy or hwangyoon): %w", s, ErrParameter)
}

// MarshalText returns the index's name, as [ParseDiscordanceIndex] reads
// it.
func (k DiscordanceIndex) MarshalText() ([]byte, error) {
	if _, err := ParseDiscordanceIndex(k.String()); err != nil {
		return nil, err
	}
	return []byte(k.String()), nil
}

// UnmarshalText sets k from its name, as [ParseDiscordanceIndex] reads it.
func (k *DiscordanceIndex) UnmarshalText(text []byte) error {
	v, err := ParseDiscordanceIndex(string(text))
	if err == nil {
		*k = v
	}
	return err
}

// ParsePROMETHEERelation returns the relation named "incomparable",
// "preferred", "worse" or "indifferent".
func ParsePROMETHEERelation(s string) (PROMETHEERelation, error) {
	for k, name := range relationNames {
		if s == name {
			return PROMETHEERelation(k), nil
		}
	}
	return 0, fmt.Errorf("mcda: %q: unknown PROMETHEE relation: %w", s, ErrParameter)
}

// MarshalText returns the relation's word, as [ParsePROMETHEERelation]
// reads it.
func (r PROMETHEERelation) MarshalText() ([]byte, error) {
	if _, err := ParsePROMETHEERelation(r.String()); err != nil {
		return nil, err
	}
	return []byte(r.String()), nil
}

// UnmarshalText sets r from its word, as [ParsePROMETHEERelation] reads it.
func (r *PROMETHEERelation) UnmarshalText(text []byte) error {
	v, err := ParsePROMETHEERelation(string(text))
	if err == nil {
		*r = v
	}
	return err
}

// rankingJSON is the JSON form of a [Ranking] and a [StreamRanking].
type rankingJSON struct {
	Method         string              `json:"method"`
	HigherIsBetter bool                `json:"higher_is_better"`
	Count          int                 `json:"count"`
	Results        []RankedAlternative `json:"results"`
}

// Results returns the ranking as a list of alternatives best first, each
// with its index, name, score and rank: the shape of [StreamRanking.Top],
// so that a ranking in memory and a streamed one are read alike.
func (r *Ranking) Results() []RankedAlternative {
	out := make([]RankedAlternative, len(r.Order))
	for k, i := range r.Order {
		out[k] = RankedAlternative{Index: i, Name: r.Alternatives[i], Score: r.Scores[i], Rank: r.Ranks[i]}
	}
	return out
}

// MarshalJSON writes the ranking as
//
//	{"method": "topsis", "higher_is_better": true, "count": 3,
//	 "results": [{"index": 1, "alternative": "b", "score": 0.7, "rank": 1}, …]}
//
// with the results best first ([Ranking.Results]). A [StreamRanking] has
// the same form.
func (r *Ranking) MarshalJSON() ([]byte, error) {
	return json.Marshal(rankingJSON{Method: r.Method, HigherIsBetter: r.HigherIsBetter,
		Count: len(r.Alternatives), Results: r.Results()})
}

// UnmarshalJSON reads the form [Ranking.MarshalJSON] writes. Every
// alternative must appear once, with an index in range.
func (r *Ranking) UnmarshalJSON(data []byte) error {
	var v rankingJSON
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	m := len(v.Results)
	if v.Count != m {
		return fmt.Errorf("mcda: ranking of %d alternatives with %d results: %w", v.Count, m, ErrShape)
	}
	out := Ranking{Method: v.Method, HigherIsBetter: v.HigherIsBetter,
		Alternatives: make([]string, m), Scores: make([]float64, m), Ranks: make([]int, m), Order: make([]int, m)}
	seen := make([]bool, m)
	for k, a := range v.Results {
		if a.Index < 0 || a.Index >= m || seen[a.Index] {
			return fmt.Errorf("mcda: ranking result %d: index %d out of range or repeated: %w", k, a.Index, ErrShape)
		}
		seen[a.Index] = true
		out.Alternatives[a.Index], out.Scores[a.Index], out.Ranks[a.Index] = a.Name, a.Score, a.Rank
		out.Order[k] = a.Index
	}
	*r = out
	return nil
}

// MarshalJSON writes the streamed ranking in the form of
// [Ranking.MarshalJSON], with the best alternatives kept as results.
func (r *StreamRanking) MarshalJSON() ([]byte, error) {
	top := r.Top
	if top == nil {
		top = []RankedAlternative{}
	}
	return json.Marshal(rankingJSON{Method: r.Method, HigherIsBetter: r.HigherIsBetter,
		Count: r.Alternatives, Results: top})
}

// UnmarshalJSON reads the form [StreamRanking.MarshalJSON] writes.
func (r *StreamRanking) UnmarshalJSON(data []byte) error {
	var v rankingJSON
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	*r = StreamRanking{Method: v.Method, HigherIsBetter: v.HigherIsBetter, Alternatives: v.Count, Top: slices.Clip(v.Results)}
	return nil
}
