package lexicon

import "testing"

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
		if len(loadWords(wordsData)) < 70000 {
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
