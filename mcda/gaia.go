package mcda

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// GAIA is the GAIA plane (Geometrical Analysis for Interactive Aid;
// Mareschal & Brans, 1988, "Geometrical representations for MCDA",
// European Journal of Operational Research 34:69-77; Brans & Mareschal,
// 2005, section 5.5): the principal-component projection of the m×n
// matrix Φ of unicriterion net flows, Φ[a][j] = φ_j(a) (see
// [PROMETHEEResult].Unicriterion). With the covariance
//
//	C = ΦᵀΦ / m
//
// (the columns of Φ have mean 0 by construction, and Φ is not
// standardized, as in Visual PROMETHEE), its eigenvalues λ_1 >= … >= λ_n
// and unit eigenvectors u_1, …, u_n, the plane is spanned by u_1 and u_2:
//
//	alternative a   (Φ[a]·u_1, Φ[a]·u_2)
//	criterion j     (u_1j, u_2j), the projection of the j-th unit vector
//	decision stick  π = (Σ_j w_j u_1j, Σ_j w_j u_2j), the projection of
//	                the weight vector (weights normalized to sum to 1)
//	δ               (λ_1 + λ_2) / Σ_i λ_i, the share of the variance of
//	                Φ the plane keeps
//
// Because φ(a) = Σ_j w_j φ_j(a), the projection of an alternative on the
// stick orders the alternatives as PROMETHEE II does, up to the
// information the plane loses (1 − δ).
//
// An eigenvector's sign is arbitrary; GAIA fixes it so that the decision
// stick has non-negative coordinates, π_1 >= 0 and π_2 >= 0, and, for an
// axis the stick is orthogonal to (|π_k| <= 1e-12), so that the
// criterion with the largest loading on it (the first one, among equal
// loadings) has a positive coordinate. When λ_1 = λ_2 or λ_2 = λ_3 the
// plane itself is not unique. When Φ = 0 (all alternatives indifferent
// on every criterion) every coordinate is 0, the axes are the first two
// criteria's unit vectors and δ = 1. With two criteria δ = 1, and with two
// alternatives λ_2 = 0 and δ = 1.
type GAIA struct {
	Alternatives [][2]float64 // coordinates of each alternative
	Criteria     [][2]float64 // axis of each criterion
	Stick        [2]float64   // the decision stick π
	Delta        float64      // δ, in [0, 1]
	Eigenvalues  []float64    // λ_1 >= … >= λ_n of C
}

// NewGAIA returns the GAIA plane of the unicriterion net flows of res
// (from [PROMETHEE.Flows]) and the weights w, which it normalizes to sum
// to 1 (a [DecisionMatrix]'s Weights are). It takes O(m·n² + n³) time and
// O(m + n²) space besides the result.
//
// It returns an error wrapping [ErrUndefined] for fewer than two
// alternatives or two criteria, which have no plane, a [*ShapeError] if
// res has no unicriterion flows, ragged rows or len(w) criteria, and a
// [*CriterionError] wrapping [ErrWeight] for a negative or non-finite
// weight or weights that sum to 0.
func NewGAIA(res *PROMETHEEResult, w []float64) (*GAIA, error) {
	phi := res.Unicriterion
	m, n := len(phi), len(w)
	if phi == nil && len(res.NetFlow) > 0 {
		return nil, &ShapeError{What: "gaia: unicriterion flows (from PROMETHEE.Flows, not Evaluate)", Got: 0, Want: len(res.NetFlow)}
	}
	if m < 2 || n < 2 {
		return nil, fmt.Errorf("mcda: gaia: %w: the GAIA plane needs at least two alternatives and two criteria, got %d and %d", ErrUndefined, m, n)
	}
	for a, row := range phi {
		if len(row) != n {
			return nil, &ShapeError{What: fmt.Sprintf("gaia: unicriterion flows of alternative %d", a), Got: len(row), Want: n}
		}
	}
	var sw float64
	for j, v := range w {
		if !(v >= 0) || math.IsInf(v, 0) {
			return nil, &CriterionError{Index: j, Err: fmt.Errorf("gaia: weight %v: %w", v, ErrWeight)}
		}
		sw += v
	}
	if !(sw > 0) || math.IsInf(sw, 0) {
		return nil, &CriterionError{Index: -1, Err: fmt.Errorf("gaia: weights sum to %v: %w", sw, ErrWeight)}
	}

	// C = ΦᵀΦ/m, accumulated row by row over the upper triangle.
	c := make([]float64, n*n)
	for _, row := range phi {
		for i, x := range row {
			if x == 0 {
				continue
			}
			for k := i; k < n; k++ {
				c[i*n+k] += x * row[k]
			}
		}
	}
	var total float64
	for i := range n {
		for k := i; k < n; k++ {
			c[i*n+k] /= float64(m)
			c[k*n+i] = c[i*n+k]
		}
		total += c[i*n+i]
	}
	g := &GAIA{
		Alternatives: make([][2]float64, m),
		Criteria:     make([][2]float64, n),
		Eigenvalues:  make([]float64, n),
	}
	u := [2][]float64{make([]float64, n), make([]float64, n)}
	if total == 0 {
		u[0][0], u[1][1] = 1, 1
		g.Delta = 1
	} else {
		var eig mat.EigenSym
		if !eig.Factorize(mat.NewSymDense(n, c), true) {
			return nil, fmt.Errorf("mcda: gaia: the eigendecomposition of the flows' covariance did not converge: %w", ErrUndefined)
		}
		vals := eig.Values(nil) // ascending
		var vecs mat.Dense
		eig.VectorsTo(&vecs)
		for i := range n {
			// Rounding can leave a null eigenvalue slightly negative.
			g.Eigenvalues[i] = max(vals[n-1-i], 0)
		}
		for k := range 2 {
			mat.Col(u[k], n-1-k, &vecs)
		}
		// δ from the eigenvalues' sum, the trace of C; with two criteria
		// the same two numbers, so δ = 1 exactly.
		var sum float64
		for _, l := range g.Eigenvalues {
			sum += l
		}
		g.Delta = min((g.Eigenvalues[0]+g.Eigenvalues[1])/sum, 1)
	}
	for k := range 2 {
		var stick float64
		for j, v := range w {
			stick += v / sw * u[k][j]
		}
		flip := stick < 0
		if math.Abs(stick) <= 1e-12 {
			big := 0
			for j, v := range u[k] {
				if math.Abs(v) > math.Abs(u[k][big]) {
					big = j
				}
			}
			flip = u[k][big] < 0
		}
		if flip {
			stick = -stick
			for j := range u[k] {
				u[k][j] = -u[k][j]
			}
		}
		g.Stick[k] = stick
		for j, v := range u[k] {
			g.Criteria[j][k] = v
		}
		for a, row := range phi {
			var s float64
			for j, x := range row {
				s += x * u[k][j]
			}
			g.Alternatives[a][k] = s
		}
	}
	return g, nil
}
