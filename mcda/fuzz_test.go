package mcda_test

import (
	"encoding/binary"
	"fmt"
	"math"
	"reflect"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
)

// The fuzz targets decode a decision problem from the fuzz input and run
// every method (FuzzMethods) or every weighting (FuzzWeightings) on it.
// The decoder reaches the degenerate inputs the methods must handle on
// purpose: constant columns, identical alternatives, zeros and negative
// zeros, negative values, a single alternative or criterion, huge and tiny
// magnitudes, subnormals, zero and extreme weights.
//
// The contract checked: no panic; an error wraps a package sentinel
// (errors.Is); without an error every score, weight and intermediate of
// an Evaluate result is finite, and weights are a probability vector.
//
// Input layout (missing bytes read as 0):
//
//	byte 0          m = 1 + b%8 alternatives
//	byte 1          n = 1 + b%6 criteria
//	byte 2          objectives: bit j set means criterion j is a cost
//	n bytes         weights, from fuzzWeight
//	m·n cells       each an opcode byte, see fuzzCell, with operands
//	remaining       method parameters, see fuzzParams
type fuzzReader struct{ b []byte }

func (r *fuzzReader) byte() byte {
	if len(r.b) == 0 {
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *fuzzReader) uint64() uint64 {
	var buf [8]byte
	for i := range buf {
		buf[i] = r.byte()
	}
	return binary.LittleEndian.Uint64(buf[:])
}

// fuzzWeight maps a byte to a weight: 0, 1, 0.5, 1e-300, 1e300,
// MaxFloat64, the smallest subnormal, or (b>>3)/31.
func fuzzWeight(b byte) float64 {
	switch b % 8 {
	case 0:
		return 0
	case 1:
		return 1
	case 2:
		return 0.5
	case 3:
		return 1e-300
	case 4:
		return 1e300
	case 5:
		return math.MaxFloat64
	case 6:
		return math.SmallestNonzeroFloat64
	}
	return float64(b>>3) / 31
}

// Cell opcodes (b%16).
const (
	opZero       = iota // 0
	opNegZero           // −0
	opOne               // 1
	opMinusOne          // −1
	opSubnormal         // 5e-324
	opNegSubnorm        // −5e-324
	opMax               // MaxFloat64
	opNegMax            // −MaxFloat64
	opTiny              // 1e-300
	opHuge              // 1e300
	opCopyAbove         // the value above (1 in the first row): identical alternatives
	opCopyFirst         // the first row's value: constant columns
	opInt8              // the next byte as an int8
	opRaw               // the next 8 bytes as float64 bits (non-finite: 1)
	opMinNormal         // 2.2250738585072014e-308
	opSixteenth         // the next byte / 16
)

// fuzzCell decodes cell (i, j) of rows.
func fuzzCell(r *fuzzReader, rows [][]float64, i, j int) float64 {
	switch r.byte() % 16 {
	case opZero:
		return 0
	case opNegZero:
		return math.Copysign(0, -1)
	case opOne:
		return 1
	case opMinusOne:
		return -1
	case opSubnormal:
		return math.SmallestNonzeroFloat64
	case opNegSubnorm:
		return -math.SmallestNonzeroFloat64
	case opMax:
		return math.MaxFloat64
	case opNegMax:
		return -math.MaxFloat64
	case opTiny:
		return 1e-300
	case opHuge:
		return 1e300
	case opCopyAbove:
		if i == 0 {
			return 1
		}
		return rows[i-1][j]
	case opCopyFirst:
		if i == 0 {
			return 1
		}
		return rows[0][j]
	case opInt8:
		return float64(int8(r.byte()))
	case opRaw:
		v := math.Float64frombits(r.uint64())
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return 1
		}
		return v
	case opMinNormal:
		return 0x1p-1022
	}
	return float64(r.byte()) / 16
}

// fuzzProblem decodes a problem; ok is false when the constructor rejects
// it (all weights zero), which is not what is being fuzzed.
func fuzzProblem(data []byte) (m *mcda.DecisionMatrix, rows [][]float64, r *fuzzReader, ok bool) {
	r = &fuzzReader{data}
	nm, nn := 1+int(r.byte()%8), 1+int(r.byte()%6)
	mask := r.byte()
	w := make([]float64, nn)
	types := make([]int, nn)
	for j := range w {
		w[j] = fuzzWeight(r.byte())
		types[j] = 1
		if mask>>j&1 == 1 {
			types[j] = -1
		}
	}
	rows = make([][]float64, nm)
	for i := range rows {
		rows[i] = make([]float64, nn)
		for j := range rows[i] {
			rows[i][j] = fuzzCell(r, rows, i, j)
		}
	}
	m, err := newProblem(rows, w, types)
	return m, rows, r, err == nil
}

// fuzzThreshold maps a byte to a PROMETHEE threshold or SPOTIS padding:
// 0, the smallest subnormal, 1e-300, 0.5, 1, 1e300, MaxFloat64, or b>>3.
func fuzzThreshold(b byte) float64 {
	switch b % 8 {
	case 0:
		return 0
	case 1:
		return math.SmallestNonzeroFloat64
	case 2:
		return 1e-300
	case 3:
		return 0.5
	case 4:
		return 1
	case 5:
		return 1e300
	case 6:
		return math.MaxFloat64
	}
	return float64(b >> 3)
}

// fuzzParams returns the methods whose parameters come from the input:
// PROMETHEE with every preference function and thresholds q <= p and s
// from the input, and SPOTIS with bounds padded around the data.
func fuzzParams(r *fuzzReader, m *mcda.DecisionMatrix) []fuzzRun {
	_, n := m.Dims()
	q, p, s := fuzzThreshold(r.byte()), fuzzThreshold(r.byte()), fuzzThreshold(r.byte())
	q, p = min(q, p), max(q, p)
	var runs []fuzzRun
	for f := mcda.PreferenceUsual; f <= mcda.PreferenceGaussian; f++ {
		prefs := make([]mcda.Preference, n)
		for j := range prefs {
			prefs[j] = mcda.Preference{Function: f, Q: q, P: p, S: s}
		}
		pr := &mcda.PROMETHEE{Preferences: prefs}
		runs = append(runs, scoresRun("promethee-fuzz-"+f.String(), pr), fuzzRun{"promethee-fuzz-" + f.String() + "/Evaluate", func(m *mcda.DecisionMatrix) (any, error) { return pr.Evaluate(m) }})
	}
	pad := fuzzThreshold(r.byte())
	bounds := make([][2]float64, n)
	for j := range bounds {
		col := m.Col(nil, j)
		lo, hi := col[0], col[0]
		for _, v := range col {
			lo, hi = min(lo, v), max(hi, v)
		}
		bounds[j] = [2]float64{lo - pad, hi + pad}
	}
	sp := &mcda.SPOTIS{Bounds: bounds}
	return append(runs, scoresRun("spotis-fuzz", sp), fuzzRun{"spotis-fuzz/Evaluate", func(m *mcda.DecisionMatrix) (any, error) { return sp.Evaluate(m) }})
}

// fuzzRun is one call the fuzzers check.
type fuzzRun struct {
	label string
	call  func(*mcda.DecisionMatrix) (any, error)
}

func scoresRun(label string, method mcda.Method) fuzzRun {
	return fuzzRun{label, func(m *mcda.DecisionMatrix) (any, error) {
		s, err := method.Scores(nil, m)
		if err == nil {
			if rows, _ := m.Dims(); len(s) != rows {
				return nil, fmt.Errorf("%d scores for %d alternatives", len(s), rows)
			}
		}
		return s, err
	}}
}

// methodRuns returns every method of methodCases, ELECTRE I in its
// configurations, and the Evaluate of every method that has one.
func methodRuns(n int) []fuzzRun {
	var runs []fuzzRun
	for _, mc := range methodCases() {
		runs = append(runs, scoresRun(mc.label, mc.build(n, nil)))
	}
	eval := func(label string, f func(*mcda.DecisionMatrix) (any, error)) {
		runs = append(runs, fuzzRun{label + "/Evaluate", f})
	}
	for _, k := range allNormalizations {
		tp := &mcda.TOPSIS{Normalization: k}
		eval("topsis-"+k.String(), func(m *mcda.DecisionMatrix) (any, error) { return tp.Evaluate(m) })
	}
	vk := &mcda.VIKOR{}
	eval("vikor", func(m *mcda.DecisionMatrix) (any, error) { return vk.Evaluate(m) })
	pr := &mcda.PROMETHEE{}
	eval("promethee", func(m *mcda.DecisionMatrix) (any, error) { return pr.Evaluate(m) })
	ws := &mcda.WASPAS{}
	eval("waspas", func(m *mcda.DecisionMatrix) (any, error) { return ws.Evaluate(m) })
	cp := &mcda.COPRAS{}
	eval("copras", func(m *mcda.DecisionMatrix) (any, error) { return cp.Evaluate(m) })
	ed := &mcda.EDAS{}
	eval("edas", func(m *mcda.DecisionMatrix) (any, error) { return ed.Evaluate(m) })
	mm := &mcda.MULTIMOORA{}
	eval("multimoora", func(m *mcda.DecisionMatrix) (any, error) { return mm.Evaluate(m) })
	ar := &mcda.ARAS{}
	eval("aras", func(m *mcda.DecisionMatrix) (any, error) { return ar.Evaluate(m) })
	cd := &mcda.CODAS{}
	eval("codas", func(m *mcda.DecisionMatrix) (any, error) { return cd.Evaluate(m) })
	mb := &mcda.MABAC{}
	eval("mabac", func(m *mcda.DecisionMatrix) (any, error) { return mb.Evaluate(m) })
	mc := &mcda.MARCOS{}
	eval("marcos", func(m *mcda.DecisionMatrix) (any, error) { return mc.Evaluate(m) })
	sp := &mcda.SPOTIS{}
	eval("spotis", func(m *mcda.DecisionMatrix) (any, error) { return sp.Evaluate(m) })
	cc := &mcda.COCOSO{}
	eval("cocoso", func(m *mcda.DecisionMatrix) (any, error) { return cc.Evaluate(m) })
	for _, e := range []*mcda.ELECTREI{
		{}, {DiscordanceIndex: mcda.DiscordanceHwangYoon},
		{Normalization: mcda.NormalizationSum}, {Normalization: mcda.NormalizationNone},
		{Concordance: ptr(0.65), Discordance: ptr(0.35)},
	} {
		label := fmt.Sprintf("electre-%v-%v", e.DiscordanceIndex, e.Normalization)
		runs = append(runs, fuzzRun{label, func(m *mcda.DecisionMatrix) (any, error) {
			res, err := e.Evaluate(m)
			if err == nil && len(res.Kernel) == 0 {
				return nil, fmt.Errorf("empty kernel")
			}
			return res, err
		}})
	}
	return runs
}

// fuzzCheck runs call on m and fails on a panic, an error that wraps no
// package sentinel, or a non-finite float anywhere in the result.
func fuzzCheck(t *testing.T, run fuzzRun, m *mcda.DecisionMatrix, rows [][]float64) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			t.Fatalf("%s panicked on %v (weights %v): %v", run.label, rows, m.Weights(nil), p)
		}
	}()
	res, err := run.call(m)
	if err != nil {
		if sentinel(err) == nil {
			t.Fatalf("%s on %v (weights %v): error %v wraps no package sentinel", run.label, rows, m.Weights(nil), err)
		}
		return
	}
	if path := nonFinite(reflect.ValueOf(res), run.label); path != "" {
		t.Fatalf("%s on %v (weights %v, objectives %v): no error but %s", run.label, rows, m.Weights(nil), objectives(m), path)
	}
}

func objectives(m *mcda.DecisionMatrix) []mcda.Objective {
	var o []mcda.Objective
	for _, c := range m.Criteria() {
		o = append(o, c.Objective)
	}
	return o
}

// nonFinite returns a description of the first NaN or ±Inf float64
// reachable from v, or "".
func nonFinite(v reflect.Value, path string) string {
	switch v.Kind() {
	case reflect.Float64:
		if f := v.Float(); math.IsNaN(f) || math.IsInf(f, 0) {
			return fmt.Sprintf("%s = %v", path, f)
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return nonFinite(v.Elem(), path)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if p := nonFinite(v.Index(i), fmt.Sprintf("%s[%d]", path, i)); p != "" {
				return p
			}
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if p := nonFinite(v.Field(i), path+"."+v.Type().Field(i).Name); p != "" {
				return p
			}
		}
	}
	return ""
}

// fuzzSeed encodes a problem in the input layout: m, n, the cost mask,
// weight bytes, then cell opcodes (with their operands) and parameters.
func fuzzSeed(m, n int, costs byte, weights []byte, cells ...byte) []byte {
	b := []byte{byte(m - 1), byte(n - 1), costs}
	b = append(b, weights...)
	return append(b, cells...)
}

// addFuzzSeeds adds a seed of each degenerate kind.
func addFuzzSeeds(f *testing.F) {
	for _, s := range [][]byte{
		// Ordinary: 3×2 with small integers, one cost.
		fuzzSeed(3, 2, 0b10, []byte{1, 2}, opInt8, 5, opInt8, 3, opInt8, 7, opInt8, 1, opInt8, 6, opInt8, 9, 3, 4, 5, 2),
		// Constant column.
		fuzzSeed(3, 2, 0, []byte{1, 1}, opInt8, 4, opInt8, 1, opCopyFirst, opInt8, 2, opCopyFirst, opInt8, 3),
		// Identical alternatives.
		fuzzSeed(3, 2, 0b01, []byte{1, 1}, opInt8, 4, opInt8, 1, opCopyAbove, opCopyAbove, opCopyAbove, opCopyAbove),
		// Zeros and negative zeros.
		fuzzSeed(3, 2, 0b10, []byte{1, 1}, opZero, opOne, opNegZero, opZero, opOne, opZero),
		// Negative values.
		fuzzSeed(3, 2, 0b01, []byte{1, 2}, opMinusOne, opInt8, 0xfd, opInt8, 4, opMinusOne, opInt8, 0x80, opOne),
		// One alternative.
		fuzzSeed(1, 3, 0b010, []byte{1, 1, 1}, opInt8, 3, opInt8, 4, opInt8, 5),
		// One criterion.
		fuzzSeed(4, 1, 0, []byte{1}, opInt8, 3, opInt8, 4, opOne, opInt8, 9),
		// Huge magnitudes.
		fuzzSeed(3, 2, 0b10, []byte{1, 1}, opMax, opHuge, opHuge, opMax, opNegMax, opHuge),
		// Tiny magnitudes and subnormals.
		fuzzSeed(3, 2, 0b01, []byte{1, 1}, opSubnormal, opTiny, opMinNormal, opSubnormal, opNegSubnorm, opTiny),
		// Magnitudes spanning the whole range in one column.
		fuzzSeed(3, 2, 0b00, []byte{1, 1}, opSubnormal, opOne, opMax, opOne, opTiny, opInt8, 2),
		// Extreme and zero weights.
		fuzzSeed(3, 3, 0b100, []byte{5, 6, 0}, opOne, opInt8, 2, opInt8, 3, opInt8, 3, opOne, opInt8, 2, opInt8, 2, opInt8, 3, opOne),
		// Raw float bits: 1.5 and −2.5.
		fuzzSeed(2, 1, 0, []byte{1}, opRaw, 0, 0, 0, 0, 0, 0, 0xf8, 0x3f, opRaw, 0, 0, 0, 0, 0, 0, 0x04, 0xc0),
		// Fractions, with PROMETHEE thresholds and SPOTIS padding bytes.
		fuzzSeed(4, 2, 0b01, []byte{1, 7 | 8<<3}, opSixteenth, 17, opSixteenth, 40, opSixteenth, 33, opSixteenth, 1, opSixteenth, 255, opSixteenth, 0, opSixteenth, 90, opSixteenth, 64, 3, 4, 7|4<<3, 4),
		// Subnormal thresholds.
		fuzzSeed(3, 1, 0, []byte{1}, opOne, opInt8, 2, opInt8, 3, 1, 1, 1, 0),
		// The float64 extremes of issue 13, as raw bits: ±1e308, 5e-324,
		// 2^53 and −0 in one column and the next.
		fuzzSeed(3, 2, 0b10, []byte{1, 1}, rawCells(1e308, -1e308, 5e-324, 1<<53, math.Copysign(0, -1), 1e308)...),
		// 2^53 and its neighbours, where a unit is below the resolution,
		// beside negative and subnormal values.
		fuzzSeed(4, 2, 0b01, []byte{1, 2}, rawCells(1<<53, 1<<53+2, 1<<53+4, 1<<53, 1, 1<<53, -(1<<53), 5e-324)...),
		// One criterion at ±1e308, with extreme weights.
		fuzzSeed(2, 1, 0, []byte{4}, rawCells(1e308, -1e308)...),
	} {
		f.Add(s)
	}
}

// rawCells encodes values as opRaw cells, exactly.
func rawCells(xs ...float64) []byte {
	var b []byte
	for _, x := range xs {
		b = append(b, opRaw)
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(x))
	}
	return b
}

// FuzzMethods checks every ranking method (in every parameter setting of
// methodCases, and with parameters decoded from the input), the Evaluate
// of every method that has one, and ELECTRE I.
func FuzzMethods(f *testing.F) {
	addFuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		m, rows, r, ok := fuzzProblem(data)
		if !ok {
			return
		}
		_, n := m.Dims()
		for _, run := range append(methodRuns(n), fuzzParams(r, m)...) {
			fuzzCheck(t, run, m, rows)
		}
	})
}

// FuzzWeightings checks every objective weighting on the decoded problem,
// and the rank-order weights and BWM on judgements decoded from the rest
// of the input.
func FuzzWeightings(f *testing.F) {
	addFuzzSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		m, rows, r, ok := fuzzProblem(data)
		if ok {
			for _, w := range weightingCases() {
				fuzzCheck(t, fuzzRun{weightingLabel(w), func(m *mcda.DecisionMatrix) (any, error) {
					ws, err := w.Weights(nil, m)
					if err == nil {
						err = probability(ws)
					}
					return ws, err
				}}, m, rows)
			}
		}
		fuzzJudgements(t, r)
	})
}

// probability returns an error unless w is a probability vector: finite,
// >= 0, summing to 1 within 1e-12.
func probability(w []float64) error {
	sum := 0.0
	for j, v := range w {
		if !(v >= 0 && v <= 1) {
			return fmt.Errorf("w[%d] = %v, want in [0, 1]", j, v)
		}
		sum += v
	}
	if math.Abs(sum-1) > 1e-12 {
		return fmt.Errorf("Σw = %v, want 1", sum)
	}
	return nil
}

// fuzzJudgements decodes criterion ranks and a BWM problem from r and
// checks the subjective weightings on them: no panic, an error wraps a
// sentinel, weights are a probability vector.
func fuzzJudgements(t *testing.T, r *fuzzReader) {
	n := 1 + int(r.byte()%9)
	ranks := make([]int, n)
	for j := range ranks {
		ranks[j] = int(int8(r.byte())) % 12
	}
	for _, f := range rankWeightFuncs {
		judgeCheck(t, f.name, fmt.Sprint(ranks), func() ([]float64, error) { return f.f(ranks) })
	}
	p := mcda.BWM{Best: int(r.byte()%10) - 1, Worst: int(r.byte()%10) - 1}
	for j := range n {
		p.Criteria = append(p.Criteria, fmt.Sprint("c", j))
		p.BestToOthers = append(p.BestToOthers, fuzzComparison(r.byte()))
		p.OthersToWorst = append(p.OthersToWorst, fuzzComparison(r.byte()))
	}
	// Make the problem valid more often than chance would: the fixed
	// entries are set unless the input asks otherwise.
	if r.byte()%4 != 0 && p.Best >= 0 && p.Best < n && p.Worst >= 0 && p.Worst < n {
		p.BestToOthers[p.Best], p.OthersToWorst[p.Worst] = 1, 1
		p.OthersToWorst[p.Best] = p.BestToOthers[p.Worst]
	}
	judgeCheck(t, "bwm", fmt.Sprintf("%+v", p), func() ([]float64, error) {
		res, err := p.Solve()
		if err != nil {
			return nil, err
		}
		if math.IsNaN(res.Xi) || math.IsInf(res.Xi, 0) || math.IsNaN(res.ConsistencyRatio) || math.IsInf(res.ConsistencyRatio, 0) {
			return nil, fmt.Errorf("ξ = %v, CR = %v", res.Xi, res.ConsistencyRatio)
		}
		return res.Weights, nil
	})
}

// fuzzComparison maps a byte to a BWM comparison: mostly the integers 1-9,
// sometimes a fraction in [1, 9] or a value outside the scale, NaN or Inf.
func fuzzComparison(b byte) float64 {
	switch {
	case b < 180:
		return float64(1 + b%9)
	case b < 240:
		return 1 + float64(b-180)*8/59
	}
	return []float64{0, 0.5, 9.5, 10, math.NaN(), math.Inf(1), -1, 100, 9, 1, 2, 3, 4, 5, 6, 7}[b-240]
}

// judgeCheck fails on a panic, an error that wraps no package sentinel, or
// weights that are not a probability vector.
func judgeCheck(t *testing.T, label, input string, f func() ([]float64, error)) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			t.Fatalf("%s panicked on %s: %v", label, input, p)
		}
	}()
	w, err := f()
	if err == nil {
		err = probability(w)
		if err != nil {
			t.Fatalf("%s on %s: %v", label, input, err)
		}
		return
	}
	if sentinel(err) == nil {
		t.Fatalf("%s on %s: error %v wraps no package sentinel", label, input, err)
	}
}
