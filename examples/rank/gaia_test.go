package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// The six-action example of Brans & Mareschal (2005), one criterion of
// each preference type, and its GAIA plane; the flows and the plane are
// those of ../../shared/refcases/gaia/brans_mareschal_6x6_computed.json
// (computed, not published), which mcda's TestGAIAReference checks to
// 5e-8.
func Example_gaia() {
	run([]string{"-method", "promethee", "-gaia", "testdata/brans_mareschal2005.json"}, nil, os.Stdout, os.Stderr)
	// Output:
	// promethee (higher is better)
	//
	// rank  alternative    score
	//    1  a5            0.2929
	//    2  a2            0.0172
	//    3  a4           -0.0200
	//    4  a6           -0.0549
	//    5  a3           -0.0895
	//    6  a1           -0.1457
	//
	// GAIA plane of promethee (δ = 0.835 of the unicriterion flows' variance kept)
	//
	// decision stick (0.0573, 0.0870)
	//
	// alternative        x        y
	// a1           -1.0494  -0.3588
	// a2            1.6191  -0.1816
	// a3            0.5592  -0.4262
	// a4           -0.6452   1.2984
	// a5            0.3980   0.5477
	// a6           -0.8817  -0.8796
	//
	// criterion        x        y
	// f1          0.1847   0.8973
	// f2         -0.5117  -0.1042
	// f3          0.4168  -0.3749
	// f4         -0.2478  -0.0343
	// f5          0.6650  -0.0588
	// f6         -0.1635   0.1970
	//
	// Axes are the first two principal components of the unicriterion net
	// flows (not standardized), signed so that the decision stick (the
	// projected weights) has non-negative coordinates.
}

// TestGAIAJSON checks the documented "gaia" key against the reference
// case, to its 8 decimals (5e-8 after the eigenvectors' amplification,
// as in mcda's TestGAIAReference).
func TestGAIAJSON(t *testing.T) {
	code, stdout, stderr := rank("", "-json", "-method", "promethee,topsis", "-gaia", "testdata/brans_mareschal2005.json")
	if code != 0 || stderr != "" {
		t.Fatalf("status %d, stderr %q", code, stderr)
	}
	type point struct {
		Name string  `json:"name"`
		X    float64 `json:"x"`
		Y    float64 `json:"y"`
	}
	type plane struct {
		Delta        float64    `json:"delta"`
		Eigenvalues  []float64  `json:"eigenvalues"`
		Stick        [2]float64 `json:"stick"`
		Alternatives []point    `json:"alternatives"`
		Criteria     []point    `json:"criteria"`
	}
	var out struct {
		GAIA *plane `json:"gaia"`
	}
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatal(err)
	}
	want := &plane{
		Delta:       0.83471301,
		Eigenvalues: []float64{0.89795947, 0.5171608, 0.19117572, 0.05499014, 0.03405138, 0.0},
		Stick:       [2]float64{0.05725286, 0.0870224},
		Alternatives: []point{
			{"a1", -1.04944988, -0.35883035}, {"a2", 1.61909759, -0.18159697}, {"a3", 0.55924327, -0.42619095},
			{"a4", -0.64520521, 1.29844455}, {"a5", 0.39804617, 0.54773131}, {"a6", -0.88173193, -0.8795576},
		},
		Criteria: []point{
			{"f1", 0.18472559, 0.8973128}, {"f2", -0.51172808, -0.10417217}, {"f3", 0.4167886, -0.37488345},
			{"f4", -0.24778141, -0.03428983}, {"f5", 0.66496939, -0.05882156}, {"f6", -0.16345696, 0.19698863},
		},
	}
	if diff := cmp.Diff(want, out.GAIA, cmpopts.EquateApprox(0, 5e-8)); diff != "" {
		t.Errorf("gaia (-want +got):\n%s", diff)
	}
}

// TestGAIAErrors checks that a plane that cannot be drawn, or a -gaia
// that cannot apply, is one line on standard error and status 2.
func TestGAIAErrors(t *testing.T) {
	oneCriterion := `{"criteria": [{"name": "c", "type": "benefit", "weight": 1}],
		"alternatives": [{"name": "a", "values": [1]}, {"name": "b", "values": [2]}]}`
	oneAlternative := `{"criteria": [{"name": "c", "type": "benefit", "weight": 1}, {"name": "d", "type": "cost", "weight": 1}],
		"alternatives": [{"name": "a", "values": [1, 2]}]}`
	for _, tc := range []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"OneCriterion", oneCriterion, []string{"-method", "promethee", "-gaia", "-"}, "at least two alternatives and two criteria"},
		{"OneAlternative", oneAlternative, []string{"-method", "promethee", "-gaia", "-"}, "at least two alternatives and two criteria"},
		{"NotPROMETHEE", "", []string{"-method", "topsis,vikor", "-gaia", "testdata/fighter.json"}, "-gaia is the GAIA plane of promethee"},
		{"Stream", "", []string{"-method", "promethee", "-gaia", "-stream", "testdata/cars.csv"}, "-gaia"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := rank(tc.stdin, tc.args...)
			if code != 2 || stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, tc.want) {
				t.Errorf("status %d, stdout %q, stderr %q; want status 2 and one line with %q", code, stdout, stderr, tc.want)
			}
		})
	}
}
