package qa

import (
	"context"
	"slices"
	"testing"
)

// TestAskedSpeakerReadOnce checks that askedSpeaker, read once, is read
// afresh for a copy of the question given other words.
func TestAskedSpeakerReadOnce(t *testing.T) {
	e := engineOfText(t, "---\nid: h\nheadline: Gale at Portwick\n---\nIdris Fenwray phoned Olwen Tarrant.\n")
	q := e.analyse("did fenwray call tarrant")
	if got := askedSpeaker(&q); got != "" {
		t.Fatalf("askedSpeaker(%q) = %q; want \"\"", q.text, got)
	}
	cut := q
	cut.words = []string{"did", "fenwray", "say", "anything"}
	if got := askedSpeaker(&cut); got != "fenwray" {
		t.Errorf("askedSpeaker of the copy %v = %q; want %q", cut.words, got, "fenwray")
	}
	if got := askedSpeaker(&q); got != "" {
		t.Errorf("askedSpeaker(%q) again = %q; want \"\"", q.text, got)
	}
}

func TestAskedSpeaker(t *testing.T) {
	e := engineOfText(t, "---\nid: h\nheadline: Storm closes Portwick harbour\n---\n"+
		"Harbour master Idris Fenwray called mayor Olwen Tarrant on Monday. \"We have never lost pontoons before,\" Fenwray said.\n")
	for _, tc := range []struct{ q, want string }{
		{"did fenwray say anything", "fenwray"},
		{"has fenwray commented", "fenwray"},
		{"did fenwray tell tarrant about the pontoons", "fenwray"},
		{"did fenwray tell tarrant that the quay was shut", "fenwray"},
		{"did fenwray call tarrant a liar", "fenwray"},
		{"is fenwray saying anything", "fenwray"},
		{"did fenwray call tarrant", ""},            // a call: a deed
		{"did fenwray call tarrant yet or nah", ""}, // a tag after the person
		{"did fenwray thank the firefighters", ""},
		{"did fenwray call tarrant during the storm", ""}, // when, not what
		{"did fenwray tell tarrant about the storm", "fenwray"},
		{"did fenwray ask them", ""},
		{"was fenwray ever asked", ""}, // passive: spoken to
		{"did fenwray call it", "fenwray"},
		{"did fenwray", ""},
		{"", ""},
		{"did fenwray tell tarrant — £5 café’s", "fenwray"},
		// a clause or topic after a phrase of when keeps it speech
		{"did fenwray warn tarrant after the gale that the slipway had cracked", "fenwray"},
		{"did fenwray speak to the crews during the gale about the moorings", "fenwray"},
		{"did fenwray tell tarrant anything", "fenwray"},  // "anything" a tag only after "or" (kinds.txt): the thing told (final re-read 16C A2)
		{"did fenwray call tarrant during that gale", ""}, // "that" after "during": a determiner, no clause
		{"did fenwray call tarrant after that", ""},
		{"did fenwray call tarrant last week", ""},
		// a phrase of time's word says when only where the phrase stands
		// ("the *two* skippers" is no part of "two days ago")
		{"did fenwray call the two skippers two days ago", ""},
		// a topic in place of the person
		{"did fenwray comment on portwick", "fenwray"},
		{"did fenwray speak about tarrant", "fenwray"},
		// any preposition of a topic, as kinds.txt's [topic-prepositions]
		// lists them, not "about" and "on" alone
		{"did fenwray speak of tarrant", "fenwray"},
		{"did fenwray comment regarding the two skippers", "fenwray"},
		{"did fenwray speak to tarrant", ""}, // to whom, no topic
		// a phrasal verb WordNet gives a verb of saying for
		{"did fenwray talk about the moorings", "fenwray"},
		{"did the talks about the moorings fail", ""}, // a noun after "the": no verb of saying
		{"did the official talk about the moorings", "the official"},
		{"did fenwray talk to tarrant", ""},
		// no passive without a participle
		{"is fenwray going to say anything", "fenwray"},
		{"was fenwray right to say that", "fenwray"},
		{"is the harbour master going to comment", "the harbour master"}, // the window widened by the words cut
		{"did the harbour master and the mayor comment", ""},             // past the window
		{"was fenwray told", ""},
		{"is to say", ""},
		// an adverb between the subject and the verb of saying is of
		// neither (lexicon.IsAdverb)
		{"did fenwray ever say anything", "fenwray"},
		{"has fenwray actually commented", "fenwray"},
		{"did the harbour master really ever say that", "the harbour master"},
		{"did fenwray not say anything", "fenwray"},
		// an adverb after a determiner is the phrase's head, the
		// speaker's own; after a noun that is an adjective too, an adverb
		{"did the right say anything", "the right"},
		{"did the official ever say anything", "the official"},
		{"did the general publicly say anything", "the general"},
		// the verb that takes the verb of saying, with its particle, is
		// no part of the speaker (catenativeStart, as whySpeaker reads it)
		{"did fenwray go on to say the quay was shut", "fenwray"},
		{"did the harbour master go on to say that", "the harbour master"},
		{"did fenwray continue to say that", "fenwray"},
		{"did fenwray refuse to say anything", "fenwray"},
		{"did fenwray keep saying the quay was shut", "fenwray"},
		{"did fenwray keep on saying that", "fenwray"},
	} {
		q := e.analyse(tc.q)
		if got := askedSpeaker(&q); got != tc.want {
			t.Errorf("askedSpeaker(%q) = %q; want %q", tc.q, got, tc.want)
		}
	}
	wantAnswered(t, e, "what did fenwray ever say about pontoons") // the speaker "fenwray", not "fenwray ever"
}

// TestSpeechAdverbs: an adverb between a yes/no question's speaker and its
// verb of saying ("did fenwray *ever* say") says whether or how the words
// were said, no word of them: it is no term the passage must hold.
func TestSpeechAdverbs(t *testing.T) {
	e := engineOfText(t, "---\nid: h\nheadline: Storm closes Portwick harbour\n---\n"+
		"Harbour master Idris Fenwray said the quay would shut on Monday.\n\n"+
		"The mayor, Olwen Tarrant, has ever since asked for a review of the moorings.\n")
	for _, tc := range []struct {
		q, adverb string
		dropped   bool
	}{
		{"did fenwray ever say the quay would shut", "ever", true},
		{"has fenwray actually said the quay would shut", "actually", true},
		{"did fenwray say the quay would ever shut", "ever", false}, // after the verb: of what was said
		{"was the quay ever shut", "ever", false},                   // no verb of saying
		{"did fenwray not say the quay would shut", "not", false},   // a denial asked of: a term
		{"did fenwray never say the quay would shut", "never", false},
	} {
		q := e.analyse(tc.q)
		has := slices.ContainsFunc(q.terms, func(t qterm) bool { return t.word == tc.adverb })
		if has == tc.dropped {
			t.Errorf("analyse(%q): term %q kept = %v; want %v", tc.q, tc.adverb, has, !tc.dropped)
		}
	}
	wantAnswered(t, e, "did fenwray ever say the quay would shut")
	// he said it: a question asked of his denial is not answered "No"
	for _, q := range []string{"did fenwray not say the quay would shut", "did fenwray never say the quay would shut"} {
		if a, err := e.Ask(context.Background(), q); err != nil || a.Verdict == "No" {
			t.Errorf("Ask(%q) = verdict %q, %v; want no \"No\": Fenwray said it", q, a.Verdict, err)
		}
	}
}
