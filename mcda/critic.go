package mcda

import (
	"math"
	"slices"
)

// CRITIC is the CRiteria Importance Through Intercriteria Correlation
// method of Diakoulaki, Mavrotas & Papayannakis (1995), Computers &
// Operations Research 22(7):763-770. Each criterion is mapped onto [0, 1]
// by min-max normalization, 1 for its best value,
//
//	r_ij = (x_ij − x_j^worst) / (x_j^best − x_j^worst)
//
// and weighed by its contrast, the standard deviation σ_j of r_j, times its
// conflict with the other criteria, measured by the Pearson correlations
// r_jk of the normalized columns:
//
//	C_j = σ_j Σ_k (1 − r_jk),   w_j = C_j / Σ_k C_k
//
// Whether σ divides by m or m − 1 does not matter: the factor cancels.
// The weights are invariant under multiplying a column by a positive
// constant or adding one to it.
//
// By default the normalization follows the criteria's objectives, as in
// Diakoulaki et al. (1995), so that a cost criterion's best value is its
// smallest; reversing a column flips the sign of its correlations.
// pyrepo-mcda (critic_weighting) and pymcdm (critic_weights) normalize
// every column as a benefit criterion; set BenefitOnly to reproduce them
// and the published example of Tuş & Aytaç Adalı (2019).
//
// Special cases:
//   - A constant column has σ_j = 0, so C_j = 0 and weight 0. Its
//     correlation with any other column is undefined; CRITIC treats it as
//     1 (fully redundant), so the column adds nothing to the others' C_k
//     and their weights are those CRITIC gives without it.
//   - When every C_j is 0 although some columns vary (one varying column,
//     or varying columns that are all perfectly positively correlated),
//     the varying columns share the weight equally and constant columns
//     keep 0.
//   - When every column is constant, including when there is one
//     alternative, the weights are equal, 1/n. One criterion gets 1.
//
// The zero value is ready to use. A CRITIC value reuses internal storage
// between calls and must not be used concurrently.
type CRITIC struct {
	// BenefitOnly normalizes every column as a benefit criterion, ignoring
	// the objectives, as pyrepo-mcda and pymcdm do. Default false.
	BenefitOnly bool
	// Workers is the largest number of goroutines a call may use; 0 and 1
	// mean the calling goroutine only. As for [TOPSIS.Workers], the weights
	// are bit-for-bit the same for every value.
	Workers int

	st      colStats
	ts      []transform
	mean, c []float64
	cf      colFold
	part    []float64
	par     parallel
	data    []float64 // the matrix of the call in progress
}

// Name returns "critic".
func (c *CRITIC) Name() string { return "critic" }

// Weights stores in dst the CRITIC weight of each criterion of m and
// returns dst. If dst is nil a new slice is allocated. With a non-nil dst
// and a CRITIC value that has been used on a problem with as many
// criteria, Weights allocates nothing. It needs O(n²) work space for the
// correlations.
//
// It panics if dst is not nil and its length is not the number of criteria.
func (c *CRITIC) Weights(dst []float64, m *DecisionMatrix) ([]float64, error) {
	rows, n := m.Dims()
	dst = useDst(dst, n, "CRITIC.Weights")
	tm := c.par.team(c.Workers, rows)
	var err error
	if c.ts, err = c.st.prepare(c.ts, NormalizationMinMax, m, tm, c.Workers); err != nil {
		return nil, err // unreachable: min-max accepts every finite value
	}
	c.mean, c.c = grow(c.mean, n), grow(c.c, n*n)
	mean, cov := c.mean, c.c
	c.cf.run(mean, foldSum, c.ts, m.data, tm, c.Workers)
	for j := range mean {
		mean[j] /= float64(rows)
	}
	// Co-moments, upper triangle: cov[j*n+k] = Σ_i (r_ij − r̄_j)(r_ik − r̄_k),
	// per block, then added in block order.
	c.data = m.data
	w := n*n + critRows*n
	c.part = foldRows(c, c.part, rows, w, tm, c.Workers)
	c.data = nil
	for b := range blockCount(rows) {
		addBlockSums(cov, c.part[b*w:b*w+n*n], b == 0)
	}
	for j := range dst {
		if c.st.min[j] == c.st.max[j] {
			dst[j] = 0
			continue
		}
		conflict := 0.0
		for k := range n {
			if k == j || c.st.min[k] == c.st.max[k] {
				continue // 1 − r_jj = 0; a constant column counts as r = 1
			}
			a, b := min(j, k), max(j, k)
			rho := cov[a*n+b] / math.Sqrt(cov[a*n+a]*cov[b*n+b])
			if c.BenefitOnly && m.criteria[j].Objective != m.criteria[k].Objective {
				rho = -rho
			}
			conflict += 1 - math.Max(-1, math.Min(1, rho))
		}
		dst[j] = math.Sqrt(cov[j*n+j]/float64(rows)) * conflict
	}
	// When no column conflicts with another (a single varying column, or
	// varying columns that are all perfectly correlated), every C_j is 0:
	// share the weight equally among the varying columns, as CRITIC does
	// for one criterion, and keep constant columns at 0.
	if slices.Max(dst) == 0 {
		for j := range dst {
			if c.st.min[j] != c.st.max[j] {
				dst[j] = 1
			}
		}
	}
	if err := weightingFinish(c.Name(), m, dst); err != nil {
		return nil, err
	}
	return dst, nil
}

// critRows is the number of rows whose products foldBlock adds to each
// co-moment at once.
const critRows = 4

// foldBlock adds in part[:n²] the co-moments of rows [lo, hi), with
// part[n²:] as scratch for critRows centred rows. It takes the rows
// critRows at a time and adds their products to each co-moment in row
// order, ((c + r_1j·r_1k) + r_2j·r_2k) + …, the same sums as one row at a
// time with a quarter of the loads and stores of the co-moments. The
// min-max transforms, never reciprocal, are applied as transform.apply
// does from the coefficients c.cf holds after the means.
func (c *CRITIC) foldBlock(part []float64, lo, hi int) {
	n := len(c.ts)
	mean := c.mean[:n]
	off, p, cc, s := c.cf.off[:n], c.cf.p[:n], c.cf.c[:n], c.cf.s[:n]
	cov := part[:n*n]
	r0, r1, r2, r3 := part[n*n:n*n+n], part[n*n+n:n*n+2*n], part[n*n+2*n:n*n+3*n], part[n*n+3*n:n*n+4*n]
	centre := func(r []float64, i int) {
		row := c.data[i*n : i*n+n]
		for j, x := range row[:len(r)] {
			r[j] = off[j] + (x*p[j]-cc[j])*s[j] - mean[j]
		}
	}
	i := lo
	for ; i+critRows <= hi; i += critRows {
		centre(r0, i)
		centre(r1, i+1)
		centre(r2, i+2)
		centre(r3, i+3)
		for j := range n {
			a0, a1, a2, a3 := r0[j], r1[j], r2[j], r3[j]
			row := cov[j*n+j : j*n+n]
			b0, b1, b2, b3 := r0[j:n], r1[j:n], r2[j:n], r3[j:n]
			b0, b1, b2, b3 = b0[:len(row)], b1[:len(row)], b2[:len(row)], b3[:len(row)]
			for k := range row {
				row[k] = row[k] + a0*b0[k] + a1*b1[k] + a2*b2[k] + a3*b3[k]
			}
		}
	}
	for ; i < hi; i++ {
		centre(r0, i)
		for j, rj := range r0 {
			row := cov[j*n+j : j*n+n]
			for k, rk := range r0[j:] {
				row[k] += rj * rk
			}
		}
	}
}
