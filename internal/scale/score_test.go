package scale

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/summitbot/summitbot/internal/eval"
	"github.com/summitbot/summitbot/internal/qa"
)

// devCase is one development question (testdata/dev_questions.jsonl, a copy
// of ../shared/eval/dev_questions.jsonl).
type devCase struct {
	ID           string   `json:"id"`
	Q            string   `json:"q"`
	Any          []string `json:"any"`
	All          []string `json:"all"`
	Docs         []string `json:"docs"`
	Unanswerable bool     `json:"unanswerable"`
}

func loadDev(path string) ([]devCase, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []devCase
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c devCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

func (c devCase) satisfiedBy(text string) bool {
	ec := eval.Case{}
	for _, g := range c.Any {
		ec.Any = append(ec.Any, g)
	}
	for _, g := range c.All {
		ec.All = append(ec.All, g)
	}
	return eval.Satisfies(text, ec) // the one scorer, score.py's rules
}

// hit1 says whether an answer's top passage answers c as score.py counts
// it: short enough, holding the gold words, from one of c.Docs if given.
// With realOnly, the passage must also come from one of the real articles
// (ids in real): a stricter count, as a synthetic article can hold gold
// words ("Paris") in another story.
func (c devCase) hit1(a qa.Answer, real map[string]bool, realOnly bool) bool {
	if len(a.Passages) == 0 {
		return false
	}
	p := a.Passages[0]
	if utf8.RuneCountInString(p.Text) > eval.MaxPassageRunes || !c.satisfiedBy(p.Text) {
		return false
	}
	if realOnly && !real[p.Article.ID] {
		return false
	}
	if len(c.Docs) == 0 {
		return true
	}
	for _, d := range c.Docs {
		if d == p.Article.ID {
			return true
		}
	}
	return false
}
