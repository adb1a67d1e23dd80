package qa

import (
	"strings"
	"testing"
)

// TestSaidPastSubjectAside: a "what did X say" short answer keeps a
// relative clause set off by commas between the reported clause's
// subject and its verb ("said the old causeway, which was built in
// 1962, would reopen") or an apposition ("said the lighthouse, the
// tallest on the coast, would stay dark"), and still ends at one that
// another clause
// follows (", and the ferry would run"); reportedClause reads any text
// without panicking.
func TestSaidPastSubjectAside(t *testing.T) {
	e := engineOfText(t, "---\nid: p\nheadline: Causeway works\n---\n"+
		"Storm waves damaged the Brannock causeway on Sunday.\n\n"+
		"Marta Lindqvist, the county engineer, said the old causeway, which was built in 1962, would reopen by Friday.\n\n"+
		"Owen Farrell, a ferry skipper, said the harbour, where his boat is moored, has lost power.\n\n"+
		"Priya Nair, the mayor, said crews had cleared the slipway, which flooded twice last year, and the ferry would run.\n\n"+
		"Tomas Berg, a harbour pilot, said the lighthouse, the tallest on the coast, would stay dark.\n\n"+
		"Ines Kahl, a diver, said the storm flooded the quay, the pier, and the boathouse.\n")
	for _, tc := range []struct{ q, holds, not string }{
		{"what did marta lindqvist say", "would reopen", ""},
		{"what did owen farrell say", "has lost power", ""},
		{"what did priya nair say", "cleared the slipway", "flooded"},
		{"what did tomas berg say", "would stay dark", ""},
		{"what did ines kahl say", "flooded the quay", "boathouse"},
	} {
		a := mustAsk(t, e, tc.q)
		if !strings.Contains(a.Short, tc.holds) || tc.not != "" && strings.Contains(a.Short, tc.not) {
			t.Errorf("%q: short answer %q; want it to hold %q and not %q", tc.q, a.Short, tc.holds, tc.not)
		}
	}
	for _, text := range []string{"said the pier, which", "said the pier, which é, ", "said £, which—’, was", "said , which , ", "said"} {
		s := reportedClause(text, 0)
		if s.start < 0 || s.end > len(text) || s.start > s.end {
			t.Errorf("reportedClause(%q) = %v; want a span of the text", text, s)
		}
	}
}
