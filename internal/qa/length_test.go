package qa

import (
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestArticleLength: "which article is the longest", "how many words is
// the X piece" and "how long is the X article" are answered with the
// article and its length in words, counted from its body, subheads and
// list items (not its headline, standfirst or captions); "how long" of
// something the article reports, or "the longest" of something in it, is
// not; nor is "how long ago" (a time, where a count in words may take a
// degree adverb: "how many words approximately").
func TestArticleLength(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Ferry strike enters its third day\noutlet: Harbour Gazette\n---\nNo ferry left Kelport on Wednesday.\n\n## Talks stall\n\nThe union and the operator met for two hours — and agreed on nothing.\n\n> Pickets at the Kelport quay. (Gazette Photo/Ann Lee)\n",
		"---\nid: b\nheadline: Kelport ferries stay in port\noutlet: Coast Wire\n---\nFerries stayed in port. The mayor said 300 words in the council chamber.\n")
	for _, tc := range []struct{ q, want string }{
		{"which article is the longest", "Ferry strike enters its third day: 21 words"},
		{"which is the shortest story", "Kelport ferries stay in port: 13 words"},
		{"how many words is the coast wire piece", "Kelport ferries stay in port: 13 words"},
		{"whats the word count of the harbour gazette article", "Ferry strike enters its third day: 21 words"},
		{"how long is the harbour gazette article", "Ferry strike enters its third day: 21 words"},
		// the cues' own words, and a degree adverb after a count in words
		{"how many words long is the coast wire piece", "Kelport ferries stay in port: 13 words"},
		{"how long in words is the harbour gazette story", "Ferry strike enters its third day: 21 words"},
		{"how many words approximately is the coast wire story", "Kelport ferries stay in port: 13 words"},
		{"how many words is the piece from coast wire", "Kelport ferries stay in port: 13 words"},
	} {
		a := mustAsk(t, e, tc.q)
		if a.Short != tc.want {
			t.Errorf("%s: %q; want %q", tc.q, a.Short, tc.want)
		}
		checkAnswer(t, tc.q, a)
	}
	for _, q := range []string{"how long is the strike in the harbour gazette story", "which story has the longest talks", "how long did the talks last", "how many words did the mayor say in the coast wire story", "how long ago was the coast wire piece published", "how long is the list of talks in the harbour gazette article"} {
		if a, _ := e.Ask(t.Context(), q); strings.HasSuffix(a.Short, " words") {
			t.Errorf("%s: %q; want no article's length", q, a.Short)
		}
	}
}

// TestLengthInWords: a word holds a letter or a digit; a dash or a
// bullet alone is none; headlines, standfirsts and captions are not
// counted; lengths are written with thousands marked.
func TestLengthInWords(t *testing.T) {
	a := &corpus.Article{Passages: []corpus.Passage{
		{Kind: corpus.KindHeadline, Text: "Not counted at all"},
		{Kind: corpus.KindBody, Text: "About 3,000 well-known café owners — ‘We stay’ · said."},
		{Kind: corpus.KindCaption, Text: "A caption (Photo/Someone)"},
		{Kind: corpus.KindBullet, Text: "£5 each"},
		{Kind: corpus.KindBody, Text: ""},
	}}
	if got := lengthInWords(a); got != 10 {
		t.Errorf("lengthInWords = %d; want 10", got)
	}
	if got := lengthInWords(&corpus.Article{}); got != 0 {
		t.Errorf("lengthInWords(empty) = %d; want 0", got)
	}
	for n, want := range map[int]string{0: "0 words", 1: "1 word", 999: "999 words", 1000: "1,000 words", 1234567: "1,234,567 words"} {
		if got := wordsLong(n); got != want {
			t.Errorf("wordsLong(%d) = %q; want %q", n, got, want)
		}
	}
}

// TestLengthOf: the lengths New counts are each article's words of its
// body, by hand (the headline left out, a dash no word, "café’s" one),
// and an article the engine does not hold, though of an ID it holds, is
// counted when asked, not given the table's length.
func TestLengthOf(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Gales close the pier\n---\nThe pier shut at noon — for the third time.\n",
		"---\nid: b\n---\nCrews mended the café’s roof.\n")
	want := map[string]int{"a": 9, "b": 5}
	for _, a := range e.c.Articles {
		if got := e.lengthOf(a); got != want[a.ID] {
			t.Errorf("lengthOf(%s) = %d; want %d", a.ID, got, want[a.ID])
		}
	}
	other := &corpus.Article{ID: "a", Passages: []corpus.Passage{{Kind: corpus.KindBody, Text: "Two words"}}}
	if got := e.lengthOf(other); got != 2 {
		t.Errorf("lengthOf(an article not the engine's) = %d; want 2", got)
	}
}
