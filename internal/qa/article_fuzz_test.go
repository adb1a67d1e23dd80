package qa

import (
	"context"
	"errors"
	"testing"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
)

// FuzzArticle builds an engine over an article of arbitrary text and asks
// it and looks up quotations in it: whatever an operator drops into a
// corpus folder, reading it (names, titles, quotations, speakers) must not
// take the program down, and answers keep their promises.
func FuzzArticle(f *testing.F) {
	for _, s := range []string{
		"Special US envoy Steve Witkoff arrived. Witkoff, who has led talks, said “we go”.",
		"German Chancellor Friedrich Merz spoke. He emphasised “binding guarantees”.",
		"The allies said they must “finish”. “Yes,” he said. “No.”",
		"“”“ ’’ ‘ The The The . . . , , ,", "A", "Mr. Dr. Gen. Jan. 6, 2026 — U.S.-led “",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		a, err := corpus.Parse("f.md", []byte("---\nid: f\n---\n"+body+"\n"))
		if err != nil {
			return // refused with a message: the loading tests check those
		}
		c, err := corpus.New(a)
		if err != nil {
			return
		}
		ix, err := index.Build(c, index.DefaultVocabulary())
		if err != nil {
			t.Fatalf("index.Build: %v", err)
		}
		defer ix.Close()
		e := New(c, ix)
		for _, q := range []string{"Who said it?", "What did the US envoy say?", "Where did they meet?", "How many came?"} {
			ans, err := e.Ask(context.Background(), q)
			if err != nil && !errors.Is(err, ErrInvalidQuestion) {
				t.Fatalf("Ask(%q): %v", q, err)
			}
			checkAnswer(t, q, ans)
		}
		if _, err := e.Quote(context.Background(), body, ""); err != nil && !errors.Is(err, ErrInvalidQuestion) {
			t.Fatalf("Quote: %v", err)
		}
	})
}
