package qa

import "testing"

// TestNumbers: the numbers a "how many" or "how much" question can be
// answered with.
func TestNumbers(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"more than 35 officials attended", "more than 35"},
		{"27 heads of state", "27"},
		{"several thousand French troops", "several thousand"},
		{"Moscow occupies about a fifth of Ukrainian territory", "about a fifth"},
		{"two-thirds of the members", "two-thirds"},
		{"half a century", "half"},
		{"the talks ended", ""},
	} {
		got := ""
		if s := findAll(numberRE, tc.text); len(s) > 0 {
			got = tc.text[s[0].start:s[0].end]
		}
		if got != tc.want {
			t.Errorf("number in %q = %q; want %q", tc.text, got, tc.want)
		}
	}
}
