// Widening a span over the conjuncts of a coordination or a whole list.

package qa

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// withLeftConjunct widens a span that opens on "and" ("and
// verification mechanism") to the coordination it closes ("proposed
// US-led ceasefire monitoring and verification mechanism"): a short answer
// is not half of a pair.
func withLeftConjunct(text string, s span) span {
	lead := strings.ToLower(text[s.start:min(len(text), s.start+4)])
	if !strings.HasPrefix(lead, "and ") {
		return s // (coordinations are of "and" only)
	}
	if wordsOver(text[s.start:s.end], 4) {
		return s // "and later joined …", "and their strong comments as …": a clause, not a pair's second half
	}
	for _, co := range coordinations(text) {
		if co.all.start < s.start && co.all.end > s.start {
			return span{co.all.start, max(s.end, co.all.end)}
		}
	}
	return s
}

// withRightConjunct widens a span that holds the start of a coordination
// but stops inside it ("About 1,300 reefer containers of fruit" of "… of
// fruit, meat and fish") to the coordination's end, when the whole is short
// enough to be a short answer: a list is not cut after its first items.
func withRightConjunct(text string, s span) span {
	for _, co := range coordinations(text) {
		if s.start < co.all.start && co.all.start < s.end && s.end < co.all.end {
			if nounList(text, co) && wordCount(text[s.start:co.all.end]) <= maxShortWords {
				return span{s.start, co.all.end}
			}
			if nounList(text, co) && namesOnly(text[co.all.start:co.all.end]) && !qualifiesNext(text, co.all.end) && wordCount(text[co.all.start:co.all.end]) <= maxShortWords {
				// a list of names that overruns with the words before
				// it: those words give way, not its last names ("ships
				// had been diverted to the rival ports of Rostmark and
				// Aldenburg", not "14 ships … of Rostmark")
				return span{lastWordsFrom(text, s.start, co.all.end, maxShortWords), co.all.end}
			}
			return s
		}
	}
	return s
}

// withLeftConjuncts is s widened to the start of the list of common nouns
// it opens inside, on one of its later items, where a preposition heads
// the list and the whole still fits a short answer ("land and sea support
// …" of "with air, land and sea support …": "air, land and sea support
// …"), or of a list of names a preposition heads inside its sentence
// (prepositionNames: "three recovery centres, in *Brackenford*, Ashcombe and
// Port Lisle, would open"); else s.
func withLeftConjuncts(text string, s span) span {
	for _, co := range coordinations(text) {
		if co.all.start < s.start && s.start < co.all.end && slices.ContainsFunc(co.items[1:], func(it span) bool { return it.start == s.start }) {
			if nounList(text, co) && namesObjectOf(lastWord(text[:co.all.start])) && (plainWords(text[co.all.start:s.start]) || prepositionNames(text, co)) && wordCount(text[co.all.start:s.end]) <= maxShortWords {
				return span{co.all.start, s.end}
			}
			return s
		}
	}
	return s
}

// prepositionNames reports whether coordination co of text is a list of names
// that is a preposition's object inside its sentence, so that a name
// before its first comma is one of its items, not a phrase of its own:
// names only, the preposition before them in lower case (not the
// sentence's opening word: "In Paris, Macron and Starmer met" fronts a
// place before the clause's subjects), and a mark or the text's end right
// after the list, where the preposition's phrase ends (a list of subjects
// goes on to their verb: "… met in Paris, Macron and Starmer said").
func prepositionNames(text string, co coord) bool {
	if !namesOnly(text[co.all.start:co.all.end]) || isCapital(lastWord(text[:co.all.start])) {
		return false
	}
	rest := strings.TrimLeft(text[co.all.end:], "”’\"'")
	if after := strings.TrimLeft(rest, " "); strings.HasPrefix(after, "—") || strings.HasPrefix(after, "–") {
		return true // a dash: "in Harlow and Kettle Bay — all badly hit —"
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || strings.ContainsRune(",;:.!?)", r)
}

// plainWords reports whether s holds only lower-case words and the commas
// between them: common nouns listed, no name nor figure that might end a
// phrase before the list ("In Paris, both leaders …").
func plainWords(s string) bool {
	return strings.TrimFunc(s, func(r rune) bool { return r == ' ' || r == ',' }) != "" && !strings.ContainsFunc(s, func(r rune) bool {
		return !(unicode.IsLower(r) || r == ' ' || r == ',' || r == '-')
	})
}

// qualifiesNext reports whether the word right after byte at of text is a
// noun in lower case that what ends there qualifies ("British, French,
// German, and Ukrainian *security* advisers"): no function word, verb or
// punctuation ends the phrase there.
func qualifiesNext(text string, at int) bool {
	if at >= len(text) || text[at] != ' ' {
		return false
	}
	w, _ := typedWord(text[at:])
	w = strings.TrimRight(w, ",;:.!?”\"’)")
	return w != "" && w == strings.ToLower(w) && isLetterByte(w[0]) && !lexicon.IsFunctionWord(w) && !lexicon.IsVerb(w)
}

// lastWordsFrom is the offset in text where the last n words of
// text[from:end] begin.
func lastWordsFrom(text string, from, end, n int) int {
	at := end
	for k := 0; k < n; k++ {
		start, _ := lastWordAt(text[from:at], at-from)
		if start <= 0 {
			return from
		}
		at = from + start
	}
	return at
}

// nounList reports whether a coordination lists things, not deeds: each
// item a few words (listItemWords+1 at most), none opening on a verb
// ("military hubs across Ukraine and *build* protected facilities",
// listedAsNoun aside), and not two joined by a comma and "and", which
// joins clauses.
func nounList(text string, co coord) bool {
	if len(co.items) == 2 && strings.HasSuffix(strings.TrimRight(text[:co.items[1].start], " "), ", and") {
		return false // "12,000 meals a day, and teachers organise games": two clauses
	}
	for k, it := range co.items {
		words := strings.Fields(text[it.start:it.end])
		if len(words) == 0 || len(words) > listItemWords+1 || lexicon.IsVerb(bareWord(words[0])) && !listedAsNoun(text, co, k) {
			return false
		}
	}
	return true
}

// bareWord is a word as the word lists hold it (a list's item, a
// question's word): lower case, without the quotation marks around it.
func bareWord(w string) string {
	return strings.ToLower(strings.Trim(w, "\"'’“”"))
}

// leadingRune is the first rune of s (utf8.RuneError for none).
func leadingRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// listedAsNoun reports whether item k of co, one word that WordNet reads
// mostly as a verb (lexicon.IsVerb), is a noun where the list puts it: a
// word alone, with nothing after it (the last item ends the sentence or
// its clause: "and close on July 31" is a deed), where a determiner, a
// possessive, an adjective or a number stands before the list (the first
// item: "the *rest* and the food"), or where another item ends on a noun,
// a word no verb, adjective, adverb or function word ("food, water and
// *fuel*"). "hubs across Ukraine and build protected facilities" stays a
// deed: its verb has an object.
func listedAsNoun(text string, co coord, k int) bool {
	it := co.items[k]
	if strings.ContainsRune(strings.TrimSpace(text[it.start:it.end]), ' ') {
		return false
	}
	if after := strings.TrimLeft(text[it.end:], " "); k == len(co.items)-1 && after != "" && !strings.ContainsRune(".,;:)!?—–", leadingRune(after)) {
		return false // the list goes on past it: "and *close* on July 31", a verb and its complement
	}
	if prev := bareWord(lastWord(text[:co.all.start])); k == 0 && prev != "" && (nounOpeners[prev] || lexicon.IsAdjective(prev) || wordHoldsNumber(prev)) {
		return true
	}
	for j, it := range co.items {
		head := bareWord(lastWord(text[it.start:it.end]))
		if j != k && head != "" && isLetterByte(head[0]) && !lexicon.IsVerb(head) && !lexicon.IsAdjective(head) && !lexicon.IsAdverb(head) && !lexicon.IsFunctionWord(head) {
			return true
		}
	}
	return false
}

// withWholeList is short, a short answer cut from text, opened at the
// start of the list at span list where short starts inside it, past its
// first items: a list too long for a short answer with what follows it
// loses its first names when cut ("Lars Holm and Dutch Prime Minister
// Anna Visser refused …" of three leaders), and a "how many" counts them
// all. short as it is otherwise.
func withWholeList(text string, list span, short string) string {
	if short == "" || list.start < 0 || list.end > len(text) || list.end-list.start < 2 {
		return short
	}
	at := strings.Index(text[list.start+1:], short)
	if at < 0 {
		return short
	}
	at += list.start + 1
	if at >= list.end {
		return short
	}
	return text[list.start : at+len(short)]
}
