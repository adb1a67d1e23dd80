package qa

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
)

// TestNamedAsIncluded: a figure whose sentence names what is asked about
// only in an "including" phrase after it counts the whole, and a "how
// many" question about the one named is declined; one whose sentence
// names it before the figure is answered.
func TestNamedAsIncluded(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Storm shuts schools
---
The storm closed roads across the county on Tuesday.

About 420 pupils were sent home from five schools, including Hollis Academy.

At Varden Primary, 85 pupils were sent home at noon.
`)
	if a := mustAsk(t, e, "how many pupils were sent home from hollis academy"); a.Answered {
		t.Errorf("answered %q; want declined: the 420 counts all five schools", a.Short)
	}
	if a := mustAsk(t, e, "how many pupils were sent home from varden primary"); !a.Answered {
		t.Errorf("declined; want the 85 pupils")
	}
}

// TestNamedAsIncludedSafe: the rule leaves the engine's memo of a
// passage's numbers as it found it, and a passage whose letters change
// length when lowered ("Ⱥ") neither panics nor shifts its cuts.
func TestNamedAsIncludedSafe(t *testing.T) {
	text := "At 3 p.m. about 420 pupils were sent home from five schools, including Hollis Academy."
	e := engineOfText(t, "---\nid: t\nheadline: Storm shuts schools\n---\n"+text+"\n\nCrowds gathered in "+strings.Repeat("Ⱥ", 40)+" and 420 pupils were sent home from five schools including Hollis Academy.\n")
	before := slices.Clone(e.find(numberRE, text))
	q := e.analyse("how many pupils were sent home from hollis academy")
	if !e.namedAsIncluded(&q, &cand{p: corpus.Passage{Text: text}, toks: e.analyze(text)}) {
		t.Errorf("namedAsIncluded(%q) = false; want the school named only after \"including\"", text)
	}
	if after := e.find(numberRE, text); !slices.Equal(before, after) {
		t.Errorf("numbers of the passage after namedAsIncluded: %v; before: %v", after, before)
	}
	for i := 0; i < 2; i++ {
		if _, err := e.Ask(context.Background(), "how many pupils were sent home from hollis academy"); err != nil {
			t.Fatalf("ask: %v", err)
		}
	}
}

// TestTokensIn: the tokens within a span of the text, none that crosses
// its ends, nil where none starts at or after its start.
func TestTokensIn(t *testing.T) {
	toks := []index.Token{{Term: "a", Start: 0, End: 5}, {Term: "b", Start: 6, End: 10}, {Term: "c", Start: 11, End: 15}}
	for _, c := range []struct {
		start, end int
		want       string
	}{{0, 15, "abc"}, {6, 15, "bc"}, {1, 15, "bc"}, {0, 12, "ab"}, {6, 10, "b"}, {7, 9, ""}, {16, 20, ""}} {
		got := ""
		for _, tok := range tokensIn(toks, c.start, c.end) {
			got += tok.Term
		}
		if got != c.want {
			t.Errorf("tokensIn(%d, %d) = %q; want %q", c.start, c.end, got, c.want)
		}
	}
}

// TestNamedAsIncludedSentence: only the figures of the "including"
// phrase's own sentence count, those of the next sentence not (there a
// figure after the "including" says nothing of the phrase).
func TestNamedAsIncludedSentence(t *testing.T) {
	text := "About 420 pupils were sent home from five schools, including Hollis Academy. Buses carried 60 more home at noon."
	e := engineOfText(t, "---\nid: t\nheadline: Storm shuts schools\n---\n"+text+"\n")
	q := e.analyse("how many pupils were sent home from hollis academy")
	if !e.namedAsIncluded(&q, &cand{p: corpus.Passage{Text: text}, toks: e.analyze(text)}) {
		t.Errorf("namedAsIncluded(%q) = false; want the next sentence's 60 left out", text)
	}
}
