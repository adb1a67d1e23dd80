package qa

import (
	"strings"
	"testing"
)

// TestHowNotWho: a "how" is not answered by a name alone or by the
// description set off after a person's name, which say who; what the
// passage says was done answers it.
func TestHowNotWho(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Harbour
---
A fishermen's group, Save Kilbeg Pier, said it had raised £9,000 from about 300 members to repair the pier.
`)
	for _, c := range []struct {
		q, bad string
		want   []string // the words of the deed the answer must hold
	}{
		{"how did the pier group get its repair money together", "Save Kilbeg Pier", []string{"raised £9,000", "300 members"}},
	} {
		a, err := e.Ask(t.Context(), c.q)
		if err != nil {
			t.Fatal(err)
		}
		if a.Short == c.bad || strings.Contains(a.Short, c.bad) {
			t.Errorf("Ask(%q).Short = %q; want what was done, not who", c.q, a.Short)
		}
		for _, w := range c.want {
			if !strings.Contains(a.Short, w) {
				t.Errorf("Ask(%q).Short = %q; want it to hold %q", c.q, a.Short, w)
			}
		}
	}
}

// TestDescribesOnly: names alone, or words within a description set off
// after a person's name, only say who.
func TestDescribesOnly(t *testing.T) {
	e := testEngine(t)
	for _, c := range []struct {
		text, sub string
		want      bool
	}{
		{"Save Kilbeg Pier said it had raised £9,000.", "Save Kilbeg Pier", true},
		{"Hélène Noël, the harbour master, said the divers came at dawn.", "harbour master", true},
		{"Hélène Noël, the harbour master, said the divers came at dawn.", "the divers came at dawn", false},
		{"The divers came at dawn.", "at dawn", false},
	} {
		at := strings.Index(c.text, c.sub)
		if got := e.describesOnly(c.text, span{at, at + len(c.sub)}); got != c.want {
			t.Errorf("describesOnly(%q, %q) = %v; want %v", c.text, c.sub, got, c.want)
		}
	}
}
