package qa

import (
	"slices"
	"strings"
	"testing"
)

// TestReportedClauseWhole: "what did X say" of a sentence that reports X's
// words in a clause of the reporter's, one verb of it quoted ("the
// inspectors had “confirmed” which bridges would close"), is answered by
// that clause: not the quoted verb alone, not the attribution ("Berg
// said"), and not cut at the "which" that opens what was confirmed.
func TestReportedClauseWhole(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Bridges to close for repairs\n---\n"+
		"The city will close several bridges next month for repairs to their steel decks.\n"+
		"Mayor Anna Berg said the inspectors had \"confirmed\" which bridges would close first and how long the repairs would take.\n"+
		"Traffic on the ring road is expected to rise while the work goes on.\n")
	a := mustAsk(t, e, "what did berg say the inspectors had worked out")
	if !strings.Contains(a.Short, "which bridges would close") || strings.Contains(a.Short, "said") {
		t.Errorf("short %q; want the reported clause (\"… which bridges would close …\") without the attribution", a.Short)
	}
}

// TestPartialQuote: a quoted participle after a perfect's auxiliary in a
// reported sentence is a word of the reporter's clause; a quoted noun or
// adjective, or a quotation of its own, is not.
func TestPartialQuote(t *testing.T) {
	for text, want := range map[string]bool{
		`Berg said the inspectors had "confirmed" which bridges would close.`:     true,
		`Berg said the blocks had “pancaked”, each floor dropping onto the next.`: true,
		`Berg called the inspectors "colleagues" and thanked them.`:               false,
		`Berg said the talks had been "productive".`:                              false,
		`The report had "confirmed" the fault.`:                                   false,
		`Berg said the blocks had "pancaked," each floor dropping onto the next.`: true,  // the comma inside the quote
		`The member states had "agreed" on a date.`:                               false, // "states" is no verb of saying here
	} {
		i := strings.IndexAny(text, "\"“")
		start := i + 1
		if text[i] != '"' {
			start = i + len("“")
		}
		end := start + strings.IndexAny(text[start:], "\"”")
		if got := partialQuote(text, start, end); got != want {
			t.Errorf("partialQuote(%q) = %v; want %v", text, got, want)
		}
	}
}

// TestSaidTopicBefore: "what did X say about Y" where X speaks in several
// passages puts first the quotation whose sentence before sets up Y ("…
// apologised to residents in a video. / “We let this town
// down …,” Ostrova said"), not another thing X said; Y is matched in
// another form of its word ("apology", "apologised").
func TestSaidTopicBefore(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Town hall flooded after storm\n---\n"+
		"Mayor Lena Ostrova said on Monday that the town hall would stay shut until the end of the month.\n"+
		"Engineers said the storm drains under Market Square had been blocked for weeks.\n"+
		"Ostrova apologised to residents in a video posted online.\n"+
		"\"We let this town down, and I am sorry for it,\" Ostrova said.\n"+
		"Repairs are expected to cost about 2 million euros.\n")
	a := mustAsk(t, e, "what did lena ostrova say in her apology video")
	if len(a.Passages) == 0 || !strings.Contains(a.Passages[0].Text, "We let this town down") {
		top := ""
		if len(a.Passages) > 0 {
			top = a.Passages[0].Text
		}
		t.Errorf("top passage %q; want the quotation the apology sets up", top)
	}
}

// TestDerivedForm: one word in two forms, not two words that share a
// beginning.
func TestDerivedForm(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"apolog", "apologis", true},
		{"collaps", "collaps", true},
		{"pretti", "feel", false},
		{"govern", "government", true},
		{"contract", "contribut", false},
		{"stat", "statement", false},
		{"public", "publish", false}, // an ending of another word, no suffix of derivation
		{"nation", "nationalis", true},
		{"polic", "polici", false},    // police, policy
		{"count", "counti", false},    // count, county
		{"deliver", "deliveri", true}, // deliver, delivery
	} {
		if got := derivedForm(tc.a, tc.b); got != tc.want {
			t.Errorf("derivedForm(%q, %q) = %v; want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestFrontedClauseQuote: a long quotation that opens on a clause set
// before the main one ("If the pumps fail during a storm, …") answers
// "what did X say" with the main clause, the new; the opening clause
// holds the question's own words.
func TestFrontedClauseQuote(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Pumping station upgrade delayed\n---\n"+
		"The city's pumping station at Eastmoor will not be upgraded until next year, the water board said.\n"+
		"\"If the pumps fail during a storm, the whole of the lower town floods within an hour and nobody can stop it,\" engineer Tomas Reyes said.\n")
	a := mustAsk(t, e, "what did tomas reyes say happens if the pumps fail in a storm")
	if !strings.Contains(a.Short, "lower town floods") || strings.Contains(a.Short, "If the pumps") {
		t.Errorf("short %q; want the main clause (\"the whole of the lower town floods …\")", a.Short)
	}
}

// TestFrontedClauseEnd: the fronted clause ends at the first comma the
// main clause's words follow, not at a list's comma.
func TestFrontedClauseEnd(t *testing.T) {
	for text, want := range map[string]string{
		"If the pumps fail during a storm, the whole of the lower town floods within an hour.":  "storm,",
		"When the storm hit York, Leeds and Hull, the pumps failed across the whole region.":    "Hull,",
		"If your backup copies your mistakes in real time, it is not a backup, it is a mirror.": "time,",
	} {
		words := spaceWords(text, 0, len(text))
		got := ""
		if k := frontedClauseEnd(text, words); k > 0 {
			got = text[words[k].start:words[k].end]
		}
		if got != want {
			t.Errorf("frontedClauseEnd(%q) ends at %q; want %q", text, got, want)
		}
	}
}

// TestReportedOver: the clause reported of the speaker asked about (by
// name or pronoun) that holds more of what is asked than the quotation
// found; not another speaker's, nor the words after a verb of saying that
// open no clause ("noted ahead of the meeting").
func TestReportedOver(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Shelter opens after storm\n---\n"+
		"Relief coordinator Ruth Marsh visited the shelter on Monday.\n"+
		"\"Families arrived here with nothing but the clothes they had on,\" Marsh said.\n")
	q := e.analyse("what did marsh say people need most pressingly")
	for text, want := range map[string]string{
		"She said the most pressing needs were blankets and baby formula.":            "the most pressing needs were blankets and baby formula",
		"Marsh said the most pressing needs were blankets and baby formula.":          "the most pressing needs were blankets and baby formula",
		"Okoro said the most pressing needs were blankets and baby formula.":          "",
		"Marsh noted ahead of the most pressing meeting of the week, which was long.": "",
		// a body's "It", and another's "I" inside a quotation, are no Marsh
		"It said the most pressing needs were blankets and baby formula.":               "",
		"\"I said the most pressing needs were blankets and formula,\" Okoro recalled.": "",
		// a clause reported on a name's subject
		"Marsh said Oxfam needs the most pressing supplies first.": "Oxfam needs the most pressing supplies first",
	} {
		r := e.reportedOver(&q, text, span{}, 0, e.saidTopicTerms(&q))
		if got := text[r.start:r.end]; got != want {
			t.Errorf("reportedOver(%q) = %q; want %q", text, got, want)
		}
	}
	if r := e.reportedOver(&q, "She said the most pressing needs were blankets and baby formula.", span{}, 4, e.saidTopicTerms(&q)); r.end > r.start {
		t.Errorf("reportedOver with a quotation holding as much = %v; want none", r)
	}
}

// TestSaidTopicTerms: the words of a "what did X say about Y" question
// that say Y are the question's terms but X's own words, whole: a topic
// word inside X's name ("war" in "Howard", "port" in "transport") is
// still the topic.
func TestSaidTopicTerms(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Talks\n---\nHoward said the war would end soon.\n")
	for question, want := range map[string]string{
		"what did howard say about the war":                  "war",
		"what did the transport minister say about the port": "port",
		"what did marsh say about the shelter":               "shelter",
	} {
		q := e.analyse(question)
		var got []string
		for _, i := range e.saidTopicTerms(&q) {
			got = append(got, strings.ToLower(q.terms[i].word))
		}
		if !slices.Contains(got, want) {
			t.Errorf("saidTopicTerms(%q) = %v; want it to hold %q", question, got, want)
		}
	}
}

// TestSpeakerAtName: a speaker's name spelled another way is found by its
// analysed term, but only in a word written as a name: "the river" is no
// "Rivers".
func TestSpeakerAtName(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Flood\n---\nMayor Jo Rivers said the river would crest on Friday.\n")
	q := e.analyse("what did mayor jo rivers say about the flood")
	for _, text := range []string{"the river would crest on Friday", "The rivers burst their banks on Friday"} {
		if at := e.speakerAt(&q, text); at >= 0 {
			t.Errorf("speakerAt(%q) = %d; want -1", text, at)
		}
	}
	if at := e.speakerAt(&q, "Rivers said the river would crest"); at != 0 {
		t.Errorf("speakerAt(Rivers said …) = %d; want 0", at)
	}
	z := engineOfText(t, "---\nid: t\nheadline: Talks\n---\nPresident Volodymyr Zelenskyy said the talks went well.\n")
	qz := z.analyse("what did zelensky say about the talks")
	if at := z.speakerAt(&qz, "the talks, Zelenskyy said, went well"); at != len("the talks, ") {
		t.Errorf("speakerAt(… Zelenskyy said …) for zelensky = %d; want %d (the name spelled another way)", at, len("the talks, "))
	}
}

// TestAsksNaming: a verb of naming asks for the speaker's words for a
// thing; the same word as a noun ("calls for a ceasefire") asks nothing
// of the kind.
func TestAsksNaming(t *testing.T) {
	e := engineOfText(t, "---\nid: t\nheadline: Talks\n---\nHoward said the war would end soon.\n")
	for question, want := range map[string]bool{
		"how did howard describe the talks":                  true,
		"what did howard call the deal":                      true,
		"what did howard say about calls for a ceasefire":    false,
		"what did howard say about the call for a ceasefire": false,
		"what did howard say about the war":                  false,
		"who had the final call on the deal":                 false, // a quantifier's noun, as asksView reads it
		"describe the deal":                                  true,  // the verb first, as asksView reads it
	} {
		q := e.analyse(question)
		if got := q.asksNaming(); got != want {
			t.Errorf("asksNaming(%q) = %v; want %v", question, got, want)
		}
	}
}

// TestSpaceWords: words split at spaces and line breaks, runs of them
// and the ends skipped, within the span asked for only.
func TestSpaceWords(t *testing.T) {
	for _, c := range []struct {
		text       string
		start, end int
		want       []string
	}{
		{"  Zoë’s  café\nshut — ", 0, 27, []string{"Zoë’s", "café", "shut", "—"}},
		{"one two three", 4, 13, []string{"two", "three"}},
		{"", 0, 0, nil},
		{"   ", 0, 3, nil},
	} {
		var got []string
		for _, w := range spaceWords(c.text, c.start, c.end) {
			got = append(got, c.text[w.start:w.end])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("spaceWords(%q, %d, %d) = %q; want %q", c.text, c.start, c.end, got, c.want)
		}
	}
}
