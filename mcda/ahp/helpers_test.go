package ahp_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/balancer-mcda/balancer/mcda/ahp"
)

// saatyValues are the judgments of Saaty's fundamental scale.
var saatyValues = []float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 1.0 / 2, 1.0 / 3, 1.0 / 4, 1.0 / 5, 1.0 / 6, 1.0 / 7, 1.0 / 8, 1.0 / 9}

// randomMatrix returns a random reciprocal Saaty-scale matrix of order n from
// a fixed seed.
func randomMatrix(n int, seed uint64) *ahp.Matrix {
	r := rand.New(rand.NewPCG(seed, 42))
	items := names(n)
	var js []ahp.Judgment
	for i := range n {
		for j := i + 1; j < n; j++ {
			js = append(js, ahp.Judgment{A: items[i], B: items[j], Value: saatyValues[r.IntN(len(saatyValues))]})
		}
	}
	m, err := ahp.NewMatrixFromJudgments(items, js, ahp.Scale{})
	if err != nil {
		panic(err)
	}
	return m
}

// errorsAs is errors.As, for files that do not otherwise import errors.
func errorsAs(err error, target any) bool { return errors.As(err, target) }

// fuzzDeadline bounds the work of one fuzz input: a fuzz target that takes
// longer has found a hang, which the fuzzer would otherwise not report.
const fuzzDeadline = 10 * time.Second

// watchdog crashes the fuzz worker with the input if the returned stop is
// not called within fuzzDeadline, so that the fuzzer records the input.
func watchdog(data []byte) (stop func() bool) {
	return time.AfterFunc(fuzzDeadline, func() {
		panic(fmt.Sprintf("input took more than %v: %q", fuzzDeadline, data))
	}).Stop
}
