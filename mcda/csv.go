package mcda

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A CSVError records where a CSV problem file is wrong, as a text position.
//
// These are the errors that can be returned in CSVError.Err, each with its
// sentinel for errors.Is:
//
//   - [csv.ErrQuote] or [csv.ErrBareQuote] (of package encoding/csv) for
//     malformed quotes;
//   - a [*ShapeError] (ErrShape) for a record with the wrong number of
//     fields, Column being its first missing or extra field;
//   - an error wrapping [ErrEmpty] for an input with no header, a header
//     with no criteria, or no alternatives;
//   - a [*CriterionError] wrapping [ErrName], [ErrDuplicateName],
//     [ErrObjective] or [ErrWeight] for a bad header or metadata cell (with
//     Index -1 and Column 1 when all the weights are zero);
//   - an [*AlternativeError] wrapping [ErrName] or [ErrDuplicateName] for a
//     bad alternative name;
//   - a [*ValueError] wrapping [ErrNotFinite] for a NaN or infinite value,
//     or one too large for a float64;
//   - an error wrapping a [*strconv.NumError] (strconv.ErrSyntax) for a
//     value that is not a number;
//   - an error wrapping [ErrUnknownField], [ErrDuplicateField] or
//     [ErrMisplacedMetadata] for a bad metadata row;
//   - the reader's error, with Column 0, when the input cannot be read.
type CSVError struct {
	Line   int   // 1-based line on which the offending field or record begins
	Column int   // 1-based field number: 1 for the alternative's name, j+2 for criterion j
	Err    error // the cause, e.g. a *ValueError
}

func (e *CSVError) Error() string {
	cause := strings.TrimPrefix(e.Err.Error(), "mcda: ")
	if e.Column <= 0 {
		return fmt.Sprintf("mcda: csv: line %d: %s", e.Line, cause)
	}
	return fmt.Sprintf("mcda: csv: line %d, column %d: %s", e.Line, e.Column, cause)
}

// Unwrap returns the cause.
func (e *CSVError) Unwrap() error { return e.Err }

// csvSpan is one field of a record: r.buf[start:end], which begins on the
// given line.
type csvSpan struct {
	start, end, line int
}

// A CSVReader reads a decision problem from a CSV file one alternative at a
// time, so that files larger than memory can be processed. The format is
// that of [ReadCSV]. Its memory use is bounded by the longest record.
//
// A CSVReader satisfies [RowSource]. It must not be used concurrently.
type CSVReader struct {
	br     *bufio.Reader
	crit   []Criterion
	defObj bool // no #objective row
	defW   bool // no #weight row

	buf     []byte    // the current record, unquoted in place
	fields  []csvSpan // its fields
	line    int       // line of the next physical line to read
	recLine int       // line on which the current record begins
	rowLine int       // value of Line
	eof     bool      // the input is exhausted
	pending bool      // the current record is a data row not yet returned
	err     error     // sticky error
	index   int       // 0-based index of the next data row

	hdrLine, objLine, wLine int // lines of the header and metadata rows, 0 if absent
}

// utf8BOM is the UTF-8 encoding of U+FEFF, skipped at the start of a file.
var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// NewCSVReader returns a reader of the CSV problem file in r, in the format
// of [ReadCSV]. It reads the header, the metadata rows and the first data
// row's record, and returns any error in them, or one wrapping [ErrEmpty] if
// there is no data row; errors in the first data row's values are left to
// the first call to [CSVReader.Next]. Errors are [*CSVError] values.
func NewCSVReader(r io.Reader) (*CSVReader, error) {
	cr := &CSVReader{br: bufio.NewReaderSize(r, 64<<10), line: 1}
	if b, err := cr.br.Peek(len(utf8BOM)); bytes.Equal(b, utf8BOM) {
		cr.br.Discard(len(utf8BOM))
	} else if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return nil, &CSVError{Line: 1, Err: err}
	}
	if err := cr.readHeader(); err != nil {
		return nil, err
	}
	return cr, nil
}

// readHeader reads the header and metadata rows, and the first data row's
// record.
func (r *CSVReader) readHeader() error {
	if err := r.readRecord(); err != nil {
		if err == io.EOF {
			return &CSVError{Line: r.line, Column: 1, Err: fmt.Errorf("no header: %w", ErrEmpty)}
		}
		return err
	}
	r.hdrLine = r.recLine
	r.rowLine = r.recLine
	if len(r.fields) < 2 {
		return &CSVError{Line: r.recLine, Column: 2, Err: fmt.Errorf("no criteria: %w", ErrEmpty)}
	}
	r.crit = make([]Criterion, len(r.fields)-1)
	seen := make(map[string]int, len(r.crit))
	for j := range r.crit {
		name := string(r.field(j + 1))
		if name == "" {
			return r.critErr(j, &CriterionError{Index: j, Err: ErrName})
		}
		if k, dup := seen[name]; dup {
			return r.critErr(j, &CriterionError{Index: j, Name: name, Err: fmt.Errorf("%w: same as criterion %d", ErrDuplicateName, k)})
		}
		seen[name] = j
		r.crit[j] = Criterion{Name: name, Objective: ObjectiveBenefit, Weight: 1}
	}
	r.defObj, r.defW = true, true
	for {
		if err := r.readRecord(); err != nil {
			if err == io.EOF {
				return &CSVError{Line: r.line, Column: 1, Err: fmt.Errorf("no alternatives: %w", ErrEmpty)}
			}
			return err
		}
		first := r.field(0)
		if !isMetadata(first) {
			r.pending = true
			return nil
		}
		r.rowLine = r.recLine
		if err := r.checkFieldCount(); err != nil {
			return err
		}
		var err error
		switch kw := first[1:]; {
		case asciiEqualFold(kw, "objective"):
			err = r.readObjectives()
		case asciiEqualFold(kw, "weight"):
			err = r.readWeights()
		default:
			err = &CSVError{Line: r.recLine, Column: 1, Err: fmt.Errorf("%q: %w (want #objective or #weight; write a name that starts with '#' as ##name)", first, ErrUnknownField)}
		}
		if err != nil {
			return err
		}
	}
}

// isMetadata reports whether a record whose first cell is first is a
// metadata row: first starts with one '#', not two.
func isMetadata(first []byte) bool {
	return len(first) > 0 && first[0] == '#' && (len(first) == 1 || first[1] != '#')
}

// readObjectives reads an #objective row.
func (r *CSVReader) readObjectives() error {
	if !r.defObj {
		return r.dupMetadata(r.objLine)
	}
	r.defObj, r.objLine = false, r.recLine
	for j := range r.crit {
		cell := trimSpace(r.field(j + 1))
		switch {
		case asciiEqualFold(cell, "benefit"), asciiEqualFold(cell, "max"):
			r.crit[j].Objective = ObjectiveBenefit
		case asciiEqualFold(cell, "cost"), asciiEqualFold(cell, "min"):
			r.crit[j].Objective = ObjectiveCost
		default:
			return r.critErr(j, &CriterionError{Index: j, Name: r.crit[j].Name,
				Err: fmt.Errorf("%w (or max, min): got %q", ErrObjective, cell)})
		}
	}
	return nil
}

// readWeights reads a #weight row.
func (r *CSVReader) readWeights() error {
	if !r.defW {
		return r.dupMetadata(r.wLine)
	}
	r.defW, r.wLine = false, r.recLine
	sum := 0.0
	for j := range r.crit {
		cell := trimSpace(r.field(j + 1))
		w, err := parseFloat(cell)
		var why string
		switch {
		case err != nil && !errors.Is(err, strconv.ErrRange):
			why = "is not a number"
		case math.IsNaN(w) || math.IsInf(w, 0):
			why = "is not finite"
		case w < 0:
			why = "is negative"
		}
		if why != "" {
			return r.critErr(j, &CriterionError{Index: j, Name: r.crit[j].Name, Err: fmt.Errorf("%w: %q %s", ErrWeight, cell, why)})
		}
		r.crit[j].Weight = w
		sum += w
	}
	if sum == 0 {
		return &CSVError{Line: r.recLine, Column: 1, Err: &CriterionError{Index: -1, Err: fmt.Errorf("%w: all weights are zero", ErrWeight)}}
	}
	return nil
}

func (r *CSVReader) dupMetadata(first int) error {
	return &CSVError{Line: r.recLine, Column: 1, Err: fmt.Errorf("%q: %w: first given on line %d", r.field(0), ErrDuplicateField, first)}
}

// critErr locates an error in the cell of criterion j of the current record.
func (r *CSVReader) critErr(j int, err error) error {
	return &CSVError{Line: r.fields[j+1].line, Column: j + 2, Err: err}
}

// checkFieldCount checks that the current record has a field per criterion
// and one for the name.
func (r *CSVReader) checkFieldCount() error {
	got, want := len(r.fields), len(r.crit)+1
	if got == want {
		return nil
	}
	col, line := got+1, r.fields[got-1].line
	if got > want {
		col, line = want+1, r.fields[want].line
	}
	return &CSVError{Line: line, Column: col, Err: &ShapeError{What: "fields", Got: got, Want: want}}
}

// Criteria returns a copy of the criteria: the names of the header row, and
// the objectives and weights of the metadata rows, or ObjectiveBenefit and weight 1
// for those not given.
func (r *CSVReader) Criteria() []Criterion { return append([]Criterion(nil), r.crit...) }

// Defaulted reports whether the file lacks an #objective row or a #weight
// row, so that some criteria are defaulted to benefit criteria or to equal
// weights.
func (r *CSVReader) Defaulted() bool { return r.defObj || r.defW }

// DefaultedObjectives reports whether the file has no #objective row, so that
// every criterion is a benefit criterion.
func (r *CSVReader) DefaultedObjectives() bool { return r.defObj }

// DefaultedWeights reports whether the file has no #weight row, so that every
// criterion has weight 1.
func (r *CSVReader) DefaultedWeights() bool { return r.defW }

// Line returns the line on which the record last read by [CSVReader.Next]
// or [CSVReader.NextBytes] begins, or, before the first call, that of the
// last header or metadata row.
func (r *CSVReader) Line() int { return r.rowLine }

// Next reads the next alternative: it stores its values in row, in the
// criteria's order, and returns its name. At the end of the input it
// returns io.EOF. Unlike [ReadCSV], it does not check that names are
// unique.
//
// Errors are [*CSVError] values, located as described for ReadCSV. After an
// error in one data row (its field count, name or a value), the contents of
// row are unspecified and Next may be called again to read the following
// rows; after a malformed quote or a read error, Next returns the same error
// again.
//
// It panics if len(row) is not the number of criteria.
func (r *CSVReader) Next(row []float64) (name string, err error) {
	b, err := r.NextBytes(row)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// NextBytes is like [CSVReader.Next] but returns the name in a slice that is
// only valid until the next call. It does not allocate, except to return an
// error or to read a number written with more than 32 bytes.
func (r *CSVReader) NextBytes(row []float64) (name []byte, err error) {
	if len(row) != len(r.crit) {
		panic("mcda: CSVReader.Next: row has the wrong length")
	}
	if r.err != nil {
		return nil, r.err
	}
	if !r.pending {
		if err := r.readRecord(); err != nil {
			if err != io.EOF {
				r.err, r.rowLine = err, r.recLine
			}
			return nil, err
		}
	}
	r.pending = false
	r.rowLine = r.recLine
	i := r.index
	r.index++
	if err := r.checkFieldCount(); err != nil {
		return nil, err
	}
	name = r.field(0)
	switch {
	case len(name) == 0:
		return nil, &CSVError{Line: r.fields[0].line, Column: 1, Err: &AlternativeError{Index: i, Err: ErrName}}
	case isMetadata(name):
		return nil, &CSVError{Line: r.fields[0].line, Column: 1, Err: fmt.Errorf("%q: %w (write a name that starts with '#' as ##name)", name, ErrMisplacedMetadata)}
	case name[0] == '#':
		name = name[1:]
	}
	for j := range row {
		cell := trimSpace(r.field(j + 1))
		x, err := parseFloat(cell)
		if err != nil && !errors.Is(err, strconv.ErrRange) {
			return nil, &CSVError{Line: r.fields[j+1].line, Column: j + 2,
				Err: fmt.Errorf("alternative %s, criterion %s: %w", label(i, string(name)), label(j, r.crit[j].Name), err)}
		}
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, &CSVError{Line: r.fields[j+1].line, Column: j + 2,
				Err: &ValueError{Alternative: i, AlternativeName: string(name), Criterion: j, CriterionName: r.crit[j].Name, Value: x, Err: ErrNotFinite}}
		}
		row[j] = x
	}
	return name, nil
}

// ReadAll reads the remaining alternatives and returns them as a decision
// matrix with the reader's criteria. Errors are as for [ReadCSV].
func (r *CSVReader) ReadAll() (*DecisionMatrix, error) {
	n := len(r.crit)
	var (
		names []string
		lines []int
		data  []float64
		seen  = make(map[string]int)
		row   = make([]float64, n)
	)
	for {
		name, err := r.Next(row)
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		i := len(names)
		if k, dup := seen[name]; dup {
			return nil, &CSVError{Line: r.rowLine, Column: 1, Err: &AlternativeError{Index: i, Name: name,
				Err: fmt.Errorf("%w: same as alternative %d on line %d", ErrDuplicateName, k, lines[k])}}
		}
		seen[name] = i
		names = append(names, name)
		lines = append(lines, r.rowLine)
		data = append(data, row...)
	}
	if len(names) == 0 {
		return nil, &CSVError{Line: r.line, Column: 1, Err: fmt.Errorf("no alternatives: %w", ErrEmpty)}
	}
	rows := make([][]float64, len(names))
	for i := range rows {
		rows[i] = data[i*n : (i+1)*n : (i+1)*n]
	}
	m, err := NewDecisionMatrix(names, r.crit, rows)
	if err != nil {
		return nil, r.locate(err, lines)
	}
	return m, nil
}

// locate wraps an error of NewDecisionMatrix in a *CSVError at the cell it
// concerns. The reader checks everything NewDecisionMatrix does, so this
// only matters if the two ever disagree.
func (r *CSVReader) locate(err error, lines []int) error {
	var (
		ve *ValueError
		ae *AlternativeError
		ce *CriterionError
	)
	switch {
	case errors.As(err, &ve):
		return &CSVError{Line: lines[ve.Alternative], Column: ve.Criterion + 2, Err: err}
	case errors.As(err, &ae):
		return &CSVError{Line: lines[ae.Index], Column: 1, Err: err}
	case errors.As(err, &ce):
		line := r.hdrLine
		switch {
		case errors.Is(err, ErrWeight) && !r.defW:
			line = r.wLine
		case errors.Is(err, ErrObjective) && !r.defObj:
			line = r.objLine
		}
		return &CSVError{Line: line, Column: max(ce.Index+2, 1), Err: err}
	}
	return &CSVError{Line: r.hdrLine, Column: 1, Err: err}
}

// field returns field k of the current record.
func (r *CSVReader) field(k int) []byte {
	f := r.fields[k]
	return r.buf[f.start:f.end]
}

// readRecord reads the next record that is not a blank line into r.buf and
// r.fields, with r.recLine the line on which it begins. It returns io.EOF at
// the end of the input.
func (r *CSVReader) readRecord() error {
	for {
		r.buf = r.buf[:0]
		r.recLine = r.line
		if err := r.readLine(); err != nil {
			return err
		}
		if b := r.buf; !(len(b) == 1 && b[0] == '\n' || len(b) == 2 && b[0] == '\r' && b[1] == '\n' || r.eof && len(b) == 1 && b[0] == '\r') {
			break
		}
	}
	return r.split()
}

// readLine appends the next physical line, with its '\n' if it has one, to
// r.buf. It returns io.EOF if there is none, and a *CSVError for a read
// error.
func (r *CSVReader) readLine() error {
	if r.eof {
		return io.EOF
	}
	n := len(r.buf)
	for {
		b, err := r.br.ReadSlice('\n')
		r.buf = append(r.buf, b...)
		switch err {
		case nil:
			r.line++
			return nil
		case bufio.ErrBufferFull:
		case io.EOF:
			r.eof = true
			if len(r.buf) == n {
				return io.EOF
			}
			return nil
		default:
			return &CSVError{Line: r.line, Err: err}
		}
	}
}

// split splits the record that begins with the line in r.buf into fields,
// reading further lines for quoted fields that span them. It follows RFC
// 4180 as package encoding/csv reads it, except that a quoted field keeps
// every byte between its quotes, "\r\n" included.
func (r *CSVReader) split() error {
	r.fields = r.fields[:0]
	line := r.recLine
	if bytes.IndexByte(r.buf, '"') < 0 {
		// The common case: one line, no quotes.
		b := r.buf
		end := len(b)
		if end > 0 && b[end-1] == '\n' {
			end--
		}
		if end > 0 && b[end-1] == '\r' {
			end-- // of "\r\n", or of a final "\r" before the end of the input
		}
		if k := bytes.IndexByte(b[:end], '\r'); k >= 0 {
			return &CSVError{Line: line, Column: bytes.Count(b[:k], []byte(",")) + 1, Err: ErrCarriageReturn}
		}
		start := 0
		for k, c := range b[:end] {
			if c == ',' {
				r.fields = append(r.fields, csvSpan{start, k, line})
				start = k + 1
			}
		}
		r.fields = append(r.fields, csvSpan{start, end, line})
		return nil
	}
	i := 0
	for {
		if i < len(r.buf) && r.buf[i] == '"' {
			// A quoted field, unquoted in place: w trails i.
			start, fline := i+1, line
			i++
			w := i
			for {
				j := bytes.IndexByte(r.buf[i:], '"')
				if j < 0 {
					// The field goes on to the next line.
					w += copy(r.buf[w:], r.buf[i:])
					r.buf = r.buf[:w]
					i = w
					if err := r.readLine(); err != nil {
						if err == io.EOF {
							err = &CSVError{Line: fline, Column: len(r.fields) + 1, Err: csv.ErrQuote}
						}
						return err
					}
					line++
					continue
				}
				w += copy(r.buf[w:], r.buf[i:i+j])
				i += j + 1
				if i < len(r.buf) && r.buf[i] == '"' { // "" stands for "
					r.buf[w] = '"'
					w++
					i++
					continue
				}
				break
			}
			r.fields = append(r.fields, csvSpan{start, w, fline})
			b := r.buf
			switch {
			case i == len(b): // end of input
				return nil
			case b[i] == ',':
				i++
				continue
			case b[i] == '\n',
				b[i] == '\r' && (i+1 == len(b) || b[i+1] == '\n'):
				return nil
			}
			return &CSVError{Line: fline, Column: len(r.fields), Err: csv.ErrQuote}
		}
		// An unquoted field, which ends at a comma or at the end of the line.
		b := r.buf
		j := i
		for j < len(b) && b[j] != ',' && b[j] != '"' && b[j] != '\n' && b[j] != '\r' {
			j++
		}
		switch {
		case j < len(b) && b[j] == '\r' && j+1 < len(b) && b[j+1] != '\n':
			return &CSVError{Line: line, Column: len(r.fields) + 1, Err: ErrCarriageReturn}
		case j < len(b) && b[j] == '"':
			return &CSVError{Line: line, Column: len(r.fields) + 1, Err: csv.ErrBareQuote}
		case j < len(b) && b[j] == ',':
			r.fields = append(r.fields, csvSpan{i, j, line})
			i = j + 1
			continue
		}
		end := j
		if end > i && b[end-1] == '\r' {
			end-- // of "\r\n", or of a final "\r" before the end of the input
		}
		r.fields = append(r.fields, csvSpan{i, end, line})
		return nil
	}
}

// parseFloat returns the number in b as strconv.ParseFloat does, and as
// fast as it can for plain decimals.
func parseFloat(b []byte) (float64, error) {
	if x, ok := parseDecimal(b); ok {
		return x, nil
	}
	return strconv.ParseFloat(string(b), 64)
}

// float64pow10 holds the powers of ten that a float64 represents exactly.
var float64pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// parseDecimal parses [+-]digits[.digits][(e|E)[+-]digits] when the result
// is exact by Clinger's fast path: a mantissa below 2^53 times or divided
// by an exact power of ten, one correctly rounded operation. It reports
// false for anything else, which is left to strconv.ParseFloat.
func parseDecimal(b []byte) (float64, bool) {
	i, neg := 0, false
	if i < len(b) && (b[i] == '+' || b[i] == '-') {
		neg = b[i] == '-'
		i++
	}
	var mant uint64
	nd, frac := 0, 0
	for ; i < len(b) && '0' <= b[i] && b[i] <= '9'; i++ {
		mant = mant*10 + uint64(b[i]-'0')
		nd++
	}
	if i < len(b) && b[i] == '.' {
		for i++; i < len(b) && '0' <= b[i] && b[i] <= '9'; i++ {
			mant = mant*10 + uint64(b[i]-'0')
			nd++
			frac++
		}
	}
	if nd == 0 || nd > 19 { // no digits, or mant may have overflowed
		return 0, false
	}
	exp := 0
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		eneg := false
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			eneg = b[i] == '-'
			i++
		}
		ne := 0
		for ; i < len(b) && '0' <= b[i] && b[i] <= '9'; i++ {
			exp = exp*10 + int(b[i]-'0')
			ne++
		}
		if ne == 0 || ne > 4 {
			return 0, false
		}
		if eneg {
			exp = -exp
		}
	}
	if i != len(b) || mant >= 1<<53 {
		return 0, false
	}
	x := float64(mant)
	switch exp -= frac; {
	case exp == 0:
	case 0 < exp && exp < len(float64pow10):
		x *= float64pow10[exp]
	case -len(float64pow10) < exp && exp < 0:
		x /= float64pow10[-exp]
	default:
		return 0, false
	}
	if neg {
		x = -x
	}
	return x, true
}

// trimSpace removes leading and trailing spaces and tabs.
func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t') {
		b = b[:len(b)-1]
	}
	return b
}

// asciiEqualFold reports whether b equals the lower-case ASCII word s,
// ignoring ASCII case.
func asciiEqualFold(b []byte, s string) bool {
	if len(b) != len(s) {
		return false
	}
	for k := range b {
		if c := b[k]; c|0x20 != s[k] {
			return false
		}
	}
	return true
}

// ReadCSV reads a decision problem from a CSV file (RFC 4180, comma
// separated) laid out as in a spreadsheet:
//
//	alternative,price,speed,comfort
//	#objective,cost,benefit,benefit
//	#weight,0.5,0.3,0.2
//	A1,250,16,7
//	A2,200,16,8
//
// The first record is the header: a label for the names column (any text),
// then the names of the criteria. Then come at most one #objective row and
// at most one #weight row, in either order, and then one row per
// alternative: its name, then its values in the criteria's order.
//
// A record whose first cell starts with a single '#' is a metadata row,
// and the text after the '#' is its keyword: "objective" or "weight"; other
// keywords are reserved, and an error. Metadata rows must come before the
// first alternative; one after it is an error. A first cell that
// starts with "##" names an alternative whose name is the cell without its
// first '#': "##7" names the alternative "#7". The rule applies to the cell
// after CSV unquoting, so quoting a cell does not change its meaning; other
// names, such as "weight", need no escape. [WriteCSV] writes names in this
// form, so every name round-trips.
//
// The cells of an #objective row are "benefit" or "cost", or "max" or
// "min"; those of a #weight row are finite numbers >= 0, not all zero.
// Weights need not sum to 1 (see [Criterion]). Keywords and objectives are
// matched ignoring ASCII case. Without an #objective row every criterion is
// a benefit criterion, and without a #weight row every weight is 1; use
// [NewCSVReader] and [CSVReader.Defaulted] to find out. Values, weights and
// objectives may be surrounded by spaces or tabs; names are taken as they
// are. Numbers are read by [strconv.ParseFloat] and must be finite.
//
// Every record has a field for the name and one per criterion. Lines end
// with "\n" or "\r\n"; blank lines are skipped; a UTF-8 byte order mark at
// the start is skipped. A quoted field may span lines and keeps every byte
// between its quotes.
//
// Errors are [*CSVError] values giving the 1-based line and column (field
// number) of the offending cell, or of the first missing or extra field of
// a record with the wrong number of fields; see CSVError for their causes.
// The data are validated as by [NewDecisionMatrix]: names must be non-empty
// and unique. An input with no header or no alternatives is an error
// wrapping [ErrEmpty] at the line on which the input ends, column 1, and a
// header with no criteria one at column 2.
func ReadCSV(r io.Reader) (*DecisionMatrix, error) {
	cr, err := NewCSVReader(r)
	if err != nil {
		return nil, err
	}
	return cr.ReadAll()
}

// WriteCSV writes m in the format read by [ReadCSV], with "alternative" as
// the label of the names column, both metadata rows and lines ending in
// "\n". Values and weights are written in the shortest form that reads back
// exactly, so ReadCSV reads the output back into an identical matrix.
// Cells are quoted as package encoding/csv quotes them.
func WriteCSV(w io.Writer, m *DecisionMatrix) error {
	const flushAt = 32 << 10
	buf := make([]byte, 0, flushAt+1024)
	flush := func(force bool) error {
		if len(buf) < flushAt && !force {
			return nil
		}
		_, err := w.Write(buf)
		buf = buf[:0]
		return err
	}
	buf = append(buf, "alternative"...)
	for _, c := range m.criteria {
		buf = appendCSVField(append(buf, ','), c.Name)
	}
	buf = append(buf, "\n#objective"...)
	for _, c := range m.criteria {
		buf = append(append(buf, ','), c.Objective.String()...)
	}
	buf = append(buf, "\n#weight"...)
	for _, c := range m.criteria {
		buf = strconv.AppendFloat(append(buf, ','), c.Weight, 'g', -1, 64)
	}
	buf = append(buf, '\n')
	n := len(m.criteria)
	for i, name := range m.alternatives {
		if strings.HasPrefix(name, "#") {
			name = "#" + name // escaped, then quoted if need be
		}
		buf = appendCSVField(buf, name)
		for _, x := range m.data[i*n : (i+1)*n] {
			buf = strconv.AppendFloat(append(buf, ','), x, 'g', -1, 64)
		}
		buf = append(buf, '\n')
		if err := flush(false); err != nil {
			return err
		}
	}
	return flush(true)
}

// appendCSVField appends s to buf, quoted if encoding/csv's Writer would
// quote it.
func appendCSVField(buf []byte, s string) []byte {
	if !csvNeedsQuotes(s) {
		return append(buf, s...)
	}
	buf = append(buf, '"')
	for {
		k := strings.IndexByte(s, '"')
		if k < 0 {
			break
		}
		buf = append(append(buf, s[:k+1]...), '"')
		s = s[k+1:]
	}
	return append(append(buf, s...), '"')
}

// csvNeedsQuotes reports whether a field must be quoted, by the rules of
// encoding/csv's Writer.
func csvNeedsQuotes(s string) bool {
	if s == "" {
		return false
	}
	if s == `\.` || strings.ContainsAny(s, ",\"\r\n") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}
