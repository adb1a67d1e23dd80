package live

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/summitbot/summitbot/internal/qa"
)

// TestConversation: AskAfter and Check go to the current engine, and after
// Close say so.
func TestConversation(t *testing.T) {
	ctx := context.Background()
	l := &loader{t: t, n: 5}
	h, err := New(ctx, l.load)
	if err != nil {
		t.Fatal(err)
	}
	a, err := h.AskAfter(ctx, "and germany?", "did Croatia send troops?")
	if err != nil || !strings.Contains(strings.ToLower(a.Question), "germany send troops") {
		t.Errorf("AskAfter = %q, %v; want the follow-up read after the question", a.Question, err)
	}
	c, err := h.Check(ctx, "35 countries attended the summit")
	if err != nil || c.Verdict != qa.Supported {
		t.Errorf("Check = %s, %v; want supported", c.Verdict, err)
	}
	h.Close()
	if _, err := h.AskAfter(ctx, "why?", "who refused?"); !errors.Is(err, ErrClosed) {
		t.Errorf("AskAfter after Close = %v; want ErrClosed", err)
	}
	if _, err := h.Check(ctx, "35 countries"); !errors.Is(err, ErrClosed) {
		t.Errorf("Check after Close = %v; want ErrClosed", err)
	}
}
