package qa

import "testing"

// TestObjectNoun: a noun a verb shares its form with is a noun after a
// determiner or an adjective (one WordNet has as an adverb too), and a
// verb after a noun, whose verb it is.
func TestObjectNoun(t *testing.T) {
	for _, c := range []struct {
		w, before string
		want      bool
	}{
		{"trucks", "only", true}, // "the only trucks to carry the nets"
		{"pumps", "further", true},
		{"pumps", "city's", true},
		{"pumps", "crew", false}, // "the crew pumps"
		{"pumps", "", false},
	} {
		if got := objectNoun(c.w, c.before); got != c.want {
			t.Errorf("objectNoun(%q, %q) = %v; want %v", c.w, c.before, got, c.want)
		}
	}
}
