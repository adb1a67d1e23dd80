package qa

import (
	"slices"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/index"
)

// TestSpeakersReason: "why does X think …" where X's passage gives no cue
// of a reason is answered with the clause X reports that does not only
// say the question again, not with the one that does.
func TestSpeakersReason(t *testing.T) {
	e := howEngine(t, "The Millbrook library opened in 1962 and has 40,000 books on its shelves.\n\n"+
		"Head librarian Zoë Marchetti said that \"the roof leaks over the archive every winter\" and \"we will need a new building before long\".\n\n"+
		"The reading room is on the second floor, beside the café.")
	wantShorts(t, e, []askedShort{
		{"why does marchetti think the library will need a new building", "the roof leaks over the archive every winter"},
	})
	// the same, said by a verb of several words (phrasalSaidAt)
	pool := "Site manager Tomás Oyelaran also pointed out that \"the boiler fails every January\" and \"we will need a new pool soon\"."
	e = howEngine(t, "The Ashby pool opened in 1971 and holds 300 swimmers.\n\n"+pool+"\n\n"+
		"The pool café is on the first floor.")
	wantShorts(t, e, []askedShort{
		{"why does oyelaran think the town will need a new pool", "the boiler fails every January"},
		{"why does tomás oyelaran think the town will need a new pool", "the boiler fails every January"},
	})
	// another person who shares the surname or the description's noun is
	// not the one asked about: "Tomás Oyelaran" is not Ana Oyelaran, "the
	// finance officer" not the safety officer; nor is any piece of the
	// other's sentence (said) a short answer
	notTheirs := func(e *Engine, q, said string) {
		t.Helper()
		if a := mustAsk(t, e, q); a.Short != "" && strings.Contains(said, a.Short) {
			t.Errorf("%s: answered %v %q; want no short answer of another's words %q", q, a.Answered, a.Short, said)
		}
	}
	notTheirs(e, "why does ana oyelaran think the town will need a new pool", pool)
	rink := "The rink's finance officer also pointed out that \"the chiller breaks down every March\" and \"the town will need a new rink soon\"."
	e = howEngine(t, "The Dunmore rink opened in 1984 and seats 900 skaters.\n\n"+rink+"\n\n"+
		"The safety officer checked the ice on Sunday.")
	wantShorts(t, e, []askedShort{
		{"why does the finance officer think the town will need a new rink", "the chiller breaks down every March"},
	})
	notTheirs(e, "why does the safety officer think the town will need a new rink", rink)
	// where another of X's kind or surname speaks and X only stands by, no
	// piece of the other's words is X's reason (anotherSpeaks), by a verb
	// of one word or of several
	// (declined: the reason readers decline it, as Explain then says; in
	// the Lindqvist row the other speaks in a passage of its own, and
	// Maria's, on top, neither speaks nor gives a cause: speakerSilent)
	for _, tc := range []struct {
		speaker, verb, bystander, q, theirs string
		declined                            string
	}{
		{"The transport minister", "also pointed out that", "The housing minister", "why does the housing minister think the depot will shut", "why does the transport minister think the depot will shut", anotherSpeaksReason},
		{"The transport minister", "said that", "The housing minister", "why does the housing minister think the depot will shut", "why does the transport minister think the depot will shut", anotherSpeaksReason},
		{"Peter Lindqvist", "also pointed out that", "Maria Lindqvist", "why does maria lindqvist think the depot will shut", "why does peter lindqvist think the depot will shut", speakerSilentReason},
	} {
		said := tc.speaker + " " + tc.verb + ` "the fleet is smaller by a quarter this winter" and "the depot will shut before the summer".`
		e = howEngine(t, "The Corran bus depot opened in 1958 and parks 120 buses.\n\n"+said+"\n\n"+tc.bystander+" toured the garage on Monday.")
		if a := mustAsk(t, e, tc.q); a.Short != "" && strings.Contains(said, a.Short) {
			t.Errorf("%s (%s %s): answered %q, words of %s", tc.q, tc.speaker, tc.verb, a.Short, tc.speaker)
		}
		// Explain (and so qadebug and fitweights) sees the decline, with
		// its reason, and none for the one who speaks
		for q, want := range map[string]string{tc.q: tc.declined, tc.theirs: ""} {
			if x, err := e.Explain(t.Context(), q); err != nil || x.Declined != want {
				t.Errorf("Explain(%q) (%s %s) declined %q, %v; want %q", q, tc.speaker, tc.verb, x.Declined, err, want)
			}
		}
		// the one who speaks is still answered with his words
		wantShorts(t, e, []askedShort{{tc.theirs, `"the fleet is smaller by a quarter this winter"`}})
	}
	// a reason read in the other's words (a cue: "because") is the
	// other's too: declined for X, answered for the one who speaks
	e = howEngine(t, "The Corran bus depot opened in 1958 and parks 120 buses.\n\nMaria Lindqvist came too.\n\nIt rained.\n\n"+
		"Peter Lindqvist said the depot will shut because the fleet is smaller.")
	if a := mustAsk(t, e, "why does maria lindqvist think the depot will shut"); a.Answered || a.declined != anotherSpeaksReason {
		t.Errorf("why does maria lindqvist think the depot will shut: answered %v %q, declined %q; want declined: %s", a.Answered, a.Short, a.declined, anotherSpeaksReason)
	}
	if a := mustAsk(t, e, "why does peter lindqvist think the depot will shut"); !a.Answered || !strings.Contains(a.Short, "fleet is smaller") {
		t.Errorf("why does peter lindqvist think the depot will shut: answered %v %q; want his reason", a.Answered, a.Short)
	}
	// where no one speaks in the top passage and it gives no cause, its
	// narration of X is no reason of X's, nor is the sentence after it:
	// declined, though another of X's name speaks further down
	e = howEngine(t, "The Corran bus depot opened in 1958 and parks 120 buses.\n\nMaria Lindqvist toured the depot on Monday.\n\nThe garage roof was mended in May.\n\n"+
		`Peter Lindqvist also pointed out that "the fleet is smaller by a quarter this winter" and "the depot will shut before the summer".`)
	q := "why does maria lindqvist think the depot will shut"
	if a := mustAsk(t, e, q); a.Answered || a.declined != speakerSilentReason {
		t.Errorf("%s (narration of her on top): answered %v %q, declined %q; want declined: %s", q, a.Answered, a.Short, a.declined, speakerSilentReason)
	}
	if x, err := e.Explain(t.Context(), q); err != nil || x.Declined != speakerSilentReason {
		t.Errorf("Explain(%q) (narration of her on top) declined %q, %v; want %q", q, x.Declined, err, speakerSilentReason)
	}
	// (nor is narration with a relative clause on its object: no view)
	e = howEngine(t, "The Corran bus depot opened in 1958 and parks 120 buses.\n\nMaria Lindqvist toured the depot that was built in 1958.\n\nThe garage roof was mended in May.")
	if a := mustAsk(t, e, q); a.Answered || a.declined != speakerSilentReason {
		t.Errorf("%s (narration, relative clause): answered %v %q, declined %q; want declined: %s", q, a.Answered, a.Short, a.declined, speakerSilentReason)
	}
	// another of X's name who thinks (a verb of thinking, not of saying)
	// holds the other's view: its reason is declined for X, answered for
	// the one who thinks
	e = howEngine(t, "The Corran bus depot opened in 1958 and parks 120 buses.\n\nMaria Lindqvist toured the depot on Monday.\n\nThe garage roof was mended in May.\n\n"+
		"Peter Lindqvist thinks the depot will shut, as the fleet is smaller.")
	if a := mustAsk(t, e, q); a.Answered || a.declined != anotherSpeaksReason {
		t.Errorf("%s (Peter thinks): answered %v %q, declined %q; want declined: %s", q, a.Answered, a.Short, a.declined, anotherSpeaksReason)
	}
	if a := mustAsk(t, e, "why does peter lindqvist think the depot will shut"); !a.Answered || !strings.Contains(a.Short, "fleet is smaller") {
		t.Errorf("why does peter lindqvist think the depot will shut (he thinks): answered %v %q; want his reason", a.Answered, a.Short)
	}
	// (a clause with no "that" and no auxiliary, by its verb alone: "the
	// depot *shuts* soon")
	e = howEngine(t, "The Corran bus depot opened in 1958 and parks 120 buses.\n\nMaria Lindqvist toured the depot on Monday.\n\nThe garage roof was mended in May.\n\n"+
		"Peter Lindqvist thinks the depot shuts soon because the fleet is smaller.")
	if a := mustAsk(t, e, q); a.Answered || a.declined != anotherSpeaksReason {
		t.Errorf("%s (Peter thinks, no auxiliary): answered %v %q, declined %q; want declined: %s", q, a.Answered, a.Short, a.declined, anotherSpeaksReason)
	}
	// narration of X past an auxiliary or a verb, with a clause of its
	// own joined on ("when", "and"), is no view of X's: declined
	for _, said := range []string{
		"Maria Lindqvist was at the depot when it was shut. The fleet has halved since 2019.",
		// (a verb that takes no clause: "and" joins a clause of its own,
		// not a subject of two)
		"Maria Lindqvist visited the depot and the garage will shut. The fleet has halved since 2019.",
		"Maria Lindqvist inspected the depot and the council will shut it. The fleet has halved since 2019.",
		// (a participle past "has" is a deed, not a view: an adjective
		// takes a clause only past a form of "be", "is convinced")
		"Maria Lindqvist has closed the depot and the garage will shut. The fleet has halved since 2019.",
		"Maria Lindqvist has sold the depot and the garage will shut. The fleet has halved since 2019.",
		// (a plural noun after a noun is no verb of a clause)
		"Maria Lindqvist visited the depot works on Monday. The fleet has halved since 2019.",
		// (nor a clause on the object past a word that is no verb or
		// adjective: "was *at* the depot the council will shut")
		"Maria Lindqvist was at the depot the council will shut. The fleet has halved since 2019.",
	} {
		e = howEngine(t, "The Corran bus depot opened in 1958 and parks 120 buses.\n\n"+said+"\n\nThe garage roof was mended in May.")
		if a := mustAsk(t, e, q); a.Answered || a.declined != speakerSilentReason {
			t.Errorf("%s (%.60q): answered %v %q, declined %q; want declined: %s", q, said, a.Answered, a.Short, a.declined, speakerSilentReason)
		}
	}
	// the last word alone as the source ("According to Lindqvist",
	// "According to the minister") is another's where the passage names
	// another by it: no view of X's, declined
	for _, tc := range []struct{ said, q string }{
		{"Peter Lindqvist toured the depot on Monday. According to Lindqvist, the depot will shut. The fleet has halved since 2019.", q},
		{"The transport minister toured the depot on Monday. According to the minister, the depot will shut. The fleet has halved since 2019.", "why does the housing minister think the depot will shut"},
	} {
		e = howEngine(t, "The Corran bus depot opened in 1958 and parks 120 buses.\n\n"+tc.said+"\n\nThe garage roof was mended in May.")
		if a := mustAsk(t, e, tc.q); a.Answered || a.declined != speakerSilentReason {
			t.Errorf("%s (%.60q): answered %v %q, declined %q; want declined: %s", tc.q, tc.said, a.Answered, a.Short, a.declined, speakerSilentReason)
		}
	}
	// X's view given by its source ("According to the housing minister")
	// where no reader finds its cause: declined, not answered with no
	// words, and Explain says so
	e = howEngine(t, "The Corran bus depot opened in 1958 and parks 120 buses.\n\n"+
		"According to the housing minister, the depot will shut. The fleet has halved since 2019.\n\nThe garage roof was mended in May.")
	hq := "why does the housing minister think the depot will shut"
	if a := mustAsk(t, e, hq); a.Answered || a.declined != viewNoCauseReason {
		t.Errorf("%s (according to): answered %v %q, declined %q; want declined: %s", hq, a.Answered, a.Short, a.declined, viewNoCauseReason)
	}
	if x, err := e.Explain(t.Context(), hq); err != nil || x.Declined != viewNoCauseReason {
		t.Errorf("Explain(%q) (according to) declined %q, %v; want %q", hq, x.Declined, err, viewNoCauseReason)
	}
	// X's own view is X's reason, whether told by a verb of thinking or
	// belief, with a clause after a verb ("predicts the depot will
	// shut", "is convinced …"), or given as its source ("According to
	// X"): no narration (speakerSilent); and another of X's name or kind
	// whose verb takes a noun object ("checked the buses", "read the
	// report", "confirmed the cuts") holds no view (anotherSpeaks)
	for _, tc := range []struct{ said, q, want string }{
		{"Maria Lindqvist believes the depot will shut. The fleet has halved since 2019.", q, "fleet has halved"},
		{"Maria Lindqvist believes the depot will shut.\n\nThe fleet has halved since 2019 and the council has cut its grant.", q, "depot will shut"},
		{"Maria Lindqvist is convinced the depot will shut. The fleet has halved since 2019.", q, "fleet has halved"},
		{"In her view, Maria Lindqvist expects the depot to shut: the fleet has halved since 2019.", q, "fleet has halved"},
		{"According to Maria Lindqvist, the depot will shut. The fleet has halved since 2019.", q, "fleet has halved"},
		{"Maria Lindqvist toured the depot on Monday. According to Lindqvist, the depot will shut. The fleet has halved since 2019.", q, "fleet has halved"},
		{"The housing minister toured the depot on Monday. According to the minister, the depot will shut. The fleet has halved since 2019.", "why does the housing minister think the depot will shut", "fleet has halved"},
		{"Maria Lindqvist predicts the depot will shut. The fleet has halved since 2019.", "why does maria lindqvist say the depot will shut", "fleet has halved"},
		{"Maria Lindqvist predicts the depot and the garage will shut. The fleet has halved since 2019.", q, "will shut"},
		{"Maria Lindqvist is convinced the depot or the garage will shut. The fleet has halved since 2019.", q, "will shut"},
		{"Peter Lindqvist checked the buses on Monday, and Maria Lindqvist believes the depot will shut because the fleet is smaller.", q, "because the fleet is smaller"},
		{"Maria Lindqvist believes the depot will shut because the fleet is smaller, after Peter Lindqvist read the report.", q, "because the fleet is smaller"},
		{"The housing minister fears the depot will shut because the fleet is smaller, after the transport minister confirmed the cuts.", "why does the housing minister think the depot will shut", "because the fleet is smaller"},
	} {
		e = howEngine(t, "The Corran bus depot opened in 1958 and parks 120 buses.\n\n"+tc.said+"\n\nThe garage roof was mended in May.")
		if a := mustAsk(t, e, tc.q); !a.Answered || !strings.Contains(a.Short, tc.want) {
			t.Errorf("%s (%.60q): answered %v %q, declined %q; want %q", tc.q, tc.said, a.Answered, a.Short, a.declined, tc.want)
		}
	}
	// Explain says what Ask did: where Ask answers before its reason
	// readers are reached (the list the other's sentence introduces is
	// gathered, refineKind), Explain sees no decline either
	e = howEngine(t, "The Lunsford tram shed opened in 1931 and holds 40 trams.\n\n"+
		"The works manager said the shed will close before the winter:\n\n- the rails are worn through\n- the cranes fail every week\n\n"+
		"The safety manager walked the yard on Tuesday.")
	q = "why does the safety manager think the shed will close"
	a := mustAsk(t, e, q)
	if x, err := e.Explain(t.Context(), q); err != nil || (x.Declined == anotherSpeaksReason) == a.Answered {
		t.Errorf("%s: Ask answered %v %q; Explain declined %q, %v: they disagree", q, a.Answered, a.Short, x.Declined, err)
	}
	// a story that names X again by the head noun alone ("The minister
	// said"), or with a word of when or where the title is held ("The
	// current minister"), names no one else: X is not declined as
	// another's speaker
	// (nor with one that says it is held for a while: "The *interim*
	// minister", "The *acting* minister")
	for _, again := range []string{"The minister said that", "The minister also pointed out that", "The current minister said that", "The interim minister said that", "The acting minister also pointed out that"} {
		e = howEngine(t, "The education minister toured the classrooms on Monday.\n\n"+
			again+" \"the roof leaks in every storm\" and \"the school will close next year\".\n\n"+
			"The hall holds 400 pupils.")
		q := "why does the education minister think the school will close"
		if a := mustAsk(t, e, q); !a.Answered {
			t.Errorf("%s (%s): declined; want an answer, the minister named again", q, again)
		}
	}
}

// TestReportedParts splits a reported clause where "and that" or "and"
// before a quotation mark joins two, keeps the mark with its quotation,
// and reads an empty, inverted or out-of-range span as nothing.
func TestReportedParts(t *testing.T) {
	for _, tc := range []struct {
		text string
		s    span
		want []string
	}{
		{"the fees had doubled and that the hall was shut", span{0, -1}, []string{"the fees had doubled", "the hall was shut"}},
		{"the cost was high and “we cannot pay” — Zoë", span{0, -1}, []string{"the cost was high", "“we cannot pay” — Zoë"}},
		{"the bread and the milk ran out", span{0, -1}, []string{"the bread and the milk ran out"}},
		{"", span{0, 0}, nil},
		{"abc", span{2, 1}, nil},
		{"abc", span{0, 9}, nil},
	} {
		if tc.s.end < 0 {
			tc.s.end = len(tc.text) // the whole text
		}
		var got []string
		for p := range reportedParts(tc.text, tc.s) {
			got = append(got, tc.text[p.start:p.end])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("reportedParts(%q, %v) = %q; want %q", tc.text, tc.s, got, tc.want)
		}
	}
}

// TestSpeakerBelow: "why does X say …" where the best passage holds
// another person's words and X only stands by is answered from a passage
// nearly as well matched in which X speaks (speakerBelow), cited there.
func TestSpeakerBelow(t *testing.T) {
	theirs := "Ferreira said that if riders were to lose the night buses \"they would have to walk three miles along an unlit road\"."
	e := howEngine(t, "The Corran council met on Monday to vote on the night bus plan.\n\n"+
		"Riders need the night buses \"so that shift workers can get home safely after midnight,\" he said, standing beside transport chief Nadia Ferreira.\n\n"+
		theirs+"\n\n"+
		"The council will vote again in June.")
	q := "why does ferreira say riders need the night buses"
	a := mustAsk(t, e, q)
	if !a.Answered || a.Short == "" || !strings.Contains(theirs, a.Short) || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, theirs) {
		t.Errorf("%s: answered %v %q from %v; want a piece of %q, cited", q, a.Answered, a.Short, a.Passages[:min(len(a.Passages), 1)], theirs)
	}
}

// TestNamedOtherAt: the word right before a description's or a name's
// last word names someone else only where it is a capitalised word or a
// noun that is none of the asked person's other words; a bare head, a
// function word, punctuation between and an offset past the text name no
// one else.
func TestNamedOtherAt(t *testing.T) {
	e := howEngine(t, "The pier opened in 1902.\n\nPaul Voss, the future harbour minister, toured the pier on Monday.")
	for _, tc := range []struct {
		text, asked string
		want        bool
	}{
		{"The minister said it would close.", "health minister", false},
		{"The current minister said it would close.", "health minister", false},
		{"The future minister said it would close.", "health minister", true}, // "future" describes Voss
		{"The finance minister said it would close.", "health minister", true},
		{"The health minister said it would close.", "health minister", false},
		{"Peter Holm said it would close.", "ingrid holm", true},
		{"Holm said it would close.", "ingrid holm", false},
		{"“It will close,” — Zoë Holm said.", "ingrid holm", true},
		{"On Tuesday, minister Holm said so.", "health minister", false},
		{"", "health minister", false},
	} {
		want := e.analyze(tc.asked)
		others := want[:len(want)-1]
		toks := e.analyze(tc.text)
		got := false
		for _, tok := range toks {
			if tok.Term == want[len(want)-1].Term && e.namedOtherAt(tc.text, toks, others, tok) {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("namedOtherAt(%q, %q) = %v; want %v", tc.text, tc.asked, got, tc.want)
		}
	}
	if e.namedOtherAt("the", nil, nil, index.Token{Term: "x", Start: 9, End: 10}) {
		t.Errorf("namedOtherAt past the text = true; want false")
	}
}

// TestSpeakersReasonPastEvidence: Explain gives the reason readers'
// decline (anotherSpeaks) whatever the evidence, as fitweights takes it:
// where Ask declines a question by the evidence already, Explain still
// says another speaks, so that no trial weights count it answerable.
func TestSpeakersReasonPastEvidence(t *testing.T) {
	e := howEngine(t, "The Corran bus depot opened in 1958 and parks 120 buses.\n\n"+
		`The transport minister said that "the fleet is smaller by a quarter this winter".`+
		"\n\nThe garage roof was mended on Monday.")
	q := "why does the housing minister think the fleet will be sold off next spring"
	if a := mustAsk(t, e, q); a.Answered || a.declined != "" {
		t.Fatalf("Ask(%q) = %v %q, declined %q; want declined by the evidence", q, a.Answered, a.Short, a.declined)
	}
	if x, err := e.Explain(t.Context(), q); err != nil || x.Declined != anotherSpeaksReason {
		t.Errorf("Explain(%q) declined %q, %v; want %q", q, x.Declined, err, anotherSpeaksReason)
	}
}

// TestClauseAfter pins what clauseAfter reads as a clause after a verb
// (the text after the verb, which ends at the first byte): "that", or a
// subject and its auxiliary; not a noun object, nor a relative clause on
// one ("the depot that was built").
func TestClauseAfter(t *testing.T) {
	for _, tc := range []struct {
		after string
		pair  bool // (the verb takes a clause)
		want  bool
	}{
		{" that the depot will shut.", true, true},
		{" the depot will shut, as the fleet is smaller.", true, true},
		{" the depot is too old.", true, true},
		{" the buses on Monday, and the depot will shut.", true, false},
		{" the report.", true, false},
		{" the depot that was built in 1958.", true, false},
		{" the depot, which will shut.", true, false},
		{" the garage where the buses are kept.", true, false},
		{" the depot shuts soon because the fleet is smaller.", true, true},
		{" the cuts on Monday.", true, false},
		{" the depot and the garage will shut.", true, true},
		{" the depot or the garage will shut.", true, true},
		// (a verb that takes no clause: "visited the depot and …")
		{" the depot and the garage will shut.", false, false},
		{" the depot or the garage will shut.", false, false},
		{" the depot will shut.", false, true},
		{" the buses and they will shut.", true, false},
		{" at the depot when it was shut.", true, false},
		{" the depot works on Monday.", true, false},
		{" the old tram sheds.", true, false},
		{" the bus stops on Monday.", true, false},
	} {
		if got := clauseAfter("verb"+tc.after, len("verb"), tc.pair); got != tc.want {
			t.Errorf("clauseAfter(%q, %v) = %v, want %v", tc.after, tc.pair, got, tc.want)
		}
	}
}
