package qa

import (
	"strings"
	"testing"
)

// TestTimeWordWholeMonth checks that a month is read by its whole name or
// abbreviation, never by a word that only opens as one does.
func TestTimeWordWholeMonth(t *testing.T) {
	for w, want := range map[string]bool{
		"june": true, "sept.": true, "jan": true, "May": true, "december": true, "may": true,
		"mayor": false, "marine": false, "junior": false, "decision": false,
		"over": false, "private": false, "embassy": false, "novel": false, "berth": false,
	} {
		if got := timeWord(w); got != want {
			t.Errorf("timeWord(%q) = %v; want %v", w, got, want)
		}
	}
	for s, want := range map[string]string{
		"Friday, Feb.9, 2024": "feb", "9 Sept. 2024": "sep", "the mayor's office": "",
		"a marine unit": "", "": "", "£5 — é": "", "on 3 May": "may",
		"on 3 may": "may", "from may 12,": "may", "by may 2027": "may", "May’s storms": "may",
		"two may have died": "", "the dam may close": "", "the dam may not hold": "", "may": "",
		"the dam may": "", "12 may die": "", "Talks May Begin": "", "in May police said": "may",
		"may é": "", "é may": "", "— may —": "",
	} {
		if got := monthOf(s); got != want {
			t.Errorf("monthOf(%q) = %q; want %q", s, got, want)
		}
	}
}

// TestWithTimeNotMonthPrefix checks that a follow-up's time replaces only
// a phrase of time the question gives, not a place that opens as a month
// does.
func TestWithTimeNotMonthPrefix(t *testing.T) {
	for q, want := range map[string]string{
		"what closed in marchwood?": "what closed in marchwood in june",
		"what closed in march?":     "what closed in june",
		"what closed in may?":       "what closed in june",
		"who spoke on decking day?": "who spoke on decking day in june",
	} {
		if got := withTime(q, "in june"); got != want {
			t.Errorf("withTime(%q, %q) = %q; want %q", q, "in june", got, want)
		}
	}
}

// TestReasonCueNotMonthPrefix checks timeWord's callers among the reason
// cues: "since", "after" and "through" before a month, a day or a year
// open a time, not a cause ("May" read as written, capitalised, in the
// lower-cased text); before a word that only opens as a month
// does ("mayor", "decision", "private"), they may open a cause.
func TestReasonCueNotMonthPrefix(t *testing.T) {
	for _, tc := range []struct {
		text, phrase string
		want         bool
	}{
		{"the ferry stopped since june", "since", false},
		{"the ferry stopped since the mayor closed the pier", "since", true},
		{"the ferry stopped after the decision to close the pier", "after", true},
		{"the ferry stopped after 3 sept. 2024", "after", false},
		{"the pier reopened through private donations", "through", true},
		{"the pier stayed shut through december", "through", false},
		{"the ferry stopped since May", "since", false}, // the month, lower-cased
		{"the pier stayed shut through May", "through", false},
		{"the ferry stopped after May’s storms", "after", false},
		{"the ferry stopped since é", "since", true},
	} {
		i := strings.Index(tc.text, " "+tc.phrase+" ") + 1
		if got := reasonCue(tc.text, lowerASCII(tc.text), i, tc.phrase); got != tc.want {
			t.Errorf("reasonCue(%q, %q) = %v; want %v", tc.text, tc.phrase, got, tc.want)
		}
	}
}
