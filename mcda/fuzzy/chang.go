package fuzzy

// A ChangResult holds the intermediates and weights of Chang's extent
// analysis, in item order.
type ChangResult struct {
	Items []string
	// Extents are the fuzzy synthetic extents S_i = Σ_j a_ij ⊗ (Σ_k Σ_j a_kj)⁻¹.
	Extents []TFN
	// Possibility[i][k] is the degree of possibility V(S_i >= S_k).
	Possibility [][]float64
	// D[i] = min_k V(S_i >= S_k), and Weights D normalised to sum 1.
	D, Weights []float64
}

// Chang returns the weights of a fuzzy comparison matrix by Chang's (1996)
// extent analysis:
//
//	S_i = (Σ_j l_ij / Σ_kj u_kj,  Σ_j m_ij / Σ_kj m_kj,  Σ_j u_ij / Σ_kj l_kj)
//	V(S_i >= S_k) = 1 if m_i >= m_k; 0 if l_k >= u_i;
//	                (l_k − u_i) / ((m_i − u_i) − (m_k − l_k)) otherwise
//	d_i = min_{k≠i} V(S_i >= S_k),  w_i = d_i / Σ d
//
// Warning: the weights of extent analysis do not represent the relative
// importance of the items (Wang, Luo & Hua 2008, "On the extent analysis
// method for fuzzy AHP and its applications", EJOR 186:735-747). An item
// whose extent lies wholly below another's (l_k >= u_i) gets weight exactly
// 0 however much its judgments say it matters, so it drops out of any
// synthesis; with crisp judgments the best item gets weight 1 and every
// other 0. The weights also ignore how much S_i exceeds S_k once m_i >=
// m_k. Prefer Buckley; Chang is here because it is the most cited method,
// to reproduce and compare published results.
//
// The item with the largest m_i has d_i = 1, so the weights always sum to 1.
// Time O(n²), memory O(n²) for Possibility.
func Chang(m *Matrix) *ChangResult {
	n := m.Len()
	res := &ChangResult{Items: m.Items(), Extents: make([]TFN, n), D: make([]float64, n), Weights: make([]float64, n), Possibility: make([][]float64, n)}
	rows := make([]TFN, n)
	var total TFN
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			rows[i] = rows[i].Add(m.At(i, j))
		}
		total = total.Add(rows[i])
	}
	for i, r := range rows {
		res.Extents[i] = TFN{r.L / total.U, r.M / total.M, r.U / total.L}
	}
	for i := 0; i < n; i++ {
		res.Possibility[i] = make([]float64, n)
		res.D[i] = 1
		for k := 0; k < n; k++ {
			v := possibility(res.Extents[i], res.Extents[k])
			res.Possibility[i][k] = v
			if k != i && v < res.D[i] {
				res.D[i] = v
			}
		}
	}
	copy(res.Weights, res.D)
	normalize(res.Weights)
	return res
}

// possibility returns V(a >= b), the height of the intersection of the
// two membership functions when a's peak lies below b's.
func possibility(a, b TFN) float64 {
	switch {
	case a.M >= b.M:
		return 1
	case b.L >= a.U:
		return 0
	}
	return (b.L - a.U) / ((a.M - a.U) - (b.M - b.L))
}
