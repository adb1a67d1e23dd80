package qa

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
)

// The kinds of question of issue 10, on both corpora: the summit (the
// embedded articles) and the quake (testdata/quake). Each test checks
// outcomes: the sentences of an overview, a verdict, the items of a list,
// an article's facts, a reason, a definition.

type corpusCase struct {
	name   string
	engine func(testing.TB) *Engine
	facts  string // the key of testdata/overview_facts.json
	kinds  string // testdata/kinds_*.jsonl
}

var corpora = []corpusCase{
	{"summit", testEngine, "summit", "testdata/kinds_summit.jsonl"},
	{"quake", quakeEngine, "quake", "testdata/kinds_quake.jsonl"},
}

// overviewFacts reads the main facts an overview of each corpus must hold
// (written before the summariser was built).
func overviewFacts(t *testing.T) map[string]map[string][]any {
	t.Helper()
	b, err := os.ReadFile("testdata/overview_facts.json")
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string][]any{}
	for k, v := range raw {
		if strings.HasPrefix(k, "_") {
			continue
		}
		var facts map[string][]any
		if err := json.Unmarshal(v, &facts); err != nil {
			t.Fatal(err)
		}
		out[k] = facts
	}
	return out
}

// nearDuplicates reports whether two sentences say the same thing, by a
// measure of their own (not the summariser's): most of the shorter one's
// words of four letters or more stand in the other.
func nearDuplicates(a, b string) bool {
	words := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(normText(s))) {
			w = strings.Trim(w, `.,;:"'()-`)
			if len(w) >= 4 {
				m[w] = true
			}
		}
		return m
	}
	wa, wb := words(a), words(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	shared := 0
	for w := range wa {
		if wb[w] {
			shared++
		}
	}
	return len(wa) > 0 && float64(shared)/float64(len(wa)) > 0.6
}

// checkOverview holds an overview to the promises: 3 to 5 sentences, each
// verbatim in its article and that article cited, no two near-duplicates,
// Order a permutation of the sentences.
func checkOverview(t *testing.T, name string, a Answer) {
	t.Helper()
	if !a.Answered || a.Kind != KindOverview {
		t.Fatalf("%s: answered %v kind %q; want an overview", name, a.Answered, a.Kind)
	}
	if n := len(a.Passages); n < summaryMin || n > summaryMax {
		t.Errorf("%s: %d sentences; want %d to %d", name, n, summaryMin, summaryMax)
	}
	total := 0
	for i, h := range a.Passages {
		total += len(h.Text)
		if !strings.Contains(h.Article.Text, h.Text) || len(h.Passages) != 1 || h.Passages[0].Text != h.Text {
			t.Errorf("%s: sentence %q is not one verbatim sentence of %s", name, h.Text, h.Article.ID)
		}
		if !slices.Contains(a.Sources, h.Article.ID) {
			t.Errorf("%s: sentence from %s, which Sources %v does not cite", name, h.Article.ID, a.Sources)
		}
		for _, o := range a.Passages[:i] {
			if nearDuplicates(h.Text, o.Text) {
				t.Errorf("%s: near-duplicates:\n  %s\n  %s", name, o.Text, h.Text)
			}
		}
	}
	if total > summaryBytes+maxPassageBytes {
		t.Errorf("%s: %d bytes of sentences; want at most about %d", name, total, summaryBytes)
	}
	seen := map[int]bool{}
	for _, i := range a.Order {
		if i < 0 || i >= len(a.Passages) || seen[i] {
			t.Fatalf("%s: Order %v is no permutation of %d sentences", name, a.Order, len(a.Passages))
		}
		seen[i] = true
	}
	if len(seen) != len(a.Passages) {
		t.Errorf("%s: Order %v leaves sentences out", name, a.Order)
	}
}

// TestOverview: an overview of each corpus, asked for with Summary or by
// a gist question, holds the event's main facts in 3 to 5 cited verbatim
// sentences, none repeating another; a topic's overview is about the topic;
// a topic no article speaks of is declined.
func TestOverview(t *testing.T) {
	facts := overviewFacts(t)
	topics := map[string][]string{ // a topic, and words one of which each of its sentences must hold
		"summit": {"greenland", "greenland"},
		"quake":  {"the donors conference", "donor", "conference"},
	}
	for _, cc := range corpora {
		e := cc.engine(t)
		sum, err := e.Summary(context.Background(), "")
		if err != nil {
			t.Fatal(err)
		}
		gist, err := e.Ask(context.Background(), "tldr?")
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range []Answer{sum, gist} {
			name := cc.name + ": " + a.Question
			checkOverview(t, name, a)
			for fact, alts := range facts[cc.facts] {
				held := false
				for _, h := range a.Passages {
					held = held || has(h.Text, alts)
				}
				if !held {
					t.Errorf("%s: no sentence holds the %s (%v)", name, fact, alts)
				}
			}
		}
		tp := topics[cc.name]
		a, err := e.Summary(context.Background(), tp[0])
		if err != nil {
			t.Fatal(err)
		}
		if !a.Answered || len(a.Passages) == 0 {
			t.Fatalf("%s: Summary(%q) not answered", cc.name, tp[0])
		}
		for _, h := range a.Passages {
			on := false
			for _, w := range tp[1:] {
				on = on || strings.Contains(strings.ToLower(h.Text), w)
			}
			if !on {
				t.Errorf("%s: Summary(%q) holds %q, off the topic", cc.name, tp[0], h.Text)
			}
		}
		if a, _ := e.Summary(context.Background(), "budget gaming laptops"); a.Answered {
			t.Errorf("%s: Summary(budget gaming laptops) answered; want declined", cc.name)
		}
	}
	// the story a topic is the subject of opens its overview with its
	// lede, though the lede says the topic in other words ("Donors pledge
	// $1.3 billion …": "Governments and development banks pledged …")
	q := corpora[1].engine(t)
	if a, err := q.Summary(context.Background(), "donors conference"); err != nil || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "pledged about $1.3 billion") {
		t.Errorf("Summary(donors conference) = %v, %v; want the donors story's lede first", a.Passages, err)
	}
	// words that ask for the state of things frame the request, and are
	// no part of its topic: "where things stand with the toll" is the toll
	a, err := corpora[1].engine(t).Ask(context.Background(), "quick sumary of where things stand with the toll n damage")
	if err != nil || !a.Answered || a.Kind != KindOverview || !strings.Contains(a.Passages[0].Text, "toll") {
		t.Errorf("quick sumary of where things stand with the toll n damage: %s %v, %v; want an overview of the toll", a.Kind, a.Answered, err)
	}
}

// TestVerdicts: on the yes/no questions of the chat sets, a verdict is never
// wrong; and sentences that settle a question get one.
func TestVerdicts(t *testing.T) {
	type ynCase struct {
		questionCase
		Kind    string `json:"kind"`
		Verdict string `json:"verdict"`
	}
	for _, cc := range corpora {
		e := cc.engine(t)
		given, right, n := 0, 0, 0
		for _, c := range readJSONL[ynCase](t, cc.kinds) {
			if c.Kind != "yesno" || c.Verdict == "" {
				continue
			}
			n++
			a, err := e.Ask(context.Background(), c.Q)
			if err != nil {
				t.Fatal(err)
			}
			if a.Verdict == "" {
				continue
			}
			given++
			if strings.EqualFold(a.Verdict, c.Verdict) {
				right++
			} else {
				t.Errorf("%s: Ask(%q) = %s; the articles say %s", cc.name, c.Q, a.Verdict, c.Verdict)
			}
		}
		t.Logf("%s: verdicts given on %d of %d yes/no questions, %d right", cc.name, given, n, right)
	}
	e := testEngine(t)
	for _, tc := range []struct{ q, want string }{
		{"Did Russia annex Crimea?", verdictYes},
		{"did croatia not deploy troops", verdictYes},                         // the question's "not" is matched by the passage's "would not"
		{"are croatia and the czech republic not sending troops", verdictYes}, // (not a denial of what is asked)
		{"did zelenskiy say tuesday's progress was enough to have peace", verdictNo},
		{"is the US going to lead the truce monitoring mechanism", verdictYes},
		{"Is Russia occupying Ukrainian territory?", verdictYes}, // "Moscow occupies …"; "has not signalled" bears on another verb
		{"Is Russia occupying Ukrainian land?", ""},              // "territory" is near "land" in GloVe, as "leader" is near "summit": nearness states nothing
		{"was putin at the summit", ""},                          // "Putin's intentions remain unclear" says nothing of the summit
		{"was putin there", ""},                                  // nor of his being there: a name alone is not what is asked
		{"was rubio there", ""},                                  // "was initially expected to be represented by … Rubio"
		{"will France send several thousand troops?", ""},        // "could": not settled
		{"did putin show up at the paris summit", ""},            // "absent": a denial by meaning, not stated
		{"will the coalition deploy a no fly zone", ""},          // not in the articles
		{"has Russia commented on the Paris meeting", verdictNo},
		{"will the united states send troops to ukraine", ""},         // "the United States would …" reports nothing; "While …, the US …" is two clauses
		{"did russia respond", ""},                                    // "How will the Kremlin respond …?": a sentence that asks settles nothing
		{"is this gonna end the war", ""},                             // "efforts to end the war have intensified": meant, not done
		{"was it a success", ""},                                      // one word of substance: "it" cannot be checked
		{"was trump at the summit", ""},                               // "Witkoff, who has led talks with Russia, said that Trump …": the talks are Witkoff's aside
		{"did france commit to sending troops", verdictYes},           // "committed to sending troops": "to" a preposition, the deed stated
		{"did the us commit troops", ""},                              // "a promise that Washington would commit …": a promise (a noun), not a report
		{"is the uk sending troops or not", verdictYes},               // "or not" asks whether: no denial of the question's own
		{"did croatia send troops or not", verdictNo},                 // nor a word the passage's "would not" answers to
		{"did russia say anything", ""},                               // "… from Russia, Macron said": said of Russia, not by it
		{"did russia comment", verdictNo},                             // "Russia has yet to comment": Russia the subject of the saying
		{"r the guarantees legally binding", ""},                      // "emphasised the need for … legally binding security guarantees": wanted, not had
		{"has moscow said anything abt the paris meeting", verdictNo}, // "has yet to comment": a denial of any saying, in its own verb
	} {
		a, err := e.Ask(context.Background(), tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Verdict; got != tc.want {
			t.Errorf("Ask(%q) verdict %q; want %q (passage %q)", tc.q, got, tc.want, a.Passages[0].Text)
		}
		checkAnswer(t, tc.q, a)
	}
	// "the regional government has opened two school gyms": the gyms, not the schools
	if a, err := quakeEngine(t).Ask(context.Background(), "are schools open"); err != nil || a.Verdict != "" {
		t.Errorf("Ask(are schools open) verdict %q, %v; want none", a.Verdict, err)
	}
	// "while there is still a chance of finding them alive": hoped for, not found
	if a, err := quakeEngine(t).Ask(context.Background(), "did they find anyone alive"); err != nil || a.Verdict != "" {
		t.Errorf("Ask(did they find anyone alive) verdict %q, %v; want none", a.Verdict, err)
	}
}

// TestLists: a list question gets every item, each standing in the passage
// its item cites; a list that one sentence gives is that sentence's list.
func TestLists(t *testing.T) {
	for _, tc := range []struct {
		corpus int
		q      string
		want   []string
		not    []string
	}{
		{0, "which countries said they would not deploy troops", []string{"Croatia", "Czech Republic"}, []string{"Belgium"}},
		{0, "which countries are supporting with navy or air force", []string{"Belgium"}, []string{"Croatia", "Czech"}}, // not those of the clause that denies
		{0, "which countries will deploy troops", []string{"Britain", "France"}, []string{"Macron", "Starmer"}},         // countries, not the leaders who signed for them
		{0, "which russian places did the drones hit", []string{"Kostroma", "Lipetsk"}, nil},
		{0, "what kinds of support did zelenskyy say could come without boots on the ground", []string{"intelligence", "advanced weapons", "training"}, nil},
		{1, "who offered to send rescue teams right after the quake", []string{"Argentina", "Peru", "Bolivia"}, nil},
	} {
		e := corpora[tc.corpus].engine(t)
		a, err := e.Ask(context.Background(), tc.q)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(a.Short, w) {
				t.Errorf("Ask(%q) = %q; want %q among its items", tc.q, a.Short, w)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(a.Short, w) {
				t.Errorf("Ask(%q) = %q; want no %q among its items", tc.q, a.Short, w)
			}
		}
		checkAnswer(t, tc.q, a)
	}
}

// TestListOfWhatWasFound: a list's items are what was found, not the
// clause a short answer is shown in: "Kostroma and Lipetsk", never "A
// security source said drones hit an arms depot in Kostroma and Lipetsk".
func TestListOfWhatWasFound(t *testing.T) {
	e := testEngine(t)
	for _, q := range []string{"what places did the drones hit", "which places got hit by the drones"} {
		a, err := e.Ask(context.Background(), q)
		if err != nil || !strings.Contains(a.Short, "Kostroma") || !strings.Contains(a.Short, "Lipetsk") || strings.Contains(a.Short, "depot") {
			t.Errorf("Ask(%s) short %q, %v; want Kostroma and Lipetsk, the places alone", q, a.Short, err)
		}
	}
}

// TestListGathered: with "all", names other passages give join the list,
// each cited, the same name in two spellings once.
func TestListGathered(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\n---\nLeaders met in Rome on Monday. Poland and Spain pledged troops for the mission.\n",
		"---\nid: b\n---\nOfficials gathered on Monday. Norway also pledged troops for the mission, as did the Kingdom of Spain.\n",
	)
	a, err := e.Ask(context.Background(), "who pledged troops for the mission, all of them")
	if err != nil {
		t.Fatal(err)
	}
	var items []string
	for _, it := range a.Items {
		items = append(items, it.Text)
	}
	for _, w := range []string{"Poland", "Spain", "Norway"} {
		if !strings.Contains(strings.Join(items, "|"), w) {
			t.Errorf("items %q; want %s among them", items, w)
		}
	}
	checkAnswer(t, "which countries pledged troops", a)
	// bullets under a heading that names what is asked ("What was
	// pledged") are the list, each item cited
	a, err = quakeEngine(t).Ask(context.Background(), "list the pledges")
	if err != nil || len(a.Items) < 5 || !strings.HasPrefix(a.Items[0].Text, "World Bank") {
		t.Errorf("list the pledges: %d items %v, %v; want the six under \"What was pledged\"", len(a.Items), a.Items, err)
	}
	// a headline adds no item: in its title case every word looks like a
	// name ("Paris Summit Tests Unity …": "Tests Unity")
	a, err = testEngine(t).Ask(context.Background(), "who were all the ppl from the us at the summit")
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range a.Items {
		if strings.Contains(it.Text, "Unity") || strings.Contains(it.Text, "Tests") {
			t.Errorf("item %q from a headline", it.Text)
		}
	}
	if strings.Contains(a.Short, "Tests Unity") {
		t.Errorf("short %q: a headline's words as a name", a.Short)
	}
}

// TestArticleFacts: questions about an article get what it states about
// itself, and an article that does not state the fact asked is not
// answered.
func TestArticleFacts(t *testing.T) {
	for _, tc := range []struct {
		corpus   int
		q, short string
		doc      string
	}{
		{0, "who wrote the newslooks article", "J. Mansour", "summit-tests-unity"},
		{0, "when was the talks on ukraine continue article published", "7 January 2026 (2026-01-07)", "talks-continue"},
		{0, "who took the photo of witkoff and kushner arriving", "AP Photo/Thomas Padilla", "summit-tests-unity"},
		{0, "which of the articles has putin in its headline", "Joins UK and France in Major Ukraine Security Pledge, But Putin Absent", "us-uk-france-pledge"}, // a headline too long for a short answer: its dozen words that hold the question's
		{0, "whats the headline of the us joins uk and france article", "US Joins UK and France in Major Ukraine Security Pledge", "us-uk-france-pledge"},       // asked for itself: whole in the passage, what it says first as the short answer
		{0, "whats the link to the newslooks story", "", ""},                                                                                                    // it states none
		{1, "Who wrote the Andes Wire report?", "Lucía Ferrer", "quake-jolts-northern-chile"},
		{1, "who wrote the atacama courrier piece", "Valentina Rojas", "calama-stadium-shelter"},
		{1, "Which outlet reported from the donors' conference in Santiago?", "Relief Monitor", "donors-pledge-chile-quake"},
		{1, "whats the dateline of the andes wire story", "CALAMA, Chile (Andes Wire)", "quake-jolts-northern-chile"}, // the dateline as it stands; "where … datelined" asks its place
		{0, "where is the talks continue story datelined", "PARIS", "talks-continue"},
		{1, "who reported the donors story", "Hannah Okafor", "donors-pledge-chile-quake"},                    // "who reported" asks for the author
		{1, "who covered the stadium story", "Valentina Rojas", "calama-stadium-shelter"},                     // the cue's words name no story ("donors had covered …")
		{1, "when did the cordillera post piece go up", "12 March 2026 (2026-03-12)", "chile-quake-toll-351"}, // went up: was published
		{0, "whats the date on the talks continue story", "7 January 2026 (2026-01-07)", "talks-continue"},
		{0, "whos the newslooks story by", "J. Mansour", "summit-tests-unity"},
		{1, "who wrote the first one", "Lucía Ferrer", "quake-jolts-northern-chile"},
		{1, "who wrote the one about the donors", "Hannah Okafor", "donors-pledge-chile-quake"},         // "the one about X" is an article told by its subject
		{1, "who wrote about the rescue", "Diego Salinas", "rescuers-race-clock-calama"},                // "who wrote about X": the author of the article about it
		{0, "how many subheads does the framework article have", "3 sections", "allies-near-framework"}, // the sections counted
		{1, "who wrote about the drone strikes", "", ""},                                                // no article speaks of drones
		{0, "who wrote the one about the us joining uk and france", "", ""},                             // it names no author (not "Ukraine") // the oldest by the dates they state
		{1, "whats the headline of the newest one", "", ""},                                             // the newest has none
		{0, "who wrote the newest article", "", ""},                                                     // one of the five states a date: which is newest, they do not say // "by" at the end asks its author
		{1, "where was the donors article published", "Relief Monitor", "donors-pledge-chile-quake"},
		{1, "who published the toll article", "Cordillera Post", "chile-quake-toll-351"},             // who published it: the outlet
		{1, "which paper reported the death toll of 351", "Cordillera Post", "chile-quake-toll-351"}, // "which paper" and a verb of reporting: the outlet of the article that did
		{1, "which news site wrote about the donors conference", "Relief Monitor", "donors-pledge-chile-quake"},
		{1, "what day did the cordillera post story run", "12 March 2026 (2026-03-12)", "chile-quake-toll-351"},                                        // a story runs the day it is published                                       // where, not when: the outlet                                              // an article's date is when it was published
		{0, "which of the summit articles has a publish date on it", "Talks on Ukraine continue after Paris 'progress': 2026-01-07", "talks-continue"}, // the ones that state it, named; one, with the date as it states it
		{1, "link to the relief monitor article", "https://reliefmonitor.example.org/news/2026/03/12/donors-pledge-chile-quake", "donors-pledge-chile-quake"},
		{1, "who took the photos in the pacific ledger piece", "Pacific Ledger/Camila Ortúzar", "rescuers-race-clock-calama"},
		{1, "whats the url for the stadium story", "https://atacamacourier.example.cl/calama/2026/03/13/stadium-shelter", "calama-stadium-shelter"},                 // "URL", in capitals to English, asks for a field: no outlet's name
		{1, "which paper published the donors article", "Relief Monitor", "donors-pledge-chile-quake"},                                                              // a paper is an outlet; "published" asks who, not when
		{1, "list all the outlets", "The Atacama Courier, Cordillera Post, Relief Monitor, Andes Wire and The Pacific Ledger", "calama-stadium-shelter"},            // a list of facts is given whole, however long
		{1, "which outlets covered the quake", "The Atacama Courier, Cordillera Post, Relief Monitor, Andes Wire and The Pacific Ledger", "calama-stadium-shelter"}, // "covered" names no story ("donors had covered …"): every outlet
		{1, "whats the subhead beneath the cordillera post title", "President tours Calama and unveils an emergency fund", "chile-quake-toll-351"},                  // a long standfirst: what it says before its semicolon
		// "this", "it" alone, asked on their own, are the articles the bot answers from (not "Telegram" of "Writing on Telegram")
		{0, "who wrote this", "J. Mansour", "summit-tests-unity"},
		{1, "who published it", "The Atacama Courier, Cordillera Post, Relief Monitor, Andes Wire and The Pacific Ledger", "calama-stadium-shelter"}, // under the headline: the standfirst, too long for a short answer, not a section's subhead
	} {
		e := corpora[tc.corpus].engine(t)
		a, err := e.Ask(context.Background(), tc.q)
		if err != nil {
			t.Fatal(err)
		}
		doc := ""
		if a.Answered && len(a.Passages) > 0 {
			doc = a.Passages[0].Article.ID
		}
		if a.Short != tc.short || doc != tc.doc || a.Answered != (tc.doc != "") {
			t.Errorf("Ask(%q) = %v %q from %q; want %q from %q", tc.q, a.Answered, a.Short, doc, tc.short, tc.doc)
		}
		checkAnswer(t, tc.q, a)
	}
	// an outlet or date the article's own dateline states is cited from
	// it, the words marked, rather than from the line of its facts
	e := quakeEngine(t)
	for _, tc := range []struct{ q, marked string }{
		{"which outlet ran the donors pledge story", "Relief Monitor"},
		{"when did the relief monitor story come out", "March 12"},
	} {
		a, err := e.Ask(context.Background(), tc.q)
		if err != nil || !a.Answered || len(a.Passages) == 0 || len(a.Passages[0].Passages) != 1 {
			t.Fatalf("Ask(%q) = %+v, %v; want an answer quoting one sentence", tc.q, a, err)
		}
		h := a.Passages[0]
		if len(h.Marks) != 1 || h.Text[h.Marks[0][0]:h.Marks[0][1]] != tc.marked {
			t.Errorf("Ask(%q) quotes %.60q marked %v; want %q marked", tc.q, h.Text, h.Marks, tc.marked)
		}
	}
}

// TestReasons: a why or how question's short answer is the reason or means
// the passage gives.
func TestReasons(t *testing.T) {
	shortsHold(t, []shortCase{
		{0, "why was starmer cautious even though he said excellent progress", "Russian attacks on Ukraine continue"},
		{0, "how would the allies beef up ukraine's war-battered army", "by replenishing its weapons stocks"},
		{1, "Why did the shaking spread over such a wide area?", "Nazca plate"},
		{1, "Why is the opposition calling for an inquiry?", "inspections had failed"},
		{1, "why did copper mines suspend work", "so that engineers could inspect open pits"},
		{1, "why does arancibia want help with temporary housing so soon", "Nights in the desert are brutal in winter"}, // no cue: the quotation that goes on says why
	})
}

// TestReasonCues: "to" opens a purpose only before a verb: never before
// a name ("sent to Calama") or a number. A causative verb's subject is the
// cause of what follows it, but not in the passive ("sparked by"), and
// not a word that only points back ("The latter"). "for" gives a reason
// only when "reason" or "reasons" ends its phrase.
func TestReasonCues(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The town had received a fraction of the help sent to Calama.", ""},
		{"Prices rose to 3% on Tuesday.", ""},
		{"Leaders gathered to firm up post-war guarantees.", "to firm up post-war guarantees"},
		{"A magnitude 5.9 aftershock on Wednesday forced rescuers to pull back.", "A magnitude 5.9 aftershock on Wednesday"},
		{"The operation in Venezuela — which led to the capture of Maduro — raised concerns.", "The operation in Venezuela"},
		{"The war sparked by the invasion has lasted four years.", ""},
		{"The latter sparked a rebuke from Denmark.", ""},
		{"The strong aftershock has forced rescuers to pull back.", "The strong aftershock"},                        // the active perfect is no passive
		{"The closure of the port underscores that the hardest months still lie ahead.", "The closure of the port"}, // a verb of evidence: its subject is the ground
		{"The city built new dams, so the valley could farm again.", "so the valley could farm again"},              // "so that" with "that" left out: a purpose
		{"So far the city has built two dams.", ""},                                                                 // no subject and modal: no purpose
		{"Prices rose so fast nobody could pay.", ""},                                                               // a degree, not a purpose
		{"The bridge collapsed, so the residents will need new homes.", ""},                                         // a result, not a purpose
		{"He said so. It could rain.", ""},                                                                          // the sentence ends
		{"Police closed the road on Tuesday for safety reasons.", "for safety reasons"},                             // "for" when "reasons" ends its phrase
		{"Police closed the road for the whole of Tuesday.", ""},                                                    // "for" alone gives no reason
		{"Residents asked for the reasons behind the closure to be published.", ""},                                 // "reasons" that does not end the phrase
		{"The talks were moved in an effort to calm markets.", "in an effort to calm markets"},                      // a connective of purpose
		{"Traders asked for night-time work where possible, to protect daytime trade.", "to protect daytime trade"}, // a purpose set off by a comma
		{"The force would reassure Ukraine, to be led by European nations.", ""},                                    // a passive infinitive: no purpose
		{"Northjet flew its full schedule for the first time since Wednesday.", ""},                                 // "since" a day: a time
		{"Achebe spoke on Thursday, three days after the council approved the scheme.", ""},                         // "after" a span of time dates, no cause
		{"The road was shut after the river burst its banks.", "after the river burst its banks"},                   // "after" an event may be the cause
		{"Construction is due to begin in spring 2027.", ""},                                                        // "be due to" a verb: a schedule
		{"The first prefabricated homes are due to arrive.", ""},                                                    // the verb at the sentence's end
		{"Forecasters said snowmelt in the hills had left the river running high.", "snowmelt in the hills"},        // "left" and a participle: causative
		{"The crew said the damaged ship left port on Tuesday.", ""},                                                // "left" alone: no cause
		{"Flights were cancelled due to the storm.", "due to the storm"},                                            // "due to" a noun: a cause
	} {
		got := ""
		if r, ok := reasonIn(tc.text, KindWhy, len(tc.text)); ok {
			got = tc.text[r.start:r.end]
		}
		if got != tc.want {
			t.Errorf("reasonIn(%q) = %q; want %q", tc.text, got, tc.want)
		}
	}
	// "when" after the question's words gives the circumstance that
	// caused it, as "after" does
	text0 := "She cancelled her flood insurance in 2023, when the premium rose to $1,900 a year."
	at := strings.Index(text0, "insurance") + len("insurance")
	if r, ok := reasonIn(text0, KindWhy, at); !ok || text0[r.start:r.end] != "when the premium rose to $1,900 a year" {
		t.Errorf("reasonIn(%q) = %q, %v; want the \"when\" clause", text0, text0[r.start:r.end], ok)
	}
	// "in response to questions" is news's way of saying who asked, a
	// weak cue at most
	if r, ok := reasonIn("In response to questions from reporters, the council said the bridge would stay shut.", KindWhy, 0); ok && r.strong {
		t.Errorf("reasonIn: \"in response to\" a strong reason cue")
	}
	// a causative verb's subject is the reason only for what the verb
	// caused: a question whose words stand elsewhere gets none from it
	text1 := "The operation in Venezuela — which led to the capture of Maduro — and the Greenland plan raised concerns."
	green := strings.Index(text1, "Greenland")
	if r, ok := reasonIn(text1, KindWhy, green+len("Greenland"), span{green, green + len("Greenland")}); ok {
		t.Errorf("reasonIn(%q) = %q; want none for Greenland", text1, text1[r.start:r.end])
	}
	capture := strings.Index(text1, "capture")
	if r, ok := reasonIn(text1, KindWhy, capture+len("capture"), span{capture, capture + len("capture")}); !ok || text1[r.start:r.end] != "The operation in Venezuela" {
		t.Errorf("reasonIn(%q) for the capture = %v; want the operation", text1, ok)
	}
	// a purpose set off by a comma is a strong cue, as "in order to" is:
	// it outranks a weak one ("after …") in the same passage
	text2 := "After the vote, the council asked for night-time work, to protect daytime trade."
	if r, ok := reasonIn(text2, KindWhy, 0); !ok || !r.strong || text2[r.start:r.end] != "to protect daytime trade" {
		t.Errorf("reasonIn(%q) = %v; want the strong purpose", text2, r)
	}
	// a phrasal verb's purpose is one for sure, as a comma's is: "set
	// aside to maintain focus"; not "turned out to be"
	text3 := "Notably, the issue of Greenland was set aside to maintain focus on the Ukrainian crisis."
	if r, ok := reasonIn(text3, KindWhy, 0); !ok || !r.strong || text3[r.start:r.end] != "to maintain focus on the Ukrainian crisis" {
		t.Errorf("reasonIn(%q) = %v, %v; want the strong purpose", text3, r, ok)
	}
	if r, ok := reasonIn("The damage turned out to be worse.", KindWhy, 0); ok && r.strong {
		t.Errorf("reasonIn: \"turned out to be\" a strong purpose")
	}
	// a means cue that opens a list: the list whole
	text := "He said support could come through intelligence, advanced weapons, and training, even without troops."
	if r, ok := reasonIn(text, KindHow, 0); !ok || text[r.start:r.end] != "through intelligence, advanced weapons, and training" {
		t.Errorf("reasonIn(%q, how) = %q, %v; want the list whole", text, text[r.start:r.end], ok)
	}
	// "by" before a bare singular noun is a means ("by boat"); not before
	// a time, a figure, or a plural agent
	for _, tc := range []struct{ text, want string }{
		{"The minister visited the site by boat on Saturday.", "by boat on Saturday"},
		{"Neighbours worked by torchlight and with bare hands.", "by torchlight and with bare hands"},
		{"The talks must end by midnight.", ""},
		{"The grant was cut by £190 million.", ""},
		{"Ukraine would be protected by foreign troops.", ""},
	} {
		got := ""
		if r, ok := reasonIn(tc.text, KindHow, 0); ok {
			got = tc.text[r.start:r.end]
		}
		if got != tc.want {
			t.Errorf("reasonIn(%q, how) = %q; want %q", tc.text, got, tc.want)
		}
	}
	// "through" a time is no means: "through the night" says how long
	for _, text := range []string{
		"Neighbours had kept vigil through the cold desert night.",
		"Crews worked through the morning despite the aftershocks.",
	} {
		if r, ok := reasonIn(text, KindHow, 0); ok {
			t.Errorf("reasonIn(%q, how) = %q; want no means in a time", text, text[r.start:r.end])
		}
	}
}

// TestDefinitions: "what is X" answers with what X is, never with where; a
// description before X's name is given with its article and the name.
func TestDefinitions(t *testing.T) {
	// a phrase of X's own words and a particle is no definition ("Élysée
	// Palace ahead" of "… at the Élysée Palace ahead of the summit")
	de := engineOfText(t, "---\nid: t\nheadline: Talks Held\n---\nThe two envoys held talks with the minister at the Riverside Hall ahead of the vote.\n")
	if a, err := de.Ask(t.Context(), "what is the riverside hall"); err != nil || a.Short == "Riverside Hall ahead" {
		t.Errorf("what is the riverside hall: short %q, %v; want no definition made of its own name", a.Short, err)
	}
	shortsHold(t, []shortCase{
		{0, "what is greenland", "an autonomous part of NATO ally Denmark"},
		{0, "what does backstop even mean here", "a guarantee to respond"},
		{1, "what is senapred", "the national disaster agency Senapred"}, // a description before the name, with its article and the name
		{1, "what is refugio andino", "the Chilean housing charity Refugio Andino"},
		{1, "whats ocha", "Coordination of Humanitarian Affairs"},
		{1, "what does ocha stand for", "Coordination of Humanitarian Affairs"}, // the name an abbreviation is short for
	})
	e := testEngine(t)
	// "what does X stand for" is answered only by X spelled out: no article
	// spells out NATO, none names the USGS
	for _, q := range []string{"what does nato stand for", "what does the usgs stand for"} {
		if a, err := e.Ask(context.Background(), q); err != nil || a.Answered {
			t.Errorf("Ask(%s) = %q, %v; want it declined", q, a.Short, err)
		}
	}
	// "what is X" is not answered by where X is: a place, or "in"/"at"
	// and a place, is no answer
	a, _ := e.Ask(context.Background(), "whats the coordination cell")
	where := a.Short
	if w, rest := nextWord(where); w == "in" || w == "at" || w == "near" {
		where = strings.TrimSpace(rest)
	}
	if e.places[foldName(where)] {
		t.Errorf("Ask(whats the coordination cell) short %q: where it is, not what", a.Short)
	}
}

// TestDefineThing: chat's empty head noun "thing" closes X of a definition,
// what follows it being the asker's clause; after a name it is the affair
// of the name, and no definition is asked.
func TestDefineThing(t *testing.T) {
	e := testEngine(t)
	for typed, want := range map[string]string{
		"whats the backstop thing they keep mentioning": "backstop",
		"whats this greenland thing about":              "",
	} {
		if got := definedTerm(new(e.analyse(typed))); got != want {
			t.Errorf("definedTerm(%q) = %q; want %q", typed, got, want)
		}
	}
	shortsHold(t, []shortCase{{0, "whats the backstop thing they keep mentioning", "a guarantee to respond"}})
}

// TestDefineComma: X of a definition question ends at a comma; what
// follows is another clause of the asker's.
func TestDefineComma(t *testing.T) {
	e := testEngine(t)
	if got := definedTerm(new(e.analyse("wait whats the caswell bridge, which one is that"))); got != "caswell bridge" {
		t.Errorf("definedTerm(whats the caswell bridge, which one is that) = %q; want the bridge", got)
	}
	shortsHold(t, []shortCase{{0, "remind me whats greenland again, why is it in this", "an autonomous part of NATO ally Denmark"}})
	// "what is (so) special about X" asks what X is
	shortsHold(t, []shortCase{{0, "whats so special abt greenland", "an autonomous part of NATO ally Denmark"}})
}

// TestDefineSpelledDescribed: an abbreviation's name spelled out after a
// description ("the haulage operator, Brackley Freight Lines (BFL)") says
// more than the name alone and comes first; a phrase fronted before the
// sentence's subject ("Under the agreement, …") is no description; a
// name spelled out runs over its "and" but opens on none of its joiners.
func TestDefineSpelledDescribed(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Haulage Deal
---
Under the agreement, Brackley Freight Lines (BFL) will pay drivers a bonus.

Talks with the haulage operator, Brackley Freight Lines (BFL), broke down on Friday.

On Monday, members of the Road and Rail Workers' Union (RRWU) voted to strike.
`)
	checkShorts(t, e, []askedShort{
		{"whats bfl", "the haulage operator, Brackley Freight Lines (BFL)"},
		{"what does rrwu stand for", "the Road and Rail Workers' Union"},
		{"who are the rrwu", "the Road and Rail Workers' Union (RRWU)"}, // with the abbreviation asked of
	})
}

// TestDefineFronted: a name in a phrase fronted before the sentence's
// subject ("In Fenby, the road …") is followed by the subject, no
// apposition; one closed by a comma ("In Fenby, a village of …, residents
// …") is.
func TestDefineFronted(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Flood
---
In Fenby, the road reopened.

In Fenby, a village of about 400 people on the river bank below the old weir, residents gathered on the bank to watch the water rise.
`)
	if a, err := e.Ask(t.Context(), "whats fenby"); err != nil || a.Short != "Fenby, a village of about 400 people on the river bank below" {
		t.Errorf("Ask(whats fenby) short %q, %v; want the village", a.Short, err)
	}
	if !fronted("The storm hit. In ") || fronted("the road in ") {
		t.Errorf("fronted: want only a preposition opening its sentence")
	}
}

// TestDefineBody: "who are X" of a body, no person the articles describe,
// is answered as "what is X" is: by an apposition before the name ("A
// residents' group, Save Fenby Green, said"), or after the whole name of
// which X is the first word ("Brindle Systems, an IT contractor"), before
// the relative clause of another passage.
func TestDefineBody(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Payroll Outage
---
Brindle, which employs about 900 people, runs payroll for three banks and two councils.

The payroll run was handled by Brindle Systems, an IT contractor based in Aldmouth.

A residents' group, Save Fenby Green, said it would appeal against the depot.
`)
	checkShorts(t, e, []askedShort{
		{"who are Brindle", "Brindle Systems, an IT contractor based in Aldmouth"},
		{"who are Save Fenby Green", "A residents' group, Save Fenby Green"},
	})
	if got := appositionBefore("according to the ship's owner, Piraeus-based "); got != len("according to ") {
		t.Errorf("appositionBefore(… the ship's owner, Piraeus-based) = %d; want where \"the ship's owner\" opens", got)
	}
}

// TestDefineBodyNamedInFull: a body the articles name in full, as they do
// people ("Corran Shipping said …"), is a body still when its name ends in
// an English word, no surname: "who are Corran Shipping" is a definition.
func TestDefineBodyNamedInFull(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Ferry Aground
---
Corran Shipping said in a statement that it would cooperate with the inquiry.

The port authority will seek compensation from Corran Shipping, the ferry's owner.

Shares in Corran Shipping, which are listed in Oslo, have fallen sharply since Monday.
`)
	if a, err := e.Ask(t.Context(), "who are corran shipping"); err != nil || a.Short != "Corran Shipping, the ferry's owner" {
		t.Errorf("Ask(who are corran shipping) short %q, %v; want the ferry's owner", a.Short, err)
	}
	if !bodyWord("Shipping") || bodyWord("Okoro") {
		t.Errorf("bodyWord: want Shipping a word, Okoro a surname")
	}
}

// TestDefineNamed: a description set off by a comma after a name is
// answered with the name and its article ("The Brack Canal, which links
// …"), as the articles write it; a common noun's is not ("a steel beam").
func TestDefineNamed(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Canal
---
The Brack Canal, which links the Orm estuary with the North Sea, reopened on Monday.

Engineers said the crosshead, a steel beam resting on two piers, had cracked.
`)
	checkShorts(t, e, []askedShort{
		{"what is the brack canal", "The Brack Canal, which links the Orm estuary with the North Sea"},
		{"what is a crosshead", "a steel beam resting on two piers"},
	})
}

// TestDefineNoClause: a name's subject or object of a clause is no
// description of it: words before it with no article ("bookings could not
// be changed until Deskline") are a clause, no noun phrase, and a name
// with no "a …" before it that a verb follows ("how Deskline stored crew
// hours") is the verb's subject, no kind of thing.
func TestDefineNoClause(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Outage
---
The airline said bookings could not be changed online until Deskline was restored.

The update was meant to change how Deskline stored crew duty hours.

Deskline is run for the airline by Brindle Systems.
`)
	if a, err := e.Ask(t.Context(), "whats deskline"); err != nil || a.Short != "Deskline is run for the airline by Brindle Systems" {
		t.Errorf("Ask(whats deskline) short %q, %v; want the passage that says what runs it", a.Short, err)
	}
}

// TestDefineDoes: "what does X do" asks what a body is for, which its
// relative clause says, without its name; "what is X" has the whole name
// with it, X typed as the name's last words; either ends at the comma
// before the main clause's verb, whatever list runs on.
func TestDefineDoes(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Strike
---
The Fenby Rail Workers' Union, which represents about 900 drivers, guards and station staff, said its members would strike.
`)
	checkShorts(t, e, []askedShort{
		{"what does the rail workers union actually do", "which represents about 900 drivers, guards and station staff"},
		{"what is the rail workers union", "The Fenby Rail Workers' Union, which represents about 900 drivers, guards and"},
	})
}

// TestWhoRelative: "who is X" of a titled name followed by a relative
// clause is answered with both ("Commander Ana Ruiz, who heads the …
// rescue team"), the title alone being a rank; "what is X's job" gets the
// same.
func TestWhoRelative(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Quake
---
Commander Ana Ruiz, who heads the national urban search and rescue team, said 63 people had been brought out alive.

Ruiz said searchers would keep going.
`)
	for _, q := range []string{"who is ruiz", "whats ana ruizs job"} {
		if a, err := e.Ask(t.Context(), q); err != nil || a.Short != "Commander Ana Ruiz, who heads the national urban search and rescue team" {
			t.Errorf("Ask(%s) short %q, %v; want the title, the name and the relative clause", q, a.Short, err)
		}
	}
	if rel := relativeAfter("Ana Ruiz, who spoke, left", span{0, 8}); rel.end > rel.start {
		t.Errorf("relativeAfter(…, who spoke,) = %v; want none: three words at least", rel)
	}
}

// TestWhoLongApposition: an apposition too long for a short answer loses
// its trailing prepositional phrases ("for the province in 2021"), not
// the "of" that completes its noun.
func TestWhoLongApposition(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Dam
---
Ruth Calder, a dam-safety engineer who led a review of the Tarn Dam for the province in 2021, said the authority had followed its operating rules.
`)
	if a, err := e.Ask(t.Context(), "who is ruth calder"); err != nil || a.Short != "a dam-safety engineer who led a review of the Tarn Dam" {
		t.Errorf("Ask(who is ruth calder) short %q, %v; want the apposition without its adjuncts", a.Short, err)
	}
}

// TestDefineBareName: a name of the articles' alone with a question mark
// ("harl analytics?") asks what it is; words the articles also write in
// lower case are no name ("valdane canal?").
func TestDefineBareName(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Canal
---
The queue of ships grew to 143 on Thursday, according to the shipping consultancy Harl Analytics.

Harl Analytics said the queue would take a week to clear.
`)
	if a, err := e.Ask(t.Context(), "harl analytics?"); err != nil || a.Kind != KindDefine || a.Short != "the shipping consultancy Harl Analytics" {
		t.Errorf("Ask(harl analytics?) %s %q, %v; want its description", a.Kind, a.Short, err)
	}
	if got := e.bareName("the queue?"); got != "" {
		t.Errorf("bareName(the queue?) = %q; want none: no name", got)
	}
}

// TestSummativeDefinition: "what is X" is answered by a summative
// apposition at the end of X's clause ("…, a step that …"), which says what
// it does, not by the clause that only names it.
func TestSummativeDefinition(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Drought
---
The governor declared a water emergency across the valley for 30 days, a step that lets towns ration supply and hire tankers.
`)
	a, err := e.Ask(context.Background(), "what is a water emergency")
	if err != nil || !strings.HasPrefix(a.Short, "a step that lets towns ration supply") {
		t.Errorf("Ask(what is a water emergency) short %q, %v; want the apposition that says what it does", a.Short, err)
	}
}

// TestDefinitionCutAtNoun: a definition longer than a dozen words is cut
// as any short answer is, not between an ordinal and its noun ("the
// station's second | platform").
func TestDefinitionCutAtNoun(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Signals
---
The fault was found in a relay cabinet, a grey box that stands at the end of the station's second platform, beside the old footbridge.
`)
	a, err := e.Ask(context.Background(), "what is a relay cabinet")
	if err != nil || !strings.HasSuffix(a.Short, "the station's second platform") {
		t.Errorf("Ask(what is a relay cabinet) short %q, %v; want it to end on the ordinal's noun", a.Short, err)
	}
}

// TestKindSets scores the chat questions of each kind on both corpora
// (testdata/kinds_*.jsonl, written by a helper who did not see the code,
// first scored at commit bab0194: see the README) and holds them above
// floors a little below today's figures, as a guard against regressions.
func TestKindSets(t *testing.T) {
	floors := map[string]float64{ // hit1, over both corpora
		"overview": 0.5, "meta": 0.45, "definition": 0.7, "yesno": 0.6,
		"list": 0.4, "why": 0.4, "how": 0.35,
	}
	type kindCase struct {
		questionCase
		Kind string `json:"kind"`
	}
	got := map[string][2]float64{}
	for _, cc := range corpora {
		e := cc.engine(t)
		byKind := map[string][]questionCase{}
		for _, c := range readJSONL[kindCase](t, cc.kinds) {
			byKind[c.Kind] = append(byKind[c.Kind], c.questionCase)
		}
		for k, cases := range byKind {
			s, _ := ScoreQuestions(t, e, cases)
			t.Logf("%s %s (%d): hit1 %.3f hit3 %.3f crisp %.3f false_abstain %.3f", cc.name, k, len(cases), s.Hit1, s.Hit3, s.Crisp, s.FalseAbstain)
			g := got[k]
			got[k] = [2]float64{g[0] + s.Hit1*float64(len(cases)), g[1] + float64(len(cases))}
		}
	}
	for k, floor := range floors {
		if g := got[k]; g[1] == 0 || g[0]/g[1] < floor {
			t.Errorf("%s: hit1 %.3f over %v questions; want ≥ %.2f", k, g[0]/max(g[1], 1), g[1], floor)
		}
	}
}

// TestSummaryInput: a topic that is no text is refused as a question is;
// odd topics neither panic nor break the promises.
func TestSummaryInput(t *testing.T) {
	e := testEngine(t)
	for _, topic := range []string{"bad\x00topic", strings.Repeat("x", MaxQuestionBytes+1), "\xff"} {
		if _, err := e.Summary(context.Background(), topic); !errors.Is(err, ErrInvalidQuestion) {
			t.Errorf("Summary(%.20q) error %v; want ErrInvalidQuestion", topic, err)
		}
	}
	for _, topic := range []string{"?!", "the", "🙏", "Élysée", "tell me about", "a b c d e f g h i j k l m n o p"} {
		a, err := e.Summary(context.Background(), topic)
		if err != nil {
			if !errors.Is(err, ErrInvalidQuestion) {
				t.Errorf("Summary(%q): %v", topic, err)
			}
			continue // "?!": no words, refused as a question would be
		}
		if a.Answered {
			checkOverview(t, "Summary("+topic+")", a)
		}
	}
}

// TestChoice: a question that asks which of two things gets no verdict; a
// chat tag after "or" leaves a yes/no question one.
func TestChoice(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"is the force european or american", true},
		{"did they meet in paris or in london", true},
		{"was it a pledge or just talk", true},
		{"did france send troops or not", false},
		{"is putin coming or nah", false},
		{"was it a big deal or what", false},
		{"did they agree on something", false},
	} {
		if got := choice(chatWords(tc.q)); got != tc.want {
			t.Errorf("choice(%q) = %v; want %v", tc.q, got, tc.want)
		}
	}
	e := testEngine(t)
	a, err := e.Ask(context.Background(), "is the truce monitoring led by the us or by europe")
	if err != nil {
		t.Fatal(err)
	}
	if a.Verdict != "" {
		t.Errorf("a choice got the verdict %q (%q)", a.Verdict, a.Headline())
	}
	checkAnswer(t, a.Question, a)
}

// TestVerdictGrounds: a verdict comes with the words of its passage that
// settle it, the whole headline within the short answer's length.
func TestVerdictGrounds(t *testing.T) {
	e := testEngine(t)
	given := 0
	for _, c := range readJSONL[questionCase](t, "testdata/kinds_summit.jsonl") {
		a, err := e.Ask(context.Background(), c.Q)
		if err != nil || a.Verdict == "" {
			continue
		}
		given++
		if a.Short == "" || !strings.Contains(a.Passages[0].Text, a.Short) {
			t.Errorf("Ask(%q): verdict %s with grounds %q not in its passage %q", c.Q, a.Verdict, a.Short, a.Passages[0].Text)
		}
		if h := a.Headline(); !strings.HasPrefix(h, a.Verdict+": ") || len(strings.Fields(h)) > maxShortWords {
			t.Errorf("Ask(%q): headline %q", c.Q, h)
		}
	}
	if given == 0 {
		t.Fatal("no verdict given on the yes/no questions")
	}
}

// shortCase is a question of corpus 0 (the summit) or 1 (the quake) and
// words its short answer must hold.
type shortCase struct {
	corpus  int
	q, want string
}

// shortsHold asks each question of its corpus and wants its short answer
// to hold the words given.
func shortsHold(t *testing.T, cases []shortCase) {
	t.Helper()
	for _, tc := range cases {
		e := corpora[tc.corpus].engine(t)
		a, err := e.Ask(context.Background(), tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Short, tc.want) {
			t.Errorf("Ask(%q) short %q; want it to hold %q", tc.q, a.Short, tc.want)
		}
		checkAnswer(t, tc.q, a)
	}
}

// TestStatedWholeWords: an article's dateline states its outlet or date
// only in whole words: "March 1" is not in "March 12", "AP" not in
// "CAPE TOWN".
func TestStatedWholeWords(t *testing.T) {
	a, err := corpus.Parse("t.md", []byte("---\nid: t\noutlet: AP\npublished: 2026-03-01\n---\nCAPE TOWN, March 12 (Wire) - Rescuers worked through the night.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, forms := range [][]string{{"AP"}, {"March 1"}} {
		if h := statedHit(a, forms...); len(h.Passages) != 0 {
			t.Errorf("statedHit(%q) cites %q; want the line of facts", forms, h.Text)
		}
	}
}

// TestArticleByDateline: an article is named by the place of its dateline
// ("the article datelined paris", "the story filed from london"), whichever
// fact of it is asked: the place is in no headline, and in its text only
// in the dateline, while the other article's text mentions it; "where was
// it filed" still asks for the dateline. A place after "filed" names no
// article where the question names none: "how many claims were filed in
// london" asks no dateline.
func TestArticleByDateline(t *testing.T) {
	e := engineOfText(t,
		"---\nid: p\nheadline: Talks go on\noutlet: Wire One\nauthor: Ann Lee\n---\nPARIS, Jan 7 (Wire One) - Officials met again on Wednesday, ahead of the London round.\n",
		"---\nid: l\nheadline: Ministers praise the talks\noutlet: Wire Two\nauthor: Bo Kim\n---\nLONDON — Ministers praised the Paris talks on Wednesday. Residents have filed 40 claims for flood damage.\n")
	for _, tc := range []askedShort{
		{"whats the headline of the article datelined paris", "Talks go on"},
		{"who wrote the story filed from london", "Bo Kim"},
		{"where was the wire two story filed", "LONDON"},
	} {
		// the one article filed there, not the other that mentions the place
		if a := mustAsk(t, e, tc.q); !a.Answered || a.Short != tc.want {
			t.Errorf("%s: answered %v %q; want %q", tc.q, a.Answered, a.Short, tc.want)
		}
	}
	for _, q := range []string{"how many claims were filed in london", "when were the claims filed in london"} {
		if a := mustAsk(t, e, q); a.Answered && strings.Contains(a.Short, "LONDON") {
			t.Errorf("%s: answered %q; want no dateline", q, a.Short)
		}
	}
}

// TestArticleByPart: "which article has a subhead called X", "which one
// has a photo of X" name the article whose subhead or caption says X,
// quoting it there, not every article that has subheads or photos.
func TestArticleByPart(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Leaders meet in Paris\n---\nLeaders met in Paris on Tuesday.\n\n## A united front\n\nThey agreed on guarantees.\n\n> A rescue dog searches the rubble. (AP Photo/Ann Lee)\n",
		"---\nid: b\nheadline: Talks go on\n---\nOfficials talked again on Wednesday.\n\n## The glaring omission\n\nRussia was not there.\n\n> Ministers arrive at the palace. (AP Photo/Bo Kim)\n")
	for q, want := range map[string]string{
		"which article has a subhead called the glaring omission": "The glaring omission",
		"which article has a photo of the rescue dog":             "A rescue dog searches the rubble.",
	} {
		a := mustAsk(t, e, q)
		if !a.Answered || len(a.Passages) != 1 || !strings.Contains(a.Passages[0].Text, want) {
			t.Errorf("%s: %v %q %+v; want one passage with %q", q, a.Answered, a.Short, a.Passages, want)
		}
	}
}

// TestArticleWithPart: "which article has pictures" names the article
// that has captions, and shows its first photo by its credit, quoted at
// its first caption (what shows it has one), not at its line of facts.
func TestArticleWithPart(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Leaders meet in Paris\n---\nLeaders met in Paris on Tuesday.\n",
		"---\nid: b\nheadline: Talks go on\n---\nOfficials talked again on Wednesday.\n\n> Ministers arrive at the palace. (AP Photo/Bo Kim)\n")
	a := mustAsk(t, e, "which article has pictures in it")
	if !a.Answered || a.Short != "Talks go on: AP Photo/Bo Kim" || len(a.Passages) != 1 || !strings.Contains(a.Passages[0].Text, "AP Photo/Bo Kim") {
		t.Errorf("which article has pictures in it: %v %q %+v; want Talks go on and its photo's credit, quoted at its caption", a.Answered, a.Short, a.Passages)
	}
}

// TestDatelineAboveText: a dateline an article states above its text (its
// front matter, as corpus.Clean keeps it) answers "whats the dateline",
// quoted from the byline that holds it, the place marked; the byline
// answers who wrote it and which outlet ran it the same way.
func TestDatelineAboveText(t *testing.T) {
	e := engineOfText(t, `---
id: storm
headline: Storm Hits Coast
outlet: Example News
author: A. Reporter
dateline: LIMA
byline: Example News/ LIMA/ A. Reporter/ Evening Edition
---
The storm struck the coast on Monday, cutting power to thousands.
`)
	// the author and the outlet are quoted from the byline as it stands
	for q, want := range map[string]string{"who wrote the example news story": "A. Reporter", "which outlet ran the storm story": "Example News"} {
		a, err := e.Ask(t.Context(), q)
		if err != nil || a.Short != want || len(a.Passages) == 0 {
			t.Fatalf("%s: %+v, %v; want %s", q, a, err, want)
		}
		if h := a.Passages[0]; h.Text != "Example News/ LIMA/ A. Reporter/ Evening Edition" || len(h.Marks) != 1 || h.Text[h.Marks[0][0]:h.Marks[0][1]] != want {
			t.Errorf("%s: quoted as %q marked %v; want the byline, %s marked", q, h.Text, h.Marks, want)
		}
	}
	a, err := e.Ask(t.Context(), "whats the dateline of the example news story")
	if err != nil || !a.Answered || a.Short != "LIMA" || len(a.Passages) == 0 {
		t.Fatalf("dateline: %+v, %v; want LIMA", a, err)
	}
	h := a.Passages[0]
	if h.Text != "Example News/ LIMA/ A. Reporter/ Evening Edition" || len(h.Marks) != 1 || h.Text[h.Marks[0][0]:h.Marks[0][1]] != "LIMA" {
		t.Errorf("dateline quoted as %q marked %v; want the byline, LIMA marked", h.Text, h.Marks)
	}
	// the byline's part that names the edition
	if a, err := e.Ask(t.Context(), "which edition was the example news story in"); err != nil || a.Short != "Evening Edition" {
		t.Errorf("edition: %q, %v; want Evening Edition", a.Short, err)
	}
	// "under" elsewhere is no section
	if a, err := e.Ask(t.Context(), "whats the dateline of the example news story about the coast under water"); err != nil || a.Short != "LIMA" {
		t.Errorf("dateline, under water: %q, %v; want LIMA", a.Short, err)
	}
	// "filed under" asks for a section, which no dateline gives
	if a, err := e.Ask(t.Context(), "what section is the example news story filed under"); err != nil || a.Short == "LIMA" {
		t.Errorf("filed under: %q, %v; want no dateline", a.Short, err)
	}
}

// TestDatedAboveText: a headline an article states under its date, above
// its text (its front matter's dated line, as corpus.Clean keeps it),
// answers when it was published, quoted as it stands, the date marked;
// without it, the line of facts.
func TestDatedAboveText(t *testing.T) {
	for _, dated := range []string{"dated: date 2026-02-03 Storm Hits Coast\n", ""} {
		e := engineOfText(t, "---\nid: storm\nheadline: Storm Hits Coast\npublished: 2026-02-03\n"+dated+`---
The storm struck the coast on Monday, cutting power to thousands.
`)
		a, err := e.Ask(t.Context(), "when was the storm article published")
		if err != nil || !a.Answered || a.Short != "3 February 2026 (2026-02-03)" || len(a.Passages) == 0 {
			t.Fatalf("published (%q): %+v, %v; want 3 February 2026 (2026-02-03)", dated, a, err)
		}
		h := a.Passages[0]
		want, mark := "date 2026-02-03 Storm Hits Coast", "2026-02-03"
		if dated == "" {
			want, mark = "Storm Hits Coast — published 3 February 2026 (2026-02-03)", ""
		}
		if h.Text != want || mark != "" && (len(h.Marks) != 1 || h.Text[h.Marks[0][0]:h.Marks[0][1]] != mark) {
			t.Errorf("published (%q) quoted as %q marked %v; want %q, %q marked", dated, h.Text, h.Marks, want, mark)
		}
	}
}

// TestArticleByHeadline: an article is named by its headline's words most
// of all: "the pledge article" is the one whose headline says "Pledge",
// though another's opening says "pledged" too.
func TestArticleByHeadline(t *testing.T) {
	e := engineOfText(t, `---
id: pledge
headline: Allies Make Major Security Pledge
---
In a significant development, the allies promised support on Tuesday.
## A United Front
The leaders met in Rome.
## What Is Missing
No timetable was set.
`, `---
id: other
headline: Talks Continue in Rome
---
Officials who pledged support on Tuesday met again on Wednesday in Rome.
## Next Steps
Both sides said progress had been made.
`)
	a, err := e.Ask(t.Context(), "what are the subheads of the pledge article")
	if err != nil || !a.Answered || len(a.Passages) == 0 || a.Passages[0].Article.ID != "pledge" {
		t.Fatalf("subheads of the pledge article: %+v, %v; want those of \"pledge\"", a, err)
	}
	// all of them are the short answer, as any list's items are
	if len(a.Items) < 2 || a.Short != joinItems([]string{a.Items[0].Text, a.Items[1].Text}) {
		t.Errorf("subheads of the pledge article: short answer %q, items %+v; want the items joined", a.Short, a.Items)
	}
	// and the top passage quotes every one, in order, as the outline
	if top := a.Passages[0]; len(top.Passages) != len(a.Items) || !isOutline(top) {
		t.Errorf("subheads of the pledge article: top passage %q of %d passages; want the %d subheads quoted together", top.Text, len(top.Passages), len(a.Items))
	}
	checkAnswer(t, "what are the subheads of the pledge article", a)
}

// TestOutlineHit: an outline quotes headings in order, joined, within a
// passage's bounds; a heading that would pass them is left out.
func TestOutlineHit(t *testing.T) {
	a := &corpus.Article{ID: "a"}
	heads := []corpus.Passage{{Text: "First steps"}, {Text: "What is missing"}, {Text: strings.Repeat("long ", 100)}}
	h, ok := outlineHit(a, heads)
	if !ok || h.Text != "First steps · What is missing" || len(h.Passages) != 2 || !isOutline(h) {
		t.Errorf("outlineHit: %q of %d passages, %v; want the two that fit, joined", h.Text, len(h.Passages), ok)
	}
	if _, ok := outlineHit(a, nil); ok {
		t.Error("outlineHit of no headings: ok; want none")
	}
	// a heading that holds the separator is left out, not the rest
	if h, ok := outlineHit(a, []corpus.Passage{{Text: "Day one · Monday"}, {Text: "What next"}}); !ok || h.Text != "What next" {
		t.Errorf("outlineHit past a heading with the separator: %q, %v; want the other heading", h.Text, ok)
	}
	if isOutline(Hit{Text: "First steps", Passages: heads[:1]}) {
		t.Error("one passage quoted as it stands taken for an outline")
	}
}

// TestQuestionNamesArticle: a question that names an article by its
// headline's words ("the pledge article") is answered from that article
// before another that matches its other words as well.
func TestQuestionNamesArticle(t *testing.T) {
	e := engineOfText(t, `---
id: pledge
headline: Allies Make Major Security Pledge
---
The leaders said the framework was a turning point for the region.
Officials met for six hours.
`, `---
id: other
headline: Talks Continue in Rome
---
The leaders called the framework a turning point for the region on Wednesday.
Both sides said progress had been made.
`)
	for _, q := range []string{"what does the pledge article call the framework", "what does the talks continue piece call the framework"} {
		a, err := e.Ask(t.Context(), q)
		want := "pledge"
		if strings.Contains(q, "talks") {
			want = "other"
		}
		if err != nil || len(a.Passages) == 0 || a.Passages[0].Article.ID != want {
			t.Errorf("%s: %+v, %v; want a passage of %q first", q, a.Passages, err, want)
		}
	}
}

// stormArticle is an article with a photo caption and a sentence.
const stormArticle = `---
id: storm
headline: Storm Hits Coast
---
> Rescuers carry a stretcher from a flooded house in Lima, Peru, on Monday, March 9, 2026. (Example News/Ana Ruiz)
The storm struck the coast on Monday, cutting power to thousands.
`

// TestPhotoDate: "when was the photo taken" asks for the date its caption
// gives, not for who took it; "who photographed …" asks who took it.
func TestPhotoDate(t *testing.T) {
	e := engineOfText(t, stormArticle)
	for q, want := range map[string]string{"what date was the stretcher photo taken": "March 9", "who took the stretcher photo": "Ana Ruiz", "who photographed the rescuers in lima": "Ana Ruiz"} {
		a, err := e.Ask(t.Context(), q)
		if err != nil || !strings.Contains(a.Short, want) {
			t.Errorf("%s: %q, %v; want %q", q, a.Short, err, want)
		}
	}
}

// TestPhotoCount: "how many photos" counts an article's captions, with
// whose they are; "how many photographers" the names.
func TestPhotoCount(t *testing.T) {
	e := engineOfText(t, stormArticle+`> A man wades through a flooded street in Lima, Peru, on Monday, March 9, 2026. (Example News/Ana Ruiz)
> Boats rest on a flooded road near Callao, Peru, on Tuesday, March 10, 2026. (Luis Vega, Pool photo via Example News)
`)
	for q, want := range map[string]string{"how many photos are in the storm article": "3 photos", "how many photographers took the storm photos": "2: "} {
		a, err := e.Ask(t.Context(), q)
		if err != nil || !strings.HasPrefix(a.Short, want) {
			t.Errorf("%s: %q, %v; want it to open %q", q, a.Short, err, want)
		}
	}
}

// TestNameOfKind: a name that is the question's own but for a noun of
// the kind of place it is ("the Elysee Palace" for "at the elysee") is no
// answer to "who", and its noun alone ("Palace") none either.
func TestNameOfKind(t *testing.T) {
	e := engineOfText(t, `---
id: visit
headline: Leaders Meet
---
> Ukraine's President Ivan Petrenko, left, is greeted by French President Anna Dupont as he arrives for a meeting at the Elysee Palace in Paris, France, Monday, Jan. 5, 2026. (AP Photo/Jane Roe)
`)
	a, err := e.Ask(t.Context(), "who greeted petrenko at the elysee")
	if err != nil || a.Short == "Palace" || !strings.Contains(a.Short, "Anna Dupont") {
		t.Errorf("who greeted petrenko at the elysee: %q, %v; want Anna Dupont", a.Short, err)
	}
	// a rarer English noun ("Creamery") names no one either, as a
	// common one ("Palace") does not
	q := e.analyse("who is suing greystone")
	if !e.questionsPlace(&q, "Greystone Creamery") {
		t.Errorf("questionsPlace(who is suing greystone, Greystone Creamery) = false; want true")
	}
	if e.questionsPlace(new(e.analyse("who praised steve")), "Steve Okafor") {
		t.Errorf("questionsPlace(who praised steve, Steve Okafor) = true; want false: a surname")
	}
}

// TestHowPredicate: a "how" question whose passage says no means is
// answered with what its subject did, from the verb (or the adverb before
// it) after the subject's name, names coordinated with it included; a
// people's adjective ("German designed pumps") is no subject.
func TestHowPredicate(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Water Deal
---
Chile and Peru jointly signed a water agreement on Friday.

The German designed pumps failed at the dam on Monday.
`)
	for q, want := range map[string]string{
		"how did chile and peru deal with the water dispute": "jointly signed a water agreement on Friday",
	} {
		if a, err := e.Ask(context.Background(), q); err != nil || a.Short != want {
			t.Errorf("Ask(%q) short %q, %v; want %q", q, a.Short, err, want)
		}
	}
	// an apposition after the names is no predicate
	text := "Bolivia and Peru, united in grief, held a vigil."
	c := &cand{p: corpus.Passage{Text: text}, toks: e.analyze(text)}
	if s, ok := e.subjectPredicate(new(e.analyse("how did bolivia and peru respond")), c); ok {
		t.Errorf("subjectPredicate(%q) = %q; want none", text, text[s.start:s.end])
	}
	if a, _ := e.Ask(context.Background(), "how did germany get involved at the dam"); strings.Contains(core(a), "designed pumps") {
		t.Errorf("Ask(how did germany get involved at the dam) short %q: the pumps are the subject, not Germany", core(a))
	}
}

// TestOverviewPhrasings: the ways chat asks for the whole story, besides
// "tldr" and "summary", get an overview, not one sentence's fact or a
// refusal; a question about one fact that opens the same way does not.
func TestOverviewPhrasings(t *testing.T) {
	e := testEngine(t)
	for _, q := range []string{"sum it up", "main takeaway?", "key points?", "whats the outcome", "whats this about",
		"any news from the summit", "whats the latest news", "what was decided", "highlights pls", "bottom line?", "anything new?", "any update on the talks", "what did they agree on", "what was agreed",
		// the asker's present is no topic ("so" of "so far" no filler)
		"what do we know so far", "what do we know rn", "what do we know so far about the guarantees", "eli5"} {
		a, err := e.Ask(context.Background(), q)
		if err != nil || !a.Answered || a.Kind != KindOverview {
			t.Errorf("%q: kind %v, answered %v, %v; want an overview", q, a.Kind, a.Answered, err)
		}
	}
	for _, q := range []string{"what was the outcome of the vote on greenland", "what happened for the first time", "was it big news in russia"} {
		if a, _ := e.Ask(context.Background(), q); a.Kind == KindOverview {
			t.Errorf("%q: an overview; want the answer to one question", q)
		}
	}
	// an overview's cue before a question of its own asks that question, in
	// brief: answered as it would be without the cue
	for _, q := range []string{"who refused to deploy troops?", "did croatia send troops", "where was the summit held"} {
		plain := mustAsk(t, e, q)
		for _, cue := range []string{"tldr ", "tl;dr: ", "recap - "} {
			a := mustAsk(t, e, cue+q)
			if a.Kind == KindOverview || a.Short != plain.Short || a.Verdict != plain.Verdict {
				t.Errorf("%q: kind %v, %q %q; want %q %q as for %q", cue+q, a.Kind, a.Verdict, a.Short, plain.Verdict, plain.Short, q)
			}
		}
	}
}

// TestOverviewOfSubjectInApposition: the line of an overview of a topic
// named as a subject with an apposition after it is what is said of it,
// past the apposition, not the subject's own words.
func TestOverviewOfSubjectInApposition(t *testing.T) {
	e := engineOfText(t, "---\nid: a\nheadline: Canal reopens after grounding\n---\n"+
		"The canal reopened to traffic on Saturday after tugs freed the ship.\n"+
		"The ship's captain, a Greek national, was questioned by police on Friday and released.\n")
	for _, q := range []string{"what happened to the captain", "what happened w the captain"} {
		a := mustAsk(t, e, q)
		// (with its subject or without it: the apposition left out)
		if want := "was questioned by police on Friday and released"; !strings.HasSuffix(a.Short, want) || strings.Contains(a.Short, "Greek") {
			t.Errorf("%q: %q; want %q, without the apposition", q, a.Short, want)
		}
	}
	if hasVerb("The ship's captain") {
		t.Errorf("hasVerb(%q): a possessive read as a verb", "The ship's captain")
	}
}

// TestOverviewHeadline: an overview of a topic is headed by a sentence that
// holds the whole topic where one does, not by a whole clause of a sentence
// that holds a part of it ("El Loa airport" for "the Loa River").
func TestOverviewHeadline(t *testing.T) {
	e := quakeEngine(t)
	a, err := e.Ask(context.Background(), "what happened to the loa river")
	if err != nil || a.Kind != KindOverview {
		t.Fatalf("an overview wanted: %v, %v", a.Kind, err)
	}
	if !has(a.Short, "Loa River") {
		t.Errorf("headline %q; want one of the sentences on the Loa River", a.Short)
	}
}

// TestWhichArticle: "which article says X" is answered by the article that
// says it, named as its citation names it (a long title by its first
// part), not by words cut from its sentence alone (withMention may show
// them after the name); in the plural, by every such article or by none; "which
// article is about X" by the one whose story X is.
func TestWhichArticle(t *testing.T) {
	e := testEngine(t)
	for _, q := range []string{"which article mentions greenland", "what article covers the drone strikes", "which story says the us will lead monitoring"} {
		a, err := e.Ask(context.Background(), q)
		if err != nil || !a.Answered || len(a.Sources) == 0 {
			t.Errorf("%q: answered %v, %v; want the article", q, a.Answered, err)
			continue
		}
		if title := shortTitle(e.Corpus().Article(a.Sources[0]).Title()); a.Short != title && !strings.HasPrefix(a.Short, title+": ") {
			t.Errorf("%q: short %q; want the title of %s", q, a.Short, a.Sources[0])
		}
		checkAnswer(t, q, a)
		if !has(a.Passages[0].Text, strings.Fields(q)[len(strings.Fields(q))-1]) {
			t.Errorf("%q: passage %q does not say it", q, a.Passages[0].Text)
		}
	}
	// a title too long for a short answer names its article by the part
	// before its first comma, not by nothing
	if a, err := e.Ask(context.Background(), "which piece says putin was absent"); err != nil || a.Short == "" || !strings.HasPrefix(e.Corpus().Article(a.Sources[0]).Title(), a.Short) || len(strings.Fields(a.Short)) > maxShortWords {
		t.Errorf("which piece says putin was absent: short %q, %v; want the start of its article's title", a.Short, err)
	}
	// "which article is from newslooks": the outlet's article, by its
	// headline; but a name asks what it says
	for _, q := range []string{"which article is from newslooks", "whats the newslooks article called"} {
		if a, err := e.Ask(context.Background(), q); err != nil || !a.Answered || a.Short != shortTitle(e.Corpus().Article("summit-tests-unity").Title()) {
			t.Errorf("%s: short %q, %v; want the Newslooks article's headline", q, a.Short, err)
		}
	}
	if a, err := e.Ask(context.Background(), "what did newslooks say about greenland"); err != nil || strings.HasPrefix(a.Short, "Paris Summit Tests Unity") {
		t.Errorf("what did newslooks say about greenland: short %q, %v; want what it says, not its headline", a.Short, err)
	}
	// "which articles quote X": those that give X's words, not those that
	// name X; none, where none does
	qe := engineOfText(t,
		"---\nid: a\nheadline: Bridge Plan\n---\nMayor Tom Reyes said “we will build the bridge by June” on Monday.",
		"---\nid: b\nheadline: Bridge Talks\n---\nThe minister met Tom Reyes and Ana Lopez on Monday to discuss the bridge.",
	)
	if a, err := qe.Ask(context.Background(), "which articles quote reyes"); err != nil || !a.Answered || !slices.Equal(a.Sources, []string{"a"}) {
		t.Errorf("which articles quote reyes: answered %v, sources %v, %v; want article a alone", a.Answered, a.Sources, err)
	}
	if a, err := qe.Ask(context.Background(), "which article quotes ana lopez"); err != nil || a.Answered {
		t.Errorf("which article quotes ana lopez: answered %v (%q), %v; want none: no article gives her words", a.Answered, a.Short, err)
	}
	a, err := e.Ask(context.Background(), "which articles mention greenland")
	if err != nil || !a.Answered {
		t.Fatalf("which articles mention greenland: answered %v, %v", a.Answered, err)
	}
	counted := strings.HasPrefix(a.Short, strconv.Itoa(len(a.Sources))+" articles: ") // too many names: how many, the citations name them
	for _, id := range a.Sources {
		if a.Short != "" && !counted && !strings.Contains(a.Short, e.Corpus().Article(id).Title()) {
			t.Errorf("which articles mention greenland: short %q leaves out %s", a.Short, id)
		}
	}
	// every article that mentions it, none that does not
	q := quakeEngine(t)
	if a, err := q.Ask(context.Background(), "which articles mention tocopilla"); err != nil || !slices.Equal(sortedCopy(a.Sources), []string{"calama-stadium-shelter", "chile-quake-toll-351"}) {
		t.Errorf("which articles mention tocopilla: %v, %v; want the two that do", a.Sources, err)
	}
	// and "how many articles …": those that mention it, counted, each
	// once (Greenland stands in four of the five; drones in two)
	for _, tc := range []struct {
		e    *Engine
		q    string
		want int
	}{{e, "how many articles mention greenland", 4}, {e, "how many stories talk about drones", 2}, {q, "how many articles mention tocopilla", 2}, {e, "how many articles mention bananas", 0},
		{e, "how many of the articles mention greenland", 4}} { // articles counted: no figure of a part
		a, err := tc.e.Ask(context.Background(), tc.q)
		if err != nil || a.Answered != (tc.want > 0) || tc.want > 0 && (len(a.Sources) != tc.want || !strings.HasPrefix(a.Short, strconv.Itoa(tc.want))) {
			t.Errorf("%s: answered %v %q, sources %v, %v; want %d", tc.q, a.Answered, a.Short, a.Sources, err, tc.want)
		}
	}
	// "is about": the article whose story it is, by its headline and
	// opening, not one that mentions it in passing
	if a, err := q.Ask(context.Background(), "which article is abt the stadium"); err != nil || !a.Answered || len(a.Sources) == 0 || a.Sources[0] != "calama-stadium-shelter" {
		t.Errorf("which article is abt the stadium: %v %v, %v; want calama-stadium-shelter", a.Answered, a.Sources, err)
	} else {
		checkAnswer(t, "which article is abt the stadium", a)
	}
	for q, want := range map[string]bool{"which article mentions greenland": true, "what stories cover the talks": true,
		"what is the article about": false, "what did the article say": false, "which countries sent troops": false,
		"which story did zelensky tell": false, "what pieces of equipment were sent": false,
		"which story is about the drone strikes": true, "which piece focuses on greenland": true, "which story is true": false,
		"which of the articles mentions belgium": true, "which article brings up mark carney": true, "which piece refers to kiev": true,
		"which of the soldiers fought": false, "which story brings peace": false} {
		if got := articleAsked(chatWords(q)) >= 0; got != want {
			t.Errorf("articleAsked(%q) = %v; want %v", q, got, want)
		}
	}
}

// TestNationalitiesModify: nationalities before a noun they qualify
// ("British, French, German, and Ukrainian security advisers") name no one
// a "who" question asks for, though they answer one about countries.
func TestNationalitiesModify(t *testing.T) {
	e := testEngine(t)
	for q, want := range map[string]string{
		"who were the us envoys":                                "Witkoff",
		"which countries security advisers did witkoff talk to": "British",
	} {
		a, err := e.Ask(context.Background(), q)
		if err != nil || !has(a.Short, want) {
			t.Errorf("%q: short %q, %v; want it to hold %q", q, a.Short, err, want)
		}
	}
}

// TestCollection: a question about the articles as a whole is answered
// from what they state about themselves: how many there are, which they
// are, which came out first or last by the dates they state (and none
// where fewer than two state one), which came out on a day; a question
// with any other word is
// about what they say.
func TestCollection(t *testing.T) {
	for _, tc := range []struct {
		corpus   int
		q, short string
		items    int
	}{
		{1, "how many articles r there", "5 articles", 0},
		{1, "how many stories do u have", "5 articles", 0},
		{0, "how many articles r there abt the summit", "5 articles", 0},                                   // the event every article covers
		{1, "whats the newest one", "The Atacama Courier, by Valentina Rojas, published 13 March 2026", 0}, // "one", asked by when it came out
		{1, "how many articles r from the andes wire", "1 article", 0},                                     // those of an outlet named
		{1, "how many different outlets r there", "5 outlets", 0},                                          // the outlets the articles state, counted
		{1, "how many articles cover this", "5 articles", 0},
		{1, "which article came out first", "Powerful earthquake kills at least 214 in northern Chile's copper country", 0},
		{1, "whats the most recent article", "The Atacama Courier, by Valentina Rojas, published 13 March 2026", 0},
		{1, "which outlet published first", "Andes Wire", 0},                         // by its outlet, where the question asks for one
		{1, "when was the first article published", "10 March 2026 (2026-03-10)", 0}, // by its date, where the question asks when, as every article date is given
		{1, "what r ur sources", "", 5},
		{0, "list the articles", "", 5},
		{0, "whats the oldest article", "", 0}, // one of them states a date
		// those published on a day, by the dates they state
		{1, "how many articles are from march 12", "2 articles", 0},
		{1, "which articles came out on march 12", "", 2},
		{1, "which stories are from march 20", "", 0},
	} {
		e := corpora[tc.corpus].engine(t)
		a, err := e.Ask(context.Background(), tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if a.Kind != KindMeta || tc.short != "" && a.Short != tc.short || len(a.Items) != tc.items || a.Answered != (tc.short != "" || tc.items > 0) {
			t.Errorf("Ask(%q) = %s %v %q with %d items; want %q, %d items", tc.q, a.Kind, a.Answered, a.Short, len(a.Items), tc.short, tc.items)
		}
		checkAnswer(t, tc.q, a)
	}
	e := testEngine(t)
	for _, q := range []string{"which article mentions greenland", "what does the first article say the deal hinges on", "how many troops will the articles say france sends"} {
		if a, err := e.Ask(context.Background(), q); err != nil || a.Kind == KindMeta {
			t.Errorf("Ask(%q) = %s, %v; want an answer of what the articles say", q, a.Kind, err)
		}
	}
}

// TestEventDay: "when" asked of the event itself is answered by a
// passage that gives the day its article reports (its event_date, or that
// day's weekday), not another day of the coverage ("continued talks … on
// Wednesday" for the Tuesday meeting).
func TestEventDay(t *testing.T) {
	a, err := testEngine(t).Ask(context.Background(), "what day of the week was the meeting on")
	if err != nil || !a.Answered {
		t.Fatalf("what day of the week was the meeting on: %v, %v", a.Answered, err)
	}
	if strings.Contains(a.Short, "Wednesday") || !strings.Contains(a.Passages[0].Text, "Tuesday") && !strings.Contains(a.Passages[0].Text, "Jan. 6") && !strings.Contains(a.Passages[0].Text, "6 January") {
		t.Errorf("what day of the week was the meeting on: %q from %q; want the day of the meeting", a.Short, a.Passages[0].Text)
	}
}

// TestLacksField: "which article has no author", "which articles dont
// have a headline" ask for the articles that do not state the field, not
// those that do.
func TestLacksField(t *testing.T) {
	e := testEngine(t)
	for q, want := range map[string][]string{
		"which article has no author":           {"allies-near-framework", "talks-continue", "us-backs-guarantees", "us-uk-france-pledge"},
		"which articles dont have a headline":   {"allies-near-framework", "us-backs-guarantees"},
		"which article is missing an author":    {"allies-near-framework", "talks-continue", "us-backs-guarantees", "us-uk-france-pledge"},
		"which articles are without a headline": {"allies-near-framework", "us-backs-guarantees"},
	} {
		a, err := e.Ask(context.Background(), q)
		if err != nil || !a.Answered || !slices.Equal(sortedCopy(a.Sources), want) {
			t.Errorf("%s: %v %v, %v; want %v", q, a.Answered, a.Sources, err, want)
		}
	}
}

// TestByAuthor: a question that only names an article's author ("who is
// X", "what did X write") is answered by the byline of each article X
// wrote, typed without accents or with an initial; one that asks a fact of
// it ("which outlet", "when was X's piece published") by that fact; a
// question that says anything more is about the news.
func TestByAuthor(t *testing.T) {
	for _, tc := range []struct {
		corpus   int
		q, short string
	}{
		{1, "whos diego salinas", "The Pacific Ledger, by Diego Salinas, published 11 March 2026"},
		{1, "what did lucia ferrer write", "Andes Wire, by Lucía Ferrer, published 10 March 2026"},
		{1, "which articles did valentina rojas write", "The Atacama Courier, by Valentina Rojas, published 13 March 2026"},
		{1, "which outlet is hannah okafor from", "Relief Monitor"}, // a fact of the article by her: that fact
		{1, "which article is by hannah okafor", "Relief Monitor, by Hannah Okafor, published 12 March 2026"},
		{1, "whats the headline of hannah okafor's story", "Donors pledge $1.3 billion for Chile quake recovery"}, // (too long: what it says before its comma; the passage gives it whole)
		{1, "when was valentina rojas piece published", "13 March 2026 (2026-03-13)"},
		{0, "who is j mansour", "Newslooks, by J. Mansour"},
	} {
		e := corpora[tc.corpus].engine(t)
		a, err := e.Ask(context.Background(), tc.q)
		if err != nil || a.Kind != KindMeta || !a.Answered || a.Short != tc.short {
			t.Errorf("Ask(%q) = %s %v %q, %v; want %q", tc.q, a.Kind, a.Answered, a.Short, err, tc.short)
		}
		checkAnswer(t, tc.q, a)
	}
	e := quakeEngine(t)
	if a, err := e.Ask(context.Background(), "where was ferrer reporting from"); err != nil || a.Kind == KindMeta {
		t.Errorf("where was ferrer reporting from: %s, %v; want an answer from the text", a.Kind, err)
	}
}

// TestNoVerdictFromNearWords: a yes/no question's word that no article
// uses is stated by no sentence: the words GloVe puts near it share its
// contexts, not its meaning ("everyone" for "happy"), and settle nothing;
// nor does what a denial says was suggested ("rejected suggestions that
// the effort had been slow").
func TestNoVerdictFromNearWords(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Flood Talks
---
The talks ended late. “Not everyone is ready,” the mayor said, referring to towns that have yet to sign.
The minister rejected suggestions that the relief effort had been slow and praised the volunteers.
`)
	if a, err := e.Ask(context.Background(), "was the mayor happy"); err != nil || a.Verdict != "" {
		t.Errorf("was the mayor happy: verdict %q, %v; want none", a.Verdict, err)
	}
	// nor from what a denial says was suggested
	if a, err := e.Ask(context.Background(), "was the relief effort slow"); err != nil || a.Verdict != "" {
		t.Errorf("was the relief effort slow: verdict %q, %v; want none", a.Verdict, err)
	}
}

// TestCountedList: "what are the N things" asks for the things, each of
// them; a list a colon opens and semicolons divide is one list however
// long its items, not the short list inside one of them, nor a definition.
func TestCountedList(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Flood Plan
---
The plan rests on four aims: border patrols; aid for towns such as Tula, Orel and Kursk; new housing in the region; and long-term training for Kyiv.
`)
	a, err := e.Ask(context.Background(), "what r the 4 aims")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Items) != 4 || !strings.HasPrefix(a.full(), "border patrols") || !strings.HasSuffix(a.full(), "long-term training for Kyiv") {
		t.Errorf("what r the 4 aims: %q, %d items; want the four aims", a.full(), len(a.Items))
	}
	checkAnswer(t, "what r the 4 aims", a)
}

// TestBulletList: a list question answered where a sentence introduces a
// run of bullets gets every bullet, each an item (marked in the run,
// quoted whole as one passage), told apart by semicolons when an item has
// a comma of its own; a bullet that
// answers as a sentence does is not swapped for its whole run; a sentence
// in the paragraph of the one that introduces them leads to them too.
func TestBulletList(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Flood Aid
---
Talks on the flood ended on Friday. The main pledges made at the talks were:
- Norway: $40 million for shelters.
- Spain: two field hospitals.
- Italy: 300 tents, blankets and stoves.
Officials said more aid would come.
`)
	a, err := e.Ask(context.Background(), "list all the pledges from the talks")
	if err != nil {
		t.Fatal(err)
	}
	want := "Norway: $40 million for shelters; Spain: two field hospitals; and Italy: 300 tents, blankets and stoves"
	if len(a.Items) != 3 || a.full() != want {
		t.Errorf("list all the pledges from the talks: %q, %d items; want %q", a.full(), len(a.Items), want)
	}
	checkAnswer(t, "list all the pledges from the talks", a)
	// a question that asks no list, answered by the sentence that
	// introduces one: the bullets are what it says
	a, err = e.Ask(context.Background(), "what were the main pledges made at the talks")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Items) != 3 || a.full() != want {
		t.Errorf("what were the main pledges made at the talks: %q, %d items; want %q", a.full(), len(a.Items), want)
	}
	// the sentence before the one that introduces them, in its
	// paragraph, leads to them too
	e = engineOfText(t, `---
id: t
headline: Dock strike begins
---
The union said emergency cargo would still be handled during the strike. The exemptions cover:
- medical supplies and medicines
- animal feed for farms in the region
- fuel for the city's hospitals
Talks are due to resume on Friday.
`)
	if a := mustAsk(t, e, "what cargo still gets through while theyre out"); len(a.Items) != 3 || !strings.Contains(a.full(), "animal feed") {
		t.Errorf("what cargo still gets through: %q, %d items; want the three exemptions", a.full(), len(a.Items))
	}
	// "who is X" is answered by the sentence that names X, not by the
	// list it goes on to introduce
	e = engineOfText(t, `---
id: t
headline: Province announces flood aid
---
Finance Minister Alain Cormier said the aid was the largest in the province's history. It includes:
- up to $200,000 per household for uninsured damage
- grants of up to $50,000 for small businesses
- $15 million for farmers who lost crops
Applications open on Monday.
`)
	if a := mustAsk(t, e, "who is alain cormier"); len(a.Items) != 0 || !strings.Contains(a.Short, "Finance Minister") {
		t.Errorf("who is alain cormier: %q, %d items; want who he is, no list", a.Short, len(a.Items))
	}
	// nor is any "who" the sentence answers with the names it gives
	if a := mustAsk(t, e, "who said the aid was the largest ever"); len(a.Items) != 0 || !strings.Contains(a.Short, "Alain Cormier") {
		t.Errorf("who said the aid was the largest: %q, %d items; want Cormier, no list", a.Short, len(a.Items))
	}
}

// TestTopicLead: of two sentences that hold an overview's whole topic, the
// walk jumps more to the one nearer the top of its article (news gives the
// main facts first), and both are marked as holding it whole; one that
// holds half the topic gets less than either.
func TestTopicLead(t *testing.T) {
	e := testEngine(t)
	terms := []qterm{{term: "rescu", idf: 1}, {term: "dog", idf: 1}}
	pool := []sentence{
		{ord: 6, vec: map[string]float64{"rescu": 1, "dog": 1}},
		{ord: 0, vec: map[string]float64{"rescu": 1, "dog": 1}},
		{ord: 0, vec: map[string]float64{"rescu": 1}},
	}
	bias, whole, ok := e.topicBias(terms, pool)
	if !ok {
		t.Fatal("topicBias: no sentence holds the topic")
	}
	if !(bias[1] > bias[0] && bias[0] > bias[2]) {
		t.Errorf("bias %v: want the lede holding the topic first, then the later sentence, then the half", bias)
	}
	if !whole[0] || !whole[1] || whole[2] {
		t.Errorf("whole %v: want true, true, false", whole)
	}
}

// TestOverviewOfSetting: an overview asked for by the event's place or day
// ("what happened at the elysee palace"), words the articles use that no
// sentence holds half of, is the whole coverage's overview, not declined;
// one asked for by a name no article uses is still declined.
func TestOverviewOfSetting(t *testing.T) {
	e := testEngine(t)
	a, err := e.Ask(context.Background(), "tldr of what happened at the elysee palace")
	if err != nil || a.Kind != KindOverview || !a.Answered || a.Short == "" {
		t.Errorf("elysee palace: kind %v, answered %v, short %q, %v; want an overview", a.Kind, a.Answered, a.Short, err)
	}
	if a, _ := e.Ask(context.Background(), "tldr of the calama rescue"); a.Answered {
		t.Errorf("calama rescue: answered %q; want declined (no article of this coverage names Calama)", a.Short)
	}
	// words the articles use, but of something that happened, not of where
	// or when: declined, not the whole coverage
	if a, _ := e.Ask(context.Background(), "tldr of the witkoff putin call"); a.Answered {
		t.Errorf("witkoff putin call: answered %q; want declined", a.Short)
	}
}

// TestOverviewOfOutlet: an overview asked for by the outlet that published
// an article, with no word for an article ("the pacific ledger one"), is
// of that outlet's article.
func TestOverviewOfOutlet(t *testing.T) {
	e := quakeEngine(t)
	for _, q := range []string{"tldr of the pacific ledger one", "what did relief monitor say, short version"} {
		a, err := e.Ask(context.Background(), q)
		if err != nil || a.Kind != KindOverview || !a.Answered {
			t.Errorf("%q: kind %v, answered %v, %v; want an overview", q, a.Kind, a.Answered, err)
			continue
		}
		for _, h := range a.Passages {
			if name := strings.ToLower(strings.TrimPrefix(h.Article.Outlet, "The ")); !strings.Contains(q, name) {
				t.Errorf("%q: a sentence of %s (%s)", q, h.Article.ID, h.Article.Outlet)
			}
		}
	}
}

// TestStandfirstUnderHeadline: what stands under an article's headline is
// its standfirst, whatever a question calls it ("subhead", "subheading"),
// not one of its section subheads.
func TestStandfirstUnderHeadline(t *testing.T) {
	e := quakeEngine(t)
	for _, q := range []string{"whats the subhead beneath the cordillera post title", "what subheading is below the headline of the relief monitor story"} {
		a, err := e.Ask(context.Background(), q)
		if err != nil || !a.Answered || len(a.Passages) == 0 {
			t.Errorf("%q: answered %v, %v; want the standfirst", q, a.Answered, err)
			continue
		}
		if h := a.Passages[0]; h.Text != h.Article.Standfirst {
			t.Errorf("%q: %q; want the standfirst of %s, %q", q, h.Text, h.Article.ID, h.Article.Standfirst)
		}
	}
}

// TestSaidWhole: what someone said, shown in the phrase that holds it, keeps
// the verb that ends its clause ("that is where life is"; asked about the
// building, which that sentence of the quotation speaks of: a bare "what
// did morimoto say" is answered by its opening, quoteOpening).
func TestSaidWhole(t *testing.T) {
	e := quakeEngine(t)
	a, err := e.Ask(context.Background(), "what did morimoto say about the building")
	if err != nil || !a.Answered {
		t.Fatalf("answered %v, %v", a.Answered, err)
	}
	if !strings.HasSuffix(a.Short, "where life is") {
		t.Errorf("short %q: want the quotation's clause whole, to \"where life is\"", a.Short)
	}
}

// TestReasonNotRestated: a "why" question's reason is not a clause of the
// question's own words ("after Rubio drops out" for "why did rubio drop
// out"); a clause that says more is one.
func TestReasonNotRestated(t *testing.T) {
	e := testEngine(t)
	q := e.analyse("why did rubio drop out")
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"U.S. delegation led by Witkoff and Kushner after Rubio drops out", false},
		{"Rubio dropped out because the Venezuela operation needed him in Washington.", true},
	} {
		c := parsedCand(t, e, tc.text)
		e.cover(&q, c)
		if _, got := e.reasonOf(&q, c); got != tc.want {
			t.Errorf("reasonOf(%q) found %v; want %v", tc.text, got, tc.want)
		}
	}
}

// TestBareNounQuestion: a question that is only a noun phrase ("latest
// death toll?") is answered by what the passage says of that noun, as
// "what is the death toll" is.
func TestBareNounQuestion(t *testing.T) {
	e := quakeEngine(t)
	a, err := e.Ask(context.Background(), "latest death toll?")
	if err != nil || !a.Answered {
		t.Fatalf("answered %v, %v", a.Answered, err)
	}
	if !strings.Contains(a.Short, "351") {
		t.Errorf("short %q; want the toll, 351", a.Short)
	}
}

func sortedCopy(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return out
}

// TestAskersWordsNoTerms: the asker's present ("rn", "right now",
// "currently") and chat filler ("tho", "actually", "like") are no words of
// what is asked: "Tanker lorries *now* supply the stadium" is no answer to
// "whats the toll rn", nor a passage that says "though" to "how many ppl
// died tho", whose answer is the latest toll.
func TestAskersWordsNoTerms(t *testing.T) {
	e := quakeEngine(t)
	for _, q := range []string{"whats the toll rn", "what's the death toll right now", "whats the death toll currently",
		"how many ppl died tho", "so how many ppl actually died", "like how many ppl died"} {
		for _, term := range e.analyse(q).terms {
			if w := strings.ToLower(term.word); fillerWords[w] || w == "now" || w == "right" || w == "currently" {
				t.Errorf("%q: term %q; want none of the asker's present or filler", q, term.word)
			}
		}
		a := mustAsk(t, e, q)
		if !strings.Contains(a.Short, "351") {
			t.Errorf("%q: short answer %q; want the toll of 351", q, a.Short)
		}
	}
}

// TestVagueNounNoTerm: a vague noun ("thing", "stuff") stands for
// whatever is meant and is no word of what is asked, whose nearest words
// in meaning ("really", "sure") would match anything; one used as a verb
// ("what matters most") is a word of it.
func TestVagueNounNoTerm(t *testing.T) {
	e := testEngine(t)
	for q, want := range map[string]string{"what day was the paris thing": "", "what were the two things they agreed": "", "how did witkoff describe the security stuff": "", "what matters most to the allies": "matters"} {
		got := ""
		for _, term := range e.analyse(q).terms {
			if w := strings.ToLower(term.word); vagueNouns[w] {
				got = w
			}
		}
		if got != want {
			t.Errorf("%q: vague term %q; want %q", q, got, want)
		}
	}
}

// TestWhatsNext: "whats next" is an overview of what the articles say is to
// happen, from wherever in them they say it; a question with a topic of
// its own is not.
func TestWhatsNext(t *testing.T) {
	e := engineOfText(t, "---\nid: a\nheadline: Donors meet\npublished: 2026-03-12\n---\n"+
		"Donors pledged $1.3 billion on Thursday.\nThe money was counted by officials.\nThe meeting ended in the evening.\n"+
		"Aid groups criticised the loans.\nDonors agreed to meet again in June to review the spending.\n"+
		"The president is due to return to the city next week.\n")
	for _, q := range []string{"whats next", "what happens next?", "ok so what now", "next steps pls"} {
		a := mustAsk(t, e, q)
		if a.Kind != KindOverview || !a.Answered || len(a.Passages) == 0 {
			t.Errorf("%q: kind %v answered %v; want an overview", q, a.Kind, a.Answered)
			continue
		}
		for _, h := range a.Passages {
			if strings.Contains(h.Text, "pledged") || strings.Contains(h.Text, "counted") || strings.Contains(h.Text, "criticised") {
				t.Errorf("%q: %q, which says nothing of what is to come", q, h.Text)
			}
		}
	}
	if a := mustAsk(t, e, "what happens next to the loans"); a.Kind == KindOverview {
		t.Errorf("what happens next to the loans: an overview; want the answer to its own question")
	}
}

// TestAsksDegree: "how" and a quality asks how much of it something has,
// no means or reason ("how bad was the quake" is not answered "helped by
// 14 sniffer dogs"); "how" and a verb or an auxiliary asks the means.
func TestAsksDegree(t *testing.T) {
	e := testEngine(t)
	for q, want := range map[string]bool{
		"how bad was the quake":               true,
		"how safe is the water":               true,
		"how serious is the damage":           true,
		"how did they free the ship":          false,
		"how come rescuers pulled back":       false,
		"how will the ceasefire be monitored": false,
		"why did croatia refuse":              false,
	} {
		qq := e.analyse(q)
		if got := asksDegree(&qq); got != want {
			t.Errorf("asksDegree(%q) = %v; want %v", q, got, want)
		}
		if asksReason(&qq) == want && (qq.kind == KindHow || qq.kind == KindWhy) {
			t.Errorf("asksReason(%q) = %v; want %v", q, !want, want)
		}
	}
}

// TestFinalCount: a count asked "in the end" or "eventually" is the latest
// article's, "at first" the earliest's.
func TestFinalCount(t *testing.T) {
	e := engineOfText(t, "---\nid: early\nheadline: Tugs try to free grain ship\npublished: 2026-05-04\n---\nFour tugs tried to free the ship on Monday.\n",
		"---\nid: late\nheadline: Grain ship freed\npublished: 2026-05-09\n---\nEleven tugs freed the ship on Saturday.\n")
	for q, want := range map[string]string{
		"how many tugs did it take in the end": "Eleven",
		"how many tugs did it eventually take": "Eleven",
		"how many tugs were there at first":    "Four",
	} {
		if a := mustAsk(t, e, q); !strings.Contains(a.Short, want) {
			t.Errorf("%q: %q; want %q", q, a.Short, want)
		}
	}
}

// TestEarliestCountNear: the earliest report of a count may count it by a
// noun near the question's ("Four tugboats" for "how many tugs at first"),
// as a figure of the question's noun does.
func TestEarliestCountNear(t *testing.T) {
	e := engineOfText(t, "---\nid: early\nheadline: Barge stuck\npublished: 2026-05-04\n---\nFour tugboats spent Monday trying to pull the barge free.\n",
		"---\nid: late\nheadline: Barge still stuck\npublished: 2026-05-06\n---\nThe river authority said two more tugs had arrived, bringing the total on site to six.\n")
	if a := mustAsk(t, e, "how many tugs were there at first"); !strings.HasPrefix(a.Short, "Four tugboats") {
		t.Errorf("%q; want the earliest count, Four tugboats", a.Short)
	}
}

// TestWholeCount: a count asked "in total" or "altogether" is the whole,
// the sum as it ended: the latest article's, though an earlier one's
// sentence matches the question as well.
func TestWholeCount(t *testing.T) {
	e := engineOfText(t, "---\nid: early\nheadline: Tugs used to free grain ship\npublished: 2026-05-04\n---\nFour tugs were used on Monday, the canal authority said.\n",
		"---\nid: late\nheadline: Grain ship freed\npublished: 2026-05-09\n---\nEleven tugs were used on Saturday to pull the grain ship free after five days.\n")
	for _, q := range []string{"how many tugs were used in total", "how many tugs were used altogether"} {
		if a := mustAsk(t, e, q); !strings.HasPrefix(a.Short, "Eleven") {
			t.Errorf("%q: %q; want the latest count, Eleven", q, a.Short)
		}
	}
}

// TestCountAsked: a count asked as "what is" its tally is a "how many"
// question ("whats the vote count", "what's the number of votes"), read
// as one and answered with the figure; "the death toll" names what it
// counts and stays as asked.
func TestCountAsked(t *testing.T) {
	for q, want := range map[string]string{
		"whats the vote count":          "how many vote",
		"what was the final vote tally": "how many final vote",
		"what's the number of votes":    "how many votes",
		"what is the count of ballots":  "how many ballots",
		"whats the death toll":          "",
		"what's the vote":               "",
	} {
		if got := asCount(q); got != want {
			t.Errorf("asCount(%q) = %q; want %q", q, got, want)
		}
	}
	e := engineOfText(t, `---
id: t
headline: Tram Line Approved
---
Councillors approved the £640 million scheme by 31 votes to 24, with two abstentions.

The vote followed a six-hour debate.
`)
	wantShorts(t, e, []askedShort{{"whats the vote count", "31 votes"}})
}

// TestTopicGistLine: a topic's overview says in its line what the most
// central sentence that holds the topic says first, cut to a dozen words
// where its main clause runs longer, not a whole clause further down
// ("Tanker lorries now supply the arena").
func TestTopicGistLine(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Arena Becomes Town's Biggest Shelter
---
RIVERSIDE — Two days after the flood, the Riverside arena has become the most crowded place in the whole of the town. About 900 people sleep on its courts.

Tanker lorries now supply the arena, the hospital and the school.
`, `---
id: u
headline: Flood Waters Recede
---
The river fell by a metre overnight, and engineers began to inspect the bridges.

Schools will reopen on Monday, the mayor said.
`)
	a := mustAsk(t, e, "what happened w the arena")
	if a.Kind != KindOverview || !strings.HasPrefix(a.Short, "the Riverside arena has become") || wordCount(a.Short) > maxShortWords {
		t.Errorf("what happened w the arena: %v %q; want an overview whose line is the lede's \"the Riverside arena has become …\", cut to %d words", a.Kind, a.Short, maxShortWords)
	}
}

// TestHurtIsInjured: "hurt" asks for the injured, a pair GloVe puts apart
// (0.60, below soft matching's 0.65), so index/vocabulary.txt ties it.
// "Hurt" is a past verb too, as "hit", "cut" and "put" are: the verb of
// what is counted ("how many ppl were hurt" is not the 351 killed).
func TestHurtIsInjured(t *testing.T) {
	wantShorts(t, quakeEngine(t), []askedShort{{"how many got hurt", "2,460"}, {"how many ppl were hurt", "2,460"}})
}

// TestHowOften: "how often" asks for a frequency, a figure with a unit of
// time ("every six minutes"), as "how deep" asks for a depth.
func TestHowOften(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Tram Line Approved
---
The line will have 14 stops and cost £640 million. Trams will run every six minutes at peak times.

The bus company's director urged the council to let buses feed passengers to tram stops rather than compete with the trams.

About 300 people watched the debate.
`)
	wantShorts(t, e, []askedShort{{"how often will trams come", "every six minutes"}})
}

// TestCapitalAsPlace: a capital no article names stands for its
// government ("berlin's attitude"), but "in Lima" is the city, where
// nothing the articles tell happened; nor is it a topic of theirs.
func TestCapitalAsPlace(t *testing.T) {
	e := quakeEngine(t)
	for _, q := range []string{"what happened in lima", "how many died in lima", "tell me about lima"} {
		a := mustAsk(t, e, q)
		if a.Answered {
			t.Errorf("%s: answered %q (%v); want declined: no article speaks of Lima", q, a.Short, a.Kind)
		}
	}
}

// TestHowMuchStuff: "how much X" asks for money or a share, or for a
// quantity of X in a unit of mass or volume ("seven tonnes of fuel oil")
// or of any measure of it ("300 portions of soup"); "how much stuff", of
// anything ("40 tonnes of rice and blankets").
func TestHowMuchStuff(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Ship Leaks Fuel
---
The ministry said on Saturday that about seven tonnes of fuel oil had leaked from the ship.

A small amount of fuel oil has leaked from the grounded ship, officials said.

Volunteers who came to help brought 300 portions of soup and bread.

The navy, which has shipped 40 tonnes of rice and blankets by sea, said it would send doctors.
`)
	wantShorts(t, e, []askedShort{{"how much fuel oil leaked", "seven tonnes"}, {"how much soup did the volunteers bring", "300 portions of soup"},
		// a placeholder: a quantity of anything
		{"how much stuff did the navy ship", "40 tonnes of rice"}})
}

// TestHowMuchOfWhatDone: a quantity of what "how much" asks about
// answers only where its clause says the question's verb of it: "It was
// carrying 61,000 tonnes of wheat" says nothing of how much was damaged.
func TestHowMuchOfWhatDone(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Grain Ship Runs Aground in Canal
---
The Corvina Star, a bulk carrier, ran aground in the canal on Monday. It was carrying 61,000 tonnes of wheat from Riga to Alexandria.

The ministry said on Saturday that about seven tonnes of fuel oil had leaked from the ship.
`)
	if a := mustAsk(t, e, "how much of the wheat got damaged"); a.Answered {
		t.Errorf("how much of the wheat got damaged: answered %q; want declined", a.Short)
	}
	wantShorts(t, e, []askedShort{{"how much fuel oil leaked", "seven tonnes"}})
}

// TestSubjectDenies: "None of the crew … were hurt" settles "was anybody
// hurt" as no, a question whose one word is the predicate, asked of an
// indefinite subject; and the words shown hold the subject that denies.
func TestSubjectDenies(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Ship Runs Aground
---
None of the 22 crew members or the pilot on board were hurt, according to the ship's owner, Thessaly Maritime.

The ship was carrying 61,000 tonnes of wheat.
`)
	a := mustAsk(t, e, "was anybody hurt")
	if a.Verdict != verdictNo || !strings.HasPrefix(a.Short, "None of the 22 crew") {
		t.Errorf("was anybody hurt: %q %q; want No with \"None of the 22 crew …\"", a.Verdict, a.Short)
	}
}

// TestCountOfPart: a count of people in general is the count its verb
// says ("how many ppl died": the death toll), a count of some of them
// is not ("how many children died": no article counts the children).
func TestCountOfPart(t *testing.T) {
	e := quakeEngine(t)
	for q, want := range map[string]string{"how many ppl died": "351", "how many children died in the quake": "", "how many women died": ""} {
		a := mustAsk(t, e, q)
		if want == "" && a.Answered || want != "" && !strings.Contains(a.Short, want) {
			t.Errorf("%s: answered %v %q; want %q", q, a.Answered, a.Short, want)
		}
	}
}

// TestHowLongIsThing: "how long is the canal" (a present copula, no verb)
// may ask a thing's length: "98 kilometres", before the "two days" the
// same sentence gives and the "two weeks" of another.
func TestHowLongIsThing(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Canal Reopens
---
The canal, which opened in 1911, is 98 kilometres long and saves ships about two days.

Dockworkers were asked to cancel leave for the next two weeks while the canal was shut.
`)
	wantShorts(t, e, []askedShort{{"how long is the canal", "98 kilometres"}})
}

// TestCountsWhatIsMeant: "22 crew members" counts crew (a classifier
// noun counts what qualifies it, kinds.txt [classifier-words]); "About
// 300 people watched" counts those who "turned up to watch" (a later verb
// of the question's, in its own word); and "Thanking Obi, Achebe called"
// is no list of two ministers (a comma alone joins no list), where "Obi
// and Achebe backed" is.
func TestCountsWhatIsMeant(t *testing.T) {
	e := engineOfText(t, `---
id: a
headline: Ship Runs Aground
published: 2026-05-04
---
None of the 22 crew members or the canal pilot on board were hurt, the owner said.

About 300 people watched from the public gallery as the council voted.
`, `---
id: b
headline: Ministers Back Plan
published: 2026-05-09
---
Transport Minister Amara Achebe and Finance Minister Chidi Obi met rail bosses on Monday.

Thanking Obi, Achebe called the bid one of the strongest she had seen.

Obi and Achebe backed the plan after the meeting.
`)
	wantShorts(t, e, []askedShort{{"how many crew were on board", "22"}, {"how many ppl turned up to watch", "300"}, {"how many ministers backed the plan", "2: Obi and Achebe"}})
	if a := mustAsk(t, e, "how many ministers called the bid strong"); strings.Contains(a.Short, "Obi") {
		t.Errorf("how many ministers called the bid strong: %q; a comma alone joins no list", a.Short)
	}
}

// TestCountOfNarrowed: "how many conservative councillors voted no" asks
// for a part the passage does not count ("by 31 votes to 24" counts them
// all); without the narrowing word the count answers.
func TestCountOfNarrowed(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Tram Line Approved
---
Councillors approved the scheme by 31 votes to 24, with two abstentions, after a six-hour debate.

The Conservative and Independent groups said the cost had risen.
`)
	wantDeclined(t, e, "how many conservative councillors voted no")
	wantShorts(t, e, []askedShort{{"how many councillors voted yes", "31"}})
}

// TestCountOfNarrowedSoftly: the narrowing word of "how many container
// ships" is not said by a word only near it in meaning ("the queue of 212
// ships": GloVe puts "ship" near "container", the counted noun itself); it
// must be in the passage as typed or by a synonym.
func TestCountOfNarrowedSoftly(t *testing.T) {
	c, _, err := corpus.Dir("testdata/ship/articles", corpus.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	e := engineOver(t, c)
	wantDeclined(t, e, "how many container ships were in the queue")
	wantShorts(t, e, []askedShort{{"how many ships were in the queue", "212"}})
}

// TestMeasureOfThingNoMoney: "how deep do the pier 4 cracks go" measures
// a thing, which no sum of money does ("$16.2 million to replace the
// welded steel crossheads on piers 2, 3 and 4"); "how high did copper
// prices go" measures no thing, and a share answers it.
func TestMeasureOfThingNoMoney(t *testing.T) {
	c, _, err := corpus.Dir("testdata/bridge/articles", corpus.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	e := engineOver(t, c)
	wantDeclined(t, e, "how deep do the pier 4 cracks go")
	for q, want := range map[string]bool{
		"how deep do the pier 4 cracks go": true,
		"how high did the river get":       true,
		"how high did copper prices go":    false,
		"how big is the loan":              false,
	} {
		if got := e.measuresThing(new(e.analyse(q))); got != want {
			t.Errorf("measuresThing(%q) = %v; want %v", q, got, want)
		}
	}
}

// TestCountInSentenceBefore: where the top sentence counts nothing asked
// about ("four residents were taken to hospital"), the sentence right
// before it, whose figure counts the noun asked ("43 homes in the village
// had flooded"), answers, read with the top's names.
func TestCountInSentenceBefore(t *testing.T) {
	c, _, err := corpus.Dir("testdata/flood/articles", corpus.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	e := engineOver(t, c)
	wantShorts(t, e, []askedShort{
		{"how many houses in dunmore falls were flooded", "43 homes"},
		{"how many houses in dunmore falls got flooded", "43 homes"},
	})
}

// TestEnumerationNotModifier: names joined by "and" right before a noun
// for people or a plural noun qualify it, as a compound's first words do
// ("the Port and Transport Workers' Union members"): no list of those
// counted; names before a verb are ("Obi and Achebe voted").
func TestEnumerationNotModifier(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Ballot\n---\nIn a ballot held on Sunday, 78% of the Port and Transport Workers' Union members who voted backed the agreement.\nObi and Achebe voted in the ballot.\n")
	q := e.analyse("how many people voted in the ballot")
	for text, want := range map[string]int{
		"In a ballot held on Sunday, 78% of the Port and Transport Workers' Union members who voted backed the agreement.": 0,
		"Obi and Achebe voted in the ballot.": 2,
	} {
		if _, n := e.enumeration(&q, text); n != want {
			t.Errorf("enumeration(%q) counts %d; want %d", text, n, want)
		}
	}
}

// TestEnumerationLightVerb: a question's verb of little meaning of its
// own ("put", "hold") is said by a clause that holds the words of its
// object ("signed a declaration of intent" for "put their names on the
// declaration of intent"); another object is no such deed.
func TestEnumerationLightVerb(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Talks\n---\nObi, Achebe and Okafor signed a declaration of intent after the talks.\nObi, Achebe and Okafor signed a peace treaty after the talks.\nThey put it to a vote.\n")
	q := e.analyse("how many ppl put their names on the declaration of intent")
	for text, want := range map[string]int{
		"Obi, Achebe and Okafor signed a declaration of intent after the talks.": 3,
		"Obi, Achebe and Okafor signed a peace treaty after the talks.":          0,
	} {
		if _, n := e.enumeration(&q, text); n != want {
			t.Errorf("enumeration(%q) counts %d; want %d", text, n, want)
		}
	}
}

// TestArticleTopic: "what did AUTHOR write about", "what is OUTLET's
// article about" are answered by the article's headline and the opening
// sentence of its text, not by its byline.
func TestArticleTopic(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Inspectors find listeria in factory drain\noutlet: The Consumer Wire\nauthor: Amit Chaudhary\npublished: 2026-09-19\n---\nFood safety inspectors found listeria in a drain at the factory on Friday.\nThe company said it would close the plant.\n",
		"---\nid: b\nheadline: Cheese maker apologises\noutlet: The Kelbrook Gazette\nauthor: Fiona MacRae\npublished: 2026-09-17\n---\nThe chief executive apologised on Wednesday to the families of those who fell ill.\nA law firm filed a lawsuit.\n")
	for _, tc := range []struct{ q, short, passage string }{
		{"what did amit chaudhary write about", "Inspectors find listeria in factory drain", "Food safety inspectors found listeria"},
		{"what is the kelbrook gazette article about", "Cheese maker apologises", "The chief executive apologised"},
	} {
		a := mustAsk(t, e, tc.q)
		if !a.Answered || a.Short != tc.short || len(a.Passages) == 0 || !strings.HasPrefix(a.Passages[0].Text, tc.passage) {
			t.Errorf("%s: %v %q %+v; want %q with the passage %q…", tc.q, a.Answered, a.Short, a.Passages, tc.short, tc.passage)
		}
	}
}

// TestArticlePartAbout: "what is the standfirst of OUTLET's article about"
// asks what that part says, not the article's topic: its standfirst, not
// its headline.
func TestArticlePartAbout(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Inspectors find listeria in factory drain\noutlet: The Consumer Wire\nauthor: Amit Chaudhary\npublished: 2026-09-19\n---\nFood safety inspectors found listeria in a drain at the factory on Friday.\n",
		"---\nid: b\nheadline: Cheese maker apologises\nstandfirst: Families of those who fell ill call for an inquiry\noutlet: The Kelbrook Gazette\nauthor: Fiona MacRae\npublished: 2026-09-17\n---\nThe chief executive apologised on Wednesday to the families of those who fell ill.\n")
	wantShorts(t, e, []askedShort{{"whats the standfirst of the kelbrook gazette article about", "Families of those who fell ill call for an inquiry"}})
}

// TestWhatItMattersFor: "why does X matter" is answered by what X is the
// key to, or essential for, over a passage whose only cue is when ("after
// the meeting").
func TestWhatItMattersFor(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Guarantees agreed\n---\n"+
		"Macron said after the meeting that the moves represented robust security guarantees for a lasting peace.\n"+
		"The security guarantees are the key to ensuring that a peace agreement can never mean a surrender, Macron said.\n"+
		"Leaders met in Paris on Tuesday.\n")
	wantShorts(t, e, []askedShort{{"why does macron say the guarantees matter", "key to ensuring"}})
}

// TestTopicClause: "what happened to X", where the sentence about X has no
// main clause whole in a dozen words, is answered by the clause that holds
// X, not left without a line.
func TestTopicClause(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Summit tests unity\n---\n"+
		"The U.S. military’s recent operation in Venezuela — which led to the capture of Nicolás Maduro — and the president’s revived proposal to claim Greenland have raised concerns among European leaders.\n"+
		"Leaders met in Paris on Tuesday to discuss security guarantees.\n",
		"---\nid: u\nheadline: Talks continue\n---\nUkrainian and American officials continued talks on Wednesday.\nThe coalition agreed to set up a coordination cell in Paris.\n")
	wantShorts(t, e, []askedShort{{"what happened to maduro", "capture of Nicolás Maduro"}})
}

// TestNoVerdictOverNegatedWord: a clause that holds the question's words
// but denies a quality by "un…" ("declared unsafe") gives no "Yes".
func TestNoVerdictOverNegatedWord(t *testing.T) {
	e := engineOfText(t, "---\nid: f\nheadline: Floods\n---\nDrinking water in Millbrook has been declared unsafe, and residents have been told to boil tap water.\nThe river burst its banks on Monday.\n")
	if a := mustAsk(t, e, "can u drink the tap water in millbrook"); a.Verdict == verdictYes {
		t.Errorf("can u drink the tap water in millbrook: verdict %q %q; want none", a.Verdict, a.Short)
	}
}

// TestNoVerdictVerbBeforeSubject: "did the levee hold" is not settled by
// a clause where the verb comes before the subject's word ("residents
// holding a banner that read “Fix the levee”").
func TestNoVerdictVerbBeforeSubject(t *testing.T) {
	e := engineOfText(t, "---\nid: f\nheadline: Floods\n---\nOutside the town hall stood a group of residents holding a banner that read “Fix the levee”.\nThe river burst its banks on Monday.\n")
	if a := mustAsk(t, e, "did the levee hold"); a.Verdict != "" {
		t.Errorf("did the levee hold: verdict %q %q; want none", a.Verdict, a.Short)
	}
}

// TestWritesFor: "who writes for OUTLET" asks for the author of its
// article, as "who wrote the OUTLET article" does.
func TestWritesFor(t *testing.T) {
	e := engineOfText(t, "---\nid: a\nheadline: Inspectors find listeria\noutlet: The Consumer Wire\nauthor: Amit Chaudhary\n---\nInspectors found listeria in a drain at the factory on Friday.\nThe company closed the plant.\n")
	wantShorts(t, e, []askedShort{{"who writes for the consumer wire", "Amit Chaudhary"}})
}

// TestYesNoDenialFurtherOn: where a yes/no question's words are denied
// further on in the clause ("…, not US troops"), the words that bear on it
// take in the denial.
func TestYesNoDenialFurtherOn(t *testing.T) {
	e := engineOfText(t, "---\nid: g\nheadline: Monitoring agreed\n---\n"+
		"The coalition said the allies will join a proposed US-led ceasefire monitoring mechanism, which officials said would likely involve drones, sensors and satellites, not US troops.\n"+
		"Leaders met in Paris on Tuesday.\n")
	wantShorts(t, e, []askedShort{{"will us troops be part of the ceasefire monitoring", "not US troops"}})
}

// TestAbsenceIsADenial: "the absence of X" denies X's being there, and is
// kept in the words that bear on "was X at …".
func TestAbsenceIsADenial(t *testing.T) {
	e := engineOfText(t, "---\nid: p\nheadline: Pledge made\n---\nThe absence of Vladimir Putin from the talks underscores that the most difficult negotiations likely still lie ahead.\nLeaders met in Paris on Tuesday.\n")
	wantShorts(t, e, []askedShort{{"was putin at the talks", "absence of Vladimir Putin"}})
}

// TestEventDateInFull: "what date was the summit", and "when was the
// summit", are answered by the day in full, from an opening that names
// the event in other words ("the meeting"), not by the weekday another
// sentence gives.
func TestEventDateInFull(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Allies pledge troops\nevent_date: 2026-01-06\n---\nThe pledges came on Tuesday at a summit of the coalition in Paris.\nLeaders agreed to deploy troops after a ceasefire.\n"+
			strings.Repeat("Delegates at the summit spoke of the summit and its aims.\n", 20),
		"---\nid: b\nheadline: Summit tests unity\nevent_date: 2026-01-06\n---\nThe summit in Paris on Tuesday tested the unity of the allies.\nEnvoys joined the talks.\n",
		"---\nid: c\nheadline: Pledge made\nevent_date: 2026-01-06\n---\nThe high-stakes diplomatic meeting took place in Paris on Tuesday, 6 January 2026, bringing together key Western allies.\nThe leaders signed a declaration.\n")
	wantShorts(t, e, []askedShort{{"what date was the summit", "6 January 2026"}, {"when was the summit", "6 January 2026"}})
}

// TestOverviewLeadsWithFirstReport: an overview of a whole coverage
// reported over several days opens on the first report's lede, which says
// what happened, and gives its line from it.
func TestOverviewLeadsWithFirstReport(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Ship runs aground\npublished: 2026-05-04\n---\nA bulk carrier loaded with wheat ran aground in the Valdane Canal early on Monday, blocking the waterway.\nTugs tried to pull it free.\n",
		"---\nid: b\nheadline: Fuel leaks\npublished: 2026-05-05\n---\nA small amount of fuel oil has leaked from the grounded bulk carrier in the Valdane Canal, officials said.\nThe canal stayed closed to ships.\nShips waited at both ends of the canal.\n",
		"---\nid: c\nheadline: Ship freed\npublished: 2026-05-09\n---\nSalvage crews freed the bulk carrier from the bank of the Valdane Canal on Saturday, and the canal reopened to ships.\nThe queue of ships began to clear.\n")
	a := mustAsk(t, e, "tldr what happened")
	if len(a.Passages) == 0 || a.Passages[0].Article.ID != "a" || !strings.Contains(a.Short, "ran aground") {
		t.Errorf("tldr what happened: %q from %v; want the line of article a's lede", a.Short, a.Sources)
	}
}

// TestOverviewTopicFirstReport: an overview of a topic the first report's
// lede holds whole ("tldr brennland flood") opens on that lede, as of the
// whole coverage, not on a later report that names the topic first.
func TestOverviewTopicFirstReport(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: River floods towns\npublished: 2026-05-05\n---\nBRACKEN — The Orm River burst its banks in western Brennland on Tuesday after four days of rain, flooding hundreds of homes in three towns.\nThe river reached 8.9 metres at the Bracken gauge.\n",
		"---\nid: b\nheadline: Brennland flood aid\npublished: 2026-05-08\n---\nFELTON — Brennland will spend $120 million to help households, farms and businesses hit by this week's flood in the Orm valley, the government said on Friday.\nThe Brennland flood aid is the largest disaster package in the province's history.\nBrennland said the flood was the worst in its records.\n",
		"---\nid: c\nheadline: Dam row\npublished: 2026-05-06\n---\nPeople in Dunmore say they had barely any warning before water released from the Tarn Dam poured into their streets on Tuesday.\nThe mayor called for an inquiry.\n",
		"---\nid: d\nheadline: Cleanup\npublished: 2026-05-09\n---\nASHBY — Louise Gaudet was allowed back into her house on Saturday for the first time since Tuesday.\nThe water had left a line of mud on her wall.\n")
	a := mustAsk(t, e, "tldr brennland flood")
	if len(a.Passages) == 0 || a.Passages[0].Article.ID != "a" || !strings.Contains(a.Short, "burst its banks") {
		t.Errorf("tldr brennland flood: %q from %v; want the line of article a's lede", a.Short, a.Sources)
	}
}

// TestPlaceInOutletName: a place the articles report from that is also a
// word of an outlet's name names the outlet only where the question speaks
// of an article ("who wrote the castelmoor article"), not where it asks
// what happened there.
func TestPlaceInOutletName(t *testing.T) {
	e := engineOfText(t,
		"---\nid: h\nheadline: Rail strike begins\noutlet: The Castelmoor Herald\nauthor: Ines Marlowe\npublished: 2026-11-03\n---\nThe company ran one train an hour on the main line between Brennport and Castelmoor during the strike.\nCommuters queued for buses.\n",
		"---\nid: l\nheadline: Injunction refused\noutlet: The Brennport Ledger\nauthor: Samuel Achterberg\npublished: 2026-11-05\n---\nA judge in Castelmoor refused to grant an injunction against the union.\nThe strike went on.\n")
	if a := mustAsk(t, e, "how often did trains run between brennport and castelmoor during the strike"); a.Kind == KindMeta {
		t.Errorf("how often did trains run …: answered from the articles' facts, %q; want their text", a.Short)
	}
	wantShorts(t, e, []askedShort{
		{"what did the company run between brennport and castelmoor", "one train an hour"}, // their text, answered
		{"who wrote the castelmoor article", "Ines Marlowe"},
	})
}

// TestNoStaleVerdict: a yes/no question asked of the present ("is the
// strike still on") gets no verdict from a passage that a later article,
// nearly as well matched, may have overtaken.
func TestNoStaleVerdict(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Strike goes on\npublished: 2026-11-07\n---\nOn Friday, the fifth day of the walkout, the company said 26,000 workers were still on strike.\nCommuters queued for buses.\n",
		"---\nid: b\nheadline: Deal reached\npublished: 2026-11-10\n---\nSome trains were still delayed on Tuesday after the strike was suspended on Monday night.\nThe union said its members would vote on the deal.\n")
	if a := mustAsk(t, e, "is the strike still on"); a.Verdict != "" {
		t.Errorf("is the strike still on: verdict %q %q; want none, a later article may say otherwise", a.Verdict, a.Short)
	}
}

// TestOutletCountEdges: an outlet two articles share is counted once ("1
// outlet: …"); where no article states its outlet, none is counted and
// the question is not answered.
func TestOutletCountEdges(t *testing.T) {
	one := engineOfText(t,
		"---\nid: a\noutlet: Valley Post\n---\nThe bridge reopened on Monday.\n",
		"---\nid: b\noutlet: Valley Post\n---\nTraffic returned to the bridge on Tuesday.\n")
	if a := mustAsk(t, one, "how many outlets are there"); !a.Answered || a.Short != "1 outlet: Valley Post" {
		t.Errorf("one outlet: answered %v, short %q; want 1 outlet: Valley Post", a.Answered, a.Short)
	}
	none := engineOfText(t,
		"---\nid: a\n---\nThe bridge reopened on Monday.\n",
		"---\nid: b\n---\nTraffic returned to the bridge on Tuesday.\n")
	if a := mustAsk(t, none, "how many outlets are there"); a.Answered && strings.Contains(a.Short, "outlet") {
		t.Errorf("no outlet stated: short %q; want none counted", a.Short)
	}
}

// countingSearch is the index with its searches counted.
type countingSearch struct {
	Searcher
	calls *int
}

func (s countingSearch) Search(ctx context.Context, q index.Query) ([]index.Hit, error) {
	*s.calls++
	return s.Searcher.Search(ctx, q)
}

// TestDefineUnknownWord: "what is X" where a word of X stands in no
// passage, in any spelling, is answered as any question is, with one
// search: no passage can say what X is, so none is searched for a
// definition; "what does X stand for" is then not covered.
func TestDefineUnknownWord(t *testing.T) {
	base := testEngine(t)
	calls := 0
	e := New(base.c, countingSearch{base.s, &calls})
	if _, err := e.Ask(t.Context(), "what is the population of Zqxland"); err != nil {
		t.Fatal(err)
	}
	if calls != 1 {
		t.Errorf("what is the population of Zqxland: %d searches; want 1", calls)
	}
	if a := mustAsk(t, e, "what does ZQXW stand for"); a.Answered || a.Kind != KindDefine {
		t.Errorf("what does ZQXW stand for: %v, %v; want a definition not covered", a.Answered, a.Kind)
	}
}

// TestLatestOverview: "whats the latest", "any updates", "where do things
// stand" ask for the news as it stands now: the overview is led by the opening of the newest report
// (by the publication dates the articles state), not by the first's, which
// leads "what happened" (the refloating, not the grounding; the funding
// review, not the council's vote).
func TestLatestOverview(t *testing.T) {
	for _, d := range []string{"quake", "ship", "tram"} {
		c, _, err := corpus.Dir("testdata/"+d+"/articles", corpus.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		e := engineOver(t, c)
		first, last := c.Articles[0], c.Articles[0]
		for _, a := range c.Articles {
			if a.Published < first.Published {
				first = a
			}
			if a.Published > last.Published {
				last = a
			}
		}
		for q, want := range map[string]*corpus.Article{"whats the latest": last, "any updates?": last, "where do things stand": last, "state of play?": last, "what happened": first} {
			a := mustAsk(t, e, q)
			if a.Kind != KindOverview || len(a.Passages) == 0 || a.Passages[0].Article != want {
				got := ""
				if len(a.Passages) > 0 {
					got = a.Passages[0].Article.ID
				}
				t.Errorf("%s: %q led by %s (kind %s), want %s", d, q, got, a.Kind, want.ID)
			}
		}
	}
}

// TestPhrasalVerdict: a phrasal verb means other than its verb alone: "did
// russia show up" is not settled by "Russian aggression shows no signs of
// slowing" (it said "Yes"); "did the rescuers call off the search" is by
// "the rescuers called off the search".
func TestPhrasalVerdict(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Talks in Geneva
---
Russian aggression shows no signs of slowing, officials in Geneva said on Monday.

The rescuers called off the search for the missing climbers on Tuesday.
`)
	if a := mustAsk(t, e, "did russia show up"); a.Verdict != "" {
		t.Errorf("did russia show up: verdict %s (%q); want none", a.Verdict, a.Short)
	}
	if a := mustAsk(t, e, "did the rescuers call off the search"); a.Verdict != verdictYes {
		t.Errorf("did the rescuers call off the search: verdict %q (%q); want Yes", a.Verdict, a.Short)
	}
}

// TestAnyoneVerdict: "was anyone killed" is settled only by a clause that
// says it of people, near its verb: "lodgepole pine killed by mountain pine
// beetle" said "Yes" for the trees; "The quake killed 351 people" says it.
func TestAnyoneVerdict(t *testing.T) {
	trees := engineOfText(t, `---
id: t
headline: Fire season
---
Okafor said the slopes above the town are covered in lodgepole pine killed by mountain pine beetle.
`)
	if a := mustAsk(t, trees, "was anyone killed"); a.Verdict != "" {
		t.Errorf("was anyone killed (trees): verdict %s (%q); want none", a.Verdict, a.Short)
	}
	quake := engineOfText(t, `---
id: t
headline: Quake toll
---
The quake killed 351 people in the north of the country on Tuesday.
`)
	if a := mustAsk(t, quake, "was anyone killed"); a.Verdict != verdictYes {
		t.Errorf("was anyone killed (quake): verdict %q (%q); want Yes", a.Verdict, a.Short)
	}
}

// TestFigureOfAnotherNamed: a figure in a passage that names another
// country or people than the question, whose name stands only in the
// sentence before, is not of the one asked about: "The 72-member Japanese
// team" answered how many members the Mexican team has.
func TestFigureOfAnotherNamed(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Rescue teams arrive
---
Specialist rescue teams from Japan, Mexico and Turkey landed at the airport overnight. The 72-member Japanese team was sent to the city centre.
`)
	if a := mustAsk(t, e, "how many members does the mexican rescue team have"); a.Answered {
		t.Errorf("Mexican team: answered %q; want declined, the figure is the Japanese team's", a.Short)
	}
	if a := mustAsk(t, e, "how many members does the japanese rescue team have"); !a.Answered || !strings.Contains(a.Short, "72") {
		t.Errorf("Japanese team: %v %q; want 72", a.Answered, a.Short)
	}
}

// TestBodySaid: "what did the Kremlin say" is not answered by what someone
// not of it said of Russia ("Starmer said peace would only be possible if
// Russia compromises"), but by where it is the subject of a verb of saying
// ("Russia has yet to comment …"), looked for among every passage naming
// it; one of a body (the UN's humanitarian chief) speaks for it.
func TestBodySaid(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Talks end in Paris
---
Prime Minister Keir Starmer said the meeting made excellent progress. He said peace would only be possible if Russia compromises.

Russia has yet to comment on the Paris meeting.

Ingrid Sævik, the UN's humanitarian chief, toured the camp on Monday. She said the most urgent needs were drinking water and tents.
`)
	for _, q := range []string{"what did the kremlin say", "what has russia said"} {
		if a := mustAsk(t, e, q); !a.Answered || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "yet to comment") {
			t.Errorf("%q: %v %q; want Russia's not commenting, not Starmer's words", q, a.Answered, a.Short)
		}
	}
	if a := mustAsk(t, e, "what does the un say people need most"); !a.Answered || !strings.Contains(a.Short+" "+a.Passages[0].Text, "drinking water") {
		t.Errorf("the UN's needs: %v %q; want what its humanitarian chief said", a.Answered, a.Short)
	}
	// on the summit's articles, where Starmer's words came first
	for _, q := range []string{"what did the kremlin say", "so what has russia said abt all this"} {
		a := mustAsk(t, testEngine(t), q)
		if len(a.Passages) == 0 || strings.Contains(a.Passages[0].Text, "Starmer") || !strings.Contains(a.Passages[0].Text, "Russia has") && !strings.Contains(a.Passages[0].Text, "Kremlin has") {
			top := ""
			if len(a.Passages) > 0 {
				top = a.Passages[0].Text
			}
			t.Errorf("%q: %q from %q; want a passage where Russia or the Kremlin is the one that (has not) said", q, a.Short, top)
		}
	}
}

// TestCaptionAnswer: "what does the photo of X show" is answered by the
// caption that holds most of the question's other words, its first words
// without the credit; "who took" keeps its answer, the credit.
func TestCaptionAnswer(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Rescue goes on
---
Rescuers searched the ruins on Wednesday.

> A search dog from the Spanish rescue team works on the ruins of a house in Calama on Wednesday. (Pacific Ledger/Camila Ortuzar)

> Volunteers pass bottled water outside the Zorros del Desierto stadium in Calama on Wednesday. (Pacific Ledger/Camila Ortuzar)
`)
	for q, want := range map[string]string{
		"what does the photo of the search dog show": "A search dog from the Spanish rescue team",
		"whats in the picture of the stadium":        "Volunteers pass bottled water",
		// one picked by its place: an ordinal is no word to find in it
		"what does the first photo caption say": "A search dog from the Spanish rescue team",
		"whats the caption of the last pic":     "Volunteers pass bottled water",
		"what does the 2nd photo show":          "Volunteers pass bottled water",
	} {
		a := mustAsk(t, e, q)
		if !a.Answered || !strings.HasPrefix(a.Short, want) || strings.Contains(a.Short, "Ortuzar") {
			t.Errorf("%q: %v %q; want the caption, %q…, without its credit", q, a.Answered, a.Short, want)
		}
	}
	if a := mustAsk(t, e, "who took the photo of the search dog"); !strings.Contains(a.Short, "Ortuzar") {
		t.Errorf("who took the photo: %q; want its credit", a.Short)
	}
	if a := mustAsk(t, e, "what does the third photo show"); a.Answered {
		t.Errorf("the third of two photos: %q; want declined", a.Short)
	}
}

// TestWhichNames: "which N" asks for things of that kind by name: a
// passage that names them beside the word for the kind goes before one
// that speaks of the kind alone.
func TestWhichNames(t *testing.T) {
	e := engineOfText(t, `---
id: fog
headline: Fog closes Skyport
---
Airlines diverted flights to other airports on Monday while a judge heard the union's case against Skyport.

By noon, 30 flights had gone to the airports of Brenholm and Carrow, officials said.
`)
	wantTop(t, e, "which airports did the flights go to", "Brenholm", true)
}

// TestOverviewOfUnknownTopic: "what happened to X" where most of X's
// words are the asker's own, none of the articles', gets no overview (no
// topic of theirs) but is ranked as any question, not left without a
// passage.
func TestOverviewOfUnknownTopic(t *testing.T) {
	e := engineOfText(t, `---
id: storm
headline: Storm batters the coast
---
The storm reached the coast on Sunday night.

In the harbour village of Marn, the storm wrecked the breakwater and sank two boats.

Power was restored to most homes by Tuesday.
`)
	wantTop(t, e, "what happened to the sea walls and jetties in the little harbour village", "breakwater", false)
}

// TestBulletRunOnePassage: a list answered by a run of bullets quotes the
// run as one passage, every item in it, so that the passage shown first
// holds the whole list.
func TestBulletRunOnePassage(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Flood Aid
---
Talks on the flood ended on Friday. The main pledges made at the talks were:
- Norway: $40 million for shelters.
- Spain: two field hospitals.
- Italy: 300 tents, blankets and stoves.
Officials said more aid would come.
`)
	a := mustAsk(t, e, "list all the pledges from the talks")
	if len(a.Passages) == 0 || len(a.Items) != 3 {
		t.Fatalf("%d passages, %d items; want the run", len(a.Passages), len(a.Items))
	}
	for _, it := range a.Items {
		if it.Passage != 0 || !strings.Contains(a.Passages[0].Text, it.Text) {
			t.Errorf("item %q in passage %d; want every item in the first, %q", it.Text, it.Passage, a.Passages[0].Text)
		}
	}
	checkAnswer(t, "list all the pledges from the talks", a)
}

// TestVagueFocus: "what stuff …", "what things …" name no kind of answer:
// a placeholder noun no article uses does not count against answering as
// an unknown noun asked about does ("which hotel").
func TestVagueFocus(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Council meets
---
The mayor met the transport committee on Monday to go over the bridge repairs, the new bus lanes and the budget for the harbour.

The committee will meet again in May.
`)
	for _, q := range []string{"what stuff did the mayor go over with the transport committee", "what things did the mayor go over with the committee"} {
		wantTop(t, e, q, "bridge repairs", true)
	}
}

// TestCountedNearest: a counted noun no article uses, and none near it
// by soft matching's bar, is read as the articles' word nearest it
// ("riders": "passengers", GloVe 0.53), so that a count of that answers.
func TestCountedNearest(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Tram line approved
---
The council approved the tram line on Tuesday.

Officials expect the line to carry about 9 million passengers a year.

Shops on the route fear two years of roadworks.
`)
	wantShorts(t, e, []askedShort{{"how many riders a year are they expecting", "9 million"}})
}

// TestReasonQuoteGoesOn: a why question whose best passage is a speaker's
// quotation that gives no reason is answered with the quotation's next
// sentence in the paragraph too, which goes on to say why ("There are
// nesting birds …"): the passage shown spans both.
func TestReasonQuoteGoesOn(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Fuel leak
---
A small amount of fuel oil leaked from the grounded ship on Tuesday, officials said.

"The leak is small and it is contained, but we are treating it as serious," the environment minister said after visiting the site. "There are nesting birds on this stretch of the canal and we will not accept damage to them."

The ministry will test the water every day.
`)
	a, err := e.Ask(t.Context(), "why is the minister so worried about the leak")
	if err != nil || !a.Answered || len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "nesting birds") {
		t.Errorf("why is the minister so worried about the leak: %v, %v; want the quotation's next sentence shown with it", a.Passages, err)
	}
}

// TestReasonRightAfterQuestion: a weak cue right after the question's
// words gives their reason ("failed *when a towline snapped*"); one in
// the sentence next to it, of another deed, does not take its place.
func TestReasonRightAfterQuestion(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Ship refloated
---
Nine tugs pulled the ferry free on Sunday morning, after divers had cleared rocks from around its hull. A first attempt on Saturday failed when a steel cable snapped.

The harbour reopened at noon.
`)
	a := mustAsk(t, e, "why did the saturday attempt fail")
	if !a.Answered || !strings.Contains(a.Short, "cable snapped") {
		t.Errorf("why did the saturday attempt fail: short %q; want the cue right after the question's words, \"when a steel cable snapped\"", a.Short)
	}
}

// TestReasonOfQuestionWord: a top passage with no cue of a cause does not
// answer "why"; a close one whose strong cue stands right after one of the
// question's words ("also cancelled because crews could not be assigned")
// gives the cause, though it matches the question less well.
func TestReasonOfQuestionWord(t *testing.T) {
	c, _, err := corpus.Dir("testdata/airport/articles", corpus.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	a := mustAsk(t, engineOver(t, c), "why were flights outside marrowby cancelled as well")
	if !a.Answered || !strings.Contains(a.Short, "crews could not be assigned") {
		t.Errorf("why were flights outside marrowby cancelled as well: short %q; want the cause of the cancelling, \"because crews could not be assigned …\"", a.Short)
	}
}

// TestMeansThroughPlace: "through" a thing with extent is a way through a
// place, not a means: the means is the deed done through it, from its verb
// ("cut a channel through the rock"); "through" something else is the
// means itself ("through UN agencies").
func TestMeansThroughPlace(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Army engineers then cut a channel through the rock and mud in 30 hours.", "cut a channel through the rock"},
		{"Rescuers from five countries dig through collapsed blocks.", "dig through collapsed blocks"},
		{"Most of the aid was channelled through UN agencies.", "through UN agencies"},
	} {
		i := strings.Index(tc.text, "through")
		if got := tc.text[throughPlaceVerb(tc.text, i):]; !strings.HasPrefix(got, tc.want) {
			t.Errorf("throughPlaceVerb(%q): means %q; want it to open %q", tc.text, got, tc.want)
		}
	}
	e := engineOfText(t, `---
id: t
headline: Landslide lake
---
Fearing a sudden flood, authorities evacuated about 6,000 people from neighbourhoods along the riverbank on Wednesday. Army engineers then cut a channel through the rock and mud in 30 hours of continuous work, and the water level began to drop early on Friday.
`)
	a := mustAsk(t, e, "how did they stop the lake from flooding the town")
	if !a.Answered || !strings.Contains(a.Short, "cut a channel through the rock") {
		t.Errorf("how did they stop the lake from flooding the town: short %q; want the deed done through the rock, \"cut a channel through the rock\"", a.Short)
	}
}

// TestWhyNotBut: for "why didn't …", the clause ", but" opens after a
// deed says what went against it, the reason it did not work.
func TestWhyNotBut(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: River floods town
---
The mayor said volunteers had built a wall of sandbags along the quay since Sunday, but that the river had simply risen over it in the night.

The town's school will stay closed until Monday.
`)
	a := mustAsk(t, e, "why didnt the sandbags protect the quay")
	if !a.Answered || !strings.Contains(a.Short, "the river had simply risen over it") {
		t.Errorf("why didnt the sandbags protect the quay: short %q; want the clause \"but\" opens, \"the river had simply risen over it\"", a.Short)
	}
}

// TestCountOfOtherCountry: a number whose counted noun another country
// qualifies ("several thousand French troops") counts none of the
// country the question asks about ("how many ukrainian soldiers"), though
// the passage name that country elsewhere; of the same country, it does.
func TestCountOfOtherCountry(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Troops pledged
---
The president said Paris could deploy several thousand French troops to Ukraine after the war.

The talks will resume in Berlin next month.
`)
	if a := mustAsk(t, e, "how many ukrainian soldiers are there"); a.Answered {
		t.Errorf("how many ukrainian soldiers are there: answered %q; want it declined (the count is of French troops)", a.Short)
	}
	if a := mustAsk(t, e, "how many french soldiers could paris deploy"); !a.Answered || !strings.Contains(a.Short, "several thousand") {
		t.Errorf("how many french soldiers could paris deploy: answered %v, %q; want the count", a.Answered, a.Short)
	}
}

// TestArticleOverviewFromItsLede: "sum up the X article" takes its line
// from the article's lede, cut to a short answer, not from a later
// sentence whose whole clause happens to be shorter.
func TestArticleOverviewFromItsLede(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Airline grounds flights after computer failure\noutlet: Northern Wire\n---\n"+
			"MARROWBY — Northjet, the national airline, grounded all of its departures from Marrowby Airport on Thursday after a computer failure knocked out its check-in and boarding systems.\n"+
			"The problems began shortly before 4:30 a.m.\n"+
			"By 4 p.m., the airline had cancelled 212 flights across its network, affecting about 31,000 passengers.\n"+
			"Engineers worked through the night to restore the system, the airline said.\n",
		"---\nid: b\nheadline: Bakery gives away pastries\noutlet: Evening Post\n---\n"+
			"A bakery in the arrivals hall gave away more than 3,000 pastries on Friday morning.\n")
	ans := mustAsk(t, e, "sum up the northern wire article")
	if !ans.Answered || !strings.Contains(ans.Short, "grounded all of its departures") {
		t.Errorf("sum up the northern wire article: answered %v, short %q; want the lede's main clause", ans.Answered, ans.Short)
	}
}

// TestKindOfPeopleCounted: a kind of people, named by the modifier of a
// "how many MOD people" question and a noun for a person ("350 military
// officers"), counts those people; other people ("stranded tourists") do
// not.
func TestKindOfPeopleCounted(t *testing.T) {
	e := testEngine(t)
	q := e.analyse("how many military ppl did france send to help")
	if got := e.typeFigure(&q, parsedCand(t, e, "France said it had sent 350 military officers to help.")); got < 1 {
		t.Errorf("how many military ppl: typeFigure %v; want the 350 military officers counted", got)
	}
	if got := e.typeFigure(&q, parsedCand(t, e, "France said it had flown 350 stranded tourists home to help.")); got >= countedOnly {
		t.Errorf("how many military ppl: typeFigure %v; stranded tourists are no military people", got)
	}
}

// TestCountOfPeopleNotPart: a number of people in general does not count
// the kind of person a question asks about ("how many women"), however
// near GloVe puts "women" and "people"; it counts people.
func TestCountOfPeopleNotPart(t *testing.T) {
	e := engineOfText(t, `---
id: f
headline: Flood
---
Officials said on Tuesday evening that 214 people had been confirmed dead and about 1,100 injured.
`)
	q := e.analyse("how many women died in the flood")
	c := parsedCand(t, e, "Officials said on Tuesday evening that 214 people had been confirmed dead and about 1,100 injured.")
	if got := e.typeFigure(&q, c); got >= 1 {
		t.Errorf("how many women died in the flood: typeFigure %v; want the 214 people not to count the women", got)
	}
	if got := e.typeFigure(new(e.analyse("how many people died in the flood")), c); got < 1 {
		t.Errorf("how many people died in the flood: typeFigure %v; want the 214 people counted", got)
	}
	// the agent noun of the question's verb counts the people who did it,
	// and says the deed: "600 donors" for "how many people donated"
	g := parsedCand(t, e, "The group said about 600 donors had given to it.")
	if got := e.typeFigure(new(e.analyse("how many people donated to the group")), g); got < 1 {
		t.Errorf("how many people donated to the group: typeFigure %v; want the 600 donors counted", got)
	}
	// money "from donors" counts no donors, nor do doers count the people
	// a passive question asks about
	for _, tc := range []struct{ q, text string }{
		{"how many people donated to the appeal", "The appeal has raised £18,000 from donors so far."},
		{"how many people were rescued", "More than 1,800 rescuers are searching the ruins."},
	} {
		if got := e.typeFigure(new(e.analyse(tc.q)), parsedCand(t, e, tc.text)); got >= 1 {
			t.Errorf("%s: typeFigure(%q) %v; want its number not counted", tc.q, tc.text, got)
		}
	}
	v := parsedCand(t, e, "About 300 volunteers turned up on Sunday.")
	if got := e.typeFigure(new(e.analyse("how many people volunteered")), v); got < 1 {
		t.Errorf("how many people volunteered: typeFigure %v; want the 300 volunteers counted", got)
	}
	if got := e.typeFigure(new(e.analyse("how many voted for the deal")), parsedCand(t, e, "The deal was backed by 412 voters.")); got < 1 {
		t.Errorf("how many voted for the deal: typeFigure %v; want the 412 voters counted, no noun asked", got)
	}
	r := parsedCand(t, e, "Four residents were taken to hospital after being rescued.")
	if got := e.typeFigure(new(e.analyse("how many people were rescued")), r); got >= 1 {
		t.Errorf("how many people were rescued: typeFigure %v; \"residents\" are no rescuers", got)
	}
	for _, tc := range []struct {
		stem, noun string
		want       bool
	}{{"donat", "donors", true}, {"vote", "voters", true}, {"evacu", "evacuees", true}, {"sign", "signatories", true}, {"sign", "signs", true}, {"rescu", "residents", false}, {"rescu", "rescuers", true}} {
		if got := agentOf(tc.stem, tc.noun); got != tc.want {
			t.Errorf("agentOf(%q, %q) = %v; want %v", tc.stem, tc.noun, got, tc.want)
		}
	}
	// a word for people in general counts what another does: "folks" are
	// the people of "58,000 people", whatever GloVe puts between them
	d := parsedCand(t, e, "About 58,000 people have been displaced, officials said.")
	if got := e.typeFigure(new(e.analyse("how many folks lost their homes")), d); got < countedOnly {
		t.Errorf("how many folks lost their homes: typeFigure %v; want the 58,000 people counted", got)
	}
}

// TestVerdictLabels: a verdict given is the one the articles give. The
// yes/no questions of the read sets that the articles answer were labelled
// yes, no or unclear, with the sentence that settles them, by a helper who
// read only the articles (testdata/yn_verdicts.jsonl); a second helper
// wrote 192 more from the articles alone, 24 a coverage, with their labels
// (yn_verdicts2.jsonl: ten settled yes, ten no, four unsettled), and a
// third 192 more the same way (yn_verdicts3.jsonl). A verdict
// on a question labelled otherwise, or on any unanswerable question of the
// read sets, is an error. Verdicts are few (a clause must hold every word of the question):
// the count given is logged, not held.
func TestVerdictLabels(t *testing.T) {
	type label struct {
		ID, Coverage, Q, Verdict string
	}
	unanswerable := map[string][]string{ // the read sets' questions the articles do not answer
		"summit": {"train3_summit", "train4_summit", "yesno_summit"},
		"quake":  {"train3_quake", "train4_quake"},
	}
	for _, c := range []string{"tram", "ship", "strike", "flood", "airport"} {
		unanswerable[c] = []string{c + "/questions", c + "/train5_questions", c + "/typo_questions", c + "/yesno_questions"}
	}
	unanswerable["bridge"] = []string{"bridge/questions"}
	unanswerable["airport"] = slices.DeleteFunc(unanswerable["airport"], func(s string) bool { return s == "airport/train5_questions" })
	var labels []label
	for _, f := range []string{"yn_verdicts", "yn_verdicts2", "yn_verdicts3"} {
		labels = append(labels, readJSONL[label](t, "testdata/"+f+".jsonl")...)
	}
	total := 0
	for _, cov := range []string{"summit", "quake", "tram", "ship", "strike", "flood", "airport", "bridge"} {
		var e *Engine
		switch cov {
		case "summit":
			e = testEngine(t)
		default:
			c, _, err := corpus.Dir("testdata/"+cov+"/articles", corpus.LoadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			e = engineOver(t, c)
		}
		given, settled := 0, 0
		for _, l := range labels {
			if l.Coverage != cov {
				continue
			}
			if l.Verdict != "unclear" {
				settled++
			}
			a := mustAsk(t, e, l.Q)
			if a.Verdict == "" {
				continue
			}
			given++
			if !strings.EqualFold(a.Verdict, l.Verdict) {
				t.Errorf("%s %s: Ask(%q) = %s; the articles: %s", cov, l.ID, l.Q, a.Verdict, l.Verdict)
			}
		}
		for _, set := range unanswerable[cov] {
			for _, c := range readJSONL[questionCase](t, "testdata/"+set+".jsonl") {
				if c.Unanswerable {
					if a := mustAsk(t, e, c.Q); a.Verdict != "" {
						t.Errorf("%s %s: Ask(%q) = %s; the articles do not say (%q)", cov, c.ID, c.Q, a.Verdict, a.Short)
					}
				}
			}
		}
		t.Logf("%s: verdicts given on %d of %d yes/no questions the articles settle", cov, given, settled)
		total += given
	}
	if total < minVerdictsGiven {
		t.Errorf("verdicts given on %d labelled questions; want at least %d", total, minVerdictsGiven)
	}
}

// minVerdictsGiven is the floor for the verdicts TestVerdictLabels sees
// given, below the 35 reached: verdicts are few, but not none.
const minVerdictsGiven = 30

// TestVerdictFrames: a clause settles a yes/no question only where it
// holds what the question asks by: a word the articles never use (but
// for the commonest, which chat leans on), a comparison, "other"; and
// what a clause compares its subject with is no statement of it.
func TestVerdictFrames(t *testing.T) {
	e := engineOfText(t, `---
id: spill
headline: Oil reaches the coast
---
Rescuers said 41 oiled birds had been taken to a rescue centre in Fjellrup.
The town has asked for a £5 million compensation fund, similar to the one set up in Dunmore.
The airline cancelled 640 flights on Friday.
France and Britain committed to sending troops to the region.

The shipowner, Nordmark Lines, declined to comment.

The shipowner voted against.

The council voted for the tram, against the advice of officers.

The port authority has yet to comment on the plan.

Grete Olsen said she had cancelled her flood insurance in 2023.
`)
	for _, tc := range []struct{ q, want string }{
		{"were 41 oiled birds taken to a rescue centre", verdictYes},
		{"did 41 oiled birds get taken to a rescue centre", verdictYes}, // "get": among the commonest words
		{"did the 41 oiled birds survive", ""},                          // "survive": no article's word
		{"did the town ask for a compensation fund", verdictYes},
		{"was the dunmore compensation fund 5 million", ""}, // Dunmore's fund is what the town's is compared with
		{"did the airline cancel flights", verdictYes},
		{"did other airlines cancel flights", ""},
		{"is britain sending troops", verdictYes},
		{"is britain sending more troops than france", ""},
		{"has the shipowner said anything", verdictNo},                         // "declined to comment": no saying
		{"has the port authority said anything abt the plan yet", verdictNo},   // the question's "yet" is no "yet to"
		{"did the olsen lady cancel her flood insurance", verdictYes},          // "lady": who is meant, by the name before it
		{"did the olsen lady cancel her flood insurance before the storm", ""}, // "storm": asked, and said nowhere
		{"did the shipowner vote for it", verdictNo},                           // "voted against": the other side
		{"did the shipowner vote against it", verdictYes},
		{"did the council vote for the tram", verdictYes}, // "against the advice": no side taken after its verb
	} {
		if got := mustAsk(t, e, tc.q).Verdict; got != tc.want {
			t.Errorf("Ask(%q) verdict %q; want %q", tc.q, got, tc.want)
		}
	}
	// a "No" shows the side that settles it
	if a := mustAsk(t, e, "did the shipowner vote for it"); !strings.Contains(a.Short, "voted against") {
		t.Errorf("Ask(did the shipowner vote for it) short %q; want the side taken, \"voted against\"", a.Short)
	}
	// a "than" before a quantity compares with no one
	for q, want := range map[string]bool{"is britain sending more troops than france": false, "was she rescued after more than a day": true} {
		if got := framesHeld(new(e.analyse(q)), strings.Fields("she was rescued after 31 hours")); got != want {
			t.Errorf("framesHeld(%q) = %v; want %v", q, got, want)
		}
	}
}

// TestOverviewSixCoverages: the overview of each of the six coverages the
// development facts are not about, asked for with Summary or "tldr?",
// holds each main fact a helper listed from the articles alone
// (testdata/overview_facts2.json), in 3 to 5 cited sentences.
func TestOverviewSixCoverages(t *testing.T) {
	b, err := os.ReadFile("testdata/overview_facts2.json")
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	for _, cov := range []string{"tram", "ship", "strike", "flood", "airport", "bridge"} {
		var facts map[string][]any
		if err := json.Unmarshal(raw[cov], &facts); err != nil || len(facts) == 0 {
			t.Fatalf("%s: no facts (%v)", cov, err)
		}
		c, _, err := corpus.Dir("testdata/"+cov+"/articles", corpus.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		e := engineOver(t, c)
		sum, err := e.Summary(t.Context(), "")
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range []Answer{sum, mustAsk(t, e, "tldr?")} {
			name := cov + ": " + a.Question
			checkOverview(t, name, a)
			for fact, alts := range facts {
				if !slices.ContainsFunc(a.Passages, func(h Hit) bool { return has(h.Text, alts) }) {
					t.Errorf("%s: no sentence holds the %s (%v)", name, fact, alts)
				}
			}
		}
	}
}

// TestSubjectPredicate: "how did X do it" with no means cue is answered by
// what X did, X found as the passage writes it though typed in lower case,
// and read past what is said beside its name ("Skylane, a low-cost rival,
// put on …"); asked how X is, what is said of it stays the answer.
func TestSubjectPredicate(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Rivals Step In
---
Thousands of passengers were stranded at the airport on Friday after the outage.
Skylane, a low-cost rival, put on six extra flights to London and Paris for Saturday.
Greenland, a recent flashpoint, was set aside at the talks.
`)
	for _, tc := range []struct{ q, want string }{
		{"how did skylane help out", "put on six extra flights"},
		{"how is skylane helping out", "put on six extra flights"}, // the progressive asks what it does, as "did" does
		{"how is greenland described", "a recent flashpoint"},
	} {
		if a := mustAsk(t, e, tc.q); !strings.Contains(a.Short, tc.want) {
			t.Errorf("Ask(%q) short %q; want it to hold %q", tc.q, a.Short, tc.want)
		}
	}
}

// TestAsksListInclusion: a "what" question whose verb says what a whole is
// made of ("include", "cover", "involve") asks for its parts, a list;
// "how much" of the same verb asks for an amount.
func TestAsksListInclusion(t *testing.T) {
	e := testEngine(t)
	for q, want := range map[string]bool{
		"what does the aid package include":       true,
		"what does corvells contract cover":       true,
		"what would the monitoring involve":       true,
		"how much will northjet cover":            false,
		"what did the minister say about the aid": false,
	} {
		if got := asksList(new(e.analyse(q))); got != want {
			t.Errorf("asksList(%q) = %v; want %v", q, got, want)
		}
	}
}

// TestPreferList: a list question whose best passage gives no list of
// what is asked is answered by a rival, matching the question about as
// well, that gives one.
func TestPreferList(t *testing.T) {
	e := engineOfText(t, `---
id: a
headline: Bridge closure
---
The Chamber of Commerce, which last week put the daily cost of the bridge closure at $1.2 million, raised its estimate to $1.5 million on Friday.
`, `---
id: b
headline: Commuters queue for ferry
---
The Chamber of Commerce estimated the daily cost of the closure to the local economy at about $1.2 million, in lost trade, late deliveries and wasted working hours.
`)
	const q = "what goes into the chamber of commerce daily cost estimate"
	if a := mustAsk(t, e, q); !strings.Contains(a.Short, "late deliveries") {
		t.Errorf("%s: %q; want the list of what the cost is made of", q, a.Short)
	}
}

// TestDoneOnlyAsProspect: "did they clear the backlog" is not settled by
// a passage that has the clearing yet to be done ("expected to clear",
// "would make"), and is declined; a clause that says it was done ("forced
// rescuers to pull back") answers.
func TestDoneOnlyAsProspect(t *testing.T) {
	e := engineOfText(t, "---\nid: d\nheadline: Port reopens after strike\n---\n"+
		"The terminal operator said it expected to clear the backlog of containers in about ten days.\n"+
		"Joanna Bree, a nurse, said she did not know whether she would make her sister's wedding in Lisbon.\n"+
		"A strong aftershock on Wednesday forced rescuers to pull back from two sites.\n"+
		"The ferry line said its crews would probably resume crossings to Arnholt next week.\n"+
		"The bakery owner said the ovens would then probably reopen for wedding orders by May.\n")
	// (adverbs between the modal and the verb, one or more: betweenAuxAndVerb, pastBetween)
	for _, q := range []string{"did they actually clear the backlog in 10 days", "did joanna make it to her sisters wedding in lisbon", "did the crews resume crossings to arnholt", "did the ovens reopen for wedding orders"} {
		if a := mustAsk(t, e, q); a.Answered {
			t.Errorf("%s: answered %q; want declined", q, a.Short)
		}
	}
	if a := mustAsk(t, e, "did rescuers pull back from the sites"); !a.Answered {
		t.Errorf("did rescuers pull back from the sites: declined; want answered")
	}
}

// TestDefineUndefined: a question asking what a kind of thing is, or what
// a word means, that the articles only use, never say what it is, is
// declined; one they define is
// answered, and a question of what a known thing is ("the towline") is
// weighed as any.
func TestDefineUndefined(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Ship freed
---
A first attempt on Friday evening failed when a towline snapped.
The river reached 8.9 metres at the gauge, 2.4 metres above flood stage.
The beam carries the four main girders of the deck.
The cracks were found in a crosshead, a heavy horizontal beam that sits on top of the pier.
`)
	for q, want := range map[string]bool{
		"whats a towline":            false,
		"whats a girder":             false,
		"what does flood stage mean": false,
		"what does crosshead mean":   true,
		"whats a crosshead":          true,
		"what is a crosshead":        true,
		"what snapped on friday":     true,
	} {
		a, err := e.Ask(t.Context(), q)
		if err != nil || a.Answered != want {
			t.Errorf("%s: answered %v (%q), %v; want %v", q, a.Answered, a.Short, err, want)
		}
	}
}

// TestOutcomeLatest: a question of how a story came out ("how did the
// strike end") is answered by the latest article that speaks of it alike,
// not by an earlier one's sentence about another, past strike ("The last
// strike at Keldhaven, in 2011, … ended with a 5% pay deal").
func TestOutcomeLatest(t *testing.T) {
	c, _, err := corpus.Dir("testdata/strike/articles", corpus.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	e := engineOver(t, c)
	for _, q := range []string{"how did the strike end", "how did the strike end up"} {
		a := mustAsk(t, e, q)
		if len(a.Passages) == 0 || a.Passages[0].Article.ID != "keldhaven-strike-deal-ends" {
			t.Errorf("%q: %q; want a passage of keldhaven-strike-deal-ends, the last report", q, a.Passages[0].Text)
		}
	}
}

// TestLeaderGiven: "who runs X" is declined where the best passage, and
// the sentences beside it in its paragraph, say no one leads X; answered
// where a sentence beside it names the leader ("Its managing director,
// …"), and a body may be said to lead ("the European-led force").
func TestLeaderGiven(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Harbour works
---
The city also agreed to set up a harbour task force in the spring.

Harwick's main ferry company, Tidewell Ferries, said it would cut two crossings during the works. Its managing director, Carl Moss, urged the council to wait.
`)
	for q, answered := range map[string]bool{
		"who is gonna run the harbour task force": false,
		"who runs tidewell ferries":               true,
	} {
		if a, err := e.Ask(t.Context(), q); err != nil || a.Answered != answered {
			t.Errorf("Ask(%s) answered %v (%q), %v; want %v", q, a.Answered, a.Short, err, answered)
		}
	}
	// the sentence after the best one names whom it leads: it answers
	if a, err := e.Ask(t.Context(), "who runs tidewell ferries"); err != nil || !strings.Contains(a.Short, "Carl Moss") {
		t.Errorf("Ask(who runs tidewell ferries) short %q, %v; want Carl Moss, from the sentence after", a.Short, err)
	}
	for text, want := range map[string]bool{
		"the European-led multinational force":        true,
		"would see the US lead a truce monitoring":    true,
		"the airline's ceo said flights would resume": true,
		"The allies agreed to set up a task force.":   false,
		// a lawmaker is WordNet's kind of leader, but sits in a body
		// and leads none
		"Senator Ana Ruiz called for an independent inquiry.": false,
		"Opposition lawmakers said inspections had failed.":   false,
	} {
		if got := saysLeads(text); got != want {
			t.Errorf("saysLeads(%q) = %v; want %v", text, got, want)
		}
	}
}

// TestAsksListPluralSubject: "what are the …" of a plural noun that ends
// the question or takes a preposition asks for the things it names, a
// list; a plural that a verb follows is who does something.
func TestAsksListPluralSubject(t *testing.T) {
	e := testEngine(t)
	for q, want := range map[string]bool{
		"what are the unions demands":             true,
		"what were the main demands of the union": true,
		"what are the insurers expecting":         false,
		"what is the plan":                        false,
	} {
		if got := asksList(new(e.analyse(q))); got != want {
			t.Errorf("asksList(%q) = %v; want %v", q, got, want)
		}
	}
}

// TestListOfAsked: a list whose items are headed by the question's plural
// noun, or that follows it (past "including", further back), lists what
// is asked; a list of other things does not.
func TestListOfAsked(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct {
		q, text string
		want    bool
	}{
		{"what sorts of boats were waiting", "By noon 30 vessels were waiting, including fishing boats, ferries and two sailing boats.", true},
		{"which countries sent doctors", "Doctors from Chile, Peru and Brazil arrived on Friday.", true},
		{"which countries sent doctors", "The clinic treated burns, fractures and infections.", false},
		{"which leaders attended", "Several leaders came to the talks, including Macron, Starmer and Tusk.", true},
		{"which leaders attended", "The talks covered trade, including tariffs, quotas and subsidies.", false},
	} {
		q := e.analyse(tc.q)
		c := &cand{p: corpus.Passage{Text: tc.text}, toks: e.analyze(tc.text)}
		got := false
		for _, co := range coordinations(tc.text) {
			got = got || listOfAsked(&q, c, co)
		}
		if got != tc.want {
			t.Errorf("listOfAsked(%q, %q) = %v; want %v", tc.q, tc.text, got, tc.want)
		}
	}
}

// TestPreferListOfAsked: of two close passages with lists, the one whose
// list follows the question's plural noun ("teams from …") answers, not
// one listing the subject of something else.
func TestPreferListOfAsked(t *testing.T) {
	e := engineOfText(t, `---
id: a
headline: Aid arrives after storm
---
Chile, Uruguay and Bolivia offered to send specialist rescue teams, the ministry said on Monday.
`, `---
id: b
headline: Rescuers land
---
Specialist rescue teams from Japan, Mexico and Spain landed at the airport overnight.
`)
	const q = "which countries sent specialist rescue teams"
	if a := mustAsk(t, e, q); !strings.Contains(a.Short, "Mexico") {
		t.Errorf("%s: %q; want the countries the teams came from", q, a.Short)
	}
}

// TestCoordinationOfPhrase: a last item that ends the sentence keeps a
// noun's "of" phrase ("the repair of schools"); one the clause runs on
// past does not ("details" of "details of a plan were given …").
func TestCoordinationOfPhrase(t *testing.T) {
	for text, want := range map[string]string{
		"The grant pays for tents, blankets and the repair of schools.":          "the repair of schools",
		"The mayor thanked the volunteers and details of a plan were given out.": "details",
	} {
		got := ""
		for _, co := range coordinations(text) {
			got = text[co.items[len(co.items)-1].start:co.items[len(co.items)-1].end]
		}
		if got != want {
			t.Errorf("%q: last item %q; want %q", text, got, want)
		}
	}
}

// TestDefineNameInPassing: "what is X" of a name one passage alone
// mentions, and none says what it is, is declined ("the Tavener Exchange"
// named only as where shares fell); a name several passages speak of, or
// one a passage describes, is answered, and so is what someone meant by
// their words.
func TestDefineNameInPassing(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Mill sold
---
Shares in the mill's owner rose 12% on the Tavener Exchange after the sale.
The Orrin Trust, a charity that restores old mills, bought the building on Tuesday.
The Ledbury Compact set out how the mill's workers would be paid.
Under the Ledbury Compact, each worker keeps a pension for life.
Brennock Textiles called the deal a fair bargain for the town.
Trading at O’Neill stopped at noon after the sale.
The Marlow Accord set out how the mill's apprentices would be trained.
Officials said the death toll in Carrow rose to 12 on Monday.
`)
	wantDeclined(t, e, "whats the tavener exchange")
	// a name after a preposition is not what is asked of: a toll is
	wantAnswered(t, e, "what is the death toll in carrow")
	// the name typed with either apostrophe is the same name
	wantDeclined(t, e, "what is O’Neill")
	wantDeclined(t, e, "what is O'Neill")
	wantDeclined(t, e, "what is the tavener exchange")
	wantAnswered(t, e, "whats the orrin trust")
	wantAnswered(t, e, "what is the ledbury compact")
	// one passage alone, which says what the name did as its subject
	wantAnswered(t, e, "what is the marlow accord")
	wantAnswered(t, e, "what does the marlow accord do")
	wantAnswered(t, e, "what do they mean by a fair bargain")
	// a speaker of several words, whom one passage alone names, is asked
	// what they meant, not what they are
	wantAnswered(t, e, "what does Brennock Textiles mean by a fair bargain")
}

// TestNamingPassagesOneMatcher: the passages that hold a name's words
// together and those that hold them in any order are counted by one
// matcher, every spelling of a word alike, so a name two passages speak
// of (one in another spelling, one in another order) is not taken for a
// name one passage alone mentions.
func TestNamingPassagesOneMatcher(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Aid
---
The Argentine Relief Fund paid out on Monday.
Argentina said its fund for flood relief would grow next year.
Rain fell across the north.
`)
	for _, in := range []string{"argentina relief fund", "argentine relief fund"} {
		xq := e.analyse(in)
		cands, err := e.passagesOf(context.Background(), searchTerms(xq))
		if err != nil {
			t.Fatal(err)
		}
		together, anyOrder, _ := namingPassages(xq, cands)
		if together < 1 || anyOrder != 2 {
			t.Errorf("namingPassages(%q) = %d, %d; want at least 1, 2", in, together, anyOrder)
		}
	}
	wantAnswered(t, e, "what is the argentina relief fund")
}

// TestActsIn: a name that opens its passage, after at most an article,
// and is followed by a verb is what the passage says did something; one
// after a preposition, set off by a comma, or followed by no word is not;
// and no span panics, however it falls on the text.
func TestActsIn(t *testing.T) {
	for _, c := range []struct {
		text       string
		start, end int
		want       bool
	}{
		{"The Marlow Accord set out the pay.", 4, 17, true},
		{"Dún Laoghaire’s council voted.", 0, 14, false},
		{"Dún Laoghaire voted on Monday.", 0, 14, true},
		{"Trading at O’Neill stopped.", 11, 20, false},
		{"The Orrin Trust, a charity, bought it.", 4, 15, false},
		{"The Orrin Trust", 4, 15, false},
		{"", 0, 0, false},
		{"abc", 2, 9, false},
		{"abc", 3, 1, false},
	} {
		if got := actsIn(c.text, span{c.start, c.end}); got != c.want {
			t.Errorf("actsIn(%q, %d–%d) = %v; want %v", c.text, c.start, c.end, got, c.want)
		}
	}
}

// TestDefineFromRead: defineFrom reads the passages it is given in place
// of searching again, and define, given none, searches; searchTerms asks
// for every term of X and its spellings, in X's order.
func TestDefineFromRead(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Port
---
Workers at Pellmouth walked out on Tuesday.
The Tarvin Authority, a body that runs the harbour, closed the gates.
Trading at the Tarvin Authority stopped.
`)
	ctx := context.Background()
	q := e.analyse("what is the tarvin authority")
	if _, ok := e.define(ctx, &q); !ok {
		t.Fatalf("define(%q) found no definition; want one", q.text)
	}
	xq := e.analyse("tarvin authority")
	terms := searchTerms(xq)
	if len(terms) < 2 || terms[0] != xq.terms[0].term {
		t.Fatalf("searchTerms(%q) = %q; want its terms in order", "tarvin authority", terms)
	}
	cands, err := e.passagesOf(ctx, terms)
	if err != nil {
		t.Fatal(err)
	}
	var plain []*cand // the passages read, less the one that says what it is
	for _, c := range cands {
		if !strings.Contains(c.p.Text, ", a body") {
			plain = append(plain, c)
		}
	}
	if len(plain) == 0 || len(plain) == len(cands) {
		t.Fatalf("passagesOf found %d passages, %d without the definition; want both kinds", len(cands), len(plain))
	}
	if a, ok := e.defineFrom(ctx, &q, plain); ok {
		t.Errorf("defineFrom(%q, passages without a definition) = %q; want none: it searched again", q.text, a.Short)
	}
	if _, ok := e.defineFrom(ctx, &q, cands); !ok {
		t.Errorf("defineFrom(%q, every passage) found none; want one", q.text)
	}
}

// TestMeantBy: "mean by" after a speaker of any length asks what the
// speaker meant; "mean" with no "by", or nothing after "by", does not.
func TestMeantBy(t *testing.T) {
	for q, want := range map[string]int{
		"what do they mean by a fair bargain":                3,
		"what does brennock textiles mean by a fair bargain": 4,
		"what does backstop even mean here":                  0,
		"what does it mean by":                               0,
		"who do they mean by the mayor":                      0,
		"":                                                   0,
	} {
		if got := meantBy(strings.Fields(q)); got != want {
			t.Errorf("meantBy(%q) = %d, want %d", q, got, want)
		}
	}
}
