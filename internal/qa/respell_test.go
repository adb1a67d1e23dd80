package qa

import (
	"github.com/summitbot/summitbot/internal/lexicon"
	"slices"
	"strings"
	"testing"
)

// TestPrepare: a question typed on a chat is read as meant — chat words
// expanded, slips corrected to the articles' words, names given their
// capitals — and a real word, a name the articles lack or another
// language is left as typed.
func TestPrepare(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct{ in, want string }{
		{"what did stramer say abt russia", "what did Starmer say about russia"},
		{"how many soldjers could france send", "how many soldiers could france send"},
		{"wher did macorn want the troops to go", "where did Macron want the troops to go"},
		{"did zelenksy meet trump", "did Zelensky meet Trump"},        // a name the articles capitalise
		{"who is nicolas maduro", "who is Nicolás Maduro"},            // typed without its accent
		{"who is mark carney", "who is Mark Carney"},                  // a common word the articles write as the first of a name
		{"what are zelenskys demands", "what are Zelensky's demands"}, // a name's possessive, its apostrophe left out
		{"did he mark the date", "did he mark the date"},              // elsewhere, a word
		{"so when do the guarantees start", "when do the guarantees start"},
		{"who is the defence minister", "who is the defence minister"},        // British spelling: a word
		{"did orban say anything", "did orban say anything"},                  // a name GloVe knows, not a slip of "urban"
		{"what does mertz want", "what does Merz want"},                       // names to names: a rarer name one slip from the articles'
		{"will they hand over the donbass", "will they hand over the Donbas"}, // a spelling of the name, not its possessive
		{"why are europeans worried", "why are europeans worried"},            // a demonym's plural, not its possessive
		{"wat did the pledge artical say", "what did the pledge article say"}, // a word of questions about the articles, no passage's
		{"was it kritikal", "was it kritikal"},                                // two slips and another first letter ("critical"): left
		{"¿Quién se negó a desplegar tropas?", "¿Quién se negó a desplegar tropas?"},
		{"lol", "lol"},
		// the asker's hedges are about the asker, not what is asked: no
		// "not" or "know" read into the question
		{"idk who paid for the army", "who paid for the army"},
		{"who paid for the army iirc", "who paid for the army"},
		{"will the tram prolly be late", "will the tram probably be late"},
		{"wouldve the bridge held", "would have the bridge held"}, // an auxiliary's "'ve" left without its apostrophe
		// slips common enough on the web for GloVe to know them, far
		// rarer than the word meant (typoOdds): corrected to the articles'
		// word, or to the English word when the articles lack it
		{"how did euro officals react", "how did euro officials react"},
		{"wats his offical title", "what's his official title"},
		{"what did the usgs say", "what did the usgs say"}, // a word of its own, not "uses"
		// one slip from a word the articles keep using, though GloVe
		// knows the slip as a rare name (Summitt)
		{"how many contries were at the summitt", "how many countries were at the summit"},
		// a real word the articles never use, after a word it makes no
		// pair with in them, where one slip gives a pair they keep
		// writing and a word far commoner: read in context
		{"how many heads of stat were there", "how many heads of state were there"},
		// a rare word of English one slip from the articles' word, a
		// hundred times commoner and near it in meaning: a slip; a word
		// of its own that is no neighbour in meaning is left
		{"what did the foreign minster say", "what did the foreign minister say"},
		{"what happened at York Minster", "what happened at York Minster"}, // a capitalised word is a name the asker means
		{"did a dance troupe perform", "did a dance troupe perform"},
		{"is germany willing to send troops", "is germany willing to send troops"},           // "to end" is a pair, but "send" is common
		{"was nato secretary general rutte there", "was nato secretary general rutte there"}, // a name no table has, not "rutted", a rare word
	} {
		if got := e.prepare(tc.in); got != tc.want {
			t.Errorf("prepare(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestPrepareOutletWords: the names of who published the articles are
// words of the coverage though no passage holds them, and a slip of one
// is read as that name, not as a commoner word as near ("courtier").
func TestPrepareOutletWords(t *testing.T) {
	e := quakeEngine(t)
	for _, tc := range []struct{ in, want string }{
		{"what did the atacama courrier report", "what did the Atacama courier report"},
		{"who wrote the courier piece", "who wrote the courier piece"},
	} {
		if got := e.prepare(tc.in); got != tc.want {
			t.Errorf("prepare(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"macorn", "macron", 1}, // two letters swapped
		{"teh", "the", 1},
		{"soldjers", "soldiers", 1},
		{"wher", "where", 1},
		{"", "abc", 3},
		{"zelinsky", "zelensky", 1},
		{"kitten", "sitting", 3},
	} {
		if got := editDistance(tc.a, tc.b); got != tc.want {
			t.Errorf("editDistance(%q, %q) = %d; want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestReadAs: an answer says how its question was read when a slip was
// corrected, and not when only chat words were expanded.
func TestReadAs(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct {
		q           string
		wantRead    string // "" when the answer should not say
		wantCorrect bool
	}{
		{"what did stramer say abt russia", "what did Starmer say about russia", true},
		{"what r ppl saying abt the summit", "", false},
		{"who refused to deploy troops?", "", false},
	} {
		a := mustAsk(t, e, tc.q)
		if got := a.Typed != ""; got != tc.wantCorrect {
			t.Errorf("Ask(%q): Typed = %q; want it set: %v", tc.q, a.Typed, tc.wantCorrect)
		}
		if tc.wantCorrect && (a.Typed != tc.q || a.Question != tc.wantRead) {
			t.Errorf("Ask(%q): read as %q (typed %q); want %q", tc.q, a.Question, a.Typed, tc.wantRead)
		}
	}
}

func TestIsCity(t *testing.T) {
	for name, want := range map[string]bool{"Paris": true, "Kyiv": true, "Moscow": true, "Russia": false, "Croatia": false, "Belgium": false, "Czech Republic": false, "Calama": false} {
		if got := isCity(name); got != want {
			t.Errorf("isCity(%q) = %v; want %v", name, got, want)
		}
	}
}

// TestMeansPerson: a noun names a person by WordNet's commonest sense of
// it; a word no dictionary has, by GloVe. GloVe alone took "thing" and
// "every" for people.
func TestMeansPerson(t *testing.T) {
	for w, want := range map[string]bool{"girl": true, "child": true, "mother": true, "victim": true, "team": false, "country": false, "city": false, "stadium": false, "xqzv": false,
		"guy": true, "lady": true, "officials": true, "people": true, "survivors": true, "thing": false, "every": false, "good": false} {
		if got := meansPerson(w); got != want {
			t.Errorf("meansPerson(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestPrepareNamePossessive: a name's possessive typed without its
// apostrophe is read as one even where the bare plural is an English word
// ("chiles", "trumps"), when the articles never write that word and write
// the name capitalised.
func TestPrepareNamePossessive(t *testing.T) {
	wantPrepared(t, quakeEngine(t), []struct{ in, want string }{
		{"whos chiles president", "who's Chile's president"},
		{"what are chiles plans", "what are Chile's plans"},
		{"how many homes were lost", "how many homes were lost"}, // a plural the articles write: left
	})
	// a title's plural is no possessive, though the articles capitalise
	// the title before names ("President Emmanuel Macron")
	wantPrepared(t, testEngine(t), []struct{ in, want string }{
		{"which presidents came", "which presidents came"},
		{"which prime ministers were there", "which prime ministers were there"},
	})
	// nor is the plural of one of English's commonest words that the
	// articles capitalise only in a name ("Sorrel Creek Road")
	e := engineOfText(t, "---\nid: f\nheadline: Fire spreads\n---\nCrews cut a break along Sorrel Creek Road on Sunday.\nFire chief Okafor said the fire was spreading.\n")
	wantPrepared(t, e, []struct{ in, want string }{
		{"were the roads closed", "were the roads closed"},
		{"what were okafors words", "what were Okafor's words"},
	})
}

// TestCompoundParts: the parts of an article's hyphenated compound are its
// words too ("11-kilometre" says "kilometre"), so that a question's word
// near one in meaning matches it softly ("km").
func TestCompoundParts(t *testing.T) {
	e := engineOfText(t, "---\nid: tram\nheadline: Council backs tram\n---\nThe council voted on Monday to build an 11-kilometre tram line to the station.\nShopkeepers said trade had fallen by a fifth.\n")
	q := e.analyse("how long is the line in km")
	for _, qt := range q.terms {
		if qt.word != "km" {
			continue
		}
		for _, a := range qt.soft {
			if a.term == "kilometr" {
				return
			}
		}
		t.Fatalf("km: soft matches %v; want kilometr, of the article's 11-kilometre", qt.soft)
	}
	t.Fatalf("no term km in %+v", q.terms)
}

// TestSoftMatches: a question word's soft matches reach the articles'
// word it stands for. A word is near in meaning to what its other spelling
// is near to: the British "hospitalised" (GloVe: 0.51 of "hospital") as the
// American "hospitalized" (0.69). A common noun for people ("children",
// among the few hundred commonest words of English, which soft matching
// otherwise leaves out) is what a question's word for them stands for
// ("kids"). An article's word is near what its other spelling is near to.
func TestSoftMatches(t *testing.T) {
	for _, c := range []struct{ text, q, word, want string }{
		{"Nine people were taken to hospital on Saturday.\nThe company recalled three cheeses.\n", "how many were hospitalised", "hospitalised", "hospit"},
		{"The ship has sat in the field for a week.\nThe children are selling coffee to the tourists.\n", "what are the kids doing", "kids", "children"},
		// and an article's word is near what its other spelling is near
		// to: "apologised" (0.59 of "apology") as "apologized" (0.66)
		{"The chief executive apologised to customers in a video.\nThe company recalled three cheeses.\n", "what did she say in her apology", "apology", "apologis"},
	} {
		e := engineOfText(t, "---\nid: r\nheadline: Recall widens\n---\n"+c.text)
		i := slices.IndexFunc(e.analyse(c.q).terms, func(qt qterm) bool { return qt.word == c.word })
		if i < 0 {
			t.Errorf("%q: no term %s", c.q, c.word)
			continue
		}
		if soft := e.analyse(c.q).terms[i].soft; !slices.ContainsFunc(soft, func(a termAlt) bool { return a.term == c.want }) {
			t.Errorf("%s: soft matches %v; want %s", c.word, soft, c.want)
		}
	}
}

// TestPrepareShortSurname: after the first part of a name the articles
// write, a word one slip from that name's next part is read as it, though
// it is short and English has it ("helena vos": Helena Voss); where two
// names one slip away follow the same first name, the word is left as
// typed; a word the articles use is never changed.
func TestPrepareShortSurname(t *testing.T) {
	e := engineOfText(t, "---\nid: flood\nheadline: Minister visits flooded valley\n---\n"+
		"DUNMERE — Environment Minister Helena Voss promised €45 million in aid on Wednesday.\n"+
		"Residents told Voss that the defences had failed.\n"+
		"Mayor Colin Ashdown and his deputy Colin Ash said the town was cut off.\n"+
		"Volunteers Anna Berg and Anna Borg ran the shelter.\n"+
		"Councillor Gareth Pryce said the price of the repairs had doubled.\n")
	wantPrepared(t, e, []struct{ in, want string }{
		{"who is helena vos", "who is Helena Voss"},
		// even a word the articles use elsewhere, and after a first name
		// itself misspelt
		{"who is gareth price", "who is Gareth Pryce"},
		{"who is garath price", "who is Gareth Pryce"},
		{"what did gareth say about the price", "what did Gareth say about the price"},
		{"what did helena voss promise", "what did Helena Voss promise"},
		{"who is colin ashe", "who is Colin Ash"}, // one slip from Ash only, not from Ashdown
		{"who is anna burg", "who is Anna burg"},  // one slip from Berg and from Borg: no telling
		{"what did the minister promise", "what did the minister promise"},
	})
}

// TestPrepareFirstLetterKept: a word one slip from the articles' word
// only by its first letter ("arested": "rested") is read as the English
// word that keeps its first letter, one slip away too ("arrested"); a
// slip elsewhere still reads as the articles' word.
func TestPrepareFirstLetterKept(t *testing.T) {
	e := engineOfText(t, "---\nid: a\nheadline: Passengers wait\n---\n"+
		"Passengers rested on benches while police said there had been no arrests.\n")
	wantPrepared(t, e, []struct{ in, want string }{
		{"were any ppl arested", "were any people arrested"},
		{"where were passengers restted", "where were passengers rested"},
	})
}

// TestPrepareFirstNameSlip: before a surname the articles write, an
// English word one slip from that name's first part is read as it
// ("marten visser": Maarten Visser); two slips away, or before another
// word, it stays as typed.
func TestPrepareFirstNameSlip(t *testing.T) {
	e := engineOfText(t, "---\nid: s\nheadline: Ships diverted\n---\n"+
		"Tidewater's chief analyst, Maarten Visser, said each diverted ship added 2.5 days.\n"+
		"Analysts at Tidewater, including Maarten Visser, expect more diversions.\n")
	wantPrepared(t, e, []struct{ in, want string }{
		{"who is marten visser", "who is Maarten Visser"},
		{"who is martin visser", "who is martin Visser"},
		{"did the marten population fall", "did the marten population fall"},
	})
}

// TestPrepareSoundedSurname: after a first name the articles write, a
// word neither English nor theirs, spelt as it sounds ("boudro"), is read
// as the one surname they write after that name that opens on its first
// three letters, within half its letters' edits; not one that opens
// otherwise, nor an English word.
func TestPrepareSoundedSurname(t *testing.T) {
	e := engineOfText(t, "---\nid: f\nheadline: Driver found\n---\n"+
		"Police Sergeant Claire Boudreau said divers recovered the truck.\n"+
		"Officers told Claire Boudreau that the road was closed.\n"+
		"The driver was named by Constable Ines Carlow on Friday.\n")
	wantPrepared(t, e, []struct{ in, want string }{
		{"who is claire boudro", "who is Claire Boudreau"},
		{"who is ines carrot", "who is Ines carrot"}, // English, though two edits from Carlow
		{"who is claire bates", "who is Claire bates"},
		{"who is claire boat", "who is Claire boat"},
	})
	if a := mustAsk(t, e, "who is claire boudro"); a.Short != "Police Sergeant Claire Boudreau" {
		t.Errorf("who is claire boudro: short %q; want her title with her name", a.Short)
	}
}

// TestPrepareLikelierSlip: of two words one slip from a typed one, the
// articles' word and English's, the one made by the commoner kind of slip
// is read (a letter left out or two swapped before one mistyped, before
// one too many): "peice" is "piece", not the articles' "peace"; where the
// slips are of a kind, the articles' word ("hael" is their Hale, not
// "heal"), and where English's changes the first letter and theirs keeps
// it, theirs ("traw" is "tram", not "straw").
func TestPrepareLikelierSlip(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Talks on peace go on\n---\n"+
		"Leaders said peace would not happen soon.\n"+
		"Campaigner Martin Hale said the final vote was close.\n"+
		"The tram will carry nine million passengers a year.\n")
	wantPrepared(t, e, []struct{ in, want string }{
		{"which peice says the vote was close", "which piece says the vote was close"},
		{"how many passengers will the traw carry", "how many passengers will the tram carry"}, // not "straw": the first letter is seldom the slip
		{"what happend at the talks", "what happened at the talks"},
		{"was the vote finaly close", "was the vote finally close"},
		{"what did hael say", "what did Hale say"},
	})
}

// TestPrepareTruncatedName: the next word of a name the articles keep
// writing, cut short as chat cuts it, is read whole ("castle st"); a common
// word is not read as a longer one ("minister so worried" is no Minister
// Sofie), nor a word after a common noun.
func TestPrepareTruncatedName(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Castle Street shops fear tram works\n---\n"+
		"Shops on Castle Street say the works will cost them trade.\n"+
		"Castle Street has 86 businesses.\n"+
		"Environment Minister Sofie Hartmann said the leak was small.\n"+
		"Minister Sofie Hartmann visited on Friday.\n"+
		"Rescue operations ended on Friday. Rescue operations began on Monday.\n")
	wantPrepared(t, e, []struct{ in, want string }{
		{"how many shops on castle st", "how many shops on Castle street"}, // (a common word keeps its case as typed)
		{"why is the minister so worried", "why is the minister so worried"},
		{"when did rescue ops end", "when did rescue ops end"},
	})
}

// TestPreparePairOnlyCapital: an English word the articles capitalise
// only as a word of a name of two or more ("Lady Marian", "Harwick
// Chamber of Commerce") is read as that name only with the name's next
// word after it (or that word cut short, as "castle st" is Castle Street:
// TestPrepareTruncatedName) or its word before; alone it is the word as
// typed ("the police lady", "argue in the chamber"), though the name
// opens a sentence.
func TestPreparePairOnlyCapital(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Ferry starts\n---\n"+
		"The first crossing was made by the Lady Marian on Monday.\n"+
		"Passengers boarded the Lady Marian at the quay.\n"+
		"Inspector Ruth Cawley said people should not travel.\n"+
		"Harwick Chamber of Commerce backed the ferry.\n"+
		"Councillors in Harwick voted for it after a long debate.\n")
	wantPrepared(t, e, []struct{ in, want string }{
		{"who was the police lady telling people not to travel", "who was the police lady telling people not to travel"},
		{"when did the lady marian sail", "when did the Lady Marian sail"},
		{"how long did they argue in the chamber", "how long did they argue in the chamber"},
		{"what did the harwick chamber of commerce say", "what did the Harwick Chamber of Commerce say"},
		{"did the chamber of commerce back it", "did the Chamber of Commerce back it"},
		{"what kind of chamber is it", "what kind of chamber is it"}, // no "Kind of Chamber" is written
		{"the role of commerce in harwick", "the role of commerce in Harwick"},
	})
}

// TestPrepareTitleCaseHeading: a heading in title case capitalises every
// word, and its capitals make no names of common words ("Troop
// Commitments"); a name written so in the body still takes its capitals.
func TestPrepareTitleCaseHeading(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Leaders Agree Troop Commitments\n---\n"+
		"## Breakthrough in Security Protocols and Troop Commitments\n\n"+
		"Ministers from Harwick said the commitments were firm.\n")
	wantPrepared(t, e, []struct{ in, want string }{
		{"how settled are the troop commitments", "how settled are the troop commitments"},
		{"what did the harwick ministers say", "what did the Harwick ministers say"},
	})
}

// wantPrepared checks e's reading of each question.
func wantPrepared(t *testing.T, e *Engine, cases []struct{ in, want string }) {
	t.Helper()
	for _, tc := range cases {
		if got := e.prepare(tc.in); got != tc.want {
			t.Errorf("prepare(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestNameNewerThanGloVe: a typed word GloVe knows (the rare surname
// "Rutten") one slip from a name the articles give that GloVe lacks
// ("Rutte", past its 80 000 words) is read as the articles' name.
func TestNameNewerThanGloVe(t *testing.T) {
	if _, ok := lexicon.Default().Rank("rutten"); !ok {
		t.Skip("the embedded table lacks \"rutten\": the case does not arise")
	}
	if _, ok := lexicon.Default().Rank("rutte"); ok {
		t.Skip("the embedded table knows \"rutte\": the case does not arise")
	}
	e := engineOfText(t, "---\nid: a\n---\nNATO Secretary General Mark Rutte said the alliance would send engineers to the region.\n\n"+
		"The engineers arrived on Monday, and Rutte visited them on Tuesday.\n\nOfficials from five countries met in the capital.\n")
	if a := mustAsk(t, e, "what did rutten say"); !a.Answered || !has(a.Short, "send engineers") {
		t.Errorf("what did rutten say: answered %v, short %q; want what Rutte said", a.Answered, a.Short)
	}
}

// TestSoftNoOpposites: GloVe puts a word's opposite among its nearest
// ("reopened" for "closed", 0.7 and more); neither soft matching nor
// align counts it (lexicon.Opposite), while a word for the same thing
// ("shut") still counts.
func TestSoftNoOpposites(t *testing.T) {
	e := engineOfText(t, "---\nid: r\nheadline: Village road\n---\n"+
		"The road into the village reopened on Saturday.\nPolice shut the bridge on Tuesday.\n")
	q := e.analyse("why was the road closed")
	i := slices.IndexFunc(q.terms, func(qt qterm) bool { return qt.word == "closed" })
	if i < 0 {
		t.Fatal("no term closed")
	}
	reopen := e.analyze("reopened")[0].Term
	if slices.ContainsFunc(q.terms[i].soft, func(a termAlt) bool { return a.term == reopen }) {
		t.Errorf("closed: soft matches %v; want no %s", q.terms[i].soft, reopen)
	}
	if !slices.ContainsFunc(q.terms[i].soft, func(a termAlt) bool { return a.term == e.analyze("shut")[0].Term }) {
		t.Errorf("closed: soft matches %v; want shut", q.terms[i].soft)
	}
	c := candOf(e, "The road into the village reopened on Saturday.")
	e.cover(&q, c)
	if a := e.align(&q, c); a > c.cov+0.01 {
		t.Errorf("align %.2f over coverage %.2f: the opposite counted", a, c.cov)
	}
}

// TestClosedCompounds: two words of a question that the articles write
// closed up are read as their one word ("data base" as "database"), where
// the articles use one of the two not at all; not where they use both
// ("the base of the data"), nor for function words ("any one").
func TestClosedCompounds(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Airline outage
---
The airline said a flaw in its database grounded every flight, and that anyone booked would be refunded.
`)
	for q, want := range map[string]string{
		"was the data base to blame":  "was the database to blame",
		"was any one refunded":        "was any one refunded",
		"did the flaw ground flights": "did the flaw ground flights",
	} {
		if got := e.prepare(q); got != want {
			t.Errorf("prepare(%q) = %q; want %q", q, got, want)
		}
	}
	both := engineOfText(t, `---
id: t
headline: Survey
---
The data came from the base of the tower, not from the database.
`)
	if got := both.prepare("was the data base wrong"); got != "was the data base wrong" {
		t.Errorf("prepare with both words used = %q; want it as typed", got)
	}
}

// TestReadingCurlyApostropheName: a name typed in lower case with a curly
// apostrophe ("o’neill", as phones type it) is read as one typed with a
// straight one: in the articles' case, and no correction of the question.
func TestReadingCurlyApostropheName(t *testing.T) {
	e := howEngine(t, "The harbour master, Siobhan O'Neill, said the ferries would sail again on Friday. Paul D’Souza agreed.\n\n"+
		"The storm closed the port for two days.")
	for _, tc := range []struct{ typed, want string }{
		{"what did o'neill say", "O'Neill"},
		{"what did o’neill say", "O'Neill"},
		{"when did d'souza agree", "D’Souza"},
		{"when did d’souza agree", "D’Souza"},
	} {
		got, corrected, _ := e.reading(tc.typed)
		if !strings.Contains(plainApostrophes(got), plainApostrophes(tc.want)) || corrected {
			t.Errorf("reading(%q) = %q, corrected %v; want %q in it, uncorrected", tc.typed, got, corrected, tc.want)
		}
		if q := e.analyse(tc.typed); len(q.terms) == 0 || !q.terms[0].entity || !isCapital(q.terms[0].word) {
			t.Errorf("analyse(%q): terms %+v; want the name first, capitalised", tc.typed, q.terms)
		}
	}
}
