package robust

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/balancer-mcda/balancer/mcda"
)

// DefaultSamples is the number of Monte Carlo samples [SMAA] draws when
// its Samples field is zero. With N samples the standard error of an
// acceptability index b is √(b(1−b)/N) <= 0.5/√N, 0.005 for N = 10 000.
const DefaultSamples = 10000

// MaxSamples is the largest number of samples [SMAA] accepts, in Samples
// and in ConfidenceSamples: 10⁹, whose standard error 0.5/√N is 1.6e-5,
// far below any difference an analyst reads, and which takes hours. A
// larger count is an error wrapping [mcda.ErrParameter], not a run that
// never ends. SMAA's memory does not depend on the count.
const MaxSamples = 1_000_000_000

// MaxWorkers is the largest Workers value [SMAA] accepts. Each worker
// keeps two m×m accumulators (see [SMAA.Run]), so the memory grows with
// it.
const MaxWorkers = 1024

const (
	// chunkSize is the number of consecutive samples drawn from one random
	// stream. Results depend on it, so it is fixed.
	chunkSize = 256
	// pilotDraws is the number of candidate weight vectors drawn to check
	// that constrained weights can be sampled by rejection, and minPilotHits
	// the number of them that must satisfy the constraints.
	pilotDraws   = 100000
	minPilotHits = 10
	// maxAttempts bounds the rejection loop for one weight sample. After a
	// successful pilot (acceptance >= 1e-4) it is never reached in practice.
	maxAttempts = 1 << 22
)

// Stream domains keep the random streams of the phases apart.
const (
	domainWeights uint64 = iota + 1
	domainConfidence
	domainPilot
)

// SMAA is stochastic multicriteria acceptability analysis, SMAA-2
// (Lahdelma & Salminen, 2001), on any [mcda.Method]. Each of Samples Monte
// Carlo samples draws a weight vector from the weight space (see
// [WeightSpace]) and the uncertain values of the decision matrix from their
// distributions (see [CellUncertainty]), scores the alternatives with the
// method and ranks them with [mcda.RankScores]. From the ranks it estimates
// the rank acceptability indices
//
//	b_i^r = share of samples in which alternative i takes rank r,
//
// the central weight vectors
//
//	w_i^c = mean weight vector over the samples in which i is first,
//
// and the confidence factors
//
//	p_i^c = share of value samples in which i is first when the weights
//	        are w_i^c,
//
// estimated by a second simulation over the values only, with the same
// value samples for every alternative.
//
// Ties: when g alternatives tie at ranks r … r+g−1 (their scores lie
// within [mcda.TieTolerance]), each of them counts 1/g at each of those
// ranks, and 1/g as first when r is 1. Every row and every column of the
// acceptability matrix therefore sums to 1.
//
// Results are reproducible: the samples are split into fixed chunks of 256,
// each drawn from its own PCG stream seeded from Seed and the chunk's
// index, and the chunks' counts are merged in chunk order. The same Seed
// gives bit-identical results whatever Workers and GOMAXPROCS are, on a
// given platform and Go release.
//
// The zero value draws DefaultSamples samples with seed 0, weights uniform
// on the simplex and exact values, on GOMAXPROCS goroutines. An SMAA value
// is not modified by [SMAA.Run] and may be used concurrently.
type SMAA struct {
	// Samples is the number of Monte Carlo samples; zero means
	// DefaultSamples. With N samples the standard error of an
	// acceptability index b is √(b(1−b)/N) <= 0.5/√N.
	Samples int
	// Seed selects the random streams. Any value, zero included, is valid.
	Seed uint64
	// Weights is the weight space; the zero value is the whole simplex.
	Weights WeightSpace
	// Uncertainty lists the uncertain values of the decision matrix. Values
	// not listed are exact.
	Uncertainty []CellUncertainty
	// ConfidenceSamples is the number of value samples of the confidence
	// factor simulation; zero means Samples, and a negative value skips the
	// confidence factors. When every value is exact, one evaluation per
	// alternative is exact and no simulation is run.
	ConfidenceSamples int
	// Workers is the number of goroutines that draw samples, at most
	// MaxWorkers; zero means runtime.GOMAXPROCS(0). It does not change the
	// results.
	Workers int
	// MaxPairs bounds the m·m pairs of the acceptability matrices, of
	// which Run keeps 2·Workers + 2 (8 bytes a pair); zero means
	// mcda.DefaultMaxPairs (m <= 4096). Above it Run returns a
	// [*mcda.SizeError] before allocating them.
	MaxPairs int
	// Progress, if not nil, is called with the number of samples done and
	// the total (Samples plus the confidence simulation's value samples)
	// after every chunk of samples. It is called from the goroutine that
	// called Run, never concurrently, with done increasing up to total.
	Progress func(done, total int)
}

// A WeightSpace is the set of weight vectors [SMAA] samples from, uniformly:
// the simplex {w : w_j >= 0, Σ_j w_j = 1}, or the part of it left by the
// analyst's constraints. Weights are always normalized ones. Uniform
// sampling of the simplex uses normalized exponential variates (Rubinstein,
// 1982; Tervonen & Lahdelma, 2007), a complete or partial criteria order is
// imposed by sorting, and weight bounds and overlapping orders by rejection.
//
// The zero value is the whole simplex.
type WeightSpace struct {
	// Fixed uses the decision matrix's normalized weights in every sample,
	// so that only the values are uncertain. Bounds and Order must then be
	// empty.
	Fixed bool
	// Bounds, if not nil, holds for every criterion j an interval
	// [Lo, Hi] ⊆ [0, 1] of its normalized weight; use {0, 1} for a
	// criterion without bounds.
	Bounds []Interval
	// Order holds chains of criteria indices, most important first: a chain
	// c requires w_c[0] >= w_c[1] >= … . A complete order is a single chain
	// of all criteria; a partial order is any set of chains, e.g. pairs. The
	// constraints must not form a cycle.
	Order [][]int
}

// A Distribution is the uncertainty of one value of a decision matrix. It
// is implemented by [Uniform], [Normal], [Triangular] and [Beta].
type Distribution interface {
	// check returns the invalid parameter and the reason, or a nil error.
	check() (float64, error)
	sample(r *rand.Rand) float64
}

// Uniform is the uniform distribution on [Lo, Hi], the interval of
// imprecise measurements. Lo == Hi is an exact value.
type Uniform struct {
	Lo, Hi float64
}

// Normal is the normal distribution with mean Mean and standard deviation
// SD >= 0. Its values are unbounded, so they may fall outside the range the
// ranking method accepts (see [SampleError]).
type Normal struct {
	Mean, SD float64
}

// Triangular is the triangular distribution on [Lo, Hi] with mode Mode,
// Lo <= Mode <= Hi.
type Triangular struct {
	Lo, Mode, Hi float64
}

// Beta is the beta distribution on [0, 1] with shape parameters
// Alpha > 0 and Beta > 0, of mean Alpha/(Alpha + Beta), a common model of
// a proportion estimated from e events in n trials: Beta(e, n − e). To
// score a partial value of the proportion rather than the proportion
// itself, give SMAA a method that applies the value function.
type Beta struct {
	Alpha, Beta float64
}

// A CellUncertainty gives the distribution of the value of one alternative
// on one criterion. The distribution replaces the decision matrix's value
// of that cell, which SMAA then does not use.
type CellUncertainty struct {
	Alternative, Criterion int // 0-based position of the value
	Dist                   Distribution
}

// SMAAResult holds the outcome of [SMAA.Run].
type SMAAResult struct {
	Method       string   `json:"method"`       // the method's name
	Alternatives []string `json:"alternatives"` // names, in input order
	Samples      int      `json:"samples"`      // number of Monte Carlo samples drawn
	// Acceptability[i][k] is the rank acceptability index b_i^(k+1): the
	// share of samples in which alternative i takes rank k+1. Rows and
	// columns sum to 1.
	Acceptability [][]float64 `json:"acceptability"`
	// CentralWeights[i] is the central weight vector of alternative i, the
	// mean normalized weight vector of the samples in which it is first
	// (weighted by its share of a tie). It is the zero vector exactly when
	// Acceptability[i][0] is 0: i was never first.
	CentralWeights [][]float64 `json:"central_weights"`
	// Confidence[i] is the confidence factor of alternative i: the share of
	// value samples in which it is first when the weights are
	// CentralWeights[i]. It is 0 when i was never first, and nil when the
	// confidence factors were skipped.
	Confidence []float64 `json:"confidence"`
	// ConfidenceSamples is the number of value samples behind Confidence:
	// 1 when every value is exact, 0 when skipped.
	ConfidenceSamples int `json:"confidence_samples"`
}

// A SampleError records a failure of the ranking method on one sample, for
// example a sampled value that the method's normalization rejects. Of
// several failing samples, the one with the lowest index is reported, so
// the error does not depend on Workers.
type SampleError struct {
	Sample int // 0-based index of the sample
	// Alternative is -1 for a sample of the main simulation, and in the
	// confidence factor simulation the alternative whose central weights
	// were used.
	Alternative int
	Err         error // the method's error
}

func (e *SampleError) Error() string {
	if e.Alternative >= 0 {
		return fmt.Sprintf("robust: smaa: confidence sample %d, central weights of alternative %d: %v", e.Sample, e.Alternative, e.Err)
	}
	return fmt.Sprintf("robust: smaa: sample %d: %v", e.Sample, e.Err)
}

// Unwrap returns the method's error.
func (e *SampleError) Unwrap() error { return e.Err }

// Run runs the analysis of m with the method that newMethod returns.
//
// Resources: with N = Samples, N_c the confidence samples, W workers and
// T(m, n) the time of one call of the method's Scores, Run takes
// O(N·(T(m, n) + m·log m + n) + N_c·c·(T(m, n) + m·log m)) time, for c
// ≤ m the alternatives ever ranked first, and (2W + 2)·8·m² + O(W·m·n)
// bytes whatever N: each worker accumulates its chunk of samples into its
// own m×m counts, which are merged in chunk order, and no per-sample
// value is stored.
// newMethod is called once for every worker goroutine, and each value it
// returns is used by that goroutine only, so method values that keep a
// workspace are never shared:
//
//	res, err := s.Run(ctx, func() mcda.Method { return &mcda.TOPSIS{} }, m)
//
// Invalid settings are reported as errors wrapping [mcda.ErrParameter]:
// a [*mcda.CriterionError] or [*mcda.ShapeError] for the weight space, a
// [*mcda.ValueError] naming the cell for an invalid, repeated or missing
// distribution (wrapping [mcda.ErrNotFinite] for a NaN or infinite
// parameter), and a plain error for a cell outside the matrix, an order
// naming a criterion that does not exist, or weight constraints that leave
// a region too small to sample: fewer than 10 of 100 000 candidate weight
// vectors satisfy them, or a sample count above [MaxSamples] or a Workers
// above [MaxWorkers]. A [*mcda.SizeError] reports a problem whose m·m
// exceeds MaxPairs. A failure of
// the method on a sample is returned as a [*SampleError]: SMAA does not
// skip samples, since that would bias the indices toward the samples the
// method accepts. When ctx is done Run stops promptly and returns
// ctx.Err().
func (s *SMAA) Run(ctx context.Context, newMethod func() mcda.Method, m *mcda.DecisionMatrix) (*SMAAResult, error) {
	if newMethod == nil {
		return nil, fmt.Errorf("robust: smaa: nil method factory: %w", mcda.ErrParameter)
	}
	r, err := s.newRun(m)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := r.ws.pilot(s.Seed); err != nil {
		return nil, err
	}
	first := newMethod()
	if first == nil {
		return nil, fmt.Errorf("robust: smaa: method factory returned nil: %w", mcda.ErrParameter)
	}
	r.newMethod, r.firstMethod = newMethod, first
	rows, n := m.Dims()

	if err := r.parallel(ctx, phaseMain, r.samples, 0); err != nil {
		return nil, err
	}
	N := float64(r.samples)
	res := &SMAAResult{
		Method:         first.Name(),
		Alternatives:   m.Alternatives(),
		Samples:        r.samples,
		Acceptability:  matrix(rows, rows),
		CentralWeights: matrix(rows, n),
	}
	for i := range rows {
		for k := range rows {
			res.Acceptability[i][k] = r.accept[i*rows+k] / N
		}
		if f := r.accept[i*rows]; f > 0 {
			for j := range n {
				res.CentralWeights[i][j] = r.central[i*n+j] / f
			}
		}
	}
	if r.confSamples < 0 {
		return res, nil
	}
	r.centralW = res.CentralWeights
	r.candidates = r.candidates[:0]
	for i := range rows {
		if r.accept[i*rows] > 0 {
			r.candidates = append(r.candidates, i)
		}
	}
	res.Confidence = make([]float64, rows)
	if len(r.cells) == 0 {
		if err := r.exactConfidence(res.Confidence); err != nil {
			return nil, err
		}
		res.ConfidenceSamples = 1
		return res, nil
	}
	if err := r.parallel(ctx, phaseConfidence, r.confSamples, r.samples); err != nil {
		return nil, err
	}
	for _, i := range r.candidates {
		res.Confidence[i] = r.first[i] / float64(r.confSamples)
	}
	res.ConfidenceSamples = r.confSamples
	return res, nil
}

func matrix(r, c int) [][]float64 {
	data := make([]float64, r*c)
	out := make([][]float64, r)
	for i := range out {
		out[i] = data[i*c : (i+1)*c : (i+1)*c]
	}
	return out
}

// cell is a validated CellUncertainty.
type cell struct {
	i, j int
	dist Distribution
}

// run holds the validated configuration and the merged counts of one Run.
type run struct {
	s                      *SMAA
	m                      *mcda.DecisionMatrix
	samples, confSamples   int
	workers                int
	ws                     *weightSampler
	cells                  []cell
	newMethod              func() mcda.Method
	firstMethod            mcda.Method
	states                 []*worker // one per goroutine, reused across phases
	accept, central, first []float64 // merged counts
	centralW               [][]float64
	candidates             []int
	total                  int
}

func (s *SMAA) newRun(m *mcda.DecisionMatrix) (*run, error) {
	if m == nil {
		return nil, fmt.Errorf("robust: smaa: nil decision matrix: %w", mcda.ErrParameter)
	}
	r := &run{s: s, m: m, samples: s.Samples, confSamples: s.ConfidenceSamples, workers: s.Workers}
	switch {
	case r.samples == 0:
		r.samples = DefaultSamples
	case r.samples < 0:
		return nil, fmt.Errorf("robust: smaa: %d samples: %w", s.Samples, mcda.ErrParameter)
	case r.samples > MaxSamples:
		return nil, fmt.Errorf("robust: smaa: %d samples, more than MaxSamples = %d: %w", s.Samples, MaxSamples, mcda.ErrParameter)
	}
	if r.confSamples == 0 {
		r.confSamples = r.samples
	}
	if r.confSamples > MaxSamples {
		return nil, fmt.Errorf("robust: smaa: %d confidence samples, more than MaxSamples = %d: %w", s.ConfidenceSamples, MaxSamples, mcda.ErrParameter)
	}
	switch {
	case r.workers == 0:
		r.workers = runtime.GOMAXPROCS(0)
	case r.workers < 0 || r.workers > MaxWorkers:
		return nil, fmt.Errorf("robust: smaa: %d workers, want 0 to MaxWorkers = %d: %w", s.Workers, MaxWorkers, mcda.ErrParameter)
	}
	rows, n := m.Dims()
	// The accumulators: the merged counts, the result, and two per worker
	// (those of at most 2W chunks in flight or waiting to be merged).
	nw := min(r.workers, (max(r.samples, r.confSamples)+chunkSize-1)/chunkSize)
	if err := mcda.CheckPairs("smaa", rows, s.MaxPairs, float64(8*(2*nw+2)),
		"SMAA's acceptability matrices are m×m; screen the alternatives first (drop the dominated ones, or keep the best of a linear-cost method such as topsis)"); err != nil {
		return nil, err
	}
	ws, err := newWeightSampler(s.Weights, m)
	if err != nil {
		return nil, err
	}
	r.ws = ws
	if r.cells, err = checkCells(s.Uncertainty, m); err != nil {
		return nil, err
	}
	r.total = r.samples
	if r.confSamples > 0 && len(r.cells) > 0 {
		r.total += r.confSamples
	}
	r.accept = make([]float64, rows*rows)
	r.central = make([]float64, rows*n)
	r.first = make([]float64, rows)
	return r, nil
}

func checkCells(us []CellUncertainty, m *mcda.DecisionMatrix) ([]cell, error) {
	rows, n := m.Dims()
	cells := make([]cell, 0, len(us))
	seen := make(map[[2]int]int, len(us))
	for k, u := range us {
		i, j := u.Alternative, u.Criterion
		if i < 0 || i >= rows || j < 0 || j >= n {
			return nil, fmt.Errorf("robust: smaa: uncertainty %d: cell (%d, %d) outside the %d×%d matrix: %w", k, i, j, rows, n, mcda.ErrParameter)
		}
		ve := &mcda.ValueError{Alternative: i, AlternativeName: m.Alternative(i), Criterion: j, CriterionName: m.Criterion(j).Name, Value: m.At(i, j)}
		if prev, dup := seen[[2]int{i, j}]; dup {
			ve.Err = fmt.Errorf("smaa uncertainty %d: cell already given by uncertainty %d: %w", k, prev, mcda.ErrParameter)
			return nil, ve
		}
		seen[[2]int{i, j}] = k
		if u.Dist == nil {
			ve.Err = fmt.Errorf("smaa uncertainty %d: nil distribution: %w", k, mcda.ErrParameter)
			return nil, ve
		}
		if v, err := u.Dist.check(); err != nil {
			ve.Value = v
			ve.Err = fmt.Errorf("smaa uncertainty %d: %w", k, err)
			return nil, ve
		}
		cells = append(cells, cell{i, j, u.Dist})
	}
	return cells, nil
}

func finite(vs ...float64) (float64, bool) {
	for _, v := range vs {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return v, false
		}
	}
	return 0, true
}

func (d Uniform) check() (float64, error) {
	if v, ok := finite(d.Lo, d.Hi); !ok {
		return v, fmt.Errorf("uniform bound: %w", mcda.ErrNotFinite)
	}
	if d.Lo > d.Hi {
		return d.Lo, fmt.Errorf("uniform lo %v > hi %v: %w", d.Lo, d.Hi, mcda.ErrParameter)
	}
	return 0, nil
}

func (d Uniform) sample(r *rand.Rand) float64 { return d.Lo + (d.Hi-d.Lo)*r.Float64() }

func (d Normal) check() (float64, error) {
	if v, ok := finite(d.Mean, d.SD); !ok {
		return v, fmt.Errorf("normal parameter: %w", mcda.ErrNotFinite)
	}
	if d.SD < 0 {
		return d.SD, fmt.Errorf("normal sd %v < 0: %w", d.SD, mcda.ErrParameter)
	}
	return 0, nil
}

func (d Normal) sample(r *rand.Rand) float64 { return d.Mean + d.SD*r.NormFloat64() }

func (d Triangular) check() (float64, error) {
	if v, ok := finite(d.Lo, d.Mode, d.Hi); !ok {
		return v, fmt.Errorf("triangular parameter: %w", mcda.ErrNotFinite)
	}
	if !(d.Lo <= d.Mode && d.Mode <= d.Hi) {
		return d.Mode, fmt.Errorf("triangular needs lo <= mode <= hi, got %v, %v, %v: %w", d.Lo, d.Mode, d.Hi, mcda.ErrParameter)
	}
	return 0, nil
}

// sample inverts the triangular distribution's CDF.
func (d Triangular) sample(r *rand.Rand) float64 {
	u := r.Float64()
	w := d.Hi - d.Lo
	if w == 0 {
		return d.Lo
	}
	if u*w < d.Mode-d.Lo {
		return d.Lo + math.Sqrt(u*w*(d.Mode-d.Lo))
	}
	return d.Hi - math.Sqrt((1-u)*w*(d.Hi-d.Mode))
}

func (d Beta) check() (float64, error) {
	if v, ok := finite(d.Alpha, d.Beta); !ok {
		return v, fmt.Errorf("beta shape: %w", mcda.ErrNotFinite)
	}
	if !(d.Alpha > 0) {
		return d.Alpha, fmt.Errorf("beta alpha %v <= 0: %w", d.Alpha, mcda.ErrParameter)
	}
	if !(d.Beta > 0) {
		return d.Beta, fmt.Errorf("beta beta %v <= 0: %w", d.Beta, mcda.ErrParameter)
	}
	return 0, nil
}

// sample returns X/(X + Y) for gamma variates X ~ Γ(Alpha), Y ~ Γ(Beta),
// computed from their logarithms so that tiny shapes, whose variates
// underflow, still give a value in [0, 1].
func (d Beta) sample(r *rand.Rand) float64 {
	lx, ly := logGamma(r, d.Alpha), logGamma(r, d.Beta)
	return 1 / (1 + math.Exp(ly-lx))
}

// logGamma returns the logarithm of a gamma variate of shape a > 0 and
// scale 1 (Marsaglia & Tsang, 2000; for a < 1, Γ(a) = Γ(a+1)·U^(1/a)).
func logGamma(r *rand.Rand, a float64) float64 {
	boost := 0.0
	if a < 1 {
		boost = math.Log(1-r.Float64()) / a // 1 − U is in (0, 1]
		a++
	}
	d := a - 1.0/3
	c := 1 / math.Sqrt(9*d)
	for {
		x := r.NormFloat64()
		v := 1 + c*x
		if v <= 0 {
			continue
		}
		v = v * v * v
		u := 1 - r.Float64()
		if x2 := x * x; u < 1-0.0331*x2*x2 || math.Log(u) < 0.5*x2+d*(1-v+math.Log(v)) {
			return math.Log(d*v) + boost
		}
	}
}

// weightSampler draws weight vectors uniformly from a WeightSpace.
type weightSampler struct {
	n      int
	fixed  []float64 // the matrix's weights, when Fixed
	lo, hi []float64 // bounds, nil when none
	shift  []float64 // a lower bound moved out of the simplex's draw, nil when none
	slack  float64   // 1 − Σ shift
	sorted [][]int   // disjoint chains imposed by sorting
	check  [][]int   // chains imposed by rejection
	reject bool      // whether any draw can be rejected
}

func newWeightSampler(sp WeightSpace, m *mcda.DecisionMatrix) (*weightSampler, error) {
	_, n := m.Dims()
	ws := &weightSampler{n: n}
	if sp.Fixed {
		if sp.Bounds != nil || len(sp.Order) > 0 {
			return nil, fmt.Errorf("robust: smaa: fixed weights with bounds or an order: %w", mcda.ErrParameter)
		}
		ws.fixed = m.Weights(nil)
		return ws, nil
	}
	critErr := func(j int, format string, a ...any) error {
		return &mcda.CriterionError{Index: j, Name: m.Criterion(j).Name,
			Err: fmt.Errorf("smaa weight space: "+format+": %w", append(a, mcda.ErrParameter)...)}
	}
	// Order: indices, duplicates within a chain, cycles.
	succ := make([][]int, n)
	for c, chain := range sp.Order {
		for k, j := range chain {
			if j < 0 || j >= n {
				return nil, fmt.Errorf("robust: smaa: weight order chain %d: criterion %d out of range [0, %d): %w", c, j, n, mcda.ErrParameter)
			}
			if slices.Contains(chain[:k], j) {
				return nil, critErr(j, "appears twice in order chain %d", c)
			}
			if k > 0 {
				succ[chain[k-1]] = append(succ[chain[k-1]], j)
			}
		}
	}
	if j := cycle(succ); j >= 0 {
		return nil, critErr(j, "weight order has a cycle through it")
	}
	var lo, hi []float64
	if sp.Bounds != nil {
		if len(sp.Bounds) != n {
			return nil, &mcda.ShapeError{What: "smaa weight bounds", Got: len(sp.Bounds), Want: n}
		}
		lo, hi = make([]float64, n), make([]float64, n)
		for j, b := range sp.Bounds {
			if !(b.Lo >= 0 && b.Lo <= b.Hi && b.Hi <= 1) {
				return nil, critErr(j, "bounds [%v, %v] not within [0, 1] or empty", b.Lo, b.Hi)
			}
			lo[j], hi[j] = b.Lo, b.Hi
		}
	}
	if lo == nil && len(sp.Order) > 0 {
		lo, hi = make([]float64, n), make([]float64, n)
		for j := range hi {
			hi[j] = 1
		}
	}
	if lo != nil {
		// Propagate the bounds along the order: w_a >= w_b implies
		// lo_a >= lo_b and hi_b <= hi_a.
		plo, phi := slices.Clone(lo), slices.Clone(hi)
		for changed := true; changed; {
			changed = false
			for a, bs := range succ {
				for _, b := range bs {
					if plo[b] > plo[a] {
						plo[a], changed = plo[b], true
					}
					if phi[a] < phi[b] {
						phi[b], changed = phi[a], true
					}
				}
			}
		}
		var slo, shi float64
		for j := range n {
			if plo[j] > phi[j] {
				return nil, critErr(j, "bounds and order leave no weight (needs %v <= w <= %v)", plo[j], phi[j])
			}
			slo += plo[j]
			shi += phi[j]
		}
		if slo > 1 || shi < 1 {
			return nil, &mcda.CriterionError{Index: -1,
				Err: fmt.Errorf("smaa weight bounds sum to [%v, %v], which excludes 1: %w", slo, shi, mcda.ErrParameter)}
		}
		if sp.Bounds != nil {
			ws.lo, ws.hi, ws.shift = lo, hi, plo
			ws.reject = true
		}
	}
	// Disjoint chains are imposed by sorting, the others by rejection.
	used := make([]bool, n)
	for _, chain := range sp.Order {
		if len(chain) < 2 {
			continue
		}
		free := true
		for _, j := range chain {
			free = free && !used[j]
		}
		if !free {
			ws.check = append(ws.check, slices.Clone(chain))
			ws.reject = true
			continue
		}
		for _, j := range chain {
			used[j] = true
		}
		ws.sorted = append(ws.sorted, slices.Clone(chain))
	}
	if ws.shift != nil {
		// Within a sorted chain the shift must be constant to keep the order:
		// use the chain's smallest lower bound.
		for _, chain := range ws.sorted {
			mn := math.Inf(1)
			for _, j := range chain {
				mn = math.Min(mn, ws.shift[j])
			}
			for _, j := range chain {
				ws.shift[j] = mn
			}
		}
		sum := 0.0
		for _, v := range ws.shift {
			sum += v
		}
		ws.slack = math.Max(0, 1-sum)
	}
	return ws, nil
}

// cycle returns a criterion on a cycle of the graph, or -1.
func cycle(succ [][]int) int {
	const (
		unseen = iota
		active
		done
	)
	state := make([]int, len(succ))
	var visit func(a int) int
	visit = func(a int) int {
		state[a] = active
		for _, b := range succ[a] {
			switch state[b] {
			case active:
				return b
			case unseen:
				if c := visit(b); c >= 0 {
					return c
				}
			}
		}
		state[a] = done
		return -1
	}
	for a := range succ {
		if state[a] == unseen {
			if c := visit(a); c >= 0 {
				return c
			}
		}
	}
	return -1
}

// draw stores one candidate weight vector in w: uniform on the simplex,
// sorted along the disjoint chains and moved by the shift. buf has length n.
func (ws *weightSampler) draw(r *rand.Rand, w, buf []float64) {
	sum := 0.0
	for j := range w {
		e := r.ExpFloat64()
		w[j] = e
		sum += e
	}
	inv := 1 / sum
	for j := range w {
		w[j] *= inv
	}
	for _, chain := range ws.sorted {
		b := buf[:len(chain)]
		for k, j := range chain {
			b[k] = w[j]
		}
		slices.Sort(b)
		for k, j := range chain {
			w[j] = b[len(b)-1-k]
		}
	}
	if ws.shift != nil {
		for j := range w {
			w[j] = ws.shift[j] + ws.slack*w[j]
		}
	}
}

// ok reports whether w satisfies the bounds and the rejection chains.
func (ws *weightSampler) ok(w []float64) bool {
	if ws.lo != nil {
		for j, v := range w {
			if v < ws.lo[j] || v > ws.hi[j] {
				return false
			}
		}
	}
	for _, chain := range ws.check {
		for k := 1; k < len(chain); k++ {
			if w[chain[k-1]] < w[chain[k]] {
				return false
			}
		}
	}
	return true
}

// sample stores a weight vector in w and reports whether one was found.
func (ws *weightSampler) sample(r *rand.Rand, w, buf []float64) bool {
	if ws.fixed != nil {
		copy(w, ws.fixed)
		return true
	}
	for range maxAttempts {
		ws.draw(r, w, buf)
		if !ws.reject || ws.ok(w) {
			return true
		}
	}
	return false
}

// pilot checks that rejection sampling hits the constrained region often
// enough to be practical.
func (ws *weightSampler) pilot(seed uint64) error {
	if ws.fixed != nil || !ws.reject {
		return nil
	}
	r := rand.New(newStream(seed, domainPilot, 0))
	w, buf := make([]float64, ws.n), make([]float64, ws.n)
	hits := 0
	for range pilotDraws {
		ws.draw(r, w, buf)
		if ws.ok(w) {
			if hits++; hits >= minPilotHits {
				return nil
			}
		}
	}
	return fmt.Errorf("robust: smaa: weight constraints leave too small a region: %d of %d uniform draws satisfy them, need %d: %w",
		hits, pilotDraws, minPilotHits, mcda.ErrParameter)
}

// splitmix is the SplitMix64 finalizer (Steele, Lea & Flood, 2014).
func splitmix(z uint64) uint64 {
	z += 0x9e3779b97f4a7c15
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// streamSeeds returns the PCG seed of one chunk of one phase.
func streamSeeds(seed, domain uint64, chunk int) (uint64, uint64) {
	return splitmix(seed ^ splitmix(domain)), splitmix(uint64(chunk) ^ splitmix(seed+domain<<32))
}

func newStream(seed, domain uint64, chunk int) *rand.PCG {
	s1, s2 := streamSeeds(seed, domain, chunk)
	return rand.NewPCG(s1, s2)
}

const (
	phaseMain = iota
	phaseConfidence
)

// worker is the state of one goroutine: its method, random stream and
// buffers.
type worker struct {
	method   mcda.Method
	pcg      *rand.PCG
	rng      *rand.Rand
	w, buf   []float64
	data     []float64 // the sampled values, row-major
	dm       *mcda.DecisionMatrix
	scores   []float64
	ranks    []int
	order    []int
	higher   bool
	nominalW []float64
	rk       mcda.Ranker
}

func (r *run) newWorker(method mcda.Method) *worker {
	m := r.m
	rows, n := m.Dims()
	pcg := rand.NewPCG(0, 0)
	wk := &worker{
		method:   method,
		pcg:      pcg,
		rng:      rand.New(pcg),
		w:        make([]float64, n),
		buf:      make([]float64, n),
		scores:   make([]float64, rows),
		ranks:    make([]int, rows),
		order:    make([]int, rows),
		higher:   method.HigherIsBetter(),
		nominalW: m.Weights(nil),
	}
	if len(r.cells) > 0 {
		wk.data = valuesOf(m, rows, n)
	}
	return wk
}

// valuesOf returns m's values in row-major order.
func valuesOf(m *mcda.DecisionMatrix, rows, n int) []float64 {
	data := make([]float64, rows*n)
	for i := range rows {
		m.Row(data[i*n:(i+1)*n], i)
	}
	return data
}

// variant returns m with the worker's sampled values (nil: m's) and
// weights w, in the worker's reused matrix.
func (wk *worker) variant(m *mcda.DecisionMatrix, values, w []float64) (*mcda.DecisionMatrix, error) {
	dm, err := m.Variant(wk.dm, values, w)
	if dm != nil {
		wk.dm = dm
	}
	return dm, err
}

// values draws the uncertain values into wk.data and returns the sampled
// matrix with weights w.
func (wk *worker) values(m *mcda.DecisionMatrix, cells []cell, w []float64) (*mcda.DecisionMatrix, error) {
	_, n := m.Dims()
	for _, c := range cells {
		wk.data[c.i*n+c.j] = c.dist.sample(wk.rng)
	}
	return wk.variant(m, wk.data, w)
}

// rank scores dm and ranks the alternatives into wk.ranks and wk.order as
// mcda.RankScores does.
func (wk *worker) rank(dm *mcda.DecisionMatrix) error {
	scores, err := wk.method.Scores(wk.scores, dm)
	if err != nil {
		return err
	}
	for i, v := range scores {
		if math.IsNaN(v) {
			return &mcda.AlternativeError{Index: i, Name: dm.Alternative(i), Err: fmt.Errorf("%s score NaN: %w", wk.method.Name(), mcda.ErrNotFinite)}
		}
	}
	wk.rk.Rank(wk.ranks, wk.order, scores, wk.higher)
	return nil
}

// acc holds the counts of one chunk.
type acc struct {
	chunk   int
	err     error
	accept  []float64 // rows×rows: accept[i*rows+k] counts i at rank k+1
	central []float64 // rows×n: Σ share·w over samples with i first
	first   []float64 // rows: confidence simulation, count of i first
}

var errStopped = errors.New("stopped")

// process draws the samples of chunk c into a.
func (r *run) process(phase int, wk *worker, c int, a *acc, stop *atomic.Bool) error {
	rows, n := r.m.Dims()
	lo, hi := c*chunkSize, min((c+1)*chunkSize, r.samplesOf(phase))
	if phase == phaseMain {
		wk.pcg.Seed(streamSeeds(r.s.Seed, domainWeights, c))
		clear(a.accept)
		clear(a.central)
	} else {
		wk.pcg.Seed(streamSeeds(r.s.Seed, domainConfidence, c))
		clear(a.first)
	}
	for s := lo; s < hi; s++ {
		if stop.Load() {
			return errStopped
		}
		if phase == phaseConfidence {
			if err := r.confidenceSample(wk, s, a); err != nil {
				return err
			}
			continue
		}
		w := wk.w
		if !r.ws.sample(wk.rng, w, wk.buf) {
			return fmt.Errorf("robust: smaa: sample %d: no weight vector satisfies the constraints after %d draws: %w", s, maxAttempts, mcda.ErrParameter)
		}
		var dm *mcda.DecisionMatrix
		var err error
		if len(r.cells) > 0 {
			dm, err = wk.values(r.m, r.cells, w)
		} else {
			dm, err = wk.variant(r.m, nil, w)
		}
		if err == nil {
			err = wk.rank(dm)
		}
		if err != nil {
			return &SampleError{Sample: s, Alternative: -1, Err: err}
		}
		ranks, order := wk.ranks, wk.order
		for p := 0; p < rows; {
			start := p
			for rk := ranks[order[p]]; p < rows && ranks[order[p]] == rk; p++ {
			}
			share := 1 / float64(p-start) // exactly 1 without a tie
			for _, i := range order[start:p] {
				row := a.accept[i*rows : i*rows+rows]
				for k := start; k < p; k++ {
					row[k] += share
				}
				if start == 0 {
					cw := a.central[i*n : i*n+n]
					for j, v := range w {
						cw[j] += share * v
					}
				}
			}
		}
	}
	return nil
}

func (r *run) samplesOf(phase int) int {
	if phase == phaseMain {
		return r.samples
	}
	return r.confSamples
}

// confidenceSample draws one value sample and counts, for every candidate,
// whether it is first under its central weights.
func (r *run) confidenceSample(wk *worker, s int, a *acc) error {
	if _, err := wk.values(r.m, r.cells, wk.nominalW); err != nil {
		return &SampleError{Sample: s, Alternative: -1, Err: err}
	}
	for _, i := range r.candidates {
		dm, err := wk.variant(r.m, wk.data, r.centralW[i])
		if err == nil {
			err = wk.rank(dm)
		}
		if err != nil {
			return &SampleError{Sample: s, Alternative: i, Err: err}
		}
		a.first[i] += firstShare(wk.ranks, i)
	}
	return nil
}

// firstShare returns 1/g when i is one of g alternatives tied at rank 1,
// and 0 when it is not first.
func firstShare(ranks []int, i int) float64 {
	if ranks[i] != 1 {
		return 0
	}
	g := 0
	for _, rk := range ranks {
		if rk == 1 {
			g++
		}
	}
	return 1 / float64(g)
}

// exactConfidence computes the confidence factors when every value is
// exact: one evaluation per candidate.
func (r *run) exactConfidence(dst []float64) error {
	wk := r.newWorker(r.firstMethod)
	for _, i := range r.candidates {
		dm, err := wk.variant(r.m, nil, r.centralW[i])
		if err == nil {
			err = wk.rank(dm)
		}
		if err != nil {
			return &SampleError{Sample: 0, Alternative: i, Err: err}
		}
		dst[i] = firstShare(wk.ranks, i)
	}
	return nil
}

// parallel draws the samples of one phase on the workers and merges their
// chunks' counts in chunk order. done0 is the progress before the phase.
func (r *run) parallel(ctx context.Context, phase, samples, done0 int) error {
	rows, n := r.m.Dims()
	nChunks := (samples + chunkSize - 1) / chunkSize
	if nChunks == 0 {
		return nil
	}
	workers := min(r.workers, nChunks)
	for len(r.states) < workers {
		method := r.firstMethod
		if len(r.states) > 0 {
			if method = r.newMethod(); method == nil {
				return fmt.Errorf("robust: smaa: method factory returned nil: %w", mcda.ErrParameter)
			}
		}
		r.states = append(r.states, r.newWorker(method))
	}
	// At most window chunks are in flight or waiting to be merged, which
	// bounds the memory whatever the order in which chunks finish.
	window := 2 * workers
	free := make(chan *acc, window)
	for range window {
		a := &acc{}
		if phase == phaseMain {
			a.accept, a.central = make([]float64, rows*rows), make([]float64, rows*n)
		} else {
			a.first = make([]float64, rows)
		}
		free <- a
	}
	results := make(chan *acc, window)
	quit := make(chan struct{})
	var next atomic.Int64
	var limit atomic.Int64
	limit.Store(int64(nChunks))
	var stop atomic.Bool
	var wg sync.WaitGroup
	for _, wk := range r.states[:workers] {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				var a *acc
				select {
				case <-quit:
					return
				case a = <-free:
				}
				c := next.Add(1) - 1
				if c >= limit.Load() || stop.Load() {
					return
				}
				a.chunk = int(c)
				a.err = r.process(phase, wk, int(c), a, &stop)
				results <- a
			}
		}()
	}
	finish := func(err error) error {
		stop.Store(true)
		close(quit)
		wg.Wait()
		return err
	}
	// pending holds the finished chunks waiting to be merged, chunk c at
	// c % window: every chunk below failAt that is not merged yet holds
	// one of the window accumulators, so c − merged < window.
	pending := make([]*acc, window)
	merged, failAt := 0, nChunks
	var failErr error
	for merged < nChunks {
		// Check first, so that a cancellation is not delayed by results
		// that are ready at the same time.
		if err := ctx.Err(); err != nil {
			return finish(err)
		}
		select {
		case <-ctx.Done():
			return finish(ctx.Err())
		case a := <-results:
			if a.err != nil {
				if a.chunk < failAt {
					failAt, failErr = a.chunk, a.err
					limit.Store(int64(failAt))
				}
				free <- a
			} else if a.chunk < failAt {
				pending[a.chunk%window] = a
			} else {
				free <- a // after a failure: never merged
			}
			for merged < failAt && pending[merged%window] != nil {
				a := pending[merged%window]
				pending[merged%window] = nil
				r.merge(phase, a)
				free <- a
				merged++
				if r.s.Progress != nil {
					r.s.Progress(done0+min(merged*chunkSize, samples), r.total)
				}
			}
			if merged == failAt && failErr != nil {
				return finish(failErr)
			}
		}
	}
	return finish(nil)
}

func (r *run) merge(phase int, a *acc) {
	if phase == phaseMain {
		for k, v := range a.accept {
			r.accept[k] += v
		}
		for k, v := range a.central {
			r.central[k] += v
		}
		return
	}
	for k, v := range a.first {
		r.first[k] += v
	}
}
