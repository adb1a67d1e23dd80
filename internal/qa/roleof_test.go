package qa

import (
	"strings"
	"testing"
)

// roleOfStory names holders of titles of bodies, each after the name with
// the body after the title's "of" ("Priya Sandhu, director of the consumer
// group FlyFair,"), and a province no one is said to lead.
const roleOfStory = `---
id: roleof
headline: Airline outage claims mount
---
New Brunswick will spend $120 million on the claims, the province said on Friday.

Priya Sandhu, director of the consumer group FlyFair, said claims could cost Northjet about €30 million.

Owen Latimer, managing director of Corvell Infrastructure, said the firm had never been asked to do the work.

Paul Venning, the council's director of infrastructure, said the bridge would stay shut.
`

// TestServedAfter: the description after a name reads past a title's
// "of" where a body's name follows, up to the closing mark; not a phrase
// of common words, nor another's title.
func TestServedAfter(t *testing.T) {
	e := testEngine(t)
	for _, c := range []struct{ text, want string }{
		{"Owen Latimer, managing director of Corvell Infrastructure, which has held the contract", "managing director of Corvell Infrastructure"},
		{"Priya Sandhu, director of the consumer group FlyFair, estimated that", "director of the consumer group FlyFair"},
		{"Maja Lindgren, a professor of information systems, said", "a professor of information systems"},
		{"Jared Kushner, the son-in-law of President Trump, said", ""},
	} {
		n := span{0, strings.Index(c.text, ",")}
		d := e.servedAfter(c.text, n)
		if got := c.text[d.start:d.end]; got != c.want {
			t.Errorf("servedAfter(%q) = %q; want %q", c.text, got, c.want)
		}
	}
}

// TestRoleOfBody: "who is the <title> of <X>" asks for the one the
// articles give that title of X, by X's name in their description; where
// no one holds the title of X it is declined, not answered by another
// body's holder or a sentence naming X.
func TestRoleOfBody(t *testing.T) {
	e := engineOfText(t, roleOfStory)
	for _, c := range []struct{ q, want string }{
		{"who is the director of flyfair", "Priya Sandhu"},
		{"who is the managing director of corvell infrastructure", "Owen Latimer"},
		{"who is the premier of new brunswick", ""},
		{"who is the director of northjet", ""},
	} {
		a := mustAsk(t, e, c.q)
		switch {
		case c.want == "" && a.Answered:
			t.Errorf("%q answered %q; want declined", c.q, a.Short)
		case c.want != "" && (!a.Answered || !strings.Contains(a.Short, c.want)):
			t.Errorf("%q = %v %q; want %q", c.q, a.Answered, a.Short, c.want)
		}
	}
}
