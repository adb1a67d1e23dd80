package qa

import "testing"

// TestSmallTalk: a whole message that greets, thanks or asks about the bot
// is small talk, typed as people type it; a message that says or asks
// anything more is not.
func TestSmallTalk(t *testing.T) {
	for text, want := range map[string]string{
		"hi":                                    Greeting,
		"hey bot":                               Greeting,
		"Good morning everyone 👋":               Greeting,
		"how r u doing":                         Greeting,
		"thanks!":                               Thanks,
		"ok thx":                                Thanks,
		"Thank you so much :)":                  Thanks,
		"thanks a lot lol":                      Thanks,
		"who r u":                               AboutBot,
		"what can u do?":                        AboutBot,
		"help":                                  AboutBot,
		"thanks to the eu how much was pledged": "",
		"help me find who refused":              "",
		"hi who refused to deploy troops":       "",
		"what is up with greenland":             "",
		"lol":                                   "",
		"gm everyone hows it going":             Greeting,
		"hey, thanks!":                          Greeting,
		"thanks, hi who refused":                "",
	} {
		if got := smallTalk(text); got != want {
			t.Errorf("smallTalk(%q) = %q; want %q", text, got, want)
		}
	}
}

// TestAskSmallTalk: Ask takes small talk for what it is, not a question
// of the articles ("thanks!" once found "thanking Washington …"), and so
// does a follow-up.
func TestAskSmallTalk(t *testing.T) {
	e := testEngine(t)
	a := mustAsk(t, e, "thanks!")
	if a.Kind != KindSmallTalk || a.SmallTalk != Thanks || a.Answered || len(a.Passages) > 0 {
		t.Errorf("Ask(thanks!) = %v %q answered %v, %d passages; want small talk, thanks, no passage", a.Kind, a.SmallTalk, a.Answered, len(a.Passages))
	}
	a, err := e.AskAfter(t.Context(), "ty", "who refused to deploy troops")
	if err != nil || a.Kind != KindSmallTalk || a.SmallTalk != Thanks {
		t.Errorf("AskAfter(ty) = %v %q, %v; want small talk, thanks", a.Kind, a.SmallTalk, err)
	}
	if a := mustAsk(t, e, "who refused to deploy troops"); a.Kind == KindSmallTalk {
		t.Errorf("Ask(who refused to deploy troops) is small talk")
	}
}
