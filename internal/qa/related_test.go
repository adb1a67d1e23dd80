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
	if hasSoftAlt(both, "what sort of search was it", "search", "scoured") {
		t.Errorf("the noun search, which an article uses: want no troponym")
	}
}

// TestUsedRelatedAlts: a question's verb that the articles use matches its
// WordNet relatives too, for less than a synonym, but not where the
// question has it as a noun or with a particle, not the relatives of a
// verb with very many troponyms, and not a relative the articles write
// only as part of a name.
func TestUsedRelatedAlts(t *testing.T) {
	const head = "---\nid: t\nheadline: Flood\n---\n"
	e := engineOfText(t, head+"Divers scoured the lake for the lost bell on Sunday.\n"+
		"Police searched the woods in May.\n"+
		"Members of the Bondi Surf Club rowed out to help.\n"+
		"The miners burrowed under the road, and volunteers dug a pit.\n"+
		"A farmer motored to the shore while others travelled by bus.\n")
	if !hasSoftAlt(e, "did anyone search the lake", "search", "scoured") {
		t.Errorf("search as a verb: want the articles' scoured")
	}
	for _, a := range e.usedRelatedAlts("search") {
		if a.w >= synonymWeight {
			t.Errorf("search: %s at %.2f, want less than a synonym's %.2f", a.term, a.w, synonymWeight)
		}
		if a.term == e.analyze("surf")[0].Term {
			t.Errorf("search: want no surf, which the articles write only in a name")
		}
	}
	if hasSoftAlt(e, "what sort of search was it", "search", "scoured") {
		t.Errorf("search as a noun: want no troponym")
	}
	if !hasSoftAlt(e, "did they dig the pit", "dig", "burrowed") {
		t.Errorf("dig as a verb: want the articles' burrowed")
	}
	if hasSoftAlt(e, "did they dig out the car", "dig", "burrowed") {
		t.Errorf("dig out, a phrasal verb: want no troponym of dig")
	}
	motor := e.analyze("motored")[0].Term
	if slices.ContainsFunc(e.usedRelatedAlts("travel"), func(a termAlt) bool { return a.term == motor }) {
		t.Errorf("travel, a verb with very many troponyms: want no motored")
	}
}

// TestReadAsVerb: a word that is mostly a verb is one but where English
// puts a noun.
func TestReadAsVerb(t *testing.T) {
	for _, c := range []struct {
		w, before string
		want      bool
	}{
		{"pledged", "they", true},
		{"pledge", "to", true},
		{"pledges", "of", false},
		{"pledges", "the", false},
		{"pledges", "new", false},
		{"pledges", "for", false},
		{"pledges", "", true},
		{"table", "they", false}, // mostly a noun
		{"", "", false},
		{"café", "é", false},
		{"search", "police's", false}, // a noun's possessive
		{"pledge", "mayor’s", false},
		{"resigned", "it's", true},    // a contraction, no possessive
		{"resigned", "already", true}, // an adverb and no adjective
		{"rise", "perhaps", true},
		{"help", "much", false}, // an adjective WordNet has as an adverb too: "how much help"
		{"cash", "much", false},
		{"pledge", "only", false}, // "the only pledge"
		{"change", "only", false},
		{"cuts", "further", false},
		{"talks", "further", false},
		{"delays", "further", false},
		{"cuts", "more", false},
		{"work", "hard", false},
		{"search", "overnight", false},
		{"search", "offshore", false},
		{"resign", "'s", true},
		{"go", "let's", true}, // "let us": no possessive
		{"go", "let’s", true},
		{"search", "crew's", false},
	} {
		if got := readAsVerb(c.w, c.before); got != c.want {
			t.Errorf("readAsVerb(%q, %q) = %v, want %v", c.w, c.before, got, c.want)
		}
	}
}

// hasSoftAlt reports whether question q's word (as typed) matches the
// articles' word syn softly: syn's analysed term is among its soft
// alternatives.
func hasSoftAlt(e *Engine, q, word, syn string) bool {
	return softAltWeight(e, q, word, syn) > 0
}

// softAltWeight is the weight at which question q's word (as typed)
// matches the articles' word syn softly, 0 for none.
func softAltWeight(e *Engine, q, word, syn string) float64 {
	want := e.analyze(syn)[0].Term
	for _, x := range e.analyse(q).terms {
		if strings.EqualFold(x.word, word) {
			if i := slices.IndexFunc(x.soft, func(a termAlt) bool { return a.term == want }); i >= 0 {
				return x.soft[i].w
			}
		}
	}
	return 0
}

// TestSynonymAltsFiltered: a word no article uses matches its WordNet
// relatives by the same filter as a used verb's: not the troponyms of a
// verb with very many ("travel": "cruise"), and not a relative the
// articles write only in a name.
func TestSynonymAltsFiltered(t *testing.T) {
	const head = "---\nid: t\nheadline: Ferry\n---\n"
	e := engineOfText(t, head+"Guests of Lantern Cruises said the launch was full.\n"+
		"The harbour master said the pier was mended overnight.\n")
	if w := softAltWeight(e, "did anyone travel by launch", "travel", "Cruises"); w > 0 {
		t.Errorf("travel: want no Cruises, a name's word and a general verb's troponym; got weight %.2f", w)
	}
}

// TestSynonymAltsCommonForm: a synonym's form among the commonest words of
// English, which soft matching leaves out ("began" of "begin"), still
// stands for the question's word where the articles write it in lower
// case; it does not where they write it only capitalised, in a name.
func TestSynonymAltsCommonForm(t *testing.T) {
	const head = "---\nid: t\nheadline: Harbour wall\n---\n"
	began := func(e *Engine) bool {
		term := e.analyze("began")[0].Term
		return slices.ContainsFunc(e.synonymAlts("commence"), func(a termAlt) bool { return a.term == term })
	}
	if e := engineOfText(t, head+"The town began repairs on the harbour wall in March.\n"); !began(e) {
		t.Errorf("commence: want the articles' began, written in lower case")
	}
	if e := engineOfText(t, head+"The Began Trust paid for repairs on the harbour wall in March.\n"); began(e) {
		t.Errorf("commence: want no Began, written only in a name")
	}
}
