package lexicon

import (
	"strings"
	"testing"
)

func TestIsWord(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"troops", true}, {"envoys", true}, {"guarantee", true}, {"paris", true}, {"defence", true}, {"defense", true},
		{"officals", false}, {"reasurance", false}, {"mertz", false}, {"", false}, {"#", false},
	} {
		if got := IsWord(tt.w); got != tt.want {
			t.Errorf("IsWord(%q) = %v; want %v", tt.w, got, tt.want)
		}
	}
}

func TestIsName(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"turkish", true}, {"canada", true}, {"monday", true}, {"aachen", true},
		{"troops", false}, {"guarantee", false}, {"officals", false}, {"", false},
	} {
		if got := IsName(tt.w); got != tt.want {
			t.Errorf("IsName(%q) = %v; want %v", tt.w, got, tt.want)
		}
	}
}

// BenchmarkLoadWords is the start-up cost of the word list, paid at the
// first question: add it to qa's BenchmarkStartup and lexicon's
// BenchmarkDefault for the start-up of the embedded corpus.
func BenchmarkLoadWords(b *testing.B) {
	for b.Loop() {
		if loadWords(wordsData).words.len() < 70000 {
			b.Fatal("words.txt read short")
		}
	}
}

func TestIsFunctionWord(t *testing.T) {
	for w, want := range map[string]bool{"the": true, "however": true, "despite": true, "would": true, "macron": false, "president": false, "": false} {
		if got := IsFunctionWord(w); got != want {
			t.Errorf("IsFunctionWord(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestCountries: the embedded country groups give each country the words
// English makes of its name, each word in one group.
func TestCountries(t *testing.T) {
	group := map[string]string{}
	for _, g := range Countries() {
		for _, w := range g {
			if prev, dup := group[w]; dup {
				t.Errorf("%q stands for %q and %q", w, prev, g[0])
			}
			group[w] = g[0]
		}
	}
	for w, want := range map[string]string{"peruvian": "peru", "argentine": "argentina", "japanese": "japan", "chinese": "china", "chileans": "chile", "dutch": "netherlands"} {
		if group[w] != want {
			t.Errorf("%q is of %q; want %q", w, group[w], want)
		}
	}
	for city, want := range map[string]string{"berlin": "germany", "buenos aires": "argentina", "kyiv": "ukraine", "calama": ""} {
		if got := CapitalOf(city); got != want {
			t.Errorf("CapitalOf(%q) = %q; want %q", city, got, want)
		}
	}
	if !IsCountryWord("peruvians") || IsCountryWord("peru") || IsCountryWord("holland") || IsCountryWord("river") {
		t.Errorf("IsCountryWord: want peruvians, not peru nor holland (names) nor river")
	}
}

// TestCapitalsShared: a name two countries' capitals share stands for
// neither.
func TestCapitalsShared(t *testing.T) {
	if got := CapitalOf("kingston"); got != "" {
		t.Errorf("CapitalOf(kingston) = %q; want none (Jamaica's and Norfolk Island's)", got)
	}
}

// TestAcronym: WordNet's acronyms and what they stand for.
func TestAcronym(t *testing.T) {
	if got := Acronym("ceo"); len(got) != 1 || strings.Join(got[0], " ") != "chief executive officer" {
		t.Errorf("Acronym(ceo) = %q; want chief executive officer", got)
	}
	if got := Acronym("walk"); got != nil {
		t.Errorf("Acronym(walk) = %q; want none", got)
	}
}
