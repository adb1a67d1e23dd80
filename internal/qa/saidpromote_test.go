package qa

import (
	"strings"
	"testing"
)

// TestSaidSpeakerOverCaption: for "what did X say", a passage in which
// no one asked about speaks (a caption that names the harbour master and
// the fishermen, every word of the question) yields to one of the close
// look in which the harbour master speaks, though it holds little else of
// the question: the name is given in another sentence of the quotation.
func TestSaidSpeakerOverCaption(t *testing.T) {
	e := engineOfText(t, `---
id: harbour
headline: Fishing fleet stays in port as fuel prices climb
---
The town's fishing fleet stayed in port for a third day on Monday as boat owners said fuel had become too dear to put to sea.

"The boats are the town's heart. If they stop, the shops and the school follow," Brenn said. "Give them a winter's grace on the fees."

Brenn said she would write to the ministry this week.

> Harbour master Olga Brenn talks with fishermen on the quay on Monday. (Coast Times/Per Alm)
`)
	const q, want = "what did the harbour master say about the fishermen", "Brenn said"
	a := mustAsk(t, e, q)
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, want) {
		var got string
		if len(a.Passages) > 0 {
			got = a.Passages[0].Text
		}
		t.Errorf("Ask(%q) first passage = %q; want one holding %q", q, got, want)
	}
	// only a passage in which the one asked about speaks is promoted, not
	// one in which no one does (final re-read FS2)
	e = engineOfText(t, `---
id: talks
headline: Leaders meet on the ceasefire
---
Starmer said peace in the ceasefire talks would only be possible if Russia compromises.

Russia's wheat harvest shrank last year.
`)
	if a := mustAsk(t, e, "what has russia said about the ceasefire talks"); !strings.Contains(a.Short, "would only be possible") {
		t.Errorf("short %q; want what was said of the talks, not a passage in which nobody speaks", a.Short)
	}
}
