// Command sort sorts alternatives into ordered categories with ELECTRE
// TRI-B or FlowSort, and ranks them as a partial order with ELECTRE III.
//
// Usage:
//
//	go run ./examples/sort [-method electre-tri-b|flowsort|electre3|electre2] [-rule pessimistic|optimistic]
//	    [-cutting-level λ] [-alpha α] [-beta β] [-levels c⁻,c⁰,c⁺,d⁻,d⁺] [-json] [-version] [FILE | -]
//
// FILE (or standard input when FILE is "-" or absent) is a problem in the
// JSON format of outranking.ReadProblem, or, when its name ends in .csv,
// the CSV format of outranking.ReadCSVProblem: the decision matrix with
// each criterion's thresholds (q, p, v), and for sorting the categories,
// worst first, and their profiles.
//
// For electre-tri-b (the default) the text report lists each alternative
// with its category by -rule (pessimistic by default) and by both rules,
// then the credibility of each alternative against each profile; -cutting-level
// sets the cutting level (0.75 by default, in [0.5, 1]). For flowsort it
// lists the category by net flow and the interval given by the leaving
// and entering flows; boundary profiles are extended by the data's worst
// and best values into limiting profiles, central profiles are used as
// they are, and each criterion's "preference" (JSON only) gives its
// PROMETHEE preference function. For electre3 it prints the final partial
// preorder as levels (an alternative's level is one more than that of the
// best alternative preferred to it, so incomparable alternatives may share
// a level), the classes of both distillations, and every incomparable
// pair; -alpha and -beta set the distillation threshold s(λ) = α·λ + β
// (−0.15 and 0.3 by default). electre2 prints its partial preorder the
// same way; -levels sets its concordance and discordance levels
// (0.65,0.75,0.85,0.25,0.5 by default), and each criterion's discordance
// is relative to the range of its values.
//
// With -json it prints one object: for sorting
//
//	{"method": "electre-tri-b", "rule": "pessimistic", "lambda": 0.75,
//	 "categories": ["C1", "C2", "C3"], "profiles": ["b1", "b2"],
//	 "assignments": [{"alternative": "a1", "category": "C3", "pessimistic": "C3", "optimistic": "C3"}, ...],
//	 "concordance_ab": [[...]], "concordance_ba": [[...]], "credibility_ab": [[...]], "credibility_ba": [[...]]}
//
// (for flowsort the assignments carry "category", "worse", "better",
// "by_positive_flow", "by_negative_flow", "positive_flow", "negative_flow"
// and "net_flow"), and for electre3
//
//	{"method": "electre3", "alternatives": [...], "concordance": [[...]], "discordance": [[[...]]],
//	 "credibility": [[...]], "descending": [["a2", "a3"], ...], "ascending": [...],
//	 "relation": [["I", "P-", "R", ...], ...], "levels": [...], "incomparable": [["a", "b"], ...]}
//
// (electre2 gives "outranking_levels", "concordance", "discordance",
// "strong" and "weak" instead of the ELECTRE III matrices), where
// relation[a][b] is "P+" when a is preferred to b, "P-" when b is
// preferred to a, "I" for indifference and "R" for incomparability.
// Bad input exits with status 2 and one line on standard error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/balancer-mcda/balancer/examples/internal/cli"
	"github.com/balancer-mcda/balancer/examples/internal/partial"
	"github.com/balancer-mcda/balancer/mcda/outranking"
	"github.com/balancer-mcda/balancer/mcda/sorting"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = "usage: sort [-method electre-tri-b|flowsort|electre3|electre2] [-rule pessimistic|optimistic] [-cutting-level λ] [-alpha α] [-beta β] [-levels c⁻,c⁰,c⁺,d⁻,d⁺] [-json] [-version] [FILE | -]"

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := &cli.Command{Name: "sort", Usage: usage, Stdout: stdout, Stderr: stderr}
	fail := cmd.Fail
	fs := flag.NewFlagSet("sort", flag.ContinueOnError)
	method := fs.String("method", "electre-tri-b", "method: electre-tri-b, flowsort (sorting), electre3 or electre2 (partial preorders)")
	ruleName := fs.String("rule", "pessimistic", "electre-tri-b assignment rule: pessimistic or optimistic")
	lambda := fs.Float64("cutting-level", sorting.DefaultLambda, "electre-tri-b cutting level λ in [0.5, 1]")
	alpha := fs.Float64("alpha", -0.15, "electre3 distillation slope α of s(λ) = α·λ + β")
	beta := fs.Float64("beta", 0.3, "electre3 distillation intercept β of s(λ) = α·λ + β")
	levels := fs.String("levels", "0.65,0.75,0.85,0.25,0.5", "electre2 levels c⁻,c⁰,c⁺,d⁻,d⁺")
	asJSON := fs.Bool("json", false, "print JSON")
	file, status, ok := cmd.Parse(fs, args)
	if !ok {
		return status
	}
	rule, err := sorting.ParseRule(*ruleName)
	if err != nil {
		return fail("-rule %q: want pessimistic or optimistic", *ruleName)
	}
	if err := cli.CheckStdin(file, stdin); err != nil {
		return fail("%v", err)
	}
	in, name := stdin, "-"
	if file != "" && file != "-" {
		name = file
		f, err := os.Open(name)
		if err != nil {
			return fail("%v", err)
		}
		defer f.Close()
		in = f
	}
	read := outranking.ReadProblem
	if strings.HasSuffix(strings.ToLower(name), ".csv") {
		read = outranking.ReadCSVProblem
	}
	p, err := read(in)
	if err != nil {
		return fail("%s: %v", name, err)
	}
	switch *method {
	case "electre-tri-b":
		err = electreTRIB(stdout, p, rule, *lambda, *asJSON)
	case "flowsort":
		err = flowSort(stdout, p, *asJSON)
	case "electre3":
		err = partial.ELECTREIII(context.Background(), stdout, outranking.ELECTREIII{Thresholds: p.Thresholds, Alpha: alpha, Beta: beta}, p.Matrix, *asJSON)
	case "electre2":
		var l []float64
		for _, f := range strings.Split(*levels, ",") {
			x, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
			if err != nil {
				return fail("-levels %q: want five numbers c⁻,c⁰,c⁺,d⁻,d⁺", *levels)
			}
			l = append(l, x)
		}
		if len(l) != 5 {
			return fail("-levels %q: want five numbers c⁻,c⁰,c⁺,d⁻,d⁺", *levels)
		}
		e := outranking.ELECTREII{CMinus: l[0], CZero: l[1], CPlus: l[2], DMinus: l[3], DPlus: l[4]}
		err = partial.ELECTREII(context.Background(), stdout, e, p.Matrix, *asJSON)
	default:
		return fail("-method %q: want electre-tri-b, flowsort, electre3 or electre2", *method)
	}
	if err != nil {
		return fail("%s: %v", name, err)
	}
	return 0
}

func needProfiles(p *outranking.Problem, method string) error {
	if len(p.Profiles) == 0 {
		return fmt.Errorf("%s needs categories and their profiles in the file", method)
	}
	return nil
}

type triAssignment struct {
	Alternative string `json:"alternative"`
	Category    string `json:"category"`
	Pessimistic string `json:"pessimistic"`
	Optimistic  string `json:"optimistic"`
}

type triReport struct {
	Method        string          `json:"method"`
	Rule          string          `json:"rule"`
	Lambda        float64         `json:"lambda"`
	Categories    []string        `json:"categories"`
	Profiles      []string        `json:"profiles"`
	Assignments   []triAssignment `json:"assignments"`
	ConcordanceAB [][]float64     `json:"concordance_ab"`
	ConcordanceBA [][]float64     `json:"concordance_ba"`
	CredibilityAB [][]float64     `json:"credibility_ab"`
	CredibilityBA [][]float64     `json:"credibility_ba"`
}

func electreTRIB(w io.Writer, p *outranking.Problem, rule sorting.Rule, lambda float64, asJSON bool) error {
	if err := needProfiles(p, "electre-tri-b"); err != nil {
		return err
	}
	if p.Central {
		return errors.New("electre-tri-b needs boundary profiles, the file has central ones")
	}
	e := sorting.ELECTRETRIB{Profiles: p.Profiles, Thresholds: p.Thresholds, ProfileThresholds: p.ProfileThresholds, Lambda: lambda}
	res, err := e.Evaluate(p.Matrix)
	if err != nil {
		return err
	}
	names := p.Matrix.Alternatives()
	rep := triReport{Method: "electre-tri-b", Rule: rule.String(), Lambda: res.Lambda, Categories: p.Categories, Profiles: p.ProfileNames,
		ConcordanceAB: res.ConcordanceAB, ConcordanceBA: res.ConcordanceBA, CredibilityAB: res.CredibilityAB, CredibilityBA: res.CredibilityBA}
	cats := res.Categories(rule)
	for i, a := range names {
		rep.Assignments = append(rep.Assignments, triAssignment{Alternative: a, Category: p.Categories[cats[i]],
			Pessimistic: p.Categories[res.Pessimistic[i]], Optimistic: p.Categories[res.Optimistic[i]]})
	}
	if asJSON {
		return partial.WriteJSON(w, rep)
	}
	fmt.Fprintf(w, "ELECTRE TRI-B, %s rule, λ = %.4g; categories worst first: %s\n\n", rule, res.Lambda, strings.Join(p.Categories, ", "))
	tw := partial.NewTable(w)
	fmt.Fprintln(tw, "alternative\tcategory\tpessimistic\toptimistic")
	for _, a := range rep.Assignments {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", a.Alternative, a.Category, a.Pessimistic, a.Optimistic)
	}
	tw.Flush()
	fmt.Fprintln(w, "\ncredibility σ(a, b) / σ(b, a) against each profile:")
	tw = partial.NewTable(w)
	fmt.Fprint(tw, "alternative\t")
	for _, b := range p.ProfileNames {
		fmt.Fprintf(tw, "%s\t", b)
	}
	fmt.Fprintln(tw)
	for i, a := range names {
		fmt.Fprintf(tw, "%s\t", a)
		for h := range p.Profiles {
			fmt.Fprintf(tw, "%.4f / %.4f\t", res.CredibilityAB[i][h], res.CredibilityBA[i][h])
		}
		fmt.Fprintln(tw)
	}
	return tw.Flush()
}

type flowAssignment struct {
	Alternative  string  `json:"alternative"`
	Category     string  `json:"category"`
	Worse        string  `json:"worse"`
	Better       string  `json:"better"`
	ByPositive   string  `json:"by_positive_flow"`
	ByNegative   string  `json:"by_negative_flow"`
	PositiveFlow float64 `json:"positive_flow"`
	NegativeFlow float64 `json:"negative_flow"`
	NetFlow      float64 `json:"net_flow"`
}

type flowReport struct {
	Method      string           `json:"method"`
	Profiles    string           `json:"profiles"`
	Categories  []string         `json:"categories"`
	Assignments []flowAssignment `json:"assignments"`
}

func flowSort(w io.Writer, p *outranking.Problem, asJSON bool) error {
	if err := needProfiles(p, "flowsort"); err != nil {
		return err
	}
	f := sorting.FlowSort{Profiles: p.Profiles, Central: p.Central, Preferences: p.Preferences}
	kind := "central"
	if !p.Central {
		f.Profiles = sorting.LimitingProfiles(p.Matrix, p.Profiles)
		kind = "limiting"
	}
	res, err := f.Evaluate(p.Matrix)
	if err != nil {
		return err
	}
	rep := flowReport{Method: "flowsort", Profiles: kind, Categories: p.Categories}
	for i, a := range p.Matrix.Alternatives() {
		rep.Assignments = append(rep.Assignments, flowAssignment{Alternative: a, Category: p.Categories[res.Category[i]],
			Worse: p.Categories[res.Worse[i]], Better: p.Categories[res.Better[i]],
			ByPositive: p.Categories[res.ByPositive[i]], ByNegative: p.Categories[res.ByNegative[i]],
			PositiveFlow: res.PositiveFlow[i], NegativeFlow: res.NegativeFlow[i], NetFlow: res.NetFlow[i]})
	}
	if asJSON {
		return partial.WriteJSON(w, rep)
	}
	fmt.Fprintf(w, "FlowSort, %s profiles; categories worst first: %s\n\n", kind, strings.Join(p.Categories, ", "))
	tw := partial.NewTable(w)
	fmt.Fprintln(tw, "alternative\tcategory\tinterval (φ⁺, φ⁻)\tnet flow")
	for _, a := range rep.Assignments {
		fmt.Fprintf(tw, "%s\t%s\t[%s, %s]\t%.4f\n", a.Alternative, a.Category, a.Worse, a.Better, a.NetFlow)
	}
	return tw.Flush()
}
