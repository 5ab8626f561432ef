package fuzzy

import (
	"fmt"

	"github.com/balancer-mcda/balancer/mcda"
)

// Text forms of the package's enumerations: their String words, which
// their Parse functions read, so that they appear as words in JSON.

// MarshalText returns the Defuzzification's word, as [ParseDefuzzification] reads it.
func (d Defuzzification) MarshalText() ([]byte, error) {
	if _, err := ParseDefuzzification(d.String()); err != nil {
		return nil, err
	}
	return []byte(d.String()), nil
}

// UnmarshalText sets d from its word, as [ParseDefuzzification] reads it.
func (d *Defuzzification) UnmarshalText(text []byte) error {
	x, err := ParseDefuzzification(string(text))
	if err == nil {
		*d = x
	}
	return err
}

// ParseIdeal returns the Ideal whose String is s: "unit" or "maxmin". Any
// other word is an error wrapping mcda.ErrParameter.
func ParseIdeal(s string) (Ideal, error) {
	for _, k := range []Ideal{IdealUnit, IdealMaxMin} {
		if s == k.String() {
			return k, nil
		}
	}
	return 0, fmt.Errorf("fuzzy: ideal %q: want unit or maxmin: %w", s, mcda.ErrParameter)
}

// MarshalText returns the Ideal's word, as [ParseIdeal] reads it.
func (k Ideal) MarshalText() ([]byte, error) {
	if _, err := ParseIdeal(k.String()); err != nil {
		return nil, err
	}
	return []byte(k.String()), nil
}

// UnmarshalText sets k from its word, as [ParseIdeal] reads it.
func (k *Ideal) UnmarshalText(text []byte) error {
	x, err := ParseIdeal(string(text))
	if err == nil {
		*k = x
	}
	return err
}

// ParseSeparation returns the Separation whose String is s: "sum" or
// "euclidean". Any other word is an error wrapping mcda.ErrParameter.
func ParseSeparation(s string) (Separation, error) {
	for _, k := range []Separation{SeparationSum, SeparationEuclidean} {
		if s == k.String() {
			return k, nil
		}
	}
	return 0, fmt.Errorf("fuzzy: separation %q: want sum or euclidean: %w", s, mcda.ErrParameter)
}

// MarshalText returns the Separation's word, as [ParseSeparation] reads it.
func (k Separation) MarshalText() ([]byte, error) {
	if _, err := ParseSeparation(k.String()); err != nil {
		return nil, err
	}
	return []byte(k.String()), nil
}

// UnmarshalText sets k from its word, as [ParseSeparation] reads it.
func (k *Separation) UnmarshalText(text []byte) error {
	x, err := ParseSeparation(string(text))
	if err == nil {
		*k = x
	}
	return err
}
