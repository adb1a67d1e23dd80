package qa

import (
	"slices"
	"strings"
	"testing"
)

// TestFirstFields: firstFields is the head of strings.Fields, spaces of
// every kind (tabs, a no-break space, an ideographic space) and invalid
// bytes included.
func TestFirstFields(t *testing.T) {
	for _, s := range []string{
		"", "   ", "one", "  The minister said,\tthat\u00a0talks would\u3000resume  ",
		"“Quoted” words\n\nacross lines", "bad \xff byte here", "euros 40 million",
	} {
		all := strings.Fields(s)
		for n := 0; n <= len(all)+1; n++ {
			want := all[:min(n, len(all))]
			if got := firstFields(s, n); !slices.Equal(got, want) {
				t.Errorf("firstFields(%q, %d) = %q; want %q", s, n, got, want)
			}
		}
	}
}

// TestEnumerationGap: a comma or "and" (with "the") joins two names in any
// case; a longer gap, or another word, does not.
func TestEnumerationGap(t *testing.T) {
	for gap, want := range map[string]bool{
		", ": true, " and ": true, " AND THE ": true, ", and the ": true, ", The ": true,
		" or ": false, " met with ": false, ", and then the ": false, "": false,
		" and the Minister of Finance and ": false,
	} {
		if got := enumerationGap(gap); got != want {
			t.Errorf("enumerationGap(%q) = %v; want %v", gap, got, want)
		}
	}
}

// TestParticleNext: the words after a verb are read (lower case) only when
// the first is a particle without "to" after it.
func TestParticleNext(t *testing.T) {
	for rest, want := range map[string]bool{
		" Up at the border": true, " down": true, " out of the talks": true,
		" up to Calama": false, " to Paris": false, "": false, " upon arrival": false,
	} {
		next, ok := particleNext(rest)
		if ok != want || ok && next[0] != strings.ToLower(strings.Fields(rest)[0]) {
			t.Errorf("particleNext(%q) = %q, %v; want ok %v", rest, next, ok, want)
		}
	}
}

// TestPastSpaces: where the words of a range begin, never past its end.
func TestPastSpaces(t *testing.T) {
	text := "Crews   “left”  "
	for _, tc := range []struct{ from, to, want int }{
		{5, len(text), 8}, {0, 5, 0}, {5, 7, 7}, {len(text) - 2, len(text), len(text)}, {0, 0, 0},
	} {
		if got := pastSpaces(text, tc.from, tc.to); got != tc.want {
			t.Errorf("pastSpaces(%q, %d, %d) = %d; want %d", text, tc.from, tc.to, got, tc.want)
		}
	}
}

// TestFirstFieldsLower: the first fields, lowered, and nothing else.
func TestFirstFieldsLower(t *testing.T) {
	if got, want := firstFieldsLower(" Said ÉLAN THAT we", 3), []string{"said", "élan", "that"}; !slices.Equal(got, want) {
		t.Errorf("firstFieldsLower = %q; want %q", got, want)
	}
	if got := firstFieldsLower("", 2); len(got) != 0 {
		t.Errorf("firstFieldsLower(\"\", 2) = %q; want none", got)
	}
}
