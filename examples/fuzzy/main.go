// Command fuzzy runs fuzzy AHP (Buckley's geometric mean or Chang's extent
// analysis) or Chen's fuzzy TOPSIS on a JSON file whose judgments, ratings
// and weights may be triangular fuzzy numbers or words.
//
// Usage:
//
//	go run ./examples/fuzzy [-method buckley|chang] [-defuzzify centroid|graded-mean|centroid-of-means]
//	    [-ri table] [-ideal unit|maxmin] [-separation sum|euclidean] [-json] [FILE]
//
// FILE (or standard input when FILE is "-" or absent) holds fuzzy pairwise
// judgments, an object with an "items" key (see fuzzy.ReadAHP), or a group
// fuzzy TOPSIS problem, an object with an "alternatives" key (see
// fuzzy.ReadTOPSIS). -ideal and -separation override the file's.
//
// For judgments, the text report lists every item's fuzzy geometric mean,
// fuzzy weight and crisp weight (Buckley) or extent and weight (Chang, with
// a warning naming any item given weight 0), and the CR of the modal
// matrix. With -json:
//
//	{"method": "buckley", "defuzzification": "centroid",
//	 "items": [{"item": "Cost", "geometric_mean": [1.82, 2.29, 2.71],
//	            "fuzzy_weight": [0.40, 0.63, 0.95], "weight": 0.61}, ...],
//	 "cr": 0.016, "lambda_max": 3.018, "table": "saaty1980"}
//
// ("extent" instead of the means and fuzzy weights for Chang). For a TOPSIS
// problem the report lists the alternatives best first with d*, d⁻ and the
// closeness coefficient; with -json:
//
//	{"ideal": "unit", "separation": "sum",
//	 "alternatives": [{"alternative": "Ana", "d_plus": 2.1, "d_minus": 1.9, "closeness": 0.47, "rank": 2}, ...],
//	 "weights": [[0.7, 0.87, 0.97], ...], "weighted": [[[...], ...], ...]}
//
// Bad input exits with status 2 and one line on standard error.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/balancer-mcda/balancer/examples/internal/cli"
	"github.com/balancer-mcda/balancer/mcda/ahp"
	"github.com/balancer-mcda/balancer/mcda/fuzzy"
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command and returns its exit status: 0 on success, 1
// when the output cannot be written, 2 on bad input.
func run(_ context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := &cli.Command{Name: "fuzzy", Usage: "usage: fuzzy [-method buckley|chang] [-defuzzify centroid|graded-mean|centroid-of-means] [-ri table] [-ideal unit|maxmin] [-separation sum|euclidean] [-json] [-version] [FILE | -]", Stdout: stdout, Stderr: stderr}
	fail := cmd.Fail
	fs := flag.NewFlagSet("fuzzy", flag.ContinueOnError)
	method := fs.String("method", "buckley", "fuzzy AHP method: buckley or chang")
	defuzz := fs.String("defuzzify", "centroid", "Buckley's defuzzification: centroid, graded-mean or centroid-of-means")
	tableName := fs.String("ri", "saaty1980", "random index table: saaty1980, saaty2005, donegan-dodd1991 or alonso-lamata2006")
	ideal := fs.String("ideal", "", "fuzzy TOPSIS ideal: unit (Chen 2000) or maxmin; overrides the file's")
	sep := fs.String("separation", "", "fuzzy TOPSIS separation: sum (Chen 2000) or euclidean; overrides the file's")
	asJSON := fs.Bool("json", false, "print JSON")
	file, status, ok := cmd.Parse(fs, args)
	if !ok {
		return status
	}
	if *method != "buckley" && *method != "chang" {
		return fail("-method %q: want buckley or chang", *method)
	}
	d, err := fuzzy.ParseDefuzzification(*defuzz)
	if err != nil {
		return fail("-defuzzify %q: want centroid, graded-mean or centroid-of-means", *defuzz)
	}
	table, err := ahp.ParseRandomIndexTable(*tableName)
	if err != nil {
		return fail("-ri %q: want saaty1980, saaty2005, donegan-dodd1991 or alonso-lamata2006", *tableName)
	}
	var idealK *fuzzy.Ideal
	if *ideal != "" {
		k, err := fuzzy.ParseIdeal(*ideal)
		if err != nil {
			return fail("-ideal %q: want unit or maxmin", *ideal)
		}
		idealK = &k
	}
	var sepK *fuzzy.Separation
	if *sep != "" {
		k, err := fuzzy.ParseSeparation(*sep)
		if err != nil {
			return fail("-separation %q: want sum or euclidean", *sep)
		}
		sepK = &k
	}
	name, data, status, ok := cmd.ReadAll(file, stdin, fuzzy.MaxDocument)
	if !ok {
		return status
	}
	failIn := func(err error) int { return cmd.FailIn(name, "fuzzy: ", err) }
	writeOut := cmd.Output
	var top map[string]json.RawMessage
	_ = json.Unmarshal(data, &top) // a syntax error is the reader's to report
	_, isTOPSIS := top["alternatives"]
	if !isTOPSIS && !bytes.Contains(data, []byte(`"items"`)) && bytes.Contains(data, []byte(`"alternatives"`)) {
		isTOPSIS = true
	}
	if isTOPSIS {
		p, err := fuzzy.ReadTOPSIS(bytes.NewReader(data))
		if err != nil {
			return failIn(err)
		}
		if idealK != nil {
			p.Options.Ideal = *idealK
		}
		if sepK != nil {
			p.Options.Separation = *sepK
		}
		res, err := fuzzy.TOPSIS(p.Alternatives, p.Criteria, p.Ratings, p.Weights, p.Options)
		if err != nil {
			return failIn(err)
		}
		if *asJSON {
			return writeOut(writeTOPSISJSON(stdout, res, p.Options))
		}
		return writeOut(writeTOPSISText(stdout, res, p.Options))
	}
	doc, err := fuzzy.ReadAHP(bytes.NewReader(data))
	if err != nil {
		return failIn(err)
	}
	m, err := fuzzy.NewMatrixFromJudgments(doc.Items, doc.Judgments)
	if err != nil {
		return failIn(err)
	}
	modal, err := m.Modal()
	if err != nil {
		return failIn(err)
	}
	var s ahp.Solver
	cons, err := s.Consistency(modal, table)
	if err != nil {
		return failIn(err)
	}
	out := ahpJSON{Method: *method, CR: cons.CR, LambdaMax: cons.LambdaMax, RandomIndexTable: table.String()}
	if *method == "buckley" {
		res, err := fuzzy.Buckley(m, d, table)
		if err != nil {
			return failIn(err)
		}
		out.Defuzzification = d.String()
		for i, it := range res.Items {
			gm, fw := triple(res.GeometricMeans[i]), triple(res.FuzzyWeights[i])
			out.Items = append(out.Items, itemJSON{Item: it, GeometricMean: &gm, FuzzyWeight: &fw, Weight: res.Weights[i]})
		}
	} else {
		res := fuzzy.Chang(m)
		for i, it := range res.Items {
			ex := triple(res.Extents[i])
			out.Items = append(out.Items, itemJSON{Item: it, Extent: &ex, Weight: res.Weights[i]})
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", " ")
		return writeOut(enc.Encode(out))
	}
	return writeOut(writeAHPText(stdout, out))
}

func triple(t fuzzy.TFN) [3]float64 { return [3]float64{t.L, t.M, t.U} }

type itemJSON struct {
	Item          string      `json:"item"`
	GeometricMean *[3]float64 `json:"geometric_mean,omitempty"`
	FuzzyWeight   *[3]float64 `json:"fuzzy_weight,omitempty"`
	Extent        *[3]float64 `json:"extent,omitempty"`
	Weight        float64     `json:"weight"`
}

// ahpJSON is the -json output for judgments; the field order is part of
// the contract.
type ahpJSON struct {
	Method           string     `json:"method"`
	Defuzzification  string     `json:"defuzzification,omitempty"`
	Items            []itemJSON `json:"items"`
	CR               float64    `json:"cr"`
	LambdaMax        float64    `json:"lambda_max"`
	RandomIndexTable string     `json:"table"`
}

func fmtTFN(t [3]float64) string { return fmt.Sprintf("(%.4f, %.4f, %.4f)", t[0], t[1], t[2]) }

func writeAHPText(w io.Writer, out ahpJSON) error {
	var b bytes.Buffer
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	if out.Method == "buckley" {
		fmt.Fprintf(&b, "Fuzzy AHP, Buckley's geometric mean; crisp weights by %s\n\n", out.Defuzzification)
		fmt.Fprintln(tw, "  item\tgeometric mean\tfuzzy weight\tweight")
		for _, it := range out.Items {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%.4f\n", it.Item, fmtTFN(*it.GeometricMean), fmtTFN(*it.FuzzyWeight), it.Weight)
		}
	} else {
		fmt.Fprintf(&b, "Fuzzy AHP, Chang's extent analysis\n\n")
		fmt.Fprintln(tw, "  item\textent\tweight")
		for _, it := range out.Items {
			fmt.Fprintf(tw, "  %s\t%s\t%.4f\n", it.Item, fmtTFN(*it.Extent), it.Weight)
		}
	}
	tw.Flush()
	fmt.Fprintf(&b, "\nModal matrix: λmax %.4f, CR %.4f (%s)\n", out.LambdaMax, out.CR, out.RandomIndexTable)
	if out.CR >= 0.1 {
		fmt.Fprintln(&b, "Warning: CR >= 0.1, the modal judgments are inconsistent; revise them.")
	}
	if out.Method == "chang" {
		var zero []string
		for _, it := range out.Items {
			if it.Weight == 0 {
				zero = append(zero, it.Item)
			}
		}
		if len(zero) > 0 {
			fmt.Fprintf(&b, "Warning: extent analysis gives %s weight 0 whatever the judgments say (Wang, Luo & Hua 2008); compare -method buckley.\n", strings.Join(zero, ", "))
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}

type alternativeJSON struct {
	Alternative string  `json:"alternative"`
	DPlus       float64 `json:"d_plus"`
	DMinus      float64 `json:"d_minus"`
	Closeness   float64 `json:"closeness"`
	Rank        int     `json:"rank"`
}

// topsisJSON is the -json output for a TOPSIS problem; the field order is
// part of the contract.
type topsisJSON struct {
	Ideal        string            `json:"ideal"`
	Separation   string            `json:"separation"`
	Alternatives []alternativeJSON `json:"alternatives"`
	Criteria     []string          `json:"criteria"`
	Weights      [][3]float64      `json:"weights"`
	Weighted     [][][3]float64    `json:"weighted"`
}

func writeTOPSISJSON(w io.Writer, res *fuzzy.TOPSISResult, opt fuzzy.TOPSISOptions) error {
	out := topsisJSON{Ideal: opt.Ideal.String(), Separation: opt.Separation.String(), Criteria: res.Criteria}
	for i, a := range res.Alternatives {
		out.Alternatives = append(out.Alternatives, alternativeJSON{Alternative: a, DPlus: res.DPlus[i], DMinus: res.DMinus[i], Closeness: res.Closeness[i], Rank: res.Ranks[i]})
		var row [][3]float64
		for _, v := range res.Weighted[i] {
			row = append(row, triple(v))
		}
		out.Weighted = append(out.Weighted, row)
	}
	for _, v := range res.Weights {
		out.Weights = append(out.Weights, triple(v))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(out)
}

func writeTOPSISText(w io.Writer, res *fuzzy.TOPSISResult, opt fuzzy.TOPSISOptions) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "Fuzzy TOPSIS (Chen 2000): ideal %s, separation %s\n\nCriteria weights (mean of the decision makers)\n", opt.Ideal, opt.Separation)
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	for j, c := range res.Criteria {
		fmt.Fprintf(tw, "  %s\t%s\n", c, fmtTFN(triple(res.Weights[j])))
	}
	tw.Flush()
	order := make([]int, len(res.Alternatives))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return res.Ranks[order[a]] < res.Ranks[order[b]] })
	fmt.Fprintln(&b)
	tw = tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  rank\talternative\td*\td-\tcloseness")
	for _, i := range order {
		fmt.Fprintf(tw, "  %d\t%s\t%.4f\t%.4f\t%.4f\n", res.Ranks[i], res.Alternatives[i], res.DPlus[i], res.DMinus[i], res.Closeness[i])
	}
	tw.Flush()
	_, err := w.Write(b.Bytes())
	return err
}
