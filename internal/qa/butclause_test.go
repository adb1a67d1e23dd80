package qa

import "testing"

// TestStanceFollowBut: the sentence after a stance says why in the clause
// ", but" joins on to its first: both where they fit a short answer, the
// second alone where only it does, the first where "but" opens too short
// a clause or none.
func TestStanceFollowBut(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"“The lorries can wait, but the café owners in Malmö cannot.”", "The lorries can wait, but the café owners in Malmö cannot"},
		{"The lorries can wait for another week or two at the depot, but the café owners on the harbour front cannot stay shut.", "the café owners on the harbour front cannot stay shut"},
		{"The lorries can wait, but not long.", "The lorries can wait"},
		{"The lorries can wait at the depot.", "The lorries can wait at the depot"},
		{"The lorries can wait, but", "The lorries can wait"},
	} {
		if got := stanceFollow(c.text, false); got != c.want {
			t.Errorf("stanceFollow(%q) = %q; want %q", c.text, got, c.want)
		}
	}
}
