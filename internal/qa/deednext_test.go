package qa

import (
	"slices"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// depotVisit is an invented article whose first paragraph names a visit
// in one sentence and tells what the visitor pledged in the next.
const depotVisit = "---\nid: d\nheadline: Minister visits flooded rail depot\n---\n" +
	"Transport Minister Zoë Hartley, who oversees the regional rail network, visited the flooded Marlow depot on Monday, two days after the river burst its banks. " +
	"She spent an hour with the night crews and pledged that four new pumps would be installed before the end of the month.\n\n" +
	"The depot serves about 40 trains a day.\n"

// TestDeedNext: "what did X pledge when she visited Y" is answered by the
// next sentence of the paragraph, which holds the question's main verb and
// points back ("She …"), not by the visit the top sentence tells.
func TestDeedNext(t *testing.T) {
	e := engineOfText(t, depotVisit)
	a := mustAsk(t, e, "what did the minister pledge when she visited the depot")
	if want := "four new pumps would be installed"; !a.Answered || !strings.Contains(a.Short, want) {
		t.Errorf("what did the minister pledge: answered %v, short answer %q; want it to hold %q", a.Answered, a.Short, want)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "She spent an hour") {
		t.Errorf("what did the minister pledge: top passage does not show the sentence answered from: %+v", a.Passages)
	}
}

// TestMainVerb: the question's main verb is its last verb outside the
// clause a subordinator opens; none for a question without a verb.
func TestMainVerb(t *testing.T) {
	e := engineOfText(t, depotVisit)
	for _, c := range []struct{ q, want string }{
		{"what did the minister pledge when she visited the depot", "pledge"},
		{"what did the minister pledge", "pledge"},
		{"what about the depot", ""},
		{"", ""},
	} {
		q := e.analyse(c.q)
		got := ""
		if i := q.mainVerb(); i >= 0 {
			got = q.terms[i].word
		}
		if got != c.want {
			t.Errorf("mainVerb(%q) = %q; want %q", c.q, got, c.want)
		}
	}
}

// TestJoinNext: a hit of one sentence takes the next one on; one that
// shows it already stays; another article's, one not next to it, or too
// long a pair do not.
func TestJoinNext(t *testing.T) {
	text := "Zoë met the crews. She pledged new pumps."
	a := &corpus.Article{Text: text}
	first := corpus.Passage{Seq: 0, Start: 0, End: len("Zoë met the crews.")}
	next := corpus.Passage{Seq: 1, Start: len("Zoë met the crews. "), End: len(text)}
	h := Hit{Article: a, Passages: []corpus.Passage{first}, Text: text[first.Start:first.End]}
	if !canJoinNext(&h, a, next) || len(h.Passages) != 1 || h.Text != text[first.Start:first.End] {
		t.Errorf("canJoinNext: %q, %d passages; want true and the hit left as it was", h.Text, len(h.Passages))
	}
	if !joinNext(&h, a, next) || h.Text != text || len(h.Passages) != 2 {
		t.Errorf("joinNext: %q, %d passages; want %q, 2", h.Text, len(h.Passages), text)
	}
	if !joinNext(&h, a, next) || h.Text != text {
		t.Errorf("joinNext again: %q; want it shown as it was", h.Text)
	}
	if joinNext(&h, a, corpus.Passage{Seq: 2, Start: len(text), End: len(text)}) {
		t.Errorf("joinNext of a third sentence: true; want false")
	}
	other := Hit{Article: &corpus.Article{Text: text}, Passages: []corpus.Passage{first}}
	if joinNext(&other, a, next) {
		t.Errorf("joinNext of another article's hit: true; want false")
	}
	if empty := (Hit{Article: a}); joinNext(&empty, a, next) {
		t.Errorf("joinNext of an empty hit: true; want false")
	}
	long := corpus.Passage{Seq: 1, Start: next.Start, End: maxPassageBytes + 1}
	one := Hit{Article: a, Passages: []corpus.Passage{first}}
	if joinNext(&one, a, long) || canJoinNext(&one, a, long) {
		t.Errorf("joinNext or canJoinNext past maxPassageBytes: true; want false")
	}
}

// TestDeedNextPointsBack: the next sentence answers only where it goes on
// with the top one (a pronoun, or a noun the top one used): one that opens
// on someone new who pledged something says nothing of the minister.
func TestDeedNextPointsBack(t *testing.T) {
	const head = "---\nid: d\nheadline: Depot\n---\n"
	const top = "Transport Minister Zoë Hartley visited the flooded Marlow depot on Monday. "
	for _, c := range []struct {
		next string
		want bool
	}{
		{"She pledged that four new pumps would be installed before the end of the month.", true},
		{"Union leaders pledged that a strike would go ahead before the end of the month.", false},
	} {
		e, a, i := topAndNext(t, head, top, c.next)
		q := e.analyse("what did the minister pledge when she visited the depot")
		tc := &cand{a: a, p: a.Passages[i], toks: e.factsOf(a, &a.Passages[i]).toks}
		if got := e.deedNext(&q, tc) != nil; got != c.want {
			t.Errorf("deedNext after %q: %v; want %v", c.next, got, c.want)
		}
	}
}

// TestShowPair: two sentences are shown together only where they fit in
// maxPassageBytes and lie within the article's text (a passage read past
// the end, or one that ends before the other starts, is refused, never
// sliced).
func TestShowPair(t *testing.T) {
	const text = "Zoë met the crews — all £40 of pay. Then she left."
	a := &corpus.Article{Text: text}
	first := corpus.Passage{Seq: 0, Start: 0, End: len("Zoë met the crews — all £40 of pay.")}
	last := corpus.Passage{Seq: 1, Start: first.End + 1, End: len(text)}
	for _, c := range []struct {
		name        string
		first, last corpus.Passage
		want        string
	}{
		{"both", first, last, text},
		{"past the text", first, corpus.Passage{Seq: 1, Start: last.Start, End: len(text) + 1}, ""},
		{"ends before it starts", last, first, ""},
		{"over maxPassageBytes", first, corpus.Passage{Seq: 1, Start: last.Start, End: maxPassageBytes + 1}, ""},
	} {
		var h Hit
		ok := showPair(&h, a, c.first, c.last)
		if ok != (c.want != "") || h.Text != c.want || ok && len(h.Passages) != 2 {
			t.Errorf("%s: showPair = %v, %q, %d passages; want %v, %q", c.name, ok, h.Text, len(h.Passages), c.want != "", c.want)
		}
	}
}

// TestGoesOn: a sentence goes on with the one before where it opens on
// words that point back (within quotation marks too) or takes up a noun
// the one before names; one opening on someone new does not.
func TestGoesOn(t *testing.T) {
	const head = "---\nid: g\nheadline: Ferry\n---\n"
	const top = "The Orla ferry ran aground near Kestrel Point on Friday. "
	for _, c := range []struct {
		next string
		want bool
	}{
		{"But they reached the shore before dark.", true},
		{"“It was terrifying,” one passenger said.", true},
		{"The ferry had been refitted in March.", true},
		{"Fishermen reported calm seas all week.", false},
	} {
		e, a, i := topAndNext(t, head, top, c.next)
		if got := e.goesOn(a, &a.Passages[i+1], e.factsOf(a, &a.Passages[i]).toks); got != c.want {
			t.Errorf("goesOn(%q) = %v; want %v", c.next, got, c.want)
		}
	}
}

// TestNextInParagraph: the next sentence is given only where there is one,
// of the same paragraph and kind (a caption in a body paragraph is not).
func TestNextInParagraph(t *testing.T) {
	a := &corpus.Article{Passages: []corpus.Passage{
		{Seq: 0, Block: 0, Kind: corpus.KindBody, Text: "One."},
		{Seq: 1, Block: 0, Kind: corpus.KindBody, Text: "Two."},
		{Seq: 2, Block: 1, Kind: corpus.KindBody, Text: "Three."},
		{Seq: 3, Block: 1, Kind: corpus.KindCaption, Text: "Four."},
	}}
	for _, c := range []struct {
		seq  int
		want string
	}{{0, "Two."}, {1, ""}, {2, ""}, {3, ""}} {
		n, ok := nextInParagraph(a, &a.Passages[c.seq])
		if got := map[bool]string{true: n.Text}[ok]; got != c.want {
			t.Errorf("nextInParagraph(%d) = %q, %v; want %q", c.seq, n.Text, ok, c.want)
		}
	}
}

// topAndNext is an engine of one article, head then the sentences top and
// next, that article, and the index of top's passage (next is the one
// after it).
func topAndNext(t *testing.T, head, top, next string) (*Engine, *corpus.Article, int) {
	t.Helper()
	e := engineOfText(t, head+top+next+"\n")
	a := e.c.Articles[0]
	i := slices.IndexFunc(a.Passages, func(p corpus.Passage) bool { return p.Text != "" && strings.HasPrefix(top, p.Text) })
	if i < 0 || i+1 >= len(a.Passages) {
		t.Fatalf("%q: no top sentence with one after it in %+v", next, a.Passages)
	}
	return e, a, i
}

// TestInOrder: two neighbouring sentences come out earlier first, whichever
// order they are given in.
func TestInOrder(t *testing.T) {
	a, b := corpus.Passage{Seq: 3, Start: 10}, corpus.Passage{Seq: 4, Start: 40}
	for _, pair := range [][2]corpus.Passage{{a, b}, {b, a}} {
		if first, last := inOrder(pair[0], pair[1]); first.Seq != 3 || last.Seq != 4 {
			t.Errorf("inOrder(%d, %d) = %d, %d; want 3, 4", pair[0].Seq, pair[1].Seq, first.Seq, last.Seq)
		}
	}
}
