package qa

import (
	"slices"
	"testing"

	"github.com/summitbot/summitbot/corpus"
)

// TestDescriptors: the people a corpus names in full, with the titles and
// places it gives them, stand for those words where a later sentence names
// them alone.
func TestDescriptors(t *testing.T) {
	a, err := corpus.Parse("t.md", []byte(`---
id: t
headline: Envoys Meet In Rome
---
Special US envoy Steve Witkoff arrived in Rome on Monday. German Chancellor Friedrich Merz joined him.
Witkoff, who has led talks with Russia, spoke first.
`))
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.New(a)
	if err != nil {
		t.Fatal(err)
	}
	e := engineOver(t, c)
	for _, tc := range []struct {
		surname string
		want    []string
		not     []string
	}{
		{"witkoff", []string{"us", "envoi", "special"}, []string{"germani"}},
		{"merz", []string{"germani", "chancellor"}, []string{"us"}},
	} {
		d := e.people[tc.surname]
		for _, w := range tc.want {
			if !d[w] {
				t.Errorf("people[%s] = %v; want %s in it", tc.surname, d, w)
			}
		}
		for _, w := range tc.not {
			if d[w] {
				t.Errorf("people[%s] = %v; want no %s", tc.surname, d, w)
			}
		}
	}
	if _, ok := e.people["meet"]; ok {
		t.Errorf("people has meet, from a title-case headline")
	}
	for _, tc := range []struct {
		question string
		want     []string
	}{
		{"Which US envoy led talks with Russia?", []string{"witkoff"}},
		{"What did the German chancellor say?", []string{"merz"}},
		{"Which French envoy came?", nil},
		{"Who led talks with Russia?", nil},
	} {
		if got := e.described(e.analyse(tc.question)); !slices.Equal(got, tc.want) {
			t.Errorf("described(%q) = %v; want %v", tc.question, got, tc.want)
		}
	}
	q := e.analyse("Which US envoy led talks with Russia?")
	p := a.Passages[len(a.Passages)-1]
	cd := &cand{a: a, p: p, toks: e.analyze(p.Text)}
	e.cover(q, cd)
	for i, qt := range q.terms {
		if (qt.term == "us" || qt.term == "envoi") && cd.match[i] != 0.6 {
			t.Errorf("%q matches %s at %.1f; want 0.6, through Witkoff", p.Text, qt.term, cd.match[i])
		}
	}
}
