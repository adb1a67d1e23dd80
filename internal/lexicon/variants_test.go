package lexicon

import (
	"slices"
	"testing"
)

func TestVariants(t *testing.T) {
	for w, want := range map[string]string{
		"epicenter": "epicentre", "epicentre": "epicenter", "defense": "defence", "neighbours": "neighbors",
		"organized": "organised", "analyse": "analyze", "travelled": "traveled", "catalog": "catalogue",
	} {
		if got := Variants(w); !slices.Contains(got, want) {
			t.Errorf("Variants(%q) = %v; want it to hold %q", w, got, want)
		}
	}
	for _, w := range []string{"for", "tour", "rise", "", "or"} {
		if got := Variants(w); len(got) > 0 {
			t.Errorf("Variants(%q) = %v; want none (too short a stem)", w, got)
		}
	}
}
