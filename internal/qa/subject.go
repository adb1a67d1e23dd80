// The subject of a figure's clause: sentence tokens, clause openings, subject heads.

package qa

import (
	"regexp"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// clauseTok is a word (lower case) or an aside's mark (asideOrBracketRE)
// of a sentence, with its byte offset in the text; a mark with the index
// among the sentence's tokens of the mark that opens the aside it closes
// and of the one that closes the aside it opens (asideOpeners; -1 for
// none).
type clauseTok struct {
	w              string
	start          int
	mark           bool
	opener, closer int
}

// asideOrBracketRE is a mark that opens or closes an aside, asideMarkRE's
// or a bracket.
var asideOrBracketRE = regexp.MustCompile(`[,—–()]`)

// sentenceTokens are the words and aside marks of the sentence of text
// that holds the figure s, a semicolon or colon ending it as a full stop
// does (breaksClause's marks less the comma), and the index of s's first
// word among them (-1 if none). Each mark is paired once with the marks
// that open and close its asides (asideOpeners over the sentence's marks).
func sentenceTokens(text string, s span) ([]clauseTok, int) {
	from, to := 0, len(text)
	// (not sentenceEnds: that one asks for a capital after the stop, as
	// a sentence's start does; a parse of clauses stops at a semicolon or
	// colon too, and at a stop whatever case follows: "… 38 km. then …")
	ends := func(i int) bool { // a semicolon, a colon, or a stop that ends a sentence
		if text[i] == ';' || text[i] == ':' {
			return true
		}
		if strings.IndexByte(".?!", text[i]) < 0 {
			return false
		}
		j := sentenceNext(text, i)
		return j >= 0 && stopEnds(text, i, text[j:])
	}
	for i := s.start - 1; i >= 0; i-- {
		if ends(i) {
			from = i + 1
			break
		}
	}
	for i := s.end; i < len(text); i++ {
		if ends(i) {
			to = i
			break
		}
	}
	sent := text[from:to]
	var toks []clauseTok
	ws, ms := wordSpans(sent), asideOrBracketRE.FindAllStringIndex(sent, -1)
	for len(ws) > 0 || len(ms) > 0 {
		if len(ms) == 0 || len(ws) > 0 && ws[0][0] < ms[0][0] {
			toks = append(toks, clauseTok{w: strings.ToLower(sent[ws[0][0]:ws[0][1]]), start: from + ws[0][0]})
			ws = ws[1:]
			continue
		}
		toks = append(toks, clauseTok{w: sent[ms[0][0]:ms[0][1]], start: from + ms[0][0], mark: true, opener: -1, closer: -1})
		ms = ms[1:]
	}
	var marks []string
	var at []int // the index among toks of each of marks
	for i, t := range toks {
		if t.mark {
			marks = append(marks, t.w)
			at = append(at, i)
		}
	}
	for k, j := range asideOpeners(marks) {
		if j < 0 {
			continue
		}
		toks[at[k]].opener = at[j]
		if toks[at[j]].closer < 0 {
			toks[at[j]].closer = at[k] // the first mark after it that it opens
		}
	}
	return toks, slices.IndexFunc(toks, func(t clauseTok) bool { return t.start == s.start })
}

// clauseOpen is where the clause of the word toks[fig] opens, walking
// back over coordinated verb phrases ("opens in 2030 *and will run*") and
// asides (each closing mark's opener): the sentence's start, a relative pronoun or a
// subordinator (one that is also a preposition, "after", only before a
// determiner or pronoun: "after *the* tunnel opens", not "after six years
// of work"), or the subject after a coordinator ("and *the* tunnel will
// run") or a verb that takes a clause or an object and its infinitive
// ("said *the line* will run", "expect *the line* to run").
func clauseOpen(toks []clauseTok, fig int) int {
	for i := fig - 1; i >= 0; i-- {
		t := toks[i]
		if t.mark {
			if t.opener >= 0 {
				i = t.opener
			}
			continue
		}
		opensPhrase := i+1 < fig && !toks[i+1].mark && (articles[toks[i+1].w] || possessives[toks[i+1].w] || pronouns[toks[i+1].w])
		switch {
		case relativePronouns[t.w], subordinators[t.w] && (!prepositions[t.w] || opensPhrase):
			return i
		case conjunctions[t.w] && opensPhrase:
			return i + 1
		case opensPhrase && (lexicon.TakesClause(t.w) || lexicon.IsSayingVerb(t.w) || lexicon.TakesObjectInfinitive(t.w)):
			return i + 1 // a verb's clause or object: "said *the line* will run", "expect *the line* to run"
		}
	}
	return 0
}

// clauseSubject is the head of the subject of the clause that opens at
// toks[open] (clauseOpen) and the index of its predicate's first word (-1
// for none): for a relative pronoun before a verb, the noun it follows
// ("the line*, which* is 38 kilometres long"); else the clause's first
// noun phrase, past a fronted prepositional phrase ("At 2 kilometres,",
// "In 2030,"), its last word before a verb or auxiliary, a preposition
// (the phrase after it hangs on the head: "the *tunnel* under the line
// will run") or an aside; a mark the clause opens on is passed over ("(The
// line will run …)"), a phrase or clause a comma closes before the figure
// is fronted ("Once built, the bridge will run 2 km"), the last word
// before an auxiliary is the head though it may be a verb too ("the twin
// *tunnels* will run"), and the figure's own unit is no head ("A line of
// 38 kilometres"). Where the figure toks[fig] stands in the fronted
// phrase, the predicate is the subject's.
func clauseSubject(toks []clauseTok, open, fig int) (string, int) {
	k := open
	if k < len(toks) && !toks[k].mark && (relativePronouns[toks[k].w] || subordinators[toks[k].w]) {
		if k+1 < len(toks) && !toks[k+1].mark && relativePronouns[toks[k].w] && (isAux(toks[k+1].w) || lexicon.IsVerb(toks[k+1].w) || pastForm(toks[k+1].w)) {
			a := k - 1
			if a >= 0 && toks[a].mark {
				a--
			}
			if a < 0 || toks[a].mark {
				return "", -1
			}
			return toks[a].w, k + 1
		}
		k++
	}
	if k < len(toks) && prepositions[toks[k].w] {
		for c := k + 1; c < len(toks) && !isAux(toks[c].w); c++ {
			if toks[c].w == "," {
				k = c + 1 // a fronted phrase: "At 2 kilometres, the bridge"
				break
			}
		}
	}
	head, inPP := "", false
	for ; k < len(toks); k++ {
		t := toks[k]
		if t.mark {
			if c := t.closer; head != "" && c >= 0 { // (a closer stands after its opener)
				k = c
				continue
			}
			if head == "" { // (inPP only past a head)
				continue // a mark the clause opens on: "(The line will run …)", "— The line …" (25A F4)
			}
			if t.w == "," && fig > k {
				head, inPP = "", false // a fronted phrase or clause closes before the figure's: "Once built, the bridge …" (25A F4)
				continue
			}
			return head, -1
		}
		// the last word before an auxiliary is the subject's noun, though
		// it may be a verb too: "the twin *tunnels* will run", "the Alps
		// *tunnel* will run" (25A F3; not before a past form, "The road
		// *remains* closed": 25D F3)
		nounBeforeVerb := k+1 < len(toks) && !toks[k+1].mark && isAux(toks[k+1].w) && !isAux(t.w)
		switch w := t.w; {
		case k == fig+1 && unitWords["length"][w]:
			// the figure's own unit: "A line of 38 *kilometres*" (25A F5)
		case isAux(w) || head != "" && !nounBeforeVerb && (verbForm(w, head) || w == "to" && k+1 < len(toks) && lexicon.IsVerbBase(toks[k+1].w)):
			if head == "" {
				return "", -1
			}
			return head, k
		case prepositions[w] && head != "":
			inPP = true
		case k == fig && inPP:
			return "", -1 // another noun's: "the tunnel under the 38 km line"
		case inPP || lexicon.IsFunctionWord(w) || k == fig || head != "" && lexicon.IsAdverb(w) && strings.HasSuffix(w, "ly"):
		default:
			head = w
		}
	}
	return head, -1
}

// verbForm reports whether w, after a noun phrase's head, is a verb that
// ends it: a past form ("ran", "opened"), or a verb (lexicon.IsVerb) in
// "-s" ("the line *opens*"), in "-ing" ("a canal *linking* the lakes") or
// after a plural head ("the pipes *run*").
func verbForm(w, head string) bool {
	plural := func(w string) bool { return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") }
	return pastForm(w) || lexicon.IsVerb(w) && (plural(w) || strings.HasSuffix(w, "ing") || plural(head))
}
