package chart

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"image/png"
	"io"
	"os"
)

// minElements is the fewest elements of an SVG chart: the root, a title,
// axes and some data.
const minElements = 10

// Verify checks the chart written to base: base.png decodes as a PNG image
// of at least 100×100 pixels that is not blank (it has more than one
// colour), and base.svg is well-formed XML whose root element is svg and
// that draws something (it holds more than a few elements). The example
// programs' tests call it on every chart.
func Verify(base string) error {
	b, err := os.ReadFile(base + ".png")
	if err != nil {
		return err
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("%s.png: %w", base, err)
	}
	r := img.Bounds()
	if r.Dx() < 100 || r.Dy() < 100 {
		return fmt.Errorf("%s.png is %v, want at least 100×100", base, r)
	}
	blank := true
	first := img.At(r.Min.X, r.Min.Y)
	for y := r.Min.Y; y < r.Max.Y && blank; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if img.At(x, y) != first {
				blank = false
				break
			}
		}
	}
	if blank {
		return fmt.Errorf("%s.png is blank", base)
	}
	b, err = os.ReadFile(base + ".svg")
	if err != nil {
		return err
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	root, elements := "", 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("%s.svg: %w", base, err)
		}
		if s, ok := tok.(xml.StartElement); ok {
			if root == "" {
				root = s.Name.Local
			}
			elements++
		}
	}
	if root != "svg" {
		return fmt.Errorf("%s.svg: root element %q, want svg", base, root)
	}
	if elements < minElements {
		return fmt.Errorf("%s.svg has %d elements, want at least %d", base, elements, minElements)
	}
	return nil
}
