package qa

import (
	"strings"
	"testing"
)

// TestSubjectBeforeAuxiliary: the subject of a verb is read past an
// auxiliary or modal right before it, and past a conjunction or "whether"
// that opens its clause; a passive's "be" still refuses it. Nothing
// panics on text that opens on a dash.
func TestSubjectBeforeAuxiliary(t *testing.T) {
	for _, tc := range []struct{ text, verb, want string }{
		{"Rising fuel costs could sink the ferry line.", "sink", "Rising fuel costs"},
		{"The harbour board has not approved the dredging plan.", "approved", "The harbour board"},
		{"The mayor asked whether the storm surge would flood the old quay.", "flood", "the storm surge"},
		{"Pilots wonder — or whether higher fees will deter the cruise lines.", "deter", "higher fees"},
		{"The dredging plan will be approved by the board.", "approved", ""},
		{"— will sink", "sink", ""},
		// a capitalised month is no modal; a subject whose words stand
		// earlier in the clause too is read where it stands
		{"The talks in May stalled over pay.", "stalled", "The talks in May"},
		{"Ruiz asked the crews whether the crews would sink the boat.", "sink", "the crews"},
	} {
		v := strings.Index(tc.text, tc.verb)
		s, ok := subjectBefore(tc.text, v, maxShortWords, true)
		got := ""
		if ok {
			got = tc.text[s.start:s.end]
		}
		if got != tc.want {
			t.Errorf("subjectBefore(%q, %q) = %q; want %q", tc.text, tc.verb, got, tc.want)
		}
		if at := strings.LastIndex(tc.text[:max(v, 0)], tc.want); ok && s.start != at {
			t.Errorf("subjectBefore(%q, %q) starts at %d; want %d, the words right before the verb", tc.text, tc.verb, s.start, at)
		}
	}
}

// TestActiveVerb: the verb a "what" question asks the subject of, from
// its corrected words: a past form, or a modal's base verb.
func TestActiveVerb(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"what could sink the ferry line", "sink"},
		{"what will delay the repairs", "delay"},
		{"what caused the flooding", "caused"},
		{"what caught the pilots off guard", "caught"},
		{"what depends on the tide", "depends"},
		{"the harbour master said what depends on the tide", "depends"},
		{"the harbour master asked what", ""},
		{"the harbour master knows what depends on the tide", ""},
		{"what was approved", ""},
		{"what did the board say", ""},
		{"what could be done", ""},
		{"what said é", ""},
		{"what", ""},
		{"", ""},
	} {
		if got := activeVerb(strings.Fields(tc.q)); got != tc.want {
			t.Errorf("activeVerb(%q) = %q; want %q", tc.q, got, tc.want)
		}
	}
}

// TestActiveSubjectOfVerb: "what could VERB …" and "X said what VERBs …" are
// answered with the passage's subject of that verb, not the modal or the
// verb with it.
func TestActiveSubjectOfVerb(t *testing.T) {
	e := engineOfText(t, "---\nid: p\nheadline: Ferry line under strain\n---\n"+
		"The Orla ferry line carried fewer passengers this spring.\n\n"+
		"Analysts say the question is whether the ferry line survives — or whether rising fuel costs and a shortage of crews will sink the service by winter.\n\n"+
		"“Even the timing of every crossing depends on the tide,” harbour master Lena Vos said.\n")
	for _, tc := range []struct{ q, opens, not string }{
		{"what could sink the ferry service", "rising fuel costs", "whether"},
		{"vos said what depends on the tide", "the timing of every crossing", "depends"},
	} {
		a := mustAsk(t, e, tc.q)
		if !strings.Contains(a.Short, tc.opens) || strings.Contains(a.Short, tc.not) {
			t.Errorf("%q: short answer %q; want the subject %q, without %q", tc.q, a.Short, tc.opens, tc.not)
		}
	}
}
