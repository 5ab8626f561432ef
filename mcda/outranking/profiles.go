package outranking

import (
	"fmt"
	"math"

	"github.com/balancer-mcda/balancer/mcda"
)

// A ProfileError records an invalid profile: a missing or non-finite
// value, or a profile that does not dominate the one below it. It
// unwraps to its Err, which wraps [mcda.ErrParameter].
type ProfileError struct {
	Profile       int    // 0-based, worst first
	Criterion     int    // 0-based, or -1 for the whole profile
	CriterionName string // the criterion's name, if known
	Err           error
}

func (e *ProfileError) Error() string {
	if e.Criterion < 0 {
		return fmt.Sprintf("outranking: profile %d: %v", e.Profile, e.Err)
	}
	return fmt.Sprintf("outranking: profile %d, criterion %d (%q): %v", e.Profile, e.Criterion, e.CriterionName, e.Err)
}

// Unwrap returns the cause.
func (e *ProfileError) Unwrap() error { return e.Err }

// CheckProfiles checks that profiles has at least min profiles of one
// value per criterion of m, all finite, each dominating the one before it:
// at least as good on every criterion (in its preferred direction) and
// better on one. It returns nil or a [*ProfileError] wrapping
// [mcda.ErrParameter].
func CheckProfiles(m *mcda.DecisionMatrix, profiles [][]float64, min int) error {
	_, n := m.Dims()
	if len(profiles) < min {
		return &ProfileError{Profile: len(profiles), Criterion: -1,
			Err: fmt.Errorf("%w: %d profiles, want at least %d (categories without profiles)", mcda.ErrParameter, len(profiles), min)}
	}
	for h, b := range profiles {
		if len(b) != n {
			return &ProfileError{Profile: h, Criterion: -1, Err: fmt.Errorf("%w: %w", mcda.ErrParameter, &mcda.ShapeError{What: "profile values", Got: len(b), Want: n})}
		}
		better := false
		for j, x := range b {
			c := m.Criterion(j)
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return &ProfileError{Profile: h, Criterion: j, CriterionName: c.Name, Err: fmt.Errorf("%w: value %v: %w", mcda.ErrParameter, x, mcda.ErrNotFinite)}
			}
			if h == 0 {
				continue
			}
			d := x - profiles[h-1][j]
			if c.Objective == mcda.ObjectiveCost {
				d = -d
			}
			if d < 0 {
				return &ProfileError{Profile: h, Criterion: j, CriterionName: c.Name,
					Err: fmt.Errorf("%w: %v is worse than %v of profile %d below it: a profile must dominate the one below", mcda.ErrParameter, x, profiles[h-1][j], h-1)}
			}
			better = better || d > 0
		}
		if h > 0 && !better {
			return &ProfileError{Profile: h, Criterion: -1, Err: fmt.Errorf("%w: equal to profile %d below it: a profile must dominate the one below", mcda.ErrParameter, h-1)}
		}
	}
	return nil
}
