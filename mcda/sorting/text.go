package sorting

// Text forms of the package's enumerations: their String words, which
// their Parse functions read, so that they appear as words in JSON.

// MarshalText returns the Rule's word, as [ParseRule] reads it.
func (r Rule) MarshalText() ([]byte, error) {
	if _, err := ParseRule(r.String()); err != nil {
		return nil, err
	}
	return []byte(r.String()), nil
}

// UnmarshalText sets r from its word, as [ParseRule] reads it.
func (r *Rule) UnmarshalText(text []byte) error {
	x, err := ParseRule(string(text))
	if err == nil {
		*r = x
	}
	return err
}
