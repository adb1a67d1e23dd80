package qa

import (
	"strings"
	"testing"
)

// TestDefineNamedPhrase: a name a naming participle gives a noun phrase in
// an apposition ("The system …, known as X, handles …") is defined by the
// verb phrase that follows it, what the named thing does, for "what is X"
// and "what does X do" alike; a verb of saying after it is no definition.
func TestDefineNamedPhrase(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Ferry Tickets Down\n---\n"+
		"The ferry line's ticket sales stopped on Monday.\n\n"+
		"The software at the heart of the outage, known as Farebox, sells tickets and assigns cabins on every crossing.\n\n"+
		"Its maker, a firm called Lindqvist, said a fix was under way.\n")
	for _, q := range []string{"whats farebox", "what does farebox actually do"} {
		if a := mustAsk(t, e, q); a.Short != "sells tickets and assigns cabins on every crossing" {
			t.Errorf("Ask(%s) short %q; want what the named system does", q, a.Short)
		}
	}
	if a := mustAsk(t, e, "what is lindqvist"); a.Short == "said a fix was under way" {
		t.Errorf("Ask(what is lindqvist) short %q; want no saying for a definition", a.Short)
	}
}

// TestDefineLongPhraseKeepsDeed: a description that opens on the article
// and modifiers of X and says after X what it is for or what is done to it
// ("a multinational "shield force" activated only after …"), too long for
// a short answer, gives up the words before X rather than its end.
func TestDefineLongPhraseKeepsDeed(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Truce Plan\n---\n"+
		"The envoys met in Geneva on Monday.\n\n"+
		"The troops would be part of a multinational \"shield force\" activated only after a peace deal with rebels is secured.\n")
	want := `"shield force" activated only after a peace deal with rebels is secured`
	if a := mustAsk(t, e, "whats the shield force"); a.Short != want {
		t.Errorf("Ask(whats the shield force) short %q; want %q", a.Short, want)
	}
}

// TestDefinePrepositionWhich: a relative clause a preposition and "which"
// open after X ("…, in which …", "…, by which …") says how X works: the
// definition is the clause, not X's words before it.
func TestDefinePrepositionWhich(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Dam Checked\n---\n"+
		"The dam was inspected on Monday.\n\n"+
		"No leaks were found in the spillway using dye tracing, in which a coloured liquid shows where water escapes.\n")
	want := "a coloured liquid shows where water escapes"
	for _, q := range []string{"dye tracing = ?", "what is dye tracing"} {
		if a := mustAsk(t, e, q); a.Short != want {
			t.Errorf("Ask(%s) short %q; want %q", q, a.Short, want)
		}
	}
}

// TestDefinePrepositionWhichTime: a relative clause a preposition of time
// opens (", during which time …") says what happened around X, no
// definition of it.
func TestDefinePrepositionWhichTime(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Dam Checked\n---\n"+
		"The dam was inspected on Monday.\n\n"+
		"Crews used dye tracing, during which time the gates stayed shut for the whole of the week.\n")
	if a := mustAsk(t, e, "what is dye tracing"); strings.HasPrefix(a.Short, "time the gates") {
		t.Errorf("Ask(what is dye tracing) short %q: a time's clause read as a definition", a.Short)
	}
}
