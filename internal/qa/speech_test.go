package qa

import (
	"strings"
	"testing"
)

// TestReportedClauseWhole: "what did X say" of a sentence that reports X's
// words in a clause of the reporter's, one verb of it quoted ("the
// inspectors had “confirmed” which bridges would close"), is answered by
// that clause: not the quoted verb alone, not the attribution ("Berg
// said"), and not cut at the "which" that opens what was confirmed.
func TestReportedClauseWhole(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Bridges to close for repairs\n---\n"+
		"The city will close several bridges next month for repairs to their steel decks.\n"+
		"Mayor Anna Berg said the inspectors had \"confirmed\" which bridges would close first and how long the repairs would take.\n"+
		"Traffic on the ring road is expected to rise while the work goes on.\n")
	a := mustAsk(t, e, "what did berg say the inspectors had worked out")
	if !strings.Contains(a.Short, "which bridges would close") || strings.Contains(a.Short, "said") {
		t.Errorf("short %q; want the reported clause (\"… which bridges would close …\") without the attribution", a.Short)
	}
}

// TestPartialQuote: a quoted participle after a perfect's auxiliary in a
// reported sentence is a word of the reporter's clause; a quoted noun or
// adjective, or a quotation of its own, is not.
func TestPartialQuote(t *testing.T) {
	for text, want := range map[string]bool{
		`Berg said the inspectors had "confirmed" which bridges would close.`:      true,
		`Berg said the blocks had “pancaked”, each floor dropping onto the next.`: true,
		`Berg called the inspectors "colleagues" and thanked them.`:                false,
		`Berg said the talks had been "productive".`:                               false,
		`The report had "confirmed" the fault.`:                                    false,
	} {
		i := strings.IndexAny(text, "\"“")
		start := i + 1
		if text[i] != '"' {
			start = i + len("“")
		}
		end := start + strings.IndexAny(text[start:], "\"”")
		if got := partialQuote(text, start, end); got != want {
			t.Errorf("partialQuote(%q) = %v; want %v", text, got, want)
		}
	}
}
