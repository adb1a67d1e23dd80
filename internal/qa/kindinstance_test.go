package qa

import (
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestKindInstance: a "what X" question whose X the passage uses asks
// which X: the words that qualify the passage's X and that the question
// does not say, a figure among them, with the rest of its phrase, not the
// next conjunct nor a verb of the same spelling.
func TestKindInstance(t *testing.T) {
	// (the question's "nurses" stands again in the second conjunct, whose
	// clause a "what" question's other words would answer)
	text := "The nurses' union is seeking a 6% wage increase phased over three years and a promise that no nurse will lose her post to the new rota."
	e := howEngine(t, text)
	a := mustAsk(t, e, "what wage increase do the nurses want")
	if !strings.Contains(a.Short, "6% wage increase phased over three years") || strings.Contains(a.Short, "rota") {
		t.Errorf("short %q; want the increase the passage gives, not the other conjunct", a.Short)
	}
	for _, c := range []struct {
		text, q, want string
	}{
		// the question's compound, "wage increase", whatever "wage" can
		// be besides; the figure before it; its phrase up to "and"
		{text, "what wage increase do the nurses want", "6% wage increase phased over three years"},
		{"Crews used a 40-tonne floating crane and two tugs to lift the barge.", "what crane did the crews use", "40-tonne floating crane"},
		// no X asked about: the passage's word is a verb
		{"The closure of the ward sparked a protest outside the hospital.", "what sparked a protest at the hospital", ""},
		// a noun however a verb might end, read as the question orders it
		{"The ferry reached a top speed of 30 knots on its first run.", "what speed did the ferry reach", "top speed of 30 knots on its first run"},
		// a mark inside a figure ends no phrase; "nor" opens a conjunct
		{"The dockers want a 9% pay rise spread over 2.5 years nor will they settle for less.", "what pay rise do the dockers want", "9% pay rise spread over 2.5 years"},
		// the passage's X told apart by nothing, or by the question's own words only
		{"They boarded the ferry at noon and reached the island by two.", "what ferry did they board", ""},
		{"They boarded the night ferry at noon and reached the island by two.", "what night ferry did they board", ""},
		{"They boarded the night ferry at noon and reached the island by two.", "what ferry did they board at night", ""},
		// a relative clause after X is no part of its phrase
		{"Officials approved a temporary bridge that will carry buses over the river.", "what bridge did officials approve", "temporary bridge"},
	} {
		e := howEngine(t, c.text)
		q := e.analyse(c.q)
		cd := &cand{p: corpus.Passage{Text: c.text}, toks: e.analyze(c.text)}
		got := ""
		if s := e.kindInstance(&q, cd); s.end > s.start {
			got = c.text[s.start:s.end]
		}
		if got != c.want {
			t.Errorf("kindInstance(%q) = %q; want %q", c.q, got, c.want)
		}
	}
}

// TestFigureToken: a figure is digits with its signs, joined to its unit
// or not; a word that ends a sentence after its digits is none.
func TestFigureToken(t *testing.T) {
	for w, want := range map[string]bool{"9%": true, "40-tonne": true, "$4.5": true, "1,300": true, "2021.": false, "2021,": false, "two": false, "tonne": false} {
		if got := figureToken(w); got != want {
			t.Errorf("figureToken(%q) = %v; want %v", w, got, want)
		}
	}
}
