// "What does the photo show": the caption a question picks, by its words or by an ordinal.

package qa

import (
	"cmp"
	"slices"
	"strings"

	"github.com/summitbot/summitbot/corpus"
)

// captionAsked reports whether a question asks what a photo shows or what
// its caption says ("what does the photo of the search dog show", "whats
// the caption of the photo of witkoff", "describe the picture of the
// stadium"): a word for a photo or a caption, asked with "what" or
// "describe"; not who took it (its credit, meta) nor when (its date).
func captionAsked(q *question) bool {
	w := q.words
	if len(w) == 0 || !captionLeads[w[0]] {
		return false
	}
	at, _ := findCue(w, "meta-photo")
	caption := slices.ContainsFunc(w, func(x string) bool { return x == "caption" || x == "captions" })
	if at < 0 && !caption {
		return false
	}
	return !slices.ContainsFunc(w, func(x string) bool {
		return x == "photographer" || x == "photographers" || x == "took" || x == "taken" || x == "credit" || x == "credited" || whenNouns[x]
	})
}

// captionLeads open a question of what a photo shows.
var captionLeads = wordSet("what whats describe show tell")

// captionAnswer answers what a photo shows with the caption that holds
// most of the question's other words, names counting double (its first
// dozen words, the credit aside, for the short answer); every caption, in
// the articles' order, when
// the question names nothing of what is shown ("what do the photos
// show"); "does not say" when no caption holds any of them.
func (e *Engine) captionAnswer(q *question) Answer {
	ans := Answer{Question: q.text, Kind: KindMeta}
	type scored struct {
		a *corpus.Article
		p corpus.Passage
		s float64
	}
	var caps []scored
	nth := captionOrdinal(q.words)
	asked := false
	for kt := range q.terms {
		t := &q.terms[kt]
		if w := strings.ToLower(t.word); !metaWord(t.word) && !captionWords[w] && (nth == 0 || ordinals[w] == 0) {
			asked = true
		}
	}
	for _, a := range e.c.Articles {
		if !q.fromOutlet(a) {
			continue // "the first photo in the pacific ledger piece": its captions only
		}
		for _, p := range a.Passages {
			if p.Kind != corpus.KindCaption {
				continue
			}
			s := 0.0
			held := map[int]bool{}
			for _, tok := range e.analyze(p.Text) {
				for _, h := range q.lookup[tok.Term] {
					t := q.terms[h.i]
					if held[h.i] || metaWord(t.word) || getFold(captionWords, t.word) {
						continue
					}
					held[h.i] = true
					w := t.idf * h.w
					if t.entity {
						w *= 2
					}
					s += w
				}
			}
			if s > 0 || !asked {
				caps = append(caps, scored{a, p, s})
			}
		}
	}
	if nth != 0 && !asked {
		// "what does the first photo caption say", "the last pic": that
		// caption, by the articles' order
		i := nth - 1
		if nth < 0 {
			i = len(caps) + nth
		}
		if i < 0 || i >= len(caps) {
			return ans // "the fourth photo" of three
		}
		caps = caps[i : i+1]
		asked = true // its words are the short answer
	}
	if len(caps) == 0 {
		return ans
	}
	if asked && len(caps) > 1 {
		// the caption that holds most, the first of equals
		caps = []scored{slices.MaxFunc(caps, func(x, y scored) int { return cmp.Compare(x.s, y.s) })}
	}
	ans.Answered = true
	for _, c := range caps[:min(len(caps), MaxPassages)] {
		ans.Passages = append(ans.Passages, Hit{Article: c.a, Passages: []corpus.Passage{c.p}, Text: c.p.Text, Score: c.s})
		if !slices.Contains(ans.Sources, c.a.ID) {
			ans.Sources = append(ans.Sources, c.a.ID)
		}
	}
	if asked {
		text := ans.Passages[0].Text
		if m := creditRE.FindStringIndex(text); m != nil {
			text = strings.TrimSpace(text[:m[0]]) // the credit is who took it, not what it shows
		}
		if w := strings.Fields(text); len(w) > maxShortWords {
			text = trimDangling(strings.Join(w[:maxShortWords], " ")) // its first dozen words
		}
		if short := shortText(text); short != "" {
			setShort(&ans, short)
		}
	}
	return ans
}

// captionWords are the question's words that only ask for a caption.
var captionWords = wordSet("caption captions show shows showing describe say says")

// ordinals are the words that pick one of several by its place (-1: the
// last): "the first photo", "the 2nd pic".
var ordinals = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "last": -1, "final": -1}

// captionOrdinal is the place of the caption a question picks by an
// ordinal right before its word for a photo or a caption ("the first
// photo caption", "the last pic"), 0 when none does.
func captionOrdinal(words []string) int {
	for i := 0; i+1 < len(words); i++ {
		if n := ordinals[words[i]]; n != 0 {
			next := words[i+1]
			if at, _ := findCue(words[i+1:i+2], "meta-photo"); at == 0 || next == "caption" || next == "captions" {
				return n
			}
		}
	}
	return 0
}
