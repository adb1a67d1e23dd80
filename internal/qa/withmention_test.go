package qa

import (
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestWithMention: "which article mentions X", answered by one article,
// names the article and shows where it says X, within a dozen words: by
// its headline where that leaves room, else by its outlet, else (no
// headline, no outlet) by fewer of its opening words; the mention stops
// at a comma after the question's rarest word.
func TestWithMention(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Harbour crane collapse halts loading\n---\n"+
			"A crane at the container terminal collapsed on Monday night.\n"+
			"A barge named Wendeline, moored at the quay, was struck by the falling boom.\n"+
			"Dockers were sent home for the rest of the week.\n",
		"---\nid: b\nheadline: Port authority chiefs face growing pressure from dockers and shipping lines over terminal safety record\noutlet: The Estuary Gazette\n---\n"+
			"Dockers walked out on Wednesday over safety at the terminal.\n"+
			"Union organiser Tamsin Oyelaran told the rally that cranes were years overdue for inspection.\n",
		"---\nid: c\n---\n"+
			"Insurers for the terminal operator have begun to assess the damage to cargo and vessels after the collapse.\n"+
			"Loss adjuster Birgit Halvorsen estimated the claim would take months to settle.\n")
	checkShorts(t, e, []askedShort{
		{"which article mentions the wendeline", "Harbour crane collapse halts loading: Wendeline"},
		{"which story brings up tamsin oyelaran", "The Estuary Gazette: Tamsin Oyelaran told the rally that cranes were years"},
		{"which article mentions birgit halvorsen", "Insurers for the terminal…: Birgit Halvorsen estimated the claim would take months"},
	})
	// the word after the rarest is kept: what it names ("Kessington
	// *pilots*"), not the question's other word at the far edge
	f := engineOfText(t, "---\nid: d\nheadline: Harbour strike leaves cargo ships waiting offshore\n---\n"+
		"Tugboat crews said the Kessington pilots walked out at dawn.\nThe strike ended after two days.\n")
	wantShorts(t, f, []askedShort{{"which article mentions tugboat crews and kessington", "Kessington pilots"}})
	// a figure's thousands comma ends no clause of the mention
	g := engineOfText(t, "---\nid: g\nheadline: Drone strikes\n---\n"+
		"Drones hit Kostroma where 3,500 people live, officials said.\nThe depot burned for a day.\n")
	wantShorts(t, g, []askedShort{{"which article mentions kostroma", "Kostroma where 3,500 people live"}})
	// an article that does not say it is not named for it
	if a := mustAsk(t, e, "which article mentions birgit halvorsen"); len(a.Sources) != 1 || a.Sources[0] != "c" {
		t.Errorf("which article mentions birgit halvorsen: sources %v; want [c]", a.Sources)
	}
}

// TestArticlesMention: "which articles mention X", where the articles'
// names are too many for a dozen words, says how many and shows the
// mention, not nothing.
func TestArticlesMention(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Storm surge floods the lower town and closes the coastal railway for a week\n---\n"+
			"Water reached the first floors of houses along the seafront.\n"+
			"The lifeboat Marguerite Anselm rescued two fishermen off the breakwater.\n",
		"---\nid: b\nheadline: Insurers brace for record claims after the storm surge floods hundreds of homes\n---\n"+
			"Loss adjusters began visiting homes on Tuesday.\n"+
			"Crews of the lifeboat Marguerite Anselm were praised by the mayor.\n")
	wantShorts(t, e, []askedShort{
		{"which articles mention the marguerite anselm", "2 articles: Marguerite Anselm"},
	})
}

// TestUnheadedName: "which article has no headline" names the article
// that lacks one by its outlet and author where it states them, not by
// its opening words; one that states neither, by its opening words.
func TestUnheadedName(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Ferry timetable cut for winter\noutlet: Firth Courier\n---\nThe ferry will sail twice a day from November.\n",
		"---\nid: b\noutlet: Firth Courier\nauthor: Oona Callister\n---\nHarbour dues will rise by a tenth next spring, the trust said.\n")
	checkShorts(t, e, []askedShort{{"which article has no headline", "Firth Courier, by Oona Callister"}})
	c := &corpus.Article{ID: "c", Passages: []corpus.Passage{{Kind: corpus.KindBody, Text: "Gulls nested on the pier."}}}
	if got := unheadedName(c, "headline"); got != c.Title() {
		t.Errorf("unheadedName(no outlet, no author) = %q; want its title %q", got, c.Title())
	}
}
