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
	for q, bad := range map[string]string{
		"how did the pier group get its repair money together": "Save Kilbeg Pier",
	} {
		a, err := e.Ask(t.Context(), q)
		if err != nil {
			t.Fatal(err)
		}
		if a.Short == bad || a.Short == "" {
			t.Errorf("Ask(%q).Short = %q; want what was done, not who", q, a.Short)
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
