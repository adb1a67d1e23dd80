package qa

import (
	"slices"
	"strings"
	"testing"
)

// TestIrregularPastAnchorsClause: "what did the crew bring" asks by the
// verb's base, do-support carrying the tense; the article tells it in an
// irregular past ("brought"), which the analyser keeps apart from
// "bring". The clause after that verb is the answer, not the sentence
// from its subject.
func TestIrregularPastAnchorsClause(t *testing.T) {
	for _, tc := range []struct {
		word, base string
		want       bool
	}{
		{"brought", "bring", true},
		{"took", "take", true},
		{"sent", "send", true},
		{"bring", "bring", false}, // the same word: matched as it is
		{"Brought", "bring", false},
		{"bought", "bring", false},
	} {
		if got := irregularOf(tc.word, tc.base); got != tc.want {
			t.Errorf("irregularOf(%q, %q) = %v; want %v", tc.word, tc.base, got, tc.want)
		}
	}
	e := engineOfText(t, `---
id: t
headline: Mountain Rescue
---
The mountain crew, tired and cold, brought blankets and two stretchers.

The pass stayed closed on Sunday.
`)
	q := e.analyse("what did the mountain crew bring")
	c := parsedCand(t, e, "The mountain crew, tired and cold, brought blankets and two stretchers.")
	text := c.p.Text
	crew := strings.Index(text, "crew")
	if s := e.clause(&q, c, []span{{crew, crew + len("crew")}}); text[s.start:s.end] != "blankets and two stretchers" {
		t.Errorf("what did the mountain crew bring: %q; want %q", text[s.start:s.end], "blankets and two stretchers")
	}
}

// TestMainVerbBeforeSubordinate: "what did the mayor promise when she
// toured the camp" asks what was promised; "toured", in the clause that
// "when" opens, only sets the time. The clause after the main verb is
// the answer, though the subordinate verb comes last in the question.
func TestMainVerbBeforeSubordinate(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Camp Visit
---
When she opened the camp on Monday, the mayor promised that new tents would arrive within a week.

The camp holds about 900 people.
`)
	text := "When she opened the camp on Monday, the mayor promised that new tents would arrive within a week."
	q := e.analyse("what did the mayor promise when she opened the camp")
	c := parsedCand(t, e, text)
	mayor := strings.Index(text, "mayor")
	want := "new tents would arrive within a week"
	if s := e.clause(&q, c, []span{{mayor, mayor + len("mayor")}}); text[s.start:s.end] != want {
		t.Errorf("what did the mayor promise when she opened the camp: %q; want %q", text[s.start:s.end], want)
	}
	if q2 := e.analyse("what did the mayor promise after the war"); q2.subordinateFrom() >= 0 {
		t.Errorf("after the war: read as a clause; want a phrase (no verb)")
	}
}

// irregularOf reports whether word, of a passage, is an irregular form of
// the verb base asks by ("found" of "find", "sent" of "send", "took" of
// "take"): a question asks "what did X find" by the base, do-support
// carrying the tense, where the article tells it in the past, and the
// analyser leaves the two apart.
// clause reads it so (tokenForms.of of verbBase), with the question's side
// read once per question and the word's once per word: irregularOf is that
// rule for one word and one base, for the table test.
func irregularOf(word, base string) bool {
	forms := tokenForms{word: word}
	return forms.of(verbBase(base))
}

// TestVerbTermRepeated: a question's term stands for every word of it
// that analyses to the term, so it may be the question's verb where any
// of them is read as one, the same word or another form of its verb,
// though its first stands after an article; not where each does.
func TestVerbTermRepeated(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Storm\n---\nThe harbour crews pledged to ground the ferries on Friday.\n")
	for _, c := range []struct {
		q, word string
		want    bool
	}{
		{"did the ground staff ground the ferries", "ground", true},
		{"did the pledge drive raise what the crews pledged", "pledge", true},
		{"why did the crews ground the ferries", "ground", true},
		{"was the help on the ground", "ground", false},
		{"what did the pledge cover", "pledge", false},
		{"did their pledge cover the ferries", "pledge", false},
		// another word's verb ("grinds", of "grind", whose past is
		// "ground") makes no verb of the noun "ground"
		{"was the relief on the ground where the old mill grinds corn", "ground", false},
	} {
		q := e.analyse(c.q)
		i := slices.IndexFunc(q.terms, func(t qterm) bool { return strings.EqualFold(t.word, c.word) })
		if i < 0 {
			t.Fatalf("%q: no term %q", c.q, c.word)
		}
		if got := q.verbTerm(i); got != c.want {
			t.Errorf("%q: verbTerm(%q) = %v; want %v", c.q, c.word, got, c.want)
		}
	}
}
