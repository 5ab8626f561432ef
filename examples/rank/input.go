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

// readProblem reads the problem in file, or in stdin for "" or "-", in
// format "csv", "json" or "auto". It returns the problem and the name to
// use in messages.
func readProblem(file, format string, stdin io.Reader, stderr io.Writer) (*mcda.Problem, string, error) {
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
	if format == "csv" || format == "auto" && isCSV(file) {
		p, err := readCSV(in, name, stderr)
		return p, name, err
	}
	data, err := io.ReadAll(in)
	if err != nil {
		return nil, "", fmt.Errorf("%s: %w", name, err)
	}
	if format == "auto" && !isJSON(file) && looksLikeCSV(data) {
		p, err := readCSV(bytes.NewReader(data), name, stderr)
		return p, name, err
	}
	p, err := mcda.ReadProblem(bytes.NewReader(data))
	if err != nil {
		return nil, "", locateJSON(name, data, err)
	}
	return p, name, nil
}

// isJSON reports whether file names a JSON file.
func isJSON(file string) bool {
	return strings.EqualFold(filepath.Ext(file), ".json")
}

// looksLikeCSV reports whether data, of a file named neither .csv nor
// .json or of standard input, is CSV: its first byte other than white
// space and a byte order mark does not open a JSON document.
func looksLikeCSV(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	data = bytes.TrimLeft(data, " \t\r\n")
	return len(data) > 0 && data[0] != '{' && data[0] != '['
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

// locateJSON prefixes err, an error reading the JSON document data from the
// input called name, with the input's name and, for a *mcda.ParseError
// with an offset, the line and column it points at.
func locateJSON(name string, data []byte, err error) error {
	var pe *mcda.ParseError
	if errors.As(err, &pe) && pe.Offset >= 0 && pe.Offset <= int64(len(data)) {
		line, col := position(data[:pe.Offset])
		return fmt.Errorf("%s:%d:%d: %w", name, line, col, err)
	}
	return fmt.Errorf("%s: %w", name, err)
}
