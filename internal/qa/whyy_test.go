package qa

import "testing"

// TestStanceFollowBareBut: a "but" with no comma before it, where a tensed
// verb follows, joins a second predicate of the same subject, which says
// what the speaker holds against the first, as ", but" does: both where
// they fit a short answer, the second alone where only it does; "but"
// before anything else joins words, not predicates, and widens nothing.
func TestStanceFollowBareBut(t *testing.T) {
	for _, c := range []struct {
		text   string
		stance bool
		want   string
	}{
		{"The harbour master said the ferry company could add a second boat on Sundays but would have to cut the Tuesday crossing.", true, "would have to cut the Tuesday crossing"},
		{"The ferry could sail at dawn but would arrive two hours late.", false, "The ferry could sail at dawn but would arrive two hours late"},
		{"The ferry was small but the crossing was short and calm in the summer months.", false, "The ferry was small"},
	} {
		if got := stanceFollow(c.text, c.stance); got != c.want {
			t.Errorf("stanceFollow(%q, %v) = %q; want %q", c.text, c.stance, got, c.want)
		}
	}
}
