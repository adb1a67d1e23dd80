// "Why" after a stance: the next sentence's reason, and "so … that" causes.

package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// stanceWhy is, for a why question, what c, the sentence next after the
// top one and joined on to it (withReasonNext), says of why
// (stanceFollow, with whether the top is a stance alone: stanceAlone),
// where the top gives no reason of its own, or only a cue of when it was
// said (toldWhen); "" otherwise. refineKind sets it as the short answer,
// read once (it asked stanceFollow twice).
func (e *Engine) stanceWhy(q *question, top, c *cand, joined bool) string {
	if !joined || q.kind != KindWhy || c.p.Seq != top.p.Seq+1 {
		return "" // (the cheap guards first)
	}
	if r, inTop := e.reasonOf(q, top); inTop && !toldWhen(top.p.Text, r) {
		return ""
	}
	return stanceFollow(c.p.Text, stanceAlone(top.p.Text))
}

// saidAfterName is, after a stance alone, the clause of reasonMinWords
// words or more reported after the first verb of saying of text where a
// comma stands before that verb, as commas set off a speaker's name and
// description ("Ana Ruiz, head of the tenants' group, said …"); empty
// otherwise. No name is asked for: "In the end, residents said …" is read
// too. (namedBeforeSaying, which does ask for names set off, reads fewer
// sentences: used here it would change answers.)
func saidAfterName(text string, stance bool) span {
	if !stance {
		return span{}
	}
	at, ok := firstSaidClause(text)
	if !ok || !strings.Contains(text[:at], ",") {
		return span{} // said right after a short clause: no name set off before it
	}
	if s := reportedClause(text, at); wordCount(text[s.start:s.end]) >= reasonMinWords {
		return s
	}
	return span{}
}

// reasonMinWords is the fewest words of a clause read as what a stance's
// next sentence says of why (stanceFollow): fewer ("Tal said so") say
// nothing of it.
const reasonMinWords = 4

// stanceOnlyWords is the most words of a sentence that only takes a stance
// (stanceAlone).
const stanceOnlyWords = 8

// stanceAlone reports whether the sentence text is too short to say more
// than a stance ("Aid groups were less convinced."): no more than
// stanceOnlyWords words. withReasonNext then joins the next sentence on,
// and stanceWhy reads why from it.
func stanceAlone(text string) bool {
	return wordCount(text) <= stanceOnlyWords
}

// pastReasonCue is clause without the cue of the reason or weak reason
// lists (kinds.txt) that opens it, and whether one did: the cue only
// says that a reason follows, so where the clause is a word or two too
// long for a short answer, it goes first ("because | the utility had cut
// power to flooded streets as a safety measure").
func pastReasonCue(clause string) (string, bool) {
	lower := lowerASCII(clause)
	best := 0
	for _, list := range []string{"reason", "reason-weak"} {
		for _, cue := range cueLists[list] {
			phrase := strings.Join(cue, " ")
			if len(phrase) > best && strings.HasPrefix(lower, phrase+" ") {
				best = len(phrase)
			}
		}
	}
	if best == 0 {
		return clause, false
	}
	return strings.TrimLeft(clause[best:], " "), true
}

// soThatRE is "so" and a word or two of degree, then "that": "so long
// that", "so badly damaged that" (its first word an adjective, no -ing, an adverb
// or one of quantityWords, which soThatCause checks).
var soThatRE = regexp.MustCompile(`\bso (?:[a-z-]+ ){1,2}?that `)

// quantityWords are the words of quantity "so" takes as degree ("so
// *many* ships that …"): a closed class.
var quantityWords = wordSet("many much few little")

// soThatCause finds the cause a result clause gives back to: in "Some
// vessels have been anchored for *so long that* their crews have asked
// for food", what the "that" clause says follows from the one before it,
// up to "so long". One of the question's words (words) must stand in the
// result clause, what is asked why of.
func soThatCause(text, lower string, words []span) (reasonSpan, bool) {
	for _, m := range soThatRE.FindAllStringIndex(lower, -1) {
		after := m[1]
		if m[0] == 0 || words == nil || !slices.ContainsFunc(words, func(w span) bool {
			return w.start >= after && w.end <= after+reasonStop(text[after:])
		}) {
			continue
		}
		if first, _ := nextWord(lower[m[0]+len("so "):]); strings.HasSuffix(first, "ing") || !lexicon.IsAdjective(first) && !isAdverb(first) && !quantityWords[first] {
			continue // "did so knowing that …": no degree, no result
		}
		end := m[1] - len(" that ")
		start := 0
		for _, stop := range []string{". ", "; ", ", ", " — "} {
			if j := strings.LastIndex(text[:m[0]], stop); j >= 0 && j+len(stop) > start {
				start = j + len(stop)
			}
		}
		if wordCount(text[start:end]) >= 3 && !opensWithAnaphor(text[start:end]) {
			return reasonSpan{span{start, end}, true}, true
		}
	}
	return reasonSpan{}, false
}
