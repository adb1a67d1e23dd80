// "Who said X": the speaker of a quotation.

package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
	"github.com/summitbot/summitbot/internal/lexicon"
)

// saidWindow answers "who said X" with the speaker and the quoted words
// that say X, as the passage has them, where both fit a short answer:
// "“Not everyone is ready,” Zelenskyy said", "Kushner called the Paris
// meeting “a very, very, big milestone”"; the words asked about show who
// said them. The span of c's passage from the speaker's name to the last
// of the question's words a quotation of it holds (or from the first to
// the name), any quotation it cuts kept whole; empty where the name is not
// in the passage, no quotation holds a question word, or the window runs
// past a dozen words.
func (e *Engine) saidWindow(q *question, c *cand, who string) span {
	text := c.p.Text
	at := strings.Index(text, who)
	if at < 0 {
		return span{}
	}
	name := span{at, at + len(who)}
	quoted := func(tok index.Token) bool {
		return slices.ContainsFunc(c.a.Quotes, func(qu corpus.Quote) bool {
			return qu.Start <= c.p.Start+tok.Start && c.p.Start+tok.End <= qu.End
		})
	}
	c.lookUp(q)
	var words []index.Token // the question's words the passage holds, past the name and the verbs of saying
	for _, th := range c.hits {
		tok := c.toks[th.k]
		if tok.Start >= name.start && tok.End <= name.end || lexicon.IsSayingVerb(strings.ToLower(text[tok.Start:tok.End])) {
			continue
		}
		words = append(words, tok)
	}
	// the words said, in the speaker's words: where the passage only
	// reports them ("Witkoff praised Starmer as incredible"), the name
	// alone answers
	words = slices.DeleteFunc(words, func(tok index.Token) bool { return !quoted(tok) })
	if len(words) == 0 {
		return span{}
	}
	w := name
	for _, tok := range words {
		w.start, w.end = min(w.start, tok.Start), max(w.end, tok.End)
	}
	w = quotationWhole(text, wholeWords(text, w))
	if wordsOver(text[w.start:w.end], maxShortWords) || shortText(text[w.start:w.end]) != text[w.start:w.end] {
		return span{}
	}
	return w
}

// quotationWhole widens s of text to take whole a quotation it cuts: back
// to the opening mark of one it closes, on to the closing mark of one it
// opens.
func quotationWhole(text string, s span) span {
	seg := text[s.start:s.end]
	if o, cl := strings.LastIndex(seg, "“"), strings.LastIndex(seg, "”"); o > cl {
		if i := strings.Index(text[s.end:], "”"); i >= 0 {
			s.end += i + len("”")
		}
	} else if o, cl := strings.Index(seg, "“"), strings.Index(seg, "”"); cl >= 0 && (o < 0 || cl < o) {
		if i := strings.LastIndex(text[:s.start], "“"); i >= 0 {
			s.start = i
		}
	}
	if strings.Count(text[s.start:s.end], "\"")%2 == 1 {
		// straight marks: an even number before s means the one in it opens
		if strings.Count(text[:s.start], "\"")%2 == 0 {
			if i := strings.Index(text[s.end:], "\""); i >= 0 {
				s.end += i + 1
			}
		} else if i := strings.LastIndex(text[:s.start], "\""); i >= 0 {
			s.start = i
		}
	}
	return s
}

// quotationSpeaker is the speaker of the quotation in c's passage that
// holds the question's words (most of those a quotation there holds), as
// the passage names him ("Fuenzalida"), or "".
func (e *Engine) quotationSpeaker(q *question, c *cand) string {
	best, bestN := "", 0
	for _, qu := range c.a.Quotes {
		if qu.Speaker == "" || !slices.Contains(qu.Passages, c.p.Seq) {
			continue
		}
		n := 0
		for _, t := range e.analyze(qu.Text) {
			if q.has(t.Term) && !lexicon.IsSayingVerb(strings.ToLower(qu.Text[t.Start:t.End])) {
				n++
			}
		}
		if n > bestN {
			best, bestN = qu.Speaker, n
		}
	}
	if best == "" {
		return ""
	}
	// as the passage names the speaker: the surname it uses, if it does
	for _, part := range slices.Backward(strings.Fields(best)) {
		if strings.Contains(c.p.Text, part) {
			return part
		}
	}
	return best
}

// asksWhoSaid reports whether a "who" question asks who said something:
// its verb, right after "who", is a verb of saying ("who said …", "who
// called Starmer incredible").
func asksWhoSaid(q *question) bool {
	w := q.words
	return len(w) > 1 && w[0] == "who" && saysSaid(w[1])
}

// pronounVerbs are the verbs of saying a pronoun speaker goes with: "he
// said", "she added".
var pronounVerbs = wordSet("said says added adds told noted stressed warned insisted wrote")

// pronounSpeaker reports whether a sentence gives its speaker as a
// pronoun, named in a sentence before: "“…,” he said.", "…, said she." It
// runs on every candidate: it looks only around each "he" that stands as
// a word ("he", "she"), and allocates nothing for most sentences.
func pronounSpeaker(s string) bool {
	if first, rest := nextWord(s); first == "he" || first == "she" {
		if next, _ := nextWord(rest); pronounVerbs[next] {
			return true // "He said that …"
		}
	}
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "he")
		if j < 0 {
			return false
		}
		at, end := i+j, i+j+2
		i = end
		start := at
		if start > 0 && s[start-1] == 's' {
			start-- // "she"
		}
		if start > 0 && isLetterByte(s[start-1]) || end < len(s) && isLetterByte(s[end]) {
			continue // "the", "when", "ashes"
		}
		if next, _ := nextWord(s[end:]); pronounVerbs[strings.TrimRight(next, ".!?")] {
			return true // "he said"
		}
		if w := lastWord(s[:start]); w == "said" || w == "added" {
			return true // "said she"
		}
	}
	return false
}
