package qa

import (
	"strings"
	"testing"
)

// TestListReviewMends: faults a reviewer found in the coordination and
// count rules (those of the object list stand in TestObjectList). A pair
// whose second conjunct opens on an article is a
// pair ("the mayor and the police chief") unless a comma makes it two
// clauses; a light verb ("put") is said by a clause holding its object,
// "rejected" is not.
func TestListReviewMends(t *testing.T) {
	pair := "The mayor and the police chief attended the meeting."
	if co := coordinations(pair); len(co) == 0 || !strings.HasPrefix(pair[co[0].all.start:co[0].all.end], "mayor and the police chief") {
		t.Errorf("coordinations(%q): %v; want the pair, its second opening on an article", pair, co)
	}
	// an abbreviation's stop ends no conjunct: "Mt." and "Vol." are the
	// lexicon's (final re-read 25D F6)
	for text, want := range map[string]string{
		"They reached Mt. Everest and K2.": "Mt. Everest",
		"Vol. 3 and Vol. 4 sold out.":      "Vol. 3",
		"They met Gen. Ruiz and Sen. Ali.": "Gen. Ruiz",
	} {
		if co := coordinations(text); len(co) == 0 || text[co[0].items[0].start:co[0].items[0].end] != want {
			t.Errorf("coordinations(%q): %v; want the first item %q", text, co, want)
		}
	}
	for _, text := range []string{
		"Engineers worked for 30 hours, and the water level began to drop.",
	} {
		for _, co := range coordinations(text) {
			if got := text[co.all.start:co.all.end]; strings.Contains(got, " and the ") {
				t.Errorf("coordinations(%q): %q; want no list of two clauses", text, got)
			}
		}
	}
	e0 := engineOfText(t, "---\nid: l\nheadline: Talks\n---\nObi, Achebe and Okafor rejected the declaration of intent after the talks.\n\nThe deal was signed later.\n")
	for q, want := range map[string]int{
		"how many leaders put their names on the declaration of intent": 3,
		"how many leaders signed the declaration of intent":             0,
	} {
		if _, got := e0.enumeration(new(e0.analyse(q)), "Obi, Achebe and Okafor rejected the declaration of intent after the talks."); got != want {
			t.Errorf("enumeration(%q) counts %d; want %d", q, got, want)
		}
	}
}
