// Short answers: extract, extractAt, extractSpan and whether a kind's span is the answer typed.

package qa

import (
	"strings"
)

// maxShortWords bounds a short answer; a longer one is no short answer.
const maxShortWords = 12

// extract finds the short answer in the top passage: the names, the date,
// the number or the phrase the question asks for; "" when there is none
// shorter than the passage. A "who" answer may come from the sentence before
// when the passage points back to it ("The two held talks …").
func (e *Engine) extract(q *question, c *cand) string {
	short, _ := e.extractAt(q, c)
	return short
}

// extractAt is extract, with the span of c's passage the answer was cut
// from (empty when it came from the sentence before).
func (e *Engine) extractAt(q *question, c *cand) (string, span) {
	cut, trailing := e.cutAnswer(q, c)
	if trailing {
		return shortText(c.p.Text[cut.start:cut.end]), cut // "what did they agree to keep supplying": what follows "keep supplying"
	}
	if q.kind == KindWho && asksWhoSaid(q) && c.prev != nil && pronounSpeaker(c.p.Text) {
		// "who said it ends forever": "…,” he said. The speaker is
		// named in the sentence before
		pc := &cand{a: c.a, p: *c.prev, toks: c.prevToks}
		if s := e.who(q, pc, []span{{len(c.prev.Text), len(c.prev.Text)}}); s.end > s.start && e.personLike(c.prev.Text[s.start:s.end]) {
			return shortText(c.prev.Text[s.start:s.end]), span{}
		}
		// the last person the sentence before names, past the places
		// after it ("Starmer said … attacks on Ukraine continue. He
		// said …")
		names := e.freeSpans(q, c.prev.Text, e.names(c.prev.Text))
		for i := len(names) - 1; i >= 0; i-- {
			if n := c.prev.Text[names[i].start:names[i].end]; e.personLike(n) && !e.isPlace(n) {
				return shortText(n), span{}
			}
		}
	}
	if q.kind == KindWho && asksWhoSaid(q) {
		// "who said the first 72 hours are everything": the speaker the
		// article gives the quotation that holds the question's words
		// in this passage, however far after it ("…,” Fuenzalida said")
		if who := e.quotationSpeaker(q, c); who != "" {
			if w := e.saidWindow(q, c, who); w.end > w.start {
				return c.p.Text[w.start:w.end], w
			}
			return who, span{}
		}
	}
	if q.kind == KindSaid && c.prev != nil && c.speaker {
		if m := e.quoteAsked(q, c); m.ok {
			// "She said *the most urgent needs were drinking water and
			// insulated tents*. / “People are sleeping in a football
			// stadium …”": the sentence before reports the speaker saying
			// more of what is asked than the quotation
			if r := e.reportedOver(q, c.prev.Text, span{}, m.asked, m.topic); r.end > r.start {
				return shortText(c.prev.Text[r.start:r.end]), span{}
			}
		}
	}
	if q.kind == KindSaid && c.speaker {
		if r := e.continuedSaying(q, c); r != "" {
			return r, span{} // "… said 214 had died. He cautioned that *both figures were provisional …*"
		}
		if r := e.quoteOpening(q, c); r != "" {
			return r, span{} // "“*Nobody here is against trams.* We are against …,” Hale said."
		}
		if r := e.nextQuotation(q, c); r != "" {
			return r, span{} // "… said his family … / “*The children think we are camping.* …,” Choque said."
		}
	}
	if cut.end > cut.start {
		// asideNamed's, for a "what" or "who" question: "what are the two
		// nuclear powers …": "France and the UK — Western Europe's two
		// nuclear powers", as it stands
		return shortText(c.p.Text[cut.start:cut.end]), cut
	}
	s := e.extractSpan(q, c)
	if q.kind == KindHow && s.end > s.start && e.describesOnly(c.p.Text, s) {
		s = span{}
	}
	if e.asideOnlySaysWho(q, c.p.Text, s) {
		s = span{} // "what is Sandhu telling passengers": not "director of the consumer group FlyFair"
	}
	if q.kind == KindWho && s.end > s.start {
		if a, ok := appositionAround(c.p.Text, s); ok && e.holdsQuestion(q, c.p.Text[a.start:a.end]) {
			if n, ok := e.appositionOf(c.p.Text, a); ok {
				// "who is the salvage master": "Pieter Hoekstra, *the
				// salvage master for Van Oord …*" describes the one asked
				// for, named before it, not the body it names
				s = n
			}
		}
	}
	if s.end > s.start {
		s = withLeftConjunct(c.p.Text, withHead(c.p.Text, wholeWords(c.p.Text, s)))
		if q.kind == KindWho && asksWhoSaid(q) {
			if w := e.saidWindow(q, c, c.p.Text[s.start:s.end]); w.end > w.start {
				return c.p.Text[w.start:w.end], w // the speaker with the words asked about
			}
		}
		if q.kind == KindWhat {
			s = withArticle(c.p.Text, s) // (a figure, a time, a name: bare)
		}
		if q.kind == KindHowMany {
			s = withItemLabel(c.p.Text, e.withAgedName(c.p.Text, s))
		}
		short := withParticle(c.p.Text, s, shortText(c.p.Text[s.start:s.end]))
		if attributionOnly(short) {
			// "Nwosu said" for "how does a warmer climate make the rain
			// worse": who spoke, not what; the words that hold the
			// question stand in for it (Ask's keyWords). A "who" answer
			// is the name alone (e.who), never with its verb, so it
			// needs no exception here
			return "", span{}
		}
		return short, s
	}
	if q.kind == KindWho && c.prev != nil && opensWithAnaphor(c.p.Text) {
		// the names the passage points back to stand at the end of the
		// sentence before: the last one, or the last two for "The two"
		pc := &cand{a: c.a, p: *c.prev, toks: c.prevToks}
		end := []span{{len(c.prev.Text), len(c.prev.Text)}}
		if s := e.who(q, pc, end); s.end > s.start {
			if plural(c.p.Text) {
				names := e.freeSpans(q, c.prev.Text, e.names(c.prev.Text))
				if n := len(names); n >= 2 && names[n-2].start < s.start {
					s.start = e.trimmed(q, pc, names[n-2:n-1])[0].start
				}
			}
			return shortText(c.prev.Text[s.start:s.end]), span{}
		}
	}
	return "", span{}
}

func (e *Engine) extractSpan(q *question, c *cand) span {
	anchors := e.anchors(q, c)
	if q.kind == KindSaid && q.figure != "" {
		if s := e.spanFigure(q, c, anchors); s.end > s.start {
			return s // "what does the insurer think the damage will come to": "about $340 million"
		}
	}
	if f := specOf(q.kind).span; f != nil {
		s := f(e, q, c, anchors)
		if q.kind == KindHowMany {
			s = e.withSecondCount(q, c.p.Text, s)
		}
		if eq := e.equativeOf(q, c.p.Text); eq.end > eq.start && (!typedAnswer(q, c.p.Text, s) || setOffAfter(c.p.Text, eq, s)) {
			// "how high did the river get": "as high as the bakery's
			// window sills", where no figure says it; "as far away as
			// the port of Iquique", where the figure after it ("about
			// 280 kilometres to the north") is how far that port is
			return eq
		}
		return s
	}
	if s := e.equativeOf(q, c.p.Text); s.end > s.start {
		return s // "how bad was the flood": "as bad as the one of 1953"
	}
	return e.spanOther(q, c, anchors)
}

// equativeOf is equative of a passage's text, read on its memoised lower
// case; empty at once for a question that asks no degree.
func (e *Engine) equativeOf(q *question, text string) span {
	if !equativeAsked(q) {
		return span{}
	}
	return equative(q, text, e.asciiLowerPassage(text))
}

// setOffAfter reports whether span s of text stands right after span eq,
// set off by a comma alone: an apposition to eq's last phrase, which says
// what it is ("as far away as the port of Iquique, about 280 kilometres
// to the north": how far the port is).
func setOffAfter(text string, eq, s span) bool {
	return eq.end <= s.start && s.start <= len(text) && strings.TrimSpace(text[eq.end:s.start]) == ","
}

// typedAnswer reports whether s, the span a kind's own reader cut from
// text, gives what the question asks for, so that an equative ("as long
// as the strike lasts") does not stand in for it: for a measure ("how
// high", "how big"), a figure in it with the measure's unit ("40
// metres", not "two days"); for any other kind ("how long", a length, a
// duration or a date), whatever the reader found.
func typedAnswer(q *question, text string, s span) bool {
	if s.end <= s.start || s.end > len(text) {
		return false
	}
	if q.kind != KindHowMany || q.measure == "" {
		return true
	}
	for _, n := range numberRE.FindAllStringIndex(text[s.start:s.end], -1) {
		if measuredBy(q, text, span{s.start + n[0], s.start + n[1]}) {
			return true
		}
	}
	return false
}
