package qa

import (
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// A prepositional verb is a verb and a preposition that WordNet lists as
// one verb ("look into": "investigate"; "look after": "watch"; "call
// for": "demand"). The pair's meaning is not the verb's: a passage that
// uses the question's verb with another listed preposition or particle
// after it says another deed ("I expect them to look after every one of
// them" is no answer to "what will the inquiry look into"). A passage's
// verb with an object or with nothing listed after it is left alone: a
// preposition is as often literal ("slept in the terminal"), and the
// pair's object may come first ("the matters it will look into").

// phrasalPreposition returns the preposition that opens rest when lw and
// it are one verb by WordNet (lexicon.PhrasalSynonyms), or "".
func phrasalPreposition(lw, rest string) string {
	spans := wordSpans(rest)
	if len(spans) == 0 {
		return ""
	}
	next := strings.ToLower(rest[spans[0][0]:spans[0][1]])
	if !prepositions[next] || len(lexicon.PhrasalSynonyms(lw, []string{next})) == 0 {
		return ""
	}
	return next
}

// usesOtherPhrasal reports whether text, a passage's, uses the word
// analysed as term (toks) only as another WordNet-listed verb than the
// question's verb with preposition: every use of it has a preposition or
// particle other than preposition right after it, which WordNet lists
// with the word as one verb.
func usesOtherPhrasal(text string, toks []index.Token, term, preposition string) bool {
	other := false
	for _, tok := range toks {
		if tok.Term != term {
			continue
		}
		after := words(particleWindow(text, tok.End))
		if len(after) == 0 {
			return false
		}
		next := strings.ToLower(after[0])
		if next == preposition || !prepositions[next] && !particles[next] ||
			len(lexicon.PhrasalSynonyms(strings.ToLower(text[tok.Start:tok.End]), []string{next})) == 0 {
			return false
		}
		other = true
	}
	return other
}
