// Where the question's words stand in a candidate, and the span nearest them.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// anchors are the byte offsets in the passage of the matched question
// terms: where a term stands itself, its synonyms do not count.
func (e *Engine) anchors(q *question, c *cand) []span {
	var out []span
	for _, tok := range c.toks {
		for i := range q.terms {
			t := &q.terms[i]
			// (whether the term itself stands is asked only of a synonym
			// found, seldom: no set of the passage's terms is built for it)
			if tok.Term == t.term || slices.Contains(t.alts, tok.Term) && !hasTerm(c.toks, t.term) {
				out = append(out, span{tok.Start, tok.End})
				break
			}
		}
	}
	return out
}

// verbAnchors are where a candidate holds the question's last word that
// is not a name, if a verb ("sleeping", "landed"), or an irregular form
// of it ("slept" for "sleep", which verbs.txt does not list, the noun
// being commoner: irregularVerbOf): the anchor a place phrase right after
// it answers "where" from. A question that goes on past its verb
// ("treating the hurt at the main clinic", "… at the old building") is
// anchored at the last of its words that is a verb, not opened by an
// article or possessive nor ending a phrase a preposition opens.
func verbAnchors(q *question, c *cand) []span {
	v, w, verb := q.anchorVerb()
	if v == nil {
		return nil
	}
	var out []span
	forms := lexicon.Forms(w) // w's irregular forms, looked up once: irregularVerbOf, from w's side
	for _, tok := range c.toks {
		if verb && tok.Term == v.term || irregularFormOf(c.p.Text[tok.Start:tok.End], w, forms) {
			out = append(out, span{tok.Start, tok.End})
		}
	}
	return out
}

// readAnchorVerb is the question's term verbAnchors anchors at (nil
// where every term is a name), its word in lower case, and whether it
// reads as a verb: the question's last word that is not a name
// (question.verb), or if that is no verb, the last before it that is.
func (q *question) readAnchorVerb() (*qterm, string, bool) {
	v := q.verb()
	if v == nil {
		return nil, "", false
	}
	w := strings.ToLower(v.word)
	verb := verbShaped(w) && !endsPrepositionPhrase(q.words, lastIndex(q.words, w))
	for i := len(q.terms) - 1; !verb && i >= 0; i-- {
		// the question's last word is no verb ("where were medics
		// treating the hurt *at the main clinic*"): the last word
		// before it that is one, no article nor possessive opening it
		// ("the hurt")
		x := strings.ToLower(q.terms[i].word)
		if k := lastIndex(q.words, x); !q.terms[i].entity && k > 0 && verbShaped(x) && q.verbAt(k) && !endsPrepositionPhrase(q.words, k) {
			v, w, verb = &q.terms[i], x, true
		}
	}
	return v, w, verb
}

// endsPrepositionPhrase reports whether words[k] (a question's words,
// lower case) ends a phrase a preposition opens: back from it a
// preposition comes before any auxiliary or verb ("at the old
// *building*", "on Sunday *evening*"), so an -ing or past form there is a
// noun or an adjective, not the question's verb.
func endsPrepositionPhrase(words []string, k int) bool {
	for j := k - 1; j >= 0; j-- {
		switch x := words[j]; {
		case prepositions[x]:
			return true
		case auxiliaries[x] || verbShaped(x):
			return false
		}
	}
	return false
}

// verbShaped reports whether w (lower case) has a verb's shape for
// verbAnchors: a finite form or an -ing form.
func verbShaped(w string) bool {
	return finiteVerb(w) || strings.HasSuffix(w, "ing")
}

// lastIndex is the index of the last w in words, or -1: a question's
// word is read where it last stands, as its last verb is.
func lastIndex(words []string, w string) int {
	for j := len(words) - 1; j >= 0; j-- {
		if words[j] == w {
			return j
		}
	}
	return -1
}

// irregularVerbOf reports whether a passage's word is an irregular form
// of the question's word w (lower case) as a verb: one WordNet's exception
// lists give w as the base of (lexicon.Inflected: "slept" of "sleep"),
// not w's irregular plural ("feet" of "foot").
func irregularVerbOf(word, w string) bool {
	return irregularFormOf(word, w, lexicon.Forms(w))
}

// irregularFormOf is irregularVerbOf with w's irregular forms, forms
// (lexicon.Forms), already looked up: each is in lower case and not w.
func irregularFormOf(word, w string, forms []string) bool {
	return slices.Contains(forms, word) && !lexicon.IsSingularOf(w, word)
}

// nearest returns the candidate span closest to the anchors (the earliest
// on a tie), or an empty span.
func nearest(spans, anchors []span) span {
	best, bestD := span{}, -1
	for _, s := range spans {
		d := 1 << 30
		for _, a := range anchors {
			switch {
			case a.end <= s.start:
				d = min(d, s.start-a.end)
			case a.start >= s.end:
				d = min(d, a.start-s.end)
			default:
				d = 0
			}
		}
		if len(anchors) == 0 {
			d = s.start
		}
		if bestD < 0 || d < bestD {
			best, bestD = s, d
		}
	}
	return best
}

// trimmed drops, from the front of each name span, the words the question
// already says and titles ("French President Emmanuel Macron" asked as "the
// French president" answers "Emmanuel Macron").
func (e *Engine) trimmed(q *question, c *cand, spans []span) []span {
	var out []span
	for _, s := range spans {
		sub := c.p.Text[s.start:s.end]
		toks := e.analyze(sub)
		strip := func(places bool) int {
			k := 0
			for k < len(toks)-1 && (q.has(toks[k].Term) || e.titles[toks[k].Term] || places && e.isPlace(sub[toks[k].Start:toks[k].End])) {
				k++
			}
			return k
		}
		k := strip(true)
		if k < len(toks) && e.isPlace(sub[toks[k].Start:]) {
			k = strip(false) // "Croatia and the Czech Republic" is places all through
		}
		if k > 0 {
			s.start += toks[k].Start
		}
		out = append(out, s)
	}
	return out
}
