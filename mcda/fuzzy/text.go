package fuzzy

// Text forms of the package's enumerations: their String words, which
// their Parse functions read, so that they appear as words in JSON.

// MarshalText returns the Defuzzification's word, as [ParseDefuzzification] reads it.
func (v Defuzzification) MarshalText() ([]byte, error) {
	if _, err := ParseDefuzzification(v.String()); err != nil {
		return nil, err
	}
	return []byte(v.String()), nil
}

// UnmarshalText sets v from its word, as [ParseDefuzzification] reads it.
func (v *Defuzzification) UnmarshalText(text []byte) error {
	x, err := ParseDefuzzification(string(text))
	if err == nil {
		*v = x
	}
	return err
}
