// Trimming a short answer: dangling words, cut conjuncts, particles and quotation marks.

package qa

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// shortText trims a short answer and refuses one too long to be short.
func shortText(s string) string {
	s = trimDangling(strings.Trim(strings.TrimLeft(s, " ,;:—–-)"), " ,;:—–-")) // a bracket closing before the answer is not its own
	if wordsOver(s, maxShortWords) {
		return ""
	}
	if unbalanced(s) {
		s = strings.Trim(s, "“”\" ") // "“the territorial question" is the question
	}
	if unbalanced(s) {
		return "" // `the Paris meeting “a very`: half a quotation is no answer
	}
	for w := range strings.FieldsSeq(s) {
		// (each word lowered as it is read, not the whole answer first:
		// the first word most often tells; lower case trims and splits
		// as the word as typed does)
		if !getFold(stopish, strings.Trim(w, "“”\"'‘’,.")) {
			return s
		}
	}
	return "" // "of": no answer, only the words between others
}

// trimDangling takes off the end of s the words that only lead on to
// more ("deployment of a": "deployment"; "63 people had": "63 people";
// "has yet to comment on the Paris meeting and"; a preposition that is
// never an adverb, "at 1:15 a.m. during", unlike "still ahead"), and the
// marks left.
func trimDangling(s string) string {
	for trimmed := true; trimmed; {
		trimmed = false
		if i := strings.LastIndexByte(s, ' '); i > 0 && danglingWords[s[i+1:]] && !beForms[lastWord(s[:i])] {
			s, trimmed = strings.TrimRight(s[:i], " ,;:—–-"), true
		}
	}
	return strings.TrimRight(s, " ,;:—–-")
}

// trimJoin takes off either end of s a word that joins it to what it
// leaves out ("… on the Paris meeting and"; "and struck an oil facility
// in Lipetsk", "but following the Venezuela operation"): a preposition
// there may be a particle ("before winter sets in"), a conjunction never
// is.
func trimJoin(s string) string {
	s = trimTrailingJoin(s)
	if first, rest, ok := strings.Cut(s, " "); ok && conjunctions[first] && strings.Contains(rest, " ") {
		// (only before a verb or a preposition: before a noun the
		// conjunction says that another, left out, comes first, "and
		// Ukrainian officials continued talks")
		if next, _ := nextWord(rest); !isCapital(next) && (lexicon.IsVerb(next) || pastVerb(next) || prepositions[next]) {
			s = strings.TrimLeft(rest, " ,;:—–-")
		}
	}
	return s
}

// trimTrailingJoin is trimJoin's first half: s less a conjunction that
// ends it.
func trimTrailingJoin(s string) string {
	if i := strings.LastIndexByte(s, ' '); i > 0 && conjunctions[s[i+1:]] {
		s = strings.TrimRight(s[:i], " ,;:—–-")
	}
	return s
}

// conjunctions are the coordinating conjunctions trimJoin takes off; not
// "for", "so" or "yet", whose other uses, a preposition and adverbs ("has
// not been determined yet"), are the commoner (degreePhrase, which reads
// "yet" before a phrase of degree as a conjunction, adds it: setsOffDegree).
var conjunctions = wordSet("and or but nor")

// trimCutConjunct takes off the end of short, cut from text in the middle
// of a clause (a word, not a mark, follows it there), a conjunct the cut
// left without its object: "drones hit an arms depot in Kostroma,
// triggering massive explosions, and struck" (… an oil facility in
// Lipetsk): the words from the last comma before a joining word, when at
// most cutConjunct words follow that word.
func trimCutConjunct(text, short string) string {
	at, cut := cutAt(text, short)
	if !cut {
		return short // the clause ends with it, or it is not found
	}
	i := strings.LastIndex(short, ", ")
	if i <= 0 {
		return trimOpenConjunct(text[at+len(short):], short)
	}
	tail := strings.Fields(short[i+2:])
	if len(tail) == 0 || len(tail) > cutConjunct+1 {
		return short
	}
	if j := strings.LastIndex(short[:i], ", "); j >= 0 && wordCount(short[j+2:i]) <= listItemWords {
		return short // "French, British, and German": an enumeration's last item cut, not a clause
	}
	switch strings.ToLower(tail[0]) {
	case "and", "or", "but", "nor", "while":
		if wordCount(short[:i]) >= minCutWords {
			return strings.TrimRight(short[:i], " ,;:—–-")
		}
	}
	return short
}

// trimCutDangling takes off the end of short, cut from text in the middle
// of a clause (a word follows it there), the words the cut leaves waiting
// for theirs: a preposition or an article (not one after "be": "the strike
// was over"), a relative word ("… for news of", "… proposal for the", "…
// neighbours who", "… were also"), while at least minCutWords stand. A
// negation is in neither list: it stays whatever it costs ("urged
// passengers not").
func trimCutDangling(text, short string) string {
	at, cut := cutAt(text, short)
	if !cut {
		return short // the clause ends with it, or it is not found
	}
	if next, _ := nextWord(text[at+len(short):]); subordinators[next] || conjunctions[next] || next == "so" || next == "yet" {
		return short // "the strike was over *but* warned …": a clause ends there too
	}
	out := short
	for wordCount(out) > minCutWords {
		i := strings.LastIndexByte(out, ' ')
		if i < 0 {
			break
		}
		typed := strings.Trim(out[i+1:], "\"“”‘’'(")
		w := strings.ToLower(typed)
		if !(cutOpeners[w] && !isCapital(typed) || danglingWords[w] && !beForms[lastWord(out[:i])]) {
			break // ("since *May*": a month, not a relative word)
		}
		out = strings.TrimRight(out[:i], " ,;:—–-“\"")
	}
	return out
}

// cutAt is where short stands in text, and whether a word follows it
// there: it was cut from the middle of a clause.
func cutAt(text, short string) (int, bool) {
	at := strings.Index(text, short)
	return at, at >= 0 && at+len(short) < len(text) && text[at+len(short)] == ' '
}

// cutOpeners are words that, ending a cut, open what the cut leaves out:
// a relative word, or "also" before the verb it goes with. (Not a modal:
// "political will", "since May".)
var cutOpeners = wordSet("that which who whom whose where also")

// trimOpenConjunct takes off the end of short, followed in its text by
// rest, a deed joined by "and" without a comma that the cut leaves open:
// the phrase runs on past it into a function word ("because it would add
// eight minutes to journeys and require the demolition" … of 23 homes),
// the conjunct opens on a verb or an auxiliary, at most cutConjunct+1
// words follow the "and" and at least minCutWords stand before it. Things
// joined ("Europe and the entire coalition"), a name cut ("Croatia and
// the Czech" Republic) and an "and" inside an open quotation are left.
func trimOpenConjunct(rest, short string) string {
	next, _ := nextWord(strings.TrimLeft(rest, " "))
	if next == "" || !lexicon.IsFunctionWord(strings.ToLower(next)) {
		return short
	}
	i := strings.LastIndex(short, " and ")
	if i < 0 || unbalanced(short[:i]) {
		return short
	}
	conj := strings.Fields(short[i+len(" and "):])
	if len(conj) == 0 || len(conj) > cutConjunct+1 || wordCount(short[:i]) < minCutWords {
		return short
	}
	if w := strings.ToLower(conj[0]); isCapital(conj[0]) || !lexicon.IsVerb(w) && !auxiliaries[w] {
		return short // "Europe and the entire coalition": things, not a deed
	}
	return strings.TrimRight(short[:i], " ,;:—–-")
}

// listItemWords is how many words an item of an enumeration runs to at
// most, for trimCutConjunct to tell "diplomacy, politics, and …" from a
// clause.
const listItemWords = 2

// cutConjunct is how many words after its joining word a conjunct cut
// short may hold and still be taken off.
const cutConjunct = 2

// withParticle gives back to short, cut by shortText from span s of text,
// the preposition or verb shortText left off its end when nothing follows
// that word in text but the end of its clause: a preposition without an
// object is the particle of a verb ("before winter sets *in*.", "the talks
// broke *off*,"), and a "be" or an auxiliary that ends a clause is its verb
// ("that is where life *is*,"), part of the answer.
func withParticle(text string, s span, short string) string {
	cut := strings.TrimSpace(text[s.start:s.end])
	// strings.CutPrefix(cut, short+" "), without joining the two
	ok := len(cut) > len(short) && cut[len(short)] == ' ' && strings.HasPrefix(cut, short)
	rest := cut
	if ok {
		rest = cut[len(short)+1:]
	}
	if short == "" || !ok || strings.Contains(rest, " ") {
		return short
	}
	if lr := strings.ToLower(rest); !prepositions[lr] && !beForms[lr] && !auxiliaries[lr] {
		return short // (rest lowered only when it is one word: not the whole span when short is no prefix of it)
	}
	after := strings.TrimLeft(text[s.end:], "”\"’")
	if after != "" && !strings.ContainsAny(after[:1], ".,;:!?") {
		return short
	}
	return short + " " + rest
}

// closeQuote gives short, a short answer cut from text, the mark that
// closes a quotation it opens, where the mark follows its last word in
// text (after at most one stop: 'as "incredible."'), and the curly mark
// that opens a quotation it closes, where the mark stands right before it
// ("“Not everyone is ready,” Zelenskyy said"): a quotation is shown whole
// where that costs no word. A mark that opens short but closes a
// quotation before it, a space after it, goes.
func closeQuote(text, short string) string {
	for _, mark := range []string{"\" ", "” "} {
		if rest, ok := strings.CutPrefix(short, mark); ok && rest != "" {
			short = rest // a mark that closes a quotation before the answer ('peace," hailing …') is no part of it
		}
	}
	at := strings.LastIndex(text, short) // where markOf marks it
	if short == "" || at < 0 {
		return short
	}
	switch d := quoteDepth(short); {
	case strings.Count(short, "\"")%2 == 1:
		return closedBy(text, at, short, "\"")
	case d > 0:
		return closedBy(text, at, short, "”")
	case d < 0 && strings.HasSuffix(text[:at], "“"):
		return text[at-len("“") : at+len(short)]
	}
	return short
}

// closedBy is short, standing at at in text, with the closing mark that
// follows its last word there, after at most one stop; short as it is
// when no such mark follows.
func closedBy(text string, at int, short, mark string) string {
	rest := text[at+len(short):]
	if rest != "" && strings.ContainsRune(".,;:!?", rune(rest[0])) {
		rest = rest[1:]
	}
	if !strings.HasPrefix(rest, mark) {
		return short
	}
	return text[at : len(text)-len(rest)+len(mark)]
}

// unbalanced reports whether s opens a curly quotation it does not close,
// or the other way round (straight quotation marks cannot tell which), or
// opens a single one (‘) it does not close (singleOpen).
func unbalanced(s string) bool { return quoteDepth(s) != 0 || singleOpen(s) }

// singleOpen reports whether s opens a single curly quotation (‘) that no
// ’ after it closes. A ’ before a letter is an apostrophe ("the
// coalition’s"), which closes nothing; and a ’ with no ‘ open before it
// may be a plural's ("the members’ votes"), so single marks count one way
// only; a ‘ before a digit stands for the century's left-out digits ("the
// ‘90s"), which opens nothing (final re-read FS8).
func singleOpen(s string) bool {
	open := 0
	for i, r := range s {
		switch r {
		case '‘':
			if next, _ := utf8.DecodeRuneInString(s[i+len("‘"):]); !unicode.IsDigit(next) {
				open++
			}
		case '’':
			next, _ := utf8.DecodeRuneInString(s[i+len("’"):])
			if open > 0 && !unicode.IsLetter(next) {
				open--
			}
		}
	}
	return open > 0
}

// quoteDepth is how many more curly quotations s opens than it closes
// (below 0: closes one opened before it).
func quoteDepth(s string) int {
	return strings.Count(s, "“") - strings.Count(s, "”")
}
