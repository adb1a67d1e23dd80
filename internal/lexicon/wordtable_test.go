package lexicon

import (
	"fmt"
	"strings"
	"testing"
)

// TestWordTable: every word added is found by its number, words never
// added are not, a word added twice keeps its first number, and the table
// grows past its first size without losing a word.
func TestWordTable(t *testing.T) {
	var b strings.Builder
	var spans [][2]int
	for i := range 5000 {
		w := fmt.Sprintf("w%dx", i*7)
		spans = append(spans, [2]int{b.Len(), b.Len() + len(w)})
		b.WriteString(w)
	}
	dup := [2]int{b.Len(), b.Len() + len("w7x")}
	b.WriteString("w7x")
	tab := newWordTable(b.String(), 10) // far too small: it must grow
	for i, s := range spans {
		if !tab.add(s[0], s[1]) {
			t.Fatalf("add(%q) = false for a new word", tab.all[s[0]:s[1]])
		}
		if tab.len() != i+1 {
			t.Fatalf("len() = %d after %d words", tab.len(), i+1)
		}
	}
	if tab.add(dup[0], dup[1]) {
		t.Error(`add("w7x") twice = true; want false`)
	}
	for i, s := range spans {
		w := tab.all[s[0]:s[1]]
		if n, ok := tab.find(w); !ok || n != i || tab.word(n) != w {
			t.Fatalf("find(%q) = %d, %v; want %d, true", w, n, ok, i)
		}
	}
	for _, w := range []string{"", "w1x", "w7", "w7xx", "x"} {
		if n, ok := tab.find(w); ok {
			t.Errorf("find(%q) = %d, true; never added", w, n)
		}
	}
	if tab.add(3, 2) || tab.add(0, len(tab.all)+1) {
		t.Error("add accepted a span outside the string")
	}
}

// TestDictionaryAsLines: IsWord and IsName answer as a plain reading of
// words.txt does (each line lower-cased; capitalised as its last line of
// the word writes it).
func TestDictionaryAsLines(t *testing.T) {
	want := map[string]bool{}
	for _, l := range strings.Split(wordsData, "\n") {
		if l != "" && l[0] != '#' {
			want[strings.ToLower(l)] = strings.ToLower(l) != l
		}
	}
	d := loadWords(wordsData)
	if d.words.len() != len(want) {
		t.Fatalf("%d words; want %d", d.words.len(), len(want))
	}
	for w, capital := range want {
		if !IsWord(w) || IsName(w) != capital {
			t.Fatalf("IsWord(%q), IsName = %v, %v; want true, %v", w, IsWord(w), IsName(w), capital)
		}
	}
	if IsWord("zzqxj") || IsName("zzqxj") {
		t.Error(`"zzqxj" found`)
	}
}
