package qa

import "testing"

// TestAskTask: a message that asks the bot for a task other than answering
// from the articles, typed as people type it, is small talk of its own act
// ("write me a poem about the summit" once found "Writing on Telegram after
// the meeting, Zelenskyy said …"); a question, a request for what the bot
// gives in other verbs, a question after a chat opener, and a question of
// a thing of the articles with its subject left out are asked (re-read 28A
// F1–F4).
func TestAskTask(t *testing.T) {
	e := testEngine(t)
	for q, task := range map[string]bool{
		"write me a poem":                      true,
		"write me a poem about the summit pls": true,
		"can you write a poem":                 true,
		"hey bot can u please write me a haiku about macron and starmer meeting in paris": true,
		"can you draw me a map of ukraine":                                                true,
		"i want you to fix my code":                                                       true,
		"help me fix my python code pls":                                                  true,
		"help me with my essay on the summit":                                             true,
		"recommend a good book on ukraine":                                                true,
		"help me understand the guarantees":                                               false,
		"help me with the guarantees":                                                     false,
		"can u drink the tap water in ashcombe rn":                                        false,
		"can you tell me who refused to send troops":                                      false,
		"give me the gist":                                                                false,
		"make a list of the countries that pledged troops":                                false, // what the bot gives, in another verb
		"provide a summary of the summit":                                                 false,
		"identify a country that pledged troops":                                          false, // a thing of the articles
		"reach a deal in the end?":                                                        false,
		"call me crazy but did germany send troops":                                       false, // a question after the opener
		"correct me if im wrong but did germany send troops":                              false,
		"write me a poem about who refused troops":                                        false,
		"who will write the final agreement":                                              false,
		"write":                                                                           false,
		// an auxiliary in a relative or second clause asks nothing, and a
		// closing "thanks" is no object (final re-read RG G1, G3)
		"write me a poem that is funny": true,
		"write me a poem, thanks":       true,
		// a thing of the chat ("this", "it"), a verb known by the "me" after
		// it, the bot itself in a clause; not a noun before its question
		// word's verb, nor "thank you", nor a phrasal verb's particle
		"translate this to french":                       true,
		"translate it into spanish pls":                  true,
		"book me a flight":                               true,
		"pretend you are putin":                          true,
		"pretend you're putin":                           true,
		"what book did he write":                         false,
		"thank you so much":                              false,
		"break it down":                                  false,
		"pretend you are putin, did germany send troops": false,
		// the bot's own imperative before "me": a task where its object is
		// no thing of the articles and ends the message (fu97)
		"tell me a joke":                  true,
		"tell me a joke pls":              true,
		"show me a magic trick":           true,
		"tell me about the summit":        false,
		"tell me who refused troops":      false,
		"tell me a fact about the troops": false,
		"tell me something interesting":   false,
		"give me some context":            false,
		"give me more info":               false,
		"break it down for me":            false,
		"break it down into points":       false,
		"show me anything new":            false,
	} {
		a, err := e.Ask(t.Context(), q)
		if err != nil {
			t.Fatalf("Ask(%q): %v", q, err)
		}
		if got := a.Kind == KindSmallTalk && a.SmallTalk == Task; got != task {
			t.Errorf("Ask(%q) = %v %q (%q); want task %v", q, a.Kind, a.SmallTalk, a.Short, task)
		}
	}
	// a task sent as a follow-up is no follow-up (final re-read RG G0)
	a, err := e.AskAfter(t.Context(), "write me a poem", "what did macron say")
	if err != nil || a.Kind != KindSmallTalk || a.SmallTalk != Task {
		t.Errorf("AskAfter(write me a poem) = %v %q %q, %v; want a task", a.Kind, a.SmallTalk, a.Short, err)
	}
}

// TestGistRequestVerb: a verb before "me" or "us" asks for the overview
// and names no topic of it: "get me the gist" is the overview "give me the
// gist" is, not a topic "get" no sentence is about (fu97).
func TestGistRequestVerb(t *testing.T) {
	e := testEngine(t)
	whole := mustAsk(t, e, "give me the gist")
	for _, q := range []string{"get me the gist", "show us a recap", "can you grab me the tldr"} {
		a := mustAsk(t, e, q)
		if a.Kind != KindOverview || !a.Answered || a.Short != whole.Short {
			t.Errorf("Ask(%q) = %v %v %q; want the overview %q", q, a.Kind, a.Answered, a.Short, whole.Short)
		}
	}
}
