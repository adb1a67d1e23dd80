package qa

import (
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestSettlingNext: a yes/no question's top sentence shown with the one
// after it gives way to that one where it points back and holds a word of
// the question the top lacks; not where the hit shows the top alone, where
// the next adds no word of the question, nor where it opens another
// paragraph.
func TestSettlingNext(t *testing.T) {
	const head = "---\nid: s\nheadline: Harbour board meets ferry firms\n---\n"
	const top = "The harbour board met the ferry operators on Tuesday."
	for _, c := range []struct {
		name, sep, next, q string
		alone              bool
		want               string
	}{
		{"points back, adds a word", " ", "It agreed to reopen the northern pier by June.", "did the board agree to reopen the pier", false, "It agreed to reopen the northern pier by June."},
		{"top shown alone", " ", "It agreed to reopen the northern pier by June.", "did the board agree to reopen the pier", true, ""},
		{"adds no word", " ", "It met them again on Wednesday.", "did the board meet the operators", false, ""},
		{"another paragraph", "\n\n", "It agreed to reopen the northern pier by June.", "did the board agree to reopen the pier", false, ""},
	} {
		e := engineOfText(t, head+top+c.sep+c.next+"\n")
		a := e.c.Articles[0]
		i := -1
		for k, p := range a.Passages {
			if p.Text == top {
				i = k
			}
		}
		if i < 0 || i+1 >= len(a.Passages) || a.Passages[i+1].Text != c.next {
			t.Fatalf("%s: no top sentence with the next after it in %+v", c.name, a.Passages)
		}
		tc := &cand{a: a, p: a.Passages[i], toks: e.factsOf(a, &a.Passages[i]).toks}
		h := Hit{Article: a, Passages: []corpus.Passage{a.Passages[i], a.Passages[i+1]}}
		if c.alone {
			h.Passages = h.Passages[:1]
		}
		q := e.analyse(c.q)
		got := ""
		if n := e.settlingNext(&q, tc, h); n != nil {
			got = n.p.Text
		}
		if got != c.want {
			t.Errorf("%s: settlingNext(%q) = %q; want %q", c.name, c.q, got, c.want)
		}
	}
}
