package main

import (
	"os"
	"strings"
	"testing"

	"github.com/balancer-mcda/balancer/strategy"
)

// readmePath is the repository's README, relative to this package.
const readmePath = "../../README.md"

// TestREADME checks that the README's summary of the analysis is the
// program's (go run ./examples/sco -readme prints it), so that no number
// the README states about the dataset can drift from the program, and that
// the README's prose claim about the document's preferences holds.
func TestREADME(t *testing.T) {
	data, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	i, j := strings.Index(readme, readmeBegin), strings.Index(readme, readmeEnd)
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the block between %q and %q", readmeBegin, readmeEnd)
	}
	got := readme[i : j+len(readmeEnd)]
	a, err := analyse("")
	if err != nil {
		t.Fatal(err)
	}
	if err := a.assess(robustOptions{samples: defaultSMAASamples, perturbations: defaultPerturbations, seed: defaultSeed}); err != nil {
		t.Fatal(err)
	}
	if want := a.readmeBlock(); got != want {
		t.Errorf("README.md's summary is not the program's; replace it by the output of go run ./examples/sco -readme:\n%s", want)
	}
	// The prose: "the model reproduces all three, under every method and
	// every rating perturbation".
	const claim = "the model reproduces all three, under every method and every rating perturbation"
	if !strings.Contains(strings.Join(strings.Fields(readme), " "), claim) {
		t.Fatalf("README.md no longer says %q; update this test", claim)
	}
	checks, _ := a.checkPreferences()
	n := 0
	for _, c := range checks {
		if c.Kind != strategy.Desirability {
			continue
		}
		n++
		if !c.AHP || len(c.Failing) > 0 || c.Perturbed != 1 {
			t.Errorf("README.md says the model reproduces %s over %s everywhere: AHP %v, failing %v, perturbed %v",
				c.Better, c.Worse, c.AHP, c.Failing, c.Perturbed)
		}
	}
	if n != 3 {
		t.Errorf("README.md speaks of three preferences of the document; there are %d", n)
	}
	// "its six objectives and their tactics are the criteria, its three
	// futures and seven recommendations the alternatives".
	objectives := len(a.data.Model.Criteria) - len(a.modeller)
	if objectives != 6 || len(a.data.FutureNames) != 3 || len(a.data.RecommendationNames) != 7 {
		t.Errorf("README.md speaks of 6 objectives, 3 futures and 7 recommendations; the dataset has %d, %d and %d",
			objectives, len(a.data.FutureNames), len(a.data.RecommendationNames))
	}
}
