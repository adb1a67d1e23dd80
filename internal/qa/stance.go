package qa

import (
	"slices"
	"strings"

	"github.com/summitbot/summitbot/internal/lexicon"
)

// stanceAsked reads a question that asks for someone's view through "make
// of" ("what did kushner make of the meeting", "what does the union make of
// the offer") as the question of what they said about it, "what did kushner
// say about the meeting": such a view is given in the holder's words, and
// "what did X say" has the answer path that reads a speaker, a topic and a
// quotation, where "make" read as a plain verb asks for a thing made. It
// returns that question, or "" where text is of no such form.
func stanceAsked(text string) string {
	fields := strings.Fields(strings.TrimRight(text, "?!. "))
	if len(fields) < 4 {
		return ""
	}
	lower := make([]string, len(fields))
	for i, f := range fields {
		lower[i] = strings.ToLower(strings.Trim(f, "?!.,"))
	}
	if lower[0] != "what" || !doAuxiliaries[lower[1]] {
		return stanceStateAsked(fields, lower)
	}
	// "what did X make of Y": "make" then "of", X (a word or more) between
	for i := 3; i+2 < len(fields) && i < 8; i++ {
		if (lower[i] == "make" || lower[i] == "makes" || lower[i] == "made") && lower[i+1] == "of" {
			return "what did " + strings.Join(fields[2:i], " ") + " say about " + strings.Join(fields[i+2:], " ")
		}
	}
	return stanceStateAsked(fields, lower)
}

// stanceStates are the words by which a question asks whether one is
// content with a thing (kinds.txt [stance-state]): "happy with", "pleased
// about".
var stanceStates = cueLists["stance-state"]

// stanceBeings open a yes/no question of a state ("is the union happy with
// the offer"), "r" in chat.
var stanceBeings = wordSet("is are was were r")

// stanceStateAsked reads "is/are/was/were X happy / pleased / satisfied
// with Y" as "what did X say about Y": whether X is content with the thing
// is told by what X said of it, which the said path (speaker, topic,
// quotation) finds, where the plain reading looks for the state's own word
// ("happy") and finds another sentence of X's. Adverbs and a reflexive
// after X ("was the mayor herself really happy with") are left out of X.
// It returns "" where lower (the question's words, lower case, fields
// beside them) is of no such form or X would be empty or longer than five
// words.
func stanceStateAsked(fields, lower []string) string {
	if !stanceBeings[lower[0]] {
		return ""
	}
	for i := 2; i < len(lower) && i <= 8; i++ {
		for _, st := range stanceStates {
			n := len(st)
			if i+n >= len(lower) || !slices.Equal(lower[i:i+n], st) {
				continue
			}
			end := i
			for end > 1 && (lexicon.IsAdverb(lower[end-1]) || strings.HasSuffix(lower[end-1], "self") || strings.HasSuffix(lower[end-1], "selves")) {
				end--
			}
			if end == 1 || end-1 > 5 {
				return ""
			}
			return "what did " + strings.Join(fields[1:end], " ") + " say about " + strings.Join(fields[i+n:], " ")
		}
	}
	return ""
}
