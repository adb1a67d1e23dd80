// Package eval scores answers against gold cases the way
// ../shared/eval/score.py scores the command line's JSON: one scorer for the
// tests, the weight fit and the debugging commands, checked against
// score.py on a fixture (see TestMatchesScorePy).
//
// A case's gold phrases match a passage or a short answer ignoring case,
// accents, curly or straight quotation marks and dash styles, on word
// boundaries ("uk" does not match inside "ukraine").
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// MaxPassageRunes is the longest passage, in characters, that counts as a
// citation: past it, a wall of text.
const MaxPassageRunes = 450

// Case is one question with its gold (../shared/eval/README.md).
type Case struct {
	ID   string `json:"id"`
	Q    string `json:"q"`
	Any  []any  `json:"any"` // a string, or a list of alternatives
	All  []any  `json:"all"`
	Docs []string
	// Unanswerable is true when the articles do not answer the question.
	Unanswerable bool   `json:"unanswerable"`
	Kind         string `json:"kind"`
}

// UnmarshalJSON reads a case, with "docs" as a list of article ids.
func (c *Case) UnmarshalJSON(b []byte) error {
	type plain Case
	var v struct {
		plain
		Docs []string `json:"docs"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*c = Case(v.plain)
	c.Docs = v.Docs
	return nil
}

// ReadCases reads one case a line from a JSON Lines file.
func ReadCases(path string) ([]Case, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Case
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c Case
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, fmt.Errorf("eval: %s:%d: %w", path, n, err)
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

var dashes = regexp.MustCompile("[\u2010-\u2015]")

// Norm folds text as score.py does: accents, curly quotes, dashes, white
// space and case.
func Norm(s string) string {
	s = norm.NFKD.String(s)
	s = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, s)
	s = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`).Replace(s)
	s = dashes.ReplaceAllString(s, "-")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// Has reports whether gold (a string, or a list of alternatives) stands in
// text on word boundaries.
func Has(text string, gold any) bool {
	switch g := gold.(type) {
	case []any:
		for _, x := range g {
			if Has(text, x) {
				return true
			}
		}
	case []string:
		for _, x := range g {
			if Has(text, x) {
				return true
			}
		}
	case string:
		n := Norm(g)
		if n == "" {
			return false
		}
		t := Norm(text)
		for from := 0; ; {
			k := strings.Index(t[from:], n)
			if k < 0 {
				return false
			}
			k += from
			if boundary(t, k, n, true) && boundary(t, k+len(n), n, false) {
				return true
			}
			_, size := utf8.DecodeRuneInString(t[k:])
			from = k + size
		}
	}
	return false
}

// boundary reports whether position at of t is a word boundary as
// Python's \b sees it, where the gold phrase starts (or ends) with a word
// character; elsewhere no boundary is asked for.
func boundary(t string, at int, gold string, start bool) bool {
	var g rune
	if start {
		g, _ = utf8.DecodeRuneInString(gold)
	} else {
		g, _ = utf8.DecodeLastRuneInString(gold)
	}
	if !wordChar(g) {
		return true
	}
	var r rune
	if start {
		if at == 0 {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(t[:at])
	} else {
		if at >= len(t) {
			return true
		}
		r, _ = utf8.DecodeRuneInString(t[at:])
	}
	return !wordChar(r)
}

func wordChar(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

// Satisfies reports whether text holds the case's gold: one of Any (when
// given) and every one of All.
func Satisfies(text string, c Case) bool {
	ok := len(c.Any) == 0
	for _, g := range c.Any {
		ok = ok || Has(text, g)
	}
	for _, g := range c.All {
		ok = ok && Has(text, g)
	}
	return ok
}

// Passage is one cited passage of a prediction.
type Passage struct {
	Doc  string
	Text string
}

// Prediction is what the program answered to one case.
type Prediction struct {
	Answered bool
	Answer   string
	Passages []Passage // best first
}

// Good reports whether p is a gold passage for c: short enough to be a
// citation, holding the gold, from one of the case's articles.
func Good(c Case, p Passage) bool {
	docOK := len(c.Docs) == 0
	for _, d := range c.Docs {
		docOK = docOK || p.Doc == d
	}
	return utf8.RuneCountInString(p.Text) <= MaxPassageRunes && Satisfies(p.Text, c) && docOK
}

// Scores are score.py's figures for questions.
type Scores struct {
	Hit1, Hit3, Crisp, Abstain, FalseAbstain float64
	Answerable, Unanswerable                 int
}

// Miss is a case scored wrong, with what was answered.
type Miss struct {
	Case Case
	Why  string
}

// Score scores predictions against cases, in the same order.
func Score(cases []Case, preds []Prediction) (Scores, []Miss) {
	var s Scores
	var misses []Miss
	var hit1, hit3, crisp, abstain, falseAbstain int
	for i, c := range cases {
		p := preds[i]
		if c.Unanswerable {
			s.Unanswerable++
			if !p.Answered {
				abstain++
			} else {
				misses = append(misses, Miss{c, "answered instead of abstaining"})
			}
			continue
		}
		s.Answerable++
		if !p.Answered {
			falseAbstain++
		}
		if len(p.Passages) > 0 && Good(c, p.Passages[0]) {
			hit1++
		} else {
			why := "(no passage)"
			if len(p.Passages) > 0 {
				why = p.Passages[0].Text
			}
			misses = append(misses, Miss{c, why})
		}
		for _, x := range p.Passages[:min(3, len(p.Passages))] {
			if Good(c, x) {
				hit3++
				break
			}
		}
		if p.Answer != "" && Satisfies(p.Answer, c) && len(strings.Fields(p.Answer)) <= 12 {
			crisp++
		}
	}
	a, u := float64(max(s.Answerable, 1)), float64(max(s.Unanswerable, 1))
	s.Hit1, s.Hit3, s.Crisp = round(float64(hit1)/a), round(float64(hit3)/a), round(float64(crisp)/a)
	s.Abstain, s.FalseAbstain = round(float64(abstain)/u), round(float64(falseAbstain)/a)
	return s, misses
}

func round(x float64) float64 {
	return float64(int(x*1000+0.5)) / 1000
}

// String prints the scores as score.py does.
func (s Scores) String() string {
	return fmt.Sprintf(`{"hit1": %s, "hit3": %s, "crisp": %s, "abstain": %s, "false_abstain": %s, "answerable": %d, "unanswerable": %d}`,
		pyFloat(s.Hit1), pyFloat(s.Hit3), pyFloat(s.Crisp), pyFloat(s.Abstain), pyFloat(s.FalseAbstain), s.Answerable, s.Unanswerable)
}

// ReadPredictions reads the command line's JSON answers (`summitbot ask
// --json -`), one a line.
func ReadPredictions(path string) ([]Prediction, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Prediction
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	for n := 1; sc.Scan(); n++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var v struct {
			Answered *bool  `json:"answered"`
			Answer   string `json:"answer"`
			Passages []struct {
				Doc  string `json:"doc"`
				Text string `json:"text"`
			} `json:"passages"`
		}
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("eval: %s:%d: %w", path, n, err)
		}
		p := Prediction{Answer: v.Answer, Answered: len(v.Passages) > 0}
		if v.Answered != nil {
			p.Answered = *v.Answered
		}
		for _, x := range v.Passages {
			p.Passages = append(p.Passages, Passage{Doc: x.Doc, Text: x.Text})
		}
		out = append(out, p)
	}
	return out, sc.Err()
}

// pyFloat prints x as Python's repr does for these figures: "1.0", "0.5",
// "0.519".
func pyFloat(x float64) string {
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}
