package qa

import (
	"strings"
	"testing"
)

// TestConjunctEnd: a who-answer shown with its verb ("led by …") takes the
// name "and" joins to it when that conjunct is a noun phrase ending on a
// name at its clause's end; not a conjunct with a verb of its own, nor one
// that ends on no name or on a noun a name qualifies.
func TestConjunctEnd(t *testing.T) {
	text := `The crew is now led by harbour pilot Anna Berg and the port's deputy chief Lars Holm. ` +
		`The tug was steered by Anna Berg and then met Lars Holm. ` +
		`The boat was towed by Anna Berg and the harbour tug. ` +
		`The dock was cleared by Anna Berg and Lars Holm's divers. ` +
		`The pier was inspected by Anna Berg and coach Lars Holm (a veteran). ` +
		`The quay was opened by Anna Berg and will be run by Lars Holm. ` +
		`The squad was picked by Anna Berg and will coach Lars Holm.`
	e := engineOfText(t, "---\nid: t\nheadline: Harbour\n---\n"+text+"\n")
	for _, c := range []struct{ after, want string }{
		{"is now led by harbour pilot Anna Berg", " and the port's deputy chief Lars Holm"},
		{"was steered by Anna Berg", ""},
		{"was towed by Anna Berg", ""},
		{"was cleared by Anna Berg", ""},                       // the conjunct is the divers, whom a name only qualifies
		{"was inspected by Anna Berg", " and coach Lars Holm"}, // a title that is a verb's base too; the mark after the name
		{"was opened by Anna Berg", ""},                        // an auxiliary: a deed of its own
		{"was picked by Anna Berg", ""},                        // a modal before a verb that is a noun too ("coach")
	} {
		end := indexAfter(t, text, c.after)
		if got := text[end:e.conjunctEnd(text, end)]; got != c.want {
			t.Errorf("conjunctEnd after %q took %q; want %q", c.after, got, c.want)
		}
	}
}

// TestDeedWithConjunct: "who was in the team" of a passage that gives the
// team's leaders as a passive's doers, in other words than the question's,
// is answered by the verb with both leaders, not the first alone.
func TestDeedWithConjunct(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Rescue team named
---
The rescue team was initially expected to be headed by fire chief Omar Sayed, but after the storm the team is now led by pilot Anna Berg and the port's deputy Lars Holm.
Fishing boats stayed in port on Monday.
`)
	a := mustAsk(t, e, "who was in the rescue team that replaced sayed")
	if !strings.Contains(a.Short, "Anna Berg") || !strings.Contains(a.Short, "Lars Holm") {
		t.Errorf("who was in the rescue team: %q; want both Anna Berg and Lars Holm", a.Short)
	}
}

// indexAfter is the byte offset just past the first s in text.
func indexAfter(t *testing.T, text, s string) int {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q not in text", s)
	}
	return i + len(s)
}
