package qa

import "testing"

// TestQuoteCut pins each guard of quoteCut (final re-read RL L9): the
// marks a cut leaves at its end, a straight opening mark among them; a cut
// that opens inside a quotation, which it may end anywhere; a cut ending
// where the quotation it opened closes; and too few words before the
// quotation to cut before it.
func TestQuoteCut(t *testing.T) {
	for _, c := range []struct{ skip, text, cut, want string }{
		// the marks a cut leaves trimmed: a comma, a dash, a curly and a
		// straight opening mark
		{"", "the port would reopen, the mayor said", "the port would reopen,", "the port would reopen"},
		{"", "the port would reopen “soon” she said", "the port would reopen “", "the port would reopen"},
		{"", `the port would reopen "soon" she said`, `the port would reopen "`, "the port would reopen"},
		// (so trimmed even where too few words stand before the mark to
		// cut before a quotation)
		{"", "it would reopen “soon” she said", "it would reopen “", "it would reopen"},
		{"", `it would reopen "soon" she said`, `it would reopen "`, "it would reopen"},
		// a quotation opened inside the cut and running on past it: cut
		// before it, curly or straight
		{"", "the port would reopen “within a week of the storm” he said", "the port would reopen “within a week", "the port would reopen"},
		{"", `the port would reopen "within a week of the storm" he said`, `the port would reopen "within a week`, "the port would reopen"},
		// a quotation the cut holds closed, before its end outside any:
		// the cut stays
		{"", "the port would reopen “soon” and the ferries would run", "the port would reopen “soon” and the ferries", "the port would reopen “soon” and the ferries"},
		// the cut opens inside one quotation and ends inside the next:
		// it is the speaker's words, and it may stop anywhere
		{"“", "“the port would reopen,” he said, “within a week of the storm”", "the port would reopen,” he said, “within a week", "the port would reopen,” he said, “within a week"},
		// the cut opens inside the quotation: it is what the speaker
		// said, and it may stop anywhere
		{"", "“the port would reopen within a week of the storm” he said", "“the port would reopen within a week", "“the port would reopen within a week"},
		// the cut ends where the quotation closes: given whole
		{"", "the port would reopen “within a week” he said", "the port would reopen “within a week", "the port would reopen “within a week"},
		// too few words before the quotation: the cut stays
		{"", "it would reopen “within a week of the storm” he said", "it would reopen “within a week", "it would reopen “within a week"},
	} {
		got := quoteCut(c.text, span{len(c.skip), len(c.skip) + len(c.cut)})
		if s := c.text[got.start:got.end]; s != c.want {
			t.Errorf("quoteCut(%q, %q) = %q; want %q", c.text, c.cut, s, c.want)
		}
	}
}
