package qa

import (
	"slices"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestSaidGap: a "what did X say Y" question whose Y is part of the
// clause reported is answered with the part it leaves open: the subject
// where Y is the predicate ("say would be the hardest problem"), the
// predicate where Y is the subject followed by "did" ("say the breakwater
// did"), past a relative clause with no "that" before the clause's verb.
func TestSaidGap(t *testing.T) {
	e := engineOfText(t, "---\nid: p\nheadline: Harbour after the storm\n---\n"+
		"Storm waves struck the Kelby harbour on Sunday night.\n\n"+
		"Harbour master Lena Vos said the new breakwater the council built in 2019 had kept the surge out of the marina and the fish market.\n\n"+
		"Vos said that the dredging costs will be the hardest problem for the port this winter, and the ferries would keep running.\n")
	for _, tc := range []struct{ q, holds, not string }{
		{"what did lena vos say the breakwater did", "kept the surge out", "council built"},
		{"what did vos say would be the hardest problem", "dredging costs", "will be"},
		// the council is named only in the relative clause: what the breakwater did is no answer
		{"what did lena vos say the council did", "", "kept the surge out"},
	} {
		a := mustAsk(t, e, tc.q)
		if !strings.Contains(a.Short, tc.holds) || strings.Contains(a.Short, tc.not) {
			t.Errorf("%q: short answer %q; want it to hold %q and not %q", tc.q, a.Short, tc.holds, tc.not)
		}
	}
}

// TestSaidAsked: the words a question puts after its verb of saying, and
// whether they ask for the reported clause's subject.
func TestSaidAsked(t *testing.T) {
	for _, tc := range []struct {
		q           string
		want        []string
		wantSubject bool
	}{
		{"what did vos say would be the hardest problem", []string{"be", "the", "hardest", "problem"}, true},
		{"what did vos say that the wall did", []string{"the", "wall"}, false},
		{"what did vos say the council would do", []string{"the", "council"}, false},
		{"what did vos say", nil, false},
		{"what did vos say about the wall", nil, false},
		{"what did vos say did", nil, false},
		{"", nil, false},
		{"what said é", nil, false},
	} {
		got, subj := saidAsked(strings.Fields(tc.q))
		if !slices.Equal(got, tc.want) || subj != tc.wantSubject {
			t.Errorf("saidAsked(%q) = %q, %v; want %q, %v", tc.q, got, subj, tc.want, tc.wantSubject)
		}
	}
}

// TestReportedVerb: the reported clause's verb, past a relative clause
// with no "that" and past quoted words; nothing panics on odd text.
func TestReportedVerb(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"the wall the town built in 2021 had kept the water out", "had"},
		{"“the costs” will be the problem", "will"},
		{"the pier would reopen", "would"},
		{"the dredging costs this winter would rise", "would"}, // a phrase of time opens no relative clause
		{"the repairs next month will close the quay", "will"},
		{"the pier", ""},
		{"", ""},
		{"é — ’ £", ""},
	} {
		v, _ := reportedVerb(tc.text, span{0, len(tc.text)})
		got := ""
		if v >= 0 {
			got, _ = nextWord(tc.text[v:])
		}
		if got != tc.want {
			t.Errorf("reportedVerb(%q) at %q; want %q", tc.text, got, tc.want)
		}
	}
	for _, text := range []string{"", "é", "’", "had"} {
		saidPart(text, span{0, len(text)}, true)
		saidPart(text, span{len(text), len(text) + 1}, false)
	}
}

// TestSaidPartPresent: a reported clause's part is cut before a verb no
// noun is spelt as, the same with a sentence's end mark or without: the
// present's "-s" ("runs", "runs.") may be a plural noun's and cuts none.
func TestSaidPartPresent(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"the ferry line will reopen", true},
		{"the ferry line runs on time", false},
		{"the ferry line runs.", false},
		{"the ferry line had run.", true},
		{"", false},
	} {
		found := span{0, len("the ferry line")}
		if len(c.text) < found.end {
			found = span{}
		}
		if got := saidPart(c.text, found, true); got != c.want {
			t.Errorf("saidPart(%q, %v) = %v; want %v", c.text, found, got, c.want)
		}
	}
}

// TestReportedAnswerPart: a "what did X say Y" answer is kept bare only
// when it is the part of the reported clause the question asks for, its
// subject or its predicate: the predicate, where the subject is asked, is
// shown in its phrase.
func TestReportedAnswerPart(t *testing.T) {
	e := engineOfText(t, "---\nid: p\nheadline: Harbour\n---\nStorm waves struck the Kelby harbour.\n")
	text := "Vos stressed that steady dredging could keep the channel open, even if the budget is cut."
	subj := span{strings.Index(text, "steady"), strings.Index(text, " could")}
	pred := span{strings.Index(text, "could"), strings.Index(text, ",")}
	for _, tc := range []struct {
		q     string
		found span
		want  bool
	}{
		{"what did vos say can help if the budget is cut", subj, true},
		{"what did vos say can help if the budget is cut", pred, false},
		{"what did vos say the dredging could do", pred, true},
	} {
		q := e.analyse(tc.q)
		if got := reportedAnswer(&q, &cand{p: corpus.Passage{Text: text}}, tc.found); got != tc.want {
			t.Errorf("reportedAnswer(%q, %q) = %v; want %v", tc.q, text[tc.found.start:tc.found.end], got, tc.want)
		}
	}
}
