package qa

import (
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

func TestFigureAsked(t *testing.T) {
	for _, c := range []struct{ q, want string }{
		{"what share of the voters backed the mayor", figurePercent},
		{"what proportion of pupils passed", figurePercent},
		{"what % of the budget went on roads", figurePercent},
		{"what was the total cost of the new school", figureMoney},
		{"whats the maximum fine for speeding", figureMoney},
		{"what fare does the ferry charge", figureMoney},
		{"what did the new school cost to build", figureMoney},
		{"what are the operators charging per trip", figureMoney},
		{"what is the latest number from the ministry", figureCount},
		{"what did they pay for the land", ""},          // the thing bought
		{"what cost savings did the mayor promise", ""}, // savings are asked about
		{"what did the mayor say about the school", ""},
		{"which school closed first", ""},
		// the noun the object of the question's own verb, which pays
		// nothing: which one is asked
		{"what bill did parliament pass", ""},
		{"what charges did the police bring", ""},
		{"what fine did the court impose", figureMoney},
		{"what compensation did the airline offer", figureMoney},
		// a money word in another sense
		{"what did the mayor pay tribute to", ""},
		{"what did they pay attention to", ""},
	} {
		if got := figureAsked(c.q, chatWords(c.q)); got != c.want {
			t.Errorf("figureAsked(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

func TestPercentOfAndFigureNoun(t *testing.T) {
	text := "In Sunday's vote, 64% of the city's registered voters who took part backed the plan."
	s := findAll(numberRE, text)[0]
	if got := text[percentOf(text, s).start:percentOf(text, s).end]; got != "64% of the city's registered voters" {
		t.Errorf("percentOf = %q", got)
	}
	text = "The council built the new bridge at a cost of $9.5 million in 2019."
	checked := 0
	for _, s := range findAll(numberRE, text) {
		if !figureOfKind(figureMoney, text, s) {
			continue
		}
		checked++
		s = extendNoun(text, s)
		if got := text[figureNounBefore(text, s.start):s.end]; got != "at a cost of $9.5 million" {
			t.Errorf("figureNounBefore = %q", got)
		}
	}
	if checked != 1 {
		t.Errorf("%d figures of money in %q, want 1", checked, text)
	}
}

// TestWhatDoesXDo: "what does X do", X a full name, asks for X's work, as
// "who is X" does; "what did X do" asks for a deed.
func TestWhatDoesXDo(t *testing.T) {
	for q, want := range map[string]int{
		"what does marta lind do":                 4,
		"what does marta lind do for the council": 4,
		"what did marta lind do":                  -1,
		"whats marta lind do":                     4, // ("whats": "what is")
		"what does marta lind do about the leak":  -1,
	} {
		if got := doesDoAt(chatWords(q)); got != want {
			t.Errorf("doesDoAt(%q) = %d, want %d", q, got, want)
		}
	}
	e := engineOfText(t, `---
id: t
headline: Leak
---
The water board's chief engineer, Marta Lind, said the pipe had burst at dawn.
`)
	if a, err := e.Ask(t.Context(), "what does marta lind do"); err != nil || !has(a.Short, "chief engineer, Marta Lind") {
		t.Errorf("what does marta lind do: short %q, %v; want her title with her name", a.Short, err)
	}
}

// TestNameListPredicate: names listed as a short answer are shown with the
// predicate they are the subject of, not the words that lead to them, nor
// a phrase that is no predicate.
func TestNameListPredicate(t *testing.T) {
	if !nameList("Norway and Iceland") || nameList("Norway") || nameList("Norway said") {
		t.Error("nameList: want two names or more, names only")
	}
	e := testEngine(t)
	for text, want := range map[string]string{
		"Denmark sent two frigates to the strait, while Norway and Iceland said they would not send ships.": "Norway and Iceland said they would not send ships",
		"The patrol was led by Norway and Iceland after Denmark pulled out.":                                "Norway and Iceland",
	} {
		at := strings.Index(text, "Norway and Iceland")
		found := span{at, at + len("Norway and Iceland")}
		ans := Answer{Short: "Norway and Iceland", Passages: []Hit{{Text: text}}}
		e.inPhrase(&ans, &question{}, &cand{p: corpus.Passage{Text: text}}, found, true)
		if ans.Short != want {
			t.Errorf("inPhrase(%q) = %q, want %q", text, ans.Short, want)
		}
	}
}

func TestFigureBefore(t *testing.T) {
	for q, want := range map[string]string{
		"what are the analysts expecting the total bill to be":        figureMoney,
		"what did the police say the number of arrests was":           figureCount,
		"what did the police say the number of arrests was on friday": figureCount,
		"what did the police say the number of arrests was in total":  figureCount,
		"what will the repairs come to":                               figureCount,
		"what did the fund's share add up to":                         figurePercent,
		"what did the police say was":                                 "",
		"what are the analysts expecting":                             "",
	} {
		if got := figureAsked(q, chatWords(q)); got != want {
			t.Errorf("figureAsked(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestSaidFigure: "what does X think the N will come to" asks for the
// figure X gives, reported as well as quoted.
func TestSaidFigure(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Storm
---
Harbour Mutual, the region's largest insurer, estimated on Monday that storm losses would reach about $90 million.

The storm closed the port for two days.
`)
	a, err := e.Ask(t.Context(), "what does the biggest insurer think the storm losses will come to")
	if err != nil || !a.Answered || !has(a.Short, "$90 million") {
		t.Errorf("short %q, answered %v, %v; want the figure", a.Short, a.Answered, err)
	}
}

func TestMoneyVerbIn(t *testing.T) {
	for q, want := range map[string]string{
		"what did the mayor say a new school costs":          figureMoney,
		"what did the mayor say they paid for":               "",
		"what did the mayor say about the school":            "",
		"what did the union say about the pay offer":         "",
		"what did the lawyer say about the charges":          "",
		"what did the mayor say a diverted ship costs extra": figureMoney,
		"what is the ferry company charging passengers":      figureMoney,
		"what was the money spent on":                        "",
	} {
		if got := moneyVerbIn(chatWords(q)); got != want {
			t.Errorf("moneyVerbIn(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestNounModifier: a place or people noun that qualifies the noun after
// it ("what country flag is …") leaves that noun asked about.
func TestNounModifier(t *testing.T) {
	for q, want := range map[string]Kind{
		"what country flag is the ferry under": KindWhat,
		"what country is the ferry from":       KindWho, // a country, named
		"which country sent the ferry":         KindWho,
		// an adverb is no noun the country qualifies
		"which country currently has the presidency": KindWho,
	} {
		if got, _ := classify(q); got != want {
			t.Errorf("classify(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestWithArticle: the article that opens an answer's noun phrase goes
// with it; names alone and a lone modifier keep none.
func TestWithArticle(t *testing.T) {
	for _, c := range []struct{ text, ans, want string }{
		{"The Baltic line Fjordway said two ships turned back.", "Baltic line Fjordway", "The Baltic line Fjordway"},
		{"“The Baltic line Fjordway turned back,” he said.", "Baltic line Fjordway", "The Baltic line Fjordway"},
		{"The union wants a 6% pay rise this year.", "6% pay rise", "a 6% pay rise"},
		{"Talks with the Netherlands resumed.", "Netherlands", "Netherlands"},
		{"It was an Anglo-Dutch plan.", "Anglo-Dutch", "Anglo-Dutch"},
	} {
		at := strings.Index(c.text, c.ans)
		s := withArticle(c.text, span{at, at + len(c.ans)})
		if got := c.text[s.start:s.end]; got != c.want {
			t.Errorf("withArticle(%q, %q) = %q, want %q", c.text, c.ans, got, c.want)
		}
	}
}

// TestDoesDoReadsWork: "what does X do", X a full name, asks who X is;
// a question with more than the name between its auxiliary and "do" asks a
// deed ("what is X going to do").
func TestDoesDoReadsWork(t *testing.T) {
	e := testEngine(t)
	for q, want := range map[string]Kind{
		"what does keir starmer do":          KindWho,
		"whats keir starmer do":              KindWho,
		"what is keir starmer going to do":   KindWhat,
		"what does keir starmer do about it": KindWhat,
	} {
		if got := e.analyse(q).kind; got != want {
			t.Errorf("analyse(%q).kind = %s, want %s", q, got, want)
		}
	}
}
