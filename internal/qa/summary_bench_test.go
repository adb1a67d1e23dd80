package qa

import (
	"context"
	"testing"
)

// BenchmarkSummary is one overview of the embedded articles and one of a
// topic.
func BenchmarkSummary(b *testing.B) {
	e := testEngine(b)
	ctx := context.Background()
	for b.Loop() {
		if _, err := e.Summary(ctx, ""); err != nil {
			b.Fatal(err)
		}
		if _, err := e.Summary(ctx, "greenland"); err != nil {
			b.Fatal(err)
		}
	}
}
