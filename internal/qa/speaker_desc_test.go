package qa

import (
	"slices"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestDescribedSpeakerNoName: "what did the dam safety expert say" names
// its speaker by a description; the one whose apposition holds its other
// words, a noun for a person beside them, before a verb of saying, speaks,
// and the answer is what they said, not their description; a passage that
// holds the words but no one saying anything does not answer.
func TestDescribedSpeakerNoName(t *testing.T) {
	const story = `---
id: d
headline: Dam row
---
The dam safety rules were last changed in 1990 and cover every reservoir in the province.

Peter Hanlon, a dam-safety engineer who led a review of the dam in 2021, said the authority had followed its operating rules to the letter.

Residents said the sirens never sounded.
`
	e := engineOfText(t, story)
	for _, q := range []string{"what does the dam safety expert think of how they handled it", "what did the dam safety expert say"} {
		wantShorts(t, e, []askedShort{{q, "followed its operating rules"}})
	}
	for _, c := range []struct {
		who  string
		want bool
	}{
		{"the dam safety expert", true},
		{"the dam safety engineer", true},
		{"the reservoir expert", false}, // "reservoir" stands in no speaker's description
		{"the dam", false},              // no noun for a person
	} {
		if got := describedAnywhere(e, c.who); got != c.want {
			t.Errorf("describedSaying(%q) found %v; want %v", c.who, got, c.want)
		}
	}
}

// TestDescribedSpeakerByDeed: a word of a description that names a doer
// ("the truck *driver*") is said by the verb it is made of, as English
// makes agent nouns ("who *drives* an ore truck"), and the doer is a
// person, as the noun asked for is; a deed no one in the passage does
// ("the truck *owner*") is not.
func TestDescribedSpeakerByDeed(t *testing.T) {
	e := engineOfText(t, `---
id: q
headline: Families sleep in tents
---
Héctor Choque, 44, who drives an ore truck at one of the copper mines, said his family had shared a single tent since Tuesday.
`)
	if !describedAnywhere(e, "the truck driver guy") {
		t.Error(`describedSaying("the truck driver guy") found no one; want Héctor Choque, "who drives an ore truck"`)
	}
	if describedAnywhere(e, "the truck owner guy") {
		t.Error(`describedSaying("the truck owner guy") found Héctor Choque; want no one`)
	}
}

// TestDescribedSpeakerNamedBody: a description whose noun a name
// qualifies ("the KCT boss", as the question is read) is a description
// still, not a name: the one the passage so describes speaks.
func TestDescribedSpeakerNamedBody(t *testing.T) {
	e := engineOfText(t, `---
id: k
headline: Strike ends
---
The strike at KCT ended on Monday after two weeks.

Henrik Adema, KCT's chief executive, said the agreement was "expensive but sustainable".
`)
	if !describedAnywhere(e, "KCT boss") {
		t.Error(`describedSaying("KCT boss") found no one; want Henrik Adema, "KCT's chief executive"`)
	}
}

// describedAnywhere reports whether describedSaying finds who in a passage
// of e's first article.
func describedAnywhere(e *Engine, who string) bool {
	a := e.c.Articles[0]
	return slices.ContainsFunc(a.Passages, func(p corpus.Passage) bool {
		return e.describedSaying(who, &cand{a: a, p: p, toks: e.analyze(p.Text)}) >= 0
	})
}

// TestDescribedSpeakerNearModifier: a word of a description is said by an
// adjective near it ("the relief official": "the regional humanitarian
// office's director"), not by a near noun, which names another thing of
// the kind ("the dam engineer" is not "a reservoir engineer"), nor by
// an adjective of another sense.
func TestDescribedSpeakerNearModifier(t *testing.T) {
	e := engineOfText(t, `---
id: r
headline: Roads reopen
---
Marta Olsen, director of the regional humanitarian office, said the mountain roads would be cleared by Thursday.

Jonas Berg, a reservoir engineer who inspected the spillway, said the water level was falling.
`)
	for _, c := range []struct {
		who  string
		want bool
	}{
		{"the relief official", true},
		{"the aid official", true},
		{"the dam engineer", false}, // "reservoir": a near noun
		{"the tax official", false}, // no word near "tax"
	} {
		if got := describedAnywhere(e, c.who); got != c.want {
			t.Errorf("describedSaying(%q) found %v; want %v", c.who, got, c.want)
		}
	}
}

// TestDescribedSpeakerWhenWord: a word of when a title is held is passed
// over in a description ("the current dock chief" is the dock chief who
// speaks), unless the articles describe someone by it: then it is his
// description, which the speaker's passage must hold (describesSomeone).
func TestDescribedSpeakerWhenWord(t *testing.T) {
	e := engineOfText(t, `---
id: q
headline: Quay shut
---
Paul Voss, the future dock chief, toured the quay on Monday.

Petra Lunn, a dock chief at the port, said the cranes were idle.
`)
	for _, c := range []struct {
		who  string
		want bool
	}{
		{"the current dock chief", true},
		{"the future dock chief", false}, // Voss, who says nothing
	} {
		if got := describedAnywhere(e, c.who); got != c.want {
			t.Errorf("describedSaying(%q) found %v; want %v", c.who, got, c.want)
		}
	}
}
