package mcda

// CODASDistances is CODAS's distance passes alone, for the benchmarks: its
// scores are the Euclidean distances E_i from the negative-ideal solution
// (the shared column pass and one block pass), without the sort and the
// sweep of the assessment. The speed target for CODAS is on these
// passes.
type CODASDistances struct{ CODAS }

// Name returns "codas-distances".
func (c *CODASDistances) Name() string { return "codas-distances" }

// Scores stores E_i in dst, which must have a length of the number of
// alternatives.
func (c *CODASDistances) Scores(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, _ := m.Dims()
	if err := c.distances(m, c.par.team(c.Workers, rows)); err != nil {
		return nil, err
	}
	copy(dst, c.e)
	return dst, nil
}

// SetFastLog sets the least ratio whose logarithm MEREC takes by lnx (see
// merecFastLog); +Inf takes math.Log1p everywhere.
func (e *MEREC) SetFastLog(q float64) { e.fastLog = q }
