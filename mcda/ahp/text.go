package ahp

// Text forms of the package's enumerations: their String words, which
// their Parse functions read, so that they appear as words in JSON.

// MarshalText returns the PriorityMethod's word, as [ParsePriorityMethod] reads it.
func (p PriorityMethod) MarshalText() ([]byte, error) {
	if _, err := ParsePriorityMethod(p.String()); err != nil {
		return nil, err
	}
	return []byte(p.String()), nil
}

// UnmarshalText sets p from its word, as [ParsePriorityMethod] reads it.
func (p *PriorityMethod) UnmarshalText(text []byte) error {
	x, err := ParsePriorityMethod(string(text))
	if err == nil {
		*p = x
	}
	return err
}

// MarshalText returns the Mode's word, as [ParseMode] reads it.
func (m Mode) MarshalText() ([]byte, error) {
	if _, err := ParseMode(m.String()); err != nil {
		return nil, err
	}
	return []byte(m.String()), nil
}

// UnmarshalText sets m from its word, as [ParseMode] reads it.
func (m *Mode) UnmarshalText(text []byte) error {
	x, err := ParseMode(string(text))
	if err == nil {
		*m = x
	}
	return err
}

// MarshalText returns the Mean's word, as [ParseMean] reads it.
func (m Mean) MarshalText() ([]byte, error) {
	if _, err := ParseMean(m.String()); err != nil {
		return nil, err
	}
	return []byte(m.String()), nil
}

// UnmarshalText sets m from its word, as [ParseMean] reads it.
func (m *Mean) UnmarshalText(text []byte) error {
	x, err := ParseMean(string(text))
	if err == nil {
		*m = x
	}
	return err
}

// MarshalText returns the RandomIndexTable's word, as [ParseRandomIndexTable] reads it.
func (t RandomIndexTable) MarshalText() ([]byte, error) {
	if _, err := ParseRandomIndexTable(t.String()); err != nil {
		return nil, err
	}
	return []byte(t.String()), nil
}

// UnmarshalText sets t from its word, as [ParseRandomIndexTable] reads it.
func (t *RandomIndexTable) UnmarshalText(text []byte) error {
	x, err := ParseRandomIndexTable(string(text))
	if err == nil {
		*t = x
	}
	return err
}
