package qa

import "testing"

// TestWithinAndSeasonDates: a time counted on from the article's day
// ("within 10 days", "in the coming weeks") and a season placed by a
// preposition or "this"/"next" ("in spring 2027", "by the autumn") say
// when, as a date does; a season alone, or "within" a place, does not.
func TestWithinAndSeasonDates(t *testing.T) {
	for text, want := range map[string]string{
		"The grants would be paid within 10 days, officials said.": "within 10 days",
		"Repairs should be finished within a month.":               "within a month",
		"More crews will arrive in the coming weeks.":              "in the coming weeks",
		"Work on the new depot is due to start in spring 2027.":    "in spring 2027",
		"A decision is expected by the autumn.":                    "by the autumn",
		"Families slept in tents as winter approached.":            "",
		"Shops within the old town stayed shut.":                   "",
	} {
		got := dateRE.FindString(text)
		if got != want {
			t.Errorf("%q: date %q; want %q", text, got, want)
		}
	}
}
