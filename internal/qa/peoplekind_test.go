package qa

import (
	"slices"
	"strings"
	"testing"
)

// TestPeopleByKind: a number of a kind of person ("dock workers",
// "passengers") counts the people a "how many people" question asks
// about where its clause says the question's verb, less surely than a
// count of people; not where a modifier narrows the people asked about,
// nor where the clause says another deed, whatever else of the question
// it holds ("after the warehouse fire" for "how many people died in the
// warehouse fire").
func TestPeopleByKind(t *testing.T) {
	e := engineOfText(t, "---\nid: l\nheadline: Strike\n---\nThe strike began. The office staff stayed at work.\n")
	for _, tc := range []struct {
		question, passage string
		want              float64
	}{
		{"how many ppl walked out on monday", "About 900 mill workers at the plant walked off the job on Monday.", kindCounted},
		{"how many people walked out on monday", "About 900 people at the plant walked off the job on Monday.", 1},
		{"how many ppl got rescued from the flats", "Three tenants were treated for smoke after being rescued.", kindCounted},
		{"how many ppl got rescued from the flats", "Crews had rescued 40 people from the flats by noon.", 1},
		{"how many ppl walked out on monday", "About 900 mill workers at the plant were paid on Monday.", 0.5},
		{"how many office ppl walked out on monday", "About 900 mill workers at the plant walked off the job on Monday.", 0.5},
		{"how many ppl died in the crash", "Four passengers were killed in the crash on Monday.", kindCounted},
		{"how many people died in the warehouse blaze", "Four firefighters were treated for smoke inhalation after the warehouse blaze on Monday.", 0.5},
		{"how many people died in the warehouse fire", "Four firefighters were treated for smoke inhalation after the warehouse fire on Monday.", 0.5},
		{"how many ppl were hurt in the warehouse fire", "Four firefighters were treated for smoke inhalation after the warehouse fire on Monday.", 0.5},
		// a later verb of the question says the deed too, a later noun not
		{"how many people showed up to vote", "About 9,000 residents voted on Monday.", kindCounted},
		{"how many people turned out and voted", "About 9,000 residents voted on Monday.", kindCounted},
	} {
		q := e.analyse(tc.question)
		if got := e.typeFigure(&q, parsedCand(t, e, tc.passage)); got != tc.want {
			t.Errorf("typeFigure(%q, %q) = %v; want %v", tc.question, tc.passage, got, tc.want)
		}
	}
}

// TestPeopleByKindAnswered: the count of a kind of person answers "how
// many people", its figure the answer.
func TestPeopleByKindAnswered(t *testing.T) {
	e := engineOfText(t, `---
id: s
headline: Mill strike begins
---
ORDWICK — About 900 mill workers at the Ordwick plant walked off the job at 6 a.m. on Monday, starting a seven-day strike that has brought the region's largest paper mill to a standstill.

The plant made 3.2 million rolls of paper last year. It employs about 1,400 people directly, making it the largest private employer in the region.

The company said talks would resume on Thursday.
`)
	a := mustAsk(t, e, "how many ppl walked out on monday")
	if !a.Answered || !strings.Contains(a.Short, "900") {
		t.Errorf("how many ppl walked out: answered %v, short %q; want the 900 mill workers", a.Answered, a.Short)
	}
}

// TestDeedAtLaterVerbs: the clause of a count says the question's deed by
// a later verb of the question ("turned up to *watch*": "watched"), not
// by a later noun ("the warehouse *fire*"), as the count of a kind of
// person reads them (laterVerbs; final re-read 25A F8: deedAt read "fire"
// after "warehouse" as a verb); a verb after a particle ("ended *up*
// digging") or a clause's subject ("before *it* came") is still a verb.
func TestDeedAtLaterVerbs(t *testing.T) {
	e := engineOfText(t, "---\nid: l\nheadline: Strike\n---\nThe strike began. The office staff stayed at work.\n")
	for _, tc := range []struct {
		question, passage string
		want              int
	}{
		{"how many people died in the warehouse fire", "Four people were treated for smoke inhalation after the warehouse fire on Monday.", 0},
		{"how many ppl turned up to watch", "About 300 people watched from the bank.", 2},
	} {
		q := e.analyse(tc.question)
		at := max(strings.IndexFunc(tc.passage, func(r rune) bool { return r >= '0' && r <= '9' }), 0)
		if got := e.deedAt(&q, tc.passage, span{at, at + 4}, q.countVerb); got != tc.want {
			t.Errorf("deedAt(%q, %q) = %d; want %d", tc.question, tc.passage, got, tc.want)
		}
	}
	for _, tc := range []struct {
		question string
		vi       int
		want     []string
	}{
		{"how much mud did they end up digging away before it came free", 1, []string{"digging", "came", "free"}},
		{"how many people died in the warehouse fire", 1, nil},
		{"how many people showed up to vote", 1, []string{"vote"}},
		{"how many people have died over protests", 1, nil}, // ("over protests" a phrase: 25D F5)
	} {
		q := e.analyse(tc.question)
		var got []string
		for _, t := range q.laterVerbs(tc.vi) {
			got = append(got, t.word)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("laterVerbs(%q, %d) = %q; want %q (terms %v)", tc.question, tc.vi, got, tc.want, q.terms)
		}
	}
}
