package qa

import "testing"

// TestSaysDefinite: a definite description ends on the noun, with "the"
// before it and only modifiers in lower case between, none of them
// "other", a function word or a name.
func TestSaysDefinite(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The dam held.", true},
		{"the dam's crest", true},
		{"the old dam’s crest", true},
		{"the reservoir behind the 38-metre earth-fill dam had risen", true},
		{"water through the dam, lowering the reservoir", true},
		{"the very old stone arch dam held", false}, // four modifiers: past maxDefiniteModifiers
		{"the old stone arch dam held", true},
		{"the other dam held", false},
		{"the Harwick dam held", false},
		{"a 38-metre dam held", false},
		{"the crest, dam and spillway", false},
		{"the dams held", false},
		{"the damage was done", false},
		{"“dam” was the word", false},
	} {
		if got := saysDefinite(tc.text, "dam"); got != tc.want {
			t.Errorf("saysDefinite(%q, \"dam\") = %v; want %v", tc.text, got, tc.want)
		}
	}
}

// TestNamedByDescription: a passage that calls the question's named thing
// by a definite description of its noun ("the 45-metre earth-fill dam")
// names it, in a story that names it in full, and not in a story that
// never does.
func TestNamedByDescription(t *testing.T) {
	e := engineOfText(t,
		"---\nid: h\nheadline: Gates opened\n---\nThe gates of the Kelvaig Dam were opened on Tuesday.\nThe reservoir behind the 45-metre earth-fill dam held.\n",
		"---\nid: o\nheadline: Rain upstream\n---\nRain fell for four days.\nThe reservoir behind the 50-metre earth-fill dam held.\n")
	for _, question := range []string{"how tall is the Kelvaig Dam", "how tall is the kelvaig dam", "how tall is the Kelvaig"} {
		q := e.analyse(question)
		for _, tc := range []struct {
			id   string
			want bool
		}{{"h", true}, {"o", false}} {
			a := e.c.Article(tc.id)
			p := a.Passages[len(a.Passages)-1]
			c := &cand{a: a, p: p, toks: e.analyze(p.Text)}
			e.cover(&q, c)
			if got := c.entShare == 1; got != tc.want {
				t.Errorf("%q, article %s: %q names every name = %v (entShare %.2f); want %v", question, tc.id, p.Text, got, c.entShare, tc.want)
			}
		}
	}
}
