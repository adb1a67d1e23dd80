package qa

import (
	"slices"
	"strings"
	"testing"
)

// TestInClauseFinishesClause: a short answer widened in its clause takes
// the last word or two of the clause rather than a word of its subject
// when the clause would otherwise stop just short of its end.
func TestInClauseFinishesClause(t *testing.T) {
	for _, tc := range []struct{ text, bare, want string }{
		{"The harbour master said he expects repairs to the north quay to last at least ten days before the boats can return to port.", "ten days", "at least ten days before the boats can return to port"},
		{"“We think it will take at least a fortnight before the ferries are back to normal,” she said.", "a fortnight", "take at least a fortnight before the ferries are back to normal"},
		{"“We think it will take at least a fortnight before the ferries are back to normal.”", "a fortnight", "take at least a fortnight before the ferries are back to normal"},
		// the mark closing a quotation opened before the answer goes,
		// with its stop (withoutOuterClose)
		{`He said "the pier will take at least a fortnight before the ferries are back to normal."`, "a fortnight", "take at least a fortnight before the ferries are back to normal"},
	} {
		at := strings.Index(tc.text, tc.bare)
		w := inClause(tc.text, span{at, at + len(tc.bare)}, maxShortWords)
		if got := tc.text[w.start:w.end]; got != tc.want {
			t.Errorf("inClause(%q, %q) = %q; want %q", tc.text, tc.bare, got, tc.want)
		}
	}
}

// TestWithoutOuterClose: the mark closing a quotation opened before a
// short answer goes, with the stop before it; one closing a quotation the
// answer opens stays.
func TestWithoutOuterClose(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`back to normal."`, "back to normal"},
		{"back to normal.”", "back to normal"},
		{`for its "readiness."`, `for its "readiness."`},
		{"for its “readiness.”", "for its “readiness.”"},
		{`the deal" backed by a "backstop"`, `the deal" backed by a "backstop"`},
		{`"`, ""},
		{"”", ""},
		{"", ""},
		{"café", "café"},
	} {
		if got := withoutOuterClose(tc.in); got != tc.want {
			t.Errorf("withoutOuterClose(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestInClauseSpanAtStop: a bare answer that already reaches its
// sentence's stop, an abbreviation's period included, is the clause's
// end and stays as it is, not widened back over the subject.
func TestInClauseSpanAtStop(t *testing.T) {
	text := "The shelter at the sports hall will open its doors at 4 p.m."
	for _, bare := range []string{"4 p.m.", "at 4 p.m."} {
		at := strings.Index(text, bare)
		w := inClause(text, span{at, at + len(bare)}, maxShortWords)
		if got := text[w.start:w.end]; got != bare {
			t.Errorf("inClause(%q, %q) = %q; want %q", text, bare, got, bare)
		}
	}
}

// TestWordEnds: every word's end, a word that ends in a multi-byte rune
// ("café", a curly mark) included.
func TestWordEnds(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []int
	}{
		{"a café", []int{1, 7}},
		{"normal.” she", []int{10, 14}},
		{"’", []int{3}},
		{" x ", []int{2}},
		{"", nil},
	} {
		if got := wordEnds(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("wordEnds(%q) = %v; want %v", tc.in, got, tc.want)
		}
	}
}

// TestInClauseGluedMark: a mark glued to the bare answer's last word
// ('terms”') or its first ('“binding') is no word of its own, so it costs
// the widened answer no word of its budget (12 words: "still" to "paid").
func TestInClauseGluedMark(t *testing.T) {
	text := "The unions said they must still agree “binding terms” setting out what the members will be paid."
	bare := "binding terms"
	at := strings.Index(text, bare)
	w := inClause(text, span{at, at + len(bare)}, maxShortWords)
	if got, want := text[w.start:w.end], "still agree “binding terms” setting out what the members will be paid"; got != want {
		t.Errorf("inClause(%q, %q) = %q; want %q", text, bare, got, want)
	}
}

// TestInClauseOpeningMark: a quotation mark glued to the answer's first
// word opens it and is no word of its own, so widening neither drops the
// words before it nor cuts the quotation short (invented sentences).
func TestInClauseOpeningMark(t *testing.T) {
	for _, mark := range [][2]string{{"“", "”"}, {"‘", "’"}, {"\"", "\""}} {
		text := "Ruiz waved as she arrives for a meeting of the " + mark[0] + "Friends of the Harbour" + mark[1] + " on Kilbeg at the Customs House in Dunmore, Ireland."
		i := strings.Index(text, "Friends of")
		out := inClause(text, span{start: i, end: i + len("Friends of")}, maxShortWords)
		got := text[out.start:out.end]
		if !strings.Contains(got, mark[0]+"Friends of the Harbour"+mark[1]) {
			t.Errorf("inClause with %s…%s = %q; want the whole quotation with its marks", mark[0], mark[1], got)
		}
	}
}

// TestInClauseKeepsOpeningArticle: a short answer widened in its clause
// does not start inside its noun phrase, after the article that opens it
// (nor after the article and one modifier); where the article does not
// fit n words, the span stays.
func TestInClauseKeepsOpeningArticle(t *testing.T) {
	for _, tc := range []struct{ text, bare, want string }{
		{"He said the 2.4-kilometre sea wall the village finished in 1990 at a cost of $3.1 million had kept the sea out of the harbour.", "2.4-kilometre sea wall", "the 2.4-kilometre sea wall"},
		{"She said a 3-metre earth bank the farmers raised in 2015 at a cost of £80,000 had held the river back.", "3-metre earth bank", "a 3-metre earth bank"},
	} {
		at := strings.Index(tc.text, tc.bare)
		w := inClause(tc.text, span{at, at + len(tc.bare)}, maxShortWords)
		got := tc.text[w.start:w.end]
		if !strings.HasPrefix(got, tc.want) || wordCount(shortText(got)) > maxShortWords {
			t.Errorf("inClause(%q, %q) = %q; want one opening on %q", tc.text, tc.bare, got, tc.want)
		}
	}
	for _, tc := range []struct {
		text     string
		from, at int
		n        int
		want     int
	}{
		{"", 0, 0, 12, 0},
		{"the", 0, 3, 12, 3},
		{"x the wall", 0, 6, 1, 6},               // "the wall" is two words: over n
		{"paid a one-off bonus", 0, 15, 12, 5},   // an article before one modifier
		{"paid a one-off bonus", 7, 15, 12, 15},  // the article outside the clause
		{"paid a bonus to staff", 0, 16, 12, 16}, // a preposition: no modifier
	} {
		s := span{tc.at, len(tc.text)}
		if got := withOpeningArticle(tc.text, tc.from, s, tc.n); got.start != tc.want {
			t.Errorf("withOpeningArticle(%q, %d, %v, %d) starts at %d; want %d", tc.text, tc.from, s, tc.n, got.start, tc.want)
		}
	}
}
