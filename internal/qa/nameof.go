// "What is X called": the name a passage gives a noun.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// nameOf returns the noun whose name a question asks for, analysed and as
// typed ("what is the X called" asks it too): the
// last word after "name of" before a verb, a preposition or a relative
// ("what's the name of Calama's main *hospital*", "… of the *church* that
// lost its tower"); "" when the question asks no name.
func (e *Engine) nameOf(words []string) (string, string) {
	at := slices.Index(words, "name")
	if at < 0 {
		at = slices.Index(words, "names") // "whats the names of the taxi drivers daughters"
	}
	if at > 0 && at+1 == len(words) && possessive(words[at-1]) {
		// "the lil girls name", "the dog's name": the noun before, its
		// possessive (its apostrophe often left out)
		head := unpossessed(words[at-1])
		if head == words[at-1] {
			head = singularOf(strings.TrimRight(head, "'’")) // "girls", "girls'"
		}
		return termOf(e, head), head
	}
	if n := len(words); n >= 3 && strings.TrimRight(words[n-1], "?!.") == "called" && (words[0] == "what" || words[0] == "whats" || words[0] == "what's") {
		// "whats the stadium called": the name of the noun before
		if head := unpossessed(words[n-2]); !lexicon.IsFunctionWord(head) && !auxiliaries[head] {
			return termOf(e, head), head
		}
	}
	if at < 0 || at+2 >= len(words) || words[at+1] != "of" {
		return "", ""
	}
	head := ""
	rest := words[at+2:]
	for i, w := range rest {
		if w == "the" || w == "a" || w == "an" || w == "this" || i == 0 && w == "that" {
			continue
		}
		if auxiliaries[w] || stopLike[w] || prepositions[w] || lexicon.IsFunctionWord(w) || i > 0 && pastVerb(w) || strings.ContainsAny(w, "'’") && !strings.HasSuffix(w, "s") || i > 0 && (relativeOpeners[w] || relativeOpeners[unpossessed(w)] && w != unpossessed(w)) {
			break // "that lost its tower", "they rescued", "in Europe", "they're using", "where bodies were found"
		}
		if head != "" && i+1 < len(rest) && pastVerb(rest[i+1]) {
			break // "the stadium *families* slept in": the subject of a clause that describes it
		}
		head = w
	}
	if head == "" {
		return "", ""
	}
	head = unpossessed(head)
	return termOf(e, head), head
}

// namedAs is, for "what is the X called", the name a passage gives X as
// nameFor finds it for "what's the name of X" ("the Zorros del Desierto
// stadium"), where no quotation names it.
func (e *Engine) namedAs(q *question, c *cand) (span, bool) {
	if q.nameOf != "" {
		return span{}, false // (a who question's, looked for already)
	}
	nq := *q
	nq.nameOf, nq.nameWord = e.nameOf(q.words)
	if nq.nameOf == "" {
		return span{}, false
	}
	return e.nameFor(&nq, c)
}

// nameFor finds the name a passage gives the noun a "name of X" question
// asks about: a name the question does not give, near that noun, that
// names no other kind of thing ("El Loa airport", "the Atacama Desert" for
// a hospital; but "the Zorros del Desierto stadium" for a stadium), is no
// known place unless a place is asked for, and is a person's where a
// person is ("the girl, identified … as Antonia").
func (e *Engine) nameFor(q *question, c *cand) (span, bool) {
	text := c.p.Text
	kinds := e.sameKind(q)
	var heads []index.Token
	for _, tok := range c.toks {
		if slices.Contains(kinds, tok.Term) && !ownerAt(text, tok.Start, tok.End) {
			heads = append(heads, tok)
		}
	}
	person := meansPerson(q.nameWord)
	var found []span
	for _, n := range e.freeSpans(q, text, e.names(text)) {
		name := text[n.start:n.end]
		near := false
		for _, h := range heads {
			lo, hi := min(h.End, n.end), max(h.Start, n.start)
			// the noun within the name ("the Carlos Cisternas Hospital") is
			// as near as can be
			near = near || lo > hi || wordCount(text[lo:hi]) <= nameReach
		}
		if lw := strings.ToLower(name); !near || notPeople[lw] || !strings.Contains(name, " ") && (isDemonym(name) || lexicon.IsWord(lw) && !lexicon.IsName(lw)) {
			continue // a day, a nationality ("the Spanish team"), a word capitalised to open a sentence ("Rescuers"): no one's name
		}
		if apposed(text, n, heads) {
			// "The Corvina Star, a 229-metre vessel", "the vessel
			// Northern Dawn": the passage says what the name names,
			// whatever its last word means
			found = append(found, n)
			continue
		}
		// the kind of thing the name names: its own last word ("Desert"),
		// or the noun right after it ("El Loa airport")
		kind := ""
		if f := strings.Fields(name); len(f) > 1 && commonWord(strings.ToLower(f[len(f)-1])) {
			kind = f[len(f)-1]
		}
		if person && e.personLike(name) {
			kind = "" // "Daniel Fox" is a person's name, whatever "fox" means
			if after := e.nounAfter(text, n); after != "" && !meansPerson(after) {
				continue // "the Orchard Lane care home": a home's name, no woman's
			}
		} else if after := e.nounAfter(text, n); after != "" {
			// a noun that ends the phrase ("El Loa airport, where …",
			// "the Orchard Lane care home"), not a verb that goes on
			// ("Trufa found four people")
			kind = after
		}
		switch {
		case kind != "" && slices.Contains(kinds, termOf(e, kind)):
			// "El Loa airport" for the airport's name
		case kind != "", e.isPlace(name) && !whereNouns[q.nameWord], person && (!e.personLike(name) || e.namesThing(name)):
			continue
		case locatedAt(text, n.start) && !whereNouns[q.nameWord]:
			continue // "donors in Santiago", "in central Calama": where, not what it is called
		case !person && (speaking(text, n) || attributedTo(text, n)):
			continue // "… in this stadium,” said Quispe", "according to the shipping consultancy Kestrel Analytics": who spoke is no thing's name
		case !person && ledBy(text, n.start, "by"):
			continue // "The ship is insured by the Nordic Shipowners' Mutual": who acts on it is no name of it
		}
		found = append(found, n)
	}
	if len(found) == 0 {
		return span{}, false
	}
	var at []span
	for _, h := range heads {
		at = append(at, span{h.Start, h.End})
	}
	return nearest(found, at), true
}

// apposed reports whether name n of text stands in apposition to one of
// the nouns heads: the noun in a phrase right after it, set off by a comma
// and an article ("The Corvina Star, a 229-metre vessel"), or right before
// it after an article ("the vessel Northern Dawn").
func apposed(text string, n span, heads []index.Token) bool {
	for _, h := range heads {
		if w := text[h.Start:h.End]; possessiveAt(text, h.End) || endsGenitive(w) {
			continue // "Thessaly Maritime, the ship's owner": the owner's name, not the ship's
		}
		if h.Start >= n.end {
			between := text[n.end:h.Start]
			f := strings.Fields(between)
			if strings.HasPrefix(between, ", ") && len(f) >= 2 && (f[1] == "a" || f[1] == "an" || f[1] == "the") && !strings.ContainsAny(between[1:], ",;.") && len(f) <= nameReach {
				return true
			}
		}
		if h.End <= n.start && strings.TrimSpace(text[h.End:n.start]) == "" {
			if before, _ := precedingWord(text, h.Start); before != "" && lexicon.IsFunctionWord(strings.ToLower(before)) {
				return true // "the vessel Northern Dawn", "its tanker Maria"
			}
		}
	}
	return false
}

// sameKind are the analysed words a passage may call the thing a "name
// of X" question asks about: X, its synonyms and spellings, and the
// articles' words GloVe puts as near as another word for it ("vessel" for
// "ship", "village" for "town"; sameKindSim).
func (e *Engine) sameKind(q *question) []string {
	kinds := []string{q.nameOf}
	for kt := range q.terms {
		t := &q.terms[kt]
		if t.term != q.nameOf {
			continue
		}
		kinds = append(kinds, t.alts...)
		for _, a := range t.soft {
			if a.w >= softScale*sameKindSim {
				kinds = append(kinds, a.term)
			}
		}
	}
	return kinds
}

// sameKindSim is the least GloVe similarity at which two nouns name the
// same kind of thing ("ship" and "vessel" 0.92, "boat" 0.83), above
// softMin's related words ("ship" and "cargo" 0.79, "crew" 0.74).
const sameKindSim = 0.8

// nounAfter is the lower-case noun right after name n of text that says
// what it names ("El Loa airport", "the Orchard Lane care home": home),
// or "".
func (e *Engine) nounAfter(text string, n span) string {
	rest := text[n.end:]
	if !strings.HasPrefix(rest, " ") || isCapital(strings.TrimSpace(rest)) {
		return ""
	}
	next, after := nextWord(rest)
	then, after2 := nextWord(after)
	third, _ := nextWord(after2)
	noun := func(w string) bool {
		return isLetters(w) && !lexicon.IsFunctionWord(w) && !pastVerb(w) && !lexicon.IsVerb(w)
	}
	ends := strings.HasSuffix(next, ".") || strings.HasPrefix(strings.TrimLeft(rest, " "), next+",") // "El Loa airport, where …"
	next, then = strings.TrimRight(next, "."), strings.TrimRight(then, ".")
	switch {
	case !noun(next):
		return ""
	case ends || then == "" || lexicon.IsFunctionWord(then) || pastVerb(then):
		return next
	case noun(then) && !isCapital(strings.TrimSpace(after)) && (third == "" || lexicon.IsFunctionWord(third) || pastVerb(third) || strings.HasPrefix(strings.TrimLeft(after, " "), then+",") || strings.HasPrefix(strings.TrimLeft(after, " "), then+".")):
		return then // "the Orchard Lane care home": a home
	}
	return ""
}

// relativeOpeners open a clause that describes the noun before them ("the
// village *where* bodies were found").
var relativeOpeners = wordSet("where which who whom whose when that")

// nameReach is how many words may stand between a noun and the name that
// gives it ("The girl, identified by firefighters only as Antonia").
const nameReach = 6

// locatedAt reports whether the name at byte at of text is where
// something is: a locative preposition one or two words before it ("in
// Santiago", "in central Calama").
func locatedAt(text string, at int) bool {
	return prepBefore(text, at, placePreps)
}

// prepBefore reports whether one of preps stands one or two words before
// byte at of text.
func prepBefore(text string, at int, preps map[string]bool) bool {
	for _, w := range lastFieldsLower(text[:at], 2) {
		if preps[strings.Trim(w, ",;:“”\"'")] {
			return true
		}
	}
	return false
}
