package qa

import (
	"slices"
	"strings"
	"testing"
)

// TestNumbers: the numbers a "how many" or "how much" question can be
// answered with.
func TestNumbers(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"more than 35 officials attended", "more than 35"},
		{"27 heads of state", "27"},
		{"several thousand French troops", "several thousand"},
		{"Moscow occupies about a fifth of Ukrainian territory", "about a fifth"},
		{"two-thirds of the members", "two-thirds"},
		{"half a century", "half"},
		{"donors pledged 1.3bn on Thursday", "1.3bn"}, // a scale written on to it
		{"pledged about 10k", "about 10k"},
		{"the talks ended", ""},
	} {
		got := ""
		if s := findAll(numberRE, tc.text); len(s) > 0 {
			got = tc.text[s[0].start:s[0].end]
		}
		if got != tc.want {
			t.Errorf("number in %q = %q; want %q", tc.text, got, tc.want)
		}
	}
}

// TestTitleStart: a name is shown with the title right before it, with
// the capitalised words that qualify the title, and nothing past
// punctuation, a function word or a word that is no title.
func TestTitleStart(t *testing.T) {
	for _, tc := range []struct{ text, name, want string }{
		{"Interior Minister Tomás Villagra said 214 people died.", "Tomás Villagra", "Interior Minister Tomás Villagra"},
		{"The delegation is now led by Trump adviser Steve Witkoff.", "Steve Witkoff", "Trump adviser Steve Witkoff"},
		{"NATO’s top commander, U.S. Gen. Alexus G. Grynkewich, took part.", "Alexus G. Grynkewich", "U.S. Gen. Alexus G. Grynkewich"},
		{"It was to be Secretary of State Marco Rubio.", "Marco Rubio", "Secretary of State Marco Rubio"},
		{"Macron met Italy’s Prime Minister Giorgia Meloni.", "Giorgia Meloni", "Italy’s Prime Minister Giorgia Meloni"},
		{"The Glaring Omission: Russia's Vladimir Putin", "Vladimir Putin", "Vladimir Putin"},                                          // no title
		{"The girl, identified as Antonia, was carried out.", "Antonia", "Antonia"},                                                    // after a comma
		{"Kushner called the Paris meeting a milestone.", "Kushner", "Kushner"},                                                        // the first word
		{"The mayor said the town of Tocopilla was forgotten.", "Tocopilla", "Tocopilla"},                                              // "of" after no title
		{"Praise came from the president’s son-in-law Jared Kushner.", "Jared Kushner", "Jared Kushner"},                               // a noun, no title
		{"Rescuers reached Santiago. Interior Minister Tomás Villagra said so.", "Tomás Villagra", "Interior Minister Tomás Villagra"}, // not past a sentence's end
		{"On Monday Interior Minister Tomás Villagra said so.", "Tomás Villagra", "Interior Minister Tomás Villagra"},                  // a day qualifies no title
	} {
		at := strings.Index(tc.text, tc.name)
		from := titleStart(tc.text, at)
		if got := tc.text[from : at+len(tc.name)]; got != tc.want {
			t.Errorf("titleStart(%q, %q) gives %q; want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestDates: a date is found whole, its weekday and its day written either
// way ("Tuesday, Jan. 6, 2026", "Tuesday, 6 January 2026"), and a time
// counted back from the article's day ("nearly four years ago").
func TestDates(t *testing.T) {
	for text, want := range map[string]string{
		"The talks took place in Paris on Tuesday, 6 January 2026, with allies.": "on Tuesday, 6 January 2026",
		"The talks took place on Tuesday, Jan. 6, 2026, in Paris.":               "on Tuesday, Jan. 6, 2026",
		"They met on Friday in Rome.":                                            "on Friday",
		"It was signed on 12 March 2025.":                                        "12 March 2025",
		"since the war began nearly four years ago, officials said":              "nearly four years ago",
		"The dam broke two days ago.":                                            "two days ago",
		"four years of war":                                                      "",
		"Two years ago, the dam broke.":                                          "Two years ago",
		"It opened twenty-five years ago.":                                       "twenty-five years ago",
		"Nearly four years ago the war began.":                                   "Nearly four years ago",
		"The first homes will be handed over in April.":                          "in April", // a month alone, after the word that places it
		"The stadium stays a shelter until at least the end of April.":           "until at least the end of April",
		"Donors will meet again by June 2027.":                                   "by June 2027",
		"He may come.":                                                           "", // "May" alone is a verb
	} {
		got := ""
		if s := findAll(dateRE, text); len(s) > 0 {
			got = text[s[0].start:s[0].end]
		}
		if got != want {
			t.Errorf("dateRE in %q: %q; want %q", text, got, want)
		}
	}
}

// TestIsTimeUnit: the units of time durationRE counts in, alone or as a
// duration's adjective; no other word.
func TestIsTimeUnit(t *testing.T) {
	for w, want := range map[string]bool{"years": true, "Hour": true, "year-long": true, "decade": true, "yearly": false, "hospital": false, "": false} {
		if got := isTimeUnit(w); got != want {
			t.Errorf("isTimeUnit(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestNameSpansNoIndefinite: a word that opens a sentence in capitals is
// no name when it is an indefinite pronoun ("Someone signed off on those
// buildings"): a name after it is.
func TestNameSpansNoIndefinite(t *testing.T) {
	text := "Chile has good codes. Someone signed off on those buildings, Olave said."
	var got []string
	for _, s := range nameSpans(text) {
		got = append(got, text[s.start:s.end])
	}
	if strings.Join(got, "|") != "Chile|Olave" {
		t.Errorf("nameSpans(%q) = %q; want Chile and Olave", text, got)
	}
}

// TestOpeningWordNoName: a sentence's first word, capitalised only for
// that, is no name where the articles write it in lower case and never
// as a name ("Crews from five countries …"); a name that opens one is.
func TestOpeningWordNoName(t *testing.T) {
	e := quakeEngine(t)
	for text, want := range map[string]string{
		"Crews from five countries dig through collapsed blocks in Calama.": "Calama",
		"Japan: $75 million, on top of the 72-member rescue team.":          "Japan",
	} {
		var got []string
		for _, s := range e.names(text) {
			got = append(got, text[s.start:s.end])
		}
		if strings.Join(got, "|") != want {
			t.Errorf("names(%q) = %q; want %q", text, got, want)
		}
	}
}

// TestNameSpansPluralPossessive: a name in the plural possessive runs on
// into the capitalised word it owns ("Traders' Association"), as one in
// the singular does ("Chile's Senate"); a quotation's closing mark does
// not join.
func TestNameSpansPluralPossessive(t *testing.T) {
	for text, want := range map[string]string{
		"The Castle Street Traders' Association, which represents 86 businesses, wrote.": "Castle Street Traders' Association",
		"The Nordic Shipowners’ Mutual declined to comment.":                             "Nordic Shipowners’ Mutual",
	} {
		var got []string
		for _, s := range nameSpans(text) {
			got = append(got, text[s.start:s.end])
		}
		if !slices.Contains(got, want) {
			t.Errorf("nameSpans(%q) = %q; want %q among them", text, got, want)
		}
	}
	text := "‘Every hour is borrowed time’ as Rescuers race the clock."
	for _, s := range nameSpans(text) {
		if strings.Contains(text[s.start:s.end], "time") {
			t.Errorf("nameSpans(%q) joins %q", text, text[s.start:s.end])
		}
	}
}
