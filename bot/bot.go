package bot

import (
	"context"
	"errors"

	"github.com/summitbot/summitbot/corpus"
	"github.com/summitbot/summitbot/internal/qa"
)

// Answerer is what the bot needs from the answer engine; *qa.Engine
// satisfies it.
type Answerer interface {
	Ask(ctx context.Context, question string) (qa.Answer, error)
	Quote(ctx context.Context, words, speaker string) ([]qa.QuoteResult, error)
	Speakers(typed string, limit int) []string
	Corpus() *corpus.Corpus
}

// ErrUnknownInteraction is wrapped by the error Respond returns for an
// interaction it does not handle: an unknown command, button or interaction
// type.
var ErrUnknownInteraction = errors.New("unknown interaction")
