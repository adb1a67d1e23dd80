package qa

import (
	"strings"
	"testing"
)

// TestDeedInOwnVerb: a who-answer is shown with the deed its clause gives
// it in the question's own verb too: the name as the clause's subject
// ("… opened the harbour festival on Friday") and as its verb's object
// ("met privately with …"), so the answer is the passage's sentence that
// answers, with what it says beyond the question.
func TestDeedInOwnVerb(t *testing.T) {
	e := engineOfText(t, `---
id: t
headline: Harbour festival opens
---
In Vesterby, Mayor Lena Sorvik opened the harbour festival on Friday, two weeks after the storm.
The fishermen's union chief Omar Dahl met privately with Sorvik before the parade and later joined the crews on the quay.
Fishing boats stayed in port on Monday.
Deputy Harbour Master Karin Lund signed a safety charter that obliges every skipper to carry a beacon at sea.
Port Captain Ola Brenne decided that skippers must report every net lost at sea within a day.
`)
	for _, c := range []struct{ q, name, deed string }{
		{"who opened the harbour festival", "Lena Sorvik", "opened the harbour festival on Friday"},
		{"who did omar dahl meet privately", "Sorvik", "met privately with Sorvik"},
		{"who signed the safety charter", "Karin Lund", "signed a safety charter"},
		// "that" right after the verb opens what was decided: no relative
		{"who decided skippers must report lost nets", "Ola Brenne", "decided that skippers"},
	} {
		a := mustAsk(t, e, c.q)
		if !strings.Contains(a.Short, c.name) || !strings.Contains(a.Short, c.deed) {
			t.Errorf("%s: %q; want %q with %q", c.q, a.Short, c.name, c.deed)
		}
		// a relative clause the dozen words would cut open is left out
		if strings.Contains(a.Short, " that ") && !strings.Contains(c.deed, " that ") {
			t.Errorf("%s: %q ends inside a relative clause", c.q, a.Short)
		}
	}
}
