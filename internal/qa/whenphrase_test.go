package qa

import (
	"strings"
	"testing"
)

// TestWhenOwnClause: a time that answers "when" is shown in the clause
// of its own deed, not with a clause joined to it that holds another
// time; a deed with two times of its own keeps both; a time that dates a
// noun after it (in the possessive) is shown without the attribution
// before it, unless the question asks about the saying.
func TestWhenOwnClause(t *testing.T) {
	e := howEngine(t, "Tolvik bought the ferry in 2009 and sold the Skarv in 2017.\n\n"+
		"Harrow built the pier in 2009 and sold it in 2017.\n\n"+
		"Ola Brekke left home at 5:45am for a 7:30am shift.\n\n"+
		"Trade at the harbour cafes had fallen by a third when the quay was closed for repairs in 2021.\n\n"+
		"A pledge to rebuild the pier was not in the statement released on Friday evening.\n\n"+
		"Councillor Ruth Amos said the plan was welcome, and that her fares motion would go ahead on 12 March.\n\n"+
		"The new levy will pay for raised flood walls along the quay, Mayor Ines Halvorsen said after Monday's council vote.")
	checkShorts(t, e, []askedShort{
		// the other clause, dated by its own time, goes (either side)
		{"when did tolvik sell the skarv", "sold the Skarv in 2017"},
		{"when did tolvik buy the ferry", "Tolvik bought the ferry in 2009"},
		// the time whose own clause holds the asked verb answers, not the
		// one nearer the question's other words (final re-read RH H0)
		{"when did harrow sell the pier", "sold it in 2017"},
		{"when did harrow build the pier", "Harrow built the pier in 2009"},
		// one deed, two times: as it is
		{"what time did the night nurse ola brekke leave home", "Ola Brekke left home at 5:45am for a 7:30am shift"},
		// the time's clause from the word that opens it, not from the
		// end of the clause before it ("third when …")
		{"when was the quay closed for repairs", "when the quay was closed for repairs in 2021"},
		// the time dates the participle, not the deed of the clause
		// around the noun it qualifies
		{"when was the statement on the pier released", "the statement released on Friday evening"},
		// a second clause reported, past its "and that"
		{"when will the fares motion go ahead", "her fares motion would go ahead on 12 March"},
		// the time dates the vote, not the mayor's saying
		{"when was the council vote on the levy", "after Monday's council vote"},
		// the question asks when it was said: the saying stays
		{"when did mayor ines halvorsen comment on the levy", "Mayor Ines Halvorsen said after Monday's council vote"},
	})
}

// TestOwnTime: the phrase around a time loses a clause joined to it that
// holds a time of its own, on either side; a phrase with no joining word
// between its times is left as it is.
func TestOwnTime(t *testing.T) {
	for _, c := range []struct{ text, time, other, want string }{
		{"The board bought the ferry in 2009 and sold the site in 2017", "in 2017", "in 2009", "sold the site in 2017"},
		{"The board bought the ferry in 2009 and sold the site in 2017", "in 2009", "in 2017", "The board bought the ferry in 2009"},
		{"The nurse left home at 5:45am for a 7:30am shift", "at 5:45am", "7:30am", "The nurse left home at 5:45am for a 7:30am shift"},
		// a relative clause keeps the noun it qualifies (final re-read RH H13)
		{"The storm in March damaged the pier that reopened on 5 May", "on 5 May", "in March", "the pier that reopened on 5 May"},
		// "and" before a noun joins no clause
		{"Crews worked on Monday and Tuesday night", "on Monday", "Tuesday night", "Crews worked on Monday and Tuesday night"},
	} {
		at, o := strings.Index(c.text, c.time), strings.Index(c.text, c.other)
		s := ownTime(c.text, span{at, at + len(c.time)}, span{0, len(c.text)}, []span{{o, o + len(c.other)}})
		if got := c.text[s.start:s.end]; got != c.want {
			t.Errorf("ownTime(%q, %q) = %q, want %q", c.text, c.time, got, c.want)
		}
	}
}

// TestTimeClause: the phrase around a time that answers "when" starts at
// the subordinator that opens the time's clause, not on the end of the
// clause before it; a preposition of time that may open a clause
// ("after", "since") is no such start.
func TestTimeClause(t *testing.T) {
	for _, c := range []struct{ text, time, phrase, want string }{
		{"Sales had fallen by a third when the quay was closed for repairs in 2021.", "in 2021", "third when the quay was closed for repairs in 2021", "when the quay was closed for repairs in 2021"},
		{"Sales fell because the quay was shut in 2021.", "in 2021", "fell because the quay was shut in 2021", "because the quay was shut in 2021"},
		{"Sales have fallen since the quay was shut in 2021.", "in 2021", "fallen since the quay was shut in 2021", "fallen since the quay was shut in 2021"},
		// no verb between the word and the time: it opens no clause of it
		{"Sales fell in 2021 when the quay shut.", "in 2021", "Sales fell in 2021", "Sales fell in 2021"},
		// a subordinator before the time with no verb between: a
		// preposition's phrase, no clause (clauseVerb; final re-read RH H8)
		{"Sales fell by a third because of the storm in 2021.", "in 2021", "fell by a third because of the storm in 2021", "fell by a third because of the storm in 2021"},
	} {
		at, p := strings.Index(c.text, c.time), strings.Index(c.text, c.phrase)
		if at < 0 || p < 0 {
			t.Fatalf("bad case %q", c.text)
		}
		s := timeClause(c.text, span{at, at + len(c.time)}, span{p, p + len(c.phrase)})
		if got := c.text[s.start:s.end]; got != c.want {
			t.Errorf("timeClause(%q, %q) = %q, want %q", c.text, c.time, got, c.want)
		}
	}
}

// TestWhenPhraseGuards: the steps that narrow a when-answer's phrase leave
// it as it is where their reading does not hold: a finite verb with an
// object after a prepositional phrase is no participle; "that" before a
// bare noun points to it and opens no clause; a year before its noun
// drops the attribution as a possessive does.
func TestWhenPhraseGuards(t *testing.T) {
	for _, c := range []struct {
		name, text, time, phrase, want string
		step                           func(text string, bare, s span) span
	}{
		{"reducedRelative", "Alerts from the province reached phones at 3:52am", "at 3:52am", "Alerts from the province reached phones at 3:52am", "Alerts from the province reached phones at 3:52am", reducedRelative},
		{"reducedRelative", "It was not in the report published on Friday", "on Friday", "was not in the report published on Friday", "the report published on Friday", reducedRelative},
		// a capital between the article and the participle: no noun
		// phrase read (final re-read RH H16)
		{"reducedRelative", "It was not in the Tolvik statement released on Friday", "on Friday", "was not in the Tolvik statement released on Friday", "was not in the Tolvik statement released on Friday", reducedRelative},
		{"openingJoin", "and that bridge was shut on Monday", "on Monday", "and that bridge was shut on Monday", "and that bridge was shut on Monday", openingJoin},
		{"openingJoin", "and that the bridge was shut on Monday", "on Monday", "and that the bridge was shut on Monday", "the bridge was shut on Monday", openingJoin},
		{"withoutAttribution", "The mayor said after the 2019 flood", "2019", "The mayor said after the 2019 flood", "after the 2019 flood", func(text string, bare, s span) span {
			return withoutAttribution(&question{words: []string{"when", "was", "the", "flood"}}, text, bare, s)
		}},
	} {
		at, p := strings.Index(c.text, c.time), strings.Index(c.text, c.phrase)
		if at < 0 || p < 0 {
			t.Fatalf("bad case %q", c.text)
		}
		s := c.step(c.text, span{at, at + len(c.time)}, span{p, p + len(c.phrase)})
		if got := c.text[s.start:s.end]; got != c.want {
			t.Errorf("%s(%q, %q) = %q, want %q", c.name, c.text, c.time, got, c.want)
		}
	}
}

// TestWhenKeepsFigureWhole: a when-answer cut to a dozen words does not
// end between a figure and its multiple ("$4.2 | million"), which would
// give another figure than the passage's.
func TestWhenKeepsFigureWhole(t *testing.T) {
	e := howEngine(t, "The flood wall the town finished in 2021 at a cost of $4.2 million has held back three floods.\n\n"+
		"The crews laid the new cable in 2019 along a trench of 40 centimetres dug by hand.")
	checkShorts(t, e, []askedShort{
		{"when did the town finish the flood wall", "The flood wall the town finished in 2021 at a cost"},
	})
	for _, c := range []struct {
		text string
		at   int
		want bool
	}{
		{"at a cost of $4.2 million", len("at a cost of $4.2"), true},
		{"a trench of 40 centimetres", len("a trench of 40"), true},
		{"in 2021 at a cost", len("in 2021"), false},
		{"about 40 of them", len("about 40"), false},
		// only a space joins a figure to its unit: a mark between them,
		// here a closing quotation mark, parts them (final re-read RL L9)
		{"a crack the inspectors put at '40' centimetres", len("a crack the inspectors put at '40"), false},
	} {
		if got := cutsFigure(c.text, c.at); got != c.want {
			t.Errorf("cutsFigure(%q, %d) = %v, want %v", c.text, c.at, got, c.want)
		}
	}
}

// TestCutBeforePhraseKeepsFigureWhole: cutBeforePhrase's cut after its
// n-th word ends before a figure whose multiple or unit that cut would
// leave out, as inClause's does (final re-read RL L7).
func TestCutBeforePhraseKeepsFigureWhole(t *testing.T) {
	text := "the town council finally agreed that the new flood wall would cost $4.2 million more"
	c := cutBeforePhrase(text, span{0, len(text)}, 13)
	if got := text[c.start:c.end]; strings.HasSuffix(got, "$4.2") {
		t.Errorf("cutBeforePhrase = %q: the figure cut from its multiple", got)
	}
}

// TestRelativeHead: the clause after a relative pronoun starts back at
// the article or possessive of the noun it qualifies ("the pier that
// reopened"), but not back past a preposition or a function word, which
// opens another phrase than that noun's (final re-read RL L9).
func TestRelativeHead(t *testing.T) {
	for _, c := range []struct{ text, join, want string }{
		{"in 2019 the pier that reopened in May", "that", "the pier that reopened in May"},
		{"in 2019 his old pier that reopened in May", "that", "his old pier that reopened in May"},
		{"in 2019 the crews of Tolvik that rebuilt it", "that", "rebuilt it"},
		{"in 2019 the crews said that they rebuilt it", "that", "they rebuilt it"},
		{"in 2019 the damaged pier that reopened in May", "that", "the damaged pier that reopened in May"},
		{"in 2019 the pier and reopened in May", "and", "reopened in May"},
	} {
		k := strings.Index(c.text, " "+c.join+" ") + 1
		got := c.text[relativeHead(c.text, len("in 2019"), [2]int{k, k + len(c.join)}):]
		if got = strings.TrimSpace(got); got != c.want {
			t.Errorf("relativeHead(%q, %q) starts %q; want %q", c.text, c.join, got, c.want)
		}
	}
}
