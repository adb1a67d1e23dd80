package main

import (
	"slices"
	"testing"
)

// TestExceptions: one line per form with its bases from every file,
// sorted; collocations, capitals and a form that is its own base are left
// out.
func TestExceptions(t *testing.T) {
	verbs := "dealt deal\nsaw see\nbroken break\ngot_up get_up\n"
	nouns := "children child\nsaw saw\nAthens Athena\nmice mouse\n"
	got := exceptions(verbs, nouns)
	want := []string{"broken break", "children child", "dealt deal", "mice mouse", "saw see"}
	if !slices.Equal(got, want) {
		t.Errorf("exceptions: %q; want %q", got, want)
	}
}
