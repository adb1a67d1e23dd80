package qa

import (
	"slices"
	"strings"
	"testing"
)

// TestFirstFields: firstFields is the head of strings.Fields, spaces of
// every kind (tabs, a no-break space, an ideographic space) and invalid
// bytes included.
func TestFirstFields(t *testing.T) {
	for _, s := range []string{
		"", "   ", "one", "  The minister said,\tthat\u00a0talks would\u3000resume  ",
		"“Quoted” words\n\nacross lines", "bad \xff byte here", "euros 40 million",
	} {
		all := strings.Fields(s)
		for n := 0; n <= len(all)+1; n++ {
			want := all[:min(n, len(all))]
			if got := firstFields(s, n); !slices.Equal(got, want) {
				t.Errorf("firstFields(%q, %d) = %q; want %q", s, n, got, want)
			}
		}
	}
}
