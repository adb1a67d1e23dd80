package qa

import (
	"context"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// whyEngine is an engine over one article of body, for the "why" tests.
func whyEngine(t *testing.T, body string) *Engine {
	t.Helper()
	a, err := corpus.Parse("w.md", []byte("---\nid: w\nheadline: Barge sinks in harbour\n---\n"+body+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.New(a)
	if err != nil {
		t.Fatal(err)
	}
	return engineOver(t, c)
}

// TestToldWhen: a weak cue right after a verb of saying gives when the
// words were said ("the mayor said after touring the quay"), no reason
// for what they say; after a comma, or opened by a strong cue, it is one.
func TestToldWhen(t *testing.T) {
	for _, tc := range []struct {
		text, reason string
		strong, want bool
	}{
		{"The harbour will stay shut, the mayor said after touring the quay.", "after touring the quay", false, true},
		{"The harbour closed after the barge sank.", "after the barge sank", false, false},
		{"The mayor said, after the barge sank, that the harbour would close.", "after the barge sank", false, false},
		{"The harbour closed, she said because of the wreck.", "because of the wreck", true, false},
	} {
		i := strings.Index(tc.text, tc.reason)
		r := reasonSpan{span{i, i + len(tc.reason)}, tc.strong}
		if got := toldWhen(tc.text, r); got != tc.want {
			t.Errorf("toldWhen(%q, %q) = %v; want %v", tc.text, tc.reason, got, tc.want)
		}
	}
}

// TestFirstClauseEnd: a first clause too long for a short answer ends
// where "and" opens a clause on a pronoun of its own; a short one, or one
// whose "and" joins two nouns, is left to clauseEnd.
func TestFirstClauseEnd(t *testing.T) {
	for s, want := range map[string]string{
		"Seals breed on the rocks just outside the harbour wall and they will not move until June.": "Seals breed on the rocks just outside the harbour wall",
		"Seals and gulls breed there.": "Seals and gulls breed there",
	} {
		if got := s[:firstClauseEnd(s)]; got != want {
			t.Errorf("firstClauseEnd(%q): %q; want %q", s, got, want)
		}
	}
}

// TestWhyStanceThenQuote: a quotation that states a stance, told "after"
// a visit, is followed by the sentence of the quotation that says why:
// that sentence's first clause is the short answer, not the stance.
func TestWhyStanceThenQuote(t *testing.T) {
	e := whyEngine(t, "OSTBY — A barge carrying gravel sank in Ostby harbour on Monday, the port authority said.\n\n"+
		"Divers will inspect the hull on Wednesday, the authority said.\n\n"+
		"\"The wreck is small and it is stable, but we are treating it as urgent,\" harbour master Lena Vik said after touring the quay. "+
		"\"Seals breed on the rocks just outside the harbour wall and they will not move until June.\"")
	a, err := e.Ask(context.Background(), "why is vik so worried about the wreck")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Short, "Seals breed on the rocks") {
		t.Errorf("short answer %q; want the reason the next sentence gives, \"Seals breed on the rocks …\"", a.Short)
	}
}

// TestPastReasonCue: a reason a word or two too long for a short answer
// goes without the cue that opens it, the longest that does ("because
// of" before "because"); a clause no cue opens is kept.
func TestPastReasonCue(t *testing.T) {
	for clause, want := range map[string]string{
		"because the ferry company had moved every sailing to the north pier for repairs": "the ferry company had moved every sailing to the north pier for repairs",
		"because of a broken pump": "a broken pump",
		"the pump broke on Monday": "",
	} {
		got, ok := pastReasonCue(clause)
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("pastReasonCue(%q) = %q; want %q", clause, got, want)
		}
	}
	e := whyEngine(t, "OSTBY — Ferries left from the north pier on Monday, because the harbour board had moved every sailing away from the south quay.")
	a, err := e.Ask(context.Background(), "why did ferries leave from the north pier")
	if err != nil {
		t.Fatal(err)
	}
	if want := "the harbour board had moved every sailing away from the south quay"; !strings.Contains(a.Short, want) {
		t.Errorf("short answer %q; want %q in it", a.Short, want)
	}
}

// TestFearedClause: "fear" before a clause gives what is feared, the
// cause a why question about the feeling asks for; the noun ("the fear
// of flooding") gives none.
func TestFearedClause(t *testing.T) {
	cue := func(text string) bool {
		lower := strings.ToLower(text)
		i := strings.Index(lower, " fear")
		return reasonCue(text, lower, i+1, strings.Fields(lower[i+1:])[0])
	}
	for text, want := range map[string]bool{
		"Fishermen fear they will lose the whole season.": true,
		"Fishermen fear that the ban will last.":          true,
		"The fear of flooding kept buyers away.":          false,
		"Their fears grew.":                               false,
	} {
		if got := cue(text); got != want {
			t.Errorf("reasonCue(%q, fear…) = %v; want %v", text, got, want)
		}
	}
	e := whyEngine(t, "OSTBY — Fishermen in Ostby say they fear they will lose the whole season to the harbour closure, which could last until June.")
	a, err := e.Ask(context.Background(), "why are the fishermen so scared of the closure")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Short, "they will lose the whole season") {
		t.Errorf("short answer %q; want what they fear, \"they will lose the whole season …\"", a.Short)
	}
}

// TestAskedToNoPurpose: "to" right after a verb of asking opens what was
// asked ("were asked to sign"), no purpose; after another past verb it is
// one ("gathered to protest").
func TestAskedToNoPurpose(t *testing.T) {
	for text, want := range map[string]bool{
		"Residents were asked to sign a petition against the closure.": false,
		"The crews were told to leave the quay at once.":               false,
		"Residents gathered to protest against the closure.":           true,
	} {
		lower := strings.ToLower(text)
		if got := reasonCue(text, lower, strings.Index(lower, " to ")+1, "to"); got != want {
			t.Errorf("reasonCue(%q, to) = %v; want %v", text, got, want)
		}
	}
}

// TestSoThatCause: "so long that …" gives back to its cause, the clause
// before "that", when the result clause holds what is asked why of;
// a "so" that opens no result ("so far") gives none.
func TestSoThatCause(t *testing.T) {
	e := whyEngine(t, "OSTBY — The ferries have been idle for so long that their owners have laid off half the crews.")
	a, err := e.Ask(context.Background(), "why did the owners lay off crews")
	if err != nil {
		t.Fatal(err)
	}
	if want := "The ferries have been idle for so long"; !strings.Contains(a.Short, want) {
		t.Errorf("short answer %q; want %q", a.Short, want)
	}
	// "so" with no word of degree after it opens no result
	text := "The council did so knowing that the owners would lay off half the crews."
	at := strings.Index(text, "owners")
	if r, ok := soThatCause(text, strings.ToLower(text), []span{{at, at + len("owners")}}); ok {
		t.Errorf("soThatCause(%q) = %q; want none", text, text[r.start:r.end])
	}
}

// TestWhyBodyOverBullet: a bullet that only states what was done ("Harbour
// Bank: a loan …") gives way, for "why", to a body sentence of its article
// that scores nearly as well, though it gives no reason by a cue itself
// (its next sentence may); a body top, or a body sentence far below, stays
// where it is.
func TestWhyBodyOverBullet(t *testing.T) {
	body := "- Harbour Bank: a $300 million loan.\n\n" +
		"Anna Berg, who heads lending at the Harbour Bank, defended the loan to the port authority."
	e := whyEngine(t, body)
	a, err := corpus.Parse("w.md", []byte("---\nid: w\nheadline: Barge sinks in harbour\n---\n"+body+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	var bullet, sentence corpus.Passage
	for _, p := range a.Passages {
		switch {
		case p.Kind == corpus.KindBullet:
			bullet = p
		case p.Kind == corpus.KindBody && strings.HasPrefix(p.Text, "Anna Berg"):
			sentence = p
		}
	}
	if bullet.Text == "" || sentence.Text == "" {
		t.Fatalf("passages %+v: want a bullet and a body sentence", a.Passages)
	}
	q := e.analyse("why does the harbour bank think the loan is fine")
	for _, tc := range []struct {
		topKind corpus.Kind
		score   float64
		want    string
	}{
		{corpus.KindBullet, 0.85, "Anna Berg"},
		{corpus.KindBullet, 0.5, "Harbour Bank:"},
		{corpus.KindBody, 0.85, "Harbour Bank:"},
	} {
		top := &cand{a: a, p: bullet, toks: e.analyze(bullet.Text), score: 1, cov: 1, entOK: true}
		top.p.Kind = tc.topKind
		c := &cand{a: a, p: sentence, toks: e.analyze(sentence.Text), score: tc.score, cov: 0.9, entOK: true}
		got := e.preferReasons(&q, []*cand{top, c})
		if !strings.HasPrefix(got[0].p.Text, tc.want) {
			t.Errorf("top %s, rival at %.2f: first %q; want %q", tc.topKind, tc.score, got[0].p.Text, tc.want)
		}
	}
}

// TestWhyCauseOverBodyRival: over a headline that gives no reason, a close
// sentence whose cause stands right after the question's words goes first,
// before a body sentence that only restates the headline.
func TestWhyCauseOverBodyRival(t *testing.T) {
	body := "Flights were cancelled at Brantwick airport on Monday.\n\n" +
		"Several flights were cancelled because crews could not be assigned."
	e := whyEngine(t, body)
	a, err := corpus.Parse("w.md", []byte("---\nid: w\nheadline: Flights cancelled at Brantwick\n---\n"+body+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	var head, restates, cause corpus.Passage
	for _, p := range a.Passages {
		switch {
		case p.Kind == corpus.KindHeadline:
			head = p
		case strings.HasPrefix(p.Text, "Flights were"):
			restates = p
		case strings.HasPrefix(p.Text, "Several"):
			cause = p
		}
	}
	if head.Text == "" || restates.Text == "" || cause.Text == "" {
		t.Fatalf("passages %+v: want a headline and two body sentences", a.Passages)
	}
	q := e.analyse("why were flights cancelled at brantwick")
	cands := []*cand{
		{a: a, p: head, toks: e.analyze(head.Text), score: 1, cov: 1, entOK: true},
		{a: a, p: restates, toks: e.analyze(restates.Text), score: 0.9, cov: 1, entOK: true},
		{a: a, p: cause, toks: e.analyze(cause.Text), score: 0.5, cov: 0.5, entOK: true},
	}
	if got := e.preferReasons(&q, cands); !strings.HasPrefix(got[0].p.Text, "Several") {
		t.Errorf("first %q; want the sentence that gives the cause", got[0].p.Text)
	}
}
