package qa

import (
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestReasonReviewMends: faults a reviewer found in the cue rules for
// "why" and "how". A figure that counts what follows it is no time after
// "since"/"after" ("after 40 people died" is a cause; "since 2019" is
// not); "left" is causative only before a participle that is a verb's,
// not a noun its determiner opens ("left the meeting"); "back to" is a
// direction and "turned out to have been" no purpose; "by" before a
// noun for a person is an agent, "by bus" is a means, and a quotation
// mark before a name is no lower-case letter.
func TestReasonReviewMends(t *testing.T) {
	cue := func(text, phrase string) bool {
		lower := strings.ToLower(text)
		return reasonCue(text, lower, strings.Index(lower, " "+phrase+" ")+1, phrase)
	}
	for _, tc := range []struct {
		text, phrase string
		want         bool
	}{
		{"Rescuers pulled back after the 5.9 aftershock.", "after", true},
		{"Talks stalled after 40 people died in the blast.", "after", true},
		{"The dam has been closed since 2019.", "since", false},
		{"The line was shut after 3:40am on Tuesday.", "after", false},
		{"Flights resumed after 12 hours.", "after", false},
		{"Talks broke down after 40 Americans died.", "after", true},
		{"Families were evacuated by bus.", "by", true},
		{"The man was stopped by guard dogs.", "by", false},
		{"The bridge was named by “Mayor Holt” in 1974.", "by", false},
		{"The crash was reported by a passenger.", "by", false},
	} {
		if got := cue(tc.text, tc.phrase); got != tc.want {
			t.Errorf("reasonCue(%q, %q) = %v; want %v", tc.text, tc.phrase, got, tc.want)
		}
	}
	for _, c := range []struct {
		after  string
		result bool // "leaving" after a comma
		want   bool
	}{
		{" the river running high", false, true},
		{" the meeting early.", false, false},
		{" the building through a side door", false, false},
		{" port on Tuesday morning.", false, false},
		{" thousands of people sleeping in cars", false, true},
		{" thousands without power", true, true},
		{" the town under a boil-water advisory", true, true},
		{" the port without its escort on Monday.", false, false},
		{" the building under police escort", false, false},
	} {
		if got := leftInState(c.after, c.result); got != c.want {
			t.Errorf("leftInState(%q, %v) = %v; want %v", c.after, c.result, got, c.want)
		}
	}
	for text, want := range map[string]bool{
		"the fund was set aside to maintain focus": true,
		"staff went back to work on monday":        false,
		"the damage turned out to have been worse": false,
	} {
		if got := phrasalPurpose(text, strings.Index(text, " to ")+1); got != want {
			t.Errorf("phrasalPurpose(%q) = %v; want %v", text, got, want)
		}
	}
}

// TestResultParticiple: a participle clause of result after a comma
// ("…, leaving …", "…, forcing …") has for its cause what the comma
// closes, a relative clause with its antecedent; without the comma ("is
// forcing") the cause is the subject, not found this way.
func TestResultParticiple(t *testing.T) {
	for _, tc := range []struct{ text, asked, want string }{
		{"A storm hit the coast at dawn, the old pumping station, which lost power at midnight, leaving the village without drinking water.", "drinking", "the old pumping station, which lost power at midnight"},
		{"Budgets for roads were cut by a third in 2021, forcing the county to delay the repairs.", "repairs", "Budgets for roads were cut by a third in 2021"},
		{"The storm is forcing the county to delay the repairs.", "repairs", ""},
		// an earlier use of the cue with no comma hides none after it
		{"Crews began leaving the site early, and the storm knocked out the substation, leaving thousands without power.", "power", "the storm knocked out the substation"},
		// "left" of motion with "without" is no cause
		{"The convoy left the port without its escort on Monday.", "escort", ""},
	} {
		i := strings.Index(tc.text, tc.asked)
		r, ok := reasonIn(tc.text, KindWhy, i+len(tc.asked), span{i, i + len(tc.asked)})
		got := ""
		if ok {
			got = tc.text[r.start:r.end]
		}
		if got != tc.want {
			t.Errorf("reasonIn(%q) = %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestHeadlineRival: a sentence of the headline's own article that scores
// nearly as well as the headline may go before it, whatever its share of
// the question's words; one of another article, or far below, may not.
func TestHeadlineRival(t *testing.T) {
	a, b := &corpus.Article{ID: "a"}, &corpus.Article{ID: "b"}
	top := &cand{a: a, p: corpus.Passage{Kind: corpus.KindHeadline}, score: 1, cov: 1, entOK: true}
	for _, tc := range []struct {
		c    *cand
		want bool
	}{
		{&cand{a: a, p: corpus.Passage{Kind: corpus.KindBody}, score: 0.9, cov: 0.5, entOK: true}, true},
		{&cand{a: b, p: corpus.Passage{Kind: corpus.KindBody}, score: 0.9, cov: 0.5, entOK: true}, false},
		{&cand{a: a, p: corpus.Passage{Kind: corpus.KindBody}, score: 0.5, cov: 0.5, entOK: true}, false},
		{&cand{a: a, p: corpus.Passage{Kind: corpus.KindBody}, score: 0.9, cov: 0.5, entOK: false}, false},
	} {
		if got := headlineRival(tc.c, top); got != tc.want {
			t.Errorf("headlineRival(%+v) = %v; want %v", tc.c.p, got, tc.want)
		}
	}
	top.p.Kind = corpus.KindBody
	if headlineRival(&cand{a: a, p: corpus.Passage{Kind: corpus.KindBody}, score: 0.9, entOK: true}, top) {
		t.Error("headlineRival: a body top has no headline's rivals")
	}
}

// TestSummaryLineYieldsHow: a standfirst (or headline) that says in few
// words what an expert holds gives way, for a "how" question it gives no
// means for, to the body sentence of its article that scores nearly as
// well and goes on to say how; a standfirst is a summary line as a
// headline is, for "why" too (headlineRival).
func TestSummaryLineYieldsHow(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Orchard growers count their losses after the late frost
standfirst: Farmers clear ruined blossom while a plant scientist says dry soil makes frost worse
---
Growers in the valley lost most of this year's apple blossom on Sunday night.

"Dry soil loses its warmth quickly after sunset, and the air above an orchard cools faster, which makes the frost worse for the blossom," the scientist said.

The growers' association will meet on Thursday.
`)
	wantTop(t, e, "how does dry soil make the frost worse", "Dry soil loses its warmth", true)
	a := &corpus.Article{ID: "a"}
	top := &cand{a: a, p: corpus.Passage{Kind: corpus.KindStandfirst}, score: 1, cov: 1, entOK: true}
	if !headlineRival(&cand{a: a, p: corpus.Passage{Kind: corpus.KindBody}, score: 0.9, cov: 0.5, entOK: true}, top) {
		t.Error("headlineRival: a body sentence scoring near its article's standfirst rivals it")
	}
}
