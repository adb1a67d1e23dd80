// The focus of a "what" or "which" question: its noun and its verb.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// namesSpeaker reports whether a word of a "what did X say" question's X
// is a name, however typed: X is no description ("the pledge article",
// "the coalition statement"), which a determiner opens.
func namesSpeaker(speaker, lw string) bool {
	first, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(speaker)), " ")
	switch first {
	case "the", "a", "an", "this", "that", "his", "her", "their", "its":
		return false
	}
	return true
}

// focusMarks makes a question's apostrophes plain and its question marks
// and commas spaces, for focusOf.
var focusMarks = strings.NewReplacer("’", "'", "?", " ", ",", " ")

// focusOf finds the noun a "which X …" or "what is the X …" question asks
// about, analysed ("which *hotel*", "what is the *budget* for …"): the last
// word before a verb, preposition or auxiliary, past words that only frame
// the question ("what kind of *help*"). It is "" for other questions.
func focusOf(text string, toks []index.Token) string {
	w := strings.Fields(strings.ToLower(focusMarks.Replace(text)))
	var rest []string
	switch {
	case len(w) > 1 && w[0] == "what" && finiteAfterWhat(w):
		return "" // "what happens next", "what comes after": "what" is the subject, no noun asked about
	case len(w) > 1 && (w[0] == "which" || w[0] == "what") && !auxiliaries[w[1]] && !getPassive[w[1]]:
		rest = w[1:]
	case len(w) > 2 && (w[0] == "what's" || w[0] == "whats") && (w[1] == "the" || w[1] == "a"):
		rest = w[2:]
	case len(w) > 3 && w[0] == "what" && copulas[w[1]] && (w[2] == "the" || w[2] == "a"):
		rest = w[3:]
	default:
		return ""
	}
	copula := len(rest) < len(w)-1 // "what is the X …", "what's the X …"
	focus := ""
	for i, word := range rest {
		if word == "of" && frameNouns[focus] {
			focus = "" // "what kind of …": the noun after
			continue
		}
		if copula && i > 0 && ((pastVerb(word) || progressive(word)) && verbLacksObject(rest[i+1:]) || prepositions[word] && strandedAfter(rest[i:])) {
			// "what is the monitoring setup *supposed* to do", "what r the
			// local kids *up to*", "what was the ship *carrying*": the
			// noun is the subject, and "what" the object of its verb; no
			// noun is asked about (but "the article *linked* at the
			// bottom", "the question mark *hanging* over the plan":
			// the verb's phrase is whole, and qualifies the noun)
			return ""
		}
		if auxiliaries[word] || stopLike[word] || i > 0 && (pastForm(word) || progressive(word) || prepositions[word] || lexicon.IsFunctionWord(rest[i-1]) && presentVerb(word)) {
			// ("what's the weather *like* in paris": the weather; "what
			// kinds of help *besides* troops": help; "what cargo still
			// *gets* through": cargo; an irregular past, by WordNet's
			// exception lists, as a regular one: "which two councillors
			// *sat* the vote out", "what is the fund *meant* to cover")
			break
		}
		if i > 0 && lexicon.IsFunctionWord(word) {
			continue // "what cargo *still* gets through"
		}
		if i > 0 && focus != "" && lexicon.IsFunctionWord(rest[i-1]) && lexicon.IsAdjective(word) {
			continue // "what's the mayor so *mad* about": the mayor, not a kind of thing (but "which council *official*": the official)
		}
		focus = word
	}
	if focus == "" || frameNouns[focus] || elseWords[focus] {
		return "" // "what kind of", "what else": no noun asked about
	}
	for _, t := range toks {
		if strings.EqualFold(strings.TrimSuffix(text[t.Start:t.End], "'s"), focus) {
			return t.Term
		}
	}
	return ""
}

// verbLacksObject reports whether words, after a participle, leave it
// without its object: none follow, or "to" and a verb do ("supposed to
// do"; but "leading to the airport"), or a preposition left stranded
// ("looking for in the rubble").
func verbLacksObject(words []string) bool {
	if len(words) == 0 {
		return true
	}
	if words[0] == "to" {
		if len(words) < 2 {
			return true
		}
		_, verb := lexicon.VerbBase(words[1])
		return verb || auxiliaries[words[1]] || words[1] == "be"
	}
	return prepositions[words[0]] && (len(words) == 1 || prepositions[words[1]])
}

// strandedAfter reports whether words, from a preposition on, are only
// prepositions: one left at the question's end ("up to", "about"), its
// object the question word; but "like" asks what the noun before it is
// like ("what's the weather like": the weather).
func strandedAfter(words []string) bool {
	if words[0] == "like" {
		return false
	}
	for _, w := range words {
		if !prepositions[w] {
			return false
		}
	}
	return true
}

// activeVerb is the verb a "what" question asks the subject of, read
// from its words w as corrected ("what *sparked* a rebuke", "wat
// *cuased* the delay"), with "what" first or right after a verb of saying
// ("X said what *depends* on …"): a past or present form right after
// "what", or a verb's base form after "what" and a modal ("what could
// *weaken* the deal"); not an auxiliary, a passive's "got", a verb of
// saying, nor a word that asks when; "" for none.
func activeVerb(w []string) string {
	if i := slices.Index(w, "what"); i > 0 && lexicon.IsSayingVerb(w[i-1]) {
		w = w[i:] // "zelensky said *what* depends on …": what was said, asked the same
	}
	if len(w) < 3 || w[0] != "what" {
		return ""
	}
	v := w[1]
	if modals[w[1]] && len(w) > 3 && lexicon.IsVerbBase(w[2]) && !lexicon.IsFunctionWord(w[2]) {
		v = w[2]
	} else if !pastForm(v) && !presentVerb(v) {
		return "" // a verb's past or present ("what *depends* on …")
	}
	if auxiliaries[v] || beForms[v] || getPassive[v] || lexicon.IsSayingVerb(v) || formWords[KindWhen][v] {
		return ""
	}
	return v
}

// presentVerb reports whether w is a verb in the present's third person,
// of a word mostly used as a verb ("gets", "hangs"; not "jobs"), or the
// plural of a noun spelt as such a verb ("guarantees"): focusOf takes it
// for the verb only after an adverb ("what cargo still *gets* through").
func presentVerb(w string) bool {
	base, ok := lexicon.VerbBase(w)
	return ok && (w == base+"s" || w == base+"es")
}

// irregularForm reports whether v, a form of the verb base, is one that
// no ending makes: a past ("caught", "fell", "drove"), as "-ed" makes
// the regular ones.
func irregularForm(v, base string) bool {
	return v != base && !strings.HasSuffix(v, "ing") && !strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ed")
}

// finiteAfterWhat reports whether the word after "what" is the question's
// verb, in the present or the past ("what *happens* next", "what *caused*
// the delay"), not a noun the question asks about ("what plans did they
// agree": an auxiliary follows the noun).
func finiteAfterWhat(w []string) bool {
	v := strings.Trim(w[1], "?!.,")
	base, ok := lexicon.VerbBase(v)
	if auxiliaries[v] || !ok || !(pluralNoun(v) || pastVerb(v) || irregularForm(v, base)) {
		return false
	}
	return len(w) == 2 || !auxiliaries[w[2]]
}

// bareNounFocus is the noun a question that is only a noun phrase asks
// about ("latest death toll?", "curfew hours"): its last word, or the
// word before the first preposition, whose phrase qualifies it ("best
// empanadas *in* santiago?": empanadas, not Santiago), where no question
// word or verb stands among its words; else "". A noun no article uses is
// the focus too: the evidence declines what no article speaks of.
func (e *Engine) bareNounFocus(words []string, toks []index.Token) string {
	if len(words) == 0 || len(words) > maxBareNoun || len(toks) == 0 {
		return ""
	}
	head := ""
	for i, w := range words {
		if i > 0 && prepositions[w] && head == "" {
			// "best empanadas in santiago?": a noun phrase with a
			// phrase after it asks about its noun, not the phrase's
			if t := e.analyze(words[i-1]); len(t) == 1 {
				head = t[0].Term
			}
			continue
		}
		if questionWords[w] || auxiliaries[w] || stopLike[w] || pastVerb(w) || lexicon.IsFunctionWord(w) && w != "the" {
			return ""
		}
	}
	if head != "" {
		return head
	}
	return toks[len(toks)-1].Term
}

// knownNounFocus is the noun a question asks for when it asks whether
// someone knows one of a kind, "(does) anyone know a good pizza place in
// town", "u know any decent X": the head of the indefinite noun phrase
// after "know", as "what is a good pizza place" asks for a place; "" for
// any other question ("anyone know when …" asks what its clause does).
func (e *Engine) knownNounFocus(words []string, toks []index.Token) string {
	i := slices.Index(words, "know")
	if i < 1 || i+2 >= len(words) || !askers[words[i-1]] || !someOf[words[i+1]] {
		return ""
	}
	head := ""
	for _, w := range words[i+2:] {
		if prepositions[w] || lexicon.IsFunctionWord(w) || auxiliaries[w] || pastVerb(w) {
			break // "… place *in* town", "… place *that* delivers"
		}
		head = w
	}
	if head == "" {
		return ""
	}
	if t := e.analyze(head); len(t) == 1 && slices.ContainsFunc(toks, func(k index.Token) bool { return k.Term == t[0].Term }) {
		return t[0].Term
	}
	return ""
}

// askers are the subjects of "… know X?" that address the reader ("anyone
// know", "u know"); someOf the determiners of a noun phrase that asks for
// one of a kind: closed classes.
var (
	askers = wordSet("anyone anybody someone somebody you u ya")
	someOf = wordSet("a an any some")
)

// maxBareNoun is the most words of a question read as a noun phrase alone.
const maxBareNoun = 4
