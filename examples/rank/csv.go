package main

import (
	"fmt"
	"io"

	"github.com/balancer-mcda/balancer/mcda"
)

// readCSV reads a CSV problem (see mcda.ReadCSV). Without #objective or
// #weight rows it says on stderr which defaults it took, once the file has
// been read without error.
func readCSV(in io.Reader, name string, stderr io.Writer) (*mcda.Problem, error) {
	cr, err := mcda.NewCSVReader(in)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	m, err := cr.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	warnDefaults(cr, name, stderr)
	return &mcda.Problem{Matrix: m}, nil
}

// defaults is the part of mcda.CSVReader that says which metadata rows a
// CSV file lacks.
type defaults interface {
	DefaultedObjectives() bool
	DefaultedWeights() bool
}

// warnDefaults says on stderr which metadata rows the CSV file lacks.
func warnDefaults(cr defaults, name string, stderr io.Writer) {
	if cr.DefaultedObjectives() {
		fmt.Fprintf(stderr, "rank: %s: no #objective row: every criterion is a benefit criterion\n", name)
	}
	if cr.DefaultedWeights() {
		fmt.Fprintf(stderr, "rank: %s: no #weight row: every criterion has weight 1\n", name)
	}
}
