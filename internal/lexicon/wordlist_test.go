package lexicon

import (
	"reflect"
	"strings"
	"testing"
)

func TestWordListSections(t *testing.T) {
	l := &wordList{data: "# a comment: not words\nfree words\n[one]\nfirst  second\n\n[two]\nthird\n[one]\nfourth\n"}
	for w, want := range map[string]bool{"free": true, "first": true, "third": true, "fourth": true, "#": false, "comment": false, "[one]": false, "one": false} {
		if got := l.has(w); got != want {
			t.Errorf("has(%q) = %v; want %v", w, got, want)
		}
	}
	if got, want := l.words("one"), []string{"first", "fourth", "second"}; !reflect.DeepEqual(got, want) {
		t.Errorf("words(one) = %v; want %v", got, want)
	}
	if got, want := l.words(""), []string{"free", "words"}; !reflect.DeepEqual(got, want) {
		t.Errorf("words(\"\") = %v; want %v", got, want)
	}
	if !l.in("two", "third") || l.in("two", "first") || l.in("none", "first") {
		t.Errorf("in: sections mixed up: %v", l.sections)
	}
}

// TestListsWellFormed: each list's words are lower case, each stands once
// (in one section only) and a sectioned list has no words outside its
// sections.
func TestListsWellFormed(t *testing.T) {
	// least is how many words each file holds at the least: a file cut
	// short fails
	for name, l := range map[string]struct {
		data  string
		least int
	}{
		"function.txt": {functionData, 20}, "titles.txt": {titlesData, 20}, "saying.txt": {sayingData, 20},
		"abbreviations.txt": {abbreviationData, 20}, "honorifics.txt": {honorificData, 8},
		"quantifiers.txt": {quantifierData, 8},
	} {
		data := l.data
		seen := map[string]bool{}
		sectioned := strings.Contains(data, "\n[")
		section := ""
		for _, line := range strings.Split(data, "\n") {
			if strings.HasPrefix(line, "#") {
				continue
			}
			if strings.HasPrefix(line, "[") {
				section = line
				continue
			}
			for _, w := range strings.Fields(line) {
				if w != strings.ToLower(w) {
					t.Errorf("%s: %q is not lower case", name, w)
				}
				if seen[w] {
					t.Errorf("%s: %q stands twice", name, w)
				}
				if sectioned && section == "" {
					t.Errorf("%s: %q stands before the first section", name, w)
				}
				seen[w] = true
			}
		}
		if len(seen) < l.least {
			t.Errorf("%s: %d words; want the whole file", name, len(seen))
		}
	}
}

// TestListPredicates: each predicate says yes to words of its list, no to
// others; words are taken lower case, as written.
func TestListPredicates(t *testing.T) {
	for _, tt := range []struct {
		name    string
		f       func(string) bool
		yes, no []string
	}{
		{"IsTitle", IsTitle,
			[]string{"president", "minister", "envoy", "sir", "seismologist", "defence", "gen.", "gen", "mr.", "mr", "lt."},
			[]string{"macron", "the", "of", "said", "", ".", "gen..", "President"}},
		// in any case, with or without the period
		{"IsAbbreviation", IsAbbreviation,
			[]string{"gen", "Gen.", "jan.", "Sept", "etc.", "mr"},
			[]string{"general", "january", "the", "", ".", "us"}},
		{"IsHonorific", IsHonorific,
			[]string{"sir", "Sir", "mr.", "Dame", "lady"},
			[]string{"minister", "president", "general", "", "."}},
		{"IsSayingVerb", IsSayingVerb,
			[]string{"said", "say", "told", "meant", "tweeted", "added", "pledge", "thank", "urged", "stressed", "announced"},
			[]string{"troops", "president", "", "[question]", "question", "Said"}},
		// after "what did X", these ask for X's words, not for a deed
		{"AsksForWords", AsksForWords,
			[]string{"said", "say", "told", "meant", "tweeted", "call"},
			[]string{"added", "pledge", "thank", "urged", "stressed", "announce", "announced", "troops", "", "question"}},
	} {
		for _, w := range tt.yes {
			if !tt.f(w) {
				t.Errorf("%s(%q) = false; want true", tt.name, w)
			}
		}
		for _, w := range tt.no {
			if tt.f(w) {
				t.Errorf("%s(%q) = true; want false", tt.name, w)
			}
		}
	}
}

func TestQuestionTitles(t *testing.T) {
	got := QuestionTitles()
	in := map[string]bool{}
	for _, w := range got {
		in[w] = true
		if !IsTitle(w) {
			t.Errorf("QuestionTitles holds %q, which IsTitle denies", w)
		}
	}
	for _, w := range []string{"president", "prime", "minister", "envoy", "general", "gen", "mr"} {
		if !in[w] {
			t.Errorf("QuestionTitles() lacks %q", w)
		}
	}
	for _, w := range []string{"defence", "defense", "doctor", "officer", "seismologist"} {
		if in[w] {
			t.Errorf("QuestionTitles() holds %q, which a question may be about", w)
		}
	}
	got[0] = "changed"
	if QuestionTitles()[0] == "changed" {
		t.Error("QuestionTitles returns the list itself; want a copy")
	}
}

// TestIsQuantifier: the quantifying determiners open a noun phrase; the
// adverbs WordNet files beside them ("still", "only", "even") and the
// articles (not quantifiers) do not count.
func TestIsQuantifier(t *testing.T) {
	for w, want := range map[string]bool{"each": true, "no": true, "either": true, "neither": true, "another": true,
		"still": false, "only": false, "even": false, "the": false, "": false, "Each": false} {
		if got := IsQuantifier(w); got != want {
			t.Errorf("IsQuantifier(%q) = %v; want %v", w, got, want)
		}
	}
}
