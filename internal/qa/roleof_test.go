package qa

import (
	"slices"
	"strings"
	"testing"
)

// roleOfStory names holders of titles of named bodies and places, and
// bodies and places whose titles it gives no one.
const roleOfStory = "---\nid: roles\nheadline: Storm damage\n---\n" +
	"FREDERICTON — New Brunswick will spend $120 million to help households hit by flooding, the provincial government said on Friday.\n\n" +
	"The Tarrington Chamber of Commerce estimated that the closure was costing $1.2 million a day. Its chief executive, Jonathan Pryor, urged the council to offer rate relief.\n\n" +
	"Inspectors from Halloran Pryce Engineering found cracks in the steel.\n\n" +
	"The mayor of Dornach, Anna Keller, said the town would rebuild.\n\n" +
	"In Bayfield, police chief Ruth Mora closed the bridge on Thursday.\n\n" +
	"UN chief Antonio Guterres called for calm.\n"

// TestRoleOfNamedBody: "who is the <title> of <name>" is declined where
// no one the articles name holds that title, or everyone who does is said
// to serve another body or place (unheldTitle); the looser reading answers
// where the holder serves the name, or where the title is given otherwise
// than as a description.
func TestRoleOfNamedBody(t *testing.T) {
	e := engineOfText(t, roleOfStory)
	for q, want := range map[string]string{
		// no premier at all: not a sentence that names the province
		"who is the premier of new brunswick": "",
		// the one chief executive is the Chamber's ("Its", of the
		// sentence before): not the inspectors of the firm asked about
		"who is the ceo of halloran pryce": "",
		// the holders the filter keeps
		"who is the ceo of the tarrington chamber of commerce": "Jonathan Pryor",
		"who is the mayor of dornach":                          "Anna Keller",
		"who is the police chief of bayfield":                  "Ruth Mora",
		"who is the head of the un":                            "Antonio Guterres",
	} {
		a := mustAsk(t, e, q)
		if want == "" && a.Answered {
			t.Errorf("%s: answered %q; want declined", q, a.Short)
		}
		if want != "" && (!a.Answered || !strings.Contains(a.Short, want)) {
			t.Errorf("%s: answered %v, short %q; want %q in it", q, a.Answered, a.Short, want)
		}
	}
}

// TestServedBy: the bodies and places a person's description says they
// serve, by the names in it that are no titles.
func TestServedBy(t *testing.T) {
	e := engineOfText(t, roleOfStory)
	for _, c := range []struct{ text, prev, name, want string }{
		{"Its chief executive, Jonathan Pryor, urged the council to offer rate relief.", "The Tarrington Chamber of Commerce estimated that the closure was costing $1.2 million a day.", "Jonathan Pryor", "tarrington chamber commerc"},
		{"Doug Ford, the premier of Ontario, offered to send crews.", "", "Doug Ford", "ontario"},
		{"UN chief Antonio Guterres called for calm.", "", "Antonio Guterres", "un"},
		{"Lena Ortiz, chief executive of Sentaro, said flights would resume.", "", "Lena Ortiz", "sentaro"},
	} {
		at := strings.Index(c.text, c.name)
		got := e.servedBy(c.text, c.prev, span{at, at + len(c.name)})
		if want := strings.Fields(c.want); !slices.Equal(got, want) {
			t.Errorf("servedBy(%q) = %v; want %v", c.text, got, want)
		}
	}
}

// TestTrimmedTitlesGivenName: a given name that ends as nationalities do
// ("Jonathan", "-an") before a lone surname is the person's own, not a
// nationality cut from the name; a title or a country's word is cut.
func TestTrimmedTitlesGivenName(t *testing.T) {
	e := engineOfText(t, roleOfStory)
	for name, want := range map[string]string{"Jonathan Pryor": "", "French Macron": "French ", "Mayor Anna Berg": "Mayor "} {
		if got := name[:e.trimmedTitles(name)]; got != want {
			t.Errorf("trimmedTitles(%q) cuts %q; want %q", name, got, want)
		}
	}
}
