// "Who took the photos": the photographers named in the captions' credits.

package qa

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/summitbot/summitbot/corpus"
)

// creditRE is the photo credit closing a caption: "(AP Photo/Michel
// Euler)", "(Yoan Valat, Pool photo via AP)".
var creditRE = regexp.MustCompile(`\(([^()]+)\)\s*$`)

// photoCredits answers "who took the photos …" from the credits of the
// captions of the articles asked about, the captions that hold the
// question's other words first.
func (e *Engine) photoCredits(q *question, arts []*corpus.Article, ans Answer) Answer {
	type capt struct {
		h     Hit
		who   string
		score float64
	}
	var caps []capt
	for _, a := range arts {
		for _, p := range a.Passages {
			if p.Kind != corpus.KindCaption {
				continue
			}
			m := creditRE.FindStringSubmatch(p.Text)
			if m == nil {
				continue
			}
			// the credit as the caption prints it, agency and all ("AP
			// Photo/Michel Euler"): the name it credits, in the words the
			// article gives
			if creditedName(m[1]) == "" {
				continue
			}
			who := strings.TrimSpace(m[1])
			toks := map[string]bool{}
			for _, t := range e.analyze(p.Text) {
				toks[t.Term] = true
			}
			s := 0.0
			for kt := range q.terms {
				t := &q.terms[kt]
				if toks[t.term] && !metaWord(t.word) {
					s += t.idf
				}
			}
			at := strings.Index(p.Text, who)
			caps = append(caps, capt{Hit{Article: a, Passages: []corpus.Passage{p}, Text: p.Text, Marks: [][2]int{{at, at + len(who)}}, Score: s}, who, s})
		}
	}
	if len(caps) == 0 {
		return ans
	}
	sort.SliceStable(caps, func(i, j int) bool { return caps[i].score > caps[j].score })
	var names []string
	seen := map[string]bool{}
	for _, c := range caps {
		if c.score < caps[0].score && len(names) > 0 {
			break // captions of other scenes
		}
		if !seen[c.who] {
			seen[c.who] = true
			names = append(names, c.who)
			ans.Items = append(ans.Items, Item{Text: c.who, Passage: len(ans.Passages)})
		}
		ans.Passages = append(ans.Passages, c.h)
		if !slices.Contains(ans.Sources, c.h.Article.ID) {
			ans.Sources = append(ans.Sources, c.h.Article.ID)
		}
		if len(ans.Passages) == MaxPassages {
			break
		}
	}
	ans.Answered = true
	ans.Short = joinItems(names)
	if q.kind == KindHowMany {
		// "how many photos are in the newslooks article": the captions
		// counted, with whose they are; "how many photographers": the names
		n := 0
		for _, c := range caps {
			if c.score == caps[0].score {
				n++
			}
		}
		if q.counted != nil && meansPerson(strings.ToLower(q.counted.word)) {
			ans.Short = strconv.Itoa(len(names)) + ": " + ans.Short
		} else {
			ans.Short = strconv.Itoa(n) + " photos, by " + ans.Short
		}
		ans.Items = nil
	}
	return ans
}

// creditedName is the person a photo credit names: "AP Photo/Michel Euler"
// → Michel Euler, "Yoan Valat, Pool photo via AP" → Yoan Valat.
func creditedName(credit string) string {
	if i := strings.LastIndexByte(credit, '/'); i >= 0 {
		credit = credit[i+1:]
	}
	if i := strings.IndexByte(credit, ','); i >= 0 {
		credit = credit[:i]
	}
	credit = strings.TrimSpace(credit)
	if wordCount(credit) < 2 || !isCapital(credit) || strings.Contains(strings.ToLower(credit), "photo") {
		return ""
	}
	return credit
}
