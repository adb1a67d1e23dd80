package qa

import (
	"context"
	"strings"
	"testing"
)

// TestAcronyms: an acronym the articles never use finds the name whose
// initials it is; one they use is itself.
func TestAcronyms(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Donors Meet In Rome
---
The World Food Programme sent 40 tonnes of flour to the city on Monday.
The Red Cross opened two clinics near the harbour.
Officials said the port would reopen within a week.
`)
	if got := e.acronyms["wfp"]; len(got) != 3 {
		t.Fatalf("acronyms[wfp] = %v; want the three words of World Food Programme", got)
	}
	a, err := e.Ask(context.Background(), "what did the WFP send")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Answered || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "World Food Programme") {
		t.Errorf("Ask(what did the WFP send) = answered %v, %q; want the World Food Programme's sentence", a.Answered, a.Headline())
	}
	for k := range e.acronyms {
		if len([]rune(k)) < 2 {
			t.Errorf("acronym %q from a one-word name", k)
		}
	}
}

// TestCommonWordNoAcronym: a common English word typed in lower case is
// itself, not the initials of a name the articles use ("go" is no "Glaring
// Omission"); typed in capitals, it may be.
func TestCommonWordNoAcronym(t *testing.T) {
	e := testEngine(t)
	q := e.analyse("what stuff did zelensky go over with starmer")
	for _, term := range q.terms {
		if strings.EqualFold(term.word, "go") && term.entity {
			t.Errorf("%q: %q read as a name (alternatives %v)", q.text, term.word, term.alts)
		}
	}
}

// TestAcronymWhole: initials written with stops stand for words of their
// own ("U.S. Geological Survey" is the USGS); an acronym matches a passage
// only as far as it holds every word of its name, so "development banks"
// is not the Inter-American Development Bank; and what a body the initials
// name said is asked of whoever speaks for it.
func TestAcronymWhole(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Donors Meet
---
Governments and development banks pledged about $900 million on Thursday for the recovery.
The largest pledges announced at the conference were:
- Inter-American Development Bank: $250 million in loans and grants.
- World Bank: a $300 million loan for housing.
- Japan: $75 million, pledged on top of a rescue team.
The U.S. Geological Survey measured the quake at magnitude 7.0.
Aid groups said the pledges were slow to arrive last year.
`)
	if got := e.acronyms["usgs"]; len(got) != 3 {
		t.Errorf("acronyms[usgs] = %v; want the words of U.S. Geological Survey", got)
	}
	ctx := context.Background()
	for q, want := range map[string]string{
		"how much did the idb pledge":     "Inter-American Development Bank",
		"what did the usgs say":           "Geological Survey",
		"what did the usgs measure it at": "Geological Survey",
	} {
		a, err := e.Ask(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if !a.Answered || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, want) {
			t.Errorf("Ask(%q) = answered %v, %q; want the sentence of %s", q, a.Answered, a.Headline(), want)
		}
	}
}

// TestAcronymWrittenOut: an acronym the articles use stands too for their
// name of its initials, where a passage writes it out: "the CAA" is held by
// "the Civil Aviation Authority", whose sentence answers and is not
// declined for lacking the name.
func TestAcronymWrittenOut(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Regulator Opens Inquiry Into Airline Outage
---
The Civil Aviation Authority (CAA) said on Saturday that it would open a formal inquiry into the outage.
Passengers queued for hours at the airport as flights were cancelled.
The Civil Aviation Authority confirmed that its inquiry would be led by its deputy chair, Margit Sollen.
Airport staff handed out bottled water to stranded travellers.
The authority has a staff of about 900 people.
A spokesman for the airline said the CAA had been informed on Wednesday.
`)
	q := e.analyse("whos leading the caa inquiry")
	var caa *qterm
	for i := range q.terms {
		if q.terms[i].word == "CAA" || q.terms[i].word == "caa" {
			caa = &q.terms[i]
		}
	}
	if caa == nil {
		t.Fatalf("%q: no term for CAA", q.text)
	}
	if len(caa.expansion) != 3 {
		t.Errorf("%q: CAA stands for %v; want the three words of Civil Aviation Authority", q.text, caa.expansion)
	}
	a, err := e.Ask(context.Background(), "whos leading the caa inquiry")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Answered || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "Margit Sollen") {
		t.Errorf("Ask(whos leading the caa inquiry) = answered %v, %q; want the sentence naming Margit Sollen", a.Answered, a.Headline())
	}
}
