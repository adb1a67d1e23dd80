package lexicon

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

var dict = map[string]int{
	"the": 500, "then": 40, "they": 60, "them": 30, "soldiers": 12, "soldier": 5, "solders": 1,
	"zelensky": 20, "zelenskyy": 8, "troops": 15, "summit": 30, "paris": 25, "macron": 9,
	"ceasefire": 7, "coalition": 11, "colleagues": 3, "négociations": 2, "киев": 4,
}

func TestSuggestTop(t *testing.T) {
	s := NewSpeller(dict, 2)
	for _, c := range []struct {
		in, want string
		dist     int
	}{
		{"zelinsky", "zelensky", 1},
		{"soldjers", "soldiers", 1},
		{"teh", "the", 1},
		{"hte", "the", 1},
		{"the", "the", 0},
		{"colleages", "colleagues", 1},
		{"cesefire", "ceasefire", 1},
		{"coaltiion", "coalition", 1},
		{"negociations", "négociations", 1},
		{"кеив", "киев", 1},
		{"zlenskyy", "zelenskyy", 1},
		{"sumit", "summit", 1},
		{"macorn", "macron", 1},
		{"paaris", "paris", 1},
	} {
		got := s.Suggest(c.in)
		if len(got) == 0 || got[0].Word != c.want || got[0].Distance != c.dist || got[0].Count != dict[c.want] {
			t.Errorf("Suggest(%q) = %v; want first {%s %d %d}", c.in, got, c.want, c.dist, dict[c.want])
		}
	}
}

func TestSuggestOrder(t *testing.T) {
	s := NewSpeller(dict, 2)
	got := s.Suggest("soldjers")
	want := []Suggestion{{"soldiers", 1, 12}, {"solders", 1, 1}, {"soldier", 2, 5}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Suggest(soldjers) = %v; want %v", got, want)
	}
	// "thy": the (500) and they (60) are one edit away, then and them two;
	// at equal distance the count decides.
	got = s.Suggest("thy")
	if len(got) < 2 || got[0].Word != "the" || got[1].Word != "they" {
		t.Errorf("Suggest(thy) = %v; want the, they first", got)
	}
	// Equal distance and count: the word decides.
	s = NewSpeller(map[string]int{"cab": 1, "cat": 1, "car": 1, "can": 1}, 1)
	got = s.Suggest("cax")
	var words []string
	for _, g := range got {
		words = append(words, g.Word)
	}
	if w := "cab can car cat"; strings.Join(words, " ") != w {
		t.Errorf("Suggest(cax) = %v; want %s", words, w)
	}
}

func TestSuggestDeterministic(t *testing.T) {
	first := NewSpeller(dict, 2).Suggest("thme")
	for range 20 {
		if got := NewSpeller(dict, 2).Suggest("thme"); !reflect.DeepEqual(got, first) {
			t.Fatalf("Suggest(thme) = %v, then %v; want the same", first, got)
		}
	}
}

func TestSuggestMaxDistance(t *testing.T) {
	for d := 0; d <= 3; d++ {
		s := NewSpeller(dict, d)
		for _, in := range []string{"soldjers", "zlnsky", "xyz", "teh", "the", "sldrs", "c"} {
			for _, g := range s.Suggest(in) {
				if g.Distance > d {
					t.Errorf("NewSpeller(…, %d).Suggest(%q) offers %v; beyond %d", d, in, g, d)
				}
				if got := osa([]rune(in), []rune(g.Word), 10); got != g.Distance {
					t.Errorf("Suggest(%q) says %q is %d away; it is %d", in, g.Word, g.Distance, got)
				}
			}
		}
	}
	if got := NewSpeller(dict, 1).Suggest("sldrs"); got != nil {
		t.Errorf("Suggest(sldrs) at distance 1 = %v; want nil", got)
	}
	if got := NewSpeller(dict, -3).Suggest("teh"); got != nil {
		t.Errorf("Suggest(teh) at distance -3 = %v; want nil", got)
	}
}

func TestOSA(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"", "abc", 3}, {"abc", "", 3}, {"teh", "the", 1}, {"ca", "abc", 3},
		{"kitten", "sitting", 3}, {"abcdef", "abdcef", 1}, {"zelinsky", "zelensky", 1}, {"ab", "ba", 1},
	} {
		if got := osa([]rune(c.a), []rune(c.b), 10); got != c.want {
			t.Errorf("osa(%q, %q) = %d; want %d", c.a, c.b, got, c.want)
		}
		if got := osa([]rune(c.a), []rune(c.b), 1); got != min(c.want, 2) {
			t.Errorf("osa(%q, %q, limit 1) = %d; want %d", c.a, c.b, got, min(c.want, 2))
		}
	}
}

// TestSuggestComplete checks the delete index against a brute-force search
// over random words and random misspellings of them, long ones included
// (the index covers only each word's first seven runes).
func TestSuggestComplete(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	const letters = "abcdeé"
	word := func(n int) string {
		r := []rune(letters)
		var b strings.Builder
		for range n {
			b.WriteRune(r[rng.IntN(len(r))])
		}
		return b.String()
	}
	freq := map[string]int{}
	for range 400 {
		freq[word(1+rng.IntN(12))] = 1 + rng.IntN(50)
	}
	for d := 0; d <= 3; d++ {
		s := NewSpeller(freq, d)
		for range 300 {
			in := word(1 + rng.IntN(14))
			var want []Suggestion
			for w, n := range freq {
				if dist := osa([]rune(in), []rune(w), 100); dist <= d {
					want = append(want, Suggestion{w, dist, n})
				}
			}
			got := s.Suggest(in)
			if len(got) != len(want) {
				t.Fatalf("distance %d: Suggest(%q) = %v; brute force finds %v", d, in, got, want)
			}
		}
	}
}

func TestSuggestOddInput(t *testing.T) {
	s := NewSpeller(dict, 2)
	for _, in := range []string{
		"", " ", "\x00", "\xff\xfe\xfd", strings.Repeat("a", 1<<20), strings.Repeat("\xff", 1<<20),
		strings.Repeat("é", 9), "🙂🙂", "the\x00",
	} {
		for _, g := range s.Suggest(in) {
			if g.Distance > 2 {
				t.Errorf("Suggest(%.20q) offers %v", in, g)
			}
		}
	}
	if got := s.Suggest(""); got != nil {
		t.Errorf("Suggest(\"\") = %v; want nil", got)
	}
	empty := NewSpeller(nil, 2)
	if got := empty.Suggest("the"); got != nil {
		t.Errorf("empty Speller: Suggest(the) = %v; want nil", got)
	}
	odd := NewSpeller(map[string]int{"": 5, "zero": 0, "neg": -1, "\xff": 2}, 1)
	if got := odd.Suggest("zero"); got != nil {
		t.Errorf("Suggest(zero) with count 0 = %v; want nil", got)
	}
	long := strings.Repeat("ab", 40)
	if got := NewSpeller(map[string]int{long: 3}, 2).Suggest(long); got != nil {
		t.Errorf("Suggest of an 80-rune dictionary word = %v; want nil (left out)", got)
	}
	if got := odd.Suggest("neg"); got != nil {
		t.Errorf("Suggest(neg) with count -1 = %v; want nil", got)
	}
}

func FuzzSuggest(f *testing.F) {
	s := NewSpeller(dict, 2)
	for _, in := range []string{"teh", "zelinsky", "", "\xff", "soldjers"} {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got := s.Suggest(in)
		for i, g := range got {
			if g.Distance > 2 || dict[g.Word] != g.Count {
				t.Fatalf("Suggest(%q) offers %v", in, g)
			}
			if i > 0 && got[i-1].Distance > g.Distance {
				t.Fatalf("Suggest(%q) out of order: %v", in, got)
			}
		}
	})
}

// benchDict is about 5,000 distinct words: the embedded table's commonest
// words, counted by a falling frequency.
func benchDict() map[string]int {
	e := Default()
	freq := make(map[string]int, 5000)
	for i := range 5000 {
		freq[e.words.word(i)] = 100000 / (i + 1)
	}
	return freq
}

func BenchmarkNewSpeller(b *testing.B) {
	freq := benchDict()
	b.ReportAllocs()
	for b.Loop() {
		NewSpeller(freq, 2)
	}
}

func BenchmarkSuggest(b *testing.B) {
	s := NewSpeller(benchDict(), 2)
	ins := []string{"goverment", "negotations", "soldjers", "teh", "presdient", "internatonal"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		s.Suggest(ins[i%len(ins)])
		i++
	}
}

func ExampleSpeller_Suggest() {
	s := NewSpeller(map[string]int{"zelensky": 20, "zelenskyy": 8, "soldiers": 12}, 2)
	for _, g := range s.Suggest("zelinsky") {
		fmt.Println(g.Word, g.Distance, g.Count)
	}
	// Output:
	// zelensky 1 20
	// zelenskyy 2 8
}
