package main

import (
	"errors"
	"io"

	"github.com/balancer-mcda/balancer/mcda"
)

// readCSV reads a CSV problem.
func readCSV(in io.Reader, name string, stderr io.Writer) (*mcda.Problem, error) {
	return nil, errors.New(name + ": CSV: not yet available")
}
