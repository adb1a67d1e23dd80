package qa

import (
	"strings"
	"testing"
)

// TestWithQuestionWords: the answer to a "what" or "which" question takes
// the question's words that stand right next to it in the sentence (the
// noun it qualifies, the verb it is the subject of, the noun it is the
// object of), where a phrase can end and start, and nothing else.
func TestWithQuestionWords(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct{ question, passage, answer, want string }{
		// the noun the question asks about, after the adjectives
		{"which countries harbour pilots did the minister meet", "The minister met Dutch, Danish and Swedish harbour pilots on Monday.", "Dutch, Danish and Swedish", "Dutch, Danish and Swedish harbour pilots"},
		// the verb whose subject the answer is, not the phrase it opens
		// half of ("to send rescue" before "boats")
		{"which towns offered to send rescue crews", "Lindby, Orsa and Mora offered to send rescue boats to the lake.", "Lindby, Orsa and Mora", "Lindby, Orsa and Mora offered"},
		// the noun the answer is the object of, with its article
		{"which unions are on the joint letter", "The ministry received a joint letter from the dockers, the drivers and the nurses.", "the dockers, the drivers and the nurses", "a joint letter from the dockers, the drivers and the nurses"},
		// a verb that closes the clause after an apposition
		{"which councillors abstained", "Two councillors, Anna Berg and Tom Hale, abstained, citing the cost.", "Anna Berg and Tom Hale", "Anna Berg and Tom Hale, abstained"},
		// the noun phrase a description stands beside, set off by a
		// comma, where the question names the one described; a name
		// stays out
		{"what is mara lind's job", "Its head of finance, Mara Lind, said the budget was tight.", "Its head of finance", "Its head of finance"},
		{"what nationality is the pilot", "The plane's pilot, a Danish national, was unhurt.", "a Danish national", "The plane's pilot, a Danish national"},
		// no conjunction, no verb without its particle
		{"what will the towns build", "The towns will repair the harbour walls and build a new pier.", "repair the harbour walls", "repair the harbour walls"},
		{"which official dropped out", "The talks went ahead after Hale drops out of the race.", "Hale", "Hale"},
	} {
		q := e.analyse(tc.question)
		at := strings.Index(tc.passage, tc.answer)
		s := e.withQuestionWords(&q, tc.passage, span{at, at + len(tc.answer)})
		if got := tc.passage[s.start:s.end]; got != tc.want {
			t.Errorf("withQuestionWords(%q, %q) = %q; want %q", tc.question, tc.answer, got, tc.want)
		}
	}
}

// TestLeadingWord: the word s opens with, no mark around it, inner
// hyphens and apostrophes kept (any of them multi-byte), none where s
// opens with a space or a mark; what firstFields and firstWord would
// answer differs for each of these.
func TestLeadingWord(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"abstained, citing the cost", "abstained"},
		{"Mara’s deputy", "Mara’s"},
		{"well-known—said", "well-known"},
		{"café owners", "café"},
		{"sea- and air", "sea"},
		{"U.S. officials", "U"},
		{" abstained", ""},
		{"“quoted”", ""},
		{"", ""},
	} {
		if got := leadingWord(tc.in); got != tc.want {
			t.Errorf("leadingWord(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}
