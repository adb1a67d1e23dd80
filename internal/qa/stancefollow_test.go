package qa

import (
	"context"
	"strings"
	"testing"
)

// TestStanceFollowSaid: "why" of a stance alone ("Shop owners were less
// convinced.") is answered by the next sentence, and where that sentence
// opens on a speaker set off by commas, by what the speaker is reported
// saying, not by the stance again.
func TestStanceFollowSaid(t *testing.T) {
	e := engineOfText(t, "---\nid: p\nheadline: Old Town road plan approved\n---\n"+
		"The council approved the Old Town road plan on Tuesday, closing Mill Street to cars for two years.\n\n"+
		"Shop owners were less convinced. Mira Tal, chair of the Old Town traders’ association, said most shops could not survive two years without passing trade.\n")
	a, err := e.Ask(context.Background(), "why are shop owners unhappy with the road plan")
	if err != nil {
		t.Fatal(err)
	}
	if want := "most shops could not survive two years without passing trade"; !strings.Contains(a.Short, want) {
		t.Errorf("why are shop owners unhappy: short answer %q; want it to hold %q", a.Short, want)
	}
}

// TestStanceFollow: the reason read from the sentence after a stance: its
// first clause; the clause said after a name set off by commas only after
// a stance alone; nothing from text without either, empty or multi-byte.
func TestStanceFollow(t *testing.T) {
	said := "Mira Tal, chair of the Café Müller group, said most shops could not survive."
	for _, c := range []struct {
		text   string
		stance bool
		want   string
	}{
		{"Nights in the desert are brutal in winter, she said.", true, "Nights in the desert are brutal in winter"},
		{said, true, "most shops could not survive"},
		{said, false, ""},
		{"Tal said so.", true, ""},
		{"Tal said: most shops would close within a month.", true, ""}, // no comma before the verb
		{"In the end, residents said the water was brown.", true, "the water was brown"},
		{"Mira Tal, chair of the group, said most shops in the lanes behind the harbour could not survive a second winter of closures without help.", true, ""},
		{"Mira Tal, chair of the group, said no.", true, ""},
		{"", true, ""},
		{"—", true, ""},
	} {
		if got := stanceFollow(c.text, c.stance); got != c.want {
			t.Errorf("stanceFollow(%q, %v) = %q; want %q", c.text, c.stance, got, c.want)
		}
		if got := stanceFollows(c.text, c.stance); got != (c.want != "") {
			t.Errorf("stanceFollows(%q, %v) = %v; want %v", c.text, c.stance, got, c.want != "")
		}
	}
}
