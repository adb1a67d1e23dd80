package qa

import (
	"strings"
	"testing"
)

// TestCountedNamesSay: a "how many" answered by the names the passage
// counts shows them with the predicate they are the subject of, headed
// by their count, within a short answer's dozen words.
func TestCountedNamesSay(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Naval exercise
---
Twelve navies were invited to the Kilbeg exercise in May.
Norway and Iceland said they would not send ships.
`)
	a, err := e.Ask(t.Context(), "how many countries refused to send ships")
	if err != nil {
		t.Fatal(err)
	}
	if want := "2: Norway and Iceland said they would not send ships"; a.Short != want {
		t.Errorf("Short = %q; want %q", a.Short, want)
	}
}

// TestCountedShort: the count heads the answer only within maxShortWords;
// past it, the names alone, then without their titles; where none fits,
// the first dozen words with the count, no word left dangling.
func TestCountedShort(t *testing.T) {
	noTitles := func(s string, _ int) string {
		if s == "" || !strings.HasPrefix(s, "Café") {
			return ""
		}
		return "Noël and Ruiz"
	}
	for _, c := range []struct {
		n                  int
		short, names, want string
	}{
		{2, "Norway and Iceland said no", "Norway and Iceland", "2: Norway and Iceland said no"},
		{2, "Norway and Iceland said they would not send any ships to the exercise", "Norway and Iceland", "2: Norway and Iceland"},
		{2, "Café Owner Jean Noël and Harbour Master General María Ruiz of Kilbeg’s Port", "Café Owner Jean Noël and Harbour Master General María Ruiz of Kilbeg’s Port", "2: Noël and Ruiz"},
		{0, "", "", "0: "},
		{2, "Norway and Iceland said they would not send any ships to the exercise this year", "the Norwegian Prime Minister of the day Jonas Gahr Store and the Icelandic Prime Minister of the day Bjarni Benediktsson", "2: Norway and Iceland said they would not send any ships"}, // review11's probe
		{2, "the harbour masters of Kilbeg and Tarn said they would not send any ships to the regatta", "the harbour masters of Kilbeg and Tarn and their deputies in the two ports", "2: the harbour masters of Kilbeg and Tarn said they would not"},
	} {
		if got := countedShort(c.n, c.short, c.names, noTitles); got != c.want {
			t.Errorf("countedShort(%d, %q, %q) = %q; want %q", c.n, c.short, c.names, got, c.want)
		}
	}
}

// TestCountedShortTitledNames: a "how many" over a list of titled names
// too long for a short answer with its count gives the names in the words
// the count leaves (namesOfList's budget), never the list cut mid-name.
func TestCountedShortTitledNames(t *testing.T) {
	e := testEngine(t)
	list := "Irish President Aoife Byrne, Danish Prime Minister Lars Holm and Dutch Prime Minister Anna Visser"
	got := countedShort(3, list+" met in Kilbeg", list, e.namesOfList)
	if want := "3: Irish President Aoife Byrne, Lars Holm and Anna Visser"; got != want {
		t.Errorf("countedShort(3, %q) = %q; want %q", list, got, want)
	}
}

// TestCountedKindsArticle: kinds a "how many" counts by their list
// ("Danish and Swedish harbour masters") keep the article that opens
// their phrase.
func TestCountedKindsArticle(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Harbour talks
---
On Monday the envoy met the Danish and Swedish harbour masters in Kilbeg.
`)
	a, err := e.Ask(t.Context(), "how many harbour masters did the envoy meet")
	if err != nil {
		t.Fatal(err)
	}
	if want := "2: the Danish and Swedish harbour masters"; a.Short != want {
		t.Errorf("Short = %q; want %q", a.Short, want)
	}
}

// TestCountedWholeList: a "how many" answered by a list of titled names
// too long for a short answer with its predicate counts every name, not
// the last ones a cut from the front leaves (re-read B B3).
func TestCountedWholeList(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Naval exercise
---
Twelve navies were invited to the Kilbeg exercise in May.
Irish President Aoife Byrne, Danish Prime Minister Lars Holm and Dutch Prime Minister Anna Visser refused to send ships.
`)
	if want, a := "3: Irish President Aoife Byrne, Lars Holm and Anna Visser", mustAsk(t, e, "how many leaders refused to send ships"); a.Short != want {
		t.Errorf("Short = %q; want %q", a.Short, want)
	}
	text := "Café owners Noël, Ruiz and Berg said no."
	list := span{len("Café owners "), len("Café owners Noël, Ruiz and Berg")}
	for _, c := range []struct {
		short, want string
	}{
		{"Ruiz and Berg said no", "Noël, Ruiz and Berg said no"},       // cut inside the list: opened at its start
		{"Noël, Ruiz and Berg said no", "Noël, Ruiz and Berg said no"}, // the whole list already
		{"said no", "said no"},         // after the list
		{"Café owners", "Café owners"}, // before it
		{"", ""},
	} {
		if got := withWholeList(text, list, c.short); got != c.want {
			t.Errorf("withWholeList(%q) = %q; want %q", c.short, got, c.want)
		}
	}
	if got := withWholeList("", span{0, 5}, "x"); got != "x" {
		t.Errorf("withWholeList past the text = %q; want %q", got, "x")
	}
}

// TestCountedOutsideNames checks that a figure's counted noun is not a
// word inside a multi-word proper name after it: "Harbour Crane Partners"
// holds no cranes; a plain noun after the figure still counts them.
func TestCountedOutsideNames(t *testing.T) {
	e := testEngine(t)
	q := e.analyse("how many cranes does the port have")
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The terminal is 70% held by the Oslo-listed Harbour Crane Partners and the rest by the port.", false},
		{"The port has 14 cranes along its quay, the port said.", true},
		{"The port bought 14 of the new electric cranes last year.", true},
	} {
		c := parsedCand(t, e, tc.text)
		if got := e.typeFigure(&q, c) >= countedOnly; got != tc.want {
			t.Errorf("typeFigure(%q) counts cranes = %v; want %v", tc.text, got, tc.want)
		}
	}
}
