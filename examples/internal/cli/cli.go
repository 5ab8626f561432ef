// Package cli holds the command-line conventions that the programs under
// examples share: [Command] parses the flags with -h and -version, writes
// the one-line errors and reads the input; [Version] is the -version line,
// and [CheckStdin] keeps a program from waiting silently on a terminal.
//
// Every program prints, for -h, its usage line and every flag with its
// default and a one-line meaning; prints its version for -version; reads
// standard input only when it is not a terminal or when FILE is "-"; and
// gives a flag name the same meaning in every program: -method is the
// method the program runs, -priority the AHP priority method, -ri the
// random index table, -weighting an objective weighting, -judgments a file
// of AHP judgments, -smaa the number of SMAA samples, -seed a random seed,
// -json JSON output in the vocabulary of package mcda. A parameter of one
// method carries the method's name (-vikor-v, -waspas-lambda, -codas-tau).
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
)

// Version returns the program's version line: its name, the module's
// version ("(devel)" when built from a checkout) and the Go version.
func Version(prog string) string {
	v := "(devel)"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		v = bi.Main.Version
	}
	return fmt.Sprintf("%s %s (github.com/balancer-mcda/balancer, %s)", prog, v, runtime.Version())
}

// ErrTerminal is returned by [CheckStdin] for a program that would read a
// terminal without being asked to.
var ErrTerminal = errors.New(`no FILE given and standard input is a terminal: give a FILE, or "-" to type the input`)

// CheckStdin returns [ErrTerminal] when file is "" (no FILE argument) and
// stdin is a terminal (a character device other than the null device), so that a program does not wait silently for input
// its user did not mean to type. "-" reads standard input in any case.
func CheckStdin(file string, stdin io.Reader) error {
	if file != "" {
		return nil
	}
	f, ok := stdin.(*os.File)
	if !ok {
		return nil
	}
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	if null, err := os.Stat(os.DevNull); err == nil && os.SameFile(st, null) {
		return nil // the null device is a character device, not a terminal
	}
	return ErrTerminal
}

// Open returns the input a program reads: the file named file, or stdin
// when file is "" or "-", with the name its messages use ("standard
// input" for stdin). It returns [ErrTerminal] as [CheckStdin] does, and
// the error of opening the file. The caller closes in; closing stdin
// through it does nothing.
func Open(file string, stdin io.Reader) (name string, in io.ReadCloser, err error) {
	if err := CheckStdin(file, stdin); err != nil {
		return "", nil, err
	}
	if file == "" || file == "-" {
		return "standard input", io.NopCloser(stdin), nil
	}
	f, err := os.Open(file)
	if err != nil {
		return "", nil, err
	}
	return file, f, nil
}

// A Command is a program's name and usage line with its output streams:
// what the conventions every program shares need to know.
type Command struct {
	Name   string // the program's name, which starts every error line
	Usage  string // the usage line printed for -h, "usage: NAME [flags] [FILE | -]"
	Stdout io.Writer
	Stderr io.Writer
}

// Fail writes the error line "NAME: message" to Stderr, its white space
// folded so that it is one line, and returns 2, the exit status of bad
// input.
func (c *Command) Fail(format string, a ...any) int {
	msg := fmt.Sprintf(format, a...)
	fmt.Fprintln(c.Stderr, c.Name+": "+strings.Join(strings.Fields(msg), " "))
	return 2
}

// Parse defines -version on fs, parses args and does what every program
// does alike: for -h it prints the usage line and every flag with its
// default to Stderr, for -version the version line to Stdout, and for a
// bad flag or more than one FILE an error line (see [Command.Fail]). It
// returns the FILE argument ("" when there is none) and ok; when ok is
// false the program is done and exits with status (0 after -h or
// -version, 2 after an error).
func (c *Command) Parse(fs *flag.FlagSet, args []string) (file string, status int, ok bool) {
	version := fs.Bool("version", false, "print the version and exit")
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(c.Stderr)
			fmt.Fprintln(c.Stderr, c.Usage)
			fs.PrintDefaults()
			return "", 0, false
		}
		return "", c.Fail("%v", err), false
	}
	if *version {
		fmt.Fprintln(c.Stdout, Version(c.Name))
		return "", 0, false
	}
	if fs.NArg() > 1 {
		return "", c.Fail("want at most one FILE, got %d arguments", fs.NArg()), false
	}
	return fs.Arg(0), 0, true
}

// ReadAll reads the whole input a program reads (see [Open]), at most max
// bytes. It returns the input's name for messages and its data, or ok
// false with the exit status 2 after writing the error line: for an input
// that cannot be opened or read, or that is larger than max.
func (c *Command) ReadAll(file string, stdin io.Reader, max int64) (name string, data []byte, status int, ok bool) {
	name, in, err := Open(file, stdin)
	if err != nil {
		return "", nil, c.Fail("%v", err), false
	}
	defer in.Close()
	data, err = io.ReadAll(io.LimitReader(in, max+1))
	if err != nil {
		return "", nil, c.Fail("%s: %v", name, err), false
	}
	if int64(len(data)) > max {
		return "", nil, c.Fail("%s: larger than %d bytes", name, max), false
	}
	return name, data, 0, true
}

// FailIn writes the error line of err, an error in the input called name,
// without the package prefix pkg (such as "ahp: ") that the name replaces,
// and returns 2.
func (c *Command) FailIn(name, pkg string, err error) int {
	return c.Fail("%s: %s", name, strings.TrimPrefix(err.Error(), pkg))
}

// Output returns the exit status after the output was written with error
// err: 0, or 1 after the error line "NAME: err" when err is not nil.
func (c *Command) Output(err error) int {
	if err != nil {
		fmt.Fprintf(c.Stderr, "%s: %v\n", c.Name, err)
		return 1
	}
	return 0
}
