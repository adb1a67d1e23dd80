package qa

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestDegreeShort(t *testing.T) {
	e := howEngine(t, "Dornach, a village of about 900 people, was the worst hit of the two valleys cut off by the landslide, with about 140 chalets buried, officials said.\n\n"+
		"The innkeeper said bookings at the hotels had dropped by a third when the pass was shut in 2024.\n\n"+
		"On some days the traffic was far worse: a 20-minute trip from Ennis to the lower bridge took up to 95 minutes, the police said.\n\n"+
		"Since the slide, the bus service on the lower road has been cut to a bus every 40 minutes from 6 a.m. on weekdays, when the school is open.")
	cases := []askedShort{
		// not the apposition's "900 people", nor "the two valleys"
		{"how bad did dornach get hit", "with about 140 chalets buried"},
		// cut before "when", after "said"
		{"how bad did bookings at the hotels drop", "bookings at the hotels had dropped by a third"},
		// the verb of the measure, not the hyphened "20-minute"
		{"how bad was the trip from ennis to the bridge", "took up to 95 minutes"},
		// too long: the figure's phrase from its determiner; a clock time is
		// no measure, and keeps its abbreviation whole
		{"how bad is the bus service on the lower road now", "every 40 minutes from 6 a.m. on weekdays"},
	}
	checkShorts(t, e, cases)
}

func TestDegreeShortOddText(t *testing.T) {
	// marks of several bytes and a figure with a unit glued to it: the
	// answer is cut around the whole figure, never inside it
	e := howEngine(t, "Costs at the Dornach dam rose by €1.5m—about 3.5% over the budget—in 2025, the council said.")
	checkShorts(t, e, []askedShort{{"how bad did costs at the dam rise", "Costs at the Dornach dam rose by €1.5m"}})
	text := "rose by €1.5m—about"
	i := strings.Index(text, "1.5")
	if f := wholeToken(text, withCurrency(text, span{i, i + 1})); text[f.start:f.end] != "€1.5m" {
		t.Errorf("wholeToken: %q, want %q", text[f.start:f.end], "€1.5m")
	}
}

func TestMeasureFigure(t *testing.T) {
	text := "In 2024 the three towns lost 40 homes at 3 p.m. on 12 March, and the 72-member team came."
	for _, tc := range []struct {
		fig  string
		want bool
	}{{"2024", false}, {"three", false}, {"40", true}, {"3", false}, {"12", false}, {"72", true}} {
		i := indexWord(text, tc.fig)
		if got := measureFigure(text, span{i, i + len(tc.fig)}); got != tc.want {
			t.Errorf("measureFigure(%q) = %v, want %v", tc.fig, got, tc.want)
		}
	}
}

// indexWord is where word first stands in text as a whole word.
func indexWord(text, word string) int {
	for i := 0; i+len(word) <= len(text); i++ {
		if text[i:i+len(word)] == word && (i == 0 || text[i-1] == ' ') && (i+len(word) == len(text) || !isLetterOrDigit(text[i+len(word)])) {
			return i
		}
	}
	return -1
}

func isLetterOrDigit(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

func TestResultClause(t *testing.T) {
	e := howEngine(t, "Farmers lifted their blockade of the motorway on Sunday, ending nine days of protests over diesel prices.\n\n"+
		"The mill reopened at dawn on Monday after the owners agreed a wage deal that ended the lockout at the Dornach plant.")
	cases := []askedShort{
		{"how did the protests over diesel end", "Farmers lifted their blockade of the motorway on Sunday"},
		{"how did the lockout end", "the owners agreed a wage deal"},
	}
	checkShorts(t, e, cases)
}

// TestResultClauseCuts: resultClause's start past the last of two
// subordinators (no panic), and at no point inside a figure or an
// abbreviation (sentenceEnds).
func TestResultClauseCuts(t *testing.T) {
	cases := []struct{ text, q, want string }{
		{"The long strike collapsed because staff that ends the strike fully while talks went on.", "how did the strike end", ""},
		{"The mill reopened when the staff returned after the owners agreed a wage deal that ended the lockout at the plant.", "how did the lockout end", "the owners agreed a wage deal"},
		{"Shares in Northjet rose 2.5 percent on Friday, ending three weeks of heavy losses.", "how did the heavy losses end", "Shares in Northjet rose 2.5 percent on Friday"},
		{"Talks in Washington D.C. resumed on Friday, ending a standoff of two weeks over the budget.", "how did the standoff over the budget end", "Talks in Washington D.C. resumed on Friday"},
	}
	for _, tc := range cases {
		e := howEngine(t, tc.text)
		ans, err := e.Ask(context.Background(), tc.q)
		if err != nil {
			t.Fatalf("%q: %v", tc.q, err)
		}
		if tc.want != "" && ans.Short != tc.want {
			t.Errorf("%q: short %q, want %q", tc.q, ans.Short, tc.want)
		}
	}
}

// TestSentenceEnds: a full stop after a figure's point, an abbreviation
// or an initial ends no sentence; one before a capital does.
func TestSentenceEnds(t *testing.T) {
	text := "Rain fell at St. Ives at 3 p.m. on Friday. Mr. Kemp said 2.5 percent. Then J. Smith left."
	var got []int
	for i := range text {
		if sentenceEnds(text, i) {
			got = append(got, i)
		}
	}
	want := []int{strings.Index(text, " Mr.") - 1, strings.Index(text, " Then") - 1}
	if !slices.Equal(got, want) {
		t.Errorf("sentenceEnds at %v, want %v", got, want)
	}
	if s := sentenceOpening(text, 0, strings.Index(text, "2.5")); s != strings.Index(text, "Mr.") {
		t.Errorf("sentenceOpening %d, want %d", s, strings.Index(text, "Mr."))
	}
	no := "Asked if the road would reopen, the mayor said no. Crews will check the cliff at No. 10 first."
	if !sentenceEnds(no, strings.Index(no, ". Crews")) || sentenceEnds(no, strings.Index(no, ". 10")) {
		t.Errorf("sentenceEnds: \"said no.\" ends a sentence, \"No. 10\" does not")
	}
	asked := "Will it reopen? Nobody knows! Crews wait."
	if !sentenceEnds(asked, strings.Index(asked, "? ")) || !sentenceEnds(asked, strings.Index(asked, "! ")) {
		t.Errorf("sentenceEnds: \"?\" and \"!\" before a capital end a sentence")
	}
	// a lone figure or lower-case letter owns no stop; a capital, an initial, does
	lone := "The toll rose to 7. Divers joined Unit b. Then G. Ruiz came."
	if !sentenceEnds(lone, strings.Index(lone, ". Divers")) || !sentenceEnds(lone, strings.Index(lone, ". Then")) || sentenceEnds(lone, strings.Index(lone, ". Ruiz")) {
		t.Errorf("sentenceEnds: \"to 7.\" and \"Unit b.\" end a sentence, \"G. Ruiz\" does not")
	}
}

// TestMeasureFigureTokens: the figures numberRE finds, widened as
// degreeShort widens them (wholeToken), measure nothing when they are a
// clock glued to its letters or after "since", a day opening a range of
// days, or a year span's second year.
func TestMeasureFigureTokens(t *testing.T) {
	cases := []struct {
		text, fig string
		want      bool
	}{
		{"The road has been shut since 9.30am on Monday.", "9.30am", false},
		{"The bar shut at 10.15pm after a fight.", "10.15pm", false},
		{"The road has been shut since 14.30 on Monday.", "14.30", false},
		{"Shares rose by 2.50 percent in a day.", "2.50", true},
		{"Buses were cut from 12 to 15 March on the route.", "12", false},
		{"Buses were cut between 3 and 4 April on the route.", "3", false},
		{"Fares rose in 2025-26 by a fifth.", "26", false},
		{"Fares rose from 12 to 15 euros in a year.", "12", true},
		{"Rain fell at 40 mm an hour on Monday.", "40", true},
		{"Staff held a 1.5hrs walkout on Monday.", "1.5hrs", true},
		{"Trading opened at 10.50 a share on Monday.", "10.50", true},
		{"The price rose at 12.50 per tonne.", "12.50", true},
		{"Between 20 and 30 march through the city daily.", "20", true},
	}
	for _, tc := range cases {
		found := false
		for _, m := range numberRE.FindAllStringIndex(tc.text, -1) {
			f := wholeToken(tc.text, withCurrency(tc.text, span{m[0], m[1]}))
			if tc.text[f.start:f.end] != tc.fig {
				continue
			}
			found = true
			if got := measureFigure(tc.text, f); got != tc.want {
				t.Errorf("%q in %q: measureFigure %v, want %v", tc.fig, tc.text, got, tc.want)
			}
		}
		if !found {
			t.Errorf("%q: no figure %q", tc.text, tc.fig)
		}
	}
}

// TestDegreeShortTime: a question of degree that asks a time ("how
// soon") gets no measure clause for its short answer, but a short answer
// that says when (an empty one would pass the first check alone).
func TestDegreeShortTime(t *testing.T) {
	e := howEngine(t, "The coast road, shut for 12 days after the landslide, will reopen once engineers have checked the cliff.")
	ans, err := e.Ask(context.Background(), "how soon will the coast road reopen")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(ans.Short, "12 days") {
		t.Errorf("short %q: a duration before, not when", ans.Short)
	}
	if !strings.Contains(ans.Short, "once engineers have checked the cliff") {
		t.Errorf("short %q; want the condition of the reopening, \"once engineers have checked the cliff\"", ans.Short)
	}
}

// TestSaidFromCase: the "that" after a verb of saying is passed in the
// case it is typed in, not looked up again in lower case.
func TestSaidFromCase(t *testing.T) {
	text := "The harbour master said THAT 30 boats were lost."
	if at := saidFrom(text, 0, strings.Index(text, "30")); text[at:] != " 30 boats were lost." {
		t.Errorf("saidFrom gives %q", text[at:])
	}
}

// TestMarksWhole: a mark of more than one byte ("—") ends a phrase in
// describedBefore as a comma does; onlyWholeUse finds no name inside a
// longer word.
func TestMarksWhole(t *testing.T) {
	asked := func(w string) bool { return w == "harbour" || w == "captain" }
	for _, text := range []string{"the storm hit — harbour captain", "the storm hit; harbour captain"} {
		if at := describedBefore(text, asked); at < 0 || !strings.HasPrefix(strings.TrimLeft(text[at:], " "), "harbour") {
			t.Errorf("describedBefore(%q) = %d", text, at)
		}
	}
	if at := onlyWholeUse("Peruvian rescuers came.", "Peru"); at >= 0 {
		t.Errorf("onlyWholeUse found Peru inside Peruvian at %d", at)
	}
	if at := onlyWholeUse("Rescuers from Peru came.", "Peru"); at != strings.Index("Rescuers from Peru came.", "Peru") {
		t.Errorf("onlyWholeUse missed Peru: %d", at)
	}
	if !endsInMark("hit —", ",—") || endsInMark("hit", ",—") || endsInMark("", ",") {
		t.Error("endsInMark")
	}
}

// TestMeasureClauseOpeners: derived from subordinators, the openers are
// the clause-opening words of English and none that opens a phrase.
func TestMeasureClauseOpeners(t *testing.T) {
	want := wordSet("that when while whereas because although though unless which who whom whose where")
	if len(measureClauseOpeners) != len(want) {
		t.Errorf("measureClauseOpeners has %d words, want %d", len(measureClauseOpeners), len(want))
	}
	for w := range want {
		if !measureClauseOpeners[w] {
			t.Errorf("measureClauseOpeners lacks %q", w)
		}
	}
}

// TestSaidClauses: each verb of saying, with where its clause starts
// (past a "that" right after it), and reportedClauses and saidFrom read
// the same verbs: all of them from base, and the last past or -s form.
func TestSaidClauses(t *testing.T) {
	text := "The warden said that ferries stopped, and pilots told us more."
	var got []string
	for w, at := range saidClauses(text) {
		got = append(got, w+"|"+text[at:])
	}
	want := []string{"said| ferries stopped, and pilots told us more.", "told| us more."}
	if !slices.Equal(got, want) {
		t.Errorf("saidClauses(%q) = %q; want %q", text, got, want)
	}
	if got := reportedClauses(text, 5); len(got) != 2 || text[got[1]-5:] != " us more." {
		t.Errorf("reportedClauses(%q, 5) = %v", text, got)
	}
	if at := saidFrom(text, 0, len(text)); text[at:] != " us more." {
		t.Errorf("saidFrom(%q) gives %q; want the last clause", text, text[at:])
	}
	for _, s := range []string{"", " ", "said", "“said ’that", "é said"} {
		for range saidClauses(s) {
		}
	}
}

// TestInSentence: a clause is cut to the sentence of its figure, at
// full stops that end sentences (not "Mr."), and sentenceEndIn finds
// the first such stop in a range, or none.
func TestInSentence(t *testing.T) {
	text := "The ferry ran for 90 days. Speaking on Monday, Mr. Kemp said 40 crews stayed. Then rain came."
	at := strings.Index(text, "40")
	got := inSentence(text, span{0, len(text)}, span{at, at + 2})
	if want := "Speaking on Monday, Mr. Kemp said 40 crews stayed."; text[got.start:got.end] != want {
		t.Errorf("inSentence = %q; want %q", text[got.start:got.end], want)
	}
	if i := sentenceEndIn(text, at, len(text)); i != strings.Index(text, ". Then") {
		t.Errorf("sentenceEndIn from the figure = %d; want %d", i, strings.Index(text, ". Then"))
	}
	if i := sentenceEndIn(text, strings.Index(text, "Mr."), at); i != -1 {
		t.Errorf("sentenceEndIn over \"Mr. Kemp\" = %d; want -1", i)
	}
	for _, s := range []string{"", ".", "é. É", "40."} {
		inSentence(s, span{0, len(s)}, span{0, 0})
		sentenceEndIn(s, 0, len(s))
	}
}

// TestSentenceStartStops: sentenceStart reads a stop as sentenceEnds
// does (stopEnds): after "Mr." or an initial no sentence begins, after
// "?", "!" or a plain full stop (past a quotation mark) one does.
func TestSentenceStartStops(t *testing.T) {
	text := "Gulls flew off. Mr. Kemp asked why? “Nobody knows!” J. Smith said."
	for w, want := range map[string]bool{"Gulls": true, "Mr.": true, "Kemp": false, "Nobody": true, "Smith": false} {
		if got := sentenceStart(text, strings.Index(text, w)); got != want {
			t.Errorf("sentenceStart(%q at %q) = %v; want %v", text, w, got, want)
		}
	}
	if stopEnds("é", 0, "") || !stopEnds("Why?", 3, "") || stopEnds("Mr.", 2, " Kemp") {
		t.Errorf("stopEnds: a letter ends nothing, \"?\" ends, \"Mr.\" does not")
	}
	if stopEnds("met (Gen.", 8, " Ana") || stopEnds("met “Mr.", 9, " Smith") {
		t.Errorf("stopEnds: \"(Gen.\" and \"“Mr.\" end nothing, as \"Gen.\" and \"Mr.\"")
	}
}

// TestSentenceEndsQuoted: a stop before a closing quotation mark ends a
// sentence too, and the next one opens past the mark and the space;
// sentenceOpening never passes the end it is given.
func TestSentenceEndsQuoted(t *testing.T) {
	text := "“The pier held,” he said. “It stayed.” Then 40 boats left. 'Calm.' Now"
	at := strings.Index(text, "40")
	if got := sentenceOpening(text, 0, at); text[got:at] != "Then " {
		t.Errorf("sentenceOpening before %q = %q; want \"Then \"", "40", text[got:at])
	}
	if !sentenceEnds(text, strings.Index(text, ".” Then")) || !sentenceEnds(text, strings.Index(text, ".' Now")) {
		t.Errorf("sentenceEnds: a stop before a closing quotation mark and a capital ends a sentence")
	}
	if sentenceNext(text, len(text)-1) != -1 || sentenceNext("Go.”", 2) != -1 {
		t.Errorf("sentenceNext: no space after the stop, no next sentence")
	}
	for end := range len(text) + 1 {
		if got := sentenceOpening(text, 0, end); got > end {
			t.Fatalf("sentenceOpening(text, 0, %d) = %d, past the end", end, got)
		}
	}
}

// TestClockFigure: one reader of a clock by its letters, glued or the
// next word (clockFigureRE), for dateOrClock and clockOrDay alike.
func TestClockFigure(t *testing.T) {
	for text, want := range map[string]bool{
		"Boats left at 9.30am on Friday.":         true,
		"Boats left at 3 P.M. on Friday.":         true,
		"Boats left at 3 pm, crews said.":         true,
		"Boats left at 14:30 that day.":           true,
		"Boats left on 12 March.":                 true,
		"Boats left 3 amid the storm.":            false,
		"Boats carried 40 pallets.":               false,
		"Boats carried 1.5 tonnes each.":          false,
		"Boats were late by 10 minutes …":         false,
		"Boats left at 7 a.m, crews said.":        true,
		"The pier reopens on 12 May police said.": true, // a noun after "May": the month
		"The pier shut on 12 May saw the fleet.":  true,
	} {
		m := figureRE.FindStringIndex(text)
		if got := dateOrClock(text, m[0], m[1]); got != want {
			t.Errorf("dateOrClock(%q at %q) = %v; want %v", text, text[m[0]:m[1]], got, want)
		}
	}
	if !clockOrDay("at 10pm.", "10pm.", span{3, 8}) || clockOrDay("for 1.5hrs", "1.5hrs", span{4, 10}) {
		t.Errorf("clockOrDay: \"10pm.\" is a clock, \"1.5hrs\" a duration")
	}
	for text, want := range map[string]bool{
		"shut from 12 to 15 May, crews said": true, // dayAndMonth's "May"
		"shut from 12 to 15 March":           true,
		"shut from 12 to 15 May have":        false, // a modal
		"shut from 12 to 15 march":           false, // the verb
		"shut from 09 to 15 June":            true,
		"shut from 45 to 15 June":            false,
	} {
		if got := clockOrDay(text, text[10:12], span{10, 12}); got != want {
			t.Errorf("clockOrDay(%q, %q) = %v; want %v", text, text[10:12], got, want)
		}
	}
}

// TestDegreeFigure: a passage measures a degree by a figure that is no
// year, date or clock, asked twice of the same text (the second from the
// engine's memo of figureRE's matches) with the same verdict.
func TestDegreeFigure(t *testing.T) {
	e := testEngine(t)
	for text, want := range map[string]bool{
		"The river rose 40 centimetres an hour.":    true,
		"The river rose on 12 March 2026 at 3 p.m.": false,
		"The river rose by one metre in 2025.":      false,
		"":                                          false,
		"The river rose by 2.5 metres, crews said.": true,
	} {
		for range 2 {
			if got := e.degreeFigure(text); got != want {
				t.Errorf("degreeFigure(%q) = %v; want %v", text, got, want)
			}
		}
	}
}
