package lexicon

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"what r ppl waiting for", "what are people waiting for"},
		{"whats the deal w/ greenland??", "what's the deal with greenland?"},
		{"Whats up", "What's up"},
		{"didnt they agree lol", "didn't they agree"},
		{"who met the uk pm", "who met the uk prime minister"},
		{"at 5 pm on tuesday", "at 5 pm on tuesday"},
		{"they gave 150 mil and 1.3bn, 10k ppl", "they gave 150 million and 1.3 billion, 10 thousand people"}, // a unit after a number, or written on to it
		{"the k-pop mil budget", "the k-pop mil budget"},
		{"list em", "list them"},
		{"howmany ppl came", "how many people came"}, // a question word run together with the next
		{"whatd they say", "what did they say"},
		{"what wud i get for a 2000km flight", "what would i get for a 2000 kilometres flight"},
		{"is the 10m wall done", "is the 10 m wall done"},            // "m" after a number may be metres or million: split off only
		{"what came out on march 2nd", "what came out on march 2nd"}, // an ordinal stays a date's
		{"whats the prob", "what's the prob"},                        // problem or probably: left
		{"why did they tryna build it", "why did they trying to build it"},
		{"the first 72 hrs", "the first 72 hours"}, // not after a number: left
		{"y did they meet", "why did they meet"},
		{"anyone up for a game tonite", "anyone up for a game tonight"}, // not respelled "tone"
		{"is it x or y", "is it x or y"},
		{"pls who is merz 🙏🏽", "who is merz"},
		{"who tf is merz", "who is merz"},           // an expletive that only stresses the question
		{"who the heck is merz", "who the is merz"}, // ("the" left: a stop word the reading skips)
		{"who won?!?!", "who won?"},
		{"“abt” the talks", "“about” the talks"},
		{"Who refused to deploy troops?", "Who refused to deploy troops?"},
		{"", ""},
		{"lol", ""},
		{"lol?", ""},
		{"ok what now lol?", "what now?"},
		{"so when do the guarantees start", "when do the guarantees start"},
		{"anyone know how long this war has been going", "how long this war has been going"},
		{"wait did the canal reopen both ways", "did the canal reopen both ways"},
		{"ok so wasnt the vote close", "wasn't the vote close"},
		{"so can u tell me who won", "who won"},
		{"so they did agree", "so they did agree"}, // no yes/no question opens: nothing dropped
		{"ok so does the tram run at night", "does the tram run at night"},
		{"roughly how many folks lost their homes", "how many folks lost their homes"},
		{"so i was wondering who won", "so i was wondering who won"}, // the subject's verb opens nothing
		{"i would like to know how many people died", "i would like to know how many people died"},
		{"can u tell me who met macron", "who met macron"},
		{"so whats the deal", "what's the deal"},
		{"do they know who met", "do they know who met"},
		{"can we meet", "can we meet"},
		{"we know who", "who"},
		{"what came out of the presser smh", "what came out of the press conference"},
		{"any fotos of the envoys brb", "any photos of the envoys"},
		{"did they say itd be ovr soon", "did they say it would be over soon"},
		{"which countries said nope to sending troops", "which countries said no to sending troops"},                                                // a refusal, as "no" is
		{"what did the uni expert say abt the max depth, what tech", "what did the university expert say about the maximum depth, what technology"}, // clipped nouns
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestChatRulesParse(t *testing.T) {
	rules := parseChat(chatData)
	if len(rules) < 50 {
		t.Fatalf("chat.txt gave %d rules; want the whole file", len(rules))
	}
	for w, r := range rules {
		if w == "" || w != strings.TrimSpace(w) {
			t.Errorf("rule %q: the word has spaces or is empty", w)
		}
		if r.repl != strings.TrimSpace(r.repl) {
			t.Errorf("rule %q: replacement %q has spaces around it", w, r.repl)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"whats up w/ u", "🙏🏽??!", "\xff\xfe", "a/ /b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Normalize(s)
		if len(got) > 4*len(s)+8 {
			t.Errorf("Normalize(%q) grew to %d bytes", s, len(got))
		}
		if Normalize(got) != Normalize(Normalize(got)) {
			t.Errorf("Normalize is not stable on %q", got)
		}
	})
}

func TestChatRewrite(t *testing.T) {
	for w, want := range map[string]string{"abt": "about", "didnt": "didn't", "lol": "", "ppl": "people", "hq": "headquarters", "dept": "department"} {
		if got, ok := ChatRewrite(w); !ok || got != want {
			t.Errorf("ChatRewrite(%q) = %q, %v; want %q, true", w, got, ok, want)
		}
	}
	if got, ok := ChatRewrite("guarantees"); ok {
		t.Errorf("ChatRewrite(guarantees) = %q, true; want no rule", got)
	}
}

// TestStripPictographsASCII: no ASCII character is a pictograph, so the
// fast path that returns ASCII text as it is takes the long way's result.
func TestStripPictographsASCII(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		if isPictograph(r) {
			t.Errorf("isPictograph(%q) = true: stripPictographs' ASCII path would keep it", r)
		}
	}
	if got := stripPictographs("who met 🙂 macron"); got != "who met   macron" {
		t.Errorf("stripPictographs = %q", got)
	}
}

// TestPlainSpaced: where the fast path leaves text as it is, the long
// way does too; and it takes the long way for what the long way changes.
func TestPlainSpaced(t *testing.T) {
	long := collapsePunctSlow
	for _, s := range []string{"", " ", "who met macron?", "who met macron??", "who  met", " who", "who ", "what?!", "a\tb", "x\u00a0y", "Élysée?", "wait... what", "? !", "?x?", "a ? ? b"} {
		if got, want := collapsePunct(s), long(s); got != want {
			t.Errorf("collapsePunct(%q) = %q; the long way %q", s, got, want)
		}
		if plainSpaced(s) && long(s) != s {
			t.Errorf("plainSpaced(%q) is true, but the long way makes %q", s, long(s))
		}
	}
	for s, want := range map[string]string{"who met macron??": "who met macron?", "what?!": "what?", "a\tb  c": "a b c", "wait... what": "wait... what"} {
		if got := collapsePunct(s); got != want {
			t.Errorf("collapsePunct(%q) = %q, want %q", s, got, want)
		}
	}
}
