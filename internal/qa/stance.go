package qa

import "strings"

// stanceAsked reads a question that asks for someone's view through "make
// of" ("what did kushner make of the meeting", "what does the union make of
// the offer") as the question of what they said about it, "what did kushner
// say about the meeting": such a view is given in the holder's words, and
// "what did X say" has the answer path that reads a speaker, a topic and a
// quotation, where "make" read as a plain verb asks for a thing made. It
// returns that question, or "" where text is of no such form.
func stanceAsked(text string) string {
	fields := strings.Fields(strings.TrimRight(text, "?!. "))
	if len(fields) < 5 {
		return ""
	}
	lower := make([]string, len(fields))
	for i, f := range fields {
		lower[i] = strings.ToLower(strings.Trim(f, "?!.,"))
	}
	if lower[0] != "what" || !doAuxiliaries[lower[1]] {
		return ""
	}
	// "what did X make of Y": "make" then "of", X (a word or more) between
	for i := 3; i+2 < len(fields) && i < 8; i++ {
		if (lower[i] == "make" || lower[i] == "makes" || lower[i] == "made") && lower[i+1] == "of" {
			return "what did " + strings.Join(fields[2:i], " ") + " say about " + strings.Join(fields[i+2:], " ")
		}
	}
	return ""
}
