package qa

import (
	"strings"
	"testing"
)

// TestAttributionOnly: a short answer that is only who spoke — a verb of
// saying and the name or pronoun it is said by — is no answer but to
// "who"; a verb of saying with what was said, or a name alone, is not
// such an attribution.
func TestAttributionOnly(t *testing.T) {
	for s, want := range map[string]bool{
		"Nwosu said":                  true,
		"said Venning":                true,
		"she added":                   true,
		`heavier rain," Okoro said`:   false,
		"said the repairs would cost": false,
		"Okoro":                       false,
		"said":                        false,
		"Okoro said and added":        false,
		"he said Monday":              false,
	} {
		if got := attributionOnly(s); got != want {
			t.Errorf("attributionOnly(%q) = %v; want %v", s, got, want)
		}
	}
}

// TestNoAttributionAnswer: a "how" or "why" question whose best passage is
// a quotation is not answered by its attribution ("Okoro said"), but by
// words of what was said; "who" is answered by the speaker.
func TestNoAttributionAnswer(t *testing.T) {
	e := engineOfText(t,
		"---\nid: frost\nheadline: Frost bursts pipes across Marden\npublished: 2027-01-12\n---\nHundreds of homes in Marden lost water on Monday after a week of hard frost.\n\"A colder atmosphere holds more frost, about 5% more for every degree of cooling, and it gives that frost back as heavier snow,\" Okoro said.\nThe utility said crews would work through the night.\n")
	for q, want := range map[string]string{
		"how does a colder climate make the snow worse": "",
		"who said a colder atmosphere holds more frost": "Okoro",
	} {
		a := mustAsk(t, e, q)
		switch {
		case want == "" && (!a.Answered || attributionOnly(a.Short)):
			t.Errorf("%q: answered %v, short %q; want words of what was said, not only who spoke", q, a.Answered, a.Short)
		case want != "" && !strings.Contains(a.Short, want):
			t.Errorf("%q: short %q; want it to hold %q", q, a.Short, want)
		}
	}
}
