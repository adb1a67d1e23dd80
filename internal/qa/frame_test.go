package qa

import (
	"strings"
	"testing"
)

// TestAuxBase: an auxiliary is read in its listed form whatever its
// spelling (negated, chat, "cannot"), and its kind on that form: a modal
// or "do" leaves its verb bare, "be" and "have" do not; a modal is one
// as written, no form of "do", not negated.
func TestAuxBase(t *testing.T) {
	for _, c := range []struct {
		w                        string
		base                     string
		aux, bare, modal, future bool
	}{
		{"will", "will", true, true, true, true},
		{"must", "must", true, true, true, false},
		{"can", "can", true, true, true, false},
		{"won't", "will", true, true, false, true},
		{"wouldn't", "would", true, true, false, true},
		{"would", "would", true, true, true, true},
		{"shan't", "shall", true, true, false, true},
		{"cannot", "can", true, true, false, false},
		{"cant", "can", true, true, false, false},
		{"wont", "will", true, true, false, false},
		{"mustn't", "must", true, true, false, false},
		{"did", "did", true, true, false, false},
		{"didn't", "did", true, true, false, false},
		{"isn't", "is", true, false, false, false},
		{"r", "are", true, false, false, false},
		{"hasn't", "has", true, false, false, false},
		{"had", "had", true, false, false, false},
		{"ferry", "ferry", false, false, false, false},
		{"n't", "", false, false, false, false},
		{"", "", false, false, false, false},
		{"’", "’", false, false, false, false},
	} {
		base, ok := auxBase(c.w)
		if ok != c.aux || ok && base != c.base {
			t.Errorf("auxBase(%q) = %q, %v; want %q, %v", c.w, base, ok, c.base, c.aux)
		}
		if got := bareVerbAux(c.w); got != c.bare {
			t.Errorf("bareVerbAux(%q) = %v; want %v", c.w, got, c.bare)
		}
		if got := modal(c.w); got != c.modal {
			t.Errorf("modal(%q) = %v; want %v", c.w, got, c.modal)
		}
		if got := futureModal(c.w); got != c.future {
			t.Errorf("futureModal(%q) = %v; want %v", c.w, got, c.future)
		}
	}
}

// TestModalFiniteVerb: any modal after a vehicle's noun, or in the item
// ", and" joins on, is a verb whose subject stands before it ("can", "must"
// as "will" is); a negated or misplaced one is read as before.
func TestModalFiniteVerb(t *testing.T) {
	for rest, want := range map[string]bool{
		"can carry forty cars":   true,
		"must wait at the pier":  true,
		"will sail at noon":      true,
		"station closed at noon": false,
		"":                       false,
	} {
		if got := vehicleVerb(rest); got != want {
			t.Errorf("vehicleVerb(%q) = %v; want %v", rest, got, want)
		}
	}
	for item, want := range map[string]bool{
		"the ferry can sail":  true,
		"the crew must wait":  true,
		"the pier would open": true,
		"spare cabins":        false,
		"":                    false,
	} {
		if got := ownVerb(item); got != want {
			t.Errorf("ownVerb(%q) = %v; want %v", item, got, want)
		}
	}
}

// TestPastBetween: the walk between an auxiliary and its verb passes any
// number of adverbs, in either direction, stops at a negation unless told
// to pass it, and never runs off the words.
func TestPastBetween(t *testing.T) {
	for _, c := range []struct {
		words   string
		k, step int
		overNot bool
		want    int
	}{
		{"it would then probably reopen soon", 1, 1, false, 4},
		{"it would then probably reopen soon", 4, -1, false, 1},
		{"it would reopen", 2, -1, false, 1},
		{"it would not then reopen", 4, -1, false, 2},
		{"it would not then reopen", 4, -1, true, 1},
		{"it would not then reopen", 1, 1, false, 2},
		{"would", 0, 1, false, 1},
		{"then probably", 1, -1, false, -1},
		{"", 0, -1, false, -1},
		{"já então provavelmente", 2, -1, true, 1},
	} {
		ws := strings.Fields(c.words)
		if len(ws) == 0 {
			ws = []string{""}
		}
		if got := pastBetween(ws, c.k, c.step, c.overNot); got != c.want {
			t.Errorf("pastBetween(%q, %d, %d, %v) = %d; want %d", c.words, c.k, c.step, c.overNot, got, c.want)
		}
	}
}

// TestVehicleVerbAdverbs: a vehicle's verb is found past the adverbs
// that may stand between an auxiliary and its verb (betweenAuxAndVerb),
// any WordNet adverb, not a verb that ends in "-ly"; a noun the vehicle
// qualifies is still no verb.
func TestVehicleVerbAdverbs(t *testing.T) {
	for rest, want := range map[string]bool{
		"seldom ran between the two towns": true,
		"now carry the post":               true,
		"supply the outlying farms":        true,
		"depot flooded in March":           false,
		"quickly":                          false,
		"":                                 false,
	} {
		if got := vehicleVerb(rest); got != want {
			t.Errorf("vehicleVerb(%q) = %v; want %v", rest, got, want)
		}
	}
}

// TestSaysWhatWillBeNounWont: "wont" in an article's sentence is the noun
// ("as was his wont"), not the chat spelling of "won't", so a sentence of
// habit says nothing of what is to come; the modal itself still does.
func TestSaysWhatWillBeNounWont(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"As was his wont, the skipper checked the moorings at dawn.", false},
		{"The skipper won't check the moorings at dawn.", true},
		{"The skipper will check the moorings at dawn.", true},
	} {
		if got := saysWhatWillBe(c.text); got != c.want {
			t.Errorf("saysWhatWillBe(%q) = %v; want %v", c.text, got, c.want)
		}
	}
	// "wont" read as "won't" there would be "will" as written, no refusal:
	// modalNext sees no "n't" on it
	if modalNext(" wont approve the plan") {
		t.Errorf("modalNext(\" wont approve the plan\") = true; want false")
	}
	if !modalNext(" will approve the plan") {
		t.Errorf("modalNext(\" will approve the plan\") = false; want true")
	}
}
