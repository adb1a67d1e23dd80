package corpus

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"
)

// MaxArticleBytes bounds one article file; a larger file is rejected rather
// than loaded.
const MaxArticleBytes = 1 << 20

// The front-matter keys an article file may use; any other key is an error.
var frontMatterKeys = map[string]bool{
	"id": true, "headline": true, "standfirst": true, "outlet": true,
	"author": true, "published": true, "event_date": true, "url": true,
	"dateline": true, "byline": true, "dated": true,
}

var (
	idPattern   = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,63}$`)
	datePattern = regexp.MustCompile(`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`)
)

// ParseError reports a problem in an article file, with the line it is on
// (0 when it concerns the whole file).
type ParseError struct {
	File string
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Parse reads one article file. The file starts with front matter between
// two "---" lines, one "key: value" a line (an empty value means the article
// does not state it), then the text, one block a line:
//
//	## A subhead
//	A body paragraph, of one or more sentences.
//	- A bullet point.
//	> A photo caption.
//
// Blank lines are ignored. The headline and standfirst, when given, open the
// article's Text. Parse splits the text into passages and extracts quotes.
func Parse(name string, data []byte) (*Article, error) {
	perr := func(line int, format string, args ...any) error {
		return &ParseError{File: name, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	if len(data) > MaxArticleBytes {
		return nil, perr(0, "file is %d bytes, over the %d-byte limit", len(data), MaxArticleBytes)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, perr(0, "binary file (contains NUL bytes)")
	}
	if !utf8.Valid(data) {
		return nil, perr(invalidUTF8Line(data), "invalid UTF-8")
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	lines := strings.Split(text, "\n")
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		return nil, perr(1, "missing front matter: the file must start with a line \"---\"")
	}
	a := &Article{File: name}
	seen := map[string]bool{}
	end := -1
	for i := 1; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if line == "---" {
			end = i
			break
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			return nil, perr(i+1, "front matter line is not \"key: value\"")
		}
		key, value = strings.TrimSpace(key), unquote(strings.TrimSpace(value))
		if !frontMatterKeys[key] {
			return nil, perr(i+1, "unknown front-matter key %q", key)
		}
		if seen[key] {
			return nil, perr(i+1, "front-matter key %q given twice", key)
		}
		seen[key] = true
		switch key {
		case "id":
			if !idPattern.MatchString(value) {
				return nil, perr(i+1, "id %q must be lower-case letters, digits and dashes", value)
			}
			a.ID = value
		case "headline":
			a.Headline = value
		case "standfirst":
			a.Standfirst = value
		case "outlet":
			a.Outlet = value
		case "author":
			a.Author = value
		case "dateline":
			a.Dateline = value
		case "byline":
			a.Byline = value
		case "dated":
			a.Dated = value
		case "published", "event_date":
			if value != "" && !datePattern.MatchString(value) {
				return nil, perr(i+1, "%s %q is not a date YYYY-MM-DD", key, value)
			}
			if key == "published" {
				a.Published = value
			} else {
				a.EventDate = value
			}
		case "url":
			if value != "" && !strings.HasPrefix(value, "https://") && !strings.HasPrefix(value, "http://") {
				return nil, perr(i+1, "url %q must start with http:// or https://", value)
			}
			a.URL = value
		}
	}
	if end < 0 {
		return nil, perr(1, "front matter is not closed by a line \"---\"")
	}
	if a.ID == "" {
		return nil, perr(1, "front matter has no id")
	}
	var blocks []block
	if a.Headline != "" {
		blocks = append(blocks, block{KindHeadline, a.Headline})
	}
	if a.Standfirst != "" {
		blocks = append(blocks, block{KindStandfirst, a.Standfirst})
	}
	body := 0
	for i := end + 1; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if line == "" {
			continue
		}
		b := parseBlock(line)
		if b.text == "" {
			return nil, perr(i+1, "empty %s", b.kind)
		}
		if hasControl(b.text) {
			return nil, perr(i+1, "control characters in text")
		}
		blocks = append(blocks, b)
		body++
	}
	if body == 0 {
		return nil, perr(0, "article has no text")
	}
	build(a, blocks)
	return a, nil
}

type block struct {
	kind Kind
	text string
}

func parseBlock(line string) block {
	switch {
	case strings.HasPrefix(line, "## "):
		return block{KindSubhead, strings.TrimSpace(line[3:])}
	case strings.HasPrefix(line, "- "):
		return block{KindBullet, strings.TrimSpace(line[2:])}
	case strings.HasPrefix(line, "> "):
		return block{KindCaption, strings.TrimSpace(line[2:])}
	}
	return block{KindBody, line}
}

// build lays the blocks out as the article's Text and splits them into passages.
func build(a *Article, blocks []block) {
	var sb strings.Builder
	for bi, b := range blocks {
		if bi > 0 {
			sb.WriteByte('\n')
		}
		base := sb.Len()
		sb.WriteString(b.text)
		spans := [][2]int{{0, len(b.text)}}
		if b.kind == KindBody || b.kind == KindCaption || b.kind == KindStandfirst {
			spans = Sentences(b.text)
		}
		for si, sp := range spans {
			a.Passages = append(a.Passages, Passage{
				Article: a.ID, Kind: b.kind, Block: bi, Sentence: si, Seq: len(a.Passages),
				Start: base + sp[0], End: base + sp[1], Text: b.text[sp[0]:sp[1]],
			})
		}
	}
	a.Text = sb.String()
	a.Quotes = extractQuotes(a)
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		return s[1 : len(s)-1]
	}
	return s
}

func hasControl(s string) bool {
	for _, r := range s {
		if r < 0x20 && r != '\t' || r == 0x7f {
			return true
		}
	}
	return false
}

func invalidUTF8Line(data []byte) int {
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		data = data[size:]
	}
	return line
}
