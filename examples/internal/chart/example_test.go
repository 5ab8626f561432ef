package chart_test

import (
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/balancer-mcda/balancer/examples/internal/chart"
)

// A ranking as labelled bars, best on top, written as PNG and SVG.
func ExampleBars() {
	dir, err := os.MkdirTemp("", "chart")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	c := &chart.Bars{
		Title:  "Ranking by TOPSIS, best on top",
		XLabel: "topsis score (higher is better)",
		Bars:   []chart.Bar{{Label: "A1", Value: 0.6433}, {Label: "A3", Value: 0.6135}, {Label: "A4", Value: 0.3123}, {Label: "A2", Value: 0.2684}},
		Format: chart.Auto,
	}
	base := filepath.Join(dir, "ranking-topsis")
	if err := c.Write(base); err != nil {
		log.Fatal(err)
	}
	for _, f := range chart.Formats {
		fmt.Println(filepath.Base(base) + "." + f)
	}
	fmt.Println(chart.Verify(base))
	// Output:
	// ranking-topsis.png
	// ranking-topsis.svg
	// <nil>
}

// The file name of a chart about a criterion.
func ExampleSlug() {
	fmt.Println(chart.Slug("Max. speed (km/h)"))
	// Output: max-speed-km-h
}
