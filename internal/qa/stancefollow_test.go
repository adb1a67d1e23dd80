package qa

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/corpus"
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
	}
}

// TestStanceWhy: a why question's top sentence, a stance with no reason
// of its own, gives way to what the next sentence joined on says; not
// where it was not joined, where the question asks how, where the top
// gives a reason itself, nor from a sentence that is not the next one.
func TestStanceWhy(t *testing.T) {
	const head = "---\nid: w\nheadline: Ferry timetable cut\n---\n"
	const next = "Olu Brandt, who runs the harbour café, said half his custom came off the late boats."
	const after = "Ana Roy, who sells fish on the quay, said the early boats carried too few buyers."
	for _, c := range []struct {
		name, top, q  string
		joined, later bool // later: c is the sentence after the next
		want          string
	}{
		{"stance alone", "Traders were unhappy.", "why were traders unhappy", true, false, "half his custom came off the late boats"},
		{"not joined", "Traders were unhappy.", "why were traders unhappy", false, false, ""},
		{"asks how", "Traders were unhappy.", "how did traders feel", true, false, ""},
		{"a reason in the top", "Traders were unhappy because fares rose.", "why were traders unhappy", true, false, ""},
		{"not the next sentence", "Traders were unhappy.", "why were traders unhappy", true, true, ""},
	} {
		e := engineOfText(t, head+c.top+" "+next+" "+after+"\n")
		a := e.c.Articles[0]
		i := slices.IndexFunc(a.Passages, func(p corpus.Passage) bool { return p.Text == c.top })
		if i < 0 || i+2 >= len(a.Passages) || a.Passages[i+1].Text != next || a.Passages[i+2].Text != after {
			t.Fatalf("%s: no top sentence with the next after it in %+v", c.name, a.Passages)
		}
		top := &cand{a: a, p: a.Passages[i], toks: e.factsOf(a, &a.Passages[i]).toks}
		k := i + 1
		if c.later {
			k++
		}
		n := &cand{a: a, p: a.Passages[k], toks: e.factsOf(a, &a.Passages[k]).toks}
		q := e.analyse(c.q)
		if got := e.stanceWhy(&q, top, n, c.joined); got != c.want {
			t.Errorf("%s: stanceWhy(%q) = %q; want %q", c.name, c.q, got, c.want)
		}
	}
}

// TestStanceAlone: a sentence of a few words only takes a stance; one that
// goes on to say more, or what it is about, does not.
func TestStanceAlone(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Dock workers were far from persuaded.", true},
		{"Dock workers at the port were not persuaded.", true}, // stanceOnlyWords words
		{"Dock workers were far from persuaded by the offer the port made on Friday.", false},
		{"", true},
	} {
		if got := stanceAlone(c.text); got != c.want {
			t.Errorf("stanceAlone(%q) = %v; want %v", c.text, got, c.want)
		}
	}
}
