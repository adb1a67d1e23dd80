package qa

import "testing"

// TestCountsAlikeKind: a number's noun near the counted one in GloVe
// counts it only if both are persons or neither is.
func TestCountsAlikeKind(t *testing.T) {
	for _, c := range []struct {
		counted, after string
		want           bool
	}{
		{"houses", "homes were destroyed", true},
		{"casualties", "troops to the front", false},
		{"soldiers", "officers were sent", true},
	} {
		if got := countsAlike(c.counted, c.after); got != c.want {
			t.Errorf("countsAlike(%q, %q) = %v, want %v", c.counted, c.after, got, c.want)
		}
	}
}
