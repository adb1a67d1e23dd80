package qa

import (
	"strings"
	"testing"
)

// TestAgedName: "how old is X" is answered by the age with the name the
// passage sets it after ("Marta Ruiz, 64"), the phrase that says whose
// age it is; a number that is no age set off after a name stays bare.
func TestAgedName(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Harbour
---
Marta Ruiz, 64, who has fished off Kilbeg since 1980, said the harbour had never flooded before.
`)
	a, err := e.Ask(t.Context(), "how old is marta ruiz")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Marta Ruiz, 64"; a.Short != want {
		t.Errorf("Short = %q; want %q", a.Short, want)
	}
	for _, c := range []struct {
		text, num, want string
	}{
		{"Hélène Noël, 77, said so.", "77", "Hélène Noël, 77"},
		{"“We stay,” said Marta Ruiz, 64. She laughed.", "64", "Marta Ruiz, 64"}, // the sentence's end
		{"Marta Ruiz, 64.5 metres", "64", "64"},                                  // a figure's own point
		{"The fleet, 40, sailed.", "40", "40"},                                   // no name before it
		{"Marta Ruiz caught 64 fish.", "64", "64"},                               // not set off by commas
		{"Marta Ruiz, about 64, said so.", "64", "64"},                           // not right after the comma
		{"64, said so.", "64", "64"},                                             // nothing before it
		{"Marta Ruiz, 64", "64", "64"},                                           // no comma after it
		{"Marta Ruiz, 64th, said so.", "64th", "64th"},                           // no bare number
		{"The survey was drawn up by Marta Ruiz, 2021.", "2021", "2021"},         // a year, no age
		{"The levy was paid by Marta Ruiz, 640, the court heard.", "640", "640"}, // past maxAge
		{"Hélène Noël, 101, said so.", "101", "Hélène Noël, 101"},
		{"Hélène Noël,\u00a077, said so.", "77", "Hélène Noël,\u00a077"}, // a no-break space after the comma
		{"“We stay,” said Marta Ruiz,  64.", "64", "Marta Ruiz,  64"},    // two spaces
		{"Marta Ruiz,64, said so.", "64", "64"},                          // no space: a figure's comma
		{"’, 64, said so.", "64", "64"},
		{"The report was written by Jonas Berg, 2019.", "2019", "2019"}, // review11's probes
		{"The fine was paid by Jonas Berg, 1500, the court said.", "1500", "1500"},
	} {
		at := strings.LastIndex(c.text, c.num)
		s := e.withAgedName(c.text, span{at, at + len(c.num)})
		if got := c.text[s.start:s.end]; got != c.want {
			t.Errorf("withAgedName(%q, %q) = %q; want %q", c.text, c.num, got, c.want)
		}
	}
	if s := e.withAgedName("", span{}); s != (span{}) {
		t.Errorf("withAgedName on an empty text = %v; want an empty span", s)
	}
}
