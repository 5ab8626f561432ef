package ahp

// Text forms of the package's enumerations: their String words, which
// their Parse functions read, so that they appear as words in JSON.

// MarshalText returns the PriorityMethod's word, as [ParsePriorityMethod] reads it.
func (v PriorityMethod) MarshalText() ([]byte, error) {
	if _, err := ParsePriorityMethod(v.String()); err != nil {
		return nil, err
	}
	return []byte(v.String()), nil
}

// UnmarshalText sets v from its word, as [ParsePriorityMethod] reads it.
func (v *PriorityMethod) UnmarshalText(text []byte) error {
	x, err := ParsePriorityMethod(string(text))
	if err == nil {
		*v = x
	}
	return err
}

// MarshalText returns the Mode's word, as [ParseMode] reads it.
func (v Mode) MarshalText() ([]byte, error) {
	if _, err := ParseMode(v.String()); err != nil {
		return nil, err
	}
	return []byte(v.String()), nil
}

// UnmarshalText sets v from its word, as [ParseMode] reads it.
func (v *Mode) UnmarshalText(text []byte) error {
	x, err := ParseMode(string(text))
	if err == nil {
		*v = x
	}
	return err
}

// MarshalText returns the Mean's word, as [ParseMean] reads it.
func (v Mean) MarshalText() ([]byte, error) {
	if _, err := ParseMean(v.String()); err != nil {
		return nil, err
	}
	return []byte(v.String()), nil
}

// UnmarshalText sets v from its word, as [ParseMean] reads it.
func (v *Mean) UnmarshalText(text []byte) error {
	x, err := ParseMean(string(text))
	if err == nil {
		*v = x
	}
	return err
}

// MarshalText returns the RandomIndexTable's word, as [ParseRandomIndexTable] reads it.
func (v RandomIndexTable) MarshalText() ([]byte, error) {
	if _, err := ParseRandomIndexTable(v.String()); err != nil {
		return nil, err
	}
	return []byte(v.String()), nil
}

// UnmarshalText sets v from its word, as [ParseRandomIndexTable] reads it.
func (v *RandomIndexTable) UnmarshalText(text []byte) error {
	x, err := ParseRandomIndexTable(string(text))
	if err == nil {
		*v = x
	}
	return err
}
