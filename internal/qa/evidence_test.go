package qa

import (
	"context"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestUnknownShareSoft: a word no article uses counts as evidence that the
// articles do not cover the question only as far as they do not say it in
// other words either: "detained" (GloVe puts the articles' "arrested"
// near) weighs far less than "baptized", which nothing in them is near.
func TestUnknownShareSoft(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Unrest
---
Police arrested 27 people for looting shops in the city centre on Tuesday night.
`)
	share := func(text string) float64 {
		q := e.analyse(text)
		hits, err := e.s.Search(context.Background(), e.query(&q))
		if err != nil || len(hits) == 0 {
			t.Fatalf("%q: no candidate (%v)", text, err)
		}
		cands := e.rank(&q, hits)
		return e.evidenceFeatures(&q, cands[0])[eUnknownShare]
	}
	said, unsaid := share("how many people were detained"), share("how many people were baptized")
	if unsaid == 0 || said >= 0.6*unsaid {
		t.Errorf("unknown share: %.3f for a word the articles say otherwise, %.3f for one they do not; want the first far below", said, unsaid)
	}
}

// TestSpeaksOfProspect: a sentence speaks of what is yet to happen by a
// modal or a word of plan, or by an undertaking: a verb in the past, "to"
// and a verb ("committed to sending", "agreed to establish"), or by any
// infinitive ("readiness for Germany to contribute troops"), or by a verb
// of anticipation ("a declaration that foresees allies deploying troops");
// not by a past fact ("went to Paris", "used to live").
func TestSpeaksOfProspect(t *testing.T) {
	for text, want := range map[string]bool{
		"France and the United Kingdom separately committed to sending troops.": true,
		"The allies agreed to establish a coordination cell.":                   true,
		"The force would be based in a neighbouring country.":                   true,
		"The envoys went to Paris on Tuesday.":                                  false,
		"Rescuers pulled a girl from the rubble.":                               false,
		"Merz expressed readiness for Germany to contribute troops.":            true,
		"She used to live by the river.":                                        false,
		"Officials had to leave the building.":                                  false,
		"The declaration foresees European allies deploying troops.":            true,
		"The plan envisages monitors along the line.":                           true,
	} {
		if got := speaksOfProspect(text); got != want {
			t.Errorf("speaksOfProspect(%q) = %v; want %v", text, got, want)
		}
	}
}

// TestUnknownKindOfFocus: a question about a kind of thing no article
// speaks of, named by a word before the noun asked about ("the best
// *pizza* place"), is declined, where one about a kind they do speak of
// ("the best *coffee* place") is answered.
func TestUnknownKindOfFocus(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Town fair opens\n---\n"+
		"The best coffee place in town is the kiosk on the main square, said the mayor.\n"+
		"The fair opened on Monday with a parade through town.\n")
	wantDeclined(t, e, "whats the best pizza place in town")
	if a := mustAsk(t, e, "whats the best coffee place in town"); !a.Answered {
		t.Errorf("coffee place: declined; want an answer")
	}
}

// TestHowLongNeedsDuration: "how long" is declined where the passage that
// matches it holds no duration nor date ("how long has merz been
// chancellor" is not answered by what the chancellor said), and answered
// where one does.
func TestHowLongNeedsDuration(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Leaders meet\n---\n"+
		"Chancellor Friedrich Merz said German forces could join to monitor a ceasefire.\n"+
		"The guarantees would run for an initial 15-year term, officials said.\n")
	wantDeclined(t, e, "how long has merz been chancellor")
	wantShorts(t, e, []askedShort{{"how long would the guarantees run", "15-year"}})
}

// TestDayNamedOnlyAround: a count asked "on wednesday" is not declined for
// want of the day in its sentence, where the sentence before gives it.
func TestDayNamedOnlyAround(t *testing.T) {
	e := engineOfText(t, "---\nid: s\nheadline: Rail strike\n---\n"+
		"By Wednesday the walkout had spread to the freight depots.\n"+
		"The company cancelled 7,600 services, fewer than before.\n"+
		"Commuters queued for buses in Brennport.\n")
	wantShorts(t, e, []askedShort{{"how many services were cancelled on wednesday", "7,600"}})
}

// TestCountMissingGraded: "how many" weighs against answering fully when
// the best passage counts nothing asked about, half when it counts the
// noun asked about in a clause that says nothing near what the question
// says of it ("walked off the job" for "stopped working"), not at all when
// it says that too.
func TestCountMissingGraded(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Strike
---
About 2,400 dock workers walked off the job at the port on Monday.

About 300 cranes stood idle at the port on Monday.
`)
	missing := func(text string) float64 {
		q := e.analyse(text)
		hits, err := e.s.Search(context.Background(), e.query(&q))
		if err != nil || len(hits) == 0 {
			t.Fatalf("%q: no candidate (%v)", text, err)
		}
		return e.evidenceFeatures(&q, e.rank(&q, hits)[0])[eCountMissing]
	}
	for q, want := range map[string]float64{
		"how many dock workers walked off the job": 0,
		"how many dock workers stopped working":    0.5,
		"how many ships sat idle at the port":      1,
	} {
		if got := missing(q); got != want {
			t.Errorf("count missing for %q = %.2f; want %.2f", q, got, want)
		}
	}
}

// TestExactShareDerivedForm: a word of the question the best passage
// holds in another form of it ("apology" where it says "apologised") is
// held as typed for the exact share, as a word it lacks is not.
func TestExactShareDerivedForm(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Outage
---
The airline's chief executive apologised to customers in a video on Friday.
`)
	share := func(text string) float64 {
		q := e.analyse(text)
		hits, err := e.s.Search(context.Background(), e.query(&q))
		if err != nil || len(hits) == 0 {
			t.Fatalf("%q: no candidate (%v)", text, err)
		}
		return e.evidenceFeatures(&q, e.rank(&q, hits)[0])[eExactShare]
	}
	if got, other := share("what did the airline apology video say"), share("what did the airline refund video say"); got <= other {
		t.Errorf("exact share with the apology apologised = %.2f; want more than with a refund it never gives (%.2f)", got, other)
	}
}

// TestFocusListedThings: a general noun for things no article uses ("what
// *gear* did the teams bring") is answered by a passage listing things of
// its kind (WordNet's [physical] nouns near it in meaning: "listening
// devices, thermal cameras and cutting tools"), so it weighs nothing
// against answering there, and the list is the answer, not the names
// beside it ("Japan and Peru"); it still weighs where the list is of other
// things ("which *hotel*").
func TestFocusListedThings(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Rescue teams arrive\n---\n"+
		"Rescue teams from Japan and Peru landed at the airport with listening devices, thermal cameras and cutting tools.\n")
	focus := func(text string) float64 { return focusUnknownOf(t, e, text) }
	if got := focus("what gear did the rescue teams bring"); got != 0 {
		t.Errorf("focus unknown for gear the passage lists = %.2f; want 0", got)
	}
	if got := focus("which hotel did the rescue teams stay at"); got == 0 {
		t.Errorf("focus unknown for a hotel no passage names = 0; want more")
	}
	wantShorts(t, e, []askedShort{{"what gear did the rescue teams bring", "listening devices, thermal cameras and cutting tools"}})
}

// TestFocusListedSameClass: the list's items are of the kind the noun asked
// about names only where they are nouns of its class (WordNet's: things,
// texts, events, or none of them, as "parties" and "organisations" are):
// "which parties attended" is answered by "41 countries and 12
// international organisations", not by "trucks and cranes".
func TestFocusListedSameClass(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Donors meet\n---\n"+
		"Delegations from 41 countries and 12 international organisations attended the donors meeting.\n"+
		"Trucks and cranes waited outside the donors meeting.\n")
	focus := func(text string) float64 { return focusUnknownOf(t, e, text) }
	if got := focus("which parties attended the donors meeting"); got != 0 {
		t.Errorf("focus unknown for parties the passage lists = %.2f; want 0", got)
	}
	if focusListed(new(e.analyse("which parties waited")), "Trucks and cranes waited outside.") {
		t.Errorf("trucks and cranes taken for parties")
	}
}

// TestFocusSaidOtherwise: a noun asked about that no article uses, said in
// the best passage by a word of theirs near it in meaning ("whats the *job*
// of rosa mamani": "who was *working* the night shift"), weighs nothing
// against answering there; one it does not say otherwise ("salary") still
// weighs.
func TestFocusSaidOtherwise(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Families wait\n---\n"+
		"Rosa Mamani, 67, has been waiting outside the arcade for news of her son, who was working the night shift.\n")
	focus := func(text string) float64 { return focusUnknownOf(t, e, text) }
	if got := focus("whats the job of rosa mamanis son"); got != 0 {
		t.Errorf("focus unknown for a job the passage says as working = %.2f; want 0", got)
	}
	if got := focus("whats the salary of rosa mamanis son"); got == 0 {
		t.Errorf("focus unknown for a salary no passage speaks of = 0; want more")
	}
}

// focusUnknownOf is the focus_unknown evidence of a question against its
// best passage.
func focusUnknownOf(t *testing.T, e *Engine, text string) float64 {
	t.Helper()
	q := e.analyse(text)
	hits, err := e.s.Search(context.Background(), e.query(&q))
	if err != nil || len(hits) == 0 {
		t.Fatalf("%q: no candidate (%v)", text, err)
	}
	return e.evidenceFeatures(&q, e.rank(&q, hits)[0])[eFocusUnknown]
}

// TestAskerVerbWeighsLess: a verb no article uses, in a question whose
// other words the articles use, is the asker's wording of what a passage
// tells, and weighs less in the unknown share; not where a noun of the
// question is unknown too (another subject).
func TestAskerVerbWeighsLess(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Barge freed\n---\n"+
		"The grain barge struck the eastern bank at 3:40 a.m. on Tuesday.\n"+
		"Tugs pulled the barge free on Saturday after dredgers removed sand from the bank.\n")
	scale := func(text, word string) float64 {
		q := e.analyse(text)
		for _, tm := range q.terms {
			if strings.EqualFold(tm.word, word) {
				if !tm.unknown {
					t.Fatalf("%q: %s known; want unknown", text, word)
				}
				return unknownScale(&q, tm, verbsOnlyUnknown(&q))
			}
		}
		t.Fatalf("%q: no term %s", text, word)
		return 0
	}
	verb := scale("what time did the barge plow into the bank", "plow")
	other := scale("what time did the barge plow into the jetty", "plow")
	if verb >= other {
		t.Errorf("scale of the asker's verb %.2f with the articles' nouns; want below %.2f, its scale beside an unknown noun", verb, other)
	}
	if a := mustAsk(t, e, "what time did the barge plow into the bank"); !a.Answered {
		t.Errorf("plow into the bank: declined; want answered")
	}
	// a word WordNet has as a verb, standing as a noun, is no verb
	for _, c := range []struct{ text, word string }{{"did the new gear reach the barge", "gear"}, {"did the fix hold on the barge", "fix"}, {"did the fast fix hold on the barge", "fix"}, {"did the only fix hold on the barge", "fix"}} {
		q := e.analyse(c.text)
		for _, tm := range q.terms {
			if strings.EqualFold(tm.word, c.word) && usedAsVerb(&q, tm) {
				t.Errorf("%q: %s read as a verb; want a noun", c.text, c.word)
			}
		}
	}
}

// TestFocusListedRanks: a general noun no article uses ("gear") is
// answered by the passage that lists things of its kind: its answer type
// is found there, as rank weighs it; a noun of no class WordNet gives
// ("party") is not read so.
func TestFocusListedRanks(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Clean-up begins\n---\n"+
		"Volunteers who came to help on Monday were thanked by the mayor.\n"+
		"Officials told volunteers to wear gloves, boots and masks.\n")
	q := e.analyse("what gear do volunteers need")
	hits, err := e.s.Search(context.Background(), e.query(&q))
	if err != nil || len(hits) == 0 {
		t.Fatalf("no candidate (%v)", err)
	}
	cands := e.rank(&q, hits)
	if top := cands[0]; !strings.Contains(top.p.Text, "gloves") || top.typeOK != 1 {
		t.Errorf("top passage %q, type %.1f; want the one that lists gloves, boots and masks, type 1", top.p.Text, top.typeOK)
	}
	for _, c := range cands[1:] {
		if c.typeOK == 1 {
			t.Errorf("%q: type 1; want less (it lists no gear)", c.p.Text)
		}
	}
	if focusListedKind(new(e.analyse("what party did the volunteers join")), "Volunteers from unions, charities and churches came.") {
		t.Errorf("party: listed; want not (no class of noun)")
	}
}

// TestFocusSaidElsewhere: a noun asked about that the articles say in
// other words, though not in the best passage ("fix" for their "repair"),
// counts half as much against it as one nothing in them is near.
func TestFocusSaidElsewhere(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Bridge shut\n---\n"+
		"Engineers said the bridge would need a costly repair.\n"+
		"In 2019 consultants told the council to bolt steel plates across the welds.\n")
	fix := focusUnknownOf(t, e, "what fix did the consultants tell the council to make in 2019")
	salary := focusUnknownOf(t, e, "what salary did the consultants tell the council to pay in 2019")
	if fix <= 0 || fix > 0.3 {
		t.Errorf("focus unknown for a fix the articles call a repair = %.2f; want above 0, at most 0.3", fix)
	}
	if salary < 0.9 {
		t.Errorf("focus unknown for a salary nothing in the articles is near = %.2f; want 0.9 or more", salary)
	}
	// "which fix" asks for one by name: a passage that does not speak
	// of fixes names none
	if which := focusUnknownOf(t, e, "which fix did the consultants tell the council to make in 2019"); which <= fix {
		t.Errorf("focus unknown for which fix = %.2f; want more than %.2f", which, fix)
	}
}

// TestFutureUnmet: the abstention feature reads a question of what is to
// come in any clause; prospectUnmet, the same test, only in the main one
// ("… before it will agree" asks what is insisted on now). A passage
// that speaks of what is to come meets both.
func TestFutureUnmet(t *testing.T) {
	e := testEngine(t)
	was := &cand{p: corpus.Passage{Text: "The ferry line cut its timetable in March."}}
	will := &cand{p: corpus.Passage{Text: "The ferry line will cut its timetable next month."}}
	for _, tc := range []struct {
		q                        string
		future, prospect, either bool
	}{
		{"will the ferry line cut its timetable", true, true, false},
		{"what does the ferry line want before it will cut the timetable", true, false, false},
		{"did the ferry line cut its timetable", false, false, false},
	} {
		q := new(e.analyse(tc.q))
		if got := futureUnmet(q, was); got != tc.future {
			t.Errorf("futureUnmet(%q, was) = %v; want %v", tc.q, got, tc.future)
		}
		if got := prospectUnmet(q, was); got != tc.prospect {
			t.Errorf("prospectUnmet(%q, was) = %v; want %v", tc.q, got, tc.prospect)
		}
		if futureUnmet(q, will) != tc.either || prospectUnmet(q, will) != tc.either {
			t.Errorf("%q: a passage of what is to come meets it", tc.q)
		}
	}
}
