package qa

import (
	"slices"
	"strings"
	"testing"
)

// TestRelatedAsSynonyms: a question word no article uses, and that GloVe
// puts near none of their words, matches the articles' word WordNet
// gives as a particular way of doing it (a verb's troponym: "scour" for
// "search") or as a similar adjective ("perilous" for "dangerous"), as it
// matches a synonym; a word the articles use is given none.
func TestRelatedAsSynonyms(t *testing.T) {
	const head = "---\nid: t\nheadline: Snow\n---\n"
	text := head + "Divers scoured the lake for the lost bell on Sunday.\n" +
		"A perilous drift closed the pass for three days.\n" +
		"The abbot rang the bell at noon.\n"
	e := engineOfText(t, text)
	for _, c := range []struct{ q, word, syn string }{
		{"did anyone search the lake", "search", "scoured"},
		{"how dangerous was the drift", "dangerous", "perilous"},
	} {
		if !hasSoftAlt(e, c.q, c.word, c.syn) {
			t.Errorf("%s: want the articles' %s for %s", c.q, c.syn, c.word)
		}
	}
	both := engineOfText(t, text+"Police searched the woods in May.\n")
	if hasSoftAlt(both, "did anyone search the lake", "search", "scoured") {
		t.Errorf("search, which an article uses: want no troponym")
	}
}

// hasSoftAlt reports whether question q's word (as typed) matches the
// articles' word syn softly: syn's analysed term is among its soft
// alternatives.
func hasSoftAlt(e *Engine, q, word, syn string) bool {
	want := e.analyze(syn)[0].Term
	for _, x := range e.analyse(q).terms {
		if strings.EqualFold(x.word, word) {
			return slices.ContainsFunc(x.soft, func(a termAlt) bool { return a.term == want })
		}
	}
	return false
}
