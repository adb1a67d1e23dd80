package scale

import (
	"bufio"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/summitbot/summitbot/index"
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

// maxPassage is score.py's MAXLEN: a longer passage is not a citation.
const maxPassage = 450

var (
	dashes = regexp.MustCompile("[\u2010-\u2015]")
	spaces = regexp.MustCompile(`\s+`)
)

// norm is score.py's norm: accents folded, curly quotes straight, dashes
// alike, spaces collapsed, lower case.
func norm(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == '.' {
			b.WriteRune(r) // Fold drops a final period
			continue
		}
		b.WriteString(index.Fold(string(r)))
	}
	s = strings.NewReplacer("\u201c", `"`, "\u201d", `"`).Replace(b.String())
	s = dashes.ReplaceAllString(s, "-")
	return strings.TrimSpace(spaces.ReplaceAllString(strings.ToLower(s), " "))
}

// has is score.py's has: gold on word boundaries where it starts or ends
// with a letter or digit.
func has(text, gold string) bool {
	g := norm(gold)
	if g == "" {
		return false
	}
	pat := regexp.QuoteMeta(g)
	if isWord(g[0]) {
		pat = `\b` + pat
	}
	if isWord(g[len(g)-1]) {
		pat += `\b`
	}
	return regexp.MustCompile(pat).MatchString(norm(text))
}

func isWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

func (c devCase) satisfiedBy(text string) bool {
	anyOK := len(c.Any) == 0
	for _, g := range c.Any {
		anyOK = anyOK || has(text, g)
	}
	for _, g := range c.All {
		if !has(text, g) {
			return false
		}
	}
	return anyOK
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
	if utf8.RuneCountInString(p.Text) > maxPassage || !c.satisfiedBy(p.Text) {
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
