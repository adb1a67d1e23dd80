package qa

import (
	"context"
	"fmt"
	"github.com/summitbot/summitbot/index"
	"slices"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestDescriptors: the people a corpus names in full, with the titles and
// places it gives them, stand for those words where a later sentence names
// them alone.
func TestDescriptors(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Envoys Meet In Rome
---
Special US envoy Steve Witkoff arrived in Rome on Monday. German Chancellor Friedrich Merz joined him.
Witkoff, who has led talks with Russia, spoke first.
`)
	a := e.c.Articles[0]
	for _, tc := range []struct {
		surname string
		want    []string
		not     []string
	}{
		{"witkoff", []string{"unitedst", "envoi", "special"}, []string{"germani"}}, // (the US's term, as the index analyses it)
		{"merz", []string{"germani", "chancellor"}, []string{"unitedst"}},
	} {
		checkDescribed(t, e, tc.surname, tc.want, tc.not)
	}
	if _, ok := e.people["meet"]; ok {
		t.Errorf("people has meet, from a title-case headline")
	}
	for _, tc := range []struct {
		question string
		want     []string
	}{
		{"Which US envoy led talks with Russia?", []string{"witkoff"}},
		{"What did the German chancellor say?", []string{"merz"}},
		{"Which French envoy came?", nil},
		{"Who led talks with Russia?", nil},
	} {
		if got := e.described(new(e.analyse(tc.question))); !slices.Equal(got, tc.want) {
			t.Errorf("described(%q) = %v; want %v", tc.question, got, tc.want)
		}
	}
	q := e.analyse("Which US envoy led talks with Russia?")
	p := a.Passages[len(a.Passages)-1]
	cd := &cand{a: a, p: p, toks: e.analyze(p.Text)}
	e.cover(&q, cd)
	for i, qt := range q.terms {
		if (qt.term == "unitedst" || qt.term == "envoi") && cd.match[i] != 0.6 {
			t.Errorf("%q matches %s at %.1f; want 0.6, through Witkoff", p.Text, qt.term, cd.match[i])
		}
	}
}

// TestDescribedByPersonNoun: a noun for a person in lower case just
// before a name stands as a title, with the words that qualify it ("Port
// chief executive Malin Aas", "retired ecologist Martin Hale"); a word
// that is none ("said Martin Hale") describes no one.
func TestDescribedByPersonNoun(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Port waits
---
The Ostrhaven port chief executive Malin Aas said the port was ready.
Its spokesperson, retired ecologist Martin Hale, objected. On Friday said Tom Reed that the port had closed.
`)
	checkDescribed(t, e, "aa", []string{"port", "chief", "execut"}, nil)
	checkDescribed(t, e, "hale", []string{"ecologist"}, []string{"retir"})
	checkDescribed(t, e, "reed", nil, []string{"said"})
}

// TestDescribedByModifier: a noun for a person in a question ("guy",
// "lady") after a common noun the articles describe someone by ("the
// bakery lady": "bakery owner Ana Lopez") means that person; the noun
// alone, or one that describes no one, means no one.
func TestDescribedByModifier(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Shops close
---
On Monday bakery owner Ana Lopez closed her shop. The street was empty.
"I am not afraid of change," said Lopez, 51.
`)
	for q, want := range map[string][]string{
		"how old is the bakery lady":  {"lopez"},
		"how old is the bakery":       nil,
		"how old is the street lady":  nil,
		"what did the bakery guy say": {"lopez"},
	} {
		if got := e.described(new(e.analyse(q))); !slices.Equal(got, want) {
			t.Errorf("described(%q) = %v; want %v", q, got, want)
		}
	}
}

// TestDescribedCap: a title that describes many people is no search for
// them.
func TestDescribedCap(t *testing.T) {
	var b strings.Builder
	b.WriteString("---\nid: t\n---\n")
	for _, n := range []string{"Ann Lee", "Bo Ray", "Cy Tan", "Di Moe", "Ed Fox", "Flo Hart"} {
		fmt.Fprintf(&b, "On Monday, President %s spoke.\n", n)
	}
	e := engineOfText(t, b.String())
	if got := e.described(new(e.analyse("Which president spoke?"))); got != nil {
		t.Errorf("described(which president spoke) = %v; want none: six people are so described", got)
	}
}

// countingNear is the index with NearTerms calls counted.
type countingNear struct {
	Searcher
	calls *int
}

func (s countingNear) NearTerms(w string) []string {
	*s.calls++
	return s.Searcher.NearTerms(w)
}

// TestQuoteNoFuzzySearch: quotation look-ups respell unknown words with
// the speller, never with a fuzzy search of the index (a Levenshtein
// automaton per word), however many unknown words they have.
func TestQuoteNoFuzzySearch(t *testing.T) {
	base := testEngine(t)
	calls := 0
	e := New(base.c, countingNear{base.s, &calls})
	for _, words := range []string{"zqxv wqpl vvbnm xqzzy plmqw rtyzq", "zelenksy not jsut wrods", "legaly bindng"} {
		if _, err := e.Quote(t.Context(), words, ""); err != nil {
			t.Fatal(err)
		}
	}
	if calls > 0 {
		t.Errorf("quotation look-ups made %d fuzzy searches of the index; want none", calls)
	}
}

// engineOfText is an engine over articles given as file contents.
func engineOfText(t *testing.T, files ...string) *Engine {
	t.Helper()
	var arts []*corpus.Article
	for _, f := range files {
		a, err := corpus.Parse("t.md", []byte(f))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	c, err := corpus.New(arts...)
	if err != nil {
		t.Fatal(err)
	}
	return engineOver(t, c)
}

// mustAsk asks q of e and stops the test if the engine fails.
func mustAsk(t *testing.T, e *Engine, q string) Answer {
	t.Helper()
	a, err := e.Ask(t.Context(), q)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestCountryWords: a country's name and the words made of it
// (lexicon.Countries) find each other on any coverage: as synonyms in the
// search ("peruvian" finds "Peru"), as its capital where no article names
// that ("lima"), and as one description of a person ("Argentine Foreign
// Minister" for "argentina's foreign minister").
func TestCountryWords(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Aid Arrives
---
Peru sent two hundred rescuers to the valley on Tuesday. Argentine Foreign Minister Pablo Ruiz said more aid would follow within days.
Flooding closed the main road north of the valley.
`)
	ctx := context.Background()
	a, err := e.Ask(ctx, "did peruvian rescuers help")
	if err != nil || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "Peru sent") {
		t.Errorf("did peruvian rescuers help: %+v, %v; want the sentence about Peru first", a.Passages, err)
	}
	// a capital no article names stands for its country's government
	if a, err := e.Ask(ctx, "what did lima send"); err != nil || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "Peru sent") {
		t.Errorf("what did lima send: %+v, %v; want the sentence about Peru first", a.Passages, err)
	}
	argentina := e.analyze("Argentina")[0].Term
	if !e.people["ruiz"][argentina] {
		t.Errorf("people[ruiz] = %v; want %s (his description says Argentine)", e.people["ruiz"], argentina)
	}
}

// TestWantsCountry: a question asks for countries by the noun, not by an
// adjective that shares its stem ("national" is "nation" to the stemmer).
func TestWantsCountry(t *testing.T) {
	e := testEngine(t)
	for q, want := range map[string]bool{
		"which nations sent troops":              true,
		"which countries refused":                true,
		"which states backed the plan":           true,
		"who heads the national disaster agency": false,
		"who runs the state television":          true, // (a noun, the stemmer's "state" too: left as it reads)
	} {
		aq := e.analyse(q)
		if got := aq.wantsCountry(); got != want {
			t.Errorf("wantsCountry(%q) = %v; want %v", q, got, want)
		}
	}
}

// TestCapitalOfManyWords: a capital's country with a name of several words
// adds none of them alone ("Wellington" is not "new").
func TestCapitalOfManyWords(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: New Rules
---
New rules took effect in New Zealand on Monday, officials said.
`)
	for _, term := range e.capitalTerms("wellington") {
		if term == e.analyze("new")[0].Term {
			t.Errorf("capitalTerms(wellington) has %q", term)
		}
	}
}

// TestTitleQualified: "who is X" answers with X's whole title, the words
// that qualify it included, with the name it stands in ("Interior Minister
// Ana Ortega", not a clause of what X said, nor "Minister" alone).
func TestTitleQualified(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Storm Damage
---
Interior Minister Ana Ortega said 40 homes had been destroyed by the storm.
Crews cleared the coastal road on Friday.
`)
	a, err := e.Ask(context.Background(), "who is ana ortega")
	if want := "Interior Minister Ana Ortega"; err != nil || a.Short != want {
		t.Errorf("who is ana ortega: short %q, %v; want %q", a.Short, err, want)
	}
}

// TestWhoPrepObject: a "who" question that ends on a preposition is
// answered by that preposition's object, up to where its noun phrase ends,
// names or not.
func TestWhoPrepObject(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Waiting
---
Maria Lopez, 58, waits for news of her brother outside a collapsed market in central Arequipa, Peru, on Wednesday.
Crews cleared the coastal road on Friday.
`)
	a, err := e.Ask(context.Background(), "who is maria lopez waiting for")
	if err != nil || !strings.Contains(core(a), "her brother") || strings.Contains(core(a), "market") {
		t.Errorf("who is maria lopez waiting for: short %q, %v; want the phrase of her brother, without the place (market)", core(a), err)
	}
}

// TestRoleQualified: a noun that qualifies the title a question asks about
// is part of the role: "the health minister" is not the foreign minister.
func TestRoleQualified(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Donors Meet
---
Foreign Minister Ana Ruiz thanked the donors in Lima on Thursday.
The regional health service treated 40 people.
Kenji Sato, the Japanese team leader, said the search would go on.
`)
	for q, want := range map[string]bool{"who is the foreign minister": true, "who is the health minister": false, "who is the governor of the region": false,
		"who is the current foreign minister": true, "who is the japanese team leader": true} {
		a, err := e.Ask(t.Context(), q)
		if err != nil || a.Answered != want || want && !strings.Contains(a.Short, "Ana Ruiz") && !strings.Contains(a.Short, "Kenji Sato") {
			t.Errorf("%s: answered %v %q, %v; want answered %v", q, a.Answered, a.Short, err, want)
		}
	}
}

// TestRolePossessiveUntyped: "frances army chief" (France's, typed without
// the apostrophe) asks for a role: a general who met the French army chief
// is no answer.
func TestRolePossessiveUntyped(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Army Chiefs Meet
---
NATO's commander, US Gen. Tom Hale, held talks with the French and British army chiefs on Monday.
Polish officials said the talks went well.
`)
	a, err := e.Ask(t.Context(), "whats the name of frances army chief")
	if err != nil || a.Answered {
		t.Errorf("whats the name of frances army chief: answered %v %q, %v; want declined", a.Answered, a.Short, err)
	}
}

// TestNameOf: "what's the name of X" (or "X's name") is answered by a name
// the passage gives X, and declined when it gives X none: not a place X is
// in, nor the name of a thing of another kind beside it, nor who speaks of
// it, nor a name beside X in the possessive, which is of what X owns.
func TestNameOf(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Rescue
---
Rescuers pulled a boy, identified only as Tomas, from the rubble on Monday.
The main hospital was evacuated, and the army set up tents at the San Luis airport.
A church tower fell in central Arica during the night.
“Half of the town sleeps in this stadium,” said Quispe.
Lars Egede, a spokesman for the pilots' association, said the crews were tired.
`)
	for q, want := range map[string]string{
		"whats the name of the boy they rescued":        "Tomas",
		"whats the name of the airport":                 "San Luis",
		"whats the name of the main hospital":           "",
		"whats the name of the church":                  "",
		"whats the name of the airport crews worked at": "San Luis", // "crews" opens a clause that describes the airport
		"whats the boys name":                           "Tomas",    // the possessive, its apostrophe left out
		"whats the airport's name":                      "San Luis",
		"whats the name of the stadium":                 "", // who spoke of it is no name of it
		"whats the name of the pilot":                   "", // a possessive qualifies what it owns: the association's spokesman
	} {
		a, err := e.Ask(t.Context(), q)
		if err != nil || a.Answered != (want != "") || want != "" && !strings.Contains(a.Short, want) {
			t.Errorf("%s: answered %v %q, %v; want %q", q, a.Answered, a.Short, err, want)
		}
	}
	// "what is X called", where no quotation names X, asks its name too
	if a, err := quakeEngine(t).Ask(t.Context(), "whats the stadium called"); err != nil || !strings.Contains(a.Short, "Zorros del Desierto") {
		t.Errorf("whats the stadium called: %q, %v; want Zorros del Desierto", a.Short, err)
	}
	if a, err := quakeEngine(t).Ask(t.Context(), "whats the lil girls name"); err != nil || a.Short != "Antonia" {
		t.Errorf("whats the lil girls name: %q, %v; want Antonia (\"The girl, identified by firefighters only as Antonia\")", a.Short, err)
	}
	// the sentence that names her answers, though the one that says she
	// was rescued matches more of the question and gives no name
	if a, err := quakeEngine(t).Ask(t.Context(), "whats the name of the girl they rescued"); err != nil || a.Short != "Antonia" {
		t.Errorf("whats the name of the girl they rescued: %q, %v; want Antonia", a.Short, err)
	}
	// the noun within the name; a person's name whatever its last word
	// means; a verb after a name is no noun it names
	for _, tc := range []struct{ q, text, want string }{
		{"whats the name of the clinic", "The Carlos Cisternas Clinic lost power on Tuesday.", "Carlos Cisternas Clinic"},
		{"whats the name of the boy", "The boy, Daniel Fox, was taken to the clinic.", "Daniel Fox"},
		{"whats the name of the girl", "Rescuers said the girl Antonia Rojas survived the night.", "Antonia Rojas"},
	} {
		q := e.analyse(tc.q)
		c := parsedCand(t, e, tc.text)
		s, ok := e.nameFor(&q, c)
		if got := c.p.Text[s.start:s.end]; !ok || !strings.Contains(got, tc.want) {
			t.Errorf("nameFor(%q) in %q = %q, %v; want %q", tc.q, tc.text, got, ok, tc.want)
		}
	}
	// the noun asked about, said in another word for the same kind of
	// thing ("vessel" for "ship"), but not in a word only related to it
	// ("cargo")
	sea := engineOfText(t, `---
id: s
headline: Grounding
---
The Northern Dawn, a 90-metre vessel, ran aground near Kessby on Friday.
Its cargo, sold as Baltic Gold, was unloaded by hand.
`)
	for q, want := range map[string]string{"whats the name of the ship": "Northern Dawn", "whats the name of the boat": "Northern Dawn"} {
		if a := mustAsk(t, sea, q); !a.Answered || !strings.HasPrefix(a.Short, want) {
			t.Errorf("%s: answered %v %q; want %q", q, a.Answered, a.Short, want)
		}
	}
	// a source the passage cites is no name of the thing it speaks of
	cited := parsedCand(t, sea, "The delay is costing millions, according to the shipping consultancy Kestrel Analytics.")
	if s, ok := sea.nameFor(new(sea.analyse("whats the name of the ship")), cited); ok {
		t.Errorf("name of the ship in %q: %q; want none (a consultancy cited)", cited.p.Text, cited.p.Text[s.start:s.end])
	}
	insured := parsedCand(t, sea, "The vessel is insured by the Nordic Shipowners' Mutual.")
	if s, ok := sea.nameFor(new(sea.analyse("whats the name of the ship")), insured); ok {
		t.Errorf("name of the ship in %q: %q; want none (the insurer acts on it)", insured.p.Text, insured.p.Text[s.start:s.end])
	}
	c := parsedCand(t, sea, "Its cargo, sold as Baltic Gold, was unloaded by hand.")
	if s, ok := sea.nameFor(new(sea.analyse("whats the name of the ship")), c); ok {
		t.Errorf("name of the ship in %q: %q; want none (a cargo is no ship)", c.p.Text, c.p.Text[s.start:s.end])
	}
}

// TestHeadNameApposition: "which flashpoint …" is answered by the name the
// noun stands in apposition to ("Greenland, a recent flashpoint"), and a
// capitalised opening word is no such name ("Notably, the … issue").
func TestHeadNameApposition(t *testing.T) {
	e := testEngine(t)
	c := parsedCand(t, e, "Notably, the contentious issue of Greenland, a recent flashpoint, was set aside.")
	for q, want := range map[string]string{"which flashpoint was set aside": "Greenland", "which issue was set aside": ""} {
		s, ok := e.headName(new(e.analyse(q)), c)
		got := ""
		if ok {
			got = c.p.Text[s.start:s.end]
		}
		if want == "" && strings.HasPrefix(got, "Notably") || want != "" && got != want {
			t.Errorf("headName(%q) = %q; want %q", q, got, want)
		}
	}
}

// TestWhoPrepObjectWhole: the object of a stranded preposition is taken
// whole when it is a list, and a name with a capitalised "Without" runs on.
func TestWhoPrepObjectWhole(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Talks
---
Macron met with Starmer, Merz and Meloni at the Élysée on Tuesday.
The envoy was waiting for Reporters Without Borders outside the hall.
`)
	checkShorts(t, e, []askedShort{{"who did Macron meet with?", "met with Starmer, Merz and Meloni"}, {"who was the envoy waiting for?", "Reporters Without Borders"}})
}

// TestWhichCountry: "which country …" is declined when the passage names
// no country (a city, a person), and answered by one it names.
func TestWhichCountry(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Force
---
A promise that Washington would commit to support the European-led multinational force was watered down.
Talks on the force will resume in Rome next week, in a country at war.
`)
	if a, err := e.Ask(t.Context(), "which european country will lead the multinational force"); err != nil || a.Answered {
		t.Errorf("which european country will lead the multinational force: answered %v %q, %v; want declined", a.Answered, a.Short, err)
	}
	e = engineOfText(t, `---
id: t
headline: Force
---
France will command the European-led force, officials said.
Talks on the force will resume in Rome next week, in a country at war.
`)
	if a, err := e.Ask(t.Context(), "which european country will command the force"); err != nil || !strings.Contains(a.Short, "France") {
		t.Errorf("which european country will command the force: %q, %v; want France", a.Short, err)
	}
}

// TestWhoIsDescribed: "the interior guy" is whom the articles call the
// Interior Minister: a word for a person that is no title leaves the
// others to say who is meant.
func TestWhoIsDescribed(t *testing.T) {
	e := quakeEngine(t)
	for typed, want := range map[string]string{
		"the interior guy":      "Villagra",
		"the interior minister": "Villagra",
	} {
		ids := e.whoIs(typed)
		if len(ids) != 1 || !strings.Contains(e.qix.people.list[ids[0]].name, want) {
			var names []string
			for _, i := range ids {
				names = append(names, e.qix.people.list[i].name)
			}
			t.Errorf("whoIs(%q) = %v; want %s alone", typed, names, want)
		}
	}
	if ids := e.whoIs("the guy"); len(ids) != 0 {
		t.Errorf("whoIs(the guy) = %d people; want none: it says only that a person is meant", len(ids))
	}
}

// TestWhoIsFullest: "who is X" answers with what the articles call X, in
// full: the fullest of the descriptions that match the question as well, a
// title with the name it stands in (an honorific in it), an apposition
// before the name (not the verb after it), the noun phrase that names it
// ("the boy, identified … as X", "a dog named X"), and the body a title is
// of; the chat's filler ("who even is X") changes nothing.
func TestWhoIsFullest(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Flood Talks
---
Chancellor Ana Ruiz said German engineers could help.

The talks went on. German Chancellor Ana Ruiz was pleased with the long and difficult talks on the flood defences of the river valley and its towns.

Health Minister Sir Alan Pike said the hospitals were full.

The region's chief water engineer, Rosa Diaz, warned that the pipes had cracked.

Seismologist Pablo Soto of the University of Lima said the fault was shallow.

Aid was slow — the region's chief relief officer, Juan Mora, said on Sunday.

Chancellor Ivo Zelnik at the White House said little.

Geologist Rita Vaz of the University of Quito said the slope was unstable.

The province's chief landslide hazard monitoring officer, Rita Vaz, warned residents.

The boy, identified by neighbours only as Tomas, was pulled out alive.

A sheepdog from the Italian team named Brio found two people under a wall.

The president called Ivan Petrov on Tuesday.

Rain fell on the valley. The force's top commander, Gen. Marta Ruiz, inspected the dam.

The dam held. Engineers met flood adviser Lina Cruz at the spillway.

Bread ran short. Ana Lopez, 52, who runs the bakery on the square, said flour was gone.
`)
	for q, want := range map[string]string{
		"who is tomas":         "The boy",                                     // named so: what he is called before "identified as"
		"who is brio":          "A sheepdog from the Italian team",            // and before "named"; not "was pulled out …"
		"who is ivan petrov":   "The president called Ivan Petrov on Tuesday", // a call, not a name given: the sentence, not "The president"
		"who is ana ruiz":      "German Chancellor Ana Ruiz",                  // a title with the name it stands in
		"who even is ana ruiz": "German Chancellor Ana Ruiz",
		"who is lina cruz":     "flood adviser Lina Cruz",                          // lower-case words before the name, and the name
		"who is ana lopez":     "Ana Lopez, 52, who runs the bakery on the square", // past an age, the relative clause, with the name
		"who is marta ruiz":    "The force's top commander, Gen. Marta Ruiz",       // an apposition before a title and name: all three
		"who is alan pike":     "Health Minister Sir Alan Pike",
		"who is rosa diaz":     "The region's chief water engineer, Rosa Diaz", // an apposition with the name, as written
		"who is pablo soto":    "Seismologist Pablo Soto of the University of Lima",
		"who is juan mora":     "the region's chief relief officer, Juan Mora",                       // after a dash of three bytes, whole
		"who is ivo zelnik":    "Chancellor Ivo Zelnik",                                              // "at the White House" says where he is
		"who is rita vaz":      "The province's chief landslide hazard monitoring officer, Rita Vaz", // the description whole, then her name
	} {
		a, err := e.Ask(context.Background(), q)
		if err != nil || a.Short != want {
			t.Errorf("%s: short %q, %v; want %q", q, a.Short, err, want)
		}
	}
}

// TestAnyoneSpeaks: "what did X say" asks for one person's quotation when X
// is someone (a name, a title, a description one person fits); for people
// at large, a country, a body the articles name by initials or a text (a
// statement, a report, an article), any passage may report what was said.
func TestAnyoneSpeaks(t *testing.T) {
	e := testEngine(t)
	for speaker, want := range map[string]bool{
		"people": true, "officials": true, "russia": true, "nato": true, "they": true, "them": true,
		"putin": false, "the czech prime minister": false, "the us envoy": false, "jared kushner": false,
		"putting": false, "giorgia": false, "donald": false, "tuesday": false, "the coalition": false, "the summit": false,
		"the coalition statement": true, "the report": true, "macron": false, "the letter": true, "the communiques": true, "the territorial question": false,
	} {
		if got := e.anyoneOf(speaker); got != want {
			t.Errorf("anyoneOf(%q) = %v; want %v", speaker, got, want)
		}
	}
}

// TestWhereWithin: "where in X" asks for a place inside X: a country is no
// answer, a place the passage puts in X is.
func TestWhereWithin(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Water Summit
---
Lima hosts a summit on Peru's water.

The ministers met at the Torre Palace in Lima on Monday.
`)
	a, err := e.Ask(context.Background(), "where in lima did the ministers meet")
	if err != nil || a.Short == "Peru" || !strings.Contains(a.Short, "Torre Palace") {
		t.Errorf("where in lima did the ministers meet: short %q, %v; want the Torre Palace, never Peru", a.Short, err)
	}
	a, err = e.Ask(context.Background(), "where in lima was the summit on water")
	if err != nil || a.Short == "Peru" {
		t.Errorf("where in lima was the summit on water: short %q, %v; a country is not inside Lima", a.Short, err)
	}
}

// TestDescribedByApposition: a description set before a name between
// commas ("The European Union's humanitarian envoy, Elena Marchetti, …")
// describes that person, so a question may name her by it, initials
// included ("what did the eu envoy say" asks for her words).
func TestDescribedByApposition(t *testing.T) {
	e := quakeEngine(t)
	ids := e.whoIs("the eu envoy")
	if len(ids) != 1 || e.qix.people.list[ids[0]].name != "Elena Marchetti" {
		var names []string
		for _, i := range ids {
			names = append(names, e.qix.people.list[i].name)
		}
		t.Errorf("whoIs(the eu envoy) = %v; want Elena Marchetti", names)
	}
	a, err := e.Ask(context.Background(), "what did the eu envoy say")
	if err != nil || !has(a.Short, "a down payment") {
		t.Errorf("what did the eu envoy say: %q, %v; want her words", a.Short, err)
	}
}

// TestRoleOf: "what's X's job", "what is X's role" ask who X is, as "who is
// X" does, and get the role with the name as the passage writes them; a
// role asked of a thing stays a "what" question.
func TestRoleOf(t *testing.T) {
	e := testEngine(t)
	for q, want := range map[string]string{
		"whats carneys job":     "Canadian Prime Minister",
		"what is merz's title":  "German Chancellor",
		"what is witkoffs role": "envoy",
	} {
		a, err := e.Ask(context.Background(), q)
		if err != nil || !has(a.Short, want) || len(strings.Fields(a.Short)) > maxShortWords {
			t.Errorf("%q: short %q, %v; want %q", q, a.Short, err, want)
		}
	}
	// the role in an apposition before the name ("NATO’s top commander,
	// U.S. Gen. Alexus G. Grynkewich"): the role and the name
	if a, err := e.Ask(context.Background(), "whats grynkewichs job"); err != nil || !has(a.Short, "top commander") || !has(a.Short, "Grynkewich") {
		t.Errorf("whats grynkewichs job: short %q, %v; want the role before his name, with it", a.Short, err)
	}
	if q := e.analyse("what is the role of the coordination cell"); q.kind != KindWhat {
		t.Errorf("what is the role of the coordination cell: kind %v; want what", q.kind)
	}
}

// TestReportedSpeech: "what did X say" of a passage that reports X without
// quoting them is answered by what they are reported saying, not by their
// name or title.
func TestReportedSpeech(t *testing.T) {
	e := quakeEngine(t)
	for q, want := range map[string][]string{
		// reported ("called for an independent inquiry"), then quoted in
		// the next sentence: either is what he said (his own words since
		// said97's bare nextQuotation)
		"what did the senator say": {"independent inquiry", "best building codes"},
		// reported, and quoted too: either is what he said
		"what did the mayor of calama say": {"never faced anything", "wall of rock", "Half of my city"},
	} {
		a, err := e.Ask(context.Background(), q)
		if err != nil || !slices.ContainsFunc(want, func(w string) bool { return has(a.Short, w) }) {
			t.Errorf("%q: short %q, %v; want what was said (%q)", q, a.Short, err, want)
		}
	}
}

// TestDescribedAfter: what stands right after a name describes that person
// too: an apposition up to its first preposition ("Kenji Morimoto, the
// Japanese team leader, …"; "Rafael Duarte, the World Bank's vice
// president for Latin America", where Latin America is not what he is),
// the body a name is of ("Felipe Cárdenas of the University of Chile"),
// and the words that qualify a title before it ("Interior Minister"). A
// title inside the apposition that is another's ("President Trump's
// son-in-law") does not describe the person.
func TestDescribedAfter(t *testing.T) {
	q := quakeEngine(t)
	s := testEngine(t)
	for _, tc := range []struct {
		e         *Engine
		surname   string
		want, not []string
	}{
		{q, "morimoto", []string{"japanes", "team", "leader"}, nil},
		{q, "duart", []string{"world", "bank", "presid"}, []string{"latin", "unitedst"}},
		{q, "cardena", []string{"univers", "chile", "seismologist"}, nil},
		{q, "villagra", []string{"interior", "minist"}, nil},
		{s, "kushner", []string{"trump"}, []string{"presid"}},
	} {
		checkDescribed(t, tc.e, tc.surname, tc.want, tc.not)
	}
	// a word for a person and a place: whomever the place describes
	if got := q.described(new(q.analyse("what did the japanese guy say about the buildings"))); !slices.Equal(got, []string{"morimoto"}) {
		t.Errorf("described(the japanese guy) = %v; want morimoto", got)
	}
}

// TestAlikeTitles: a question's title stands for a title near it in
// meaning when the title itself describes no one so placed: "the UK
// leader" is the British prime minister, "the German leader" the
// chancellor, "the Ukrainian leader" the president; "the Russian leader"
// is the one the articles call so, and a near title must single someone
// out ("the US leader" is not every head of government).
func TestAlikeTitles(t *testing.T) {
	e := testEngine(t)
	for typed, want := range map[string]string{
		"the uk leader":        "Keir Starmer",
		"the german leader":    "Friedrich Merz",
		"the ukrainian leader": "Volodymyr Zelenskyy",
		"the us envoy":         "Steve Witkoff",
	} {
		ids := e.whoIs(typed)
		if len(ids) != 1 || e.qix.people.list[ids[0]].name != want {
			var names []string
			for _, i := range ids {
				names = append(names, e.qix.people.list[i].name)
			}
			t.Errorf("whoIs(%q) = %v; want %s", typed, names, want)
		}
	}
	if got := e.described(new(e.analyse("what did the uk leader say"))); !slices.Equal(got, []string{"starmer"}) {
		t.Errorf("described(the uk leader) = %v; want starmer", got)
	}
	if got := e.described(new(e.analyse("what did the russian leader say"))); !slices.Equal(got, []string{"putin"}) {
		t.Errorf("described(the russian leader) = %v; want putin, whom the articles call so", got)
	}
	if ids := e.whoIs("the canadian ambassador"); len(ids) != 0 {
		t.Errorf("whoIs(the canadian ambassador) = %v; want no one: ambassador is no prime minister", ids)
	}
	a, err := e.Ask(context.Background(), "what did the uk leader warn about")
	if err != nil || !a.Answered || !has(a.Passages[0].Text, "Starmer") {
		top := ""
		if len(a.Passages) > 0 {
			top = a.Passages[0].Text
		}
		t.Errorf("what did the uk leader warn about: answered %v, %q, %v; want Starmer's words", a.Answered, top, err)
	}
}

// checkDescribed reports where the people index describes surname by a
// word of not, or lacks a word of want.
func checkDescribed(t *testing.T, e *Engine, surname string, want, not []string) {
	t.Helper()
	d := e.people[surname]
	for _, w := range want {
		if !d[w] {
			t.Errorf("people[%s] = %v; want %s in it", surname, d, w)
		}
	}
	for _, w := range not {
		if d[w] {
			t.Errorf("people[%s] = %v; want no %s", surname, d, w)
		}
	}
}

// TestTitleOwner: whose a title is describes its holder ("Lopez's envoy
// Tom Reyes"), so "lopez's envoy" or "lopezs envoy" is Reyes, not Lopez;
// but a question about Lopez is not matched by every sentence naming
// his envoy. (Titles resolve among the people quoted.)
func TestTitleOwner(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Talks Resume
---
“We are ready to talk,” President Maria Lopez said on Monday.
Lopez's envoy Tom Reyes said: “The talks will resume within a week.”
Reyes later flew to the coast to meet fishermen.
`)
	for _, typed := range []string{"lopez's envoy", "lopezs envoy", "the envoy"} {
		if got := e.titledName(typed); got != "Tom Reyes" {
			t.Errorf("titledName(%q) = %q; want Tom Reyes", typed, got)
		}
	}
	if got := e.titledName("president lopez"); got != "Maria Lopez" {
		t.Errorf("titledName(president lopez) = %q; want Maria Lopez", got)
	}
	q := e.analyse("did lopez fly to the coast")
	c, _ := rankedOpening(mustRank(t, e, &q), "Reyes later")
	if c == nil {
		t.Fatalf("did lopez fly to the coast: the sentence about Reyes's flight is no candidate")
	}
	if c.entShare > 0 {
		t.Errorf("%q: names Lopez (entShare %.2f); only his envoy is named", c.p.Text, c.entShare)
	}
}

func mustSearch(t *testing.T, e *Engine, q question) []index.Hit {
	t.Helper()
	hits, err := e.s.Search(context.Background(), e.query(&q))
	if err != nil {
		t.Fatal(err)
	}
	return hits
}

// mustRank ranks the candidates for q as Ask does: the search's hits
// with the passages Ask adds to them (candidateHits).
func mustRank(t *testing.T, e *Engine, q *question) []*cand {
	t.Helper()
	return e.rank(q, e.candidateHits(q, mustSearch(t, e, *q)))
}

// rankedOpening returns the first of the ranked candidates whose text
// opens with opening, and its place; nil and -1 where none does.
func rankedOpening(ranked []*cand, opening string) (*cand, int) {
	k := slices.IndexFunc(ranked, func(c *cand) bool { return strings.HasPrefix(c.p.Text, opening) })
	if k < 0 {
		return nil, -1
	}
	return ranked[k], k
}

// TestWhoNotInApposition: who did something is the sentence's subject,
// not a name in the apposition that describes it ("Rafael Ortiz, the
// bank's director for Latin America and the Caribbean, defended …").
func TestWhoNotInApposition(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Loans Defended
---
Rafael Ortiz, the bank's director for Latin America and the Caribbean, defended the lending on Friday.
Aid groups wanted grants instead.
`)
	a, err := e.Ask(t.Context(), "who defended the lending")
	if err != nil || !strings.Contains(a.Short, "Rafael Ortiz") {
		t.Errorf("who defended the lending: short %q, %v; want Rafael Ortiz", a.Short, err)
	}
}

// TestWhoNotWhere: a place named after a preposition of place is where
// something happened, not who did it: the answer is the people of the
// sentence before, to whom "The two" refers, and a sentence that names
// only its place gives no one; a rebuke "from" a country names its giver.
func TestWhoNotWhere(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Envoys Arrive
---
The delegation is now led by adviser Tom Reyes and banker Ana Lopez. The two held talks with the minister at the Riverside Palace ahead of the meeting.
The plan drew a rebuke from Norway on Monday.
`)
	for _, tc := range []struct{ q, want string }{
		{"who held talks with the minister", "Tom Reyes"},
		{"who rebuked the plan", "Norway"},
	} {
		a, err := e.Ask(t.Context(), tc.q)
		if err != nil || !strings.Contains(a.Short, tc.want) {
			t.Errorf("%s: short %q, %v; want %s", tc.q, a.Short, err, tc.want)
		}
	}
}

// TestWhoSaidWords: "who said X" is answered with the speaker and the
// words that say X, as the passage has them, where both fit a short
// answer ("“Not everyone is ready,” Zelenskyy said"); the name alone where
// they do not.
func TestWhoSaidWords(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Coalition Talks
---
“Not everyone is ready,” Zelenskyy said, referring to countries hesitant to deploy forces.

Kushner called the Paris meeting “a very, very, big milestone”.

Starmer said the meeting made “excellent progress” but cautioned that “the hardest yards are still ahead,” noting that Russian attacks continue.
`)
	for q, want := range map[string]string{
		"who said not everyone is ready to send forces": "“Not everyone is ready,” Zelenskyy said",
		"who called the meeting a big milestone":        "Kushner called the Paris meeting “a very, very, big milestone”",
		"who said the hardest yards are still ahead":    "Starmer", // the name and the words run past a dozen words
	} {
		if a, err := e.Ask(t.Context(), q); err != nil || a.Short != want {
			t.Errorf("%s: short %q, %v; want %q", q, a.Short, err, want)
		} else {
			checkAnswer(t, q, a)
		}
	}
}

// TestWhoSaidPronoun: a quotation whose speaker is a pronoun ("…,” he
// said") is shown with the sentence that names him, though it closes the
// paragraph before, and "who said …" is answered with his name.
func TestWhoSaidPronoun(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Talks Continue
---
Envoy Tom Reyes said a lot of progress had been made.

The allies have agreed the guarantees "so that when this ends, it ends forever," he said, after the meeting in Lima.

Fishermen returned to the harbour on Friday.

Ortiz said the meeting made “excellent progress” but cautioned that “the hardest yards are still ahead,” noting that Chilean attacks on Peru continue. He said peace would only be possible if Chile compromises.

Commander Luis Ramos leads the search teams. “The first 72 hours are everything. After that, every hour we find someone alive is borrowed time,” Ramos said.
`)
	// the speaker the article gives a quotation, named after its last sentence
	if a, err := e.Ask(t.Context(), "who said the first 72 hours are everything"); err != nil || !strings.Contains(a.Short, "Ramos") {
		t.Errorf("who said the first 72 hours are everything: short %q, %v; want Ramos", a.Short, err)
	}
	// the person the sentence before names, not a place after her
	if a, err := e.Ask(t.Context(), "who said peace will only be possible if chile compromises"); err != nil || !strings.Contains(a.Short, "Ortiz") {
		t.Errorf("who said peace will only be possible …: short %q, %v; want Ortiz", a.Short, err)
	}
	a, err := e.Ask(t.Context(), "who said it ends forever")
	if err != nil || !strings.Contains(a.Short, "Reyes") {
		t.Errorf("who said it ends forever: short %q, %v; want Reyes", a.Short, err)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "Tom Reyes said") || !strings.Contains(a.Passages[0].Text, "ends forever") {
		t.Errorf("who said it ends forever: passage %q; want the quotation with the sentence naming its speaker", a.Headline())
	}
}

// TestUnknownCountryDeclines: a country no article mentions, in any of its
// words, is a name the articles lack though typed in lower case: "the
// dutch pm" is not asked of Italy's prime minister; and a country's word
// qualifies a role ("the peruvian president"), which no one named holds.
func TestUnknownCountryDeclines(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Leaders Meet
---
Italy's Prime Minister Giorgia Conti met leaders in Rome on Monday.
Peru, Chile and Bolivia offered to send rescue teams.
Officials said the talks would resume next week.
`)
	for q, want := range map[string]bool{"who is the dutch pm": false, "what did the spanish say": false, "who is the italian pm": true,
		"who is the peruvian president": false} { // Peru is named, its president not: a role no one has
		a, err := e.Ask(t.Context(), q)
		if err != nil || a.Answered != want {
			t.Errorf("%s: answered %v %q, %v; want answered %v", q, a.Answered, a.Short, err, want)
		}
	}
}

// TestRoleByKind: a role asked for by a title that is a kind of the one
// given ("leader" of "Prime Minister", by WordNet's kinds of person) finds
// its holder.
func TestRoleByKind(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Leaders Meet
---
Leaders present at the meeting included Polish Prime Minister Jan Nowak and the French foreign minister.
Officials said the talks would resume next week.
`)
	a, err := e.Ask(t.Context(), "which polish leader was there")
	if err != nil || !strings.Contains(a.Short, "Jan Nowak") {
		t.Errorf("which polish leader was there: answered %v %q, %v; want Jan Nowak", a.Answered, a.Short, err)
	}
}

// TestWhoPassive: "who was captured" asks for whom the verb was done to:
// the name after the verb's noun and its "of", or after the verb said
// actively; not the doer.
func TestWhoPassive(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Raid
---
The U.S. army's recent raid in Sonora — which led to the capture of Pedro Alves — drew protests from Mexico.
Officials said the talks would resume next week.
`)
	a, err := e.Ask(t.Context(), "who got captured in sonora")
	if err != nil || !strings.Contains(a.Short, "Pedro Alves") {
		t.Errorf("who got captured in sonora: answered %v %q, %v; want Pedro Alves", a.Answered, a.Short, err)
	}
}

// TestSurnameAsked: a question for someone's last or full name is
// answered only by a passage that writes their name in two words or more;
// one that names them by a first name alone does not say it.
func TestSurnameAsked(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Girl Rescued
---
The girl, identified by firefighters only as Ana, was carried out on a stretcher on Friday.
Rosa Mamani, 67, waited for news of her son outside the market.
`)
	for q, want := range map[string]bool{"whats anas last name": false, "whats rosas last name": true} {
		a, err := e.Ask(t.Context(), q)
		if err != nil || a.Answered != want {
			t.Errorf("%s: answered %v %q, %v; want answered %v", q, a.Answered, a.Short, err, want)
		}
	}
}

// TestWhichCountriesNamesCountries: "which countries …" is answered by
// countries (or a compound of peoples, "Anglo-French") only: not a body
// (NATO) nor the people a sentence names
// ("Macron and Starmer brushed aside questions about … commitments by
// Trump, … Greenland, an autonomous part of NATO ally Denmark").
func TestWhichCountriesNamesCountries(t *testing.T) {
	a, err := testEngine(t).Ask(t.Context(), "which 6 countries backed denmark on greenland")
	if err != nil {
		t.Fatal(err)
	}
	for _, not := range []string{"NATO", "Macron", "Starmer", "Trump"} {
		if strings.Contains(a.Short, not) {
			t.Errorf("which 6 countries backed denmark: short %q names %s, no country", a.Short, not)
		}
	}
	// a compound of peoples names countries ("While an Anglo-French pledge
	// to deploy a multi-national force to Ukraine … was anticipated")
	const q = "Which countries have promised to put soldiers in Ukraine once there's a truce?"
	if a, err := testEngine(t).Ask(t.Context(), q); err != nil || !strings.Contains(a.Short, "Anglo-French") && !strings.Contains(a.Short, "France") {
		t.Errorf("%s: short %q, %v; want the Anglo-French pledgers", q, a.Short, err)
	}
}

// TestActingPlace: a country, its capital (the seat of its government,
// "Moscow rejected …") or a region the gazetteer knows may be who did
// something; a town known only from the articles ("Calama, Chile") is
// where, not who: "who wants an inquiry" is the senator, not "Calama" of
// the headline that says an opposition senator demands one.
func TestActingPlace(t *testing.T) {
	for name, want := range map[string]bool{"Chile": true, "Moscow": true, "Europe": true, "Calama": false, "Tocopilla": false} {
		if got := actingPlace(name); got != want {
			t.Errorf("actingPlace(%q) = %v; want %v", name, got, want)
		}
	}
	if a, err := quakeEngine(t).Ask(t.Context(), "who wants an inquiry"); err != nil || !strings.Contains(a.Short, "Olave") {
		t.Errorf("who wants an inquiry: %q, %v; want Senator Patricio Olave", a.Short, err)
	}
}

// TestTitleOfNoun: a title is of the noun before it ("Council leader Aisha
// Brannigan"), and a word that makes it another office makes another
// person ("Deputy council leader Tom Okoro" is not the council leader);
// the short answer keeps the whole title.
func TestTitleOfNoun(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Tram Line Approved
---
Deputy council leader Tom Okoro said the street would never be fully closed.

Council leader Aisha Brannigan said the line would carry about 9 million passengers a year.
`)
	for q, want := range map[string]string{
		"who is the council leader":        "Aisha Brannigan",
		"who is the leader of the council": "Aisha Brannigan",
		"whos the council leader":          "Aisha Brannigan",
		"who is the deputy council leader": "Deputy council leader Tom Okoro",
	} {
		a := mustAsk(t, e, q)
		if !strings.Contains(a.Short, want) {
			t.Errorf("%q: short answer %q; want %q", q, a.Short, want)
		}
	}
}

// TestWholeCoordinationOthers: a "who" answer widens to its coordination
// when the question's verb stands before it as a noun with its preposition
// ("a firm rebuke from …"), and the others of its kind the sentence counts
// with a name are part of it ("Norway and three other Nordic states").
func TestWholeCoordinationOthers(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Treaty Plan Criticised
---
The plan drew a firm rebuke from Norway and three other Nordic states, who defended the treaty.
`)
	wantShorts(t, e, []askedShort{{"who rebuked the plan", "Norway and three other Nordic states"}})
}

// TestNamesOfLongList: a list of names whose titles take it over a short
// answer's dozen words drops as few titles as it takes, the last names'
// first, each name marked where the passage gives it.
func TestNamesOfLongList(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Leaders Back Plan
---
Leaders at the meeting, including Lopez, Varga, Dutch Prime Minister Anna de Wit and Spain's Prime Minister Luis Ortega, praised the plan.
`)
	a := mustAsk(t, e, "which leaders praised the plan")
	for _, want := range []string{"Lopez", "Varga", "Anna de Wit", "Luis Ortega"} {
		if !strings.Contains(a.Short, want) {
			t.Errorf("short answer %q lacks %q", a.Short, want)
		}
	}
	if want := "Lopez, Varga, Dutch Prime Minister Anna de Wit and Luis Ortega"; a.Short != want {
		t.Errorf("short answer %q; want %q, the last title dropped", a.Short, want)
	}
	if len(a.Passages) == 0 || len(a.Passages[0].Marks) != 4 {
		t.Errorf("marks %v; want each of the four names marked", a.Passages[0].Marks)
	}
}

// TestAppositionNamesWho: "who is the salvage master" is answered by the
// name the description stands after ("Pieter Hoekstra, the salvage master
// for Van Oord Wreck & Tow"), not by the body the description names.
func TestAppositionNamesWho(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Ship Refloated
---
"She is floating, she is stable, and she is moving," said Pieter Hoekstra, the salvage master for Van Oord Wreck & Tow.

Tugs pulled the ship free on Friday.
`)
	wantShorts(t, e, []askedShort{{"who is the salvage master", "Pieter Hoekstra"}})
}

// TestDescriptionBeforeSentenceEnd: "who is X" is answered by the
// description before X's name where the name ends its sentence after a
// verb of saying ("…,” said Kestrel's chief analyst, Tomasz Wierzbicki.").
func TestDescriptionBeforeSentenceEnd(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Canal Blockage Costs Millions
---
"Every day the canal is shut costs the region money it will not get back," said Kestrel's chief analyst, Tomasz Wierzbicki.

Ships waited at both ends of the canal.
`)
	a := mustAsk(t, e, "who is tomasz wierzbicki")
	if !strings.Contains(a.Short, "chief analyst") || strings.Contains(a.Short, "money") {
		t.Errorf("who is tomasz wierzbicki: short answer %q; want Kestrel's chief analyst, not the words he said", a.Short)
	}
}

// TestPossessiveDescription: a description opened by a possessive
// determiner describes the name after it ("its finance director, Rune
// Kallevik, said …"), as one opened by an article does.
func TestPossessiveDescription(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Canal Loses Fees
---
The canal authority loses about 1.9 million euros in fees for each day the canal is closed, its finance director, Rune Kallevik, said on Thursday.
`)
	for _, q := range []string{"who is rune kallevik", "whats rune kallevik's job"} {
		a := mustAsk(t, e, q)
		if !strings.Contains(a.Short, "finance director") || strings.Contains(a.Short, "closed") {
			t.Errorf("%s: short answer %q; want its finance director", q, a.Short)
		}
	}
	// "who is X" and "whats X's job" get the description with the name
	// as written, spelt right
	for _, q := range []string{"who is rune kalevik", "whats rune kallevik's job"} {
		if a := mustAsk(t, e, q); a.Short != "its finance director, Rune Kallevik" {
			t.Errorf("%s: short answer %q; want the description and the name", q, a.Short)
		}
	}
}

// TestNationalityIsNoName: "what's the captain's name" is not answered by
// the captain's nationality ("a Greek national"; lexicon.Countries gives
// "greek" as Greece's), and is answered where a name is given.
func TestNationalityIsNoName(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"The ship's captain, a Greek national, was questioned by police on Friday and released.", ""},
		{"The ship's captain, Nikos Andreou, was questioned by police on Friday and released.", "Nikos Andreou"},
	} {
		e := engineOfText(t, "---\nid: ship\nheadline: Ship aground\n---\n"+tc.text+"\nTugs arrived from the north on Saturday.\n")
		a := mustAsk(t, e, "whats the captains name")
		switch {
		case tc.want == "" && a.Answered:
			t.Errorf("%s: answered %q; want the coverage not to say", tc.text, a.Short)
		case tc.want != "" && (!a.Answered || !strings.Contains(a.Short, tc.want)):
			t.Errorf("%s: answered %v %q; want %q", tc.text, a.Answered, a.Short, tc.want)
		}
	}
}

// TestEnglishAcronym: an English acronym the articles write out ("ceo"
// for "chief executive", WordNet's) finds what they say of it, and is no
// word they do not use.
func TestEnglishAcronym(t *testing.T) {
	e := engineOfText(t, "---\nid: c\nheadline: Cheese maker apologises\n---\n"+
		"The chief executive of Greystone Creamery, Tomasz Wierzbicki, apologised on Wednesday.\n"+
		"The company recalled three cheeses after an outbreak of listeria.\n")
	wantShorts(t, e, []askedShort{{"who is the ceo", "Wierzbicki"}})
}

// TestNameBeforeItsNoun: a name that stands before the noun it names
// ("the Orchard Lane care home", "the Saltmarsh air base") answers "whats
// the name of the care home", a place after "the village of" the name of
// the village "where …", and no name of a home is a woman's.
func TestNameBeforeItsNoun(t *testing.T) {
	e := engineOfText(t, "---\nid: f\nheadline: Floods\n---\n"+
		"Among those rescued from the Orchard Lane care home was a 93-year-old woman in a blue dressing gown.\n"+
		"A coastguard helicopter crew from the Saltmarsh air base winched 17 residents off the flat roof.\n"+
		"Police said two bodies were found downstream near the village of Fennick.\n")
	wantShorts(t, e, []askedShort{
		{"whats the name of the care home", "Orchard Lane"},
		{"whats the name of the air base", "Saltmarsh"},
		{"whats the name of the village where bodies were found", "Fennick"},
	})
	wantDeclined(t, e, "whats the name of the 93 year old woman")
}

// TestStateInTitle: "secretary of state" is a title's words, no request for
// a country: the answer is the person that title stands with, not the only
// country the sentence names.
func TestStateInTitle(t *testing.T) {
	e := engineOfText(t, "---\nid: s\nheadline: Summit tests unity\n---\n"+
		"The U.S. was initially expected to be represented by Secretary of State Marco Rubio, but following the Venezuela operation, the delegation is now led by Trump adviser Steve Witkoff.\n"+
		"Leaders met in Paris on Tuesday.\n")
	wantShorts(t, e, []askedShort{{"who was the us secretary of state supposed to be", "Marco Rubio"}})
}

// TestTitleQualifiedByAnother: "who is the minister" is answered by the
// minister the articles name with a qualifying word before the title
// ("Transport Minister Priya Raman"), and "who's the italian pm" still
// only by the Italian one.
func TestTitleQualifiedByAnother(t *testing.T) {
	e := engineOfText(t, "---\nid: s\nheadline: Strike\n---\nOpposition politicians accused Transport Minister Priya Raman of hiding behind the conciliation board.\nThe strike went on.\n")
	wantShorts(t, e, []askedShort{{"who is the minister", "Priya Raman"}})
	e = engineOfText(t, "---\nid: m\nheadline: Leaders meet\n---\nLeaders at the meeting, including Polish Prime Minister Donald Tusk and Italy’s Prime Minister Giorgia Meloni, stressed unity.\nThey met in Paris.\n")
	wantShorts(t, e, []askedShort{{"whos the italian pm", "Giorgia Meloni"}})
	if a := mustAsk(t, e, "whos the italian pm"); strings.Contains(a.Short, "Tusk") {
		t.Errorf("whos the italian pm: %q; want the Italian one only", a.Short)
	}
}

// TestSpeakerAfterVerb: a speaker named after the verb of saying ("…, said
// Duarte, …") or after "according to" is who speaks there, as one named
// before it is: "what did Duarte say" is answered by what she said, not by
// a sentence that only names her.
func TestSpeakerAfterVerb(t *testing.T) {
	e := engineOfText(t, "---\nid: a\n---\nThe bridge will reopen in May, according to Mayor Ana Duarte.\n\n"+
		"Traffic was diverted through the old town on Monday.\n\n"+
		"Engineers inspected the pillars, said Duarte, and found no cracks.\n\n"+
		"Duarte visited the site with the governor on Friday.\n")
	a := mustAsk(t, e, "what did duarte say")
	if len(a.Passages) == 0 || !strings.HasPrefix(a.Passages[0].Text, "Engineers inspected the pillars, said Duarte") && !strings.HasPrefix(a.Passages[0].Text, "The bridge will reopen") {
		// (one she speaks in first; the sentence after it may come with
		// it: withNeighbour)
		first := ""
		if len(a.Passages) > 0 {
			first = a.Passages[0].Text
		}
		t.Errorf("what did duarte say: first passage %q; want one she speaks in", first)
	}
	if a := mustAsk(t, e, "what did the mayor say about the bridge"); !has(a.Short, "reopen in May") {
		t.Errorf("what did the mayor say about the bridge: short %q; want what she said according to the article", a.Short)
	}
}

// TestSameName: two names are one person's where they share a surname,
// spelled alike once folded, or one slip apart where no article has the
// slip ("Quipse" for "Julio Quispe"); another surname the articles use is
// another person.
func TestSameName(t *testing.T) {
	e := quakeEngine(t)
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Quispe", "Julio Quispe", true},
		{"Quipse", "Julio Quispe", true},  // two letters swapped, a spelling no article has
		{"Quispex", "Julio Quispe", true}, // a letter added
		{"Villagra", "Julio Quispe", false},
		{"Quispe", "", false},
	} {
		if got := e.sameName(tc.a, tc.b); got != tc.want {
			t.Errorf("sameName(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestDeniedDoer: a name the passage says did not do something, or was
// not there, is no doer for a "who" question without a "not": a
// negation among the few words after it, or absence right before it; but
// it is for a question that asks who did not.
func TestDeniedDoer(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"The key player was conspicuously absent: Vladimir Putin.", "Vladimir Putin", true},
		{"Croatia said it would not deploy troops.", "Croatia", true},
		{"Villagra rejected suggestions that the rescue was slow.", "Villagra", true},
		{"Morimoto leads the Japanese team, which has not rested.", "Morimoto", false}, // too far to deny him
		{"Morimoto leads the Japanese team.", "Morimoto", false},
	} {
		at := strings.Index(tc.text, tc.name)
		if got := deniedOf(tc.text, span{at, at + len(tc.name)}); got != tc.want {
			t.Errorf("deniedOf(%q, %q) = %v; want %v", tc.text, tc.name, got, tc.want)
		}
	}
	e := testEngine(t)
	q := e.analyse("who attended the summit")
	absent := parsedCand(t, e, "The key player was conspicuously absent: Vladimir Putin.")
	present := parsedCand(t, e, "The key player at the summit was Vladimir Putin.")
	if a, p := e.typeScore(&q, absent), e.typeScore(&q, present); a >= p {
		t.Errorf("who attended: typeScore %.2f where Putin was absent, not below %.2f where he was there", a, p)
	}
	if s := e.who(&q, absent, nil); strings.Contains(absent.p.Text[s.start:s.end], "Putin") {
		t.Errorf("who attended: %q; want no one the passage says was absent", absent.p.Text[s.start:s.end])
	}
	if q := e.analyse("who did not attend the summit"); e.typeScore(&q, absent) < 1 {
		t.Errorf("who did not attend: typeScore %.2f where Putin was absent; want 1", e.typeScore(&q, absent))
	}
}

// TestSpeakerNoDoer: who reports a deed is not who did it or had it done
// ("Villagra said 71 people were still missing" names no one missing),
// unless the report is of the speaker itself ("Belgium said it would
// support …"), or the question asks who said it.
func TestSpeakerNoDoer(t *testing.T) {
	e := engineOfText(t, `---
id: s
headline: Toll
---
Interior Minister Tomás Villagra said 71 people were still missing.
Belgium said it would support the effort through its navy.
`)
	attributed := "None of the crew near Kessby were hurt, according to the ship's owner, Piraeus-based Thessaly Maritime."
	if at := strings.Index(attributed, "Thessaly"); !attributedTo(attributed, span{at, at + len("Thessaly Maritime")}) {
		t.Errorf("attributedTo(Thessaly Maritime) in %q = false; want true", attributed)
	}
	if at := strings.Index(attributed, "Kessby"); attributedTo(attributed, span{at, at + len("Kessby")}) {
		t.Errorf("attributedTo(Kessby) in %q = true; want false", attributed)
	}
	for q, want := range map[string]string{
		"who is missing":                     "",
		"who will support the effort":        "Belgium",
		"who said people were still missing": "Villagra",
	} {
		a := mustAsk(t, e, q)
		if want == "" && strings.HasSuffix(a.Short, "Villagra") || want != "" && !strings.Contains(a.Short, want) {
			t.Errorf("%s: %q; want %q", q, a.Short, want)
		}
	}
}

// TestDatelineNoDoer: the place and outlet of a wire-style dateline are
// where and by whom the story was filed, no one who did what it tells;
// the word after the dateline opens a sentence, capitalised for that.
func TestDatelineNoDoer(t *testing.T) {
	text := "KESSBY, May 9 (Coastline Press Agency) - Salvage crews freed the ship."
	for name, want := range map[string]bool{"KESSBY": true, "Coastline Press Agency": true, "Salvage": false} {
		at := strings.Index(text, name)
		if got := inDateline(text, span{at, at + len(name)}); got != want {
			t.Errorf("inDateline(%q) = %v; want %v", name, got, want)
		}
	}
	if at := strings.Index(text, "Salvage"); !sentenceStart(text, at) {
		t.Errorf("sentenceStart at %q after the dateline = false; want true", text[at:])
	}
	e := engineOfText(t, "---\nid: d\nheadline: Freed\n---\n"+text+"\nThe salvage work took three days.\n")
	c := parsedCand(t, e, text)
	if s := e.who(new(e.analyse("who freed the ship")), c, nil); s.end > s.start && (strings.Contains(text[s.start:s.end], "KESSBY") || text[s.start:s.end] == "Salvage") {
		t.Errorf("who freed the ship: %q; want neither the dateline nor the sentence's first word", text[s.start:s.end])
	}
}

// TestWhoFarName: a name far from every word of the question, even words
// it matches only by meaning ("death" for "died"), is not who it asks
// about.
func TestWhoFarName(t *testing.T) {
	e := engineOfText(t, `---
id: f
headline: Storm
---
The death toll from the storm that hit the coast on Monday night has risen to 40, officials said on Friday, as Governor Ann Lee toured the flooded streets of the old port.
`)
	if a := mustAsk(t, e, "who died"); strings.Contains(a.Short, "Ann Lee") {
		t.Errorf("who died: %q; want no one named far from the toll", a.Short)
	}
}

// TestNameOfAmongMany: "what's the name of X" finds the one passage that
// names X among many more that speak of it, X said in another word
// there ("vessel"), and reads "the ship thats stuck" as asking the ship's
// name, not the name of "stuck".
func TestNameOfAmongMany(t *testing.T) {
	text := "---\nid: m\nheadline: Canal\n---\n"
	for i := range 20 {
		text += fmt.Sprintf("Ship %d has been stuck in the canal queue since Monday.\n", i+1)
	}
	text += "On Monday night the Northern Light, a 229-metre vessel flying the Maltese flag, struck the eastern bank of the canal near the village at the bend.\n"
	e := engineOfText(t, text)
	if q := e.analyse("whats the name of the ship thats stuck"); q.nameOf != "ship" {
		t.Errorf("name of: %q; want ship", q.nameOf)
	}
	if a := mustAsk(t, e, "whats the name of the ship thats stuck"); !strings.HasPrefix(a.Short, "Northern Light") {
		t.Errorf("whats the name of the ship thats stuck: %v %q; want Northern Light", a.Answered, a.Short)
	}
}

// TestRecipientNoDoer: who a deed went to did not do it ("the help sent to
// Calama" for "who sent aid"), but is whom a question asks it went to.
func TestRecipientNoDoer(t *testing.T) {
	e := engineOfText(t, `---
id: r
headline: Aid
---
Officials said the town had received a fraction of the help sent to Calama.
Macron wrote a letter to Merz on Friday.
`)
	if a := mustAsk(t, e, "who sent help"); a.Short == "Calama" {
		t.Errorf("who sent help: %q; want not the place it went to", a.Short)
	}
	if a := mustAsk(t, e, "who did macron write to"); !strings.Contains(a.Short, "Merz") {
		t.Errorf("who did macron write to: %q; want Merz", a.Short)
	}
}

// TestPassiveNoAgent: "who got rescued" asks whom it was done to: names
// that did something else in the passage, with the names coordinated
// with them ("Argentina, Peru and Bolivia offered …"), are none of them;
// a name the passive tells of is ("Maduro was captured").
func TestPassiveNoAgent(t *testing.T) {
	for text, want := range map[string]bool{
		"Argentina, Peru and Bolivia offered to send rescue teams.": true,
		"Maduro was captured by troops.":                            false,
		"Rojas said the girl was rescued.":                          true,
	} {
		first := text[:strings.IndexAny(text, " ,")]
		if got := actsAfter(text, span{0, len(first)}); got != want {
			t.Errorf("actsAfter(%q in %q) = %v; want %v", first, text, got, want)
		}
	}
	e := engineOfText(t, `---
id: p
headline: Rescue
---
Argentina, Peru and Bolivia offered to send rescue teams on Tuesday.
`)
	if a := mustAsk(t, e, "who got rescued"); namesOnly(a.Short) {
		t.Errorf("who got rescued: %q; want none of those who offered help", a.Short)
	}
}

// TestOpeningEnglishWord: an English word capitalised only to open a
// sentence is no name, though the articles never write it in lower case:
// "None of the 22 crew members …" answered "who was the pilot" with "None",
// "Eleven tugs pulled …" "who is in charge of the canal" with "Eleven".
func TestOpeningEnglishWord(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Ship freed
---
None of the 22 crew members or the canal pilot on board were hurt, the owner said.

Eleven tugs pulled the vessel free at dawn, the Valdane Canal Authority said.

Calama lies in the desert.
`)
	for _, text := range []string{"None of the 22 crew members or the canal pilot on board were hurt, the owner said.", "Eleven tugs pulled the vessel free at dawn, the Valdane Canal Authority said."} {
		for _, n := range e.names(text) {
			if w := text[n.start:n.end]; w == "None" || w == "Eleven" {
				t.Errorf("names(%q) holds %q; want no opening word of English", text, w)
			}
		}
	}
	text := "Calama lies in the desert."
	if names := e.names(text); len(names) == 0 || text[names[0].start:names[0].end] != "Calama" {
		t.Errorf("names(%q) = %v; want Calama, no English word", text, names)
	}
}

// TestUnnamedDoer: "who VERBed X" where the passage's subject of the verb
// names no one ("Salvage crews freed the bulk carrier Corvina Star") is
// answered by that subject, not by the name after the verb, which is what
// was done to; a dateline before it is no part of it, nor a clause before
// a subordinating word.
func TestUnnamedDoer(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Ship freed
---
KESSBY, May 9 (Coastline Press Agency) - Salvage crews freed the grain ship Corvina Star from the bank of the Valdane Canal early on Saturday.
`)
	a := mustAsk(t, e, "who freed the ship")
	if !strings.HasPrefix(a.Short, "Salvage crews") {
		t.Errorf("who freed the ship: %q; want the crews, not the ship", a.Short)
	}
	// the clause of the verb, past a subordinating word: not the name
	// that opens the sentence; and "who" stands for the names before it
	e = engineOfText(t, `---
id: t
headline: Hospital reopens
---
Kingsmere Royal Infirmary reopened its emergency department on Sunday, five days after a ransomware attack shut down the computer systems.

The plan drew a firm rebuke from Norway and three other Nordic states, who jointly defended the treaty.
`)
	wantShorts(t, e, []askedShort{
		{"who shut the computer systems down", "a ransomware attack"},
		{"which countries jointly defended the treaty", "Norway"},
	})
	// a verb with no object has no doer asked for: "The pledges came on
	// Tuesday at a summit …" names no one who came
	if a := mustAsk(t, testEngine(t), "who came to the summit"); strings.HasPrefix(a.Short, "The pledges") {
		t.Errorf("who came to the summit: %q; want no thing for a doer", a.Short)
	}
}

// TestOpposedStance: "who voted for it" is not answered by those the
// passage says voted against ("The Conservative and Independent groups
// voted against"), nor "who voted against it" by those who voted for.
func TestOpposedStance(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Council backs tram
---
Harwick City Council voted on Monday night to build a tram line.

The Conservative and Independent groups voted against.
`)
	if a := mustAsk(t, e, "who voted for it"); strings.Contains(a.Short, "Conservative") {
		t.Errorf("who voted for it: %q; want not those who voted against", a.Short)
	}
	if a := mustAsk(t, e, "who voted against it"); !strings.Contains(a.Short, "Conservative and Independent") {
		t.Errorf("who voted against it: %q; want the Conservative and Independent groups", a.Short)
	}
}

// TestDescribedSpeaker: "what did X say" where X describes one person by
// what the articles say of them ("Vidal's brother in law": "Tom Reyes,
// Governor Ana Vidal's brother-in-law") is read as asking what that person
// said, not answered with the sentence that describes them.
func TestDescribedSpeaker(t *testing.T) {
	e := engineOfText(t, `---
id: a
headline: Harbour plan approved
---
The council approved the harbour plan on Monday, with senior figures present, including Tom Reyes, Governor Ana Vidal's brother-in-law.

Reyes called the plan “a disaster for fishermen”.

Vidal said the vote was fair.
`)
	wantShorts(t, e, []askedShort{{"what did vidals brother in law say", "disaster for fishermen"}})
	if a := mustAsk(t, e, "what did vidal say"); !strings.Contains(a.Short, "the vote was fair") {
		t.Errorf("what did vidal say: %q; want Vidal's words", a.Short)
	}
}

// TestQuotationWhole: a span that cuts a quotation is widened to take it
// whole, curly or straight marks, opening or closing.
func TestQuotationWhole(t *testing.T) {
	for _, tc := range []struct{ text, cut, want string }{
		{"“Not everyone is ready,” Zelenskyy said.", "ready,” Zelenskyy", "“Not everyone is ready,” Zelenskyy"},
		{"Kushner called it “a very big milestone” on Tuesday.", "Kushner called it “a very", "Kushner called it “a very big milestone”"},
		{`He said "we are ready" and left.`, `He said "we`, `He said "we are ready"`},
		{`"We are ready," he said.`, `ready," he`, `"We are ready," he`},
		{"Nothing is quoted here.", "is quoted", "is quoted"},
	} {
		at := strings.Index(tc.text, tc.cut)
		s := quotationWhole(tc.text, span{at, at + len(tc.cut)})
		if got := tc.text[s.start:s.end]; got != tc.want {
			t.Errorf("quotationWhole(%q, %q) = %q; want %q", tc.text, tc.cut, got, tc.want)
		}
	}
}

// TestWhoCalledFor: a name followed by a verb of saying and "for" or
// "against" demands a deed ("called for Kallberg to appear"): who did it,
// not a speaker whose words report it; and the title before the name keeps
// a noun that is also a verb inside its run ("Opposition transport
// spokesman").
func TestWhoCalledFor(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Outage
---
Opposition health spokesman Dara Quill called for Sten Morrow to appear before parliament's health committee this week.
Officials said the hospital would reopen on Monday.
`)
	a := mustAsk(t, e, "who wants morrow hauled in front of parliament")
	if a.Short != "Opposition health spokesman Dara Quill" && a.Short != "Dara Quill" {
		t.Errorf("who wants morrow hauled in front of parliament: answered %v %q; want Dara Quill", a.Answered, a.Short)
	}
}

// TestTitleRunVerbNoun: a noun that is also a verb ("transport", "trade")
// between a capitalised word and a title is part of the title's run.
func TestTitleRunVerbNoun(t *testing.T) {
	text := "Opposition transport spokesman Colm Durrant called for an inquiry."
	at := strings.Index(text, "Colm")
	if got := text[titleStart(text, at):at]; got != "Opposition transport spokesman " {
		t.Errorf("titleStart: %q; want %q", got, "Opposition transport spokesman ")
	}
	text = "Officials went to meet Foreign Minister Ana Ruiz."
	at = strings.Index(text, "Ana")
	if got := text[titleStart(text, at):at]; got != "Foreign Minister " {
		t.Errorf("titleStart: %q; want %q", got, "Foreign Minister ")
	}
	for _, c := range []struct{ text, name, want string }{
		// the word before the verb is its subject: a name, or a plural
		// noun opening the sentence
		{"Witkoff and Kushner meet President Vladimir Putin in Moscow.", "Vladimir", "President "},
		{"Protesters heckle Prime Minister Keir Starmer in Leeds.", "Keir", "Prime Minister "},
		{"He said Labour trade spokeswoman Ann Lee was wrong.", "Ann", "Labour trade spokeswoman "},
		{"British transport secretary Ann Lee said so.", "Ann", "British transport secretary "},
	} {
		at := strings.Index(c.text, c.name)
		if got := c.text[titleStart(c.text, at):at]; got != c.want {
			t.Errorf("titleStart(%q): %q; want %q", c.text, got, c.want)
		}
	}
}

// TestWhichKindOfPerson: "which scientist …" is answered by the name a
// kind of scientist describes ("Seismologist …", by WordNet), however far
// it stands from the question's words, and shown with the body it is of.
func TestWhichKindOfPerson(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Quake
---
Geologist Marta Ruiz of the University of Lima said the fault appeared to have slipped deep inside the plate rather than near the surface, which, Mayor Tom Reed told reporters on Monday, would explain why the shaking spread so far.
Officials said the schools would reopen on Monday.
`)
	for _, q := range []string{"which scientist explained why the shaking spread so far", "which scientist said the fault slipped"} {
		a := mustAsk(t, e, q)
		if !strings.Contains(a.Short, "Marta Ruiz of the University of Lima") {
			t.Errorf("%s: answered %v %q; want Marta Ruiz of the University of Lima", q, a.Answered, a.Short)
		}
	}
	// the kind before the name leaves the name whole
	e = engineOfText(t, `---
id: u
headline: Fault
---
Chilean geologist Ana María Soto said the fault had slipped several metres along the coast.
`)
	if a := mustAsk(t, e, "which scientist said the fault slipped"); !strings.Contains(a.Short, "Ana María Soto") {
		t.Errorf("which scientist said the fault slipped: answered %v %q; want Ana María Soto", a.Answered, a.Short)
	}
}

// TestAffiliationEnd: the body a name is "of" runs over capitalised words
// and the "of"/"and" between them, to the first other word.
func TestAffiliationEnd(t *testing.T) {
	for text, want := range map[string]string{
		"Felipe Cárdenas of the University of Chile said": "Felipe Cárdenas of the University of Chile",
		"Anna Berg of Oxfam, who":                         "Anna Berg of Oxfam",
		"Anna Berg of the city said":                      "Anna Berg",
		"Anna Berg of The":                                "Anna Berg",
		"Anna Berg of Britain's weather service said":     "Anna Berg",
		"Anna Berg of Britain’s weather service said":     "Anna Berg",
	} {
		if got := text[:affiliationEnd(text, len("Anna Berg"))]; strings.HasPrefix(text, "Anna") && got != want {
			t.Errorf("affiliationEnd(%q) = %q; want %q", text, got, want)
		}
		if got := text[:affiliationEnd(text, len("Felipe Cárdenas"))]; strings.HasPrefix(text, "Felipe") && got != want {
			t.Errorf("affiliationEnd(%q) = %q; want %q", text, got, want)
		}
	}
}

// TestPassiveBy: a passive verb group and its "by" after a noun; "not" or
// "in" before "by" is no participle.
func TestPassiveBy(t *testing.T) {
	for text, want := range map[string]bool{
		" would be led by Nadia Ferrow":   true,
		" was chaired by the mayor":       true,
		" has been run by volunteers":     true,
		" is to be chosen by the council": true,
		" was not by choice":              false,
		" is in by default":               false,
		" will stand by the decision":     false,
	} {
		if got := passiveBy(text); got != want {
			t.Errorf("passiveBy(%q) = %v; want %v", text, got, want)
		}
	}
}

// TestWhoPassiveAgent: "who is in charge of X" over "X would be led by Y"
// is Y, the passive's doer; "who announced X", the passage having that
// verb, is its subject.
func TestWhoPassiveAgent(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Inquiry
---
The mayor, Joan Pike, and Health Minister Owen Lutz jointly announced on Friday that the review would be led by Nadia Ferrow, a retired judge.
Officials said the clinic would reopen on Monday.
`)
	for q, want := range map[string]string{"whos in charge of the review": "Nadia Ferrow", "who announced the review": "Joan Pike"} {
		if a := mustAsk(t, e, q); !strings.Contains(a.Short, want) {
			t.Errorf("%s: answered %v %q; want %s", q, a.Answered, a.Short, want)
		}
	}
}

// TestChairApposition: "chair" stands before a name as a title ("Fed Chair
// Jerome Powell") and sets off a role before it ("The association's
// chair, Vikram Desai, said …"): a "who" answer keeps that role.
func TestChairApposition(t *testing.T) {
	for _, tc := range []struct{ text, name, want string }{
		{"The association's chair, Vikram Desai, said members would like free parking.", "Vikram Desai", "The association's chair, Vikram Desai"},
		{"The board's chairperson, Ann Lee, resigned on Friday.", "Ann Lee", "The board's chairperson, Ann Lee"},
	} {
		at := strings.Index(tc.text, tc.name)
		from := appositionStart(tc.text, at, at+len(tc.name))
		if got := tc.text[from : at+len(tc.name)]; got != tc.want {
			t.Errorf("%q: %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestTermTitle: a term's title is read once in analyse, as titleWord
// reads it, for the words not capitalised: describes asks it of every
// candidate.
func TestTermTitle(t *testing.T) {
	e := testEngine(t)
	for _, question := range []string{"which foreign minister met the envoys", "who is the Ukrainian president", "what did Macron say about the troops"} {
		for _, qt := range e.analyse(question).terms {
			if want := !qt.entity && e.titleWord(qt.word, qt.term); qt.title != want {
				t.Errorf("%q: term %q title %v; want %v", question, qt.word, qt.title, want)
			}
		}
	}
	if q := e.analyse("which foreign minister met the envoys"); !slices.ContainsFunc(q.terms, func(qt qterm) bool { return qt.title }) {
		t.Error(`"minister" read as no title`)
	}
}
