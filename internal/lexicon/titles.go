package lexicon

import (
	_ "embed"
	"strings"
)

//go:embed titles.txt
var titlesData string

var titleWords = &wordList{data: titlesData}

// IsTitle reports whether w (lower case, as written) is a title or a word
// of one: a word that stands before a name without being part of it
// ("president", "minister", "envoy", "seismologist"), titles.txt. A final
// period is ignored, as the index's analysis ignores it: "gen." and "gen"
// are both titles, whether a writer abbreviates with a period or without.
func IsTitle(w string) bool {
	return titleWords.has(strings.TrimSuffix(w, "."))
}

// QuestionTitles returns the titles that are titles in a question too
// ("who is the British prime minister" names no one), sorted: the
// [question] section of titles.txt. Titles only before a name in an
// article ("defence", "doctor") are left out: a question may be about
// them. For a caller that matches titles in its own form (qa runs each
// through the index's analysis, which stems it).
func QuestionTitles() []string { return titleWords.words("question") }
