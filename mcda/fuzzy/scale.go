package fuzzy

import (
	"fmt"
	"strings"
)

// A Term is a word of a linguistic scale and its triangular fuzzy number.
type Term struct {
	Name string
	TFN  TFN
}

// A Scale is a linguistic scale: the words a decision maker may use and
// the TFNs they stand for. Scales are plain data; the package's scales are
// returned fresh by each function, so callers may modify them.
type Scale struct {
	Name  string
	Terms []Term
}

// Lookup returns the TFN of the term named word, ignoring case and
// surrounding space; an unknown word is an *ItemError wrapping ErrUnknown
// that lists the scale's terms.
func (s Scale) Lookup(word string) (TFN, error) {
	w := strings.ToLower(strings.TrimSpace(word))
	for _, t := range s.Terms {
		if strings.ToLower(t.Name) == w {
			return t.TFN, nil
		}
	}
	names := make([]string, len(s.Terms))
	for i, t := range s.Terms {
		names[i] = fmt.Sprintf("%q", t.Name)
	}
	return TFN{}, &ItemError{Field: "scale " + s.Name, Name: word, Err: fmt.Errorf("%w: want one of %s", ErrUnknown, strings.Join(names, ", "))}
}

// ChenWeights returns the seven-term scale of criteria importance of
// Chen (2000, Table 1), on [0, 1].
func ChenWeights() Scale {
	return Scale{Name: "chen-weights", Terms: []Term{
		{"very low", TFN{0, 0, 0.1}},
		{"low", TFN{0, 0.1, 0.3}},
		{"medium low", TFN{0.1, 0.3, 0.5}},
		{"medium", TFN{0.3, 0.5, 0.7}},
		{"medium high", TFN{0.5, 0.7, 0.9}},
		{"high", TFN{0.7, 0.9, 1}},
		{"very high", TFN{0.9, 1, 1}},
	}}
}

// ChenRatings returns the seven-term rating scale of Chen (2000, Table 2),
// on [0, 10].
func ChenRatings() Scale {
	return Scale{Name: "chen-ratings", Terms: []Term{
		{"very poor", TFN{0, 0, 1}},
		{"poor", TFN{0, 1, 3}},
		{"medium poor", TFN{1, 3, 5}},
		{"fair", TFN{3, 5, 7}},
		{"medium good", TFN{5, 7, 9}},
		{"good", TFN{7, 9, 10}},
		{"very good", TFN{9, 10, 10}},
	}}
}

// Weights5 returns a five-term importance scale on [0, 1] with evenly
// spaced, overlapping triangles (the quarter-step scale common in fuzzy
// TOPSIS applications).
func Weights5() Scale {
	return Scale{Name: "weights5", Terms: []Term{
		{"very low", TFN{0, 0, 0.25}},
		{"low", TFN{0, 0.25, 0.5}},
		{"medium", TFN{0.25, 0.5, 0.75}},
		{"high", TFN{0.5, 0.75, 1}},
		{"very high", TFN{0.75, 1, 1}},
	}}
}

// Importance5 returns Weights5's triangles under the words of
// importance questionnaires, so that a file may say "very important".
func Importance5() Scale {
	return Scale{Name: "importance5", Terms: []Term{
		{"unimportant", TFN{0, 0, 0.25}},
		{"of little importance", TFN{0, 0.25, 0.5}},
		{"moderately important", TFN{0.25, 0.5, 0.75}},
		{"important", TFN{0.5, 0.75, 1}},
		{"very important", TFN{0.75, 1, 1}},
	}}
}

// Ratings5 returns a five-term rating scale on [0, 10] with evenly spaced,
// overlapping triangles.
func Ratings5() Scale {
	return Scale{Name: "ratings5", Terms: []Term{
		{"very poor", TFN{0, 0, 2.5}},
		{"poor", TFN{0, 2.5, 5}},
		{"fair", TFN{2.5, 5, 7.5}},
		{"good", TFN{5, 7.5, 10}},
		{"very good", TFN{7.5, 10, 10}},
	}}
}

// SaatyTFN returns the triangular version of Saaty's 1-9 scale for fuzzy
// AHP judgments, one step of fuzziness either side of each odd value
// (equal (1, 1, 1) and extreme (8, 9, 9) at the ends). A judgment "A is
// moderately more important than B" is (2, 3, 4); the reverse is its
// reciprocal (1/4, 1/3, 1/2).
func SaatyTFN() Scale {
	return Scale{Name: "saaty-tfn", Terms: []Term{
		{"equal", TFN{1, 1, 1}},
		{"moderate", TFN{2, 3, 4}},
		{"strong", TFN{4, 5, 6}},
		{"very strong", TFN{6, 7, 8}},
		{"extreme", TFN{8, 9, 9}},
	}}
}

// Scales returns the package's linguistic scales by name, for files that
// name their scale.
func Scales() map[string]Scale {
	out := map[string]Scale{}
	for _, s := range []Scale{ChenWeights(), ChenRatings(), Weights5(), Importance5(), Ratings5(), SaatyTFN()} {
		out[s.Name] = s
	}
	return out
}
