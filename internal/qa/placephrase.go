// The phrase of place or duration after the question's words.

package qa

import "strings"

// placePhrase returns a phrase of place after the question's words: "in a
// neighbouring country", up to the end of its clause.
func placePhrase(text string, anchors []span) span {
	if len(anchors) == 0 {
		return span{}
	}
	at := anchors[len(anchors)-1].end
	at += durationAfter(text[at:])
	// only a preposition within a few bytes counts: the expression need
	// not run over the rest of the passage (a match that starts there
	// ends within placePrepReach bytes)
	m := placePrepAt(text[at:min(len(text), at+placePrepReach)])
	if m < 0 || m > 12 {
		return span{}
	}
	start := at + m + 1
	end := start + clauseEnd(text[start:])
	if n := wordCount(text[start:end]); n < 2 || n > 8 {
		return span{}
	}
	if f := strings.Fields(text[start:min(len(text), end+12)]); len(f) > 1 && f[1][0] >= '0' && f[1][0] <= '9' || clockRE.MatchString(text[start:end]) || dateRE.MatchString(text[start:end]) || partOfDayRE.MatchString(text[start:end]) {
		return span{} // "at 4:52 a.m.", "on Tuesday": when, not where
	}
	return span{start, end}
}

// durationAfter is the length of a "for" and its duration that open s
// after a space ("slept *for about two hours* under a staircase"), which
// stand between a verb and its place phrase; 0 for none.
func durationAfter(s string) int {
	const lead = " for "
	if !strings.HasPrefix(s, lead) {
		return 0
	}
	if m := durationRE.FindStringIndex(s[len(lead):min(len(s), len(lead)+durationReach)]); m != nil && m[0] == 0 {
		return len(lead) + m[1]
	}
	return 0
}

// durationReach is how many bytes after "for" durationAfter reads for a
// duration: its longest forms, "more than twenty-four hours", "nearly
// forty-eight hours", with room to spare (placePrepReach, a preposition's
// reach, is too short for them).
const durationReach = 40

// placePhrasePreps are the prepositions of place a passage's place phrase
// opens on (placePhrase); placePrepWords the same as a set.
var (
	placePhrasePreps = []string{"in", "at", "near", "across", "inside", "outside", "on", "under", "beneath", "behind", "beside"}
	placePrepWords   = wordSet(strings.Join(placePhrasePreps, " "))
)

// placePrepAt is where a preposition of place (placePhrasePreps) stands first in
// s between two spaces (a regular expression's \s), or -1: what the
// expression `\s(in|at|…)\s` found, read by hand (the expression cost tens
// of thousands of instructions a candidate; the tests hold the two alike).
func placePrepAt(s string) int {
	for i := 0; i < len(s); i++ {
		if !reSpace(s[i]) {
			continue
		}
		j := i + 1
		for j < len(s) && !reSpace(s[j]) {
			j++
		}
		if j < len(s) && placePrepWords[s[i+1:j]] {
			return i
		}
	}
	return -1
}

// reSpace reports whether b is a regular expression's \s: [\t\n\f\r ].
func reSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// placePrepReach is how far placePhrase looks for placePrepAt: a match
// starting 12 bytes on at most, and its longest ("\toutside ").
const placePrepReach = 12 + len(" outside ")
