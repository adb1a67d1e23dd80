// Quoting an article's facts: datelines, subheads, bylines and dates.

package qa

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/summitbot/summitbot/corpus"
)

// dateline returns an article's first body passage when it opens with a
// wire-style dateline, and datelineRE's submatch indices in it.
func dateline(a *corpus.Article) (corpus.Passage, []int, bool) {
	for _, p := range a.Passages {
		if p.Kind == corpus.KindBody {
			m := datelineRE.FindStringSubmatchIndex(p.Text)
			return p, m, m != nil
		}
	}
	return corpus.Passage{}, nil, false
}

// datelineEnd is where the wire-style dateline that opens text ends, its
// dash and space included; -1 when text opens with none.
func datelineEnd(text string) int {
	if len(text) < 2 || text[0] < 'A' || text[0] > 'Z' || !datelineSecond(text[1:]) {
		return -1 // (most passages: no expression run)
	}
	if m := datelineRE.FindStringIndex(text); m != nil {
		return m[1]
	}
	return -1
}

// datelineSecond reports whether rest, a text past its first capital,
// goes on as datelineRE's place must: a capital, or a full stop, an
// apostrophe, a space or a hyphen of a place's name in capitals. A
// sentence goes on in lower case ("The", "Crews"), and is told without the
// expression.
func datelineSecond(rest string) bool {
	c := rest[0]
	return c >= 'A' && c <= 'Z' || c == '.' || c == '\'' || c == ' ' || c == '-' || strings.HasPrefix(rest, "’")
}

// datelineRE is a wire-style dateline opening a story: the place in
// capitals (and its country), then perhaps a date and the outlet, then a
// dash: "CALAMA, Chile (Andes Wire) —", "SANTIAGO, March 12 (Relief
// Monitor) -", "KESTREL FALLS, B.C. —" (a state's or province's initials).
var datelineRE = regexp.MustCompile(`^([A-Z][A-Z.'’ -]*[A-Z](?:, [A-Z][a-z]+(?: [A-Z][a-z]+)*|, (?:[A-Z]\.){2,3})?)(?:, [A-Z][a-z]+\.? \d{1,2})?(?: \([^)]*\))? [—–-] `)

// subheads answers with the section subheads of the articles asked about,
// quoted together as the article's outline (outlineHit) and each an item,
// all of them as the short answer, as any list is; "does not say" when
// they have none.
func (e *Engine) subheads(q *question, arts []*corpus.Article, ans Answer) Answer {
	if len(arts) != 1 {
		return ans // which article's sections is not clear
	}
	heads := passagesOf(arts[0], corpus.KindSubhead)
	if h, ok := outlineHit(arts[0], heads); ok && len(h.Passages) == len(heads) {
		ans.Passages = append(ans.Passages, h)
		for _, p := range h.Passages {
			ans.Items = append(ans.Items, Item{Text: p.Text, Passage: len(ans.Passages) - 1})
		}
	} else {
		// headings too long, or too many, to quote together: each its
		// own passage
		for _, p := range heads[:min(len(heads), MaxPassages)] {
			ans.Items = append(ans.Items, Item{Text: p.Text, Passage: len(ans.Passages)})
			ans.Passages = append(ans.Passages, Hit{Article: arts[0], Passages: []corpus.Passage{p}, Text: p.Text, Score: 1})
		}
	}
	if len(ans.Passages) > 0 {
		ans.Answered = true
		ans.Sources = []string{arts[0].ID}
		texts := make([]string, len(ans.Items))
		for i, it := range ans.Items {
			texts[i] = it.Text
		}
		ans.Short = joinItems(texts)
		if q.kind == KindHowMany {
			// "how many subheads does the framework article have": the
			// sections counted, each cited
			ans.Short = strconv.Itoa(len(ans.Items)) + " sections"
			if len(ans.Items) == 1 {
				ans.Short = "1 section"
			}
			ans.Items = nil
		}
	}
	return ans
}

// outlineSep stands between the headings an outline quotes.
const outlineSep = " · "

// outlineHit quotes an article's headings together, in their order, as
// its outline: one passage that holds every one, which a list of sections
// asks for, where each apart would hold one. Each heading is verbatim;
// outlineSep stands for the text between them. The headings that fit
// within a passage's bounds, in order (a heading that holds outlineSep
// itself is left out, as it would read as two); false for none.
func outlineHit(a *corpus.Article, heads []corpus.Passage) (Hit, bool) {
	h := Hit{Article: a, Score: 1}
	for _, p := range heads {
		if strings.Contains(p.Text, strings.TrimSpace(outlineSep)) {
			continue
		}
		text := p.Text
		if h.Text != "" {
			text = h.Text + outlineSep + p.Text
		}
		if len(text) > maxPassageBytes {
			break
		}
		h.Text = text
		h.Passages = append(h.Passages, p)
	}
	return h, len(h.Passages) > 0
}

// isOutline reports whether h quotes its passages as an outline
// (outlineHit): their texts, in order, joined by outlineSep.
func isOutline(h Hit) bool {
	if len(h.Passages) < 2 {
		return false
	}
	texts := make([]string, len(h.Passages))
	for i, p := range h.Passages {
		texts[i] = p.Text
	}
	return h.Text == strings.Join(texts, outlineSep)
}

// factsHit is what an article states about itself, as one line to quote:
// its headline, outlet, author, date and link, those it states. It is the
// one Hit that quotes no sentence (its Passages are empty): the byline and
// the rest stand above an article's text, not in it.
func factsHit(a *corpus.Article) Hit {
	var parts []string
	if a.Headline != "" {
		parts = append(parts, a.Headline)
	}
	// the date written out, and as the front matter and the citation
	// give it: a reader may look for either ("2026-05-19")
	if by := byline(a, true); by != "" {
		parts = append(parts, by)
	}
	if a.URL != "" {
		parts = append(parts, a.URL)
	}
	text := strings.Join(parts, " — ")
	if text == "" {
		text = a.Title()
	}
	return Hit{Article: a, Text: cutAtWord(text, maxPassageBytes), Score: 1}
}

// byline is the part of an article's facts that gives its outlet, author
// and date, those it states: "The Pacific Ledger, by Diego Salinas,
// published 11 March 2026"; with iso, the front matter's date follows the
// date written out (" (2026-03-11)").
func byline(a *corpus.Article, iso bool) string {
	by := origin(a)
	if a.Published != "" {
		long := longDate(a.Published)
		pub := "published " + long
		if iso && long != a.Published {
			pub += " (" + a.Published + ")"
		}
		by = append(by, pub)
	}
	return strings.Join(by, ", ")
}

// origin is where an article came from, as its facts give it: its outlet
// and "by" its author, those it states.
func origin(a *corpus.Article) []string {
	var by []string
	if a.Outlet != "" {
		by = append(by, a.Outlet)
	}
	if a.Author != "" {
		by = append(by, "by "+a.Author)
	}
	return by
}

// datedBoth writes a YYYY-MM-DD date out with the date as the article
// states it after it, as its citation does ("7 January 2026
// (2026-01-07)"): the words to read, the form to search for; other text
// is returned as it is.
func datedBoth(d string) string {
	if long := longDate(d); long != d {
		return long + " (" + d + ")"
	}
	return d
}

// longDate writes a YYYY-MM-DD date out ("10 March 2026"); other text is
// returned as it is.
func longDate(d string) string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return d
	}
	return t.Format("2 January 2006")
}

// joinItems writes a list as people do: "A", "A and B", "A, B and C";
// "A, a; B; and C" when an item has a comma of its own.
func joinItems(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	sep, and := ", ", " and "
	for _, it := range items {
		if strings.Contains(it, ",") {
			// items with commas of their own are told apart by semicolons
			sep, and = "; ", "; and "
			break
		}
	}
	return strings.Join(items[:len(items)-1], sep) + and + items[len(items)-1]
}
