package fuzzy

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
)

// TestEnumText checks that every value of the package's enumerations
// reads back from its word, in JSON too, and that an unknown word or value
// is an error wrapping mcda.ErrParameter.
func TestEnumText(t *testing.T) {
	check := func(name string, v any, back func([]byte) (any, error)) {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, err := back(b)
		if err != nil || got != v {
			t.Errorf("%s: JSON %s read back as %v, %v", name, b, got, err)
		}
	}
	for _, k := range []Ideal{IdealUnit, IdealMaxMin} {
		check(k.String(), k, func(b []byte) (any, error) { var x Ideal; err := json.Unmarshal(b, &x); return x, err })
	}
	for _, k := range []Separation{SeparationSum, SeparationEuclidean} {
		check(k.String(), k, func(b []byte) (any, error) { var x Separation; err := json.Unmarshal(b, &x); return x, err })
	}
	for _, k := range []Defuzzification{DefuzzificationCentroid, DefuzzificationGradedMean, DefuzzificationCentroidOfMeans} {
		check(k.String(), k, func(b []byte) (any, error) { var x Defuzzification; err := json.Unmarshal(b, &x); return x, err })
	}
	if _, err := ParseIdeal("ideal"); !errors.Is(err, mcda.ErrParameter) {
		t.Errorf("ParseIdeal: err = %v", err)
	}
	if _, err := ParseSeparation("max"); !errors.Is(err, mcda.ErrParameter) {
		t.Errorf("ParseSeparation: err = %v", err)
	}
	if _, err := json.Marshal(Ideal(5)); err == nil {
		t.Error("Ideal(5) marshalled")
	}
	if _, err := json.Marshal(Separation(5)); err == nil {
		t.Error("Separation(5) marshalled")
	}
}
