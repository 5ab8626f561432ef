package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"github.com/balancer-mcda/balancer/mcda"
)

// The benchmark's input: benchRows alternatives of benchCriteria values
// with four decimals (about 80 MB of CSV), in benchShards files, written
// once per test binary run.
const (
	benchRows     = 1_000_000
	benchCriteria = 10
	benchShards   = 8
)

var (
	benchOnce  sync.Once
	benchDir   string
	benchFiles []string
	benchErr   error
)

func benchInput(b *testing.B) []string {
	benchOnce.Do(func() {
		benchDir, benchErr = os.MkdirTemp("", "beam-bench-")
		if benchErr != nil {
			return
		}
		head, _ := problemCSV(1, 0, benchCriteria, 1)
		rng := rand.New(rand.NewPCG(2, 3))
		per := benchRows / benchShards
		for k := range benchShards {
			path := filepath.Join(benchDir, fmt.Sprintf("part-%03d.csv", k))
			f, err := os.Create(path)
			if err != nil {
				benchErr = err
				return
			}
			w := bufio.NewWriterSize(f, 1<<20)
			for _, l := range head {
				w.WriteString(l)
				w.WriteByte('\n')
			}
			buf := make([]byte, 0, 256)
			for i := k * per; i < (k+1)*per; i++ {
				buf = append(buf[:0], 'a')
				buf = strconv.AppendInt(buf, int64(i), 10)
				for range benchCriteria {
					buf = append(buf, ',')
					buf = strconv.AppendFloat(buf, 1+rng.Float64()*99, 'f', 4, 64)
				}
				buf = append(buf, '\n')
				w.Write(buf)
			}
			if err := w.Flush(); err != nil {
				benchErr = err
			}
			f.Close()
			benchFiles = append(benchFiles, path)
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchFiles
}

// chainSource reads the shards one after the other, as one RowSource: the
// concatenated file, for RankStream.
type chainSource struct {
	files []string
	k     int
	r     *mcda.CSVReader
	f     *os.File
}

func openChain(files []string) func() (mcda.RowSource, error) {
	return func() (mcda.RowSource, error) {
		c := &chainSource{files: files}
		return c, c.open()
	}
}

func (c *chainSource) open() error {
	if c.f != nil {
		c.f.Close()
	}
	f, err := os.Open(c.files[c.k])
	if err != nil {
		return err
	}
	c.f = f
	c.r, err = mcda.NewCSVReader(bufio.NewReaderSize(f, 1<<16))
	return err
}

func (c *chainSource) Criteria() []mcda.Criterion { return c.r.Criteria() }

func (c *chainSource) Next(row []float64) (string, error) {
	for {
		name, err := c.r.Next(row)
		if err != io.EOF || c.k == len(c.files)-1 {
			return name, err
		}
		c.k++
		if err := c.open(); err != nil {
			return "", err
		}
	}
}

func (c *chainSource) Close() error { return c.f.Close() }

// BenchmarkPipeline ranks 1e6 alternatives of 10 criteria in 8 CSV shards
// (TOPSIS, vector normalization, the best 10) on Beam's direct and prism
// runners and,
// in the same run, with mcda.RankStream on the same files read one after
// the other, and reports rows/s for each. It only runs with -bench:
//
//	cd examples/beam && go test -run XXX -bench Pipeline -benchtime 3x -count 5
func BenchmarkPipeline(b *testing.B) {
	files := benchInput(b)
	b.Run("RankStream", func(b *testing.B) {
		for b.Loop() {
			r, err := mcda.RankStream(context.Background(), openChain(files), mcda.StreamOptions{Top: 10})
			if err != nil {
				b.Fatal(err)
			}
			if r.Alternatives != benchRows {
				b.Fatalf("%d alternatives", r.Alternatives)
			}
		}
		b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
	})
	for _, runner := range []string{"direct", "prism"} {
		b.Run("beam-"+runner, func(b *testing.B) {
			out := filepath.Join(b.TempDir(), "top.csv")
			o, err := options(context.Background(), filepath.Join(filepath.Dir(files[0]), "part-*.csv"), "topsis", "vector", "")
			if err != nil {
				b.Fatal(err)
			}
			o.K, o.Output = 10, out
			for b.Loop() {
				if err := run(context.Background(), runner, o); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(benchRows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
		})
	}
}
