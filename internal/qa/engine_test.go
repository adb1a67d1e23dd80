package qa

import (
	"github.com/summitbot/summitbot/internal/eval"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
)

func testEngine(t testing.TB) *Engine {
	t.Helper()
	e, ix, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return e
}

// engineOver is an engine over c, indexed in memory.
func engineOver(t testing.TB, c *corpus.Corpus) *Engine {
	t.Helper()
	ix, err := index.Build(c, index.DefaultVocabulary())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return New(c, ix)
}

// TestUnknownYear: a year the question names that no article mentions is
// the name of a time the coverage does not speak of: declined, as an
// unknown name is; a year the articles give is answered.
func TestUnknownYear(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Flood
---
The river flooded the valley in 2021, destroying 300 homes.
Crews cleared the coastal road on Friday.
`)
	for q, want := range map[string]bool{"how many homes did the 2021 flood destroy": true, "how many homes did the 2012 flood destroy": false} {
		a, err := e.Ask(t.Context(), q)
		if err != nil || a.Answered != want {
			t.Errorf("%s: answered %v, %v; want %v", q, a.Answered, err, want)
		}
	}
	// a number that counts the noun after it is no year; nor one outside
	// 1900-2099
	for q, year := range map[string]bool{"did 2000 rescuers help": false, "what happened in 2012": true, "did 1800 people flee": false, "the 1500 battle": false} {
		w := strings.Fields(q)
		got := false
		for _, x := range w {
			got = got || isYear(x) && !countsNext(w, x)
		}
		if got != year {
			t.Errorf("%q: a year named %v; want %v", q, got, year)
		}
	}
}

// TestPassagesNotRepeated: no passage of an answer repeats what one before
// it shows (a sentence alone after the two a pronoun joins it to), over
// the chat-style development questions of both coverages.
func TestPassagesNotRepeated(t *testing.T) {
	for _, set := range []struct {
		e    *Engine
		file string
	}{{testEngine(t), "testdata/dev_realistic.jsonl"}, {quakeEngine(t), "testdata/train3_quake.jsonl"}} {
		cases, err := eval.ReadCases(set.file)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			a, err := set.e.Ask(t.Context(), c.Q)
			if err != nil {
				continue
			}
			for i, h := range a.Passages {
				for _, o := range a.Passages[:i] {
					if o.Article == h.Article && strings.Contains(o.Text, h.Text) {
						t.Errorf("%q: passage %d %.60q repeats one before it", c.Q, i, h.Text)
					}
				}
			}
		}
	}
}

// TestSurnameFirstMention: a "who" answer that is a surname alone is the
// person as the article first named them, title and full name ("Inspector
// Ruth Cawley", not "Cawley"); a surname two people share stays alone.
func TestSurnameFirstMention(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Bridge shut
---
The Ferrier Road Bridge was closed on Monday after inspectors found cracks in its steel frame.
Inspector Ruth Cawley of Tarrington Police said officers had been sent to direct traffic at six junctions.
"Please, if you do not need to travel tomorrow morning, do not," Cawley said.
`)
	a, err := e.Ask(t.Context(), "who was the police officer telling people not to travel tomorrow")
	if err != nil || a.Short != "Inspector Ruth Cawley" {
		t.Errorf("answer %q, %v; want %q", a.Short, err, "Inspector Ruth Cawley")
	}
	e = engineOfText(t, `---
id: t
headline: Bridge shut
---
Inspector Ruth Cawley of Tarrington Police said officers had been sent to direct traffic.
Her brother, Councillor Mark Cawley, called for the bridge to be rebuilt.
"Please, if you do not need to travel tomorrow morning, do not," Cawley said.
`)
	if got := e.firstMention(&cand{a: e.c.Articles[0], p: e.c.Articles[0].Passages[len(e.c.Articles[0].Passages)-1]}, "Cawley"); got != "" {
		t.Errorf("two Cawleys: %q; want none", got)
	}
	// the full mention in the answer's own passage counts too
	e = engineOfText(t, `---
id: t
headline: Bridge shut
---
The Ferrier Road Bridge was closed on Monday after inspectors found cracks in its steel frame.
As Harbour Commissioner Ines Varga noted on Tuesday, the closure was not a "crisis" but a precaution.
`)
	last := e.c.Articles[0].Passages[len(e.c.Articles[0].Passages)-1]
	if got := e.firstMention(&cand{a: e.c.Articles[0], p: last}, "Varga"); got != "Harbour Commissioner Ines Varga" {
		t.Errorf("own passage: %q; want %q", got, "Harbour Commissioner Ines Varga")
	}
	// but not a namesake after the bare surname in it
	e = engineOfText(t, `---
id: t
headline: Bridge shut
---
The Ferrier Road Bridge was closed on Monday after inspectors found cracks in its steel frame.
"We were never consulted," Varga said, adding that her brother, Tomas Varga, had warned the board.
`)
	last = e.c.Articles[0].Passages[len(e.c.Articles[0].Passages)-1]
	if got := e.firstMention(&cand{a: e.c.Articles[0], p: last}, "Varga"); got != "" {
		t.Errorf("namesake after the bare surname: %q; want none", got)
	}
}

// TestDescribedName: a full name a "who" answer gives bare comes with the
// apposition before it in its passage, or with the titles the article
// first gave it; not with a phrase that describes no person.
func TestDescribedName(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Ferry review
---
Deputy Mayor Lena Moss said the ferry would keep running through the winter.
The review of the crossing will be chaired by its senior engineer, Tomas Brandvik.
In its first eight days, Wend Ferries said, the boat carried 9,000 people.
Lena Moss said the fares would not rise.
`)
	ps := e.c.Articles[0].Passages
	at := func(sub string) *cand {
		for _, p := range ps {
			if strings.Contains(p.Text, sub) {
				return &cand{a: e.c.Articles[0], p: p}
			}
		}
		t.Fatalf("no passage holds %q", sub)
		return nil
	}
	for _, c := range []struct{ in, name, want string }{
		{"chaired by", "Tomas Brandvik", "its senior engineer, Tomas Brandvik"},
		{"fares", "Lena Moss", "Deputy Mayor Lena Moss"},
		{"eight days", "Wend Ferries", ""},
	} {
		if got := e.describedName(at(c.in), c.name); got != c.want {
			t.Errorf("describedName(%q) = %q; want %q", c.name, got, c.want)
		}
	}
}

// TestOriginallyPlanned: "who was originally …" asks for the names of
// what was planned at first, before the "but" that tells what came of it.
func TestOriginallyPlanned(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Ferry opening
---
The new ferry was initially due to be launched by Mayor Clara Voss, but after a council vote the ceremony is now led by Harbour Master Piet Olsen.
`)
	a, err := e.Ask(t.Context(), "who was originally going to lead the ceremony")
	if err != nil || a.Short != "Mayor Clara Voss" {
		t.Errorf("answer %q, %v; want %q", a.Short, err, "Mayor Clara Voss")
	}
}

// TestNamedDescription: a "who" answer that is a role alone comes with the
// name it stands in apposition to.
func TestNamedDescription(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Ferry review
---
"The hull is sound," said Tomas Brandvik, the chief inspector for Wend Ferries.
`)
	c := &cand{a: e.c.Articles[0], p: e.c.Articles[0].Passages[len(e.c.Articles[0].Passages)-1]}
	if got, want := e.namedDescription(c, "the chief inspector for Wend Ferries"), "Tomas Brandvik, the chief inspector for Wend Ferries"; got != want {
		t.Errorf("namedDescription = %q; want %q", got, want)
	}
	if got := e.namedDescription(c, "Wend Ferries"); got != "" {
		t.Errorf("namedDescription of a name = %q; want none", got)
	}
	e = engineOfText(t, "---\nid: t\nheadline: Crash\n---\nThe driver was later named as John Hartley, the police said.\n")
	c = &cand{a: e.c.Articles[0], p: e.c.Articles[0].Passages[len(e.c.Articles[0].Passages)-1]}
	if got := e.namedDescription(c, "the police"); got != "" {
		t.Errorf("namedDescription of a report's subject = %q; want none", got)
	}
}

// TestWholeNameAt: a name in a passage stands as whole words and alone.
func TestWholeNameAt(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		want       bool
	}{
		{"led by its chief engineer, Lena Moss, on Monday", "Lena Moss", true},
		{"led by its chief engineer, Lena Mossberg, on Monday", "Lena Moss", false},
		{"the mayor, the police chief, Tomas Brandvik and Anna Lind", "Tomas Brandvik", false},
	} {
		if got := wholeNameAt(tc.text, strings.Index(tc.text, tc.name), len(tc.name)); got != tc.want {
			t.Errorf("wholeNameAt(%q, %q) = %v; want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestMisspeltName: "who is W1 W2" with a name heard, not read, asks who
// the passage's person of that first name and sound is.
func TestMisspeltName(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Food bank
---
The food bank on Mill Road fed 400 families last week, twice as many as a year ago.
Its chair, retired teacher Walter Pryce, said the council had ignored a larger hall on Fern Street.
`)
	a, err := e.Ask(t.Context(), "who is walter price")
	if err != nil || !strings.Contains(a.Short, "teacher") {
		t.Errorf("answer %q, %v; want the teacher", a.Short, err)
	}
	text := "Its chair, retired teacher Walter Pryce, said the council had ignored a larger hall on Fern Street."
	q := e.analyse("whos walter price")
	if named, ok := e.misspeltName(&q, text); !ok || !named.defines || len(named.terms) != 2 || named.terms[1].word != "Pryce" {
		t.Errorf("walter price not read as Walter Pryce")
	}
	q = e.analyse("who is walter smith")
	if _, ok := e.misspeltName(&q, text); ok {
		t.Errorf("walter smith read as Walter Pryce")
	}
	// same first letter, length within two, but another name, not a slip
	q = e.analyse("who is walter parker")
	if _, ok := e.misspeltName(&q, text); ok {
		t.Errorf("walter parker read as Walter Pryce")
	}
}
