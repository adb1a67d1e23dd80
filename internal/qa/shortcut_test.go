package qa

import (
	"strings"
	"testing"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// namedSpeakerEager is namedSpeaker as first written, the verbs of saying
// read before any token is looked at: the long way round the lazy read.
func namedSpeakerEager(e *Engine, text string, toks []index.Token, term string) bool {
	verbs := e.find(saidRE, text)
	for _, t := range toks {
		if t.Term != term {
			continue
		}
		for _, v := range verbs {
			if v.start >= t.End && v.start <= t.End+70 {
				if gap := restOfName(text[t.End:v.start]); subjectGap(gap) {
					return true
				}
				break
			}
		}
		before := strings.ToLower(text[max(0, t.Start-30):t.Start])
		after := text[t.End:]
		if endsGenitive(text[t.Start:t.End]) {
			after = "'s" + after
		}
		if strings.Contains(before, "according to") || strings.HasSuffix(strings.ToLower(nameOpened(text[:t.Start])), "said") && !reportedAbout(after) {
			return true
		}
	}
	return false
}

// TestNamedSpeakerLazy: namedSpeaker, which reads a passage's verbs of
// saying only once the term is found, answers as the eager reading does,
// for a term absent, present once or twice, first or last, beside
// multi-byte marks and on an empty text.
func TestNamedSpeakerLazy(t *testing.T) {
	const head = "---\nid: t\nheadline: Ferry\n---\n"
	e := engineOfText(t, head+"The pier was shut.\n")
	texts := []string{
		"Tomas Wren said the quay would reopen on Tuesday.",
		"The quay would reopen, Wren said — not before Tuesday.",
		"Wren’s deputy said the quay would stay shut; Wren said nothing.",
		"According to Wren, the quay’s café will stay shut.",
		"The ferry left at dawn and nobody said a word.",
		"Wren inspected the hull. Later the harbour master said it was sound.",
		"Said Wren: “the quay is safe.”",
		"",
	}
	for _, text := range texts {
		toks := e.analyze(text)
		for _, term := range []string{"wren", "tomas", "quay", "harbour", "nobody", ""} {
			want := namedSpeakerEager(e, text, toks, term)
			if got := e.namedSpeaker(text, toks, term); got != want {
				t.Errorf("namedSpeaker(%q, %q) = %v; the eager reading gives %v", text, term, got, want)
			}
		}
	}
}

// TestReadAsVerbOrder: readAsVerb, its regular expression moved last,
// answers as the tests in their first order do, for verbs and other words
// after every kind of word that opens a noun phrase, numbers written
// either way, "to", "of", possessives and the start ("").
func TestReadAsVerbOrder(t *testing.T) {
	firstOrder := func(lw, before string) bool {
		if !lexicon.IsVerb(lw) {
			return false
		}
		return !nounOpeners[before] && !articles[before] && !determiners[before] && !possessives[before] && !nounPossessive(before) && !lexicon.IsAdjective(before) && !numberRE.MatchString(before) && (before == "to" || !prepositions[before] && before != "of")
	}
	words := []string{"fix", "pledges", "rise", "close", "ferry", "quickly", "run"}
	befores := []string{"", "to", "of", "the", "a", "their", "harbour's", "mayor’s", "it's", "let's", "further", "perhaps",
		"3", "12,000", "seven", "twenty-five", "dozens", "in", "for", "at", "will", "could", "they", "over", "about", "é", "—"}
	for _, lw := range words {
		for _, before := range befores {
			if got, want := readAsVerb(lw, before), firstOrder(lw, before); got != want {
				t.Errorf("readAsVerb(%q, %q) = %v; the first order gives %v", lw, before, got, want)
			}
		}
	}
}

// TestHoldsNumber: holdsNumber, remembered, says what numberRE says of a
// word, asked first and again from the memo, and readAsVerbWith over it
// answers as readAsVerb does.
func TestHoldsNumber(t *testing.T) {
	const head = "---\nid: t\nheadline: Ferry\n---\n"
	e := engineOfText(t, head+"The pier was shut.\n")
	words := []string{"", "3", "12,000", "4.5bn", "20k", "seven", "twenty-five", "a-third", "dozens", "often", "tone",
		"eleventh", "the", "to", "ONE", "Hundreds", "£40", "50%", "é", "—", "café", "one’s"}
	for round := 0; round < 2; round++ {
		for _, w := range words {
			if got, want := e.holdsNumber(w), numberRE.MatchString(w); got != want {
				t.Errorf("round %d: holdsNumber(%q) = %v; numberRE says %v", round, w, got, want)
			}
		}
	}
	if n := len(e.memo.number); n != len(words) {
		t.Errorf("memo holds %d words; want %d", n, len(words))
	}
	for _, lw := range []string{"fix", "rise", "close", "ferry"} {
		for _, before := range words {
			if got, want := readAsVerbWith(lw, before, e.holdsNumber), readAsVerb(lw, before); got != want {
				t.Errorf("readAsVerbWith(%q, %q, holdsNumber) = %v; readAsVerb gives %v", lw, before, got, want)
			}
		}
	}
}

// TestSlipOf: slipOf, remembered, gives what slipOfKnown gives, asked
// first and again from the memo, for slips of the articles' words, words
// of their own, short, multi-byte and empty words.
func TestSlipOf(t *testing.T) {
	const head = "---\nid: t\nheadline: Harbour minister visits ferry pier\n---\n"
	e := engineOfText(t, head+"The harbour minister said the ferry pier would reopen after the government inspection.\n")
	words := []string{"minster", "goverment", "inspecton", "harbor", "troupe", "ferry", "pier", "café", "naïve", "", "résumé"}
	found := false
	for round := 0; round < 2; round++ {
		for _, w := range words {
			got, want := e.slipOf(w), e.slipOfKnown(w)
			if got != want {
				t.Errorf("round %d: slipOf(%q) = %q; slipOfKnown gives %q", round, w, got, want)
			}
			found = found || got != ""
		}
	}
	if len(e.memo.slip) != len(words) {
		t.Errorf("memo holds %d words; want %d", len(e.memo.slip), len(words))
	}
	if !found {
		t.Error("no word here is a slip: the memo would be tested on empty answers only")
	}
	if got := e.slipOf("minster"); got != "minister" {
		t.Errorf("slipOf(%q) = %q; want %q", "minster", got, "minister")
	}
}

// TestIsNumberWord: isNumberWord, remembered, says whether numberRE finds
// the whole word, asked first and again from the memo.
func TestIsNumberWord(t *testing.T) {
	const head = "---\nid: t\nheadline: Ferry\n---\n"
	e := engineOfText(t, head+"The pier was shut.\n")
	words := []string{"", "3", "12,000", "4.5bn", "20k", "seven", "twenty-five", "a-third", "dozens", "often", "3rd",
		"seventh", "the", "ONE", "£40", "50%", "é", "—", "one’s", "7-tonne"}
	for round := 0; round < 2; round++ {
		for _, w := range words {
			if got, want := e.isNumberWord(w), numberRE.FindString(w) == w; got != want {
				t.Errorf("round %d: isNumberWord(%q) = %v; numberRE says %v", round, w, got, want)
			}
		}
	}
	if n := len(e.memo.figWord); n != len(words) {
		t.Errorf("memo holds %d words; want %d", n, len(words))
	}
}
