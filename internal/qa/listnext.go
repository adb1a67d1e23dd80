// Lists announced by the top sentence and given in the sentences after it, or after a colon.

package qa

import (
	"strings"

	"github.com/summitbot/summitbot/corpus"
)

// announcedList is, for a list question whose top sentence names the
// things asked for (a plural noun of the question) but lists none of
// them, the list that one of the next sentences of its paragraph
// (announceReach at most) gives after a colon, and that sentence: the
// colon announces what follows as the items of what was just named ("…
// the coalition has substantive documents. These are not just words.
// There is concrete content: a joint declaration by all the coalition
// countries and a trilateral declaration by France, Britain, and
// Ukraine"). The list runs from the colon to the end of its clause (a
// closing quotation mark, a semicolon or the sentence's stop) and is
// coordinated ("and", "or"). ok is false where there is none. (That top
// lists none of them itself is its caller's to know: gatherList asks
// bestList once.)
func (e *Engine) announcedList(q *question, top *cand) (at corpus.Passage, list string, ok bool) {
	if top.a == nil || !namesPluralAsked(q, top) {
		return corpus.Passage{}, "", false
	}
	p := top.p
	for range announceReach {
		next, ok := nextInParagraph(top.a, &p)
		if !ok {
			break
		}
		if list := listAfterColon(next.Text); list != "" {
			return next, list, true
		}
		p = next
	}
	return corpus.Passage{}, "", false
}

// announceReach is how many sentences past the one that names them
// announcedList looks for their list: a sentence of comment may stand
// between ("These are not just words."), a paragraph's later sentences go
// on to other things.
const announceReach = 2

// showAnnounced makes h show the sentence of the list announcedList found
// with the sentence before it (the top one, or the one between), as a
// pair that fits; it reports whether it did.
func showAnnounced(h *Hit, a *corpus.Article, at corpus.Passage) bool {
	if at.Seq < 1 {
		return false
	}
	return showPair(h, a, a.Passages[at.Seq-1], at)
}

// namesPluralAsked reports whether candidate c holds a plural noun of the
// question, or its synonym (matchesPlural): the things asked for, named.
func namesPluralAsked(q *question, c *cand) bool {
	for _, tok := range c.toks {
		if matchesPlural(q, tok.Term) {
			return true
		}
	}
	return false
}

// listAfterColon is the coordinated list a colon of text opens, to the end
// of its clause: past the first colon a space follows, up to a closing
// quotation mark, a semicolon or the end, its last stop, an attribution
// after a comma ("…, Ruiz said") and dangling words trimmed; "" when text
// has no such colon, or what follows it joins nothing with "and" or "or"
// (a colon also opens a quotation or a single thing).
func listAfterColon(text string) string {
	at := strings.Index(text, ": ") // a colon with no space after it is a figure's, "10:30", "3:1"
	if at < 0 {
		return ""
	}
	rest := text[at+1:]
	if end := strings.IndexAny(rest, "”\";"); end >= 0 {
		rest = rest[:end]
	}
	rest = strings.TrimRight(strings.TrimSpace(rest), ".,")
	if i := strings.LastIndex(rest, ", "); i >= 0 && attributionOnly(rest[i+2:]) {
		rest = rest[:i] // "…: a berth and a market, Ruiz said": who said the list, no item of it
	}
	if !strings.Contains(rest, " and ") && !strings.Contains(rest, " or ") {
		return ""
	}
	if strings.HasPrefix(rest, "“") {
		return "" // a quotation the colon opens (a straight quote cut rest above)
	}
	return trimDangling(rest)
}

// listItems cuts a coordinated list at its own separators: the commas
// before its conjunction and the conjunction ("and", "or"), which stands
// before the last item. All that follows the conjunction is that last
// item, commas and all: "a joint declaration by all the coalition
// countries and a trilateral declaration by France, Britain, and
// Ukraine" is two declarations, the second with a list of its own. The
// first conjunction is taken, so a first item with an "and" of its own is
// cut inside it ("fish and chips, burgers, and salads", "Bosnia and
// Herzegovina, Serbia and Croatia"): the two readings are alike on the
// surface, and this one keeps the longer last item whole. It sets only
// the answer's items, not its short answer; splitItems and coordinations
// cut at every conjunction, which would break the last item.
func listItems(list string) []string {
	at, n := len(list), 0
	for _, conj := range []string{" and ", " or "} {
		if i := strings.Index(list, conj); i >= 0 && i < at {
			at, n = i, len(conj)
		}
	}
	if n == 0 {
		return nil
	}
	var items []string
	for _, it := range strings.Split(strings.TrimSuffix(list[:at], ","), ", ") {
		if it = strings.TrimSpace(it); it != "" {
			items = append(items, it)
		}
	}
	if last := strings.TrimSpace(list[at+n:]); last != "" {
		items = append(items, last)
	}
	return items
}
