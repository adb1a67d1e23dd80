package qa

import (
	"strings"
	"testing"
)

// TestWhySpeaker reads who a "why does X say / think …" question asks
// the reason of, and no one where its verb is no verb of saying or
// thinking, where nothing stands between the auxiliary and the verb, or
// where the verb stands past whyReach words.
func TestWhySpeaker(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"why does halvorsen say the ferry must stop", "halvorsen"},
		{"why did the harbour chief think the pier was unsafe", "the harbour chief"},
		{"whyd ms okafor claim the fares were too high", "ms okafor"},
		{"why does Zoë Brûlé say the café — near the quay — shut", "zoë brûlé"},
		{"why did the ferry stop", ""},
		// a verb that takes the verb of saying ends the name before it
		{"why did kowalski refuse to say where the barges went", "kowalski"},
		{"why does the port authority want to claim the quay", "the port authority"},
		{"why did the minister keep saying no", "the minister"},
		{"why does the ferry board need to say sorry", "the ferry board"},  // "need": mostly a noun, a verb after "does X"
		{"why did mr tan keep on saying no", "mr tan"},                     // a particle between: "keep on"
		{"why did the harbour chief go on to say no", "the harbour chief"}, // "go on to"
		{"why has the union had to say sorry", "the union"},
		{"why did the harbour ferry chief go on to say no", "the harbour ferry chief"},
		{"why did the harbour chief think the pier was unsafe", "the harbour chief"},
		{"why do refuse to say", ""},
		{"why is the minister saying no", "the minister"}, // "saying" is the question's own verb
		{"why does say", ""},
		// an adverb before the verb of saying is of neither (speakerWords)
		{"why did halvorsen ever say the ferry must stop", "halvorsen"},
		{"why does the harbour chief still think the pier is unsafe", "the harbour chief"},
		{"why did kowalski suddenly refuse to say where the barges went", "kowalski"},
		{"why did the very old and tired harbour chief say no", ""},
		{"why", ""},
		{"", ""},
	} {
		q := question{text: tc.q, words: chatWords(tc.q), kind: KindWhy}
		if got := whySpeaker(&q); got != tc.want {
			t.Errorf("whySpeaker(%q) = %q; want %q", tc.q, got, tc.want)
		}
	}
}

// TestWhySpeakerRank: for "why does X say …", a passage where X speaks
// (X the subject of a verb of saying, of one of several words,
// phrasalSaidAt, or X's pronoun after a sentence naming X) is not marked not_the_speaker; one that only mentions X is,
// as for "what did X say". A why question asking no one's words marks
// none. The reading runs only where the feature can count: while
// explaining (fitweights fits it so) or at a weight that is not 0; at 0
// Ask marks none.
func TestWhySpeakerRank(t *testing.T) {
	e := engineOfText(t, `---
id: ferry
headline: Ferry service halted
---
Harbour master Ingrid Halvorsen said the ferry must stop because its hull plates had corroded.

Passengers told reporters that Halvorsen had closed the ferry without warning on Monday.

The ferry carried 900 passengers a day across the fjord.

Halvorsen also pointed out that the ferry was forty years old.
`)
	marked := func(text string, explaining bool) map[string]float64 {
		q := e.analyse(text)
		q.explaining = explaining
		got := map[string]float64{}
		for _, c := range mustRank(t, e, &q) {
			if c.looked {
				got[strings.Fields(c.p.Text)[0]] = c.feat[fNotSpeaker]
			}
		}
		return got
	}
	for _, who := range []string{"halvorsen", "ingrid halvorsen", "halvorsen ever"} { // (an adverb before the verb, of neither)
		got := marked("why does "+who+" say the ferry must stop", true)
		if got["Harbour"] != 0 || got["Halvorsen"] != 0 || got["Passengers"] != 1 {
			t.Errorf("why does %s say: not_the_speaker = %v; want 0 where she speaks (Harbour…, Halvorsen also pointed out …), 1 where she is mentioned (Passengers…)", who, got)
		}
	}
	w := DefaultWeights()
	w.Rank[fNotSpeaker] = 0
	e.SetWeights(w)
	if got := marked("why does halvorsen say the ferry must stop", false); got["Passengers"] != 0 {
		t.Errorf("at weight 0, not explaining: not_the_speaker = %v; want 0 everywhere (not read)", got)
	}
	w.Rank[fNotSpeaker] = -1
	e.SetWeights(w)
	if got := marked("why does halvorsen say the ferry must stop", false); got["Passengers"] != 1 {
		t.Errorf("at weight -1: not_the_speaker = %v; want 1 where she is only mentioned (Passengers…)", got)
	}
	for first, f := range marked("why did the ferry stop", true) {
		if f != 0 {
			t.Errorf("why did the ferry stop: not_the_speaker of %s… = %v; want 0", first, f)
		}
	}
}

// TestPhrasalSaid finds a name right before a verb of several words that
// means one asking for words ("pointed out": comment, remark), past one
// adverb at most, and no such verb after a comma, past two adverbs, for a
// verb of several words of another meaning, at the text's end or in an
// empty text; nor where the words before the name's last name someone
// else.
func TestPhrasalSaid(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"Okafor pointed out that the pier was old.", "Okafor", true},
		{"Okafor also pointed out that the pier was old.", "Okafor", true},
		{"Zoë Brûlé also pointed out that the café — by the quay — shut.", "Brûlé", true},
		{"Okafor, pointed out by the guard, left.", "Okafor", false},
		{"Okafor very quickly pointed out the flaw.", "Okafor", false},
		{"Okafor went on to win the vote.", "Okafor", false},
		{"The vote went to Okafor", "Okafor", false},
		{"", "Okafor", false},
		// a name of several words: its words before the last stand before
		// it, or the last stands alone (a surname, the story naming
		// someone again); another's first name, or another description's
		// words, before the same last word name someone else
		{"Dana Okafor also pointed out that the pier was old.", "Dana Okafor", true},
		{"Okafor also pointed out that the pier was old.", "Dana Okafor", true},
		{"Chidi Okafor also pointed out that the pier was old.", "Dana Okafor", false},
		{"Chidi Okafor also pointed out that the pier was old.", "Okafor", true},
		{"The port’s finance officer also pointed out that the pier was old.", "the finance officer", true},
		{"The port’s finance officer also pointed out that the pier was old.", "the safety officer", false},
		{"The port’s finance officer also pointed out that the pier was old.", "the officer", true},
	} {
		if _, got := phrasalSaidAt(tc.text, e.analyze(tc.text), e.analyze(tc.name)); got != tc.want {
			t.Errorf("phrasalSaidAt(%q, %q) = %v; want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestPhrasalSaidAt: the clause a verb of several words reports starts
// after the verb, past a "that" right after it; none at the text's end.
func TestPhrasalSaidAt(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct{ text, name, want string }{
		{"Okafor also pointed out that the café — by the quay — shut.", "Okafor", " the café — by the quay — shut."},
		{"Zoë Brûlé pointed out the flaw.", "Brûlé", " the flaw."},
		{"Okafor pointed out", "Okafor", ""},
		{"Okafor left.", "Okafor", "(none)"},
	} {
		got := "(none)"
		if at, ok := phrasalSaidAt(tc.text, e.analyze(tc.text), e.analyze(tc.name)); ok {
			got = tc.text[at:]
		}
		if got != tc.want {
			t.Errorf("phrasalSaidAt(%q, %q) opens %q; want %q", tc.text, tc.name, got, tc.want)
		}
	}
}
