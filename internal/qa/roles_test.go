package qa

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// rolesBody is an invented story whose people are named once with their
// role and then by surname.
const rolesBody = "Mayor Ines Talbot opened the new library in Brenmouth on Monday. " +
	"Talbot said the library would stay open until nine every evening.\n\n" +
	"Brenmouth Mills' chief executive, Tomas Weld, said the plant would close in March. " +
	"\"We had no choice,\" Weld said.\n\n" +
	"\"It will hurt families,\" said Rhona Hoss, a teacher.\n\n" +
	"\"We will fight this,\" said Dana Reyes, the union's general secretary."

// TestDescribedByRole: a question that names a person by a role the
// articles give them finds them by surname, whatever the role's word: a
// title only the articles use before names ("the mayor"), an acronym of a
// title ("the ceo": "chief executive"); a plural role is a group, no one
// person.
func TestDescribedByRole(t *testing.T) {
	e := howEngine(t, rolesBody)
	checkQuestionDescribes(t, e, []describedCase{
		{"what did the mayor say about the library", []string{"talbot"}},
		{"what did the mayors say about the library", nil},
		{"why did the ceo close the plant", []string{"weld"}},
		{"what did the brenmouth mills ceo say", []string{"weld"}},
	})
}

// TestWhoIsByRole: the speaker a "what did X say" question describes is
// found by a title's acronym ("ceo"), and a noun for a person no article
// uses ("boss") describes whom it means and is no misspelt name ("Hoss").
func TestWhoIsByRole(t *testing.T) {
	checkWhoIs(t, howEngine(t, rolesBody), []whoIsCase{
		{"the ceo", []string{"Tomas Weld"}},
		{"the brenmouth mills ceo", []string{"Tomas Weld"}},
		{"the union boss", []string{"Dana Reyes"}},
		{"hoss", []string{"Rhona Hoss"}},
	})
}

// whoIsCase is a typed name and the full names of the people it means.
type whoIsCase struct {
	typed string
	want  []string
}

// checkWhoIs checks the people each typed name means (Engine.whoIs).
func checkWhoIs(t *testing.T, e *Engine, cases []whoIsCase) {
	t.Helper()
	for _, tc := range cases {
		var got []string
		for _, i := range e.whoIs(tc.typed) {
			got = append(got, e.qix.people.list[i].name)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("whoIs(%q) = %v; want %v", tc.typed, got, tc.want)
		}
	}
}

// TestRolePhrase: a question's title is read as the noun phrase it heads.
// A place elsewhere in the question does not describe the person ("show
// up in Orlee"); a noun before the title is what the title is of and must
// describe them ("the council leader", not the opposition leader), and
// where no description holds it no one is guessed ("the fire chief" is
// not the harbour chief); a deputy holds another office.
func TestRolePhrase(t *testing.T) {
	e := howEngine(t, "President Mara Quell toured the flooded town of Orlee on Tuesday.\n\n"+
		"Council leader Omar Pike said the vote had been close. "+
		"Deputy council leader Ruth Vane said the plan was sound. "+
		"Opposition leader Sam Creel called the plan reckless.\n\n"+
		"On Monday harbour chief Ana Ruiz said the quay was safe. "+
		"Commander Ben Oyelaran, who heads the national rescue team, said the search would go on.")
	checkQuestionDescribes(t, e, []describedCase{
		{"did the president show up in orlee", []string{"quell"}},
		{"what did the council leader say about the vote", []string{"pike"}},
		{"what did the council's leader say about the vote", []string{"pike"}},
		{"what did the deputy council leader say", []string{"vane"}},
		{"what did the fire chief say about the search", nil},
		{"what did the harbour chief say", []string{"ruiz"}},
	})
}

// describedCase is a question and the surnames of the people it describes.
type describedCase struct {
	q    string
	want []string
}

// checkQuestionDescribes checks the people each question describes (question.described).
func checkQuestionDescribes(t *testing.T, e *Engine, cases []describedCase) {
	t.Helper()
	for _, tc := range cases {
		q := e.analyse(tc.q)
		if !slices.Equal(q.described, tc.want) {
			t.Errorf("analyse(%q).described = %v; want %v", tc.q, q.described, tc.want)
		}
	}
}

// TestWhoIsRoleAcronym: "who is the X ceo" asks for a role, not what a
// name is: it is answered by the name the role's description gives.
func TestWhoIsRoleAcronym(t *testing.T) {
	e := howEngine(t, rolesBody)
	a, err := e.Ask(context.Background(), "who is the brenmouth mills ceo")
	if err != nil || !strings.Contains(a.Short, "Tomas Weld") || wordsOver(a.Short, 6) {
		t.Errorf("who is the brenmouth mills ceo: %q, %v; want Tomas Weld with his title at most", a.Short, err)
	}
}

// TestWhoIsLongApposition: a role given in an apposition too long to read
// whole ("a professor of marine biology at …") is still the role of the
// name before it: "who is the professor" is answered, not declined as a
// title no one holds.
func TestWhoIsLongApposition(t *testing.T) {
	e := howEngine(t, "The bay had warmed by two degrees since 1990. "+
		"On Monday Nadia Korvel, a professor of marine biology at the University of Brenmouth, said the fish were moving north.")
	a, err := e.Ask(context.Background(), "who is the professor")
	if err != nil || !a.Answered || !strings.Contains(a.Short, "Nadia Korvel") {
		t.Errorf("who is the professor: answered %v, %q, %v; want Nadia Korvel", a.Answered, a.Short, err)
	}
}

// leadBody is an invented story whose people are described only by what
// a relative clause after their name says they lead, or led.
const leadBody = "Flood water reached the old market in Harlow Vale on Sunday.\n\n" +
	"Captain Idris Mabe, who heads the county’s swift-water rescue squad, said 40 people had been lifted out. " +
	"\"Nobody should drive through standing water,\" Mabe said.\n\n" +
	"Nell Garvey, who has run a café on Mill Lane for 12 years, said the cellar had filled overnight. " +
	"\"We lost everything downstairs,\" Garvey said.\n\n" +
	"Owen Tarrant, who has led talks with the insurers, said claims would be paid quickly. " +
	"Pia Lund, who led the county’s planning board in 2019, said the defences had been delayed."

// TestLeadClause: a relative clause of leading after a name describes the
// person by what they lead, and makes them its head, chief or leader: "the
// rescue chief", "the head of the rescue squad", "the café boss". Not a
// plural object (talks led are no body one heads) and not a past role.
// One who runs a thing that is no body of people (a café, by WordNet) is
// its head only with it named: a bare "the leader", "the chair" is the
// squad's (pairedLeader), as the quotation look-up's whoIs reads it too.
func TestLeadClause(t *testing.T) {
	e := howEngine(t, leadBody)
	checkQuestionDescribes(t, e, []describedCase{
		{"what did the rescue chief say about driving", []string{"mabe"}},
		{"what did the squad leader say", []string{"mabe"}},
		{"what did the cafe boss lose", []string{"garvei"}},
		{"what did the head of the cafe lose", []string{"garvei"}},
		{"what did the leader say about claims", []string{"mabe"}},
		{"who is the chair", []string{"mabe"}},
		{"what did the planning board chief say", nil},
	})
	checkWhoIs(t, e, []whoIsCase{
		{"the rescue chief", []string{"Idris Mabe"}},
		{"the head of the rescue squad", []string{"Idris Mabe"}},
		{"the café boss", []string{"Nell Garvey"}},
		{"the leader", []string{"Idris Mabe"}},
		{"the board chief", nil},
	})
	// the quotation look-up's run of titles reads it alike
	for _, words := range []string{"the leader", "the chief lost everything"} {
		people, _ := e.mentions(words, e.analyze(words))
		if len(people) != 1 || e.qix.people.list[people[0]].name != "Idris Mabe" {
			t.Errorf("mentions(%q) = %v; want Idris Mabe alone", words, people)
		}
	}
	// a title of leading written is no thing led: "Council leader" is a
	// leader, whatever else they run
	e = howEngine(t, "The Wend flooded on Sunday.\n\n"+
		"Council leader Ada Brann, who runs a café on the quay, said the water had risen fast.")
	checkQuestionDescribes(t, e, []describedCase{
		{"what did the leader say", []string{"brann"}},
	})
}

// TestLedBody: what a clause says one leads is a body of people by its
// last word's common senses (lexicon.IsGroupNoun: "unit", a measure first,
// is a social unit next), a possessive or a
// plural read through.
func TestLedBody(t *testing.T) {
	for thing, want := range map[string]bool{
		"the county’s swift-water rescue squad":  true,
		"Brenmouth’s flood team":                 true,
		"the union":                              true,
		"Oxfam":                                  true,
		"the Harlow Town Council":                true,
		"the Midlands Regional Cyber Crime Unit": true,
		"the Rose Bakery":                        false,
		"the Crown Inquiry":                      false,
		"a bakery":                               false,
		"a café":                                 false,
		"the inquiry":                            false,
		"":                                       false,
	} {
		if got := ledBody(thing); got != want {
			t.Errorf("ledBody(%q) = %v; want %v", thing, got, want)
		}
	}
}

// TestNamedBodyLeader: one who heads a named organisation (ledBody) is
// its head and its leader, as one who heads a team is.
func TestNamedBodyLeader(t *testing.T) {
	e := howEngine(t, "Zoë Ferrand, who heads Oxfam, said 40 families needed tents. \"Nobody should stay in the cellars,\" Ferrand said.\n\n"+
		"The cellars of Harlow Vale flooded on Monday.")
	checkQuestionDescribes(t, e, []describedCase{
		{"what did the leader say", []string{"ferrand"}},
		{"who is the head", []string{"ferrand"}},
	})
	// a name whose head is a common noun is that noun's thing: the owner
	// of a named bakery, the runner of a named inquiry, is no leader
	// without it named (pairedLeader)
	for _, runs := range []string{"who runs the Rose Bakery", "who has run the Crown Inquiry"} {
		e := howEngine(t, "Zoë Ferrand, "+runs+", said 40 families needed bread. \"Nobody should go hungry,\" Ferrand said.")
		checkQuestionDescribes(t, e, []describedCase{
			{"who is the leader", nil},
			{"what did the leader say", nil},
			{"who is the head", nil},
		})
	}
}

// TestLeadClauseAfter: the object of a relative clause of leading is read
// up to its first preposition, whatever the bytes before it (curly marks,
// accents), past adverbs before the verb, and no other clause is read.
func TestLeadClauseAfter(t *testing.T) {
	for _, tc := range []struct{ text, name, want string }{
		{"Zoë Ferrand, who heads Brenmouth’s flood team, said so.", "Zoë Ferrand", "Brenmouth’s flood team"},
		{"Zoë Ferrand, who has run a café at number 8 since 2001.", "Zoë Ferrand", "a café"},
		{"Zoë Ferrand, who chairs the inquiry", "Zoë Ferrand", "the inquiry"},
		{"Zoë Ferrand, who also heads Brenmouth’s flood team, said so.", "Zoë Ferrand", "Brenmouth’s flood team"},
		{"Zoë Ferrand, who currently runs a café at number 8.", "Zoë Ferrand", "a café"},
		{"Zoë Ferrand, who has also run a café at number 8.", "Zoë Ferrand", "a café"},
		{"Zoë Ferrand, who also led the team in 2010, said so.", "Zoë Ferrand", ""},
		{"Zoë Ferrand, who no longer runs a café at number 8, said so.", "Zoë Ferrand", ""},
		{"Zoë Ferrand, who has never run a café at number 8, said so.", "Zoë Ferrand", ""},
		{"Zoë Ferrand, who has previously led the rescue squad, said so.", "Zoë Ferrand", ""},
		{"Zoë Ferrand, who has recently headed the union, said so.", "Zoë Ferrand", "the union"},
		{"Zoë Ferrand, who formerly chairs the board, said so.", "Zoë Ferrand", ""},
		{"Zoë Ferrand, who led the team in 2010, said so.", "Zoë Ferrand", ""},
		{"Zoë Ferrand, who has led talks with the union, said so.", "Zoë Ferrand", ""},
		{"Zoë Ferrand, who headed north, said so.", "Zoë Ferrand", ""},
		{"Zoë Ferrand, who lives in Brenmouth, said so.", "Zoë Ferrand", ""},
		{"Zoë Ferrand, who", "Zoë Ferrand", ""},
		{"Zoë Ferrand, who heads", "Zoë Ferrand", ""},
		{"Zoë Ferrand", "Zoë Ferrand", ""},
	} {
		n := span{0, len(tc.name)}
		s := leadClauseAfter(tc.text, n)
		if got := tc.text[s.start:s.end]; got != tc.want {
			t.Errorf("leadClauseAfter(%q) = %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestCapitalInRole: a capital no article names, inside the role phrase,
// stands for its country ("the tokyo team leader" is the Japanese team
// leader), as it does for a question's government; after "in" it is a
// city, and no one's.
func TestCapitalInRole(t *testing.T) {
	e := howEngine(t, "Rescue teams from Japan and Peru reached Harlow Vale on Monday.\n\n"+
		"Aiko Tanabe, the Japanese team leader, said the houses had slid down the slope. "+
		"\"The ground gave way under them,\" Tanabe said.\n\n"+
		"Luis Pardo, the Peruvian team leader, said his dogs had found two people. "+
		"\"They were both alive,\" Pardo said.")
	checkQuestionDescribes(t, e, []describedCase{
		{"what did the tokyo team leader say about the houses", []string{"tanab"}},
		{"what did the lima team leader say", []string{"pardo"}},
		{"what did the team leader say in tokyo", []string{"pardo", "tanab"}},
	})
	checkWhoIs(t, e, []whoIsCase{
		{"the tokyo team leader", []string{"Aiko Tanabe"}},
		{"the lima team leader", []string{"Luis Pardo"}},
	})
}

// meaningBody is an invented story whose people are described by words a
// question may give otherwise: "team" for "squad", "leader" for "head",
// "humanitarian" for "aid".
const meaningBody = "Rescue teams from Japan and Peru reached Harlow Vale on Monday.\n\n" +
	"Aiko Tanabe, the Japanese team leader, said the houses had slid down the slope. " +
	"\"The ground gave way under them,\" Tanabe said.\n\n" +
	"Commander Ben Oyelaran, who heads the national rescue team, said the search would go on.\n\n" +
	"The agency's humanitarian envoy, Rosa Lindqvist, said more money would follow. " +
	"\"This is a down payment,\" Lindqvist said.\n\n" +
	"The council's head of structures, Kieran Dole, said the bridge was safe.\n\n" +
	"Luis Arce, a taxi driver, said the road had gone. \"We cannot get through,\" Arce said."

// TestRoleByMeaning: a role's words are matched by what they mean, not
// only letter for letter: "the head of the tokyo squad" is the Japanese
// team leader (a leader noun for another, a noun for one GloVe puts near
// it), "the aid envoy" the humanitarian envoy; a noun after the title's
// "of" must describe the person too, and one that describes no one makes
// the role unknown ("the head of the inquiry" is not the head of
// structures). A thing's kind is said by its own word: a truck driver is
// no taxi driver.
func TestRoleByMeaning(t *testing.T) {
	e := howEngine(t, meaningBody)
	checkQuestionDescribes(t, e, []describedCase{
		{"how did the head of the tokyo squad describe the houses", []string{"tanab"}},
		{"what did the aid envoy say about money", []string{"lindqvist"}},
		{"what did the head of structures say", []string{"dole"}},
		{"what did the head of the inquiry say", nil},
		{"what did the rescue squad chief say", []string{"oyelaran"}},
	})
	checkWhoIs(t, e, []whoIsCase{
		{"the head of the tokyo squad", []string{"Aiko Tanabe"}},
		{"the aid envoy", []string{"Rosa Lindqvist"}},
		{"the truck driver", nil},
	})
}

// inquiryBody is an invented story whose one leader is given by a
// passive of leading.
const inquiryBody = "The weir failed on Sunday night.\n\n" +
	"The council said the flood inquiry would be led by Zoë Ferrand, a judge. " +
	"\"We will find out why the warning was missed,\" Ferrand said.\n\n" +
	"Engineer Tom Pask said the weir was old."

// TestLeadSubjectBefore: the subject of a passive of leading before a
// name, or before a short apposition to it, is what the person leads;
// not a plural, and not across a mark.
func TestLeadSubjectBefore(t *testing.T) {
	for _, tc := range []struct{ text, name, want string }{
		{"Officials said that the flood inquiry would be led by Zoë Ferrand, a judge.", "Zoë Ferrand", "flood inquiry"},
		{"The agency said its review will be led by its deputy chair, Zoë Ferrand, and would end soon.", "Zoë Ferrand", "review"},
		{"The café’s kitchen is headed by Zoë Ferrand.", "Zoë Ferrand", "café’s kitchen"},
		{"A round of talks, led by Zoë Ferrand, ended.", "Zoë Ferrand", ""},
		{"The talks were led by Zoë Ferrand.", "Zoë Ferrand", ""},
		{"It was led by Zoë Ferrand.", "Zoë Ferrand", ""},
		{"led by Zoë Ferrand", "Zoë Ferrand", ""},
		{"Zoë Ferrand", "Zoë Ferrand", ""},
	} {
		i := strings.Index(tc.text, tc.name)
		s := leadSubjectBefore(tc.text, span{i, i + len(tc.name)})
		if got := tc.text[s.start:s.end]; got != tc.want {
			t.Errorf("leadSubjectBefore(%q) = %q; want %q", tc.text, got, tc.want)
		}
	}
	// the one who leads it is its head, chief, leader
	e := howEngine(t, inquiryBody)
	checkQuestionDescribes(t, e, []describedCase{
		{"what did the inquiry chief say", []string{"ferrand"}},
	})
	checkWhoIs(t, e, []whoIsCase{
		{"the head of the inquiry", []string{"Zoë Ferrand"}},
		{"the flood inquiry leader", []string{"Zoë Ferrand"}},
	})
}

// TestRunningRole: a question's person "running" (heading, leading) a
// thing means its head, found by what the thing is called or nearly
// ("investigation" for the inquiry), an adverb before the verb read past
// ("now running"); a thing no one is said to lead finds no one.
func TestRunningRole(t *testing.T) {
	e := howEngine(t, inquiryBody)
	checkQuestionDescribes(t, e, []describedCase{
		{"the woman running the investigation, what does she want", []string{"ferrand"}},
		{"what did the guy heading the flood inquiry say", []string{"ferrand"}},
		{"what did the man running the bakery say", nil},
		{"what did the woman now running the investigation say", []string{"ferrand"}},
		{"what did the man currently running the bakery say", nil},
		{"what did the woman formerly running the investigation say", nil},
	})
	// the quotation look-up reads a leader title's near words as whoIs
	// does (ledWords): the investigation is the inquiry she heads
	for _, words := range []string{"the investigation chief", "head of the investigation"} {
		people, _ := e.mentions(words, e.analyze(words))
		if len(people) != 1 || e.qix.people.list[people[0]].name != "Zoë Ferrand" {
			t.Errorf("mentions(%q) = %v; want Zoë Ferrand alone", words, people)
		}
	}
}

// TestRoleTimeWords: a word that says when or where someone holds a
// title ("current", "interim"), not what the title is of, leaves
// the role known, as a noun no one is described by does not ("the rescue
// chief"): before the title, after its "of", and in the object of a verb
// of leading; whoIs passes over it. Ask answers such a question by the
// speaker's description (describedSaying), where the word does not stand.
func TestRoleTimeWords(t *testing.T) {
	e := howEngine(t, "Port chief Ines Marlow said the berths were full on Sunday.\n\n"+
		"On Monday mayor Rita Sand said the budget would hold.")
	if a := mustAsk(t, e, "what did the current port chief say"); !a.Answered || !strings.Contains(a.Short, "berths") {
		t.Errorf("Ask(what did the current port chief say) = %v %q; want Marlow's words", a.Answered, a.Short)
	}
	checkQuestionDescribes(t, e, []describedCase{
		{"what did the current port chief say", []string{"marlow"}},
		{"what did the present port chief say", []string{"marlow"}},
		{"what did the interim port chief say", []string{"marlow"}},
		{"what did the chief of the current port say", []string{"marlow"}},
		{"what did the rescue chief say", nil},
	})
	e = howEngine(t, inquiryBody)
	checkQuestionDescribes(t, e, []describedCase{
		{"what did the head of the present inquiry say", []string{"ferrand"}},
		{"what did the woman running the current inquiry say", []string{"ferrand"}},
		{"what did the woman running the rescue say", nil},
	})
	checkWhoIs(t, e, []whoIsCase{
		{"the current inquiry chief", []string{"Zoë Ferrand"}},
		{"the head of the current inquiry", []string{"Zoë Ferrand"}},
		{"the current", nil},
		{"the interim inquiry chief", []string{"Zoë Ferrand"}},
	})
	// a word of when that describes someone is his description for the
	// readers of a role and of who speaks alike (describesSomeone): "the
	// future party leader" is Voss, whom no quotation gives, not the
	// party leader quoted
	e = howEngine(t, "The docks were toured by Paul Voss, the future party leader, on Monday.\n\n"+
		"Party leader Rita Sand said: \"The cranes were idle on Sunday.\"\n\nThe docks hold 40 ships.")
	checkQuestionDescribes(t, e, []describedCase{
		{"what did the future party leader say", []string{"voss"}},
	})
	checkWhoIs(t, e, []whoIsCase{
		{"the future party leader", nil},
		{"the current party leader", []string{"Rita Sand"}},
	})
}

// TestRoleTitleAdjectives: an adjective that makes another office or
// another person of a title ("foreign", "national", "senior") is no word
// of when or where it is held (whenOrWhere): a question on "the foreign
// transport minister" is not answered with the transport minister's
// words, and sameOffice, which the speaker readers ask of a passage's
// words too ("The senior minister said"), is false for such a word.
func TestRoleTitleAdjectives(t *testing.T) {
	e := howEngine(t, "Transport minister Odile Karsk said the trams would run again in June.\n\n"+
		"Dock chief Petra Lunn said the cranes were idle on Tuesday.")
	for _, tc := range []struct{ q, said string }{
		{"what did the foreign transport minister say", "trams"},
		{"what did the national dock chief say", "cranes"},
		{"what did the senior dock chief say", "cranes"},
	} {
		if a := mustAsk(t, e, tc.q); a.Answered && strings.Contains(a.Short, tc.said) {
			t.Errorf("Ask(%s) = %q; want no answer from another office's words", tc.q, a.Short)
		}
	}
	for _, w := range []string{"foreign", "national", "senior"} {
		if sameOffice(w) {
			t.Errorf("sameOffice(%s) = true; want false (it names another office)", w)
		}
	}
	for _, w := range []string{"current", "interim", "former"} {
		if !whenOrWhere(w) {
			t.Errorf("whenOrWhere(%s) = false; want true", w)
		}
	}
	// an office word that says the title is held for a while (WordNet's
	// similar adjectives: forATime) leaves it the same office; one of a
	// past holder or another rank does not
	for w, want := range map[string]bool{"interim": true, "acting": true, "current": true, "former": false, "deputy": false, "temporary": false, "": false} {
		if got := sameOffice(w); got != want {
			t.Errorf("sameOffice(%q) = %v; want %v", w, got, want)
		}
	}
	// the who-is reader of a question's role (otherOffice) reads them
	// alike: the interim council leader is the council leader asked
	// for, the deputy harbour chief no harbour chief
	e = howEngine(t, "The harbour was shut on Monday.\n\n"+
		"\"The street will never be fully closed,\" said Tom Okoro, the interim council leader.\n\n"+
		"Ana Lind, the deputy harbour chief, said the cranes were idle.")
	checkQuestionDescribes(t, e, []describedCase{
		{"who is the council leader", []string{"okoro"}},
		{"who is the harbour chief", nil},
		{"who is the deputy harbour chief", []string{"lind"}},
	})
}

// TestRoleAcronymName: a word that spells a title's acronym ("po", petty
// officer) but is someone's name in the articles is that name, not a job.
func TestRoleAcronymName(t *testing.T) {
	e := howEngine(t, "The Velby ferry was held in port on Friday.\n\n"+
		"\"The crossing will have to wait a day,\" said Mina Po, the ferry pilot.")
	if q := e.analyse("who is po"); !q.defines {
		t.Errorf("analyse(who is po).defines = false; want true (a name)")
	}
	checkWhoIs(t, e, []whoIsCase{{"po", []string{"Mina Po"}}})
}

// TestRoleAcronymTitle: a word the articles' people hold as written
// ("MP" for a member of parliament) is their title, not the expansion of
// its acronym WordNet knows (military policeman).
func TestRoleAcronymTitle(t *testing.T) {
	e := howEngine(t, "The Arn bridge closed on Monday.\n\n"+
		"\"The bridge must reopen before winter,\" said Labour MP Jane Dorrit.")
	for _, w := range []string{"the mp", "the labour mp"} {
		if got := e.whoIs(w); len(got) != 1 || !strings.Contains(e.qix.people.list[got[0]].name, "Dorrit") {
			t.Errorf("whoIs(%q) = %v; want Jane Dorrit", w, got)
		}
	}
}

// TestNearNamePersonNoun: a misspelt surname that is also a word for a
// person ("fisher" for Fischer) still finds the person where it is typed
// alone and no one is described by that word; after another typed word,
// "the" too, it is a noun ("the boss", "the union boss" are no misspelt
// Voss).
func TestNearNamePersonNoun(t *testing.T) {
	e := howEngine(t, "The Tarn lock gates failed on Saturday.\n\n"+
		"\"We saw the water rise in minutes,\" said Greta Fischer, the lock keeper.\n\n"+
		"\"The gates were old,\" said Ivo Voss, a teacher.")
	checkWhoIs(t, e, []whoIsCase{
		{"fisher", []string{"Greta Fischer"}},
		{"the fisher", nil},
		{"fischer", []string{"Greta Fischer"}},
		{"the boss", nil},
		{"the union boss", nil},
	})
	// a look-up's words are no phrase: their order does not make a noun;
	// a word typed alone may be a misspelt surname; "the boss" is read as
	// whoIs reads it, a noun (namedBy's two callers alike)
	for _, words := range []string{"boss quotes", "quotes by boss", "the boss"} {
		if people, _ := e.mentions(words, e.analyze(words)); len(people) > 0 {
			t.Errorf("mentions(%q) = %v; want none (a noun, no misspelt Voss)", words, people)
		}
	}
	if people, _ := e.mentions("fisher", e.analyze("fisher")); len(people) != 1 || e.qix.people.list[people[0]].name != "Greta Fischer" {
		t.Errorf("mentions(%q) = %v; want Greta Fischer", "fisher", people)
	}
	// the quotation look-up itself: "the boss" finds no words of Voss's
	res, err := e.Quote(t.Context(), "the boss", "")
	if err != nil {
		t.Fatalf("Quote(the boss): %v", err)
	}
	for _, r := range res {
		if strings.Contains(r.Speaker, "Voss") && !r.Near {
			t.Errorf("Quote(%q) = %q by %s; want no quotation of Voss (a noun, no misspelt name)", "the boss", r.Text, r.Speaker)
		}
	}
}

// TestRoleNamePossessive: a name's possessive before a title is whose the
// title is, not what it is of, even where the name is also a noun ("pike").
func TestRoleNamePossessive(t *testing.T) {
	e := howEngine(t, "Council leader Omar Pike said the vote had been close.\n\n"+
		"Chief adviser Lena Rook said the plan was sound.")
	checkQuestionDescribes(t, e, []describedCase{
		{"what did Pike's adviser say", []string{"rook"}},
		{"what did pike's adviser say", []string{"rook"}},
	})
}

// TestDescribesLeader: the rank feature of a person described by a
// question's title reads a leader title as describedOf does: one who only
// runs a café is no "leader" in a passage naming her, but is the café
// leader; the head of a squad is a leader.
func TestDescribesLeader(t *testing.T) {
	e := howEngine(t, leadBody)
	for _, tc := range []struct {
		q, named string
		want     float64
	}{
		{"what did the leader say", "Nell Garvey", 0},
		{"what did the cafe leader say", "Nell Garvey", 0.6},
		{"what did the leader say", "Idris Mabe", 0.6},
	} {
		q := e.analyse(tc.q)
		leader := e.analyze("leader")[0].Term
		var term *qterm
		for i := range q.terms {
			if q.terms[i].term == leader {
				term = &q.terms[i]
			}
		}
		if term == nil {
			t.Fatalf("%q: no term %q", tc.q, leader)
		}
		var c *cand
		for _, a := range e.c.Articles {
			for i, p := range a.Passages {
				if strings.Contains(p.Text, tc.named) {
					c = &cand{a: a, p: p, toks: e.factsOf(a, &a.Passages[i]).toks}
				}
			}
		}
		if c == nil {
			t.Fatalf("no passage names %s", tc.named)
		}
		if got := e.describes(c, term, &q); got != tc.want {
			t.Errorf("describes(%s's passage, %q of %q) = %v; want %v", tc.named, leader, tc.q, got, tc.want)
		}
	}
}
