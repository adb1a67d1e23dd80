package qa

import (
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestQuestionWordsFromPronounNext: an answer with no span of the kind
// asked for takes the question's words from the sentence after the top
// one where pronounNext finds it, joined on and marked, and from the top
// one otherwise.
func TestQuestionWordsFromPronounNext(t *testing.T) {
	const head = "---\nid: d\nheadline: Maria Lund and the repairs bill\n---\n"
	const top = "Maria Lund, who chairs the residents' association, estimated that repairs alone could cost Harrow Estates about £2 million. "
	for _, c := range []struct {
		next, want string
		joined     bool
	}{
		{"She urged tenants to photograph every damp wall and to keep all their rent receipts.", "tenants to photograph", true},
		{"The union urged tenants to photograph every damp wall and to keep all their rent receipts.", "repairs alone", false},
	} {
		e, a, i := topAndNext(t, head, top, c.next)
		q := e.analyse("what is maria lund telling tenants to do")
		tc := &cand{a: a, p: a.Passages[i], toks: e.factsOf(a, &a.Passages[i]).toks}
		ans := Answer{Answered: true, Passages: []Hit{{Article: a, Passages: []corpus.Passage{a.Passages[i]}, Text: a.Passages[i].Text}}}
		e.questionWords(&q, []*cand{tc}, &ans)
		if !strings.Contains(ans.Short, c.want) {
			t.Errorf("after %q: short %q; want it to hold %q", c.next, ans.Short, c.want)
		}
		at := strings.Index(ans.Passages[0].Text, ans.Short)
		if c.joined && (len(ans.Passages[0].Passages) != 2 || at < 0 || len(ans.Passages[0].Marks) != 1 || ans.Passages[0].Marks[0][0] != at) {
			t.Errorf("after %q: passage %q marked %v; want the next sentence joined on and the short answer marked in it", c.next, ans.Passages[0].Text, ans.Passages[0].Marks)
		}
		if !c.joined && len(ans.Passages[0].Passages) != 1 {
			t.Errorf("after %q: passage %q; want the top sentence alone, nothing joined", c.next, ans.Passages[0].Text)
		}
	}
}

// TestPronounNext: the sentence after answers only where it opens on a
// personal subject pronoun, the top holds the question's name and it
// does not, the top holds none of the question's other words, and it
// holds one; never for a yes/no question.
func TestPronounNext(t *testing.T) {
	const head = "---\nid: d\nheadline: Maria Lund and the repairs bill\n---\n"
	const top = "Maria Lund, who chairs the residents' association, estimated that repairs alone could cost Harrow Estates about £2 million. "
	const next = "She urged tenants to photograph every damp wall and to keep all their rent receipts."
	for _, c := range []struct {
		q, top, next string
		want         bool
	}{
		{"what is maria lund telling tenants to do", top, next, true},
		// no pronoun: someone new may be speaking
		{"what is maria lund telling tenants to do", top, "The union urged tenants to photograph every damp wall and to keep all their rent receipts.", false},
		// the question's name is not in the top: whom "She" stands for is not asked
		{"what is maria lund telling tenants to do", "Ana Ruiz, who chairs the residents' association, estimated that repairs alone could cost Harrow Estates about £2 million. ", next, false},
		// the top holds a word of the question besides the name: it says more than who
		{"what is maria lund telling tenants to do", "Maria Lund estimated that repairs to the tenants' flats alone could cost Harrow Estates about £2 million. ", next, false},
		// the next holds no word of the question
		{"what is maria lund telling tenants to do", top, "She said the figure was provisional and could rise.", false},
		// yes/no: a verdict, not words read from another sentence
		{"is maria lund telling tenants to do anything", top, next, false},
		// a quotation's pronoun is its speaker's, whoever the top names
		{"what is maria lund telling tenants to do", top, "“They should keep all their rent receipts,” a neighbour told tenants.", false},
		// past a paragraph break, as news sets sentences apart
		{"what is maria lund telling tenants to do", top, "\n" + next, true},
		// but not from body text to a caption
		{"what is maria lund telling tenants to do", top, "\n> " + next, false},
	} {
		e, a, i := topAndNext(t, head, c.top, c.next)
		q := e.analyse(c.q)
		tc := &cand{a: a, p: a.Passages[i], toks: e.factsOf(a, &a.Passages[i]).toks}
		if got := e.pronounNext(&q, tc) != nil; got != c.want {
			t.Errorf("pronounNext(%q) after %q: %v; want %v", c.q, c.next, got, c.want)
		}
	}
	// a passage that is not the article's own sentence (two joined: its
	// Seq is the first's) has no "next" to read
	e, a, i := topAndNext(t, head, top, next)
	q := e.analyse("what is maria lund telling tenants to do")
	joined := a.Passages[i]
	joined.Text = a.Text[joined.Start:a.Passages[i+1].End]
	if n := e.pronounNext(&q, &cand{a: a, p: joined, toks: e.factsOf(a, &a.Passages[i]).toks}); n != nil {
		t.Errorf("pronounNext after the joined passage %q = %q; want none", joined.Text, n.p.Text)
	}
}
