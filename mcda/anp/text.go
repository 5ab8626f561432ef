package anp

// Text forms of the package's enumerations: their String words, which
// their Parse functions read, so that they appear as words in JSON.

// MarshalText returns the Normalization's word, as [ParseNormalization] reads it.
func (v Normalization) MarshalText() ([]byte, error) {
	if _, err := ParseNormalization(v.String()); err != nil {
		return nil, err
	}
	return []byte(v.String()), nil
}

// UnmarshalText sets v from its word, as [ParseNormalization] reads it.
func (v *Normalization) UnmarshalText(text []byte) error {
	x, err := ParseNormalization(string(text))
	if err == nil {
		*v = x
	}
	return err
}
