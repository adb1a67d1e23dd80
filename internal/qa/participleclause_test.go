package qa

import "testing"

// TestBeforeParticipleClause checks that text is cut before a comma and a
// participle clause, but not before an -ing word that opens a clause's
// subject (a noun too, a singular noun and a tensed verb after it), on
// any input.
func TestBeforeParticipleClause(t *testing.T) {
	for text, want := range map[string]string{
		"the dam held, adding that the river would fall":      "the dam held",
		"the dam held, warning farmers to stay away":          "the dam held",
		"the dam held, killing farmers trapped below":         "the dam held", // a plural: the object
		"the dam held, including the old weir":                "the dam held, including the old weir",
		"the dam held, building work resumed on the weir":     "the dam held, building work resumed on the weir",
		"the dam held, shipping traffic was halted, adding …": "the dam held, shipping traffic was halted",
		"the dam held, building work":                         "the dam held",
		"the dam held, building":                              "the dam held",
		"":                                                    "",
		",":                                                   ",",
		"é, ’building é":                                      "é, ’building é",
		"é, building é was":                                   "é",
	} {
		if got := beforeParticipleClause(text); got != want {
			t.Errorf("beforeParticipleClause(%q) = %q; want %q", text, got, want)
		}
	}
}
