// Widening a "what" or "which" answer over the question's own words and the article before it.

package qa

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// withArticle widens s over the article right before it, which opens the
// noun phrase s is the rest of ("*The* Danish line Nordwave", "*a* 9% pay
// rise"), where the whole fits a short answer; names alone keep none. For
// "what" and "which" questions: a figure, a time or a name is answered
// bare.
func withArticle(text string, s span) span {
	before := strings.TrimSuffix(text[:s.start], " ")
	if len(before) == s.start {
		return s // no space before it: no word either
	}
	k := strings.LastIndexFunc(before, func(r rune) bool { return r == ' ' || r == '“' || r == '"' || r == '(' })
	if k >= 0 {
		_, n := utf8.DecodeRuneInString(before[k:])
		k += n // past the mark, a whole rune ("“" is three bytes)
	}
	w := before[max(0, k):]
	if !getFold(articles, w) || wordsOver(text[s.start-len(" "+w):s.end], maxShortWords) || namesOnly(text[s.start:s.end]) || modifierOnly(lastWord(text[s.start:s.end])) {
		return s // (names answer alone: "the U.S." is "U.S."; "an Anglo-French" is no phrase)
	}
	return span{s.start - len(w+" "), s.end}
}

// withQuestionWords widens s, the answer to a "what" or "which"
// question, over the words of the question that stand right next to it in
// the passage: the noun it qualifies ("British, French, German, and
// Ukrainian *security advisers*"), the verb it is the subject of
// ("Argentina, Peru and Bolivia *offered*"), the noun it is the object of
// ("a *trilateral declaration by* France, Britain, and Ukraine"). They
// tie the answer to what was asked, and English puts them there. A
// function word joins only between a question word and s, a conjunction
// never ("will establish military hubs across Ukraine *and build*"); before
// s only a preposition or an article joins, and no verb right before it:
// the question's own clause ("The minister met …") would only say the
// question back, where a word with a preposition after it heads a noun
// ("a *rebuke from* Denmark", "*claims for* delays"); the
// words stop at a mark, and end where a phrase can end (not "offered to
// send *rescue*" before "teams") and start where one can start, with the
// article a noun takes ("*a trilateral* declaration"); a verb leaves none
// of its particle ("drops out"). A description set off by a comma takes
// the noun phrase before it that it describes, as the question names it
// ("*The ship's captain*, a Greek national"; a name after it stays out:
// "whats X's job" is answered by the description alone). The whole stays
// a short answer ("including" before a list withIncluding has shown).
func (e *Engine) withQuestionWords(q *question, text string, s span) span {
	asked := func(w string) bool {
		toks := e.analyze(w)
		return len(toks) == 1 && q.has(toks[0].Term) && !lexicon.IsFunctionWord(strings.ToLower(w))
	}
	joins := func(w string) bool {
		lw := strings.ToLower(w)
		return (lexicon.IsFunctionWord(lw) || prepositions[lw]) && !conjunctions[lw] && !isCapital(w)
	}
	end := s.end
	// right: words after s, each set off by a space alone
	if rest, ok := strings.CutPrefix(text[s.end:], ", "); ok {
		// "Dennis Oakley and Fiona Marsh, *abstained*,": a verb the
		// question asks that closes the clause, after an apposition
		if w := leadingWord(rest); w != "" && asked(w) && lexicon.IsVerb(strings.ToLower(w)) && !isCapital(w) && len(rest) > len(w) && strings.ContainsAny(rest[len(w):len(w)+1], ",.;:") {
			end = s.end + len(", "+w)
		}
	}
	for at, n := s.end, 0; n < questionWordsReach && end == s.end && strings.HasPrefix(text[at:], " "); n++ {
		w := leadingWord(text[at+1:])
		ask := w != "" && asked(w)
		if w == "" || !ask && !joins(w) {
			break
		}
		at += 1 + len(w)
		if ask && phraseEndsAt(text, at) && !particles[strings.ToLower(leadingWord(strings.TrimPrefix(text[at:], " ")))] {
			end = at
		}
	}
	// left: words before s
	start, prep := s.start, false // (a preposition between: "a *rebuke from* Denmark" is a noun's)
	for at, n := s.start, 0; n < questionWordsReach; n++ {
		before := text[:at]
		if !strings.HasSuffix(before, " ") {
			break
		}
		w := lastWord(before)
		lw := strings.ToLower(w)
		if w == "" || !strings.HasSuffix(before[:len(before)-1], w) {
			break
		}
		ask := asked(w)
		if !ask && !prepositions[lw] && !articles[lw] {
			break
		}
		if ask && (lexicon.IsVerb(lw) || pastVerb(lw)) && !prep && !articles[strings.ToLower(lastWord(before[:len(before)-1-len(w)]))] {
			break // the question's own verb, its subject before it: the question back ("the minister met …")
		}
		prep = prep || prepositions[lw]
		at = len(before) - 1 - len(w)
		if !ask {
			continue
		}
		if phraseStartsAt(text, at) {
			start = at
		} else if a := lastWord(text[:at]); articles[strings.ToLower(a)] && strings.HasSuffix(text[:at], a+" ") {
			start = at - len(a+" ")
		}
	}
	if start == s.start && strings.HasSuffix(text[:s.start], ", ") && startsArticle(text[s.start:s.end]) {
		// "*The ship's captain*, a Greek national": the one a description
		// describes, as the question names it
		if k := describedBefore(text[:s.start-len(", ")], asked); k >= 0 {
			start = k
		}
	}
	w := span{start, end}
	if w == s || wordsOver(text[w.start:w.end], maxShortWords) || unbalanced(text[w.start:w.end]) {
		return s
	}
	return w
}

// describedBefore is where the noun phrase that ends text begins, where it
// ends on a word of the question's and holds only such words, words in
// -'s and the article that opens it ("The ship's captain"), at most
// questionWordsReach words, from the start of text or a mark; -1 for none.
func describedBefore(text string, asked func(string) bool) int {
	at, ok := len(text), false
	for n := 0; n < questionWordsReach; n++ {
		w := lastWord(text[:at])
		if w == "" || !strings.HasSuffix(text[:at], w) {
			break
		}
		lw := strings.ToLower(w)
		possessive := endsGenitive(lw)
		if ask := asked(w); n == 0 && !ask || !ask && !possessive && !articles[lw] {
			break
		}
		at -= len(w)
		if articles[lw] {
			ok = true
			break
		}
		before := strings.TrimRight(text[:at], " ")
		if before == "" || endsInMark(before, ",.;:—") {
			ok = true
			break
		}
		at = len(before)
	}
	if !ok {
		return -1
	}
	return at
}

// questionWordsReach is how many words withQuestionWords looks at on
// each side of an answer.
const questionWordsReach = 4

// leadingWord is the word s opens with: its letters, digits, inner
// hyphens and apostrophes, no mark around it; "" when s opens with none.
// Its callers step over it by its length in bytes and read the mark after
// it, so it is neither firstFields (a field keeps its marks: "abstained,")
// nor firstWord (which skips marks and spaces before the word, and cuts
// "Mara’s" at the apostrophe).
func leadingWord(s string) string {
	end := 0
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || i > 0 && (r == '-' || r == '\'' || r == '’') {
			end = i + utf8.RuneLen(r)
			continue
		}
		break
	}
	return strings.TrimRight(s[:end], "-'’")
}

// asksWhatWhich reports whether q opens with "what" or "which", whatever
// kind it asks ("which countries …" asks who).
func asksWhatWhich(q *question) bool {
	return len(q.words) > 0 && (q.words[0] == "what" || q.words[0] == "which")
}
