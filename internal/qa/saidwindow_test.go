package qa

import (
	"strings"
	"testing"
)

// TestQuoteOpening: "what did X say", where the sentence that names X
// holds only the tail of a quotation that opens in the sentence before,
// answers with the quotation's first sentence; the tail answers where it
// holds more of what is asked about, and for a verb of naming ("what did
// X call Y"), whose words for Y need not repeat Y's.
func TestQuoteOpening(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Campaigners fight Tolvik ferry terminal\n---\n"+
		"Residents of Tolvik protested against the planned ferry terminal on Monday.\n"+
		"Their spokesperson, retired teacher Agnes Brandt, said the council had ignored a cheaper site at the old quarry.\n"+
		"\"Nobody here is against ferries. We are against pouring concrete over the last quiet beach in the bay,\" Brandt said.\n")
	checkShorts(t, e, []askedShort{
		{"what did agnes brandt say", "Nobody here is against ferries."},
		{"what did agnes brandt say about the beach", "We are against pouring concrete over the last quiet beach"},
		{"what did brandt say about ferries", "Nobody here is against ferries."},
		{"what did brandt call the shoreline", "We are against pouring concrete over the last quiet beach"},
	})
	// a lead-in opening is no answer: the sentence after it says what was
	// meant (final re-read 25C F2)
	lead := engineOfText(t, "---\nid: t\nheadline: Campaigners fight Tolvik ferry terminal\n---\n"+
		"Residents of Tolvik protested against the planned ferry terminal on Monday.\n"+
		"\"Look. The council has ignored a cheaper site at the old quarry for three years,\" Agnes Brandt said.\n")
	checkShorts(t, lead, []askedShort{
		{"what did agnes brandt say", "The council has ignored a cheaper site at the old quarry"},
	})
	// a short statement is said, not a lead-in (final re-read 25D F10)
	short := engineOfText(t, "---\nid: t\nheadline: School fire in Tolvik\n---\n"+
		"Fire crews were called to Tolvik school on Monday.\n"+
		"\"Nobody was hurt. We will rebuild the school by spring,\" Chief Ola Lund said.\n")
	checkShorts(t, short, []askedShort{
		{"what did ola lund say", "Nobody was hurt."},
	})
}

// TestSaidContent: a "what did X say" answer shown ending on a verb of
// saying ("… but warned") is carried on to the clause that verb reports,
// unless the words before it hold more of what is asked about; a phrase
// of time in the question ("after the inspection") is not what it asks
// about.
func TestSaidContent(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Tolvik school repairs\n---\n"+
		"Fire crews inspected Tolvik school on Monday.\n"+
		"Mayor Ida Holm said the inspection showed “good progress” but warned that “the costliest work is still to come,” noting that the roof remains open. She said the school would reopen in May.\n")
	checkShorts(t, e, []askedShort{
		{"what did ida holm say after the inspection", "the costliest work is still to come"},
		{"what did holm say about the inspection's progress", "Mayor Ida Holm said the inspection showed “good progress” but warned"},
	})
}

// TestSaidContentBounds: the clause a verb of saying reports is no other
// speaker's attribution set off after it ("but warned, as officials
// said, that …"), and a framed clause ends before its sentence's stop
// (re-read 27C F1, F3).
func TestSaidContentBounds(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Tolvik school repairs\n---\n"+
		"Fire crews inspected Tolvik school on Monday.\n"+
		"Mayor Ida Holm said the inspection showed “good progress” but warned, as officials said, that the roof leaks.\n"+
		"As treasurer Ola Dahl noted in 2019, the harbour wall has leaked for years.\n"+
		"Councillor Ben Lund said the Monday vote showed “broad support” but warned that “the hardest part is still to come.”\n")
	checkShorts(t, e, []askedShort{
		{"what did ida holm say", "Mayor Ida Holm said the inspection showed “good progress” but warned"},
		{"what did ola dahl note", "the harbour wall has leaked for years"},
		{"what did ben lund say on monday", "the hardest part is still to come"}, // (a day is no topic: final re-read RC F1)
	})
	// the reported clause ends at its sentence's end (final re-read RC F2)
	q := e.analyse("what did holm say")
	text := "Holm said the roof is safe but declined to comment. She said the school would reopen in May."
	s := span{0, strings.Index(text, "comment") + len("comment")}
	if got := e.saidContent(&q, text, s); got != s {
		t.Errorf("saidContent(%q) = %q; want %q, the next sentence no part of it", text, text[got.start:got.end], text[s.start:s.end])
	}
	// "what did X say" shown an "As X noted" frame gives the clause it
	// frames (final re-read RC F7)
	q = e.analyse("what did ola dahl say")
	text = "As treasurer Ola Dahl noted in 2019, the harbour wall has leaked for years."
	s = span{0, strings.Index(text, ",")}
	if got, want := e.saidContent(&q, text, s), "the harbour wall has leaked for years"; text[got.start:got.end] != want {
		t.Errorf("saidContent(%q, %q) = %q; want %q", q.text, text[s.start:s.end], text[got.start:got.end], want)
	}
}

// TestFramedClause: a "what" answer that is only an "As X noted …" frame
// gives the clause it frames, to a participle's clause, where the
// question names X; a question that names no one and asks for what the
// frame holds keeps it.
func TestFramedClause(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Tolvik votes on ferry terminal\n---\n"+
		"Tolvik council voted on the ferry terminal on Monday.\n"+
		"As Tolvik Mayor Ida Holm noted ahead of the vote, while costs may still rise, the project carries strong local support, indicating that the terminal will be built.\n")
	checkShorts(t, e, []askedShort{
		{"what was ida holm saying going in", "while costs may still rise, the project carries strong local support"},
		{"what did the tolvik mayor note", "while costs may still rise, the project carries strong local support"}, // (by title: final re-read RC F6)
		{"whats the tolvik mayor called", "Tolvik Mayor Ida Holm"},
	})
	// a question that asks for the name by title asks for what the frame
	// holds (final re-read RE F1: the names-only answer above hides it)
	q := e.analyse("whats the tolvik mayor called")
	if e.namesFramed(&q, "As Tolvik Mayor Ida Holm noted ahead of the vote") {
		t.Errorf("namesFramed(%q): true; want false, the question asks for the name the frame gives", q.text)
	}
	// a nationality names no one: "canadian" is no speaker the frame
	// names (final re-read RC F7)
	q = e.analyse("what did the Canadian government note")
	if frame := "As Canadian Prime Minister Mark Carney noted"; e.namesFramed(&q, frame) {
		t.Errorf("namesFramed(%q, %q): true; want false, a demonym names no speaker", q.text, frame)
	}
	// a verb of saying inside quotation marks is a title's word, no
	// frame's verb (final re-read RC F7)
	text := "As the film “What Holm Said” opened, the crowd cheered the mayor."
	s := span{0, strings.Index(text, ",")}
	if r := framedClause(text, s); r.end > r.start {
		t.Errorf("framedClause(%q) = %q; want none, its verb of saying is quoted", text, text[r.start:r.end])
	}
}

// TestSaidWhen: a question word in a phrase that "after", "before",
// "since" or "until" opens says when it was said; "as" opens no such
// phrase, and another preposition ends one (final re-read RC F7).
func TestSaidWhen(t *testing.T) {
	for _, c := range []struct {
		q, w string
		want bool
	}{
		{"what did holm say after the talks", "talks", true},
		{"what did holm say as mayor", "mayor", false},
		{"what did holm say after the talks about the budget", "budget", false},
		{"what did holm say after the talks about the budget", "talks", true},
		// any preposition of time or occasion opens one, and what a topic
		// preposition opens after the verb of saying is what was said of
		// (final re-read RE F2, 27C F8)
		{"what did holm say during the talks", "talks", true},
		{"what did holm say following the storm", "storm", true},
		{"what did holm say about life after the fire", "fire", false},
		// a topic preposition before a time opens no topic (re-read 28B F4)
		{"what did holm say on monday after the talks", "talks", true},
	} {
		if got := saidWhen(strings.Fields(c.q), c.w); got != c.want {
			t.Errorf("saidWhen(%q, %q) = %v; want %v", c.q, c.w, got, c.want)
		}
	}
}

// TestConjunctSentenceEnd: a conjunct of a coordination never runs back
// over a sentence's end ("camping. My wife and I" is no list of "camping.
// My wife" and "I"), but a title's period is no end ("Gen. Ana Ruiz").
func TestConjunctSentenceEnd(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"“The children think we are camping. My wife and I know the house is gone,” Choque said.", "My wife"},
		{"“The children think we are camping! My wife and I know the house is gone,” Choque said.", "My wife"},
		{"They met Gen. Ana Ruiz and Admiral Tomas Berg on Monday.", "Gen. Ana Ruiz"},
		{"The march ended in Oslo. Police and medics stood by.", "Police"}, // (final re-read 25C F5)
		// a spaced ellipsis, a bare stop, ends no sentence: it leaves items
		// out of the list (final re-read RA F9)
		{"Tents, blankets ... fuel and water ran short.", "Tents"},
		{"Tents, blankets . . . and water ran short.", "Tents"},
	} {
		cos := coordinations(c.text)
		if len(cos) == 0 {
			t.Errorf("coordinations(%q): none; want a first item %q", c.text, c.want)
			continue
		}
		if it := cos[0].items[0]; c.text[it.start:it.end] != c.want {
			t.Errorf("coordinations(%q): first item %q; want %q", c.text, c.text[it.start:it.end], c.want)
		}
	}
}

// TestSaidTopicTime: the topic of "did X say anything …" is no word of a
// phrase that says when X spoke ("after the talks"), as saidContent reads
// it (saidWhenWord; final re-read RE F2, 27C F8); "about the talks" is one.
func TestSaidTopicTime(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Tolvik ferry talks\n---\n"+
		"Mayor Ida Holm met ferry operators for talks on Monday. Holm said the terminal would open in May.\n")
	for _, c := range []struct {
		q         string
		wantTalks bool
	}{
		{"did ida holm say anything after the talks", false},
		{"did ida holm say anything during the talks", false},
		{"did ida holm say anything following the talks", false},
		{"did ida holm say anything about the talks", true},
	} {
		q := e.analyse(c.q)
		who := askedSpeaker(&q)
		i := e.saidTopic(&q, who)
		if got := i >= 0 && q.terms[i].word == "talks"; got != c.wantTalks {
			topic := ""
			if i >= 0 {
				topic = q.terms[i].word
			}
			t.Errorf("saidTopic(%q, %q) = %q; want \"talks\" %v", c.q, who, topic, c.wantTalks)
		}
	}
}

// TestSaidThroughOfficial: an organisation a "what did X say" question
// names speaks through the one its words describe ("regional director …
// at the UN Office for …, told …"): the answer is what that speaker said,
// not the title; and a verb of saying that takes its clause through
// "that" after whom it was told to answers with that clause ("told MPs
// that …").
func TestSaidThroughOfficial(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Donors pledge for Tolvik flood recovery\n---\n"+
		"Donors pledged $40 million for Tolvik's recovery on Wednesday.\n"+
		"Ingrid Sævik, regional director for Europe at the UN Office for the Coordination of Humanitarian Affairs (OCHA), told delegates that slow money would cost lives as winter approached.\n"+
		"Health Minister Ana Ruiz told MPs that neither the trust nor the government would pay.\n")
	checkShorts(t, e, []askedShort{
		{"what did the un say", "slow money would cost lives as winter approached"},
		{"what did ana ruiz say", "neither the trust nor the government would pay"},
	})
}

// TestSaidBeforeSpeaker: an attribution that closes its sentence after a
// comma ("…, council officials said.") is not what was said: the clause
// before it is, its main clause where the whole runs past a short answer.
func TestSaidBeforeSpeaker(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Tolvik tram line faces court review\n---\n"+
		"Residents asked a court to review the Tolvik tram line on Monday.\n"+
		"If a judge grants a review, work could be delayed by up to a year, council officials said.\n")
	checkShorts(t, e, []askedShort{
		{"what did the council say", "work could be delayed by up to a year"},
	})
}

// TestNextQuotation: where the passage reports the speaker in the
// reporter's words and the next opens on the speaker's own quotation,
// holding more of what is asked about ("kids"), the quotation answers;
// not another's quotation.
func TestNextQuotation(t *testing.T) {
	const lead = "---\nid: t\nheadline: Storm strands Tolvik islanders\n---\n" +
		"Ferries between Tolvik and Hamre were cancelled on Monday after a storm damaged the pier.\n" +
		"Ola Berg, 52, who drives the school bus on the island, said his family had stayed with relatives since Sunday.\n"
	e := engineOfText(t, lead+"\"The kids think it is a holiday. My wife and I know the pier is gone,\" Berg said.\n")
	checkShorts(t, e, []askedShort{
		{"what did the school bus driver guy say abt his kids", "The kids think it is a holiday."},
	})
	other := engineOfText(t, lead+"\"The kids think it is a holiday. My wife and I know the pier is gone,\" Ida Holm said.\n")
	checkShorts(t, other, []askedShort{
		{"what did the school bus driver guy say abt his kids", "his family had stayed with relatives since Sunday"},
	})
	// the quotation's speaker named in the reporting passage's relative
	// clause is not who that passage reports (final re-read RL L1)
	named := engineOfText(t, strings.Replace(lead, "on the island", "for Ida Holm", 1)+"\"The kids think it is a holiday. My wife and I know the pier is gone,\" Holm said.\n")
	checkShorts(t, named, []askedShort{
		{"what did the school bus driver guy say abt his kids", "his family had stayed with relatives since Sunday"},
	})
	// the reporting passage quotes words of its own: they are its answer,
	// read where they stand (final re-read RL L9)
	quoting := engineOfText(t, strings.Replace(lead, "said his family had stayed", "said his family had “stayed put”", 1)+"\"The kids think it is a holiday. My wife and I know the pier is gone,\" Berg said.\n")
	checkShorts(t, quoting, []askedShort{
		{"what did the school bus driver guy say abt his kids", "his family had “stayed put” with relatives since Sunday"},
	})
	// a quotation in a passage of another kind (a bullet after the body)
	// is no next passage of the same telling
	bullet := engineOfText(t, lead+"- \"The kids think it is a holiday. My wife and I know the pier is gone,\" Berg said.\n")
	checkShorts(t, bullet, []askedShort{
		{"what did the school bus driver guy say abt his kids", "his family had stayed with relatives since Sunday"},
	})
}

// TestSaidBeforeSpeakerTail: an attribution closing its sentence after
// a comma closes it still with a phrase a preposition opens after its
// verb ("said on Monday.", "said in a statement."): what was said is the
// clause before the comma, not that phrase (final re-read RH H6, H9).
func TestSaidBeforeSpeakerTail(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Tolvik ferry fares rise\n---\n"+
		"Storms kept the Tolvik ferry in port for most of March.\n"+
		"If the storms return, the ferry will stay in port for a week, the harbour master said on Monday.\n"+
		"Fares will rise by a tenth from June, the ferry company said in a statement.\n")
	checkShorts(t, e, []askedShort{
		{"what did the harbour master say", "the ferry will stay in port for a week"},
		{"what did the ferry company say", "Fares will rise by a tenth from June"},
	})
	// a clause after the phrase is what was said: the phrase closes
	// nothing, and the fronted phrase before the comma is no answer
	// (the answer opening on "X said" is older: crisp94's note)
	clause := engineOfText(t, "---\nid: t\nheadline: Tolvik ferry fares rise\n---\n"+
		"Storms kept the Tolvik ferry in port for most of March.\n"+
		"After the storms, harbour master Ida Holm said on Monday the ferry would sail again by May.\n")
	checkShorts(t, clause, []askedShort{
		{"what did ida holm say", "Ida Holm said on Monday the ferry would sail again by May"},
	})
	// the phrase closes the attribution only with no mark in it (a
	// second phrase set off by a comma is more than the attribution's:
	// final re-read RL L9) and no tensed verb
	for _, c := range []struct {
		rest string
		want int
	}{
		{".", 0},
		{"", 0},
		{" on Monday.", len(" on Monday")},
		{" in a statement", len(" in a statement")},
		{" on Monday, in a statement.", -1},
		{" on Monday (local time).", -1},
		{" on Monday the ferry would sail.", -1},
		{" the ferry would sail.", -1},
	} {
		if got := attributionTail(c.rest); got != c.want {
			t.Errorf("attributionTail(%q) = %d; want %d", c.rest, got, c.want)
		}
	}
}

// TestThatTakenPastTime: a verb of saying takes its clause through "that"
// past whom it was said to and a phrase of time ("told reporters on
// Monday that …": final re-read RH H5), not past another preposition's
// noun.
func TestThatTakenPastTime(t *testing.T) {
	for text, want := range map[string]string{
		"told reporters on Monday that the quay would reopen": "the quay would reopen",
		"told reporters that the quay would reopen":           "the quay would reopen",
		"referring to Russian demands that Ukraine give up":   "",
	} {
		got := ""
		if i := thatTaken(text, 0); i > 0 {
			got = strings.TrimSpace(text[i:])
		}
		if got != want {
			t.Errorf("thatTaken(%q) takes %q; want %q", text, got, want)
		}
	}
	e := engineOfText(t, "---\nid: t\nheadline: Tolvik quay to reopen\n---\n"+
		"Storms damaged the Tolvik quay in March.\n"+
		"Ana Ruiz told reporters on Monday that the quay would reopen in May.\n")
	checkShorts(t, e, []askedShort{
		{"what did ana ruiz say", "the quay would reopen in May"},
	})
}

// TestSpeakerSubjectRelative: a relative clause no comma opens, in the
// speaker's apposition ("the mayor who opened the bridge in 2019,"), is
// part of the speaker's description, not what was said (final re-read RH
// H7).
func TestSpeakerSubjectRelative(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Tolvik quay to reopen\n---\n"+
		"Storms damaged the Tolvik quay in March.\n"+
		"Ana Ruiz, the mayor who opened the bridge in 2019, told reporters that the quay would reopen in May.\n")
	checkShorts(t, e, []askedShort{
		{"what did ana ruiz say", "the quay would reopen in May"},
	})
}
