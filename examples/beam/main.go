// Command beam ranks alternatives held in sharded CSV files on Apache Beam,
// with the passes of mcda.RankStream: pass 1 combines the shards'
// mcda.ColumnStats, the mcda.StreamCoefficients derived from them are a
// side input, pass 2 scores every row in a ParDo, and the best K are
// ranked with the library's tie rule. VIKOR, EDAS, COPRAS, ARAS, MABAC
// and CoCoSo take a middle pass, whose shards' mcda.ScoreStats are merged
// in shard order before the coefficients are derived. It runs locally on Beam's direct or
// prism runner and on a cluster through a portable runner:
//
//	go run . -input 'data/*.csv' -method topsis -normalization vector -k 10 -output top.jsonl -json --runner=direct
//	go run . -input 'gs://bucket/data/*.csv' -k 100 -output gs://bucket/top.csv --runner=universal --endpoint=HOST:8099 --environment_type=LOOPBACK
//
// The files are read in the library's CSV format (see mcda.ReadCSV); the
// criteria come from the first file's header, #objective and #weight rows,
// or from -criteria, and every file must agree with them. Bad input is
// reported in one line, naming the file and the line, with exit status 2.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners"
	//lint:ignore SA1019 the direct runner is deprecated for portability, but it is the fastest local runner, and prism, the portable one, runs the same pipeline here
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/direct"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/universal"

	"github.com/balancer-mcda/balancer/examples/internal/cli"
	"github.com/balancer-mcda/balancer/mcda"
)

func main() {
	input := flag.String("input", "", "glob of the CSV shards, such as 'data/*.csv' (any file system Beam registers)")
	method := flag.String("method", "topsis", "method: topsis, wsm, wpm, moora, moora-rp, moora-fmf, spotis, marcos, waspas, vikor, edas, copras, aras, mabac or cocoso")
	var v, lambda optFloat
	flag.Var(&v, "vikor-v", "VIKOR's weight v of the majority strategy, in [0, 1] (default 0.5)")
	flag.Var(&lambda, "waspas-lambda", "WASPAS's and CoCoSo's λ, in [0, 1] (default 0.5)")
	norm := flag.String("normalization", "default", "normalization: vector, max, minmax, sum, none or default (the method's)")
	crit := flag.String("criteria", "", "criteria as name:objective:weight,... instead of the first shard's header and metadata rows")
	k := flag.Int("k", 10, "number of best alternatives to write; 0 writes none")
	output := flag.String("output", "top.csv", "file for the best K")
	scores := flag.String("scores", "", "file for every alternative's score (optional)")
	asJSON := flag.Bool("json", false, "write JSON lines instead of CSV")
	verbose := flag.Bool("v", false, "log the runner's progress")
	version := flag.Bool("version", false, "print the version and exit")
	flag.Parse()
	if *version {
		fmt.Println(cli.Version("beam"))
		return
	}
	if !*verbose {
		beamlog.LogLevel = "warn"
	}
	beam.Init()
	if *runners.Runner == "" {
		*runners.Runner = "direct"
	}
	ctx := context.Background()
	o, err := options(ctx, *input, *method, *norm, *crit)
	if err == nil {
		err = o.setParams(v.p, lambda.p)
	}
	if err == nil {
		o.K, o.Output, o.Scores, o.JSON = *k, *output, *scores, *asJSON
		err = run(ctx, *runners.Runner, o)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "beam:", cause(err))
		os.Exit(2)
	}
}

// options expands the glob and makes the spec, from the flags or the first
// shard.
func options(ctx context.Context, glob, method, norm, crit string) (Options, error) {
	if glob == "" {
		return Options{}, errors.New("-input is required")
	}
	fs, err := filesystem.New(ctx, glob)
	if err != nil {
		return Options{}, err
	}
	defer fs.Close()
	files, err := fs.List(ctx, glob)
	if err != nil {
		return Options{}, err
	}
	if len(files) == 0 {
		return Options{}, fmt.Errorf("%s: no files match: %w", glob, mcda.ErrEmpty)
	}
	slices.Sort(files)
	sp := Spec{Method: method, Normalization: norm, Reference: "flags", FromFlags: true}
	if crit != "" {
		if sp.Criteria, err = ParseCriteria(crit); err != nil {
			return Options{}, err
		}
	} else {
		f, err := fs.OpenRead(ctx, files[0])
		if err != nil {
			return Options{}, err
		}
		defer f.Close()
		r, err := mcda.NewCSVReader(bufio.NewReader(f))
		if err != nil {
			return Options{}, fmt.Errorf("%s: %w", files[0], err)
		}
		sp = specFromReader(method, norm, files[0], r)
	}
	if _, err := sp.newStats(); err != nil {
		return Options{}, err
	}
	return Options{Spec: sp, Shards: files}, nil
}

// run builds the pipeline and runs it on the named runner.
func run(ctx context.Context, runner string, o Options) error {
	p, s := beam.NewPipelineWithRoot()
	Build(s, o)
	_, err := beam.Run(ctx, runner, p)
	return err
}

// cause returns the error's text on one line, without the execution plan
// that a runner's error prints before the failing DoFn's own error.
func cause(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, "caused by:"); i >= 0 {
		msg = msg[i+len("caused by:"):]
		if j := strings.Index(msg, "failed:"); j >= 0 {
			msg = msg[j+len("failed:"):]
		}
	}
	b := []byte(strings.TrimSpace(msg))
	for i, c := range b {
		if c == '\n' || c == '\r' {
			b[i] = ' '
		}
	}
	return string(b)
}

// optFloat is a float flag that records whether it was given.
type optFloat struct{ p *float64 }

func (f *optFloat) String() string {
	if f == nil || f.p == nil {
		return ""
	}
	return fmt.Sprint(*f.p)
}

func (f *optFloat) Set(s string) error {
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return err
	}
	f.p = &x
	return nil
}

// setParams sets VIKOR's v and the λ of WASPAS and CoCoSo (nil: the
// default) and checks them against the method.
func (o *Options) setParams(v, lambda *float64) error {
	o.Spec.V, o.Spec.Lambda = v, lambda
	_, err := o.Spec.newStats()
	return err
}
