package mcda

import "math"

// A RowSeparable method scores an alternative from its own row of the
// decision matrix, the weights, and statistics of the columns that do not
// depend on the weights (a column's minimum, maximum or norm). Changing the
// weights then changes every score without changing what the scores are
// computed from, so that an analysis that moves the weights, such as the
// weight sensitivity of package mcda/robust, can follow two alternatives
// by scoring only those two.
//
// [TOPSIS] (every normalization), [WSM], [WPM], [MOORA], [SPOTIS] and
// [ARAS] are row separable. Methods whose scores are relative to the weighted scores of
// the other alternatives (VIKOR, EDAS, COPRAS, CoCoSo, CODAS, PROMETHEE,
// MULTIMOORA) are not.
type RowSeparable interface {
	Method
	// RowModel computes the weight-independent column statistics of m and
	// returns a model that scores single alternatives of m under any
	// weights, as Scores would on m with those weights. It returns the
	// errors Scores returns for m's values.
	RowModel(m *DecisionMatrix) (RowModel, error)
}

// A RowModel scores single alternatives of the decision matrix it was made
// for (see [RowSeparable]). Its scores are bit-for-bit those of the
// method's Scores on the matrix with the weights last set. A RowModel must
// not be used concurrently.
type RowModel interface {
	// SetWeights sets the weights, one per criterion, normalized as
	// [DecisionMatrix.WithWeights] normalizes them. It returns a
	// *CriterionError wrapping ErrWeight for a negative or non-finite
	// weight or weights that sum to zero. It allocates nothing.
	SetWeights(w []float64) error
	// Score returns alternative i's score under the weights last set, in
	// O(n) time for n criteria and without allocating. It panics if i is
	// out of range.
	Score(i int) float64
}

// rowBase holds what every row model keeps: the matrix and a weight buffer.
type rowBase struct {
	m   *DecisionMatrix
	n   int
	w   []float64
	one [1]float64
}

func newRowBase(m *DecisionMatrix) rowBase {
	_, n := m.Dims()
	return rowBase{m: m, n: n, w: m.Weights(nil)}
}

// setWeights copies w into the buffer and normalizes it.
func (b *rowBase) setWeights(w []float64) error {
	if len(w) != b.n {
		return &ShapeError{What: "weights", Got: len(w), Want: b.n}
	}
	copy(b.w, w)
	return normalizeWeights(b.w, b.m.criteria)
}

// row returns alternative i's values.
func (b *rowBase) row(i int) []float64 {
	if uint(i) >= uint(len(b.m.alternatives)) {
		panic("mcda: RowModel.Score: alternative index out of range")
	}
	return b.m.data[i*b.n : i*b.n+b.n]
}

// topsisRowModel is the row model of TOPSIS.
type topsisRowModel struct {
	rowBase
	st colStats
	c  topsisCoef
}

// RowModel returns TOPSIS's row model of m (see [RowSeparable]).
func (t *TOPSIS) RowModel(m *DecisionMatrix) (RowModel, error) {
	k, err := t.norm()
	if err != nil {
		return nil, err
	}
	r := &topsisRowModel{rowBase: newRowBase(m)}
	if r.c.ts, err = r.st.prepare(r.c.ts, k, m, nil, 1); err != nil {
		return nil, err
	}
	r.c.prepare(r.w, &r.st)
	return r, nil
}

func (r *topsisRowModel) SetWeights(w []float64) error {
	if err := r.setWeights(w); err != nil {
		return err
	}
	r.c.reweight(r.w)
	return nil
}

// reweight recomputes the coefficients of c that depend on the weights,
// as prepare computes them, keeping the transforms, the ideal and the
// anti-ideal, which do not.
func (c *topsisCoef) reweight(w []float64) {
	c.w = w
	for j, tr := range c.ts {
		if tr.recip {
			continue // a, bp and bm stay 0
		}
		c.a[j] = w[j] * tr.s
		c.bp[j] = w[j] * (tr.off - c.ip[j])
		c.bm[j] = w[j] * (tr.off - c.im[j])
	}
}

func (r *topsisRowModel) Score(i int) float64 {
	r.c.score(r.one[:], nil, nil, r.row(i))
	return r.one[0]
}

// wsmRowModel is the row model of the weighted sum model.
type wsmRowModel struct {
	rowBase
	st colStats
	c  wsmCoef
}

// RowModel returns the weighted sum model's row model of m (see
// [RowSeparable]).
func (s *WSM) RowModel(m *DecisionMatrix) (RowModel, error) {
	k, err := s.norm()
	if err != nil {
		return nil, err
	}
	r := &wsmRowModel{rowBase: newRowBase(m)}
	if r.c.ts, err = r.st.prepare(r.c.ts, k, m, nil, 1); err != nil {
		return nil, err
	}
	r.c.prepare(r.w)
	return r, nil
}

func (r *wsmRowModel) SetWeights(w []float64) error {
	if err := r.setWeights(w); err != nil {
		return err
	}
	r.c.prepare(r.w)
	return nil
}

func (r *wsmRowModel) Score(i int) float64 {
	r.c.score(r.one[:], r.row(i))
	return r.one[0]
}

// wpmRowModel is the row model of the weighted product model.
type wpmRowModel struct {
	rowBase
	c wpmCoef
}

// RowModel returns the weighted product model's row model of m (see
// [RowSeparable]).
func (p *WPM) RowModel(m *DecisionMatrix) (RowModel, error) {
	k, err := p.norm()
	if err != nil {
		return nil, err
	}
	rows, n := m.Dims()
	r := &wpmRowModel{rowBase: newRowBase(m)}
	var st colStats
	st.computeData(m.data, rows, n, needs(k, m.criteria), nil, 1)
	if err := checkPositive(&st, matrixLocator{m}); err != nil {
		return nil, err
	}
	r.c.ts = growTransforms(nil, n)
	if err := transforms(r.c.ts, k, m, &st, true); err != nil {
		return nil, err
	}
	r.c.unit = k == NormalizationMax
	r.c.prepare(r.w)
	return r, nil
}

func (r *wpmRowModel) SetWeights(w []float64) error {
	if err := r.setWeights(w); err != nil {
		return err
	}
	r.c.prepare(r.w)
	return nil
}

func (r *wpmRowModel) Score(i int) float64 {
	r.c.score(r.one[:], r.row(i))
	return r.one[0]
}

// mooraRowModel is the row model of MOORA's ratio system.
type mooraRowModel struct {
	rowBase
	norm []float64 // the column's vector norm, 0 for a column of zeros
	a    []float64
	base float64
}

// RowModel returns MOORA's row model of m (see [RowSeparable]).
func (r *MOORA) RowModel(m *DecisionMatrix) (RowModel, error) {
	var st colStats
	st.compute(m)
	mr := &mooraRowModel{rowBase: newRowBase(m)}
	mr.norm = make([]float64, mr.n)
	mr.a = make([]float64, mr.n)
	for j := range mr.norm {
		mr.norm[j] = mooraNorm(&st, m, j)
	}
	mr.prepare()
	return mr, nil
}

// prepare computes the coefficients from the weights, as MOORA.Scores.
func (r *mooraRowModel) prepare() {
	rows, _ := r.m.Dims()
	r.base = 0
	for j, wj := range r.w {
		if r.m.criteria[j].Objective == ObjectiveCost {
			wj = -wj
		}
		if norm := r.norm[j]; norm > 0 {
			r.a[j] = wj / norm
		} else {
			r.a[j] = 0
			r.base += wj / math.Sqrt(float64(rows))
		}
	}
}

func (r *mooraRowModel) SetWeights(w []float64) error {
	if err := r.setWeights(w); err != nil {
		return err
	}
	r.prepare()
	return nil
}

func (r *mooraRowModel) Score(i int) float64 {
	y, mag := r.base, math.Abs(r.base)
	for j, x := range r.row(i) {
		t := r.a[j] * x
		y += t
		mag += math.Abs(t)
	}
	if math.Abs(y) <= TieTolerance*mag {
		y = 0
	}
	return y
}

// spotisRowModel is the row model of SPOTIS.
type spotisRowModel struct {
	rowBase
	s *SPOTIS // prepared on the matrix: bounds, ideal and ranges
}

// RowModel returns SPOTIS's row model of m (see [RowSeparable]): the
// distances to the ideal point, scaled by the bounds, do not depend on
// the weights.
func (s *SPOTIS) RowModel(m *DecisionMatrix) (RowModel, error) {
	rows, _ := m.Dims()
	sp := &SPOTIS{Bounds: s.Bounds}
	if err := sp.compute(make([]float64, rows), m); err != nil {
		return nil, err
	}
	r := &spotisRowModel{rowBase: newRowBase(m), s: sp}
	return r, nil
}

func (r *spotisRowModel) SetWeights(w []float64) error {
	return r.setWeights(w)
}

func (r *spotisRowModel) Score(i int) float64 {
	s := r.s
	w, star, rng, half := r.w, s.star, s.r, s.half
	sum := 0.0
	for j, x := range r.row(i) {
		if rng[j] == 0 {
			continue // nil Bounds and a constant column
		}
		dist := math.Abs(x - star[j])
		if half[j] {
			dist = math.Abs(x/2 - star[j]/2)
		}
		sum += w[j] * (dist / rng[j])
	}
	return sum
}

// arasRowModel is the row model of ARAS.
type arasRowModel struct {
	rowBase
	r  *ARAS // prepared on the matrix: column aggregates and denominators
	s0 float64
}

// RowModel returns ARAS's row model of m (see [RowSeparable]): the optimal
// alternative's score S_0 is a function of the weights and of column
// aggregates only.
func (r *ARAS) RowModel(m *DecisionMatrix) (RowModel, error) {
	rows, _ := m.Dims()
	ar := &ARAS{}
	if _, err := ar.compute(make([]float64, rows), nil, m); err != nil {
		return nil, err
	}
	mr := &arasRowModel{rowBase: newRowBase(m), r: ar}
	mr.prepare()
	return mr, nil
}

// prepare computes the coefficients a_j = w_j / den_j and S_0, as
// ARAS.Scores.
func (r *arasRowModel) prepare() {
	a, den := r.r.a, r.r.den
	r.s0 = 0
	for j, wj := range r.w {
		a[j] = wj / den[j]
		r.s0 += a[j]
	}
}

func (r *arasRowModel) SetWeights(w []float64) error {
	if err := r.setWeights(w); err != nil {
		return err
	}
	r.prepare()
	return nil
}

func (r *arasRowModel) Score(i int) float64 {
	a := r.r.a
	sum := 0.0
	for j, x := range r.row(i) {
		if a[j] != 0 {
			sum += a[j] * r.r.scaled(j, x)
		}
	}
	return sum / r.s0
}
