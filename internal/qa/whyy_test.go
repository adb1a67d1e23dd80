package qa

import (
	"context"
	"strings"
	"testing"
)

// TestStanceFollowBareBut: a "but" with no comma before it, where a tensed
// verb follows, joins a second predicate of the same subject, which says
// what the speaker holds against the first, as ", but" does: both where
// they fit a short answer, the second alone where only it does; "but"
// before anything else joins words, not predicates, and widens nothing.
func TestStanceFollowBareBut(t *testing.T) {
	for _, c := range []struct {
		text   string
		stance bool
		want   string
	}{
		{"The harbour master said the ferry company could add a second boat on Sundays but would have to cut the Tuesday crossing.", true, "would have to cut the Tuesday crossing"},
		{"The ferry could sail at dawn but would arrive two hours late.", false, "The ferry could sail at dawn but would arrive two hours late"},
		{"The ferry was small but the crossing was short and calm in the summer months.", false, "The ferry was small"},
	} {
		if got := stanceFollow(c.text, c.stance); got != c.want {
			t.Errorf("stanceFollow(%q, %v) = %q; want %q", c.text, c.stance, got, c.want)
		}
	}
}

// TestPlaceAsFirstName: one word that names a place, right before a lone
// surname, is the person's first name, not a place qualifying them, so
// a question calling the person by it finds the passage that calls them
// by the surname; before a title it is a place ("Paris Mayor …"), and
// before a word English writes in lower case a place's own name.
func TestPlaceAsFirstName(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Ferry strike hits island shops
---
The union is paying members €50 a day. Sofia Lind, 31, a deckhand on the night crossing, said she had cut back on everything.

Lind joined the ferry company six years ago. She said deckhands like her would lose their jobs first if the new boats came, because the new boats need only two crew.
`)
	for _, c := range []struct {
		name string
		want int
	}{
		{"Sofia Lind", 0},
		{"Paris Mayor Anne Hidalgo", len("Paris Mayor ")},
		{"Paris Valley", len("Paris ")},
		{"Mayor Lind", len("Mayor ")},
		{"Italian Meloni", len("Italian ")},
		// a place before a surname-like word of a longer name qualifies
		// that name: no first name of two words' person
		{"Dublin Maersk Terminal", len("Dublin ")},
	} {
		if got := e.trimmedTitles(c.name); got != c.want {
			t.Errorf("trimmedTitles(%q) = %d; want %d", c.name, got, c.want)
		}
	}
	if !e.people["lind"]["sofia"] {
		t.Errorf("Sofia Lind's first name is not among what names Lind: %v", e.people["lind"])
	}
	a, err := e.Ask(context.Background(), "why does sofia think deckhands would lose their jobs first")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Short, "need only two crew") {
		t.Errorf("why does sofia think …: short %q; want the reason after \"because\"", a.Short)
	}
}
