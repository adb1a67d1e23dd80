package qa

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestNamedBySlug: an article is called by the words of its identifier, as
// a newsroom names a story, though its headline does not say them ("the
// damages story" of "ferry-collision-damages", whose headline speaks of
// repairs); the word in the bodies of the others as well does not tell
// them apart without it.
func TestNamedBySlug(t *testing.T) {
	dir := t.TempDir()
	arts := []struct{ id, head, body, tail string }{
		{"ferry-collision-pier", "Ferry strikes pier at Lorwick harbour", "A passenger ferry struck the main pier at Lorwick harbour on Monday.\nThe harbour master said the damages would be assessed.", ".html?utm_source=rss#top"},
		{"ferry-collision-damages", "Lorwick pier repairs to take months", "Repairs to the Lorwick pier will cost about £3 million and take until autumn.\nEngineers counted the damages on Tuesday.", ""},
		{"ferry-collision-inquiry", "Inquiry opens into Lorwick ferry crash", "Investigators opened an inquiry into the ferry crash on Wednesday.\nInsurers said damages claims were expected.", ""},
	}
	for i, a := range arts {
		front := "---\nid: " + a.id + "\nheadline: " + a.head + "\noutlet: Test Gazette\npublished: 2026-03-0" + string(rune('2'+i)) + "\nurl: https://gazette.example/news/" + a.id + a.tail + "\n---\n"
		if err := os.WriteFile(filepath.Join(dir, a.id+".md"), []byte(front+a.body+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, _, err := corpus.Dir(dir, corpus.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	e := engineOver(t, c)
	for _, tc := range []struct{ q, want string }{
		{"tldr of the damages story", "ferry-collision-damages"},
		// the address's query, fragment and extension name no one story
		// (final re-read RM5)
		{"tldr of the rss story", ""},
		{"tldr of the html story", ""},
	} {
		q := e.analyse(tc.q)
		got := e.namedArticles(&q, q.words)
		if tc.want == "" && len(got) == 1 || tc.want != "" && (len(got) != 1 || got[0].ID != tc.want) {
			ids := []string{}
			for _, a := range got {
				ids = append(ids, a.ID)
			}
			t.Errorf("%q: named %v, want %s", tc.q, ids, tc.want)
		}
	}
}
