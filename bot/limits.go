package bot

import (
	"regexp"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/qa"
)

// Discord's limits on what a message may carry, in characters.
const (
	maxContent     = 2000
	maxTitle       = 256
	maxDescription = 4096
	maxFields      = 25
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
	maxEmbedsTotal = 6000 // across every embed of one message
	maxCustomID    = 100
	maxChoices     = 25
	maxChoice      = 100 // autocomplete choice name and value
	maxQuestion    = qa.MaxQuestionBytes
)

// length counts characters as Discord does, conservatively: in UTF-16 code
// units, so a character outside the Basic Multilingual Plane counts twice.
func length(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
		if r == utf8.RuneError {
			n++ // an invalid byte may be shown as a replacement character
		}
	}
	return n
}

// ellipsis ends text cut short.
const ellipsis = "…"

// cut returns s if it fits in limit characters; otherwise the longest run of
// whole sentences of s that fits together with tail, followed by tail, or,
// when not even the first sentence fits, s cut at a word with an ellipsis.
func cut(s string, limit int, tail string) string {
	if length(s) <= limit {
		return s
	}
	room := limit - length(tail)
	end := 0
	for _, sp := range corpus.Sentences(s) {
		if length(s[:sp[1]]) > room {
			break
		}
		end = sp[1]
	}
	if end > 0 {
		return strings.TrimRight(s[:end], " \n") + tail
	}
	return cutWord(s, limit-length(tail)) + tail
}

// cutWord cuts s at a word boundary so that it and an ellipsis fit in limit
// characters.
func cutWord(s string, limit int) string {
	if length(s) <= limit {
		return s
	}
	room := limit - length(ellipsis)
	if room <= 0 {
		return ""
	}
	end, n, lastSpace := 0, 0, -1
	for i, r := range s {
		w := length(string(r))
		if n+w > room {
			break
		}
		n += w
		end = i + utf8.RuneLen(r)
		if r == ' ' || r == '\n' {
			lastSpace = i
		}
	}
	if lastSpace > end/2 {
		end = lastSpace
	}
	return strings.TrimRight(s[:end], " \n") + ellipsis
}

// embedsLength is what Discord counts towards the 6000-character total:
// titles, descriptions, field names and values, footers and author names.
func embedsLength(embeds []*discordgo.MessageEmbed) int {
	n := 0
	for _, e := range embeds {
		n += length(e.Title) + length(e.Description)
		for _, f := range e.Fields {
			n += length(f.Name) + length(f.Value)
		}
		if e.Footer != nil {
			n += length(e.Footer.Text)
		}
		if e.Author != nil {
			n += length(e.Author.Name)
		}
	}
	return n
}

// markdown escapes the characters Discord's Markdown would act on, so article
// text and questions show as written.
var markdown = strings.NewReplacer(`\`, `\\`, `*`, `\*`, `_`, `\_`, "`", "\\`", `~`, `\~`, `|`, `\|`, `>`, `\>`, `#`, `\#`, `[`, `\[`, `]`, `\]`)

// spaces are runs of white space, newlines included.
var spaces = regexp.MustCompile(`\s+`)

// escape returns s with Discord Markdown escaped and each run of white space
// made one space, so that it stays on one line.
func escape(s string) string {
	return markdown.Replace(spaces.ReplaceAllString(s, " "))
}
