package index

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

func build(t testing.TB) (*Index, *corpus.Corpus) {
	t.Helper()
	c, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return corpusIndex(t, c), c
}

func terms(ix *Index, s string) []string {
	var out []string
	for _, t := range ix.Analyze(s) {
		out = append(out, t.Term)
	}
	return out
}

func TestAnalyzeFoldsSpellings(t *testing.T) {
	ix, _ := build(t)
	for _, tc := range [][2]string{
		{"Zelensky", "Zelenskyy's"}, {"Zelenskiy", "zelenskyy"}, {"Kiev", "Kyiv"},
		{"U.S.", "United States"}, {"US", "American"}, {"Washington", "u.s."},
		{"UK", "Britain"}, {"British", "United Kingdom"}, {"Élysée", "Elysee"},
		{"Czech Republic", "Czechia"}, {"cease-fire", "ceasefire"}, {"won't", "not"},
		{"pushed back", "pushback"}, {"set up", "setup"}, {"Kyiv", "Ukraine"},
		{"prime ministers", "Prime Minister"}, // a name of several words, plural in its last
	} {
		got, want := terms(ix, tc[0]), terms(ix, tc[1])
		if len(got) != 1 || len(want) != 1 || got[0] != want[0] {
			t.Errorf("Analyze(%q) = %v, Analyze(%q) = %v; want one equal term", tc[0], got, tc[1], want)
		}
	}
	if got := terms(ix, "would not deploy"); len(got) != 2 || got[0] != "not" {
		t.Errorf("Analyze(would not deploy) = %v; want [not deploi]", got)
	}
	// a stop word contracted with a verb is a stop word still: "it'll
	// skip" holds nothing more than "skip" (chat's "itll" is read so)
	for _, s := range []string{"it'll skip", "they’ll skip", "we've skip", "I'd skip", "you're skip", "I'm skip"} {
		if got := terms(ix, s); len(got) != 1 || got[0] != "skip" {
			t.Errorf("Analyze(%q) = %v; want [skip]", s, got)
		}
	}
}

// TestAnalyzeCased: "US" is the country, "us" the pronoun, dropped.
func TestAnalyzeCased(t *testing.T) {
	ix, _ := build(t)
	for _, tc := range []struct {
		text string
		want string
	}{
		{"US envoys", "unitedst envoi"},
		{"U.S. envoys", "unitedst envoi"},
		{"the hardest part is behind us", "hardest part behind"},
		{"Us and the allies", "alli"},
		{"TOLD US", "told unitedst"},
		// the stem of "use" is "us": the country's term must be another
		{"the stadium is used as a shelter", "stadium us shelter"},
	} {
		if got := strings.Join(terms(ix, tc.text), " "); got != tc.want {
			t.Errorf("Analyze(%q) = %q; want %q", tc.text, got, tc.want)
		}
	}
	country := terms(ix, "US")
	for _, w := range []string{"use", "used", "uses", "using", "usa", "America"} {
		if got := terms(ix, w); len(got) != 1 || (got[0] == country[0]) != (w == "usa" || w == "America") {
			t.Errorf("Analyze(%q) = %v, the country's %v: want the same only for the country's names", w, got, country)
		}
	}
}

func TestAnalyzeKeepsOffsets(t *testing.T) {
	ix, _ := build(t)
	text := "the United States and the Élysée"
	want := map[string]string{terms(ix, "US")[0]: "United States", "elyse": "Élysée"}
	for _, tok := range ix.Analyze(text) {
		if w, ok := want[tok.Term]; ok {
			if got := text[tok.Start:tok.End]; got != w {
				t.Errorf("token %q spans %q; want %q", tok.Term, got, w)
			}
			delete(want, tok.Term)
		}
	}
	for term := range want {
		t.Errorf("Analyze(%q) has no token %q", text, term)
	}
}

func TestSearch(t *testing.T) {
	ix, c := build(t)
	ctx := context.Background()
	for _, tc := range []struct {
		q    Query
		want string // words the top passage must hold ("a|b": either)
	}{
		{Query{Text: "Croatia Czech troops"}, "Croatia and the Czech Republic"},
		{Query{Text: "soldiers"}, "troops|forces"},                   // a synonym: the articles never say soldiers
		{Query{Text: "Kiev security"}, "Kyiv|Ukrain"},                // an alias: Kiev, Kyiv, Ukraine
		{Query{Terms: ix.NearTerms("Grynkewic")}, "Grynkewich"},      // a misspelling
		{Query{Phrases: []string{"hardest yards"}}, "hardest yards"}, // a phrase
		// a phrase of words with synonyms, which bleve fails to find when
		// it expands them
		{Query{Text: "deploy", Phrases: []string{"would not deploy troops"}}, "would not deploy troops"},
		{Query{Text: `+Merz -"said: (x)^2~ *?`}, "Merz"}, // syntax is just text
	} {
		hits, err := ix.Search(ctx, tc.q)
		if err != nil {
			t.Fatalf("Search(%+v): %v", tc.q, err)
		}
		if len(hits) == 0 {
			t.Errorf("Search(%+v) found nothing; want %q", tc.q, tc.want)
			continue
		}
		p, _ := c.Passage(hits[0].Article, hits[0].Seq)
		ok := false
		for _, w := range strings.Split(tc.want, "|") {
			ok = ok || containsFold(p.Text, w)
		}
		if !ok {
			t.Errorf("Search(%+v) top = %q; want it to hold %q", tc.q, p.Text, tc.want)
		}
	}
}

func containsFold(s, sub string) bool {
	return len(sub) == 0 || indexFold(s, sub) >= 0
}

func indexFold(s, sub string) int {
	ls, lsub := []rune(Fold(s)), []rune(Fold(sub))
	for i := 0; i+len(lsub) <= len(ls); i++ {
		if string(ls[i:i+len(lsub)]) == string(lsub) {
			return i
		}
	}
	return -1
}

// TestSearchTerms: searching analysed terms finds what searching the text
// they come from finds, synonyms included, without analysing it again.
func TestSearchTerms(t *testing.T) {
	ix, _ := build(t)
	ctx := context.Background()
	for _, text := range []string{"Croatia Czech troops", "soldiers deploy", "Kiev security guarantees", "hardest yards"} {
		byText, err := ix.Search(ctx, Query{Text: text, Size: 5})
		if err != nil {
			t.Fatal(err)
		}
		byTerms, err := ix.Search(ctx, Query{Terms: terms(ix, text), Size: 5})
		if err != nil {
			t.Fatal(err)
		}
		if len(byText) == 0 || len(byTerms) == 0 || byText[0].Article != byTerms[0].Article || byText[0].Seq != byTerms[0].Seq {
			t.Errorf("Search(Terms of %q) top = %v; want %v, as for the text", text, byTerms, byText)
		}
	}
}

// TestSearchChosenSynonyms: a query that gives its synonyms is matched with
// those only; one that does not gets all the vocabulary's.
func TestSearchChosenSynonyms(t *testing.T) {
	ix := textIndex(t, "---\nid: t\n---\nThe soldiers arrived at dawn. The summit ended late.\n")
	troop := terms(ix, "troops")[0]
	for _, tc := range []struct {
		name     string
		synonyms map[string][]string
		want     int
	}{
		{"all the vocabulary's", nil, 1},
		{"none", map[string][]string{}, 0},
		{"the ones given", map[string][]string{troop: ix.Synonyms(troop)}, 1},
		{"others", map[string][]string{troop: terms(ix, "boots")}, 0},
	} {
		hits, err := ix.Search(context.Background(), Query{Terms: []string{troop}, Synonyms: tc.synonyms})
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != tc.want {
			t.Errorf("%s: Search(troops) found %d passages; want %d", tc.name, len(hits), tc.want)
		}
	}
}

// TestSearchDeterministic: equal scores come in the same order from every
// build, though bleve numbers a batch's documents in map order.
func TestSearchDeterministic(t *testing.T) {
	c, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	var first []Hit
	for i := 0; i < 6; i++ {
		ix, err := Build(c, DefaultVocabulary())
		if err != nil {
			t.Fatal(err)
		}
		hits, err := ix.Search(context.Background(), Query{Text: "security guarantees", Size: 10})
		ix.Close()
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = hits
			continue
		}
		if fmt.Sprint(hits) != fmt.Sprint(first) {
			t.Fatalf("build %d found %v; build 0 found %v", i, hits, first)
		}
	}
}

// TestAnalyzeRegionsAreNoCountry: "America" alone names the US, but the
// regions whose names hold it do not; they keep their own term, the same
// however spelled.
func TestAnalyzeRegionsAreNoCountry(t *testing.T) {
	ix, _ := build(t)
	us := terms(ix, "America")
	for _, region := range []string{"Latin America", "South America", "Central American"} {
		got := terms(ix, region)
		if len(got) != 1 || slices.Contains(got, us[0]) {
			t.Errorf("Analyze(%q) = %v; want one term, not the US's %v", region, got, us)
		}
	}
	if a, b := terms(ix, "Latin America"), terms(ix, "latin american"); !slices.Equal(a, b) {
		t.Errorf("Analyze(Latin America) = %v, Analyze(latin american) = %v; want equal", a, b)
	}
}

// TestSteady: bleve's scores of one passage that differ from run to run in
// their last bits (its sums' order varies) are one score, and scores that
// differ in earnest stay apart.
func TestSteady(t *testing.T) {
	for _, c := range [][2]float64{
		{0.3449622240955999, 0.34496222409559996},
		{0.060433773966021981, 0.060433773966021967},
		{12.345678901234567, 12.345678901234569},
	} {
		if a, b := steady(c[0]), steady(c[1]); a != b {
			t.Errorf("steady(%v) = %v, steady(%v) = %v; want one score", c[0], a, c[1], b)
		}
	}
	if steady(0.0649) == steady(0.0731) || steady(1.0001) == steady(1.0002) {
		t.Error("steady joined scores that differ")
	}
	if steady(0) != 0 {
		t.Error("steady(0) != 0")
	}
	// its powers of ten are math.Pow's, scores of every size rounded as
	// with math.Pow's scale
	for _, s := range []float64{3.7e-9, 0.000123456789123, 0.0649, 0.34496222409559996, 1, 7.25, 12.345678901234567, 987654.3219876, 4.2e12, -0.5} {
		scale := math.Pow(10, 8-math.Floor(math.Log10(math.Abs(s))))
		if want := math.Round(s*scale) / scale; steady(s) != want {
			t.Errorf("steady(%v) = %v; want %v", s, steady(s), want)
		}
	}
}

// TestParseDocID checks parseDocID undoes DocID, also for an article id
// holding '#', and refuses ids that name no passage.
func TestParseDocID(t *testing.T) {
	for _, c := range []struct {
		article string
		seq     int
	}{{"harbour-2031", 0}, {"a#b", 7}, {"é—£", 12}, {"", 3}} {
		a, s, ok := parseDocID(DocID(c.article, c.seq))
		if !ok || a != c.article || s != c.seq {
			t.Errorf("parseDocID(DocID(%q, %d)) = %q, %d, %v", c.article, c.seq, a, s, ok)
		}
	}
	for _, id := range []string{"", "#", "storm", "storm#", "storm#x", "storm#1x"} {
		if a, s, ok := parseDocID(id); ok {
			t.Errorf("parseDocID(%q) = %q, %d, true; want false", id, a, s)
		}
	}
}
