// Showing a name with its title, apposition or affiliation.

package qa

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// namesOfList is a list of names, each with the title before it, said
// with as few titles as it takes to fit budget words (a short answer's
// dozen, less what heads it), the last names' first ("Macron, Starmer,
// Polish Prime Minister Donald Tusk and Giorgia Meloni"), down to the
// names alone ("Polish Prime Minister Donald Tusk" is "Donald Tusk"); ""
// where even those do not fit.
func (e *Engine) namesOfList(list string, budget int) string {
	for _, co := range coordinations(list) {
		if co.all.start != 0 || co.all.end != len(list) || len(co.items) < 2 {
			continue
		}
		var titled, bare []string
		for _, it := range co.items {
			item := list[it.start:it.end]
			ns := e.names(item)
			if len(ns) == 0 || ns[len(ns)-1].end != len(item) {
				return "" // an item that is no name
			}
			name := item[ns[len(ns)-1].start:]
			titled, bare = append(titled, name), append(bare, name[e.trimmedTitles(name):])
		}
		for k := len(titled) - 1; k >= 0; k-- {
			if s := shortText(joinItems(append(slices.Clone(titled[:k]), bare[k:]...))); s != "" && !wordsOver(s, budget) {
				return s
			}
		}
		return ""
	}
	return ""
}

// namesObjectOf reports whether the word before names makes them its object:
// a preposition that is never a conjunction ("teams *from* Japan and
// Peru"; not "*as* France and the UK pledged …").
func namesObjectOf(before string) bool {
	w := strings.ToLower(before)
	return prepositions[w] && !conjunctionPrepositions[w]
}

// conjunctionPrepositions are the prepositions that also open a clause
// ("as", "after", "before", "since", "until", "till").
var conjunctionPrepositions = wordSet("as after before since until till")

// withTitle shows a one-name short answer, cut from the span found of
// text, with the title that stands right before it there (titleStart) and
// the apposition that follows it (appositionEnd), marked in the top
// passage; the bare name is kept for claims.
func withTitle(ans *Answer, text string, found span) {
	bare, ok := shortIn(text, found, ans.Short)
	if !ok {
		return
	}
	start := bare.start
	from := titleStart(text, start)
	end := appositionEnd(text, bare.end)
	if end == bare.end {
		end = affiliationEnd(text, bare.end)
	}
	if from == start {
		from = appositionStart(text, start, end)
	}
	if from == start && end == bare.end {
		return
	}
	p := text[from:end]
	if wordCount(p) > maxShortWords && end > bare.end {
		// an apposition too long for a short answer keeps its role, cut
		// before the phrase that places it ("Rafael Duarte, the World
		// Bank's vice president" of "… vice president for Latin America
		// and the Caribbean")
		p = text[from:placedRole(text, bare.end, end)]
	}
	if wordCount(p) > maxShortWords {
		return
	}
	ans.bare, ans.Short = ans.Short, p
	h := &ans.Passages[0]
	h.Marks = markOf(h.Text, p)
}

// appositionEnd is where a short apposition after a name at end of text
// ends (", the summit’s host", ", a 39-year-old taxi driver", ", director
// of the national disaster agency": an article, or a role and "of", then
// at most maxApposition words in all up to a comma or the sentence's end),
// or end when none follows: who someone is, said after the name.
func appositionEnd(text string, end int) int {
	rest, ok := strings.CutPrefix(text[end:], ", ")
	if !ok {
		return end
	}
	k := strings.IndexAny(rest, ",;:()—")
	if k < 0 {
		k = len(strings.TrimRight(rest, " .”\"’"))
	}
	words := strings.Fields(rest[:k])
	role := len(words) > 2 && isLetters(words[0]) && !isCapital(words[0]) && words[1] == "of" // ", director of the national disaster agency"
	if len(words) < 2 || len(words) > maxApposition || !getFold(articles, words[0]) && !role || unbalanced(rest[:k]) {
		return end
	}
	return end + 2 + k
}

// affiliationEnd is where the body a name is "of" ends, right after it
// ("Felipe Cárdenas *of the University of Chile*", "Anna Berg of Oxfam"):
// "of", an optional "the", then capitalised words, with "of", "and" or
// "for" between two of them; end when no such body follows. Whose someone
// is says who they are, as a title does.
func affiliationEnd(text string, end int) int {
	rest, ok := strings.CutPrefix(text[end:], " of ")
	if !ok {
		return end
	}
	at := end + len(" of ")
	if r, ok := strings.CutPrefix(rest, "the "); ok {
		rest, at = r, at+len("the ")
	}
	last, i, lastWord := -1, 0, ""
	for _, w := range strings.Fields(rest) {
		bare := strings.TrimRight(w, ",.;:)”\"’")
		if (bare == "of" || bare == "and" || bare == "for") && bare == w && last >= 0 {
			i = strings.Index(rest[i:], bare) + i + len(bare) // "University *of* Chile"
			continue
		}
		if !isCapital(bare) || lexicon.IsFunctionWord(strings.ToLower(bare)) {
			break
		}
		i = strings.Index(rest[i:], bare) + i + len(bare)
		last, lastWord = i, bare
		if bare != w {
			break // "Chile," "Oxfam.": the body's name ends there
		}
	}
	if last < 0 || endsGenitive(lastWord) {
		return end // none, or a possessive whose noun is no name: "Anna Berg of Britain's weather service"
	}
	return at + last
}

// appositionStart is where a description set off before the name at start
// of text begins ("The European Union's humanitarian envoy, Elena
// Marchetti, called …", "Its chairman, Jens Møller, said …"): the
// apposition opening its clause that "who is X" reads (clauseOpening), of
// at most maxApposition words, ending in a noun for a person or a title,
// the name after it set off by a comma too (end, past any apposition after
// it, is where the name's words end); or start.
func appositionStart(text string, start, end int) int {
	before, ok := strings.CutSuffix(text[:start], ", ")
	if !ok || !strings.HasPrefix(text[end:], ",") {
		return start
	}
	d := clauseOpening(before)
	if d.end <= d.start || unbalanced(before[d.start:d.end]) {
		return start
	}
	words := strings.Fields(before[d.start:d.end])
	last := strings.ToLower(strings.Trim(words[len(words)-1], "’'"))
	if len(words) > maxApposition || !lexicon.IsPersonNoun(last) && !lexicon.IsTitle(last) {
		return start
	}
	return d.start
}

// maxApposition is how many words an apposition shown with a name may have.
const maxApposition = 11

var articles = wordSet("the a an")

// titleStart is where the title before the name at start of text begins
// ("Trump adviser Steve Witkoff", "Interior Minister Tomás Villagra",
// "Secretary of State Marco Rubio"), or start when no title stands right
// before it: the words back to the first title (titles.txt, either
// section), with the capitalised words that qualify it ("Interior",
// "U.S.", "Italy's"), never past punctuation or another word.
func titleStart(text string, start int) int {
	from, i := start, start
	for i > 0 {
		j := strings.LastIndexByte(text[:i-1], ' ') + 1 // the word before, text[j:i-1]
		if i-1 < j || text[i-1] != ' ' {
			break
		}
		w := text[j : i-1]
		switch lw := strings.ToLower(strings.TrimSuffix(w, ".")); {
		case w == "" || endsWithMark(w):
			return from
		case strings.HasSuffix(w, ".") && !lexicon.IsTitle(lw) && !abbreviationRE.MatchString(strings.TrimSuffix(w, ".")):
			return from // a sentence ends there ("Santiago."), not an abbreviation ("U.S.", "Gen.")
		case notPeople[lw]:
			return from // "On Monday Interior Minister …": a day or a month qualifies no title
		case lexicon.IsTitle(lw):
			from = j // the title, and what was taken before it
		case lw == "of" && j > 0:
			// "Secretary of State": on only to a title
			k := strings.LastIndexByte(text[:j-1], ' ') + 1
			if !lexicon.IsTitle(strings.ToLower(strings.TrimSuffix(text[k:j-1], "."))) {
				return from
			}
		case isCapital(w) && !lexicon.IsFunctionWord(lw) || from == i && from != start && (modifierNoun(lw) && !pluralOpening(text, j) || lexicon.IsVerbBase(lw) && capitalBefore(text, j)):
			// a word that qualifies the title, taken only with a title
			// before it or the one it qualifies after it ("Deputy
			// council leader Tom Okoro")
			if from == start {
				return from
			}
			from = j
		default:
			return from
		}
		i = j
	}
	return from
}

// capitalBefore reports whether the word before byte j of text is
// capitalised and no function word: a noun that is also a verb stands
// inside a title's run between it and the title ("Opposition *transport*
// spokesman", "Labour *trade* spokeswoman"), not a verb taking the title
// for its object ("to *meet* Foreign Minister …"). The word must qualify
// a title as an ordinary word, a country's or a body's initials do; a
// name ("Witkoff and Kushner *meet* President …") or a plural noun
// opening the sentence ("Protesters *heckle* Prime Minister …") is the
// verb's subject.
func capitalBefore(text string, j int) bool {
	w, _ := precedingWord(text, j)
	if !isCapital(w) || endsWithMark(w) || pluralOpening(text, j) {
		return false
	}
	lw := strings.ToLower(w)
	return !lexicon.IsFunctionWord(lw) && (initials(w) || countryWord(w) || isDemonym(w) || lexicon.IsWord(lw) && !lexicon.IsName(lw))
}

// pluralOpening reports whether the word before byte j of text opens its
// sentence and is a plural noun: the subject of the word at j, a verb
// ("Protesters heckle Prime Minister …"), which no title's run holds.
func pluralOpening(text string, j int) bool {
	w, k := precedingWord(text, j)
	return k >= 0 && isCapital(w) && sentenceStart(text, k) && pluralNoun(strings.ToLower(w))
}

// precedingWord is the word before byte j of text and where it starts, or
// "" and -1.
func precedingWord(text string, j int) (string, int) {
	k, end := lastWordAt(text, j)
	if k < 0 {
		return "", -1
	}
	return text[k:end], k
}

// endsWithMark reports whether w ends with punctuation that closes a
// phrase or opens one.
func endsWithMark(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return strings.ContainsRune(",;:()—–-\"“”'’", r)
}
