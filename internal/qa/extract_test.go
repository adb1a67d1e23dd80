package qa

import "testing"

// TestExtract: the short answer cut from a passage.
func TestExtract(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct{ question, passage, want string }{
		// a title before the name, in lower case
		{"Who is the Russian leader?", "Russian leader Vladimir Putin's intentions remain unclear.", "Vladimir Putin"},
		{"Who were the US envoys?", "The meeting was attended by US envoys Steve Witkoff and Jared Kushner.", "Steve Witkoff and Jared Kushner"},
		// the one who did it, not the one the question names in lower case
		{"who called starmer incredible", "Witkoff praised Sir Keir Starmer as incredible.", "Witkoff"},
		// the number of what is counted, before the verb
		{"how many countries sent reps to paris", "Representatives of 35 countries met in Paris.", "35 countries"},
		{"How much of Ukraine does Russia occupy?", "Moscow occupies about a fifth of Ukrainian territory.", "about a fifth"},
	} {
		q := e.analyse(tc.question)
		c := candOf(e, tc.passage)
		e.cover(q, c)
		if got := e.extract(q, c); got != tc.want {
			t.Errorf("extract(%q, %q) = %q; want %q", tc.question, tc.passage, got, tc.want)
		}
	}
}
