package lexicon

import "testing"

// TestIsVerb: a word mostly used as a verb is one in any of its forms,
// regular or not; a noun with a rare verb sense is not.
func TestIsVerb(t *testing.T) {
	for w, want := range map[string]bool{
		"build": true, "builds": true, "planned": true, "digging": true, "sent": true, "agreed": true,
		"ceasefire": false, "summit": false, "troops": false, "weather": false,
	} {
		if got := IsVerb(w); got != want {
			t.Errorf("IsVerb(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestVerbBase: the base form of a verb in any of its forms.
func TestVerbBase(t *testing.T) {
	for w, want := range map[string]string{
		"refused": "refuse", "planned": "plan", "sent": "send", "leads": "lead", "digging": "dig",
		"agreed": "agree", "dies": "die", "build": "build", "troops": "",
	} {
		if got, ok := VerbBase(w); got != want || ok != (want != "") {
			t.Errorf("VerbBase(%q) = %q, %v; want %q", w, got, ok, want)
		}
	}
}

// TestIsVerbBase: a verb's base form is one; its inflections are not.
func TestIsVerbBase(t *testing.T) {
	for w, want := range map[string]bool{"run": true, "agree": true, "ran": false, "agreed": false, "troops": false} {
		if got := IsVerbBase(w); got != want {
			t.Errorf("IsVerbBase(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestIsAdjective: words WordNet mostly tags as adjectives, not nouns
// that may qualify another noun, nor verbs.
func TestIsAdjective(t *testing.T) {
	for w, want := range map[string]bool{"local": true, "mad": true, "main": true, "former": true, "pizza": false, "security": false, "troops": false, "build": false, "": false} {
		if got := IsAdjective(w); got != want {
			t.Errorf("IsAdjective(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestTakesObjectInfinitive: the verbs of WordNet's frames 24 and 25 in
// their commonest senses, in their forms, take an object and an
// infinitive; a verb of using, whose infinitive is a purpose, a verb with
// such a frame on a rare sense only ("held", "passed", "led") and a verb
// with no such frame do not.
func TestTakesObjectInfinitive(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"allowed", true}, {"expects", true}, {"asking", true}, {"persuaded", true},
		{"taught", true}, {"forced", true},
		{"held", false}, {"passed", false}, {"led", false}, {"moved", false},
		{"used", false}, {"built", false}, {"stacked", false}, {"", false},
	} {
		if got := TakesObjectInfinitive(tc.w); got != tc.want {
			t.Errorf("TakesObjectInfinitive(%q) = %v; want %v", tc.w, got, tc.want)
		}
	}
}

// TestIsAdverb: words WordNet mostly tags as adverbs, not adjectives or
// nouns; an adjective's lemma that is an adverb more rarely is none.
func TestIsAdverb(t *testing.T) {
	for w, want := range map[string]bool{"just": true, "still": true, "perhaps": true, "new": false, "harbour": false, "sail": false, "": false} {
		if got := IsAdverb(w); got != want {
			t.Errorf("IsAdverb(%q) = %v; want %v", w, got, want)
		}
	}
}
