package qa

import (
	"strings"
	"testing"
)

// TestBareSaidNextQuotation: a bare "what did X say" (no topic asked
// about) whose best passage reports X in the reporter's words is answered
// by the quotation that opens the next passage, where the corpus gives it
// to X: X's own words say what X said; a question about a topic keeps
// nextQuotation's test of which passage holds more of it, and another
// speaker's quotation is no answer.
func TestBareSaidNextQuotation(t *testing.T) {
	const lead = "---\nid: t\nheadline: Storm strands Tolvik islanders\n---\n" +
		"Ferries between Tolvik and Hamre were cancelled on Monday after a storm damaged the pier.\n" +
		"Ida Holm, the harbour master, said the pier would take a month to repair.\n"
	e := engineOfText(t, lead+"\"We are an island without a door. Nobody can leave,\" she said.\n")
	checkShorts(t, e, []askedShort{
		{"what did ida holm say", "We are an island without a door."},
		{"what did the harbour master say", "We are an island without a door."},
	})
	// a topic the reported words hold and the quotation does not: the
	// reported words answer
	if a := mustAsk(t, e, "what did ida holm say abt repairing the pier"); !strings.Contains(a.Short, "the pier would take a month to repair") {
		t.Errorf("topic asked: short %q; want the reported words", a.Short)
	}
	other := engineOfText(t, lead+"\"We are an island without a door. Nobody can leave,\" Ola Berg said.\n")
	checkShorts(t, other, []askedShort{
		{"what did ida holm say", "the pier would take a month to repair"},
	})
}
