package qa

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/summitbot/summitbot/corpus"
)

// TestAskBadInput: every kind of bad question gets ErrInvalidQuestion with a
// message fit for the asker, or a plain "not answered"; nothing panics.
func TestAskBadInput(t *testing.T) {
	e := testEngine(t)
	for _, tc := range []struct {
		name     string
		q        string
		invalid  bool   // want ErrInvalidQuestion
		msg      string // words the message must hold
		answered bool
	}{
		{"empty", "", true, "empty", false},
		{"white space", " \t\n ", true, "empty", false},
		{"100 KB", strings.Repeat("troops ", 100<<10/7), true, "too long", false},
		{"invalid UTF-8", "who \xff\xfe refused?", true, "UTF-8", false},
		{"binary", "who\x00\x01\x02", true, "control", false},
		{"only punctuation", "?!?... ,;:", true, "no words", false},
		{"only stop words", "what is the and of it?", true, "common words", false},
		{"bleve syntax", `+troops -Croatia "refused^2 (deploy~ OR x:y*)?`, false, "", true},
		{"emoji", "🤔🤔 who refused to deploy troops? 🪖", false, "", true},
		{"another language", "¿Quién se negó a desplegar tropas?", false, "", false},
		{"unknown name", "What did Xi Jinping say?", false, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := e.Ask(context.Background(), tc.q)
			if tc.invalid {
				if !errors.Is(err, ErrInvalidQuestion) {
					t.Fatalf("Ask(%.40q) error = %v; want ErrInvalidQuestion", tc.q, err)
				}
				ie, ok := errors.AsType[*InputError](err)
				if !ok {
					t.Fatalf("Ask(%.40q) error = %T; want an *InputError", tc.q, err)
				}
				if !strings.Contains(ie.Reason, tc.msg) {
					t.Errorf("Ask(%.40q) reason = %q; want it to say %q", tc.q, ie.Reason, tc.msg)
				}
				if strings.Contains(ie.Reason, "\n") || len(ie.Reason) > 200 || strings.HasPrefix(ie.Reason, "invalid question") {
					t.Errorf("Ask(%.40q) reason = %q; want one short line for a person", tc.q, ie.Reason)
				}
				return
			}
			if err != nil {
				t.Fatalf("Ask(%.40q) error = %v; want none", tc.q, err)
			}
			if a.Answered != tc.answered {
				t.Errorf("Ask(%.40q).Answered = %v; want %v", tc.q, a.Answered, tc.answered)
			}
		})
	}
}

// TestQuoteBadInput: look-ups that cannot be taken are refused clearly;
// an unknown speaker is no error, just no quotations.
func TestQuoteBadInput(t *testing.T) {
	e := testEngine(t)
	ctx := context.Background()
	for _, tc := range []struct{ words, speaker string }{
		{"", ""}, {"   ", " "}, {"?!", ""}, {"\xff\xfe", ""}, {strings.Repeat("x", 5000), ""}, {"", "\x00"},
	} {
		if _, err := e.Quote(ctx, tc.words, tc.speaker); !errors.As(err, new(*InputError)) || !errors.Is(err, ErrInvalidQuestion) {
			t.Errorf("Quote(%.20q, %.20q) error = %v; want an *InputError matching ErrInvalidQuestion", tc.words, tc.speaker, err)
		}
	}
	res, err := e.Quote(ctx, "", "Napoleon Bonaparte")
	if err != nil || len(res) != 0 {
		t.Errorf("Quote(speaker Napoleon) = %d results, %v; want none, no error", len(res), err)
	}
}

// FuzzAsk: no question, however odd, makes Ask panic (its recover would
// turn a panic into an "internal error", which fails here too), and every
// answer keeps its promises: verbatim passages within bounds.
func FuzzAsk(f *testing.F) {
	for _, s := range []string{"who refused to deploy troops?", "", "\xff", "Zelenskky said what", `"(+-:^~*?)"`,
		"How many 35 35 35?", "who is Kushner", "When? Where? Who?", strings.Repeat("a ", 400),
		// meta questions cut short where their readers look past a cue
		"which article spells it", "which one spells it ‘Tiflís’ — not", "which of these", "which one of all the",
		"which article has a list of", "which story has bullet points about", "how many words long", "how many words roughly is the"} {
		f.Add(s)
	}
	e := testEngine(f)
	f.Fuzz(func(t *testing.T, q string) {
		a, err := e.Ask(context.Background(), q)
		if err != nil {
			if !errors.Is(err, ErrInvalidQuestion) {
				t.Fatalf("Ask(%q) error = %v", q, err)
			}
			return
		}
		checkAnswer(t, q, a)
	})
}

// checkAnswer fails t unless a keeps Ask's promises: passages verbatim,
// short, valid UTF-8, marks inside them; a short answer of at most a dozen
// words, valid UTF-8, standing in the article of the top passage (or its
// author, which the article states about itself), for an overview in the
// sentence it marks, for "which article …" an article's name, for "how
// many articles" their number.
func checkAnswer(t testing.TB, q string, a Answer) {
	t.Helper()
	for _, h := range a.Passages {
		// what the article states about itself: its facts, or its byline,
		// dateline or dated headline as it states them above its text
		facts := len(h.Passages) == 0 && (h.Text == factsHit(h.Article).Text || h.Text != "" && (h.Text == h.Article.Byline || h.Text == h.Article.Dateline || h.Text == h.Article.Dated))
		// an outline: headings, each verbatim, quoted together
		outline := isOutline(h) && !slices.ContainsFunc(h.Passages, func(p corpus.Passage) bool { return !strings.Contains(h.Article.Text, p.Text) })
		if !strings.Contains(h.Article.Text, h.Text) && !strings.HasSuffix(h.Text, "…") && !facts && !outline {
			t.Fatalf("Ask(%q) passage %q is not verbatim", q, h.Text)
		}
		if len(h.Text) > maxPassageBytes || !utf8.ValidString(h.Text) {
			t.Fatalf("Ask(%q) passage of %d bytes", q, len(h.Text))
		}
		for _, m := range h.Marks {
			if m[0] < 0 || m[1] > len(h.Text) || m[0] >= m[1] {
				t.Fatalf("Ask(%q) mark %v outside passage", q, m)
			}
		}
	}
	for _, it := range a.Items {
		if it.Passage < 0 || it.Passage >= len(a.Passages) || !strings.Contains(a.Passages[it.Passage].Text, it.Text) {
			t.Fatalf("Ask(%q) item %q is not words of the passage it cites", q, it.Text)
		}
	}
	if a.Short == "" || len(a.Items) > 1 {
		return
	}
	if len(strings.Fields(a.Headline())) > maxShortWords || !utf8.ValidString(a.Short) {
		t.Fatalf("Ask(%q) short answer %q: too long or not UTF-8", q, a.Headline())
	}
	if len(a.Passages) == 0 {
		t.Fatalf("Ask(%q) short answer %q with no passage", q, a.Short)
	}
	ok := strings.Contains(a.Passages[0].Article.Text, a.Short) || strings.Contains(a.Passages[0].Text, a.Short) || a.Short == a.Passages[0].Article.Author
	for _, h := range a.Passages {
		// an overview's line is the main clause of the sentence it marks,
		// which need not be the most central ("tldr"); "which article …"
		// is answered by an article's name as its citation gives it
		ok = ok || a.Kind == KindOverview && len(h.Marks) > 0 && strings.Contains(h.Text, a.Short) || a.Short == h.Article.Title()
	}
	ok = ok || a.Kind == KindMeta && namesArticles(a.Short, a.Passages) // "A… and B…": articlesNamed's list
	// the date an article states ("date 2026-01-07 …"), written out
	ok = ok || a.Kind == KindMeta && a.Passages[0].Article.Published != "" && a.Short == datedBoth(a.Passages[0].Article.Published)
	for _, unit := range []string{" articles", " article", " outlets", " outlet", " sections", " section"} {
		n, _, _ := strings.Cut(a.Short, ":") // "4 outlets: …": the count, then which
		if n, found := strings.CutSuffix(n, unit); found && a.Kind == KindMeta {
			_, err := strconv.Atoi(n)
			ok = ok || err == nil // "how many articles are there": how many the bot has, which no article states
		}
	}
	if at := strings.LastIndex(a.Short, ": "); at > 0 && a.Kind == KindMeta && len(a.Passages) == 1 && a.Passages[0].Article != nil {
		// "which article is the longest": the article's name (its title's
		// first words, or its outlet), then its length in words as the
		// engine counts it, which no passage states; only that form (the
		// count itself is checked by TestLengthInWords and
		// TestArticleLength's written-out figures, not here)
		art, name := a.Passages[0].Article, a.Short[:at]
		named := strings.HasPrefix(art.Title(), strings.TrimSuffix(name, "…")) || name == art.Outlet
		ok = ok || named && a.Short[at+2:] == wordsLong(lengthInWords(art))
	}
	if n, rest, found := strings.Cut(a.Short, ": "); found && a.Kind == KindHowMany {
		_, err := strconv.Atoi(n)
		ok = ok || err == nil && strings.Contains(a.Passages[0].Text, rest) // "3: air, land, and sea domains": how many the passage lists, then the list
	}
	for at := strings.Index(a.Short, ": "); at > 0 && !ok && a.Passages[0].Article != nil; at = indexFrom(a.Short, ": ", at+1) {
		// "which article mentions X": the article's name (its title's
		// first words, or its outlet), then where its passage says X
		art, name := a.Passages[0].Article, a.Short[:at]
		named := strings.HasPrefix(art.Title(), strings.TrimSuffix(name, "…")) || name == art.Outlet
		if n, found := strings.CutSuffix(name, " articles"); found {
			count, err := strconv.Atoi(n)
			named = err == nil && count == len(a.Sources) // "2 articles: Ingrid Sævik": how many say it (the sources), then where the first does
		}
		ok = named && strings.Contains(a.Passages[0].Text, a.Short[at+2:])
	}
	if !ok {
		t.Fatalf("Ask(%q) short answer %q is not words of the top passage's article, nor its author, nor the sentence an overview marks, nor an article's name", q, a.Short)
	}
}

// namesArticles reports whether short lists articles of hits by name as
// articlesNamed gives them: each its title whole or the title's opening
// words cut with "…", joined by joinItems' separators.
func namesArticles(short string, hits []Hit) bool {
	for rest := short; ; {
		n := 0
		for _, h := range hits {
			if h.Article == nil {
				continue
			}
			title := h.Article.Title()
			if cut, _, found := strings.Cut(rest, "…"); found && cut != "" && strings.HasPrefix(title, cut) {
				n = len(cut) + len("…")
			} else if title != "" && strings.HasPrefix(rest, title) {
				n = len(title)
			}
			if n > 0 {
				break
			}
		}
		if n == 0 {
			return false
		}
		if rest = rest[n:]; rest == "" {
			return true
		}
		sep := false
		for _, s := range []string{"; and ", ", and ", " and ", "; ", ", "} {
			if r, found := strings.CutPrefix(rest, s); found {
				rest, sep = r, true
				break
			}
		}
		if !sep {
			return false
		}
	}
}

// TestAnswerPromises checks checkAnswer's promises on every question of the
// question sets, a wider net than the fuzz test's seeds.
func TestAnswerPromises(t *testing.T) {
	e := testEngine(t)
	for _, set := range []string{"dev_questions", "more_questions", "fresh1_questions", "fresh2_questions", "fresh3_questions", "promises"} {
		for _, c := range readJSONL[questionCase](t, "testdata/"+set+".jsonl") {
			a, err := e.Ask(context.Background(), c.Q)
			if err != nil {
				t.Fatalf("Ask(%q): %v", c.Q, err)
			}
			checkAnswer(t, c.Q, a)
		}
	}
}

func TestInputError(t *testing.T) {
	err := fmt.Errorf("live: ask: %w", inputErrorf("the question is empty"))
	if !errors.Is(err, ErrInvalidQuestion) {
		t.Errorf("errors.Is(%v, ErrInvalidQuestion) = false; want true", err)
	}
	ie, ok := errors.AsType[*InputError](err)
	if !ok || ie.Reason != "the question is empty" {
		t.Errorf("errors.AsType(%v) = %v, %v; want reason %q", err, ie, ok, "the question is empty")
	}
	if got, want := ie.Error(), "invalid question: the question is empty"; got != want {
		t.Errorf("Error() = %q; want %q", got, want)
	}
	if errors.Is(err, errors.New("invalid question")) {
		t.Errorf("errors.Is(%v, another error) = true; want false", err)
	}
}

// indexFrom is the index of sub in s at or after from, or -1.
func indexFrom(s, sub string, from int) int {
	if from > len(s) {
		return -1
	}
	if i := strings.Index(s[from:], sub); i >= 0 {
		return from + i
	}
	return -1
}
