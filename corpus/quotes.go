package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteSpan is a quotation found in a block: the words between the marks.
type quoteSpan struct {
	open, start, end, close int // byte offsets in the block: mark, words, words end, past closing mark
	// continued is true for a quotation the block leaves open, as news
	// style does when a quotation runs on into the next paragraph, which
	// opens with a quotation mark again
	continued bool
}

// findQuotes returns the quotations in a block of text, outermost first and
// in order: double quotes (straight or curly) and single quotes (straight or
// curly, told apart from apostrophes by what stands around them). A quotation
// inside another is returned too, after its container.
//
// findQuotes(text) finds those the block closes; findQuotesRunOn(text,
// true) also the one a double quotation mark opens and the block leaves
// open, when the next block runs it on.
func findQuotes(text string) []quoteSpan { return findQuotesRunOn(text, false) }

func findQuotesRunOn(text string, runsOn bool) []quoteSpan {
	var out []quoteSpan
	var stack []quoteSpan
	var kinds []rune // the opening mark's family: '"' or '\''
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		family := rune(0)
		opening, closing := false, false
		switch r {
		case '“':
			family, opening = '"', true
		case '”':
			family, closing = '"', true
		case '"':
			family = '"'
			if len(kinds) > 0 && kinds[len(kinds)-1] == '"' {
				closing = true
			} else {
				opening = true
			}
		case '‘':
			family, opening = '\'', true
		case '’', '\'':
			family = '\''
			wordBefore := unicode.IsLetter(prev) || unicode.IsDigit(prev)
			wordAfter := unicode.IsLetter(next) || unicode.IsDigit(next)
			switch {
			case wordBefore && wordAfter: // an apostrophe: Ukraine’s, don't
			case len(kinds) > 0 && kinds[len(kinds)-1] == '\'' && !wordAfter:
				closing = true
			case r == '\'' && !wordBefore && wordAfter:
				opening = true
			}
		}
		switch {
		case opening:
			stack = append(stack, quoteSpan{open: i, start: i + n})
			kinds = append(kinds, family)
		case closing && len(kinds) > 0:
			// close the innermost open quotation of this family
			for k := len(kinds) - 1; k >= 0; k-- {
				if kinds[k] != family {
					continue
				}
				q := stack[k]
				q.end, q.close = i, i+n
				if strings.TrimSpace(text[q.start:q.end]) != "" {
					out = append(out, q)
				}
				stack, kinds = stack[:k], kinds[:k]
				break
			}
		}
		i += n
	}
	// a double quotation left open at the end of the block, the next one
	// opening with a mark: the quotation runs on ("“We will rebuild. ¶
	// “Every family …,” she said.")
	if runsOn {
		for k := range kinds {
			if kinds[k] != '"' {
				continue
			}
			q := stack[k]
			q.end, q.close, q.continued = len(strings.TrimRight(text, " \t")), len(text), true
			if strings.TrimSpace(text[q.start:q.end]) != "" {
				out = append(out, q)
			}
			break
		}
	}
	// outermost first: sort by opening offset, containers before contents
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].open < out[j-1].open; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// extractQuotes finds every quotation in an article and attributes a speaker.
func extractQuotes(a *Article) []Quote {
	var quotes []Quote
	var runOn []int // quotations that run on into the next block
	names := articleNames(a)
	var recent []blockSpeakers // speakers by block, most recent last
	blocks := blocksOf(a)
	for bi, b := range blocks {
		if b.kind == KindHeadline || b.kind == KindSubhead {
			recent = append(recent, blockSpeakers{})
			continue
		}
		text := a.Text[b.start:b.end]
		runsOn := bi+1 < len(blocks) && blocks[bi+1].kind == b.kind && opensQuoted(a.Text[blocks[bi+1].start:blocks[bi+1].end])
		spans := findQuotesRunOn(text, runsOn)
		var said []string // attributed speakers in this block, in order
		for _, q := range spans {
			cur := blockSpeakers{
				speakers: said,
				subjects: speechSubjects(blankQuotes(text[:q.open], spans, 0), names, recent),
				first:    firstPerson(text[:q.open], names),
			}
			speaker := attribute(text, q, spans, names, recent, &cur)
			if speaker == "" && len(said) > 0 && sentenceInitial(text, q) {
				speaker = said[len(said)-1] // a continuation: “…,” he said. “…”
			}
			if speaker != "" {
				said = append(said, speaker)
			}
			start, end := b.start+q.start, b.start+q.end
			words := strings.TrimSpace(a.Text[start:end])
			start += strings.Index(a.Text[start:end], words)
			words = strings.TrimRight(words, ",")
			end = start + len(words)
			quotes = append(quotes, Quote{
				Article: a.ID, Text: words, Speaker: speaker, SpeakerTitle: names.described(speaker),
				Start: start, End: end, Passages: passagesOver(a, start, end),
			})
			if q.continued {
				runOn = append(runOn, len(quotes)-1)
			}
		}
		recent = append(recent, blockSpeakers{
			speakers: said,
			subjects: speechSubjects(blankQuotes(text, spans, 0), names, recent),
			first:    firstPerson(text, names),
		})
	}
	// a quotation that runs on is said by whoever says its continuation,
	// the next quotation, attributed at its end ("…,” she said.")
	for k := len(runOn) - 1; k >= 0; k-- {
		i := runOn[k]
		if i+1 < len(quotes) && quotes[i].Speaker == "" {
			quotes[i].Speaker, quotes[i].SpeakerTitle = quotes[i+1].Speaker, quotes[i+1].SpeakerTitle
		}
	}
	return quotes
}

// opensQuoted reports whether a block opens with a double quotation mark.
func opensQuoted(block string) bool {
	return strings.HasPrefix(block, "“") || strings.HasPrefix(block, "\"")
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// sentenceInitial reports whether quotation q opens its sentence.
func sentenceInitial(text string, q quoteSpan) bool {
	s, _ := sentenceAround(text, q.open, q.close)
	return strings.TrimSpace(text[s:q.open]) == ""
}

type blockRange struct {
	index, start, end int
	kind              Kind
}

func blocksOf(a *Article) []blockRange {
	var out []blockRange
	for _, p := range a.Passages {
		if n := len(out); n > 0 && out[n-1].index == p.Block {
			out[n-1].end = p.End
			continue
		}
		out = append(out, blockRange{p.Block, p.Start, p.End, p.Kind})
	}
	return out
}

func passagesOver(a *Article, start, end int) []int {
	var seqs []int
	for _, p := range a.Passages {
		if p.Start < end && start < p.End {
			seqs = append(seqs, p.Seq)
		}
	}
	return seqs
}

// blockSpeakers remembers who spoke and who was named in one block, to
// resolve "he said" in that block or the next.
type blockSpeakers struct {
	speakers []string // attributed speakers of quotations, in order
	subjects []string // people named as subject of a speech verb, in order
	first    string   // the first person named in the block
}

// attribute finds the speaker of quotation q in a block.
func attribute(text string, q quoteSpan, all []quoteSpan, names nameIndex, recent []blockSpeakers, cur *blockSpeakers) string {
	sStart, sEnd := sentenceAround(text, q.open, q.close)
	pre := blankQuotes(text[sStart:q.open], all, sStart)
	post := blankQuotes(text[q.close:sEnd], all, q.close)

	resolve := func(who string) string {
		switch {
		case strings.HasPrefix(who, titleKey):
			// "the foreign minister said": the one the article so titles
			title := strings.TrimPrefix(who, titleKey)
			if full := names.titled(title); full != "" {
				return full
			}
			if full := names.titled(lastWord(title)); full != "" {
				return full
			}
			return "the " + title
		case isPronoun(who):
			return resolvePronoun(cur, recent)
		case isGroup(who):
			return who // "the allies"
		}
		return names.full(who)
	}
	// 1. A speech verb before the quotation: its subject said it.
	if who, ok := subjectOfLastVerb(pre); ok {
		return resolve(who)
	}
	// 2. "…," X said / said X / he added, after the quotation.
	if who, ok := speakerAfter(post); ok {
		return resolve(who)
	}
	// 3. "According to X, … “…”".
	if who := accordingTo(tokenize(pre)); who != "" {
		return resolve(who)
	}
	// 4. A sentence whose subject is a pronoun or a name, with no verb of
	// saying: "He went on to the US “for …”".
	if who := leadingSubject(pre); who != "" { // a pronoun: leadingSubject returns no other
		return resolve(who)
	}
	return ""
}

func resolvePronoun(cur *blockSpeakers, recent []blockSpeakers) string {
	if n := len(cur.speakers); n > 0 {
		return cur.speakers[n-1]
	}
	if n := len(cur.subjects); n > 0 {
		return cur.subjects[n-1]
	}
	if cur.first != "" {
		return cur.first
	}
	if n := len(recent); n > 0 {
		prev := recent[n-1]
		if k := len(prev.speakers); k > 0 {
			return prev.speakers[k-1]
		}
		if k := len(prev.subjects); k > 0 {
			return prev.subjects[k-1]
		}
		return prev.first
	}
	return ""
}

// sentenceAround returns the bounds of the sentences holding [from, to).
func sentenceAround(text string, from, to int) (int, int) {
	start, end := 0, len(text)
	for _, sp := range Sentences(text) {
		if sp[1] <= from {
			start = sp[1]
		}
		if sp[0] >= to && sp[0] < end {
			end = sp[0]
		}
	}
	return start, end
}

// blankQuotes replaces the quoted parts of s (which starts at offset base in
// the block) with spaces, so that names inside other quotations are not taken
// for speakers.
func blankQuotes(s string, all []quoteSpan, base int) string {
	b := []byte(s)
	for _, q := range all {
		for i := max(q.open, base); i < min(q.close, base+len(s)); i++ {
			b[i-base] = ' '
		}
	}
	return string(b)
}
