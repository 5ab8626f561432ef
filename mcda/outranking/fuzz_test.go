package outranking_test

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
	"github.com/balancer-mcda/balancer/mcda/outranking"
	"github.com/balancer-mcda/balancer/mcda/sorting"
)

// extremes are the float64 seeds every fuzz target gets.
var extremes = []string{"1e308", "-1e308", "5e-324", "-5e-324", "9007199254740992", "-0", "0", "1.7976931348623157e308"}

// checkProblem runs every method on a problem that was read without error:
// none may panic or produce NaN.
func checkProblem(t *testing.T, p *outranking.Problem) {
	t.Helper()
	if r, _ := p.Matrix.Dims(); r > 50 {
		return
	}
	if res, err := (&outranking.ELECTREIII{Thresholds: p.Thresholds}).Evaluate(context.Background(), p.Matrix); err == nil {
		for _, row := range res.Credibility {
			for _, s := range row {
				if math.IsNaN(s) || s < 0 || s > 1 {
					t.Fatalf("credibility %v", s)
				}
			}
		}
	} else if !errors.Is(err, mcda.ErrParameter) {
		t.Fatalf("electre iii: %v", err)
	}
	if _, err := (&outranking.ELECTREII{}).Evaluate(context.Background(), p.Matrix); err != nil {
		t.Fatalf("electre ii: %v", err)
	}
	if p.Profiles == nil {
		return
	}
	if !p.Central {
		e := sorting.ELECTRETRIB{Profiles: p.Profiles, Thresholds: p.Thresholds, ProfileThresholds: p.ProfileThresholds}
		if res, err := e.Evaluate(p.Matrix); err == nil {
			for i := range res.Pessimistic {
				if res.Pessimistic[i] > res.Optimistic[i] {
					t.Fatalf("pessimistic %d > optimistic %d", res.Pessimistic[i], res.Optimistic[i])
				}
			}
		} else if !errors.Is(err, mcda.ErrParameter) {
			t.Fatalf("electre tri-b: %v", err)
		}
	}
	f := sorting.FlowSort{Profiles: p.Profiles, Central: p.Central, Preferences: p.Preferences}
	if !p.Central {
		f.Profiles = sorting.LimitingProfiles(p.Matrix, p.Profiles)
	}
	if res, err := f.Evaluate(p.Matrix); err == nil {
		for _, x := range res.NetFlow {
			if math.IsNaN(x) {
				t.Fatal("NaN flow")
			}
		}
	} else if !errors.Is(err, mcda.ErrParameter) {
		t.Fatalf("flowsort: %v", err)
	}
}

func FuzzReadProblem(f *testing.F) {
	f.Add(jsonBase + `}`)
	f.Add(jsonBase + `, "profiles": [{"values": [2, 3]}]}`)
	f.Add(jsonBase + `, "central": true, "profiles": [{"values": [2, 3]}, {"values": [3, 2]}]}`)
	for _, x := range extremes {
		f.Add(strings.Replace(jsonBase, `"v": 5`, `"v": `+x, 1) + `, "profiles": [{"values": [` + x + `, 3]}]}`)
		f.Add(strings.Replace(jsonBase, `[1, 2]`, `[`+x+`, `+x+`]`, 1) + `, "profiles": [{"values": [2, ` + x + `]}]}`)
		f.Add(strings.Replace(jsonBase, `"beta": 0.1`, `"beta": `+x, 1) + `}`)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		p, err := outranking.ReadProblem(strings.NewReader(doc))
		if err != nil {
			var pe *mcda.ParseError
			var ae *mcda.AlternativeError
			var ce *mcda.CriterionError
			var ve *mcda.ValueError
			var se *mcda.ShapeError
			if !errors.As(err, &pe) && !errors.As(err, &ae) && !errors.As(err, &ce) && !errors.As(err, &ve) && !errors.As(err, &se) && !errors.Is(err, mcda.ErrEmpty) {
				t.Fatalf("unlocated error %T: %v", err, err)
			}
			return
		}
		checkProblem(t, p)
	})
}

func FuzzReadCSVProblem(f *testing.F) {
	f.Add(csvBase + "#profile b1,2,3\na,1,2\nb,3,4\n")
	f.Add(csvBase + "#categories,x,y,z\n#central x,1,4\n#central y,2,3\n#central z,3,2\na,1,2\n")
	for _, x := range extremes {
		f.Add(csvBase + "#profile b1," + x + ",3\na," + x + ",2\nb,3," + x + "\n")
		f.Add(strings.Replace(csvBase, "#v,5,", "#v,"+x+","+x, 1) + "a,1,2\n")
	}
	f.Fuzz(func(t *testing.T, doc string) {
		p, err := outranking.ReadCSVProblem(strings.NewReader(doc))
		if err != nil {
			var ce *mcda.CSVError
			if !errors.As(err, &ce) {
				t.Fatalf("unlocated error %T: %v", err, err)
			}
			return
		}
		checkProblem(t, p)
	})
}
