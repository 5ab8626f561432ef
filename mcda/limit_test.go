package mcda_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
)

// The O(m²) computations refuse a problem above their MaxPairs before
// allocating, with a *SizeError naming the method, the size and what to
// use instead; MaxPairs = m² lets them run, and a negative MaxPairs is a
// parameter error.
func TestSizeGuard(t *testing.T) {
	const rows = 40 // m² = 1600
	m := benchProblem(t, rows, 3)
	// PROMETHEE compares every pair only on Gaussian criteria or with
	// Pairwise; its other preference functions take the sorted path,
	// which has no size limit (TestSizeGuardDefault).
	gaussian := []mcda.Preference{{Function: mcda.PreferenceLinear, Q: 1, P: 2}, {Function: mcda.PreferenceGaussian, S: 1}, {}}
	for _, tc := range []struct {
		name   string
		method string
		run    func(maxPairs int) error
		bytes  bool
	}{
		{"electre", "electre i", func(mp int) error { _, err := (&mcda.ELECTREI{MaxPairs: mp}).Evaluate(m); return err }, true},
		{"promethee pairwise scores", "promethee", func(mp int) error {
			_, err := (&mcda.PROMETHEE{MaxPairs: mp, Pairwise: true}).Scores(nil, m)
			return err
		}, false},
		{"promethee gaussian flows", "promethee", func(mp int) error {
			_, err := (&mcda.PROMETHEE{MaxPairs: mp, Preferences: gaussian}).Flows(context.Background(), m)
			return err
		}, false},
		{"promethee evaluate", "promethee", func(mp int) error { _, err := (&mcda.PROMETHEE{MaxPairs: mp}).Evaluate(m); return err }, true},
		{"multimoora", "multimoora", func(mp int) error { _, err := (&mcda.MULTIMOORA{MaxPairs: mp}).Scores(nil, m); return err }, false},
		{"promethee by name", "promethee", func(mp int) error {
			meth, _ := mcda.NewMethod("promethee", mcda.MethodOptions{MaxPairs: mp, Preferences: gaussian})
			_, err := meth.Scores(nil, m)
			return err
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.run(rows*rows - 1)
			var se *mcda.SizeError
			if !errors.As(err, &se) || !errors.Is(err, mcda.ErrTooLarge) {
				t.Fatalf("err = %v, want a *SizeError", err)
			}
			if se.Method != tc.method || se.Alternatives != rows || se.Pairs != rows*rows || se.Limit != rows*rows-1 || (se.Bytes > 0) != tc.bytes {
				t.Errorf("SizeError = %+v", *se)
			}
			if msg := err.Error(); !strings.Contains(msg, tc.method) || !strings.Contains(msg, "40 alternatives") || !strings.Contains(msg, "topsis") {
				t.Errorf("message %q does not name the method, the size and an alternative", msg)
			}
			if err := tc.run(rows * rows); err != nil {
				t.Errorf("MaxPairs = m²: %v", err)
			}
			if err := tc.run(-1); !errors.Is(err, mcda.ErrParameter) {
				t.Errorf("MaxPairs = -1: err = %v, want ErrParameter", err)
			}
		})
	}
}

// Issue 13: ELECTRE I on 1e5 alternatives tried to allocate an 80 GB
// block and died; with the default limit it is an error that says how
// much it would take.
func TestSizeGuardDefault(t *testing.T) {
	const rows = 100000
	m := benchProblem(t, rows, 2)
	_, err := (&mcda.ELECTREI{}).Evaluate(m)
	var se *mcda.SizeError
	if !errors.As(err, &se) || se.Limit != mcda.DefaultMaxPairs || se.Bytes != 17e10 {
		t.Fatalf("err = %v, want a *SizeError with the default limit and 170 GB", err)
	}
	if !strings.Contains(err.Error(), "170 GB") {
		t.Errorf("message %q does not give the memory", err)
	}
	if _, err := (&mcda.PROMETHEE{Pairwise: true}).Scores(nil, m); !errors.As(err, &se) {
		t.Errorf("promethee, pairwise: err = %v, want a *SizeError", err)
	}
	// The sorted path, O(n·m·log m), ranks the same problem.
	if _, err := (&mcda.PROMETHEE{}).Scores(nil, m); err != nil {
		t.Errorf("promethee, sorted path: %v", err)
	}
}
