// Command anp evaluates an Analytic Network Process model, or a DEMATEL
// study with its DANP weights.
//
// Usage:
//
//	go run ./examples/anp [-priority eigen|geometric] [-ri table] [-normalization max-row-column|max-row]
//	    [-chart FILE.png] [-json] [FILE]
//
// FILE (or standard input when FILE is "-" or absent) holds a network, an
// object with a "clusters" key (see anp.ReadNetwork), or a DEMATEL study,
// an object with a "factors" key (see anp.ReadDematel).
//
// For a network the text report gives the consistency of every comparison
// (with a warning when CR >= 0.1), the cluster matrix, the unweighted,
// weighted and limit supermatrices, whether the limit is a Cesàro average
// (a cyclic supermatrix) and which nodes are sinks, and the priorities of
// every node, limiting and normalised within its cluster. With -json it
// prints
//
//	{"method": "eigen", "table": "saaty1980",
//	 "clusters": ["Criteria", "Alternatives"],
//	 "nodes": [{"node": "Price", "cluster": "Criteria", "limiting": 0.13, "normalized": 0.38}, ...],
//	 "consistency": [{"node": "Price", "cluster": "Alternatives", "cr": 0.003, "lambda_max": 3.004, "complete": true}, ...],
//	 "cluster_matrix": [[...]], "unweighted": [[...]], "weighted": [[...]], "limit": [[...]],
//	 "cesaro": false, "sinks": []}
//
// with matrices as rows in node order (a cluster comparison has "node": "").
// A comparison with CR >= 0.1 also has "revision": {"a", "b", "from", "to",
// "cr"}, the single judgment change that lowers its CR most
// (ahp.Matrix.SuggestRevision), which the text report names too.
//
// For a DEMATEL study the report gives the normalising constant, the
// total-relation matrix, D, R, D + R and D - R of every factor with its
// role (cause when D - R > 0), the threshold and the arrows of the
// impact-relation map, and with "dimensions" the DANP weights. With -json:
//
//	{"normalization": "max-row-column", "scale": 5, "threshold": 0.91,
//	 "factors": [{"factor": "Cost", "d": 3.56, "r": 1.68, "prominence": 5.24, "relation": 1.88,
//	              "role": "cause", "danp_weight": 0.23}, ...],
//	 "direct": [[...]], "normalized": [[...]], "total": [[...]],
//	 "map": [{"from": "Cost", "to": "Quality", "t": 1.02}, ...],
//	 "danp": {"dimensions": [...], "factors": [...], "total_dimensions": [[...]],
//	          "unweighted": [[...]], "weighted": [[...]], "limit": [[...]]}}
//
// -chart FILE.png draws the impact-relation map, D + R against D - R, for
// a DEMATEL study. Bad input exits with status 2 and one line on standard
// error. An interrupt (Ctrl-C) stops the limit computation.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"text/tabwriter"

	"gonum.org/v1/gonum/mat"

	"github.com/balancer-mcda/balancer/examples/internal/cli"
	"github.com/balancer-mcda/balancer/mcda/ahp"
	"github.com/balancer-mcda/balancer/mcda/anp"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// crThreshold is Saaty's limit for acceptable inconsistency.
const crThreshold = 0.1

// run executes the command and returns its exit status: 0 on success, 1
// when the output cannot be written, 2 on bad input.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := &cli.Command{Name: "anp", Usage: "usage: anp [-priority eigen|geometric] [-ri table] [-normalization max-row-column|max-row] [-chart FILE.png] [-json] [-version] [FILE | -]", Stdout: stdout, Stderr: stderr}
	fail := cmd.Fail
	fs := flag.NewFlagSet("anp", flag.ContinueOnError)
	methodName := fs.String("priority", "eigen", "priority method of the comparisons: eigen or geometric")
	tableName := fs.String("ri", "saaty1980", "random index table: saaty1980, saaty2005, donegan-dodd1991 or alonso-lamata2006")
	normName := fs.String("normalization", "", "DEMATEL normalisation: max-row-column (default) or max-row; overrides the file's")
	chart := fs.String("chart", "", "DEMATEL: write the impact-relation map to this PNG file")
	asJSON := fs.Bool("json", false, "print JSON")
	file, status, ok := cmd.Parse(fs, args)
	if !ok {
		return status
	}
	method, err := ahp.ParsePriorityMethod(*methodName)
	if err != nil {
		return fail("-priority %q: want eigen or geometric", *methodName)
	}
	table, err := ahp.ParseRandomIndexTable(*tableName)
	if err != nil {
		return fail("-ri %q: want saaty1980, saaty2005, donegan-dodd1991 or alonso-lamata2006", *tableName)
	}
	var norm *anp.Normalization
	if *normName != "" {
		k, err := anp.ParseNormalization(*normName)
		if err != nil {
			return fail("-normalization %q: want max-row-column or max-row", *normName)
		}
		norm = &k
	}
	name, data, status, ok := cmd.ReadAll(file, stdin, anp.MaxDocument)
	if !ok {
		return status
	}
	failIn := func(err error) int { return cmd.FailIn(name, "anp: ", err) }
	writeOut := cmd.Output
	switch kind(data) {
	case "network":
		if *chart != "" {
			return fail("-chart draws a DEMATEL study's impact-relation map, and %s is a network", name)
		}
		nw, err := anp.ReadNetwork(bytes.NewReader(data))
		if err != nil {
			return failIn(err)
		}
		res, err := nw.Evaluate(ctx, anp.Options{Method: method, Table: table})
		if err != nil {
			return failIn(err)
		}
		revs, err := revisions(ctx, res, table)
		if err != nil {
			return failIn(err)
		}
		if *asJSON {
			return writeOut(writeNetworkJSON(stdout, res, revs, method, table))
		}
		return writeOut(writeNetworkText(stdout, res, revs))
	case "dematel":
		s, err := anp.ReadDematel(bytes.NewReader(data))
		if err != nil {
			return failIn(err)
		}
		if norm != nil {
			s.Options.Normalization = *norm
		}
		d, err := anp.Dematel(s.Factors, s.Matrices(), s.Options)
		if err != nil {
			return failIn(err)
		}
		var danp *anp.DanpResult
		if len(s.Dimensions) > 0 {
			if danp, err = anp.Danp(ctx, d, s.Dimensions, anp.LimitOptions{}); err != nil {
				return failIn(err)
			}
		}
		if *chart != "" {
			if err := drawMap(*chart, d); err != nil {
				return writeOut(err)
			}
		}
		if *asJSON {
			return writeOut(writeDematelJSON(stdout, d, danp, s.Options.Normalization))
		}
		return writeOut(writeDematelText(stdout, d, danp, s.Options.Normalization))
	}
	return fail(`%s: want a JSON object with "clusters" (a network) or "factors" (a DEMATEL study)`, name)
}

// kind returns "network" or "dematel" by the document's top-level keys,
// or "" when it is neither.
func kind(data []byte) string {
	var top map[string]json.RawMessage
	if json.Unmarshal(data, &top) != nil {
		// Let the reader report the syntax error with its offset.
		if bytes.Contains(data, []byte(`"factors"`)) {
			return "dematel"
		}
		return "network"
	}
	if _, ok := top["factors"]; ok {
		return "dematel"
	}
	if _, ok := top["clusters"]; ok {
		return "network"
	}
	return ""
}

func rows(m mat.Matrix) [][]float64 {
	r, c := m.Dims()
	out := make([][]float64, r)
	for i := range out {
		out[i] = make([]float64, c)
		for j := range out[i] {
			out[i][j] = m.At(i, j)
		}
	}
	return out
}

type nodeJSON struct {
	Node       string  `json:"node"`
	Cluster    string  `json:"cluster"`
	Limiting   float64 `json:"limiting"`
	Normalized float64 `json:"normalized"`
}

type consistencyJSON struct {
	Node      string        `json:"node"`
	Cluster   string        `json:"cluster"`
	CR        float64       `json:"cr"`
	LambdaMax float64       `json:"lambda_max"`
	Complete  bool          `json:"complete"`
	Revision  *revisionJSON `json:"revision,omitempty"`
}

// revisionJSON is the single judgment change that lowers an inconsistent
// comparison's CR most (ahp.Matrix.SuggestRevision).
type revisionJSON struct {
	A    string  `json:"a"`
	B    string  `json:"b"`
	From float64 `json:"from"`
	To   float64 `json:"to"`
	CR   float64 `json:"cr"`
}

// revisions returns, for every comparison with CR >= 0.1, the revision
// that lowers its CR most; nil entries elsewhere.
func revisions(ctx context.Context, res *anp.Result, table ahp.RandomIndexTable) ([]*revisionJSON, error) {
	out := make([]*revisionJSON, len(res.Consistency))
	for k, c := range res.Consistency {
		if c.CR < crThreshold || c.Matrix == nil {
			continue
		}
		r, _, err := c.Matrix.SuggestRevision(ctx, table)
		if err != nil {
			return nil, err
		}
		if r.I >= 0 {
			out[k] = &revisionJSON{A: r.A, B: r.B, From: r.From, To: r.To, CR: r.CR}
		}
	}
	return out, nil
}

// networkJSON is the -json output for a network; the field order is part
// of the contract.
type networkJSON struct {
	Method           string            `json:"method"`
	RandomIndexTable string            `json:"table"`
	Clusters         []string          `json:"clusters"`
	Nodes            []nodeJSON        `json:"nodes"`
	Consistency      []consistencyJSON `json:"consistency"`
	ClusterMatrix    [][]float64       `json:"cluster_matrix"`
	Unweighted       [][]float64       `json:"unweighted"`
	Weighted         [][]float64       `json:"weighted"`
	Limit            [][]float64       `json:"limit"`
	Cesaro           bool              `json:"cesaro"`
	Sinks            []string          `json:"sinks"`
}

func writeNetworkJSON(w io.Writer, res *anp.Result, revs []*revisionJSON, method ahp.PriorityMethod, table ahp.RandomIndexTable) error {
	out := networkJSON{
		Method:           method.String(),
		RandomIndexTable: table.String(),
		Clusters:         res.Clusters,
		ClusterMatrix:    rows(res.ClusterWeights),
		Unweighted:       rows(res.Unweighted),
		Weighted:         rows(res.Weighted),
		Limit:            rows(res.Limit.Matrix),
		Cesaro:           res.Limit.Cesaro,
		Sinks:            []string{},
		Consistency:      []consistencyJSON{},
	}
	for i, n := range res.Nodes {
		out.Nodes = append(out.Nodes, nodeJSON{Node: n, Cluster: res.Clusters[res.ClusterOf[i]], Limiting: res.Priorities[i], Normalized: res.Normalized[i]})
	}
	for _, j := range res.Limit.Sinks {
		out.Sinks = append(out.Sinks, res.Nodes[j])
	}
	for k, c := range res.Consistency {
		out.Consistency = append(out.Consistency, consistencyJSON{Node: c.Node, Cluster: c.Cluster, CR: c.CR, LambdaMax: c.LambdaMax, Complete: c.Complete, Revision: revs[k]})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(out)
}

// writeMatrix prints a matrix with row and column labels.
func writeMatrix(w io.Writer, title string, labels []string, m mat.Matrix) {
	fmt.Fprintf(w, "\n%s\n", title)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "\t")
	for _, l := range labels {
		fmt.Fprintf(tw, "%s\t", l)
	}
	fmt.Fprintln(tw)
	r, c := m.Dims()
	for i := 0; i < r; i++ {
		fmt.Fprintf(tw, "%s\t", labels[i])
		for j := 0; j < c; j++ {
			fmt.Fprintf(tw, "%.4f\t", m.At(i, j))
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}

func writeNetworkText(w io.Writer, res *anp.Result, revs []*revisionJSON) error {
	var b bytes.Buffer
	fmt.Fprintln(&b, "Comparisons")
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	for k, c := range res.Consistency {
		what := fmt.Sprintf("%s with respect to %s", c.Cluster, c.Node)
		if c.Node == "" {
			what = "clusters with respect to " + c.Cluster
		}
		note := ""
		if c.CR >= crThreshold {
			note = "  inconsistent: CR >= 0.1, revise these judgments"
		}
		if !c.Complete {
			note += "  (incomplete: CR of the optimal completion)"
		}
		if r := revs[k]; r != nil {
			note += fmt.Sprintf("; revising %s vs %s from %.4g to %.4g gives CR %.4f", r.A, r.B, r.From, r.To, r.CR)
		}
		fmt.Fprintf(tw, "  %s\tCR %.4f%s\n", what, c.CR, note)
	}
	tw.Flush()
	writeMatrix(&b, "Cluster matrix (column: with respect to that cluster)", res.Clusters, res.ClusterWeights)
	writeMatrix(&b, "Unweighted supermatrix", res.Nodes, res.Unweighted)
	writeMatrix(&b, "Weighted supermatrix", res.Nodes, res.Weighted)
	writeMatrix(&b, "Limit supermatrix", res.Nodes, res.Limit.Matrix)
	if res.Limit.Cesaro {
		fmt.Fprintln(&b, "\nThe supermatrix is cyclic: its powers do not converge, and the limit is their Cesàro average.")
	}
	if len(res.Limit.Sinks) > 0 {
		var names []string
		for _, j := range res.Limit.Sinks {
			names = append(names, res.Nodes[j])
		}
		fmt.Fprintf(&b, "\nSinks (nodes that influence nothing; given a self-loop): %s\n", strings.Join(names, ", "))
	}
	fmt.Fprintln(&b, "\nPriorities")
	tw = tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  cluster\tnode\tlimiting\tnormalized")
	for i, n := range res.Nodes {
		fmt.Fprintf(tw, "  %s\t%s\t%.4f\t%.4f\n", res.Clusters[res.ClusterOf[i]], n, res.Priorities[i], res.Normalized[i])
	}
	tw.Flush()
	_, err := w.Write(b.Bytes())
	return err
}

type factorJSON struct {
	Factor     string   `json:"factor"`
	D          float64  `json:"d"`
	R          float64  `json:"r"`
	Prominence float64  `json:"prominence"`
	Relation   float64  `json:"relation"`
	Role       string   `json:"role"`
	DanpWeight *float64 `json:"danp_weight,omitempty"`
}

type arrowJSON struct {
	From string  `json:"from"`
	To   string  `json:"to"`
	T    float64 `json:"t"`
}

type danpJSON struct {
	Dimensions      []string    `json:"dimensions"`
	Factors         []string    `json:"factors"`
	TotalDimensions [][]float64 `json:"total_dimensions"`
	Unweighted      [][]float64 `json:"unweighted"`
	Weighted        [][]float64 `json:"weighted"`
	Limit           [][]float64 `json:"limit"`
}

// dematelJSON is the -json output for a DEMATEL study; the field order is
// part of the contract.
type dematelJSON struct {
	Normalization string       `json:"normalization"`
	Scale         float64      `json:"scale"`
	Threshold     float64      `json:"threshold"`
	Factors       []factorJSON `json:"factors"`
	Direct        [][]float64  `json:"direct"`
	Normalized    [][]float64  `json:"normalized"`
	Total         [][]float64  `json:"total"`
	Map           []arrowJSON  `json:"map"`
	Danp          *danpJSON    `json:"danp,omitempty"`
}

func role(relation float64) string {
	if relation > 0 {
		return "cause"
	}
	return "effect"
}

// danpWeights returns the DANP weights in the study's factor order.
func danpWeights(d *anp.DematelResult, danp *anp.DanpResult) []float64 {
	if danp == nil {
		return nil
	}
	pos := map[string]int{}
	for i, f := range danp.Factors {
		pos[f] = i
	}
	w := make([]float64, len(d.Factors))
	for i, f := range d.Factors {
		w[i] = danp.Weights[pos[f]]
	}
	return w
}

func writeDematelJSON(w io.Writer, d *anp.DematelResult, danp *anp.DanpResult, norm anp.Normalization) error {
	out := dematelJSON{
		Normalization: norm.String(),
		Scale:         d.Scale,
		Threshold:     d.Threshold,
		Direct:        rows(d.Direct),
		Normalized:    rows(d.Normalized),
		Total:         rows(d.Total),
		Map:           []arrowJSON{},
	}
	dw := danpWeights(d, danp)
	for i, f := range d.Factors {
		fj := factorJSON{Factor: f, D: d.D[i], R: d.R[i], Prominence: d.Prominence[i], Relation: d.Relation[i], Role: role(d.Relation[i])}
		if dw != nil {
			fj.DanpWeight = &dw[i]
		}
		out.Factors = append(out.Factors, fj)
		for j, g := range d.Factors {
			if d.Map[i][j] {
				out.Map = append(out.Map, arrowJSON{From: f, To: g, T: d.Total.At(i, j)})
			}
		}
	}
	if danp != nil {
		out.Danp = &danpJSON{
			Dimensions:      danp.Dimensions,
			Factors:         danp.Factors,
			TotalDimensions: rows(danp.TotalDimensions),
			Unweighted:      rows(danp.Unweighted),
			Weighted:        rows(danp.Weighted),
			Limit:           rows(danp.Limit.Matrix),
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(out)
}

func writeDematelText(w io.Writer, d *anp.DematelResult, danp *anp.DanpResult, norm anp.Normalization) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "DEMATEL: normalised by s = %.4g (%s)\n", d.Scale, norm)
	writeMatrix(&b, "Total-relation matrix T = N(I - N)^-1 (row influences column)", d.Factors, d.Total)
	fmt.Fprintln(&b)
	dw := danpWeights(d, danp)
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "  factor\tD\tR\tD+R\tD-R\trole")
	if dw != nil {
		fmt.Fprint(tw, "\tDANP weight")
	}
	fmt.Fprintln(tw)
	for i, f := range d.Factors {
		fmt.Fprintf(tw, "  %s\t%.4f\t%.4f\t%.4f\t%+.4f\t%s", f, d.D[i], d.R[i], d.Prominence[i], d.Relation[i], role(d.Relation[i]))
		if dw != nil {
			fmt.Fprintf(tw, "\t%.4f", dw[i])
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	fmt.Fprintf(&b, "\nImpact-relation map (t_ij > threshold %.4f):\n", d.Threshold)
	var any bool
	for i, f := range d.Factors {
		for j, g := range d.Factors {
			if d.Map[i][j] {
				fmt.Fprintf(&b, "  %s -> %s  (%.4f)\n", f, g, d.Total.At(i, j))
				any = true
			}
		}
	}
	if !any {
		fmt.Fprintln(&b, "  no entry of T exceeds the threshold")
	}
	_, err := w.Write(b.Bytes())
	return err
}
