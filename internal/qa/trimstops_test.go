package qa

import (
	"strings"
	"testing"
)

// TestTrimStops: a sentence's full stop goes from the end of a short
// answer, an abbreviation's own period stays ("4 p.m.", "the U.S."), and
// no input panics.
func TestTrimStops(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"from 4 p.m.", "from 4 p.m."},
		{"talks with the U.S. ", "talks with the U.S."},
		{"the ferry sailed at dawn.", "the ferry sailed at dawn"},
		{"the ferry sailed.. ", "the ferry sailed"},
		{"Café Noël.", "Café Noël"},
		{"the ferry leaves at 5.", "the ferry leaves at 5"},
		{"from gate 9. ", "from gate 9"},
		{"they took Plan B.", "they took Plan B"},
		{"it would mar.", "it would mar"},
		{"a sales rep.", "a sales rep"},
		{"shares in Harbour Co.", "shares in Harbour Co."},
		{"é.", "é"},
		{"…", "…"},
		{".", ""},
		{"", ""},
	} {
		if got := trimStops(tc.in, " ."); got != tc.want {
			t.Errorf("trimStops(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestShortKeepsAbbreviationStop: a short answer widened to the end of
// its sentence keeps the period of "p.m." there.
func TestShortKeepsAbbreviationStop(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Shelter opens at sports hall\n---\n"+
		"Buses will run between the depot and the sports hall every 30 minutes from 4 p.m.\n")
	wantShorts(t, e, []askedShort{{"how often do the buses to the sports hall run", "every 30 minutes from 4 p.m."}})
}

// TestShortDropsFigureStop: a sentence that ends on a one-digit figure
// ends in the sentence's period, which the short answer leaves out.
func TestShortDropsFigureStop(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Late buses to the sports hall\n---\n"+
		"Buses will run between the depot and the sports hall every 30 minutes until about 9.\n")
	wantShorts(t, e, []askedShort{{"how often do the buses to the sports hall run", "every 30 minutes until about 9"}})
}

// TestWideningKeepsSpanAbbreviationStop: where the bare answer itself
// ends on an abbreviation ("the U.S", "from 4 p.m"), its widened form
// keeps the abbreviation's period.
func TestWideningKeepsSpanAbbreviationStop(t *testing.T) {
	for _, tc := range []struct{ text, bare string }{
		{"The envoy flew to Geneva for talks with the U.S.", "the U.S"},
		{"The hall stays open from 4 p.m.", "from 4 p.m"},
	} {
		at := strings.Index(tc.text, tc.bare)
		s := span{at, at + len(tc.bare)}
		for name, w := range map[string]span{"inClause": inClause(tc.text, s, maxShortWords), "phraseAround": phraseAround(tc.text, s)} {
			if got := tc.text[w.start:w.end]; !strings.HasSuffix(got, tc.bare+".") {
				t.Errorf("%s(%q, %q) = %q; want it to end in %q", name, tc.text, tc.bare, got, tc.bare+".")
			}
		}
	}
}
