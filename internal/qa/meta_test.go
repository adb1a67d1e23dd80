package qa

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestLeadingPart: a headline or standfirst over a dozen words is said
// first by its words up to a comma, dash, colon or semicolon within its
// first dozen, unless a subordinate clause opens it; else its first dozen.
func TestLeadingPart(t *testing.T) {
	for in, want := range map[string]string{
		"Valdane Canal blockage holding up €410 million of goods a day, analysts estimate":           "Valdane Canal blockage holding up €410 million of goods a day",
		"As the Tillard valley digs out, scientists warn 'once a century' floods are coming faster":  "As the Tillard valley digs out, scientists warn 'once a century' floods",
		"Keldhaven dockers walk out in strike over pay and robot cranes that will replace them soon": "Keldhaven dockers walk out in strike over pay and robot cranes",
		"Council backs tram line": "Council backs tram line",
		"Keldhaven Dockers Walk Out In Strike Over Pay And Robot Cranes That Will Replace Them": "Keldhaven Dockers Walk Out In Strike Over Pay And Robot Cranes", // title case: "That" waits all the same
	} {
		if got := leadingPart(in); got != want {
			t.Errorf("leadingPart(%q) = %q; want %q", in, got, want)
		}
	}
}

// TestNamedSourceOnly: a question that names the article it asks about is
// answered from that article (its photos among them) or not at all ("who contributed reporting to
// the ledger piece", or "to the first article", when only the courier's
// piece, the latest, credits anyone); and a
// time of publication asked for is no date ("what time was it published",
// the article dated but not timed).
func TestNamedSourceOnly(t *testing.T) {
	e := engineOfText(t, `---
id: ledger
headline: Rescuers reach the mine
outlet: The Harbour Ledger
published: 2026-03-12
---
Rescuers reached the trapped miners on Thursday after two days of digging.

> Rescuers lower a cage into the shaft on Thursday. (Harbour Ledger/Ana Ruiz)
`, `---
id: courier
headline: Miners freed after two days
outlet: The Valley Courier
published: 2026-03-13
---
All twelve miners were brought to the surface on Friday.

Tom Whitaker contributed reporting from the mine.

> Families wait at the gate of the mine on Friday. (Valley Courier/Ben Ito)
`)
	ctx := context.Background()
	if a, err := e.Ask(ctx, "who contributed reporting to the valley courier piece"); err != nil || !a.Answered || !strings.Contains(a.Short, "Tom Whitaker") {
		t.Errorf("contributor of the courier piece: %+v, %v; want Tom Whitaker", a.Short, err)
	}
	if a, err := e.Ask(ctx, "who contributed reporting to the harbour ledger piece"); err != nil || a.Answered {
		t.Errorf("contributor of the ledger piece: answered %q, %v; want declined (only the courier credits anyone)", a.Short, err)
	}
	// an article named by when it came out, as by its outlet
	if a, err := e.Ask(ctx, "who contributed reporting to the latest article"); err != nil || !a.Answered || !strings.Contains(a.Short, "Tom Whitaker") {
		t.Errorf("contributor of the latest article: %+v, %v; want Tom Whitaker", a.Short, err)
	}
	if a, err := e.Ask(ctx, "who contributed reporting to the first article"); err != nil || a.Answered {
		t.Errorf("contributor of the first article: answered %q, %v; want declined (only the courier, the latest, credits anyone)", a.Short, err)
	}
	if a, err := e.Ask(ctx, "when was the harbour ledger article published"); err != nil || !a.Answered || !strings.Contains(a.Short, "2026-03-12") {
		t.Errorf("date of the ledger article: %q, %v; want its date", a.Short, err)
	}
	if a, err := e.Ask(ctx, "when was the harbour ledger article out"); err != nil || !a.Answered || !strings.Contains(a.Short, "2026-03-12") {
		t.Errorf("ledger article out: %q, %v; want its date", a.Short, err) // an article "out" is published
	}
	if a, err := e.Ask(ctx, "what time was the harbour ledger article published"); err != nil || a.Answered {
		t.Errorf("time of the ledger article: answered %q, %v; want declined (dated, not timed)", a.Short, err)
	}
	// a photo of the article named: its captions only
	if a, err := e.Ask(ctx, "what does the first photo in the valley courier piece show"); err != nil || !strings.HasPrefix(a.Short, "Families wait") {
		t.Errorf("first photo of the courier piece: %q, %v; want its caption", a.Short, err)
	}
}

// TestAsksByDate: a word of the newest or oldest picks an article when it
// says one ("the first article", "the latest report", "the first one") or
// ends the question; not when it qualifies something else ("the pic of the
// first bus", "the latest on the bridge").
func TestAsksByDate(t *testing.T) {
	for q, want := range map[string][2]bool{
		"who wrote the first article":                      {false, true},
		"whats the headline of the latest newslooks piece": {true, false},
		"who wrote the first one":                          {false, true},
		"what did the latest report say":                   {true, false},
		"which story came out first":                       {false, true},
		"who took the pic of the first bus going over":     {false, false},
		"whats the latest on the bridge":                   {false, false},
		"when did the last lorry cross the bridge":         {false, false},
		"which outlet broke the story":                     {false, true},
		"when did the levee break":                         {false, false},
	} {
		newest, oldest := asksByDate(chatWords(q))
		if got := [2]bool{newest, oldest}; got != want {
			t.Errorf("asksByDate(%q) = newest %v, oldest %v; want %v", q, newest, oldest, want)
		}
	}
}

// TestShortTitle: an article is named in a short answer by its whole
// headline within a dozen words; a longer one by its part before a comma
// or a dash, or before a subordinate clause, else by what it says first.
func TestShortTitle(t *testing.T) {
	for title, want := range map[string]string{
		"Talks on Ukraine continue after Paris 'progress'":                                             "Talks on Ukraine continue after Paris 'progress'",
		"US Joins UK and France in Major Ukraine Security Pledge, But Putin Absent":                    "US Joins UK and France in Major Ukraine Security Pledge",
		"Chile quake toll climbs to 351 as Arancibia faces questions over collapsed buildings":         "Chile quake toll climbs to 351",
		"Ferry and free shuttle buses laid on as Caswell Bridge closure turns commutes into ordeals":   "Ferry and free shuttle buses laid on",
		"Rescuers in the northern desert city keep digging through the ruins of homes and shops today": "Rescuers in the northern desert city keep digging through the ruins",
	} {
		if got := shortTitle(title); got != want {
			t.Errorf("shortTitle(%q) = %q; want %q", title, got, want)
		}
	}
}

// TestMetaFresh measures questions about the articles themselves (who
// wrote the one about X, which outlet, when published, the headline, the
// link, which article quotes someone) on the six coverages the development
// meta sets are not about: eight on each, written by a helper from the
// articles alone (testdata/<coverage>/meta_questions.jsonl; for "which
// article quotes X" the passage that quotes X, named, is taken as the
// repository's meta sets take it, beside the headline or outlet the
// helper gave). The figures are logged and held to floors below them.
func TestMetaFresh(t *testing.T) {
	hit1, crisp, n := sixCoverageFigures(t, "meta_questions.jsonl")
	t.Logf("meta questions on six coverages (%.0f): hit1 %.3f crisp %.3f", n, hit1, crisp)
	if hit1 < minMetaFreshHit1 || crisp < minMetaFreshCrisp {
		t.Errorf("meta questions: hit1 %.3f, crisp %.3f; want ≥ %.2f, ≥ %.2f", hit1, crisp, minMetaFreshHit1, minMetaFreshCrisp)
	}
}

// TestWhyHowFresh measures "why" and "how" questions (a reason, a cause,
// a purpose, a means) on the six coverages no development set is about:
// twelve on each, seven why and five how, typed as people type, written
// with exact gold phrases by a helper who read only the articles
// (testdata/<coverage>/whyhow_questions.jsonl). The figures are logged
// and held to floors below them: the weakest kind the engine answers.
func TestWhyHowFresh(t *testing.T) {
	hit1, crisp, n := sixCoverageFigures(t, "whyhow_questions.jsonl")
	t.Logf("why/how questions on six coverages (%.0f): hit1 %.3f crisp %.3f", n, hit1, crisp)
	if hit1 < minWhyHowHit1 || crisp < minWhyHowCrisp {
		t.Errorf("why/how questions: hit1 %.3f, crisp %.3f; want ≥ %.2f, ≥ %.2f", hit1, crisp, minWhyHowHit1, minWhyHowCrisp)
	}
}

// The floors for TestWhyHowFresh, below the figures reached (0.5, 0.333).
const (
	minWhyHowHit1  = 0.45
	minWhyHowCrisp = 0.3
)

// sixCoverageFigures scores the question file name of each of the six
// coverages the development sets are not about, over that coverage's
// articles alone, and returns hit1 and crisp over all their answerable
// questions, and how many those are.
func sixCoverageFigures(t *testing.T, name string) (hit1, crisp, n float64) {
	t.Helper()
	for _, cov := range []string{"tram", "ship", "strike", "flood", "airport", "bridge"} {
		c, _, err := corpus.Dir("testdata/"+cov+"/articles", corpus.LoadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		got, _ := scoreSet(t, engineOver(t, c), "testdata/"+cov+"/"+name)
		hit1 += got.Hit1 * float64(got.Answerable)
		crisp += got.Crisp * float64(got.Answerable)
		n += float64(got.Answerable)
	}
	return hit1 / n, crisp / n, n
}

// The floors for TestMetaFresh, below the figures reached.
const (
	minMetaFreshHit1  = 0.7
	minMetaFreshCrisp = 0.65
)

// TestArticlesMentionCount: "which articles mention X" counts, and cites,
// the articles that hold the mention shown, not every article that names
// one of the question's names: two name the relief hub in Lisbon, all
// three name Lisbon; where one alone names it, that one is named.
func TestArticlesMentionCount(t *testing.T) {
	e := engineOfText(t, `---
id: one
headline: Aid convoys gather at the border as winter closes in on the valley
---
Donors agreed on Monday to open a relief hub in Lisbon for the winter appeal.

Volunteers in Lisbon sorted blankets through the night.
`, `---
id: two
headline: Ministers promise faster money for the valley after a long night of talks
---
The new relief hub in Lisbon will handle every pledge from next week, officials said.
`, `---
id: three
headline: Valley families count the cost of the storm as the first snow arrives
---
A charity concert in Lisbon raised money for the families on Saturday.

The organisers thanked the mayor of Lisbon for the hall.
`)
	ctx := context.Background()
	a, err := e.Ask(ctx, "which articles mention the relief hub in lisbon")
	if err != nil || !strings.HasPrefix(a.Short, "2 articles: ") || !strings.Contains(a.Short, "relief hub") {
		t.Fatalf("which articles mention the relief hub: %q, %v; want 2 articles and the hub", a.Short, err)
	}
	if strings.Contains(a.Short, "Volunteers") {
		t.Errorf("mention %q runs on into the next paragraph", a.Short)
	}
	if len(a.Sources) != 2 || slices.Contains(a.Sources, "three") {
		t.Errorf("sources = %v; want one and two", a.Sources)
	}
	for _, h := range a.Passages {
		if h.Article.ID == "three" {
			t.Errorf("passage of article three quoted: %q", h.Text)
		}
	}
	if a, err := e.Ask(ctx, "which articles mention the charity concert in lisbon"); err != nil || strings.Contains(a.Short, "articles:") || !strings.Contains(a.Short, "concert") {
		t.Errorf("which articles mention the concert: %q, %v; want article three and the concert", a.Short, err)
	}
}

// TestWithPart: "which article has a subhead called X" and "which one has
// pictures" name the one article that has it and show the part: the
// subhead up to its colon, the photo by its credit, the name cut to its
// opening words where name and part would pass a dozen words.
func TestWithPart(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Harbour Pilots Walk Out Over Pay and Ferry Timetables Collapse Along the Whole Coast\n---\nPilots stopped work on Monday.\n\n## The silent ministry: officials say nothing\n\nThe ministry gave no comment.\n\n> Pilots picket the quay at dawn. (Coast Photo/Mia Roe)\n",
		"---\nid: b\nheadline: Ferries idle for a second day\n---\nNo ferry left port on Tuesday.\n\n## What comes next\n\nTalks resume on Friday.\n")
	a := mustAsk(t, e, "which article has a subhead called the silent ministry")
	if want := "Harbour Pilots Walk Out Over Pay and Ferry Timetables…: The silent ministry"; a.Short != want {
		t.Errorf("subhead: %q; want %q", a.Short, want)
	}
	checkAnswer(t, "subhead", a)
	for _, q := range []string{"which article has pictures in it", "which one has pictures"} { // ("one": of the articles)
		a = mustAsk(t, e, q)
		if want := "Harbour Pilots Walk Out Over Pay and Ferry Timetables…: Coast Photo/Mia Roe"; a.Short != want {
			t.Errorf("%s: %q; want %q", q, a.Short, want)
		}
		checkAnswer(t, q, a)
	}
	d := engineOfText(t,
		"---\nid: a\nheadline: Ferries idle for a second day\npublished: 2026-04-02\n---\nNo ferry left port on Tuesday.\n",
		"---\nid: b\nheadline: Pilots stay out\n---\nThe pilots stayed out on Wednesday.\n")
	a = mustAsk(t, d, "which of the articles has a publish date on it")
	if !strings.HasPrefix(a.Short, "Ferries idle for a second day: ") || !strings.Contains(a.Short, "2026") {
		t.Errorf("publish date: %q; want the dated article and its date", a.Short)

	}
	checkAnswer(t, "publish date", a)
	for _, tc := range []struct {
		p    corpus.Passage
		desc bool
		want string
	}{
		{corpus.Passage{Kind: corpus.KindSubhead, Text: "Café owners — a quiet revolt"}, false, "Café owners"},
		{corpus.Passage{Kind: corpus.KindSubhead, Text: "Aftermath: what now"}, false, "Aftermath: what now"}, // one word before the colon names nothing
		{corpus.Passage{Kind: corpus.KindCaption, Text: "A crane at the quay. (Port Photo/Li Wei)"}, false, "Port Photo/Li Wei"},
		{corpus.Passage{Kind: corpus.KindCaption, Text: "A crane at the quay. (Port Photo/Li Wei)"}, true, "A crane at the quay. (Port Photo/Li Wei)"},
		{corpus.Passage{Kind: corpus.KindSubhead, Text: ""}, false, ""},
	} {
		if got := partShown(tc.p, tc.desc); got != tc.want {
			t.Errorf("partShown(%q, %v) = %q; want %q", tc.p.Text, tc.desc, got, tc.want)
		}
	}
	art := &corpus.Article{Outlet: "The Quay Post"}
	for _, tc := range []struct{ name, shown, want string }{
		{"Ferries idle", "What comes next", "Ferries idle: What comes next"},
		{"Ferries idle", "", "Ferries idle"},
		{"One two three four five six seven eight nine ten", "a b c", "The Quay Post: a b c"},
		{"One two three four five six seven eight nine ten", "a b c d e f g h i j", "One two three four five six seven eight nine ten"},
	} {
		if got := namedWith(tc.name, art, tc.shown); got != tc.want {
			t.Errorf("namedWith(%q, %q) = %q; want %q", tc.name, tc.shown, got, tc.want)
		}
	}
	if got := namedWith("Ferries idle", nil, "What comes next"); got != "Ferries idle" {
		t.Errorf("namedWith of no article = %q; want the name", got)
	}
}

// TestMentionPlace: a mention shows the rarest of the question's words
// where most of its other words stand around it, not at its first place;
// and a name a preposition opens is shown with the word the preposition
// joins it to ("Writing on Skyline"), not a capitalised word of another
// name before it.
func TestMentionPlace(t *testing.T) {
	e := engineOfText(t, `---
id: a
headline: Ferry talks resume
---
Ministers greeted the Norwegian envoys at the quay on Monday. It was the first visit the envoys had paid to the island in a decade.

Writing on Skyline after the talks, the mayor called them useful.

Tensions between the United States over Skyline eased.
`, `---
id: b
headline: Ferry fares rise
---
Fares rose on Tuesday across the island.
`)
	for _, tc := range []struct{ q, text, want string }{
		{"which article says it was the envoys first visit", "Ministers greeted the Norwegian envoys at the quay on Monday. It was the first visit the envoys had paid to the island in a decade.", "first visit the envoys had paid"},
		{"which article mentions the mayor posting on skyline", "Writing on Skyline after the talks, the mayor called them useful.", "Writing on Skyline after the talks"},
		{"which article mentions skyline", "Tensions between the United States over Skyline eased.", "Skyline eased"},
	} {
		q := e.analyse(tc.q)
		if got := e.mentionWords(&q, tc.text, 6); got != tc.want {
			t.Errorf("mentionWords(%q, %q) = %q; want %q", tc.q, tc.text, got, tc.want)
		}
	}
}

// TestOpeningNames: articles named in a list too long for a short answer
// are named by their opening words, each the same share, where that
// leaves minNameWords each; else as they are.
func TestOpeningNames(t *testing.T) {
	for _, tc := range []struct{ names, want []string }{
		{[]string{"Ferries stay in port as the strike enters its third week", "Harbour pilots reject the latest offer from the port authority"},
			[]string{"Ferries stay in port as…", "Harbour pilots reject the latest…"}},
		{[]string{"One two three four five", "Six seven eight nine ten", "Eleven twelve thirteen fourteen"},
			[]string{"One two three four five", "Six seven eight nine ten", "Eleven twelve thirteen fourteen"}}, // three a share each: too few
		{[]string{"Café crème — Paris’s morning", "Déjà vu"}, []string{"Café crème — Paris’s morning", "Déjà vu"}},
		{nil, nil},
	} {
		if got := openingNames(tc.names); !slices.Equal(got, tc.want) {
			t.Errorf("openingNames(%q) = %q; want %q", tc.names, got, tc.want)
		}
	}
	e := engineOfText(t,
		"---\nid: a\n---\nFerry crews in the northern port walked out on Monday over pay and the new rosters.\n",
		"---\nid: b\n---\nHarbour pilots joined the ferry crews on Tuesday, halting every sailing to the islands.\n",
		"---\nid: c\nheadline: Ferries idle\n---\nNo ferry sailed on Wednesday.\n")
	a := mustAsk(t, e, "which articles dont have a headline")
	if !strings.HasPrefix(a.Short, "Ferry crews in the northern") || !strings.Contains(a.Short, "Harbour pilots joined") || wordCount(a.Short) > maxShortWords {
		t.Errorf("which articles dont have a headline: %q; want both by their opening words", a.Short)
	}
}

// TestWhichOneOfOthers: "which one of the <noun>" asks about one of the
// ministers, tunnels or officials the articles report, not about the
// articles themselves; "which one of the stories" (or "of these stories",
// any determiner) and a bare "which one" still ask about the articles.
func TestWhichOneOfOthers(t *testing.T) {
	for _, tc := range []struct {
		q  string
		ok bool
	}{
		{"which one of the ministers wrote the letter", false},
		{"which one of the tunnels is the longest", false},
		{"which one of", false},
		{"which one", true},
		{"which one has photos", true},
		{"which one of the stories has photos", true},
		{"which of the articles is the longest", true},
		// "of" and any determiner before an article's noun
		{"which one of these stories has photos", true},
		{"which of those pieces is the shortest", true},
		{"which one of all the articles has a byline", true},
		{"which one of these ministers wrote the letter", false},
		{"which of their tunnels is the longest", false},
	} {
		if got := whichArticles(strings.Fields(tc.q)); got != tc.ok {
			t.Errorf("whichArticles(%q) = %v; want %v", tc.q, got, tc.ok)
		}
	}
	e := engineOfText(t,
		"---\nid: a\nheadline: Leaders meet in Paris\nauthor: Ann Lee\n---\nLeaders met in Paris on Tuesday. Minister Paul Renner wrote the letter to the union. One fisherman was hit by a bullet fired by a flare gun.\n\n## What was shut\n\nThe harbours closed until Friday were:\n\n- Kelport, to all ships.\n- Brenmoor, to ferries only.\n\nOf the two tunnels, the Brenmoor one is the longest.\n",
		"---\nid: b\nheadline: Talks go on\n---\nOfficials talked again on Wednesday.\n\n> Ministers arrive at the palace. (AP Photo/Bo Kim)\n")
	for _, tc := range []struct{ q, not string }{
		{"which one of the ministers wrote the letter", "Ann Lee"},
		{"which one of the officials has a photo", "Talks go on"},
		{"which one of the tunnels is the longest", " words"},
		{"which one of the fishermen was hit by a bullet", "Leaders meet in Paris"},
	} {
		if a, _ := e.Ask(t.Context(), tc.q); a.Kind == KindMeta || strings.Contains(a.Short, tc.not) {
			t.Errorf("%s: %q (%v); want no answer about the articles", tc.q, a.Short, a.Kind)
		}
	}
}
