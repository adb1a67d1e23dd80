package qa

import (
	"context"
	"strings"
	"testing"
)

// TestReviewMends holds the faults a reading of the 3 December change
// found: each case failed (or panicked) before its mend.
func TestReviewMends(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Port strike ends
---
Members of the Port  and Transport Workers' Union (PTWU) walked out on Monday.

Under the agreement, the terminal operator, Keldhaven Container Terminals (KCT), will pay a bonus.

Kessby Mayor Anne Holt, who took office in May, said the road would reopen.
`)
	ctx := context.Background()
	// a spelled-out name whose words two spaces part: no panic
	for _, q := range []string{"what is the ptwu", "who are the ptwu"} {
		if _, err := e.Ask(ctx, q); err != nil {
			t.Errorf("Ask(%q): %v", q, err)
		}
	}
	// "stand for" asks the name alone, not the description before it
	if a := mustAsk(t, e, "what does KCT stand for"); a.Short != "Keldhaven Container Terminals" {
		t.Errorf("what does KCT stand for: %q; want the name alone", a.Short)
	}
	// a name X runs on over capitalised words, but not into a title and
	// the person it names
	if a := mustAsk(t, e, "what is kessby"); strings.Contains(a.Short, "Mayor") {
		t.Errorf("what is kessby: %q; a mayor is no description of the place", a.Short)
	}
	// "who are" of a common noun asks which people, not what a body is
	er := engineOfText(t, `---
id: t
headline: Quake rescue
---
The rescuers, who arrived on Tuesday night, found two survivors.

Teams from Santiago and Antofagasta joined them.
`)
	if a := mustAsk(t, er, "who are the rescuers"); a.Kind == KindDefine {
		t.Errorf("who are the rescuers: answered as a definition, %q", a.Short)
	}
	// the verb after "did" and a subject whose noun is a verb too
	for q, want := range map[string]string{
		"did the fire spread to kessby":         "spread",
		"did they clear the backlog":            "clear",
		"did wednesdays follow up talks settle": "follow",
	} {
		qq := e.analyse(q)
		if i := didVerb(qq); i < 0 || strings.ToLower(qq.terms[i].word) != want {
			got := ""
			if i >= 0 {
				got = qq.terms[i].word
			}
			t.Errorf("didVerb(%q) = %q; want %q", q, got, want)
		}
	}
	// "a second cell" counts no one cell
	q := e.analyse("how many coordination cells did they agree to set up")
	for text, want := range map[string]bool{
		"They agreed to set up a coordination cell in Paris.":        true,
		"They agreed to set up a second coordination cell in Paris.": false,
	} {
		at := strings.Index(text, " a ") + len(" a ")
		if got := e.countedHeadAt(q, text, at); got != want {
			t.Errorf("countedHeadAt(%q) = %v; want %v", text, got, want)
		}
	}
	// a list whose words other spaces part: no panic
	if s := shortStart("free\u00a0parking\u00a0vouchers\u00a0for\u00a0every shop, night-time work, a named contact, a compensation fund"); s == "" {
		t.Error("shortStart: empty")
	}
	// a curly closing quote ends a phrase as a straight one does
	line := strings.Fields("the minister said the flood wall there would hold until next “Friday” officials added later")
	straight := strings.Fields(strings.ReplaceAll(strings.Join(line, " "), "”", "\""))
	if cutInPhrase(line) != cutInPhrase(straight) {
		t.Errorf("cutInPhrase: %v with a curly quote, %v with a straight one", cutInPhrase(line), cutInPhrase(straight))
	}
}
