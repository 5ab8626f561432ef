package cli

import (
	"errors"
	"flag"
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

// TestCommandParse checks the conventions Parse keeps: -h prints the
// usage line and the flags with status 0, -version the version line, a
// bad flag or two FILEs one error line with status 2, and otherwise the
// FILE argument is returned.
func TestCommandParse(t *testing.T) {
	parse := func(args ...string) (file string, status int, ok bool, stdout, stderr string) {
		var out, errOut strings.Builder
		c := &Command{Name: "prog", Usage: "usage: prog [-json] [FILE | -]", Stdout: &out, Stderr: &errOut}
		fs := flag.NewFlagSet("prog", flag.ContinueOnError)
		fs.Bool("json", false, "print JSON")
		file, status, ok = c.Parse(fs, args)
		return file, status, ok, out.String(), errOut.String()
	}
	if file, status, ok, out, errOut := parse("-json", "a.json"); !ok || status != 0 || file != "a.json" || out != "" || errOut != "" {
		t.Errorf("-json a.json: %q %d %v %q %q", file, status, ok, out, errOut)
	}
	if file, _, ok, _, _ := parse(); !ok || file != "" {
		t.Errorf("no FILE: %q %v", file, ok)
	}
	if _, status, ok, out, errOut := parse("-h"); ok || status != 0 || out != "" ||
		!strings.HasPrefix(errOut, "usage: prog [-json] [FILE | -]\n") || !strings.Contains(errOut, "-json") || !strings.Contains(errOut, "-version") {
		t.Errorf("-h: %d %v %q %q", status, ok, out, errOut)
	}
	if _, status, ok, out, errOut := parse("-version"); ok || status != 0 || !strings.HasPrefix(out, "prog ") || errOut != "" {
		t.Errorf("-version: %d %v %q %q", status, ok, out, errOut)
	}
	for _, args := range [][]string{{"-x"}, {"a.json", "b.json"}} {
		if _, status, ok, out, errOut := parse(args...); ok || status != 2 || out != "" ||
			!strings.HasPrefix(errOut, "prog: ") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%q: %d %v %q %q", args, status, ok, out, errOut)
		}
	}
	var errOut strings.Builder
	c := &Command{Name: "prog", Stderr: &errOut}
	if s := c.Fail("bad\n  value %d", 3); s != 2 || errOut.String() != "prog: bad value 3\n" {
		t.Errorf("Fail: %d %q", s, errOut.String())
	}
}

// TestCommandReadAll checks ReadAll's limit and errors, FailIn's prefix
// and Output's status.
func TestCommandReadAll(t *testing.T) {
	var out, errOut strings.Builder
	c := &Command{Name: "prog", Stdout: &out, Stderr: &errOut}
	name, data, status, ok := c.ReadAll("-", strings.NewReader("12345"), 5)
	if !ok || status != 0 || name != "standard input" || string(data) != "12345" {
		t.Errorf("5 bytes: %q %q %d %v", name, data, status, ok)
	}
	if _, _, status, ok := c.ReadAll("-", strings.NewReader("123456"), 5); ok || status != 2 || errOut.String() != "prog: standard input: larger than 5 bytes\n" {
		t.Errorf("6 bytes: %d %v %q", status, ok, errOut.String())
	}
	errOut.Reset()
	missing := filepath.Join(t.TempDir(), "missing.json")
	if _, _, status, ok := c.ReadAll(missing, nil, 5); ok || status != 2 || !strings.Contains(errOut.String(), missing) {
		t.Errorf("missing file: %d %v %q", status, ok, errOut.String())
	}
	errOut.Reset()
	if s := c.FailIn("f.json", "pkg: ", errors.New("pkg: bad value")); s != 2 || errOut.String() != "prog: f.json: bad value\n" {
		t.Errorf("FailIn: %d %q", s, errOut.String())
	}
	errOut.Reset()
	if c.Output(nil) != 0 || c.Output(errors.New("disk full")) != 1 || errOut.String() != "prog: disk full\n" {
		t.Errorf("Output: %q", errOut.String())
	}
}
