package fuzzy

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
