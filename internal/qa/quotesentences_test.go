package qa

import (
	"strings"
	"testing"
)

// TestQuoteSentences: a quotation of several sentences names its speaker
// in one of them only; asked what the speaker said, the engine looks at
// its other sentences too (withQuoteSentences), so the one that does not
// name the speaker is among the passages shown.
func TestQuoteSentences(t *testing.T) {
	e := engineOfText(t, `---
id: meadow
headline: Residents fight tram route over meadows
---
The council approved the tram line on Tuesday after a long debate.

Its spokesperson, retired ecologist Martin Hale, said the council had ignored a cheaper route along Mill Lane.

"Nobody here is against trams. We are against concreting over the last wild place in east Harwick," Hale said.

Work on the depot is due to start in the spring.
`)
	for _, tc := range []struct{ q, want string }{
		{"what did martin hale say", "Nobody here is against trams."},
		{"what did hale say about the meadows", "Nobody here is against trams."},
	} {
		a := mustAsk(t, e, tc.q)
		var got []string
		found := false
		for _, p := range a.Passages {
			got = append(got, p.Text)
			found = found || strings.Contains(p.Text, tc.want)
		}
		if !found {
			t.Errorf("Ask(%q) passages = %q; want one holding %q", tc.q, got, tc.want)
		}
	}
}
