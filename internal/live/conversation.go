package live

import (
	"context"

	"github.com/summitbot/summitbot/internal/qa"
)

// AskAfter answers a follow-up read after the previous questions with the
// current engine (see qa.Engine.AskAfter).
func (h *Holder) AskAfter(ctx context.Context, question string, previous ...string) (qa.Answer, error) {
	g := h.acquire()
	if g == nil {
		return qa.Answer{Question: question}, ErrClosed
	}
	defer g.release()
	return g.engine.AskAfter(ctx, question, previous...)
}

// Check checks a claim against the current engine's articles (see
// qa.Engine.Check).
func (h *Holder) Check(ctx context.Context, claim string) (qa.Checked, error) {
	g := h.acquire()
	if g == nil {
		return qa.Checked{Claim: claim, Verdict: qa.NotCovered}, ErrClosed
	}
	defer g.release()
	return g.engine.Check(ctx, claim)
}
