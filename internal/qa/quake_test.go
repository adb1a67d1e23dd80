package qa

import (
	"testing"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
)

// quakeEngine is an engine over the other coverage (testdata/quake, a copy
// of ../shared/transfer/quake): five articles on an earthquake in Chile, to
// check that what works on the summit is not fitted to it.
func quakeEngine(t testing.TB) *Engine {
	t.Helper()
	c, _, err := corpus.Dir("testdata/quake/articles", corpus.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Build(c, index.DefaultVocabulary())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return New(c, ix)
}
