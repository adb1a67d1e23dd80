package qa

import (
	"strings"
	"testing"
)

// TestAnnouncedListNext: a sentence that names the things asked for and
// lists none hands the answer to the next sentence of its paragraph,
// where a colon opens their list.
func TestAnnouncedListNext(t *testing.T) {
	e := engineOfText(t, "---\nid: harbour\nheadline: Port board backs harbour plan\npublished: 2027-05-02\n---\n"+
		"HARBOURTON — The port board approved the harbour plan on Monday after a long debate.\n"+
		"The chair said the board now had firm proposals for the quay. Both had been long awaited. There is money for each: a ferry berth and a fish market.\n"+
		"Work is due to start in the spring, the board said.\n")
	a := mustAsk(t, e, "what proposals does the board have for the quay")
	if !strings.Contains(a.Short, "ferry berth") || !strings.Contains(a.Short, "fish market") {
		t.Errorf("short %q; want the list after the colon (a ferry berth and a fish market)", a.Short)
	}
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "fish market") {
		t.Errorf("top passage does not show the list: %+v", a.Passages)
	}
}

// TestAnnouncedListNoneHere: a sentence that does not name the things
// asked for announces no list of them, whatever list follows a colon; one
// that names them and lists them itself is the answer (gatherList asks
// bestList first), and a later colon's list is another's.
func TestAnnouncedListNoneHere(t *testing.T) {
	for _, c := range []struct{ why, body, q, colons string }{
		{"names no proposals",
			"The port board met on the quay on Monday. Members argued for hours. On the agenda: a ferry berth and a fish market.",
			"what proposals does the board have for the quay", "a ferry berth and a fish market"},
		{"lists the proposals itself",
			"The port board backed proposals, berths, markets and parks among them. Members argued for hours. On the agenda: roads and rail.",
			"what proposals did the port board back", "roads and rail"},
	} {
		e := engineOfText(t, "---\nid: board\nheadline: Port board meets\npublished: 2027-05-02\n---\n"+c.body+"\n")
		if a := mustAsk(t, e, c.q); strings.Contains(a.Short, c.colons) {
			t.Errorf("short %q: the colon's list for a sentence that %s", a.Short, c.why)
		}
	}
}

// TestListAfterColon: a colon opens a list only where what follows it is
// coordinated, and not a quotation; the list ends with its clause.
func TestListAfterColon(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"There is concrete content: a joint declaration and a trilateral one,” he said.", "a joint declaration and a trilateral one"},
		{"The plan has three parts: roads, rail and ports; the rest waits.", "roads, rail and ports"},
		{"He put it simply: the money is gone.", ""},
		{"She said: “We want fairness and respect.”", ""},
		{"No colon here, only fish and chips.", ""},
		// a figure's colon opens nothing; an attribution is no item
		{"Ships leave at 9:15 and 11:40 daily.", ""},
		{"The harbour gets two things: a ferry berth and a fish market, Ruiz said.", "a ferry berth and a fish market"},
	} {
		if got := listAfterColon(c.text); got != c.want {
			t.Errorf("listAfterColon(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestAnnouncedListReach: the sentence that names the things asked for
// finds their list after a colon one or two sentences on (a sentence of
// comment may stand between), not three: by then the paragraph has gone
// on to other things (announceReach).
func TestAnnouncedListReach(t *testing.T) {
	const q = "what plans does the school board have for the library"
	for _, c := range []struct {
		between string // the sentences between the naming one and the colon's
		found   bool
	}{
		{"", true},
		{"Parents had asked for them for years. ", true},
		{"Parents had asked for them for years. Teachers welcomed the news. ", false},
	} {
		e := engineOfText(t, "---\nid: school\nheadline: Board sets out library plans\npublished: 2027-03-09\n---\n"+
			"The school board set out its plans for the library on Tuesday. "+c.between+"The budget pays for two: a reading room and a study hall.\n")
		an := e.analyse(q)
		top, _ := rankedOpening(mustRank(t, e, &an), "The school board set out")
		if top == nil {
			t.Fatalf("between %q: the sentence naming the plans is no candidate", c.between)
		}
		_, list, ok := e.announcedList(&an, top)
		if ok != c.found || ok && list != "a reading room and a study hall" {
			t.Errorf("between %q: announcedList = %q, %v; want the colon's list: %v", c.between, list, ok, c.found)
		}
	}
}
