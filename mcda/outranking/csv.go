package outranking

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/balancer-mcda/balancer/mcda"
)

// ReadCSVProblem reads a problem in balancer's CSV format (see
// [mcda.ReadCSV]) extended with metadata rows for the outranking and
// sorting methods, all before the first alternative:
//
//	name,price,quality
//	#objective,cost,benefit
//	#weight,2,1
//	#q,1,0.5
//	#p,2,1
//	#v,10,
//	#categories,reject,review,accept
//	#profile b1,15,3
//	#profile b2,10,6
//	A1,12,4
//
// #q, #p and #v give constant thresholds, one cell per criterion; an empty
// cell means 0 for q, q for p, and no veto for v. Each "#profile NAME" row
// is a boundary profile, worst first ("#central NAME" rows give central
// profiles instead; the two cannot be mixed). #categories names the
// categories worst first, in as many cells as needed (the rest empty); it
// defaults to C1, C2, …. Affine thresholds, per-profile thresholds and
// preference functions need the JSON format of [ReadProblem].
//
// Errors are [*mcda.CSVError] values with the line and column, wrapping
// the causes of ReadProblem: [mcda.ErrParameter] for thresholds out of
// order, a profile that does not dominate the one below, a missing profile
// value or categories that do not match the profiles; [mcda.ErrUnknownField]
// or [mcda.ErrDuplicateField] for a bad metadata row; the errors of
// [mcda.NewDecisionMatrix] for the data, located at their cell. The input
// must not exceed 64 MiB.
func ReadCSVProblem(r io.Reader) (*Problem, error) {
	lr := &limitedReader{r: r, n: maxProblemBytes}
	cr := csv.NewReader(lr)
	cr.FieldsPerRecord = -1
	cr.Comment = 0
	var (
		header  []string
		hdrLine int
		crit    []mcda.Criterion
		meta    = map[string]int{} // keyword → line
		qc, pc  []string
		vc      []string
		qpvLine [3]int
		p       = &Problem{}
		names   []string
		rows    [][]float64
		lines   []int
		profLn  []int
		kinds   = map[bool]bool{}
	)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, &mcda.CSVError{Line: pe.Line, Column: pe.Column, Err: pe.Err}
			}
			if lr.over {
				return nil, &mcda.CSVError{Line: 0, Err: fmt.Errorf("%w: input larger than %d bytes", mcda.ErrParameter, maxProblemBytes)}
			}
			return nil, &mcda.CSVError{Err: err}
		}
		line, _ := cr.FieldPos(0)
		if header == nil {
			if len(rec) < 2 {
				return nil, &mcda.CSVError{Line: line, Column: 2, Err: fmt.Errorf("no criteria: %w", mcda.ErrEmpty)}
			}
			header, hdrLine = rec, line
			crit = make([]mcda.Criterion, len(rec)-1)
			for j := range crit {
				crit[j] = mcda.Criterion{Name: strings.TrimSpace(rec[j+1]), Objective: mcda.ObjectiveBenefit, Weight: 1}
			}
			continue
		}
		n := len(crit)
		first := strings.TrimSpace(rec[0])
		isMeta := strings.HasPrefix(first, "#") && !strings.HasPrefix(first, "##")
		if isMeta && names != nil {
			return nil, &mcda.CSVError{Line: line, Column: 1, Err: mcda.ErrMisplacedMetadata}
		}
		kw, arg, _ := strings.Cut(strings.TrimPrefix(first, "#"), " ")
		kw = strings.ToLower(kw)
		if isMeta && kw == "categories" {
			if _, dup := meta[kw]; dup {
				return nil, &mcda.CSVError{Line: line, Column: 1, Err: fmt.Errorf("%q: %w: first given on line %d", first, mcda.ErrDuplicateField, meta[kw])}
			}
			meta[kw] = line
			for _, c := range rec[1:] {
				if c = strings.TrimSpace(c); c != "" {
					p.Categories = append(p.Categories, c)
				}
			}
			continue
		}
		if len(rec) != n+1 {
			col := min(len(rec), n+1) + 1
			return nil, &mcda.CSVError{Line: line, Column: col, Err: &mcda.ShapeError{What: "fields", Got: len(rec), Want: n + 1}}
		}
		if !isMeta {
			if strings.HasPrefix(first, "##") {
				first = first[1:]
			}
			row := make([]float64, n)
			for j := range n {
				x, err := parseCell(rec[j+1])
				if err != nil {
					return nil, &mcda.CSVError{Line: line, Column: j + 2, Err: err}
				}
				row[j] = x
			}
			names, rows, lines = append(names, first), append(rows, row), append(lines, line)
			continue
		}
		switch kw {
		case "objective", "weight", "q", "p", "v":
			if arg != "" {
				break
			}
			if _, dup := meta[kw]; dup {
				return nil, &mcda.CSVError{Line: line, Column: 1, Err: fmt.Errorf("%q: %w: first given on line %d", first, mcda.ErrDuplicateField, meta[kw])}
			}
			meta[kw] = line
			cells := rec[1:]
			switch kw {
			case "objective":
				for j, c := range cells {
					o, err := mcda.ParseObjective(strings.ToLower(strings.TrimSpace(c)))
					if err != nil {
						return nil, &mcda.CSVError{Line: line, Column: j + 2, Err: &mcda.CriterionError{Index: j, Name: crit[j].Name, Err: err}}
					}
					crit[j].Objective = o
				}
			case "weight":
				for j, c := range cells {
					w, err := parseCell(c)
					if err != nil || w < 0 {
						return nil, &mcda.CSVError{Line: line, Column: j + 2, Err: &mcda.CriterionError{Index: j, Name: crit[j].Name, Err: fmt.Errorf("%w: %q", mcda.ErrWeight, c)}}
					}
					crit[j].Weight = w
				}
			case "q":
				qc, qpvLine[0] = cells, line
			case "p":
				pc, qpvLine[1] = cells, line
			case "v":
				vc, qpvLine[2] = cells, line
			}
			continue
		case "profile", "central":
			if arg == "" {
				arg = fmt.Sprintf("b%d", len(p.Profiles)+1)
			}
			kinds[kw == "central"] = true
			if len(kinds) > 1 {
				return nil, &mcda.CSVError{Line: line, Column: 1, Err: fmt.Errorf("%w: #profile and #central rows mixed", mcda.ErrParameter)}
			}
			row := make([]float64, n)
			for j := range n {
				c := strings.TrimSpace(rec[j+1])
				if c == "" {
					return nil, &mcda.CSVError{Line: line, Column: j + 2, Err: fmt.Errorf("%w: missing profile value", mcda.ErrParameter)}
				}
				x, err := parseCell(c)
				if err != nil {
					return nil, &mcda.CSVError{Line: line, Column: j + 2, Err: err}
				}
				row[j] = x
			}
			p.Profiles, p.ProfileNames, profLn = append(p.Profiles, row), append(p.ProfileNames, arg), append(profLn, line)
			p.Central = kw == "central"
			continue
		}
		return nil, &mcda.CSVError{Line: line, Column: 1, Err: fmt.Errorf("%q: %w (want #objective, #weight, #q, #p, #v, #categories, #profile NAME or #central NAME)", first, mcda.ErrUnknownField)}
	}
	if header == nil {
		return nil, &mcda.CSVError{Line: 1, Column: 1, Err: fmt.Errorf("no header: %w", mcda.ErrEmpty)}
	}
	m, err := mcda.NewDecisionMatrix(names, crit, rows)
	if err != nil {
		return nil, locate(err, hdrLine, lines)
	}
	p.Matrix = m
	n := len(crit)
	p.Thresholds = make([]Thresholds, n)
	for j := range n {
		t := &p.Thresholds[j]
		for k, c := range []struct {
			cells []string
			dst   *Threshold
		}{{qc, &t.Q}, {pc, &t.P}, {vc, &t.V}} {
			if c.cells == nil || strings.TrimSpace(c.cells[j]) == "" {
				continue
			}
			x, err := parseCell(c.cells[j])
			if err != nil {
				return nil, &mcda.CSVError{Line: qpvLine[k], Column: j + 2, Err: err}
			}
			*c.dst = Constant(x)
			if k == 2 {
				t.Veto = true
			}
		}
		if pc == nil || strings.TrimSpace(pc[j]) == "" {
			t.P = t.Q
		}
		for i, row := range rows {
			if _, _, _, err := t.values(row[j]); err != nil {
				ln := qpvLine[0]
				if ln == 0 {
					ln = max(qpvLine[1], qpvLine[2])
				}
				return nil, &mcda.CSVError{Line: ln, Column: j + 2, Err: fmt.Errorf("%w: criterion %q at alternative %q: %v", mcda.ErrParameter, crit[j].Name, names[i], err)}
			}
		}
	}
	if p.Profiles == nil && p.Categories != nil {
		return nil, &mcda.CSVError{Line: meta["categories"], Column: 1, Err: fmt.Errorf("%w: %d categories without profiles", mcda.ErrParameter, len(p.Categories))}
	}
	if p.Profiles != nil {
		docs := make([]jsonProfile, len(p.Profiles))
		for h := range docs {
			docs[h] = jsonProfile{Name: &p.ProfileNames[h], Values: p.Profiles[h]}
		}
		p.Profiles, p.ProfileNames = nil, nil
		if err := p.readProfiles(docs); err != nil {
			var pe *mcda.ParseError
			if errors.As(err, &pe) {
				ln, col := meta["categories"], 1
				var h, j int
				if k, _ := fmt.Sscanf(pe.Field, "profiles[%d].values[%d]", &h, &j); k >= 1 {
					ln, col = profLn[h], 1
					if k == 2 {
						col = j + 2
					}
				}
				if _, err := fmt.Sscanf(pe.Field, "criteria[%d]", &j); err == nil {
					ln, col = max(qpvLine[0], qpvLine[1], qpvLine[2]), j+2
				}
				return nil, &mcda.CSVError{Line: ln, Column: col, Err: pe.Err}
			}
			return nil, err
		}
	}
	return p, nil
}

// locate places an error of mcda.NewDecisionMatrix at its line and column.
func locate(err error, hdr int, lines []int) error {
	var ve *mcda.ValueError
	var ae *mcda.AlternativeError
	var ce *mcda.CriterionError
	switch {
	case errors.As(err, &ve) && ve.Alternative < len(lines):
		return &mcda.CSVError{Line: lines[ve.Alternative], Column: ve.Criterion + 2, Err: err}
	case errors.As(err, &ae) && ae.Index < len(lines):
		return &mcda.CSVError{Line: lines[ae.Index], Column: 1, Err: err}
	case errors.As(err, &ce) && ce.Index >= 0:
		return &mcda.CSVError{Line: hdr, Column: ce.Index + 2, Err: err}
	}
	return &mcda.CSVError{Line: hdr, Err: err}
}

// parseCell parses a number, rejecting NaN, ±Inf and out-of-range values
// with an error wrapping mcda.ErrNotFinite or the strconv error.
func parseCell(s string) (float64, error) {
	s = strings.TrimSpace(s)
	x, err := strconv.ParseFloat(s, 64)
	switch {
	case errors.Is(err, strconv.ErrRange), err == nil && (math.IsNaN(x) || math.IsInf(x, 0)):
		return 0, fmt.Errorf("%q: %w", s, mcda.ErrNotFinite)
	case err != nil:
		return 0, fmt.Errorf("%q is not a number: %w", s, err)
	}
	return x, nil
}

// limitedReader reads at most n bytes and records whether there were
// more.
type limitedReader struct {
	r    io.Reader
	n    int64
	over bool
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		var one [1]byte
		if k, _ := l.r.Read(one[:]); k > 0 {
			l.over = true
			return 0, errors.New("input too large")
		}
		return 0, io.EOF
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	k, err := l.r.Read(p)
	l.n -= int64(k)
	return k, err
}
