package qa

import "testing"

// TestWithPurpose: a how answer takes in the infinitive of purpose a comma
// sets right after it, where the whole fits a short answer; not a passive
// "to be", not for why, not past a dozen words, not where the answer is
// not in the text.
func TestWithPurpose(t *testing.T) {
	how, why := &question{kind: KindHow}, &question{kind: KindWhy}
	for _, tc := range []struct {
		q                 *question
		text, short, want string
	}{
		{how, "weekend closures only, to keep the café queues short", "weekend closures only", "weekend closures only, to keep the café queues short"},
		{how, "The crews worked at night, to spare the Zoë Street shops. Then they left.", "worked at night", "worked at night, to spare the Zoë Street shops"},
		{how, "The crews worked at night, to be paid later.", "worked at night", "worked at night"},
		{why, "weekend closures only, to keep the queues short", "weekend closures only", "weekend closures only"},
		{how, "closures on the six busiest weekends of the year, to keep the queues at the market short", "closures on the six busiest weekends of the year", "closures on the six busiest weekends of the year"},
		{how, "weekend closures only, to", "weekend closures only", "weekend closures only"},
		{how, "weekend closures only", "night work", "night work"},
		{how, "", "", ""},
		{how, "£5 fares —, to", "£5 fares —", "£5 fares —"},
		// an abbreviation's full stop ends no sentence
		{how, "dawn patrols only, to keep U.S. barges moving by noon", "dawn patrols only", "dawn patrols only, to keep U.S. barges moving by noon"},
		{how, "late shifts only, to let Dr. Mbeki rest", "late shifts only", "late shifts only, to let Dr. Mbeki rest"},
	} {
		if got := withPurpose(tc.q, tc.text, tc.short); got != tc.want {
			t.Errorf("withPurpose(%v, %q, %q) = %q; want %q", tc.q.kind, tc.text, tc.short, got, tc.want)
		}
	}
}

// TestHowWithPurpose: asked how, an answer with no means shows the
// purpose a comma sets after it.
func TestHowWithPurpose(t *testing.T) {
	e := howEngine(t, "The Kelso Road traders' group wrote to the council on Monday about the sewer works.\n\n"+
		"Its letter asks for the following:\n\n"+
		"- night-time digging where possible, to protect daytime trade\n"+
		"- a named contact for every shop\n\n"+
		"The works start in May.")
	wantShorts(t, e, []askedShort{{"how do the traders want the digging timed so they dont lose custom", "night-time digging where possible, to protect daytime trade"}})
}
