package qa

import (
	"strings"
	"testing"
)

// TestSettledInNextSentence: a yes/no question the top sentence does not
// settle, shown with the sentence after it, which points back to it and
// holds a word of the question the top lacks ("It marked the first time
// …"), is answered with that sentence's words; where the sentence after
// holds nothing more of the question, with the top's.
func TestSettledInNextSentence(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Alliance meets in Lisbon
---
Ministers from eleven countries met in Lisbon on Tuesday to agree a shared plan for the fishing grounds.

The meeting was also attended by trade envoys Mara Olsen and Piet Dekker. It marked the first time the envoys had joined the alliance's talks.
`)
	for q, want := range map[string]string{
		"was it the first time olsen and dekker attended?": "first time the envoys had joined",
		"did olsen and dekker attend the meeting":          "attended by trade envoys Mara Olsen and Piet Dekker",
	} {
		if a, err := e.Ask(t.Context(), q); err != nil || !a.Answered || !strings.Contains(a.Short, want) {
			t.Errorf("%s: %q (answered %v), %v; want %q", q, a.Short, a.Answered, err, want)
		}
	}
}

// TestOtherSettles: a yes/no question of "other" things ("were other
// ferries stopped") is settled by the sentence that speaks of the other
// ones, not by a better-matched one on the ferry in mind; and otherNoun
// finds the noun "other" picks out, past a name before it.
func TestOtherSettles(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Storm halts island ferry
---
The harbour authority stopped the Gull ferry on Monday after a storm damaged its ramp, and the ferry stayed stopped all day.

The harbour authority said the Gull ferry would be repaired by Friday.

Other ferries, which use a different ramp, kept sailing to the island.
`)
	a, err := e.Ask(t.Context(), "were other ferries stopped too")
	if err != nil || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "Other ferries") {
		t.Errorf("were other ferries stopped too: %+v, %v; want the sentence on the other ferries first", a.Passages, err)
	}
	for q, want := range map[string]string{
		"did any other gull customers complain":           "customers",
		"were other ferries stopped":                      "ferries",
		"was the gull ferry stopped":                      "",
		"did the rival mayors accuse each other of fraud": "",
		"did the other two drivers survive":               "drivers",
		"did anyone other than police help":               "",
	} {
		got, qq := "", e.analyse(q)
		if n := otherNoun(&qq); n >= 0 {
			got = strings.ToLower(qq.terms[n].word)
		}
		if got != want {
			t.Errorf("otherNoun(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestSaysOtherWordStart: saysOther reads whole words before the term,
// so a long word whose tail is "others" ("brothers") says no "other".
func TestSaysOtherWordStart(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Storm halts flights
---
Both brothers intercontinental airlines were grounded on Monday.

Flights by other airlines continued as normal on Monday.
`)
	q := e.analyse("were other airlines grounded")
	n := otherNoun(&q)
	if n < 0 {
		t.Fatal("otherNoun found no noun in \"were other airlines grounded\"")
	}
	a := e.c.Articles[0]
	for i := range a.Passages {
		p := &a.Passages[i]
		want := strings.Contains(p.Text, "other airlines")
		if !strings.Contains(p.Text, "airlines") {
			continue
		}
		if got := saysOther(&q, &cand{a: a, p: *p, toks: e.factsOf(a, p).toks}, n); got != want {
			t.Errorf("saysOther(%q) = %v, want %v", p.Text, got, want)
		}
	}
}
