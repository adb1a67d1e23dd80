package qa

import (
	"strings"
	"testing"
)

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

// TestNameSpans: names are runs of capitalised words; a common word that
// opens a sentence alone is none ("Helicopters flew …"), a name there is.
func TestNameSpans(t *testing.T) {
	for text, want := range map[string][]string{
		"Helicopters flew the injured to Antofagasta.":        {"Antofagasta"},
		"Officials met at noon. Troops from Peru came later.": {"Peru"},
		"Interior Minister Tomás Villagra said 214 had died.": {"Interior Minister Tomás Villagra"},
		"Macron met Starmer in Paris.":                        {"Macron", "Starmer", "Paris"},
	} {
		var got []string
		for _, s := range nameSpans(text) {
			got = append(got, text[s.start:s.end])
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("nameSpans(%q) = %q; want %q", text, got, want)
		}
	}
}
