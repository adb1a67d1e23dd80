package qa

import "testing"

func testEngine(t testing.TB) *Engine {
	t.Helper()
	e, ix, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return e
}
