package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/balancer-mcda/balancer/mcda/robust"
)

// centralLeaves is the number of leaves listed for each central weight
// vector.
const centralLeaves = 3

// subheading prints s underlined with dashes.
func (p *printer) subheading(s string) {
	p.println(s)
	p.println(strings.Repeat("-", min(utf8.RuneCountInString(s), lineWidth)))
}

// pad returns s padded with spaces to width runes.
func pad(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-utf8.RuneCountInString(s)))
}

// columnWidth returns the width in runes of a column with the heading head
// and the cells.
func columnWidth(head string, cells []string) int {
	width := utf8.RuneCountInString(head)
	for _, c := range cells {
		width = max(width, utf8.RuneCountInString(c))
	}
	return width
}

func interval(iv robust.Interval) string { return fmt.Sprintf("[%.3f, %.3f]", iv.Lo, iv.Hi) }

// robustness prints the robustness analyses of one set.
func (p *printer) robustness(s *setRobustness) {
	first := s.names[s.first]
	p.heading(fmt.Sprintf("How robust is %q (first of the %s)", first, s.set))
	p.wrap(fmt.Sprintf("The AHP synthesis is a weighted sum of the leaves' local priorities: WSM with %v normalization "+
		"on the %d leaf criteria, weighted by their global weights, reproduces it (largest difference %.0e), so the "+
		"breakpoints and changes below are exact.", s.method.Normalization, len(s.criteria), s.maxDiff), "")
	p.println("")

	p.subheading("Each leaf's weight moved alone, the other leaves keeping their proportions")
	width := columnWidth("criterion", s.criteria)
	p.println(pad("criterion", width) + "  weight  stays first     ranking holds   nearest breakpoint")
	for _, cs := range s.sensitivity {
		line := fmt.Sprintf("%s  %6.3f  %s  %s  ", pad(cs.Criterion, width), cs.Weight, interval(cs.FirstStable), interval(cs.RankingStable))
		b := nearestBreakpoint(cs)
		if b == nil {
			p.println(line + "none")
			continue
		}
		p.println(line + fmt.Sprintf("%.3f", b.Weight))
		p.wrap(describeBreakpoint(s.names, cs, b), "    ")
	}
	p.wrap(fmt.Sprintf("Intervals are of the leaf's global weight: within the first, %s stays first; within the "+
		"second, the whole ranking holds.", first), "")
	p.wrap(s.firstStableSummary(), "")
	p.println("")

	p.subheading(fmt.Sprintf("Smallest change of all the weights that puts another %s first", s.noun))
	width = columnWidth("alternative", s.names)
	p.println(pad("alternative", width) + "   Σ|Δw|  weights moved")
	for _, c := range s.challengers {
		if math.IsInf(c.Change, 1) {
			p.println(pad(c.Name, width) + "  never  (worse on every leaf)")
			continue
		}
		p.printf("%s  %6.3f\n", pad(c.Name, width), c.Change)
		if ms := s.moves(c); len(ms) > 0 {
			p.wrap(describeMoves(ms), "    ")
		}
	}
	p.wrap(fmt.Sprintf("Σ|Δw| is the total absolute change of the %d leaf weights, which stay non-negative and sum to 1, "+
		"after which the alternative scores as much as %s.", len(s.criteria), first), "")
	p.wrap(s.minimumChangeSummary(), "")
	p.println("")

	for _, run := range s.smaa {
		p.smaa(s, run)
	}
}

// smaa prints the rank acceptabilities of one SMAA run.
func (p *printer) smaa(s *setRobustness, run smaaRun) {
	res := run.result
	p.subheading(fmt.Sprintf("SMAA-2 rank acceptability, %s (%d samples, seed %d)", run.title, res.Samples, run.seed))
	p.wrap("Weights: "+run.description+".", "")
	width := columnWidth("alternative", s.names)
	head := pad("alternative", width)
	for k := range s.names {
		head += "  " + pad("b"+strconv.Itoa(k+1), 5)
	}
	p.println(head + "  conf")
	order := s.acceptabilityOrder(run)
	for _, i := range order {
		line := pad(s.names[i], width)
		for _, b := range res.Acceptability[i] {
			line += "  " + share(b)
		}
		conf := "-"
		if res.Confidence != nil {
			conf = fmt.Sprintf("%.2f", res.Confidence[i])
		}
		p.println(line + "  " + conf)
	}
	p.wrap(fmt.Sprintf("b_r: share of the samples in which the alternative ranks r-th (standard error at most %.3f). "+
		"conf: confidence factor, the share of rating samples in which it is first at its central weights; the ratings "+
		"are exact, so it is 1 when it is, 0 when it is not or never first.", 0.5/math.Sqrt(float64(res.Samples))), "")
	p.wrap("Central weights: the mean weights of the samples in which each is first, at the leaves furthest "+
		"above the mean of all samples:", "")
	for _, i := range order {
		p.hang("- ", fmt.Sprintf("%s (b1 %s): %s", s.names[i], share(res.Acceptability[i][0]), run.centralSummary(s.criteria, i, centralLeaves)))
	}
	p.println("")
}

// share formats a share with 3 decimals, as "<.001" or ">.999" when it
// rounds to 0 or 1 without being 0 or 1.
func share(b float64) string {
	switch {
	case b > 0 && b < 0.0005:
		return "<.001"
	case b < 1 && b >= 0.9995:
		return ">.999"
	}
	return fmt.Sprintf("%.3f", b)
}

// hang prints s wrapped at lineWidth: the first line starts with first,
// the others are indented by as many spaces.
func (p *printer) hang(first, s string) {
	line := first
	indent := strings.Repeat(" ", utf8.RuneCountInString(first))
	for _, word := range strings.Fields(s) {
		if utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > lineWidth && strings.TrimSpace(line) != "" {
			p.println(line)
			line = indent
		}
		if line != first && line != indent {
			line += " "
		}
		line += word
	}
	p.println(line)
}
