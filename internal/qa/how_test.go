package qa

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// howEngine is an engine over a small article written for these tests.
func howEngine(t *testing.T, body string) *Engine {
	t.Helper()
	dir := t.TempDir()
	writeHowArticle(t, dir, body)
	c, _, err := corpus.Dir(dir, corpus.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return engineOver(t, c)
}

func TestHowShort(t *testing.T) {
	e := howEngine(t, "The valley village of Dornach was cut off by the landslide on Monday. "+
		"Most of the 400 residents left the village by helicopter on Tuesday morning, the mayor said.\n\n"+
		"The rescued climber, a 34-year-old guide, was lifted from the ridge on a stretcher after two nights in the open. "+
		"He was exhausted and had frostbite on both hands, but he was able to speak to his family.\n\n"+
		"In a vote held on Friday, residents backed the new dam on a turnout of 71%, the council said.\n\n"+
		"At dawn, mountain rescuers searched the ridge with thermal cameras and dogs, and volunteers guarded the road.\n\n"+
		"Hotel owners reacted angrily to the closure. The regional tourism board welcomed the plan and promised a fund.")
	checkShorts(t, e, []askedShort{
		{"how did the residents get out of the village", "left the village by helicopter on Tuesday morning"},
		{"how was turnout in the vote", "on a turnout of 71%"},
		{"how is the rescued climber doing", "exhausted and had frostbite on both hands"},
		{"how did the tourism board react to the plan", "The regional tourism board welcomed the plan and promised a fund"},
		{"how were the rescuers searching the ridge", "mountain rescuers searched the ridge with thermal cameras and dogs"},
		{"how were the hotel owners taking the closure", "Hotel owners reacted angrily to the closure"},
	})
}

func firstText(a Answer) string {
	if len(a.Passages) == 0 {
		return ""
	}
	return a.Passages[0].Text
}

func writeHowArticle(t *testing.T, dir, body string) {
	t.Helper()
	front := "---\nid: dornach-landslide\nheadline: Landslide cuts off Alpine village\noutlet: Test Gazette\nauthor: A Writer\npublished: 2026-03-02\n---\n"
	if err := os.WriteFile(filepath.Join(dir, "dornach-landslide.md"), []byte(front+strings.ReplaceAll(body, "\n\n", "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestWithLastItem(t *testing.T) {
	text := "The panel will visit the sites, interview the staff, and publish its findings in May."
	at := strings.Index(text, "interview")
	got := clauseFrom(text, at)
	if want := "interview the staff, and publish its findings in May"; text[got.start:got.end] != want {
		t.Errorf("clauseFrom: %q, want %q", text[got.start:got.end], want)
	}
	// a clause joined by ", and" after a first one that no comma opens
	// stays apart
	text = "The panel will interview the staff, and the mayor will publish its findings."
	got = clauseFrom(text, strings.Index(text, "interview"))
	if want := "interview the staff"; text[got.start:got.end] != want {
		t.Errorf("clauseFrom: %q, want %q", text[got.start:got.end], want)
	}
	// nor does one with a subject of its own after a comma that sets off
	// no list ("On Monday, …")
	text = "On Monday, rescuers searched the rubble, and the mayor resigned."
	got = clauseFrom(text, strings.Index(text, "rescuers"))
	if want := "rescuers searched the rubble"; text[got.start:got.end] != want {
		t.Errorf("clauseFrom: %q, want %q", text[got.start:got.end], want)
	}
}

func TestButInstead(t *testing.T) {
	text := "The mayor said the closure was not a punishment but a precaution against further slides."
	for short, want := range map[string]string{
		"the closure was not a punishment": "the closure was not a punishment but a precaution against further slides",
		"the mayor said":                   "the mayor said", // no "not" in it
	} {
		if got := butInstead(text, short); got != want {
			t.Errorf("butInstead(%q) = %q, want %q", short, got, want)
		}
	}
	// a "but" that opens a second deed or a clause of its own is no B
	for text, short := range map[string]string{
		"The minister did not name the suspects but said they were foreign nationals.": "did not name the suspects",
		"The row was never about money but he would not say more.":                     "never about money",
	} {
		if got := butInstead(text, short); got != short {
			t.Errorf("butInstead(%q) = %q, want %q", short, got, short)
		}
	}
	long := "Officials insisted the long-awaited review of the ageing river defences was not a delay but a chance to get the design right."
	if got, want := butInstead(long, "the long-awaited review of the ageing river defences was not a delay"), "not a delay but a chance to get the design right"; got != want {
		t.Errorf("butInstead: %q, want %q", got, want)
	}
}

func TestPastQuestionWords(t *testing.T) {
	for _, tc := range []struct{ text, q, want string }{
		// cut past the question's own words
		{"Only a third of the flooded farms were insured, because most farmers in the lower valley had been unable to buy cover at an affordable price.",
			"why are so few farmers in the valley insured", "had been unable to buy cover at an affordable price"},
		// none of them in it: the clause "that" opens
		{"The governor said the new levee was vital, since it was the only way of making sure that the lower town would never flood again in a spring storm.",
			"why did the governor say the levee was vital", "the lower town would never flood again"},
	} {
		ans, err := howEngine(t, tc.text).Ask(context.Background(), tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(ans.Short, tc.want) || wordCount(ans.Short) > maxShortWords {
			t.Errorf("%q: short %q, want it to hold %q", tc.q, ans.Short, tc.want)
		}
	}
}

func TestWithVerb(t *testing.T) {
	for text, want := range map[string]string{
		"The crews will prop them up with steel beams and sandbags.": "prop them up with steel beams and sandbags.",
		"Crews arrived, with steel beams.":                           "with steel beams.",
		"They cleared the road and fed the crews with army rations.": "fed the crews with army rations.",
	} {
		at := withVerb(text, strings.Index(text, "with"))
		if got := text[at:]; got != want {
			t.Errorf("withVerb(%q): %q, want %q", text, got, want)
		}
	}
}

func TestWithObjectVerb(t *testing.T) {
	q := question{kind: KindHow}
	text := "The new road will skirt the village and cross the River Dorn on a steel viaduct beside the old mill race."
	got := withObjectVerb(&q, text, "the River Dorn on a steel viaduct beside the old mill race")
	if want := "cross the River Dorn on a steel viaduct"; got != want {
		t.Errorf("withObjectVerb: %q, want %q", got, want)
	}
	if got := withObjectVerb(new(question{kind: KindWhy}), text, "the River Dorn"); got != "the River Dorn" {
		t.Errorf("withObjectVerb for why: %q, want it as it was", got)
	}
}

// TestHowReviewMends: faults a review found, each a case that failed:
// "per cent" is one unit; a noun after a determiner takes no particle.
func TestHowReviewMends(t *testing.T) {
	e := howEngine(t, "The council held a second vote on the dam on Sunday, on a turnout of 64 per cent, officials said.\n\n"+
		"Engineers said the water in the valley was safe to drink again.")
	ans, err := e.Ask(context.Background(), "how was turnout in the second vote")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(ans.Short, "64 per cent") {
		t.Errorf("turnout: short %q, want it to end on %q", ans.Short, "64 per cent")
	}
	e2 := howEngine(t, "The rescued climber was flown to hospital in Sion on Monday. It was unclear when he would be released.")
	if ans, err := e2.Ask(context.Background(), "how is the rescued climber doing"); err != nil {
		t.Fatal(err)
	} else if strings.Contains(ans.Short, "unclear") {
		t.Errorf("climber: short %q, a dummy \"it\" read as the climber", ans.Short)
	}
	// a vehicle's noun answers "how did they get there" only as the
	// subject of a verb of its own, and only for a way to a place
	e3 := howEngine(t, "Residents walked two miles to the shelter after the quake. The bus station collapsed in the first tremor.\n\n"+
		"The team reached the stadium late. The coach said the players were tired after the long trip.\n\n"+
		"The fire got out of control on Sunday afternoon. Fire trucks arrived from three nearby towns.")
	for _, q := range []string{"how did the residents get to the shelter", "how did the team get to the stadium", "how did the fire get out of control"} {
		ans, err := e3.Ask(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"bus station collapsed", "coach said", "trucks arrived"} {
			if strings.Contains(ans.Short, bad) {
				t.Errorf("%q: short %q, a vehicle's noun that says no way they went", q, ans.Short)
			}
		}
	}
	for _, tc := range []struct{ q, word, want string }{
		{"is the water down in the valley safe", "water", ""},
		{"did the army show up in the valley", "show", "up"},
	} {
		q := e.analyse(tc.q)
		for _, qt := range q.terms {
			if strings.EqualFold(qt.word, tc.word) && qt.particle != tc.want {
				t.Errorf("%q: %q has particle %q, want %q", tc.q, tc.word, qt.particle, tc.want)
			}
		}
	}
}

// TestProgressiveAtNoun: an -ing word after a determiner is the subject's
// noun; the progressive verb is the -ing word after it.
func TestProgressiveAtNoun(t *testing.T) {
	for q, want := range map[string]int{
		"how is the building holding up":         4,
		"how were doctors treating people":       3,
		"how is their housing":                   0,
		"how are the shops on the street coping": 7,
	} {
		if got := progressiveAt(strings.Fields(q)); got != want {
			t.Errorf("progressiveAt(%q) = %d; want %d", q, got, want)
		}
	}
}

func TestPlanShort(t *testing.T) {
	e := howEngine(t, "The regional water board met on Thursday after the chemical spill at the paper mill near Lindau.\n\n"+
		"\"We cannot wait another year,\" Olsen said.\n\n"+
		"The chair, Harriet Olsen, said she would ask Nordpapier to publish its inspection reports, which the company has so far kept private.\n\n"+
		"The board said the mill's new treatment plant, which would filter the waste water, had not yet been finished.\n\n"+
		"Households whose wells were not on Friday's list would receive a letter with a testing date, the board said.")
	// the plan of the one asked about, named otherwise ("she"), not the
	// clause on what the plan is about
	wantShorts(t, e, []askedShort{
		{"how does the chair want to see nordpapiers inspection reports", "ask Nordpapier to publish its inspection reports"},
		{"how is olsen going to get a look at the reports", "ask Nordpapier to publish its inspection reports"},
	})
	// "how do …": a way open to anyone, stated as a plan, from its verb
	q := "how do u find out ur testing date if ur well isnt on fridays list"
	if a := mustAsk(t, e, q); a.Short != "receive a letter with a testing date" {
		t.Errorf("%s: short %q, want the plan", q, a.Short)
	}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The town plans to ask the province to extend the wall, the mayor said.", []string{"ask the province to extend the wall"}},
		{"The line will have 14 stops and a depot.", nil},                                                    // a property, no deed
		{"Buses will be limited to 15 km/h on the bridge.", []string{"be limited to 15 km/h on the bridge"}}, // a passive
		{"It is not clear how the money would be spent.", nil},                                               // an indirect question
		{"They chose a route that would avoid the meadows.", nil},                                            // a relative clause
		{"No docker will lose his job.", nil},                                                                // a subject denied
	} {
		var got []string
		for _, p := range e.plansIn(new(question{}), tc.text) {
			got = append(got, tc.text[p.start:p.end])
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("plansIn(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestAskedPathNoMeans(t *testing.T) {
	e := howEngine(t, "Crews from three countries dig through collapsed houses a day after the storm.\n\n"+
		"The storm struck the valley late on Sunday night.\n\n"+
		"Villagers worked by lamplight and with shovels until dawn, passing rubble along a human chain.")
	// "dig through collapsed houses" is the way the asked deed went, no
	// means of it; "by lamplight" is one
	wantTop(t, e, "how were villagers digging people out", "by lamplight", true)
	wantShorts(t, e, []askedShort{{"how were villagers digging people out", "by lamplight"}})
}

func TestWithAfterPeopleNoMeans(t *testing.T) {
	e := howEngine(t, "Firefighters and volunteers with tractors had pulled 40 people from flooded farms by Tuesday evening.\n\n"+
		"The river rose two metres overnight.\n\n"+
		"A volunteer firefighter died on Monday, the second death of the week, after his car was swept off a flooded lane.")
	// "volunteers with tractors": what they had, no means of the asked
	// deed; the passage that says how he died comes first
	wantTop(t, e, "how did the volunteer firefighter die", "swept off a flooded lane", true)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"volunteers with tractors pulled them out", false},
		{"they helped people with their forms", true}, // a verb's object: what they were helped with
		{"the crews cleared the road with tractors", true},
	} {
		i := strings.Index(tc.text, "with")
		if got := reasonCue(tc.text, tc.text, i, "with"); got != tc.want {
			t.Errorf("reasonCue(%q, with) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestPlanFirst(t *testing.T) {
	e := howEngine(t, "The water board has to pay for the new reservoir at Lindau, the council said on Monday.\n\n"+
		"Its chair said the water board would borrow £40 million from banks for the new reservoir.\n\n"+
		"Work on the site is due to start in May.")
	// the passage that says what the board will do, over the one that
	// only says it must
	q := "how will the water board pay for the new reservoir"
	if a := mustAsk(t, e, q); a.Short != "borrow £40 million from banks for the new reservoir" {
		t.Errorf("%s: short %q, want the plan", q, a.Short)
	}
}

func TestTypeReasonPlan(t *testing.T) {
	e := howEngine(t, "The water board met on Monday.")
	q := e.analyse("how will the water board pay for the new reservoir")
	for text, want := range map[string]float64{
		"The chair said the water board would borrow £40 million from banks for the new reservoir.": 0.75, // its plan, naming the reservoir
		"The water board would meet again in May.":                                                  0.5,  // a plan naming nothing asked
		"The water board will pay for the reservoir by raising charges.":                            1,    // a means
	} {
		if got := e.typeReason(&q, parsedCand(t, e, text)); got != want {
			t.Errorf("typeReason(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestProgressiveMeansOverDeed(t *testing.T) {
	e := howEngine(t, "The flood cut the valley road on Monday.\n\n"+
		"Volunteers gathered at the church hall before dawn, and families got hot meals by showing a ticket at the door.\n\n"+
		"The council said the road would reopen next week.")
	// the means the passage gives, over what the volunteers did
	wantShorts(t, e, []askedShort{{"how are volunteers feeding the families", "by showing a ticket at the door"}})
}

// TestPreferNarration: for a manner "how" question, a close passage of
// narration goes ahead of a quotation that only repeats the question's
// words; not when the question asks how someone felt, nor when the
// narration scores far lower.
func TestPreferNarration(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Flood\n---\n\"We will not stop pumping the cellars until the water is gone,\" the fire chief said.\n")
	a := &corpus.Article{}
	quote := &cand{a: a, p: corpus.Passage{Kind: corpus.KindBody, Text: "\"We will not stop pumping the cellars until the water is gone,\" the fire chief said."}, score: 1, cov: 0.6, entOK: true}
	narration := &cand{a: a, p: corpus.Passage{Kind: corpus.KindBody, Seq: 1, Text: "Firefighters brought in six diesel pumps from the next county on Monday."}, score: 0.85, cov: 0.35, entOK: true}
	far := &cand{a: a, p: narration.p, score: 0.5, cov: 0.35, entOK: true}
	for _, tc := range []struct {
		q     string
		cands []*cand
		first *cand
	}{
		{"how are the firefighters pumping the cellars", []*cand{quote, narration}, narration},
		{"how does the fire chief feel about pumping the cellars", []*cand{quote, narration}, quote},
		{"how are the firefighters pumping the cellars", []*cand{quote, far}, quote},
	} {
		q := e.analyse(tc.q)
		for _, c := range tc.cands {
			c.toks = e.analyze(c.p.Text)
		}
		if got := e.preferNarration(&q, tc.cands); got[0] != tc.first {
			t.Errorf("%q: first %q", tc.q, got[0].p.Text)
		}
	}
}

// TestDirectSpeech: a passage opens in a speaker's words on a quotation
// mark, or inside a quotation whose first mark closes it.
func TestDirectSpeech(t *testing.T) {
	for text, want := range map[string]bool{
		"\"We pump day and night,\" she said.":                          true,
		"We pump day and night,\" she said.":                            true,
		"We pump day and night,” she said.":                             true,
		"Firefighters pumped the cellars, the \"worst\" they had seen.": false,
		"Firefighters pumped the cellars on Monday.":                    false,
	} {
		if got := directSpeech(text); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}

// TestPlanOfProgressive: "how are they VERBing" is answered by a plan the
// passage states, its verb one WordNet tags mostly as a noun ("would
// *test*"); not "how is she doing".
func TestPlanOfProgressive(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Leak\n---\nOil leaked from the barge on Monday.\n")
	text := "The agency said it would test the soil at ten farms near the river every week until the spring."
	c := &cand{p: corpus.Passage{Kind: corpus.KindBody, Text: text}}
	c.toks = e.analyze(text)
	for q, want := range map[string]string{
		"how are they checking the soil": "test the soil at ten farms near the river every week until the spring",
		"how is the agency doing":        "",
		"what did they find in the soil": "",
	} {
		qq := e.analyse(q)
		got := ""
		if s, ok := e.planShort(&qq, c); ok {
			got = text[s.start:s.end]
		}
		if got != want {
			t.Errorf("%q: plan %q, want %q", q, got, want)
		}
	}
}

// TestMannerParticiple: the participial phrase after a clause's comma says
// how its subject did it; not one of saying, nor "including".
func TestMannerParticiple(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Dozens of volunteers waited on the bank overnight, many wrapping themselves in foil blankets against the wind.", "many wrapping themselves in foil blankets against the wind"},
		{"The farmers blocked the road on Monday, using tractors and hay bales.", ""},                     // no quantifier: "using" is a means cue of reasonIn's
		{"Hundreds of farmers blocked the ring road on Monday, causing delays of three hours.", ""},       // a result
		{"The crowd gathered outside the mosque on Friday, some morning prayers held in the street.", ""}, // "morning" is no verb
		{"The farmers blocked the road on Monday, saying prices were too low.", ""},
		{"The farmers blocked three roads on Monday, including the ring road.", ""},
	} {
		end := strings.Index(tc.text, ",")
		got := ""
		if s, ok := mannerParticiple(tc.text, end); ok {
			got = tc.text[s.start:s.end]
		}
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestAsksView: a "how" question asks for a view where a verb of view,
// saying, naming or reacting stands as its verb, not where the word is a
// noun ("the call for volunteers") or a verb of manner ("put out").
func TestAsksView(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Fire\n---\nFirefighters put out the fire on Monday.\n")
	for question, want := range map[string]bool{
		"how does the mayor feel about the plan":            true,
		"how did the minister describe the talks":           true,
		"how did firefighters put out the fire":             false,
		"how are banks setting the interest rate":           false,
		"how did volunteers answer the call for volunteers": false,
	} {
		q := e.analyse(question)
		if got := asksView(&q); got != want {
			t.Errorf("asksView(%q) = %v; want %v", question, got, want)
		}
	}
}

func TestProspectRival(t *testing.T) {
	prospect := "The depot said 90 lorries were parked outside when the gates reopened, and it expected to clear the queue within a week."
	e := howEngine(t, "The depot opened in 1998 on the edge of the town.\n\n"+
		"By Friday evening, 40 lorries were parked along the ring road outside the depot.\n\n"+
		prospect+"\n\n"+
		"The mayor said the town was tired of the noise.")
	// the passage that says what is to be done, over the one that only
	// says what there is
	q := "how are they going to get through all the parked lorries"
	if a := mustAsk(t, e, q); a.Short == "" || !strings.Contains(prospect, a.Short) {
		t.Errorf("%s: short %q, want one from the passage of the prospect", q, a.Short)
	}
}

func TestTypeReasonDegree(t *testing.T) {
	e := howEngine(t, "The river rose on Monday.")
	q := e.analyse("how fast was the river rising")
	for text, want := range map[string]float64{
		"The river was rising by 40 centimetres an hour, the mayor said.": 0.75, // a measure
		"The river rose faster than anyone expected, the mayor said.":     0.5,  // no figure
		"The river last rose so quickly in 1987, the mayor said.":         0.5,  // a year measures nothing
		"The river rose quickly on 12 March, the mayor said.":             0.5,  // nor a date
		"The river rose quickly from 3 p.m., the mayor said.":             0.5,  // nor a clock time
		"The river rose quickly after March 12, the mayor said.":          0.5,
	} {
		if got := e.typeReason(&q, parsedCand(t, e, text)); got != want {
			t.Errorf("typeReason(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestVerbAfterSubject: reactionAt and deedVerbAt find their verb after
// an auxiliary and a word of the subject, through one scan; short or
// auxiliary-less questions have none, and none panics.
func TestVerbAfterSubject(t *testing.T) {
	for _, tc := range []struct {
		q              string
		reaction, deed int
	}{
		{"how did the ferry owners react", 5, 5},
		{"how did the lockout end", 0, 4},
		{"how did the walkout over fares end", 0, 6},
		{"how was the pier repaired", 0, 0},
		{"why the ferry react", 0, 0},
		{"how did", 0, 0},
		{"", 0, 0},
	} {
		w := strings.Fields(tc.q)
		if got := reactionAt(w); got != tc.reaction {
			t.Errorf("reactionAt(%q) = %d; want %d", tc.q, got, tc.reaction)
		}
		if got := deedVerbAt(w); got != tc.deed {
			t.Errorf("deedVerbAt(%q) = %d; want %d", tc.q, got, tc.deed)
		}
	}
}

// TestDeedOfSpacing: the deed after a phrase on the subject's noun ("the
// volunteers of the town *had rebuilt the wall*") is found at the same
// words whatever white space stands between them: double spaces, a tab, a
// newline or a no-break space in the phrase do not shift it.
func TestDeedOfSpacing(t *testing.T) {
	e := testEngine(t)
	q := new(e.analyse("how did the volunteers react"))
	subject := -1
	for i, term := range q.terms {
		if strings.HasPrefix(term.term, "volunt") {
			subject = i
		}
	}
	if subject < 0 {
		t.Fatalf("no term for the volunteers in %+v", q.terms)
	}
	for _, text := range []string{
		"The volunteers of the town had rebuilt the wall by noon.",
		"The volunteers of the  town had rebuilt the wall by noon.",
		"The volunteers of the\ttown had rebuilt the wall by noon.",
		"The volunteers of the\ntown had rebuilt the wall by noon.",
		"The volunteers of the\u00a0town had rebuilt the wall by noon.",
		"The volunteers of   Dörfli’s  town had rebuilt the wall by noon.",
	} {
		c := &cand{p: corpus.Passage{Text: text}, toks: e.analyze(text)}
		s, ok := e.deedOf(q, c, subject, true)
		if got := text[s.start:s.end]; !ok || !strings.HasSuffix(got, " had rebuilt the wall by noon") {
			t.Errorf("deedOf(%q) = %q, %v; want the deed \"had rebuilt the wall by noon\"", text, got, ok)
		}
	}
}
