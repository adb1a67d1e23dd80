package qa

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/lexicon"
)

func TestCountryUS(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"who were the us envoys", "who were the US envoys"},
		{"did us troops deploy?", "did US troops deploy?"},
		{"can you tell us who came", "can you tell us who came"},
		{"what does it mean for us", "what does it mean for us"},
		{"what did the US say", "what did the US say"},
		{"is Belarus in?", "is Belarus in?"},
		{"usual suspects, thus", "usual suspects, thus"},
		{"", ""},
	} {
		if got := countryUS(tc.in); got != tc.want {
			t.Errorf("countryUS(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestLowerCaseUS: a lower-case "us" asks about the country, a name, as the
// capitalised one does.
func TestLowerCaseUS(t *testing.T) {
	e := testEngine(t)
	country := e.analyze("US")[0].Term
	for _, q := range []string{"Who were the US envoys at the summit?", "who were the us envoys at the summit"} {
		found := false
		for _, qt := range e.analyse(q).terms {
			found = found || qt.term == country && qt.entity
		}
		if !found {
			t.Errorf("analyse(%q) has no term us naming something; want one", q)
		}
	}
}

// TestClaimFrame: "is it true (that)", "true or false" frame a claim and
// are no words of it: the question's terms are the claim's.
func TestClaimFrame(t *testing.T) {
	e := testEngine(t)
	plain := e.analyse("germany will send troops")
	for _, q := range []string{"is it true germany will send troops", "true or false: germany will send troops", "is it correct that germany will send troops", "are you sure that germany will send troops", "are you sure germany will send troops"} {
		got := e.analyse(q)
		if len(got.terms) != len(plain.terms) {
			t.Errorf("%q: %d terms; want the claim's %d", q, len(got.terms), len(plain.terms))
			continue
		}
		for i := range got.terms {
			if got.terms[i].term != plain.terms[i].term {
				t.Errorf("%q: term %q; want %q", q, got.terms[i].term, plain.terms[i].term)
			}
		}
	}
}

func TestFocus(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct{ q, want string }{
		{"Which hotel did the envoys stay at?", "hotel"},
		{"whats the budget for the cell", "budget"},
		{"What is the capital of Australia?", "capit"},
		{"What kind of help did they offer?", "help"},
		{"Which envoy met Macron quickly?", "envoi"},
		{"Which touchy subject was left aside?", ""},
		{"Who refused to deploy troops?", ""},
		{"What did Merz say?", ""},
		{"what else did the army bring besides tents", ""},
		{"which other leaders came", "leader"},
		{"what was the president wearing in calama", "presid"}, // the verb said of the noun ends it, as a past one does
		// a noun that is the subject of the verb whose object "what" is:
		// no noun asked about
		{"what was the president wearing", ""},
		{"what is the monitoring setup supposed to do", ""},
		{"what r the local kids up to", ""},
		{"what r the rescuers looking for in the rubble", ""},
		{"whats the previous article linked at the bottom", "articl"}, // the verb's phrase is whole: it qualifies the noun
		{"whats the road leading to the airport called", "road"},
		{"whats the weather like", "weather"}, // "like" asks what the noun is like
		// "what" as the subject of its verb asks about no noun ("next" is none)
		{"what happens next", ""},
		{"what comes after the ceasefire", ""},
		{"what plans did the allies agree", "plan"},
		// a question that is only a noun phrase asks about its noun, the
		// one before a phrase that qualifies it, whether or not an
		// article uses it
		{"latest coalition statement?", "statement"},
		{"security guarantees", "guarante"},
		{"the best pizza", ""},
		{"best pizza", "pizza"},
		{"troops in ukraine", "troop"},
		{"best empanadas in santiago?", "empanada"},
		// "anyone know a N" asks for an N, as "what is a N" does; a
		// clause after "know" asks what its question word does
		{"anyone know a good pizza place in town", "place"},
		{"u know any decent cafe near the station", "cafe"},
		{"anyone know when the bridge reopens", ""},
		// an irregular past after the noun is its verb, as a regular
		// one is (WordNet's exception lists)
		{"which union leaders sat the meeting out", "leader"},
		{"what is the new plan meant to do", "plan"},
	} {
		if got := e.analyse(tc.q).focus; got != tc.want {
			t.Errorf("analyse(%q).focus = %q; want %q", tc.q, got, tc.want)
		}
	}
}

func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want Kind
	}{
		{"Who refused to deploy troops?", KindWho},
		{"On what day did the talks continue?", KindWhen},
		{"In which city did they meet?", KindWhere},
		{"What did Merz say about compromise?", KindSaid},
		{"How did Macron and Starmer respond?", KindHow},
		{"how do residents get a say in the plan", KindHow}, // "a say": a noun after a determiner, no verb of saying
		{"what did the union have no say over", KindWhat},
		{"what did some say about the plan", KindSaid}, // "some" after its auxiliary is the subject, not a quantifier of a noun
		{"How many countries took part?", KindHowMany},
		{"whats the budget", KindWhat},
		{"whats the date of the summit", KindWhen},                // the date of something is when it was
		{"what was the death toll on the first day", KindHowMany}, // a count, asked as what a tally comes to
		{"whats the number of displaced", KindHowMany},
		{"whats the number to call", KindWhat},          // a phone's
		{"what was the total of the pledges", KindWhat}, // a sum, "total" a word of it
		{"what is the time frame", KindWhat},
		{"which are western europes two nuclear powers", KindWho}, // which of them: names
		{"which is the biggest pledge", KindWhat},
		{"which presidents were at the meeting", KindWho}, // a noun of people (WordNet), not only the hand-kept ones
		{"which us guy led the talks", KindWho},
		{"which plan did they back", KindWhat},
		{"until when will the stadium be a shelter", KindWhen}, // a preposition before the question word
		{"from who did they get the money", KindWho},
		{"of the dead how many lived in calama", KindHowMany}, // a phrase setting the scene, then the question word
		{"on the first day how many people died", KindHowMany},
		{"for how long did the talks run", KindHowLong},
		{"out of all the leaders who signed", KindWho},
		{"According to Reuters, who hosted the talks?", KindWho},
		{"list the leaders who signed it", KindWho},       // a request for people
		{"list the documents that were signed", KindWhat}, // for things
		{"give me the countries sending troops", KindWho}, // countries act, as in "who refused"
		{"name all the officials there", KindWho},
		{"list the mechanisms in the statement", KindWhat},
		{"list the names of the leaders", KindWho},  // the names are of the leaders
		{"how deep was the quake", KindHowMany},     // a measure: a figure with its unit
		{"how bad was the damage", KindHow},         // no measure
		{"whens the next round of talks", KindWhen}, // "whens": "when is", as typed without the apostrophe
		{"list all", KindWho},                       // no noun to say what is asked for: names
		// a topic set out before a comma, then the question
		{"the un appeal, how much r they asking for", KindHowMany},
		{"the couple going to canada, when do they actually get to leave", KindWhen},
		{"the girl they pulled out, is she ok", KindYesNo},
		{"the vote, the council and the mayor", KindWhat}, // no question after the comma: read as typed
	} {
		if got, _ := classify(tc.q); got != tc.want {
			t.Errorf("classify(%q) = %s; want %s", tc.q, got, tc.want)
		}
	}
	// the topic is who the pronoun speaker is
	for q, want := range map[string]string{
		"tocopilla mayor sounded pretty upset, what did she say": "tocopilla mayor",
		"the woman running the investigation, what does she say": "the woman",
		"the minister, what did he say":                          "the minister",
		"the un appeal, what did the un official say":            "the un official",
		"the retired ecologist, what did he say":                 "the retired ecologist", // a participle before the noun qualifies it
		"the mayor who resigned, what did he say":                "the mayor",
		// the verb that takes the verb of saying is no part of the
		// speaker (catenativeStart)
		"what did the mayor go on to say":   "the mayor",
		"what did merz refuse to say":       "merz",
		"what has the mayor gone on to say": "the mayor",
		"what did merz ever say":            "merz",
		"what did the envoy want to say":    "the envoy",
	} {
		if kind, speaker := classify(q); kind != KindSaid || speaker != want {
			t.Errorf("classify(%q) = %s, %q; want %s, %q", q, kind, speaker, KindSaid, want)
		}
	}
}

// TestMeasures: "how deep", "how far", "how big", "how old" ask for a
// figure in a unit of their dimension, after it or before it; another
// figure is no measure of it.
func TestMeasures(t *testing.T) {
	for _, tc := range []struct {
		dim, text, figure string
		want              bool
	}{
		{"length", "The epicentre lay at a depth of 38 kilometres.", "38", true},
		{"length", "The quake measured magnitude 7.1 on Tuesday.", "7.1", false},
		{"force", "The quake measured magnitude 7.1 on Tuesday.", "7.1", true},
		{"size", "The 72-member Japanese team arrived.", "72", true},
		{"size", "It hit at 4:52 on Tuesday.", "4", false},
		// an age is years *old*, a name's apposition or "aged"; years a
		// thing lasts are none
		{"age", "She is 67 years old.", "67", true},
		{"age", "A 39-year-old taxi driver was freed.", "39", true},
		{"age", "\"I am not afraid,\" said Brandt, 51.", "51", true},
		{"age", "Rosa Mamani, 67, waits outside.", "67", true},
		{"age", "He has run a bakery at number 42 for 19 years.", "19", false},
		{"age", "Automated berths took several years to match them.", "several", false},
		{"age", "A 39-years-old driver was freed.", "39", true},
		{"age", "The toll rose to 214 by Tuesday, 51.", "51", false}, // a day is no one
		{"age", "Rescuers found Gerald Comeau, 77.", "77", true},
	} {
		at := strings.Index(tc.text, tc.figure)
		if got := withUnit(tc.text, span{at, at + len(tc.figure)}, tc.dim); got != tc.want {
			t.Errorf("withUnit(%q, %s, %s) = %v; want %v", tc.text, tc.figure, tc.dim, got, tc.want)
		}
	}
	e := quakeEngine(t)
	for q, want := range map[string]string{
		"how far away could ppl feel it":        "as far away as the port of Iquique", // the passage's equative of "far away" (equative): the distance set off after it is the port's
		"how big is the japanese team":          "72-member",
		"how far from calama was the epicenter": "34 kilometres",
		"how deep was the quake":                "38 kilometres", // "at a depth of": the noun of the dimension
	} {
		if a, err := e.Ask(context.Background(), q); err != nil || !strings.Contains(a.Short, want) {
			t.Errorf("%q: %q, %v; want it to hold %q", q, a.Short, err, want)
		}
	}
	// English gives a group's size after its noun, with "of": "his
	// family of five" says how big the family is, not how big a team is
	c := parsedCand(t, e, "Choque said his family of five had shared a single tent since Tuesday night.")
	if got := e.typeFigure(new(e.analyse("how big is choque's family")), c); got < 1 {
		t.Errorf("how big is choque's family: typeFigure %v; want \"family of five\" a size", got)
	}
	if got := e.typeFigure(new(e.analyse("how big is the japanese team")), c); got >= 1 {
		t.Errorf("how big is the japanese team: typeFigure %v; a family's five is no team's size", got)
	}
	if got := e.typeFigure(new(e.analyse("how big was the flood")), parsedCand(t, e, "It was the worst flood of 3 September in living memory.")); got >= 1 {
		t.Errorf("how big was the flood: typeFigure %v; a day of a date is no size", got)
	}
	// "how much" and a comparative asks by how much one thing exceeds
	// another: a figure in a unit answers, though a change
	d := parsedCand(t, e, "The municipality said the diversion added about 25 minutes to journeys.")
	if got := e.typeFigure(new(e.analyse("how much longer is the drive to the town")), d); got < 1 {
		t.Errorf("how much longer is the drive: typeFigure %v; want \"added about 25 minutes\" a difference", got)
	}
	for w, want := range map[string]bool{"longer": true, "heavier": true, "bigger": true, "larger": true, "more": true, "water": false, "after": false, "leader": false} {
		if got := comparative(w); got != want {
			t.Errorf("comparative(%q) = %v; want %v", w, got, want)
		}
	}
	// "how frequent" asks as "how often" does
	for _, typed := range []string{"how often do the buses run", "how frequent are the buses"} {
		if q := e.analyse(typed); q.measure != "frequency" {
			t.Errorf("analyse(%q).measure = %q; want frequency", typed, q.measure)
		}
	}
}

// TestLowerCaseMisspelledName: a lower-case word near the name of someone
// the articles name in full is that name misspelled; a word near it only
// after stemming ("careful", "care" ~ "carnei") is not.
func TestLowerCaseMisspelledName(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct {
		q, word, near string
		want          bool
	}{
		{"what did general grinkevich discuss", "grinkevich", "grynkewich", true},
		{"what did Grinkevich discuss", "Grinkevich", "grynkewich", true},
		{"which country is more careful", "careful", "carnei", false},
	} {
		// the misspelling is read as the corpus's spelling (corrected, or
		// matched through a near spelling), and as a name
		got := false
		for _, qt := range e.analyse(tc.q).terms {
			got = got || (qt.term == tc.near || slices.Contains(qt.alts, tc.near)) && qt.entity
		}
		if got != tc.want {
			t.Errorf("analyse(%q): %s read as a name spelled %s: %v; want %v", tc.q, tc.word, tc.near, got, tc.want)
		}
	}
}

// TestUnnamedRole: the articles mention the French army chief but never
// name him, so "who is he" is not answered with another name.
func TestUnnamedRole(t *testing.T) {
	e := testEngine(t)
	for _, q := range []string{"What is the name of the French army chief?", "Who is the British army chief?"} {
		a := mustAsk(t, e, q)
		if a.Answered {
			t.Errorf("Ask(%q) answered %q; want the articles do not say", q, a.Short)
		}
	}
}

// TestSaidForm: only the verb of saying that makes a "what did X say"
// question is its form; a later one is a word to find.
func TestSaidForm(t *testing.T) {
	e := testEngine(t)
	q := e.analyse("What did Witkoff say the security protocols are meant to do?")
	var terms []string
	for _, qt := range q.terms {
		terms = append(terms, qt.word)
	}
	if q.kind != KindSaid || slices.Contains(terms, "say") || !slices.Contains(terms, "meant") {
		t.Errorf("analyse: kind %s, terms %v; want %s without say, with meant", q.kind, terms, KindSaid)
	}
}

// TestDefinesQuery: "who is X" searches for X with the titles the articles
// give X elsewhere, to find the sentences that say who X is.
func TestDefinesQuery(t *testing.T) {
	e := testEngine(t)
	q := e.analyse("who is macron")
	terms := e.query(&q).Terms
	if !q.defines || !slices.Contains(terms, "presid") || !slices.Contains(terms, "franc") && !slices.Contains(terms, "french") {
		t.Errorf("query(who is macron): defines %v, terms %v; want presid and french (or franc) searched for", q.defines, terms)
	}
	for _, qt := range e.analyse("when did the summit happen").terms {
		if qt.word == "happen" {
			t.Errorf("analyse(when did the summit happen) has the term happen; want it taken for the form of the question")
		}
	}
}

// TestHowLongQuery: a how-long question of one or two words also searches
// for durations; one that says more does not need to.
func TestHowLongQuery(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"how long will the guarantees last", true},
		{"How long will French troops stay in Ukraine after the war?", false},
	} {
		q := e.analyse(tc.q)
		if got := slices.Contains(e.query(&q).Terms, "year"); got != tc.want {
			t.Errorf("query(%q) searches for year: %v; want %v", tc.q, got, tc.want)
		}
		for _, qt := range q.terms {
			if qt.word == "last" {
				t.Errorf("analyse(%q) has the term last; want it taken for the form of the question", tc.q)
			}
		}
	}
	// "how much time" asks how long, not a count of "time": answered by
	// a duration ("saving ships about two days"), not declined for a count
	for _, text := range []string{"how much time does the canal save", "how much time will the works take"} {
		q := e.analyse(text)
		if q.kind != KindHowLong || slices.ContainsFunc(q.terms, func(t qterm) bool { return t.word == "time" || t.word == "much" }) {
			t.Errorf("analyse(%q): kind %s, terms %v; want how long, its form no term", text, q.kind, q.terms)
		}
	}
	for _, s := range []string{"of", "of the", "“of”"} {
		if got := shortText(s); got != "" {
			t.Errorf("shortText(%q) = %q; want none: only words between others", s, got)
		}
	}
}

// TestTitleTerms: the titles, analysed as the index analyses text, are the
// stems qa kept by hand before they became lexicon's data ("prime
// minister" and "premier" are the index's one term "primeminist"); the
// titles only of an article ("defence", "doctor") are ordinary words here.
// A word moved into titles.txt's [question] section changes how questions
// are read: add its stem here once the change is measured.
func TestTitleTerms(t *testing.T) {
	e := testEngine(t)
	want := strings.Fields("primeminist presid prime minist chancellor sir gener envoi secretari state special chief foreign top leader head mr ms dr king queen senat governor ambassador advis deputi command armi navi")
	for _, term := range want {
		if !e.titles[term] {
			t.Errorf("titles lack %q", term)
		}
	}
	if len(e.titles) != len(want) {
		t.Errorf("titles = %v; want the %d terms %v", e.titles, len(want), want)
	}
	for _, term := range []string{"defenc", "defens", "doctor", "offic", "mayor"} {
		if e.titles[term] {
			t.Errorf("titles hold %q, a word a question may be about", term)
		}
	}
}

// TestTermForms: each word of substance keeps the forms it went through:
// as typed, after chat normalisation, as read (corrected), analysed; and
// its vector.
func TestTermForms(t *testing.T) {
	e := testEngine(t)
	x, err := e.Explain(context.Background(), "how many ppl did stramer say the guarentees protect")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]Term{
		"Starmer":    {Typed: "stramer", Normalised: "stramer", Read: "Starmer", Analysed: "starmer"},
		"guarantees": {Typed: "guarentees", Normalised: "guarentees", Read: "guarantees", Analysed: "guarante", Vector: true},
		"people":     {Typed: "ppl", Normalised: "people", Read: "people", Analysed: "peopl", Vector: true},
	}
	found := 0
	for _, term := range x.Terms {
		w, ok := want[term.Read]
		if !ok {
			continue
		}
		found++
		if term.Typed != w.Typed || term.Normalised != w.Normalised || term.Analysed != w.Analysed || term.Vector != w.Vector {
			t.Errorf("term %q: typed %q, normalised %q, analysed %q, vector %v; want %q, %q, %q, %v",
				term.Read, term.Typed, term.Normalised, term.Analysed, term.Vector, w.Typed, w.Normalised, w.Analysed, w.Vector)
		}
	}
	if found != len(want) {
		t.Errorf("found %d of the %d words in %+v", found, len(want), x.Terms)
	}
}

// TestArticleSpeaks: "what does the article say …" asks what an article
// says in its own words, not for a quotation of someone.
func TestArticleSpeaks(t *testing.T) {
	e := testEngine(t)
	for q, want := range map[string]Kind{
		"what does the pledge article say the deal depends on": KindWhat,
		"what did newslooks say about the talks":               KindWhat,
		"what did starmer say about the talks":                 KindSaid,
		"what did the uk pm say about the talks":               KindSaid,
	} {
		if got := e.analyse(q).kind; got != want {
			t.Errorf("analyse(%q).kind = %q; want %q", q, got, want)
		}
	}
}

// TestGetPassive: "what got damaged" asks what was damaged; "got" is its
// verb, not the noun asked about.
func TestGetPassive(t *testing.T) {
	e := testEngine(t)
	if q := e.analyse("what got damaged in the attack"); q.focus == "got" || q.head == "got" {
		t.Errorf("analyse(what got damaged …): focus %q, head %q; want neither to be the verb", q.focus, q.head)
	}
}

// TestSpeakerAsTyped: the X of "what did X say" is cut as typed, its
// inner punctuation kept, however the question's words were split.
func TestSpeakerAsTyped(t *testing.T) {
	for q, want := range map[string]string{
		"what did Merz say about the force":        "Merz",
		"what did the U.S. envoy say about Russia": "the U.S. envoy",
		"what did the U.S. say?":                   "the U.S.",
		"what did ‘the envoy’ say":                 "the envoy",
		"what!did merz say":                        "merz",
		"on what did Starmer say peace depends":    "Starmer",
		"what did say":                             "",
		"what did Merz ever say about the force":   "Merz", // an adverb before the verb: of neither
		"what has the envoy publicly said":         "the envoy",
	} {
		if k, got := classify(q); k != KindSaid || got != want {
			t.Errorf("classify(%q) = %q, %q; want %q, %q", q, k, got, KindSaid, want)
		}
	}
}

// TestAsksFuture: a question about what is yet to happen, in its usual
// words, and not "going" alone, "next to" or "next door".
func TestAsksFuture(t *testing.T) {
	e := testEngine(t)
	for q, want := range map[string]bool{
		"when is the next meeting":            true,
		"who will run the cell":               true,
		"who is gonna run the cell":           true,
		"will troops deploy soon":             true,
		"was macron expecting much going in":  false,
		"who stood next to zelensky":          false,
		"what did the country next door send": false, // a place: a thing with extent after "next"
		"what are the next steps":             true,
		"who ran the meeting":                 false,
		// "going to" a place is a journey, not what is to come
		"did macron end up going to paris": false,
		"is macron going to the summit":    false,
		"is macron gonna foot the bill":    true,
		// "later", "next" of a time in the past; not in a clause of its own
		"who later blamed sentaro for the outage":                                      false,
		"what happened to the bridge the next day":                                     false,
		"did the conservatives say theyd scrap the tram if they win the next election": true,
	} {
		if got := asksFuture(new(e.analyse(q))); got != want {
			t.Errorf("asksFuture(%q) = %v; want %v", q, got, want)
		}
	}
}

// TestFormWordsNoTerms: the indefinite pronouns, the future's "going to"
// and chat's set phrases ("in the first place") say nothing of what a
// question is about, so they are no terms; "going" to a place is kept.
func TestFormWordsNoTerms(t *testing.T) {
	e := testEngine(t)
	for q, want := range map[string]struct {
		word string
		term bool
	}{
		"did anyone find the girl alive":     {"anyone", false},
		"anyone up for valorant later":       {"anyone", false},
		"did they promise something binding": {"something", false},
		"what else did they send":            {"else", false},
		"how is germany gonna help":          {"going", false},
		"who is going to lead the force":     {"going", false},
		"are the leaders going to Paris":     {"going", true},
		"who was going to the stadium":       {"going", true},
		"what is germany gonna do":           {"going", false},
		"is macron going to go to kyiv":      {"go", true},
		"how many got hurt":                  {"got", false}, // a passive's auxiliary, as "were" is
		"who got arrested":                   {"got", false},
		"what did the donors get":            {"get", true},
		"did they get troops from france":    {"get", true},
		"how many were hurt in total":        {"total", false}, // the whole count is what "how many" asks
		"how much did they pledge overall":   {"overall", false},
		"what was the total of the pledges":  {"total", true},
		// a set phrase that stresses the question (kinds.txt [idiom])
		"why were they in paris in the first place": {"place", false},
		"who was first in place":                    {"place", true},
		"did they send food and stuff":              {"stuff", false},
	} {
		var terms []string
		for _, qt := range e.analyse(q).terms {
			terms = append(terms, strings.ToLower(qt.word))
		}
		if slices.Contains(terms, want.word) != want.term {
			t.Errorf("analyse(%q): terms %v; %q a term: %v, want %v", q, terms, want.word, !want.term, want.term)
		}
	}
}

// TestCommonWordsAreNoNames: a common English word the articles use in a
// name ("the Loa River") is no name when a question types it in lower
// case; a surname typed so still is.
func TestCommonWordsAreNoNames(t *testing.T) {
	for w, want := range map[string]bool{"river": true, "city": true, "carney": false, "putin": false, "kushner": false} {
		if got := commonWord(w); got != want {
			t.Errorf("commonWord(%q) = %v; want %v", w, got, want)
		}
	}
	e := quakeEngine(t)
	for _, term := range e.analyse("why did they evacuate people by the river").terms {
		if term.word == "river" && term.entity {
			t.Errorf("'river' read as a name")
		}
	}
}

// TestLowerCaseWordsOfNamesAreNoNames: an English word the articles write
// in lower case, though a name holds it too ("steel bridges", "the
// Harwick Bridges Trust"), or never alone ("meadow" of "Wend Meadows"), is
// no name when a question types it in lower case; a surname typed so
// still is.
func TestLowerCaseWordsOfNamesAreNoNames(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Bridge checks ordered\n---\n"+
		"The Harwick Bridges Trust, led by Anna Pell, said steel bridges needed checks.\n"+
		"The council looks after 40 steel bridges, Pell said.\n"+
		"Campaigners from Save Wend Meadows said the works would harm otters.\n")
	for q, want := range map[string]map[string]bool{
		"how many bridges does the council look after":   {"bridges": false},
		"how r the meadow campaigners trying to stop it": {"meadow": false},
		"what did pell say about the bridges":            {"Pell": true, "bridges": false},
	} {
		for _, term := range e.analyse(q).terms {
			if w, ok := want[term.word]; ok && term.entity != w {
				t.Errorf("analyse(%q): %q read as a name: %v; want %v", q, term.word, term.entity, w)
			}
		}
	}
}

// TestSpeakerNounNoName: a word of a "what did X say" question's X is a
// name however typed ("what did pell say"), but not a common noun for a
// person no one the articles name is called ("washingtons *guy*", "ppl"):
// it is no name no article mentions, to decline the question for.
func TestSpeakerNounNoName(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Envoy hails deal\n---\n"+
		"Washington's envoy, Tom Pell, said the safety deals were nearly done.\n")
	for q, want := range map[string]map[string]bool{
		"what did washingtons guy say about the safety deals": {"guy": false},
		"what did ppl say about the safety deals":             {"people": false},
		"what did pell say about the safety deals":            {"Pell": true},
		// a bare singular noun for a person is a surname as often
		"what did smith say about the safety deals": {"smith": true},
		"what did the officer say about the deals":  {"officer": false},
	} {
		for _, term := range e.analyse(q).terms {
			if w, ok := want[term.word]; ok && term.entity != w {
				t.Errorf("analyse(%q): %q read as a name: %v; want %v", q, term.word, term.entity, w)
			}
		}
	}
}

// TestFirstWordNoName: a question's first word is capitalised because it
// opens the question; a function word there ("Whose", "Even") is no name,
// so no "name no article mentions" declines the question.
func TestFirstWordNoName(t *testing.T) {
	e := testEngine(t)
	for _, q := range []string{"Whose son-in-law is Jared Kushner?", "Even so, who hosted the summit?"} {
		for _, term := range e.analyse(q).terms {
			if term.entity && lexicon.IsFunctionWord(strings.ToLower(term.word)) {
				t.Errorf("%q: %q read as a name", q, term.word)
			}
		}
		if a, err := e.Ask(context.Background(), q); err != nil || !a.Answered {
			t.Errorf("%q: answered %v, %v; want an answer", q, a.Answered, err)
		}
	}
}

// TestRoleQuestions: "who is the TITLE of PLACE" asks for whoever the
// articles give that role, with a title of either section of titles.txt
// ("mayor" stands before names only in articles); where no one holds it,
// the articles do not say, rather than a name from a passage near it.
func TestRoleQuestions(t *testing.T) {
	for _, tc := range []struct {
		corpus   int
		q        string
		answered bool
		want     string // in the short answer
	}{
		{1, "who is the mayor of calama", true, "Quispe"},
		{1, "whos the mayor of tocopilla?", true, "Alvial"},
		{1, "who is the mayor of antofagasta", false, ""},
		{1, "who is the director of senapred", true, "Espinoza"},
		{0, "Who is the mayor of Paris?", false, ""},
		{0, "Who is Ukraine's defence minister?", false, ""},
		{0, "who is the german chancellor", true, "Merz"},
	} {
		e := corpora[tc.corpus].engine(t)
		a, err := e.Ask(context.Background(), tc.q)
		if err != nil {
			t.Fatalf("%q: %v", tc.q, err)
		}
		if a.Answered != tc.answered || !strings.Contains(a.Short, tc.want) {
			t.Errorf("%q: answered %v %q, want answered %v holding %q", tc.q, a.Answered, a.Short, tc.answered, tc.want)
		}
	}
}

// TestRequestVerbs: a question put as a request ("list the …", "give me
// the …") asks for what follows; the verb of asking is no word of its
// content, unless it is not the request ("who is on the list").
func TestRequestVerbs(t *testing.T) {
	e := testEngine(t)
	for q, want := range map[string]bool{
		"list the countries that will send troops": false,
		"give me the countries sending troops":     false,
		"show me where the hubs will be":           false,
		"which countries are on the list":          true,
		"did they give money to ukraine":           true, // "give" is the question's verb here
		"did they find rosa mamanis son":           true,
	} {
		an := e.analyse(q)
		got := false
		for _, t := range an.terms {
			if imperatives[strings.ToLower(t.word)] {
				got = true
			}
		}
		if got != want {
			t.Errorf("%q: a request verb among the terms %v; want %v", q, got, want)
		}
	}
	a, err := e.Ask(context.Background(), "list the countries that will send troops")
	if err != nil || !a.Answered || !has(a.Short, "France") {
		t.Errorf("list the countries that will send troops: %q (answered %v, %v); want the countries", a.Short, a.Answered, err)
	}
}

// TestKindOfIsQuestionWord: "what kind of X" asks what X, so "kind" is no
// word of its content (nor are GloVe's neighbours of it, "really", "lot");
// "a kind gesture" keeps its word. So "what day of the week" asks a day as
// "what day" does: "week" is no word of its content (it found "over the
// past week"), and a week asked about keeps its word.
func TestKindOfIsQuestionWord(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct {
		q, word string
		want    bool
	}{
		{"what kind of guarantees does merz want", "kind", false},
		{"which sort of troops will france send", "sort", false},
		{"was it a kind gesture", "kind", true},
		{"what day of the week was the summit", "week", false},
		{"what time of day did the talks start", "day", false},
		{"what happened in the week after the summit", "week", true},
	} {
		got := false
		for _, tt := range e.analyse(tc.q).terms {
			got = got || tt.word == tc.word
		}
		if got != tc.want {
			t.Errorf("%q: %s a term %v; want %v", tc.q, tc.word, got, tc.want)
		}
	}
}

// TestCountedNoun: what a "how many" question counts is the last noun
// after "how many" before its verb, an auxiliary or a function word that
// opens something else ("so far", "still", "now") or, after "how much", a
// verb in the present ("how much cargo goes"), and, for people, its verb
// in the past is found past an auxiliary.
func TestCountedNoun(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct{ q, counted, verb string }{
		{"how many dead so far", "dead", ""},
		{"how many troops still", "troops", ""},
		{"how many people have died in the war", "people", "died"},
		{"how many countries deployed troops", "countries", ""}, // a verb is kept only of people
		{"how many rescuers were injured so far", "rescuers", "injured"},
		{"how many people who died were children", "people", "died"}, // a function word before the verb: the verb still counts
		{"how many nuclear weapons", "weapons", ""},
		{"how many died", "", "died"}, // no noun: who did it is understood, and the verb is all there is to count by
		{"how many were injured", "", "injured"},
		// a participle past a perfect's or a passive's auxiliaries is the
		// verb counted
		{"how many residents have been rescued", "residents", "rescued"},
		{"how many have been evacuated so far", "", "evacuated"},
		{"how many people had been taken to hospital by noon", "people", "taken"},
		{"how many people will be flown out", "people", "flown"},
		// an irregular participle that is also a verb's base ("found",
		// the past of "find", and a verb of its own) is counted after a
		// perfect's or a passive's auxiliary too
		{"how many walkers had been found by dusk", "walkers", "found"},
		{"how many sailors were ground down by the crossing", "sailors", "ground"},
		{"how many residents had been cut off", "residents", "cut"}, // a form the same as its base: irregularPast
		{"how many guests have been put up in hotels", "guests", "put"},
		{"how many people will find shelter", "people", ""},             // a base after a modal is no participle
		{"how many climbers have been rescued", "climbers", ""},         // a verb is kept only of people
		{"how many nuclear armed countries are there", "countries", ""}, // a participle among the noun's qualifiers qualifies it
		{"how many badly damaged homes", "homes", ""},
		{"how many injured people", "", "injured"},                 // first, the deed counted
		{"how many countries sent reps to paris", "countries", ""}, // after the noun, its verb
		// "how much" measures a mass, whose verb agrees in the singular:
		// the verb is no plural noun counted
		{"how much cargo goes through the port on an average day", "cargo", ""},
		{"how much oil leaks each day", "oil", ""},
	} {
		q := e.analyse(tc.q)
		got, verb := "", ""
		if q.counted != nil {
			got = q.counted.word
		}
		if q.countVerb >= 0 {
			verb = q.terms[q.countVerb].word
		}
		if got != tc.counted || verb != tc.verb {
			t.Errorf("%q: counts %q, verb %q; want %q, %q", tc.q, got, verb, tc.counted, tc.verb)
		}
	}
}

// TestCountByVerbAlone: "how many died" names nothing counted; the tally
// of the verb's near word ("the death toll … has risen to 351") counts it,
// and the question is answered, not declined for want of a count.
func TestCountByVerbAlone(t *testing.T) {
	a, err := quakeEngine(t).Ask(context.Background(), "how many died")
	if err != nil {
		t.Fatal(err)
	}
	if !a.Answered || !strings.Contains(a.Short, "351") {
		t.Errorf("how many died: answered %v, %q; want the death toll, 351", a.Answered, a.Short)
	}
}

// TestContractionWeighsAsItsWord: GloVe has no "wasn't" or "Ukraine's";
// a contraction weighs as the word it stands for, so that the "not" of
// "why wasn't there a tsunami" weighs less than the tsunami asked about,
// and a possessive as its owner.
func TestContractionWeighsAsItsWord(t *testing.T) {
	for word, as := range map[string]string{"wasn't": "not", "didn’t": "not", "won't": "not", "ukraine's": "ukraine", "europe’s": "europe"} {
		if got, want := specificity(word), specificity(as); got != want {
			t.Errorf("specificity(%q) = %.3f; want %.3f, as %q", word, got, want, as)
		}
	}
	e := quakeEngine(t)
	weight := map[string]float64{}
	for _, qt := range e.analyse("why wasn't there a tsunami").terms {
		weight[qt.term] = evidenceWeight(qt)
	}
	if weight["not"] >= weight["tsunami"]/2 {
		t.Errorf("weights %v: the negation weighs half as much as the thing asked about, or more", weight)
	}
}

// TestSpeaksFullName: a speaker asked for by full name speaks in a passage
// that gives the full name before its verb of saying ("Julio Quispe
// said"), each of its words, not only the last, the subject.
func TestSpeaksFullName(t *testing.T) {
	e := quakeEngine(t)
	q := e.analyse("did Julio Quispe say anything")
	for text, want := range map[string]bool{
		"Mayor Julio Quispe said the city had never faced anything on this scale.": true,
		"Julio Quispe met the president, and Villagra said more aid would come.":   false,
	} {
		c := parsedCand(t, e, text)
		if got := e.speaks(&q, "Julio Quispe", c); got != want {
			t.Errorf("speaks(Julio Quispe, %q) = %v; want %v", text, got, want)
		}
	}
}

// TestFocusBeforeLike: "what's X like" asks about X ("whats the weather
// like in paris": the weather), whose absence from the articles declines it.
func TestFocusBeforeLike(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Leaders meet\n---\nLeaders met in Paris on Tuesday to discuss security guarantees.\nKushner called the Paris meeting a big milestone.\n")
	if q := e.analyse("whats the weather like in paris rn"); q.focus != "weather" {
		t.Errorf("focus of %q = %q; want weather", "whats the weather like in paris rn", q.focus)
	}
	wantDeclined(t, e, "whats the weather like in paris rn")
}

// TestBareNounUnknownDeclined: a question that is only a noun phrase asks
// about its noun, not the place after it ("best empanadas in santiago?"),
// and a noun no article uses is what the evidence declines for, though
// the passage names the place.
func TestBareNounUnknownDeclined(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Donors meet\n---\nDonors met in Santiago on Thursday and pledged $1.3 billion.\nTom Whitaker contributed reporting from Santiago.\n")
	wantDeclined(t, e, "best empanadas in santiago?")
}

// TestKnownNounUnknownDeclined: "anyone know a good pizza place in town"
// asks for a place of a kind no article speaks of, and is declined, not
// answered with a sentence that names the town.
func TestKnownNounUnknownDeclined(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Bridge shut\n---\nShop owners in the town centre said the place had emptied within an hour of the closure.\n")
	wantDeclined(t, e, "anyone know a good pizza place in town")
}

// TestFutureYesNoNeedsProspect: "is X gonna resign" asks what is to come,
// which a sentence of what was done does not say; one that speaks of
// what will be is weighed as before.
func TestFutureYesNoNeedsProspect(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Outage\n---\nSentaro's chief executive, Felix Amadi, said the company took \"full responsibility\" for the failure.\n")
	wantDeclined(t, e, "is felix amadi gonna resign")
	c, _, err := corpus.Dir("testdata/ship/articles", corpus.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	w := engineOver(t, c)
	// "The national weather service had issued a gale warning for the
	// coast on Sunday evening" says what was, not what the weekend's
	// weather will be
	wantDeclined(t, w, "whats the weather gonna be like this weekend")
	// a word of the future in a subordinate clause is not what is asked
	for q, want := range map[string]bool{
		"what does the kremlin insist on before it will agree": true,
		"whats the weather gonna be like":                      false,
		"what will the kremlin insist on":                      false,
		// the main clause's own future is what is asked
		"what will the union do if the company is going to close the plant": false,
	} {
		if got := subordinateFuture(new(w.analyse(q))); got != want {
			t.Errorf("subordinateFuture(%q) = %v; want %v", q, got, want)
		}
	}
}

// TestAsksTheChat: "anyone up for …", "anyone watching …" ask the chat's
// readers what they are doing, of whom no article speaks, and are
// declined; "anyone hurt", "anyone know …" and an "-ing" that qualifies
// "anyone" before the question's own verb ask the articles.
func TestAsksTheChat(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Port deal\n---\nMarta Lindqvist pointed to studies from other European ports where automated berths took several years to match the productivity of manned ones.\nKallberg later said the airline would pay compensation in full.\nThe port authority would seek compensation from the owner.\n")
	for q, want := range map[string]bool{
		"anyone watching the match tonight":        true,
		"anyone up for valorant later":             true,
		"anyone hurt in the crash":                 false,
		"anyone missing after the flood":           false,
		"anyone know when the port reopens":        false,
		"anyone living by the river evacuated":     false,
		"anyone working at the port was laid off?": false,
		// how the asker does a thing no article names; an offer
		"how do i set up a minecraft server":        true,
		"how do i seek compensation from the owner": false,
		"who wants to watch a movie tonight":        true,
	} {
		if got := asksTheChat(new(e.analyse(q))); got != want {
			t.Errorf("asksTheChat(%q) = %v; want %v", q, got, want)
		}
	}
	wantDeclined(t, e, "anyone watching the match tonight")
	wantDeclined(t, e, "anyone up for valorant later")
	// the shape of a question to the chat, but the articles say someone
	// does the deed: a question to them
	wantDeclined(t, e, "who wants to watch a movie tonight")
	wantTop(t, e, "who wants to seek compensation from the owner", "The port authority would seek compensation from the owner.", true)
	wantTop(t, e, "anyone seeking compensation from the owner", "The port authority would seek compensation from the owner.", true)
}

// TestFocusNotAdjective: a word WordNet mostly tags as an adjective is no
// noun a "what" question asks about ("whats the mayor so mad about in
// the end": the mayor), so a question is not declined for an adjective no
// article uses when the articles say what it asks; an adjective alone
// stays the focus.
func TestFocusNotAdjective(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Aid package\n---\nPort Lisle Mayor Kevin Doiron said the payment would barely cover a new furnace.\nThe province will pay $2,500 to each household.\n")
	q := e.analyse("whats the port lisle mayor so mad abt in the end")
	if want := e.analyze("mayor")[0].Term; q.focus != want {
		t.Errorf("focus = %q; want %q", q.focus, want)
	}
	// a noun WordNet also tags as an adjective, right after another noun,
	// is the head: "which council official"
	if q, want := e.analyse("which council official resigned"), e.analyze("official")[0].Term; q.focus != want {
		t.Errorf("which council official resigned: focus = %q; want %q", q.focus, want)
	}
	a, err := e.Ask(context.Background(), "whats the port lisle mayor so mad abt lol")
	if err != nil || !a.Answered || !strings.Contains(a.Passages[0].Text, "furnace") {
		t.Errorf("whats the port lisle mayor so mad abt lol: answered %v (%v); want the mayor's complaint", a.Answered, err)
	}
}

// TestFocusBeforePreposition: the noun a "what" question asks about ends
// at a preposition, whatever preposition ("what kinds of help besides
// troops": help, not "besides"), or at a verb after an adverb ("what cargo
// still gets through"); none is asked about by a "what" that is the
// subject of an irregular past ("what caught people off guard").
func TestFocusBeforePreposition(t *testing.T) {
	e := testEngine(t)
	for text, want := range map[string]string{
		"what other kinds of help besides troops did zelensky bring up": "help",
		"what kit despite the cost did they buy":                        "kit",
		"what caught people off guard at the press conference":          "",
		"what cargo still gets through the gates":                       "cargo",      // after an adverb, an "-s" verb ends it
		"what kind of security guarantees is merz calling for":          "guarantees", // else a noun's plural
		"what struck the bank first":                                    "",
	} {
		q := e.analyse(text)
		got := ""
		for _, t := range q.terms {
			if t.term == q.focus {
				got = strings.ToLower(t.word)
			}
		}
		if got != want || q.focusMod != "" && want == "" {
			t.Errorf("focus of %q = %q (modifier %q); want %q", text, got, q.focusMod, want)
		}
	}
}

// TestRoleTimeWord: a word that says when someone holds an office
// ("current", "former": kinds.txt [role-time-words]) is no part of the
// role asked about, so "the current prime minister of britain" is the
// prime minister the articles name, not a "current" office none gives.
func TestRoleTimeWord(t *testing.T) {
	e := testEngine(t)
	for q, want := range map[string]string{"who is the current prime minister of britain": "Starmer", "who is the current french president": "Macron"} {
		a, err := e.Ask(t.Context(), q)
		if err != nil {
			t.Fatal(err)
		}
		if !a.Answered || !strings.Contains(a.Short, want) {
			t.Errorf("%s: answered %v, short %q; want %s", q, a.Answered, a.Short, want)
		}
	}
}

// TestTrailingAsk: a topic followed, after a stop or a comma, by its
// question word alone is the question asked of the topic; a topic that
// asks its own question keeps it.
func TestTrailingAsk(t *testing.T) {
	e := testEngine(t)
	for typed, want := range map[string]Kind{
		"total aftershocks since tuesday?? how many": KindHowMany,
		"the talks in paris, when?":                  KindWhen,
		"macron's speech - why":                      KindWhy,
	} {
		if q := e.analyse(typed); q.kind != want || !q.corrected {
			t.Errorf("analyse(%q): kind %v, read as %q; want %v, read otherwise than typed", typed, q.kind, q.text, want)
		}
	}
	if got := trailingAsk("who refused? why"); got != "" {
		t.Errorf("trailingAsk(who refused? why) = %q; want the question left as typed", got)
	}
}

// TestDefinitionAfter: a term followed by the question of what or who it
// is ("ocha = ?", "X is what exactly", "X?? who dat", "X who") asks what
// "what is X" asks; a follow-up or a clause of its own is left as typed.
func TestDefinitionAfter(t *testing.T) {
	for typed, want := range map[string]string{
		"ocha = ?":                         "what is ocha",
		"refugio andino is what exactly":   "what is refugio andino",
		"grynkewich?? who dat":             "who is grynkewich",
		"kestrel analytics - what is that": "what is kestrel analytics",
		"flyfair who":                      "who is flyfair",
		"and then what":                    "",
		"the vote was what":                "",
		"the ship ran aground, why":        "",
		"the talks in paris, when?":        "",
		"what is the backstop":             "",
	} {
		if got := definitionAfter(typed); got != want {
			t.Errorf("definitionAfter(%q) = %q; want %q", typed, got, want)
		}
	}
	shortsHold(t, []shortCase{
		{1, "ocha = ?", "Coordination of Humanitarian Affairs"},
		{1, "refugio andino is what exactly", "the Chilean housing charity Refugio Andino"},
		{0, "grynkewich?? who dat", "top commander"},
	})
}

// TestWhichCompoundHead: "which shipping line …" asks for a line; the head
// of a compound right after "which" is its last noun, not its first; a
// noun past the verb is no part of it.
func TestWhichCompoundHead(t *testing.T) {
	e := testEngine(t)
	line := e.analyze("line")[0].Term
	if q := e.analyse("which shipping line sent its boats the long way"); q.head != line {
		t.Errorf("analyse(which shipping line …).head = %q; want %q", q.head, line)
	}
	if q := e.analyse("which one calls starmer sir keir"); q.head == e.analyze("keir")[0].Term {
		t.Errorf("analyse(which one calls starmer sir keir).head = %q; want no noun past the verb", q.head)
	}
	// nor the verb right after the noun: "which firm runs the trams" asks
	// for a firm
	for q, noun := range map[string]string{"which firm runs the trams": "firm", "which ship struck the bank": "ship", "which company owns the ship": "company"} {
		if got := e.analyse(q).head; got != e.analyze(noun)[0].Term {
			t.Errorf("analyse(%s).head = %q; want %q", q, got, e.analyze(noun)[0].Term)
		}
	}
}

// TestCausativeGet: "get" with an object pronoun and a word after it
// ("did they get it free", "got them out") only says something was brought
// about, and is no word to match ("money it will not get back"); "get"
// with a noun after it ("did the strikers get a raise") is.
func TestCausativeGet(t *testing.T) {
	e := testEngine(t)
	get := e.analyze("get")[0].Term
	for q, want := range map[string]bool{
		"did they get it free in the end": false,
		"how did they get them out":       false,
		"did the strikers get a raise":    true,
		"what did they get":               true,
	} {
		has := false
		for _, qt := range e.analyse(q).terms {
			has = has || qt.term == get
		}
		if has != want {
			t.Errorf("analyse(%q): get a term %v; want %v", q, has, want)
		}
	}
}

// TestReactionNotSaid: a "how did X react/respond/reply" question asks
// what X did or said, in deeds or words ([reaction-verb-words]): a verb of
// saying after the verb of reacting is not X's, and the question does not
// ask only for X's quotation (KindSaid); one with no verb of reacting does.
func TestReactionNotSaid(t *testing.T) {
	for q, said := range map[string]bool{
		"how did the union respond to what the mayor said":            false,
		"how did the ministers react after the envoy spoke":           false,
		"how did the council take what he told them":                  false,
		"how did the mayor answer residents who said the plan failed": false,
		"what did the union say about the mayor's plan":               true,
	} {
		if kind, _ := classify(q); (kind == KindSaid) != said {
			t.Errorf("classify(%q) = %s; KindSaid %v", q, kind, said)
		}
	}
}
