package qa

import "testing"

// TestTaskRequest: a message that asks the bot for a task other than
// answering from the articles, typed as people type it, is small talk of
// its own act; a question, a request for what the bot does, and a
// question of what anyone may do are not.
func TestTaskRequest(t *testing.T) {
	for text, want := range map[string]string{
		"write me a poem":                      Task,
		"write me a poem about the summit pls": Task,
		"hey bot can u please write me a haiku about macron and starmer meeting in paris": Task,
		"can you draw me a map of ukraine":                                                Task,
		"can u translate this to french":                                                  Task,
		"i want you to fix my code":                                                       Task,
		"help me fix my python code":                                                      Task,
		"help me with my essay on the summit":                                             Task,
		"recommend a good book on ukraine":                                                Task,
		"help me understand the guarantees":                                               "",
		"help me with the guarantees":                                                     "",
		"can u drink the tap water in ashcombe rn":                                        "",
		"can you tell me who refused to send troops":                                      "",
		"list the countries that pledged troops":                                          "",
		"give me the gist":                                                                "",
		"sum up the talks continue piece pls":                                             "",
		"correct me if im wrong but did germany send troops":                              "",
		"plan the leaders agreed?":                                                        "",
		"wait the us actually grabbed maduro??":                                           "",
		"who will write the final agreement":                                              "",
		"write":                                                                           "",
	} {
		if got := smallTalk(text); got != want {
			t.Errorf("smallTalk(%q) = %q; want %q", text, got, want)
		}
	}
}

// TestAskTask: Ask takes a task for what it is, not a question whose words
// match the articles' ("write me a poem about the summit" once found
// "Writing on Telegram after the meeting, Zelenskyy said …").
func TestAskTask(t *testing.T) {
	e := testEngine(t)
	for _, q := range []string{"write me a poem about the summit", "can u translate this to french"} {
		a := mustAsk(t, e, q)
		if a.Kind != KindSmallTalk || a.SmallTalk != Task || a.Answered || len(a.Passages) > 0 {
			t.Errorf("Ask(%s) = %v %q answered %v %q, %d passages; want small talk, task, no passage", q, a.Kind, a.SmallTalk, a.Answered, a.Short, len(a.Passages))
		}
	}
}
