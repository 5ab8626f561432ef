package anp

// Text forms of the package's enumerations: their String words, which
// their Parse functions read, so that they appear as words in JSON.

// MarshalText returns the Normalization's word, as [ParseNormalization] reads it.
func (k Normalization) MarshalText() ([]byte, error) {
	if _, err := ParseNormalization(k.String()); err != nil {
		return nil, err
	}
	return []byte(k.String()), nil
}

// UnmarshalText sets k from its word, as [ParseNormalization] reads it.
func (k *Normalization) UnmarshalText(text []byte) error {
	x, err := ParseNormalization(string(text))
	if err == nil {
		*k = x
	}
	return err
}
