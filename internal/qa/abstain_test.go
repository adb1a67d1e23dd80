package qa

import (
	"strings"
	"testing"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// TestCountsAlikeKind: a number's noun near the counted one in GloVe
// counts it only if both are persons or neither is, and if the question
// does not say it besides.
func TestCountsAlikeKind(t *testing.T) {
	for _, c := range []struct {
		counted, after, question string
		want                     bool
	}{
		{"houses", "homes were destroyed", "how many houses", true},
		{"casualties", "troops to the front", "how many casualties", false},
		{"soldiers", "officers were sent", "how many soldiers", true},
		{"soldiers", "officers were sent", "how many soldiers came with the officers", false},
		// a noun with no plural "-s" that heads the number's phrase
		// counts as one with it; a word after the phrase's end does not
		{"planes", "Northjet aircraft were stuck abroad", "how many planes were stuck", true},
		{"planes", "of the passengers had their aircraft delayed", "how many planes", false},
		{"soldiers", "Northjet aircraft were stuck abroad", "how many soldiers", false},
	} {
		if got := countsAlike(c.counted, lexicon.KinOf(c.counted), c.after, strings.Fields(c.question)...); got != c.want {
			t.Errorf("countsAlike(%q, %q) in %q = %v, want %v", c.counted, c.after, c.question, got, c.want)
		}
	}
}

// TestEndedUp: "did X end up V-ing" asks whether the deed came about: a
// passage without the deed does not say.
func TestEndedUp(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Airline outage\n---\nThe regulator said it would open an inquiry covering both the airline and its supplier.\nOn Friday the airline cancelled 212 flights across its network.\n")
	wantDeclined(t, e, "did the airline end up suing its supplier")
	wantTop(t, e, "did the airline end up cancelling flights", "On Friday the airline cancelled 212 flights across its network.", true)
}

// TestOwnsFigure: "how many N does X have" is answered by X's N, not by a
// figure of N merely sent to X.
func TestOwnsFigure(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Troops\n---\nFrance said it could send 5,000 soldiers to Poland after the war.\n")
	wantDeclined(t, e, "how many soldiers does poland have")
	e = engineOfText(t, "---\nid: t\nheadline: Troops\n---\nFrance said it could send 5,000 soldiers to Poland after the war.\nPoland's army has about 200,000 soldiers.\n")
	wantTop(t, e, "how many soldiers does poland have", "Poland's army has about 200,000 soldiers.", true)
}

// TestPromotesCountOfNoun: for "how many", a passage that counts the noun
// asked about answers over a better matched one with no figure at all,
// however little else of the question it holds; and one whose figure
// counts it answers over one with a figure of something else though it
// names no day the question does (the day is the sentence's context).
func TestPromotesCountOfNoun(t *testing.T) {
	e := engineOfText(t, "---\nid: p\nheadline: Port strike\n---\n"+
		"A docker said robots could wipe out the old trades of the harbour.\n"+
		"Shops in the old town stayed open.\n"+
		"The union says the plan for cranes puts up to 450 jobs at risk.\n")
	wantTop(t, e, "how many jobs could the robots wipe out", "450 jobs", true)
	e = engineOfText(t, "---\nid: q\nheadline: Barge aground\n---\n"+
		"On Tuesday a small amount of diesel leaked from the grounded barge Halden Rose, officials said, as 12 boats waited on site to pass.\n"+
		"Divers inspected the hull.\n"+
		"The river authority said three more tugs had arrived from Lindholm, bringing the total on site to seven.\n")
	wantTop(t, e, "how many tugs were on site by tuesday", "seven", true)
}

// TestNarrowedAlike: a number's noun narrowed by the word that narrows
// the noun a "how many" question counts counts it, near in meaning though
// GloVe puts them less near than soft matching needs ("reefer containers"
// for "reefer boxes"); not a noun of another kind so narrowed ("nuclear
// powers", states, for "nuclear weapons").
func TestNarrowedAlike(t *testing.T) {
	e := engineOfText(t, "---\nid: r\nheadline: Depot jammed\n---\n"+
		"About 900 reefer containers of cheese, meat and fruit are stuck at the Osterby depot.\n"+
		"Britain and France are Western Europe's two nuclear powers, the minister said, and no weapons were discussed.\n"+
		"Driverless vehicles will move boxes around the yard.\n")
	wantShorts(t, e, []askedShort{{"how many reefer boxes are stuck at the depot", "900"}})
	wantDeclined(t, e, "how many nuclear weapons does france have")
}

// TestIncrementCount: "how many extra soldiers" counts those added, which
// a number with an increment word gives ("600 more soldiers", "another
// 600"), not the whole ("2,000 soldiers"): a passage giving only the whole
// is no answer.
func TestIncrementCount(t *testing.T) {
	e := engineOfText(t, "---\nid: a\nheadline: Army sent to valley\n---\n"+
		"The army sent 2,000 soldiers to the flooded valley on Monday, with trucks, boats and field kitchens for the towns.\n"+
		"Ferries crossed the bay all day.\n"+
		"On Friday 600 more soldiers were sent there.\n")
	if a := mustAsk(t, e, "how many extra soldiers were sent"); !strings.Contains(a.Short, "600") || strings.Contains(a.Short, "2,000") {
		t.Errorf("answered %q; want the soldiers added (600), not all of them", a.Short)
	}
	for q, want := range map[string]bool{"how many extra soldiers came": true, "how many more rescuers came": true, "how many soldiers came": false, "how many more came": false,
		// "more" of what remains is no increment
		"how many more soldiers are still needed": false, "how many more homes r left without power": false} {
		if got := asksIncrement(new(e.analyse(q))); got != want {
			t.Errorf("asksIncrement(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestRateCount: "how many cars cross the bridge a day" asks a count per
// unit of time: "40,000 vehicles a day" answers it, "300 cars crossed the
// bridge before police shut it" does not, though it says the deed.
func TestRateCount(t *testing.T) {
	e := engineOfText(t, "---\nid: b\nheadline: Bridge shut\n---\n"+
		"Engineers said 300 cars crossed the bridge before police shut it on Tuesday.\n"+
		"Ferries crossed the bay all day.\n"+
		"Traffic counts show the bridge usually carries about 40,000 vehicles a day.\n")
	wantShorts(t, e, []askedShort{{"how many cars cross the bridge a day", "40,000"}})
	// a rate must be the figure's: "every hour" with no number before it is none
	if e.givesRate("Ferries cross the bay every hour, and police said 300 cars crossed the bridge.") || !e.givesRate("The bridge carries about 40,000 vehicles a day.") {
		t.Errorf("givesRate: a rate not of a figure counted, or one of a figure missed")
	}
	for q, want := range map[string]bool{"how many riders a year": true, "how many meals r served daily": true, "how many cars crossed on tuesday": false,
		// a time said from another, or a span, is no rate
		"how many people were rescued a day after the quake": false, "how many died a week ago": false, "how many homes will be built in a year": false,
		"how much is the city losing for each day": true} {
		if got := asksRate(new(e.analyse(q))); got != want {
			t.Errorf("asksRate(%q) = %v, want %v", q, got, want)
		}
	}
	// read by hand as rateRE reads the words (whole words only, in
	// either case), each match then weighed by rateAt
	for _, words := range [][]string{
		{"how", "many", "buses", "per", "hour"}, {"how", "many", "buses", "per", "hours"}, {"riders", "each", "week"},
		{"Daily", "riders"}, {"dailyish", "riders"}, {"x_daily"}, {"an", "hourly", "count"}, {"an", "hour", "ago"},
		{"anyday"}, {"an", "day's", "pay"}, {"many", "every", "nights"}, {"cafés", "a", "year"}, {"ça", "annually"},
	} {
		text, want := strings.Join(words, " "), false
		for _, m := range rateRE.FindAllStringIndex(text, -1) {
			want = want || rateAt(text, m)
		}
		if got := asksRate(new(question{words: words})); got != want {
			t.Errorf("asksRate(%q) = %v; rateRE and rateAt say %v", words, got, want)
		}
	}
}

// TestUnnamed: a yes/no question about X and Y is not answered by a
// sentence on X that names no Y, where Y is named elsewhere in the
// articles but not in the story's opening or headline; one that names
// both is an answer, and so is one in a story opened with Y.
func TestUnnamed(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Harbour talks end\n---\nThe harbour talks ended on Friday after three days.\n\nThe mayor, Ines Varga, praised the deal as a fair compromise.\n\nLater, Tomas Ruud said the union would meet again in June.\n")
	wantDeclined(t, e, "did varga praise ruud for the deal")
	wantAnswered(t, e, "did varga praise the deal")
	e = engineOfText(t, "---\nid: t\nheadline: Ruud and the harbour talks\n---\nTomas Ruud led the union at the harbour talks.\n\nThe mayor, Ines Varga, praised the deal as a fair compromise.\n")
	wantAnswered(t, e, "did varga praise ruud's deal")
}

// TestNamedOnlyInList: a yes/no question about one person is not answered
// by a sentence that names them only in a list of others, saying what
// the group did; a sentence about them alone answers.
func TestNamedOnlyInList(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Harbour deal agreed\n---\nThe harbour deal was agreed on Friday after three days of talks.\n\nOfficials at the talks, including Varga, Ruud, Harbour Minister Ana Lind and Tomas Berg, said the deal was fair.\n\nVarga promised new money for the harbour.\n")
	wantDeclined(t, e, "did lind vote for the deal")
	wantAnswered(t, e, "did varga promise new money")
	// whether one is among others is what a list says
	wantAnswered(t, e, "was lind among the officials")
	for item, want := range map[string]bool{"Harbour Minister Ana Lind": true, "the Czech Republic": true, "Two Labour councillors": false, "other officials": false} {
		if got := nameItem(item); got != want {
			t.Errorf("nameItem(%q) = %v, want %v", item, got, want)
		}
	}
}

// TestAskedOnly: "did X V" is not answered by a sentence in which X is
// only asked to do something; a sentence in which X did it is an answer,
// and so is one for a question whether X was asked.
func TestAskedOnly(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Ferry inquiry\n---\nThe ferry company apologised on Monday.\n\nOpposition leader Mara Holt called for Pieter Lang to appear before the harbour committee this week.\n")
	wantDeclined(t, e, "did pieter lang go before the harbour committee")
	wantAnswered(t, e, "did holt call for lang to appear")
	e = engineOfText(t, "---\nid: t\nheadline: Ferry inquiry\n---\nThe ferry company apologised on Monday.\n\nPieter Lang appeared before the harbour committee on Tuesday.\n")
	wantAnswered(t, e, "did pieter lang go before the harbour committee")
	// a verb of asking that has no object in X, a "to" of going, and a
	// noun after a determiner ask nothing of X
	for _, text := range []string{
		"Officials urged calm as Pieter Lang went to the harbour committee on Tuesday.",
		"At a press conference Pieter Lang said he went to the harbour committee on Tuesday.",
	} {
		e = engineOfText(t, "---\nid: t\nheadline: Ferry inquiry\n---\nThe ferry company apologised on Monday.\n\n"+text+"\n")
		wantAnswered(t, e, "did pieter lang go to the harbour committee")
	}
}

// wantAnswered asks q of e and fails the test if the engine declines it.
func wantAnswered(t *testing.T, e *Engine, q string) {
	t.Helper()
	if a := mustAsk(t, e, q); !a.Answered {
		t.Errorf("%s: declined; want an answer", q)
	}
}

// TestEverAfterSuperlative: "ever" after a superlative or an ordinal
// qualifies a noun ("the first ever ferry"), and asks of no deed that
// came about; after the subject it does ("did she ever make it home").
func TestEverAfterSuperlative(t *testing.T) {
	e := testEngine(t)
	for q, want := range map[string]bool{
		"when did the first ever ferry sail":      false,
		"did the biggest ever storm hit the port": false,
		"did the largest ever crowd gather":       false,
		"did she ever make it home":               true,
		"did the west ever agree":                 true,
	} {
		if aq := e.analyse(q); endedUpVerb(&aq) >= 0 != want {
			t.Errorf("endedUpVerb(%q) found a deed: %v, want it %v", q, !want, want)
		}
	}
}
