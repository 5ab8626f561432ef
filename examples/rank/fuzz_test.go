package main

import (
	"slices"
	"strings"
	"testing"
)

// fuzzArgs are the command lines FuzzRank reads its input with.
var fuzzArgs = [][]string{
	{"-"},
	{"-json", "-method", "topsis,vikor,promethee,wsm,marcos,waspas", "-"},
	{"-method", "wpm,copras,aras,moora-fmf,multimoora", "-shift", "1", "-"},
	{"-json", "-method", "edas,codas,mabac,spotis,cocoso,moora,moora-rp", "-weighting", "entropy", "-"},
	{"-method", "electre", "-"},
	{"-json", "-method", "electre3", "-"},
	{"-method", "electre2", "-"},
	{"-json", "-smaa", "64", "-"},
	{"-format", "csv", "-"},
	{"-format", "json", "-weighting", "critic", "-"},
}

// FuzzRank runs rank on arbitrary standard input, read with several
// command lines: it must exit 0 with no NaN or infinity in its output
// (unless the input spells one, as a name), or 2 with an error line on
// standard error and nothing on standard output, and never panic.
func FuzzRank(f *testing.F) {
	for _, s := range []string{
		`{"criteria": [{"name": "x", "type": "benefit"}, {"name": "y", "type": "cost"}], "alternatives": [{"name": "A", "values": [1, 2]}, {"name": "B", "values": [3, 1]}]}`,
		// The float64 extremes of issue 13: ±1e308, 5e-324, 2^53, −0.
		`{"criteria": [{"name": "x", "type": "benefit", "weight": 1e308}, {"name": "y", "type": "cost", "weight": 5e-324}], "alternatives": [{"name": "A", "values": [1e308, 5e-324]}, {"name": "B", "values": [-1e308, 9007199254740992]}, {"name": "C", "values": [-0, 1e308]}]}`,
		"name,x,y\n#objective,benefit,cost\n#weight,1e308,5e-324\nA,1e308,5e-324\nB,-1e308,9007199254740992\nC,-0,1e308\n",
		"name,x,y\nA,9007199254740992,1\nB,9007199254740993,2\nC,-9007199254740992,3\n",
		"\uFEFF" + `{"criteria": [{"name": "x", "type": "benefit"}], "alternatives": [{"name": "A", "values": [0]}]}`,
		"name,a,b\rA1,1,2\rA2,1,2\r",
		`{"criteria": [{"name": "x", "type": "benefit"}], "alternatives": [{"name": "A", "values": [-1e16]}, {"name": "B", "values": [5]}]}`,
	} {
		for k := range fuzzArgs {
			f.Add(s, uint8(k))
		}
	}
	f.Fuzz(func(t *testing.T, stdin string, k uint8) {
		args := fuzzArgs[int(k)%len(fuzzArgs)]
		code, stdout, stderr := rank(stdin, args...)
		switch code {
		case 0:
			for _, bad := range []string{"NaN", "Inf", "+Inf", "-Inf"} {
				if !strings.Contains(stdin, bad) && slices.Contains(strings.Fields(stdout), bad) {
					t.Fatalf("rank %q on %q: %s in the output:\n%s", args, stdin, bad, stdout)
				}
			}
		case 2:
			if stdout != "" || !strings.HasPrefix(stderr, "rank: ") || !strings.HasSuffix(stderr, "\n") {
				t.Fatalf("rank %q on %q: status 2, stdout %q, stderr %q", args, stdin, stdout, stderr)
			}
			// Warnings about defaults may come first; the error is the
			// last line.
			if last := stderr[strings.LastIndex(stderr[:len(stderr)-1], "\n")+1:]; !strings.HasPrefix(last, "rank: ") {
				t.Fatalf("rank %q on %q: error not on one line: %q", args, stdin, stderr)
			}
		default:
			t.Fatalf("rank %q on %q: status %d", args, stdin, code)
		}
	})
}
