package lexicon

import (
	"sync"
	"testing"
)

func TestNounClasses(t *testing.T) {
	for _, tc := range []struct {
		is    func(string) bool
		class string
		yes   []string
		no    []string
	}{
		{IsPersonNoun, "person", []string{"guy", "lady", "ladies", "expert", "officials", "people", "person", "policemen", "witnesses", "kid", "children", "women"},
			[]string{"thing", "good", "team", "country", "every", "aaron", "", "stadium", "town"}},
		{IsTextNoun, "text", []string{"statement", "statements", "report", "story", "communique", "declaration", "letter", "document"},
			[]string{"summit", "pledge", "guy", "country", "troops", "", "people", "question", "name", "word", "talks"}},
		{IsPhysicalNoun, "physical", []string{"bridge", "crack", "cracks", "canal", "lorry", "end", "deck"},
			[]string{"strike", "delay", "closure", "guy", "statement", "cease-fire", "ceasefire", ""}},
		{IsEventNoun, "event", []string{"wars", "delay", "closure", "cease-fire", "ceasefire", "ceasefires", "war", "curfew"},
			[]string{"bridge", "crack", "canal", "guy", "statement", ""}},
		{IsGroupNoun, "group", []string{"crew", "crews", "staff", "troops", "workforce", "personnel", "delegation", "army", "unit", "units"},
			[]string{"fleet", "herd", "ship", "guy", "statement", "war", "", "bakery", "inquiry", "dinner"}},
		{IsTimeName, "timename", []string{"christmas", "easter", "hanukkah", "thanksgiving", "ramadan", "passover", "friday"},
			[]string{"weekend", "noon", "week", "mayor", "reuters", "aaron", "guy", ""}},
	} {
		for _, w := range tc.yes {
			if !tc.is(w) {
				t.Errorf("%q is no %s noun; want one", w, tc.class)
			}
		}
		for _, w := range tc.no {
			if tc.is(w) {
				t.Errorf("%q is a %s noun; want none", w, tc.class)
			}
		}
	}
}

func TestIsKindOf(t *testing.T) {
	for _, tc := range []struct {
		w, general string
		want       bool
	}{
		{"president", "leader", true},
		{"presidents", "leader", true},
		{"minister", "leader", true},
		{"chancellor", "leader", true},
		{"mayor", "leader", true},
		{"envoy", "diplomat", true},
		{"ambassador", "official", true},
		{"minister", "ambassador", false},
		{"leader", "president", false},
		{"stadium", "leader", false},
		{"", "leader", false},
	} {
		if got := IsKindOf(tc.w, tc.general); got != tc.want {
			t.Errorf("IsKindOf(%q, %q) = %v; want %v", tc.w, tc.general, got, tc.want)
		}
	}
}

// BenchmarkLoadPersonKinds parses personkinds.txt as the first IsKindOf
// does (start-up's share of it).
func BenchmarkLoadPersonKinds(b *testing.B) {
	for b.Loop() {
		personKindsOnce = sync.Once{}
		IsKindOf("president", "leader")
	}
}

// TestSingulars checks that Singulars undoes plural endings, regular and
// not (WordNet's noun exceptions), never a verb's, and yields no empty
// word of a lone ending.
func TestSingulars(t *testing.T) {
	for _, c := range []struct {
		w, s string
		want bool
	}{
		{"crews", "crew", true}, {"ladies", "lady", true}, {"witnesses", "witness", true}, {"policemen", "policeman", true},
		{"children", "child", true}, {"crew", "crew", true},
		{"crewed", "crew", false}, {"staffing", "staff", false}, {"forced", "force", false}, {"glass", "glas", false},
		{"feet", "foot", true}, {"geese", "goose", true}, {"bureaux", "bureau", true}, {"brethren", "brother", true},
		{"allied", "ally", false}, {"clubbed", "club", false}, {"feet", "feets", false},
		{"", "", true}, {"s", "", false}, {"es", "", false}, {"é", "é", true},
		{"es", "e", false}, {"is", "i", false}, {"ies", "y", false}, {"ies", "i", false}, {"us", "u", false},
		{"ads", "ad", true}, {"éss", "és", false}, {"ées", "é", false},
	} {
		if got := IsSingularOf(c.s, c.w); got != c.want {
			t.Errorf("IsSingularOf(%q, %q) = %v; want %v", c.s, c.w, got, c.want)
		}
	}
}
