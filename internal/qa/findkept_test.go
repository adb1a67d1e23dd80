package qa

import (
	"slices"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestFindKept: findKept drops what its filter names and leaves the
// remembered matches of e.find as they were, whether it drops some (a new
// slice, the caller's to change) or none (the memo's, read only, clipped
// so that an append copies).
func TestFindKept(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Ferry
---
The ferry carried 40 cars and 300 passengers across the bay.
`)
	text := "The ferry carried 40 cars and 300 passengers, up from 250."
	want := []string{"40", "300", "250"}
	words := func(ss []span) []string {
		var out []string
		for _, s := range ss {
			out = append(out, text[s.start:s.end])
		}
		return out
	}
	if got := words(e.find(numberRE, text)); !slices.Equal(got, want) {
		t.Fatalf("find = %q; want %q", got, want)
	}
	kept := e.findKept(numberRE, text, func(s span) bool { return text[s.start:s.end] == "300" })
	if got := words(kept); !slices.Equal(got, []string{"40", "250"}) {
		t.Errorf("findKept less 300 = %q; want [40 250]", got)
	}
	all := e.findKept(numberRE, text, func(span) bool { return false })
	if cap(all) != len(all) {
		t.Errorf("findKept dropping none: cap %d, len %d; want the memo's slice clipped, so that an append copies", cap(all), len(all))
	}
	kept[0] = span{0, 3}
	if got := words(e.find(numberRE, text)); !slices.Equal(got, want) {
		t.Errorf("find after a write to findKept's result = %q; want %q", got, want)
	}
}

// TestDurationsKeepMemo: durations leaves out ages, and the "how long
// did" reading's drop of a time "ago" leaves the memo's durations whole
// (a filter in place would have cut them for every later reader).
func TestDurationsKeepMemo(t *testing.T) {
	e := howEngine(t, "The ferry ran for three weeks.")
	spans := func(text string, ss []span) []string {
		var out []string
		for _, s := range ss {
			out = append(out, text[s.start:s.end])
		}
		return out
	}
	aged := "A 67-year-old man who waited three days was found, 67 years old."
	if got := spans(aged, e.durations(aged)); slices.ContainsFunc(got, func(w string) bool { return strings.Contains(w, "67") }) || len(got) != 1 {
		t.Errorf("durations(%q) = %q; want the three days alone, no age", aged, got)
	}
	text := "The man who waited three days was found two days ago."
	want := spans(text, e.durations(text))
	if len(want) != 2 {
		t.Fatalf("durations(%q) = %q; want two spans of days", text, want)
	}
	q := e.analyse("how long did the man wait")
	e.typeHowLong(&q, &cand{p: corpus.Passage{Text: text}})
	if got := spans(text, e.durations(text)); !slices.Equal(got, want) {
		t.Errorf("durations after typeHowLong = %q; want %q", got, want)
	}
}
