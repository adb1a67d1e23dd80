package qa

import (
	"strings"
	"testing"
)

// TestPluralNoun: a noun's plural is spelt with an "-s" that is no "-ss",
// no possessive (straight or curly apostrophe) and no closed-class word
// ending in "s" ("was", "this", "its", "does"), nor a short word ("bus").
func TestPluralNoun(t *testing.T) {
	for w, want := range map[string]bool{
		"crews":   true,
		"ladies":  true,
		"allies":  true,
		"press":   false,
		"pilot's": false,
		"mayor’s": false,
		"was":     false,
		"has":     false,
		"this":    false,
		"its":     false,
		"does":    false,
		"bus":     false,
		"s":       false,
		"":        false,
		"é’s":     false,
	} {
		if got := pluralNoun(w); got != want {
			t.Errorf("pluralNoun(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestPossessive: a possessive is spelt as a plural, its apostrophe left
// out ("ferrys", though never "its" or "this"), or carries the
// genitive's "'s" on a word that is no function word: "it's" and
// "that's" are "it is".
func TestPossessive(t *testing.T) {
	for w, want := range map[string]bool{
		"ferrys": true,
		"girl's": true,
		"dog’s":  true,
		"allies": true,
		"press":  false,
		"this":   false,
		"does":   false,
		"its":    false,
		"it's":   false,
		"that's": false,
		"what’s": false,
		"'s":     false,
		"":       false,
	} {
		if got := possessive(w); got != want {
			t.Errorf("possessive(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestNameOfContraction: "whats it's name" asks no noun's name: "it's"
// is "it is", not a possessive, while "the ferrys name" asks the
// ferry's.
func TestNameOfContraction(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Ferry\n---\nThe ferry Northwind was moored at Kessby pier.\n")
	if _, head := e.nameOf(strings.Fields("whats it's name")); head == "it" {
		t.Errorf("nameOf(whats it's name) = %q; want no owner", head)
	}
	if _, head := e.nameOf(strings.Fields("whats the ferrys name")); head != "ferry" {
		t.Errorf("nameOf(whats the ferrys name) = %q; want ferry", head)
	}
}

// TestWhoPluralGenitive: a "who" question asks for several when a
// plural noun stands with "are"/"were"; a genitive's "-s" is no plural
// ("who were the pier's keeper": one keeper).
func TestWhoPluralGenitive(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Pier\n---\nThe pier keepers of Kessby were Ann Holt and Ivo Mare.\n")
	for q, want := range map[string]bool{
		"who were the pier keepers":  true,
		"who were the pier's keeper": false,
		"who was the pier keeper":    false,
	} {
		if got := e.analyse(q).plural; got != want {
			t.Errorf("analyse(%q).plural = %v; want %v", q, got, want)
		}
	}
}

// TestFiniteAfterWhatPlural: the word after "what" is the question's verb
// in the present when spelt with pluralNoun's "-s" ("sails"), not an
// "-ss" word, nor an auxiliary or a closed-class word.
func TestFiniteAfterWhatPlural(t *testing.T) {
	for q, want := range map[string]bool{
		"what sails next":       true,
		"what happens next":     true,
		"what press covered it": false,
		"what does it say":      false,
		"what plans did they":   false,
	} {
		if got := finiteAfterWhat(strings.Fields(q)); got != want {
			t.Errorf("finiteAfterWhat(%q) = %v; want %v", q, got, want)
		}
	}
}

// TestCountsAlikeGenitive: among the words after a number, a genitive
// ("the town's") is no plural the number counts; the noun after it is
// ("homes" for "houses").
func TestCountsAlikeGenitive(t *testing.T) {
	for _, c := range []struct {
		counted, after string
		want           bool
	}{
		{"houses", "of the town's homes were lost", true},
		{"houses", "of the town's boats were lost", false},
	} {
		if got := countsAlike(c.counted, c.after, "how", "many", c.counted); got != c.want {
			t.Errorf("countsAlike(%q, %q) = %v; want %v", c.counted, c.after, got, c.want)
		}
	}
}
