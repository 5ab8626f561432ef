package chart

import (
	"math"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"pgregory.net/rapid"
)

// niceSteps are the mantissas NiceCeil rounds up to.
var niceSteps = []float64{1, 1.5, 2, 2.5, 3, 4, 5, 6, 8}

func TestNiceCeilProperties(t *testing.T) {
	// Property: NiceCeil(x) >= x, for x > 0 (within the 1e-12 relative
	// slack it allows for x that are nice numbers but for rounding).
	t.Run("AtLeast", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			x := math.Pow(10, rapid.Float64Range(-300, 300).Draw(t, "log10 x"))
			if got := NiceCeil(x); got < x*(1-1e-12) {
				t.Fatalf("NiceCeil(%v) = %v < x", x, got)
			}
		})
	})
	// Property: NiceCeil(x) is the smallest number of the form m × 10^k,
	// m in niceSteps, that is at least x: it is one such number, and the
	// step below it is below x.
	t.Run("Smallest", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			x := math.Pow(10, rapid.Float64Range(-300, 300).Draw(t, "log10 x"))
			got := NiceCeil(x)
			e := math.Pow(10, math.Floor(math.Log10(got)+1e-9))
			k := -1
			for j, m := range niceSteps {
				if math.Abs(got-m*e) <= 1e-9*got {
					k = j
				}
			}
			if k < 0 {
				t.Fatalf("NiceCeil(%v) = %v is not a nice number", x, got)
			}
			below := niceSteps[(k+len(niceSteps)-1)%len(niceSteps)] * e
			if k == 0 {
				below = 8 * e / 10
			}
			if below >= x*(1+1e-9) {
				t.Fatalf("NiceCeil(%v) = %v, but %v is nice and at least x", x, got, below)
			}
		})
	})
}

func TestShortenProperties(t *testing.T) {
	// Property: Shorten(s, n) has at most n characters for n >= 2, and is s
	// itself when s has at most n.
	t.Run("Length", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			s := rapid.String().Draw(t, "s")
			n := rapid.IntRange(2, 40).Draw(t, "n")
			got := Shorten(s, n)
			if utf8.RuneCountInString(got) > n {
				t.Fatalf("Shorten(%q, %d) = %q, longer than %d", s, n, got, n)
			}
			if utf8.RuneCountInString(s) <= n && got != s {
				t.Fatalf("Shorten(%q, %d) = %q, want s", s, n, got)
			}
		})
	})
	// Property: a shortened s is a prefix of s followed by an ellipsis.
	t.Run("Prefix", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			s := rapid.String().Draw(t, "s")
			n := rapid.IntRange(2, 40).Draw(t, "n")
			if got := Shorten(s, n); got != s && !(strings.HasSuffix(got, "…") && strings.HasPrefix(s, strings.TrimSuffix(got, "…"))) {
				t.Fatalf("Shorten(%q, %d) = %q, not a prefix and an ellipsis", s, n, got)
			}
		})
	})
}

func TestSlugProperties(t *testing.T) {
	// Property: a slug holds only letters in lower case (where they have
	// one), digits and single hyphens between them.
	t.Run("Alphabet", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			s := rapid.String().Draw(t, "s")
			got := Slug(s)
			if strings.HasPrefix(got, "-") || strings.HasSuffix(got, "-") || strings.Contains(got, "--") {
				t.Fatalf("Slug(%q) = %q has a stray hyphen", s, got)
			}
			for _, r := range got {
				if r != '-' && !unicode.IsDigit(r) && !(unicode.IsLetter(r) && unicode.ToLower(r) == r) {
					t.Fatalf("Slug(%q) = %q holds %q", s, got, r)
				}
			}
		})
	})
	// Property: Slug is idempotent.
	t.Run("Idempotent", func(t *testing.T) {
		rapid.Check(t, func(t *rapid.T) {
			s := rapid.String().Draw(t, "s")
			if a, b := Slug(s), Slug(Slug(s)); a != b {
				t.Fatalf("Slug(%q) = %q but Slug of it is %q", s, a, b)
			}
		})
	})
}
