package qa

import "testing"

// TestWordsAtOverlap: a whole-word use of two words that lies inside a
// use cut off by the word after it is found: "tower to" in "tower tower
// to", where the first "tower to" runs into "tower" (a search going on
// past each use's end found none).
func TestWordsAtOverlap(t *testing.T) {
	for _, c := range []struct {
		low, words string
		want       int
	}{
		{"the tower tower to the east", "tower to", len("the tower tower to")},
		{"watchtower to the east", "tower to", -1},
		{"the tower today", "tower to", -1},
		{"said the tower to the east", "tower to", len("said the tower to")},
		{"anything", "", -1},
	} {
		if got := wordsAt(c.low, c.words); got != c.want {
			t.Errorf("wordsAt(%q, %q) = %d; want %d", c.low, c.words, got, c.want)
		}
	}
}
