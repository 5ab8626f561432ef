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

// Verify checks the chart written to base: base.png decodes as a PNG image
// of at least 100×100 pixels and base.svg is well-formed XML whose root
// element is svg. The example programs' tests call it on every chart.
func Verify(base string) error {
	b, err := os.ReadFile(base + ".png")
	if err != nil {
		return err
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return fmt.Errorf("%s.png: %w", base, err)
	}
	if r := img.Bounds(); r.Dx() < 100 || r.Dy() < 100 {
		return fmt.Errorf("%s.png is %v, want at least 100×100", base, r)
	}
	b, err = os.ReadFile(base + ".svg")
	if err != nil {
		return err
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	root := ""
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("%s.svg: %w", base, err)
		}
		if s, ok := tok.(xml.StartElement); ok && root == "" {
			root = s.Name.Local
		}
	}
	if root != "svg" {
		return fmt.Errorf("%s.svg: root element %q, want svg", base, root)
	}
	return nil
}
