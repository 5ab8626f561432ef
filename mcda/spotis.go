package mcda

import (
	"fmt"
	"math"
)

// SPOTIS is the Stable Preference Ordering Towards Ideal Solution method
// (Dezert, Tchamova, Han & Tacnet, 2020, "The SPOTIS rank reversal free
// method for multi-criteria decision-making support", 23rd International
// Conference on Information Fusion (FUSION), 1-8). Every criterion j has
// bounds [S_j^min, S_j^max] fixed in advance, independently of the
// alternatives; the ideal solution point is S_j* = S_j^max for a benefit
// and S_j^min for a cost, and the score is the weighted normalized distance
// to it,
//
//	d_ij = |x_ij − S_j*| / (S_j^max − S_j^min),   d_i = Σ_j w_j·d_ij
//
// which lies in [0, 1] (up to rounding); LOWER is better ([SPOTIS.HigherIsBetter] is false).
// Since d_i depends on alternative i alone, adding or removing alternatives
// never changes the scores, hence the order, of the others: SPOTIS is free
// of rank reversal, provided the bounds do not change. Any finite values
// and bounds are accepted.
//
// With nil Bounds the data's own minimum and maximum of each criterion are
// used, as scikit-criteria does by default (pymcdm requires bounds and
// offers SPOTIS.make_bounds to compute these).
// The method is then NOT rank-reversal free, since a new alternative may
// move the bounds.
//
// Special cases:
//   - With nil Bounds, a constant column has no range and adds 0 to every
//     score, so identical alternatives, and a single alternative, get
//     d = 0. With explicit Bounds a constant column adds the same amount
//     to every score.
//   - With one criterion, d_i = |x_i − S*|/(S^max − S^min) ranks as the
//     criterion.
//   - With explicit Bounds, a criterion whose bounds have min >= max (or are
//     not finite) is a [*CriterionError] wrapping [ErrParameter], and a
//     value outside its criterion's bounds is a [*ValueError] wrapping
//     [ErrParameter].
//
// The zero value uses the data's bounds and is ready to use. A SPOTIS value
// reuses internal storage between calls and must not be used concurrently.
type SPOTIS struct {
	// Bounds holds [min, max] for each criterion, in criterion order; nil
	// means the data's own minimum and maximum (not rank-reversal free).
	Bounds [][2]float64
	// Workers is the largest number of goroutines a call may use; 0 and 1
	// mean the calling goroutine only. As for [TOPSIS.Workers], the scores
	// are bit-for-bit the same for every value.
	Workers int

	st                 colStats
	w, lo, hi, star, r []float64
	half               []bool
	par                parallel
}

// Name returns "spotis".
func (s *SPOTIS) Name() string { return "spotis" }

// HigherIsBetter returns false: a smaller distance to the ideal solution
// point is better.
func (s *SPOTIS) HigherIsBetter() bool { return false }

// Scores stores in dst the distance d_i of each alternative of m to the
// ideal solution point and returns dst. If dst is nil a new slice is
// allocated. With a non-nil dst and a SPOTIS value that has been used on a
// problem of the same size, Scores allocates nothing.
//
// It returns an error wrapping [ErrShape] if Bounds is not nil and its
// length is not the number of criteria, a [*CriterionError] wrapping
// [ErrParameter] for invalid bounds, and a [*ValueError] wrapping
// [ErrParameter] for a value outside its bounds. It panics if dst is not
// nil and its length is not the number of alternatives.
func (s *SPOTIS) Scores(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, _ := m.Dims()
	dst = useDst(dst, rows, "SPOTIS.Scores")
	if err := s.compute(dst, m); err != nil {
		return nil, err
	}
	return dst, nil
}

// SPOTISResult holds SPOTIS scores and the reference they were measured
// against.
type SPOTISResult struct {
	Score  []float64    // d_i, per alternative; lower is better
	Ideal  []float64    // S_j*, the ideal solution point, per criterion
	Bounds [][2]float64 // the bounds used, per criterion
}

// Evaluate returns the score of every alternative of m, the ideal solution
// point and the bounds used. Errors are as for [SPOTIS.Scores].
func (s *SPOTIS) Evaluate(m *DecisionMatrix) (*SPOTISResult, error) {
	rows, n := m.Dims()
	r := &SPOTISResult{Score: make([]float64, rows), Ideal: make([]float64, n), Bounds: make([][2]float64, n)}
	if err := s.compute(r.Score, m); err != nil {
		return nil, err
	}
	copy(r.Ideal, s.star)
	for j := range n {
		r.Bounds[j] = [2]float64{s.lo[j], s.hi[j]}
	}
	return r, nil
}

func (s *SPOTIS) compute(d []float64, m *DecisionMatrix) error {
	rows, n := m.Dims()
	if s.Bounds != nil && len(s.Bounds) != n {
		return fmt.Errorf("mcda: spotis: %w", &ShapeError{What: "bounds", Got: len(s.Bounds), Want: n})
	}
	tm := s.par.team(s.Workers, rows)
	s.st.computeData(m.data, rows, n, 0, tm, s.Workers)
	err := s.prepare(&s.st, m.criteria, m.Weights(grow(s.w, n)), func(j int, lo, hi float64) error {
		return firstBad(m, j, func(x float64) bool { return x < lo || x > hi },
			fmt.Errorf("outside the bounds [%v, %v]: %w", lo, hi, ErrParameter))
	})
	if err != nil {
		return err
	}
	runScorer(s, d, m.data, tm, s.Workers)
	return checkScores(s.Name(), m, d)
}

// prepare computes the scoring coefficients from the column extremes in st
// and the normalized weights w, which it keeps. With Bounds, a column
// whose values leave its bounds is outside's error.
func (s *SPOTIS) prepare(st *colStats, crit []Criterion, w []float64, outside func(j int, lo, hi float64) error) error {
	n := len(crit)
	s.w = w
	s.lo, s.hi, s.star, s.r = grow(s.lo, n), grow(s.hi, n), grow(s.star, n), grow(s.r, n)
	if cap(s.half) < n {
		s.half = make([]bool, n)
	}
	half := s.half[:n]
	for j := range n {
		lo, hi := st.min[j], st.max[j]
		if s.Bounds != nil {
			lo, hi = s.Bounds[j][0], s.Bounds[j][1]
			if !(lo < hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
				return &CriterionError{Index: j, Name: crit[j].Name,
					Err: fmt.Errorf("spotis: bounds [%v, %v]: want finite min < max: %w", lo, hi, ErrParameter)}
			}
			if st.min[j] < lo || st.max[j] > hi {
				return outside(j, lo, hi)
			}
		}
		s.lo[j], s.hi[j] = lo, hi
		if crit[j].Objective == ObjectiveBenefit {
			s.star[j] = hi
		} else {
			s.star[j] = lo
		}
		// The range, halved along with the distances if it overflows.
		r := hi - lo
		half[j] = math.IsInf(r, 0)
		if half[j] {
			r = hi/2 - lo/2
		}
		s.r[j] = r
	}
	return nil
}

// score stores in dst the distance d_i of each row of blk.
func (s *SPOTIS) score(dst, blk []float64) {
	n := len(s.w)
	w, star, rng, half := s.w[:n], s.star[:n], s.r[:n], s.half[:n]
	for i := range dst {
		sum := 0.0
		for j, x := range blk[i*n : i*n+n] {
			if rng[j] == 0 {
				continue // nil Bounds and a constant column
			}
			dist := math.Abs(x - star[j])
			if half[j] {
				dist = math.Abs(x/2 - star[j]/2)
			}
			sum += w[j] * (dist / rng[j])
		}
		dst[i] = sum
	}
}
