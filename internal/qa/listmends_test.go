package qa

import (
	"strings"
	"testing"
)

// TestListReviewMends: faults a reviewer found in the object-list and
// coordination rules. A list opening on a noun spelled as a verb keeps
// its first word where no "to" or "and" marks a verb ("supply problems",
// not "problems"); a pair whose second conjunct opens on an article is
// two clauses, not a list ("hit the coast and the river burst its
// banks"); and the test's own list cases fail without the code.
func TestListReviewMends(t *testing.T) {
	for _, text := range []string{
		"The storm hit the coast and the river burst its banks.",
		"Engineers worked for 30 hours, and the water level began to drop.",
	} {
		for _, co := range coordinations(text) {
			if got := text[co.all.start:co.all.end]; strings.Contains(got, " and the ") {
				t.Errorf("coordinations(%q): %q; want no list of two clauses", text, got)
			}
		}
	}
	e := engineOfText(t, "---\nid: o\nheadline: Delays\n---\nThe minister blamed the delays on supply problems, bad weather and late permits.\n")
	for _, tc := range []struct{ q, text, want string }{
		{"what did the minister blame the delays on", "The minister blamed the delays on supply problems, bad weather and late permits.", "supply problems, bad weather and late permits"},
		{"what should you take if you leave", "Officials told residents to leave and take their medicine, their papers and their pets.", "their medicine, their papers and their pets"},
		{"what will the panel do", "The panel will identify violations, assign responsibility, and propose remedies.", ""},
	} {
		q := e.analyse(tc.q)
		c := parsedCand(t, e, tc.text)
		s := e.objectList(q, c)
		if got := tc.text[s.start:s.end]; got != tc.want {
			t.Errorf("objectList(%s): %q; want %q", tc.q, got, tc.want)
		}
	}
}
