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

// TestSaidStranded: "what did X say Y P", a reported clause Y that ends
// on a stranded preposition P, asks for P's object in the passage, shown
// without the words before it; a question whose clause a preposition
// opens asks about a topic, and a bare one asks for no object.
func TestSaidStranded(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Tolvik pier to be rebuilt\n---\n"+
		"Storms destroyed the Tolvik pier in March.\n"+
		"The new pier is “the key to ensuring that the island's school can stay open through the winter and its shop stocked,” harbour master Ida Holm said.\n")
	a := mustAsk(t, e, "what did ida holm say the new pier is the key to")
	if !strings.HasPrefix(a.Short, "ensuring that the island's school") {
		t.Errorf("stranded \"to\": short %q; want the object of \"key to\"", a.Short)
	}
	// a preposition of topic ("depends on"), which trailingObject leaves
	// alone, is saidStranded's alone (final re-read RP T1)
	d := engineOfText(t, "---\nid: d\nheadline: Tolvik school fights on\n---\n"+
		"Parents met at the Tolvik school on Monday.\n"+
		"“The very future of the school depends on whether the new ferry keeps running through the winter,” head teacher Ida Holm said.\n")
	if a := mustAsk(t, d, "what did ida holm say the future of the school depends on"); !strings.HasPrefix(a.Short, "whether the new ferry") {
		t.Errorf("stranded \"on\": short %q; want the object of \"depends on\"", a.Short)
	}
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"what did holm say the pier is the key to", true},
		{"what did holm say that the fund was for", true},
		{"what did holm say they were waiting for", true},
		{"what did holm say", false},
		{"what did holm say about", false},
		{"what did holm say about the pier", false},
		{"what did holm say about the fund for", false},
		{"what did holm say the pier would be", false},
		{"who did holm say the pier was built for", false},
	} {
		if got := saidStranded(strings.Fields(c.q)); got != c.want {
			t.Errorf("saidStranded(%q) = %v; want %v", c.q, got, c.want)
		}
	}
}
