// "What will X do": the predicate of the subject.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// deed answers "what will X do", "what did X do": the predicate the
// passage gives right after X (past the rest of its noun phrase and an
// apposition: predicateStart), a verb or an auxiliary first ("Starmer said
// the UK and France “will establish military hubs …”"), up to its
// clause's end and at most maxShortWords words; empty when the passage
// gives none there.
func (e *Engine) deed(q *question, c *cand) span {
	w := q.words
	k := slices.Index(w, "do")
	if len(w) < 4 || w[0] != "what" || !doAuxiliaries[w[1]] || k < 3 {
		return span{}
	}
	subject := w[2:k]
	for _, x := range subject {
		if x == "to" || lexicon.IsVerb(x) && !e.isName(x) {
			return span{} // "what did the coalition sign up to do": another verb's deed
		}
	}
	end := -1 // where the passage's last word of the subject ends
	c.lookUp(q)
	for _, th := range c.hits {
		tok := c.toks[th.k]
		for _, h := range th.hs {
			if slices.Contains(subject, strings.ToLower(q.terms[h.i].word)) || slices.Contains(subject, strings.ToLower(q.terms[h.i].typed)) {
				end = max(end, tok.End)
			}
		}
	}
	if end < 0 {
		return span{}
	}
	text := c.p.Text
	start := predicateStart(text, end)
	if start < 0 {
		return span{}
	}
	stop := len(text)
	if i := strings.IndexAny(text[start:], ".;”\""); i >= 0 {
		stop = start + i
	}
	words := wordSpans(text[start:stop])
	if len(words) < 2 {
		return span{}
	}
	words = words[:min(len(words), maxShortWords)]
	return span{start, start + words[len(words)-1][1]}
}

// subjectReach is how many words of the passage's subject, past the
// last one the question gives, predicateStart skips to reach its verb.
const subjectReach = 2

// appositionReach is the most words of an apposition, set off by commas,
// predicateStart skips between a subject and its verb.
const appositionReach = 6

// predicateStart is where the predicate of a subject whose word ends at
// byte end of text begins: its verb or auxiliary, right after it, or
// after the rest of the subject's noun phrase — up to subjectReach words
// that are no verb ("A *bakery* in the airport's arrivals *hall* gave
// away …", where the question asks "what did the bakery in arrivals
// do") — and after an apposition set off by commas (", Crumb & Co,");
// -1 when no verb follows there.
func predicateStart(text string, end int) int {
	verbAt := func(at int) int {
		start := at + len(text[at:]) - len(strings.TrimLeft(text[at:], " “\"‘'"))
		first, _ := nextWord(text[start:])
		if first == "" || !auxiliaries[first] && !lexicon.IsVerb(first) {
			return -1
		}
		return start
	}
	at := end
	for k := 0; ; k++ {
		if s := verbAt(at); s >= 0 {
			return s
		}
		rest := text[at:]
		if strings.HasPrefix(rest, ", ") {
			// an apposition: ", Crumb & Co," then the verb
			i := strings.Index(rest[2:], ",")
			if i < 0 || wordCount(rest[2:2+i]) > appositionReach || strings.ContainsAny(rest[2:2+i], ";:.“\"") || holdsVerb(rest[2:2+i]) {
				return -1 // (", which opened in 1990,": a clause of its own)
			}
			return verbAt(at + 2 + i + 1)
		}
		if k == subjectReach || !strings.HasPrefix(rest, " ") {
			return -1
		}
		w, _ := typedWord(rest) // (as typed: "Board" read where it stands, not at a later "board")
		lw := strings.ToLower(w)
		if w == "" || !isLetters(w) || lexicon.IsFunctionWord(lw) || prepositions[lw] || lexicon.IsVerb(lw) || pastVerb(lw) {
			return -1
		}
		at += len(rest) - len(strings.TrimLeft(rest, " “\"‘'")) + len(w) // (typedWord's word opens past those marks)
	}
}

// holdsVerb reports whether s holds a word in lower case that is mostly
// a verb or in the past tense, or a relative pronoun: a clause, where an
// apposition is a noun phrase ("a local man", "Crumb & Co").
func holdsVerb(s string) bool {
	return anyWord(s, ",()", func(w string) bool {
		return relativePronouns[w] || w != "" && !isCapital(w) && (lexicon.IsVerb(w) || pastVerb(w))
	})
}
