// The unnamed doer: the subject of the question's verb in a passage.

package qa

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// passiveByRE is a verb group and its "by" right after a noun, its
// subject: " would be led by ", " was chaired by ", " has been run by ";
// passiveBy tells the passive's participle.
var passiveByRE = regexp.MustCompile(`^ ((?:(?:will|would|could|should|may|might|must|is|was|are|were|has|have|had|be|been|being|to) ){1,3})(\pL+) by `)

// passiveBy reports whether text opens with a passive verb group and its
// "by" (passiveByRE): the word before "by" a past participle ("led",
// "chaired", "chosen"), or a verb whose participle is its base after a
// passive's auxiliary ("been run"); not "was not by choice", "is in by".
func passiveBy(text string) bool {
	m := passiveByRE.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	w := strings.ToLower(m[2])
	return pastForm(w) || participles[w] || lexicon.IsVerbBase(w) && passiveAux(" "+strings.TrimSpace(m[1]))
}

// holdsQuestionVerb reports whether c's passage has the question's verb
// (verbAt).
func (e *Engine) holdsQuestionVerb(q *question, c *cand) bool {
	_, ok := e.verbAt(q, c)
	return ok
}

// verbAt is where the passage has the question's first verb (of saying
// only where it asks who said something), as written or by a synonym (not
// by a word near in meaning), and whether it does.
func (e *Engine) verbAt(q *question, c *cand) (span, bool) {
	saying := asksSaying(q)
	verb := slices.IndexFunc(q.terms, func(t qterm) bool {
		w := strings.ToLower(t.word)
		return !t.entity && (pastVerb(w) || lexicon.IsVerb(w)) && (saying || !lexicon.IsSayingVerb(w))
	})
	if verb < 0 {
		return span{}, false
	}
	asked := strings.ToLower(q.terms[verb].word)
	c.lookUp(q) // (only the words that match a term can be the verb)
	for _, th := range c.hits {
		tok := c.toks[th.k]
		if !slices.ContainsFunc(th.hs, func(h termHit) bool { return h.i == verb && !h.soft }) {
			continue
		}
		// as a verb: in the question's form, or both in the past; not a
		// noun of the same stem ("a firm rebuke" for "rebuked")
		if w := strings.ToLower(c.p.Text[tok.Start:tok.End]); w == asked || pastVerb(w) && pastVerb(asked) {
			return span{tok.Start, tok.End}, true
		}
	}
	return span{}, false
}

// unnamedDoer is the subject of the verb at v in c's passage, where the
// verb has an object, when it names no one ("*Salvage crews* freed the
// bulk carrier Corvina Star"):
// the words of the verb's clause before it (past a dateline and a
// relative word), when they are a few, hold no name, open with no
// adverbial and do not only point back (a pronoun, "the latter"); an
// empty span otherwise.
func (e *Engine) unnamedDoer(c *cand, v span) span {
	text := c.p.Text
	next, rest := nextWord(text[v.end:])
	if particles[next] {
		next, _ = nextWord(rest) // "shut down the computer systems"
	}
	if next == "" || prepositions[next] {
		return span{} // "The pledges came on Tuesday": no deed done to anything, no doer asked for
	}
	s, ok := subjectBefore(text, v.start, doerWords, false)
	if !ok {
		return span{}
	}
	body := text[s.start:s.end]
	if last := strings.ToLower(lastWord(body)); strings.HasSuffix(last, "ly") || lexicon.IsFunctionWord(last) {
		return span{} // "then", "jointly": no one doing anything
	}
	for i, w := range strings.Fields(strings.ToLower(body)) {
		if w = strings.Trim(w, ".,;:“”\"'’"); pastVerb(w) || i > 0 && articles[w] {
			return span{} // "The plan drew a firm rebuke from …": the verb is a noun here, its doer after it
		}
	}
	if len(e.names(body)) > 0 {
		return span{} // a name: the names' own reading finds it
	}
	return s
}

// clauseStart is where the clause of the word at byte at of text starts:
// past the last clause mark, dateline or subordinating word before it
// ("… on Sunday morning, five days after | a ransomware attack shut
// down …").
func clauseStart(text string, at int) int {
	before := text[:at]
	start := max(0, datelineEnd(text))
	if i := strings.LastIndexAny(before, ",;:—("); i >= 0 {
		_, n := utf8.DecodeRuneInString(before[i:]) // "—" is three bytes
		start = max(start, i+n)
	}
	lower := strings.ToLower(before)
	for sub := range subordinators {
		if i := strings.LastIndex(lower, " "+sub+" "); i >= 0 && i+len(sub)+2 > start {
			start = i + len(sub) + 2
		}
	}
	return start
}

// doerWords is how many words an unnamed doer may take ("Salvage crews",
// "Army engineers", "Municipal workers in Tocopilla").
const doerWords = 6

// appositionFree leaves out of the name groups before a question's verb
// at verb those that stand in an apposition to an earlier one: "Rafael
// Duarte, the World Bank's vice president for Latin America and the
// Caribbean, defended …" has Duarte for its subject, not Latin America. A
// group is in one when a comma opens the words between it and the group
// before, and another closes it before the verb.
func appositionFree(text string, groups []span, verb int) []span {
	out := groups[:1]
	for _, g := range groups[1:] {
		between := strings.TrimSpace(text[out[len(out)-1].end:g.start])
		if strings.HasPrefix(between, ",") && g.end <= verb && strings.Contains(text[g.end:verb], ",") {
			continue
		}
		out = append(out, g)
	}
	return out
}

// nounPhrase is the noun phrase that opens span s of text: s up to a
// preposition other than "of" (in lower case), a comma or a dash ("Macron *at* the Élysée
// Palace" → "Macron").
func nounPhrase(text string, s span) span {
	end := s.start
	for i := s.start; i < s.end; {
		for i < s.end && text[i] == ' ' {
			i++
		}
		j := i
		for j < s.end && text[j] != ' ' {
			j++
		}
		w := text[i:j]
		if i > s.start && (prepositions[w] || w == "–" || w == "—" || w == "-") {
			// a lower-case preposition: "Reporters Without Borders" runs on
			break
		}
		end = j
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") {
			end = j - 1
			break
		}
		i = j
	}
	if end <= s.start {
		return s
	}
	return span{s.start, end}
}

var prepositions = cueSet("preposition-words") // kinds.txt

// asksSubject reports whether a "who" question asks who did something
// ("who praised Starmer?"), not whom ("who did Macron meet?") or who
// someone is ("who is the French president?").
func (q *question) asksSubject() bool {
	w := strings.Fields(strings.ToLower(q.text) + " x")
	return !auxiliaries[w[1]]
}
