package main

import (
	"errors"
	"io"
)

// runStream ranks cfg.file in two streaming passes.
func runStream(cfg *config, stdout, stderr io.Writer) error {
	return errors.New("-stream: not yet available")
}
