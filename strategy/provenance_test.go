package strategy_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/balancer-mcda/balancer/mcda/ahp"
	"github.com/balancer-mcda/balancer/strategy"
)

// documentPath is the policy document the dataset models, relative to this
// package's directory (../shared/seed/sco-strategy.txt from the repository
// root).
const documentPath = "../../shared/seed/sco-strategy.txt"

// maxPhraseWords bounds the length of a key phrase: a few words, never a
// whole sentence.
const maxPhraseWords = 10

// normalize folds the typographic variants of quotes, apostrophes and
// dashes to ASCII and every run of white space to one space.
func normalize(s string) string {
	s = strings.NewReplacer(
		"\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`,
		"\u2013", "-", "\u2014", "-", "\u2212", "-", "\u00a0", " ",
	).Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// TestKeyPhrases checks that every key phrase of the index occurs verbatim
// in the document, up to white space, quotes and dashes.
func TestKeyPhrases(t *testing.T) {
	data, err := os.ReadFile(documentPath)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("the document %s is not here; key phrases not checked", documentPath)
	}
	if err != nil {
		t.Fatal(err)
	}
	doc := normalize(string(data))
	for _, s := range strategy.Sections() {
		for _, p := range s.KeyPhrases {
			if !strings.Contains(doc, normalize(p)) {
				t.Errorf("section %q: key phrase %q is not in the document", s.ID, p)
			}
		}
	}
}

// TestSectionProvenance checks the index's form: every passage has a
// location and one or more short key phrases; the modeller's entries have
// none.
func TestSectionProvenance(t *testing.T) {
	for _, s := range strategy.Sections() {
		if s.Modeller {
			if len(s.KeyPhrases) != 0 || s.ContextOnly {
				t.Errorf("modeller's entry %q has key phrases or is context only", s.ID)
			}
			continue
		}
		if s.Location == "" || len(s.KeyPhrases) == 0 {
			t.Errorf("section %q: location %q, %d key phrases; want both", s.ID, s.Location, len(s.KeyPhrases))
		}
		for _, p := range s.KeyPhrases {
			if n := len(strings.Fields(p)); n == 0 || n > maxPhraseWords {
				t.Errorf("section %q: key phrase %q has %d words, want 1 to %d", s.ID, p, n, maxPhraseWords)
			}
			if strings.ContainsAny(strings.TrimSpace(p), ".:;") {
				t.Errorf("section %q: key phrase %q spans sentence punctuation", s.ID, p)
			}
		}
	}
}

// anchors returns every anchor of the dataset, each with what it anchors.
func anchors(d *strategy.Dataset) map[string][]string {
	m := d.Model
	uses := map[string][]string{}
	add := func(id, what string) { uses[id] = append(uses[id], what) }
	var walk func(cs []ahp.Node)
	walk = func(cs []ahp.Node) {
		for _, c := range cs {
			add(c.Anchor, "criterion "+c.Name)
			walk(c.Children)
		}
	}
	walk(m.Criteria)
	for _, a := range m.Alternatives {
		add(a.Anchor, "alternative "+a.Name)
	}
	for node, cs := range m.Judgments {
		for _, c := range cs {
			add(c.Anchor, "judgment "+c.A+" over "+c.B+" at "+node)
		}
	}
	for leaf, rs := range m.Ratings {
		for _, r := range rs {
			add(r.Anchor, "rating of "+r.Alternative+" on "+leaf)
		}
	}
	for _, p := range strategy.Preferences() {
		add(p.Anchor, "preference "+p.Better+" over "+p.Worse)
	}
	for _, r := range strategy.Reuses() {
		add(r.Anchor, "reuse for "+r.Alternative)
	}
	add(strategy.VerdictAnchor, "the verdict")
	return uses
}

// TestAnchorsUsed checks that every anchor resolves and that every section
// is used, or marked as context only and not used.
func TestAnchorsUsed(t *testing.T) {
	uses := anchors(strategy.SCO())
	for id, whats := range uses {
		if _, ok := strategy.Lookup(id); !ok {
			t.Errorf("anchor %q of %s is not in the index", id, strings.Join(whats, ", "))
		}
	}
	for _, s := range strategy.Sections() {
		switch n := len(uses[s.ID]); {
		case s.ContextOnly && n > 0:
			t.Errorf("section %q is marked context only but anchors %s", s.ID, strings.Join(uses[s.ID], ", "))
		case !s.ContextOnly && n == 0:
			t.Errorf("section %q is neither used nor marked context only", s.ID)
		}
	}
}

// TestOneIdeaOnce checks that no passage anchors the non-neutral ratings
// of the alternatives of one set on two leaf criteria, unless it is a
// deliberate reuse with a reason, and that every declared reuse is needed.
func TestOneIdeaOnce(t *testing.T) {
	d := strategy.SCO()
	m := d.Model
	set := func(alternative string) string {
		if slices.Contains(d.FutureNames, alternative) {
			return "futures"
		}
		return "recommendations"
	}
	type key struct{ set, anchor string }
	leaves := map[key][]string{}
	for _, leaf := range m.Leaves() {
		for _, r := range m.Ratings[leaf] {
			k := key{set(r.Alternative), r.Anchor}
			if r.Value != strategy.NeutralRating && !slices.Contains(leaves[k], leaf) {
				leaves[k] = append(leaves[k], leaf)
			}
		}
	}
	declared := map[key][]string{}
	for _, r := range strategy.Reuses() {
		if strings.TrimSpace(r.Reason) == "" {
			t.Errorf("reuse of %q for %q has no reason", r.Anchor, r.Alternative)
		}
		k := key{set(r.Alternative), r.Anchor}
		declared[k] = slices.Sorted(slices.Values(r.Criteria))
		if got := slices.Sorted(slices.Values(leaves[k])); !slices.Equal(got, declared[k]) {
			t.Errorf("reuse of %q for %q declares %v; the ratings anchored there are on %v", r.Anchor, r.Alternative, declared[k], got)
		}
	}
	for k, ls := range leaves {
		if _, ok := declared[k]; len(ls) > 1 && !ok {
			t.Errorf("%q anchors ratings of the %s on %d criteria %v; one idea should enter once", k.anchor, k.set, len(ls), ls)
		}
	}
}

// TestNeutralWhereSilent checks the rule of the package: where a rationale
// says the document is silent, the value is neutral; the modeller's
// criteria are labelled as such, and every value anchored to the
// modeller's frame rather than to a passage is neutral.
func TestNeutralWhereSilent(t *testing.T) {
	d := strategy.SCO()
	m := d.Model
	modeller := func(anchor string) bool {
		s, ok := strategy.Lookup(anchor)
		return ok && s.Modeller
	}
	for node, cs := range m.Judgments {
		for _, c := range cs {
			silent := strings.Contains(c.Rationale, "silent") || modeller(c.Anchor)
			if silent && c.Value != strategy.NeutralJudgment {
				t.Errorf("judgment %s over %s at %q: the document is silent, value %v, want %d", c.A, c.B, node, c.Value, strategy.NeutralJudgment)
			}
		}
	}
	for leaf, rs := range m.Ratings {
		for _, r := range rs {
			silent := strings.Contains(r.Rationale, "silent") || modeller(r.Anchor)
			if silent && r.Value != strategy.NeutralRating {
				t.Errorf("rating of %q on %q: the document is silent, value %v, want %d", r.Alternative, leaf, r.Value, strategy.NeutralRating)
			}
		}
	}
	mc := d.ModellerCriteria()
	if len(mc) == 0 {
		t.Fatal("no criterion is marked as the modeller's frame")
	}
	for _, c := range m.Criteria {
		if slices.Contains(mc, c.Name) && !strings.HasPrefix(c.Description, "The modeller's frame") {
			t.Errorf("criterion %q: description %q does not say it is the modeller's frame", c.Name, c.Description)
		}
	}
}

// TestPreferences checks that the document's stated preferences name
// alternatives of their set or sibling criteria, and that the model
// reproduces every preference of desirability by AHP synthesis and every
// emphasis by the local weights.
func TestPreferences(t *testing.T) {
	d := strategy.SCO()
	results := map[string]*ahp.Result{}
	for set, model := range map[string]func() (*ahp.Model, error){"futures": d.Futures, "recommendations": d.Recommendations} {
		m, err := model()
		if err != nil {
			t.Fatal(err)
		}
		if results[set], err = m.Evaluate(context.Background(), ahp.Options{}); err != nil {
			t.Fatal(err)
		}
	}
	local := map[string]float64{}
	parent := map[string]string{}
	for _, n := range results["futures"].Nodes {
		local[n.Name], parent[n.Name] = n.Local, n.Parent
	}
	for _, p := range strategy.Preferences() {
		switch p.Kind {
		case strategy.Desirability, strategy.Likelihood:
			r := results[p.Set]
			if r == nil {
				t.Errorf("preference %+v: unknown set", p)
				continue
			}
			b, w := slices.Index(r.Alternatives, p.Better), slices.Index(r.Alternatives, p.Worse)
			if b < 0 || w < 0 {
				t.Errorf("preference %+v: not alternatives of the %s", p, p.Set)
				continue
			}
			if p.Kind == strategy.Desirability && r.Ranks[b] >= r.Ranks[w] {
				t.Errorf("AHP synthesis ranks %s %d and %s %d; the document prefers the first", p.Better, r.Ranks[b], p.Worse, r.Ranks[w])
			}
		case strategy.Emphasis:
			pb, ok1 := parent[p.Better]
			pw, ok2 := parent[p.Worse]
			if !ok1 || !ok2 || pb != pw {
				t.Errorf("emphasis %+v: not sibling criteria", p)
				continue
			}
			if local[p.Better] <= local[p.Worse] {
				t.Errorf("local weight of %s %.3f <= %s %.3f; the document puts more on the first", p.Better, local[p.Better], p.Worse, local[p.Worse])
			}
		default:
			t.Errorf("preference %+v: unknown kind", p)
		}
	}
}

// TestDocumentOnly checks that the dataset without the modeller's frame
// keeps everything else: the other criteria, their judgments and ratings.
func TestDocumentOnly(t *testing.T) {
	d := strategy.SCO()
	do := d.DocumentOnly()
	if got := do.ModellerCriteria(); len(got) != 0 {
		t.Errorf("DocumentOnly keeps %v", got)
	}
	if err := do.Model.Validate(ahp.Scale{}); err != nil {
		t.Fatal(err)
	}
	leaves := d.Model.Leaves()
	var dropped int
	for _, c := range d.Model.Criteria {
		if slices.Contains(d.ModellerCriteria(), c.Name) {
			dropped++
		}
	}
	if got, want := len(do.Model.Criteria), len(d.Model.Criteria)-dropped; got != want {
		t.Errorf("%d top-level criteria, want %d", got, want)
	}
	for _, leaf := range do.Model.Leaves() {
		if !slices.Contains(leaves, leaf) {
			t.Errorf("leaf %q is new", leaf)
		}
		if !slices.Equal(do.Model.Ratings[leaf], d.Model.Ratings[leaf]) {
			t.Errorf("ratings on %q changed", leaf)
		}
	}
	if k := len(do.Model.Criteria); len(do.Model.Judgments[do.Model.Goal]) != k*(k-1)/2 {
		t.Errorf("%d judgments at the goal, want %d", len(do.Model.Judgments[do.Model.Goal]), k*(k-1)/2)
	}
	if d.Model.Criteria[len(d.Model.Criteria)-1].Name != "Cost" {
		t.Error("the reference model changed")
	}
}
