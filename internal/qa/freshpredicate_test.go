package qa

import (
	"slices"
	"testing"
)

// TestFreshPredicate: a why or how question whose passage joins two deeds
// of one subject with "and", one of them only the question's own, is
// answered with the other: the deed the first serves, or the deed that
// serves it.
func TestFreshPredicate(t *testing.T) {
	e := howEngine(t, "The Millbrook library opened in 1962 and has 40,000 books on its shelves.\n\n"+
		"Head librarian Zoë Marchetti said the library was expecting a flood of students before the exams, "+
		"and had asked volunteers to postpone holidays until the end of June.\n\n"+
		"The reading room is on the second floor, beside the café.")
	wantShorts(t, e, []askedShort{
		{"why is the library postponing volunteers holidays", "was expecting a flood of students before the exams"},
		{"how is the library getting ready for the students", "had asked volunteers to postpone holidays"},
	})
}

// TestJoinedPredicates reads the pairs of predicates "and" joins, and
// none where "and" joins nouns, where the second has no verb of its own,
// in an empty text and in text with marks of several bytes.
func TestJoinedPredicates(t *testing.T) {
	for _, tc := range []struct {
		text string
		want [][2]string
	}{
		{"The council said the depot was closing for repairs this month, and had moved the buses to Elm Road.",
			[][2]string{{"was closing for repairs this month", "had moved the buses to Elm Road"}}},
		{"The crews cleared the roads and the bridges before noon.", nil},
		{"The crews cleared the road and then rested for an hour.", nil},
		{"", nil},
		{" and ", nil},
		{"Renée’s team — from Zürich — was testing the pumps and had found £3 of rust in each.",
			nil}, // the first clause's subject ends at a dash: no clause reasonPredicate reads
		{"The café was serving soup to the crews and had stayed open past midnight.",
			[][2]string{{"was serving soup to the crews", "had stayed open past midnight"}}},
	} {
		var got [][2]string
		for a, b := range joinedPredicates(tc.text) {
			got = append(got, [2]string{tc.text[a.start:a.end], tc.text[b.start:b.end]})
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("joinedPredicates(%q) = %q; want %q", tc.text, got, tc.want)
		}
	}
}
