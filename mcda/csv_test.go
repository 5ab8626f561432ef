package mcda_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/balancer-mcda/balancer/mcda"
)

// A CSVReader is a RowSource, so RankStream can rank a CSV file.
var _ mcda.RowSource = (*mcda.CSVReader)(nil)

// csvMatrix is a decision matrix seen through its accessors, for cmp.
type csvMatrix struct {
	Alternatives []string
	Criteria     []mcda.Criterion
	Rows         [][]float64
}

func csvParts(m *mcda.DecisionMatrix) csvMatrix {
	r, _ := m.Dims()
	p := csvMatrix{Alternatives: m.Alternatives(), Criteria: m.Criteria()}
	for i := range r {
		p.Rows = append(p.Rows, m.Row(nil, i))
	}
	return p
}

// csvExact compares floats bit for bit, so that a round trip that turns -0
// into 0 fails.
var csvExact = cmp.Comparer(func(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) })

// csvCrit is a shorthand for a criterion.
func csvCrit(name string, o mcda.Objective, w float64) mcda.Criterion {
	return mcda.Criterion{Name: name, Objective: o, Weight: w}
}

func TestReadCSV(t *testing.T) {
	b, c := mcda.ObjectiveBenefit, mcda.ObjectiveCost
	xy := []mcda.Criterion{csvCrit("x", b, 1), csvCrit("y", b, 1)}
	tests := []struct {
		name       string
		in         string
		want       csvMatrix
		defaulted  [2]bool // objectives, weights
		wantLine   int     // Line after the last row
		wantHeader int     // Line before the first row
	}{{
		name: "metadata",
		in:   "alternative,price,speed\n#objective,cost,benefit\n#weight,0.25,0.75\nA1,250,16\nA2,200,12\n",
		want: csvMatrix{[]string{"A1", "A2"}, []mcda.Criterion{csvCrit("price", c, 0.25), csvCrit("speed", b, 0.75)},
			[][]float64{{250, 16}, {200, 12}}},
		wantLine: 5, wantHeader: 3,
	}, {
		name:      "no metadata",
		in:        "a,x,y\nA,1,2\n",
		want:      csvMatrix{[]string{"A"}, xy, [][]float64{{1, 2}}},
		defaulted: [2]bool{true, true}, wantLine: 2, wantHeader: 1,
	}, {
		name:      "objectives only",
		in:        "a,x,y\n#objective,min,max\nA,1,2\n",
		want:      csvMatrix{[]string{"A"}, []mcda.Criterion{csvCrit("x", c, 1), csvCrit("y", b, 1)}, [][]float64{{1, 2}}},
		defaulted: [2]bool{false, true}, wantLine: 3, wantHeader: 2,
	}, {
		name:      "weights only",
		in:        "a,x,y\n#weight,2,0\nA,1,2\n",
		want:      csvMatrix{[]string{"A"}, []mcda.Criterion{csvCrit("x", b, 2), csvCrit("y", b, 0)}, [][]float64{{1, 2}}},
		defaulted: [2]bool{true, false}, wantLine: 3, wantHeader: 2,
	}, {
		name:     "weight row first, keywords in any case, spaces around cells",
		in:       "a,x,y\n#WEIGHT, 1 ,\t3\n#Objective,\tCost , MAX\nA, 1.5 ,2\t\n",
		want:     csvMatrix{[]string{"A"}, []mcda.Criterion{csvCrit("x", c, 1), csvCrit("y", b, 3)}, [][]float64{{1.5, 2}}},
		wantLine: 4, wantHeader: 3,
	}, {
		name: "CRLF, BOM, blank lines, no final newline",
		in:   "\uFEFF\r\nalternative,x,y\r\n\r\n#objective,cost,cost\r\n\nA,1,2\r\n\r\nB,3,4",
		want: csvMatrix{[]string{"A", "B"}, []mcda.Criterion{csvCrit("x", c, 1), csvCrit("y", c, 1)},
			[][]float64{{1, 2}, {3, 4}}},
		defaulted: [2]bool{false, true}, wantLine: 8, wantHeader: 4,
	}, {
		name:      "final carriage return",
		in:        "a,x\nA,1\r",
		want:      csvMatrix{[]string{"A"}, []mcda.Criterion{csvCrit("x", b, 1)}, [][]float64{{1}}},
		defaulted: [2]bool{true, true}, wantLine: 2, wantHeader: 1,
	}, {
		name: "quoted fields",
		in: "\"a,b\",\"x \"\"1\"\"\",\"y\ny\"\n\"A,1\",\"1\",2\n\"B\r\nB\",3,\"4\"\n" +
			"\"\"\"C\"\"\",5,6\r\n",
		want: csvMatrix{[]string{"A,1", "B\r\nB", `"C"`}, []mcda.Criterion{csvCrit(`x "1"`, b, 1), csvCrit("y\ny", b, 1)},
			[][]float64{{1, 2}, {3, 4}, {5, 6}}},
		defaulted: [2]bool{true, true}, wantLine: 6, wantHeader: 1,
	}, {
		name: "names like keywords",
		in: "a,x,y\n#weight,1,1\nweight,1,2\nobjective,3,4\n##weight,5,6\n\"##objective\",7,8\n##,9,10\n###x,11,12\n" +
			"x#,13,14\n\" #weight\",15,16\n",
		want: csvMatrix{[]string{"weight", "objective", "#weight", "#objective", "#", "##x", "x#", " #weight"}, xy,
			[][]float64{{1, 2}, {3, 4}, {5, 6}, {7, 8}, {9, 10}, {11, 12}, {13, 14}, {15, 16}}},
		defaulted: [2]bool{true, false}, wantLine: 10, wantHeader: 2,
	}, {
		name:      "header label empty or starting with #",
		in:        ",x,#y\n##A,1,2\n",
		want:      csvMatrix{[]string{"#A"}, []mcda.Criterion{csvCrit("x", b, 1), csvCrit("#y", b, 1)}, [][]float64{{1, 2}}},
		defaulted: [2]bool{true, true}, wantLine: 2, wantHeader: 1,
	}, {
		name: "number syntax",
		in:   "a,x,y,z\nA,-0,0x1p-2,1e-400\nB,+1E3,.5,5e-324\n",
		want: csvMatrix{[]string{"A", "B"}, []mcda.Criterion{csvCrit("x", b, 1), csvCrit("y", b, 1), csvCrit("z", b, 1)},
			[][]float64{{math.Copysign(0, -1), 0.25, 0}, {1000, 0.5, 5e-324}}},
		defaulted: [2]bool{true, true}, wantLine: 3, wantHeader: 1,
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := mcda.NewCSVReader(strings.NewReader(tc.in))
			if err != nil {
				t.Fatalf("NewCSVReader: %v", err)
			}
			if got := r.Line(); got != tc.wantHeader {
				t.Errorf("Line() before Next = %d, want %d", got, tc.wantHeader)
			}
			if got := [2]bool{r.DefaultedObjectives(), r.DefaultedWeights()}; got != tc.defaulted {
				t.Errorf("DefaultedObjectives, DefaultedWeights = %v, want %v", got, tc.defaulted)
			}
			if got, want := r.Defaulted(), tc.defaulted[0] || tc.defaulted[1]; got != want {
				t.Errorf("Defaulted() = %v, want %v", got, want)
			}
			if diff := cmp.Diff(tc.want.Criteria, r.Criteria()); diff != "" {
				t.Errorf("Criteria mismatch (-want +got):\n%s", diff)
			}
			m, err := r.ReadAll()
			if err != nil {
				t.Fatalf("ReadAll: %v", err)
			}
			if got := r.Line(); got != tc.wantLine {
				t.Errorf("Line() after the last row = %d, want %d", got, tc.wantLine)
			}
			if diff := cmp.Diff(tc.want, csvParts(m), csvExact); diff != "" {
				t.Errorf("ReadAll mismatch (-want +got):\n%s", diff)
			}
			m, err = mcda.ReadCSV(strings.NewReader(tc.in))
			if err != nil {
				t.Fatalf("ReadCSV: %v", err)
			}
			if !strings.Contains(tc.in, "\r\n") || !strings.Contains(tc.in, `"`) {
				csvDiffRef(t, []byte(tc.in))
			}
			if diff := cmp.Diff(tc.want, csvParts(m), csvExact); diff != "" {
				t.Errorf("ReadCSV mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadCSVErrors checks the cause and the position of every rejection.
func TestReadCSVErrors(t *testing.T) {
	var (
		valueErr *mcda.ValueError
		critErr  *mcda.CriterionError
		altErr   *mcda.AlternativeError
		shapeErr *mcda.ShapeError
		numErr   *strconv.NumError
	)
	tests := []struct {
		name         string
		in           string
		is           error // cause, for errors.Is
		as           any   // a pointer to the structured cause's type, for errors.As, or nil
		line, column int
	}{
		// Empty files.
		{"empty input", "", mcda.ErrEmpty, nil, 1, 1},
		{"only a BOM", "\uFEFF", mcda.ErrEmpty, nil, 1, 1},
		{"only blank lines", "\n\r\n", mcda.ErrEmpty, nil, 3, 1},
		{"no criteria", "alternative\nA\n", mcda.ErrEmpty, nil, 1, 2},
		{"no alternatives", "a,x,y\n", mcda.ErrEmpty, nil, 2, 1},
		{"no alternatives after metadata", "a,x\n#weight,1\n\n", mcda.ErrEmpty, nil, 4, 1},
		{"no alternatives, no final newline", "a,x\n#weight,1", mcda.ErrEmpty, nil, 2, 1},

		// Header.
		{"empty criterion name", "a,x,,y\nA,1,2,3\n", mcda.ErrName, &critErr, 1, 3},
		{"duplicate criterion name", "a,x,y,\"x\"\nA,1,2,3\n", mcda.ErrDuplicateName, &critErr, 1, 4},

		// Metadata rows.
		{"bad objective", "a,x,y\n#objective,benefit,maybe\nA,1,2\n", mcda.ErrObjective, &critErr, 2, 3},
		{"empty objective", "a,x,y\n#objective,,cost\nA,1,2\n", mcda.ErrObjective, &critErr, 2, 2},
		{"weight not a number", "a,x,y\n#weight,1,heavy\nA,1,2\n", mcda.ErrWeight, &critErr, 2, 3},
		{"weight negative", "a,x,y\n#weight,-1,1\nA,1,2\n", mcda.ErrWeight, &critErr, 2, 2},
		{"weight NaN", "a,x,y\n#weight,1,NaN\nA,1,2\n", mcda.ErrWeight, &critErr, 2, 3},
		{"weight infinite", "a,x,y\n#weight,inf,1\nA,1,2\n", mcda.ErrWeight, &critErr, 2, 2},
		{"weight overflows", "a,x,y\n#weight,1,1e400\nA,1,2\n", mcda.ErrWeight, &critErr, 2, 3},
		{"weights all zero", "a,x,y\n#weight,0,-0\nA,1,2\n", mcda.ErrWeight, &critErr, 2, 1},
		{"duplicate #weight", "a,x\n#weight,1\n#objective,cost\n#weight,2\nA,1\n", mcda.ErrDuplicateField, nil, 4, 1},
		{"duplicate #objective, other case", "a,x\n#objective,cost\n#OBJECTIVE,cost\nA,1\n", mcda.ErrDuplicateField, nil, 3, 1},
		{"unknown keyword", "a,x\n#type,cost\nA,1\n", mcda.ErrUnknownField, nil, 2, 1},
		{"bare #", "a,x\n#,1\nA,1\n", mcda.ErrUnknownField, nil, 2, 1},
		{"metadata after data", "a,x\nA,1\n#weight,1\n", mcda.ErrMisplacedMetadata, nil, 3, 1},
		{"quoted metadata after data", "a,x\nA,1\n\"#weight\",1\n", mcda.ErrMisplacedMetadata, nil, 3, 1},
		{"short metadata row", "a,x,y\n#weight,1\nA,1,2\n", mcda.ErrShape, &shapeErr, 2, 3},

		// Data rows.
		{"not a number", "a,x,y\nA,1,abc\n", strconv.ErrSyntax, &numErr, 2, 3},
		{"empty value", "a,x,y\nA,1,\n", strconv.ErrSyntax, &numErr, 2, 3},
		{"thousands separator", "a,x\nA,\"1,000\"\n", strconv.ErrSyntax, &numErr, 2, 2},
		{"NaN", "a,x,y\nA,NaN,1\n", mcda.ErrNotFinite, &valueErr, 2, 2},
		{"Inf", "a,x,y\nA,1,2\nB,1,+Inf\n", mcda.ErrNotFinite, &valueErr, 3, 3},
		{"overflow", "a,x,y\nA,-1e309,1\n", mcda.ErrNotFinite, &valueErr, 2, 2},
		{"too few fields", "a,x,y\nA,1\n", mcda.ErrShape, &shapeErr, 2, 3},
		{"too many fields", "a,x,y\nA,1,2\nB,1,2,3,4\n", mcda.ErrShape, &shapeErr, 3, 4},
		{"empty name", "a,x\nA,1\n,2\n", mcda.ErrName, &altErr, 3, 1},
		{"duplicate name", "a,x\nA,1\nB,2\n\"A\",3\n", mcda.ErrDuplicateName, &altErr, 4, 1},
		{"duplicate escaped name", "a,x\n##w,1\n##w,2\n", mcda.ErrDuplicateName, &altErr, 3, 1},

		// CSV syntax and positions.
		{"bare quote", "a,x\nA\"b,1\n", csv.ErrBareQuote, nil, 2, 1},
		{"bare quote in header", "a,x,y\"\nA,1,2\n", csv.ErrBareQuote, nil, 1, 3},
		{"unterminated quote", "a,x\nA,1\n\"B,2\n", csv.ErrQuote, nil, 3, 1},
		{"text after closing quote", "a,x\n\"A\"b,1\n", csv.ErrQuote, nil, 2, 1},
		{"quote then CR", "a,x\nA,\"1\"\r2\n", csv.ErrQuote, nil, 2, 2},
		{"line after a multi-line field", "a,x,y\n\"A\nB\",1,zz\n", strconv.ErrSyntax, &numErr, 3, 3},
		{"multi-line field itself", "a,x,y\nA,1,\"2\n\"\n", strconv.ErrSyntax, &numErr, 2, 3},
		{"CRLF line numbers", "a,x\r\nA,1\r\nB,q\r\n", strconv.ErrSyntax, &numErr, 3, 2},
		{"blank line numbers", "\n\na,x\n\nA,zz\n", strconv.ErrSyntax, &numErr, 5, 2},
		{"BOM is not a name", "\uFEFFa,x\nA,1\n\uFEFFA,y\n", strconv.ErrSyntax, &numErr, 3, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			csvDiffRef(t, []byte(tc.in))
			_, err := mcda.ReadCSV(strings.NewReader(tc.in))
			if err == nil {
				t.Fatalf("ReadCSV(%q) succeeded, want an error", tc.in)
			}
			if !errors.Is(err, tc.is) {
				t.Errorf("ReadCSV(%q) = %v, want an error wrapping %v", tc.in, err, tc.is)
			}
			if tc.as != nil && !errors.As(err, tc.as) {
				t.Errorf("ReadCSV(%q) = %v, want it to hold a %T", tc.in, err, tc.as)
			}
			var ce *mcda.CSVError
			if !errors.As(err, &ce) {
				t.Fatalf("ReadCSV(%q) = %v, want a *mcda.CSVError", tc.in, err)
			}
			if ce.Line != tc.line || ce.Column != tc.column {
				t.Errorf("ReadCSV(%q): line %d, column %d, want %d, %d (%v)", tc.in, ce.Line, ce.Column, tc.line, tc.column, err)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "mcda: csv: line ") || strings.Count(msg, "mcda:") != 1 {
				t.Errorf("message %q: want one \"mcda: csv: line \" prefix", msg)
			}
		})
	}
}

// TestReadCSVErrorFields checks the fields of the structured causes.
func TestReadCSVErrorFields(t *testing.T) {
	_, err := mcda.ReadCSV(strings.NewReader("a,x,y\nA,1,2\nB,3,NaN\n"))
	var ve *mcda.ValueError
	if !errors.As(err, &ve) {
		t.Fatalf("got %v, want a *ValueError", err)
	}
	want := mcda.ValueError{Alternative: 1, AlternativeName: "B", Criterion: 1, CriterionName: "y", Value: math.NaN(), Err: mcda.ErrNotFinite}
	if diff := cmp.Diff(want, *ve, cmp.Comparer(func(a, b error) bool { return a == b }), csvExact); diff != "" {
		t.Errorf("ValueError mismatch (-want +got):\n%s", diff)
	}

	_, err = mcda.ReadCSV(strings.NewReader("a,x,y\nA,1\n"))
	var se *mcda.ShapeError
	if !errors.As(err, &se) || *se != (mcda.ShapeError{What: "fields", Got: 2, Want: 3}) {
		t.Errorf("got %v, want ShapeError{fields, 2, 3}", err)
	}

	_, err = mcda.ReadCSV(strings.NewReader("a,x\nA,1\nB,2\nA,3\n"))
	var ae *mcda.AlternativeError
	if !errors.As(err, &ae) || ae.Index != 2 || ae.Name != "A" {
		t.Errorf("got %v, want AlternativeError{Index: 2, Name: A}", err)
	}

	_, err = mcda.ReadCSV(strings.NewReader("a,x,y\n#weight,0,0\nA,1,2\n"))
	var ce *mcda.CriterionError
	if !errors.As(err, &ce) || ce.Index != -1 {
		t.Errorf("got %v, want CriterionError{Index: -1}", err)
	}

	_, err = mcda.ReadCSV(strings.NewReader("a,x,y\n#objective,cost,up\nA,1,2\n"))
	if !errors.As(err, &ce) || ce.Index != 1 || ce.Name != "y" {
		t.Errorf("got %v, want CriterionError{Index: 1, Name: y}", err)
	}
}

// TestReadCSVLongRecords checks records longer than the reader's buffer,
// with quoted fields across its boundaries, against encoding/csv.
func TestReadCSVLongRecords(t *testing.T) {
	long := strings.Repeat("x", 70_000)
	quoted := `"` + strings.Repeat(`a""b,`+"\n", 20_000) + `"`
	for _, in := range []string{
		"a,c\n" + long + ",1\n",
		"a,c\n" + quoted + ",1\n" + long + ",2\n",
		"a," + quoted + ",c\n" + quoted[:1000] + `",1,2` + "\n" + long + ",3,\"4\"\n",
		"a,c\n" + long + `",1` + "\n",
		"a,c\n" + quoted[:100_000] + "\n",
		"a,c\nA," + strings.Repeat(" ", 70_000) + "1" + strings.Repeat("\t", 70_000) + "\n",
		"a,c\nA," + strings.Repeat("1", 70_000) + "\n",
		"a,c\nA,0." + strings.Repeat("0", 70_000) + "1\n",
	} {
		csvDiffRef(t, []byte(in))
	}
}

// csvErrReader returns its data, then err.
type csvErrReader struct {
	data []byte
	err  error
}

func (r *csvErrReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestReadCSVReadError(t *testing.T) {
	boom := errors.New("boom")
	for _, in := range []string{"", "a,x\n", "a,x\nA,1\n", "a,x\nA,\"1"} {
		_, err := mcda.ReadCSV(&csvErrReader{[]byte(in), boom})
		var ce *mcda.CSVError
		if !errors.Is(err, boom) || !errors.As(err, &ce) || ce.Column != 0 {
			t.Errorf("ReadCSV(%q then an error) = %v, want a *CSVError with Column 0 wrapping it", in, err)
		}
	}
}

// TestCSVReaderNext covers the streaming reader: positions, recovery after
// an error in a row, sticky syntax errors and the panic on a wrong row.
func TestCSVReaderNext(t *testing.T) {
	const in = "a,x,y\n#weight,1,2\nA,1,2\nB,1\nC,3,q\n#weight,1,1\nD,5,6\nE,\"7\"x,8\nF,9,10\n"
	r, err := mcda.NewCSVReader(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	type step struct {
		Name   string
		Row    []float64
		Line   int
		Is     string // sentinel, by name
		Column int
	}
	sentinels := map[string]error{
		"shape": mcda.ErrShape, "syntax": strconv.ErrSyntax, "misplaced": mcda.ErrMisplacedMetadata,
		"quote": csv.ErrQuote, "eof": io.EOF,
	}
	want := []step{
		{Name: "A", Row: []float64{1, 2}, Line: 3},
		{Line: 4, Is: "shape", Column: 3},
		{Line: 5, Is: "syntax", Column: 3},
		{Line: 6, Is: "misplaced", Column: 1},
		{Name: "D", Row: []float64{5, 6}, Line: 7},
		{Line: 8, Is: "quote", Column: 2},
		{Line: 8, Is: "quote", Column: 2}, // sticky
	}
	var got []step
	row := make([]float64, 2)
	for range want {
		name, err := r.Next(row)
		s := step{Name: name, Line: r.Line()}
		if err == nil {
			s.Row = append([]float64(nil), row...)
		}
		for k, e := range sentinels {
			if errors.Is(err, e) {
				s.Is = k
			}
		}
		var ce *mcda.CSVError
		if errors.As(err, &ce) {
			s.Column = ce.Column
			if ce.Line != s.Line {
				t.Errorf("CSVError line %d, Line() %d", ce.Line, s.Line)
			}
		}
		got = append(got, s)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Next steps mismatch (-want +got):\n%s", diff)
	}

	r, _ = mcda.NewCSVReader(strings.NewReader("a,x\nA,1\n"))
	if _, err := r.Next(row[:1]); err != nil {
		t.Fatal(err)
	}
	for k := 0; k < 2; k++ {
		if _, err := r.Next(row[:1]); err != io.EOF {
			t.Errorf("Next at the end = %v, want io.EOF", err)
		}
	}
	if !csvPanics(func() { r.Next(row) }) {
		t.Error("Next with a row of the wrong length did not panic")
	}
	if !csvPanics(func() { r.NextBytes(nil) }) {
		t.Error("NextBytes with a nil row did not panic")
	}
	if _, err := r.ReadAll(); !errors.Is(err, mcda.ErrEmpty) {
		t.Errorf("ReadAll after the last row = %v, want ErrEmpty", err)
	}

	// Criteria returns a copy.
	r, _ = mcda.NewCSVReader(strings.NewReader("a,x\nA,1\n"))
	r.Criteria()[0].Name = "changed"
	if got := r.Criteria()[0].Name; got != "x" {
		t.Errorf("Criteria()[0].Name = %q after changing a copy, want x", got)
	}
}

func csvPanics(f func()) (panicked bool) {
	defer func() { panicked = recover() != nil }()
	f()
	return false
}

// TestCSVReaderAllocs checks that NextBytes does not allocate, and Next
// only for the name.
func TestCSVReaderAllocs(t *testing.T) {
	data := csvBenchFile(1000, 10)
	r, err := mcda.NewCSVReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	row := make([]float64, 10)
	var err2 error
	if n := testing.AllocsPerRun(200, func() { _, err2 = r.NextBytes(row) }); n != 0 || err2 != nil {
		t.Errorf("NextBytes allocs = %v, want 0 (err %v)", n, err2)
	}
	var name string
	if n := testing.AllocsPerRun(200, func() { name, err2 = r.Next(row) }); n != 1 || err2 != nil || name == "" {
		t.Errorf("Next allocs = %v, want 1 (err %v)", n, err2)
	}
}

// TestCSVCars reads the sample file of the documentation: the car example
// of http://hodgett.co.uk/topsis-in-excel/, as in the TOPSIS example of the
// R package MCDA (Meyer, Bigaret, Hodgett & Olteanu), whose closeness is
// 0.4817, 0.5182, 0.1780.
func TestCSVCars(t *testing.T) {
	f, err := os.Open("testdata/cars.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := mcda.ReadCSV(f)
	if err != nil {
		t.Fatal(err)
	}
	b := mcda.ObjectiveBenefit
	want := csvMatrix{
		Alternatives: []string{"Corsa", "Clio", "Fiesta"},
		Criteria: []mcda.Criterion{csvCrit("purchase price", mcda.ObjectiveCost, 0.35), csvCrit("economy", b, 0.25),
			csvCrit("aesthetics", b, 0.25), csvCrit("boot capacity", b, 0.15)},
		Rows: [][]float64{{5490, 51.4, 8.5, 285}, {6500, 70.6, 7, 288}, {6489, 54.3, 7.5, 290}},
	}
	if diff := cmp.Diff(want, csvParts(m)); diff != "" {
		t.Errorf("cars.csv mismatch (-want +got):\n%s", diff)
	}
	var out bytes.Buffer
	if err := mcda.WriteCSV(&out, m); err != nil {
		t.Fatal(err)
	}
	file, _ := os.ReadFile("testdata/cars.csv")
	if got, want := out.String(), strings.Replace(string(file), "car,", "alternative,", 1); got != want {
		t.Errorf("WriteCSV(cars) =\n%s\nwant\n%s", got, want)
	}
}

// csvAwkwardNames are alternative and criterion names that need care in CSV.
var csvAwkwardNames = []string{
	"weight", "objective", "#weight", "#objective", "##weight", "#", "##", "###", "# x",
	"a,b", `"`, `""`, `"quoted"`, "two\nlines", "crlf\r\nname", "cr\r", "\r", "\n", " lead", "trail ",
	"\t", `\.`, "\uFEFFbom", "ünï©ødé", "\xff\xfe invalid", "1e3", "NaN", ",", "#,#",
}

func TestWriteCSVRoundTrip(t *testing.T) {
	n := len(csvAwkwardNames)
	crits := make([]mcda.Criterion, n)
	rows := make([][]float64, n)
	for j, name := range csvAwkwardNames {
		crits[j] = csvCrit(name, mcda.Objective(1+j%2), float64(j))
	}
	special := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1e21, 1e-7, math.MaxFloat64, -math.SmallestNonzeroFloat64, 123456789.123456789}
	for i := range rows {
		rows[i] = make([]float64, n)
		for j := range rows[i] {
			rows[i][j] = special[(i+j)%len(special)]
		}
	}
	m, err := mcda.NewDecisionMatrix(csvAwkwardNames, crits, rows)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := mcda.WriteCSV(&buf, m); err != nil {
		t.Fatal(err)
	}
	got, err := mcda.ReadCSV(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("ReadCSV(WriteCSV(m)): %v\n%s", err, buf.Bytes())
	}
	if diff := cmp.Diff(csvParts(m), csvParts(got), csvExact); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
}

func TestWriteCSVError(t *testing.T) {
	m, err := mcda.NewDecisionMatrix([]string{"A", "B"}, []mcda.Criterion{csvCrit("x", mcda.ObjectiveBenefit, 1)}, [][]float64{{1}, {2}})
	if err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	if err := mcda.WriteCSV(csvFailWriter{boom}, m); !errors.Is(err, boom) {
		t.Errorf("WriteCSV to a failing writer = %v, want %v", err, boom)
	}
}

type csvFailWriter struct{ err error }

func (w csvFailWriter) Write(p []byte) (int, error) { return 0, w.err }

func TestCSVProperties(t *testing.T) {
	t.Run("RoundTrip", rapid.MakeCheck(propCSVRoundTrip))
	t.Run("NumbersAsStrconv", rapid.MakeCheck(propCSVNumbersAsStrconv))
}

// csvNumberGen draws number-like strings: decimals of every length, with
// signs, points and exponents in any place, and what strconv.FormatFloat
// writes.
var csvNumberGen = rapid.OneOf(
	rapid.StringOf(rapid.SampledFrom([]rune("0123456789.eE+-"))),
	rapid.StringOfN(rapid.SampledFrom([]rune("0123456789")), 1, 25, -1),
	rapid.Map(rapid.Uint64(), func(u uint64) string { return strconv.FormatFloat(math.Float64frombits(u), 'g', -1, 64) }),
	rapid.Map(rapid.Uint64(), func(u uint64) string { return strconv.FormatFloat(math.Float64frombits(u), 'f', -1, 64) }),
	rapid.Map(rapid.Uint64(), func(u uint64) string { return strconv.FormatFloat(math.Float64frombits(u), 'e', 25, 64) }),
	rapid.Custom(func(t *rapid.T) string {
		return fmt.Sprintf("%s%d.%se%d", rapid.SampledFrom([]string{"", "-", "+"}).Draw(t, "sign"),
			rapid.IntRange(0, 1e9).Draw(t, "int"), rapid.StringOfN(rapid.SampledFrom([]rune("0123456789")), 0, 20, -1).Draw(t, "frac"),
			rapid.OneOf(rapid.IntRange(-25, 25), rapid.IntRange(-400, 400)).Draw(t, "exp"))
	}),
)

// Property: a value cell is read as strconv.ParseFloat reads it, bit for
// bit, and is rejected exactly when strconv rejects it or it is not finite.
func propCSVNumbersAsStrconv(t *rapid.T) {
	s := csvNumberGen.Draw(t, "number")
	want, err := strconv.ParseFloat(s, 64)
	wantOK := (err == nil || errors.Is(err, strconv.ErrRange)) && !math.IsInf(want, 0) && !math.IsNaN(want)
	r, err := mcda.NewCSVReader(strings.NewReader("a,x\nA," + s + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	row := make([]float64, 1)
	_, err = r.Next(row)
	if gotOK := err == nil; gotOK != wantOK {
		t.Fatalf("reading %q: error %v, want ok = %v", s, err, wantOK)
	}
	if wantOK && math.Float64bits(row[0]) != math.Float64bits(want) {
		t.Fatalf("reading %q = %v, want %v", s, row[0], want)
	}
}

// csvNameGen draws names that stress the format: keywords, '#' prefixes,
// quotes, separators, line breaks, spaces and invalid UTF-8.
var csvNameGen = rapid.OneOf(
	rapid.SampledFrom(csvAwkwardNames),
	rapid.StringOf(rapid.SampledFrom([]rune{'#', '"', ',', '\r', '\n', ' ', '\t', 'a', 'é', '\uFEFF'})),
	rapid.String(),
	rapid.Map(rapid.SliceOf(rapid.Byte()), func(b []byte) string { return string(b) }),
).Filter(func(s string) bool { return s != "" })

// csvFloatGen draws finite floats, with the awkward ones often.
var csvFloatGen = rapid.OneOf(
	rapid.Float64().Filter(func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }),
	rapid.SampledFrom([]float64{0, math.Copysign(0, -1), math.MaxFloat64, -math.MaxFloat64,
		math.SmallestNonzeroFloat64, 0x1p-1022, 0.1, 1e21, 1e20, 1e-7}),
)

// Property: for every decision matrix, ReadCSV(WriteCSV(m)) equals m bit for
// bit, and encoding/csv reads the same cells from the output (except that
// it turns "\r\n" inside quotes into "\n").
func propCSVRoundTrip(t *rapid.T) {
	na := rapid.IntRange(1, 6).Draw(t, "alternatives")
	nc := rapid.IntRange(1, 5).Draw(t, "criteria")
	alts := rapid.SliceOfNDistinct(csvNameGen, na, na, rapid.ID[string]).Draw(t, "alternative names")
	names := rapid.SliceOfNDistinct(csvNameGen, nc, nc, rapid.ID[string]).Draw(t, "criterion names")
	crits := make([]mcda.Criterion, nc)
	for j := range crits {
		crits[j] = mcda.Criterion{
			Name:      names[j],
			Objective: rapid.SampledFrom([]mcda.Objective{mcda.ObjectiveBenefit, mcda.ObjectiveCost}).Draw(t, "objective"),
			Weight:    math.Abs(csvFloatGen.Draw(t, "weight")),
		}
	}
	if crits[0].Weight == 0 {
		crits[0].Weight = 1
	}
	rows := make([][]float64, na)
	for i := range rows {
		rows[i] = rapid.SliceOfN(csvFloatGen, nc, nc).Draw(t, "row")
	}
	m, err := mcda.NewDecisionMatrix(alts, crits, rows)
	if err != nil {
		t.Fatalf("NewDecisionMatrix: %v", err)
	}
	var buf bytes.Buffer
	if err := mcda.WriteCSV(&buf, m); err != nil {
		t.Fatal(err)
	}
	got, err := mcda.ReadCSV(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("ReadCSV(WriteCSV(m)): %v\n%q", err, buf.Bytes())
	}
	if diff := cmp.Diff(csvParts(m), csvParts(got), csvExact); diff != "" {
		t.Fatalf("round trip mismatch (-want +got):\n%s\n%q", diff, buf.Bytes())
	}

	recs, err := csv.NewReader(bytes.NewReader(buf.Bytes())).ReadAll()
	if err != nil {
		t.Fatalf("encoding/csv cannot read WriteCSV's output: %v\n%q", err, buf.Bytes())
	}
	crlf := strings.NewReplacer("\r\n", "\n")
	for j, c := range crits {
		if got, want := recs[0][j+1], crlf.Replace(c.Name); got != want {
			t.Fatalf("encoding/csv reads criterion %d as %q, want %q", j, got, want)
		}
	}
	for i, a := range alts {
		cell := recs[i+3][0]
		if strings.HasPrefix(a, "#") {
			a = "#" + a
		}
		if want := crlf.Replace(a); cell != want {
			t.Fatalf("encoding/csv reads alternative %d as %q, want %q", i, cell, want)
		}
	}
}

// csvRefRead reads a CSV problem file with package encoding/csv and the
// rules of the format, written independently of mcda's reader, for
// differential testing. It returns the matrix, or the cause and position of
// the first error (line 0 or column 0 where the position is not compared).
func csvRefRead(data []byte) (csvMatrix, csvRefError) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	eofLine := 1 + bytes.Count(data, []byte("\n"))
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	line := func(k int) int { l, _ := r.FieldPos(k); return l }
	fail := func(kind error, line, col int) (csvMatrix, csvRefError) {
		return csvMatrix{}, csvRefError{kind, line, col}
	}
	read := func() ([]string, *csvRefError) {
		rec, err := r.Read()
		var pe *csv.ParseError
		switch {
		case err == io.EOF:
			return nil, nil
		case errors.As(err, &pe) && pe.Err == csv.ErrBareQuote:
			return nil, &csvRefError{pe.Err, pe.Line, 0}
		case errors.As(err, &pe):
			return nil, &csvRefError{pe.Err, 0, 0}
		case err != nil:
			panic(err)
		}
		return rec, nil
	}
	hdr, rerr := read()
	if rerr != nil {
		return csvMatrix{}, *rerr
	}
	if hdr == nil {
		return fail(mcda.ErrEmpty, eofLine, 1)
	}
	if len(hdr) < 2 {
		return fail(mcda.ErrEmpty, line(0), 2)
	}
	var m csvMatrix
	seen := map[string]bool{}
	for j, name := range hdr[1:] {
		switch {
		case name == "":
			return fail(mcda.ErrName, line(j+1), j+2)
		case seen[name]:
			return fail(mcda.ErrDuplicateName, line(j+1), j+2)
		}
		seen[name] = true
		m.Criteria = append(m.Criteria, mcda.Criterion{Name: name, Objective: mcda.ObjectiveBenefit, Weight: 1})
	}
	clear(seen)
	lower := func(s string) string {
		return strings.Map(func(r rune) rune {
			if 'A' <= r && r <= 'Z' {
				return r + 'a' - 'A'
			}
			return r
		}, s)
	}
	haveObj, haveW, inData := false, false, false
	for {
		rec, rerr := read()
		if rerr != nil {
			return csvMatrix{}, *rerr
		}
		if rec == nil {
			break
		}
		if n := len(hdr); len(rec) < n {
			return fail(mcda.ErrShape, line(len(rec)-1), len(rec)+1)
		} else if len(rec) > n {
			return fail(mcda.ErrShape, line(n), n+1)
		}
		first := rec[0]
		if strings.HasPrefix(first, "#") && !strings.HasPrefix(first, "##") {
			if inData {
				return fail(mcda.ErrMisplacedMetadata, line(0), 1)
			}
			switch lower(first[1:]) {
			case "objective":
				if haveObj {
					return fail(mcda.ErrDuplicateField, line(0), 1)
				}
				haveObj = true
				for j, cell := range rec[1:] {
					switch lower(strings.Trim(cell, " \t")) {
					case "benefit", "max":
						m.Criteria[j].Objective = mcda.ObjectiveBenefit
					case "cost", "min":
						m.Criteria[j].Objective = mcda.ObjectiveCost
					default:
						return fail(mcda.ErrObjective, line(j+1), j+2)
					}
				}
			case "weight":
				if haveW {
					return fail(mcda.ErrDuplicateField, line(0), 1)
				}
				haveW = true
				sum := 0.0
				for j, cell := range rec[1:] {
					w, err := strconv.ParseFloat(strings.Trim(cell, " \t"), 64)
					if (err != nil && !errors.Is(err, strconv.ErrRange)) || !(w >= 0) || math.IsInf(w, 0) {
						return fail(mcda.ErrWeight, line(j+1), j+2)
					}
					m.Criteria[j].Weight = w
					sum += w
				}
				if sum == 0 {
					return fail(mcda.ErrWeight, line(0), 1)
				}
			default:
				return fail(mcda.ErrUnknownField, line(0), 1)
			}
			continue
		}
		inData = true
		if first == "" {
			return fail(mcda.ErrName, line(0), 1)
		}
		name := strings.TrimPrefix(first, "#")
		var row []float64
		for j, cell := range rec[1:] {
			x, err := strconv.ParseFloat(strings.Trim(cell, " \t"), 64)
			switch {
			case err != nil && !errors.Is(err, strconv.ErrRange):
				return fail(strconv.ErrSyntax, line(j+1), j+2)
			case math.IsNaN(x) || math.IsInf(x, 0):
				return fail(mcda.ErrNotFinite, line(j+1), j+2)
			}
			row = append(row, x)
		}
		if seen[name] {
			return fail(mcda.ErrDuplicateName, line(0), 1)
		}
		seen[name] = true
		m.Alternatives = append(m.Alternatives, name)
		m.Rows = append(m.Rows, row)
	}
	if len(m.Alternatives) == 0 {
		return fail(mcda.ErrEmpty, eofLine, 1)
	}
	return m, csvRefError{}
}

// csvRefError is the cause and position of an error, as csvRefRead gives it.
type csvRefError struct {
	Kind         error
	Line, Column int
}

// csvErrorKinds are the causes csvRefRead tells apart.
var csvErrorKinds = []error{
	csv.ErrQuote, csv.ErrBareQuote, mcda.ErrShape, mcda.ErrEmpty, mcda.ErrName, mcda.ErrDuplicateName,
	mcda.ErrUnknownField, mcda.ErrDuplicateField, mcda.ErrMisplacedMetadata, mcda.ErrObjective,
	mcda.ErrWeight, mcda.ErrNotFinite, strconv.ErrSyntax, mcda.ErrCarriageReturn,
}

// csvOutcome reads data with ReadCSV and describes the result as
// csvRefRead does. It fails the test if an error is not a *CSVError.
func csvOutcome(t *testing.T, data []byte) (csvMatrix, csvRefError) {
	t.Helper()
	m, err := mcda.ReadCSV(bytes.NewReader(data))
	if err == nil {
		return csvParts(m), csvRefError{}
	}
	var ce *mcda.CSVError
	if !errors.As(err, &ce) || ce.Line < 1 || ce.Column < 1 {
		t.Fatalf("ReadCSV(%q) = %v, want a *CSVError with a position", data, err)
	}
	got := csvRefError{Line: ce.Line, Column: ce.Column}
	for _, k := range csvErrorKinds {
		if errors.Is(err, k) {
			got.Kind = k
			break
		}
	}
	if got.Kind == nil {
		t.Fatalf("ReadCSV(%q) = %v, of no known kind", data, err)
	}
	return csvMatrix{}, got
}

// csvDiffRef checks that ReadCSV and csvRefRead agree on data.
func csvDiffRef(t *testing.T, data []byte) {
	t.Helper()
	if bareCR(data) {
		// encoding/csv keeps a bare carriage return in a field; ReadCSV
		// rejects it outside quotes (ErrCarriageReturn).
		return
	}
	want, wantErr := csvRefRead(data)
	got, gotErr := csvOutcome(t, data)
	if wantErr.Kind != nil {
		if wantErr.Line == 0 {
			gotErr.Line = 0
		}
		if wantErr.Column == 0 {
			gotErr.Column = 0
		}
	}
	if diff := cmp.Diff(wantErr, gotErr, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
		t.Fatalf("ReadCSV(%q) error mismatch with encoding/csv (-want +got):\n%s", data, diff)
	}
	if diff := cmp.Diff(want, got, csvExact); diff != "" {
		t.Fatalf("ReadCSV(%q) mismatch with encoding/csv (-want +got):\n%s", data, diff)
	}
}

// FuzzReadCSV checks that ReadCSV never panics, agrees with csvRefRead,
// and that what it reads round-trips through WriteCSV.
func FuzzReadCSV(f *testing.F) {
	for _, s := range []string{
		"alternative,price,speed\n#objective,cost,benefit\n#weight,0.25,0.75\nA1,250,16\nA2,200,12\n",
		"a,x\r\n\"A\r\n\"\"B\"\"\",1\r\n##w,2\r\n",
		"\uFEFFa,x,y\n#weight,1,0\nA,1,2\n\nB,\"3\",4",
		"a,x\n#objective,min\n#weight,1\n#,1\n",
		"a,x\nA,1\n#weight,1\n",
		"a,x,y\nA,1\nB,1,2,3\n",
		"a,x\nA,\"1\"\"\n",
		"a,x\nA\"b,1\n",
		"a,x\nA,NaN\n",
		"a,x,y\n#objective,cost,benefit\n#weight,1e308,5e-324\nA,1e308,-1e308\nB,5e-324,9007199254740992\nC,-0,9007199254740993\n",
		"a,x,y\rA,1,2\rB,1,2\r",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// encoding/csv turns every "\r\n" into "\n", even inside quotes,
		// where ReadCSV keeps it, so compare the two on input without it,
		// and on input without quotes.
		norm := data
		for bytes.Contains(norm, []byte("\r\n")) {
			norm = bytes.ReplaceAll(norm, []byte("\r\n"), []byte("\n"))
		}
		csvDiffRef(t, norm)
		if !bytes.Contains(data, []byte(`"`)) {
			csvDiffRef(t, data)
		}

		got, gotErr := csvOutcome(t, data)
		if gotErr.Kind != nil {
			return
		}
		m, err := mcda.NewDecisionMatrix(got.Alternatives, got.Criteria, got.Rows)
		if err != nil {
			t.Fatalf("ReadCSV(%q) returned an invalid matrix: %v", data, err)
		}
		var out bytes.Buffer
		if err := mcda.WriteCSV(&out, m); err != nil {
			t.Fatal(err)
		}
		again, againErr := csvOutcome(t, out.Bytes())
		if againErr.Kind != nil {
			t.Fatalf("ReadCSV(WriteCSV(ReadCSV(%q))) failed: %v\n%q", data, againErr, out.Bytes())
		}
		if diff := cmp.Diff(got, again, csvExact); diff != "" {
			t.Fatalf("round trip of %q mismatch (-first +second):\n%s", data, diff)
		}
		m2, _ := mcda.NewDecisionMatrix(again.Alternatives, again.Criteria, again.Rows)
		var out2 bytes.Buffer
		if err := mcda.WriteCSV(&out2, m2); err != nil || !bytes.Equal(out.Bytes(), out2.Bytes()) {
			t.Fatalf("WriteCSV is not stable on %q: %q, then %q (%v)", data, out.Bytes(), out2.Bytes(), err)
		}
	})
}

// csvBenchFile returns a CSV problem file of n alternatives and c criteria
// with values of up to 6 significant digits, as WriteCSV writes it.
func csvBenchFile(n, c int) []byte {
	rng := rand.New(rand.NewPCG(1, 2))
	alts := make([]string, n)
	rows := make([][]float64, n)
	for i := range rows {
		alts[i] = fmt.Sprintf("alternative %07d", i)
		rows[i] = make([]float64, c)
		for j := range rows[i] {
			rows[i][j] = float64(rng.IntN(1_000_000)) / 100
		}
	}
	crits := make([]mcda.Criterion, c)
	for j := range crits {
		crits[j] = mcda.Criterion{Name: fmt.Sprintf("criterion %d", j), Objective: mcda.ObjectiveBenefit, Weight: 1}
	}
	m, err := mcda.NewDecisionMatrix(alts, crits, rows)
	if err != nil {
		panic(err)
	}
	var buf bytes.Buffer
	if err := mcda.WriteCSV(&buf, m); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// csvSinkName keeps the names read by the benchmark alive.
var csvSinkName string

// BenchmarkCSVReader reads a file of 100,000 alternatives and 10 criteria
// with Next, NextBytes and ReadCSV, and, as a baseline, with encoding/csv
// (ReuseRecord) and strconv.ParseFloat alone.
func BenchmarkCSVReader(b *testing.B) {
	const rows, cols = 100_000, 10
	data := csvBenchFile(rows, cols)
	report := func(b *testing.B) {
		b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
	}
	b.Run("Next", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		row := make([]float64, cols)
		var name string
		for b.Loop() {
			r, err := mcda.NewCSVReader(bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			for {
				s, err := r.Next(row)
				if err == io.EOF {
					break
				} else if err != nil {
					b.Fatal(err)
				}
				name = s
			}
		}
		csvSinkName = name
		report(b)
	})
	b.Run("NextBytes", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		row := make([]float64, cols)
		for b.Loop() {
			r, err := mcda.NewCSVReader(bytes.NewReader(data))
			if err != nil {
				b.Fatal(err)
			}
			for {
				if _, err := r.NextBytes(row); err == io.EOF {
					break
				} else if err != nil {
					b.Fatal(err)
				}
			}
		}
		report(b)
	})
	b.Run("ReadCSV", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := mcda.ReadCSV(bytes.NewReader(data)); err != nil {
				b.Fatal(err)
			}
		}
		report(b)
	})
	b.Run("encoding-csv", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		row := make([]float64, cols)
		for b.Loop() {
			r := csv.NewReader(bytes.NewReader(data))
			r.ReuseRecord = true
			for {
				rec, err := r.Read()
				if err == io.EOF {
					break
				} else if err != nil {
					b.Fatal(err)
				}
				if rec[0][0] == '#' || rec[0] == "alternative" {
					continue
				}
				for j := range row {
					if row[j], err = strconv.ParseFloat(rec[j+1], 64); err != nil {
						b.Fatal(err)
					}
				}
			}
		}
		report(b)
	})
}

func ExampleReadCSV() {
	// The car example of http://hodgett.co.uk/topsis-in-excel/.
	const file = `car,purchase price,economy,aesthetics,boot capacity
#objective,cost,benefit,benefit,benefit
#weight,0.35,0.25,0.25,0.15
Corsa,5490,51.4,8.5,285
Clio,6500,70.6,7,288
Fiesta,6489,54.3,7.5,290
`
	m, err := mcda.ReadCSV(strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range m.Criteria() {
		fmt.Printf("%-14s %-7v %.2f\n", c.Name, c.Objective, c.Weight)
	}
	r, err := mcda.Rank(&mcda.TOPSIS{}, m)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, i := range r.Order {
		fmt.Printf("%d %-6s %.4f\n", r.Ranks[i], r.Alternatives[i], r.Scores[i])
	}
	// Output:
	// purchase price cost    0.35
	// economy        benefit 0.25
	// aesthetics     benefit 0.25
	// boot capacity  benefit 0.15
	// 1 Clio   0.5182
	// 2 Corsa  0.4817
	// 3 Fiesta 0.1780
}

func ExampleNewCSVReader() {
	// No metadata rows: every criterion is a benefit criterion of weight 1.
	const file = "id,score,stars\ns1,0.93,4\ns2,0.71,5\ns3,0.88,3\n"
	r, err := mcda.NewCSVReader(strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	if r.Defaulted() {
		fmt.Println("note: no #objective or #weight row; all criteria are benefit criteria of equal weight")
	}
	row := make([]float64, len(r.Criteria()))
	best, bestSum := "", math.Inf(-1)
	for {
		name, err := r.Next(row)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		if s := row[0] + row[1]; s > bestSum {
			best, bestSum = name, s
		}
	}
	fmt.Println("best:", best)
	// Output:
	// note: no #objective or #weight row; all criteria are benefit criteria of equal weight
	// best: s2
}

func ExampleCSVError() {
	const file = "alternative,price,speed\nA1,250,16\nA2,cheap,12\n"
	_, err := mcda.ReadCSV(strings.NewReader(file))
	var ce *mcda.CSVError
	if errors.As(err, &ce) {
		fmt.Printf("line %d, column %d\n", ce.Line, ce.Column)
	}
	fmt.Println(err)
	// Output:
	// line 3, column 2
	// mcda: csv: line 3, column 2: alternative 1 ("A2"), criterion 0 ("price"): strconv.ParseFloat: parsing "cheap": invalid syntax
}

func ExampleWriteCSV() {
	m, err := mcda.NewDecisionMatrix(
		[]string{"A1", "#2", "A, 3"},
		[]mcda.Criterion{{Name: "price", Objective: mcda.ObjectiveCost, Weight: 2}, {Name: "speed", Objective: mcda.ObjectiveBenefit, Weight: 1}},
		[][]float64{{250, 16}, {200, 12.5}, {1e21, 0.1}})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := mcda.WriteCSV(os.Stdout, m); err != nil {
		fmt.Println(err)
	}
	// Output:
	// alternative,price,speed
	// #objective,cost,benefit
	// #weight,2,1
	// A1,250,16
	// ##2,200,12.5
	// "A, 3",1e+21,0.1
}

// bareCR reports whether data holds a carriage return that is not
// followed by a line feed and does not end the input.
func bareCR(data []byte) bool {
	for i, c := range data {
		if c == '\r' && i+1 < len(data) && data[i+1] != '\n' {
			return true
		}
	}
	return false
}

// Issue 13: a file with CR-only line endings (classic Mac OS) was read as
// one line, which gave a misleading "duplicate name" when two values of
// the line were equal. It is now an error that says so, at the first bare
// carriage return.
func TestReadCSVCarriageReturnOnly(t *testing.T) {
	for _, tc := range []struct {
		data      string
		line, col int
	}{
		{"name,a,b\rA1,1,2\rA2,1,2\r", 1, 3},
		{"name,a,b\n#objective,benefit,cost\rA1,1,2\r", 2, 3},
		{"name,a,b\nA1,1,2\nA2,\"3\",4\rA3,5,6\n", 3, 3},
	} {
		_, err := mcda.ReadCSV(strings.NewReader(tc.data))
		var ce *mcda.CSVError
		if !errors.Is(err, mcda.ErrCarriageReturn) || !errors.As(err, &ce) || ce.Line != tc.line || ce.Column != tc.col {
			t.Errorf("ReadCSV(%q) = %v, want ErrCarriageReturn at line %d, column %d", tc.data, err, tc.line, tc.col)
		}
	}
	// CRLF, and a final CR, are line ends; a CR inside quotes is data.
	for _, data := range []string{"name,a\r\nA1,1\r\nA2,2\r", "name,a\n\"A\rB\",1\n"} {
		if _, err := mcda.ReadCSV(strings.NewReader(data)); err != nil {
			t.Errorf("ReadCSV(%q): %v", data, err)
		}
	}
}
