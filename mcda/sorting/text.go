package sorting

// Text forms of the package's enumerations: their String words, which
// their Parse functions read, so that they appear as words in JSON.

// MarshalText returns the Rule's word, as [ParseRule] reads it.
func (v Rule) MarshalText() ([]byte, error) {
	if _, err := ParseRule(v.String()); err != nil {
		return nil, err
	}
	return []byte(v.String()), nil
}

// UnmarshalText sets v from its word, as [ParseRule] reads it.
func (v *Rule) UnmarshalText(text []byte) error {
	x, err := ParseRule(string(text))
	if err == nil {
		*v = x
	}
	return err
}
