package qa

import (
	"strings"
	"testing"
)

// TestQuotedByTitle: "which article quotes the Brenmoor mayor" finds the
// one person the articles describe by that title and place, and names
// the article with whom it quotes; the citation leads with the sentence
// that names them where the quotation does not. One the reader named is
// not named again.
func TestQuotedByTitle(t *testing.T) {
	e := engineOfText(t,
		"---\nid: a\nheadline: Floodwater reaches the Brenmoor quay\n---\nIn the river town of Brenmoor, the water broke its banks on Sunday night.\n\nBrenmoor Mayor Ilse Varga said the quay would stay shut for a week.\n\n“We have sandbags but no pumps. The water is still rising,” she said.\n",
		"---\nid: b\nheadline: Rail line to Ostwick cut by landslip\n---\nNo trains ran on Monday.\n\n“Buses will replace trains until Friday,” said Transport Minister Paul Renner.\n")
	for _, q := range []string{"which article quotes the brenmoor mayor", "which piece quotes the mayor of Brenmoor", "which story quotes Brenmoor's mayor"} {
		a := mustAsk(t, e, q)
		if want := "Floodwater reaches the Brenmoor quay: Ilse Varga"; a.Short != want {
			t.Errorf("%s: %q; want %q", q, a.Short, want)
		}
		if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "Ilse Varga") || !strings.Contains(a.Passages[0].Text, "no pumps") {
			t.Errorf("%s: passages %v; want the quotation led by the sentence naming its speaker", q, a.Passages)
		}
		checkAnswer(t, q, a)
	}
	// a title alone, no name nor place: whom the articles give it
	if a := mustAsk(t, e, "which article quotes the transport minister"); a.Short != "Rail line to Ostwick cut by landslip: Paul Renner" {
		t.Errorf("title alone: %q; want the rail article and its minister", a.Short)
	}
	if a := mustAsk(t, e, "which article quotes varga"); a.Short != "Floodwater reaches the Brenmoor quay" {
		t.Errorf("named: %q; want the article alone (the reader gave the name)", a.Short)
	}
}
