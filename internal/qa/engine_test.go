package qa

import (
	"testing"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/index"
)

func testEngine(t testing.TB) *Engine {
	t.Helper()
	e, ix, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return e
}

// engineOver is an engine over c, indexed in memory.
func engineOver(t testing.TB, c *corpus.Corpus) *Engine {
	t.Helper()
	ix, err := index.Build(c, index.DefaultVocabulary())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return New(c, ix)
}
