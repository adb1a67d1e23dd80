package qa

import (
	"strings"
	"testing"
)

// TestSaidBeforeName: a speaker named after the verb of saying ("…, said
// Paul D’Souza, the port’s engineer") is answered with what was said,
// the quotation or the clause before ", said", whatever follows the name
// (a description after a comma or a dash, "on Monday"), not the
// description.
func TestSaidBeforeName(t *testing.T) {
	head := "---\nid: t\nheadline: Storm shuts pier\n---\nA storm shut the pier at Kessby on Tuesday as waves broke over the wall.\n"
	tail := "Buses ran to the mainland by the northern bridge instead.\n"
	for _, c := range []struct{ body, want string }{
		{"\"The pier is sound and will reopen once the railings are fixed,\" said Paul D'Souza, the port's engineer.\n", "The pier is sound and will reopen once the railings are fixed"},
		{"The pier would reopen on Friday once the railings were fixed, said D'Souza, the port's engineer.\n", "The pier would reopen on Friday once the railings were fixed"},
		{"The pier would reopen on Friday once the railings were fixed, said D’Souza on Monday.\n", "The pier would reopen on Friday once the railings were fixed"},
		{"The pier would reopen on Friday once the railings were fixed, said D'Souza.\n", "The pier would reopen on Friday once the railings were fixed"},
		{"The pier would reopen on Friday once the railings were fixed,\u00a0said Paul D’Souza — the port’s engineer.\n", "The pier would reopen on Friday once the railings were fixed"},
	} {
		e := engineOfText(t, head+c.body+tail)
		if a := mustAsk(t, e, "what did D'Souza say"); !a.Answered || a.Short != c.want {
			t.Errorf("%q: answered %v, short %q; want %q", c.body, a.Answered, a.Short, c.want)
		}
	}
}

// TestBeforeSaying: a comma and a finite verb of saying after a span mark
// it as what the one named after the verb said; a participle (", saying",
// the passive ", said to be", ", said by"), another word, or nothing do
// not.
func TestBeforeSaying(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The pier is sound, said Ana.", true},
		{"The pier is sound,\u00a0 told Ana reporters.", true},
		{"The pier is sound, saying so.", false},
		{"The pier is sound, and Ana said so.", false},
		{"The pier is sound", false},
		{"The pier is sound, é", false},
		{"The pier is sound, Said Ana.", true},
		{"The pier is sound, said to be the oldest in the county, was shut.", false},
		{"The bridge, said to be the oldest in the county, reopened.", false},
		{"The bridge, said to be the oldest in the county, carries 10,000 cars a day.", false},
		{"The pier is sound, said to keep clear of the weir.", true},
		{"The pier is sound, said by engineers to be safe.", false},
		{"The pier is sound,\u00a0told to reopen, the council said.", false},
		{"The pier is sound, said", true},
		{"The pier is sound, said ", true},
		{"The pier is sound, said to", true},
	} {
		if got := beforeSaying(c.text, len("The pier is sound")); got != c.want {
			t.Errorf("beforeSaying(%q) = %v; want %v", c.text, got, c.want)
		}
	}
}

// TestSaidBeforeNameKeepsClause: a clause already found for the speaker
// is kept over a later sentence of the same passage (a bullet, not split
// into sentences) that names them after its verb of saying ("X said A. B,
// said X." answers A), whether or not it repeats the full name.
func TestSaidBeforeNameKeepsClause(t *testing.T) {
	head := "---\nid: t\nheadline: Library hours cut\n---\nThe town council cut the library's opening hours on Wednesday to save money.\n"
	shortOverEach(t, head, []string{
		"- Mira Olsen said the library would open late on Sunday. The reading room will stay shut until March, said Mira Olsen.\n",
		"- Mira Olsen said the library would open late on Sunday. The reading room will stay shut until March, said Olsen.\n",
	}, "what did mira olsen say about sunday", "the library would open late on Sunday")
}

// shortOverEach asks q of an engine over head and each of bodies in turn, and
// wants it answered with the short answer want.
func shortOverEach(t *testing.T, head string, bodies []string, q, want string) {
	t.Helper()
	for _, body := range bodies {
		e := engineOfText(t, head+body)
		if a := mustAsk(t, e, q); !a.Answered || a.Short != want {
			t.Errorf("%q: answered %v, short %q; want %q", body, a.Answered, a.Short, want)
		}
	}
}

// TestReportedSpeechPassive: a passive participle of saying in an aside
// after the speaker's name or description ("cited by the regional
// paper") is no verb of theirs, and what follows it was not said; what
// they said follows their own verb.
func TestReportedSpeechPassive(t *testing.T) {
	head := "---\nid: t\nheadline: Dykes hold\n---\nThe river fell on Thursday after a week of rain.\n"
	shortOverEach(t, head, []string{
		"Lena Brandt, the county's flood officer, cited by the regional paper, said the dykes would hold until spring.\n",
		"Lena Brandt, the county's flood officer, told to stay in the office, said the dykes would hold until spring.\n",
	}, "what did lena brandt say", "the dykes would hold until spring")
	shortOverEach(t, head, []string{
		"Lena Brandt, the county's flood officer, cited by the regional paper, said the dykes would hold until spring.\n",
	}, "what did the flood officer say", "the dykes would hold until spring")
}

// TestSaidByMeans: "by" and a means or a time after a speaker's verb of
// saying ("said by radio", "said by Friday") is no passive's agent: the
// answer is what was said, not the speaker's description.
func TestSaidByMeans(t *testing.T) {
	head := "---\nid: t\nheadline: Harbour fog\n---\nFog closed the harbour on Monday.\n"
	for _, body := range []string{
		"Tomas Reyes, the port's duty officer, said by radio that the ferries would stay in dock until noon.\n",
		"Tomas Reyes, the port's duty officer, said by Wednesday the ferries would stay in dock until noon.\n",
	} {
		a := mustAsk(t, engineOfText(t, head+body), "what did tomas reyes say")
		if !strings.Contains(a.Short, "the ferries would stay in dock") || strings.Contains(a.Short, "officer") {
			t.Errorf("%q: short %q; want what was said, not the description", body, a.Short)
		}
	}
}

// TestSaidByTime: "by" and a phrase whose noun names a time, past a
// determiner and adjectives or after an "of" ("said by the weekend",
// "said by the end of the month", "said by noon"), is no passive's agent:
// the answer is what was said, not the speaker's description.
func TestSaidByTime(t *testing.T) {
	head := "---\nid: t\nheadline: Rail strike\n---\nTrains stopped across the region on Monday.\n"
	for _, by := range []string{"by the weekend", "by the end of the month", "by noon", "by late next week", "by Christmas", "by Easter Sunday", "by Hanukkah", "by the time the talks ended"} {
		body := "Odile Ferrand, the union's regional secretary, said " + by + " the drivers would be back at work.\n"
		a := mustAsk(t, engineOfText(t, head+body), "what did odile ferrand say")
		if !strings.Contains(a.Short, "the drivers would be back") || strings.Contains(a.Short, "secretary") {
			t.Errorf("%q: short %q; want what was said, not the description", by, a.Short)
		}
	}
}

// TestPassiveAfter: the words after a participle make it passive where
// "by" and an agent follow, or "to" and a verb and then, in the same
// sentence, another verb; not "to" and whom it was said to, nor "to" and
// a verb with no verb after them in the sentence, nor nothing, nor other
// words.
func TestPassiveAfter(t *testing.T) {
	for _, c := range []struct {
		rest string
		want bool
	}{
		{" by the regional paper", true},
		{" by Easter, the ferries would run", false}, // a time's name (lexicon.IsTimeName), not an agent
		{" by Thanksgiving", false},
		{" by Noel Ruiz, the port's engineer, would reopen", true}, // a first name WordNet has only as a time's
		{" by Easter Sunday", false},
		{" by Christmas Eve", false},
		{" by The Time the vote was held", false}, // the subordinator "by the time"
		{" by the timekeeper", true},
		{" by the night shift", true},                         // a compound's head is its last noun
		{" by the night shift.", true},                        // at a sentence's end
		{" to be closed until Friday and would reopen", true}, // "until" and a time: a phrase, the sentence's verb follows
		{" to be closed until the repairs are done", false},   // "until" opens a clause: its verb is none of the sentence's
		{" by the day crew!", true},
		{" by the morning ferry crew to be unsafe, would stay shut", true},
		{" by the weekend rota", true},
		{" by the weekend, the quay", false},
		{" by Friday evening", false},
		{" by Friday officials", false},
		{" by the end of the month", false},
		{" by the", true},
		{" by é", false},
		{" to be the oldest, was shut", true},
		{"\u00a0to stay, she said.", true},
		{" To Leave, Officials Said", true},
		{" to be the oldest", false},
		{" to be the oldest in the county, reopened.", true},
		{" to keep clear, and the weir", false},
		{" to expect closures, delays and detours until spring.", false},
		{" to expect queues, tolls, cuts or detours.", false},
		{" to be the oldest of mills, weirs and locks, reopened.", true},
		{" to be the oldest, reopened and drew crowds.", true},
		{" to expect closures, é", false},
		{" to boil tap water, adding that the mains would be flushed.", false},
		{" to boil tap water until Friday, warning that pipes were old.", false},
		{" to boil tap water, adding", false},
		{" to be the oldest, was shut, adding to the queues", true},
		{" to expect delays, which would last until spring.", false},
		{" to expect delays that could last weeks.", false},
		{" to avoid the bridge while repairs are under way.", false},
		{" to avoid the bridge until the cracks were fixed.", false},
		{" to be the oldest that stands in the county, reopened.", true},
		{" to be as old as the chapel was pulled down in June.", true}, // "as" opens a phrase here, no clause
		{" to be the tallest since 1890 was felled.", true},
		{" to be the tallest in the valley, including the spire, fell.", true}, // "including" is a preposition
		{" to be the tallest, adding to the gloom.", false},
		{" to leave when the alarm sounded, she said.", true},
		{" to keep clear of the weir until spring.", false},
		{" to keep clear. The weir was shut", false},
		{" to keep clear of the weir’s gates, é", false},
		{" to reporters", false},
		{" to the council", false},
		{" to", false},
		{" by", false},
		{" by phone that the dykes would hold", false},
		{" by email on Monday", false},
		{" by Friday the dykes would be repaired", false},
		{" by 3 March, the works", false},
		{" by the weekend the roads would be gritted", false},
		{" by late next week", false},
		{" by the end of the month, the works", false},
		{" by the start of next year", false},
		{" by noon the pier would shut", false},
		{" by midnight", false},
		{" by early Friday", false},
		{" by 2031 the line would open", false},
		{" by April the works would end", false},
		{" by then the road would be clear", false},
		{" by then", false},
		{" by the close of the inquiry", true},
		{" by the marine corps", true},
		{" by first responders", true},
		{" by the end of", true},
		{" by the é", true},
		{" by the mayor’s office", true},
		{" by Halden’s engineers", true},
		{" by Reuters", true},
		{" by local media", true},
		{" by officials", true},
		{" by  é", false},
		{"", false},
		{" é ’", false},
		{" the dykes would hold", false},
	} {
		if got := passiveAfter(c.rest); got != c.want {
			t.Errorf("passiveAfter(%q) = %v; want %v", c.rest, got, c.want)
		}
	}
}

// TestSaidToInfinitive: a speaker's verb of saying and an infinitive with
// no verb after them in the sentence ("said to keep clear of …") report
// what the speaker said; the description before them is no answer.
func TestSaidToInfinitive(t *testing.T) {
	head := "---\nid: t\nheadline: Weir works\n---\nThe weir gates jammed on Tuesday.\n"
	shortOverEach(t, head, []string{
		"Marta Oduya, the district's river warden, said to keep clear of the weir until Friday.\n",
		"Marta Oduya, the district’s river warden, said to keep clear of the weir until Friday.\n",
	}, "what did marta oduya say", "to keep clear of the weir until Friday")
}

// TestSaidToList: an infinitive whose object is a comma list ("to expect
// closures, delays and detours") is still what the speaker said: a list's
// -s word after a comma is no verb closing an aside; the infinitive's verb
// takes the whole list as its object, so the answer is not cut after the
// first item (sharedVerbOut).
func TestSaidToList(t *testing.T) {
	head := "---\nid: t\nheadline: Canal works\n---\nThe canal towpath shut on Tuesday.\n"
	shortOverEach(t, head, []string{
		"Ilse Varga, the trust's canal manager, said to expect closures, delays and detours until June.\n",
	}, "what did ilse varga say", "to expect closures, delays and detours until June")
	shortOverEach(t, head, []string{
		"Ilse Varga, the trust’s canal manager, said to expect closures, delays, diversions and detours until June.\n",
	}, "what did ilse varga say", "to expect closures, delays, diversions and detours until June")
}

// TestSaidToThenParticiple: a speaker's "said to …" followed by a
// participle clause of theirs (", adding that …", ", warning …") reports
// what they said: the clause's own verbs ("would be flushed") are no verb
// of the sentence that would make "said" a passive.
func TestSaidToThenParticiple(t *testing.T) {
	head := "---\nid: t\nheadline: Water alert\n---\nA mains burst on Sunday left the town's water cloudy.\n"
	shortOverEach(t, head, []string{
		"Priya Nair, the utility's network manager, said to boil tap water until Friday, adding that the mains would be flushed.\n",
		"Priya Nair, the utility’s network manager, said to boil tap water until Friday, warning residents to check on neighbours.\n",
	}, "what did priya nair say", "to boil tap water until Friday")
}

// TestSaidToSubordinate: the verbs of a subordinate or relative clause
// after a speaker's "said to …" ("that could last weeks", ", which would
// …", "while repairs are under way") are none of the sentence's, so
// "said" is the speaker's and what follows it what was said; so is "by
// then" after it, a time.
func TestSaidToSubordinate(t *testing.T) {
	head := "---\nid: t\nheadline: Ferry cuts\n---\nThe island ferry cut its sailings on Monday.\n"
	for _, body := range []string{
		"Joss Amari, the operator's fleet manager, said to expect cancellations that could last weeks.\n",
		"Joss Amari, the operator's fleet manager, said to expect cancellations, which would last weeks.\n",
		"Joss Amari, the operator's fleet manager, said to expect cancellations while the engines were rebuilt.\n",
		"Joss Amari, the operator's fleet manager, said by then the cancellations would have ended.\n",
	} {
		a := mustAsk(t, engineOfText(t, head+body), "what did joss amari say")
		if !strings.Contains(a.Short, "cancellations") || strings.Contains(a.Short, "manager") {
			t.Errorf("%q: short %q; want what was said, not the description", body, a.Short)
		}
	}
}

// TestFiniteVerbIn: an auxiliary or a verb of saying where a verb stands
// is a subject's verb; an infinitive's object, a word mostly a verb in
// it, or a verb of saying where a noun stands, is none.
func TestFiniteVerbIn(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"the oldest, was shut", true},
		{", the wardens said", true},
		{" clear of the weir until Friday", false},
		{" the warden's report", false},
		{"", false},
		{"’ é —", false},
	} {
		if got := finiteVerbIn(c.text); got != c.want {
			t.Errorf("finiteVerbIn(%q) = %v; want %v", c.text, got, c.want)
		}
	}
}

// TestParticiple: a verb's -ing form is a participle, a preposition in
// -ing is none, and progressive asks a longer word of it.
func TestParticiple(t *testing.T) {
	for _, c := range []struct {
		w                   string
		participle, progres bool
	}{
		{"adding", true, true},
		{"digging", true, true},
		{"going", true, false},
		{"including", false, false},
		{"following", false, false},
		{"ing", false, false},
		{"", false, false},
		{"é", false, false},
	} {
		if got := participle(c.w); got != c.participle {
			t.Errorf("participle(%q) = %v; want %v", c.w, got, c.participle)
		}
		if got := progressive(c.w); got != c.progres {
			t.Errorf("progressive(%q) = %v; want %v", c.w, got, c.progres)
		}
	}
}
