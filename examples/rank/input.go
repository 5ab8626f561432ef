package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/balancer-mcda/balancer/mcda"
)

// readProblem reads the problem in file, or in stdin for "" or "-". It
// returns the problem and the name to use in messages.
func readProblem(file string, stdin io.Reader, stderr io.Writer) (*mcda.Problem, string, error) {
	name := file
	in := stdin
	if file != "" && file != "-" {
		f, err := os.Open(file)
		if err != nil {
			return nil, "", err
		}
		defer f.Close()
		in = f
	} else {
		name = "standard input"
	}
	if isCSV(file) {
		p, err := readCSV(in, name, stderr)
		return p, name, err
	}
	data, err := io.ReadAll(in)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", name, err)
	}
	p, err := mcda.ReadProblem(bytes.NewReader(data))
	if err != nil {
		var pe *mcda.ParseError
		if errors.As(err, &pe) && pe.Offset >= 0 && pe.Offset <= int64(len(data)) {
			line, col := position(data[:pe.Offset])
			return nil, "", fmt.Errorf("%s:%d:%d: %w", name, line, col, err)
		}
		return nil, "", fmt.Errorf("%s: %w", name, err)
	}
	return p, name, nil
}

// isCSV reports whether file names a CSV file.
func isCSV(file string) bool {
	return strings.EqualFold(filepath.Ext(file), ".csv")
}

// position returns the 1-based line and column (in bytes) of the end of
// prefix.
func position(prefix []byte) (line, col int) {
	nl := bytes.LastIndexByte(prefix, '\n')
	return bytes.Count(prefix, []byte("\n")) + 1, len(prefix) - nl
}
