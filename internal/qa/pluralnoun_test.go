package qa

import (
	"strings"
	"testing"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// TestPluralSpellings: the package's one test of a plural's spelling and
// its variant, each on the words where they part.
//   - pluralNoun: an "-s" that is no "-ss", no possessive (straight or
//     curly apostrophe), no closed-class word ending in "s" ("was",
//     "this", "its", "does"), nor a short word ("bus"), nor a singular in
//     "-us" or "-is" ("census", "crisis") unless, its "-s" taken off, it
//     is still a word ("taxis").
//   - possessive: a plural's spelling, its apostrophe left out
//     ("ferrys") or bare after it ("girls'"), or the genitive's "'s" on
//     a word that is no function word ("girl's"; "it's" and "that's"
//     are "it is").
func TestPluralSpellings(t *testing.T) {
	for _, c := range []struct {
		name  string
		test  func(string) bool
		words map[string]bool
	}{
		{"pluralNoun", pluralNoun, map[string]bool{
			"crews": true, "ladies": true, "allies": true, "press": false,
			"pilot's": false, "mayor’s": false, "was": false, "has": false,
			"this": false, "its": false, "does": false, "bus": false,
			"s": false, "": false, "é’s": false, "taxis": true,
			"menus": true, "census": false, "crisis": false, "gas": false,
		}},
		{"possessive", possessive, map[string]bool{
			"ferrys": true, "girl's": true, "dog’s": true, "allies": true,
			"girls'": true, "pilots’": true, "its'": false, "’": false,
			"press": false, "this": false, "does": false, "its": false,
			"it's": false, "that's": false, "what’s": false, "'s": false,
			"": false,
		}},
	} {
		for w, want := range c.words {
			if got := c.test(w); got != want {
				t.Errorf("%s(%q) = %v; want %v", c.name, w, got, want)
			}
		}
	}
}

// TestPluralSites: each caller of the plural tests, on the words where
// pluralNoun parts from the hand-spelt "-s, not -ss" it replaced.
//   - reasonCue: "by" before a bare singular gives a means, before a
//     plural (pluralNoun) an agent: "by gas" is a means, a short word
//     being none; "by taxis" an agent, its singular a word, "by census"
//     not.
//   - nameOf: "whats it's name" asks no owner's name ("it's" is "it is"),
//     "whats the ferrys name" the ferry's, "whats the ladies name" the
//     lady's (singularOf), not a "ladie"'s.
//   - analyse: a "who" question asks for several where a plural stands
//     with "are"/"were"; a genitive's "-s" is none ("the pier's keeper").
//   - finiteAfterWhat: a present verb after "what" ("sails"), not an
//     "-ss" word, nor a noun an auxiliary follows.
//   - countsAlike: a genitive after a number ("the town's") is no plural
//     it counts, and the noun after it is looked at ("homes").
func TestPluralSites(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Pier\n---\nThe pier keepers of Kessby were Ann Holt and Ivo Mare.\n")
	by := func(text string) bool { return reasonCue(text, text, strings.Index(text, " by ")+1, "by") }
	_, itsOwner := e.nameOf(strings.Fields("whats it's name"))
	_, ferrysOwner := e.nameOf(strings.Fields("whats the ferrys name"))
	_, ladiesOwner := e.nameOf(strings.Fields("whats the ladies name"))
	_, keepersOwner := e.nameOf(strings.Fields("whats the keepers' name"))
	for _, c := range []struct {
		what      string
		got, want bool
	}{
		{"by gas", by("the huts were heated by gas through the winter"), true},
		{"by census", by("the count was settled by census in the spring"), true},
		{"by boat", by("the pier was reached by boat before dawn"), true},
		{"by taxis", by("the stranded were carried by taxis from the pier"), false},
		{"by porters", by("the gates were opened by porters at dawn"), false},
		{"nameOf(whats it's name) has an owner", itsOwner != "", false},
		{"nameOf(whats the ferrys name) is the ferry's", ferrysOwner == "ferry", true},
		{"nameOf(whats the ladies name) is the lady's", ladiesOwner == "lady", true},
		{"nameOf(whats the keepers' name) is the keeper's", keepersOwner == "keeper", true},
		{"who were the pier keepers", e.analyse("who were the pier keepers").plural, true},
		{"who were the pier's keeper", e.analyse("who were the pier's keeper").plural, false},
		{"who was the pier keeper", e.analyse("who was the pier keeper").plural, false},
		{"what sails next", finiteAfterWhat(strings.Fields("what sails next")), true},
		{"what happens next", finiteAfterWhat(strings.Fields("what happens next")), true},
		{"what press covered it", finiteAfterWhat(strings.Fields("what press covered it")), false},
		{"what does it say", finiteAfterWhat(strings.Fields("what does it say")), false},
		{"what plans did they", finiteAfterWhat(strings.Fields("what plans did they")), false},
		{"40 of the town's homes", countsAlike("houses", lexicon.KinOf("houses"), "of the town's homes were lost", "how", "many", "houses"), true},
		{"40 of the town's boats", countsAlike("houses", lexicon.KinOf("houses"), "of the town's boats were lost", "how", "many", "houses"), false},
	} {
		if c.got != c.want {
			t.Errorf("%s: %v; want %v", c.what, c.got, c.want)
		}
	}
}
