// Names described by title or origin; passive "who", "which NOUN" and photographers.

package qa

import (
	"slices"
	"strings"
	"unicode"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// titled finds a name the question describes by a title or origin that
// stands with it: "Polish Prime Minister Donald Tusk" for "who attended
// from Poland", trimmed to the name.
func (e *Engine) titled(q *question, c *cand, names, anchors []span) (span, bool) {
	var cands []span
	for _, s := range names {
		t := e.trimmed(q, c, []span{s})[0]
		if cut := e.trimmedTitles(c.p.Text[s.start:s.end]); cut > 0 && s.start+cut > t.start && !e.namesOrigin(q) {
			// "Transport Minister Priya Raman" for "who is the minister":
			// the titles at its front, with the words that qualify them,
			// not only the question's (where the question gives an origin,
			// "the italian pm", the name must come with it: "Polish Prime
			// Minister Donald Tusk" is none)
			t.start = s.start + cut
		}
		lead := e.terms(c.p.Text[s.start:t.start])
		for _, w := range e.titlesBefore(c.p.Text, s.start) {
			lead[w] = true // "Russian leader Vladimir Putin", "US envoy Steve Witkoff"
		}
		if after := c.p.Text[s.end:]; strings.HasPrefix(after, ", the ") || strings.HasPrefix(after, ", a ") {
			// an apposition: "Kenji Morimoto, the Japanese team leader,"
			body := after[2:]
			if end := clauseEnd(body); wordCount(body[:end]) <= 6 {
				for w := range e.terms(body[:end]) {
					lead[w] = true
				}
			} else if d := e.descriptionAfter(c.p.Text, s); d.end > d.start {
				// a longer one up to its first preposition: "Maja
				// Lindgren, a professor of information systems at …"
				for w := range e.terms(c.p.Text[d.start:d.end]) {
					lead[w] = true
				}
			}
		}
		if e.ofKindAsked(q, c.p.Text, s) {
			// "which scientist explained …": "Seismologist Felipe
			// Cárdenas", a kind of scientist by WordNet, the kind-word
			// taken into the name's span dropped (a title before the
			// name, "Chilean geologist Ana María Soto", leaves the name
			// whole)
			if f := strings.Fields(c.p.Text[t.start:s.end]); t.start == s.start && len(f) > 2 && lexicon.IsPersonNoun(strings.ToLower(f[0])) {
				at := t.start + strings.Index(c.p.Text[t.start:], f[0]) + len(f[0])
				t.start = at + len(c.p.Text[at:]) - len(strings.TrimLeftFunc(c.p.Text[at:], unicode.IsSpace))
			}
			cands = append(cands, t)
			continue
		}
		if len(lead) == 0 {
			continue
		}
		if q.role {
			// every title the question gives: "foreign minister" is not "minister"
			all := true
			for kqt := range q.terms {
				qt := &q.terms[kqt]
				if (e.roleWord(*qt) || slices.Contains(q.roleMods, qt.term)) && !lead[qt.term] && !(e.roleWord(*qt) && slices.ContainsFunc(e.alike(qt.term), func(a string) bool { return lead[a] })) {
					all = false // (a title that is a kind of the one asked for will do: "Prime Minister" for "leader")
				}
			}
			if e.otherOfficeIn(q, func(term string) bool { return lead[term] }) {
				all = false // "Deputy council leader" is not the council leader asked for
			}
			if all {
				cands = append(cands, t)
			}
			continue
		}
		for tok := range lead {
			if q.has(tok) {
				cands = append(cands, t)
				break
			}
		}
	}
	if len(cands) == 0 {
		return span{}, false
	}
	return nearest(cands, anchors), true
}

// ofKindAsked reports whether the name at n of text is described as a kind
// of the person a question asks for by a noun that is no title of its own
// ("which *scientist* explained …"): by a title before it, or the noun
// for a person that opens it capitalised ("Seismologist Felipe Cárdenas of
// the University of Chile", a kind of scientist by WordNet,
// lexicon.IsKindOf). The noun itself is not looked for: the titles the
// question gives are (titled).
func (e *Engine) ofKindAsked(q *question, text string, n span) bool {
	_, kinds := e.titleRunBefore(text, n.start)
	if f := strings.Fields(text[n.start:n.end]); len(f) > 2 && lexicon.IsPersonNoun(strings.ToLower(f[0])) {
		kinds = append(kinds, strings.ToLower(f[0]))
	}
	return len(kinds) > 0 && slices.ContainsFunc(q.terms, func(qt qterm) bool {
		lw := strings.ToLower(qt.word)
		return !qt.entity && !e.titles[qt.term] && meansPerson(lw) && slices.ContainsFunc(kinds, func(k string) bool { return k != lw && lexicon.IsKindOf(k, lw) })
	})
}

// namesOrigin reports whether a question names a place or a nationality.
func (e *Engine) namesOrigin(q *question) bool {
	for kt := range q.terms {
		t := &q.terms[kt]
		if e.isPlace(t.word) || isDemonym(t.word) || lexicon.IsCountryWord(strings.ToLower(t.word)) || countryWord(t.word) {
			return true
		}
	}
	return false
}

// patient answers a passive "who" question ("who was captured", "who got
// arrested") with the name the passage gives what the verb was done to:
// after the verb's noun and its "of" ("the capture of Nicolás Maduro"),
// or right after the verb said actively ("troops captured Maduro"). A
// passive in the passage ("Maduro was captured") is the subject's, which
// the nearest name finds anyway.
func (e *Engine) patient(q *question, c *cand) span {
	if !passiveAsked(q) {
		return span{}
	}
	verb := e.analyze(q.words[2])
	if len(verb) != 1 {
		return span{}
	}
	text := c.p.Text
	for _, tok := range c.toks {
		if tok.Term != verb[0].Term {
			continue
		}
		after := strings.TrimLeft(text[tok.End:], " ")
		if of, ok := strings.CutPrefix(after, "of "); ok {
			after = strings.TrimPrefix(of, "the ")
		}
		at := len(text) - len(after)
		for _, n := range e.names(text) {
			if n.start == at && e.personLike(text[n.start:n.end]) {
				return n
			}
		}
	}
	return span{}
}

// headName answers "which NOUN …" with the name beside that noun in the
// passage: "operation in Venezuela".
func (e *Engine) headName(q *question, c *cand) (span, bool) {
	text := c.p.Text
	for _, tok := range c.toks {
		if tok.Term != q.head {
			continue
		}
		for _, n := range e.freeSpans(q, text, e.names(text)) {
			gap := ""
			switch {
			case n.start >= tok.End:
				gap = text[tok.End:n.start]
				if wordCount(gap) <= 2 {
					return span{tok.Start, n.end}, true
				}
			case n.end <= tok.Start:
				gap = text[n.end:tok.Start]
				if wordCount(gap) <= 1 {
					return span{n.start, tok.End}, true
				}
				name := text[n.start:n.end]
				if w := strings.Fields(strings.TrimPrefix(gap, ",")); strings.HasPrefix(gap, ", ") && len(w) >= 1 && len(w) <= 3 && (w[0] == "a" || w[0] == "an" || w[0] == "the") && !commonWord(strings.ToLower(name)) {
					return n, true // "Greenland, a recent flashpoint": the noun in apposition to the name
				}
			}
		}
	}
	return span{}, false
}

// photographer answers "who took the photo …" with the name a caption's
// credit gives, in any agency's form: "(AP Photo/Thomas Padilla)",
// "(Yoan Valat, Pool photo via AP)" (creditRE, creditedName).
func (e *Engine) photographer(q *question, text string) span {
	if !q.has(e.photographTerm()) && (!q.has("photo") || !q.has("took") && !q.has("taken") && !q.has("shot") && !q.has("credit")) {
		return span{} // "who took the photo", "who photographed …", not "who was in the photo"
	}
	m := creditRE.FindStringSubmatchIndex(text)
	if m == nil {
		return span{}
	}
	name := creditedName(text[m[2]:m[3]])
	if name == "" {
		return span{}
	}
	at := strings.LastIndex(text[:m[3]], name)
	if at < m[2] {
		return span{}
	}
	return span{at, at + len(name)}
}

// photographTerm is "photographed" and "photographer" as analysed: the
// verb and the noun of taking a photo.
func (e *Engine) photographTerm() string {
	if t := e.analyze("photographed"); len(t) == 1 {
		return t[0].Term
	}
	return ""
}
