package qa

import (
	"slices"
	"testing"
)

// TestAskersTimeUnknown: a question of the asker's day ("tonight",
// "today", "this weekend") about a thing no article names is declined,
// whatever common words a passage shares with it; one about the articles'
// things, or with no word of the asker's time, is not judged so.
func TestAskersTimeUnknown(t *testing.T) {
	e := engineOfText(t, "---\nid: f\nheadline: Ferry crews strike at Dunmore\n---\n"+
		"Ferry crews at Dunmore walked out on Monday, and the harbour board said nobody wins a long dispute.\n\n"+
		"The board said the ferry would run a reduced timetable today, with two crossings in the evening.\n")
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"whos winning the match tonight", true},
		{"when does the museum open today", true},
		{"any good pizza this weekend", true},
		{"is the ferry running today", false},
		{"how many crossings r there tonight", false},
		{"whos winning the match", false},
		{"tonight", false},
		{"", false},
		{"when does the musée — £5 ’ open today", true},
		// a noun by where it stands: after another noun ("the ferry
		// *fare*", though a verb too), or after a determiner though
		// WordNet files it as an adjective too ("this *weather*")
		{"is the ferry fare free today", true},
		{"will the ferry run in this weather today", true},
		{"whats the weather like this weekend", true},
		// a word of the asker's time over the articles' own thing, with
		// one noun no article uses: the asker's day, still
		{"will the ferry run despite the fog today", true},
		// an adjective after the noun it says something of is no thing
		{"is the ferry crossing late tonight", false},
		// after the subject of a do or modal question, its verb, though
		// no article uses it: the articles' own ferry
		{"does the ferry sail tonight", false},
		{"when will the ferry depart tonight", false},
		{"what time can the ferry leave today", false},
		{"would the ferry sail this weekend", false},
		// the subject's adjectives stand between the auxiliary and the
		// verb; an adjective that a noun follows is no thing of its own
		{"does the new ferry sail tonight", false},
		{"does the ferry sail back today", false}, // "back", a verb too, is the adverb after it (final re-read 16C A1b)
		{"will the big new ferry sail tonight", false},
		// a negated auxiliary is no thing either, and a negated copula
		// leaves the word after its subject a noun
		{"can't the ferry sail tonight", false},
		{"what time can't the ferry leave today", false},
		{"isn't the ferry fare free today", true},
		{"isn't the ferry fare cheap today", true},
		// after a copula, an -ing form past the subject's head is its
		// verb ("is [the ferry] sailing"); one right after the
		// determiner is the head itself ("is the *building* open")
		{"is the ferry sailing today", false},
		{"is the new ferry sailing tonight", false},
		{"was the ferry still sailing today", false},
		{"is the building open today", true},
		{"is the sailing club open today", true},
		// an adjective after the -ing form is the copula's complement:
		// the -ing form is the head ("is the ferry *hearing* public")
		{"is the ferry hearing public today", true},
		// an adverb between the subject and the verb of a do question
		{"does the ferry still sail today", false},
		{"will the ferry really sail tonight", false},
	} {
		q := e.analyse(tc.q)
		if got := askersTimeUnknown(&q); got != tc.want {
			t.Errorf("askersTimeUnknown(%q) = %v; want %v", tc.q, got, tc.want)
		}
	}
	wantDeclined(t, e, "whos winning the match tonight")
	wantDeclined(t, e, "is the ferry fare free today")
	wantAnswered(t, e, "is the ferry running today")
	wantAnswered(t, e, "does the ferry sail today")
	wantAnswered(t, e, "does the new ferry sail today")
	wantAnswered(t, e, "is the ferry sailing today")
	wantAnswered(t, e, "does the ferry still sail today")
}

// TestAskedThingVerb: the verb of a do or modal question where it stands
// (doVerbAt) is no thing asked about, whatever word stands right before
// it (a number, where usedAsVerb reads a noun's place).
func TestAskedThingVerb(t *testing.T) {
	e := engineOfText(t, "---\nid: f\nheadline: Ferry crews strike at Dunmore\n---\n"+
		"The board said the ferry would run a reduced timetable today.\n")
	for _, tc := range []struct {
		q, word string
		want    bool
	}{
		{"will the ferry 2 sail tonight", "sail", false},
		{"is the ferry 2 fare free today", "fare", true},
		// the progressive's verb before an object an adjective opens
		{"is the company hiring foreign workers today", "hiring", false},
		{"is the president visiting british troops today", "visiting", false},
	} {
		q := e.analyse(tc.q)
		i := slices.IndexFunc(q.terms, func(t qterm) bool { return t.word == tc.word })
		if i < 0 {
			t.Fatalf("%q: no term %q", tc.q, tc.word)
		}
		if got := askedThing(&q, q.terms[i], wordSpans(q.text)); got != tc.want {
			t.Errorf("askedThing(%q, %q) = %v; want %v", tc.q, tc.word, got, tc.want)
		}
	}
}

// TestDoVerbAtProgressive: after a form of "be", an -ing form past the
// subject's head is the progressive's verb, also where an adjective opens
// its object ("is the company hiring *foreign* workers"); an adjective
// that ends the question or stands before a word of time, with no noun of
// its own, is the copula's complement, the -ing form the head ("is the
// board hearing public today").
func TestDoVerbAtProgressive(t *testing.T) {
	for _, tc := range []struct {
		q    string
		k    int
		want bool
	}{
		{"is the president visiting british troops today", 3, true},
		{"is the company hiring foreign workers", 3, true},
		{"is the union planning new strikes", 3, true},
		{"is the ferry sailing today", 3, true},
		{"is the board hearing public today", 3, false},
		{"is the board hearing public", 3, false},
		{"is the board hearing public this week", 3, false},
		{"is the board hearing public again", 3, false},
		{"is the board hearing public or private", 3, false},
		{"is the board meeting public at all", 3, false},
		{"is the board meeting public or not", 3, false},
		{"is the company hiring foreign or local workers", 3, true},
		{"is the company hiring foreign workers at all", 3, true},
		{"is the ferry fare free today", 3, false},
	} {
		if got := doVerbAt(tc.q, wordSpans(tc.q), tc.k); got != tc.want {
			t.Errorf("doVerbAt(%q, %d) = %v; want %v", tc.q, tc.k, got, tc.want)
		}
	}
}
