package cli

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckStdin checks that pipes, files and the null device are read,
// and that an explicit "-" or a FILE is never refused.
func TestCheckStdin(t *testing.T) {
	null, err := os.Open(os.DevNull)
	if err != nil {
		t.Skip(err)
	}
	defer null.Close()
	if err := CheckStdin("", null); err != nil {
		t.Errorf("null device: %v", err)
	}
	if err := CheckStdin("", strings.NewReader("x")); err != nil {
		t.Errorf("reader: %v", err)
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if err := CheckStdin("", r); err != nil {
		t.Errorf("pipe: %v", err)
	}
	tty, err := os.Open("/dev/tty")
	if err != nil {
		return // no terminal here
	}
	defer tty.Close()
	if err := CheckStdin("", tty); !errors.Is(err, ErrTerminal) {
		t.Errorf("terminal: err = %v, want ErrTerminal", err)
	}
	for _, file := range []string{"-", "problem.json"} {
		if err := CheckStdin(file, tty); err != nil {
			t.Errorf("%q on a terminal: %v", file, err)
		}
	}
}

// TestVersion checks the version line's form.
func TestVersion(t *testing.T) {
	v := Version("rank")
	if !strings.HasPrefix(v, "rank ") || !strings.Contains(v, "github.com/balancer-mcda/balancer") {
		t.Errorf("Version = %q", v)
	}
}

// TestOpen checks that Open reads a FILE, standard input for "-" and no
// FILE, and passes on the error of a missing file.
func TestOpen(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "in.json")
	if err := os.WriteFile(path, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		file, name, data string
	}{
		{path, path, "{}"},
		{"-", "standard input", "stdin"},
		{"", "standard input", "stdin"},
	} {
		name, in, err := Open(tc.file, strings.NewReader("stdin"))
		if err != nil {
			t.Fatalf("Open(%q): %v", tc.file, err)
		}
		data, err := io.ReadAll(in)
		in.Close()
		if name != tc.name || string(data) != tc.data || err != nil {
			t.Errorf("Open(%q) = %q reading %q, %v; want %q reading %q", tc.file, name, data, err, tc.name, tc.data)
		}
	}
	if _, _, err := Open(filepath.Join(dir, "missing.json"), strings.NewReader("")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Open of a missing file: %v, want fs.ErrNotExist", err)
	}
}
