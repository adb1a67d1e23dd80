package qa

import (
	"slices"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestSlugWordsQuery: an article's address of no extension gives the words
// of its last part, not of the tracking query after "?" (slugWords): a
// query names no story.
func TestSlugWordsQuery(t *testing.T) {
	a := &corpus.Article{ID: "a1", URL: "https://news.example/2027/canal-blockage-cost?utm_source=rss&utm_medium=feed"}
	if got, want := slugWords(a), "a1 canal blockage cost"; got != want {
		t.Errorf("slugWords(%q) = %q; want %q", a.URL, got, want)
	}
}

// TestDegreePhraseGuards: degreePhrase gives no phrase whose clause holds
// none of the question's words (its no-weight rule), and takes a
// partitive "one of" with the degree word's article.
func TestDegreePhraseGuards(t *testing.T) {
	for _, tc := range []struct {
		text, asked, want string
	}{
		// the only degree phrase stands in a clause of other words
		{"Doe won 47 percent, more than her rival. Turnout rose.", "turnout", ""},
		{"Turnout was high, one of the highest in decades.", "turnout", "one of the highest in decades"},
	} {
		words := wordSpans(tc.text)
		weight := make([]float64, len(words))
		for k := range words {
			if spanWord(tc.text, words, k) == tc.asked {
				weight[k] = 1
			}
		}
		got := ""
		if lo, hi := degreePhrase(tc.text, words, weight, maxShortWords); lo >= 0 {
			got = windowText(tc.text, words, lo, hi)
		}
		if got != tc.want {
			t.Errorf("degreePhrase(%q) = %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestWeakMatchBefore: a weak match in the sentence before counts as a
// term there does in cover, prevSentenceWeight of its weight.
func TestWeakMatchBefore(t *testing.T) {
	term := &qterm{term: "ferry", weak: []termAlt{{"boat", 0.5}}}
	e := testEngine(t)
	c := candOf(e, "It left at noon.")
	c.prevToks = e.analyze("The boat was late.")
	if got, want := weakMatch(term, c), prevSentenceWeight*0.5; got != want {
		t.Errorf("weakMatch with %q before = %v; want %v", "boat", got, want)
	}
}

// TestNewestStateHeading: preferNewestState puts first the newest
// article's sentence that speaks of the thing, never its headline (a
// heading tells no state of the newest report's own).
func TestNewestStateHeading(t *testing.T) {
	q := &question{kind: KindYesNo, stateAgain: true, terms: []qterm{{term: "ferry", idf: 2}}}
	mk := func(id, published string, kind corpus.Kind) *cand {
		a := &corpus.Article{ID: id, Published: published}
		return &cand{a: a, p: corpus.Passage{Article: id, Kind: kind, Text: id}, match: []float64{1}, cov: 1}
	}
	old, newest, mid := mk("old", "2027-03-02", corpus.KindBody), mk("newest", "2027-03-06", corpus.KindHeadline), mk("mid", "2027-03-04", corpus.KindBody)
	if got := preferNewestState(q, []*cand{old, newest, mid})[0]; got != mid {
		t.Errorf("preferNewestState put %q first; want %q (a headline is passed over)", got.a.ID, mid.a.ID)
	}
}

// TestObjectVerbEndUnit: a window that took back its verb ends after a
// noun only where the words given up cut no unit from it: not inside a
// run of capitalised words ("the Bridge | Over Troubled Water").
func TestObjectVerbEndUnit(t *testing.T) {
	text := "would cross the Bridge Over Troubled Water today"
	words := wordSpans(text)
	weight := make([]float64, len(words))
	weight[1] = 1          // "cross", the question's last word
	last := len(words) - 2 // "Water"
	if got := objectVerbEnd(text, words, weight, last); got != last {
		t.Errorf("objectVerbEnd(%q) ends at %q; want %q", text, text[words[got][0]:words[got][1]], "Water")
	}
}

// TestDeedAfterGuards: preferDeedAfter leaves first a passage that tells a
// doer's deed itself, or a strong means ("through …"), rather than the deed
// after it.
func TestDeedAfterGuards(t *testing.T) {
	e := testEngine(t)
	q := e.analyse("how did they stop the water spreading in the school")
	for _, top := range []string{
		"Volunteers from the rowing club dragged sandbags to the school gate before dawn.",
		"The water stopped spreading in the school through a barrier of sandbags.",
	} {
		body := "---\nid: t\n---\n" + top + "\n\nPlumbers from the county depot dug a trench and pumped the school yard dry.\n"
		a, err := corpus.Parse("t.md", []byte(body))
		if err != nil {
			t.Fatal(err)
		}
		cands := []*cand{
			{a: a, p: a.Passages[0], toks: e.analyze(a.Passages[0].Text)},
			{a: a, p: a.Passages[1], toks: e.analyze(a.Passages[1].Text)},
		}
		if got := e.preferDeedAfter(&q, cands)[0].p.Text; got != a.Passages[0].Text {
			t.Errorf("preferDeedAfter with %q first put %q first", top, got)
		}
	}
}

// TestNameBeforeTitle: the name an aside describes reaches back over a
// title's abbreviation ("Mr. Kemp"), whose stop ends no sentence, but not
// over the last word of the sentence before ("in May. Dornach").
func TestNameBeforeTitle(t *testing.T) {
	for text, want := range map[string]string{
		"Mr. Kemp — the night warden — locked the gate.":       "Mr. Kemp",
		"It opened in May. Dornach — the new owner — said so.": "Dornach",
	} {
		at := strings.Index(text, " —")
		if s := nameBefore(text, at); s < 0 || text[s:at] != want {
			t.Errorf("nameBefore(%q) = %d; want the name %q", text, s, want)
		}
	}
}

// TestNearTieNameKept: of a yes/no's tied windows, the one holding the
// passage's word nearest a question word ("cheer": "applause") is not
// taken where it opens inside a name ("Ana | Ruiz"): a window that cuts
// a name leaves who did it half said.
func TestNearTieNameKept(t *testing.T) {
	wantShort(t, "Captain Ana Ruiz pulled out the boy at dawn to very loud, long applause as neighbours watched, officials at the Fenwick Park site said on Tuesday.",
		"did people cheer when ruiz pulled out the boy", "Ana Ruiz")
}

// TestSentenceEndsInAsidesAndClauses: dashAsides and clauseSplitAfter
// read a full stop as a sentence's end as sentenceEnds does, so an
// abbreviation's stop ("Mr. Kemp") neither closes an aside's sentence nor
// splits a clause, while a sentence's own stop does.
func TestSentenceEndsInAsidesAndClauses(t *testing.T) {
	text := "The night warden — Mr. Kemp, who locks up each evening — said the doors held."
	asides := dashAsides(text)
	if len(asides) != 1 || text[asides[0].start:asides[0].end] != "Mr. Kemp, who locks up each evening" {
		var got []string
		for _, a := range asides {
			got = append(got, text[a.start:a.end])
		}
		t.Errorf("dashAsides(%q) = %q; want the one aside, past \"Mr.\"", text, got)
	}
	if asides := dashAsides("Crews worked — all night. Then — at dawn — they stopped."); len(asides) != 1 {
		t.Errorf("dashAsides: %d asides; want 1, a sentence's end closing the first dash", len(asides))
	}
	for _, c := range []struct {
		text, word string
		split      bool
	}{
		{"Votes for Mr. Kemp rose sharply.", "mr", false},
		{"Votes rose. Kemp won easily.", "rose", true},
		{"Votes rose; Kemp won easily.", "rose", true},
	} {
		words := wordSpans(c.text)
		i := slices.IndexFunc(words, func(w [2]int) bool { return strings.EqualFold(c.text[w[0]:w[1]], c.word) })
		if i < 0 {
			t.Fatalf("%q not a word of %q", c.word, c.text)
		}
		if got := clauseSplitAfter(c.text, words, i); got != c.split {
			t.Errorf("clauseSplitAfter(%q, after %q) = %v; want %v", c.text, c.word, got, c.split)
		}
	}
}
