// The public answer types: Kind, Answer, Hit, quotations, citations, input errors and predictions.

package qa

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/eval"
)

// Limits on what Ask and Quote accept.
const (
	MaxQuestionBytes = 1000 // a longer question is refused, not truncated
	MaxPassages      = 10   // passages an Answer carries, best first
)

// ErrInvalidQuestion matches (with errors.Is) the errors Ask, Quote and
// Check return for input they cannot take (empty, too long, not text); those
// errors are *InputError, whose Reason says why in words fit for the asker.
var ErrInvalidQuestion = errors.New("invalid question")

// InputError is the error for input the engine cannot take. Reason is what
// the asker should read (lower-case, no final stop); front ends get it with
// errors.As rather than from the error's text.
type InputError struct {
	Reason string
}

// inputErrorf returns an *InputError whose reason is formatted as
// fmt.Sprintf does.
func inputErrorf(format string, args ...any) *InputError {
	return &InputError{Reason: fmt.Sprintf(format, args...)}
}

// Error returns "invalid question: " and the reason.
func (e *InputError) Error() string { return ErrInvalidQuestion.Error() + ": " + e.Reason }

// Is reports whether target is ErrInvalidQuestion, so that errors.Is checks
// written for the sentinel keep matching.
func (e *InputError) Is(target error) bool { return target == ErrInvalidQuestion }

// Kind is what a question asks for.
type Kind string

// The kinds of question.
const (
	KindWho     Kind = "who"
	KindWhat    Kind = "what"
	KindWhen    Kind = "when"
	KindWhere   Kind = "where"
	KindHowMany Kind = "how many"
	KindHowLong Kind = "how long"
	KindYesNo   Kind = "yes/no"
	KindSaid    Kind = "what did X say"
	KindWhy     Kind = "why"
	KindHow     Kind = "how"
)

// Answer is what Ask found for a question.
type Answer struct {
	Question string
	// Typed is the question as typed when Question is how it was read: in
	// context by AskAfter ("and germany?"), or with a slip corrected
	// ("what did stramer say" read "what did Starmer say"); "" otherwise.
	Typed string
	Kind  Kind
	// Answered is false when the articles do not answer the question; then
	// Passages[0], if any, is the nearest miss, not an answer.
	Answered bool
	// Verdict is "Yes" or "No" where a yes/no question is settled by the
	// top passage (verdict.go), else "".
	Verdict string
	// Short is the short answer (names, a number, a date, a phrase), or ""
	// when there is none shorter than the passage; under a verdict, the
	// words of the passage that settle it.
	Short string
	// bare is the short answer as found, when Short shows it in its phrase
	// ("35 countries" in "gathered representatives of 35 countries"):
	// what claims are checked against
	bare string
	// whole is the short answer in full where Short is only its start: a
	// list of more than maxShortWords words, whose passage marks it all.
	// Follow-ups, lists and claims read it.
	whole string
	// declined is why the readers of the answer's kind (refineKind)
	// declined what the evidence let through (anotherSpeaksReason), or "":
	// Explain reads it, so that it says what Ask did
	declined string
	// Passages are the supporting passages, best first, at most MaxPassages.
	Passages []Hit
	// Sources are the ids of every article that supports the answer, the
	// top passage's article first.
	Sources []string
	// Differences notes where articles report the answer differently
	// ("35 countries" / "more than 35 officials"), one sentence each.
	Differences []string
	// Order is, for an overview (Kind KindOverview), the indices of
	// Passages in reading order; Passages themselves are best first.
	Order []int
	// Items are, for an answer that gathers several things from several
	// passages (a whole list, photo credits), each thing and the passage
	// that gives it; Short then joins them.
	Items []Item
	// SmallTalk is, for a message of Kind KindSmallTalk, which act it is:
	// Greeting, Thanks, AboutBot or Task.
	SmallTalk string
}

// Item is one thing of a gathered answer: its words, and the index in
// Answer.Passages of the passage they stand in.
type Item struct {
	Text    string
	Passage int
}

// Hit is one passage in an answer.
type Hit struct {
	Article *corpus.Article
	// Passages are the passage or passages (one or two adjacent sentences)
	// quoted; Text is their exact text in the article, but for an
	// article's headings quoted together as its outline (outlineHit), each
	// verbatim, " · " between them.
	Passages []corpus.Passage
	Text     string
	// Marks are byte ranges of Text that hold the short answer, to bold.
	Marks [][2]int
	Score float64
}

// QuoteResult is one distinct quotation, with every article that carries it.
type QuoteResult struct {
	Text      string // the quoted words
	Speaker   string // full name, or "" when no speaker can be determined
	Citations []QuoteCitation
	Score     float64
	// Near is true for the nearest quotations to a look-up none matches:
	// shown as near misses, not as matches.
	Near bool
	// Unlike is the negation the quotation has among the words looked up
	// and the look-up lacks, or the other way round ("not" for "these are
	// just words" of "These are not just words"): the words remembered
	// say the opposite. "" when they agree.
	Unlike string
	// words is how well the look-up's words match (MatchThreshold is
	// about it); Score adds who said it.
	words float64
}

// QuoteCitation is where a quotation stands: the article and the whole
// sentence (or sentences) around it.
type QuoteCitation struct {
	Article  *corpus.Article
	Sentence string
}

// full is the short answer in full: Short, or the whole list it starts.
func (a Answer) full() string { return cmp.Or(a.whole, a.Short) }

// found is what the answer found: the bare answer where the short answer
// shows it in the words around it ("operational convergence" in "for the
// first time an “operational convergence” between …"), else the short
// answer. Follow-ups refer to it, lists are made of it, claims are checked
// against it.
func (a Answer) found() string {
	short := a.full()
	if a.bare != "" && strings.Contains(short, a.bare) {
		return a.bare
	}
	return short
}

// Headline is the answer in a line: the verdict and the words that settle
// it ("Yes: will participate in a proposed US-led … mechanism"), else the
// short answer; "" when there is neither.
func (a Answer) Headline() string {
	short := a.Short
	if a.whole != "" {
		short += " …" // the start of a longer list, which the passage marks whole
	}
	switch {
	case a.Verdict != "" && short != "":
		return a.Verdict + ": " + short
	case a.Verdict != "":
		return a.Verdict
	}
	return short
}

// Citations numbers the articles an answer quotes, from 1, in the order
// they are first cited: "[1]" after each passage, then the list.
type Citations struct {
	Articles []*corpus.Article // Articles[n-1] is cited as [n]
}

// Number returns the number of article a, citing it now if it was not
// yet, and whether it was new.
func (c *Citations) Number(a *corpus.Article) (n int, added bool) {
	for i, x := range c.Articles {
		if x == a {
			return i + 1, false
		}
	}
	c.Articles = append(c.Articles, a)
	return len(c.Articles), true
}

// Prediction is the answer as the scorer (internal/eval) reads it: whether
// it answered, the short answer, and the passages with their articles.
func (a Answer) Prediction() eval.Prediction {
	p := eval.Prediction{Answered: a.Answered, Answer: a.Headline()}
	for _, h := range a.Passages {
		p.Passages = append(p.Passages, eval.Passage{Doc: h.Article.ID, Text: h.Text})
	}
	return p
}

// Predictions asks every case's question and returns the answers as the
// scorer reads them, in order; a question that cannot be taken counts as
// not answered.
func (e *Engine) Predictions(ctx context.Context, cases []eval.Case) []eval.Prediction {
	preds := make([]eval.Prediction, len(cases))
	for i, c := range cases {
		if a, err := e.Ask(ctx, c.Q); err == nil {
			preds[i] = a.Prediction()
		}
	}
	return preds
}
