// Spans for the kinds with none of their own, and appositions.

package qa

import (
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// spanOther is extractSpan for the kinds with no span of their own:
// what, why, how and yes/no.
func (e *Engine) spanOther(q *question, c *cand, anchors []span) span {
	if q.kind == KindYesNo {
		return span{} // yes or no is for the passage to say, not a phrase cut from it
	}
	if q.naming {
		if s := e.quotedName(q, c); s.end > s.start {
			return s
		}
		if s, ok := e.namedAs(q, c); ok {
			return s
		}
	}
	if q.figure != "" {
		if s := e.spanFigure(q, c, anchors); s.end > s.start {
			return s // "what share of members voted yes": "78% of the union's members"
		}
	}
	if q.passive != "" {
		if s := passiveSubject(q, c); s.end > s.start {
			return s
		}
	}
	if q.active != "" {
		if s := activeSubject(q, c); s.end > s.start {
			return s // "what forced rescuers to pull back": "a magnitude 5.9 aftershock"
		}
	}
	if q.head != "" {
		// "which operation …": the name that goes with the noun asked about
		if s, ok := e.headName(q, c); ok {
			return s
		}
	}
	if s := e.focusKind(q, c); s.end > s.start {
		return s // "what equipment did the teams bring": "listening devices, thermal cameras and …"
	}
	if s := e.kindInstance(q, c); s.end > s.start {
		return s // "what pay rise do the dockers want": "a 9% pay rise spread over two years"
	}
	if s := e.deed(q, c); s.end > s.start {
		return s // "what will the uk and france do": "will establish military hubs across Ukraine …"
	}
	// a preposition's object within a dozen words; a longer one, the
	// clause cuts better
	if s := e.prepObject(q, c, anchors); s.end > s.start && wordCount(c.p.Text[s.start:s.end]) <= maxShortWords {
		return s
	}
	if s := e.objectList(q, c); s.end > s.start {
		return s // "what are people throwing in the dumpsters": "carpets, drywall, mattresses and fridges"
	}
	return e.clause(q, c, anchors)
}

// onlyQuestionWords reports whether every word of s is one of the
// question's own.
func (e *Engine) onlyQuestionWords(q *question, s string) bool {
	for _, t := range e.analyze(s) {
		if !q.has(t.Term) {
			return false
		}
	}
	return true
}

// modifiersStart is where the words that qualify the noun at byte at of
// text begin ("*listening* devices", "*legally binding* security
// guarantees"): back to a function word, a mark, a name or a verb; a
// word in -ing qualifies unless a form of "be" or a name stands before
// it ("are *seeking* guarantees"), one in -ed after an article ("the
// *armed* forces", not "Merz *demanded* binding guarantees").
func modifiersStart(text string, at int) int {
	start := at
	for {
		before := strings.TrimRight(text[:start], " ")
		w := lastWord(before)
		lw := strings.ToLower(w)
		if w == "" || len(before) == len(text[:start]) || !strings.HasSuffix(before, w) || lexicon.IsFunctionWord(lw) || prepositions[lw] || isCapital(w) || !isLetters(strings.ReplaceAll(w, "-", "")) {
			break // (a word a mark ends, "strong,": the phrase starts after it; a figure counts, "212 ships", and qualifies none)
		}
		if pastVerb(lw) || lexicon.IsVerb(lw) && !strings.HasSuffix(lw, "ly") {
			prevWord := lastWord(strings.TrimRight(before[:len(before)-len(w)], " "))
			prev := strings.ToLower(prevWord)
			participle := strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") && articles[prev]
			if !participle || auxiliaries[prev] || beForms[prev] || isCapital(prevWord) && !lexicon.IsFunctionWord(prev) {
				break // (but "the *armed* forces")
			}
		}
		start = len(before) - len(w)
	}
	return start
}

// appositionOf is the name a description at s of text stands after, set
// off by a comma ("Pieter Hoekstra, the salvage master for …"; "its
// finance director, Rune Kallevik" the other way round is a title before
// the name), and whether there is one.
func (e *Engine) appositionOf(text string, s span) (span, bool) {
	before := text[:s.start]
	if !strings.HasSuffix(before, ", ") || !startsArticle(text[s.start:s.end]) {
		return span{}, false
	}
	for _, n := range e.names(before) {
		if n.end == len(before)-2 && e.personLike(before[n.start:n.end]) {
			return n, true
		}
	}
	return span{}, false
}

// appositionAround is the description set off by a comma, opened by an
// article, that holds s in its clause (", the salvage master for Van
// Oord Wreck & Tow"), and whether there is one.
func appositionAround(text string, s span) (span, bool) {
	i := strings.LastIndex(text[:s.start], ", ")
	if i < 0 || strings.ContainsAny(text[i+2:s.start], ",;:") || !startsArticle(text[i+2:]) {
		return span{}, false
	}
	end := len(text)
	if k := strings.IndexAny(text[s.end:], ",;:"); k >= 0 {
		end = s.end + k
	}
	return span{i + 2, len(strings.TrimRight(text[:end], ". "))}, true
}

// holdsQuestion reports whether text holds every term of the question
// (holdsTerms of them all); none where the question has none.
func (e *Engine) holdsQuestion(q *question, text string) bool {
	if len(q.terms) == 0 {
		return false
	}
	toks := e.analyze(text)
	for i := range q.terms {
		if !termStands(q, toks, i) {
			return false
		}
	}
	return true
}

// startsArticle reports whether s opens with an article ("the salvage
// master", "a local engineer").
func startsArticle(s string) bool {
	w, _ := nextWord(s)
	return getFold(articles, w)
}

// doAuxiliaries are the auxiliaries a "what will X do" question opens with.
var doAuxiliaries = wordSet("will would did does do can could should might must")
